"""bench.quality --misses: the per-item list of a field's misses (a diagnostic only)."""

from __future__ import annotations

from bench.quality import misses
from bench.scoring import Gold, Pred


def test_misses_lists_scored_items_predicted_otherwise() -> None:
    pairs: list[tuple[Gold, Pred | None]] = [
        (Gold(item_id="a", relevant=True, scored=frozenset({"country"}), country_code="FR"), Pred(country_code="FR")),
        (Gold(item_id="b", relevant=True, scored=frozenset({"country"}), country_code="PE"), Pred(country_code="BO")),
        (Gold(item_id="c", relevant=True, scored=frozenset({"country"}), country_code="NP"), None),
        (Gold(item_id="d", relevant=True, scored=frozenset(), country_code="GR"), Pred(country_code="IT")),
    ]
    assert misses(pairs, "country") == [("b", "PE", "BO"), ("c", "NP", "-")]


def test_misses_count_places_as_the_score_does() -> None:
    """A place spelled otherwise (case, accents) or given as a label's alternative is a hit,
    not a miss, as in place_accuracy."""
    pairs: list[tuple[Gold, Pred | None]] = [
        (Gold(item_id="a", relevant=True, scored=frozenset({"place"}), place="TORONTO"), Pred(place="Toronto")),
        (
            Gold(item_id="b", relevant=True, scored=frozenset({"place"}), place="Bronx", place_alternatives=("The Bronx",)),
            Pred(place="The Bronx"),
        ),
        (Gold(item_id="c", relevant=True, scored=frozenset({"place"}), place="Herat"), Pred(place="Kabul")),
    ]
    assert misses(pairs, "place") == [("c", "Herat", "Kabul")]
