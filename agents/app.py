"""The faust application, configured from the one validated settings model.

Nothing here reads the environment or files: :func:`create_app` gets a loaded
:class:`~monitor.config.Settings` and turns ``settings.kafka`` into faust settings. Topics,
tables and agents are declared on the app by :func:`agents.pipeline.build_pipeline`, once
per process.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

import faust

from agents import transactions
from monitor.config import Settings

log = logging.getLogger(__name__)

#: Failover speed after a worker dies without leaving the group (kill -9, lost host): the
#: group coordinator reassigns its partitions after this many seconds of silence.
SESSION_TIMEOUT_SECONDS = 10.0
#: Upper bound on what a crash replays (faust commits offsets on whichever comes first).
COMMIT_INTERVAL_SECONDS = 1.0


def bootstrap_servers(broker: str) -> list[str]:
    """``kafka://a:9092;b:9092`` or ``a:9092,b:9092`` as ``["a:9092", "b:9092"]``."""
    servers = []
    for part in broker.replace(";", ",").split(","):
        part = part.strip()
        if "://" in part:
            part = part.split("://", 1)[1]
        if part:
            servers.append(part)
    if not servers:
        raise ValueError(f"no broker address in {broker!r}")
    return servers


def broker_url(broker: str) -> str:
    """The broker list in faust's form (``kafka://a:9092;b:9092``)."""
    return ";".join(f"kafka://{s}" for s in bootstrap_servers(broker))


def faust_options(settings: Settings) -> dict[str, Any]:
    """The faust settings derived from ``settings.kafka`` (a pure function, tested)."""
    k = settings.kafka
    if not k.broker:
        raise ValueError("settings.kafka.broker is not set: the Kafka runtime needs a broker")
    session = float(getattr(k, "session_timeout_seconds", SESSION_TIMEOUT_SECONDS))
    return {
        "broker": broker_url(k.broker),
        "store": k.store,
        "processing_guarantee": k.processing_guarantee,
        "topic_partitions": k.partitions,
        "topic_replication_factor": k.replication_factor,
        "topic_allow_declare": True,
        "datadir": str(Path(k.data_dir)),
        "web_enabled": True,
        "web_host": k.web_host,
        "web_bind": k.web_host,
        "web_port": k.web_port,
        "web_in_thread": False,
        "producer_acks": -1,
        "broker_session_timeout": session,
        "broker_heartbeat_interval": max(0.5, session / 5),
        "broker_rebalance_timeout": max(session, 10.0),
        "broker_commit_interval": COMMIT_INTERVAL_SECONDS,
        "consumer_auto_offset_reset": "earliest",
        "table_standby_replicas": 1,
        "stream_wait_empty": True,
        "autodiscover": False,
        "key_serializer": "raw",
        "value_serializer": "raw",
    }


def create_app(settings: Settings) -> faust.App:
    """A faust app for ``settings``; call once per process (see build_pipeline)."""
    rewind_uncommitted_partitions()
    give_back_dropped_fetches()
    keep_queued_events_on_resume()
    transactions.install()  # exactly_once fixes (agents/transactions.py)
    return faust.App(settings.kafka.app_id, **faust_options(settings))


def rewind_uncommitted_partitions() -> None:
    """Work around lost records after a rebalance (faust-streaming 0.15.3, aiokafka 0.14).

    During a rebalance faust drops records fetched while its flow is paused, then calls
    ``seek_to_committed`` to fetch them again. aiokafka seeks only partitions whose
    committed offset is > 0, so a partition that was never committed (a worker killed
    before its first commit, or a new topic) keeps its advanced position: its records
    are skipped for good and the partition stalls with lag (seen with kill -9 in
    tests/integration/kafka/test_workers.py). Rewind such stream partitions to their
    beginning, which is what ``auto_offset_reset="earliest"`` means for them.
    Changelog partitions are left to faust's recovery, which positions them itself.
    """
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    if getattr(AIOKafkaConsumerThread, "_rewinds_uncommitted", False):
        return
    original = AIOKafkaConsumerThread.seek_to_committed

    async def seek_to_committed(self: Any) -> Any:
        offsets = await original(self)
        changelogs = self.transport.app.tables.changelog_topics
        fresh = [tp for tp, off in offsets.items() if (off is None or off <= 0) and tp.topic not in changelogs]
        if fresh:
            await self.call_thread(self._ensure_consumer().seek_to_beginning, *fresh)
        return offsets

    AIOKafkaConsumerThread.seek_to_committed = seek_to_committed  # type: ignore[method-assign]
    AIOKafkaConsumerThread._rewinds_uncommitted = True  # type: ignore[attr-defined]


