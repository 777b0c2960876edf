"""Feed items from JSONL lines, RSS/Atom documents and plain-text articles.

Pure apart from reading the file named to ``read_input``: no asyncio, no HTTP. Bad
content never raises out of ``parse_*``/``read_input``: it comes back as ``BadInput``
values (``reason`` is one of ``BAD_INPUT_REASONS``, a bounded metric label) next to
the items that were usable.
"""

from __future__ import annotations

import calendar
import io
import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser

from monitor.errors import BadInput
from monitor.ingest.html import html_to_text, looks_like_html
from monitor.records import FeedItem, stable_id

__all__ = [
    "BAD_INPUT_REASONS",
    "DEFAULT_MAX_FEED_BYTES",
    "DEFAULT_MAX_ITEM_BYTES",
    "canonical_url",
    "item_from_mapping",
    "item_id_for",
    "normalize_published",
    "parse_bytes",
    "parse_feed_bytes",
    "parse_jsonl_stream",
    "read_input",
    "read_text_article",
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

JSONL_SUFFIXES = frozenset({".jsonl", ".json", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
TEXT_SUFFIXES = frozenset({".txt"})

_SNIFF_BYTES = 8192
#: What feedparser was seen to raise on hostile input, and its close relatives.
_FEEDPARSER_FAILURES = (ValueError, OverflowError, TypeError, AttributeError, LookupError, AssertionError, RecursionError)
_BOMS_WITH_NUL = (b"\xff\xfe", b"\xfe\xff")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$", re.IGNORECASE)


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
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith("utm_")]
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


# --- field normalisation ------------------------------------------------------------------


def _clean(s: str) -> str:
    """Valid UTF-8 without control characters (lone surrogates from JSON become '?')."""
    s = s.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub("", s.replace("\r\n", "\n").replace("\r", "\n"))


def _plain(s: str) -> str:
    s = _clean(s)
    return html_to_text(s) if looks_like_html(s) else s.strip()


def _one_line(s: str) -> str:
    return " ".join(_plain(s).split())


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


def _struct_to_iso(value: Any) -> str | None:
    """feedparser's ``*_parsed`` fields are UTC ``time.struct_time``."""
    try:
        return _iso(datetime.fromtimestamp(calendar.timegm(value), tz=UTC))
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None


def _language(value: object) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip().split("-")[0].split("_")[0].lower()[:8] or "en"
    return "en"


# --- JSONL --------------------------------------------------------------------------------


def _str_field(obj: Mapping[str, Any], key: str, source: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise BadInput("invalid_item", f"field {key!r} must be a string, not {type(value).__name__}", source)


def _body_field(obj: Mapping[str, Any], source: str) -> tuple[str, bool]:
    """The article body and whether it is HTML (``summary``/``content`` are)."""
    text = _str_field(obj, "text", source)
    if text is not None and text.strip():
        return text, False
    for key in ("content", "summary", "description"):
        value = obj.get(key)
        if isinstance(value, list):  # feedparser-like [{"value": ...}] or [str]
            value = "\n".join(
                v.get("value", "") if isinstance(v, dict) else v for v in value if isinstance(v, dict | str)
            )
            if not isinstance(value, str):
                value = ""
        elif value is not None and not isinstance(value, str):
            raise BadInput("invalid_item", f"field {key!r} must be a string", source)
        if value and value.strip():
            return value, True
    return "", False


def item_from_mapping(
    obj: object,
    feed: str,
    fetched_at: str | None = None,
    *,
    outlet: str | None = None,
    max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES,
    source: str = "",
) -> FeedItem:
    """A FeedItem from one JSON object ``{"id","outlet","url","title","published","text"}``.

    ``summary``, ``content`` or ``description`` (HTML, stripped) stand in for ``text``.
    The item id follows ``item_id_for`` with the given ``id`` as the GUID fallback.
    ``outlet`` is used when the object names none. Raises BadInput (not_an_object,
    invalid_item, too_large, no_text).
    """
    source = source or feed
    if not isinstance(obj, Mapping):
        raise BadInput("not_an_object", f"expected a JSON object, got {type(obj).__name__}", source)
    body, is_html = _body_field(obj, source)
    size = len(body.encode("utf-8", "replace"))
    if size > max_item_bytes:
        raise BadInput("too_large", f"item text is {size} bytes, limit {max_item_bytes}", source)
    text = html_to_text(_clean(body)) if is_html or looks_like_html(body) else _clean(body).strip()
    if not text:
        raise BadInput("no_text", "item has no text, summary or content", source)
    url = _clean(_str_field(obj, "url", source) or _str_field(obj, "link", source) or "").strip()
    guid = _str_field(obj, "id", source) or _str_field(obj, "guid", source)
    title = _one_line(_str_field(obj, "title", source) or "")
    item_outlet = _one_line(_str_field(obj, "outlet", source) or "") or outlet or feed
    return FeedItem(
        item_id=item_id_for(url, guid, text),
        feed=feed,
        outlet=item_outlet,
        url=url,
        title=title,
        text=text,
        published=normalize_published(obj.get("published")),
        fetched_at=fetched_at,
        language=_language(obj.get("language")),
    )


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    skipped = 0
    while chunk := stream.readline(1 << 20):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def parse_jsonl_stream(
    stream: IO[bytes],
    feed: str,
    *,
    outlet: str | None = None,
    fetched_at: str | None = None,
    max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES,
    source: str | None = None,
) -> Iterator[FeedItem | BadInput]:
    """Items of a JSON-lines stream, one per non-blank line, in order.

    Memory stays bounded by ``max_item_bytes``: a longer line is skipped unread.
    Undecodable bytes become U+FFFD. Each bad line is one BadInput naming its number.
    """
    source = source or feed
    lineno = 0
    seen_content = False
    while raw := stream.readline(max_item_bytes + 1):
        lineno += 1
        where = f"{source}:{lineno}"
        if len(raw) > max_item_bytes and not raw.endswith(b"\n"):
            size = len(raw) + _skip_rest_of_line(stream)
            seen_content = True
            yield BadInput("too_large", f"line {lineno} is {size} bytes, limit {max_item_bytes}", where)
            continue
        line = raw.decode("utf-8", errors="replace")
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        seen_content = True
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadInput("invalid_json", f"line {lineno}: {exc.msg} at column {exc.colno}", where)
            continue
        except (ValueError, RecursionError) as exc:
            yield BadInput("invalid_json", f"line {lineno}: {type(exc).__name__}", where)
            continue
        try:
            yield item_from_mapping(
                obj, feed, fetched_at, outlet=outlet, max_item_bytes=max_item_bytes, source=where
            )
        except BadInput as bad:
            yield bad
    if not seen_content:
        yield BadInput("empty", "no items: the input is empty", source)


def _parse_json_document(
    data: bytes, feed: str, outlet: str | None, fetched_at: str | None, max_item_bytes: int, source: str
) -> list[FeedItem | BadInput] | None:
    """A ``.json`` file holding one array (or object) of items; None when it is JSON lines."""
    try:
        doc = json.loads(data.decode("utf-8", errors="replace").lstrip("\ufeff"))
    except (ValueError, RecursionError):
        return None
    objs = doc if isinstance(doc, list) else [doc]
    out: list[FeedItem | BadInput] = []
    for n, obj in enumerate(objs, 1):
        try:
            out.append(
                item_from_mapping(
                    obj, feed, fetched_at, outlet=outlet, max_item_bytes=max_item_bytes, source=f"{source}[{n}]"
                )
            )
        except BadInput as bad:
            out.append(bad)
    if not objs:
        out.append(BadInput("empty", "no items: the JSON array is empty", source))
    return out


# --- RSS / Atom ---------------------------------------------------------------------------


def _entry_body(entry: Mapping[str, Any]) -> str:
    """The longest of an entry's content values and its summary (feedparser keys)."""
    candidates: list[str] = []
    for content in entry.get("content") or ():
        if isinstance(content, Mapping) and isinstance(content.get("value"), str):
            candidates.append(content["value"])
    summary = entry.get("summary")
    if isinstance(summary, str):
        candidates.append(summary)
    return max(candidates, key=len, default="")


def parse_feed_bytes(
    data: bytes,
    feed: str,
    outlet: str | None = None,
    max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES,
    *,
    fetched_at: str | None = None,
) -> tuple[list[FeedItem], list[BadInput]]:
    """Items of an RSS or Atom document, and the entries (or document) that were unusable.

    Entries of a ``bozo`` (ill-formed) feed are kept. A document with no entries that
    is not a feed at all is one BadInput ``not_a_feed``; an empty one ``empty``. The
    outlet is ``outlet``, else the feed's title, else ``feed``.
    """
    if not data.strip():
        return [], [BadInput("empty", "the feed document is empty", feed)]
    if _is_binary(data):
        return [], [BadInput("binary", "the feed document is binary data", feed)]
    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    except _FEEDPARSER_FAILURES as exc:
        # feedparser raises on some hostile documents (e.g. OverflowError for &#xFFFFFFFF;).
        return [], [BadInput("not_a_feed", f"the feed parser failed: {type(exc).__name__}", feed)]
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            exc = parsed.get("bozo_exception")
            why = f": {type(exc).__name__}" if exc is not None else ""
            return [], [BadInput("not_a_feed", f"not an RSS or Atom document{why}", feed)]
        return [], []
    meta = parsed.get("feed") or {}
    feed_title = _one_line(meta.get("title") or "") if isinstance(meta.get("title"), str) else ""
    item_outlet = outlet or feed_title or feed
    language = _language(meta.get("language"))
    items: list[FeedItem] = []
    bad: list[BadInput] = []
    for n, entry in enumerate(entries, 1):
        where = f"{feed}#{n}"
        body = _entry_body(entry)
        size = len(body.encode("utf-8", "replace"))
        if size > max_item_bytes:
            bad.append(BadInput("too_large", f"entry {n} is {size} bytes, limit {max_item_bytes}", where))
            continue
        text = html_to_text(_clean(body))
        if not text:
            bad.append(BadInput("no_text", f"entry {n} has no summary or content", where))
            continue
        url = entry.get("link") if isinstance(entry.get("link"), str) else ""
        guid = entry.get("id") if isinstance(entry.get("id"), str) else None
        title = entry.get("title") if isinstance(entry.get("title"), str) else ""
        published = _struct_to_iso(entry.get("published_parsed")) or _struct_to_iso(entry.get("updated_parsed"))
        items.append(
            FeedItem(
                item_id=item_id_for(url, guid, text),
                feed=feed,
                outlet=item_outlet,
                url=_clean(url or "").strip(),
                title=_one_line(title or ""),
                text=text,
                published=published,
                fetched_at=fetched_at,
                language=language,
            )
        )
    return items, bad


# --- text articles ------------------------------------------------------------------------


def text_article_from_bytes(
    data: bytes,
    feed: str,
    *,
    outlet: str | None = None,
    url: str = "",
    fetched_at: str | None = None,
    max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES,
) -> FeedItem:
    """One article from plain text whose optional first line is ``date YYYY-MM-DD``.

    The date line may start with spaces and may carry the first sentence after the date
    (`` date 2021-03-04 Officials said ...``): the date token is removed, the rest kept.
    Raises BadInput (empty, binary, too_large).
    """
    if len(data) > max_item_bytes:
        raise BadInput("too_large", f"article is {len(data)} bytes, limit {max_item_bytes}", feed)
    if _is_binary(data):
        raise BadInput("binary", "the article is binary data", feed)
    text = _clean(data.decode("utf-8", errors="replace").lstrip("\ufeff"))
    published = None
    first, sep, rest = text.partition("\n")
    match = _DATE_LINE.match(first)
    if match:
        published = normalize_published(match.group(1))
        if published is not None:
            text = match.group(2) + sep + rest
    text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    if not text:
        raise BadInput("empty", "the article has no text", feed)
    return FeedItem(
        item_id=item_id_for(url, None, text),
        feed=feed,
        outlet=outlet or feed,
        url=url,
        title="",
        text=text,
        published=published,
        fetched_at=fetched_at,
    )


def read_text_article(
    path: Path | str,
    *,
    outlet: str | None = None,
    fetched_at: str | None = None,
    max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES,
) -> FeedItem:
    """A ``.txt`` article (see ``text_article_from_bytes``); outlet defaults to the file stem.

    The URL is the file's ``file:`` URI; the id is from the text, so a copy elsewhere
    dedups. Raises BadInput (unreadable, empty, binary, too_large).
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_item_bytes:
            raise BadInput("too_large", f"article is {size} bytes, limit {max_item_bytes}", str(p))
        data = p.read_bytes()
    except OSError as exc:
        raise BadInput("unreadable", f"cannot read file: {exc.strerror or type(exc).__name__}", str(p)) from None
    return text_article_from_bytes(
        data,
        str(p),
        outlet=outlet or p.stem,
        url=p.absolute().as_uri(),
        fetched_at=fetched_at,
        max_item_bytes=max_item_bytes,
    )


# --- dispatch -----------------------------------------------------------------------------


def _is_binary(head: bytes) -> bool:
    sample = head[:_SNIFF_BYTES]
    return b"\x00" in sample and not sample.startswith(_BOMS_WITH_NUL)


def _kind_of(name: str, data: bytes) -> str:
    suffix = Path(urlsplit(name).path if "://" in name else name).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "json" if suffix == ".json" else "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "jsonl" if data.lstrip()[:1] == b"{" else "feed"


def parse_bytes(
    data: bytes,
    feed: str,
    *,
    outlet: str | None = None,
    fetched_at: str | None = None,
    max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES,
    kind: str | None = None,
) -> list[FeedItem | BadInput]:
    """Items and bad inputs of one whole document; ``kind`` (jsonl, json, feed, text)
    defaults to a guess from ``feed``'s extension, then from the content."""
    if not data.strip():
        return [BadInput("empty", "the input is empty", feed)]
    if _is_binary(data):
        return [BadInput("binary", "the input is binary data, not text", feed)]
    kind = kind or _kind_of(feed, data)
    if kind == "json":
        whole = _parse_json_document(data, feed, outlet, fetched_at, max_item_bytes, feed)
        if whole is not None:
            return whole
        kind = "jsonl"
    if kind == "jsonl":
        return list(
            parse_jsonl_stream(
                io.BytesIO(data), feed, outlet=outlet, fetched_at=fetched_at, max_item_bytes=max_item_bytes
            )
        )
    if kind == "text":
        try:
            return [
                text_article_from_bytes(
                    data, feed, outlet=outlet, fetched_at=fetched_at, max_item_bytes=max_item_bytes
                )
            ]
        except BadInput as bad:
            return [bad]
    items, rejected = parse_feed_bytes(data, feed, outlet, max_item_bytes, fetched_at=fetched_at)
    return [*items, *rejected]


def read_input(
    path: Path | str,
    max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES,
    *,
    outlet: str | None = None,
    fetched_at: str | None = None,
    max_feed_bytes: int = DEFAULT_MAX_FEED_BYTES,
) -> Iterator[FeedItem | BadInput]:
    """Every item of one input file, in file order, with BadInput values for what is unusable.

    Dispatches on the extension: ``.jsonl``/``.ndjson``/``.json`` (JSON lines; a
    ``.json`` array of items also works), ``.xml``/``.rss``/``.atom`` (feedparser),
    ``.txt`` (one article); anything else is parsed as JSON lines when it starts with
    ``{`` and as a feed otherwise. Never raises for bad content or an unreadable file.
    JSON lines are streamed, so a huge line is skipped without being held in memory.
    """
    p = Path(path)
    name = str(p)
    try:
        with p.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
            if not head.strip():
                if not stream.read(1):
                    yield BadInput("empty", "the file is empty", name)
                    return
                stream.seek(len(head))
            if _is_binary(head):
                yield BadInput("binary", "the file is binary data, not text", name)
                return
            kind = _kind_of(name, head)
            if kind == "jsonl":
                stream.seek(0)
                yield from parse_jsonl_stream(
                    stream, name, outlet=outlet, fetched_at=fetched_at, max_item_bytes=max_item_bytes
                )
                return
            if kind == "text":
                try:
                    yield read_text_article(
                        p, outlet=outlet, fetched_at=fetched_at, max_item_bytes=max_item_bytes
                    )
                except BadInput as bad:
                    yield bad
                return
            limit = max_feed_bytes
            data = head + stream.read(limit + 1 - len(head))
            if len(data) > limit:
                yield BadInput("too_large", f"the file is larger than {limit} bytes", name)
                return
    except OSError as exc:
        yield BadInput("unreadable", f"cannot read file: {exc.strerror or type(exc).__name__}", name)
        return
    yield from parse_bytes(
        data, name, outlet=outlet, fetched_at=fetched_at, max_item_bytes=max_item_bytes, kind=kind
    )
