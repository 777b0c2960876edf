"""Names of people (and of things) that are also names of towns: an age, the word for a
relative, a middle initial or a longer proper name says the word is no place. Texts in
the project's own words, with invented people."""

from __future__ import annotations

from monitor.extract.gazetteer import gazetteer, small_place_votes
from monitor.extract.places import name_mentions, names_of_people


def kept(text: str) -> list[str]:
    return [m.surface for m in name_mentions(text, gazetteer().find(text))]


def test_a_name_with_an_age_between_commas_is_a_person_even_first_in_the_sentence() -> None:
    assert kept("Hamilton, 27, faces a charge of murder.") == []
    assert kept("The fire started in Denton, 12, Elm Street and 4 Oak Lane were damaged.") == ["Denton"]


def test_a_name_after_the_word_for_a_relative_is_a_person() -> None:
    assert kept("A gunman shot a woman and her son, Colton, in their kitchen.") == []
    assert kept("His brother Colton was not hurt.") == []
    # ... unless the place's police or a building follows
    assert kept("The body was found by his sister, Trotwood police said.") == ["Trotwood"]


def test_a_person_named_so_once_is_the_person_throughout() -> None:
    texts = ["Hamilton, 29, was arrested at his home.", "Hamilton was charged with murder."]
    assert "hamilton" in names_of_people((t, name_mentions(t, gazetteer().find(t))) for t in texts)


def test_the_first_of_two_names_is_no_small_place_unless_a_day_follows() -> None:
    # "Onda" is a village (of India in the small-places list); "Onda Cero" a radio station
    assert small_place_votes(["Masked men threw firebombs at the Onda Cero studios."]) == {}
    assert small_place_votes(["Gunmen fired at a bus near Onda Friday."]) == {"IN": 3}


def test_a_large_citys_other_spelling_before_a_name_is_part_of_that_name() -> None:
    # "Cano" is among the other names of Kano (Nigeria), "Limon" a town of Costa Rica:
    # together they name an oil field
    assert kept("Rebels blew up a pipeline at the Cano Limon oil field on Monday.") == []


def test_a_confederation_is_an_organisation_not_a_town() -> None:
    assert gazetteer().find("A bomb damaged the office of the Farmers' Confederation.") == []


def people(text: str) -> frozenset[str]:
    return names_of_people([(text, name_mentions(text, gazetteer().find(text)))])


def test_a_surname_after_a_middle_initial_is_a_person() -> None:
    assert "chandler" in people("The boy died on Sunday, according to a statement from Sheriff Michael C. Chandler.")


def test_every_name_after_a_persons_name_is_that_person() -> None:
    # "Neira" and "Garcia" are towns too; after "Pablo" they are his surnames
    assert {"neira", "garcia"} <= people("Police named the dead officers as Pablo Neira Garcia and two others.")
