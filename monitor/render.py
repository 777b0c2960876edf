"""Human-readable views of incidents (the ``incidents`` table)."""

from __future__ import annotations

from collections.abc import Sequence

from monitor.records import Incident, Toll


def toll_text(toll: Toll) -> str:
    if toll.value is None:
        return "-"
    prefix = {"at_least": ">=", "more_than": ">", "about": "~", "up_to": "<="}.get(toll.qualifier or "", "")
    period = " (period)" if toll.history and all(h.period_total for h in toll.history) else ""
    return f"{prefix}{toll.value}{period}"


def place_text(incident: Incident) -> str:
    loc = incident.location
    parts = [p for p in (loc.name, loc.admin1 if loc.admin1 != loc.name else None, loc.country_code) if p]
    return ", ".join(parts) or "?"


def incidents_table(incidents: Sequence[Incident]) -> str:
    header = ("id", "date", "type", "place", "killed", "wounded", "claims", "sources")
    rows = [header]
    for i in sorted(incidents, key=lambda i: (i.event_date or "", i.first_seen or "", i.incident_id)):
        claims = "; ".join(f"{c.actor} {c.stance}" for c in i.claims) or "-"
        sources = ", ".join(sorted({s.outlet for s in i.sources}))
        rows.append(
            (i.incident_id[:10], i.event_date or "?", i.event_type, place_text(i),
             toll_text(i.killed), toll_text(i.wounded), claims, sources)
        )
    widths = [min(40, max(len(r[c]) for r in rows)) for c in range(len(header))]
    lines = ["  ".join(cell[:w].ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines) + f"\n({len(incidents)} incidents)\n"
