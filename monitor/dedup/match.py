"""Decide whether a report describes an incident already known.

Deterministic rules, in this order (all must hold; then the best score wins, ties broken
by incident id):

1. Blocking (the correlator, through the state's index): same region (country code);
   event dates within the window (``date_window_days``, default one day either side) in
   the same province, or any province for a report with no place. A report whose text
   states no date carries its publication day, an upper bound: it looks back
   ``undated_lookback_days`` (default 7: a weekday named in the text) further, and so does an incident none of whose
   reports states a date. A second lookup adds the incidents of
   the region that share at least two keywords with the report (see
   :mod:`monitor.dedup.wording`; the report's town counts, its province does not) within
   ``wording_far_days`` (default 730).
2. Compatible event types: the same family (explosive; indirect fire; armed attack;
   kidnapping; takeover); ``other_violence`` is compatible with anything; any two when
   both stories name one person in full (see below); a kidnapping and an armed attack with
   the same own toll (of four dead or more, or any when the attack's story tells the
   abduction too), or close tolls of ten dead or more (one raid, each story led by another
   of its deeds).
3. Figures that do not contradict: when both have an own (non-period) killed figure,
   the larger is at most ``5 x smaller + 2`` (tolls rise, but 1 and 8 are two events);
   a report with an own killed figure never joins an incident whose figures are all period
   totals (a year's tally: the raid is one of many in it), unless both tell one town on
   one day (a raid first told by the running count it brought).
4. Dates within the window and compatible places (the same place name, or one names the
   province the other is in, or a district and its province's seat, or two places at
   most ``NEARBY_KM`` (10 km) apart, a neighbourhood and its city, or either has no place
   below the country, or one report's words name the other's town: the extractor chose a
   namesake elsewhere or a neighbouring town, but the text names this one; not when the
   two are quarters of one city that are not one place: "an hour after a separate blast in
   Saddar" does not put a Korangi bombing in Saddar). The
   incident's place is the one most of its reports name; the report's place may instead
   be compatible with that of one of them ("The Bronx" joins an incident most of whose
   stories say "New York City", 19 km from the Bronx's point: gva-dev pairwise recall
   0.635 -> 0.644, precision 0.977 -> 0.978). A town's name never counts its article
   ("The Bronx" is named by "Bronx"). When either fails, the wording similarity must reach
   ``wording_admit`` (default 0.25) and the dates be within ``wording_window_days``: a
   follow-up published days later with no date cue, or a place resolved to the wrong
   province, still names the same victims, street and venue. When the place is
   compatible and only the date is out of the window (one weak link, not two),
   ``wording_later`` (default 0.1, and still two shared keywords) is enough; when both
   fail (another province and days apart: two weak links), what a far match needs
   (``wording_far``, three shared). On gva-dev: pairwise precision 0.969 -> 0.977 for
   recall 0.636 -> 0.635: the wrong merges it ended joined stories from two states a
   week apart that shared two or three words. No wording makes two towns surely apart
   one place (:func:`apart`: located, more than ``APART_KM`` apart, and each the only
   town of its name in the gazetteer, so no namesake explains them), nor does the
   province rule make a town far from its province's seat the seat ("Kharkiv" names the
   city and its province): two strikes of one war on one day in two cities share the
   war's words. A full name both name still ties them. Beyond that window and up
   to ``wording_far_days`` (default 730), the places must be compatible (or one story
   name the other's town) and
   ``wording_far`` (default 0.35) is needed, with at least ``FAR_MIN_SHARED`` (3)
   keywords shared: an arrest, a plea or a trial months later
   names the same victim and suspect in the same town, while two shootings in one city
   weeks apart rarely share that much.
   With no date on one side (a feed that gives none), the window says nothing: a
   compatible place then needs ``wording_later`` (two shared keywords) as well. On
   ecbplus-dev (dates mostly missing): pairwise precision 0.964 -> 0.995, recall 0.082
   -> 0.077; gva-dev (dates always known) unchanged. Nor does the same day in the same
   town when one story tells the event in the morning and the other in the afternoon or
   evening (:func:`~monitor.dedup.wording.day_part`): two shootings in one city that day
   unless the wording (``wording_later``) or a name both give ties them. gva-dev and
   ecbplus-dev unchanged (no two stories of one event there tell such times).
5. A report or incident with no place below the country (or only a county with no
   province and no point, which says no more) needs a wording similarity of
   ``wording_vague`` (default 0.2): "same country, same days" alone is no evidence,
   unless, with both dates known and within the window, the story with no place names
   the other's town (the extractor found no place in it, but its text says where). A
   story with no place never makes two placed ones compatible by naming their towns: a
   round-up names many. On gva-dev: 10 more gold pairs, 2 wrong ones.

Score (0..1.4): event type equal (0.3), place name equal (0.3), event date equal (0.2),
figures equal or close (0.1), shared claim actors (0.1), and wording similarity x 0.4.
The wording term is computed only where a rule needs it or two candidates compete (it
cannot change a choice of one), which keeps the common case cheap. So of two events the
same day in the same city, kept apart by their figures or types, a later report that
settles neither joins the one whose victims and places it names.

Why these thresholds: on the labelled US-shootings dev set, about four in five pairs of
reports with a similarity of 0.25 or more beyond the strict window or across provinces
were the same event; 0.2 gained a little recall for a visible loss of precision. Beyond
14 days, with the places compatible, 0.35 kept pairwise precision at 0.96 up to 365 days
(0.3: 0.91); up to 730 days (was 365) it found 25 more gold pairs on gva-dev for 7 wrong
ones (trials and sentencings more than a year on). A look-back of 7 days for an undated report (was 3) found 14 more gold pairs
on gva-dev and no wrong one. Letting such far matches cross provinces as well cost 5 points of precision
for 3 of recall (what two stories share months apart in different states is mostly a
street or a holiday name: "Martin Luther King").
A person both stories name in full (:func:`~monitor.dedup.wording.full_names`: a victim or
a suspect, not an official) stands in for the wording that rules 4 and 5 ask across one
weak link (another province, or days apart in compatible places; never both) and for a
place: gva-dev pairwise recall 0.755 -> 0.776, precision 0.972 unchanged (docs/matching.md).
The keywords include those of the item's title and lead (``lead_keywords``), where
local news names the victim and the suspect. At least
two shared keywords, because one shared name (a common surname, a street) is too weak.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache
from math import asin, cos, radians, sin, sqrt
from typing import Protocol

from monitor.config import MatchingConfig
from monitor.dedup.wording import (
    MIN_SHARED,
    day_part,
    days_apart,
    place_words,
    report_keywords,
    report_names,
    similarity,
)
from monitor.records import Incident, IncidentReport, Location

#: Two named places at most this far apart (km) are compatible: a neighbourhood and
#: its city.
NEARBY_KM = 10.0

#: Two towns surely placed (see :func:`apart`) further apart than this (km) are two places
#: that wording alone does not make one: the neighbouring town or suburb an outlet names for
#: a city's event lies closer (on gva-dev the right wording joins of two located towns that
#: no namesake explains were at most 35 km apart).
APART_KM = 50.0

#: Keywords a report and an incident must share for a match beyond ``wording_window_days``
#: (two generic ones, "Taliban" and "Afghan", say nothing months apart).
FAR_MIN_SHARED = 3

#: An own killed figure at least this high, the same on both sides, ties two stories of one
#: place within ``wording_window_days`` without wording (a mass killing: four or more dead).
SAME_TOLL_LEAST = 4

#: How much wording similarity (0..1) adds to the score.
WORDING_WEIGHT = 0.4

FAMILIES: dict[str, str] = {
    "suicide_bombing": "explosive",
    "bombing": "explosive",
    "rocket_mortar_shelling": "indirect_fire",
    "airstrike": "indirect_fire",
    "armed_assault": "armed",
    "assassination": "armed",
    "armed_clash": "armed",
    "kidnapping": "kidnapping",
    "takeover": "takeover",
}


def types_compatible(a: str, b: str) -> bool:
    if a == "other_violence" or b == "other_violence":
        return True
    return FAMILIES.get(a, a) == FAMILIES.get(b, b)


def same_place(a: Location, b: Location) -> bool:
    """Whether two named locations are one place, whatever name each goes by: the same
    name, or the same point of one country (the gazetteer's place under each of its names,
    "Donostia" and "San Sebastian"; see monitor.extract.places.same_point)."""
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False  # Paris, Texas is not Paris
    return bool(a.name) and bool(b.name) and (
        a.name == b.name or (a.lat is not None and (a.country_code, a.lat, a.lon) == (b.country_code, b.lat, b.lon))
    )


def places_compatible(a: Location, b: Location) -> bool:
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    if not a.name or not b.name or same_place(a, b):
        return True
    # One names the province the other lies in, or a district and the seat of its province
    # (Wazir Akbar Khan and Kabul, both in Kabul); but a province's seat bears its name
    # ("Kharkiv"), and a town of the province far from the seat is another place.
    if a.name == b.admin1 or b.name == a.admin1 or (
        bool(a.admin1) and a.admin1 == b.admin1 and (a.name == a.admin1 or b.name == b.admin1)
    ):
        return not apart(a, b)
    # A neighbourhood and its city, or two names for one part of town (Dorchester and
    # Boston): places this close are one place at the scale the city name already has.
    distance = km_between(a, b)
    return distance is not None and distance <= NEARBY_KM


def km_between(a: Location, b: Location) -> float | None:
    """Great-circle distance in km between two located places (None if either has no point)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    lat1, lon1, lat2, lon2 = map(radians, (a.lat, a.lon, b.lat, b.lon))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * asin(min(1.0, sqrt(h)))


