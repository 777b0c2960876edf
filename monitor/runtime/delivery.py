"""Deliver the alert outbox to the sinks: at least once per sink, never twice on restart.

For each pending alert (oldest first) and each sink that has not taken it yet: send with
the retry policy; on success mark (alert, sink) sent at once. A delivery that exhausts
its retries goes to the dead-letter file and counts as handled. When every sink has it,
the alert leaves the outbox.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

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
) -> int:
    """Deliver every pending alert; returns how many left the outbox."""
    done = 0
    started = time.perf_counter()
    while True:
        batch = store.pending_alerts(limit=200)
        if not batch:
            break
        for alert in batch:
            for sink in sinks:
                if store.was_sent(alert.alert_id, sink.name):
                    continue
                # A failed delivery is written to the dead-letter file by deliver() and
                # counts as handled: it is not retried on the next flush.
                await deliver(sink, alert, policy, metrics, dlq)
                store.mark_sent(alert.alert_id, sink.name)
            store.mark_done(alert.alert_id)
            done += 1
    if done:
        metrics.stage_seconds.labels("notify").observe(time.perf_counter() - started)
    metrics.pending_alerts.set(store.pending_count())
    return done
