"""Keywords of an item's title and lead: extracted with the report, stored with it, and
used by matching, so that two articles naming the same people in their leads but not in
their violent sentences still meet. Texts written for the project."""

from __future__ import annotations

import dataclasses
import itertools

from monitor.config import AlertRules, MatchingConfig
from monitor.dedup.correlate import Correlator
from monitor.dedup.state import MemoryState, incident_keywords
from monitor.dedup.wording import report_keywords
from monitor.extract.pipeline import extract
from monitor.records import FeedItem, IncidentReport, Location, stable_id

PORTLAND = Location("Portland", "Oregon", "US", 45.5, -122.7)
SALEM = Location("Salem", "Oregon", "US", 44.9, -123.0)


def _item(key: str, title: str, text: str) -> FeedItem:
    return FeedItem(item_id=key, feed="t", outlet="Outlet", url=f"https://example.org/{key}",
                    title=title, text=text, published="2026-03-10T08:00:00Z")


def _rep(key: str, where: Location, day: str, evidence: str, lead: tuple[str, ...]) -> IncidentReport:
    return IncidentReport(
        report_id=stable_id("r", key), item_id=stable_id("i", key), outlet=f"Outlet {key}",
        url=f"https://example.org/{key}", published=f"{day}T12:00:00Z", event_type="armed_assault",
        location=where, event_date=day, evidence=(evidence,), lead_keywords=lead,
    )


def test_lead_keywords_come_from_the_lead_of_the_main_report() -> None:
    item = _item(
        "a", "Neighbours mourn Theodora Vukovic",
        "Friends of Theodora Vukovic gathered at the Lindqvist Bakery on Tuesday. "
        "A 41-year-old woman was shot dead in Portland, Oregon, on Monday night, police said.",
    )
    reports = extract(item)
    assert reports
    lead = set(reports[0].lead_keywords)
    assert {"theodora", "vukovic", "lindqvist", "bakery"} <= lead
    assert list(reports[0].lead_keywords) == sorted(lead)


def test_title_case_titles_give_no_keywords() -> None:
    item = _item("b", "Woman Shot Dead Near Riverside Market",
                 "A woman was shot dead in Portland, Oregon, on Monday night, police said.")
    reports = extract(item)
    assert reports
    assert "market" not in reports[0].lead_keywords


def test_old_reports_without_the_field_still_load() -> None:
    r = _rep("c", PORTLAND, "2026-03-09", "A man was shot.", ("alder", "quince"))
    data = r.to_dict()
    assert IncidentReport.from_dict(data) == r
    del data["lead_keywords"]
    assert IncidentReport.from_dict(data).lead_keywords == ()


def test_report_keywords_join_evidence_and_lead() -> None:
    r = _rep("d", PORTLAND, "2026-03-09", "Officers said Marguerite Okafor was hurt.", ("tamsin", "holloway"))
    assert {"marguerite", "okafor", "tamsin", "holloway"} <= report_keywords(r)
    assert {"tamsin", "holloway"} <= set(incident_keywords([r]))


def test_lead_names_bridge_a_later_follow_up_in_any_order() -> None:
    # The event sentences share nothing particular; the leads name the same two people
    # and the venue. The follow-up is dated nine days later and placed in another city.
    first = _rep("e1", PORTLAND, "2026-03-01", "A man was shot overnight.",
                 ("bartholomew", "esperanza", "quillfeather", "tavern"))
    later = _rep("e2", SALEM, "2026-03-10", "The suspect appeared before a judge.",
                 ("bartholomew", "esperanza", "quillfeather", "arraignment"))
    other = _rep("e3", PORTLAND, "2026-03-06", "Another man was shot at a gas station.",
                 ("cornelius", "wakanda", "petroleum"))
    for order in itertools.permutations([first, later, other]):
        st = MemoryState()
        c = Correlator(st, AlertRules(), MatchingConfig())
        for r in order:
            c.process(r)
        groups = {frozenset(rid for rid in i.report_ids) for i in st.incidents.values()}
        assert groups == {frozenset({first.report_id, later.report_id}), frozenset({other.report_id})}


def test_without_lead_keywords_the_follow_up_stays_apart() -> None:
    first = _rep("f1", PORTLAND, "2026-03-01", "A man was shot overnight.", ())
    later = _rep("f2", SALEM, "2026-03-10", "The suspect appeared before a judge.", ())
    st = MemoryState()
    c = Correlator(st, AlertRules(), MatchingConfig())
    for r in (first, dataclasses.replace(later)):
        c.process(r)
    assert len(st.incidents) == 2


def test_a_shooting_in_an_unknown_place_is_reported_with_the_country() -> None:
    item = _item(
        "g", "Toddler hurt by cousin at party, family says",
        "A toddler was accidentally shot by his cousin Bramwell Fitch at a birthday party, "
        "relatives of Ophelia Marchetti said. The family moved to Ohio last year.",
    )
    reports = extract(item)
    assert len(reports) == 1
    assert reports[0].location == Location(country_code="US")
    assert {"bramwell", "fitch"} <= set(reports[0].lead_keywords)


def test_a_shot_in_a_game_is_no_report() -> None:
    item = _item("h", "Record night for Carver",
                 "Jonas Carver set the record with a long shot from the corner. The team from Ohio won the game.")
    assert extract(item) == []


def _run(reports: list[IncidentReport], matching: MatchingConfig | None = None) -> set[frozenset[str]]:
    st = MemoryState()
    c = Correlator(st, AlertRules(), matching or MatchingConfig())
    for r in reports:
        c.process(r)
    return {frozenset(i.report_ids) for i in st.incidents.values()}


def test_a_trial_months_later_joins_only_with_very_similar_wording() -> None:
    shooting = _rep("t1", PORTLAND, "2026-01-05", "Officers said Ignatius Pemberton shot Rosalind Achterberg.",
                    ("ignatius", "pemberton", "rosalind", "achterberg"))
    trial = _rep("t2", PORTLAND, "2026-04-20", "Jurors heard Ignatius Pemberton describe the night.",
                 ("ignatius", "pemberton", "rosalind", "achterberg", "jurors"))
    vague = _rep("t3", PORTLAND, "2026-03-15", "Jurors heard from Ignatius Carter.",
                 ("ignatius", "jurors", "courtroom", "testimony", "defense"))
    for order in itertools.permutations([shooting, trial, vague]):
        assert _run(list(order)) == {
            frozenset({shooting.report_id, trial.report_id}), frozenset({vague.report_id})
        }
    # Turned off, or too far, it stays a separate incident.
    off = MatchingConfig(wording_far_days=0)
    assert len(_run([shooting, trial], off)) == 2
    later = dataclasses.replace(trial, report_id="t4", event_date="2028-02-10")  # beyond 730 days
    assert len(_run([shooting, later])) == 2


def test_the_dateline_state_beats_a_namesake_town_in_another_state() -> None:
    item = _item(
        "dl", "",
        "CUMBERLAND, Ind. (WXYZ) - A teenager was shot and wounded outside a gas station on "
        "Friday night, and a second teen was arrested, police said.",
    )
    item = dataclasses.replace(item, text=item.text.replace(" (WXYZ) - ", " (WXYZ) — "))
    reports = extract(item)
    assert reports
    assert reports[0].location.admin1 == "Indiana"
