"""Polling of the configured feeds: local files and http(s) URLs, with backoff and dedup.

The only async module of ``monitor.ingest``. Parsing and file reads run in a worker
thread so a large feed never stalls the event loop. Time comes from an injected
monotonic ``clock``: the poller never sleeps; the caller waits ``next_due_in()``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import aiohttp

from monitor.config import FeedConfig, IngestConfig
from monitor.errors import BadInput, FetchError
from monitor.ingest.fields import MAX_ITEM_VERSIONS, item_version, updated_item_id
from monitor.ingest.parse import JSONL_SUFFIXES, parse_bytes, read_input
from monitor.metrics import Metrics
from monitor.records import FeedItem, stable_id

__all__ = ["FeedPoller", "SessionFactory", "feed_label"]

log = logging.getLogger(__name__)

SessionFactory = Callable[[], aiohttp.ClientSession]

_USER_AGENT = "incident-monitor/0.1 (+feed poller)"
_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


def feed_label(url: str) -> str:
    """A loggable name for a feed: no credentials, query string or fragment (they may hold tokens)."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{host}{port}{parts.path}"
    return url


def _is_http(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def _local_path(url: str) -> Path:
    if url.lower().startswith("file://"):
        return Path(unquote(urlsplit(url).path))
    return Path(url)


@dataclass(slots=True)
class _FeedState:
    config: FeedConfig
    interval: float
    next_at: float
    failures: int = 0
    etag: str | None = None
    last_modified: str | None = None
    signature: tuple[int, int] | None = None  # (mtime_ns, size) of a local file


class _LRUSet:
    """A set of at most ``capacity`` keys; the least recently seen are forgotten first."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._keys: OrderedDict[str, None] = OrderedDict()

    def add(self, key: str) -> bool:
        """Add ``key``; True when it was not present."""
        if key in self._keys:
            self._keys.move_to_end(key)
            return False
        self._keys[key] = None
        if len(self._keys) > self.capacity:
            self._keys.popitem(last=False)
        return True

    def __len__(self) -> int:
        return len(self._keys)


class _Versions:
    """The versions of at most ``capacity`` items (see :func:`item_version`), the least
    recently seen items forgotten first."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, set[str]] = OrderedDict()

    def emit(self, item: FeedItem) -> FeedItem | None:
        """The item to emit: the item itself the first time, a later version under its own
        id (:func:`updated_item_id`), None for a version seen before or one too many."""
        version = item_version(item.title, item.text)
        known = self._items.get(item.item_id)
        if known is None:
            self._items[item.item_id] = {version}
            if len(self._items) > self.capacity:
                self._items.popitem(last=False)
            return item
        self._items.move_to_end(item.item_id)
        if version in known or len(known) >= MAX_ITEM_VERSIONS:
            return None
        known.add(version)
        return dataclasses.replace(item, item_id=updated_item_id(item.item_id, version))

    def __len__(self) -> int:
        return len(self._items)


class FeedPoller:
    """Fetches the configured feeds when due and returns the items not emitted before.

    - Local paths (or ``file://``) are re-read only when their mtime or size changed.
    - http(s) feeds send ``If-None-Match``/``If-Modified-Since``; 304 is ``not_modified``.
    - A failed fetch (HTTP >= 400, timeout, connection error, missing file, feed over
      ``max_feed_bytes``) is counted ``feed_fetch_total{outcome="error"}``, logged, and the
      feed's next attempt backs off: ``min(max_backoff, interval * 2**failures)`` times a
      jitter factor in [0.5, 1], never sooner than the interval (or the cap if smaller).
    - Bad inputs are counted in ``bad_input_total{reason}`` and logged once each.
    - Item ids already emitted by this poller are skipped (an LRU of ``dedup_capacity``
      ids) unless the item's title or text changed (an outlet updating its story at the
      same URL): that version is emitted under its own id (at most ``MAX_ITEM_VERSIONS``
      per item); durable dedup across restarts is the state store's job.

    ``poll_due`` never raises for feed or network problems.
    """

    def __init__(
        self,
        feeds: Sequence[FeedConfig],
        ingest: IngestConfig,
        metrics: Metrics,
        clock: Callable[[], float] = time.monotonic,
        session_factory: SessionFactory | None = None,
        *,
        wall_clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        dedup_capacity: int = 100_000,
    ) -> None:
        self.ingest = ingest
        self.metrics = metrics
        self._clock = clock
        self._wall_clock = wall_clock
        self._rng = rng or random.Random()
        self._session_factory = session_factory
        self._session: aiohttp.ClientSession | None = None
        now = clock()
        self._feeds = [
            _FeedState(f, f.interval_seconds or ingest.poll_interval_seconds, next_at=now) for f in feeds
        ]
        self._emitted = _Versions(dedup_capacity)
        self._bad_logged = _LRUSet(10_000)

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """Open the HTTP session (when any feed is a URL) and make every feed due now."""
        if self._session is None and any(_is_http(s.config.url) for s in self._feeds):
            factory = self._session_factory or self._default_session
            self._session = factory()
        now = self._clock()
        for state in self._feeds:
            state.next_at = now

    async def stop(self) -> None:
        """Close the HTTP session. Idempotent."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def _default_session(self) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.ingest.request_timeout_seconds),
            headers={"User-Agent": _USER_AGENT},
        )

    # --- scheduling -----------------------------------------------------------------------

    def next_due_in(self) -> float:
        """Seconds until the next feed is due (0 when one is due now; inf with no feeds)."""
        if not self._feeds:
            return float("inf")
        return max(0.0, min(s.next_at for s in self._feeds) - self._clock())

    async def poll_due(self) -> list[FeedItem]:
        """Poll every feed that is due, concurrently; return their new items in feed order."""
        now = self._clock()
        due = [s for s in self._feeds if s.next_at <= now]
        if not due:
            return []
        results = await asyncio.gather(*(self._poll_one(s) for s in due))
        items: list[FeedItem] = []
        for batch in results:
            for entry in batch:
                if isinstance(entry, BadInput):
                    self._report_bad(entry)
                elif (emitted := self._emitted.emit(entry)) is not None:
                    items.append(emitted)
        return items

    def _schedule_ok(self, state: _FeedState) -> None:
        state.failures = 0
        state.next_at = self._clock() + state.interval

    def _schedule_error(self, state: _FeedState) -> float:
        state.failures += 1
        cap = self.ingest.max_backoff_seconds
        base = min(cap, state.interval * float(2**state.failures))
        delay = max(min(state.interval, cap), base * self._rng.uniform(0.5, 1.0))
        state.next_at = self._clock() + delay
        return delay

    # --- fetching -------------------------------------------------------------------------

    async def _poll_one(self, state: _FeedState) -> list[FeedItem | BadInput]:
        url = state.config.url
        try:
            if _is_http(url):
                entries = await self._fetch_http(state)
            else:
                entries = await self._read_local(state)
        except (FetchError, aiohttp.ClientError, TimeoutError, OSError) as exc:
            self.metrics.feed_fetch_total.labels(outcome="error").inc()
            delay = self._schedule_error(state)
            log.warning(
                "feed %s: fetch failed (%s); attempt %d, next try in %.0fs",
                feed_label(url),
                _describe(exc),
                state.failures,
                delay,
            )
            return []
        if entries is None:
            self.metrics.feed_fetch_total.labels(outcome="not_modified").inc()
        else:
            self.metrics.feed_fetch_total.labels(outcome="ok").inc()
        self._schedule_ok(state)
        return entries or []

    def _fetched_at(self) -> str:
        return datetime.fromtimestamp(self._wall_clock(), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    async def _read_local(self, state: _FeedState) -> list[FeedItem | BadInput] | None:
        path = _local_path(state.config.url)
        st = await asyncio.to_thread(path.stat)  # raises OSError when missing: a fetch error
        signature = (st.st_mtime_ns, st.st_size)
        if signature == state.signature:
            return None
        # JSON lines are streamed line by line; whole documents are held in memory.
        if st.st_size > self.ingest.max_feed_bytes and path.suffix.lower() not in JSONL_SUFFIXES:
            raise FetchError(f"file is {st.st_size} bytes, limit {self.ingest.max_feed_bytes}")
        fetched_at = self._fetched_at()

        def read() -> list[FeedItem | BadInput]:
            return list(
                read_input(
                    path,
                    self.ingest.max_item_bytes,
                    outlet=state.config.outlet,
                    fetched_at=fetched_at,
                    max_feed_bytes=self.ingest.max_feed_bytes,
                )
            )

        entries = await asyncio.to_thread(read)
        state.signature = signature
        return entries

    async def _fetch_http(self, state: _FeedState) -> list[FeedItem | BadInput] | None:
        if self._session is None:
            raise FetchError("poller not started")
        headers = {"Accept": _ACCEPT}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        limit = self.ingest.max_feed_bytes
        timeout = aiohttp.ClientTimeout(total=self.ingest.request_timeout_seconds)
        async with self._session.get(state.config.url, headers=headers, timeout=timeout) as resp:
            if resp.status == 304:
                return None
            if resp.status >= 400 or resp.status < 200:
                raise FetchError(f"HTTP {resp.status}")
            if resp.content_length is not None and resp.content_length > limit:
                raise FetchError(f"feed is {resp.content_length} bytes, limit {limit}")
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.content.iter_chunked(1 << 16):
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"feed is over the limit of {limit} bytes")
                chunks.append(chunk)
            etag = resp.headers.get("ETag")
            last_modified = resp.headers.get("Last-Modified")
        data = b"".join(chunks)
        name = feed_label(state.config.url)
        fetched_at = self._fetched_at()
        entries = await asyncio.to_thread(
            parse_bytes,
            data,
            name,
            outlet=state.config.outlet,
            fetched_at=fetched_at,
            max_item_bytes=self.ingest.max_item_bytes,
        )
        # Validators are kept only once the body was read and parsed.
        state.etag = etag
        state.last_modified = last_modified
        return entries

    # --- bad input ------------------------------------------------------------------------

    def _report_bad(self, bad: BadInput) -> None:
        """Count and log a bad input the first time it is seen (a feed re-fetched with the
        same broken entry is reported once)."""
        if not self._bad_logged.add(stable_id(bad.reason, bad.source, bad.detail)):
            return
        self.metrics.bad_input_total.labels(reason=bad.reason).inc()
        log.warning("bad input skipped: %s: %s (%s)", bad.reason, bad.detail, bad.source)

    @property
    def emitted_count(self) -> int:
        """How many item ids the in-memory dedup currently remembers."""
        return len(self._emitted)


def _describe(exc: BaseException) -> str:
    """A short reason that never includes the URL (aiohttp errors may embed it)."""
    if isinstance(exc, FetchError):
        return str(exc)
    if isinstance(exc, TimeoutError):
        return "timeout"
    if isinstance(exc, aiohttp.ClientResponseError):
        return f"HTTP {exc.status}"
    if isinstance(exc, OSError) and not isinstance(exc, aiohttp.ClientError):
        return exc.strerror or type(exc).__name__
    return type(exc).__name__
