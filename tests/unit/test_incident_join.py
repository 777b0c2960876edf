"""Two stored incidents that one report ties together become one (every state
implementation). Scenarios written for the project."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agents.tables import TableState, apply_report
from monitor.alerts.coalesce import combine
from monitor.config import AlertRules, MatchingConfig
from monitor.dedup.correlate import Correlator, incident_key
from monitor.dedup.state import MemoryState
from monitor.records import Alert, Figure, Incident, IncidentReport, Location, stable_id
from monitor.sinks.slack import slack_payload
from monitor.sinks.stdout import format_alert_text
from monitor.store.sqlite import SqliteStore

SALEM = Location("Salem", "Oregon", "US")
EUGENE = Location("Eugene", "Oregon", "US")
BEND = Location("Bend", "Oregon", "US")
OREGON = Location("Oregon", "Oregon", "US")
NOWHERE = Location(None, None, "US")
DAY = "2024-05-04"

# A first bulletin names the cook at the diner; another, placed by its outlet in another
# town, names the guests at the motel: nothing in common, so two incidents form.
DINER = "A cook, Corwin Estabrook, was hurt when a stranger fired into the Bluebird Diner on Ferncliff Avenue."
MOTEL = "Medics treated Linnea Margolis, Tobias Wrenfield and Ada Pembury near the Tamarack Motel on Quarry Lane."
# A later story tells both halves of the rampage.
BOTH = "The gunman hit Corwin Estabrook at the Bluebird Diner, then drove to the Tamarack Motel and shot Linnea Margolis."
# A witness of the diner who also names one guest: too little of the motel story.
WITNESS = (
    "Witness Linnea Margolis saw Corwin Estabrook fall at the Bluebird Diner on Ferncliff Avenue"
    " from the Juniper Bakery."
)
UNRELATED = "Someone fired at a parked van by the Sagebrush Arcade."


def rep(key: str, where: Location, evidence: str) -> IncidentReport:
    return IncidentReport(
        report_id=stable_id("join", key), item_id=stable_id("join-item", key), outlet=f"Outlet {key}",
        url=f"https://example.org/join/{key}", published=f"{DAY}T{10 + len(key):02d}:00:00Z",
        event_type="armed_assault", location=where, event_date=DAY, evidence=(evidence,),
    )


Runner = Callable[[list[IncidentReport]], tuple[list[Incident], Callable[[str], Incident | None]]]


def _memory(reports: list[IncidentReport]) -> tuple[list[Incident], Callable[[str], Incident | None]]:
    state = MemoryState()
    correlator = Correlator(state, AlertRules(), MatchingConfig())
    for r in reports:
        correlator.process(r)
    return list(state.incidents.values()), state.get


def _sqlite(tmp_path: Path) -> Runner:
    def run(reports: list[IncidentReport]) -> tuple[list[Incident], Callable[[str], Incident | None]]:
        store = SqliteStore(tmp_path / f"join{len(list(tmp_path.iterdir()))}.sqlite")
        correlator = Correlator(store, AlertRules(), MatchingConfig())
        for r in reports:
            with store.transaction():
                correlator.process(r)
        return store.all_incidents(), store.get

    return run


def _tables(reports: list[IncidentReport]) -> tuple[list[Incident], Callable[[str], Incident | None]]:
    table: dict[str, Any] = {}
    state = TableState(table)
    correlator = Correlator(state, AlertRules(), MatchingConfig())
    for r in reports:
        apply_report(state, correlator, r)
        state.mark_emitted(r.report_id)
    found = [Incident.from_dict(v["incident"]) for k, v in table.items() if k.startswith("inc:") and "incident" in v]
    return found, state.get


@pytest.fixture(params=["memory", "sqlite", "tables"])
def runner(request: pytest.FixtureRequest, tmp_path: Path) -> Runner:
    return {"memory": _memory, "sqlite": _sqlite(tmp_path), "tables": _tables}[request.param]  # type: ignore[return-value]


def _groups(incidents: list[Incident]) -> set[frozenset[str]]:
    return {frozenset(i.report_ids) for i in incidents}


def test_a_story_telling_both_halves_makes_the_two_incidents_one(runner: Runner) -> None:
    diner, motel, both = rep("d", SALEM, DINER), rep("m", EUGENE, MOTEL), rep("b", SALEM, BOTH)
    incidents, get = runner([diner, motel, both])
    assert _groups(incidents) == {frozenset({diner.report_id, motel.report_id, both.report_id})}
    survivor = incidents[0]
    # The incident dropped into the survivor is found under its old id as the survivor.
    motel_id = stable_id(*incident_key(motel), 2)
    assert survivor.incident_id == stable_id(*incident_key(diner))
    assert get(motel_id) == survivor


def test_a_dropped_incident_id_is_never_given_again(runner: Runner) -> None:
    diner, motel, both = rep("d", SALEM, DINER), rep("m", EUGENE, MOTEL), rep("b", SALEM, BOTH)
    other = rep("u", BEND, UNRELATED)  # the same province, day and kind: the same id base
    incidents, _ = runner([diner, motel, both, other])
    ids = {i.incident_id for i in incidents}
    assert len(incidents) == 2
    assert stable_id(*incident_key(motel), 2) not in ids  # its alerts' ids stay its own


def test_a_story_with_no_place_never_joins_two_incidents(runner: Runner) -> None:
    incidents, _ = runner([rep("d", SALEM, DINER), rep("m", EUGENE, MOTEL), rep("b", NOWHERE, BOTH)])
    assert len(incidents) == 2  # a round-up names the particulars of many events


def test_a_story_sharing_little_with_one_incident_does_not_join_them(runner: Runner) -> None:
    # Naming the province, the witness's story passes against both incidents without any
    # wording, but shares only one guest's name with the motel story.
    incidents, _ = runner([rep("d", SALEM, DINER), rep("m", EUGENE, MOTEL), rep("w", OREGON, WITNESS)])
    assert len(incidents) == 2


class _Log(dict[str, Any]):
    """A table that records the order of its writes."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes.append(key)
        super().__setitem__(key, value)


