"""Shared test helpers: paths to the seed scenario and fixtures, item loading."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import pytest

from monitor.records import FeedItem

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("INCIDENT_MONITOR_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"


def load_items(path: Path) -> list[FeedItem]:
    """Feed items from a JSONL file, keeping the file's ids (tests only)."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            items.append(
                FeedItem(
                    item_id=d["id"], feed=path.name, outlet=d["outlet"], url=d["url"], title=d.get("title", ""),
                    text=d.get("text") or d.get("summary") or "", published=d.get("published"),
                )
            )
    return items


def by_id(items: Iterable[FeedItem]) -> dict[str, FeedItem]:
    return {i.item_id: i for i in items}


@pytest.fixture
def seed_items() -> list[FeedItem]:
    if not (SEEDS / "items.jsonl").exists():
        pytest.skip(f"seed scenario not present at {SEEDS} (it is not part of the project)")
    return load_items(SEEDS / "items.jsonl")