def dropped_by_faust(tps: Iterable[Any], flow_active: bool, active: Collection[Any] | None,
                     buffered: Collection[Any]) -> set[Any]:
    """The partitions of a fetched batch that faust's ``Consumer.getmany`` would not hand on.

    All of them when the flow is stopped; else those neither active nor buffered (paused).
    """
    if not flow_active:
        return set(tps)
    if active is None:
        return set()
    return {tp for tp in tps if tp not in active and tp not in buffered}


def give_back_dropped_fetches() -> None:
    """Work around changelog records lost at a rebalance (faust-streaming 0.15.3, aiokafka 0.14).

    faust fetches in its consumer thread (``fetched_records(active_partitions)``) and hands
    the batch to the event loop, where ``Consumer.getmany`` drops all of it if the flow was
    stopped meanwhile (a rebalance; it then calls ``perform_seek``, which rewinds only
    partitions with a committed offset, never the tables' changelogs) and the records of
    partitions it paused. aiokafka's position has already moved past them. During a
    rebalance faust's set of active partitions is empty, which aiokafka reads as "all
    partitions". Seen with kill -9 in tests/integration/kafka/test_workers.py (1 run in 14):
    a fetch spanning the takeover took every changelog record from offset 0 just after
    recovery had sought there; faust dropped them, recovery waited for good ("No event
    received for active tp ... since recovery start", aiokafka positions at the end) and
    the survivor never resumed its streams. Now the consumer thread gives such records back
    at once, before anything else runs on its loop: each partition faust would drop is
    sought back to its first record of the batch, and is fetched again later.
    """
    from aiokafka.errors import IllegalStateError
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    if getattr(AIOKafkaConsumerThread, "_gives_back_dropped", False):
        return
    fetch_records = AIOKafkaConsumerThread._fetch_records

    async def _fetch_records(self: Any, consumer: Any, active_partitions: Any,
                             timeout: float | None = None,  # noqa: ASYNC109 (faust's signature)
                             max_records: int | None = None) -> Any:
        records = dict(await fetch_records(self, consumer, active_partitions, timeout=timeout, max_records=max_records))
        faust_consumer = self.consumer
        dropped = dropped_by_faust(records, faust_consumer.flow_active, active_partitions,
                                   faust_consumer._buffered_partitions)
        for tp in dropped:
            batch = records.pop(tp)
            if batch:
                try:
                    consumer.seek(tp, batch[0].offset)
                except IllegalStateError:
                    continue  # no longer assigned: its next owner starts from the committed offset
                log.info("gave back %d records of %s:%d fetched while faust %s (from offset %d)",
                         len(batch), tp.topic, tp.partition,
                         "was paused on it" if faust_consumer.flow_active else "had stopped its flow",
                         batch[0].offset)
        return records

    AIOKafkaConsumerThread._fetch_records = _fetch_records  # type: ignore[method-assign]
    AIOKafkaConsumerThread._gives_back_dropped = True  # type: ignore[attr-defined]


def keep_queued_events_on_resume() -> None:
    """Work around records lost just after a rebalance (faust-streaming 0.15.3, mode 0.4).

    ``app.flow_control.resume()`` empties every stream's queue, even when the flow was not
    suspended. At the end of recovery faust resumes the stream partitions, awaits
    ``perform_seek`` (a round trip per partition) and only then calls ``resume()``, though
    the flow has been active since recovery began reading the changelogs: records fetched
    and handed to the streams meanwhile were thrown away, with faust's read offset already
    past them. Seen with diagnostics in the kill -9 test (tests/integration/kafka/
    test_workers.py, 1 takeover in 6): 7 records of feed-items and reports-by-region thrown
    away that way; faust's rewinds usually fetch such records again, but one thrown away
    after the last rewind leaves a hole at the head of its partition (the watchdog then
    finds the commit held there, as in several kill -9 runs). Queues are still emptied when
    the flow resumes after a suspension (a rebalance, whose records are stale); a resume of
    a flow that is already active keeps them.
    """
    from mode.utils.queues import FlowControlEvent

    if getattr(FlowControlEvent, "_keeps_queues_when_active", False):
        return
    resume = FlowControlEvent.resume

    def _resume(self: Any) -> None:
        if self.is_active():
            self._resume.set()  # nothing was suspended: nothing stale to throw away
            return
        resume(self)

    FlowControlEvent.resume = _resume  # type: ignore[method-assign]
    FlowControlEvent._keeps_queues_when_active = True  # type: ignore[attr-defined]
