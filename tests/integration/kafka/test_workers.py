"""Scaling and failure: two workers, kill -9, a full restart, a broker restart.

Items are produced keyed by region so that each region's items keep their order (as a
feed's do); the expected alerts and incidents are the core's on the same order.
"""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from kafka_harness import Worker, alerts_on_topic, delivered, produce, wait_caught_up, wait_for
from kafka_scenario import make_items, reference, region_of

from agents.cli import fetch_incidents
from monitor.config import load_settings
from monitor.records import FeedItem

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(150)]

PARTITIONS = {0, 1, 2, 3}


def incidents_of(worker: Worker) -> dict[str, dict[str, object]]:
    out = {}
    for incident in fetch_incidents(load_settings(worker.config)):
        data = incident.to_dict()
        data["report_ids"] = sorted(data["report_ids"])
        out[incident.incident_id] = data
    return out


def expected_incidents(ref) -> dict[str, dict[str, object]]:
    out = {}
    for iid, incident in ref.incidents.items():
        data = incident.to_dict()
        data["report_ids"] = sorted(data["report_ids"])
        out[iid] = data
    return out


def wait_shared(a: Worker, b: Worker, timeout: float = 60) -> None:
    def shared() -> bool:
        pa, pb = a.actives("feed-items"), b.actives("feed-items")
        return bool(pa) and bool(pb) and not pa & pb and pa | pb == PARTITIONS
    wait_for(shared, timeout, "both workers to hold feed-items partitions", a, b)


def produce_in_background(bootstrap: str, items: list[FeedItem], rate: float) -> threading.Thread:
    thread = threading.Thread(target=lambda: asyncio.run(produce(bootstrap, items, region_of, rate)))
    thread.start()
    return thread


def assert_exactly_once(sent, ref) -> None:
    duplicated = {k: n for k, n in sent.items() if n > 1}
    assert not duplicated, f"alerts delivered more than once: {duplicated}"
    missing = set(ref.alerts) - set(sent)
    assert not missing, f"{len(missing)} alerts never delivered"
    assert set(sent) == set(ref.alerts)


def test_two_workers_share_the_partitions(broker, workers) -> None:
    items = make_items()
    ref = reference(items)
    w1, w2 = workers("w1").start(), workers("w2").start()
    w1.wait_ready()
    w2.wait_ready()
    wait_shared(w1, w2)

    asyncio.run(produce(broker.bootstrap, items, key=region_of))
    wait_caught_up(broker.bootstrap, workers.app_id, 60, w1, w2)

    sent = delivered(w1, w2)
    assert_exactly_once(sent, ref)
    assert w1.deliveries() and w2.deliveries(), "each worker notifies for its own partitions"
    assert {a["alert_id"]: a["kind"] for w in (w1, w2) for a in w.deliveries()} == ref.alerts
    assert incidents_of(w1) == expected_incidents(ref)


# Records faust drops at a rebalance are processed again in offset order, changelog records
# it drops are given back, queued records are kept when faust resumes an active flow, and a
# partition left behind the group's committed offset is rewound (docs/kafka.md, known faust
# issues). On a busy 2-core machine on 2026-11-23: 27 of 28 runs before the last two of
# these, 38 of 38 after them (and 15 more with diagnostics). The run is repeated, never
# skipped.
@pytest.mark.flaky(reruns=2)
def test_kill_9_of_a_worker_mid_stream_loses_and_duplicates_nothing(broker, workers) -> None:
    items = make_items(incidents_per_region=4, reports_per_incident=5, noise=40, seed=11)
    ref = reference(items)
    w1, w2 = workers("w1").start(), workers("w2").start()
    w1.wait_ready()
    w2.wait_ready()
    wait_shared(w1, w2)

    # Kill when 40 % of the items are out, whatever w1 is doing at that moment.
    producer = produce_in_background(broker.bootstrap, items, rate=40)
    time.sleep(0.4 * len(items) / 40)
    assert w1.deliveries(), "w1 was processing when killed"
    w1.kill9()
    killed_at = time.monotonic()
    producer.join(timeout=60)
    wait_for(lambda: w2.actives("feed-items") == PARTITIONS, 60, "w2 to take every partition", w2)
    takeover = time.monotonic() - killed_at
    wait_caught_up(broker.bootstrap, workers.app_id, 60, w2)

    assert len(w1.deliveries()) < len(ref.alerts), "the kill came mid-stream"
    sent = delivered(w1, w2)
    assert set(sent) == set(ref.alerts), f"{len(set(ref.alerts) - set(sent))} alerts never delivered"
    # An external sink cannot share a transaction with Kafka: the only alert that may be
    # delivered twice is the one w1 handed to its sink as it died (docs/kafka.md).
    duplicated = [k for k, n in sent.items() if n > 1]
    assert len(duplicated) <= 1 and all(k == w1.deliveries()[-1]["alert_id"] for k in duplicated), duplicated
    assert set(alerts_on_topic(broker.bootstrap)) == set(ref.alerts)
    assert incidents_of(w2) == expected_incidents(ref)
    assert takeover < 40


