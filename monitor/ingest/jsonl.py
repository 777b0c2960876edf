"""Feed items from JSON: one object, a JSON-lines stream, or a JSON array document.

Pure: reads only the stream it is given.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import IO, Any

from monitor.errors import BadInput
from monitor.ingest.fields import (
    DEFAULT_MAX_ITEM_BYTES,
    clean,
    item_id_for,
    language_of,
    normalize_published,
    one_line,
)
from monitor.ingest.html import html_to_text, looks_like_html
from monitor.records import FeedItem

__all__ = ["item_from_mapping", "parse_json_document", "parse_jsonl_stream"]


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
    text = html_to_text(clean(body)) if is_html or looks_like_html(body) else clean(body).strip()
    if not text:
        raise BadInput("no_text", "item has no text, summary or content", source)
    url = clean(_str_field(obj, "url", source) or _str_field(obj, "link", source) or "").strip()
    guid = _str_field(obj, "id", source) or _str_field(obj, "guid", source)
    title = one_line(_str_field(obj, "title", source) or "")
    item_outlet = one_line(_str_field(obj, "outlet", source) or "") or outlet or feed
    return FeedItem(
        item_id=item_id_for(url, guid, text),
        feed=feed,
        outlet=item_outlet,
        url=url,
        title=title,
        text=text,
        published=normalize_published(obj.get("published")),
        fetched_at=fetched_at,
        language=language_of(obj.get("language")),
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


def parse_json_document(
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
                    obj,
                    feed,
                    fetched_at,
                    outlet=outlet,
                    max_item_bytes=max_item_bytes,
                    source=f"{source}[{n}]",
                )
            )
        except BadInput as bad:
            out.append(bad)
    if not objs:
        out.append(BadInput("empty", "no items: the JSON array is empty", source))
    return out
