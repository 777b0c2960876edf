"""The faust application, configured from the one validated settings model.

Nothing here reads the environment or files: :func:`create_app` gets a loaded
:class:`~monitor.config.Settings` and turns ``settings.kafka`` into faust settings. Topics,
tables and agents are declared on the app by :func:`agents.pipeline.build_pipeline`, once
per process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import faust

from agents import transactions
from monitor.config import Settings

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
