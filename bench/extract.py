"""Extraction speed: ``python -m bench.extract [--articles N] [--seed S]``.

Two streams, each run through the extractor and, in the same process on the same texts,
through a baseline (spaCy's tokenizer alone, ``spacy.blank("en")``), with the ratio:

- mixed: about 90 % non-violent articles of 3-5 KB generated from word lists (sport,
  business, weather, politics, science; 15 % of them carry one figurative "attack",
  "shot" or "killed it", so a prefilter keyed on a single word still has work to do) and about 10 % incident reports
  (bench/data/quality.jsonl, plus ../shared/data gvdb-dev and rand-dev when present);
- incidents: the incident reports alone.

Also printed: the extractor's import + warm-up time (measured first, before anything
else of ``monitor`` is imported) and the process's peak RSS, once after the extractor
runs (before spaCy is imported) and once at the end. Targets (one core): >= 300
articles/s mixed, >= 40 incident reports/s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
QUALITY_SET = ROOT / "bench" / "data" / "quality.jsonl"
TARGET_MIXED = 300.0
TARGET_INCIDENTS = 40.0

# Word lists for filler news. Deliberately ordinary vocabulary, with a handful of
# figurative violent words so that a prefilter keyed on one word still has work to do.
SUBJECTS = {
    "business": ["the central bank", "shareholders", "the retailer", "analysts", "the finance ministry",
                 "exporters", "the chipmaker", "regulators", "the airline", "investors", "the telecom operator"],
    "sport": ["the home side", "the striker", "the coach", "the visitors", "the captain", "the league leaders",
              "the goalkeeper", "the champions", "the young midfielder", "the referee"],
    "weather": ["forecasters", "the met office", "farmers", "the river authority", "commuters",
                "the national weather service", "ski resorts", "the water utility"],
    "politics": ["the opposition", "the governing coalition", "the senate committee", "the mayor",
                 "the foreign minister", "voters", "the election commission", "party delegates"],
    "science": ["the research team", "astronomers", "the university", "the space agency", "engineers",
                "the health regulator", "biologists", "the laboratory"],
}
VERBS = ["announced", "reported", "expects", "approved", "rejected", "reviewed", "welcomed", "questioned",
         "postponed", "unveiled", "revised", "outlined", "confirmed", "proposed", "forecast", "discussed"]
OBJECTS = ["a new budget for the coming year", "quarterly results ahead of estimates", "plans for a second terminal",
           "a revised schedule for the final round", "lower interest rates", "a merger with a regional rival",
           "heavy rain across the north", "a bill on public transport", "a trial of the new vaccine",
           "record attendance at the stadium", "a drop in consumer prices", "a cooler than usual weekend",
           "the launch of a weather satellite", "talks on a trade agreement", "a survey of coastal erosion",
           "a new contract for the manager", "higher tariffs on imported steel", "the opening of a science museum"]
TAILS = ["on Tuesday", "after a long meeting", "according to a statement", "in the capital", "for the third time",
         "despite earlier doubts", "as markets opened", "before the holiday weekend", "with little fanfare",
         "in a televised address", "at a press conference", "by a narrow margin"]
FIGURATIVE = ["The second-half attack was relentless.", "Critics said the plan was dead on arrival.",
              "She shot to fame after the final.", "The comedian killed it on opening night.",
              "Prices exploded after the announcement.", "The bill survived a late assault from its opponents."]
#: share of filler articles with one figurative violent word ("shot to fame")
FIGURATIVE_SHARE = 0.15
NUMBERS = ["2 percent", "14 million", "3.5 billion", "27 points", "1,200 jobs", "48 hours", "9 seats", "300 km"]


def filler_article(rng: random.Random, index: int) -> tuple[str, str]:
    """A plain non-violent article of 3-5 KB: (title, text)."""
    topic = rng.choice(sorted(SUBJECTS))
    target = rng.randint(3000, 5000)
    sentences: list[str] = []
    size = 0
    while size < target:
        s = f"{rng.choice(SUBJECTS[topic]).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
        if rng.random() < 0.3:
            s += f", citing {rng.choice(NUMBERS)}"
        sentences.append(s + ".")
        size += len(s) + 2
    if rng.random() < FIGURATIVE_SHARE:
        sentences.insert(rng.randrange(len(sentences)), rng.choice(FIGURATIVE))
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    title = f"{topic.capitalize()} update {index}: {rng.choice(OBJECTS)}"
    return title, "\n\n".join(paragraphs)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def incident_rows() -> tuple[list[dict[str, Any]], list[str]]:
    rows = [r for r in _jsonl(QUALITY_SET) if r["labels"]["relevant"]]
    used = [f"quality ({len(rows)})"]
    env = os.environ.get("INCIDENT_MONITOR_SHARED_DATA")
    shared = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"
    for name in ("gvdb-dev", "rand-dev"):
        path = shared / name / "items.jsonl"
        if path.exists():
            extra = _jsonl(path)
            rows.extend(extra)
            used.append(f"{name} ({len(extra)})")
    return rows, used


def maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / (1024 * 1024)


def rate(fn: Callable[[Any], object], inputs: Sequence[Any], min_seconds: float) -> float:
    """Items per second over whole passes of ``inputs``, for at least ``min_seconds``."""
    done = 0
    start = time.perf_counter()
    while True:
        for x in inputs:
            fn(x)
        done += len(inputs)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extract", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="size of the mixed stream (default 2000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--min-seconds", type=float, default=3.0, help="minimum timed run per measurement")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    from monitor.extract import extract
    from monitor.records import FeedItem

    warm = FeedItem(item_id="warm", feed="bench", outlet="bench", url="", title="Blast in Kabul",
                    text="A bomb killed three people in Kabul on Monday, police said.", published="2024-01-01T00:00:00Z")
    extract(warm)
    startup = time.perf_counter() - t0

    rng = random.Random(args.seed)
    rows, used = incident_rows()
    incidents = [
        FeedItem(item_id=str(r["id"]), feed="bench", outlet=r.get("outlet") or "", url=r.get("url") or "",
                 title=r.get("title") or "", text=r.get("text") or "", published=r.get("published"))
        for r in rows
    ]
    n_inc = max(1, args.articles // 10)
    mixed = [rng.choice(incidents) for _ in range(n_inc)]
    for i in range(args.articles - n_inc):
        title, text = filler_article(rng, i)
        mixed.append(FeedItem(item_id=f"filler-{i}", feed="bench", outlet="Filler", url="", title=title, text=text,
                              published="2024-01-01T00:00:00Z"))
    rng.shuffle(mixed)

    def kb(items: Sequence[FeedItem]) -> float:
        return sum(len(i.text) for i in items) / len(items) / 1024

    ex_mixed = rate(extract, mixed, args.min_seconds)
    ex_inc = rate(extract, incidents, args.min_seconds)
    rss_extractor = maxrss_mb()

    print(f"extract benchmark ({time.strftime('%Y-%m-%d %H:%M %Z')}, python {sys.version.split()[0]}, one process, one core)")
    print(f"incident reports: {len(incidents)} from {', '.join(used)}; avg {kb(incidents):.1f} KB")
    print(f"mixed stream: {len(mixed)} articles, {n_inc} incident reports; avg {kb(mixed):.1f} KB")
    print(f"extractor import + warm-up: {startup:.2f} s")
    print(f"peak RSS after the extractor runs: {rss_extractor:.0f} MB")

    base_mixed: float | None = None
    base_inc: float | None = None
    try:
        import spacy
    except ImportError:
        print("baseline unavailable: spaCy is not installed (pip install 'spacy==3.8.*')")
    else:
        tokenizer = spacy.blank("en").tokenizer

        def tokenize(item: FeedItem) -> object:
            return tokenizer(item.title + "\n" + item.text)

        base_mixed = rate(tokenize, mixed, args.min_seconds)
        base_inc = rate(tokenize, incidents, args.min_seconds)

    print()
    print(f"{'stream':<12}{'extractor/s':>13}{'target':>9}{'met':>6}{'spaCy tokenizer/s':>20}{'ratio':>8}")
    for name, ex, base, target in (("mixed", ex_mixed, base_mixed, TARGET_MIXED),
                                   ("incidents", ex_inc, base_inc, TARGET_INCIDENTS)):
        base_txt = "-" if base is None else f"{base:,.0f}"
        ratio = "-" if base is None else f"{ex / base:.3f}"
        print(f"{name:<12}{ex:>13,.1f}{target:>9,.0f}{'yes' if ex >= target else 'NO':>6}{base_txt:>20}{ratio:>8}")
    print()
    print(f"peak RSS of the whole process (incl. baseline): {maxrss_mb():.0f} MB")
    print("ratio = extractor articles/s divided by tokenizer-only articles/s on the same texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
