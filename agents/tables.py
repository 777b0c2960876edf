"""The correlate and notify state as faust tables, and the correlator's state port over them.

Correlate keeps everything in ONE table, ``correlate-state``, so that the writes caused by
one report go to one changelog partition (faust writes a change to the partition of the
event being processed) and land in the order they were made: after a crash, a prefix of
them is durable, never an arbitrary subset. Keys:

- ``inc:<incident_id>``  ``{"incident", "reports", "idx", "prev_idx", "alerts"}``: the
  incident, the reports merged into it, its index key, and the alerts each recent report
  caused (to emit them again if a crash came between the write and the emission);
- ``idx:<region>|<day>``  ``{incident_id: area}``: the open incidents of a region and day;
- ``kw:<region>|<word>``  ``{incident_id: day}``: the incidents of a region indexed under a
  keyword (see :func:`monitor.dedup.state.incident_keywords`);
- ``inc:<incident_id>``  ``{"dropped_into"}`` instead, once the incident was found to be
  part of another (one event told as two): its reports moved there (the other's record
  lists it under ``"joined"`` until the next report of that incident);
- ``seen:<report_id>``  ``{"incident_id", "emitted", "applied"}``: the report is being
  applied (``"applied": false``) or is applied, and its incident update and alerts were
  (or were not yet) acknowledged by the broker.

One report is written in this order: the seen marker (not yet applied, naming the incident
it goes to), new index entries, the incident, the seen marker (applied), index entries to
drop, incidents dropped into the one updated. So after a crash the marker says where to look: the report is applied when that
incident holds it, wherever the correlator found the incident (a follow-up months on,
another province). :func:`apply_report` turns a replay (same report again, after a crash
or a re-run) into "emit what was not acknowledged", and nothing else.

``delivered`` (notify): ``alert_id`` -> ``{"at", "outcome"}``, checked before sending.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

import faust
import faust.types

from agents.topics import TABLES
from monitor.config import Settings
from monitor.dedup.correlate import Correlator
from monitor.dedup.state import area_key, incident_keywords, keyword_hits
from monitor.records import Alert, Incident, IncidentReport

#: How many reports' alerts an incident record keeps for re-emission after a crash.
KEEP_ALERTS = 32

Table = MutableMapping[str, Any]


@dataclass(frozen=True, slots=True)
class Tables:
    state: faust.types.TableT[str, Any]
    delivered: faust.types.TableT[str, Any]


def declare_tables(app: faust.App, settings: Settings) -> Tables:
    """Declare the tables on ``app`` (partitions = the topics' partitions)."""
    common: dict[str, Any] = {
        "partitions": settings.kafka.partitions,
        "schema": faust.Schema(key_serializer="json", value_serializer="json"),
    }
    return Tables(
        state=app.Table(TABLES[0], default=None, help="Incidents, index, seen reports.", **common),
        delivered=app.Table(TABLES[1], default=None, help="Alert ids already delivered.", **common),
    )


def _idx_key(incident: Incident) -> str:
    return f"idx:{incident.location.region_key}|{(incident.event_date or '?')[:10]}"


@dataclass(frozen=True, slots=True)
class Emission:
    """What one report makes the correlate agent publish."""

    report_id: str
    outcome: str
    incident: Incident | None
    alerts: tuple[Alert, ...]
    #: Incidents dropped into ``incident`` by this report (tombstoned in incident-updates).
    joined: tuple[str, ...] = ()


class TableState:
    """:class:`~monitor.dedup.state.IncidentState` over one table, one unit of work per report.

    Reads see the pending writes of the report being processed; :meth:`commit` writes
    them to the table in the crash-safe order described in the module docstring.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self._records: dict[str, dict[str, Any]] = {}
        self._adds: dict[str, dict[str, str]] = {}
        self._drops: dict[str, dict[str, str]] = {}

    # -- IncidentState --------------------------------------------------------------
    def has_report(self, report_id: str) -> bool:
        seen = self.table.get(f"seen:{report_id}")
        return seen is not None and bool(seen.get("applied", True))

    def candidates(self, region: str, day_keys: Sequence[str], area: str | None = None) -> list[Incident]:
        ids: set[str] = set()
        for day in day_keys:
            entries = self._index(f"idx:{region}|{day}")
            ids.update(i for i, a in entries.items() if not area or a in (area, ""))
        records = (self._record(i) for i in sorted(ids))
        return [Incident.from_dict(r["incident"]) for r in records if r is not None]

    def similar(self, region: str, words: Sequence[str], first_day: str, last_day: str, min_shared: int) -> list[Incident]:
        postings = (self._index(f"kw:{region}|{w}") for w in set(words))
        records = (self._record(i) for i in keyword_hits(postings, first_day, last_day, min_shared))
        return [Incident.from_dict(r["incident"]) for r in records if r is not None]

    def get(self, incident_id: str) -> Incident | None:
        into = self._dropped_into(incident_id)
        if into is not None:
            return self.get(into)
        record = self._record(incident_id)
        return Incident.from_dict(record["incident"]) if record else None

    def reports(self, incident_id: str) -> list[IncidentReport]:
        record = self._record(incident_id)
        return [IncidentReport.from_dict(r) for r in record["reports"]] if record else []

    def save(self, incident: Incident, reports: Sequence[IncidentReport]) -> None:
        iid = incident.incident_id
        old = self._record(iid)
        key, old_key = _idx_key(incident), (old or {}).get("idx")
        self._records[iid] = {
            "incident": incident.to_dict(),
            "reports": [r.to_dict() for r in reports],
            "idx": key,
            "prev_idx": old_key if old_key != key else None,
            "alerts": dict((old or {}).get("alerts", {})),
        }
        area = area_key(incident.location)
        if self._index(key).get(iid) != area:
            self._adds[key] = {**self._index(key), iid: area}
            self._drops.pop(key, None)  # the entries added hold the drop (see drop)
        day = (incident.event_date or "?")[:10]
        for w in incident_keywords(reports):
            kw = f"kw:{incident.location.region_key}|{w}"
            if self._index(kw).get(iid) != day:
                self._adds[kw] = {**self._index(kw), iid: day}
        if old_key and old_key != key:
            self._drops[old_key] = {i: a for i, a in self._index(old_key).items() if i != iid}

    def drop(self, incident_id: str, into: str) -> None:
        old = self._record(incident_id)
        if old is None:
            return
        self._records[incident_id] = {"dropped_into": into}
        key = old.get("idx")
        if key and incident_id in self._index(key):
            kept = {i: a for i, a in self._index(key).items() if i != incident_id}
            (self._adds if key in self._adds else self._drops)[key] = kept
        # Its keyword postings go too: left, they would count toward a keyword's cap.
        region = Incident.from_dict(old["incident"]).location.region_key
        reports = [IncidentReport.from_dict(r) for r in old["reports"]]
        for w in incident_keywords(reports):
            kw = f"kw:{region}|{w}"
            if incident_id in self._index(kw):
                self._adds[kw] = {i: d for i, d in self._index(kw).items() if i != incident_id}

    # -- unit of work ---------------------------------------------------------------
    def commit(self, report_id: str, incident_id: str | None, alerts: Sequence[Alert]) -> None:
        """Write the pending changes of ``report_id`` (it caused ``alerts``)."""
        if incident_id is not None:  # first: after a crash, where to look (see module doc)
            self.table[f"seen:{report_id}"] = {"incident_id": incident_id, "emitted": False, "applied": False}
        for key, entries in self._adds.items():
            self.table[key] = entries
        # The incidents dropped into another are written after it: a crash between leaves
        # their reports in two incidents, never in none, and the survivor names them
        # ("joined") so that the replay finishes the join.
        joined = sorted(i for i, r in self._records.items() if r.get("dropped_into") == incident_id)
        for iid, record in sorted(self._records.items(), key=lambda kv: "dropped_into" in kv[1]):
            if iid == incident_id:
                kept = list(record["alerts"].items())[-(KEEP_ALERTS - 1) :]
                record["alerts"] = dict(kept) | {report_id: [a.to_dict() for a in alerts]}
                if joined:
                    record["joined"] = joined
            self.table[f"inc:{iid}"] = record
        if incident_id is not None:
            self.table[f"seen:{report_id}"] = {"incident_id": incident_id, "emitted": False}
        for key, entries in self._drops.items():
            self.table[key] = entries
        self.rollback()

    def rollback(self) -> None:
        self._records.clear()
        self._adds.clear()
        self._drops.clear()

    def mark_emitted(self, report_id: str) -> None:
        seen = self.table.get(f"seen:{report_id}")
        if seen is not None and not seen.get("emitted"):
            self.table[f"seen:{report_id}"] = {**seen, "emitted": True}

    # -- replays --------------------------------------------------------------------
    def applied_to(self, report_id: str) -> str | None:
        """The incident ``report_id`` was already merged into, if any.

        The seen marker names it; a marker written before a crash cut the report's writes
        short counts only if that incident holds the report."""
        seen = self.table.get(f"seen:{report_id}")
        if seen is None:
            return None
        incident_id = str(seen["incident_id"])
        if seen.get("applied", True):
            return incident_id
        record = self._record(incident_id)
        if record and any(r["report_id"] == report_id for r in record["reports"]):
            return incident_id
        return None

    def replay(self, report_id: str, incident_id: str) -> Emission | None:
        """Finish an applied report: what it still has to emit (None when it was emitted)."""
        seen = self.table.get(f"seen:{report_id}")
        if seen is not None and seen.get("emitted"):
            return None
        record = self._record(incident_id)
        if record is None:
            return None
        prev = record.get("prev_idx")
        if prev and incident_id in self._index(prev):
            self.table[prev] = {i: a for i, a in self._index(prev).items() if i != incident_id}
        self._finish_join(incident_id, record.get("joined", ()))
        if seen is None or not seen.get("applied", True):
            self.table[f"seen:{report_id}"] = {"incident_id": incident_id, "emitted": False}
        alerts = tuple(Alert.from_dict(a) for a in record["alerts"].get(report_id, ()))
        joined = tuple(record.get("joined", ()))
        return Emission(report_id, "replayed", Incident.from_dict(record["incident"]), alerts, joined)

    def _finish_join(self, incident_id: str, joined: Sequence[str]) -> None:
        """Drop the incidents ``incident_id`` took in whose own drop a crash cut short."""
        for other in joined:
            if self._dropped_into(other) is None:
                self.drop(other, incident_id)
        for iid, record in self._records.items():
            self.table[f"inc:{iid}"] = record
        for key, entries in (self._adds | self._drops).items():
            self.table[key] = entries
        self.rollback()

    # -- helpers --------------------------------------------------------------------
    def _record(self, incident_id: str) -> dict[str, Any] | None:
        """The incident's record (None when unknown or dropped into another)."""
        record = self._stored(incident_id)
        return None if record is None or "dropped_into" in record else record

    def _dropped_into(self, incident_id: str) -> str | None:
        record = self._stored(incident_id)
        return str(record["dropped_into"]) if record and "dropped_into" in record else None

    def _stored(self, incident_id: str) -> dict[str, Any] | None:
        if incident_id in self._records:
            return self._records[incident_id]
        value = self.table.get(f"inc:{incident_id}")
        return dict(value) if value is not None else None

    def _index(self, key: str) -> dict[str, str]:
        if key in self._adds:
            return self._adds[key]
        if key in self._drops:
            return self._drops[key]
        return dict(self.table.get(key) or {})


def apply_report(state: TableState, correlator: Correlator, report: IncidentReport) -> Emission | None:
    """Correlate one report over ``state``; what to publish (None: nothing at all)."""
    applied = state.applied_to(report.report_id)
    if applied is not None:
        return state.replay(report.report_id, applied)
    try:
        result = correlator.process(report)
    except BaseException:
        state.rollback()
        raise
    iid = result.incident.incident_id if result.incident else None
    state.commit(report.report_id, iid, result.alerts)
    if iid is None:
        return None
    return Emission(report.report_id, result.outcome, result.incident, result.alerts, result.joined)
