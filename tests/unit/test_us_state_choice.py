"""The US state of a story: the outlet's name after the headline, and a county and a town
that several states share. Texts in the project's own words."""

from __future__ import annotations

import pytest

from monitor.extract import extract
from monitor.extract.text import without_outlet_suffix
from monitor.records import FeedItem


def item(text: str, title: str = "", outlet: str = "T") -> FeedItem:
    return FeedItem(item_id="s", feed="t", outlet=outlet, url="https://example.org/s", title=title, text=text,
                    published="2024-05-04T10:00:00Z")


@pytest.mark.parametrize(
    ("title", "outlet", "headline"),
    [
        ("Man hurt in late-night shooting - WXYZ.COM Local Vermont News, Weather and Sports", "wxyz.com",
         "Man hurt in late-night shooting"),
        ("Two wounded outside a bar « CBS Denver", "T", "Two wounded outside a bar"),
        ("Teen shot near the school | FOX44", "T", "Teen shot near the school"),
        ("Teen shot near the school - Valleytown Courier", "valleytowncourier.com", "Teen shot near the school"),
        ("Woman dies after a shooting - MyTownNow.com - Jackson, MS", "T", "Woman dies after a shooting"),
        # the story's own words after a dash stay
        ("Birthday party shooting - 2 gunmen, 7 victims", "T", "Birthday party shooting - 2 gunmen, 7 victims"),
        ("Vigil for a slain girl | Dayton, OH", "T", "Vigil for a slain girl | Dayton, OH"),
        ("Shooting - News", "T", "Shooting - News"),  # too short a headline to cut
    ],
)
def test_the_outlets_name_after_a_headline(title: str, outlet: str, headline: str) -> None:
    assert without_outlet_suffix(title, outlet) == headline


def test_the_outlets_region_is_not_the_scene() -> None:
    text = "A man was shot and wounded on Tuesday night in Brooklyn, police said. He is expected to survive."
    (report,) = extract(item(text, "Man shot in apartment hallway - WXYZ.COM Local Vermont News, Weather", "wxyz.com"))
    assert report.location.admin1 == "New York"


def test_the_outlets_town_is_the_place_of_a_story_that_names_none() -> None:
    text = "A 30-year-old man was shot and killed on Saturday night outside a corner store, police said."
    (report,) = extract(item(text, "Man killed outside corner store « CBS Chicago"))
    assert (report.location.name, report.location.admin1) == ("Chicago", "Illinois")


def test_the_outlets_state_chooses_between_namesakes() -> None:
    text = "A teenager was shot and wounded in Everett on Friday, police said."
    (report,) = extract(item(text, "Teen wounded in shooting « CBS Boston"))
    assert report.location.admin1 == "Massachusetts"


def test_a_county_and_a_town_of_several_states_share_one() -> None:
    text = (
        "A 40-year-old man was shot and killed at his home in Greenwood on Sunday, the Greenwood County "
        "sheriff's office said."
    )
    (report,) = extract(item(text))
    # Greenwood: Indiana, Mississippi, South Carolina; Greenwood County: Kansas, South Carolina.
    assert report.location.admin1 == "South Carolina"


def test_a_village_abroad_named_in_a_us_story_is_no_scene() -> None:
    # The violent sentence names only a hotel that shares an Italian village's name; the
    # rest of the story is in Las Vegas: the country is the US, not Italy.
    text = (
        "An officer fired at a man who pointed a pistol at tourists near the Bellagio fountains late Friday, "
        "grazing a passer-by. The Metropolitan Police Department said the man was arrested.\n\n"
        "The hotel stands on the Strip in Las Vegas, Nevada, where crowds gather every evening."
    )
    (report,) = extract(item(text))
    assert report.location.country_code == "US"


def test_a_town_name_followed_by_said_is_a_surname() -> None:
    from monitor.extract.gazetteer import gazetteer
    from monitor.extract.places import name_mentions, names_of_people

    def people(*texts: str) -> frozenset[str]:
        return names_of_people([(t, name_mentions(t, gazetteer().find(t))) for t in texts])

    # A neighbour with a first name the census list lacks, quoted by her surname alone.
    assert "tyler" in people("Zalonda Tyler, who lives on the block, heard the shots.",
                             '"We are scared to let the kids out," Tyler said.')
    # The town's own officials speak for it: still the town.
    assert "tyler" not in people("The mayor of Tyler said the city would add patrols.")
