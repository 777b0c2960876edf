"""The agents through faust's test contexts (no broker), and their state over plain dicts.

Sends to other topics are captured (a test context has no producer); the repartition
topic of correlate's ``group_by`` is fed directly, as the test context does.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import AsyncIterator
from typing import Any

import faust.topics
import pytest

from agents.app import bootstrap_servers, broker_url, faust_options
from agents.cli import fold_updates
from agents.pipeline import Pipeline, build_pipeline
from agents.tables import TableState, apply_report
from agents.topics import PUBLIC_TOPICS, changelog_specs, reports_by_region, topic_specs
from monitor.config import MatchingConfig, Settings, load_settings
from monitor.dedup.correlate import Correlator
from monitor.dedup.state import MemoryState
from monitor.errors import DeliveryError
from monitor.records import Alert, Claim, FeedItem, Figure, IncidentReport, Location, dumps
from monitor.sinks.memory import ListSink
from monitor.sinks.retry import RetryPolicy

pytestmark = pytest.mark.timeout(60)


def settings(**kafka: Any) -> Settings:
    base = {"broker": "kafka://127.0.0.1:1", "store": "memory://", "app_id": "component"}
    return load_settings(None, kafka={**base, **kafka})


def report(rid: str, killed: int, *, country: str = "AF", place: str = "Kabul", day: str = "2024-03-02",
           claims: tuple[Claim, ...] = ()) -> IncidentReport:
    return IncidentReport(
        report_id=rid, item_id=f"item-{rid}", outlet=f"outlet-{rid}", url=f"https://example.org/{rid}",
        published=f"{day}T08:00:00Z", event_type="bombing",
        location=Location(name=place, admin1=place, country_code=country), event_date=day,
        killed=Figure(killed, "at_least"), claims=claims,
    )


def item_with(*reports: IncidentReport, item_id: str = "i1") -> FeedItem:
    text = "REPORTS:" + json.dumps([r.to_dict() for r in reports])
    return FeedItem(item_id=item_id, feed="f", outlet="o", url=f"https://example.org/{item_id}", title="t", text=text)


def fake_extract(item: FeedItem) -> list[IncidentReport]:
    if not item.text.startswith("REPORTS:"):
        return []
    return [IncidentReport.from_dict(d) for d in json.loads(item.text[len("REPORTS:"):])]


async def _no_declare(self: Any) -> None:
    return None


@pytest.fixture
async def pipeline(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[Pipeline, list[tuple[str, bytes, bytes]], ListSink]]:
    """A pipeline whose outgoing sends are recorded as (topic, key, value); built inside
    the test's running loop so faust binds to it."""
    monkeypatch.setattr(faust.topics.Topic, "maybe_declare", _no_declare)
    sink = ListSink()
    p = build_pipeline(settings(), extractor=fake_extract, sinks=[sink],
                       policy=RetryPolicy(max_attempts=2, sleep=lambda _s: asyncio.sleep(0)))
    sent: list[tuple[str, bytes, bytes]] = []

    def recorder(name: str) -> Any:
        async def send(key: bytes | None = None, value: bytes | None = None, **_: Any) -> asyncio.Future[None]:
            sent.append((name, key or b"", value if value is not None else b"<tombstone>"))
            fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            fut.set_result(None)
            return fut
        return send

    for name in ("reports", "updates", "alerts", "dlq"):
        object.__setattr__(getattr(p.topics, name), "send", recorder(name))

    async def no_flush() -> None:
        return None

    monkeypatch.setattr(p.app.producer, "flush", no_flush)
    yield p, sent, sink
    # The consumer's thread is never started in a test context; close its loop (faust
    # creates it eagerly and closes it only when the thread stops).
    thread = getattr(p.app._consumer, "_thread", None)
    if thread is not None and not thread.thread_loop.is_running():
        thread.thread_loop.close()


