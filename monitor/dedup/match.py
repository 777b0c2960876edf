"""Decide whether a report describes an incident already known.

Deterministic rules, in this order (all must hold; then the best score wins, ties broken
by incident id):

1. Blocking: same region (country code) and event dates within the window (default one
   day either side); done by the state's index, not here. A report whose text states no
   date carries its publication day, an upper bound: it looks back
   ``undated_lookback_days`` (default 3) further.
2. Compatible event types: the same family (explosive; indirect fire; armed attack;
   kidnapping; takeover); ``other_violence`` is compatible with anything.
3. Compatible places: the same place name, or one report names the province the other
   is in, or either has no place below the country.
4. Figures that do not contradict: when both have an own (non-period) killed figure,
   the larger is at most ``5 x smaller + 2`` (tolls rise, but 1 and 8 are two events).

Score (0..1): event type equal (0.3), place name equal (0.3), event date equal (0.2),
figures equal or close (0.1), shared claim actors (0.1).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from monitor.records import Incident, IncidentReport, Location

FAMILIES: dict[str, str] = {
    "suicide_bombing": "explosive",
    "bombing": "explosive",
    "rocket_mortar_shelling": "indirect_fire",
    "airstrike": "indirect_fire",
    "armed_assault": "armed",
    "assassination": "armed",
    "armed_clash": "armed",
    "kidnapping": "kidnapping",
    "takeover": "takeover",
}


def types_compatible(a: str, b: str) -> bool:
    if a == "other_violence" or b == "other_violence":
        return True
    return FAMILIES.get(a, a) == FAMILIES.get(b, b)


def places_compatible(a: Location, b: Location) -> bool:
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    if not a.name or not b.name or a.name == b.name:
        return True
    # One names the province the other lies in.
    if a.name == b.admin1 or b.name == a.admin1:
        return True
    # A district and the seat of its province (Wazir Akbar Khan and Kabul, both in Kabul).
    return bool(a.admin1) and a.admin1 == b.admin1 and (a.name == a.admin1 or b.name == b.admin1)


def figures_compatible(report: IncidentReport, incident: Incident) -> bool:
    fig = report.killed
    if fig is None or fig.period_total or incident.killed.value is None:
        return True
    own = [h.value for h in incident.killed.history if not h.period_total]
    if not own:
        return True
    a, b = fig.value, max(own)
    lo, hi = min(a, b), max(a, b)
    return hi <= 5 * lo + 2


def dates_compatible(report: IncidentReport, incident: Incident, window_days: int) -> bool:
    """Stated dates must be within the window; an incident dated later than that may still
    be known only from undated reports (its date an upper bound), which blocking allowed."""
    if not report.date_stated or not report.event_date or not incident.event_date:
        return True
    try:
        gap = (date.fromisoformat(incident.event_date[:10]) - date.fromisoformat(report.event_date[:10])).days
    except ValueError:
        return True
    return gap >= -window_days


def score(report: IncidentReport, incident: Incident, window_days: int = 1) -> float | None:
    """The match score, or None when a rule says these are different events."""
    if not dates_compatible(report, incident, window_days):
        return None
    if not types_compatible(report.event_type, incident.event_type):
        return None
    if not places_compatible(report.location, incident.location):
        return None
    if not figures_compatible(report, incident):
        return None
    s = 0.0
    if report.event_type == incident.event_type:
        s += 0.3
    if report.location.name and report.location.name == incident.location.name:
        s += 0.3
    if report.event_date and report.event_date == incident.event_date:
        s += 0.2
    if report.killed and incident.killed.value is not None:
        diff = abs(report.killed.value - incident.killed.value)
        s += 0.1 if diff == 0 else (0.05 if diff <= 3 else 0.0)
    actors = {c.actor for c in report.claims}
    if actors and actors & {c.actor for c in incident.claims}:
        s += 0.1
    return s


def best_match(report: IncidentReport, candidates: Iterable[Incident], window_days: int = 1) -> Incident | None:
    best: tuple[float, str] | None = None
    chosen: Incident | None = None
    for inc in candidates:
        s = score(report, inc, window_days)
        if s is None:
            continue
        key = (s, inc.incident_id)
        if best is None or key[0] > best[0] or (key[0] == best[0] and key[1] < best[1]):
            best, chosen = key, inc
    return chosen
