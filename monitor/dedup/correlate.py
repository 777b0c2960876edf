"""The correlate stage's core: report in, incident change and alerts out.

Pure and synchronous; the state is a port (:class:`~monitor.dedup.state.IncidentState`).
Both runtimes call :meth:`Correlator.process` for every report, inside whatever
transaction their store gives them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from monitor.alerts.rules import alerts_for
from monitor.config import AlertRules, MatchingConfig
from monitor.dedup.match import FAMILIES, matches, wording_with
from monitor.dedup.merge import merge
from monitor.dedup.state import IncidentState, area_key, date_keys, date_span
from monitor.dedup.wording import MIN_SHARED, place_words, report_keywords
from monitor.records import Alert, Incident, IncidentReport, stable_id

Outcome = Literal["created", "updated", "unchanged", "duplicate"]


@dataclass(frozen=True, slots=True)
class Result:
    outcome: Outcome
    incident: Incident | None
    alerts: tuple[Alert, ...] = ()
    #: Incidents the report showed to be this one event (dropped into ``incident``).
    joined: tuple[str, ...] = ()


def incident_key(report: IncidentReport) -> tuple[str, str, str, str]:
    """The order-free identity of the event a report describes (region, area, day, family)."""
    loc = report.location
    area = area_key(loc)
    family = FAMILIES.get(report.event_type, report.event_type)
    return (loc.region_key, area, (report.event_date or "")[:10], family)


def candidates(state: IncidentState, report: IncidentReport, m: MatchingConfig) -> list[Incident]:
    """The incidents the correlator weighs ``report`` against, by incident id: those of its
    region, province and days, and those of its region that share keywords with it within
    ``wording_far_days``."""
    # An unstated date is an upper bound: look back. Any report may meet an incident known
    # only from later, undated reports: look ahead as far.
    region = report.location.region_key
    wide_days = max(m.wording_window_days, m.wording_far_days)
    back, ahead = (0 if report.date_stated else m.undated_lookback_days), m.undated_lookback_days
    keys = date_keys(report.event_date, m.date_window_days, before=back, after=ahead)
    wide = date_span(report.event_date, wide_days, before=back, after=ahead)
    found = {i.incident_id: i for i in state.candidates(region, keys, area_key(report.location))}
    # Very similar wording may bridge a wider window or another province: those
    # candidates come from the keyword index, so the lookup stays narrow. The report's own
    # town stays among the words looked up (only its province is left out): a namesake
    # the extractor put in another province is found through the stories that name the
    # town; the rules then judge it like any candidate.
    words = sorted(report_keywords(report) - place_words((report.location.admin1,)))
    if len(words) >= MIN_SHARED and wide is not None:
        for inc in state.similar(region, words, wide[0], wide[1], MIN_SHARED):
            found.setdefault(inc.incident_id, inc)
    return [found[k] for k in sorted(found)]


class Correlator:
    """Match each report to an open incident (or start one), merge, and derive alerts."""

    def __init__(
        self,
        state: IncidentState,
        rules: AlertRules | None = None,
        matching: MatchingConfig | None = None,
        clock: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.state = state
        self.rules = rules or AlertRules()
        self.matching = matching or MatchingConfig()
        self.clock = clock

    def process(self, report: IncidentReport) -> Result:
        if self.state.has_report(report.report_id):
            return Result("duplicate", None)
        m = self.matching
        ordered = candidates(self.state, report, m)
        chosen = matches(report, ordered, m.date_window_days, wording_with(self.state.reports, report), m)
        if not chosen:
            incident_id = self._new_id(report)
            new = merge(incident_id, [report], self.rules.figure_policy)
            self.state.save(new, [report])
            alerts = alerts_for(None, new, report, self.rules, self.clock())
            return Result("created", new, tuple(alerts))
        match, joined = chosen[0], chosen[1:]
        reports = self.state.reports(match.incident_id) + [report]
        # Incidents the report ties to its match are one event with it: their reports move
        # to the match, which keeps its id; theirs are dropped (their alerts stand as sent).
        for other in joined:
            reports += self.state.reports(other.incident_id)
            self.state.drop(other.incident_id, match.incident_id)
        new = merge(match.incident_id, reports, self.rules.figure_policy)
        self.state.save(new, reports)
        alerts = alerts_for(match, new, report, self.rules, self.clock())
        ids = tuple(sorted(o.incident_id for o in joined))
        if ids:  # whoever followed a dropped incident learns where it went
            alerts = [replace(a, joined=ids) for a in alerts]
        changed = _material(match) != _material(new) or bool(ids)
        return Result("updated" if changed else "unchanged", new, tuple(alerts), ids)

    def _new_id(self, report: IncidentReport) -> str:
        base = stable_id(*incident_key(report))
        candidate, n = base, 1
        while self.state.get(candidate) is not None:
            n += 1
            candidate = stable_id(*incident_key(report), n)
        return candidate


def _material(incident: Incident) -> tuple[object, ...]:
    return (
        incident.killed.value,
        incident.wounded.value,
        incident.attackers_killed.value,
        tuple(c.key for c in incident.claims),
        incident.event_type,
        incident.location,
        incident.event_date,
    )