def test_tables_write_the_survivor_before_the_incident_dropped_into_it() -> None:
    """A crash between the two writes leaves the dropped incident's reports in two
    incidents, never in none."""
    table = _Log()
    state = TableState(table)
    correlator = Correlator(state, AlertRules(), MatchingConfig())
    diner, motel = rep("d", SALEM, DINER), rep("m", EUGENE, MOTEL)
    for r in (diner, motel):
        apply_report(state, correlator, r)
    table.writes.clear()
    apply_report(state, correlator, rep("b", SALEM, BOTH))
    survivor, dropped = f"inc:{stable_id(*incident_key(diner))}", f"inc:{stable_id(*incident_key(motel), 2)}"
    assert table.writes.index(survivor) < table.writes.index(dropped)
    assert table[dropped] == {"dropped_into": survivor.removeprefix("inc:")}
    # Its keyword postings are gone with it (they would count toward a keyword's cap).
    posted = {i for k, v in table.items() if k.startswith("kw:") for i in v}
    assert survivor.removeprefix("inc:") in posted and dropped.removeprefix("inc:") not in posted


class _CrashOn(dict[str, Any]):
    """A table whose write of one key fails once, as a worker killed at that moment."""

    def __init__(self) -> None:
        super().__init__()
        self.crash_on: str | None = None

    def __setitem__(self, key: str, value: Any) -> None:
        if key == self.crash_on:
            self.crash_on = None
            raise SystemExit("killed")
        super().__setitem__(key, value)


def test_a_crash_between_the_survivor_and_the_drop_is_finished_by_the_replay() -> None:
    table = _CrashOn()
    state = TableState(table)
    correlator = Correlator(state, AlertRules(), MatchingConfig())
    diner, motel, both = rep("d", SALEM, DINER), rep("m", EUGENE, MOTEL), rep("b", SALEM, BOTH)
    for r in (diner, motel):
        apply_report(state, correlator, r)
        state.mark_emitted(r.report_id)
    survivor, dropped = stable_id(*incident_key(diner)), stable_id(*incident_key(motel), 2)
    table.crash_on = f"inc:{dropped}"
    with pytest.raises(SystemExit):
        apply_report(state, correlator, both)
    state.rollback()  # the restarted worker starts with no pending writes
    assert "incident" in table[f"inc:{dropped}"]  # cut short: the motel incident still stands
    again = apply_report(TableState(table), correlator, both)
    assert again is not None and again.outcome == "replayed"
    assert table[f"inc:{dropped}"] == {"dropped_into": survivor}
    open_ids = {i for k, v in table.items() if k.startswith("idx:") for i in v}
    assert survivor in open_ids and dropped not in open_ids


def test_a_story_of_the_same_town_and_day_needs_wording_only_with_the_other_incident(runner: Runner) -> None:
    # The guests' story is placed in the diner's town and day (the same event, nothing
    # else to tell it by) and shares the motel story's names: it ties the two.
    guests = "Linnea Margolis and Tobias Wrenfield had left the Tamarack Motel on Quarry Lane before the shots."
    diner, motel, tie = rep("d", SALEM, DINER), rep("m", EUGENE, MOTEL), rep("g", SALEM, guests)
    incidents, _ = runner([diner, motel, tie])
    assert _groups(incidents) == {frozenset({diner.report_id, motel.report_id, tie.report_id})}
    # Placed in a third town, the same story ties nothing: it shares no name with the diner.
    incidents, _ = runner([diner, motel, rep("g", BEND, guests)])
    assert len(incidents) == 2


