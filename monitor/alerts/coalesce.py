"""Per-incident coalescing of alerts (optional; ``rules.coalesce_seconds``, off by default).

A burst of updates to one incident (three outlets raising the toll within a minute) gives
one alert with the combined change instead of three. An incident's first alert
(``new_incident``) is never held back. Pure: the caller supplies the clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from monitor.records import Alert, AlertKind, stable_id


@dataclass(frozen=True, slots=True)
class Pending:
    alert: Alert
    recorded_at: float  # seconds, the caller's clock


def combine(alerts: Sequence[Alert]) -> Alert:
    """One alert standing for ``alerts`` (same incident, oldest first).

    Its id is derived from theirs, so the same burst always gives the same id; its
    snapshot is the latest; ``changes`` lists every change; ``change`` is the first.
    """
    if len(alerts) == 1:
        return alerts[0]
    kinds = {a.kind for a in alerts}
    kind: AlertKind = "casualties_changed" if "casualties_changed" in kinds else "new_claim"
    last = alerts[-1]
    return Alert(
        alert_id=stable_id("coalesced", sorted(a.alert_id for a in alerts)),
        kind=kind,
        incident_id=last.incident_id,
        change=alerts[0].change,
        incident=last.incident,
        created_at=last.created_at,
        changes=tuple(c for a in alerts for c in (a.changes or (a.change,))),
        joined=tuple(sorted({i for a in alerts for i in a.joined})),
    )


def release(pending: Sequence[Pending], window: float, now: float) -> tuple[list[list[Alert]], float | None]:
    """Which pending alerts to deliver now, grouped (each group becomes one alert), and
    in how many seconds the next held group falls due (None if nothing is held).

    With ``window`` 0 every alert is its own group. Otherwise ``new_incident`` alerts go
    at once, and an incident's other alerts go together once the oldest of them has
    waited ``window`` seconds.
    """
    if window <= 0:
        return [[p.alert] for p in pending], None
    groups: list[list[Alert]] = []
    held: dict[str, list[Pending]] = {}
    order: list[str] = []
    for p in pending:
        if p.alert.kind == "new_incident":
            groups.append([p.alert])
            continue
        if p.alert.incident_id not in held:
            order.append(p.alert.incident_id)
        held.setdefault(p.alert.incident_id, []).append(p)
    next_in: float | None = None
    for incident_id in order:
        items = held[incident_id]
        wait = items[0].recorded_at + window - now
        if wait <= 0:
            groups.append([p.alert for p in items])
        else:
            next_in = wait if next_in is None else min(next_in, wait)
    return groups, next_in
