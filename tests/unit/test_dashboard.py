"""The shipped observability and example configs, checked without any server.

- every metric the Grafana dashboard and the alerting rules query is defined in
  ``monitor.metrics`` (STYLE item 8), and every defined metric is on the dashboard;
- the dashboard, the Grafana provisioning files and the Prometheus config agree;
- every example config in ``config/*.yaml`` loads with ``load_settings``.

The live counterpart (a real Prometheus scraping the real service and answering every
panel query) is ``tests/integration/test_prometheus.py``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitor.config import ENV_PREFIX, WebhookSink, load_settings
from monitor.metrics import PREFIX, Metrics

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "config"
DASHBOARD = CONFIG / "grafana" / "dashboards" / "incident-monitor.json"
DATASOURCES = CONFIG / "grafana" / "provisioning" / "datasources" / "prometheus.yml"
DASHBOARD_PROVIDERS = CONFIG / "grafana" / "provisioning" / "dashboards" / "dashboards.yml"
PROMETHEUS = CONFIG / "prometheus.yml"
RULES = CONFIG / "alerts.rules.yml"

# PromQL functions and aggregation operators (Prometheus 2.42).
PROMQL_FUNCTIONS = frozenset(
    """
    abs absent absent_over_time acos acosh asin asinh atan atanh avg_over_time ceil changes
    clamp clamp_max clamp_min cos cosh count_over_time day_of_month day_of_week day_of_year
    days_in_month deg delta deriv exp floor histogram_quantile holt_winters hour idelta
    increase irate label_join label_replace last_over_time ln log10 log2 max_over_time
    min_over_time minute month pi predict_linear present_over_time quantile_over_time rad
    rate resets round scalar sgn sin sinh sort sort_desc sqrt stddev_over_time
    stdvar_over_time sum_over_time tan tanh time timestamp vector year
    sum min max avg group stddev stdvar count count_values bottomk topk quantile
    """.split()
)
PROMQL_KEYWORDS = frozenset({"and", "or", "unless", "bool", "offset", "by", "without", "inf", "nan"})
# Series Prometheus itself makes for every target; allowed in alerting rules only.
PROMETHEUS_BUILTINS = frozenset({"up"})

_STRING = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|`[^`]*`')
_LABEL_LIST = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_NUMBER = re.compile(r"(?<![\w:])(?:\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?:ms|[smhdwy])?)+")
_IDENT = re.compile(r"[A-Za-z_:][A-Za-z0-9_:]*")
_LABEL_VALUES = re.compile(r"^\s*label_values\(\s*(?:(?P<expr>.+?)\s*,\s*)?(?P<label>\w+)\s*\)\s*$")


def metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression selects (functions, keywords, labels,
    strings, numbers and durations removed). Raises ValueError on an unknown function."""
    s = _STRING.sub(" ", expr)
    s = re.sub(r"\{[^}]*\}", " ", s)  # label matchers
    s = re.sub(r"\[[^\]]*\]", " ", s)  # range and subquery selectors
    s = _LABEL_LIST.sub(" ", s)  # by (...), on (...), group_left (...)
    s = _NUMBER.sub(" ", s)
    names: set[str] = set()
    for m in _IDENT.finditer(s):
        token = m.group(0)
        if s[m.end():].lstrip().startswith("("):
            if token not in PROMQL_FUNCTIONS:
                raise ValueError(f"unknown PromQL function {token!r} in {expr!r}")
            continue
        if token.lower() not in PROMQL_KEYWORDS:
            names.add(token)
    return names


def known_series() -> dict[str, str]:
    """Every series name the service's registry can expose -> its metric family."""
    out: dict[str, str] = {}
    for family in Metrics().registry.collect():
        suffixes = {
            "counter": ("_total", "_created"),
            "histogram": ("_bucket", "_count", "_sum", "_created"),
            "summary": ("", "_count", "_sum", "_created"),
        }.get(family.type, ("",))
        for suffix in suffixes:
            out[family.name + suffix] = family.name
    return out


def load_dashboard() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return data


def all_panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for panel in dashboard["panels"]:
        yield panel
        yield from panel.get("panels", [])  # panels inside collapsed rows


def dashboard_exprs(dashboard: dict[str, Any]) -> list[tuple[str, str]]:
    """(panel title, PromQL) for every query target of every panel."""
    return [
        (panel["title"], target["expr"])
        for panel in all_panels(dashboard)
        for target in panel.get("targets", [])
    ]


def variable_exprs(dashboard: dict[str, Any]) -> list[tuple[str, str]]:
    """(variable name, PromQL) for every query variable (label_values(expr, label))."""
    out = []
    for var in dashboard["templating"]["list"]:
        if var["type"] != "query":
            continue
        query = var["query"]["query"] if isinstance(var["query"], dict) else var["query"]
        m = _LABEL_VALUES.match(query)
        assert m and m.group("expr"), f"variable {var['name']}: expected label_values(<metric>, <label>): {query!r}"
        out.append((var["name"], m.group("expr")))
    return out


