"""The sink port: where alerts go. One module per sink implements it."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from monitor.errors import DeliveryError
from monitor.records import Alert

__all__ = ["AlertSink", "DedupingSink", "ThrottledError"]


@runtime_checkable
class AlertSink(Protocol):
    """Delivers alerts somewhere.

    ``name`` is a bounded metric label (the sink type). ``start`` acquires resources
    (sessions, files) and ``stop`` releases them; both are called once by the owner.
    ``send`` either delivers the alert or raises ``DeliveryError`` whose ``retriable``
    says whether the same call may succeed later. It never raises anything else for a
    delivery problem, and never puts secrets (URLs, tokens) in the error message.
    """

    name: str

    async def start(self) -> None: ...

    async def send(self, alert: Alert) -> None: ...

    async def stop(self) -> None: ...


@runtime_checkable
class DedupingSink(Protocol):
    """A sink that knows which alert ids it already holds (``deliver`` skips those)."""

    def already_delivered(self, alert_id: str) -> bool: ...


class ThrottledError(DeliveryError):
    """The receiver asked us to slow down (HTTP 429); ``retry_after`` is in seconds if given."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message, retriable=True)
        self.retry_after = retry_after
