"""Plain functions behind the Kafka runtime's commands (wired into ``incident-monitor``).

- :func:`run_worker`: a faust worker running extract, correlate and notify;
- :func:`run_ingest`: polls the configured feeds, produces FeedItems (acks=all);
- :func:`replay_to_broker`: produces the items of input files into ``feed-items``;
- :func:`fetch_incidents`: the current incidents, read from ``incident-updates``;
- :func:`ensure_topics`: creates the topics up front (the others call it too).

Each returns an exit code (or the data) and raises :class:`~monitor.errors.ConfigError`
when the settings cannot drive the Kafka runtime.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from agents.app import bootstrap_servers
from agents.topics import FEED_ITEMS, INCIDENT_UPDATES, create_topics, partitions_of
from monitor.config import Settings
from monitor.errors import BadInput, ConfigError
from monitor.records import FeedItem, Incident, dumps

log = logging.getLogger(__name__)


def _broker(settings: Settings) -> str:
    if not settings.kafka.broker:
        raise ConfigError("kafka.broker is not set (INCIDENT_MONITOR_KAFKA__BROKER or kafka.broker in the config)")
    return settings.kafka.broker


def _with_broker(settings: Settings, broker: str) -> Settings:
    return settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"broker": broker})})


def ensure_topics(settings: Settings, timeout: float = 60.0) -> list[str]:
    """Create the pipeline's topics if missing; return the names created."""
    _broker(settings)
    return asyncio.run(create_topics(settings, timeout))


def run_worker(settings: Settings, *, extractor: Any = None) -> int:
    """Run one worker until SIGINT/SIGTERM; return its exit code.

    ``extractor`` replaces ``monitor.extract.extract`` (tests and benchmarks only).
    """
    import faust
    from faust.sensors.prometheus import setup_prometheus_sensors

    from agents.pipeline import build_pipeline

    ensure_topics(settings)
    asyncio.set_event_loop(asyncio.new_event_loop())
    pipeline = build_pipeline(settings, extractor=extractor)
    setup_prometheus_sensors(pipeline.app, registry=pipeline.metrics.registry, name_prefix="faust")
    worker = faust.Worker(pipeline.app, loglevel=settings.log_level.lower(), quiet=True)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    return 0


async def _producer(broker: str) -> AIOKafkaProducer:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap_servers(broker),
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        request_timeout_ms=30000,
    )
    await producer.start()
    return producer


async def produce_items(broker: str, items: Iterable[FeedItem] | AsyncIterator[FeedItem]) -> int:
    """Produce ``items`` into ``feed-items`` (key: item_id, acks=all); return the count."""
    producer = await _producer(broker)
    sent = []
    try:
        if isinstance(items, AsyncIterator):
            async for item in items:
                sent.append(await producer.send(FEED_ITEMS, dumps(item).encode(), key=item.item_id.encode()))
        else:
            for item in items:
                sent.append(await producer.send(FEED_ITEMS, dumps(item).encode(), key=item.item_id.encode()))
        await asyncio.gather(*sent)
    finally:
        await producer.stop()
    return len(sent)


def replay_to_broker(settings: Settings, broker: str, inputs: list[Path]) -> int:
    """Produce the items of ``inputs`` (JSONL, RSS/Atom, text) in order; bad ones are skipped.

    Exit 0 when the inputs were read (bad items are reported on stderr and counted), 2 when
    the broker cannot be used.
    """
    from monitor.ingest.parse import read_input

    settings = _with_broker(settings, broker)
    ensure_topics(settings)
    items: list[FeedItem] = []
    bad = 0
    for path in inputs:
        for entry in read_input(Path(path), max_item_bytes=settings.ingest.max_item_bytes):
            if isinstance(entry, BadInput):
                bad += 1
                log.warning("skipped bad input: %s", entry)
            else:
                items.append(entry)
    count = asyncio.run(produce_items(broker, items))
    log.info("produced %d items into %s (%d bad inputs skipped)", count, FEED_ITEMS, bad)
    return 0


def run_ingest(settings: Settings) -> int:
    """Poll the configured feeds until SIGINT/SIGTERM, producing new items into ``feed-items``.

    Each batch is acknowledged by all in-sync replicas (acks=all, idempotent producer)
    before the next poll. The poller's dedup is in memory: after a restart items are
    produced again and the pipeline recognises them (same item and report ids).
    """
    _broker(settings)
    ensure_topics(settings)
    asyncio.run(_ingest(settings))
    return 0


async def _ingest(settings: Settings) -> None:
    import signal

    from prometheus_client import start_http_server

    from monitor.ingest.poller import FeedPoller
    from monitor.metrics import Metrics

    metrics = Metrics()
    if settings.metrics.enabled:
        start_http_server(settings.metrics.port, addr=settings.metrics.host, registry=metrics.registry)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    poller = FeedPoller(settings.feeds, settings.ingest, metrics)
    producer = await _producer(_broker(settings))
    await poller.start()
    log.info("ingest running: %d feeds into %s", len(settings.feeds), FEED_ITEMS)
    try:
        while not stop.is_set():
            items = await poller.poll_due()
            sent = [await producer.send(FEED_ITEMS, dumps(i).encode(), key=i.item_id.encode()) for i in items]
            await asyncio.gather(*sent)
            metrics.items_total.labels(outcome="new").inc(len(items))
            metrics.last_processed_timestamp_seconds.set(time.time())
            try:
                await asyncio.wait_for(stop.wait(), timeout=max(0.05, min(poller.next_due_in(), 60.0)))
            except TimeoutError:
                pass
    finally:
        await poller.stop()
        await producer.stop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


async def read_incident_updates(broker: str, wait_seconds: float = 30.0) -> dict[str, dict[str, Any]]:
    """The latest value per incident id in ``incident-updates``, read to its current end."""
    tps = [TopicPartition(INCIDENT_UPDATES, p) for p in await partitions_of(broker, INCIDENT_UPDATES)]
    if not tps:
        return {}
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap_servers(broker), enable_auto_commit=False, isolation_level="read_committed"
    )
    await consumer.start()
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        latest: dict[str, dict[str, Any]] = {}
        async with asyncio.timeout(wait_seconds):
            while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
                batch = await consumer.getmany(*tps, timeout_ms=500)
                for records in batch.values():
                    fold_updates(latest, ((r.key, r.value) for r in records))
        return latest
    finally:
        await consumer.stop()


def fold_updates(latest: dict[str, dict[str, Any]], records: Iterable[tuple[bytes | None, bytes | None]]) -> None:
    """Apply ``incident-updates`` records (key, value) in order: the latest value per id;
    a tombstone (no value: the incident was joined into another) removes the id."""
    for key, value in records:
        if key is None:
            continue
        if value is None:
            latest.pop(key.decode(), None)
        else:
            latest[key.decode()] = json.loads(value)


def fetch_incidents(settings: Settings) -> list[Incident]:
    """The Kafka runtime's incidents (latest state of each), oldest first."""
    latest = asyncio.run(read_incident_updates(_broker(settings)))
    incidents = [Incident.from_dict(v) for v in latest.values()]
    return sorted(incidents, key=lambda i: (i.first_seen or "", i.incident_id))
