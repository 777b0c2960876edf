"""Human-readable views: the ``incidents`` table, and the parts of an alert that the text
line (stdout, ``demo``) and the Slack message both show, so the two always agree."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from monitor.records import Alert, Change, Incident, Location, Toll

_SHORT = {"at_least": ">=", "more_than": ">", "about": "~", "up_to": "<="}
_WORDS = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to "}


def toll_text(toll: Toll) -> str:
    """A toll for the table: ``>=12``, ``9``, ``-`` when unknown."""
    if toll.value is None:
        return "-"
    period = " (period)" if toll.history and all(h.period_total for h in toll.history) else ""
    return f"{_SHORT.get(toll.qualifier or '', '')}{toll.value}{period}"


def toll_words(toll: Toll) -> str:
    """A toll in a sentence: ``at least 12``, ``9``, ``?`` when unknown."""
    if toll.value is None:
        return "?"
    return f"{_WORDS.get(toll.qualifier or '', '')}{toll.value}"


def location_text(loc: Location) -> str:
    """``Kabul, AF`` rather than ``Kabul, Kabul, AF``: a province named like its city once;
    a district with its city: ``Hodan, Mogadishu, Banaadir, SO``."""
    parts: list[str] = []
    for p in (loc.name, loc.city, loc.admin1, loc.country_code):
        if p and p not in parts:
            parts.append(p)
    return ", ".join(parts)


def place_text(incident: Incident) -> str:
    return location_text(incident.location) or "?"


def figures_text(incident: Incident) -> str:
    """``killed at least 12, wounded 26``; ``...; 1 attacker killed`` when attackers died."""
    text = f"killed {toll_words(incident.killed)}, wounded {toll_words(incident.wounded)}"
    attackers = incident.attackers_killed
    if attackers.value:
        text += f"; {toll_words(attackers)} attacker{'s' if attackers.value > 1 else ''} killed"
    return text


def event_text(incident: Incident) -> str:
    """``suicide bombing in Mogadishu, Banaadir, SO``."""
    return f"{incident.event_type.replace('_', ' ')} in {location_text(incident.location) or 'unknown place'}"


def claims_text(incident: Incident) -> str:
    return "; ".join(f"{c.actor} {c.stance}" for c in incident.claims) or "none"


def _claim(view: Any) -> str:
    """One claim of a ``new_claim`` change (a dict: actor, stance, said_by, outlet)."""
    if not isinstance(view, dict):
        return str(view)
    text = f"{view.get('actor')} {view.get('stance')}"
    said_by = view.get("said_by")
    return f"{text} (said by {said_by})" if said_by else text


def change_text(change: Change, arrow: str = "->") -> str:
    """What changed, in words: ``killed: 7 -> 12 (Daily Ledger)``; for claims the new ones
    with who said them, then the earlier ones (a claim after a denial shows both)."""
    via = f" ({change.outlet})" if change.outlet else ""
    if change.field == "claims" and isinstance(change.new, list):
        text = "new claim: " + "; ".join(_claim(c) for c in change.new)
        if isinstance(change.old, list) and change.old:
            text += "; before: " + ", ".join(f"{c.get('actor')} {c.get('stance')}" for c in change.old
                                             if isinstance(c, dict))
        return text + via
    if change.old is not None:
        return f"{change.field}: {change.old} {arrow} {change.new}{via}"
    return f"{change.field}: {change.new}{via}"


def alert_changes(alert: Alert) -> tuple[Change, ...]:
    """Every change an alert stands for (a coalesced alert carries several)."""
    return alert.changes or (alert.change,)


def _cell(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


def incidents_table(incidents: Sequence[Incident]) -> str:
    header = ("id", "date", "type", "place", "killed", "wounded", "claims", "sources")
    rows = [header]
    for i in sorted(incidents, key=lambda i: (i.event_date or "", i.first_seen or "", i.incident_id)):
        claims = claims_text(i) if i.claims else "-"
        sources = ", ".join(sorted({s.outlet for s in i.sources}))
        rows.append(
            (i.incident_id[:10], i.event_date or "?", i.event_type, place_text(i),
             toll_text(i.killed), toll_text(i.wounded), claims, sources)
        )
    widths = [min(40, max(len(r[c]) for r in rows)) for c in range(len(header))]
    lines = ["  ".join(_cell(cell, w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines) + f"\n({len(incidents)} incidents)\n"
