"""The whole pipeline on a real broker gives what the embedded core gives."""

from __future__ import annotations

import asyncio
import json
from importlib import resources
from pathlib import Path

import pytest
from kafka_harness import (
    REPO,
    alerts_on_topic,
    count_records,
    delivered,
    produce,
    wait_caught_up,
    wait_for,
)
from kafka_scenario import make_items, reference, region_of

from agents.cli import fetch_incidents
from monitor.config import load_settings
from monitor.extract import extract
from monitor.ingest.parse import read_input
from monitor.records import FeedItem, Incident

SEEDS = REPO.parent / "shared" / "seeds" / "items.jsonl"

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(120)]


def comparable(incident: Incident) -> dict[str, object]:
    """An incident without the fields that depend on wall-clock time."""
    data = incident.to_dict()
    data["report_ids"] = sorted(data["report_ids"])
    return data


def test_scenario_through_kafka_matches_the_embedded_core(broker, workers) -> None:
    """One worker on the production store (rocksdb://): same incidents, same alerts; a
    second replay of the same items changes nothing and delivers nothing."""
    items = make_items()
    ref = reference(items)
    worker = workers("w1", store="rocksdb://").start()
    worker.wait_ready()

    asyncio.run(produce(broker.bootstrap, items, key=region_of))
    wait_caught_up(broker.bootstrap, workers.app_id, 60, worker)

    sent = delivered(worker)
    assert dict(sent) == {alert_id: 1 for alert_id in ref.alerts}
    kinds = {a["alert_id"]: a["kind"] for a in worker.deliveries()}
    assert kinds == ref.alerts
    assert alerts_on_topic(broker.bootstrap) == sent

    settings = load_settings(worker.config)
    got = {i.incident_id: comparable(i) for i in fetch_incidents(settings)}
    assert got == {iid: comparable(i) for iid, i in ref.incidents.items()}

    # Replaying items already seen changes nothing and sends nothing.
    asyncio.run(produce(broker.bootstrap, items, key=region_of))
    wait_caught_up(broker.bootstrap, workers.app_id, 60, worker)
    assert delivered(worker) == sent
    assert alerts_on_topic(broker.bootstrap) == sent
    assert {i.incident_id: comparable(i) for i in fetch_incidents(settings)} == got
    assert "Traceback" not in worker.log_text(), worker.tail()
    assert worker.stop() == 0
    assert json.loads(worker.sink.read_text().splitlines()[0])["incident"]["incident_id"] in got


def publication_order_items() -> list[FeedItem]:
    """The seed articles (../shared/seeds) when present, else the project's sample feeds."""
    if SEEDS.exists():
        paths = [SEEDS]
    else:
        folder = Path(str(resources.files("monitor.samples").joinpath("feeds")))
        paths = sorted(p for p in folder.iterdir() if p.suffix in {".xml", ".rss", ".atom"})
    items = [e for p in paths for e in read_input(p) if isinstance(e, FeedItem)]
    return sorted(items, key=lambda i: (i.published or "", i.item_id))


def test_seed_scenario_through_kafka_gives_the_embedded_incidents_and_alerts(broker, workers) -> None:
    """The real extractor in the worker; items arrive one after another, as feeds publish
    them: the same incidents and alerts as the core run in the same order."""
    items = publication_order_items()
    ref = reference(items, extractor=extract)
    assert ref.alerts and ref.incidents, "the seed scenario must produce incidents"
    worker = workers("w1", extractor=None).start()
    worker.wait_ready()
    for item in items:
        asyncio.run(produce(broker.bootstrap, [item], key=lambda i: i.item_id))
        wanted = ref.updates_after[item.item_id]
        wait_for(lambda wanted=wanted: asyncio.run(count_records(broker.bootstrap, "incident-updates")) >= wanted,
                 30, f"item {item.item_id}", worker)
    wait_caught_up(broker.bootstrap, workers.app_id, 60, worker)

    assert {a["alert_id"]: a["kind"] for a in worker.deliveries()} == ref.alerts
    assert sum(delivered(worker).values()) == len(ref.alerts)
    got = {i.incident_id: comparable(i) for i in fetch_incidents(load_settings(worker.config))}
    assert got == {iid: comparable(i) for iid, i in ref.incidents.items()}