def test_all_workers_restarted_recover_state_and_alert_nothing_again(broker, workers) -> None:
    items = make_items(incidents_per_region=3, reports_per_incident=4, noise=20, seed=5)
    first, second = items[: len(items) // 2], items[len(items) // 2 :]
    ref_first, ref = reference(first), reference(items)
    w1, w2 = workers("w1").start(), workers("w2").start()
    w1.wait_ready()
    w2.wait_ready()
    asyncio.run(produce(broker.bootstrap, first, key=region_of))
    wait_caught_up(broker.bootstrap, workers.app_id, 60, w1, w2)
    assert set(delivered(w1, w2)) == set(ref_first.alerts)
    assert w1.stop() == 0 and w2.stop() == 0

    # New processes, memory:// store and new sink files: state comes from the changelogs.
    w3, w4 = workers("w3").start(), workers("w4").start()
    w3.wait_ready()
    w4.wait_ready()
    asyncio.run(produce(broker.bootstrap, first + second, key=region_of))  # replays the first half
    wait_caught_up(broker.bootstrap, workers.app_id, 60, w3, w4)

    after = delivered(w3, w4)
    assert not set(after) & set(ref_first.alerts), "alerted again after the restart"
    assert dict(after) == {a: 1 for a in set(ref.alerts) - set(ref_first.alerts)}
    assert incidents_of(w3) == expected_incidents(ref)


def test_broker_restart_mid_stream_resumes_by_itself(broker, workers) -> None:
    items = make_items(incidents_per_region=3, reports_per_incident=4, noise=20, seed=3)
    first, second = items[: len(items) // 2], items[len(items) // 2 :]
    ref = reference(items)
    w1 = workers("w1").start()
    w1.wait_ready()
    asyncio.run(produce(broker.bootstrap, first, key=region_of))
    wait_for(lambda: len(w1.deliveries()) >= 3, 30, "w1 to deliver alerts", w1)
    broker.stop()
    time.sleep(3)
    broker.start()
    asyncio.run(produce(broker.bootstrap, second, key=region_of))
    wait_caught_up(broker.bootstrap, workers.app_id, 90, w1)

    assert w1.alive(), w1.tail()
    assert_exactly_once(delivered(w1), ref)
    assert incidents_of(w1) == expected_incidents(ref)


def test_exactly_once_gives_every_alert_once_on_the_topic(broker, workers) -> None:
    """processing_guarantee=exactly_once: outputs, table changes and offsets commit in
    transactions; a read_committed reader of `alerts` sees each alert exactly once."""
    items = make_items(incidents_per_region=2, reports_per_incident=4, noise=10, seed=13)
    ref = reference(items)
    w1 = workers("w1", guarantee="exactly_once").start()
    w1.wait_ready()
    asyncio.run(produce(broker.bootstrap, items, key=region_of))
    wait_caught_up(broker.bootstrap, workers.app_id, 25, w1)

    assert dict(alerts_on_topic(broker.bootstrap)) == {a: 1 for a in ref.alerts}
    assert_exactly_once(delivered(w1), ref)
    assert incidents_of(w1) == expected_incidents(ref)
    assert "Traceback" not in w1.log_text()

