"""The topics of the Kafka runtime: explicit names, keys and partition counts.

=========================  ==============  =============================================
topic                      key             value (JSON, monitor.records)
=========================  ==============  =============================================
feed-items                 item_id         FeedItem
incident-reports           region key      IncidentReport ("XX" when the country is unknown)
<app>-reports-by-region    region key      IncidentReport (correlate's group_by; internal)
incident-updates           incident_id     Incident, in full after each change (compacted; a
                                           tombstone once joined into another incident)
alerts                     incident_id     Alert
alerts-dlq                 incident_id     {"alert", "sink", "error"} after retries ran out
=========================  ==============  =============================================

Every topic has ``settings.kafka.partitions`` partitions: faust assigns partition *p* of
every co-partitioned topic (and of the tables' changelogs) to the same worker, so they
must agree. :func:`create_topics` creates them up front (the broker may forbid
auto-creation); it is idempotent.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

import faust
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from agents.app import bootstrap_servers
from monitor.config import Settings

log = logging.getLogger(__name__)

FEED_ITEMS = "feed-items"
INCIDENT_REPORTS = "incident-reports"
INCIDENT_UPDATES = "incident-updates"
ALERTS = "alerts"
ALERTS_DLQ = "alerts-dlq"
PUBLIC_TOPICS = (FEED_ITEMS, INCIDENT_REPORTS, INCIDENT_UPDATES, ALERTS, ALERTS_DLQ)

WEEK_MS = 7 * 24 * 3600 * 1000


#: The tables of agents/tables.py; their changelog topics are created up front too.
TABLES = ("correlate-state", "delivered")


def changelog(app_id: str, table: str) -> str:
    """faust's name for the changelog topic of ``table``."""
    return f"{app_id}-{table}-changelog"


def reports_by_region(app_id: str) -> str:
    """The repartition topic of correlate's ``group_by`` (owned by one app id)."""
    return f"{app_id}-reports-by-region"


@dataclass(frozen=True, slots=True)
class TopicSpec:
    name: str
    partitions: int
    replication: int
    config: dict[str, str] = field(default_factory=dict)


def topic_specs(settings: Settings) -> list[TopicSpec]:
    """Every topic the pipeline reads or writes, with its partitions and config."""
    k = settings.kafka
    p, r = k.partitions, k.replication_factor
    return [
        TopicSpec(FEED_ITEMS, p, r, {"retention.ms": str(WEEK_MS)}),
        TopicSpec(INCIDENT_REPORTS, p, r, {"retention.ms": str(WEEK_MS)}),
        TopicSpec(reports_by_region(k.app_id), p, r, {"retention.ms": str(WEEK_MS)}),
        TopicSpec(INCIDENT_UPDATES, p, r, {"cleanup.policy": "compact"}),
        TopicSpec(ALERTS, p, r, {"retention.ms": str(4 * WEEK_MS)}),
        TopicSpec(ALERTS_DLQ, p, r, {"retention.ms": str(4 * WEEK_MS)}),
    ]


@dataclass(frozen=True, slots=True)
class Topics:
    """The faust topic objects of one app."""

    feed_items: faust.TopicT
    reports: faust.TopicT
    reports_by_region: faust.TopicT
    updates: faust.TopicT
    alerts: faust.TopicT
    dlq: faust.TopicT


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    """Declare the topics on ``app`` (values and keys as raw bytes: records are JSON)."""
    made = {}
    for spec in topic_specs(settings):
        made[spec.name] = app.topic(
            spec.name,
            partitions=spec.partitions,
            replicas=spec.replication,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            config=dict(spec.config),
            internal=spec.name == reports_by_region(settings.kafka.app_id),
        )
    return Topics(
        feed_items=made[FEED_ITEMS],
        reports=made[INCIDENT_REPORTS],
        reports_by_region=made[reports_by_region(settings.kafka.app_id)],
        updates=made[INCIDENT_UPDATES],
        alerts=made[ALERTS],
        dlq=made[ALERTS_DLQ],
    )


def changelog_specs(settings: Settings) -> list[TopicSpec]:
    """The tables' changelog topics (compacted), as faust would create them.

    Created up front with the others: a changelog that faust creates as a worker starts
    can be missing from another worker's metadata for a moment, and a table write then
    fails with ``PartitionsMismatch`` ("changelog topic ... has 0 partitions"), seen on
    the real broker with two workers starting together.
    """
    k = settings.kafka
    return [TopicSpec(changelog(k.app_id, t), k.partitions, k.replication_factor, {"cleanup.policy": "compact"})
            for t in TABLES]


async def create_topics(settings: Settings, wait_seconds: float = 60.0) -> list[str]:
    """Create the missing topics, changelogs included; return the names created.
    Retries until ``timeout``."""
    assert settings.kafka.broker, "settings.kafka.broker is not set"
    specs = topic_specs(settings) + changelog_specs(settings)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_seconds
    while True:
        try:
            return await _create(settings.kafka.broker, specs)
        except KafkaError as exc:
            if loop.time() > deadline:
                raise
            log.warning("creating topics failed (%s); retrying", exc)
            await asyncio.sleep(1.0)


async def _create(broker: str, specs: list[TopicSpec]) -> list[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers(broker), request_timeout_ms=15000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [s for s in specs if s.name not in existing]
        created = []
        for spec in missing:
            new = NewTopic(spec.name, spec.partitions, spec.replication, topic_configs=spec.config)
            try:
                resp = await admin.create_topics([new])
            except TopicAlreadyExistsError:
                continue
            _raise_topic_errors(resp)
            created.append(spec.name)
        if created:
            log.info("created topics %s", ", ".join(created))
        return created
    finally:
        await admin.close()


def _raise_topic_errors(resp: object) -> None:
    from aiokafka.errors import for_code

    for entry in getattr(resp, "topic_errors", ()):
        name, code = entry[0], entry[1]
        if code and code != TopicAlreadyExistsError.errno:
            raise for_code(code)(f"cannot create topic {name}")


async def partitions_of(broker: str, topic: str) -> list[int]:
    """The partition numbers of ``topic`` (empty when it does not exist)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers(broker), request_timeout_ms=15000)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    for entry in described:
        if entry.get("topic") == topic and not entry.get("error_code"):
            return sorted(p["partition"] for p in entry.get("partitions", ()))
    return []


async def delete_all_topics(bootstrap: str, wait_seconds: float = 30.0) -> None:
    """Delete every non-internal topic and wait until they are gone (tests, benchmarks)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            names = [t for t in await admin.list_topics() if not t.startswith("__")]
            if not names:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"topics not deleted: {names}")
            try:
                await admin.delete_topics(names)
            except Exception:  # noqa: BLE001 - deletion in progress; list again
                pass
            await asyncio.sleep(0.3)
    finally:
        await admin.close()
