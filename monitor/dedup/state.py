"""The correlate stage's state port, and its in-memory implementation.

The correlator reads and writes incidents only through :class:`IncidentState`, so the
same core runs over a dict (tests), a SQLite file (embedded runtime) or faust tables
(Kafka runtime). Candidates are looked up by region and event date (blocking), so the
cost of matching a report does not grow with the number of open incidents elsewhere.
A second, narrower lookup finds the incidents of a region that share keywords with a
report (:func:`incident_keywords`, indexed per region and keyword with the day), for the
matches that very similar wording admits beyond the date window or the province.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Protocol

from monitor.dedup.wording import report_keywords
from monitor.records import Incident, IncidentReport, Location

#: An incident is indexed under at most this many keywords (its reports' union, sorted).
MAX_INDEXED_KEYWORDS = 64


def incident_keywords(reports: Iterable[IncidentReport]) -> list[str]:
    """The keywords an incident is indexed under: its reports' keywords (a set function)."""
    words: set[str] = set()
    for r in reports:
        words |= report_keywords(r)
    return sorted(words)[:MAX_INDEXED_KEYWORDS]


#: A keyword shared by more incidents than this in the span looked up is no clue to one event
#: (a common surname, an age, a big city's name) and is left out of the lookup: without this
#: cut the lookup over a two-year span returned more incidents the more were stored.
MAX_KEYWORD_INCIDENTS = 40


def keyword_hits(postings: Iterable[Mapping[str, str]], first_day: str, last_day: str, min_shared: int) -> list[str]:
    """The incident ids found, dated ``first_day``..``last_day``, in at least ``min_shared``
    of ``postings`` (one ``{incident_id: day}`` per distinct keyword), sorted. A keyword
    with more than :data:`MAX_KEYWORD_INCIDENTS` incidents in the span counts for none."""
    hits: dict[str, int] = {}
    for posting in postings:
        inside = [iid for iid, day in posting.items() if first_day <= day <= last_day]
        if len(inside) > MAX_KEYWORD_INCIDENTS:
            continue
        for iid in inside:
            hits[iid] = hits.get(iid, 0) + 1
    return sorted(i for i, n in hits.items() if n >= min_shared)


def date_keys(event_date: str | None, window_days: int, before: int = 0, after: int = 0) -> list[str]:
    """The index keys of the days from ``window_days + before`` days before ``event_date``
    to ``window_days + after`` days after it ("?" if unknown)."""
    day = _day(event_date)
    if day is None:
        return ["?"]
    return [(day + timedelta(days=d)).isoformat() for d in range(-window_days - before, window_days + after + 1)]


def date_span(event_date: str | None, window_days: int, before: int = 0, after: int = 0) -> tuple[str, str] | None:
    """The first and last of :func:`date_keys` (None when the date is unknown), without
    listing the days between: a two-year span is 1,400 of them."""
    day = _day(event_date)
    if day is None:
        return None
    return (day - timedelta(days=window_days + before)).isoformat(), (day + timedelta(days=window_days + after)).isoformat()


def _day(event_date: str | None) -> date | None:
    """The day of an ISO ``event_date`` (None when unknown or malformed)."""
    if not event_date:
        return None
    try:
        return date.fromisoformat(event_date[:10])
    except ValueError:
        return None


def area_key(location: Location) -> str:
    """The finer blocking key inside a region: the province, else the place when it has a
    point ("" if none: every area).

    A city and its districts share their province; a report naming only the province
    lands in the same block as incidents in its cities. A place with neither province nor
    point (a county named without its state: there are eight Orange Counties) is looked up
    and indexed like a report with no place, in every province."""
    return (location.admin1 or (location.name if location.lat is not None else None) or "").casefold()


