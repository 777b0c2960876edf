"""A deterministic scenario for the Kafka runtime tests, and its reference outcome.

Items carry their incident reports as JSON after a ``REPORTS:`` marker; :func:`extract`
(loaded by the subprocess workers with ``--extractor``) reads them back. This keeps these
tests about the runtime (partitioning, state, crashes), independent of how well the real
extractor reads prose. :func:`reference` runs the same core the embedded runtime uses
(extract + Correlator over MemoryState) over the items in order.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from monitor.config import AlertRules, MatchingConfig
from monitor.dedup.correlate import Correlator
from monitor.dedup.state import MemoryState
from monitor.records import Claim, FeedItem, Figure, Incident, IncidentReport, Location

MARKER = "REPORTS:"
REGIONS = ("AF", "IQ", "SY", "NG", "ML", "SO", "YE", "PK")
ACTORS = ("Group A", "Group B", "Group C")


def extract(item: FeedItem) -> list[IncidentReport]:
    """The scenario's extractor: the reports written into the item, or none."""
    if not item.text.startswith(MARKER):
        return []
    return [IncidentReport.from_dict(d) for d in json.loads(item.text[len(MARKER) :])]


def region_of(item: FeedItem) -> str:
    """The producer key the tests use, so that each region's items keep their order."""
    reports = extract(item)
    return reports[0].location.region_key if reports else "none"


@dataclass
class Reference:
    incidents: dict[str, Incident] = field(default_factory=dict)
    alerts: dict[str, str] = field(default_factory=dict)  # alert_id -> kind
    updates_after: dict[str, int] = field(default_factory=dict)  # item_id -> updates so far
    updates: int = 0


def reference(items: list[FeedItem], extractor: Callable[[FeedItem], list[IncidentReport]] = extract,
              correlator: Correlator | None = None) -> Reference:
    """What the embedded core makes of ``items`` processed in order (Correlator over MemoryState)."""
    correlator = correlator or Correlator(MemoryState(), AlertRules(), MatchingConfig())
    ref = Reference()
    for item in items:
        for report in extractor(item):
            result = correlator.process(report)
            if result.incident is not None:
                ref.updates += 1
                ref.incidents[result.incident.incident_id] = result.incident
            for gone in result.joined:  # now part of result.incident
                ref.incidents.pop(gone, None)
            for alert in result.alerts:
                ref.alerts[alert.alert_id] = alert.kind
        ref.updates_after[item.item_id] = ref.updates
    return ref


def _report(rng: random.Random, rid: str, item_id: str, outlet: str, region: str, place: str,
            day: date, killed: int, claims: tuple[Claim, ...]) -> IncidentReport:
    return IncidentReport(
        report_id=rid,
        item_id=item_id,
        outlet=outlet,
        url=f"https://example.org/{outlet}/{item_id}",
        published=f"{day.isoformat()}T{rng.randint(6, 20):02d}:00:00Z",
        event_type=rng.choice(("bombing", "suicide_bombing")),
        location=Location(name=place, admin1=place, country_code=region),
        event_date=day.isoformat(),
        killed=Figure(killed, "at_least"),
        wounded=Figure(killed * 2 + rng.randint(0, 3)),
        claims=claims,
        evidence=(f"{killed} killed",),
    )


# One event told first as two (a bulletin from each of two towns with nothing in common),
# then by a story naming both halves: the two incidents become one.
_JOIN = (
    ("Salem", "A clerk, Odile Brackenridge, was hurt when shots hit the Copperleaf Pharmacy on Vane Street."),
    ("Eugene", "Paramedics took Lucan Treadwell and Mirela Oakhurst from the Whistlestop Depot car park."),
    ("Salem", "After wounding Odile Brackenridge at the Copperleaf Pharmacy the gunman reached the Whistlestop"
              " Depot and shot Lucan Treadwell."),
)


def _join_story(day: date) -> list[FeedItem]:
    story = []
    for n, (place, sentence) in enumerate(_JOIN):
        item_id = f"join-{n}"
        report = IncidentReport(
            report_id=f"rep-join-{n}", item_id=item_id, outlet=f"outlet{n}", url=f"https://example.org/join/{n}",
            published=f"{day.isoformat()}T{9 + n:02d}:00:00Z", event_type="armed_assault",
            location=Location(name=place, admin1="Oregon", country_code="US"), event_date=day.isoformat(),
            wounded=Figure(1 + n), evidence=(sentence,),
        )
        story.append(FeedItem(item_id=item_id, feed="scenario", outlet=report.outlet, url=report.url,
                              title=f"Shooting in {place}", text=MARKER + json.dumps([report.to_dict()]),
                              published=report.published))
    return story


def make_items(incidents_per_region: int = 3, reports_per_incident: int = 4, noise: int = 20,
               seed: int = 7, regions: tuple[str, ...] = REGIONS) -> list[FeedItem]:
    """Items telling several incidents per region over time, rising tolls, claims, noise,
    and one event first told as two incidents that a later story joins."""
    rng = random.Random(seed)
    stories: list[list[FeedItem]] = [_join_story(date(2024, 1, 3))]
    n = 0
    for region in regions:
        for k in range(incidents_per_region):
            day = date(2024, 1, 1) + timedelta(days=5 * k + regions.index(region))
            place = f"Town-{region}-{k}"
            killed = rng.randint(2, 6)
            story = []
            for j in range(reports_per_incident):
                n += 1
                killed += rng.choice((0, 1, 2))
                claims: tuple[Claim, ...] = ()
                if j == reports_per_incident - 1:
                    claims = (Claim(rng.choice(ACTORS), "claimed", said_by="statement"),)
                outlet = f"outlet{j % 3}"
                item_id = f"item-{n:05d}"
                report = _report(rng, f"rep-{n:05d}", item_id, outlet, region, place, day, killed, claims)
                text = MARKER + json.dumps([report.to_dict()])
                story.append(FeedItem(item_id=item_id, feed="scenario", outlet=outlet, url=report.url,
                                      title=f"Attack in {place}", text=text, published=report.published))
            stories.append(story)
    # Interleave the stories, keeping each one's order (a feed's items arrive in order).
    items: list[FeedItem] = []
    while any(stories):
        story = rng.choice([s for s in stories if s])
        items.append(story.pop(0))
    for i in range(noise):
        pos = rng.randrange(len(items) + 1)
        items.insert(pos, FeedItem(item_id=f"noise-{i:05d}", feed="scenario", outlet="outlet9",
                                   url=f"https://example.org/noise/{i}", title="Weather",
                                   text="Sunny with a light breeze; no incidents."))
    return items