# --- the extractor itself ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ('sum by (outcome) (rate(incident_monitor_items_total{job=~"$job"}[$__rate_interval]))',
         {"incident_monitor_items_total"}),
        ("histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])))", {"x_bucket"}),
        ("time() - max by (instance) (a_seconds > 0)", {"a_seconds"}),
        ('a / on (job) group_left (sink) b{outcome="ok"} offset 1h30m > 1e3 and c unless up',
         {"a", "b", "c", "up"}),
        ("sum(rate(no_such_metric_total[1m])) or vector(0)", {"no_such_metric_total"}),
        ("increase(a[15m]) >= 5 and delta(b:recorded[1m]) > 0.25", {"a", "b:recorded"}),
    ],
)
def test_metric_names_extracts_selectors(expr: str, expected: set[str]) -> None:
    assert metric_names(expr) == expected


def test_metric_names_rejects_unknown_functions() -> None:
    with pytest.raises(ValueError, match="rated"):
        metric_names("rated(incident_monitor_items_total[1m])")


def test_known_series_account_for_suffixes() -> None:
    known = known_series()
    assert "incident_monitor_items_total" in known
    assert "incident_monitor_stage_seconds_bucket" in known
    assert "incident_monitor_alert_latency_seconds_count" in known
    assert "incident_monitor_open_incidents" in known
    assert "incident_monitor_items" not in known  # a counter is only exposed as _total
    assert all(name.startswith(PREFIX + "_") for name in known)


# --- the dashboard -----------------------------------------------------------------------
def test_dashboard_metrics_all_exist_in_the_registry() -> None:
    dashboard = load_dashboard()
    known = known_series()
    queries = dashboard_exprs(dashboard) + variable_exprs(dashboard)
    assert len(queries) >= 12
    for where, expr in queries:
        names = metric_names(expr)
        assert names, f"{where}: no metric in {expr!r}"
        unknown = names - known.keys()
        assert not unknown, f"{where}: {sorted(unknown)} not defined in monitor/metrics.py ({expr!r})"


def test_every_metric_is_on_the_dashboard() -> None:
    known = known_series()
    used = {known[n] for _, expr in dashboard_exprs(load_dashboard()) for n in metric_names(expr)}
    missing = set(known.values()) - used
    assert not missing, f"metrics with no dashboard panel: {sorted(missing)}"


