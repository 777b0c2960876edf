"""The acceptance scenario of ../shared/seeds/EXPECTED.md (skipped only when absent)."""

from __future__ import annotations

from pathlib import Path

from monitor.records import FeedItem
from tests.conftest import by_id
from tests.scenario import (
    check_all_orders,
    check_final_state,
    check_publication_order_alerts,
    check_reverse_order_alerts,
    replay,
)


def _roles(items: list[FeedItem]) -> dict[str, FeedItem]:
    ids = by_id(items)
    return {"first": ids["002"], "second": ids["001"], "third": ids["000"], "campaign": ids["003"], "offensive": ids["004"]}


def test_publication_order(seed_items: list[FeedItem], tmp_path: Path) -> None:
    roles = _roles(seed_items)
    incidents, alerts = replay(seed_items, tmp_path / "s.sqlite")
    inc = check_final_state(incidents, roles)
    check_publication_order_alerts(alerts, inc, roles)


def test_reverse_order(seed_items: list[FeedItem], tmp_path: Path) -> None:
    roles = _roles(seed_items)
    incidents, alerts = replay(list(reversed(seed_items)), tmp_path / "s.sqlite")
    inc = check_final_state(incidents, roles)
    check_reverse_order_alerts(alerts, inc)


def test_every_order_same_final_state(seed_items: list[FeedItem]) -> None:
    assert check_all_orders(seed_items, _roles(seed_items)) == 120


def test_replaying_again_changes_nothing(seed_items: list[FeedItem], tmp_path: Path) -> None:
    state = tmp_path / "s.sqlite"
    first, alerts = replay(seed_items, state)
    assert alerts
    again, alerts_again = replay(seed_items, state)
    assert alerts_again == []
    assert [i.to_dict() for i in again] == [i.to_dict() for i in first]


def test_offensive_article_yields_separate_incidents(seed_items: list[FeedItem], tmp_path: Path) -> None:
    roles = _roles(seed_items)
    incidents, _ = replay([roles["offensive"]], tmp_path / "s.sqlite")
    by_place = {i.location.name: i for i in incidents}
    assert by_place["Herat"].killed.value == 36 and by_place["Herat"].wounded.value == 220
    assert all(h.period_total for h in by_place["Herat"].killed.history)
    assert by_place["Kandahar"].killed.value == 20 and by_place["Kandahar"].wounded.value == 130
    assert all(h.period_total for h in by_place["Kandahar"].wounded.history)
    takeover = [i for i in incidents if i.event_type == "takeover"]
    assert any(i.location.name in {"Aibak", "Aybak"} and i.killed.value is None for i in takeover)
    radio = [i for i in incidents if i.location.name == "Kabul"]
    assert len(radio) == 1 and radio[0].killed.value == 1
    assert {(c.actor, c.stance) for c in radio[0].claims} == {("Taliban", "suspected")}
