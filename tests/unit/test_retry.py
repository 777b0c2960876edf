"""RetryPolicy, Retry-After parsing and deliver() with an in-memory sink (no real sleeps)."""

from __future__ import annotations

import io
import json
import logging
import random
from pathlib import Path

import pytest

from monitor.errors import DeliveryError
from monitor.metrics import Metrics
from monitor.records import Alert, Change, Incident, Location, Toll
from monitor.sinks import (
    DeadLetterWriter,
    JsonlAlertSink,
    ListSink,
    RetryPolicy,
    StdoutAlertSink,
    ThrottledError,
    deliver,
    format_alert_text,
    parse_retry_after,
)


def make_alert(alert_id: str = "al-1") -> Alert:
    incident = Incident(
        incident_id="inc-1",
        event_type="bombing",
        location=Location(name="Eastbridge", admin1="Valley", country_code="XX"),
        event_date="2021-03-02",
        first_seen="2021-03-02T08:15:00Z",
        last_updated="2021-03-02T08:15:00Z",
        killed=Toll(value=3, qualifier="at_least"),
        wounded=Toll(value=5, qualifier="exact"),
    )
    return Alert(
        alert_id=alert_id,
        kind="new_incident",
        incident_id="inc-1",
        change=Change(
            field="incident", old=None, new="inc-1", outlet="Valley Courier", url="https://c.test/1"
        ),
        incident=incident,
        created_at="2021-03-02T08:16:00Z",
    )


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def count(metrics: Metrics, **labels: str) -> float:
    return metrics.registry.get_sample_value("incident_monitor_deliveries_total", labels) or 0.0


# --- the policy -----------------------------------------------------------------------------


