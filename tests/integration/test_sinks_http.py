"""Webhook and Slack sinks against real aiohttp servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web

from monitor.errors import DeliveryError
from monitor.metrics import Metrics
from monitor.records import Alert, Change, ClaimEntry, Incident, Location, Toll
from monitor.sinks import (
    DeadLetterWriter,
    RetryPolicy,
    SlackAlertSink,
    ThrottledError,
    WebhookAlertSink,
    deliver,
    escape_slack,
)

SECRET = "T0KEN-s3cr3t-9f8e7d"


def make_alert(alert_id: str = "alert-42", place: str = "Eastbridge", actor: str = "Group A") -> Alert:
    incident = Incident(
        incident_id="inc-42",
        event_type="bombing",
        location=Location(name=place, admin1="Valley", country_code="XX"),
        event_date="2021-03-02",
        first_seen="2021-03-02T08:15:00Z",
        last_updated="2021-03-02T09:00:00Z",
        killed=Toll(value=4, qualifier="at_least"),
        claims=(ClaimEntry(actor, "claimed", "a spokesman", "Courier", "https://c.test/2", None),),
    )
    return Alert(
        alert_id,
        "casualties_changed",
        "inc-42",
        Change("killed", 3, 4, outlet="Courier <b>", url="https://c.test/2"),
        incident,
        "2021-03-02T09:01:00Z",
    )


@dataclass
class Receiver:
    """Answers with the scripted statuses in order (then 200), recording each request."""

    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    hang: asyncio.Event = field(default_factory=asyncio.Event)
    hang_next: bool = False
    url: str = ""

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.requests.append((dict(request.headers), body))
        if self.hang_next:
            self.hang_next = False
            await self.hang.wait()
        status, headers = self.script.pop(0) if self.script else (200, {})
        return web.Response(status=status, headers=headers, text="ok" if status < 300 else "error")


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    state = Receiver()
    app = web.Application()
    app.router.add_post(f"/hooks/{SECRET}", state.handle)
    runner = web.AppRunner(app, access_log=None)  # the access log would print the secret path
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    state.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hooks/{SECRET}"
    yield state
    state.hang.set()
    await runner.cleanup()


@pytest.fixture(autouse=True)
def no_secret_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    assert SECRET not in caplog.text
    for record in caplog.records:
        assert SECRET not in repr(record.args)


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def count(metrics: Metrics, **labels: str) -> float:
    return metrics.registry.get_sample_value("incident_monitor_deliveries_total", labels) or 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- webhook ----------------------------------------------------------------------------------


async def test_webhook_success_posts_the_alert_with_idempotency_key(receiver: Receiver) -> None:
    sink = WebhookAlertSink(receiver.url)
    await sink.start()
    try:
        await sink.send(make_alert())
    finally:
        await sink.stop()
    [(headers, body)] = receiver.requests
    assert headers["Idempotency-Key"] == "alert-42"
    assert headers["Content-Type"] == "application/json"
    assert Alert.from_dict(json.loads(body)) == make_alert()


async def test_webhook_500_then_success_is_retried(receiver: Receiver) -> None:
    receiver.script = [(500, {}), (503, {})]
    sink, metrics, sleeps = WebhookAlertSink(receiver.url), Metrics(), Sleeps()
    await sink.start()
    ok = await deliver(sink, make_alert(), RetryPolicy(base_delay=0.5, jitter=0.0, sleep=sleeps), metrics)
    await sink.stop()
    assert ok
    assert len(receiver.requests) == 3
    assert {h["Idempotency-Key"] for h, _ in receiver.requests} == {"alert-42"}  # same key on retries
    assert sleeps.delays == [0.5, 1.0]
    assert count(metrics, sink="webhook", outcome="retry") == 2
    assert count(metrics, sink="webhook", outcome="ok") == 1


async def test_webhook_429_honours_retry_after(receiver: Receiver) -> None:
    receiver.script = [(429, {"Retry-After": "7"})]
    sink, sleeps = WebhookAlertSink(receiver.url), Sleeps()
    await sink.start()
    with pytest.raises(ThrottledError) as info:
        await sink.send(make_alert())
    assert info.value.retry_after == 7.0 and info.value.retriable
    receiver.script = [(429, {"Retry-After": "7"})]
    assert await deliver(sink, make_alert(), RetryPolicy(jitter=0.0, sleep=sleeps), Metrics())
    await sink.stop()
    assert sleeps.delays == [7.0]
    assert len(receiver.requests) == 3


async def test_webhook_400_is_not_retried(receiver: Receiver, tmp_path: Path) -> None:
    receiver.script = [(400, {})]
    sink, metrics, sleeps = WebhookAlertSink(receiver.url), Metrics(), Sleeps()
    dlq = DeadLetterWriter(tmp_path / "dlq.jsonl")
    await sink.start()
    ok = await deliver(sink, make_alert(), RetryPolicy(sleep=sleeps), metrics, dlq)
    await sink.stop()
    assert not ok
    assert len(receiver.requests) == 1 and sleeps.delays == []
    assert count(metrics, sink="webhook", outcome="failed") == 1
    [record] = DeadLetterWriter.read(tmp_path / "dlq.jsonl")
    assert "HTTP 400" in str(record["reason"])


@pytest.mark.parametrize(("status", "retriable"), [(404, False), (408, True), (502, True), (301, False)])
async def test_webhook_status_classes(receiver: Receiver, status: int, retriable: bool) -> None:
    receiver.script = [(status, {"Location": "http://127.0.0.1:1/x"} if status == 301 else {})]
    sink = WebhookAlertSink(receiver.url)
    await sink.start()
    with pytest.raises(DeliveryError) as info:
        await sink.send(make_alert())
    await sink.stop()
    assert info.value.retriable is retriable
    assert SECRET not in str(info.value)


async def test_webhook_timeout_is_retriable(receiver: Receiver) -> None:
    receiver.hang_next = True
    sink = WebhookAlertSink(receiver.url, timeout_seconds=0.1)
    await sink.start()
    with pytest.raises(DeliveryError) as info:
        await sink.send(make_alert())
    await sink.stop()
    assert info.value.retriable and "timed out" in str(info.value)


async def test_server_down_exhausts_retries_into_the_dlq(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/hooks/{SECRET}"
    sink, metrics, sleeps = WebhookAlertSink(url, max_attempts=3), Metrics(), Sleeps()
    dlq = DeadLetterWriter(tmp_path / "dlq.jsonl")
    await sink.start()
    ok = await deliver(sink, make_alert(), RetryPolicy(max_attempts=9, sleep=sleeps), metrics, dlq)
    await sink.stop()
    assert not ok
    assert len(sleeps.delays) == 2  # the sink's own max_attempts=3
    assert count(metrics, sink="webhook", outcome="failed") == 1
    [record] = DeadLetterWriter.read(tmp_path / "dlq.jsonl")
    assert record["sink"] == "webhook"
    assert "after 3 attempt(s)" in str(record["reason"])
    assert SECRET not in (tmp_path / "dlq.jsonl").read_text()
    assert Alert.from_dict(record["alert"]).alert_id == "alert-42"  # type: ignore[arg-type]


async def test_send_before_start_is_not_retriable() -> None:
    with pytest.raises(DeliveryError) as info:
        await WebhookAlertSink(f"http://127.0.0.1:1/hooks/{SECRET}").send(make_alert())
    assert not info.value.retriable


# --- slack ------------------------------------------------------------------------------------


async def test_slack_payload_escapes_feed_text(receiver: Receiver) -> None:
    alert = make_alert(place="<!channel> & friends", actor="<@U123|boss>")
    sink = SlackAlertSink(receiver.url)
    await sink.start()
    await sink.send(alert)
    await sink.stop()
    [(headers, body)] = receiver.requests
    assert "Idempotency-Key" not in headers
    payload = json.loads(body)
    assert set(payload) == {"text", "blocks"}
    raw = json.dumps(payload)
    assert "<!channel>" not in raw and "<@U123" not in raw and "<b>" not in raw
    assert "&lt;!channel&gt; &amp; friends" in payload["text"]
    assert any("&lt;@U123|boss&gt;" in json.dumps(b) for b in payload["blocks"])
    assert "casualties" in payload["blocks"][0]["text"]["text"].lower()
    assert "3 → 4" in json.dumps(payload["blocks"], ensure_ascii=False)


async def test_slack_retries_like_the_webhook(receiver: Receiver) -> None:
    receiver.script = [(429, {"Retry-After": "2"}), (500, {}), (400, {})]
    sink, metrics, sleeps = SlackAlertSink(receiver.url), Metrics(), Sleeps()
    await sink.start()
    ok = await deliver(sink, make_alert(), RetryPolicy(base_delay=1.0, jitter=0.0, sleep=sleeps), metrics)
    await sink.stop()
    assert not ok  # 429 and 500 retried, then 400 stops it
    assert sleeps.delays == [2.0, 2.0]
    assert len(receiver.requests) == 3
    assert count(metrics, sink="slack", outcome="retry") == 2
    assert count(metrics, sink="slack", outcome="failed") == 1


def test_escape_slack() -> None:
    assert escape_slack("a & <b> <!here>") == "a &amp; &lt;b&gt; &lt;!here&gt;"