@lru_cache(maxsize=4096)
def _towns_named(name: str, country: str) -> tuple[tuple[float, float], ...]:
    """The points of the towns (and districts) of ``country`` that the gazetteer calls ``name``."""
    from monitor.extract.gazetteer import gazetteer  # the extractor's package imports this one

    return tuple(
        (p.lat, p.lon)
        for m in gazetteer().find(name)
        if m.start == 0 and m.end == len(name)
        for p in m.candidates
        if p.country == country and p.kind in ("city", "district") and p.lat is not None and p.lon is not None
    )


def _sure_town(location: Location) -> bool:
    """Whether the location is a town of its province beyond doubt: a located town, and the
    only place of its country that the gazetteer calls so (none more than ``NEARBY_KM``
    away), so the extractor cannot have chosen a namesake elsewhere ("Woodbridge" is in
    New Jersey and in California; "Izmail" is one town)."""
    if not location.name or not location.admin1 or location.lat is None or location.lon is None:
        return False
    points = _towns_named(location.name, location.country_code or "")
    return bool(points) and all(
        (d := km_between(location, Location(lat=lat, lon=lon))) is not None and d <= NEARBY_KM for lat, lon in points
    )


def apart(a: Location, b: Location) -> bool:
    """Whether two places are surely two: towns of one name each in the gazetteer (see
    :func:`_sure_town`) more than ``APART_KM`` apart, in one province or two. Wording alone
    never makes such places one: two strikes of one war on one day in two cities share
    "Russia", "drones", "Ukraine", "Shahed" and "Telegram" as two US shootings share
    nothing; the joins across provinces wording exists for are of a namesake the extractor
    chose wrongly, a neighbouring town, or a place only a province."""
    if not (_sure_town(a) and _sure_town(b)):
        return False
    distance = km_between(a, b)
    return distance is not None and distance > APART_KM