def test_backoff_grows_exponentially_and_caps() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=10.0, multiplier=2.0, jitter=0.0)
    assert [policy.delay_for(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
    assert policy.delay_for(10_000) == 10.0  # no overflow


def test_jitter_stays_within_its_fraction() -> None:
    policy = RetryPolicy(base_delay=4.0, max_delay=100.0, jitter=0.25, rng=random.Random(3))
    delays = [policy.delay_for(1) for _ in range(200)]
    assert all(3.0 <= d <= 4.0 for d in delays)
    assert len(set(delays)) > 100  # actually random


def test_retry_after_overrides_and_is_capped() -> None:
    policy = RetryPolicy(jitter=0.0, max_retry_after=60.0)
    assert policy.delay_for(1, retry_after=7.0) == 7.0
    assert policy.delay_for(1, retry_after=3600.0) == 60.0
    assert policy.delay_for(1, retry_after=-5.0) == 0.0


@pytest.mark.parametrize(
    "kwargs", [{"max_attempts": 0}, {"jitter": 1.5}, {"base_delay": -1.0}, {"multiplier": 0.5}]
)
def test_invalid_policies(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_with_attempts_keeps_the_rest() -> None:
    sleeps = Sleeps()
    policy = RetryPolicy(max_attempts=5, base_delay=2.0, sleep=sleeps)
    other = policy.with_attempts(2)
    assert other.max_attempts == 2 and other.base_delay == 2.0 and other.sleep is sleeps


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        ("0", 0.0),
        (" 2.5 ", 2.5),
        ("-3", 0.0),
        ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),
        ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    now = 1445412480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    assert parse_retry_after(header, now=lambda: now) == expected


# --- deliver ----------------------------------------------------------------------------------


async def test_first_try_success() -> None:
    sink, metrics, sleeps = ListSink(), Metrics(), Sleeps()
    assert await deliver(sink, make_alert(), RetryPolicy(sleep=sleeps), metrics)
    assert [a.alert_id for a in sink.alerts] == ["al-1"]
    assert sleeps.delays == []
    assert count(metrics, sink="list", outcome="ok") == 1


async def test_retriable_failures_then_success() -> None:
    sink = ListSink(failures=[DeliveryError("flaky"), DeliveryError("flaky again")])
    metrics, sleeps = Metrics(), Sleeps()
    policy = RetryPolicy(max_attempts=3, base_delay=1.0, jitter=0.0, sleep=sleeps)
    assert await deliver(sink, make_alert(), policy, metrics)
    assert sink.attempts == 3 and len(sink.alerts) == 1
    assert sleeps.delays == [1.0, 2.0]
    assert count(metrics, sink="list", outcome="retry") == 2
    assert count(metrics, sink="list", outcome="ok") == 1


async def test_non_retriable_is_not_retried(tmp_path: Path) -> None:
    sink = ListSink(failures=[DeliveryError("bad request", retriable=False)])
    metrics, sleeps = Metrics(), Sleeps()
    dlq = DeadLetterWriter(tmp_path / "dlq.jsonl", wall_clock=lambda: 0.0)
    assert not await deliver(sink, make_alert(), RetryPolicy(sleep=sleeps), metrics, dlq)
    assert sink.attempts == 1 and sleeps.delays == []
    assert count(metrics, sink="list", outcome="failed") == 1
    [record] = DeadLetterWriter.read(tmp_path / "dlq.jsonl")
    assert record["sink"] == "list" and "bad request" in str(record["reason"])
    assert record["failed_at"] == "1970-01-01T00:00:00Z"
    assert Alert.from_dict(record["alert"]) == make_alert()  # type: ignore[arg-type]


async def test_exhausted_retries_return_false(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    sink = ListSink(failures=[DeliveryError(f"down {n}") for n in range(10)])
    metrics, sleeps = Metrics(), Sleeps()
    assert not await deliver(sink, make_alert(), RetryPolicy(max_attempts=4, sleep=sleeps), metrics)
    assert sink.attempts == 4 and len(sleeps.delays) == 3
    assert count(metrics, sink="list", outcome="retry") == 3
    assert count(metrics, sink="list", outcome="failed") == 1
    assert "after 4 attempt(s)" in caplog.text


async def test_sink_max_attempts_overrides_the_policy() -> None:
    sink = ListSink(failures=[DeliveryError("x") for _ in range(10)])
    sink.max_attempts = 2  # type: ignore[attr-defined]
    assert not await deliver(sink, make_alert(), RetryPolicy(max_attempts=9, sleep=Sleeps()), Metrics())
    assert sink.attempts == 2


async def test_throttled_uses_retry_after() -> None:
    sink = ListSink(failures=[ThrottledError("slow down", retry_after=12.0), ThrottledError("again")])
    sleeps = Sleeps()
    policy = RetryPolicy(base_delay=1.0, jitter=0.0, sleep=sleeps)
    assert await deliver(sink, make_alert(), policy, Metrics())
    assert sleeps.delays == [12.0, 2.0]  # no header on the second: computed backoff


async def test_deduping_sink_counts_duplicates(tmp_path: Path) -> None:
    sink = JsonlAlertSink(tmp_path / "alerts.jsonl")
    metrics = Metrics()
    await sink.start()
    assert await deliver(sink, make_alert(), RetryPolicy(), metrics)
    assert await deliver(sink, make_alert(), RetryPolicy(), metrics)
    await sink.stop()
    assert count(metrics, sink="jsonl", outcome="ok") == 1
    assert count(metrics, sink="jsonl", outcome="duplicate") == 1
    assert len((tmp_path / "alerts.jsonl").read_text().splitlines()) == 1


# --- stdout -----------------------------------------------------------------------------------


async def test_stdout_json_line_is_the_alert_record() -> None:
    stream = io.StringIO()
    sink = StdoutAlertSink(stream)
    await sink.start()
    await sink.send(make_alert("a1"))
    await sink.send(make_alert("a2"))
    await sink.stop()
    lines = stream.getvalue().splitlines()
    assert [json.loads(line)["alert_id"] for line in lines] == ["a1", "a2"]
    assert Alert.from_dict(json.loads(lines[0])) == make_alert("a1")


async def test_stdout_text_format_is_readable_and_one_line() -> None:
    stream = io.StringIO()
    sink = StdoutAlertSink(stream, format="text")
    alert = make_alert()
    await sink.send(alert)
    line = stream.getvalue()
    assert line.count("\n") == 1
    for part in (
        "new_incident",
        "bombing",
        "Eastbridge",
        "2021-03-02",
        "killed at least 3",
        "wounded 5",
        "Valley Courier",
    ):
        assert part in line
    assert format_alert_text(alert) == line.strip()


async def test_stdout_closed_stream_is_not_retriable() -> None:
    stream = io.StringIO()
    stream.close()
    with pytest.raises(DeliveryError) as info:
        await StdoutAlertSink(stream).send(make_alert())
    assert info.value.retriable is False
