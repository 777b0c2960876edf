"""A real Prometheus scraping the real service, answering every Grafana panel query.

The module starts ``incident-monitor run`` as a subprocess (feeds, state and the jsonl
sink in a temporary folder, metrics on a free 127.0.0.1 port) and a Prometheus server
from ``tools/prometheus/ensure.sh`` (own data folder, 1 s scrapes, the shipped alerting
rules loaded). Once Prometheus has scraped the service a few times, the feeds change:
the bundled sample feeds appear and a small feed written here gains items, so every
counter moves while it is being watched. Then every panel query of the dashboard runs
through ``/api/v1/query``. ``promtool`` checks the configs and runs the rule unit tests.

Network: 127.0.0.1 only. Everything started here is stopped here.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest
import yaml

from monitor.config import ENV_PREFIX
from monitor.ingest.parse import read_input
from monitor.records import FeedItem

pytestmark = [pytest.mark.prometheus, pytest.mark.timeout(120)]

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "config"
ENSURE = ROOT / "tools" / "prometheus" / "ensure.sh"
SAMPLES = ROOT / "monitor" / "samples" / "feeds"
DASHBOARD = CONFIG / "grafana" / "dashboards" / "incident-monitor.json"
RULES = CONFIG / "alerts.rules.yml"
RULE_TESTS = CONFIG / "alerts.rules.test.yml"
JOB = "incident-monitor"
RATE_WINDOW = "1m"  # stands in for $__rate_interval: covers everything since the feeds changed

# No proxy, even if the environment names one: everything here is on 127.0.0.1.
_HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))

EMPTY_RSS = (
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>not yet</title>'
    "<link>https://example.org/</link><description>no items yet</description></channel></rss>\n"
)

# A small wire feed, in this test's own words. Before the change: one attack and one
# unrelated story. After: a later report raising the toll, and one line that is not JSON.
WIRE_BEFORE = [
    {
        "id": "wire-1", "outlet": "Test Wire", "url": "https://example.org/test-wire/kandahar-bus-station",
        "title": "Gunmen attack bus station in Kandahar", "published": "2020-11-24T09:00:00Z",
        "text": "Gunmen attacked a bus station in Kandahar, Afghanistan, on Tuesday, killing at least "
                "4 people and wounding 9 others, a provincial police spokesman said.",
    },
    {
        "id": "wire-2", "outlet": "Test Wire", "url": "https://example.org/test-wire/parks-budget",
        "title": "Council approves parks budget", "published": "2020-11-24T07:00:00Z",
        "text": "The city council approved a new budget for parks and libraries on Monday.",
    },
]
WIRE_AFTER_EXTRA = {
    "id": "wire-3", "outlet": "Second Wire", "url": "https://example.org/second-wire/kandahar-toll-rises",
    "title": "Kandahar toll rises", "published": "2020-11-25T08:00:00Z",
    "text": "The toll from Tuesday's attack on a bus station in Kandahar rose to 7 dead and 12 injured, "
            "hospital officials said on Wednesday. No group has claimed the attack.",
}
WIRE_BAD_LINE = '{"id": "wire-4", "text": "this line was cut off'


# --- helpers -----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def http_get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    try:
        with _HTTP.open(url, timeout=timeout) as resp:
            return int(resp.status), resp.read()
    except urllib.error.HTTPError as exc:
        body = exc.read()
        exc.close()
        return exc.code, body


def wait_for(what: str, check: Callable[[], bool], timeout: float, alive: Callable[[], str | None]) -> None:
    """Poll ``check`` until true; fail after ``timeout`` or as soon as ``alive`` reports a death."""
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return
        died = alive()
        if died:
            pytest.fail(f"{what}: {died}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.2)


def write_atomically(path: Path, text: str) -> None:
    """Readers (the poller) see the old file or the new one, never half of it."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def jsonl(objs: list[dict[str, str]], extra_lines: tuple[str, ...] = ()) -> str:
    return "".join(json.dumps(o) + "\n" for o in objs) + "".join(line + "\n" for line in extra_lines)


def panel_queries() -> list[tuple[str, str]]:
    """(panel title, PromQL with the dashboard's variables filled in as Grafana would)."""
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    panels = [p for top in dashboard["panels"] for p in (top, *top.get("panels", []))]
    out = []
    for panel in panels:
        for target in panel.get("targets", []):
            expr = target["expr"].replace("$__rate_interval", RATE_WINDOW).replace("$job", JOB)
            assert "$" not in expr, f"{panel['title']}: a variable this test does not fill in: {expr}"
            out.append((panel["title"], expr))
    return out


