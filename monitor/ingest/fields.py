"""Field-level rules shared by every input format: ids, dates, text cleaning, limits.

Pure: no I/O, no asyncio.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from monitor.ingest.html import CONTROL, html_to_text, looks_like_html
from monitor.records import stable_id

__all__ = [
    "BAD_INPUT_REASONS",
    "DEFAULT_MAX_FEED_BYTES",
    "DEFAULT_MAX_ITEM_BYTES",
    "SNIFF_BYTES",
    "canonical_url",
    "clean",
    "is_binary",
    "item_id_for",
    "item_version",
    "updated_item_id",
    "MAX_ITEM_VERSIONS",
    "language_of",
    "normalize_published",
    "one_line",
    "plain",
    "struct_to_iso",
]

DEFAULT_MAX_ITEM_BYTES = 2_000_000
#: Local files may be larger than what the poller accepts over HTTP; the parse of one
#: document is bounded by this (feedparser holds the whole document in memory).
DEFAULT_MAX_FEED_BYTES = 100_000_000

BAD_INPUT_REASONS: tuple[str, ...] = (
    "empty",
    "binary",
    "invalid_json",
    "not_an_object",
    "invalid_item",
    "no_text",
    "too_large",
    "not_a_feed",
    "unreadable",
)

#: How many leading bytes decide whether an input is binary.
SNIFF_BYTES = 8192
_BOMS_WITH_NUL = (b"\xff\xfe", b"\xfe\xff")

# --- identity -----------------------------------------------------------------------------


def canonical_url(url: str | None) -> str | None:
    """The canonical form of an http(s) URL, or None when ``url`` is not one.

    Lowercases scheme and host, drops default ports, the fragment and ``utm_*`` query
    parameters, and strips a trailing slash from the path.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}{':' + parts.password if parts.password else ''}@{host}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith("utm_")
        ]
    )
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, host, path, query, ""))


def item_id_for(url: str | None, guid: str | None, text: str | None) -> str:
    """The stable item id: hash of the canonical URL, else of the GUID, else of the text.

    The same article read from RSS and from JSONL gets the same id when the URLs agree
    (up to case, fragment, ``utm_*`` and a trailing slash).
    """
    canon = canonical_url(url)
    if canon is not None:
        return stable_id("url", canon)
    if guid and guid.strip():
        return stable_id("guid", guid.strip())
    return stable_id("text", (text or "").strip())


#: How many versions of one item (one URL) are read at most: a page whose text changes at
#: every fetch (a live counter, a rotating teaser) must not add a report each time.
MAX_ITEM_VERSIONS = 8


def item_version(title: str, text: str) -> str:
    """The id of an item's content: an outlet that updates its story at the same URL
    ("killing five" at 10:00, "killing 12" at 15:00) publishes a new version of one item."""
    return stable_id("version", title, text)


def updated_item_id(item_id: str, version: str) -> str:
    """The item id a later version of an item is read under: its reports are new reports
    (of the same outlet), not duplicates of the first version's."""
    return stable_id(item_id, version)


# --- field normalisation ------------------------------------------------------------------


def clean(s: str) -> str:
    """Valid UTF-8 without control or in-word invisible characters (lone surrogates from
    JSON become "?")."""
    s = s.encode("utf-8", "replace").decode("utf-8")
    return CONTROL.sub("", s.replace("\r\n", "\n").replace("\r", "\n"))


def plain(s: str) -> str:
    s = clean(s)
    return html_to_text(s) if looks_like_html(s) else s.strip()


def one_line(s: str) -> str:
    return " ".join(plain(s).split())


def _iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    dt = dt.astimezone(UTC)
    return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}Z"


def normalize_published(value: object) -> str | None:
    """``YYYY-MM-DDTHH:MM:SSZ`` in UTC, or None when ``value`` is not a usable date.

    Accepts ISO 8601 (a date alone is midnight UTC; no offset means UTC), RFC 822 dates
    as RSS uses them, and Unix timestamps.
    """
    if isinstance(value, bool) or value is None:
        return None
    try:
        if isinstance(value, int | float):
            return _iso(datetime.fromtimestamp(float(value), tz=UTC))
        if not isinstance(value, str) or not value.strip():
            return None
        text = value.strip()
        try:
            return _iso(datetime.fromisoformat(text))
        except ValueError:
            pass
        return _iso(parsedate_to_datetime(text))
    except (ValueError, TypeError, OverflowError, OSError, IndexError):
        return None


def struct_to_iso(value: Any) -> str | None:
    """feedparser's ``*_parsed`` fields are UTC ``time.struct_time``."""
    try:
        return _iso(datetime.fromtimestamp(calendar.timegm(value), tz=UTC))
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None


def language_of(value: object) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip().split("-")[0].split("_")[0].lower()[:8] or "en"
    return "en"


def is_binary(head: bytes) -> bool:
    """NUL bytes near the start (and no UTF-16 byte-order mark) mean binary data."""
    sample = head[:SNIFF_BYTES]
    return b"\x00" in sample and not sample.startswith(_BOMS_WITH_NUL)