def figures_compatible(report: IncidentReport, incident: Incident) -> bool:
    fig = report.killed
    if fig is None or fig.period_total or incident.killed.value is None:
        return True
    own = [h.value for h in incident.killed.history if not h.period_total]
    if not own:
        # The incident's only figures are period totals (a year's, a campaign's): an event
        # with a toll of its own is one of many in that period, not the period. Unless both
        # tell one town on one day: a raid told with the running count it brought ("bringing
        # the number of police killed this year to 40") and with its own toll.
        loc = incident.location
        return (
            bool(loc.name) and loc.name != loc.admin1 and report.event_date == incident.event_date
            and same_place(report.location, loc)
        )
    a, b = fig.value, max(own)
    lo, hi = min(a, b), max(a, b)
    return hi <= 5 * lo + 2


def _same_toll(report: IncidentReport, incident: Incident) -> bool:
    """Whether the report's own killed figure is the incident's highest own one and at
    least :data:`SAME_TOLL_LEAST`."""
    return _same_own_toll(report, incident, SAME_TOLL_LEAST)


def _same_own_toll(report: IncidentReport, incident: Incident, least: int) -> bool:
    fig = report.killed
    if fig is None or fig.period_total or fig.value < least:
        return False
    own = [h.value for h in incident.killed.history if not h.period_total]
    return bool(own) and max(own) == fig.value


