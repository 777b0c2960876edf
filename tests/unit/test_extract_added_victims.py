"""Victims told after the count, in addition to it: "also killed", "as was", an ordinal
("a fifth pilgrim died"); and what must not add: a recap, a victim named after the count,
the attacking side's own dead. Texts in the project's own words."""

from __future__ import annotations

import pytest

from monitor.extract import extract
from monitor.records import FeedItem


def figures(text: str) -> tuple[int, int]:
    reports = extract(FeedItem(item_id="a", feed="t", outlet="T", url="https://example.org/a", title="", text=text,
                               published="2024-03-09T10:00:00Z"))
    assert reports, text
    r = reports[0]
    return (r.killed.value if r.killed else 0), (r.wounded.value if r.wounded else 0)


def test_a_victim_also_killed_in_a_later_sentence_adds_one() -> None:
    text = ("Gunmen shot and killed a district judge near Mosul on Sunday. "
            "His nephew was also killed, and a neighbour was wounded.")
    assert figures(text) == (2, 1)


def test_a_victim_also_killed_with_an_adverb_before_the_verb_adds_one() -> None:
    # "also" then an adverb of any kind before the verb: still one more victim
    text = ("A deputy fatally shot a man who charged at him with a knife in Dayton on Friday. "
            "The deputy also mistakenly shot dead a woman standing behind the man.")
    assert figures(text)[0] == 2


def test_a_victim_killed_as_was_another_adds_one() -> None:
    text = "Rebels ambushed the governor's convoy near Kandahar. His nephew was killed in the attack, as was a shopkeeper."
    assert figures(text)[0] == 2


def test_an_ordinal_raises_the_count_to_its_place() -> None:
    text = ("Four pilgrims were killed when a bomb exploded beside their bus near Quetta on Monday. "
            "A fifth pilgrim died in hospital on Tuesday.")
    assert figures(text)[0] == 5


def test_an_ordinal_already_counted_adds_nothing() -> None:
    text = ("Five pilgrims were killed when a bomb exploded beside their bus near Quetta on Monday. "
            "A fifth pilgrim died in hospital on Tuesday.")
    assert figures(text)[0] == 5


def test_a_recap_after_the_added_victim_adds_nothing() -> None:
    text = ("Gunmen shot and killed a district judge near Mosul on Sunday. His nephew was also killed. "
            "In all, two people died in the attack.")
    assert figures(text)[0] == 2


def test_a_victim_named_after_the_count_is_one_of_them() -> None:
    text = ("Two men were shot dead outside a bar in Tulsa on Friday, police said. "
            "Darnell Okoye was also killed in the shooting, his family said.")
    assert figures(text)[0] == 2


def test_a_soldier_of_the_raiding_forces_is_not_added() -> None:
    text = ("Army troops killed seven villagers in a raid on a village near Gao on Monday, officials said. "
            "A soldier was also killed.")
    assert figures(text)[0] == 7


def test_a_soldier_of_the_raiding_forces_is_among_the_attackers_killed() -> None:
    text = ("Army troops killed seven villagers in a raid on a village near Gao on Monday, officials said. "
            "A soldier was also killed.")
    reports = extract(FeedItem(item_id="a", feed="t", outlet="T", url="https://example.org/a", title="", text=text,
                               published="2024-03-09T10:00:00Z"))
    assert reports[0].attackers_killed is not None and reports[0].attackers_killed.value == 1


def test_forces_told_as_the_source_did_not_kill() -> None:
    # the police tell of a killing by gunmen: a soldier also killed is one more victim
    text = "Police said gunmen killed 12 villagers near Gusau on Monday. A soldier was also killed."
    assert figures(text)[0] == 13


def test_an_officer_killed_by_the_gunman_the_police_shot_is_a_victim() -> None:
    # the police's verb is not the count's: the gunman killed the three, and the officer too
    text = ("Police shot dead a gunman who had killed three people at a school in Dayton, Ohio, on Monday. "
            "An officer was also killed.")
    assert figures(text)[0] == 4


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two guards at a checkpoint in Kano on Monday. Their captain also nearly died.",
        # after the count, with an ordinal
        "Gunmen killed two farmers near Kaduna on Monday. A third farmer also nearly died.",
    ],
)
def test_one_who_nearly_died_is_no_victim(text: str) -> None:
    item = FeedItem(item_id="n1", feed="t", outlet="Desk", url="https://example.org/n1", title="", text=text,
                    published="2026-11-20T10:00:00Z")
    [report] = extract(item)
    assert report.killed is not None and report.killed.value == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "another" victim adds one, as "a fourth" does
        ("Four guards were shot dead at a depot in Mosul on Sunday. Another guard died in hospital.", (5, 0)),
        ("Two firefighters were killed when a shell hit a station in Kherson on Sunday. Another firefighter was also killed.", (3, 0)),
        ("Three miners were killed by a roadside bomb in Kirkuk on Sunday. Another two miners were killed in a second blast.", (5, 0)),
        # soldiers told as the dead did no killing: one more soldier is a victim, not an attacker
        ("Three soldiers were killed by a roadside bomb in Kunduz on Sunday. Another soldier died in hospital.", (4, 0)),
    ],
)
def test_another_victim_adds_to_the_count(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a victim's kin told dying afterwards, of another sex or age: one more
        ("A woman was shot dead in a robbery at her shop in Enugu on Saturday. Her husband died later in hospital.",
         (2, 0)),
        ("A man was stabbed to death at a bus stop in Enugu on Saturday. His daughter later died of her wounds.",
         (2, 0)),
        # the same victim told again by the kin noun adds nothing
        ("A man was shot dead at his farm near Enugu on Saturday. Her husband was killed by robbers, the widow said.",
         (1, 0)),
    ],
)
def test_a_victims_kin_who_died_later_adds_one(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        ("A car bomb killed at least 10 people outside a bank in Quetta on Monday, police said. "
         "In all, eight people were killed and 20 wounded, the provincial governor said later."),
        ("A car bomb killed at least 10 people outside a bank in Quetta on Monday, police said. "
         "Eight people were killed in all and 20 wounded, the provincial governor said later."),
    ],
)
def test_a_recap_of_the_toll_wins_over_a_larger_first_count(text: str) -> None:
    assert figures(text) == (8, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead three people at a bus stop in Zaria on Monday. The victims included a tailor. "
        "His wife was also killed.",
        "Gunmen shot dead three people at a bus stop in Zaria on Monday. The dead were a tailor, his wife and a "
        "passer-by. The passer-by was also killed as he ran to help.",
        "Gunmen shot dead three people at a bus stop in Zaria on Monday, among them a tailor. His wife was also killed.",
    ],
)
def test_a_victim_also_killed_after_the_dead_were_listed_is_one_of_them(text: str) -> None:
    assert figures(text)[0] == 3


def test_a_list_of_the_wounded_does_not_hold_a_victim_also_killed() -> None:
    text = ("Gunmen wounded six people at a bus stop in Zaria on Monday, among them two pupils. "
            "A guard was also killed.")
    assert figures(text) == (1, 6)
