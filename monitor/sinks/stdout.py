"""Alerts on a text stream: one JSON line each (the Alert record), or a readable line."""

from __future__ import annotations

from typing import Literal, TextIO

from monitor.errors import DeliveryError
from monitor.records import Alert, dumps
from monitor.render import alert_changes, change_text, claims_text, event_text, figures_text

__all__ = ["StdoutAlertSink", "format_alert_text"]


def format_alert_text(alert: Alert) -> str:
    """One readable line: kind, event type and place, date, killed/wounded, claims, change(s)."""
    inc = alert.incident
    changes = "; ".join(change_text(c) for c in alert_changes(alert))
    line = (
        f"[{alert.kind}] {event_text(inc)} on {inc.event_date or 'unknown date'}"
        f" | {figures_text(inc)} | claims: {claims_text(inc)} | {changes}"
    )
    if alert.joined:
        line += f" | now one incident with {', '.join(alert.joined)}"
    return " ".join(line.split())  # feed-derived text never breaks the one-line format


class StdoutAlertSink:
    """Writes each alert to ``stream`` and flushes. ``format="json"`` is the CLI contract."""

    name = "stdout"

    def __init__(self, stream: TextIO, format: Literal["json", "text"] = "json") -> None:
        self.stream = stream
        self.format = format

    async def start(self) -> None:
        return None

    async def send(self, alert: Alert) -> None:
        line = dumps(alert) if self.format == "json" else format_alert_text(alert)
        try:
            self.stream.write(line + "\n")
            self.stream.flush()
        except (OSError, ValueError) as exc:  # closed stream or broken pipe: retrying won't help
            raise DeliveryError(f"stdout: {type(exc).__name__}", retriable=False) from None

    async def stop(self) -> None:
        try:
            self.stream.flush()
        except (OSError, ValueError):
            pass
