"""The alert rules, pure: compare an incident before and after a report joined it.

- ``new_incident`` the first time an incident passes the configured minimum (by default
  every incident; optionally only with casualties, or only at N killed or more). An
  incident below the minimum is tracked silently and announced once it passes.
- ``casualties_changed`` per field (killed, wounded) when the current figure moves by at
  least ``casualties_min_change``; increases only unless ``alert_on_decrease``.
- ``new_claim`` when the report brings (actor, stance) pairs the incident did not have;
  one alert per report listing the new claims, with the earlier ones as ``old``.

Alert ids are deterministic: SHA-256 of (incident id, kind, the change itself), so the same
change always gives the same id and a replay can be recognised.
"""

from __future__ import annotations

from typing import Any

from monitor.config import AlertRules
from monitor.records import Alert, AlertKind, Change, Incident, IncidentReport, stable_id


def announced(incident: Incident | None, rules: AlertRules) -> bool:
    """Whether ``incident`` passes the ``new_incident`` minimum."""
    if incident is None:
        return False
    killed = incident.killed.value or 0
    wounded = incident.wounded.value or 0
    if rules.new_incident_requires_casualties and killed + wounded == 0:
        return False
    return killed >= rules.new_incident_min_killed


def _claim_view(incident: Incident, keys: set[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
    return [
        {"actor": c.actor, "stance": c.stance, "said_by": c.said_by, "outlet": c.outlet}
        for c in incident.claims
        if keys is None or c.key in keys
    ]


def _alert(kind: AlertKind, incident: Incident, change: Change, id_parts: tuple[Any, ...], now: str | None) -> Alert:
    return Alert(
        alert_id=stable_id(incident.incident_id, kind, *id_parts),
        kind=kind,
        incident_id=incident.incident_id,
        change=change,
        incident=incident,
        created_at=now,
    )


def alerts_for(
    old: Incident | None,
    new: Incident,
    report: IncidentReport,
    rules: AlertRules,
    now: str | None = None,
) -> list[Alert]:
    """The alerts caused by ``report`` turning ``old`` into ``new`` (``old`` None: created)."""
    if not announced(new, rules):
        return []
    if not announced(old, rules):
        change = Change(field="incident", old=None, new=new.incident_id, outlet=report.outlet, url=report.url)
        return [_alert("new_incident", new, change, (), now)]
    assert old is not None
    out: list[Alert] = []
    for name in ("killed", "wounded"):
        before = getattr(old, name).value
        after = getattr(new, name).value
        if after is None or before == after:
            continue
        delta = after - (before or 0)
        if abs(delta) < rules.casualties_min_change:
            continue
        if delta < 0 and not rules.alert_on_decrease:
            continue
        change = Change(field=name, old=before, new=after, outlet=report.outlet, url=report.url)
        out.append(_alert("casualties_changed", new, change, (name, before, after), now))
    old_keys = {c.key for c in old.claims}
    added = {c.key for c in new.claims} - old_keys
    if added:
        change = Change(
            field="claims",
            old=_claim_view(old),
            new=_claim_view(new, added),
            outlet=report.outlet,
            url=report.url,
        )
        out.append(_alert("new_claim", new, change, tuple(sorted(added)), now))
    return out