async def test_extract_sends_each_report_keyed_by_its_region(pipeline) -> None:
    p, sent, _ = pipeline
    async with p.extract.test_context() as agent:
        await agent.put(dumps(item_with(report("r1", 3), report("r2", 1, country="IQ"))).encode())
        await agent.put(dumps(FeedItem("i2", "f", "o", "u", "t", "weather only")).encode())
        assert agent.results == {0: 2, 1: 0}
    assert [(t, k) for t, k, _ in sent] == [("reports", b"AF"), ("reports", b"IQ")]
    assert IncidentReport.from_dict(json.loads(sent[0][2])).report_id == "r1"
    assert p.metrics.reports_total._value.get() == 2


async def test_extract_skips_an_undecodable_item_and_goes_on(pipeline) -> None:
    p, sent, _ = pipeline
    async with p.extract.test_context() as agent:
        await agent.put(b"{not json", wait=False)
        await agent.put(dumps(item_with(report("r1", 3))).encode())
        assert list(agent.results.values()) == [1]
    assert len(sent) == 1
    bad = p.metrics.bad_input_total.labels(reason="extract_undecodable")._value.get()
    assert bad == 1


async def test_correlate_creates_updates_and_recognises_a_replayed_report(pipeline) -> None:
    p, sent, _ = pipeline
    async with p.correlate.test_context() as agent:
        await asyncio.sleep(0.05)  # let the agent install its group_by
        await agent.put(dumps(report("r1", 3)).encode())
        await agent.put(dumps(report("r2", 5)).encode())
        await agent.put(dumps(report("r2", 5)).encode())
        assert list(agent.results.values()) == ["created", "updated", "duplicate"]
    topics = [t for t, _, _ in sent]
    assert topics == ["updates", "alerts", "updates", "alerts"]
    kinds = [json.loads(v)["kind"] for t, _, v in sent if t == "alerts"]
    assert kinds == ["new_incident", "casualties_changed"]
    iid = json.loads(sent[0][2])["incident_id"]
    assert p.tables.state["seen:r2"] == {"incident_id": iid, "emitted": True}


async def test_a_report_joining_two_incidents_tombstones_the_dropped_one(pipeline) -> None:
    """incident-updates is compacted: the incident dropped into another is deleted there,
    so ``incidents --broker`` no longer lists it beside the incident it is now part of."""
    from tests.unit.test_incident_join import BOTH, DINER, EUGENE, MOTEL, SALEM, rep

    p, sent, _ = pipeline
    diner, motel, both = rep("d", SALEM, DINER), rep("m", EUGENE, MOTEL), rep("b", SALEM, BOTH)
    async with p.correlate.test_context() as agent:
        await asyncio.sleep(0.05)  # let the agent install its group_by
        for r in (diner, motel, both):
            await agent.put(dumps(r).encode())
        assert list(agent.results.values()) == ["created", "created", "updated"]
    updates = [(k.decode(), v) for t, k, v in sent if t == "updates"]
    survivor, dropped = updates[0][0], updates[1][0]
    assert updates[2:] == [(survivor, updates[2][1]), (dropped, b"<tombstone>")]
    assert set(json.loads(updates[2][1])["report_ids"]) == {diner.report_id, motel.report_id, both.report_id}


def test_reading_incident_updates_honours_tombstones() -> None:
    latest: dict[str, dict[str, Any]] = {}
    fold_updates(latest, [(b"a", b'{"n": 1}'), (b"b", b'{"n": 2}'), (None, b"{}"), (b"a", b'{"n": 3}')])
    fold_updates(latest, [(b"b", None), (b"c", None)])
    assert latest == {"a": {"n": 3}}


async def test_notify_sends_an_alert_id_once(pipeline) -> None:
    p, sent, sink = pipeline
    alert = _an_alert()
    async with p.notify.test_context() as agent:
        await agent.put(dumps(alert).encode())
        await agent.put(dumps(alert).encode())
        assert list(agent.results.values()) == ["ok", "duplicate"]
    assert [a.alert_id for a in sink.alerts] == [alert.alert_id]
    assert p.tables.delivered[alert.alert_id]["outcome"] == "ok"
    assert sent == []


