"""Alert rules: thresholds, decreases, claims, deterministic ids."""

from __future__ import annotations

import dataclasses

from monitor.alerts.rules import alerts_for
from monitor.config import AlertRules
from monitor.dedup.merge import merge
from monitor.records import Claim, Figure, IncidentReport, Location


def report(n: int, killed: int | None = None, wounded: int | None = None, claims: tuple[Claim, ...] = (),
           outlet: str = "AP", published: str | None = None, period: bool = False) -> IncidentReport:
    return IncidentReport(
        report_id=f"r{n}", item_id=f"i{n}", outlet=outlet, url=f"https://example.org/{n}",
        published=published or f"2024-05-01T0{n}:00:00Z", event_type="bombing",
        location=Location("Mogadishu", "Banaadir", "SO"), event_date="2024-05-01",
        killed=Figure(killed, period_total=period) if killed is not None else None,
        wounded=Figure(wounded) if wounded is not None else None, claims=claims,
    )


def test_new_incident_then_rise_then_claim() -> None:
    rules = AlertRules()
    r1, r2, r3 = report(1, 5, 10), report(2, 7, 10, outlet="BBC"), report(3, 7, 10, (Claim("al-Shabaab", "claimed"),))
    a = merge("inc", [r1])
    b = merge("inc", [r1, r2])
    c = merge("inc", [r1, r2, r3])
    (new,) = alerts_for(None, a, r1, rules)
    assert new.kind == "new_incident"
    (rise,) = alerts_for(a, b, r2, rules)
    assert (rise.kind, rise.change.field, rise.change.old, rise.change.new, rise.change.outlet) == (
        "casualties_changed", "killed", 5, 7, "BBC")
    (claim,) = alerts_for(b, c, r3, rules)
    assert claim.kind == "new_claim" and claim.change.new[0]["actor"] == "al-Shabaab"
    # Same change, same id; a different change, a different id.
    assert alerts_for(a, b, r2, rules)[0].alert_id == rise.alert_id
    assert len({new.alert_id, rise.alert_id, claim.alert_id}) == 3


def test_lower_figure_is_recorded_but_not_alerted() -> None:
    r1, r2 = report(1, 9), report(2, 6, outlet="BBC", published="2024-05-01T05:00:00Z")
    before, after = merge("inc", [r1]), merge("inc", [r1, r2])
    assert after.killed.value == 9 and [h.value for h in after.killed.history] == [9, 6]
    assert alerts_for(before, after, r2, AlertRules()) == []


def test_same_outlet_revision_downwards_alerts_only_when_configured() -> None:
    r1, r2 = report(1, 9), report(2, 6)  # same outlet AP corrects itself
    before, after = merge("inc", [r1]), merge("inc", [r1, r2])
    assert after.killed.value == 6
    assert alerts_for(before, after, r2, AlertRules()) == []
    (down,) = alerts_for(before, after, r2, AlertRules(alert_on_decrease=True))
    assert (down.change.old, down.change.new) == (9, 6)


def test_minimum_change_and_new_incident_threshold() -> None:
    r1, r2 = report(1, 5), report(2, 6, outlet="BBC")
    a, b = merge("inc", [r1]), merge("inc", [r1, r2])
    assert alerts_for(a, b, r2, AlertRules(casualties_min_change=2)) == []
    strict = AlertRules(new_incident_min_killed=6)
    assert alerts_for(None, a, r1, strict) == []
    (late,) = alerts_for(a, b, r2, strict)  # announced once it passes
    assert late.kind == "new_incident"


def test_period_total_never_replaces_the_events_own_toll() -> None:
    own, period = report(1, 4), report(2, 120, outlet="BBC", period=True)
    inc = merge("inc", [own, period])
    assert inc.killed.value == 4
    assert any(h.period_total and h.value == 120 for h in inc.killed.history)
    assert merge("inc", [period]).killed.value == 120  # a period-only incident keeps its total


def test_latest_official_policy() -> None:
    r1 = report(1, 10)
    r2 = dataclasses.replace(report(2, 8, outlet="BBC"), killed=Figure(8, said_by="health ministry"))
    assert merge("inc", [r1, r2]).killed.value == 10
    assert merge("inc", [r1, r2], policy="latest_official").killed.value == 8


def test_a_wounded_victim_who_died_is_counted_once() -> None:
    early = report(1, None, 2)  # "two people were shot and taken to hospital"
    later = report(2, 1, None, outlet="BBC")  # "one of them has died"
    inc = merge("inc", [early, later])
    assert (inc.killed.value, inc.wounded.value) == (1, 1)
    assert [h.value for h in inc.wounded.history] == [2]  # what the outlet said is kept
    # A report that already counted the death keeps its wounded figure.
    both = report(3, 1, 4, outlet="DW")
    assert merge("inc", [early, later, both]).wounded.value == 4


def test_a_page_of_several_stories_gives_way_to_a_story_of_its_own() -> None:
    # One city page tells this shooting (2 wounded) and the weekend's (14 wounded); both of
    # its reports joined the incident. A single story of the event says 3 wounded.
    page = [dataclasses.replace(report(1, 1, 2), item_id="page"),
            dataclasses.replace(report(2, 4, 14), item_id="page")]
    alone = report(3, 1, 3, outlet="BBC")
    inc = merge("inc", [*page, alone])
    assert (inc.killed.value, inc.wounded.value) == (1, 3)
    assert len(inc.wounded.history) == 3  # every figure stays in the history
    # With no other story the page's figures are all there is: the highest, as before.
    assert merge("inc", page).wounded.value == 14
    # One story split in two reports (the toll in one, the wounded in the other) is one story.
    split = [dataclasses.replace(report(4, 2, None), item_id="story"),
             dataclasses.replace(report(5, None, 6), item_id="story")]
    apart = [report(4, 2, None), report(5, None, 6)]  # the same figures from two items
    told = merge("inc", [*split, alone])
    assert (told.killed.value, told.wounded.value) == (2, 4)  # 6 shot, the two dead among them
    assert told == merge("inc", [*apart, alone])
