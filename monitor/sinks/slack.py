"""Alerts as Slack incoming-webhook messages (text plus blocks).

Everything that comes from a feed is escaped (``&``, ``<``, ``>``) so a headline
carrying ``<!channel>`` or a ``<url|label>`` link renders as text and pings nobody.
"""

from __future__ import annotations

import json
from typing import Any

from monitor.records import Alert
from monitor.sinks.stdout import format_alert_text
from monitor.sinks.webhook import HttpPostSink

__all__ = ["SlackAlertSink", "escape_slack", "slack_payload"]

_TITLES = {
    "new_incident": "New incident",
    "casualties_changed": "Casualties changed",
    "new_claim": "New claim",
}
_MAX_SECTION = 2900  # Slack's limit for a section's text is 3000 characters


def escape_slack(text: object) -> str:
    """Slack's control characters escaped, as its message formatting requires."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int = _MAX_SECTION) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def slack_payload(alert: Alert) -> dict[str, Any]:
    """The incoming-webhook JSON for ``alert``."""
    inc = alert.incident
    loc = inc.location
    place = ", ".join(p for p in (loc.name, loc.admin1, loc.country_code) if p) or "unknown place"
    title = f"{_TITLES.get(alert.kind, alert.kind)}: {inc.event_type.replace('_', ' ')} in {place}"
    ch = alert.change
    change = f"*{escape_slack(ch.field)}*: " + (
        f"{escape_slack(ch.old)} → {escape_slack(ch.new)}" if ch.old is not None else escape_slack(ch.new)
    )
    if ch.outlet:
        change += f" ({escape_slack(ch.outlet)})"
    if alert.joined:
        change += f"\nNow one incident with {escape_slack(', '.join(alert.joined))} (the same event)"
    fields = [
        {"type": "mrkdwn", "text": f"*Date*\n{escape_slack(inc.event_date or 'unknown')}"},
        {"type": "mrkdwn", "text": f"*Killed / wounded*\n{escape_slack(_figures(alert))}"},
        {"type": "mrkdwn", "text": f"*Claims*\n{escape_slack(_claims(alert))}"},
        {"type": "mrkdwn", "text": f"*Sources*\n{len(inc.sources)}"},
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": _cut(f"*{escape_slack(title)}*")}},
        {"type": "section", "fields": [{**f, "text": _cut(f["text"], 1900)} for f in fields]},
        {"type": "section", "text": {"type": "mrkdwn", "text": _cut(change)}},
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": f"alert {escape_slack(alert.alert_id)}"}],
        },
    ]
    return {"text": _cut(escape_slack(format_alert_text(alert))), "blocks": blocks}


def _figures(alert: Alert) -> str:
    line = format_alert_text(alert)
    # reuse the readable formatter's "killed X, wounded Y" part
    for part in line.split(" | "):
        if part.startswith("killed "):
            return part
    return "unknown"


def _claims(alert: Alert) -> str:
    return "; ".join(f"{c.actor} {c.stance}" for c in alert.incident.claims) or "none"


class SlackAlertSink(HttpPostSink):
    """Posts to a Slack incoming webhook; same retry semantics as the webhook sink."""

    name = "slack"

    def payload(self, alert: Alert) -> bytes:
        return json.dumps(slack_payload(alert), ensure_ascii=False).encode("utf-8")