async def test_notify_dead_letters_an_alert_whose_delivery_failed(pipeline) -> None:
    p, sent, sink = pipeline
    sink._failures = [DeliveryError("receiver says no", retriable=False)]
    alert = _an_alert()
    async with p.notify.test_context() as agent:
        await agent.put(dumps(alert).encode())
        assert list(agent.results.values()) == ["dlq"]
    assert [t for t, _, _ in sent] == ["dlq"]
    dead = json.loads(sent[0][2])
    assert dead["alert"]["alert_id"] == alert.alert_id and dead["sink"] == "list"
    assert p.tables.delivered[alert.alert_id]["outcome"] == "dlq"


def _an_alert() -> Alert:
    correlator = Correlator(MemoryState())
    return correlator.process(report("r1", 4)).alerts[0]


# -- the state port over a plain mapping ---------------------------------------------------


def _scenario() -> list[IncidentReport]:
    out = []
    for n in range(40):
        country = ("AF", "IQ", "SY")[n % 3]
        day = f"2024-03-{(n // 9) * 4 + 1:02d}"
        claims = (Claim("Group A", "claimed"),) if n % 7 == 0 else ()
        out.append(report(f"r{n}", 2 + n % 5, country=country, place=f"Town{n % 2}", day=day, claims=claims))
    return out


def test_table_state_gives_the_same_results_as_memory_state() -> None:
    """The contract of IncidentState: the correlator over faust-style tables (a dict
    here) behaves exactly as over the reference MemoryState."""
    reference = Correlator(MemoryState())
    table: dict[str, Any] = {}
    state = TableState(table)
    correlator = Correlator(state)
    for r in _scenario() + _scenario()[:5]:
        expected = reference.process(r)
        emission = apply_report(state, correlator, r)
        if expected.outcome == "duplicate":
            assert emission is None
            continue
        assert emission is not None
        assert emission.incident == expected.incident
        assert [a.alert_id for a in emission.alerts] == [a.alert_id for a in expected.alerts]
        state.mark_emitted(r.report_id)


def test_a_crash_between_the_incident_write_and_the_seen_marker_re_emits_nothing_new() -> None:
    """Replaying a report whose incident was written but not its applied marker neither
    merges it twice nor starts a second incident: its stored alerts are emitted again."""
    table: dict[str, Any] = {}
    state = TableState(table)
    correlator = Correlator(state)
    first = apply_report(state, correlator, report("r1", 3))
    assert first is not None and first.alerts
    _crash_before_applied(table, "r1")

    again = apply_report(state, correlator, report("r1", 3))
    assert again is not None and again.outcome == "replayed"
    assert [a.alert_id for a in again.alerts] == [a.alert_id for a in first.alerts]
    assert again.incident == first.incident
    assert len([k for k in table if k.startswith("inc:")]) == 1
    state.mark_emitted("r1")
    assert apply_report(state, correlator, report("r1", 3)) is None


def test_an_unemitted_report_is_emitted_again_and_an_emitted_one_never() -> None:
    table: dict[str, Any] = {}
    state = TableState(table)
    correlator = Correlator(state)
    created = apply_report(state, correlator, report("r1", 3))
    assert created is not None
    replay = apply_report(state, correlator, report("r1", 3))  # crash before mark_emitted
    assert replay is not None and [a.alert_id for a in replay.alerts] == [a.alert_id for a in created.alerts]
    state.mark_emitted("r1")
    assert apply_report(state, correlator, report("r1", 3)) is None


def _crash_before_applied(table: dict[str, Any], report_id: str) -> None:
    """The state a crash leaves after the incident write, before the applied marker."""
    table[f"seen:{report_id}"] = {"incident_id": table[f"seen:{report_id}"]["incident_id"], "emitted": False,
                                  "applied": False}


def test_replay_detection_reads_the_seen_marker() -> None:
    table: dict[str, Any] = {}
    state = TableState(table)
    correlator = Correlator(state, matching=MatchingConfig())
    apply_report(state, correlator, report("r1", 3, day="2024-03-02"))
    assert state.applied_to("r1") is not None and state.has_report("r1")
    assert state.applied_to("r9") is None and not state.has_report("r9")


