"""The bundled sample feeds (what `make demo` replays) give exactly the expected incidents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.cli import sample_feeds
from monitor.ingest.parse import read_input
from monitor.records import FeedItem, Incident
from tests.scenario import replay

EXPECTED = json.loads((Path(__file__).resolve().parents[2] / "monitor/samples/EXPECTED_SAMPLES.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def incidents(tmp_path_factory: pytest.TempPathFactory) -> list[Incident]:
    items = [e for p in sample_feeds() for e in read_input(p) if isinstance(e, FeedItem)]
    assert len(items) == EXPECTED["item_count"]
    items.sort(key=lambda i: (i.published or "", i.item_id))
    found, _ = replay(items, tmp_path_factory.mktemp("samples") / "s.sqlite")
    return found


def test_incident_count(incidents: list[Incident]) -> None:
    assert len(incidents) == EXPECTED["incident_count"] == len(EXPECTED["incidents"])


@pytest.mark.parametrize("expected", EXPECTED["incidents"], ids=lambda e: e["key"])
def test_expected_incident(incidents: list[Incident], expected: dict[str, object]) -> None:
    hits = [
        i for i in incidents
        if i.location.name == expected["place"] and i.event_date == expected["event_date"]
        and sorted({s.outlet for s in i.sources}) == sorted(expected["outlets"])  # type: ignore[arg-type]
    ]
    assert len(hits) == 1, [(i.location.name, i.event_date, [s.outlet for s in i.sources]) for i in incidents]
    inc = hits[0]
    assert inc.location.country_code == expected["country_code"]
    assert (inc.killed.value, inc.wounded.value) == (expected["killed"], expected["wounded"])
    assert {(c.actor, c.stance) for c in inc.claims} == {(c["actor"], c["stance"]) for c in expected["claims"]}  # type: ignore[index, union-attr]
    figures = {h.value for h in inc.killed.history + inc.wounded.history}
    own = {expected["killed"], expected["wounded"]} | {
        r.get(k) for r in expected.get("reports", []) for k in ("killed", "wounded")  # type: ignore[union-attr]
    }
    assert not (figures & set(expected["must_not_be_figures"])) - own  # type: ignore[arg-type]


def test_unrelated_stories_make_no_incident(incidents: list[Incident]) -> None:
    urls = {s.url for i in incidents for s in i.sources}
    items = {e.title: e.url for p in sample_feeds() for e in read_input(p) if isinstance(e, FeedItem)}
    for title in EXPECTED["unrelated_titles"]:
        assert items[title] not in urls, title


@pytest.mark.parametrize("expected", EXPECTED["incidents"], ids=lambda e: e["key"])
def test_each_outlets_figures_are_in_the_history(incidents: list[Incident], expected: dict[str, object]) -> None:
    inc = next(i for i in incidents if i.location.name == expected["place"] and i.event_date == expected["event_date"]
               and sorted({s.outlet for s in i.sources}) == sorted(expected["outlets"]))  # type: ignore[arg-type]
    for rep in expected.get("reports", []):  # type: ignore[union-attr]
        for field in ("killed", "wounded"):
            if rep.get(field) is None:
                continue
            history = getattr(inc, field).history
            values = {h.value for h in history if h.outlet == rep["outlet"] and h.published == rep["published"]}
            assert rep[field] in values, (field, rep, [(h.outlet, h.value) for h in history])
