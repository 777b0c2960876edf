"""Alerts on a text stream: one JSON line each (the Alert record), or a readable line."""

from __future__ import annotations

from typing import Literal, TextIO

from monitor.errors import DeliveryError
from monitor.records import Alert, Toll, dumps

__all__ = ["StdoutAlertSink", "format_alert_text"]


def _toll(toll: Toll) -> str:
    if toll.value is None:
        return "?"
    prefix = {"at_least": "at least ", "about": "about ", "more_than": "more than ", "up_to": "up to "}
    return f"{prefix.get(toll.qualifier or 'exact', '')}{toll.value}"


def format_alert_text(alert: Alert) -> str:
    """One readable line: kind, event type and place, date, killed/wounded, claims, change."""
    inc = alert.incident
    loc = inc.location
    place = ", ".join(p for p in (loc.name, loc.admin1, loc.country_code) if p) or "unknown place"
    claims = "; ".join(f"{c.actor} {c.stance}" for c in inc.claims) or "none"
    ch = alert.change
    via = f" ({ch.outlet})" if ch.outlet else ""
    change = f"{ch.field}: {ch.old} -> {ch.new}{via}" if ch.old is not None else f"{ch.field}: {ch.new}{via}"
    line = (
        f"[{alert.kind}] {inc.event_type.replace('_', ' ')} in {place} on {inc.event_date or 'unknown date'}"
        f" | killed {_toll(inc.killed)}, wounded {_toll(inc.wounded)} | claims: {claims} | {change}"
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
