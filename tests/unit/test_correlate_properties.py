"""Order independence, idempotent replay and deterministic alert ids, over generated streams."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.config import AlertRules
from monitor.dedup.correlate import Correlator
from monitor.dedup.merge import merge
from monitor.dedup.state import MemoryState
from monitor.records import Alert, Claim, Figure, Incident, IncidentReport, Location, Toll, stable_id
from monitor.store.sqlite import SqliteStore

PLACES = [
    Location("Kabul", "Kabul", "AF", 34.5, 69.2),
    Location("Mogadishu", "Banaadir", "SO", 2.0, 45.3),
    Location("Maiduguri", "Borno", "NG", 11.8, 13.1),
]
TYPES = ["bombing", "rocket_mortar_shelling", "armed_assault"]
ACTORS = ["Taliban", "Islamic State", "al-Shabaab", "ISWAP"]
STANCES = ["claimed", "denied", "blamed", "suspected"]


@st.composite
def reports(draw: st.DrawFn) -> list[IncidentReport]:
    n = draw(st.integers(min_value=1, max_value=8))
    out = []
    for k in range(n):
        event = draw(st.integers(min_value=0, max_value=2))
        killed = draw(st.one_of(st.none(), st.integers(min_value=event * 10 + 5, max_value=event * 10 + 9)))
        wounded = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=60)))
        attackers = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=3)))
        claims = tuple(
            Claim(actor=a, stance=s, said_by="officials")  # type: ignore[arg-type]
            for a, s in draw(st.lists(st.tuples(st.sampled_from(ACTORS), st.sampled_from(STANCES)), max_size=2))
        )
        outlet = draw(st.sampled_from(["BBC", "AP", "Reuters", "Dawn"]))
        hour = draw(st.integers(min_value=0, max_value=23))
        out.append(
            IncidentReport(
                report_id=stable_id("r", k),
                item_id=stable_id("i", k),
                outlet=outlet,
                url=f"https://example.org/{outlet}/{k}",
                published=f"2024-03-02T{hour:02d}:00:00Z",
                event_type=TYPES[event],
                location=PLACES[event],
                event_date="2024-03-02",
                killed=Figure(killed) if killed is not None else None,
                wounded=Figure(wounded) if wounded is not None else None,
                claims=claims,
                attackers_killed=Figure(attackers) if attackers is not None else None,
            )
        )
    return out


def run(stream: list[IncidentReport]) -> tuple[MemoryState, list[str]]:
    state, alerts = run_alerts(stream)
    return state, [a.alert_id for a in alerts]


def run_alerts(stream: list[IncidentReport]) -> tuple[MemoryState, list[Alert]]:
    state = MemoryState()
    correlator = Correlator(state, AlertRules())
    alerts: list[Alert] = []
    for r in stream:
        alerts.extend(correlator.process(r).alerts)
    return state, alerts


def _what_changed(alert: Alert) -> tuple[object, ...]:
    c = alert.change
    return (alert.incident_id, alert.kind, c.field, repr(c.old), repr(c.new))


def snapshot(state: MemoryState) -> list[dict[str, object]]:
    return sorted((i.to_dict() for i in state.incidents.values()), key=lambda d: str(d["incident_id"]))


@settings(max_examples=60, deadline=None)
@given(reports(), st.randoms(use_true_random=False))
def test_final_state_does_not_depend_on_order(stream: list[IncidentReport], rnd: object) -> None:
    shuffled = list(stream)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a, _ = run(stream)
    b, _ = run(shuffled)
    assert snapshot(a) == snapshot(b)


@settings(max_examples=60, deadline=None)
@given(reports())
def test_replaying_seen_reports_changes_nothing(stream: list[IncidentReport]) -> None:
    state, _ = run(stream)
    before = snapshot(state)
    correlator = Correlator(state, AlertRules())
    results = [correlator.process(r) for r in stream]
    assert all(r.outcome == "duplicate" and not r.alerts for r in results)
    assert snapshot(state) == before


@settings(max_examples=60, deadline=None)
@given(reports())
def test_one_alert_id_per_change(stream: list[IncidentReport]) -> None:
    """Distinct changes never share an id, and one change always has the same id. A change
    can recur (an outlet says 6 killed, then 5, then 6 again: 5 -> 6 twice, the dip not
    alerted); it keeps its id, so the outbox and the sinks deliver it once."""
    _, alerts = run_alerts(stream)
    change_of: dict[str, tuple[object, ...]] = {}
    id_of: dict[tuple[object, ...], str] = {}
    for a in alerts:
        what = _what_changed(a)
        assert change_of.setdefault(a.alert_id, what) == what
        assert id_of.setdefault(what, a.alert_id) == a.alert_id
    _, again = run(stream)
    assert again == [a.alert_id for a in alerts]


def test_a_change_that_recurs_keeps_its_id(tmp_path: Path) -> None:
    def report(k: int, hour: int, killed: int) -> IncidentReport:
        return IncidentReport(
            report_id=stable_id("recur", k), item_id=stable_id("recur-item", k), outlet="BBC",
            url=f"https://example.org/recur/{k}", published=f"2024-03-02T{hour:02d}:00:00Z",
            event_type="bombing", location=PLACES[0], event_date="2024-03-02", killed=Figure(killed),
        )

    _, alerts = run_alerts([report(0, 0, 5), report(1, 0, 6), report(2, 1, 5), report(3, 1, 6)])
    rises = [a for a in alerts if a.kind == "casualties_changed"]
    assert [(a.change.old, a.change.new) for a in rises] == [(5, 6), (5, 6)]  # the dip to 5 is silent
    assert rises[0].alert_id == rises[1].alert_id
    outbox = SqliteStore(tmp_path / "state.db")
    assert outbox.record_alerts(rises[:1]) == rises[:1]
    assert outbox.record_alerts(rises[1:]) == []  # already in the outbox: sent once
    outbox.close()


@settings(max_examples=40, deadline=None)
@given(reports())
def test_merge_is_a_function_of_the_set(stream: list[IncidentReport]) -> None:
    same_event = [r for r in stream if r.location == stream[0].location]
    assert merge("x", same_event) == merge("x", list(reversed(same_event))) == merge("x", same_event + same_event)


def test_a_date_span_has_the_ends_of_its_day_keys() -> None:
    from monitor.dedup.state import date_keys, date_span

    for window, before, after in ((1, 0, 7), (730, 7, 7), (0, 0, 0), (14, 3, 0)):
        keys = date_keys("2024-02-28", window, before=before, after=after)
        assert date_span("2024-02-28T10:00:00Z", window, before=before, after=after) == (keys[0], keys[-1])
    assert date_span(None, 5) is None
    assert date_span("not a date", 5) is None


#: Three stories of one city, sharing no names: with no dates at all, only the names say
#: which reports are of one event.
UNDATED_STORIES = [
    "Marguerite Delacroix was wounded outside the Silver Lantern diner on Corbin Parkway.",
    "Witnesses saw Tobias Renwick flee from the Harborline depot after Ezra Quill was hit.",
    "Neighbours of Ines Valkonen heard the gunfire at the Brackley Orchard cottages.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=2), min_size=1, max_size=7), st.randoms(use_true_random=False))
def test_undated_reports_group_by_story_in_any_order(stories: list[int], rnd: object) -> None:
    stream = [
        IncidentReport(
            report_id=stable_id("u", k), item_id=stable_id("ui", k), outlet=f"Outlet {k}",
            url=f"https://example.org/u/{k}", published=None, event_type="armed_assault",
            location=PLACES[0], event_date=None, evidence=(UNDATED_STORIES[s],),
        )
        for k, s in enumerate(stories)
    ]
    shuffled = list(stream)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    for order in (stream, shuffled):
        state, _ = run(order)
        groups = {frozenset(i.report_ids) for i in state.incidents.values()}
        expected = {
            frozenset(stable_id("u", k) for k, s in enumerate(stories) if s == story) for story in set(stories)
        }
        assert groups == expected


def _told(n: int, killed: int, attackers: int | None, outlet: str) -> IncidentReport:
    return IncidentReport(
        report_id=f"t{n}", item_id=f"t{n}", outlet=outlet, url=f"https://example.org/t{n}",
        published=f"2024-03-02T0{n}:00:00Z", event_type="armed_assault", location=PLACES[0], event_date="2024-03-02",
        killed=Figure(killed), attackers_killed=Figure(attackers) if attackers is not None else None,
    )


def test_attackers_killed_are_a_toll_of_their_own_with_history() -> None:
    inc = merge("x", [_told(1, 2, 1, "AP"), _told(2, 2, 2, "BBC")])
    assert inc.killed.value == 2
    assert inc.attackers_killed.value == 2 and [h.value for h in inc.attackers_killed.history] == [1, 2]
    assert merge("y", [_told(1, 2, None, "AP")]).attackers_killed.value is None


def test_a_report_that_counted_the_attacker_with_the_dead_is_read_net_of_him() -> None:
    # "three dead" from one outlet; "two killed before the gunman killed himself" from another
    inc = merge("x", [_told(1, 3, None, "AP"), _told(2, 2, 1, "BBC")])
    assert (inc.killed.value, inc.attackers_killed.value) == (2, 1)
    assert sorted(h.value for h in inc.killed.history) == [2, 3]  # what each outlet said
    # a higher toll that is not the victims plus the attackers is a later toll, kept
    inc = merge("x", [_told(1, 5, None, "AP"), _told(2, 2, 1, "BBC")])
    assert inc.killed.value == 5


def test_old_records_without_attackers_killed_still_load() -> None:
    report = _told(1, 2, 1, "AP")
    data = report.to_dict()
    assert IncidentReport.from_dict(data) == report
    del data["attackers_killed"]
    assert IncidentReport.from_dict(data).attackers_killed is None
    inc = merge("x", [report])
    incident = inc.to_dict()
    assert Incident.from_dict(incident) == inc
    del incident["attackers_killed"]
    assert Incident.from_dict(incident).attackers_killed == Toll()


def test_attackers_killed_alone_update_the_incident_without_an_alert() -> None:
    """A later report that adds only the attackers' death changes the incident (the
    ``updated`` outcome counted in the metrics) and sends no alert (README: alerts)."""
    first = IncidentReport(
        report_id="r1", item_id="i1", outlet="AP", url="https://example.org/1", published="2024-03-02T08:00:00Z",
        event_type="armed_assault", location=PLACES[0], event_date="2024-03-02", killed=Figure(3),
    )
    second = IncidentReport(
        report_id="r2", item_id="i2", outlet="BBC", url="https://example.org/2", published="2024-03-02T09:00:00Z",
        event_type="armed_assault", location=PLACES[0], event_date="2024-03-02", killed=Figure(3),
        attackers_killed=Figure(1),
    )
    correlator = Correlator(MemoryState(), AlertRules())
    assert correlator.process(first).outcome == "created"
    result = correlator.process(second)
    assert result.outcome == "updated" and not result.alerts
    assert result.incident is not None and result.incident.attackers_killed.value == 1


def test_a_tie_between_place_names_goes_to_the_town_not_its_province() -> None:
    town = dataclasses.replace(_told(1, 2, None, "AP"), location=Location("Maiduguri", "Borno", "NG", 11.8, 13.1))
    province = dataclasses.replace(_told(2, 2, None, "BBC"), location=Location("Borno", "Borno", "NG", 11.5, 13.0))
    for order in ([town, province], [province, town]):
        assert merge("x", order).location.name == "Maiduguri"  # "Borno" sorts first by name
    # The place most stories name still wins.
    third = dataclasses.replace(_told(3, 2, None, "DW"), location=Location("Borno", "Borno", "NG", 11.5, 13.0))
    assert merge("x", [town, province, third]).location.name == "Borno"


def test_a_toll_revised_down_replaces_earlier_figures_of_every_outlet() -> None:
    first = dataclasses.replace(_told(1, 12, None, "AP"), killed=Figure(12, evidence="A car bomb killed 12 people."))
    second = dataclasses.replace(_told(2, 12, None, "BBC"), killed=Figure(12, evidence="Twelve people died."))
    revised = dataclasses.replace(
        _told(3, 6, None, "DW"),
        killed=Figure(6, evidence="The ministry revised the toll from the bombing down to six, as some were counted twice."),
    )
    inc = merge("x", [first, second, revised])
    assert inc.killed.value == 6
    assert sorted(h.value for h in inc.killed.history) == [6, 12, 12]  # what each outlet said
    # A later figure from any outlet is a new toll again; a plain lower figure is not a revision.
    later = dataclasses.replace(_told(4, 7, None, "AP"), killed=Figure(7, evidence="A seventh victim died."))
    assert merge("x", [first, second, revised, later]).killed.value == 7
    plain = dataclasses.replace(_told(3, 6, None, "DW"), killed=Figure(6, evidence="Six people died."))
    assert merge("x", [first, second, plain]).killed.value == 12


def test_one_story_detailing_a_suicide_bombing_gives_the_incident_its_kind() -> None:
    def told(n: int, kind: str) -> IncidentReport:
        return dataclasses.replace(_told(n, 8, None, f"Outlet {n}"), event_type=kind)

    bombings = [told(1, "bombing"), told(2, "bombing")]
    assert merge("x", bombings).event_type == "bombing"
    assert merge("x", [*bombings, told(3, "suicide_bombing")]).event_type == "suicide_bombing"
    # Other kinds are still the most reported one.
    assert merge("x", [told(1, "armed_assault"), told(2, "armed_assault"), told(3, "assassination")]).event_type == (
        "armed_assault"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll was lowered to nine from 12, the ministry said.",
        "Police revised the toll down from 12 to nine.",
        "The toll was revised to nine from 12 after a recount.",
        "Officials downgraded the toll to nine.",
        "The ministry lowered the death toll from Saturday's truck bombing at the river junction to nine.",
    ],
)
def test_a_toll_revised_down_is_read_in_its_usual_wordings(sentence: str) -> None:
    first = dataclasses.replace(_told(1, 12, None, "AP"), killed=Figure(12, evidence="A truck bomb killed 12 people."))
    revised = dataclasses.replace(_told(2, 9, None, "DW"), killed=Figure(9, evidence=sentence))
    assert merge("x", [first, revised]).killed.value == 9


@pytest.mark.parametrize(
    ("value", "sentence"),
    [
        (10, "Ten people were killed in the bombing and the number of wounded was revised down to 20."),
        (10, "An air strike that reduced a three-storey house down to its foundations killed ten people."),
        (10, "Officials revised the toll up to 14 as divers went down to the wreck; ten were named."),
    ],
)
def test_a_lower_figure_in_a_sentence_revising_something_else_is_no_revision(value: int, sentence: str) -> None:
    first = dataclasses.replace(_told(1, 12, None, "AP"), killed=Figure(12, evidence="A truck bomb killed 12 people."))
    other = dataclasses.replace(_told(2, value, None, "DW"), killed=Figure(value, evidence=sentence))
    assert merge("x", [first, other]).killed.value == 12
