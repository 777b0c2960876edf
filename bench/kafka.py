"""Benchmark of the Kafka runtime on a real broker: ``python -m bench.kafka``.

Starts a local Apache Kafka broker (agents/localbroker.py), then measures in one run:

1. faust's own pass-through rate: an agent that only forwards each record (baseline);
2. the pipeline's sustained rate on items without incidents, with one and two workers
   (the real extractor: most news stops at its prefilter);
3. p50/p99 latency from an item produced to its alert produced, at a steady 100 items/s,
   each item an incident (its reports carried in the item, so the figure is the
   runtime's, not the extractor's).

Rates are measured the same way for the baseline and the pipeline: a backlog of N items is
produced while the workers run, and the rate is the items committed by the consumer group
per second between its first and its last commit. Options: ``--items N`` (default 20000),
``--latency-seconds S`` (default 10), ``--partitions P`` (default 4).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from agents.localbroker import LocalBroker, free_port
from agents.topics import delete_all_topics, partitions_of
from monitor.records import FeedItem, Figure, IncidentReport, Location, dumps

REPO = Path(__file__).resolve().parents[1]
MARKER = "REPORTS:"
NEWS = (
    "The city council approved a new budget for public libraries on Tuesday, adding funds for "
    "longer opening hours and a mobile reading service for outlying villages. Officials said the "
    "plan would be reviewed after one year. Local businesses welcomed the decision, while some "
    "residents asked for more parking near the central branch. "
) * 5  # ~1.5 KB of unrelated news


def bench_extract(item: FeedItem) -> list[IncidentReport]:
    """Reports carried in the item (latency run), else the real extractor."""
    if item.text.startswith(MARKER):
        return [IncidentReport.from_dict(d) for d in json.loads(item.text[len(MARKER) :])]
    from monitor.extract import extract

    return extract(item)


def _noise(n: int) -> FeedItem:
    return FeedItem(item_id=f"noise-{n:07d}", feed="bench", outlet="bench", url=f"https://example.org/n/{n}",
                    title=f"Council budget {n}", text=NEWS)


def _incident_item(n: int) -> FeedItem:
    report = IncidentReport(
        report_id=f"lat-{n:06d}", item_id=f"lat-{n:06d}", outlet="bench", url=f"https://example.org/l/{n}",
        published="2024-05-01T08:00:00Z", event_type="bombing",
        location=Location(name=f"Town{n}", admin1=f"Province{n}", country_code=("AF", "IQ", "SY", "NG")[n % 4]),
        event_date="2024-05-01", killed=Figure(3),
    )
    return FeedItem(item_id=report.item_id, feed="bench", outlet="bench", url=report.url, title="Attack",
                    text=MARKER + json.dumps([report.to_dict()]))


# -- the pass-through baseline ---------------------------------------------------------------


def passthrough_worker(broker: str, app_id: str, partitions: int, web_port: int, data_dir: str) -> int:
    import faust

    # datadir: faust's default is "<app id>-data" in the working directory, which each run would leave behind
    app = faust.App(app_id, broker=broker, store="memory://", datadir=data_dir, web_port=web_port, web_bind="127.0.0.1",
                    web_host="127.0.0.1", autodiscover=False, broker_commit_interval=1.0,
                    key_serializer="raw", value_serializer="raw", producer_acks=-1)
    source = app.topic("bench-in", partitions=partitions, key_type=bytes, value_type=bytes)
    sink = app.topic("bench-out", partitions=partitions, key_type=bytes, value_type=bytes)

    @app.agent(source)
    async def forward(stream: Any) -> None:
        async for key, value in stream.items():
            await sink.send(key=key, value=value)

    try:
        faust.Worker(app, loglevel="info", quiet=True).execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


# -- helpers ------------------------------------------------------------------------------------


async def _create_topics(bootstrap: str, names: list[str], partitions: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        new = [NewTopic(n, partitions, 1) for n in names if n not in existing]
        if new:
            await admin.create_topics(new)
    finally:
        await admin.close()


async def _produce(bootstrap: str, topic: str, items: list[FeedItem], rate: float | None = None) -> float:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    began = time.monotonic()
    try:
        pending = []
        for n, item in enumerate(items):
            pending.append(await producer.send(topic, dumps(item).encode(), key=item.item_id.encode()))
            if rate:
                delay = began + (n + 1) / rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return time.monotonic() - began


async def _committed(admin: AIOKafkaAdminClient, group: str, topic: str) -> int:
    offsets = await admin.list_consumer_group_offsets(group)
    return sum(meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset > 0)


async def _measure_rate(bootstrap: str, group: str, topic: str, items: list[FeedItem], wait_seconds: float) -> float:
    """Produce ``items`` as fast as possible; the group's committed items/s, first to last commit."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        start = await _committed(admin, group, topic)
        total = start + len(items)
        producing = asyncio.create_task(_produce(bootstrap, topic, items))
        first: tuple[float, int] | None = None
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            done = await _committed(admin, group, topic)
            now = time.monotonic()
            if first is None and done > start:
                first = (now, done)
            if done >= total:
                await producing
                assert first is not None
                return (done - first[1]) / max(now - first[0], 1e-6)
            await asyncio.sleep(0.1)
        raise TimeoutError(f"{group} did not finish {len(items)} items in {wait_seconds}s")
    finally:
        await admin.close()


