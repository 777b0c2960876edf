"""Article text: a headline repeated at the top of the body; where sentences end; text
hard-wrapped at a fixed width."""

from __future__ import annotations

import pytest

from monitor.extract import extract
from monitor.extract.text import clean_lines, dateline, hard_wrapped, split_sentences, unwrap, without_title
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



@pytest.mark.parametrize(
    "first",
    [
        "A man was shot on 12 Febr. 2024 in Riga.",
        # a cut of any length from three letters, before the day or the year
        "A man was shot in Riga on Octob. 9.",
        "A man was shot on 9 Octob. 2024 in Riga.",
        "A man was shot in Riga on Novem. 2.",
        "A man was shot on 4 Septe. 2024 in Riga.",
    ],
)
def test_a_month_cut_does_not_end_a_sentence(first: str) -> None:
    assert [s.text for s in split_sentences(f"{first} He survived.")] == [first, "He survived."]


def test_a_name_that_is_a_months_name_less_one_letter_ends_a_sentence() -> None:
    # nobody cuts "March" to "Marc.": a name before a full stop ends its sentence
    assert [s.text for s in split_sentences("The shot was fired by Marc. Nobody was hurt.")] == [
        "The shot was fired by Marc.", "Nobody was hurt.",
    ]


# A wire story as teleprinters sent it: capitals, wrapped at 60 columns, a blank line
# between paragraphs, so every line break but the last of each paragraph is mid-sentence.
_WIRE = """\
   PUERTO ALEGRE, 9 MAR 91 (LATIN WIRE) -- UNIDENTIFIED GUNMEN FIRED
ON A BUS CARRYING FARM WORKERS NEAR THE TOWN OF SAN CLEMENTE LAST
NIGHT, KILLING SEVEN PASSENGERS AND WOUNDING TWELVE, THE REGIONAL
POLICE COMMANDER SAID TODAY.

   THE RED DAWN COMMANDO CLAIMED RESPONSIBILITY FOR THE ATTACK IN A
CALL TO A LOCAL RADIO STATION.  THE GROUP SAID IT WOULD STRIKE AGAIN
IF THE ARMY DID NOT LEAVE THE VALLEY."""


def test_a_hard_wrapped_wire_story_is_read_by_paragraph() -> None:
    sentences = [s.text for s in split_sentences(_WIRE)]
    assert sentences[0].startswith("PUERTO ALEGRE, 9 MAR 91 (LATIN WIRE) -- UNIDENTIFIED GUNMEN FIRED ON A BUS")
    assert sentences[0].endswith("KILLING SEVEN PASSENGERS AND WOUNDING TWELVE, THE REGIONAL POLICE COMMANDER SAID TODAY.")
    assert sentences[1:] == [
        "THE RED DAWN COMMANDO CLAIMED RESPONSIBILITY FOR THE ATTACK IN A CALL TO A LOCAL RADIO STATION.",
        "THE GROUP SAID IT WOULD STRIKE AGAIN IF THE ARMY DID NOT LEAVE THE VALLEY.",
    ]
    assert [s.paragraph for s in split_sentences(_WIRE)] == [0, 2, 2]


def test_a_short_line_that_ends_a_sentence_is_not_joined_to_the_next() -> None:
    # A sign-off or heading inside wrapped copy stands on its own line.
    lines = clean_lines(_WIRE.replace("LAST\nNIGHT", "LAST\nNIGHT.\nLOCAL TIME:\nKILLING", 1))
    assert hard_wrapped(lines)
    assert any(p.endswith("LOCAL TIME:") and "KILLING" not in p for p in unwrap(lines))


def test_web_text_with_one_paragraph_per_line_is_left_as_it_is() -> None:
    # Short lines of a web page (a heading, a date, short paragraphs, a list) are no wrapping.
    page = (
        "Shots fired outside Millbrook arena\n"
        "Saturday, 4 May 2024\n"
        "Two men were wounded when shots were fired outside the Millbrook arena.\n"
        "Police said both were expected to survive.\n"
        "Nobody has been arrested.\n"
        "1:05 Ferry service resumes after storm\n"
        "0:47 Council votes on new library"
    )
    lines = clean_lines(page)
    assert not hard_wrapped(lines)
    assert [s.text for s in split_sentences(page)][:3] == [
        "Shots fired outside Millbrook arena", "Saturday, 4 May 2024",
        "Two men were wounded when shots were fired outside the Millbrook arena.",
    ]


def test_a_wrapped_story_gives_its_whole_figures() -> None:
    item = FeedItem(
        item_id="w1", feed="f", outlet="LATIN WIRE", url="", title="", published="1991-03-09T12:00:00Z",
        text=_WIRE,
    )
    (report,) = extract(item)
    assert report.killed is not None and report.killed.value == 7
    assert report.wounded is not None and report.wounded.value == 12