_ABDUCTION = re.compile(r"\b(?:abduct\w*|kidnap\w*|hostages?|seized|taken\s+captive)\b", re.IGNORECASE)


def _attack_tells_abduction(report: IncidentReport, incident: Incident, wording: Wording) -> bool:
    """Whether the attack's own sentences (the armed one of the two) tell an abduction."""
    told = report.evidence if FAMILIES.get(report.event_type) == "armed" else wording.sentences(incident)
    return any(_ABDUCTION.search(s) for s in told)


#: Two own tolls of at least this many dead within half of each other ("gunmen killed 20",
#: "bandits killed 23 ... several were abducted") are one raid's toll as it rose.
MASSACRE_LEAST = 10


def _raid_told_two_ways(report: IncidentReport, incident: Incident, wording: Wording) -> bool:
    """Whether a kidnapping and an armed attack with the same own toll may be one raid told
    two ways ("abducted 30 pupils ... a guard was shot dead" and "gunmen killed a guard and
    abducted 30 pupils"): the kind is the reading of the sentence that leads. So may two
    close tolls of a massacre (see :data:`MASSACRE_LEAST`): two such raids in one place
    on one day are rare."""
    families = {FAMILIES.get(report.event_type), FAMILIES.get(incident.event_type)}
    if families != {"kidnapping", "armed"}:
        return False
    # The same small toll (a guard, a driver) is common: one raid only when the attack's
    # story tells the abduction too ("killed a guard and abducted 30 pupils"), not when it
    # tells another shooting that day ("shot dead a policeman").
    if _same_own_toll(report, incident, SAME_TOLL_LEAST) or (
        _same_own_toll(report, incident, least=1) and _attack_tells_abduction(report, incident, wording)
    ):
        return True
    fig = report.killed
    own = [h.value for h in incident.killed.history if not h.period_total]
    if fig is None or fig.period_total or not own:
        return False
    lo, hi = min(fig.value, max(own)), max(fig.value, max(own))
    return lo >= MASSACRE_LEAST and 2 * hi <= 3 * lo


def _two_quarters(a: Location, b: Location) -> bool:
    """Whether two places are two quarters of one city that are not one place (Saddar and
    Korangi, both Karachi's): a story of one that names the other ("an hour after a
    separate blast in Saddar") does not put it there."""
    return bool(a.city) and a.city == b.city and a.name != b.name and not places_compatible(a, b)


def _vague(location: Location) -> bool:
    """No place below the country, or one whose province is unknown and which has no point
    (a county named without its state: "Orange County" is in several)."""
    return not location.name or (not location.admin1 and location.lat is None)


def _gap(report: IncidentReport, incident: Incident) -> int | None:
    """Days from the report's event date to the incident's (None when either is unknown)."""
    return _days(report.event_date, incident.event_date)


def _days(first: str | None, then: str | None) -> int | None:
    """Days from date ``first`` to date ``then`` (None when either is unknown or invalid)."""
    if not first or not then:
        return None
    try:
        return (date.fromisoformat(then[:10]) - date.fromisoformat(first[:10])).days
    except ValueError:
        return None


