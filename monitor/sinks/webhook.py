"""Alerts POSTed as JSON to a webhook URL (a secret: it never reaches logs or errors)."""

from __future__ import annotations

from collections.abc import Callable

import aiohttp
from pydantic import SecretStr

from monitor.errors import DeliveryError
from monitor.records import Alert, dumps
from monitor.sinks.base import ThrottledError
from monitor.sinks.retry import parse_retry_after

__all__ = ["HttpPostSink", "WebhookAlertSink"]

SessionFactory = Callable[[], aiohttp.ClientSession]


class HttpPostSink:
    """The HTTP part shared by webhook and Slack sinks.

    One ``ClientSession`` is created at ``start`` and closed at ``stop``. 2xx is success;
    429 raises ``ThrottledError`` (with ``Retry-After``); 408, 5xx, timeouts and
    connection errors are retriable; any other status is not. Error messages carry the
    sink name and the status or error type, never the URL.
    """

    name = "http"

    def __init__(
        self,
        url: SecretStr | str,
        *,
        timeout_seconds: float = 10.0,
        max_attempts: int | None = None,
        session_factory: SessionFactory | None = None,
    ) -> None:
        self._url = url if isinstance(url, SecretStr) else SecretStr(url)
        self.timeout_seconds = timeout_seconds
        self.max_attempts = max_attempts
        self._session_factory = session_factory
        self._session: aiohttp.ClientSession | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self._url!r})"  # SecretStr repr is masked

    async def start(self) -> None:
        if self._session is None:
            factory = self._session_factory or (
                lambda: aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout_seconds))
            )
            self._session = factory()

    async def stop(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def payload(self, alert: Alert) -> bytes:
        return dumps(alert).encode("utf-8")

    def headers(self, alert: Alert) -> dict[str, str]:
        return {"Content-Type": "application/json"}

    async def send(self, alert: Alert) -> None:
        if self._session is None:
            raise DeliveryError(f"{self.name}: sink not started", retriable=False)
        try:
            async with self._session.post(
                self._url.get_secret_value(),
                data=self.payload(alert),
                headers=self.headers(alert),
                timeout=aiohttp.ClientTimeout(total=self.timeout_seconds),
                allow_redirects=False,
            ) as resp:
                status = resp.status
                retry_after = resp.headers.get("Retry-After")
                await resp.read()  # drain so the connection can be reused
        except TimeoutError:
            raise DeliveryError(f"{self.name}: timed out", retriable=True) from None
        except aiohttp.InvalidURL:
            raise DeliveryError(f"{self.name}: invalid URL", retriable=False) from None
        except aiohttp.ClientError as exc:
            # str(exc) may contain the URL: only the type is reported.
            raise DeliveryError(f"{self.name}: {type(exc).__name__}", retriable=True) from None
        self.check_status(status, retry_after)

    def check_status(self, status: int, retry_after: str | None) -> None:
        if 200 <= status < 300:
            return
        if status == 429:
            raise ThrottledError(f"{self.name}: HTTP 429", retry_after=parse_retry_after(retry_after))
        retriable = status >= 500 or status == 408
        raise DeliveryError(f"{self.name}: HTTP {status}", retriable=retriable)


class WebhookAlertSink(HttpPostSink):
    """POSTs the Alert record as JSON with ``Idempotency-Key: <alert_id>``."""

    name = "webhook"

    def headers(self, alert: Alert) -> dict[str, str]:
        return {"Content-Type": "application/json", "Idempotency-Key": alert.alert_id}
