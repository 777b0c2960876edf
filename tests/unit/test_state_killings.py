"""Killings by soldiers, troops, police or a militia told with no weapon named are
incidents; soldiers killed in an accident are not. Own words."""

from __future__ import annotations

import pytest

from monitor.extract import extract
from monitor.records import FeedItem


def item(text: str) -> FeedItem:
    return FeedItem(item_id="s", feed="t", outlet="T", url="https://example.org/s", title="", text=text,
                    published="2024-03-09T10:00:00Z")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Soldiers killed eleven farmers near the river crossing of Varnath on Sunday.", 11),
        ("The army admitted that its troops killed six herders by mistake.", 6),
        ("Militiamen killed 14 villagers in an overnight raid on a hamlet.", 14),
        # any forces, not only "security forces": the government's, a country's, "its forces"
        ("Government forces killed nine herders near the wells of Tessit on Friday.", 9),
        ("Residents said its forces killed seven traders at the cattle market of Varnath.", 7),
    ],
)
def test_killing_by_armed_men_of_state_or_militia(text: str, killed: int) -> None:
    reports = extract(item(text))
    assert reports and reports[0].killed is not None and reports[0].killed.value == killed


def test_admission_is_the_armys_claim() -> None:
    reports = extract(item("The army admitted that its troops killed six herders by mistake."))
    assert [(c.actor, c.stance) for c in reports[0].claims] == [("army", "claimed")]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed when their truck overturned on a mountain road.",
        "Three policemen were killed when their car collided with a bus.",
    ],
)
def test_soldiers_killed_in_an_accident_give_nothing(text: str) -> None:
    assert extract(item(text)) == []
