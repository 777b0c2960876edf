"""Every Prometheus metric of the service, on one injectable registry.

Names are in base units (``_seconds``, ``_total``); labels are bounded (stage, reason,
sink, kind, outcome: never URLs or incident ids). The Grafana dashboard queries only
names defined here (checked by a test).
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

PREFIX = "incident_monitor"


class Metrics:
    """The service's metrics, registered on ``registry`` (a fresh one by default)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        p = PREFIX
        self.items_total = Counter(
            f"{p}_items_total",
            "Feed items read, by outcome (new; updated: a changed version of an item read before;"
            " duplicate; too_many_versions).",
            ["outcome"],
            registry=r,
        )
        self.bad_input_total = Counter(
            f"{p}_bad_input_total",
            "Inputs skipped as unusable, by reason (bounded set).",
            ["reason"],
            registry=r,
        )
        self.feed_fetch_total = Counter(
            f"{p}_feed_fetch_total",
            "Feed fetches by outcome (ok, not_modified, error).",
            ["outcome"],
            registry=r,
        )
        self.reports_total = Counter(
            f"{p}_reports_total", "Incident reports extracted from items.", registry=r
        )
        self.incidents_total = Counter(
            f"{p}_incidents_total", "Incident changes by outcome (created, updated, unchanged).",
            ["outcome"], registry=r,
        )
        self.alerts_total = Counter(
            f"{p}_alerts_total", "Alerts raised, by kind.", ["kind"], registry=r
        )
        self.deliveries_total = Counter(
            f"{p}_deliveries_total",
            "Alert deliveries by sink type and outcome (ok, retry, failed, duplicate).",
            ["sink", "outcome"],
            registry=r,
        )
        self.stage_seconds = Histogram(
            f"{p}_stage_seconds",
            "Time spent per item in each stage (extract, correlate, notify).",
            ["stage"],
            buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
            registry=r,
        )
        self.alert_latency_seconds = Histogram(
            f"{p}_alert_latency_seconds",
            "From an item being read to its alert being delivered.",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
            registry=r,
        )
        self.open_incidents = Gauge(
            f"{p}_open_incidents", "Incidents in the open index.", registry=r
        )
        self.last_processed_timestamp_seconds = Gauge(
            f"{p}_last_processed_timestamp_seconds",
            "Unix time the last item finished processing (liveness).",
            registry=r,
        )
        self.pending_alerts = Gauge(
            f"{p}_pending_alerts", "Alerts recorded but not yet delivered to every sink.",
            registry=r,
        )
        self.partition_rewinds_total = Counter(
            f"{p}_partition_rewinds_total",
            "Kafka runtime: partitions rewound to re-read records faust dropped at a rebalance, "
            "by topic and reason (gap, stalled).",
            ["topic", "reason"],
            registry=r,
        )
        self.errors_total = Counter(
            f"{p}_errors_total", "Unexpected errors caught per stage.", ["stage"], registry=r
        )
