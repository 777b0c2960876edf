"""Placeholder, replaced by the real pipeline."""

from __future__ import annotations

from monitor.records import FeedItem, IncidentReport


def extract(item: FeedItem) -> list[IncidentReport]:
    return []
