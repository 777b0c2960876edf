"""Retry as a policy object: attempts, exponential backoff with cap and jitter.

Sleep and randomness are injected so tests never wait for real.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

__all__ = ["RetryPolicy", "parse_retry_after"]

Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to wait between delivery attempts.

    Attempt ``n`` (1-based) that failed retriably is followed by a wait of
    ``min(max_delay, base_delay * multiplier**(n-1))``, reduced by up to ``jitter``
    (a fraction) at random; a receiver's ``Retry-After`` replaces that computed wait,
    capped at ``max_retry_after``. ``max_attempts`` counts the first try.
    """

    max_attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    multiplier: float = 2.0
    jitter: float = 0.5
    max_retry_after: float = 300.0
    sleep: Sleep = asyncio.sleep
    rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter must be within [0, 1]")
        if self.base_delay < 0 or self.max_delay < 0 or self.multiplier < 1:
            raise ValueError("delays must be >= 0 and multiplier >= 1")

    def delay_for(self, attempt: int, retry_after: float | None = None) -> float:
        """The wait after failed attempt number ``attempt`` (1-based)."""
        if retry_after is not None:
            return min(max(0.0, retry_after), self.max_retry_after)
        exp = min(attempt - 1, 64)  # bounded so the power never overflows
        raw = min(self.max_delay, self.base_delay * self.multiplier**exp)
        return raw * (1.0 - self.jitter * self.rng.random())

    def with_attempts(self, max_attempts: int) -> RetryPolicy:
        """The same policy with another attempt budget."""
        return RetryPolicy(
            max_attempts=max_attempts,
            base_delay=self.base_delay,
            max_delay=self.max_delay,
            multiplier=self.multiplier,
            jitter=self.jitter,
            max_retry_after=self.max_retry_after,
            sleep=self.sleep,
            rng=self.rng,
        )


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date); None if absent or bad."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now())
