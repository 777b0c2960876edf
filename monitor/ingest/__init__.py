"""Ingest: feed items from files and feeds.

``html`` and ``parse`` are pure (no asyncio, no HTTP); ``poller`` is the async part. The
poller is imported lazily so that ``from monitor.ingest import read_input`` never pulls
in aiohttp.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from monitor.ingest.html import html_to_text
from monitor.ingest.parse import (
    BAD_INPUT_REASONS,
    DEFAULT_MAX_ITEM_BYTES,
    canonical_url,
    item_from_mapping,
    item_id_for,
    normalize_published,
    parse_bytes,
    parse_feed_bytes,
    read_input,
    read_text_article,
)

if TYPE_CHECKING:
    from monitor.ingest.poller import FeedPoller

__all__ = [
    "BAD_INPUT_REASONS",
    "DEFAULT_MAX_ITEM_BYTES",
    "FeedPoller",
    "canonical_url",
    "html_to_text",
    "item_from_mapping",
    "item_id_for",
    "normalize_published",
    "parse_bytes",
    "parse_feed_bytes",
    "read_input",
    "read_text_article",
]


def __getattr__(name: str) -> Any:
    if name == "FeedPoller":
        from monitor.ingest.poller import FeedPoller

        return FeedPoller
    raise AttributeError(name)
