"""Incidents close after a quiet time of stream time; they stay stored and queryable."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from monitor.config import Settings
from monitor.metrics import Metrics
from monitor.records import FeedItem
from monitor.runtime.engine import Engine
from monitor.store.sqlite import SqliteStore

CITIES = ["Mosul", "Kirkuk", "Aleppo", "Mogadishu", "Maiduguri", "Peshawar", "Quetta", "Gao", "Goma", "Sanaa"]


def item(k: int, day: date) -> FeedItem:  # k % 10 picks the city
    city = CITIES[k % len(CITIES)]
    return FeedItem(
        item_id=f"i{k}", feed="t", outlet="Wire", url=f"https://example.org/{k}", title=f"Blast in {city}",
        text=f"A bomb exploded in a market in {city}, killing {2 + k % 7} people and wounding {k % 11 + 1} others.",
        published=f"{day.isoformat()}T12:00:00Z",
    )


def test_open_incidents_stay_bounded_and_closed_ones_stay_queryable(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite")
    settings = Settings(matching={"close_after_days": 7})  # type: ignore[arg-type]
    engine = Engine(store, settings, Metrics())
    start = date(2024, 1, 1)
    open_counts = []
    # One incident every ten days in each city (beyond the window and the week an
    # undated report looks back), 30 rounds.
    for k in range(300):
        engine.process(item(k, start + timedelta(days=10 * (k // len(CITIES)))))
        open_counts.append(store.open_count())
    total = len(store.all_incidents())
    assert total == 300  # nothing was deleted
    # Only the last round or two of incidents are open, however long the stream runs.
    assert max(open_counts[-150:]) <= 2 * len(CITIES)
    assert open_counts[-1] < total
    store.close()


def test_a_late_report_about_a_closed_incident_rejoins_it(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite")
    engine = Engine(store, Settings(), Metrics())
    first = FeedItem(item_id="a", feed="t", outlet="A", url="https://example.org/a", title="Blast in Mosul",
                     text="A car bomb exploded in Mosul on Monday, killing 6 people and wounding 20.",
                     published="2024-01-01T10:00:00Z")
    engine.process(first)
    for k in range(40):  # a month of news from elsewhere closes it
        engine.process(item(1 + k % (len(CITIES) - 1), date(2024, 1, 5) + timedelta(days=k)))
    late = FeedItem(item_id="b", feed="t", outlet="B", url="https://example.org/b", title="Mosul toll rises",
                    text="Officials said the death toll from the car bomb in Mosul on January 1 rose to 9.",
                    published="2024-02-15T10:00:00Z")
    engine.process(late)
    mosul = [i for i in store.all_incidents() if {s.url for s in i.sources} & {first.url, late.url}]
    assert len(mosul) == 1 and mosul[0].killed.value == 9
    store.close()
