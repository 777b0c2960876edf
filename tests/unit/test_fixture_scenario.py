"""The same scenario in the project's own words (tests/fixtures/seedlike): always runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.records import FeedItem
from tests.conftest import FIXTURES, by_id, load_items
from tests.scenario import (
    check_all_orders,
    check_final_state,
    check_publication_order_alerts,
    check_reverse_order_alerts,
    replay,
)


@pytest.fixture
def items() -> list[FeedItem]:
    return load_items(FIXTURES / "seedlike" / "items.jsonl")


def _roles(items: list[FeedItem]) -> dict[str, FeedItem]:
    ids = by_id(items)
    return {
        "first": ids["kabul_rockets_bbc_like"], "second": ids["kabul_rockets_ap_like"],
        "third": ids["kabul_rockets_dawn_like"], "campaign": ids["campaign_accusations"],
        "offensive": ids["taliban_offensive"],
    }


def test_publication_order(items: list[FeedItem], tmp_path: Path) -> None:
    roles = _roles(items)
    incidents, alerts = replay(items, tmp_path / "s.sqlite")
    check_publication_order_alerts(alerts, check_final_state(incidents, roles), roles)


def test_reverse_order(items: list[FeedItem], tmp_path: Path) -> None:
    roles = _roles(items)
    incidents, alerts = replay(list(reversed(items)), tmp_path / "s.sqlite")
    check_reverse_order_alerts(alerts, check_final_state(incidents, roles))


def test_every_order(items: list[FeedItem]) -> None:
    assert check_all_orders(items, _roles(items)) == 120


def test_replay_is_idempotent(items: list[FeedItem], tmp_path: Path) -> None:
    first, alerts = replay(items, tmp_path / "s.sqlite")
    again, alerts_again = replay(items, tmp_path / "s.sqlite")
    assert alerts and not alerts_again
    assert [i.to_dict() for i in again] == [i.to_dict() for i in first]


def test_period_totals_are_marked(items: list[FeedItem], tmp_path: Path) -> None:
    incidents, _ = replay([_roles(items)["offensive"]], tmp_path / "s.sqlite")
    herat = [i for i in incidents if i.location.name == "Herat"]
    assert len(herat) == 1 and (herat[0].killed.value, herat[0].wounded.value) == (36, 220)
    assert all(h.period_total for h in herat[0].killed.history + herat[0].wounded.history)
