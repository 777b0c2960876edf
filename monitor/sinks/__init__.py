"""Alert sinks behind one Protocol, their construction from settings, and delivery with retries."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TextIO

import aiohttp

from monitor.config import JsonlSink, Settings, SlackSink, StdoutSink, WebhookSink
from monitor.errors import DeliveryError
from monitor.metrics import Metrics
from monitor.records import Alert
from monitor.sinks.base import AlertSink, DedupingSink, ThrottledError
from monitor.sinks.dlq import DeadLetterWriter
from monitor.sinks.jsonl import JsonlAlertSink
from monitor.sinks.memory import ListSink
from monitor.sinks.retry import RetryPolicy, parse_retry_after
from monitor.sinks.slack import SlackAlertSink, escape_slack, slack_payload
from monitor.sinks.stdout import StdoutAlertSink, format_alert_text
from monitor.sinks.webhook import WebhookAlertSink

__all__ = [
    "AlertSink",
    "DeadLetterWriter",
    "DedupingSink",
    "JsonlAlertSink",
    "ListSink",
    "RetryPolicy",
    "SlackAlertSink",
    "StdoutAlertSink",
    "ThrottledError",
    "WebhookAlertSink",
    "build_sinks",
    "deliver",
    "escape_slack",
    "format_alert_text",
    "parse_retry_after",
    "slack_payload",
]

log = logging.getLogger(__name__)


def build_sinks(
    settings: Settings,
    stream: TextIO = sys.stdout,
    *,
    session_factory: Callable[[], aiohttp.ClientSession] | None = None,
) -> list[AlertSink]:
    """One sink per ``settings.sinks`` entry, in order; none is started yet."""
    sinks: list[AlertSink] = []
    for cfg in settings.sinks:
        if isinstance(cfg, StdoutSink):
            sinks.append(StdoutAlertSink(stream, cfg.format))
        elif isinstance(cfg, JsonlSink):
            sinks.append(JsonlAlertSink(cfg.path))
        elif isinstance(cfg, WebhookSink):
            sinks.append(
                WebhookAlertSink(
                    cfg.url,
                    timeout_seconds=cfg.timeout_seconds,
                    max_attempts=cfg.max_attempts,
                    session_factory=session_factory,
                )
            )
        elif isinstance(cfg, SlackSink):
            sinks.append(
                SlackAlertSink(
                    cfg.webhook_url,
                    timeout_seconds=cfg.timeout_seconds,
                    max_attempts=cfg.max_attempts,
                    session_factory=session_factory,
                )
            )
    return sinks


def _attempts(sink: AlertSink, policy: RetryPolicy) -> int:
    own = getattr(sink, "max_attempts", None)
    return own if isinstance(own, int) and own >= 1 else policy.max_attempts


async def deliver(
    sink: AlertSink,
    alert: Alert,
    policy: RetryPolicy,
    metrics: Metrics,
    dlq: DeadLetterWriter | None = None,
) -> bool:
    """Send ``alert`` to ``sink`` under ``policy``; True once delivered (or already held).

    Counts ``deliveries_total{sink, outcome}``: ``ok``, ``duplicate`` (a deduping sink
    already holds it), ``retry`` per retried failure, ``failed`` once when a
    non-retriable error or the last attempt fails. Returns False in that last case: the
    caller writes the alert to the dead-letter file, or, given ``dlq``, it is written
    there with the reason (an OSError from that write propagates). Waits through ``policy.sleep``
    (honouring ``Retry-After`` on 429).
    """
    counter = metrics.deliveries_total
    if isinstance(sink, DedupingSink) and sink.already_delivered(alert.alert_id):
        counter.labels(sink=sink.name, outcome="duplicate").inc()
        return True
    attempts = _attempts(sink, policy)
    attempt = 0
    while True:
        attempt += 1
        try:
            await sink.send(alert)
        except DeliveryError as exc:
            if not exc.retriable or attempt >= attempts:
                counter.labels(sink=sink.name, outcome="failed").inc()
                log.error(
                    "alert %s: delivery to %s failed after %d attempt(s): %s",
                    alert.alert_id,
                    sink.name,
                    attempt,
                    exc,
                )
                if dlq is not None:
                    await dlq.write(alert, sink.name, f"{exc} (after {attempt} attempt(s))")
                return False
            retry_after = exc.retry_after if isinstance(exc, ThrottledError) else None
            delay = policy.delay_for(attempt, retry_after)
            counter.labels(sink=sink.name, outcome="retry").inc()
            log.warning(
                "alert %s: delivery to %s failed (%s); retry %d/%d in %.2fs",
                alert.alert_id,
                sink.name,
                exc,
                attempt,
                attempts - 1,
                delay,
            )
            await policy.sleep(delay)
            continue
        counter.labels(sink=sink.name, outcome="ok").inc()
        return True