def tail(path: Path, n: int = 30) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-n:])
    except OSError:
        return "(no output)"


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path
    _out: IO[bytes]

    def died(self) -> str | None:
        code = self.popen.poll()
        return None if code is None else f"{self.name} exited with {code}:\n{tail(self.log)}"

    def stop(self, timeout: float = 10.0) -> int | None:
        """SIGTERM, wait; SIGKILL if it does not go. Returns the exit code after SIGTERM
        (None when it had to be killed). Idempotent."""
        code: int | None
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                code = self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
                code = None
        else:
            code = self.popen.returncode
        if not self._out.closed:
            self._out.close()
        return code


def start(name: str, argv: list[str], log: Path, env: dict[str, str] | None = None, cwd: Path | None = None) -> Proc:
    out = log.open("wb")
    popen = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd)
    return Proc(name, popen, log, out)


# --- fixtures ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Binaries:
    prometheus: str
    promtool: str


@pytest.fixture(scope="module")
def binaries() -> Binaries:
    """prometheus and promtool, via tools/prometheus/ensure.sh (prints both paths)."""
    hint = f"run `bash {ENSURE.relative_to(ROOT)}` (as root: installs the Debian package prometheus)"
    try:
        done = subprocess.run(
            ["bash", str(ENSURE)], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{ENSURE.name} took over 10 minutes; {hint}")
    paths = done.stdout.split()
    if done.returncode != 0 or len(paths) != 2:
        pytest.fail(f"Prometheus is not available; {hint}.\n{ENSURE.name} said:\n{done.stderr[-2000:]}")
    prometheus, promtool = paths
    for path in paths:
        assert os.access(path, os.X_OK), f"{path} is not executable; {hint}"
    return Binaries(prometheus, promtool)


def prometheus_config(target: str, rules: Path = RULES) -> str:
    text: str = yaml.safe_dump(
        {
            "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(rules)],
            "scrape_configs": [{"job_name": JOB, "metrics_path": "/metrics", "static_configs": [{"targets": [target]}]}],
        },
        sort_keys=False,
    )
    return text


class PromAPI:
    def __init__(self, base: str) -> None:
        self.base = base

    def get(self, path: str, **params: str) -> dict[str, Any]:
        status, body = http_get(f"{self.base}{path}?{urllib.parse.urlencode(params)}", timeout=5.0)
        data: dict[str, Any] = json.loads(body)
        assert status == 200 and data.get("status") == "success", f"{path} {params}: HTTP {status}: {body[:500]!r}"
        return data

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self.get("/api/v1/query", query=expr)
        assert data["data"]["resultType"] == "vector", expr
        result: list[dict[str, Any]] = data["data"]["result"]
        return result

    def scalar(self, expr: str) -> float | None:
        """The value of a single-series query; None when empty."""
        result = self.query(expr)
        assert len(result) <= 1, f"{expr}: {len(result)} series"
        return float(result[0]["value"][1]) if result else None


@dataclass
class Stack:
    service: Proc
    prometheus: Proc
    api: PromAPI
    metrics_url: str
    alerts_file: Path
    expected_items: int


def unique_sample_items() -> int:
    ids = {e.item_id for f in sorted(SAMPLES.iterdir()) if f.suffix in {".xml", ".rss", ".atom", ".jsonl"}
           for e in read_input(f) if isinstance(e, FeedItem)}
    return len(ids)


@pytest.fixture(scope="module")
def stack(binaries: Binaries, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp("prometheus-stack")
    feeds = tmp / "feeds"
    feeds.mkdir()
    samples = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".xml", ".rss", ".atom"})
    assert len(samples) >= 3, f"sample feeds missing in {SAMPLES}"
    for sample in samples:
        write_atomically(feeds / sample.name, EMPTY_RSS)
    wire = feeds / "wire.jsonl"
    write_atomically(wire, jsonl(WIRE_BEFORE))

    metrics_port = free_port()
    config = tmp / "monitor.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "feeds": [{"url": f"feeds/{p.name}"} for p in samples] + [{"url": "feeds/wire.jsonl"}],
                "sinks": [{"type": "jsonl", "path": "var/alerts.jsonl"}],
                "state": {"path": "var/state.sqlite"},
                "metrics": {"enabled": True, "host": "127.0.0.1", "port": metrics_port},
                "ingest": {"poll_interval_seconds": 0.2, "max_backoff_seconds": 1},
                "log_level": "INFO",
            }
        ),
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(ENV_PREFIX)}
    script = Path(sys.executable).with_name("incident-monitor")
    argv = [str(script)] if script.exists() else [sys.executable, "-m", "monitor.cli"]
    service = start("incident-monitor", [*argv, "run", "--config", str(config)], tmp / "service.log", env=env, cwd=tmp)
    prometheus: Proc | None = None
    try:
        metrics_url = f"http://127.0.0.1:{metrics_port}/metrics"

        def metrics_ready() -> bool:
            try:
                status, body = http_get(metrics_url)
            except OSError:
                return False
            return status == 200 and b"incident_monitor_items_total{" in body  # the first item is done

        wait_for("the service's /metrics with its first items", metrics_ready, 30, service.died)

        prom_port = free_port()
        prom_config = tmp / "prometheus.yml"
        prom_config.write_text(prometheus_config(f"127.0.0.1:{metrics_port}"), encoding="utf-8")
        prometheus = start(
            "prometheus",
            [
                binaries.prometheus,
                f"--config.file={prom_config}",
                f"--storage.tsdb.path={tmp / 'prometheus-data'}",
                f"--web.listen-address=127.0.0.1:{prom_port}",
                "--storage.tsdb.retention.time=1h",
                "--log.level=warn",
            ],
            tmp / "prometheus.log",
            cwd=tmp,
        )
        prom = prometheus
        base = f"http://127.0.0.1:{prom_port}"

        def prom_ready() -> bool:
            try:
                return http_get(f"{base}/-/ready")[0] == 200
            except OSError:
                return False

        wait_for("Prometheus to be ready", prom_ready, 30, prom.died)
        api = PromAPI(base)
        # A few scrapes before the feeds change, so that rates see the counters move.
        wait_for(
            "the target to be up and scraped 3 times",
            lambda: (api.scalar(f'count_over_time(up{{job="{JOB}"}}[1m])') or 0) >= 3
            and api.scalar(f'up{{job="{JOB}"}}') == 1,
            30,
            lambda: service.died() or prom.died(),
        )

        # The change: the sample feeds arrive, the wire feed gains a report and a broken line.
        for sample in samples:
            write_atomically(feeds / sample.name, sample.read_text(encoding="utf-8"))
        write_atomically(wire, jsonl([*WIRE_BEFORE, WIRE_AFTER_EXTRA], (WIRE_BAD_LINE,)))
        expected_items = len(WIRE_BEFORE) + 1 + unique_sample_items()
        alerts_file = tmp / "var" / "alerts.jsonl"

        def settled() -> bool:
            items = api.scalar(f'sum(incident_monitor_items_total{{job="{JOB}"}})')
            alerts = api.scalar(f'sum(incident_monitor_alerts_total{{job="{JOB}"}})')
            lines = len(alerts_file.read_text(encoding="utf-8").splitlines()) if alerts_file.exists() else -1
            return items == expected_items and alerts == lines

        wait_for(f"Prometheus to see all {expected_items} items and every alert delivered", settled, 30,
                 lambda: service.died() or prom.died())
        time.sleep(1.5)  # one more scrape and rule evaluation on the settled values
        yield Stack(service, prom, api, metrics_url, alerts_file, expected_items)
    finally:
        if prometheus is not None:
            prometheus.stop()
        service.stop()