class IncidentState(Protocol):
    """Where the correlator keeps incidents. Writes are visible to later reads at once."""

    def has_report(self, report_id: str) -> bool: ...

    def candidates(self, region: str, day_keys: Sequence[str], area: str | None = None) -> list[Incident]:
        """Incidents of ``region`` indexed under any of ``day_keys``; with ``area``, only
        those of that area or of no known area ("" or None: every area)."""
        ...

    def similar(self, region: str, words: Sequence[str], first_day: str, last_day: str, min_shared: int) -> list[Incident]:
        """Incidents of ``region`` dated ``first_day``..``last_day`` (ISO days) indexed
        under at least ``min_shared`` of ``words``, by incident id."""
        ...

    def get(self, incident_id: str) -> Incident | None:
        """The incident; for one dropped into another (see :meth:`drop`), that one, so a
        dropped id is never given to a new incident (its alerts' ids would be taken)."""
        ...

    def reports(self, incident_id: str) -> list[IncidentReport]: ...

    def save(self, incident: Incident, reports: Sequence[IncidentReport]) -> None:
        """Store ``incident`` with all its reports and index it as open (a report stored
        with another incident before moves to this one)."""
        ...

    def drop(self, incident_id: str, into: str) -> None:
        """Forget an incident found to be part of incident ``into`` (one event told as
        two): lookups no longer return it, :meth:`get` gives ``into``. Called in the same
        unit of work before ``into`` is saved with its reports."""
        ...


class MemoryState:
    """A dict-backed :class:`IncidentState` (tests, benchmarks, dry runs)."""

    def __init__(self) -> None:
        self.incidents: dict[str, Incident] = {}
        self._reports: dict[str, list[IncidentReport]] = {}
        self._report_ids: set[str] = set()
        self._index: dict[tuple[str, str, str], set[str]] = {}
        self._keys_of: dict[str, tuple[str, str, str]] = {}
        self._areas: dict[tuple[str, str], set[str]] = {}
        self._words: dict[tuple[str, str], dict[str, str]] = {}
        self.open: set[str] = set()
        self._dropped: dict[str, str] = {}

    def has_report(self, report_id: str) -> bool:
        return report_id in self._report_ids

    def candidates(self, region: str, day_keys: Sequence[str], area: str | None = None) -> list[Incident]:
        ids: set[str] = set()
        for day in day_keys:
            areas = self._areas.get((region, day), set()) if not area else {area, ""}
            for a in areas:
                ids |= self._index.get((region, day, a), set())
        return [self.incidents[i] for i in sorted(ids) if i in self.open]

    def similar(self, region: str, words: Sequence[str], first_day: str, last_day: str, min_shared: int) -> list[Incident]:
        postings = (self._words.get((region, w), {}) for w in set(words))
        return [self.incidents[i] for i in keyword_hits(postings, first_day, last_day, min_shared) if i in self.open]

    def get(self, incident_id: str) -> Incident | None:
        while incident_id in self._dropped:
            incident_id = self._dropped[incident_id]
        return self.incidents.get(incident_id)

    def reports(self, incident_id: str) -> list[IncidentReport]:
        return list(self._reports.get(incident_id, ()))

    def save(self, incident: Incident, reports: Sequence[IncidentReport]) -> None:
        iid = incident.incident_id
        old_key = self._keys_of.get(iid)
        if old_key is not None:
            self._index.get(old_key, set()).discard(iid)
        key = (incident.location.region_key, (incident.event_date or "?")[:10], area_key(incident.location))
        self._index.setdefault(key, set()).add(iid)
        self._areas.setdefault(key[:2], set()).add(key[2])
        self._keys_of[iid] = key
        for w in incident_keywords(reports):
            self._words.setdefault((key[0], w), {})[iid] = key[1]
        self.incidents[iid] = incident
        self._reports[iid] = list(reports)
        self._report_ids.update(r.report_id for r in reports)
        self.open.add(iid)

    def drop(self, incident_id: str, into: str) -> None:
        self._dropped[incident_id] = into
        incident = self.incidents.pop(incident_id, None)
        if incident is not None:
            for w in incident_keywords(self._reports.get(incident_id, ())):
                self._words.get((incident.location.region_key, w), {}).pop(incident_id, None)
        self.close([incident_id])
        self._reports.pop(incident_id, None)

    def close(self, incident_ids: Iterable[str]) -> None:
        """Drop incidents from the open index (they stay readable by id)."""
        for iid in incident_ids:
            self.open.discard(iid)
            key = self._keys_of.pop(iid, None)
            if key is not None:
                self._index.get(key, set()).discard(iid)
