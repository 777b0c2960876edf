"""The real-broker harness: one Apache Kafka (KRaft) broker per test session, on 127.0.0.1.

The broker jars are fetched from Maven Central on first use (``tools/kafka/fetch.sh``,
cached in ``.cache/kafka``); if that fails the session fails loudly: nothing here is
skipped. Workers run as subprocesses (``python -m agents worker``) with the scenario's
extractor; every test starts from a broker without topics and uses its own app id.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from kafka_harness import Worker, delete_topics  # noqa: E402

from agents.localbroker import LocalBroker, fetch_jars  # noqa: E402

_STARTS: list[float] = []


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _STARTS:
        figures = ", ".join(f"{s:.1f}s" for s in _STARTS)
        terminalreporter.write_line(f"kafka broker start time (fetch excluded): {figures}")


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    libs = fetch_jars()  # raises BrokerError: fail, never skip
    broker = LocalBroker(tmp_path_factory.mktemp("kafka-broker"), libs=libs)
    _STARTS.append(broker.start())
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture
def broker(kafka_broker: LocalBroker) -> LocalBroker:
    """The session broker, emptied of the previous test's topics."""
    if kafka_broker.proc is None or kafka_broker.proc.poll() is not None:
        _STARTS.append(kafka_broker.start())
    asyncio.run(delete_topics(kafka_broker.bootstrap))
    return kafka_broker

# -- workers ----------------------------------------------------------------------------


@pytest.fixture
def workers(tmp_path: Path, broker: LocalBroker, request: pytest.FixtureRequest) -> Iterator[Callable[..., Worker]]:
    """Factory of workers for this test (unique app id); all are stopped at the end."""
    made: list[Worker] = []
    app_id = f"im-{request.node.name[:40]}-{int(time.time() * 1000) % 100000}".replace("[", "-").replace("]", "")

    def make(name: str, **kwargs: Any) -> Worker:
        worker = Worker(tmp_path, name, broker, app_id, **kwargs)
        made.append(worker)
        return worker

    make.app_id = app_id  # type: ignore[attr-defined]
    yield make
    for worker in made:
        worker.stop(timeout=15)


