"""Feed items from RSS/Atom documents and plain-text articles, and ``read_input``, which
reads any input file by its kind.

Pure apart from reading the file named to ``read_input``: no asyncio, no HTTP. Bad
content never raises out of ``parse_*``/``read_input``: it comes back as ``BadInput``
values (``reason`` is one of ``BAD_INPUT_REASONS``, a bounded metric label) next to
the items that were usable.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser

from monitor.errors import BadInput
from monitor.ingest.fields import (
    BAD_INPUT_REASONS,
    DEFAULT_MAX_FEED_BYTES,
    DEFAULT_MAX_ITEM_BYTES,
    SNIFF_BYTES,
    canonical_url,
    clean,
    is_binary,
    item_id_for,
    language_of,
    normalize_published,
    one_line,
    struct_to_iso,
)
from monitor.ingest.html import html_to_text
from monitor.ingest.jsonl import item_from_mapping, parse_json_document, parse_jsonl_stream
from monitor.records import FeedItem

__all__ = [
    "BAD_INPUT_REASONS",
    "DEFAULT_MAX_FEED_BYTES",
    "DEFAULT_MAX_ITEM_BYTES",
    "FEED_SUFFIXES",
    "JSONL_SUFFIXES",
    "TEXT_SUFFIXES",
    "canonical_url",
    "item_from_mapping",
    "item_id_for",
    "normalize_published",
    "parse_bytes",
    "parse_feed_bytes",
    "parse_jsonl_stream",
    "read_input",
    "read_text_article",
    "text_article_from_bytes",
]

JSONL_SUFFIXES = frozenset({".jsonl", ".json", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
TEXT_SUFFIXES = frozenset({".txt"})

#: What feedparser was seen to raise on hostile input, and its close relatives.
_FEEDPARSER_FAILURES = (
    ValueError,
    OverflowError,
    TypeError,
    AttributeError,
    LookupError,
    AssertionError,
    RecursionError,
)
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$", re.IGNORECASE)


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
    if is_binary(data):
        return [], [BadInput("binary", "the feed document is binary data", feed)]
    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    except _FEEDPARSER_FAILURES as exc:
        # feedparser raises on some hostile documents (e.g. OverflowError for &#xFFFFFFFF;).
        return [], [BadInput("not_a_feed", f"the feed parser failed: {type(exc).__name__}", feed)]
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            cause = parsed.get("bozo_exception")
            why = f": {type(cause).__name__}" if cause is not None else ""
            return [], [BadInput("not_a_feed", f"not an RSS or Atom document{why}", feed)]
        return [], []
    meta = parsed.get("feed") or {}
    feed_title = one_line(meta.get("title") or "") if isinstance(meta.get("title"), str) else ""
    item_outlet = outlet or feed_title or feed
    language = language_of(meta.get("language"))
    items: list[FeedItem] = []
    bad: list[BadInput] = []
    for n, entry in enumerate(entries, 1):
        where = f"{feed}#{n}"
        body = _entry_body(entry)
        size = len(body.encode("utf-8", "replace"))
        if size > max_item_bytes:
            bad.append(BadInput("too_large", f"entry {n} is {size} bytes, limit {max_item_bytes}", where))
            continue
        text = html_to_text(clean(body))
        if not text:
            bad.append(BadInput("no_text", f"entry {n} has no summary or content", where))
            continue
        url = entry.get("link") if isinstance(entry.get("link"), str) else ""
        guid = entry.get("id") if isinstance(entry.get("id"), str) else None
        title = entry.get("title") if isinstance(entry.get("title"), str) else ""
        published = struct_to_iso(entry.get("published_parsed")) or struct_to_iso(entry.get("updated_parsed"))
        items.append(
            FeedItem(
                item_id=item_id_for(url, guid, text),
                feed=feed,
                outlet=item_outlet,
                url=clean(url or "").strip(),
                title=one_line(title or ""),
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
    if is_binary(data):
        raise BadInput("binary", "the article is binary data", feed)
    text = clean(data.decode("utf-8", errors="replace").lstrip("\ufeff"))
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
        raise BadInput(
            "unreadable", f"cannot read file: {exc.strerror or type(exc).__name__}", str(p)
        ) from None
    return text_article_from_bytes(
        data,
        str(p),
        outlet=outlet or p.stem,
        url=p.absolute().as_uri(),
        fetched_at=fetched_at,
        max_item_bytes=max_item_bytes,
    )


# --- dispatch -----------------------------------------------------------------------------


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
    if is_binary(data):
        return [BadInput("binary", "the input is binary data, not text", feed)]
    kind = kind or _kind_of(feed, data)
    if kind == "json":
        whole = parse_json_document(data, feed, outlet, fetched_at, max_item_bytes, feed)
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


def _has_json_line(head: bytes) -> bool:
    """Whether any complete line of ``head`` is a JSON object (a JSONL file with some
    garbage lines, rather than a binary file named .jsonl)."""
    for line in head.split(b"\n")[:-1]:
        try:
            if isinstance(json.loads(line), dict):
                return True
        except ValueError:
            continue
    return False


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
            head = stream.read(SNIFF_BYTES)
            if not head.strip():
                if not stream.read(1):
                    yield BadInput("empty", "the file is empty", name)
                    return
                stream.seek(len(head))
            kind = _kind_of(name, head)
            # JSON lines are judged line by line: one garbage line loses only itself.
            if is_binary(head) and (kind != "jsonl" or not _has_json_line(head)):
                yield BadInput("binary", "the file is binary data, not text", name)
                return
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
