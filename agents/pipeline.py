"""The agents: extract -> correlate -> notify, thin adapters over monitor's core.

Each agent decodes, calls the core, sends on and counts, and handles errors per event
inside its loop (an exception escaping ``async for`` would make faust ack and lose the
event, then restart the agent). Bad records are counted and skipped; unexpected errors
are counted and skipped too, until :class:`FailureLimit` sees too many in a row and stops
the worker loudly.

Delivery semantics (docs/kafka.md): at-least-once processing with idempotent effects.
Correlate writes its state in a crash-safe order and records whether a report's outputs
were acknowledged (agents/tables.py); notify checks ``delivered`` before sending.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import faust
import faust.web
from aiokafka.errors import KafkaError
from faust.exceptions import PartitionsMismatch, ProducerSendError
from mode import CrashingSupervisor

from agents.app import create_app
from agents.tables import Emission, Tables, TableState, apply_report, declare_tables
from agents.topics import Topics, declare_topics
from agents.watchdog import install_stall_watchdog
from monitor.dedup.correlate import Correlator
from monitor.metrics import Metrics
from monitor.records import Alert, FeedItem, IncidentReport, dumps
from monitor.sinks import AlertSink, RetryPolicy, build_sinks, deliver

log = logging.getLogger(__name__)

Extractor = Callable[[FeedItem], list[IncidentReport]]
DECODE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)
# Not the event's fault, and skipping it would lose it: the worker stops instead.
INFRASTRUCTURE_ERRORS = (ProducerSendError, KafkaError, PartitionsMismatch)


class PipelineHalted(RuntimeError):
    """Too many events in a row failed: something is broken beyond one bad record."""


class FailureLimit:
    """Counts consecutive unexpected failures of one agent; raises past ``limit``."""

    def __init__(self, stage: str, metrics: Metrics, limit: int = 50) -> None:
        self.stage, self.metrics, self.limit, self.failures = stage, metrics, limit, 0

    def ok(self) -> None:
        self.failures = 0
        self.metrics.last_processed_timestamp_seconds.set(time.time())

    def failed(self, what: str, exc: BaseException) -> None:
        if isinstance(exc, INFRASTRUCTURE_ERRORS):
            # Not this event's fault: never skip it. The worker stops and, restarted,
            # processes the event again from the last committed offset.
            log.error("%s: Kafka failed on %s: %s; stopping the worker", self.stage, what, exc)
            raise exc
        self.failures += 1
        self.metrics.errors_total.labels(stage=self.stage).inc()
        log.exception("%s failed on %s (%d in a row)", self.stage, what, self.failures)
        if self.failures >= self.limit:
            raise PipelineHalted(f"{self.stage}: {self.failures} failures in a row")

    def bad_input(self, what: str, exc: Exception) -> None:
        self.metrics.bad_input_total.labels(reason=f"{self.stage}_undecodable").inc()
        log.warning("%s skipped an undecodable record %s: %s", self.stage, what, exc)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _region_of(value: bytes) -> bytes:
    try:
        location = json.loads(value).get("location") or {}
        return (location.get("country_code") or "XX").encode()
    except (ValueError, AttributeError):
        return b"XX"  # undecodable: correlate counts and skips it on its partition


@dataclass
class Pipeline:
    app: faust.App
    topics: Topics
    tables: Tables
    metrics: Metrics
    sinks: list[AlertSink]
    extract: Any
    correlate: Any
    notify: Any


def build_pipeline(
    settings: Any,
    *,
    extractor: Extractor | None = None,
    sinks: list[AlertSink] | None = None,
    metrics: Metrics | None = None,
    policy: RetryPolicy | None = None,
) -> Pipeline:
    """Declare the app, topics, tables and agents. Once per process."""
    prefilter: Callable[[FeedItem], bool] | None = None
    if extractor is None:
        from monitor.extract import extract as default_extractor
        from monitor.extract import might_report

        extractor, prefilter = default_extractor, might_report
    extract_fn: Extractor = extractor
    app = create_app(settings)
    topics = declare_topics(app, settings)
    tables = declare_tables(app, settings)
    metrics = metrics or Metrics()
    sinks = build_sinks(settings) if sinks is None else sinks
    policy = policy or RetryPolicy()
    correlator = Correlator(TableState(tables.state), settings.rules, settings.matching, _now)
    state: TableState = correlator.state  # type: ignore[assignment]
    m = metrics
    transactional = settings.kafka.processing_guarantee == "exactly_once"
    if settings.kafka.processing_guarantee == "at_least_once":
        # Under exactly_once, transaction markers take offsets: the watchdog's test for
        # records taken but not handed on does not apply there.
        sources = (topics.feed_items, topics.reports, topics.reports_by_region, topics.alerts)
        install_stall_watchdog(app, {name for t in sources for name in t.topics},
                               on_rewind=lambda topic, reason: m.partition_rewinds_total.labels(topic, reason).inc())

    @app.agent(topics.feed_items, supervisor_strategy=CrashingSupervisor)
    async def extract(stream: faust.StreamT[bytes]) -> AsyncIterator[int]:
        limit = FailureLimit("extract", m)
        async for value in stream:
            try:
                item = FeedItem.from_dict(json.loads(value))
            except DECODE_ERRORS as exc:
                limit.bad_input("feed item", exc)
                continue
            try:
                with m.stage_seconds.labels(stage="extract").time():
                    if prefilter is not None and not prefilter(item):
                        reports = []  # the cheap prefilter said no: not worth a thread hop
                    else:
                        reports = await asyncio.to_thread(extract_fn, item)
                for report in reports:
                    key = report.location.region_key.encode()
                    await topics.reports.send(key=key, value=dumps(report).encode())
                m.reports_total.inc(len(reports))
                limit.ok()
                yield len(reports)
            except Exception as exc:  # noqa: BLE001 - per-event isolation, counted and bounded
                limit.failed(f"item {item.item_id}", exc)

    @app.agent(topics.reports, supervisor_strategy=CrashingSupervisor)
    async def correlate(stream: faust.StreamT[bytes]) -> AsyncIterator[str]:
        limit = FailureLimit("correlate", m)
        async for value in stream.group_by(_region_of, name="region", topic=topics.reports_by_region):
            try:
                report = IncidentReport.from_dict(json.loads(value))
            except DECODE_ERRORS as exc:
                limit.bad_input("incident report", exc)
                continue
            try:
                with m.stage_seconds.labels(stage="correlate").time():
                    emission = apply_report(state, correlator, report)
                if emission is not None:
                    await _emit(emission)
                limit.ok()
                yield emission.outcome if emission else "duplicate"
            except Exception as exc:  # noqa: BLE001 - per-event isolation, counted and bounded
                limit.failed(f"report {report.report_id}", exc)

    async def _emit(emission: Emission) -> None:
        """Publish the incident and its alerts; wait for the broker's acks, then record it."""
        assert emission.incident is not None
        iid = emission.incident.incident_id.encode()
        pending = [await topics.updates.send(key=iid, value=dumps(emission.incident).encode())]
        for gone in emission.joined:  # now part of this incident: a tombstone removes it
            pending.append(await topics.updates.send(key=gone.encode(), value=None))
        for alert in emission.alerts:
            pending.append(await topics.alerts.send(key=iid, value=dumps(alert).encode()))
            m.alerts_total.labels(kind=alert.kind).inc()
        if not transactional:  # under exactly_once the transaction makes it atomic
            await asyncio.gather(*pending)
        m.incidents_total.labels(outcome=emission.outcome).inc()
        state.mark_emitted(emission.report_id)

    @app.agent(topics.alerts, supervisor_strategy=CrashingSupervisor)
    async def notify(stream: faust.StreamT[bytes]) -> AsyncIterator[str]:
        limit = FailureLimit("notify", m)
        for sink in sinks:
            await sink.start()
        try:
            async for value in stream:
                try:
                    alert = Alert.from_dict(json.loads(value))
                except DECODE_ERRORS as exc:
                    limit.bad_input("alert", exc)
                    continue
                try:
                    outcome = await _deliver(alert)
                    limit.ok()
                    yield outcome
                except Exception as exc:  # noqa: BLE001 - per-event isolation, counted and bounded
                    limit.failed(f"alert {alert.alert_id}", exc)
        finally:
            await _stop_sinks()

    async def _deliver(alert: Alert) -> str:
        """Send to every sink (with retries) unless delivered before; failures go to the DLQ."""
        if tables.delivered.get(alert.alert_id) is not None:
            return "duplicate"
        outcome = "ok"
        with m.stage_seconds.labels(stage="notify").time():
            for sink in sinks:
                try:
                    ok, reason = await deliver(sink, alert, policy, m), "retries exhausted"
                except Exception as exc:  # noqa: BLE001 - a sink's bug must not lose the alert
                    log.exception("sink %s raised on alert %s", sink.name, alert.alert_id)
                    ok, reason = False, f"{type(exc).__name__}: {exc}"[:300]
                if not ok:
                    outcome = "dlq"
                    dead = {"alert": alert.to_dict(), "sink": sink.name, "reason": reason}
                    await topics.dlq.send(key=alert.incident_id.encode(), value=dumps(dead).encode())
        tables.delivered[alert.alert_id] = {"at": _now(), "outcome": outcome}
        # Make the marker durable before the next alert: a crash now re-sends at most
        # this one alert (the window between a sink's acceptance and this flush).
        if not transactional:
            await app.producer.flush()
        return outcome

    @app.page("/assignment/")
    async def assignment(web: faust.web.View, request: faust.web.Request) -> faust.web.Response:
        """The partitions this worker processes (actives) and follows (standbys)."""

        def tps(found: Any) -> list[str]:
            return sorted(f"{tp.topic}:{tp.partition}" for tp in found)

        actives, standbys = app.assignor.assigned_actives(), app.assignor.assigned_standbys()
        return web.json({"actives": tps(actives), "standbys": tps(standbys)})

    async def _stop_sinks() -> None:
        for sink in sinks:
            try:
                await sink.stop()
            except Exception:  # noqa: BLE001 - stopping the others matters more
                log.exception("sink %s did not stop cleanly", sink.name)

    return Pipeline(app, topics, tables, metrics, sinks, extract, correlate, notify)
