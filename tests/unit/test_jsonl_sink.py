"""The JSONL sink: durable appends, idempotent by alert_id across restarts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import SecretStr

from monitor.config import JsonlSink, Settings, StdoutSink, WebhookSink
from monitor.errors import DeliveryError
from monitor.records import Alert, Change, Incident, Location
from monitor.sinks import AlertSink, JsonlAlertSink, StdoutAlertSink, WebhookAlertSink, build_sinks


def make_alert(alert_id: str) -> Alert:
    incident = Incident(
        incident_id="inc-9",
        event_type="armed_assault",
        location=Location(name="Hilltown", country_code="XX"),
        event_date="2021-03-03",
        first_seen=None,
        last_updated=None,
    )
    return Alert(alert_id, "new_incident", "inc-9", Change("incident", None, "inc-9"), incident)


def ids_in(path: Path) -> list[str]:
    return [json.loads(line)["alert_id"] for line in path.read_text().splitlines()]


async def test_appends_one_line_per_alert(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "alerts.jsonl"
    sink = JsonlAlertSink(path)
    await sink.start()
    for n in range(3):
        await sink.send(make_alert(f"a{n}"))
    await sink.stop()
    assert ids_in(path) == ["a0", "a1", "a2"]
    assert Alert.from_dict(json.loads(path.read_text().splitlines()[0])) == make_alert("a0")


async def test_idempotent_within_a_run_and_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "alerts.jsonl"
    first = JsonlAlertSink(path)
    await first.start()
    await first.send(make_alert("a"))
    await first.send(make_alert("a"))
    await first.send(make_alert("b"))
    await first.stop()
    assert first.skipped == 1

    second = JsonlAlertSink(path)
    await second.start()
    assert second.already_delivered("a") and second.already_delivered("b")
    await second.send(make_alert("b"))
    await second.send(make_alert("a"))
    await second.send(make_alert("c"))
    await second.stop()
    assert ids_in(path) == ["a", "b", "c"]
    assert second.skipped == 2


async def test_torn_last_line_is_terminated_not_glued(tmp_path: Path) -> None:
    path = tmp_path / "alerts.jsonl"
    path.write_text(json.dumps({"alert_id": "old"}) + "\n" + '{"alert_id": "torn", "ki')
    sink = JsonlAlertSink(path)
    await sink.start()
    assert sink.already_delivered("old") and not sink.already_delivered("torn")
    await sink.send(make_alert("new"))
    await sink.stop()
    lines = path.read_text().splitlines()
    assert lines[1] == '{"alert_id": "torn", "ki'
    assert json.loads(lines[2])["alert_id"] == "new"


async def test_send_before_start_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(DeliveryError) as info:
        await JsonlAlertSink(tmp_path / "a.jsonl").send(make_alert("x"))
    assert not info.value.retriable


async def test_unwritable_path_is_a_delivery_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a dir")
    with pytest.raises(DeliveryError) as info:
        await JsonlAlertSink(blocker / "alerts.jsonl").start()
    assert not info.value.retriable


def test_build_sinks_from_settings(tmp_path: Path) -> None:
    settings = Settings(
        sinks=(
            StdoutSink(format="text"),
            JsonlSink(path=tmp_path / "a.jsonl"),
            WebhookSink(url=SecretStr("http://127.0.0.1:1/hook/secret"), max_attempts=2),
        )
    )
    sinks = build_sinks(settings)
    assert [type(s) for s in sinks] == [StdoutAlertSink, JsonlAlertSink, WebhookAlertSink]
    assert all(isinstance(s, AlertSink) for s in sinks)
    assert [s.name for s in sinks] == ["stdout", "jsonl", "webhook"]
    assert "secret" not in repr(sinks[2])
    assert sinks[2].max_attempts == 2  # type: ignore[attr-defined]