def test_a_crash_right_after_the_first_marker_applies_the_report_once_more() -> None:
    """Only the not-yet-applied marker reached the changelog: the report is processed
    again as new, merged once, with the same alerts."""
    table: dict[str, Any] = {}
    state = TableState(table)
    correlator = Correlator(state, matching=MatchingConfig())
    first = apply_report(state, correlator, report("r1", 3))
    assert first is not None and first.incident is not None
    state.mark_emitted("r1")
    before = dict(table)
    second = apply_report(state, correlator, report("r2", 5))
    assert second is not None and second.incident is not None
    marker = {"incident_id": second.incident.incident_id, "emitted": False, "applied": False}
    table.clear()
    table.update(before, **{"seen:r2": marker})
    assert state.applied_to("r2") is None and not state.has_report("r2")

    again = apply_report(state, correlator, report("r2", 5))
    assert again is not None and again.outcome != "replayed"
    assert again.incident == second.incident
    assert [a.alert_id for a in again.alerts] == [a.alert_id for a in second.alerts]
    assert state.applied_to("r2") == second.incident.incident_id


def _follow_up(rid: str, day: str, words: tuple[str, ...]) -> IncidentReport:
    """A report about the Kabul bombing whose title names its victims and venue."""
    return IncidentReport(
        report_id=rid, item_id=f"item-{rid}", outlet=f"outlet-{rid}", url=f"https://example.org/{rid}",
        published=f"{day}T08:00:00Z", event_type="bombing",
        location=Location(name="Kabul", admin1="Kabul", country_code="AF"), event_date=day,
        killed=Figure(3, "exact"), lead_keywords=tuple(sorted(words)),
    )


def test_a_crash_after_merging_a_follow_up_months_later_replays_it_once() -> None:
    """A follow-up months after the event joins it through the keyword index, and the
    merged incident keeps the event's date (far outside the follow-up's own days). When a
    crash came before its applied marker, the replay still finds it there: it is not merged twice and
    its alerts are the ones stored, not a second set."""
    table: dict[str, Any] = {}
    state = TableState(table)
    correlator = Correlator(state, matching=MatchingConfig())
    words = ("ahmadzai", "hamidullah", "intercontinental", "nangarhari")
    first = apply_report(state, correlator, _follow_up("r1", "2024-03-02", words))
    assert first is not None and first.incident is not None
    state.mark_emitted("r1")
    later = apply_report(state, correlator, _follow_up("r2", "2024-09-20", words[:3]))
    assert later is not None and later.incident is not None
    iid = first.incident.incident_id
    assert later.incident.incident_id == iid and later.incident.event_date == "2024-03-02"
    _crash_before_applied(table, "r2")

    assert state.applied_to("r2") == iid
    again = apply_report(state, correlator, _follow_up("r2", "2024-09-20", words[:3]))
    assert again is not None and again.outcome == "replayed"
    assert [a.alert_id for a in again.alerts] == [a.alert_id for a in later.alerts]
    assert [r.report_id for r in state.reports(iid)] == ["r1", "r2"]


def test_replay_detection_finds_every_applied_report_wherever_it_was_merged() -> None:
    """For every report of a stream with follow-ups days and months later and reports in
    another province, the replay lookup (crash before the applied marker) names the incident the
    report was merged into, and a report never applied is not found."""
    table: dict[str, Any] = {}
    state = TableState(table)
    correlator = Correlator(state, matching=MatchingConfig())
    names = ("ahmadzai", "hamidullah", "intercontinental", "nangarhari", "sarobi", "wakil", "zarghona")
    stream = []
    for n in range(30):
        month, dom = 1 + (n * 5) % 12, 1 + (n * 7) % 27
        words = tuple(names[(n + k) % len(names)] for k in range(4)) if n % 4 else ()
        r = _follow_up(f"r{n}", f"2024-{month:02d}-{dom:02d}", words)
        if n % 3 == 0:
            r = dataclasses.replace(r, location=Location(name="Herat", admin1="Herat", country_code="AF"))
        if n % 5 == 0:
            r = dataclasses.replace(r, date_stated=False)
        stream.append(r)
    merged_far = 0
    for r in stream:
        emission = apply_report(state, correlator, r)
        assert emission is not None and emission.incident is not None
        iid = emission.incident.incident_id
        merged_far += emission.incident.event_date != r.event_date
        seen = dict(table[f"seen:{r.report_id}"])
        _crash_before_applied(table, r.report_id)
        assert state.applied_to(r.report_id) == iid
        table[f"seen:{r.report_id}"] = seen
        assert state.applied_to(f"{r.report_id}-never") is None
    assert merged_far > 0  # the stream does exercise merges far from the report's day


