"""The extractor never raises, whatever the text: every labelled item, and generated junk."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract import extract
from monitor.records import FeedItem

ROOT = Path(__file__).resolve().parents[2]
WORDS = ["killed", "wounded", "at least", "bomb", "Kabul", "Taliban", "claimed", "denied", "blamed", "twenty-three",
         "dozens", "on Saturday", "in the past 11 days", ",", ".", "\n", "—", "(IS)", "were", "people", "a", "the",
         "responsibility", "1,210", "0", "-", "police said", "Islamic State", "shot", "one of them fatally", "ISWAP"]


def item(text: str, title: str = "", published: str | None = "2024-01-06T10:00:00Z") -> FeedItem:
    return FeedItem(item_id="x", feed="t", outlet="T", url="https://example.org/x", title=title, text=text,
                    published=published)


def test_every_labelled_item_extracts_without_error() -> None:
    lines = (ROOT / "bench" / "data" / "quality.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        d = json.loads(line)
        for report in extract(item(d["text"], d.get("title", ""), d.get("published"))):
            assert report.event_type and report.report_id


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.one_of(st.none(), st.just("2020-02-29T00:00:00Z"), st.just("garbage")))
def test_word_salad(words: list[str], published: str | None) -> None:
    extract(item(" ".join(words), published=published))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    extract(item(text, title=text[:40]))