def _spawn(args: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    with log.open("ab") as fh:
        return subprocess.Popen([sys.executable, *args], stdout=fh, stderr=subprocess.STDOUT, cwd=REPO,
                                env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})


def _wait_ready(log: Path, count: int = 1, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace") if log.exists() else ""
        if text.count("[^Worker]: Ready") >= count or text.count("Worker: Ready") >= count:
            return
        time.sleep(0.2)
    raise TimeoutError(f"worker not ready: {log}")


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()


def _worker_config(tmp: Path, name: str, broker: str, app_id: str, partitions: int) -> Path:
    path = tmp / f"{name}.yaml"
    path.write_text(json.dumps({
        "kafka": {"broker": broker, "app_id": app_id, "partitions": partitions, "store": "memory://",
                  "web_port": free_port(), "data_dir": str(tmp / name)},
        "sinks": [{"type": "jsonl", "path": str(tmp / f"{name}-alerts.jsonl")}],
        "log_level": "INFO",
    }))
    return path



def _settle(seconds: float = 3.0) -> None:
    time.sleep(seconds)  # let a second worker's rebalance finish before the backlog


# -- runs ---------------------------------------------------------------------------------------


def run_passthrough(broker: LocalBroker, tmp: Path, n: int, partitions: int) -> float:
    asyncio.run(delete_all_topics(broker.bootstrap))  # each run starts from empty topics
    app_id = f"bench-pass-{int(time.time())}"
    asyncio.run(_create_topics(broker.bootstrap, ["bench-in", "bench-out"], partitions))
    log = tmp / "passthrough.log"
    proc = _spawn(["-m", "bench.kafka", "passthrough", "--broker", broker.url, "--app-id", app_id,
                   "--partitions", str(partitions), "--web-port", str(free_port()),
                   "--data-dir", str(tmp / app_id)], log)
    try:
        _wait_ready(log)
        return asyncio.run(_measure_rate(broker.bootstrap, app_id, "bench-in", [_noise(i) for i in range(n)], 300))
    finally:
        _stop([proc])


def run_pipeline(broker: LocalBroker, tmp: Path, n: int, partitions: int, workers: int) -> float:
    asyncio.run(delete_all_topics(broker.bootstrap))  # each run starts from empty topics
    app_id = f"bench-pipe{workers}-{int(time.time())}"
    procs, logs = [], []
    for w in range(workers):
        cfg = _worker_config(tmp, f"{app_id}-w{w}", broker.url, app_id, partitions)
        logs.append(tmp / f"{app_id}-w{w}.log")
        procs.append(_spawn(["-m", "agents", "worker", "--config", str(cfg), "--extractor", "bench.kafka:bench_extract"],
                            logs[-1]))
    try:
        for log in logs:
            _wait_ready(log)
        if workers > 1:
            _settle()
        base = n * 1000  # fresh item ids for every run
        items = [_noise(base + i) for i in range(n)]
        return asyncio.run(_measure_rate(broker.bootstrap, app_id, "feed-items", items, 600))
    finally:
        _stop(procs)


async def _alert_times(bootstrap: str, wanted: int, wait_seconds: float) -> dict[str, float]:
    """url of the item -> alert record timestamp (seconds), for the first ``wanted`` alerts."""
    consumer = AIOKafkaConsumer("alerts", bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                group_id=None, enable_auto_commit=False)
    await consumer.start()
    out: dict[str, float] = {}
    try:
        deadline = time.monotonic() + wait_seconds
        while len(out) < wanted and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for r in records:
                    alert = json.loads(r.value)
                    if alert["kind"] == "new_incident":
                        out.setdefault(alert["change"].get("url") or alert["incident"]["sources"][0]["url"],
                                       r.timestamp / 1000)
        return out
    finally:
        await consumer.stop()


async def _item_times(bootstrap: str, urls: set[str]) -> dict[str, float]:
    tps = [TopicPartition("feed-items", p) for p in await partitions_of(f"kafka://{bootstrap}", "feed-items")]
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    await consumer.start()
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        out: dict[str, float] = {}
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            for records in (await consumer.getmany(*tps, timeout_ms=500)).values():
                for r in records:
                    item = json.loads(r.value)
                    if item["url"] in urls:
                        out[item["url"]] = r.timestamp / 1000
        return out
    finally:
        await consumer.stop()


def run_latency(broker: LocalBroker, tmp: Path, seconds: float, partitions: int, rate: float = 100.0) -> list[float]:
    asyncio.run(delete_all_topics(broker.bootstrap))  # each run starts from empty topics
    app_id = f"bench-lat-{int(time.time())}"
    cfg = _worker_config(tmp, app_id, broker.url, app_id, partitions)
    log = tmp / f"{app_id}.log"
    proc = _spawn(["-m", "agents", "worker", "--config", str(cfg), "--extractor", "bench.kafka:bench_extract"], log)
    try:
        _wait_ready(log)
        items = [_incident_item(i) for i in range(int(seconds * rate))]
        asyncio.run(_produce(broker.bootstrap, "feed-items", items, rate=rate))
        alerts = asyncio.run(_alert_times(broker.bootstrap, len(items), wait_seconds=60))
        produced = asyncio.run(_item_times(broker.bootstrap, set(alerts)))
        return sorted(alerts[u] - produced[u] for u in alerts if u in produced)
    finally:
        _stop([proc])


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.kafka")
    parser.add_argument("mode", nargs="?", default="all", choices=["all", "passthrough"])
    parser.add_argument("--items", type=int, default=20000)
    parser.add_argument("--latency-seconds", type=float, default=10.0)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--broker")
    parser.add_argument("--app-id")
    parser.add_argument("--web-port", type=int, default=0)
    parser.add_argument("--data-dir", default="")
    args = parser.parse_args(argv)
    if args.mode == "passthrough":
        return passthrough_worker(args.broker, args.app_id, args.partitions, args.web_port,
                                  args.data_dir or tempfile.mkdtemp(prefix="bench-pass-"))

    with tempfile.TemporaryDirectory(prefix="bench-kafka-") as name:
        tmp = Path(name)
        broker = LocalBroker(tmp / "broker", heap="1g")
        started = broker.start()
        print(f"broker: Apache Kafka (KRaft, 1 node) on {broker.bootstrap}, ready in {started:.1f}s; "
              f"{os.cpu_count()} cores; {args.partitions} partitions; {args.items} items of {len(NEWS)} B text")
        try:
            base = run_passthrough(broker, tmp, args.items, args.partitions)
            print(f"faust pass-through (baseline), 1 worker: {base:8.0f} items/s")
            one = run_pipeline(broker, tmp, args.items, args.partitions, workers=1)
            print(f"pipeline, no incidents,  1 worker:     {one:8.0f} items/s  ({one / base:.0%} of pass-through)")
            two = run_pipeline(broker, tmp, args.items, args.partitions, workers=2)
            print(f"pipeline, no incidents,  2 workers:    {two:8.0f} items/s  ({two / base:.0%} of pass-through, "
                  f"x{two / one:.2f} vs 1 worker)")
            lat = run_latency(broker, tmp, args.latency_seconds, args.partitions)
            print(f"latency item produced -> alert produced at 100 items/s, 1 worker, {len(lat)} alerts: "
                  f"p50 {_pct(lat, 50) * 1000:.0f} ms, p99 {_pct(lat, 99) * 1000:.0f} ms, max {max(lat) * 1000:.0f} ms")
            ok = one / base >= 0.5 and _pct(lat, 99) < 1.0
            print(f"targets (pipeline >= 50% of pass-through; p99 < 1 s): {'met' if ok else 'NOT met'}")
        finally:
            broker.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