def test_dashboard_shape() -> None:
    d = load_dashboard()
    assert d["uid"] == "incident-monitor"
    assert d["schemaVersion"] >= 39
    panels = list(all_panels(d))
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    variables = {v["name"]: v for v in d["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    for panel in panels:
        g = panel["gridPos"]
        assert g["x"] >= 0 and g["w"] > 0 and g["x"] + g["w"] <= 24, panel["title"]
        if panel["type"] == "row":
            continue
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}, panel["title"]
        assert panel["targets"], f"{panel['title']}: no query"
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == "${datasource}", panel["title"]
            # Only variables that the dashboard defines or Grafana provides.
            for var in re.findall(r"\$\{?(\w+)", target["expr"]):
                assert var in variables or var.startswith("__"), f"{panel['title']}: unknown ${var}"
    titles = {p["title"] for p in panels}
    assert {
        "Items/s by outcome", "Bad inputs by reason", "Reports/s", "Incidents created / updated",
        "Alerts by kind", "Deliveries by sink / outcome", "Stage latency p50 / p99", "Alert latency p99",
        "Open incidents", "Pending alerts", "Seconds since last processed item", "Errors by stage",
    } <= titles


def test_stage_latency_uses_histogram_buckets() -> None:
    exprs = [e for title, e in dashboard_exprs(load_dashboard()) if title == "Stage latency p50 / p99"]
    assert any(e.startswith("histogram_quantile(0.5,") for e in exprs)
    assert any(e.startswith("histogram_quantile(0.99,") for e in exprs)
    assert all("incident_monitor_stage_seconds_bucket" in e and "le" in e for e in exprs)


# --- Grafana provisioning ----------------------------------------------------------------
def test_grafana_datasource_provisioning() -> None:
    data = yaml.safe_load(DATASOURCES.read_text(encoding="utf-8"))
    assert data["apiVersion"] == 1
    (ds,) = data["datasources"]
    assert ds["type"] == "prometheus"
    assert ds["url"] == "http://prometheus:9090"
    # The dashboard's datasource variable defaults to this uid.
    current = {v["name"]: v for v in load_dashboard()["templating"]["list"]}["datasource"]["current"]
    assert current["value"] == ds["uid"]
    # $__rate_interval is derived from timeInterval: keep it equal to the scrape interval.
    scrape = yaml.safe_load(PROMETHEUS.read_text(encoding="utf-8"))["global"]["scrape_interval"]
    assert ds["jsonData"]["timeInterval"] == scrape


def test_grafana_dashboard_provisioning() -> None:
    data = yaml.safe_load(DASHBOARD_PROVIDERS.read_text(encoding="utf-8"))
    assert data["apiVersion"] == 1
    (provider,) = data["providers"]
    assert provider["type"] == "file"
    assert provider["options"]["path"].startswith("/")


# --- Prometheus config and alerting rules ------------------------------------------------
def test_prometheus_scrape_config() -> None:
    data = yaml.safe_load(PROMETHEUS.read_text(encoding="utf-8"))
    jobs = {job["job_name"]: job for job in data["scrape_configs"]}
    workers = jobs["incident-monitor-workers"]
    assert workers.get("metrics_path", "/metrics") == "/metrics"
    assert {t for sc in workers["static_configs"] for t in sc["targets"]} == {"worker-1:6066", "worker-2:6066"}
    docker = load_settings(CONFIG / "docker.yaml")
    for job in ("incident-monitor", "incident-monitor-ingest"):  # both serve settings.metrics
        targets = {t for sc in jobs[job]["static_configs"] for t in sc["targets"]}
        assert {t.rsplit(":", 1)[1] for t in targets} == {str(docker.metrics.port)}, job
    assert docker.kafka.web_port == 6066
    for rule_file in data["rule_files"]:
        assert (PROMETHEUS.parent / rule_file).is_file(), rule_file


def test_alert_rules_query_only_defined_metrics() -> None:
    data = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    rules = [rule for group in data["groups"] for rule in group["rules"]]
    known = known_series()
    alerts = {rule["alert"] for rule in rules}
    assert {
        "IncidentMonitorNotProcessing", "IncidentMonitorBadInputRateHigh",
        "IncidentMonitorDeliveriesFailing", "IncidentMonitorPendingAlertsGrowing",
    } <= alerts
    for rule in rules:
        names = metric_names(rule["expr"])
        assert names, rule["alert"]
        unknown = names - known.keys() - PROMETHEUS_BUILTINS
        assert not unknown, f"{rule['alert']}: {sorted(unknown)} not defined in monitor/metrics.py"
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert rule["annotations"]["summary"]


def test_every_alert_has_a_promtool_test() -> None:
    rules = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    tests = yaml.safe_load((CONFIG / "alerts.rules.test.yml").read_text(encoding="utf-8"))
    alerts = {rule["alert"] for group in rules["groups"] for rule in group["rules"]}
    fired = {
        case["alertname"]
        for t in tests["tests"]
        for case in t.get("alert_rule_test", [])
        if case.get("exp_alerts")
    }
    assert alerts == fired, f"alerts never shown firing in alerts.rules.test.yml: {sorted(alerts - fired)}"


# --- example configs ---------------------------------------------------------------------
EXAMPLE_CONFIGS = sorted(CONFIG.glob("*.yaml"))


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for key in list(os.environ):
        if key.upper().startswith(ENV_PREFIX):
            monkeypatch.delenv(key)
    return monkeypatch


def test_example_configs_are_shipped() -> None:
    assert {p.name for p in EXAMPLE_CONFIGS} >= {"example.yaml", "docker.yaml"}


@pytest.mark.parametrize("path", EXAMPLE_CONFIGS, ids=[p.name for p in EXAMPLE_CONFIGS])
def test_example_config_loads(path: Path, clean_env: pytest.MonkeyPatch) -> None:
    settings = load_settings(path)
    assert settings.feeds, f"{path.name}: no feeds"
    for feed in settings.feeds:
        if "://" not in feed.url:
            assert Path(feed.url).is_file(), f"{path.name}: feed file missing: {feed.url}"
    assert settings.sinks


def test_example_config_runs_embedded_on_localhost(clean_env: pytest.MonkeyPatch) -> None:
    settings = load_settings(CONFIG / "example.yaml")
    assert settings.kafka.broker is None
    assert settings.metrics.host == "127.0.0.1"
    assert {s.type for s in settings.sinks} == {"jsonl", "stdout"}
    # Relative paths land in the repository's git-ignored var/.
    assert settings.state.path.resolve().parent == ROOT / "var"


def test_docker_config_listens_for_prometheus(clean_env: pytest.MonkeyPatch) -> None:
    settings = load_settings(CONFIG / "docker.yaml")
    assert settings.kafka.broker == "kafka://kafka:9092"
    assert settings.metrics.host == "0.0.0.0"
    assert settings.kafka.web_host == "0.0.0.0"


def test_webhook_sink_from_the_environment(clean_env: pytest.MonkeyPatch) -> None:
    """The route example.yaml documents for the webhook URL (a secret) works."""
    url = "https://hooks.example.org/T0/secret-token"
    sinks = [{"type": "jsonl", "path": "var/alerts.jsonl"}, {"type": "webhook", "url": url}]
    clean_env.setenv(ENV_PREFIX + "SINKS", json.dumps(sinks))
    settings = load_settings(CONFIG / "example.yaml")
    webhooks = [s for s in settings.sinks if isinstance(s, WebhookSink)]
    assert len(webhooks) == 1
    assert webhooks[0].url.get_secret_value() == url
    assert "secret-token" not in repr(settings)
