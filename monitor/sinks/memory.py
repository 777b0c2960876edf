"""An in-memory sink for tests and dry runs, with scripted failures."""

from __future__ import annotations

from collections.abc import Iterable

from monitor.errors import DeliveryError
from monitor.records import Alert

__all__ = ["ListSink"]


class ListSink:
    """Keeps every delivered alert in ``alerts``.

    ``failures`` are raised, one per ``send``, before any alert is accepted: e.g.
    ``[DeliveryError("x"), DeliveryError("y", retriable=False)]``.
    """

    def __init__(self, name: str = "list", failures: Iterable[DeliveryError] = ()) -> None:
        self.name = name
        self.alerts: list[Alert] = []
        self.attempts = 0
        self.started = False
        self.stopped = False
        self._failures = list(failures)

    async def start(self) -> None:
        self.started = True

    async def send(self, alert: Alert) -> None:
        self.attempts += 1
        if self._failures:
            raise self._failures.pop(0)
        self.alerts.append(alert)

    async def stop(self) -> None:
        self.stopped = True