# -- settings to faust and topics ----------------------------------------------------------


def test_faust_options_come_from_the_settings_model() -> None:
    s = settings(processing_guarantee="exactly_once", web_port=7070, partitions=6, store="rocksdb://")
    options = faust_options(s)
    assert options["processing_guarantee"] == "exactly_once"
    assert options["web_port"] == 7070 and options["web_bind"] == "127.0.0.1"
    assert options["topic_partitions"] == 6 and options["store"] == "rocksdb://"
    assert options["producer_acks"] == -1
    assert options["broker"] == "kafka://127.0.0.1:1"


def test_broker_addresses_are_normalised() -> None:
    assert bootstrap_servers("kafka://a:9092;b:9093") == ["a:9092", "b:9093"]
    assert bootstrap_servers("a:1, b:2") == ["a:1", "b:2"]
    assert broker_url("a:1,b:2") == "kafka://a:1;kafka://b:2"
    with pytest.raises(ValueError):
        bootstrap_servers(" , ")


def test_faust_options_refuse_settings_without_a_broker() -> None:
    with pytest.raises(ValueError):
        faust_options(load_settings(None))


def test_every_topic_is_declared_with_the_configured_partitions() -> None:
    s = settings(partitions=6)
    specs = {spec.name: spec for spec in topic_specs(s)}
    assert set(specs) == {*PUBLIC_TOPICS, reports_by_region("component")}
    assert {spec.partitions for spec in specs.values()} == {6}
    assert specs["incident-updates"].config["cleanup.policy"] == "compact"


def test_the_tables_changelogs_are_created_up_front_under_fausts_names() -> None:
    s = settings(partitions=6)
    pipeline = build_pipeline(s, extractor=lambda item: [], sinks=[])
    faust_names = {table.changelog_topic.get_topic_name() for table in pipeline.app.tables.values()}
    specs = changelog_specs(s)
    assert {spec.name for spec in specs} == faust_names
    assert all(spec.partitions == 6 and spec.config == {"cleanup.policy": "compact"} for spec in specs)


def test_a_partition_is_stalled_only_when_fetched_records_were_not_handed_on() -> None:
    from agents.watchdog import stalled

    assert not stalled(None, None, None)
    assert not stalled(0, None, None)  # nothing fetched yet
    assert not stalled(41, 40, 35)  # everything fetched was handed to the streams
    assert not stalled(35, None, 35)  # just rewound to the committed offset
    assert stalled(140, None, None)  # fetched 140 records, none handed on
    assert stalled(60, 40, 41)


def test_a_partition_is_starved_when_records_wait_past_its_fetch_position() -> None:
    from agents.watchdog import starved

    assert not starved(None, 10)  # no position yet
    assert not starved(10, None)  # end offset unknown
    assert not starved(10, 10)  # fetched to the end
    assert starved(10, 52)  # 42 records wait and (at two checks) nothing is fetched


def test_records_faust_would_drop_are_those_fetched_while_its_flow_was_stopped_or_paused() -> None:
    from agents.app import dropped_by_faust

    tps = {("t", 0), ("t", 1), ("c", 0)}
    assert dropped_by_faust(tps, False, {("t", 0)}, set()) == tps  # a rebalance stopped the flow
    assert dropped_by_faust(tps, True, None, set()) == set()  # client-only: no filter
    assert dropped_by_faust(tps, True, {("t", 0)}, {("t", 1)}) == {("c", 0)}  # paused


