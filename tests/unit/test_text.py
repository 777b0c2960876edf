"""Article text: a headline repeated at the top of the body; where sentences end."""

from __future__ import annotations

from monitor.extract import extract
from monitor.extract.text import split_sentences, without_title
from monitor.records import FeedItem


def test_a_title_glued_to_the_body_is_removed() -> None:
    title = "Clerk shot during robbery | Channel 9 News"
    text = f"{title}A clerk was shot twice on Friday night."
    assert without_title(title, text) == "A clerk was shot twice on Friday night."


def test_a_title_that_is_the_first_words_of_the_text_is_kept() -> None:
    # Some feeds cut the first sentence to make a title: the text is then one sentence.
    title = "Masked men set fire to a bus depot near"
    text = f"{title} the river port, destroying nine buses."
    assert without_title(title, text) == text


def test_a_short_or_different_title_changes_nothing() -> None:
    assert without_title("Shots", "Shots rang out.") == "Shots rang out."
    assert without_title("Quiet night downtown", "A man was shot.") == "A man was shot."


def test_the_first_sentence_after_a_glued_title_gives_its_figure() -> None:
    title = "Night of gunfire on Elm Street | WXYZ"
    item = FeedItem(
        item_id="t1", feed="f", outlet="o", url="", title=title, published="2026-01-10T08:00:00Z",
        text=f"{title}A man was shot and killed late Friday in Springfield, Illinois, police said.",
    )
    (report,) = extract(item)
    assert report.killed is not None and report.killed.value == 1
    assert report.wounded is None


def test_titles_and_place_abbreviations_do_not_end_a_sentence() -> None:
    text = ("Det. Rosa Quill said a man was shot near Mt. Airy on Tuesday. "
            "Ofc. Dunmore and Cpl. Fenn found him by Ft. Ward Road. He survived.")
    assert [s.text for s in split_sentences(text)] == [
        "Det. Rosa Quill said a man was shot near Mt. Airy on Tuesday.",
        "Ofc. Dunmore and Cpl. Fenn found him by Ft. Ward Road.",
        "He survived.",
    ]
