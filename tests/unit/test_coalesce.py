"""Coalescing: a burst of updates to one incident becomes one alert; the first never waits."""

from __future__ import annotations

from pathlib import Path

from monitor.alerts.coalesce import Pending, combine, release
from monitor.alerts.rules import alerts_for
from monitor.config import AlertRules
from monitor.dedup.merge import merge
from monitor.metrics import Metrics
from monitor.records import Alert, Claim, Figure, IncidentReport, Location
from monitor.runtime.delivery import flush_outbox
from monitor.sinks import ListSink, RetryPolicy
from monitor.store.sqlite import SqliteStore


def report(n: int, killed: int, claims: tuple[Claim, ...] = ()) -> IncidentReport:
    return IncidentReport(
        report_id=f"r{n}", item_id=f"i{n}", outlet=f"O{n}", url=f"https://example.org/{n}",
        published=f"2024-05-01T0{n}:00:00Z", event_type="bombing", location=Location("Gao", "Gao", "ML"),
        event_date="2024-05-01", killed=Figure(killed), claims=claims,
    )


def burst() -> list[Alert]:
    r1, r2, r3 = report(1, 3), report(2, 5), report(3, 7, (Claim("JNIM", "claimed"),))
    a, b, c = merge("inc", [r1]), merge("inc", [r1, r2]), merge("inc", [r1, r2, r3])
    rules = AlertRules()
    return alerts_for(None, a, r1, rules) + alerts_for(a, b, r2, rules) + alerts_for(b, c, r3, rules)


def test_release_holds_updates_but_never_the_first_alert() -> None:
    alerts = burst()
    assert [a.kind for a in alerts] == ["new_incident", "casualties_changed", "casualties_changed", "new_claim"]
    pending = [Pending(a, 100.0 + i) for i, a in enumerate(alerts)]
    groups, next_in = release(pending, 60.0, now=105.0)
    assert [[a.kind for a in g] for g in groups] == [["new_incident"]]
    assert next_in == 56.0
    groups, next_in = release(pending, 60.0, now=161.0)
    assert len(groups) == 2 and next_in is None
    combined = combine(groups[1])
    assert combined.kind == "casualties_changed"
    assert [(c.field, c.old, c.new) for c in combined.changes][:2] == [("killed", 3, 5), ("killed", 5, 7)]
    assert combined.changes[2].field == "claims"
    assert combined.incident.killed.value == 7
    assert combine(groups[1]).alert_id == combined.alert_id  # the same burst, the same id
    assert release(pending, 0.0, now=0.0)[0] == [[a] for a in alerts]  # off: one alert each


async def test_flush_outbox_sends_one_combined_alert_after_the_window(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite")
    with store.transaction():
        store.record_alerts(burst(), recorded_at=1000.0)
    sink = ListSink()
    clock = [1001.0]
    await sink.start()
    held = await flush_outbox(store, [sink], RetryPolicy(), Metrics(), None, 30.0, lambda: clock[0])
    assert [a.kind for a in sink.alerts] == ["new_incident"] and held is not None and 28 < held <= 30
    clock[0] = 1031.0
    assert await flush_outbox(store, [sink], RetryPolicy(), Metrics(), None, 30.0, lambda: clock[0]) is None
    assert [a.kind for a in sink.alerts] == ["new_incident", "casualties_changed"]
    assert len(sink.alerts[1].changes) == 3 and store.pending_count() == 0
    # Nothing more, ever: a later flush sends nothing.
    await flush_outbox(store, [sink], RetryPolicy(), Metrics(), None, 30.0, lambda: 5000.0)
    assert len(sink.alerts) == 2
    store.close()


async def test_two_sinks_of_one_type_each_get_every_alert(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite")
    with store.transaction():
        store.record_alerts(burst(), recorded_at=0.0)
    first, second = ListSink(), ListSink()
    await flush_outbox(store, [first, second], RetryPolicy(), Metrics())
    assert len(first.alerts) == len(second.alerts) == 4
    await flush_outbox(store, [first, second], RetryPolicy(), Metrics())
    assert len(first.alerts) == 4  # and nothing twice
    store.close()
