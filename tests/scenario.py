"""The Kabul scenario's checks, shared by the seed test and the own-words fixture test.

``roles`` maps the scenario roles to item ids: first (BBC-like, 30 wounded), second
(AP-like, 31 wounded), third (Dawn-like, claims), campaign (accusations, no incident),
offensive (several incidents).
"""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Sequence
from pathlib import Path

from monitor.config import Settings
from monitor.metrics import Metrics
from monitor.records import Alert, FeedItem, Incident
from monitor.runtime.engine import Engine
from monitor.store.sqlite import SqliteStore

FORBIDDEN = {23, 28, 20, 1210, 2500, 53, 1250, 50, 300000, 2000, 0}


def replay(items: Sequence[FeedItem], state: Path) -> tuple[list[Incident], list[Alert]]:
    store = SqliteStore(state)
    engine = Engine(store, Settings(), Metrics(), clock=lambda: "2026-01-01T00:00:00Z")
    alerts: list[Alert] = []
    for item in items:
        alerts.extend(engine.process(item))
    incidents = store.all_incidents()
    store.close()
    return incidents, alerts


def rocket_incident(incidents: Sequence[Incident], roles: dict[str, FeedItem]) -> Incident:
    urls = {roles[r].url for r in ("first", "second", "third")}
    hits = [i for i in incidents if urls & {s.url for s in i.sources}]
    assert len(hits) >= 1
    rocket = [i for i in hits if i.killed.value == 8]
    assert len(rocket) == 1, [(i.event_type, i.killed.value, [s.outlet for s in i.sources]) for i in hits]
    return rocket[0]


def check_final_state(incidents: Sequence[Incident], roles: dict[str, FeedItem]) -> Incident:
    inc = rocket_incident(incidents, roles)
    # Must 1: one incident, rocket/mortar attack in Kabul, AF, on the day, three sources.
    assert inc.event_type == "rocket_mortar_shelling"
    assert inc.location.name == "Kabul" and inc.location.country_code == "AF"
    assert inc.event_date == "2020-11-21"
    assert {s.url for s in inc.sources} == {roles[r].url for r in ("first", "second", "third")}
    assert sorted(s.outlet for s in inc.sources) == sorted(roles[r].outlet for r in ("first", "second", "third"))
    # Must 2: 8 killed (at least), 31 wounded, the first outlet's 30 kept in history.
    assert (inc.killed.value, inc.killed.qualifier) == (8, "at_least")
    assert inc.wounded.value == 31
    first_wounded = [h for h in inc.wounded.history if h.outlet == roles["first"].outlet and h.url == roles["first"].url]
    assert [h.value for h in first_wounded] == [30]
    # Must 3: claims with who made them.
    claims = {(c.actor, c.stance): c for c in inc.claims}
    assert set(claims) == {("Taliban", "blamed"), ("Taliban", "denied"), ("Islamic State", "claimed")}
    assert "interior ministry" in (claims[("Taliban", "blamed")].said_by or "").lower()
    assert claims[("Taliban", "denied")].said_by
    assert claims[("Islamic State", "claimed")].said_by
    # Must 4: none of the background numbers is a figure of this incident.
    values = {h.value for h in inc.killed.history} | {h.value for h in inc.wounded.history}
    assert not values & FORBIDDEN, values & FORBIDDEN
    assert values <= {8, 30, 31}
    # Must 5: the story list produces no incident.
    assert not [i for i in incidents if i.location.country_code == "GH"]
    # Must 6: the police-car bomb is never merged into the rocket attack.
    assert 1 not in values and 3 not in values
    small = [i for i in incidents if i.killed.value == 1 and i.wounded.value == 3 and i.location.name == "Kabul"]
    assert len(small) == 1 and small[0].incident_id != inc.incident_id
    assert {s.outlet for s in small[0].sources} == {roles["second"].outlet, roles["third"].outlet}
    # Must 7: the campaign article adds nothing and makes no incident with figures.
    campaign = roles["campaign"].url
    assert campaign not in {s.url for s in inc.sources}
    for i in incidents:
        if campaign in {s.url for s in i.sources}:
            assert i.killed.value is None and i.wounded.value is None
    return inc


def check_publication_order_alerts(alerts: Sequence[Alert], inc: Incident, roles: dict[str, FeedItem]) -> None:
    mine = [a for a in alerts if a.incident_id == inc.incident_id]
    assert [a.kind for a in mine] == ["new_incident", "casualties_changed", "new_claim"], [a.kind for a in mine]
    new, changed, claim = mine
    assert new.incident.killed.value == 8 and new.incident.wounded.value == 30
    assert {(c.actor, c.stance) for c in new.incident.claims} == {("Taliban", "denied")}
    assert new.change.outlet == roles["first"].outlet
    assert (changed.change.field, changed.change.old, changed.change.new) == ("wounded", 30, 31)
    assert changed.change.outlet == roles["second"].outlet
    assert {(c["actor"], c["stance"]) for c in claim.change.new} == {("Islamic State", "claimed"), ("Taliban", "blamed")}
    assert claim.change.outlet == roles["third"].outlet


def check_reverse_order_alerts(alerts: Sequence[Alert], inc: Incident) -> None:
    mine = [a for a in alerts if a.incident_id == inc.incident_id]
    assert [a.kind for a in mine] == ["new_incident"]
    snap = mine[0].incident
    assert (snap.killed.value, snap.wounded.value) == (8, 31)
    assert {(c.actor, c.stance) for c in snap.claims} == {
        ("Taliban", "blamed"), ("Taliban", "denied"), ("Islamic State", "claimed")}


def comparable(incidents: Sequence[Incident]) -> list[dict[str, object]]:
    return sorted((i.to_dict() for i in incidents), key=lambda d: str(d["incident_id"]))


def check_all_orders(items: Sequence[FeedItem], roles: dict[str, FeedItem]) -> int:
    """Every permutation gives the same final state (Must 8); returns the count checked."""
    reference = None
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for k, order in enumerate(itertools.permutations(items)):
            incidents, _ = replay(order, Path(tmp) / f"s{k}.sqlite")
            check_final_state(incidents, roles)
            state = comparable(incidents)
            if reference is None:
                reference = state
            assert state == reference, f"order {[i.item_id for i in order]} differs"
            n += 1
    return n