def test_two_incidents_of_one_town_and_day_kept_apart_stay_apart(runner: Runner) -> None:
    # A toll of 1 and one of 12 the same day in one town are two events; a story of that
    # town and day giving no toll and naming neither's particulars ties neither.
    one = dataclasses.replace(rep("d", SALEM, DINER), killed=Figure(1))
    twelve = dataclasses.replace(rep("m", SALEM, MOTEL), killed=Figure(12))
    vague = rep("v", SALEM, UNRELATED)
    incidents, _ = runner([one, twelve, vague])
    assert len(incidents) == 2


def test_two_incidents_whose_tolls_say_two_events_are_never_joined(runner: Runner) -> None:
    one = dataclasses.replace(rep("d", SALEM, DINER), killed=Figure(1))
    twelve = dataclasses.replace(rep("m", EUGENE, MOTEL), killed=Figure(12))
    incidents, _ = runner([one, twelve, rep("b", SALEM, BOTH)])
    assert len(incidents) == 2


def test_the_alert_of_a_join_names_the_incidents_it_took_in() -> None:
    """Whoever followed the motel incident learns that it is now the diner's."""
    state = MemoryState()
    correlator = Correlator(state, AlertRules(), MatchingConfig())
    diner = dataclasses.replace(rep("d", SALEM, DINER), wounded=Figure(1))
    motel = dataclasses.replace(rep("m", EUGENE, MOTEL), wounded=Figure(3))
    first = [correlator.process(r) for r in (diner, motel)]
    assert all(not a.joined for r in first for a in r.alerts)
    joined = correlator.process(rep("b", SALEM, BOTH))
    motel_id = stable_id(*incident_key(motel), 2)
    [alert] = joined.alerts
    assert alert.kind == "casualties_changed" and (alert.change.old, alert.change.new) == (1, 3)
    assert alert.joined == (motel_id,)
    assert Alert.from_dict(alert.to_dict()) == alert
    assert motel_id in format_alert_text(alert)
    assert motel_id in json.dumps(slack_payload(alert)["blocks"])
    # Coalesced with a later change of the same incident, the join is still told.
    later = dataclasses.replace(alert, alert_id="later", joined=())
    assert combine([alert, later]).joined == (motel_id,)


def test_two_incidents_of_other_towns_weeks_apart_are_never_joined(runner: Runner) -> None:
    # The motel shooting came twelve days after the diner's, in another town: a story of the
    # diner that recalls the motel ties both, yet they are two events.
    later = "2024-05-16"
    motel = dataclasses.replace(rep("m", EUGENE, MOTEL), event_date=later, published=f"{later}T12:00:00Z")
    recall = dataclasses.replace(rep("b", SALEM, BOTH), published="2024-05-17T09:00:00Z")
    incidents, _ = runner([rep("d", SALEM, DINER), motel, recall])
    assert len(incidents) == 2
    # In one town, the same dates are one event told late (a follow-up that formed its
    # own incident under its publication day): joined.
    motel_here = dataclasses.replace(motel, location=SALEM)
    incidents, _ = runner([rep("d", SALEM, DINER), motel_here, recall])
    assert len(incidents) == 1


def test_an_incident_placed_only_in_a_county_of_several_states_is_joined_as_a_story_with_no_place(
    runner: Runner,
) -> None:
    # A story placed only in a county that several states have (no state, no point), of the
    # arrest two days after the diner's shooting, shares nothing with the diner's story: it
    # formed its own incident. A later story of the diner names the suspect and the lot as
    # well: as much as a story with no place needs (``wording_vague``), less than
    # ``wording_merge``. The county is no other place: the two are one.
    county = Location("Lane County", None, "US")
    court = (
        "Deputies said Dorrit Vance, 15, was charged after the shooting near the Cinder lot; the Juniper Bakery"
        " owner Tobias Wrenfield and Quarry Lane neighbours Ada Pembury and Hollis Grantham watched."
    )
    tie = (
        "Corwin Estabrook fired into the Bluebird Diner on Ferncliff Avenue, a cook said, and fled toward Marlow"
        " Creek past the Sagebrush Arcade, the Cinder Mill and Dorrit Vance."
    )
    later = "2024-05-06"
    charged = dataclasses.replace(rep("c", county, court), event_date=later, published=f"{later}T12:00:00Z")
    diner, told = rep("d", SALEM, DINER), dataclasses.replace(rep("t", SALEM, tie), published="2024-05-07T09:00:00Z")
    incidents, _ = runner([diner, charged, told])
    assert _groups(incidents) == {frozenset({diner.report_id, charged.report_id, told.report_id})}