# --- promtool ----------------------------------------------------------------------------
def promtool(binaries: Binaries, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [binaries.promtool, *args], cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60
    )


def test_promtool_checks_the_generated_config(binaries: Binaries, tmp_path: Path) -> None:
    config = tmp_path / "prometheus.yml"
    config.write_text(prometheus_config("127.0.0.1:9464"), encoding="utf-8")
    done = promtool(binaries, "check", "config", str(config))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout + done.stderr


def test_promtool_checks_the_compose_config(binaries: Binaries) -> None:
    done = promtool(binaries, "check", "config", str(CONFIG / "prometheus.yml"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 rule files found" in done.stdout + done.stderr


def test_promtool_checks_the_rules(binaries: Binaries) -> None:
    done = promtool(binaries, "check", "rules", str(RULES))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout + done.stderr


def test_promtool_rule_unit_tests_pass(binaries: Binaries) -> None:
    done = promtool(binaries, "test", "rules", str(RULE_TESTS))
    assert done.returncode == 0, done.stdout + done.stderr


def test_promtool_rule_unit_tests_can_fail(binaries: Binaries, tmp_path: Path) -> None:
    """The rule tests bite: with a threshold loosened, they fail."""
    loosened = RULES.read_text(encoding="utf-8").replace("> 0.25", "> 0.75")
    assert loosened != RULES.read_text(encoding="utf-8")
    (tmp_path / RULES.name).write_text(loosened, encoding="utf-8")
    shutil.copy(RULE_TESTS, tmp_path / RULE_TESTS.name)
    done = promtool(binaries, "test", "rules", RULE_TESTS.name, cwd=tmp_path)
    assert done.returncode != 0
    assert "IncidentMonitorBadInputRateHigh" in done.stdout + done.stderr


# --- the live stack ----------------------------------------------------------------------
def test_every_panel_query_succeeds(stack: Stack) -> None:
    queries = panel_queries()
    assert len(queries) >= 12
    for title, expr in queries:
        result = stack.api.query(expr)  # asserts status success
        for series in result:
            value = float(series["value"][1])
            assert math.isnan(value) or value >= 0, f"{title}: negative value {value} from {expr}"


def test_job_variable_lists_the_service(stack: Stack) -> None:
    data = stack.api.get("/api/v1/label/job/values", **{"match[]": "incident_monitor_last_processed_timestamp_seconds"})
    assert JOB in data["data"]


def _panel(stack: Stack, title: str) -> dict[str, float]:
    """{legend-ish key: value} of a panel's first query."""
    (expr,) = [e for t, e in panel_queries() if t == title][:1]
    result = stack.api.query(expr)
    assert result, f"{title}: empty result for {expr}"
    return {",".join(f"{k}={v}" for k, v in sorted(s["metric"].items())): float(s["value"][1]) for s in result}


def test_core_series_have_plausible_values(stack: Stack) -> None:
    items = _panel(stack, "Items/s by outcome")
    assert items.get("outcome=new", 0) > 0, items

    (reports,) = _panel(stack, "Reports/s").values()
    assert reports > 0

    alerts = _panel(stack, "Alerts by kind")
    assert alerts.get("kind=new_incident", 0) > 0, alerts
    assert set(alerts) <= {"kind=new_incident", "kind=casualties_changed", "kind=new_claim"}, alerts

    (open_incidents,) = _panel(stack, "Open incidents").values()
    total_reports = stack.api.scalar(f'sum(incident_monitor_reports_total{{job="{JOB}"}})')
    assert total_reports is not None
    assert 2 <= open_incidents <= total_reports, (open_incidents, total_reports)

    (since,) = _panel(stack, "Seconds since last processed item").values()
    assert 0 <= since < 60, since

    (pending,) = _panel(stack, "Pending alerts").values()
    assert pending == 0  # the jsonl sink took every alert

    deliveries = _panel(stack, "Deliveries by sink / outcome")
    assert deliveries.get("outcome=ok,sink=jsonl", 0) > 0, deliveries

    bad = _panel(stack, "Bad inputs by reason")
    assert "reason=invalid_json" in bad, bad

    incidents = _panel(stack, "Incidents created / updated")
    assert incidents.get("outcome=created", 0) > 0, incidents

    latency = _panel(stack, "Stage latency p50 / p99")
    assert {"stage=extract", "stage=correlate"} <= set(latency), latency


def test_counters_match_what_happened(stack: Stack) -> None:
    api = stack.api
    assert api.scalar(f'sum(incident_monitor_items_total{{job="{JOB}"}})') == stack.expected_items
    lines = stack.alerts_file.read_text(encoding="utf-8").splitlines()
    kinds = sorted(json.loads(line)["kind"] for line in lines)
    assert "casualties_changed" in kinds  # the wire feed's toll went from 4/9 to 7/12
    assert api.scalar(f'sum(incident_monitor_alerts_total{{job="{JOB}"}})') == len(lines)
    assert api.scalar(f'sum(incident_monitor_deliveries_total{{job="{JOB}", sink="jsonl", outcome="ok"}})') == len(lines)
    assert api.scalar(f'sum(incident_monitor_bad_input_total{{job="{JOB}"}})') == 1


def test_alert_rules_evaluate_cleanly(stack: Stack) -> None:
    data = stack.api.get("/api/v1/rules")
    rules = [r for g in data["data"]["groups"] for r in g["rules"]]
    assert len(rules) >= 4
    for rule in rules:
        assert rule["health"] == "ok", f"{rule['name']}: {rule.get('lastError')}"
    firing = [a for r in rules for a in r.get("alerts", []) if a["state"] == "firing"]
    assert not firing, f"a healthy service should raise no alert: {firing}"


def test_service_stops_cleanly_on_sigterm(stack: Stack) -> None:
    """Last: stops the service (SIGTERM) and expects exit 0 within a few seconds."""
    started = time.monotonic()
    code = stack.service.stop(timeout=5.0)
    assert code == 0, f"exit code {code} after SIGTERM:\n{tail(stack.service.log)}"
    assert time.monotonic() - started < 5.0
    with pytest.raises(OSError):
        http_get(stack.metrics_url, timeout=1.0)  # /metrics is gone with it