def dates_compatible(
    report: IncidentReport,
    incident: Incident,
    window_days: int,
    lookback_days: int = 3,
    incident_stated: bool | None = None,
) -> bool:
    """Within the window (the default one, or a wider one that similar wording may
    bridge). An unstated date is an upper bound (the event may be up to ``lookback_days``
    older): a report's, and an incident's when none of its reports states one
    (``incident_stated`` False; None: not known, taken as unstated). So the window
    reaches back for an undated report and ahead for an undated incident, and two
    stated dates get the window alone: the same in either arrival order."""
    gap = _gap(report, incident)
    if gap is None:
        return True
    back = 0 if report.date_stated else lookback_days
    ahead = 0 if incident_stated else lookback_days
    return -window_days - back <= gap <= window_days + ahead


class Wording(Protocol):
    """The wording similarity of the report to an incident, counting only sets that
    share at least ``min_shared`` keywords."""

    def __call__(self, incident: Incident, min_shared: int = MIN_SHARED) -> float: ...

    def names_place(self, incident: Incident, placeless: bool = False) -> bool:
        """Whether the report names the town of one of the incident's reports, or one of
        them names the report's town (see :func:`town_words`). A report with no place
        that names towns counts only with ``placeless``: as evidence for itself, never
        as a bridge between two placed stories (a round-up names many towns)."""
        ...

    def date_stated(self, incident: Incident) -> bool | None:
        """Whether one of the incident's reports states its date (None: not known)."""
        ...

    def near_one(self, incident: Incident) -> bool:
        """Whether the report's place is compatible with that of one of the incident's
        reports (the incident's own place is the one most of them name)."""
        ...

    def shares_name(self, incident: Incident) -> bool:
        """Whether the report names in full a person one of the incident's reports names
        (its reports with no place left out when it has one, as for the wording, unless the
        report has no place either: a story with no place naming the victim meets the name
        another such story brought, where the placed stories name no one)."""
        ...

    def sentences(self, incident: Incident) -> Iterable[str]:
        """The evidence sentences of the incident's reports."""
        ...

    def told_apart(self, incident: Incident) -> bool:
        """Whether the report tells its event at a part of the day (see
        :func:`~monitor.dedup.wording.day_part`) that every one of the incident's reports
        that tells one contradicts (the morning against the afternoon or evening)."""
        ...


#: Words of a town's name that a story's keywords never hold, which left such a place never
#: named: an article ("The Bronx", "The Woodlands") and a county's designator ("Perry
#: County" is named by "Perry": a story names the county its town lies in).
_ARTICLES = frozenset({"the", "county", "parish", "township", "borough"})


def town_words(location: Location) -> frozenset[str]:
    """The words of a location's town (empty when it names only a province or nothing)."""
    if not location.name or location.name == location.admin1:
        return frozenset()
    return place_words((location.name,)) - _ARTICLES