def test_a_fetch_the_flow_stopped_during_is_given_back_to_aiokafka() -> None:
    """Recovery seeks a changelog to 0; a fetch in flight since before the rebalance takes
    offsets 0..2 and returns after faust stopped its flow: the partition goes back to 0."""
    from contextlib import nullcontext
    from types import SimpleNamespace

    from aiokafka.errors import IllegalStateError
    from aiokafka.structs import TopicPartition
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    from agents.app import give_back_dropped_fetches

    give_back_dropped_fetches()
    changelog, gone = TopicPartition("app-state-changelog", 0), TopicPartition("feed-items", 1)
    faust_consumer = SimpleNamespace(flow_active=True, _buffered_partitions=set())
    seeks: list[tuple[Any, int]] = []
    rebalance = [True]

    async def fetched_records(partitions: Any, **_: Any) -> dict[Any, list[Any]]:
        faust_consumer.flow_active = not rebalance[0]  # a rebalance began while this fetch waited
        return {changelog: [SimpleNamespace(offset=o) for o in range(3)], gone: [SimpleNamespace(offset=7)]}

    def seek(tp: Any, offset: int) -> None:
        if tp == gone:
            raise IllegalStateError("not assigned")
        seeks.append((tp, offset))

    aiokafka_consumer = SimpleNamespace(
        _closed=False, seek=seek,
        _fetcher=SimpleNamespace(_closed=False, fetched_records=fetched_records,
                                 _subscriptions=SimpleNamespace(fetch_context=nullcontext)))
    thread = SimpleNamespace(consumer=faust_consumer)
    records = asyncio.run(AIOKafkaConsumerThread._fetch_records(
        thread, aiokafka_consumer, {changelog, gone}, timeout=1.0, max_records=10))
    assert records == {}
    assert seeks == [(changelog, 0)]

    rebalance[0], faust_consumer.flow_active = False, True  # active partitions keep their records
    records = asyncio.run(AIOKafkaConsumerThread._fetch_records(
        thread, aiokafka_consumer, {gone}, timeout=1.0, max_records=10))
    assert list(records) == [gone]
    assert seeks == [(changelog, 0), (changelog, 0)]


def test_records_after_a_hole_wait_until_the_partition_is_rewound_to_it() -> None:
    """faust took offsets 5..6 from the fetcher but never handed them on; 7 arrives: it is
    held back, the partition rewound to 5, and 5, 6, 7 come in order on the next fetch."""
    from types import SimpleNamespace

    from faust.types import TP

    from agents.watchdog import MAX_REWINDS, in_order, next_offsets

    tp, other, unguarded = TP("reports", 0), TP("reports", 1), TP("feed-log", 0)
    seeks: list[tuple[TP, int]] = []

    class Consumer:
        async def seek(self, partition: TP, offset: int) -> None:
            seeks.append((partition, offset))
            next_offsets(self)[partition] = offset

    consumer = Consumer()
    next_offsets(consumer).update({tp: 3, other: 0})
    gaps: list[str] = []

    async def batch(*records: tuple[TP, int]) -> Any:
        for partition, offset in records:
            yield partition, SimpleNamespace(offset=offset)

    def handed(*records: tuple[TP, int]) -> list[tuple[TP, int]]:
        async def run() -> list[tuple[TP, int]]:
            return [(p, m.offset) async for p, m in in_order(consumer, batch(*records), {"reports"}, gaps.append)]
        return asyncio.run(run())

    assert handed((tp, 3), (tp, 4), (other, 0), (tp, 7), (other, 1), (tp, 8), (unguarded, 40)) == [
        (tp, 3), (tp, 4), (other, 0), (other, 1), (unguarded, 40)]
    assert seeks == [(tp, 5)] and gaps == ["reports"]
    assert handed((tp, 5), (tp, 6), (tp, 7)) == [(tp, 5), (tp, 6), (tp, 7)]
    assert seeks == [(tp, 5)]
    # Records deleted from the log before they were read: after MAX_REWINDS tries, go on.
    for _ in range(MAX_REWINDS):
        assert handed((tp, 20)) == []
    assert handed((tp, 20), (tp, 21)) == [(tp, 20), (tp, 21)]
    assert len(seeks) == 1 + MAX_REWINDS


