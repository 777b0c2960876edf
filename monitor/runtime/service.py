"""The long-running embedded service (``incident-monitor run``).

Poll feeds when due -> process each new item -> deliver the outbox -> sleep until the next
feed is due or a signal arrives. State lives in SQLite, so a restart resumes where the
last committed item left off and re-sends nothing already delivered. ``/metrics`` is
served on the configured address (127.0.0.1 by default).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from collections.abc import Sequence

from prometheus_client import start_http_server

from monitor.config import Settings
from monitor.errors import BadInput
from monitor.ingest.poller import FeedPoller
from monitor.metrics import Metrics
from monitor.records import FeedItem
from monitor.runtime.delivery import flush_outbox
from monitor.runtime.engine import Engine
from monitor.sinks import AlertSink, build_sinks
from monitor.sinks.dlq import DeadLetterWriter
from monitor.sinks.retry import RetryPolicy
from monitor.store.sqlite import SqliteStore

log = logging.getLogger(__name__)


class Service:
    def __init__(self, settings: Settings, metrics: Metrics | None = None, sinks: Sequence[AlertSink] | None = None) -> None:
        self.settings = settings
        self.metrics = metrics or Metrics()
        self.store = SqliteStore(settings.state.path)
        self.engine = Engine(self.store, settings, self.metrics)
        self.sinks = list(sinks) if sinks is not None else build_sinks(settings)
        self.policy = RetryPolicy()
        self.dlq = DeadLetterWriter(settings.state.path.parent / "alerts-dlq.jsonl")
        self.poller = FeedPoller(settings.feeds, settings.ingest, self.metrics)
        self._stop = asyncio.Event()
        self._http: object | None = None
        self._held: float | None = None  # seconds until held (coalesced) alerts fall due

    async def _flush(self) -> float | None:
        return await flush_outbox(
            self.store, self.sinks, self.policy, self.metrics, self.dlq, self.settings.rules.coalesce_seconds
        )

    def stop(self) -> None:
        self._stop.set()

    async def process(self, items: Sequence[FeedItem | BadInput]) -> int:
        """Process items one by one, delivering each one's alerts before the next."""
        n = 0
        for item in items:
            if self._stop.is_set():
                break  # unprocessed items are read again after the restart
            if isinstance(item, BadInput):
                continue  # the poller has counted and logged it
            started = time.perf_counter()
            fresh = self.engine.process(item)
            if fresh:
                self._held = await self._flush()
                elapsed = time.perf_counter() - started
                for _ in fresh:
                    self.metrics.alert_latency_seconds.observe(elapsed)
            n += 1
            await asyncio.sleep(0)  # let signals and the metrics thread in
        return n

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.stop)
        if self.settings.metrics.enabled:
            server, _thread = start_http_server(
                self.settings.metrics.port, addr=self.settings.metrics.host, registry=self.metrics.registry
            )
            self._http = server
            log.info("metrics on http://%s:%d/metrics", self.settings.metrics.host, server.server_port)
        for sink in self.sinks:
            await sink.start()
        await self.poller.start()
        log.info("incident-monitor running: %d feeds, %d sinks, state %s",
                 len(self.settings.feeds), len(self.sinks), self.settings.state.path)
        try:
            self._held = await self._flush()
            while not self._stop.is_set():
                items = await self.poller.poll_due()
                await self.process(items)
                self._held = await self._flush()
                wake = self.poller.next_due_in() if self._held is None else min(self.poller.next_due_in(), self._held)
                delay = max(0.05, min(wake, 60.0))
                try:
                    await asyncio.wait_for(self._stop.wait(), timeout=delay)
                except TimeoutError:
                    pass
        finally:
            log.info("stopping")
            await self.poller.stop()
            for sink in self.sinks:
                await sink.stop()
            if self._http is not None:
                self._http.shutdown()  # type: ignore[attr-defined]
            self.store.close()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)
