"""An outlet updating its story at the same URL: the embedded engine reads each new version
(its figures and claims reach the incident), skips one read before, and caps how many
versions of one item it reads. Stories written for the project."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from monitor.config import Settings
from monitor.ingest.fields import MAX_ITEM_VERSIONS, item_version, updated_item_id
from monitor.metrics import Metrics
from monitor.records import FeedItem
from monitor.runtime.engine import Engine
from monitor.store.sqlite import SqliteStore

FIRST = "A car bomb exploded outside the governor's office in Jalalabad on Monday, killing five people."
LATER = (
    "A car bomb exploded outside the governor's office in Jalalabad on Monday, killing 12 people and"
    " wounding 20. The Taliban claimed responsibility for the attack."
)


def story(text: str, published: str) -> FeedItem:
    return FeedItem(
        item_id="story-1", feed="f", outlet="Kabul Wire", url="https://wire.example.test/story-1",
        title="Car bomb in Jalalabad", text=text, published=published,
    )


def count(metrics: Metrics, outcome: str) -> float:
    return metrics.registry.get_sample_value("incident_monitor_items_total", {"outcome": outcome}) or 0.0


def test_a_story_updated_at_its_url_brings_its_new_figures_and_claim(tmp_path: Path) -> None:
    store, metrics = SqliteStore(tmp_path / "s.sqlite"), Metrics()
    engine = Engine(store, Settings(), metrics)
    assert [a.kind for a in engine.process(story(FIRST, "2025-04-14T10:00:00Z"))] == ["new_incident"]
    kinds = sorted(a.kind for a in engine.process(story(LATER, "2025-04-14T15:00:00Z")))
    assert kinds == ["casualties_changed", "casualties_changed", "new_claim"]
    (incident,) = store.all_incidents()
    assert (incident.killed.value, incident.wounded.value) == (12, 20)
    assert [c.actor for c in incident.claims] == ["Taliban"]
    # Both versions stay in the history, the later under its own item id.
    assert sorted(h.value for h in incident.killed.history) == [5, 12]
    later_id = updated_item_id("story-1", item_version("Car bomb in Jalalabad", LATER))
    assert {r.item_id for r in store.reports(incident.incident_id)} == {"story-1", later_id}
    # Either version read again is no news.
    assert engine.process(story(FIRST, "2025-04-14T10:00:00Z")) == []
    assert engine.process(story(LATER, "2025-04-14T15:00:00Z")) == []
    assert (count(metrics, "new"), count(metrics, "updated"), count(metrics, "duplicate")) == (1, 1, 2)
    store.close()


def test_a_page_that_changes_at_every_read_is_read_a_bounded_number_of_times(tmp_path: Path) -> None:
    store, metrics = SqliteStore(tmp_path / "s.sqlite"), Metrics()
    engine = Engine(store, Settings(), metrics)
    for n in range(MAX_ITEM_VERSIONS + 3):
        engine.process(story(f"{FIRST} Updated {n} minutes ago.", f"2025-04-14T10:{n:02d}:00Z"))
    assert count(metrics, "new") + count(metrics, "updated") == MAX_ITEM_VERSIONS
    assert count(metrics, "too_many_versions") == 3
    store.close()


def test_a_state_from_before_versions_takes_what_it_read_to_be_this_version(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    store = SqliteStore(path)
    Engine(store, Settings(), Metrics()).process(story(FIRST, "2025-04-14T10:00:00Z"))
    store.close()
    with sqlite3.connect(path) as db:  # as an older release left it: items, no versions
        db.execute("DELETE FROM versions")
    store, metrics = SqliteStore(path), Metrics()
    engine = Engine(store, Settings(), metrics)
    assert engine.process(story(FIRST, "2025-04-14T10:00:00Z")) == []
    assert count(metrics, "duplicate") == 1
    # and a later change is read as an update
    assert engine.process(story(LATER, "2025-04-14T15:00:00Z")) != []
    assert count(metrics, "updated") == 1
    store.close()
