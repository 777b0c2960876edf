"""Figures of a whole report (not one sentence): a lone shot victim in a story of a
death, an attempt that is no death. Texts in the project's own words."""

from __future__ import annotations

from monitor.extract import extract
from monitor.records import FeedItem


def item(text: str, title: str = "") -> FeedItem:
    return FeedItem(item_id="f", feed="t", outlet="T", url="https://example.org/f", title=title, text=text,
                    published="2024-03-09T10:00:00Z")


def figures(text: str, title: str = "") -> tuple[int, int]:
    reports = extract(item(text, title))
    assert reports, text
    r = reports[0]
    return (r.killed.value if r.killed else 0), (r.wounded.value if r.wounded else 0)


def test_a_lone_shot_victim_in_a_homicide_story_died() -> None:
    title = "Detectives open homicide inquiry in Tulsa"
    text = "A man was shot in the chest outside a bar in Tulsa late on Friday, police said."
    assert figures(text, title) == (1, 0)


def test_a_lone_shot_victim_with_no_word_of_death_is_wounded() -> None:
    title = "Man hurt in Tulsa bar shooting"
    text = "A man was shot in the chest outside a bar in Tulsa late on Friday, police said."
    assert figures(text, title) == (0, 1)


def test_an_attempted_murder_is_no_death() -> None:
    title = "Police hunt gunman for attempted murder in Tulsa"
    text = "A man was shot in the chest outside a bar in Tulsa late on Friday, police said."
    assert figures(text, title) == (0, 1)
