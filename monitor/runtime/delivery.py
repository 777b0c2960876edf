"""Deliver the alert outbox to the sinks: at least once per sink, never twice on restart.

For each pending alert (oldest first) and each sink that has not taken it yet: send with
the retry policy; on success mark (alert, sink) sent at once. A delivery that exhausts
its retries goes to the dead-letter file and counts as handled. When every sink has it,
the alert leaves the outbox. With ``rules.coalesce_seconds`` an incident's updates are
held and sent as one combined alert (monitor/alerts/coalesce.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from monitor.alerts.coalesce import Pending, combine, release
from monitor.metrics import Metrics
from monitor.sinks import AlertSink, deliver
from monitor.sinks.dlq import DeadLetterWriter
from monitor.sinks.retry import RetryPolicy
from monitor.store.sqlite import SqliteStore


async def flush_outbox(
    store: SqliteStore,
    sinks: Sequence[AlertSink],
    policy: RetryPolicy,
    metrics: Metrics,
    dlq: DeadLetterWriter | None = None,
    coalesce_seconds: float = 0.0,
    now: Callable[[], float] = time.time,
) -> float | None:
    """Deliver every pending alert that is due; returns in how many seconds the next
    coalesced group falls due (None when nothing is held back)."""
    started = time.perf_counter()
    delivered = 0
    pending = [Pending(a, t) for a, t in store.pending_with_time(limit=100_000)]
    groups, next_in = release(pending, coalesce_seconds, now())
    for group in groups:
        alert = combine(group)
        for position, sink in enumerate(sinks):
            # Keyed by position too: two sinks of one type (two webhooks) are two deliveries.
            key = f"{sink.name}#{position}"
            if store.was_sent(alert.alert_id, key):
                continue
            # A failed delivery is written to the dead-letter file by deliver() and
            # counts as handled: it is not retried on the next flush.
            await deliver(sink, alert, policy, metrics, dlq)
            store.mark_sent(alert.alert_id, key)
        with store.transaction():
            for member in group:
                store.mark_done(member.alert_id)
        delivered += 1
    if delivered:
        metrics.stage_seconds.labels("notify").observe(time.perf_counter() - started)
    metrics.pending_alerts.set(store.pending_count())
    return next_in
