"""Which texts give a report at all, and of which type: attacks told without a known
place, arson, dynamite, shots fired; figurative uses give nothing. Own words."""

from __future__ import annotations

import pytest

from monitor.extract import extract
from monitor.records import FeedItem


def item(text: str) -> FeedItem:
    return FeedItem(item_id="e", feed="t", outlet="T", url="https://example.org/e", title="", text=text,
                    published="2024-03-09T10:00:00Z")


@pytest.mark.parametrize(
    ("text", "etype", "country"),
    [
        ("Shots were fired at a patrol car near the hamlet of Zelvoria. No one was hurt.", "armed_assault", None),
        ("A bomb exploded outside a savings bank overnight, shattering windows.", "bombing", None),
        ("Masked youths set fire to a bank branch in Bilbao overnight.", "other_violence", "ES"),
        ("The office of a local councillor in Eibar was set on fire overnight.", "other_violence", "ES"),
        ("Rebels dynamited two power pylons in Arauca, cutting electricity to the region.", "bombing", "CO"),
        ("Two mortars were fired at a settlement in the Gaza Strip. No one was hurt.", "rocket_mortar_shelling", "PS"),
        ("A man armed with two knives hijacked a bus carrying forty passengers.", "other_violence", None),
    ],
)
def test_attack_reported(text: str, etype: str, country: str | None) -> None:
    reports = extract(item(text))
    assert reports, text
    assert reports[0].event_type == etype
    assert reports[0].location.country_code == country


@pytest.mark.parametrize(
    "text",
    [
        "Hackers hijacked thousands of computers to send spam, the company said.",
        "The coach was fired on Monday after the team lost a fifth game in a row.",
        "The new phone bombed in its first quarter, and sales of older models fell.",
    ],
)
def test_figurative_gives_nothing(text: str) -> None:
    assert extract(item(text)) == []


def test_a_gunshot_wound_is_an_attack_word() -> None:
    text = "A man with a gunshot wound walked into the emergency room of Mercy Hospital in Toledo, Ohio, on Sunday."
    reports = extract(item(text))
    assert reports and reports[0].location.country_code == "US"


@pytest.mark.parametrize(
    "text",
    [
        "A caller warned that the rebels will bomb the power station in Quillacollo next week.",
        "The militia threatened to attack any convoy crossing the Varnell bridge.",
        "The mayor of Ostrava said reports of an ambush on his convoy were unfounded.",
        "Soldiers seized a cache of rifles, grenades and dynamite in a barn outside Tarija.",
    ],
)
def test_a_threat_a_rumour_or_arms_seized_is_no_incident(text: str) -> None:
    assert extract(item(text)) == []


def test_a_threat_carried_out_is_still_an_incident() -> None:
    # The figure tells that something happened, whatever else the sentence says.
    text = "Gunmen who had threatened to attack the market in Mopti killed four people there on Friday."
    reports = extract(item(text))
    assert reports and reports[0].killed is not None and reports[0].killed.value == 4
