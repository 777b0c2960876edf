"""The embedded runtime's processing step, synchronous: one feed item in, alerts out.

extract -> correlate -> record, all inside one store transaction per item. Shared by
``replay`` and ``run``. Per-item errors are caught here, counted and logged once; they
never stop the loop or lose other items.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from monitor.config import Settings
from monitor.dedup.correlate import Correlator
from monitor.extract import extract
from monitor.metrics import Metrics
from monitor.records import Alert, FeedItem
from monitor.store.sqlite import SqliteStore

log = logging.getLogger(__name__)


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Engine:
    """Process feed items into the store; returns the alerts each item raised."""

    def __init__(
        self,
        store: SqliteStore,
        settings: Settings,
        metrics: Metrics,
        clock: Callable[[], str] = utc_now,
    ) -> None:
        self.store = store
        self.settings = settings
        self.metrics = metrics
        self.correlator = Correlator(store, settings.rules, settings.matching, clock)

    def process(self, item: FeedItem) -> list[Alert]:
        m = self.metrics
        if self.store.seen_item(item.item_id):
            m.items_total.labels("duplicate").inc()
            return []
        m.items_total.labels("new").inc()
        started = time.perf_counter()
        try:
            reports = extract(item)
        except Exception:  # noqa: BLE001 - one bad item must not stop the service
            log.exception("extraction failed for item %s (%s); skipped", item.item_id, item.url)
            m.errors_total.labels("extract").inc()
            reports = []
        t_extract = time.perf_counter()
        m.stage_seconds.labels("extract").observe(t_extract - started)
        m.reports_total.inc(len(reports))
        fresh: list[Alert] = []
        try:
            with self.store.transaction():
                seen = [t for t in (self.store.watermark(), item.published) if t]
                self.store.stream_time = max(seen) if seen else None
                alerts: list[Alert] = []
                for report in reports:
                    result = self.correlator.process(report)
                    m.incidents_total.labels(result.outcome).inc()
                    alerts.extend(result.alerts)
                self.store.mark_item(item.item_id, item.published)
                fresh = self.store.record_alerts(alerts, time.time())
                if self.store.stream_time:
                    self.store.close_quiet(self.store.stream_time, self.settings.matching.close_after_days)
        except Exception:  # noqa: BLE001 - rolled back; the item is retried on its next read
            log.exception("correlation failed for item %s (%s); rolled back", item.item_id, item.url)
            m.errors_total.labels("correlate").inc()
            return []
        m.stage_seconds.labels("correlate").observe(time.perf_counter() - t_extract)
        for a in fresh:
            m.alerts_total.labels(a.kind).inc()
        m.last_processed_timestamp_seconds.set(time.time())
        m.open_incidents.set(self.store.open_count())
        m.pending_alerts.set(self.store.pending_count())
        return fresh
