"""Readable alerts (text line, Slack) and the incidents table, built from real alert rules."""

from __future__ import annotations

import dataclasses
import json

from monitor.alerts.coalesce import combine
from monitor.alerts.rules import alerts_for
from monitor.config import AlertRules
from monitor.dedup.merge import merge
from monitor.records import Claim, Figure, IncidentReport, Location
from monitor.render import incidents_table
from monitor.sinks.slack import slack_payload
from monitor.sinks.stdout import format_alert_text

HERAT = Location("Herat", "Herat", "AF")


def report(n: int, killed: int, wounded: int, claims: tuple[Claim, ...] = (), outlet: str = "AP",
           place: Location = HERAT) -> IncidentReport:
    return IncidentReport(
        report_id=f"r{n}", item_id=f"i{n}", outlet=outlet, url=f"https://example.org/{n}",
        published=f"2024-05-01T0{n}:00:00Z", event_type="bombing", location=place,
        event_date="2024-05-01", killed=Figure(killed), wounded=Figure(wounded), claims=claims,
    )


BLAMED = Claim("Taliban", "blamed", said_by="the governor's office")
DENIED = Claim("Taliban", "denied", said_by="a Taliban spokesman")
CLAIMED = Claim("Islamic State", "claimed", said_by="Amaq")


def claim_alert() -> tuple[str, dict[str, object]]:
    r1 = report(1, 4, 9, (BLAMED, DENIED))
    r2 = report(2, 4, 9, (CLAIMED,), outlet="Riverside Herald")
    (alert,) = alerts_for(merge("x", [r1]), merge("x", [r1, r2]), r2, AlertRules())
    assert alert.kind == "new_claim"
    return format_alert_text(alert), slack_payload(alert)


def test_new_claim_reads_as_words_with_who_said_it_and_the_earlier_claims() -> None:
    line, payload = claim_alert()
    change = line.split(" | ")[-1]
    assert change == ("new claim: Islamic State claimed (said by Amaq); "
                      "before: Taliban blamed, Taliban denied (Riverside Herald)")
    blocks = json.dumps(payload["blocks"])
    assert "'actor'" not in line + blocks and "{" not in line
    assert "*new claim*: Islamic State claimed (said by Amaq)" in blocks


def test_a_coalesced_alert_shows_every_change_it_stands_for() -> None:
    r1, r2, r3 = report(1, 4, 9), report(2, 6, 9, outlet="BBC"), report(3, 6, 12, outlet="NPR")
    a, b, c = merge("x", [r1]), merge("x", [r1, r2]), merge("x", [r1, r2, r3])
    burst = alerts_for(a, b, r2, AlertRules()) + alerts_for(b, c, r3, AlertRules())
    alert = combine(burst)
    line = format_alert_text(alert)
    assert line.endswith("killed: 4 -> 6 (BBC); wounded: 9 -> 12 (NPR)")
    assert "killed 6, wounded 12" in line
    blocks = json.dumps(slack_payload(alert)["blocks"], ensure_ascii=False)
    assert "*killed*: 4 → 6 (BBC)\\n*wounded*: 9 → 12 (NPR)" in blocks


def test_a_province_named_like_its_city_is_said_once() -> None:
    r1 = report(1, 4, 9)
    (alert,) = alerts_for(None, merge("x", [r1]), r1, AlertRules())
    assert " in Herat, AF on 2024-05-01 " in format_alert_text(alert)
    r2 = report(2, 4, 9, place=Location("Shindand", "Herat", "AF"))
    (other,) = alerts_for(None, merge("y", [r2]), r2, AlertRules())
    assert " in Shindand, Herat, AF on " in format_alert_text(other)
    assert "Shindand, Herat, AF" in slack_payload(other)["blocks"][0]["text"]["text"]


def test_a_district_is_told_with_its_city() -> None:
    r = report(1, 4, 9, place=Location("Hodan", "Banaadir", "SO", city="Mogadishu"))
    (alert,) = alerts_for(None, merge("x", [r]), r, AlertRules())
    assert " in Hodan, Mogadishu, Banaadir, SO on " in format_alert_text(alert)
    # a city's own province named like it is said once: "Shahr-e Naw, Kabul, AF"
    r = report(2, 4, 9, place=Location("Shahr-e Naw", "Kabul", "AF", city="Kabul"))
    (alert,) = alerts_for(None, merge("y", [r]), r, AlertRules())
    assert " in Shahr-e Naw, Kabul, AF on " in format_alert_text(alert)
    assert alert.incident.location.to_dict()["city"] == "Kabul"
    # a record stored before the field loads with none
    assert Location.from_dict({"name": "Gao", "country_code": "ML"}).city is None


def test_table_marks_a_cut_cell() -> None:
    claims = tuple(Claim(f"Group number {n}", "suspected") for n in range(4))
    table = incidents_table([merge("x", [report(1, 4, 9, claims)])])
    row = table.splitlines()[1]
    cell = row.split("  ")[-2].strip()  # claims, then sources
    assert cell == "Group number 0 suspected; Group number …" and len(cell) == 40
    assert row.endswith("  AP")


def test_attackers_killed_are_shown_apart_and_kept_in_the_payload() -> None:
    r1 = dataclasses.replace(report(1, 3, 5), attackers_killed=Figure(1, evidence="The gunman killed himself."))
    r2 = report(2, 3, 6, outlet="Riverside Herald")
    (alert,) = alerts_for(merge("x", [r1]), merge("x", [r1, r2]), r2, AlertRules())
    assert "killed 3, wounded 6; 1 attacker killed" in format_alert_text(alert)
    assert "1 attacker killed" in json.dumps(slack_payload(alert))
    data = alert.to_dict()
    assert data["incident"]["attackers_killed"]["value"] == 1
    assert data["incident"]["killed"]["value"] == 3  # the victims only
    plain = merge("y", [report(3, 3, 5)])
    assert "attacker" not in format_alert_text(alerts_for(None, plain, report(3, 3, 5), AlertRules())[0])


def test_a_change_of_attackers_killed_alone_sends_no_alert() -> None:
    r1 = report(1, 3, 5)
    r2 = dataclasses.replace(report(2, 3, 5, outlet="Riverside Herald"), attackers_killed=Figure(2))
    before, after = merge("x", [r1]), merge("x", [r1, r2])
    assert after.attackers_killed.value == 2
    assert alerts_for(before, after, r2, AlertRules()) == []