def test_mixed_case_plain_text_wrapped_at_a_width_is_rejoined() -> None:
    # A plain-text archive: ordinary case, wrapped at 64 columns, paragraphs with no blank
    # line between them; the short last line of a paragraph ends its sentence.
    text = (
        "Three people were hurt on Sunday when a grenade was thrown into\n"
        "a crowded market in the port of Belmira, the provincial governor\n"
        "said in a statement.\n"
        "Witnesses said two men on a motorcycle threw the device and fled\n"
        "towards the coast road before the police arrived at the market."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Three people were hurt on Sunday when a grenade was thrown into a crowded market in the "
        "port of Belmira, the provincial governor said in a statement.",
        "Witnesses said two men on a motorcycle threw the device and fled towards the coast road "
        "before the police arrived at the market.",
    ]


def test_wire_dateline_with_the_country_in_brackets() -> None:
    # Wire copy of the 1980s: "CITY (COUNTRY), DATE (AGENCY) --"; the filing city is not the scene.
    place, rest = dateline("OSLO (NORWAY), 3 MAR 88 (NTB) -- [TEXT] A BOMB EXPLODED IN A BANK IN LIMA.")
    assert place == "OSLO (NORWAY)"
    assert rest.startswith("[TEXT] A BOMB")
    assert dateline("LIMA (EFE) -- A bomb went off.")[0] == "LIMA"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("DAMASCUS, Nov 18 (Reuters) — A car bomb went off.", "DAMASCUS"),
        ("DAMASCUS, November 18, 2026 (Wire Service) — A car bomb went off.", "DAMASCUS"),
        ("MOGADISHU, Somalia, 4 May (AP) — A car bomb went off.", "MOGADISHU, Somalia"),
        # a town not in capitals is a dateline only with a date after it
        ("Mogadishu, 4 May 2026 — A car bomb went off.", "Mogadishu"),
        ("Mogadishu, Somalia — A car bomb went off.", None),
    ],
)
def test_dateline_with_a_date_before_the_dash(text: str, place: str | None) -> None:
    found, rest = dateline(text)
    assert found == place
    assert rest == ("A car bomb went off." if place else text)


def test_story_filed_abroad_is_placed_where_it_happened() -> None:
    text = ("MADRID (SPAIN), 9 JUN 89 (EFE) -- [TEXT] TWO SPANISH NUNS WERE KIDNAPPED YESTERDAY IN THE PERUVIAN "
            "TOWN OF AYACUCHO, THE FOREIGN MINISTRY IN MADRID REPORTED TODAY.")
    reports = extract(FeedItem(item_id="w", feed="t", outlet="EFE", url="https://example.org/w", title="",
                               text=text, published="1989-06-09T12:00:00Z"))
    assert reports and reports[0].location.country_code == "PE"


def test_a_sentence_without_end_is_cut_into_bounded_pieces() -> None:
    from monitor.extract.text import MAX_SENTENCE_CHARS

    endless = "gunmen shot at the convoy and " * 400  # 12,000 characters, no full stop
    text = endless + "then left. Two guards died. Police came."
    pieces = [s.text for s in split_sentences(text)]
    assert len(pieces) > 6 and all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(pieces).split() == text.split()
    assert pieces[-2:] == ["Two guards died.", "Police came."]


def test_chrome_joined_to_the_first_sentence_keeps_the_story() -> None:
    # Feeds that strip a page's tags join a player, a credit or a caption to the story's
    # first line: the chrome goes, the story stays.
    story = "Gunmen shot dead four traders at a cattle market in Katsina State on Monday."
    for chrome in (
        "Audio By Carbonatix ", "Listen to this article 4 min read ", "Photo: AFP. ",
        "File photo: Traders at a market in Katsina. ", "© Reuters 2026. ", "Advertisement ",
        "Subscribe to our morning briefing. ",
    ):
        assert clean_lines(chrome + story) == [story], chrome


def test_a_line_that_is_only_chrome_is_still_dropped() -> None:
    assert clean_lines("Audio By Carbonatix\nPhoto: AFP\nCopyright 2026 Wire. All rights reserved.") == []
    # words that only start like chrome stay
    assert clean_lines("Share prices fell after the attack.") == ["Share prices fell after the attack."]


