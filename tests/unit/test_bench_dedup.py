"""bench.dedup's scoring of final figures: which incident stands for a labelled event."""

from __future__ import annotations

import pytest

import bench.dedup as dedup


def test_an_item_with_no_report_never_stands_for_the_event_on_a_tie(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two items of one event: one built incident "inc1" (2 killed), the other gave no
    # report. The event's figures are those of inc1, whatever the ids' spelling.
    pred = {"a": "inc1", "b": "single:b"}
    monkeypatch.setattr(dedup, "cluster", lambda items: (pred, {"inc1": (2, None)}))
    out = dedup.score_set("t", [], {"a": "e", "b": "e"}, {"e": (2, 0)})
    assert out["final_killed_exact"] == 1.0
    assert out["final_wounded_exact"] == 1.0
