"""The typed error tree. ``retriable`` says whether trying again may succeed."""

from __future__ import annotations


class MonitorError(Exception):
    """Base of every error the service raises on purpose."""

    retriable: bool = False


class ConfigError(MonitorError):
    """Settings are missing or invalid: the service cannot start."""


class StateError(MonitorError):
    """The state store cannot be opened or read."""


class BadInput(MonitorError):
    """An input item or feed is unusable; it is counted, logged once and skipped.

    ``reason`` is a short, bounded label (used as a metric label), ``detail`` the
    human explanation.
    """

    def __init__(self, reason: str, detail: str, source: str = "") -> None:
        super().__init__(f"{reason}: {detail}" + (f" ({source})" if source else ""))
        self.reason = reason
        self.detail = detail
        self.source = source


class FetchError(MonitorError):
    """A feed could not be fetched; the poller backs off and retries."""

    retriable = True


class DeliveryError(MonitorError):
    """A sink failed to deliver an alert."""

    def __init__(self, message: str, *, retriable: bool = True) -> None:
        super().__init__(message)
        self.retriable = retriable