def test_a_wire_notice_a_caption_with_a_title_and_a_players_clock_are_chrome() -> None:
    assert clean_lines(
        "© 2025 Wire Service. All rights reserved. This material may not be published, broadcast or redistributed."
    ) == []
    # the caption runs on past "Col.", and its town stays out of the story
    assert clean_lines("Photo: Col. Bello visits a camp in Yola. Gunmen killed three herders.") == ["Gunmen killed three herders."]
    assert clean_lines("Listen to this article 00:00 / 03:27 Gunmen killed three herders.") == ["Gunmen killed three herders."]


def test_a_caption_before_the_story_on_one_line_gives_the_story_figures() -> None:
    item = FeedItem(
        item_id="t-cap", feed="f", outlet="o", url="", title="Market attack", published="2026-03-04T08:00:00Z",
        text="Photo: Mourners at a funeral in Katsina. Gunmen shot dead four traders at a cattle market in Katsina State"
        " on Monday, police said.",
    )
    (report,) = extract(item)
    assert report.killed is not None and report.killed.value == 4


def test_a_round_up_is_read_part_by_part() -> None:
    text = "Attacks on Friday: in Gao, a mine hit a truck; in Mopti, gunmen raided a market; and in Sevare, a shell hit a camp."
    parts = split_sentences(text)
    assert [s.text for s in parts] == [
        "Attacks on Friday:", "in Gao, a mine hit a truck;", "in Mopti, gunmen raided a market;",
        "and in Sevare, a shell hit a camp.",
    ]
    assert [s.part for s in parts] == [False, True, True, True]
    # a clause after a semicolon that sets no scene of its own stays in its sentence
    assert len(split_sentences("A bomb killed two in Gao; police said it was planted at night.")) == 1


def test_a_correction_note_is_chrome_and_its_wrong_figure_counts_nothing() -> None:
    text = (
        "Gunmen killed seven traders at a market in Katsina State on Monday, police said.\n"
        "Correction: An earlier version of this story said nine traders were killed; seven were.\n"
        "An earlier version of this article gave the toll as nine."
    )
    assert clean_lines(text) == ["Gunmen killed seven traders at a market in Katsina State on Monday, police said."]
    item = FeedItem(item_id="t-cor", feed="f", outlet="o", url="", title="Market attack", published="2026-03-04T08:00:00Z",
                    text=text)
    (report,) = extract(item)
    assert report.killed is not None and report.killed.value == 7


@pytest.mark.parametrize(
    "chrome",
    [
        # links to other stories, a caption's or a credit's label, a prompt: none of them the
        # story's, wherever the line or the sentence falls
        "Read also: Al-Shabaab fighters kill 9 in an ambush near Mandera",
        "READ MORE: Gunmen kill 4 in a bus attack near Lamu",
        "RELATED: Blast kills two at a bus stop in Nairobi",
        "WATCH: The moment a bomb hit a hotel in Mogadishu, killing 9",
        "Image caption, Soldiers guard a market in Garissa after a bomb killed six",
        "Image source, Wire Pictures",
        "Pictured: mourners at the funeral of six soldiers killed in an ambush near Garissa",
        "Caption: Riot police in Nairobi, where two protesters were shot dead",
    ],
)
def test_a_link_a_caption_or_a_prompt_on_its_line_makes_no_report(chrome: str) -> None:
    text = f"Lawmakers in Nairobi passed the budget on Thursday.\n{chrome}\nThe vote was 180 to 40."
    assert clean_lines(text) == ["Lawmakers in Nairobi passed the budget on Thursday.", "The vote was 180 to 40."]
    assert extract(FeedItem(item_id="t-chr", feed="f", outlet="o", url="", title="Budget passed", text=text,
                            published="2026-03-04T08:00:00Z")) == []


@pytest.mark.parametrize(
    "prompt",
    [
        "Sign up for our newsletter on the attacks in Lamu that killed 12.",
        "Click here to read: grenade attack wounds 3 in Mombasa.",
    ],
)
def test_a_prompt_in_mid_line_is_no_sentence(prompt: str) -> None:
    text = f"Tourist arrivals in Mombasa rose by a fifth this year. {prompt} Hotels reported full rooms."
    assert [s.text for s in split_sentences(text)] == [
        "Tourist arrivals in Mombasa rose by a fifth this year.", "Hotels reported full rooms."
    ]
    assert extract(FeedItem(item_id="t-chr", feed="f", outlet="o", url="", title="Tourism up", text=text,
                            published="2026-03-04T08:00:00Z")) == []


def test_a_chrome_label_in_capitals_is_no_dateline() -> None:
    assert dateline("READ MORE: Gunmen kill 4 in a bus attack near Lamu") == (None, "READ MORE: Gunmen kill 4 in a bus attack near Lamu")
    assert dateline("LAMU: Gunmen killed four people on a bus.") == ("LAMU", "Gunmen killed four people on a bus.")
