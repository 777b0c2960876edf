"""The embedded runtime's processing step, synchronous: one feed item in, alerts out.

extract -> correlate -> record, all inside one store transaction per item. Shared by
``replay`` and ``run``. Per-item errors are caught here, counted and logged once; they
never stop the loop or lose other items.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from monitor.config import Settings
from monitor.dedup.correlate import Correlator
from monitor.extract import extract
from monitor.ingest.fields import MAX_ITEM_VERSIONS, item_version, updated_item_id
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
        base, version = item.item_id, item_version(item.title, item.text)
        if self.store.seen_item(base):
            known = self.store.item_versions(base)
            # A state written before versions were kept knows the item but none of its
            # versions: what it read is taken to be this one.
            if version in known or not known:
                if not known:
                    with self.store.transaction():
                        self.store.mark_version(base, version)
                m.items_total.labels("duplicate").inc()
                return []
            if len(known) >= MAX_ITEM_VERSIONS:
                with self.store.transaction():
                    self.store.mark_version(base, version)
                log.warning(
                    "item %s (%s) changed again after %d versions; this version is skipped",
                    base, item.url, len(known),
                )
                m.items_total.labels("too_many_versions").inc()
                return []
            # The outlet updated its story at the same URL: the new version is read as an
            # item of its own, so its figures and claims reach the incident.
            item = dataclasses.replace(item, item_id=updated_item_id(base, version))
            m.items_total.labels("updated").inc()
        else:
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
                self.store.mark_item(base, item.published)
                self.store.mark_version(base, version)
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