def test_resuming_a_flow_that_was_not_suspended_keeps_what_the_streams_have_queued() -> None:
    """Recovery resumes faust's flow once more after seeking the stream partitions, though it
    has been active all along: records handed to the streams meanwhile must not be dropped."""
    from mode.utils.queues import FlowControlEvent, FlowControlQueue

    from agents.app import keep_queued_events_on_resume

    keep_queued_events_on_resume()

    async def run() -> None:
        flow = FlowControlEvent()  # initially suspended, as faust's
        queue: FlowControlQueue[str] = FlowControlQueue(flow_control=flow, clear_on_resume=True)
        queue.put_nowait("stale")
        flow.resume()  # after a suspension (a rebalance): its events are stale
        assert queue.empty() and flow.is_active()
        queue.put_nowait("handed on")
        flow.resume()  # already active: kept
        assert queue.qsize() == 1 and flow.is_active()
        await asyncio.wait_for(flow.acquire(), 1)
        flow.suspend()
        flow.resume()
        assert queue.empty()

    asyncio.run(run())


def test_records_handed_on_past_the_committed_offset_are_unfinished() -> None:
    from agents.watchdog import unfinished

    assert not unfinished(None, None)  # nothing handed on since the last seek
    assert not unfinished(9, 9)  # just rewound to the committed offset
    assert not unfinished(60, 60)  # everything handed on is committed
    assert unfinished(60, 9)  # 9..59 handed on, none committed
    assert unfinished(3, None)  # never committed


def test_only_records_not_yet_acknowledged_or_still_queued_are_in_flight() -> None:
    from collections import deque
    from types import SimpleNamespace

    from faust.types import TP

    from agents.watchdog import in_flight

    def event(partition: int) -> Any:
        return SimpleNamespace(message=SimpleNamespace(tp=TP("feed-items", partition)))

    # An acknowledgement faust ignored (a copy of a record acknowledged before) leaves the
    # record among the unacknowledged ones, and the stream keeps its last record alive.
    ignored = SimpleNamespace(tp=TP("feed-items", 2), acked=True)
    processing = SimpleNamespace(tp=TP("feed-items", 1), acked=False)
    queued = SimpleNamespace(_queue=SimpleNamespace(_queue=deque([event(3), SimpleNamespace(), event(3)])))
    app = SimpleNamespace(topics=[queued, SimpleNamespace(_queue=None)])
    consumer = SimpleNamespace(_unacked_messages=[ignored, processing])
    assert in_flight(app, consumer) == {TP("feed-items", 1), TP("feed-items", 3)}


def test_a_partition_whose_last_records_were_lost_after_being_handed_on_is_rewound() -> None:
    """feed-items:2 after a takeover: 9..59 handed on (position 60 = end), then lost; no
    later record shows the hole and nothing is acknowledged: rewound to 9 at the 2nd check."""
    from types import SimpleNamespace

    from faust.types import TP

    from agents.watchdog import install_stall_watchdog, next_offsets

    lost, done, busy = TP("feed-items", 2), TP("feed-items", 0), TP("feed-items", 1)
    seeks: list[tuple[TP, int]] = []
    rewinds: list[tuple[str, str]] = []

    class Consumer:
        flow_active = True
        _paused_partitions: set[TP] = set()

        def __init__(self) -> None:
            self._unacked_messages = [SimpleNamespace(tp=busy, acked=False)]  # a sink being retried
            self._read_offset = {lost: 59, done: 139, busy: 20}
            self._committed_offset = {lost: 9, done: 140, busy: 3}
            self._acked: dict[TP, list[int]] = {}
            next_offsets(self).update({lost: 60, done: 140, busy: 21})

        async def highwaters(self, *tps: TP) -> dict[TP, int]:
            return {lost: 60, done: 140, busy: 21}

        async def position(self, tp: TP) -> int:
            return {lost: 60, done: 140, busy: 21}[tp]

        def resume_partitions(self, tps: set[TP]) -> None:
            pass

        async def seek(self, tp: TP, offset: int) -> None:
            seeks.append((tp, offset))
            next_offsets(self)[tp] = offset

    timers: list[Any] = []
    app = SimpleNamespace(
        consumer=Consumer(), rebalancing=False, topics=[],
        assignor=SimpleNamespace(assigned_actives=lambda: {lost, done, busy}),
        timer=lambda every, name: lambda fn: timers.append(fn) or fn)
    install_stall_watchdog(app, {"feed-items"}, on_rewind=lambda topic, reason: rewinds.append((topic, reason)))
    (check,) = timers
    asyncio.run(check())
    assert seeks == []  # once could be a record on its way
    asyncio.run(check())
    assert seeks == [(lost, 9)] and rewinds == [("feed-items", "stalled")]
    asyncio.run(check())
    asyncio.run(check())
    assert seeks == [(lost, 9)]  # rewound: nothing handed on past the commit any more


