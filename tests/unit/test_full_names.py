"""People named in full as a matching signal: which names count, that they are stored
with the report, and where a shared one stands in for wording. Texts written for the
project (invented people; real towns in sentences of our own)."""

from __future__ import annotations

import dataclasses
import itertools

from monitor.config import AlertRules, MatchingConfig
from monitor.dedup.correlate import Correlator
from monitor.dedup.state import MemoryState
from monitor.dedup.wording import full_names, report_names
from monitor.extract.pipeline import extract
from monitor.records import FeedItem, IncidentReport, Location, stable_id

DENVER = Location("Denver", "Colorado", "US", 39.7, -105.0)
SPOKANE = Location("Spokane", "Washington", "US", 47.7, -117.4)
NOWHERE = Location(None, None, "US")


def _rep(key: str, where: Location, day: str, evidence: str, *, kind: str = "armed_assault",
         lead_names: tuple[str, ...] = ()) -> IncidentReport:
    return IncidentReport(
        report_id=stable_id("r", key), item_id=stable_id("i", key), outlet=f"Outlet {key}",
        url=f"https://example.org/{key}", published=f"{day}T12:00:00Z", event_type=kind,
        location=where, event_date=day, evidence=(evidence,), lead_names=lead_names,
    )


def _groups(reports: list[IncidentReport]) -> set[frozenset[str]]:
    st = MemoryState()
    c = Correlator(st, AlertRules(), MatchingConfig())
    for r in reports:
        c.process(r)
    return {frozenset(i.report_ids) for i in st.incidents.values()}


def test_full_names_are_given_name_and_surname_with_the_middle_name_left_out() -> None:
    got = full_names(("Neighbours said Harold P. Whitcombe and Teresa Ann Dunleavy were hit.",))
    assert got == {"harold whitcombe", "teresa dunleavy"}


def test_officials_credits_and_places_are_no_ones_name() -> None:
    text = (
        "Sheriff Gordon Pettibone said the car was found near Santa Monica College, "
        "on Calvin Brook Drive, in Stuart Hall County. Photo: Daniel Ferris/Valley Ledger",
        "The spokesman, Sgt. Maria Lindqvist, and the reporter Frank Oduya gave no names.",
    )
    assert full_names(text) == frozenset()


def test_a_surname_alone_or_a_lower_case_word_makes_no_name() -> None:
    assert full_names(("Whitcombe was hit; brandon said nothing to gregory smith.",)) == frozenset()


def test_report_names_join_the_evidence_and_the_lead() -> None:
    r = _rep("a", DENVER, "2024-05-04", "Witnesses said Harold Whitcombe was hit.", lead_names=("teresa dunleavy",))
    assert report_names(r) == {"harold whitcombe", "teresa dunleavy"}


def test_lead_names_survive_serialisation_and_old_records_load() -> None:
    r = _rep("b", DENVER, "2024-05-04", "A man was shot.", lead_names=("teresa dunleavy",))
    data = r.to_dict()
    assert IncidentReport.from_dict(data) == r
    del data["lead_names"]
    assert IncidentReport.from_dict(data).lead_names == ()


def test_extraction_stores_the_names_of_the_lead() -> None:
    item = FeedItem(item_id="n1", feed="t", outlet="Outlet", url="https://example.org/n1",
                    title="Man shot outside Denver bar",
                    text="Harold Farrow, 31, was shot outside a bar in Denver on Friday, police said. "
                         "He was taken to a hospital.",
                    published="2026-03-10T08:00:00Z")
    reports = extract(item)
    assert reports
    assert "harold farrow" in reports[0].lead_names


# The stories share only the victim's name among many particulars (similarity 2 / 12,
# below every wording threshold); another story names another Harold.
FIRST = ("Police said Harold Farrow was wounded outside the Bluebird Cafe on Larimer, near Quigley Plaza, "
         "Ashdown Books and the Pemberton Gallery.")
NO_PLACE = ("Relatives of Harold Farrow met Councillor Edith Brannock, Pastor Simeon Wald and Coach Dorian Pike "
            "at Trinity.")
OTHER_PERSON = "Neighbours of Harold Crane described a quarrel at a gas station."


def test_a_story_with_no_place_joins_the_event_whose_victim_it_names_in_full() -> None:
    first = _rep("c1", DENVER, "2024-05-04", FIRST)
    vague = _rep("c2", NOWHERE, "2024-05-05", NO_PLACE)
    stranger = _rep("c3", NOWHERE, "2024-05-05", OTHER_PERSON)
    for order in itertools.permutations([first, vague, stranger]):
        assert _groups(list(order)) == {frozenset({first.report_id, vague.report_id}), frozenset({stranger.report_id})}


def test_a_namesake_in_another_state_joins_when_both_name_the_victim_in_full() -> None:
    first = _rep("d1", DENVER, "2024-05-04", FIRST)
    misplaced = _rep("d2", SPOKANE, "2024-05-04", NO_PLACE)
    assert len(_groups([first, misplaced])) == 1
    # Another state and a week apart (two weak links): a name is not enough.
    assert len(_groups([first, _rep("d3", SPOKANE, "2024-05-11", NO_PLACE)])) == 2


def test_two_kinds_of_event_join_only_when_one_person_is_named_in_both() -> None:
    first = _rep("e1", DENVER, "2024-05-04", FIRST)
    hostage = _rep("e2", DENVER, "2024-05-04", NO_PLACE, kind="kidnapping")
    assert len(_groups([first, hostage])) == 1
    assert len(_groups([first, dataclasses.replace(hostage, evidence=(OTHER_PERSON,))])) == 2


def test_a_first_name_missing_from_the_census_list_counts_before_a_surname_inside_a_sentence() -> None:
    text = ("Relatives said Daquavion Whitfield, 17, and Aunt Mary met at Fort Carson "
            "near Ellery Way before Task Force agents arrived.",)
    assert full_names(text) == {"daquavion whitfield"}
    # The sentence's first word may be anything capitalised: it is not taken for a name.
    assert full_names(("Daquavion Whitfield was hurt.",)) == frozenset()


def test_a_story_with_no_place_meets_the_name_another_story_with_no_place_brought() -> None:
    # The placed bulletin names no one; a story with no place names the bulletin's street
    # and the victim (it joins on the wording); a third, with no place either, names only
    # the victim. Its name is the incident's through the second story: it joins too.
    bulletin = _rep("f1", DENVER, "2024-05-04", "Shots rang out on Larkspur Terrace near the Ostrander Grill at dusk.")
    named = _rep("f2", NOWHERE, "2024-05-04",
                 "Felicia Marwood was hit on Larkspur Terrace outside the Ostrander Grill, her cousin said.")
    vigil = _rep("f3", NOWHERE, "2024-05-05", "Friends lit candles for Felicia Marwood at a church hall.")
    assert _groups([bulletin, named, vigil]) == {frozenset({bulletin.report_id, named.report_id, vigil.report_id})}