class _WordingOf:
    def __init__(self, state_reports: Callable[[str], Sequence[IncidentReport]], report: IncidentReport) -> None:
        self.state_reports = state_reports
        self.report = report
        self.mine = report_keywords(report)
        self.town = town_words(report.location)
        self.memo: dict[tuple[str, int], float] = {}
        self.named: dict[tuple[str, bool], bool] = {}
        self.stated: dict[str, bool] = {}
        self.read: dict[str, Sequence[IncidentReport]] = {}
        self.names: frozenset[str] | None = None  # computed on first need
        self.named_alike: dict[str, bool] = {}

    def _reports(self, incident_id: str) -> Sequence[IncidentReport]:
        """The incident's reports, read from the state once per report being matched."""
        if incident_id not in self.read:
            self.read[incident_id] = self.state_reports(incident_id)
        return self.read[incident_id]

    def __call__(self, incident: Incident, min_shared: int = MIN_SHARED) -> float:
        key = (incident.incident_id, min_shared)
        if key not in self.memo:
            best = 0.0
            loc = self.report.location
            if len(self.mine) >= min_shared:
                for other in self._reports(incident.incident_id):
                    if incident.location.name and not other.location.name:
                        continue
                    places = place_words((loc.name, loc.admin1, other.location.name, other.location.admin1))
                    best = max(best, similarity(self.mine - places, report_keywords(other) - places, min_shared))
            self.memo[key] = best
        return self.memo[key]

    def names_place(self, incident: Incident, placeless: bool = False) -> bool:
        key = (incident.incident_id, placeless)
        if key not in self.named:
            found = False
            for other in self._reports(incident.incident_id):
                theirs = town_words(other.location)
                if (theirs and theirs <= self.mine) or (
                    self.town and (placeless or other.location.name) and self.town <= report_keywords(other)
                ):
                    found = True
                    break
            self.named[key] = found
        return self.named[key]


    def date_stated(self, incident: Incident) -> bool | None:
        iid = incident.incident_id
        if iid not in self.stated:
            self.stated[iid] = any(r.date_stated for r in self._reports(iid))
        return self.stated[iid]

    def near_one(self, incident: Incident) -> bool:
        loc = self.report.location
        return bool(loc.name) and any(
            bool(o.location.name) and places_compatible(loc, o.location) for o in self._reports(incident.incident_id)
        )

    def shares_name(self, incident: Incident) -> bool:
        iid = incident.incident_id
        if iid not in self.named_alike:
            if self.names is None:
                self.names = report_names(self.report)
            mine = self.names
            self.named_alike[iid] = bool(mine) and any(
                bool(mine & report_names(o))
                for o in self._reports(iid)
                if o.location.name or not incident.location.name or not self.report.location.name
            )
        return self.named_alike[iid]

    def sentences(self, incident: Incident) -> Iterable[str]:
        return (s for o in self._reports(incident.incident_id) for s in o.evidence)

    def told_apart(self, incident: Incident) -> bool:
        mine = day_part(self.report.evidence)
        if mine is None:
            return False
        theirs = [p for o in self._reports(incident.incident_id) if (p := day_part(o.evidence))]
        return bool(theirs) and all(days_apart(mine, p) for p in theirs)


def wording_with(state_reports: Callable[[str], Sequence[IncidentReport]], report: IncidentReport) -> Wording:
    """The wording similarity of ``report`` to an incident: the best over the incident's
    reports (see :mod:`monitor.dedup.wording`), computed once per incident on demand.
    When the incident has a place, its reports with none do not count: such a story
    (often a round-up) also tells of other events, and its words would bridge to them.
    On gva-dev: pairwise precision 0.950 -> 0.961 for recall 0.582 -> 0.576."""
    return _WordingOf(state_reports, report)


class _NoWording:
    def __call__(self, incident: Incident, min_shared: int = MIN_SHARED) -> float:
        return 0.0

    def names_place(self, incident: Incident, placeless: bool = False) -> bool:
        return False

    def date_stated(self, incident: Incident) -> bool | None:
        return None

    def near_one(self, incident: Incident) -> bool:
        return False

    def shares_name(self, incident: Incident) -> bool:
        return False

    def sentences(self, incident: Incident) -> Iterable[str]:
        return (e.evidence for e in incident.killed.history)

    def told_apart(self, incident: Incident) -> bool:
        return False


_no_wording = _NoWording()


