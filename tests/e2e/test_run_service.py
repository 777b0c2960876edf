"""`incident-monitor run` as a real process: clean stop, restart without re-alerting, and a
kill -9 mid-stream that neither loses nor duplicates an alert."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

CITIES = ["Mosul", "Kirkuk", "Baghdad", "Aleppo", "Idlib", "Mogadishu", "Kismayo", "Maiduguri", "Peshawar",
          "Quetta", "Kandahar", "Herat", "Gao", "Mopti", "Goma", "Beni", "Sanaa", "Aden", "Homs", "Raqqa"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_items(path: Path, n: int) -> None:
    """``n`` distinct incidents, each told twice (the second time with a higher toll)."""
    with path.open("w", encoding="utf-8") as fh:
        for k in range(n):
            city = CITIES[k % len(CITIES)]
            # Each city's incidents are ten days apart: beyond the matching window and the
            # week an undated report looks back.
            day = date(2024, 1, 1) + timedelta(days=10 * (k // len(CITIES)))
            for version, killed in ((1, 3 + k % 5), (2, 6 + k % 5)):
                fh.write(json.dumps({
                    "id": f"i{k}-{version}", "outlet": f"Wire{version}", "url": f"https://example.org/{k}/{version}",
                    "title": f"Explosion in {city}", "published": f"{day.isoformat()}T{8 + version:02d}:00:00Z",
                    "text": f"A roadside bomb exploded in {city}, killing {killed} people and wounding 10 others, "
                            f"officials said.",
                }) + "\n")


def start(config: Path) -> subprocess.Popen[bytes]:
    with (config.parent / "service.log").open("ab") as log:
        return subprocess.Popen([sys.executable, "-m", "monitor.cli", "run", "--config", str(config)],
                                stdout=subprocess.DEVNULL, stderr=log, env={**os.environ, "PYTHONWARNINGS": "ignore"})


def log_of(config: Path) -> str:
    return (config.parent / "service.log").read_text(encoding="utf-8", errors="replace")[-4000:]


def alert_ids(path: Path) -> list[str]:
    """The ids of the file's complete lines: a line the service is writing while the test
    reads (no newline yet) is not read, nor one a SIGKILL tore (the sink ends it with a
    newline on restart and sends that alert again); see :func:`torn_lines`."""
    if not path.exists():
        return []
    ids = []
    for line in path.read_text(encoding="utf-8", errors="replace").split("\n")[:-1]:
        try:
            ids.append(json.loads(line)["alert_id"])
        except ValueError:
            continue
    return ids


def torn_lines(path: Path) -> int:
    lines = [x for x in path.read_text(encoding="utf-8", errors="replace").split("\n")[:-1] if x.strip()]
    return len(lines) - len(alert_ids(path))


def wait_for(predicate, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def serves(port: int) -> bool:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=1).read()
    except OSError:
        return False
    return True


def make_config(tmp: Path, items: Path, port: int) -> Path:
    config = tmp / "config.yaml"
    config.write_text(
        f"feeds: [{{url: {items}, outlet: Wire}}]\n"
        f"ingest: {{poll_interval_seconds: 0.5}}\n"
        f"state: {{path: {tmp / 'state.sqlite'}}}\n"
        f"sinks: [{{type: jsonl, path: {tmp / 'alerts.jsonl'}}}]\n"
        f"metrics: {{host: 127.0.0.1, port: {port}}}\n",
        encoding="utf-8",
    )
    return config


def test_run_stops_cleanly_and_restarts_without_realerting(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    write_items(items, 10)
    port = free_port()
    config = make_config(tmp_path, items, port)
    out = tmp_path / "alerts.jsonl"
    proc = start(config)
    try:
        # 10 incidents: a new_incident and a casualties_changed each.
        wait_for(lambda: len(alert_ids(out)) >= 20)
        metrics = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
        assert "incident_monitor_alerts_total" in metrics and "incident_monitor_items_total" in metrics
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0, log_of(config)
    first = alert_ids(out)
    assert len(first) == 20 == len(set(first))
    proc = start(config)
    # Up (its signal handlers are installed before /metrics answers; a loaded machine may
    # take longer than a fixed sleep to import), then a poll of the same feed.
    wait_for(lambda: serves(port))
    time.sleep(2)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=60) == 0, log_of(config)
    assert alert_ids(out) == first


def test_kill_9_mid_stream_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    write_items(items, 400)
    config = make_config(tmp_path, items, free_port())
    out = tmp_path / "alerts.jsonl"
    proc = start(config)
    wait_for(lambda: len(alert_ids(out)) >= 40)
    proc.kill()  # SIGKILL: no cleanup at all
    proc.wait(timeout=10)
    partial = alert_ids(out)
    assert 40 <= len(partial) < 800
    proc = start(config)
    try:
        wait_for(lambda: len(alert_ids(out)) >= 800, timeout=120)
        time.sleep(1.5)  # nothing more may arrive
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0, log_of(config)
    final = alert_ids(out)
    assert len(final) == 800 == len(set(final))
    assert torn_lines(out) <= 1  # at most the one line the kill cut short
    assert final[: len(partial)] == partial
