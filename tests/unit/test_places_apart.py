"""Two strikes of one war on one day in two towns surely apart stay two incidents, however
much of the war's vocabulary their stories share; two outlets' stories of one strike still
join, and so do stories placed in a namesake the extractor may have chosen wrongly.
Scenarios written for the project."""

from __future__ import annotations

from monitor.config import AlertRules, MatchingConfig
from monitor.dedup.correlate import Correlator
from monitor.dedup.match import apart, places_compatible, score
from monitor.dedup.state import MemoryState
from monitor.records import Figure, Incident, IncidentReport, Location, stable_id

KHARKIV = Location("Kharkiv", "Kharkiv", "UA", 49.98177, 36.25475)
IZMAIL = Location("Izmayil", "Odessa", "UA", 45.35058, 28.83751)
KUPIANSK = Location("Kupyansk", "Kharkiv", "UA", 49.71003, 37.61581)
# "Woodbridge" is a town of New Jersey and one of California (and, unknown to the gazetteer,
# one of Virginia): a story of Virginia the extractor placed in California.
WOODBRIDGE_CA = Location("Woodbridge", "California", "US", 33.67724, -117.79442)
LAKE_RIDGE = Location("Lake Ridge", "Virginia", "US", 38.68789, -77.29776)
DAY = "2025-03-14"

# What any story of the war's nightly raids says, whatever town it is about.
WAR = "Russian forces launched Shahed drones and Iskander missiles at Ukraine overnight, the Ukrainian air force wrote on Telegram."


def rep(
    key: str,
    where: Location,
    evidence: str,
    *,
    killed: int | None = None,
    wounded: int | None = None,
    kind: str = "airstrike",
    hour: int = 9,
) -> IncidentReport:
    return IncidentReport(
        report_id=stable_id("apart", key), item_id=stable_id("apart-item", key), outlet=f"Outlet {key}",
        url=f"https://example.org/apart/{key}", published=f"{DAY}T{hour:02d}:00:00Z",
        event_type=kind, location=where, event_date=DAY, date_stated=True,
        killed=Figure(killed) if killed is not None else None,
        wounded=Figure(wounded) if wounded is not None else None, evidence=(evidence, WAR),
    )


STRIKE = rep("kharkiv-1", KHARKIV, "A missile hit a block of flats in Kharkiv on Friday, killing four residents.", killed=4)
PORT = rep(
    "izmail-1", IZMAIL, "Drones hit the Danube port of Izmail on Friday, wounding six dock workers.", wounded=6, hour=10
)
AGAIN = rep(
    "kharkiv-2", KHARKIV, "Four residents died when a missile struck a Kharkiv apartment block on Friday.",
    killed=4, kind="rocket_mortar_shelling", hour=11,
)
DEPOT = rep(
    "kupiansk-1", KUPIANSK, "A glide bomb hit a railway depot in Kupiansk on Friday, wounding two workers.",
    wounded=2, hour=10,
)


def run(reports: list[IncidentReport]) -> MemoryState:
    state = MemoryState()
    correlator = Correlator(state, AlertRules(), MatchingConfig())
    for r in reports:
        correlator.process(r)
    return state


def incident_of(state: MemoryState, report: IncidentReport) -> str:
    return next(i.incident_id for i in state.incidents.values() if report.report_id in i.report_ids)


def test_two_strikes_in_two_provinces_stay_apart() -> None:
    state = run([STRIKE, PORT])
    assert incident_of(state, STRIKE) != incident_of(state, PORT)


def test_second_outlet_joins_the_strike_and_keeps_its_own_toll() -> None:
    # The port's story comes between the two stories of the Kharkiv strike: the Kharkiv
    # incident holds both of them and none of the port's figures.
    state = run([STRIKE, PORT, AGAIN])
    kharkiv = state.get(incident_of(state, STRIKE))
    assert kharkiv is not None
    assert incident_of(state, AGAIN) == kharkiv.incident_id
    assert incident_of(state, PORT) != kharkiv.incident_id
    assert (kharkiv.killed.value, kharkiv.wounded.value) == (4, None)


def test_two_towns_of_one_province_far_apart_stay_apart() -> None:
    state = run([STRIKE, DEPOT])
    assert incident_of(state, STRIKE) != incident_of(state, DEPOT)


def test_the_same_victims_named_in_full_tie_two_provinces() -> None:
    # One outlet placed the strike by where its victims lived: the same people named in
    # full say one event.
    named = "A missile killed Anna Kovalenko and Victor Bondar in Kharkiv on Friday."
    here = rep("named-1", KHARKIV, named, killed=2)
    there = rep("named-2", IZMAIL, "Anna Kovalenko and Victor Bondar of Izmail were killed on Friday.", killed=2, hour=12)
    state = run([here, there])
    assert incident_of(state, here) == incident_of(state, there)


def test_a_namesake_the_extractor_may_have_chosen_still_joins_on_wording() -> None:
    first = rep(
        "ridge-1", LAKE_RIDGE, "Cedarbrook Tavern owner Quillon Ashgrove was wounded on Mapleshade Court.",
        kind="armed_assault", wounded=1,
    )
    second = rep(
        "ridge-2", WOODBRIDGE_CA, "Quillon Ashgrove, who runs the Cedarbrook Tavern, was hit on Mapleshade Court.",
        kind="armed_assault", wounded=1, hour=12,
    )
    assert not apart(LAKE_RIDGE, WOODBRIDGE_CA)
    state = run([first, second])
    assert incident_of(state, first) == incident_of(state, second)


def test_which_places_are_apart() -> None:
    assert apart(KHARKIV, IZMAIL)
    assert apart(KHARKIV, KUPIANSK)  # one province, 100 km apart
    chuhuiv = Location("Chuhuyiv", "Kharkiv", "UA", 49.83538, 36.6865)
    assert not apart(KHARKIV, chuhuiv)  # one province, 33 km: a neighbouring town
    assert not apart(KHARKIV, Location("Odesa", "Odesa", "UA"))  # no point: a province
    assert not apart(KHARKIV, Location(None, None, "UA"))


def test_one_point_under_two_names_is_one_place() -> None:
    # the gazetteer's one town, named by each story as it wrote it (a double name's halves)
    basque = Location("Donostia", "Basque Country", "ES", 43.31283, -1.97499)
    spanish = Location("San Sebastian", "Basque Country", "ES", 43.31283, -1.97499)
    story = rep("donostia-1", basque, "A car bomb killed a councillor outside his home on Friday.", kind="bombing")
    incident = Incident(
        incident_id="i-1", event_type="bombing", location=spanish, event_date=DAY, first_seen=None, last_updated=None
    )
    same = Incident(
        incident_id="i-2", event_type="bombing", location=basque, event_date=DAY, first_seen=None, last_updated=None
    )
    assert places_compatible(basque, spanish)
    assert score(story, incident) == score(story, same)


def test_one_name_in_two_countries_is_two_places() -> None:
    from monitor.dedup.match import same_place
    from monitor.records import Location
    assert not same_place(Location(name="Paris", country_code="US"), Location(name="Paris", country_code="FR"))
    assert same_place(Location(name="Paris", country_code="FR"), Location(name="Paris", country_code="FR"))
