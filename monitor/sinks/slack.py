"""Alerts as Slack incoming-webhook messages (text plus blocks).

Everything that comes from a feed is escaped (``&``, ``<``, ``>``) so a headline
carrying ``<!channel>`` or a ``<url|label>`` link renders as text and pings nobody.
"""

from __future__ import annotations

import json
from typing import Any

from monitor.records import Alert, Change
from monitor.render import alert_changes, change_text, claims_text, event_text, figures_text
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
    title = f"{_TITLES.get(alert.kind, alert.kind)}: {event_text(inc)}"
    change = "\n".join(_change(c) for c in alert_changes(alert))
    if alert.joined:
        change += f"\nNow one incident with {escape_slack(', '.join(alert.joined))} (the same event)"
    fields = [
        {"type": "mrkdwn", "text": f"*Date*\n{escape_slack(inc.event_date or 'unknown')}"},
        {"type": "mrkdwn", "text": f"*Killed / wounded*\n{escape_slack(figures_text(inc))}"},
        {"type": "mrkdwn", "text": f"*Claims*\n{escape_slack(claims_text(inc))}"},
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


def _change(change: Change) -> str:
    """One change on its own line, its field in bold: ``*killed*: 7 → 12 (AP)``."""
    field, _, rest = change_text(change, arrow="→").partition(": ")
    return f"*{escape_slack(field)}*: {escape_slack(rest)}"


class SlackAlertSink(HttpPostSink):
    """Posts to a Slack incoming webhook; same retry semantics as the webhook sink."""

    name = "slack"

    def payload(self, alert: Alert) -> bytes:
        return json.dumps(slack_payload(alert), ensure_ascii=False).encode("utf-8")