def _judge(
    report: IncidentReport, incident: Incident, window_days: int, wording: Wording, m: MatchingConfig
) -> tuple[float, float | None] | None:
    """(score without wording, the wording similarity if a rule needed it), or None when a
    rule says these are different events."""
    if not figures_compatible(report, incident):
        return None
    if report.location.region_key != incident.location.region_key:
        return None
    # Two kinds of event are two events, unless both stories name the same person in full:
    # the kind is the extractor's reading of one sentence ("held hostage and shot").
    if not (
        types_compatible(report.event_type, incident.event_type)
        or wording.shares_name(incident)
        or _raid_told_two_ways(report, incident, wording)
    ):
        return None
    similar: float | None = None
    shared = MIN_SHARED
    # Whether the incident's date is an upper bound matters only for one dated later.
    gap = _gap(report, incident)
    stated = wording.date_stated(incident) if gap is not None and gap > window_days else None
    lookback = m.undated_lookback_days
    near = dates_compatible(report, incident, window_days, lookback, stated)
    # The place is compatible when the names say so (the incident's, or one of its
    # reports': "The Bronx" joins an incident most of whose stories say "New York City")
    # or either story names the other's town.
    vague = _vague(report.location) or _vague(incident.location)
    place_ok = (
        vague
        or places_compatible(report.location, incident.location)
        or (
            not _two_quarters(report.location, incident.location)
            and (wording.names_place(incident) or wording.near_one(incident))
        )
    )
    if not (near and place_ok):
        # Another province, or beyond the window: only similar wording bridges it, and
        # with only the date out of the window (one weak link, not two) less is needed.
        wide = max(window_days, m.wording_window_days)
        if dates_compatible(report, incident, wide, lookback, stated):
            if place_ok:
                # The same own toll of a mass killing in the same place within the wording
                # window is one event told days apart (follow-ups rarely restate the first
                # story's particulars; two such killings in one town that fortnight are rare).
                needed = 0.0 if _same_toll(report, incident) else min(m.wording_admit, m.wording_later)
            elif near:
                needed = m.wording_admit
            else:
                # Elsewhere and days apart (two weak links): as much as a far match needs.
                needed, shared = max(m.wording_admit, m.wording_far), FAR_MIN_SHARED
        elif m.wording_far_days > wide and dates_compatible(report, incident, m.wording_far_days, lookback, stated):
            if not place_ok:
                return None  # two weak links (weeks apart and elsewhere): two events
            needed = max(m.wording_admit, m.wording_far)
            shared = FAR_MIN_SHARED
        else:
            return None
        similar = wording(incident, shared)
        # Wording never makes two towns surely apart one place (see :func:`apart`): two
        # strikes of one war on one day share its vocabulary, not a namesake.
        enough = similar >= needed and (place_ok or not apart(report.location, incident.location))
        # A person both stories name in full stands in for the wording across one weak
        # link (another province, or days to two years apart), never two.
        if not enough and not ((near or place_ok) and wording.shares_name(incident)):
            return None
    elif gap is None:
        # No date on one side (a feed without dates): "the same place at some time" is no
        # evidence; ask what a later follow-up in the same place needs.
        similar = wording(incident)
        if similar < m.wording_later:
            return None
    elif gap == 0 and wording.told_apart(incident):
        # One day, one town, but one story tells the morning and the other the evening:
        # two shootings in one city that day, unless their words or a name say otherwise.
        similar = wording(incident)
        if similar < m.wording_later and not wording.shares_name(incident):
            return None
    if vague:
        # No place below the country: "same country, same days" is not evidence enough.
        similar = wording(incident)
        # Unless, within the window, the story with no place names the other's town.
        if similar < m.wording_vague and not (
            (near and gap is not None and wording.names_place(incident, True)) or wording.shares_name(incident)
        ):
            return None
    s = 0.0
    if report.event_type == incident.event_type:
        s += 0.3
    if same_place(report.location, incident.location):
        s += 0.3
    if report.event_date and report.event_date == incident.event_date:
        s += 0.2
    if report.killed and incident.killed.value is not None:
        diff = abs(report.killed.value - incident.killed.value)
        s += 0.1 if diff == 0 else (0.05 if diff <= 3 else 0.0)
    actors = {c.actor for c in report.claims}
    if actors and actors & {c.actor for c in incident.claims}:
        s += 0.1
    return s, similar


def score(
    report: IncidentReport,
    incident: Incident,
    window_days: int = 1,
    wording: Wording = _no_wording,
    matching: MatchingConfig | None = None,
) -> float | None:
    """The match score (wording included), or None when a rule says these are different events."""
    judged = _judge(report, incident, window_days, wording, matching or MatchingConfig())
    if judged is None:
        return None
    s, similar = judged
    return s + WORDING_WEIGHT * (wording(incident) if similar is None else similar)


