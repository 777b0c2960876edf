"""The CLI contract, run as a user would: subprocesses of the installed entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SEEDS

CLI = [sys.executable, "-m", "monitor.cli"]


def run(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_replay_then_incidents_on_the_seeds(tmp_path: Path) -> None:
    if not (SEEDS / "items.jsonl").exists():
        pytest.skip("seed scenario absent")
    state = tmp_path / "s.sqlite"
    first = run("replay", "--state", state, SEEDS / "items.jsonl")
    alerts = [json.loads(line) for line in first.stdout.splitlines()]
    assert alerts and {a["kind"] for a in alerts} == {"new_incident", "casualties_changed", "new_claim"}
    assert all(set(a) == {"alert_id", "kind", "incident_id", "change", "incident", "created_at"} for a in alerts)
    incidents = json.loads(run("incidents", "--state", state, "--json").stdout)
    rocket = [i for i in incidents if i["event_type"] == "rocket_mortar_shelling"]
    assert len(rocket) == 1
    inc = rocket[0]
    assert inc["location"]["country_code"] == "AF" and inc["location"]["name"] == "Kabul"
    assert {k: inc["killed"][k] for k in ("value", "qualifier")} == {"value": 8, "qualifier": "at_least"}
    assert inc["wounded"]["value"] == 31
    assert set(inc["killed"]["history"][0]) >= {"value", "qualifier", "period_total", "outlet", "url", "published", "said_by"}
    assert set(inc["claims"][0]) >= {"actor", "stance", "said_by", "outlet", "url", "first_seen"}
    assert set(inc["location"]) == {"name", "admin1", "country_code", "lat", "lon", "city"}
    assert sorted(s["outlet"] for s in inc["sources"]) == ["AP", "BBC", "Dawn"]
    # Replaying the same file again prints no alert and changes nothing.
    again = run("replay", "--state", state, SEEDS / "items.jsonl")
    assert again.stdout == ""
    assert json.loads(run("incidents", "--state", state, "--json").stdout) == incidents
    table = run("incidents", "--state", state).stdout
    assert "Kabul" in table and "rocket_mortar_shelling" in table


def test_txt_rss_and_jsonl_inputs(tmp_path: Path) -> None:
    state = tmp_path / "s.sqlite"
    txt = FIXTURES / "seedlike" / "kabul_rockets_ap_like.txt"
    out = run("replay", "--state", state, txt)
    (new, *_rest) = [json.loads(line) for line in out.stdout.splitlines()]
    assert new["kind"] == "new_incident" and new["incident"]["event_date"] == "2020-11-21"
    feed = Path(__file__).resolve().parents[2] / "monitor" / "samples" / "feeds" / "northwire.xml"
    assert run("replay", "--state", state, feed).stdout.strip()


def test_bad_inputs_are_reported_counted_and_skipped(tmp_path: Path) -> None:
    good = {"id": "g1", "outlet": "Wire", "url": "https://example.org/g1", "title": "Blast in Mosul",
            "published": "2024-02-03T10:00:00Z",
            "text": "A car bomb exploded at a checkpoint in Mosul on Saturday, killing four soldiers and wounding nine."}
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(
        b"{not json\n"
        + json.dumps({"id": "x", "outlet": "Wire", "url": "https://example.org/x", "title": "empty"}).encode() + b"\n"
        + b"\x00\xff\xfe garbage \x89PNG\r\n"
        + json.dumps(good).encode() + b"\n"
    )
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    notxml = tmp_path / "feed.xml"
    notxml.write_text("this is not a feed at all, just words", encoding="utf-8")
    garbage = tmp_path / "noise.rss"
    garbage.write_bytes(os.urandom(4096))
    huge = tmp_path / "huge.jsonl"
    with huge.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({**good, "id": "h", "url": "https://example.org/h", "text": "violence " * 6_000_000}) + "\n")
    proc = run("replay", "--state", tmp_path / "s.sqlite", empty, mixed, notxml, garbage, huge)
    alerts = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [a["incident"]["location"]["name"] for a in alerts] == ["Mosul"]
    assert alerts[0]["incident"]["killed"]["value"] == 4
    err = proc.stderr.lower()
    for needle in ("empty", "json", "not_a_feed", "text", "large"):
        assert needle in err, (needle, proc.stderr[-3000:])


def test_unusable_arguments_exit_non_zero(tmp_path: Path) -> None:
    assert run("replay", "--state", tmp_path / "s.sqlite", tmp_path / "missing.jsonl", check=False).returncode == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: {casualties_min_change: -3}\n")
    proc = run("replay", "--config", bad, FIXTURES / "seedlike" / "items.jsonl", check=False)
    assert proc.returncode == 2 and "casualties_min_change" in proc.stderr


def test_check(tmp_path: Path) -> None:
    good = tmp_path / "ok.yaml"
    good.write_text(f"state: {{path: {tmp_path / 's.sqlite'}}}\n")
    assert run("check", "--config", good).returncode == 0
    broken_state = tmp_path / "broken.sqlite"
    broken_state.write_bytes(b"this is not sqlite" * 100)
    proc = run("check", "--config", good, "--state", broken_state, check=False)
    assert proc.returncode == 1 and "broken.sqlite" in proc.stderr
    missing_feed = tmp_path / "feeds.yaml"
    missing_feed.write_text("feeds: [{url: nowhere.xml}]\n")
    proc = run("check", "--config", missing_feed, check=False)
    assert proc.returncode == 1 and "nowhere.xml" in proc.stderr


def test_demo_prints_readable_alerts() -> None:
    out = run("demo").stdout
    assert "[new_incident]" in out and "[casualties_changed]" in out and "[new_claim]" in out
    assert "Incidents:" in out and "Hodan" in out  # the Mogadishu district the body names
