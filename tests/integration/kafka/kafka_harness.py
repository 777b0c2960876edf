"""Helpers of the real-broker tests: worker subprocesses, producing, reading topics, lag."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from agents.localbroker import LocalBroker, free_port
from agents.topics import delete_all_topics as delete_topics  # noqa: F401 - re-exported for the tests
from agents.topics import partitions_of
from monitor.records import FeedItem, dumps

REPO = Path(__file__).resolve().parents[3]
SCENARIO = Path(__file__).with_name("kafka_scenario.py")


# -- workers ----------------------------------------------------------------------------


class Worker:
    """One ``python -m agents worker`` subprocess with its own JSONL sink and web port."""

    def __init__(self, tmp: Path, name: str, broker: LocalBroker, app_id: str, *,
                 store: str = "memory://", guarantee: str = "at_least_once", partitions: int = 4,
                 extractor: str | None = f"{SCENARIO}:extract") -> None:
        self.name = name
        self.extractor = extractor
        self.dir = tmp / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.sink = self.dir / "alerts.jsonl"
        self.log = self.dir / "worker.log"
        self.web_port = free_port()
        self.config = self.dir / "config.yaml"
        self.config.write_text(json.dumps({
            "kafka": {
                "broker": broker.url, "app_id": app_id, "partitions": partitions, "store": store,
                "processing_guarantee": guarantee, "web_host": "127.0.0.1", "web_port": self.web_port,
                "data_dir": str(self.dir / "faust"),
            },
            "sinks": [{"type": "jsonl", "path": str(self.sink)}],
            "log_level": "INFO",
        }), encoding="utf-8")
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_offset = 0

    def start(self) -> Worker:
        self._log_offset = self.log.stat().st_size if self.log.exists() else 0
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
        with self.log.open("ab") as fh:
            extractor = ["--extractor", self.extractor] if self.extractor else []
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "agents", "worker", "--config", str(self.config), *extractor],
                stdout=fh, stderr=subprocess.STDOUT, cwd=REPO, env=env,
            )
        return self

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[self._log_offset:]

    def wait_ready(self, timeout: float = 60.0) -> None:
        wait_for(lambda: "[^Worker]: Ready" in self.log_text(), timeout, f"{self.name} ready", self)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self, timeout: float = 30.0) -> int | None:
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
            return None

    def assignment(self) -> dict[str, list[str]]:
        """The worker's own view of its partitions (GET /assignment/ on its web port)."""
        url = f"http://127.0.0.1:{self.web_port}/assignment/"
        with urllib.request.urlopen(url, timeout=5) as resp:
            return json.loads(resp.read())  # type: ignore[no-any-return]

    def actives(self, topic: str) -> set[int]:
        try:
            found = self.assignment()["actives"]
        except OSError:
            return set()
        return {int(tp.rsplit(":", 1)[1]) for tp in found if tp.rsplit(":", 1)[0] == topic}

    def deliveries(self) -> list[dict[str, Any]]:
        if not self.sink.exists():
            return []
        return [json.loads(line) for line in self.sink.read_text(encoding="utf-8").splitlines() if line]

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_text().splitlines()[-lines:])


def delivered(*workers: Worker) -> Counter[str]:
    """How many times each alert id reached a sink, over all workers."""
    return Counter(a["alert_id"] for w in workers for a in w.deliveries())



# -- broker helpers ---------------------------------------------------------------------


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, *workers: Worker) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        for w in workers:
            if w.proc is not None and w.proc.poll() not in (None, 0, -9):
                raise AssertionError(f"{w.name} exited with {w.proc.returncode}:\n{w.tail()}")
        time.sleep(0.2)
    tails = "\n".join(f"--- {w.name}\n{w.tail()}" for w in workers)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{tails}")


async def produce(bootstrap: str, items: list[FeedItem], key: Callable[[FeedItem], str],
                  rate: float | None = None) -> None:
    """Produce ``items`` into feed-items in order (acks=all); ``rate`` items/s if given."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        futures = []
        for item in items:
            futures.append(await producer.send("feed-items", dumps(item).encode(), key=key(item).encode()))
            if rate:
                await asyncio.sleep(1.0 / rate)
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def read_topic(bootstrap: str, topic: str) -> list[tuple[bytes | None, bytes | None]]:
    """Every committed record of ``topic`` (all partitions, to their current end)."""
    tps = [TopicPartition(topic, p) for p in await partitions_of(f"kafka://{bootstrap}", topic)]
    if not tps:
        return []
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                isolation_level="read_committed")
    await consumer.start()
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        out: list[tuple[bytes | None, bytes | None]] = []
        async with asyncio.timeout(30):
            while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
                for records in (await consumer.getmany(*tps, timeout_ms=500)).values():
                    out.extend((r.key, r.value) for r in records)
        return out
    finally:
        await consumer.stop()


async def count_records(bootstrap: str, topic: str) -> int:
    """How many records ``topic`` holds (sum of its partitions' end offsets)."""
    tps = [TopicPartition(topic, p) for p in await partitions_of(f"kafka://{bootstrap}", topic)]
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        return sum((await consumer.end_offsets(tps)).values()) if tps else 0
    finally:
        await consumer.stop()


def alerts_on_topic(bootstrap: str) -> Counter[str]:
    records = asyncio.run(read_topic(bootstrap, "alerts"))
    return Counter(json.loads(v)["alert_id"] for _, v in records if v)


async def lag(bootstrap: str, group: str, topics: tuple[str, ...]) -> dict[str, int]:
    """Records per topic-partition not yet committed by ``group`` (only those behind)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    stable = AIOKafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_committed")
    await consumer.start()
    await stable.start()
    try:
        committed = await admin.list_consumer_group_offsets(group)
        tps = [TopicPartition(t, p) for t in topics for p in await partitions_of(f"kafka://{bootstrap}", t)]
        ends = await consumer.end_offsets(tps)
        stable_ends = await stable.end_offsets(tps)  # below `ends` while a transaction is open
        behind = {}
        for tp in tps:
            meta = committed.get(tp)
            done = meta.offset if meta is not None and meta.offset >= 0 else 0
            open_txn = stable_ends[tp] < ends[tp]
            if open_txn or (ends[tp] > done and await _records_after(bootstrap, tp, done)):
                behind[f"{tp.topic}:{tp.partition}"] = ends[tp] - done
        return behind
    finally:
        await stable.stop()
        await consumer.stop()
        await admin.close()


async def _records_after(bootstrap: str, tp: TopicPartition, offset: int) -> bool:
    """Whether committed records follow ``offset`` (transaction markers also take offsets)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                isolation_level="read_committed")
    await consumer.start()
    try:
        consumer.assign([tp])
        consumer.seek(tp, offset)
        batch = await consumer.getmany(tp, timeout_ms=1000)
        return bool(batch.get(tp))
    finally:
        await consumer.stop()


def wait_caught_up(bootstrap: str, group: str, timeout: float, *workers: Worker,
                   topics: tuple[str, ...] = ()) -> None:
    """Wait until the app's group has committed everything in its input topics."""
    names = topics or ("feed-items", "incident-reports", f"{group}-reports-by-region", "alerts")
    last: dict[str, int] = {}

    def done() -> bool:
        # Twice, more than a commit interval apart: an open transaction hides its records.
        for attempt in range(2):
            last.clear()
            last.update(asyncio.run(lag(bootstrap, group, names)))
            if last:
                return False
            if attempt == 0:
                time.sleep(1.5)
        return True

    try:
        wait_for(done, timeout, f"{group} to catch up", *workers)
    except AssertionError as exc:
        raise AssertionError(f"lag: {last}\n{exc}") from None