def matches(
    report: IncidentReport,
    candidates: Iterable[Incident],
    window_days: int = 1,
    wording: Wording = _no_wording,
    matching: MatchingConfig | None = None,
) -> list[Incident]:
    """The best-scoring candidate that no rule rules out (ties to the lowest incident id),
    then the other candidates the report ties to it (see :func:`bridges`), by id; empty
    when no candidate passes.

    With a single candidate left the wording term cannot change the choice, so it is
    computed only where a rule needs it or two or more candidates compete."""
    m = matching or MatchingConfig()
    passing: list[tuple[float, float | None, Incident]] = []
    for inc in candidates:
        judged = _judge(report, inc, window_days, wording, m)
        if judged is not None:
            passing.append((*judged, inc))
    if not passing:
        return []
    if len(passing) == 1:
        return [passing[0][2]]
    scored = [
        (s + WORDING_WEIGHT * (wording(inc) if similar is None else similar), inc) for s, similar, inc in passing
    ]
    best = min(scored, key=lambda t: (-t[0], t[1].incident_id))[1]
    tied = [inc for _, _, inc in passing if bridges(report, inc, wording, m)]
    # The incident of the report's own town and stated day is tied to it without wording
    # (there is nothing else to tell that event by), but only when it is the only one:
    # two of them were kept apart by their figures or kinds.
    same = [inc for _, _, inc in passing if _same_place_and_day(report, inc)]
    if len(same) == 1 and same[0] not in tied:
        tied += same
    if len(tied) < 2 or best not in tied:
        return [best]
    # Never two incidents whose kinds, tolls or dates say they are two events.
    joined = [inc for inc in tied if inc is not best and _one_event(best, inc, window_days)]
    return [best] + sorted(joined, key=lambda inc: inc.incident_id)


def _one_event(a: Incident, b: Incident, window_days: int) -> bool:
    """Whether two incidents' kinds, own tolls, dates and places allow one event (as for
    a report). Two places that are not one and dates further apart than the window are two
    events even when a story ties both (a story of a shooting that recalls another in a
    nearby town two weeks before); one of the two alone is not (a follow-up formed its own
    incident under its publication day, or the extractor chose a neighbouring town). An
    incident with no place below the country, or only a county of several states, is in no
    other place (as for a report, rule 5)."""
    if not types_compatible(a.event_type, b.event_type):
        return False
    gap = _days(a.event_date, b.event_date)
    one_place = _vague(a.location) or _vague(b.location) or places_compatible(a.location, b.location)
    if gap is not None and abs(gap) > window_days and not one_place:
        return False
    own = [max((h.value for h in i.killed.history if not h.period_total), default=None) for i in (a, b)]
    if own[0] is None or own[1] is None:
        return True
    lo, hi = min(own[0], own[1]), max(own[0], own[1])
    return hi <= 5 * lo + 2


def _same_place_and_day(report: IncidentReport, incident: Incident) -> bool:
    return (
        report.date_stated and report.event_date == incident.event_date
        and same_place(report.location, incident.location)
    )


def bridges(report: IncidentReport, incident: Incident, wording: Wording, m: MatchingConfig) -> bool:
    """Whether ``report``, which the rules let join ``incident``, ties it strongly enough
    to another incident it also joins that the two are one event: the report has a place
    below the country and its wording similarity reaches ``wording_merge``. Two incidents
    of one event form when their first stories share too little (a first bulletin and a
    story naming the victims); a later story naming both sets of particulars joins them.
    A story with no place never does: a round-up names the particulars of many events.
    An incident with no place of its own (see :func:`_vague`) asks what a story with no place
    asks to join anything, ``wording_vague``: its stories' words are all there is to tell it
    by (on gva-dev: pairwise recall 0.801 -> 0.812, precision 0.986 unchanged)."""
    needed = m.wording_vague if _vague(incident.location) else m.wording_merge
    return bool(report.location.name) and wording(incident) >= needed
