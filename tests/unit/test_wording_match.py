"""Wording similarity in matching: keywords, the vague-report gate, bridging a wider date
window or another province, the tie-break between two same-day events, and the keyword
index of every state implementation. Scenarios written for the project."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date, timedelta
from pathlib import Path

import pytest

from monitor.config import AlertRules, MatchingConfig
from monitor.dedup.correlate import Correlator
from monitor.dedup.match import score, wording_with
from monitor.dedup.merge import merge
from monitor.dedup.state import MAX_KEYWORD_INCIDENTS, IncidentState, MemoryState, keyword_hits
from monitor.dedup.wording import day_part, days_apart, keywords, similarity
from monitor.records import Figure, Incident, IncidentReport, Location, stable_id
from monitor.store.sqlite import SqliteStore

DENVER = Location("Denver", "Colorado", "US", 39.7, -105.0)
AURORA = Location("Aurora", "Colorado", "US", 39.7, -104.8)
SPOKANE = Location("Spokane", "Washington", "US", 47.7, -117.4)
NOWHERE = Location(None, None, "US")


def rep(
    key: str,
    where: Location,
    day: str,
    evidence: str,
    *,
    stated: bool = True,
    killed: int | None = None,
    published: str | None = None,
) -> IncidentReport:
    return IncidentReport(
        report_id=stable_id("r", key), item_id=stable_id("i", key), outlet=f"Outlet {key}",
        url=f"https://example.org/{key}", published=published or f"{day}T12:00:00Z",
        event_type="armed_assault", location=where, event_date=day, date_stated=stated,
        killed=Figure(killed) if killed is not None else None, evidence=(evidence,),
    )


def clusters(reports: list[IncidentReport], state: IncidentState | None = None) -> set[frozenset[str]]:
    st = state if state is not None else MemoryState()
    correlator = Correlator(st, AlertRules(), MatchingConfig())
    for r in reports:
        correlator.process(r)
    found: dict[str, set[str]] = {}
    for r in reports:
        hit = next(i for i in _incidents(st) if r.report_id in i.report_ids)
        found.setdefault(hit.incident_id, set()).add(r.report_id)
    return {frozenset(v) for v in found.values()}


def _incidents(state: IncidentState) -> list[Incident]:
    if isinstance(state, MemoryState):
        return list(state.incidents.values())
    assert isinstance(state, SqliteStore)
    return state.all_incidents()


# Two stories of one shooting, in different words but naming the same people and venue.
FIRST = "A bartender named Rosalind Okafor was wounded when a customer opened fire at the Copper Kettle tavern."
FOLLOW = "Prosecutors charged Dmitri Vance over the gunfire at the Copper Kettle that wounded Rosalind Okafor."
OTHER = "Two cousins were hurt when someone fired from a passing pickup near Hampden Heights."


def test_keywords_keep_names_and_ages_and_drop_common_words() -> None:
    words = keywords(("Officers said a 34-year-old named Lucia Brandt was shot near the Copper Kettle.",))
    assert {"lucia", "brandt", "34-year-old", "copper", "kettle"} <= words
    assert not words & {"officers", "said", "shot", "near", "the"}
    # A capital at the start of a sentence is not a name.
    assert "yesterday" not in keywords(("Yesterday a man was shot.",))


def test_keywords_keep_street_ordinals_and_drop_credits_and_page_chrome() -> None:
    words = keywords(("Two men were hurt on West 47th Street near the Marlowe bakery.",))
    assert {"47th", "marlowe"} <= words
    # A photo credit (photographer/outlet) and page furniture name no part of the event.
    credited = keywords(("Pat Quigley/Harbor Ledger View Full Caption A clerk named Ines Tovar was shot.",))
    assert not credited & {"pat", "quigley", "harbor", "ledger", "full", "caption"}
    assert {"ines", "tovar"} <= credited


def test_similarity_needs_two_shared_words() -> None:
    a, b = frozenset({"okafor", "kettle", "vance"}), frozenset({"okafor", "tavern"})
    assert similarity(a, b) == 0.0
    assert similarity(a, b | {"kettle"}) == pytest.approx(2 / 4)


def test_report_without_place_joins_only_when_wording_matches() -> None:
    placed = rep("a", DENVER, "2024-05-04", FIRST)
    vague_same = rep("b", NOWHERE, "2024-05-04", FOLLOW)
    vague_other = rep("c", NOWHERE, "2024-05-04", OTHER)
    got = clusters([placed, vague_same, vague_other])
    assert frozenset({placed.report_id, vague_same.report_id}) in got
    assert frozenset({vague_other.report_id}) in got


def test_undated_follow_up_days_later_joins_by_wording() -> None:
    first = rep("a", DENVER, "2024-05-04", FIRST)
    # Published ten days on, no date cue: beyond the strict window and the lookback.
    late = rep("b", DENVER, "2024-05-14", FOLLOW, stated=False)
    late_other = rep("c", DENVER, "2024-05-14", OTHER, stated=False)
    got = clusters([first, late, late_other])
    assert frozenset({first.report_id, late.report_id}) in got
    assert frozenset({late_other.report_id}) in got


def test_far_beyond_the_wording_window_stays_apart() -> None:
    # Beyond wording_far_days (730) nothing bridges; within it only wording_far does.
    first = rep("a", DENVER, "2024-05-04", FIRST)
    much_later = rep("b", DENVER, "2026-06-20", FOLLOW, stated=False)
    assert len(clusters([first, much_later])) == 2


def test_months_later_follow_up_joins_in_the_same_place_only() -> None:
    first = rep("a", DENVER, "2024-05-04", FIRST)
    trial = rep("b", DENVER, "2024-10-20", FOLLOW, stated=False)  # five months on
    assert clusters([first, trial]) == {frozenset({first.report_id, trial.report_id})}
    # Months apart AND in another state: two weak links, two events.
    elsewhere = rep("c", SPOKANE, "2024-10-20", FOLLOW, stated=False)
    assert len(clusters([first, elsewhere])) == 2


def test_other_province_joins_only_with_very_similar_wording() -> None:
    first = rep("a", DENVER, "2024-05-04", FIRST)
    misplaced = rep("b", SPOKANE, "2024-05-04", FOLLOW)  # the place was resolved wrongly
    elsewhere = rep("c", SPOKANE, "2024-05-04", OTHER)
    got = clusters([first, misplaced, elsewhere])
    assert frozenset({first.report_id, misplaced.report_id}) in got
    assert frozenset({elsewhere.report_id}) in got


def test_same_day_same_city_events_stay_apart_and_wording_picks_the_right_one() -> None:
    tavern = rep("a", DENVER, "2024-05-04", FIRST, killed=1)
    drive_by = rep("b", DENVER, "2024-05-04", OTHER, killed=9)  # figures: two events
    # Neither figure nor place tells which; the words do.
    update = rep("c", DENVER, "2024-05-04", "Residents of Hampden Heights said the cousins and a neighbour were hurt.")
    got = clusters([tavern, drive_by, update])
    assert frozenset({drive_by.report_id, update.report_id}) in got
    assert frozenset({tavern.report_id}) in got


def test_wording_bridged_matches_do_not_depend_on_order() -> None:
    # A neighbouring city, a vague follow-up eight days on, and another event the same day
    # (its toll contradicts): every order gives the same two incidents.
    stream = [
        rep("a", DENVER, "2024-05-04", FIRST, killed=1),
        rep("b", AURORA, "2024-05-04", FOLLOW),
        rep("c", NOWHERE, "2024-05-12", FOLLOW + " The Copper Kettle stays closed.", stated=False),
        rep("d", DENVER, "2024-05-04", OTHER, killed=9),
    ]
    results = {frozenset(clusters(list(order))) for order in itertools.permutations(stream)}
    assert len(results) == 1
    (only,) = results
    assert frozenset(r.report_id for r in stream[:3]) in only


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_keyword_index_finds_incidents_by_shared_words(kind: str, tmp_path: Path) -> None:
    state: IncidentState = MemoryState() if kind == "memory" else SqliteStore(tmp_path / "s.sqlite")
    clusters([rep("a", DENVER, "2024-05-04", FIRST), rep("b", SPOKANE, "2024-05-04", OTHER)], state)
    hits = state.similar("US", ["okafor", "kettle", "zzz"], "2024-05-01", "2024-05-10", 2)
    assert [i.location.name for i in hits] == ["Denver"]
    assert state.similar("US", ["okafor", "kettle"], "2024-05-05", "2024-05-10", 2) == []  # outside the days
    assert state.similar("US", ["okafor"], "2024-05-01", "2024-05-10", 2) == []  # one shared word is not enough
    assert state.similar("AF", ["okafor", "kettle"], "2024-05-01", "2024-05-10", 2) == []  # another region


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_a_keyword_of_too_many_incidents_in_the_span_is_no_clue(kind: str, tmp_path: Path) -> None:
    state: IncidentState = MemoryState() if kind == "memory" else SqliteStore(tmp_path / "s.sqlite")
    start = date(2024, 1, 1)
    # MAX_KEYWORD_INCIDENTS + 1 incidents share "Brannock" in January; one also "Quillfeather".
    for k in range(MAX_KEYWORD_INCIDENTS + 1):
        extra = " Quillfeather Tannery was hit." if k == 0 else ""
        r = rep(f"k{k}", DENVER, (start + timedelta(days=k % 28)).isoformat(),
                f"Deputy Brannock said a guard named Orvald{k}ar was shot.{extra}")
        state.save(merge(f"inc-{k}", [r]), [r])
    words = ["brannock", "quillfeather", "tannery"]
    # In January "brannock" names more incidents than the cut: only the two rare words count.
    assert [i.incident_id for i in state.similar("US", words, "2024-01-01", "2024-01-31", 2)] == ["inc-0"]
    assert state.similar("US", ["brannock", "quillfeather"], "2024-01-01", "2024-01-31", 2) == []
    # Over the first two days it names four: then it counts.
    assert [i.incident_id for i in state.similar("US", ["brannock", "quillfeather"], "2024-01-01", "2024-01-02", 2)] == ["inc-0"]


def test_keyword_hits_leave_out_a_posting_only_by_its_incidents_inside_the_span() -> None:
    common = {f"i{k}": "2024-01-01" if k < MAX_KEYWORD_INCIDENTS else "2023-06-01" for k in range(100)}
    rare = {"i0": "2024-01-01"}
    assert keyword_hits([common, rare], "2024-01-01", "2024-01-31", 2) == ["i0"]
    common["i99"] = "2024-01-02"  # one more inside the span: over the cut
    assert keyword_hits([common, rare], "2024-01-01", "2024-01-31", 2) == []


def test_a_neighbourhood_joins_its_city_and_a_nearby_suburb_does_not() -> None:
    city = Location("Lakeport", "Colorado", "US", 39.70, -105.00)
    quarter = Location("Lakeport Heights", "Colorado", "US", 39.73, -104.95)  # about 5 km
    suburb = Location("Millbrook", "Colorado", "US", 39.70, -104.80)  # about 17 km
    first = rep("a", city, "2024-05-04", "A shop owner was shot during a robbery.")
    same = rep("b", quarter, "2024-05-04", "A store was robbed and its owner shot.")
    other = rep("c", suburb, "2024-05-04", "A driver was shot at a fuel station.")
    got = clusters([first, same, other])
    assert frozenset({first.report_id, same.report_id}) in got
    assert frozenset({other.report_id}) in got


def test_months_apart_two_shared_words_are_not_enough() -> None:
    first = rep("a", DENVER, "2024-05-04", "A courier named Oswin Garroway was shot outside the Larkspur depot.")
    # Small keyword sets sharing two words score high, but months apart that is no evidence.
    later = rep("b", DENVER, "2024-09-14", "Staff of the Larkspur depot said Garroway retired.", stated=False)
    assert len(clusters([first, later])) == 2
    near = rep("c", DENVER, "2024-05-10", "Staff of the Larkspur depot said Garroway retired.", stated=False)
    assert len(clusters([first, near])) == 1


def test_a_report_that_names_the_incidents_town_joins_despite_a_namesake_elsewhere() -> None:
    first = rep("a", DENVER, "2024-05-04", "A cook was shot behind a diner on Colfax.")
    incident = merge("inc", [first])
    # Resolved to a town of another state, but the text names Denver (a candidate found
    # through the keyword index, which crosses provinces).
    namesake = rep("b", SPOKANE, "2024-05-04", "The cook, who works in Denver, was shot behind the diner.")
    unrelated = rep("c", SPOKANE, "2024-05-04", "A cook was shot behind a diner downtown.")
    reports = {"inc": [first]}
    assert score(namesake, incident, wording=wording_with(reports.__getitem__, namesake)) is not None
    assert score(unrelated, incident, wording=wording_with(reports.__getitem__, unrelated)) is None
    # And the other way round: the incident's report names the new report's town.
    later = merge("inc2", [namesake])
    assert score(first, later, wording=wording_with({"inc2": [namesake]}.__getitem__, first)) is not None


def test_a_later_follow_up_in_the_same_town_needs_less_wording_than_one_elsewhere() -> None:
    first = rep("a", DENVER, "2024-05-04",
                "Witnesses said Marisol Quintero and Tobias Wren argued with a stranger at the "
                "Juniper Lounge before Quintero was wounded near Sheridan Boulevard by Gilpin Park.")
    # Six days on, no date cue: two of its eight words are the first report's (similarity
    # 0.22), and no one is named in full (a full name shared would join it elsewhere too).
    later_text = "Relatives of Quintero gathered at Cheesman Park, Riverside Chapel, Ellison Hall and Gilpin."
    same_town = rep("b", DENVER, "2024-05-10", later_text, stated=False)
    elsewhere = rep("c", SPOKANE, "2024-05-10", later_text, stated=False)
    assert len(clusters([first, same_town])) == 1
    assert len(clusters([first, elsewhere])) == 2


def test_months_later_a_story_naming_the_incidents_town_joins_despite_a_namesake() -> None:
    first = rep("a", DENVER, "2024-05-04", FIRST)
    # Five months on, the town resolved to a namesake in another state; the text names Denver.
    trial = rep("b", SPOKANE, "2024-10-20", FOLLOW + " The trial opened in Denver.", stated=False)
    assert clusters([first, trial]) == {frozenset({first.report_id, trial.report_id})}


def _days_after(day: str, n: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=n)).isoformat()


def test_an_unstated_date_stretches_the_window_on_its_side_only_in_either_order() -> None:
    """Only an unstated date is an upper bound. Two stated dates a few days apart in one
    city, with nothing shared in their wording, are two events whichever comes first; an
    undated story (or two) published that many days after the event joins it whichever
    comes first."""
    lookback = MatchingConfig().undated_lookback_days
    assert lookback > MatchingConfig().date_window_days
    first = rep("d1", DENVER, "2024-05-04", FIRST)
    later = _days_after("2024-05-04", lookback)
    stated_later = rep("d2", DENVER, later, OTHER)
    undated_later = rep("d3", DENVER, later, OTHER, stated=False)
    undated_first = rep("d4", DENVER, "2024-05-04", OTHER, stated=False)
    for order in ([first, stated_later], [stated_later, first]):
        assert len(clusters(order)) == 2
    for pair in ([first, undated_later], [undated_first, undated_later]):
        for order in (pair, pair[::-1]):
            assert clusters(order) == {frozenset(r.report_id for r in pair)}


def test_an_undated_story_six_days_on_joins_the_event_in_its_town() -> None:
    """"Police said Sunday's shooting ..." in a Saturday paper: no date stated, so the
    publication day is an upper bound a week wide; nothing else need be shared."""
    first = rep("w1", DENVER, "2024-05-05", FIRST)
    saturday = rep("w2", DENVER, "2024-05-11", OTHER, stated=False)
    assert clusters([first, saturday]) == clusters([saturday, first]) == {
        frozenset({first.report_id, saturday.report_id})
    }
    # Nine days on it is beyond the week: apart, as nothing particular is shared.
    too_late = rep("w3", DENVER, "2024-05-14", OTHER, stated=False)
    assert len(clusters([first, too_late])) == 2


def test_a_sentencing_a_year_and_a_half_on_joins_in_the_same_town_only() -> None:
    first = rep("s1", DENVER, "2024-05-04", FIRST)
    sentencing = rep("s2", DENVER, "2025-11-10", FOLLOW, stated=False)
    assert clusters([first, sentencing]) == clusters([sentencing, first]) == {
        frozenset({first.report_id, sentencing.report_id})
    }
    elsewhere = rep("s3", SPOKANE, "2025-11-10", FOLLOW, stated=False)
    assert len(clusters([first, elsewhere])) == 2


def test_a_story_with_no_place_joins_the_same_days_event_in_the_town_it_names() -> None:
    placed = rep("g1", DENVER, "2024-05-04", FIRST)
    vague = rep("g2", NOWHERE, "2024-05-04", "Gunfire in Denver late on Friday sent two people to hospital, "
                                             "a dispatcher confirmed.")
    elsewhere = rep("g3", NOWHERE, "2024-05-04", "Gunfire in Spokane late on Friday sent two people to "
                                                 "hospital, a dispatcher confirmed.")
    for order in itertools.permutations([placed, vague, elsewhere]):
        assert clusters(list(order)) == {
            frozenset({placed.report_id, vague.report_id}), frozenset({elsewhere.report_id})
        }
    # With neither date known, naming the town is not enough.
    undated = [dataclasses.replace(r, event_date=None, published=None) for r in (placed, vague)]
    assert len(clusters(undated)) == 2


def test_a_round_up_with_no_place_does_not_make_two_towns_compatible() -> None:
    """A round-up names Denver (so it joins the Denver shooting) and Spokane; a Spokane
    story the same day shares two of its many names. That does not make Spokane and Denver
    one place: too little wording for another state, so two events."""
    placed = rep("u1", DENVER, "2024-05-04", FIRST)
    roundup = rep("u2", NOWHERE, "2024-05-04",
                  "Across the region: a shooting in Denver; in Spokane gunfire at Alder Creek; the Bellweather "
                  "Arms, Quimby Hall and Marchetti Bakery closed early; Ottavio Lindqvist spoke for the mayor.")
    spokane = rep("u3", SPOKANE, "2024-05-04",
                  "Two cousins, Ottoline Varga and Percival Nakamura, were hurt near Alder Creek by Wexford "
                  "Pharmacy.")
    got = clusters([placed, roundup, spokane])
    assert frozenset({placed.report_id, roundup.report_id}) in got
    assert frozenset({spokane.report_id}) in got


def test_a_round_ups_words_do_not_bridge_its_incident_to_another_event() -> None:
    """The round-up joined the Denver shooting by naming Denver; a Spokane story that
    shares many of the round-up's names (but nothing of the Denver story) is not the
    Denver shooting."""
    placed = rep("v1", DENVER, "2024-05-04", FIRST)
    roundup = rep("v2", NOWHERE, "2024-05-04",
                  "Across the region: a shooting in Denver; gunfire at Alder Creek near the Bellweather Arms "
                  "and Quimby Hall.")
    spokane = rep("v3", SPOKANE, "2024-05-04",
                  "Gunfire at Alder Creek near the Bellweather Arms and Quimby Hall hurt a cyclist.")
    for order in ([placed, roundup, spokane], [roundup, placed, spokane]):
        got = clusters(order)
        assert frozenset({placed.report_id, roundup.report_id}) in got
        assert frozenset({spokane.report_id}) in got


def test_an_incidents_reports_are_read_once_per_report_matched() -> None:
    first = rep("c1", DENVER, "2024-05-04", FIRST)
    incident = merge("inc-c", [first])
    reads: list[str] = []

    def reports(incident_id: str) -> list[IncidentReport]:
        reads.append(incident_id)
        return [first]

    wording = wording_with(reports, rep("c2", DENVER, "2024-05-20", FOLLOW, stated=False))
    assert wording(incident) > 0 and wording(incident, 3) > 0
    assert not wording.names_place(incident) and wording.date_stated(incident)
    assert reads == ["inc-c"]


def test_elsewhere_and_a_week_apart_needs_the_wording_of_a_far_match() -> None:
    # Columbus is a town of several states: the extractor may have chosen a wrong one.
    here = DENVER
    namesake = Location("Columbus", "Georgia", "US", 32.46098, -84.98771)
    first = rep("a", here, "2024-05-04", FIRST)
    # Two of its eight keywords are the first report's: similarity 2 / (5 + 1), above
    # wording_admit (0.25) but below wording_far (0.35), and only two shared.
    vigil = "Friends of Rosalind Okafor met at Larkspur Chapel with Fenwick Orr and Delphine Marsh."
    assert len(clusters([first, rep("b", namesake, "2024-05-04", vigil)])) == 1  # same day: a namesake
    assert len(clusters([first, rep("c", here, "2024-05-11", vigil)])) == 1  # same town: a follow-up
    # Another state AND a week apart (both dates stated): two weak links, two events.
    assert len(clusters([first, rep("d", namesake, "2024-05-11", vigil)])) == 2
    # What a far match needs (three shared, 0.35) still bridges both.
    assert len(clusters([first, rep("e", namesake, "2024-05-11", FOLLOW)])) == 1
    # Not two towns the gazetteer knows one of each name of, far apart: no wording makes
    # them one place (tests/unit/test_places_apart.py).
    far = rep("f", SPOKANE, "2024-05-11", FOLLOW)
    assert len(clusters([first, far])) == 2


def test_with_no_date_at_all_the_same_town_needs_shared_names() -> None:
    # A feed that gives no dates: nothing says the two stories are of the same days.
    def undated(key: str, evidence: str) -> IncidentReport:
        return dataclasses.replace(rep(key, DENVER, "2024-05-04", evidence), event_date=None, published=None)

    tavern, other = undated("a", FIRST), undated("b", OTHER)
    assert len(clusters([tavern, other])) == 2
    assert len(clusters([tavern, undated("c", FOLLOW)])) == 1


def test_a_story_with_no_place_names_a_town_whose_name_has_an_article() -> None:
    woodlands = Location("The Woodlands", "Texas", "US", 30.17, -95.50)
    placed = rep("t1", woodlands, "2024-05-04", FIRST)
    vague = rep("t2", NOWHERE, "2024-05-04", "A jogger was hurt by a stray round near a pond in The Woodlands.")
    assert len(clusters([placed, vague])) == 1


def test_a_story_naming_the_county_joins_the_event_placed_in_that_county() -> None:
    # One outlet places the shooting in the county (all its sheriff said), another in the
    # town, naming the county's sheriff: the county is named ("County" itself never is a
    # keyword), so the two places are one.
    county = Location("Harrow County", "Ohio", "US")
    town = Location("Millbrook", "Ohio", "US")
    by_county = rep("c1", county, "2024-05-04", "A teenager was wounded at a party, the sheriff said.")
    by_town = rep("c2", town, "2024-05-04", "Deputies of the Harrow County sheriff found two men hurt on Tanager Road.")
    assert len(clusters([by_county, by_town])) == 1
    assert len(clusters([by_town, by_county])) == 1
    # A story of the same day in another town of the state that names no such county
    # stays apart.
    elsewhere = rep("c3", Location("Dunmore", "Ohio", "US"), "2024-05-04", OTHER)
    assert len(clusters([by_county, by_town, elsewhere])) == 2


def test_a_place_near_one_of_the_incidents_reports_is_a_compatible_place() -> None:
    # An incident most of whose stories name the city, one the district 20 km out where
    # it happened (admitted by its wording); a later story naming only the district, in
    # other words, joins it: the district is that report's place.
    district = Location("Welby Heights", "Colorado", "US", 39.88, -105.0)
    city_a = rep("n1", DENVER, "2024-05-04", FIRST)
    city_b = rep("n2", DENVER, "2024-05-04", FOLLOW)
    named = rep("n3", district, "2024-05-04", "Neighbours of Rosalind Okafor said the Copper Kettle shut early.")
    other_words = rep("n4", district, "2024-05-05", "Detectives asked drivers who passed Kessling Mill to call in.")
    assert len(clusters([city_a, city_b, named])) == 1
    assert len(clusters([city_a, city_b, named, other_words])) == 1
    # Without the district report, the city and the district 20 km away are two places.
    assert len(clusters([city_a, city_b, other_words])) == 2


def test_a_namesake_in_another_state_is_found_through_the_town_its_stories_name() -> None:
    # The extractor put one story in Milford, Connecticut, the other in Milford, Delaware.
    # Besides the town they share one name only: too little for the keyword lookup
    # without the town, enough with it; the rules then join them (same town name).
    ct = Location("Milford", "Connecticut", "US", 41.22, -73.06)
    de = Location("Milford", "Delaware", "US", 38.91, -75.42)
    first = rep("m1", ct, "2024-05-04", "A toddler found a pistol in a Milford kitchen drawer, Greta Lindqvist said.")
    second = rep("m2", de, "2024-05-04", "Relatives told Lindqvist that in Milford a girl of two had shot herself.")
    unrelated = rep("m3", de, "2024-05-04", "In Milford a delivery driver was hurt when Osric Bellamy fired twice.")
    assert len(clusters([first, second])) == 1
    assert len(clusters([first, unrelated])) == 2


def test_the_same_toll_of_a_mass_killing_ties_two_stories_of_one_town_days_apart() -> None:
    # Two stories five days apart sharing two of their twenty-odd particulars: a similarity
    # below wording_later (0.1), so the wording alone does not tie them.
    def names(prefix: str) -> str:
        return ", ".join(f"{prefix}{a}{b}" for a in "aeiou" for b in "lmnr")

    first = rep("t1", DENVER, "2024-05-04", f"Mourners at the Marigold Ballroom named {names('Vost')}.", killed=5)
    later = f"Families of the Marigold Ballroom victims met {names('Brel')}."
    same = rep("t2", DENVER, "2024-05-09", later, killed=5)
    assert clusters([first, same]) == clusters([same, first]) == {frozenset({first.report_id, same.report_id})}
    # A smaller toll, another toll, or another state: nothing ties them.
    assert len(clusters([dataclasses.replace(first, killed=Figure(2)), dataclasses.replace(same, killed=Figure(2))])) == 2
    assert len(clusters([first, dataclasses.replace(same, killed=Figure(6))])) == 2
    assert len(clusters([first, dataclasses.replace(same, location=SPOKANE)])) == 2


def test_a_county_named_without_its_state_is_matched_like_a_story_with_no_place() -> None:
    # The extractor could not tell which state's Larkin County it is: no province, no point.
    county = Location("Larkin County", None, "US")
    first = rep("v1", DENVER, "2024-05-04", FIRST)
    same = rep("v2", county, "2024-05-04", FOLLOW)
    other = rep("v3", county, "2024-05-04", OTHER)
    for order in itertools.permutations([first, same, other]):
        assert clusters(list(order)) == {frozenset({first.report_id, same.report_id}), frozenset({other.report_id})}


def test_an_event_with_its_own_toll_does_not_join_a_tally_of_the_period() -> None:
    # A year's tally made an incident of its own (the extractor read the period as the event);
    # a raid the next day in the same state has a toll of its own: one of many, not the tally.
    tally = dataclasses.replace(
        rep("t", DENVER, "2024-05-04", "Gunmen have killed 300 people across the state this year."),
        killed=Figure(300, "more_than", period_total=True),
    )
    raid = rep("r", DENVER, "2024-05-05", "Gunmen killed four villagers in a raid on Tuesday night.", killed=4)
    assert clusters([tally, raid]) == {frozenset({tally.report_id}), frozenset({raid.report_id})}
    # A story with no figure, or only the tally again, still joins the tally.
    again = dataclasses.replace(
        rep("u", DENVER, "2024-05-05", "Gunmen have killed 300 people across the state this year."),
        killed=Figure(300, "more_than", period_total=True),
    )
    assert clusters([tally, again]) == {frozenset({tally.report_id, again.report_id})}


def test_a_raid_told_as_a_kidnapping_and_as_an_attack_with_one_toll_is_one() -> None:
    attack = rep("k1", DENVER, "2024-05-04", "Gunmen killed three farmers and seized ten others.", killed=3)
    abduction = dataclasses.replace(
        rep("k2", DENVER, "2024-05-04", "Ten farmers were abducted and three shot dead.", killed=3), event_type="kidnapping"
    )
    assert clusters([attack, abduction]) == {frozenset({attack.report_id, abduction.report_id})}
    # other tolls: a kidnapping and an attack the same day stay two
    other = dataclasses.replace(
        rep("k3", DENVER, "2024-05-04", "Ten farmers were abducted and one shot dead.", killed=1), event_type="kidnapping"
    )
    assert len(clusters([attack, other])) == 2


def test_a_massacre_told_as_a_kidnapping_with_a_close_toll_is_one_raid() -> None:
    attack = rep("n1", DENVER, "2024-05-04", "Gunmen killed 20 villagers in a dawn raid.", killed=20)
    abduction = dataclasses.replace(
        rep("n2", DENVER, "2024-05-04", "Bandits killed 23 people and abducted several women.", killed=23),
        event_type="kidnapping",
    )
    assert len(clusters([attack, abduction])) == 1
    # A toll far apart, or small tolls (a kidnapping with one dead, an attack with three): two.
    far = dataclasses.replace(abduction, report_id=stable_id("r", "n3"), killed=Figure(40))
    assert len(clusters([attack, far])) == 2
    small = dataclasses.replace(attack, killed=Figure(4))
    assert len(clusters([small, dataclasses.replace(abduction, killed=Figure(5))])) == 2


def test_day_part_reads_when_the_event_happened() -> None:
    assert day_part(("A driver was shot dead on Harlan Street on Sunday morning.",)) == "morning"
    assert day_part(("Two men were wounded early Sunday outside a bar.",)) == "morning"
    assert day_part(("The shots were fired at about 6:40 p.m. near the depot.",)) == "evening"
    assert day_part(("A cook was hurt in a blast on Friday afternoon.",)) == "afternoon"
    # A time of telling or of what followed is not the event's; two parts, or the night, are none.
    assert day_part(("Police said Sunday evening that a driver had been shot.",)) is None
    assert day_part(("He will be arraigned Monday morning on a murder charge.",)) is None
    assert day_part(("He was shot on Sunday morning and died on Sunday evening.",)) is None
    assert day_part(("A guard was shot at around 11 p.m. outside the club.",)) is None
    assert days_apart("morning", "evening") and days_apart("afternoon", "morning")
    assert not days_apart("afternoon", "evening") and not days_apart("morning", None)


def test_two_stories_of_one_town_and_day_told_morning_and_evening_are_two_events() -> None:
    # Two shootings in one city on one day (a city of many): the morning's and the evening's
    # victims and streets differ, and nothing but the town and the day ties the stories.
    morning = rep("d1", DENVER, "2024-05-04", "A driver was shot dead on Harlan Street on Saturday morning.", killed=1)
    evening = rep("d2", DENVER, "2024-05-04", "Two teenagers were wounded outside a diner on Saturday evening.")
    assert len(clusters([morning, evening])) == 2
    # The same event told by a story with no time of day, or by one naming the same victim, is one.
    untimed = rep("d3", DENVER, "2024-05-04", "A driver was shot dead in his car, police said.", killed=1)
    assert len(clusters([morning, untimed])) == 1
    named_m = rep("d4", DENVER, "2024-05-04", "Tomas Ferreira was shot dead on Saturday morning.", killed=1)
    named_e = rep("d5", DENVER, "2024-05-04", "Tomas Ferreira, shot on Saturday evening, has died.", killed=1)
    assert len(clusters([named_m, named_e])) == 1
    # Afternoon and evening may be one hour: no rule.
    afternoon = rep("d6", DENVER, "2024-05-04", "Two teenagers were wounded outside a diner on Saturday afternoon.")
    assert len(clusters([afternoon, evening])) == 1


def test_a_kidnapping_and_another_shooting_with_one_dead_each_stay_two() -> None:
    # One dead each is common: a businessman's driver shot in a kidnapping, a policeman shot
    # elsewhere in the city that day. One raid only when the attack's story tells the abduction.
    kidnapping = dataclasses.replace(
        rep("s1", DENVER, "2024-05-04", "Gunmen abducted a trader; his driver was shot dead.", killed=1),
        event_type="kidnapping",
    )
    shooting = rep("s2", DENVER, "2024-05-04", "Gunmen shot dead a policeman at a checkpoint.", killed=1)
    assert len(clusters([kidnapping, shooting])) == 2
    raid = rep("s3", DENVER, "2024-05-04", "Gunmen shot dead a guard and abducted 30 pupils.", killed=1)
    assert len(clusters([kidnapping, raid])) == 1


def test_a_raid_first_told_by_its_running_count_meets_its_own_toll_in_either_order() -> None:
    town = Location("Khair Khana", "Kabul", "AF", 34.58, 69.12)
    running = dataclasses.replace(
        rep("c1", town, "2024-05-04", "Gunmen attacked a checkpoint, bringing the police killed this year to 40."),
        killed=Figure(40, period_total=True),
    )
    own = rep("c2", town, "2024-05-04", "Gunmen killed two police officers at a checkpoint.", killed=2)
    assert len(clusters([running, own])) == len(clusters([own, running])) == 1
    # A province's tally is still no raid's incident.
    tally = dataclasses.replace(
        rep("c3", Location("Kabul", "Kabul", "AF"), "2024-05-04", "Gunmen have killed 40 police this year."),
        killed=Figure(40, period_total=True),
    )
    assert len(clusters([tally, own])) == 2


def test_a_story_naming_another_quarter_of_the_city_is_not_set_there() -> None:
    # Two bombings an hour apart in two quarters of one city: the second story names the
    # first's quarter ("after a separate blast in Saddar"), which made the two one place.
    saddar = Location("Saddar", "Sindh", "PK", 24.856, 67.03, city="Karachi")
    korangi = Location("Korangi", "Sindh", "PK", 24.831, 67.13, city="Karachi")
    first = rep("q1", saddar, "2024-05-04", "A bomb in a rickshaw exploded at a bus stop in Saddar.", killed=3)
    second = rep("q2", korangi, "2024-05-04", "Men threw a grenade into a shop, an hour after a separate blast in Saddar.", killed=2)
    assert len(clusters([first, second])) == 2
    # A story of the city as a whole still joins either.
    city = rep("q3", Location("Karachi", "Sindh", "PK", 24.86, 67.01), "2024-05-04", "A bomb in a rickshaw killed three.", killed=3)
    assert len(clusters([first, city])) == 1