def test_a_partition_committed_by_faust_but_not_by_the_group_is_rewound_to_the_groups_offset(monkeypatch: Any) -> None:
    """faust's committed offset says 60, the group's on the broker 9 (lag 51): rewound to 9,
    and faust's committed offset set back to 9 so the records processed again are committed."""
    from types import SimpleNamespace

    from faust.types import TP

    from agents import watchdog

    tp, fine = TP("alerts", 2), TP("alerts", 0)
    seeks: list[tuple[TP, int]] = []

    async def group_committed(consumer: Any, tps: list[TP]) -> dict[TP, int | None]:
        return {tp: 9, fine: 30}

    monkeypatch.setattr(watchdog, "group_committed", group_committed)

    class Consumer:
        flow_active = True
        _paused_partitions: set[TP] = set()
        _unacked_messages: list[Any] = []

        def __init__(self) -> None:
            self._read_offset = {tp: 59, fine: 29}
            self._committed_offset = {tp: 60, fine: 30}
            self._acked: dict[TP, list[int]] = {}
            watchdog.next_offsets(self).update({tp: 60, fine: 30})

        async def highwaters(self, *tps: TP) -> dict[TP, int]:
            return {tp: 60, fine: 30}

        async def position(self, partition: TP) -> int:
            return {tp: 60, fine: 30}[partition]

        def resume_partitions(self, tps: set[TP]) -> None:
            pass

        async def seek(self, partition: TP, offset: int) -> None:
            seeks.append((partition, offset))
            watchdog.next_offsets(self)[partition] = offset

    timers: list[Any] = []
    consumer = Consumer()
    app = SimpleNamespace(consumer=consumer, rebalancing=False, topics=[],
                          assignor=SimpleNamespace(assigned_actives=lambda: {tp, fine}),
                          timer=lambda every, name: lambda fn: timers.append(fn) or fn)
    watchdog.install_stall_watchdog(app, {"alerts"})
    (check,) = timers
    asyncio.run(check())
    asyncio.run(check())
    assert seeks == [(tp, 9)]
    assert consumer._committed_offset == {tp: 9, fine: 30}


class _Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, int | None, str | None]] = []

    async def send(self, topic: str, key: Any, value: Any, partition: int | None, timestamp: Any,
                   headers: Any, *, transactional_id: str | None = None) -> str:
        self.sent.append((topic, partition, transactional_id))
        return "sent"


def test_exactly_once_puts_an_events_outputs_into_its_source_partitions_transaction() -> None:
    """An alert for `alerts` partition 3, produced while processing `incident-reports`
    partition 1, goes into transaction 1 (committed with that event's offset), not 3;
    outside any event faust's routing by destination is kept."""
    import weakref
    from types import SimpleNamespace

    from faust.streams import _current_event
    from faust.transport.consumer import TransactionManager
    from faust.types import TP

    from agents import transactions

    transactions.install()
    producer = _Recorder()
    manager = SimpleNamespace(
        producer=producer,
        consumer=SimpleNamespace(key_partition=lambda topic, key, partition: 3),
        app=SimpleNamespace(conf=SimpleNamespace(id="im"), assignor=SimpleNamespace(group_for_topic=lambda t: 1)),
    )

    class Event:  # weak-referenceable, as faust keeps the current event
        message = SimpleNamespace(tp=TP("incident-reports", 1))

    event = Event()

    async def outputs() -> None:
        await TransactionManager.send(manager, "alerts", b"k", b"v", None, None, None)  # type: ignore[arg-type]
        token = _current_event.set(weakref.ref(event))  # type: ignore[arg-type]
        try:
            await TransactionManager.send(manager, "alerts", b"k", b"v", None, None, None)  # type: ignore[arg-type]
        finally:
            _current_event.reset(token)

    asyncio.run(outputs())
    assert producer.sent == [("alerts", 3, "im-1-3"), ("alerts", 3, "im-1-1")]
