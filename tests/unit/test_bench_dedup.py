"""bench.dedup's scoring of final figures: which incident stands for a labelled event."""

from __future__ import annotations

import pytest

import bench.dedup as dedup


def test_an_item_with_no_report_never_stands_for_the_event_on_a_tie(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two items of one event: one built incident "inc1" (2 killed), the other gave no
    # report. The event's figures are those of inc1, whatever the ids' spelling.
    pred = {"a": "inc1", "b": "single:b"}
    monkeypatch.setattr(dedup, "cluster", lambda items, participants=False: (pred, {"inc1": (2, None)}))
    out = dedup.score_set("t", [], {"a": "e", "b": "e"}, {"e": (2, 0)})
    assert out["final_killed_exact"] == 1.0
    assert out["final_wounded_exact"] == 1.0


def test_gva_final_killed_counts_the_attackers_killed_with_the_victims() -> None:
    # GVA's totals count every participant: 2 victims and the gunman who killed himself are 3.
    from monitor.records import FeedItem

    text = ("A gunman shot and killed two neighbours on Elm Street in Dayton, Ohio, on Friday before "
            "turning the gun on himself, police said.")
    items = [FeedItem(item_id="a", feed="t", outlet="T", url="https://example.org/a", title="", text=text,
                      published="2024-03-09T10:00:00Z")]
    _, victims = dedup.cluster(items)
    _, everyone = dedup.cluster(items, participants=True)
    assert [k for k, _ in victims.values()] == [2]
    assert [k for k, _ in everyone.values()] == [3]
