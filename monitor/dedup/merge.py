"""Build an incident from the set of its reports.

:func:`merge` is a pure function of the *set* of reports (never of their arrival order),
which is what makes the final state order-independent: the correlator re-merges all of
an incident's reports each time one joins.

Figure policy (configurable, see ``AlertRules.figure_policy``):

- ``highest`` (default): each outlet's latest figure for the event's own toll (period
  totals excluded), and the incident's figure is the highest of those. A lower, earlier
  figure stays in the history ("BBC 30, AP 31"). A toll told as revised down ("revised
  the toll down to six") replaces every figure published before it, from any outlet.
- ``latest_official``: the most recent figure attributed to an official source
  (``said_by`` set); the highest when none is.

Either way, a victim first reported wounded who has died since is counted once, as
killed: a report that said ``k`` killed and ``w`` wounded, when the incident's own toll is
now ``K > k``, counts ``w - (K - k)`` wounded (see :func:`_net_of_deaths`; "two shot, taken
to hospital" and later "one of them died" make 1 killed, 1 wounded, as final tallies do).

Attackers killed are a toll of their own (``Incident.attackers_killed``), chosen by the
same policy, never added to the victims; a report silent on them that counted them with
its dead is read net of them (see :func:`_net_of_attackers`).

Period totals are kept in the history, flagged, and become the toll only when the
incident has no figure of its own (a period-total incident such as "36 killed over 11
days around Herat").
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from monitor.extract.numbers import NUM, parse_number
from monitor.records import (
    EVENT_TYPES,
    ClaimEntry,
    FigureEntry,
    Incident,
    IncidentReport,
    Location,
    Qualifier,
    Source,
    Toll,
)

_QUALIFIER_RANK: dict[str, int] = {"exact": 0, "at_least": 1, "more_than": 2, "about": 3, "up_to": 4}


_REVISE = r"(?:revis|lower|correct|reduc|cut|downgrad)\w*"
#: A toll told as revised or corrected downwards, and the figure it now is (group ``to``):
#: "revised the death toll from the bombing down to six", "the toll was lowered to nine
#: from 12", "revised down from 12 to nine", "lowered the death toll from Saturday's
#: bombing at the junction to 38", "downgraded the toll to nine". The words
#: between the verb and the figure hold no full stop and no other count ("the number of
#: wounded was revised down to 20" is not the dead's figure: see :func:`_revised_down`).
_REVISED_DOWN = re.compile(
    rf"\b{_REVISE}\b(?P<between>[^.;]{{0,80}}?)\b(?:down(?:wards?)?\s+(?:from\s+(?:\S+\s+){{1,3}}?)?to"
    rf"|to(?=\s+\S+(?:\s+\S+)?\s+from\s))\s+(?P<to>{NUM})\b"
    rf"|\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?dead)\s+(?:was|has\s+been|had\s+been)\s+{_REVISE}"
    rf"\s+(?:down\s+)?to\s+(?P<to2>{NUM})\b"
    rf"|\b{_REVISE}\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|figure|number\s+of\s+(?:the\s+)?dead)\b"
    rf"(?P<between3>[^.;]{{0,100}}?)(?<!\bup\s)\bto\s+(?P<to3>{NUM})\b",
    re.IGNORECASE,
)
#: What marks the words of a revision as another count's: the wounded, the injured.
_OTHER_COUNT = re.compile(r"\b(?:wounded|injured|hurt|injuries|missing|arrested|displaced)\b", re.IGNORECASE)


def _revised_down(entry: FigureEntry) -> bool:
    """Whether ``entry``'s sentence tells its own figure as a toll revised downwards."""
    for m in _REVISED_DOWN.finditer(entry.evidence):
        between = m.group("between") or m.group("between3") or ""
        raw = m.group("to") or m.group("to2") or m.group("to3")
        parsed = parse_number(raw)
        if parsed is not None and parsed[0] == entry.value and not _OTHER_COUNT.search(between):
            return True
    return False


def _pub(value: str | None) -> str:
    return value or ""


def _toll(entries: Sequence[FigureEntry], policy: str, set_aside: frozenset[str] = frozenset()) -> Toll:
    """The toll of ``entries`` (all kept in the history); the reports of ``set_aside``
    count only when no other report gives a figure (see :func:`_several_stories`)."""
    history = tuple(sorted(entries, key=lambda e: (_pub(e.published), e.outlet, e.value, e.report_id)))
    if not history:
        return Toll()
    own = [e for e in history if not e.period_total]
    pool = own or list(history)
    pool = [e for e in pool if e.report_id not in set_aside] or pool
    chosen: list[FigureEntry]
    if policy == "latest_official":
        official = [e for e in pool if e.said_by]
        if official:
            latest = max(_pub(e.published) for e in official)
            chosen = [e for e in official if _pub(e.published) == latest]
            value = max(e.value for e in chosen)
            return Toll(value=value, qualifier=_qualifier(chosen, value), history=history)
    # A toll revised down ("the ministry revised the toll down to six, some victims had been
    # counted twice") replaces every figure published before it, whichever outlet gave them.
    revisions = [e for e in pool if _revised_down(e)]
    if revisions:
        since = max(_pub(e.published) for e in revisions)
        pool = [e for e in pool if _pub(e.published) >= since]
    latest_per_outlet: dict[str, FigureEntry] = {}
    for e in pool:  # history order: later entries replace earlier ones per outlet
        prev = latest_per_outlet.get(e.outlet)
        if prev is None or _pub(e.published) > _pub(prev.published) or (
            _pub(e.published) == _pub(prev.published) and e.value > prev.value
        ):
            latest_per_outlet[e.outlet] = e
    chosen = list(latest_per_outlet.values())
    value = max(e.value for e in chosen)
    return Toll(value=value, qualifier=_qualifier(pool, value), history=history)


def _net_of_deaths(
    wounded: Toll, killed: Toll, own_killed: dict[str, int], policy: str, set_aside: frozenset[str] = frozenset()
) -> Toll:
    """The wounded figure with the victims who died since counted once, as killed.

    A report that gave ``k`` killed and ``w`` wounded when the incident's own toll is now
    ``K > k`` counted as wounded up to ``K - k`` victims who later died: its figure counts
    ``w - (K - k)`` (never below 0). The history keeps what each outlet said."""
    if wounded.value is None or not killed.value or all(h.period_total for h in killed.history):
        return wounded
    dead = killed.value
    net = [
        e if e.period_total else dataclasses.replace(e, value=max(0, e.value - max(0, dead - own_killed.get(e.report_id, 0))))
        for e in wounded.history
    ]
    chosen = _toll(net, policy, set_aside)
    return Toll(value=chosen.value, qualifier=chosen.qualifier, history=wounded.history)


def _net_of_attackers(killed: list[FigureEntry], attackers: Toll, policy: str, set_aside: frozenset[str]) -> Toll:
    """The victims' toll with the attackers a report counted among its dead taken out.

    A report that does not tell the attackers' death may count them with the victims ("three
    dead" where another says "two killed before police shot the gunman"): its figure, when it
    is the victims of the reports that tell the attackers (those in ``attackers.history``)
    plus the attackers, counts those victims. The history keeps what each outlet said."""
    toll = _toll(killed, policy, set_aside)
    if not attackers.value or toll.value is None:
        return toll
    telling = {e.report_id for e in attackers.history}
    told = _toll([e for e in killed if e.report_id in telling], policy, set_aside).value
    if told is None:
        return toll
    net = [
        dataclasses.replace(e, value=told)
        if e.report_id not in telling and not e.period_total and e.value == told + attackers.value else e
        for e in killed
    ]
    chosen = _toll(net, policy, set_aside)
    return Toll(value=chosen.value, qualifier=chosen.qualifier, history=toll.history)


def _qualifier(entries: Iterable[FigureEntry], value: int) -> Qualifier:
    counts = Counter(e.qualifier for e in entries if e.value == value)
    best = sorted(counts.items(), key=lambda kv: (-kv[1], -_QUALIFIER_RANK.get(kv[0], 0)))
    return best[0][0] if best else "exact"


#: A kind that a story names only when it knows more: "a bombing" in most stories and "a
#: suicide bomber blew himself up" in one is a suicide bombing the others did not detail.
_DETAILED = {"bombing": "suicide_bombing"}


def _event_type(typed: Sequence[str]) -> str:
    """The kind most reports give (ties in :data:`EVENT_TYPES` order), or the detailed kind
    of it (see :data:`_DETAILED`) when one report gives that."""
    common = _most_common(typed, EVENT_TYPES) or "other_violence"
    detailed = _DETAILED.get(common)
    return detailed if detailed is not None and detailed in typed else common


def _most_common(values: Iterable[str], order: Sequence[str] = ()) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    rank = {v: i for i, v in enumerate(order)}
    return sorted(counts.items(), key=lambda kv: (-kv[1], rank.get(kv[0], len(rank)), kv[0]))[0][0]


def _location(reports: Sequence[IncidentReport]) -> Location:
    named = [r.location for r in reports if r.location.name]
    if not named:
        coded = [r.location for r in reports if r.location.country_code]
        return coded[0] if coded else Location()
    # Prefer the place most reports name; ties go to the more specific (has admin1 and
    # differs from it, i.e. a town rather than a province: Maiduguri before Borno), then
    # alphabetical.
    counts = Counter(loc.name for loc in named)
    towns = {loc.name for loc in named if loc.admin1 and loc.admin1 != loc.name}
    best_name = sorted(counts, key=lambda n: (-counts[n], n not in towns, n))[0]
    return sorted(
        (loc for loc in named if loc.name == best_name),
        key=lambda loc: (loc.lat is None, loc.admin1 or "", loc.country_code or ""),
    )[0]


def _claims(reports: Sequence[IncidentReport]) -> tuple[ClaimEntry, ...]:
    grouped: dict[tuple[str, str], list[tuple[IncidentReport, int]]] = {}
    for r in reports:
        for i, c in enumerate(r.claims):
            grouped.setdefault((c.actor, c.stance), []).append((r, i))
    out: list[ClaimEntry] = []
    for (actor, _stance), hits in grouped.items():
        hits.sort(key=lambda h: (_pub(h[0].published), h[0].outlet, h[0].report_id, h[1]))
        first, idx = hits[0]
        said_by = next((r.claims[i].said_by for r, i in hits if r.claims[i].said_by), None)
        out.append(
            ClaimEntry(
                actor=actor,
                stance=first.claims[idx].stance,
                said_by=said_by,
                outlet=first.outlet,
                url=first.url,
                first_seen=first.published,
                outlets=tuple(sorted({r.outlet for r, _ in hits})),
                evidence=first.claims[idx].evidence,
            )
        )
    out.sort(key=lambda c: (_pub(c.first_seen), c.actor, c.stance))
    return tuple(out)


def _several_stories(reports: Sequence[IncidentReport]) -> frozenset[str]:
    """The reports of an item that gave the incident several reports with different
    figures for one field: such an item tells several stories (a page of the day's
    shootings, a round-up), and which of its figures is this event's is a guess; its
    highest is most often another event's or the day's total. A toll in one report and
    the wounded in another is one story split, not several."""
    given: dict[tuple[str, str], set[int]] = {}
    for r in reports:
        for name, fig in (("killed", r.killed), ("wounded", r.wounded)):
            if fig is not None:
                given.setdefault((r.item_id, name), set()).add(fig.value)
    several = {item for (item, _), values in given.items() if len(values) > 1}
    return frozenset(r.report_id for r in reports if r.item_id in several)


def merge(incident_id: str, reports: Iterable[IncidentReport], policy: str = "highest") -> Incident:
    """The incident made of ``reports`` (a set: duplicates by report_id are ignored)."""
    unique = {r.report_id: r for r in reports}
    rs = sorted(unique.values(), key=lambda r: (_pub(r.published), r.outlet, r.report_id))
    if not rs:
        raise ValueError("an incident needs at least one report")
    killed: list[FigureEntry] = []
    wounded: list[FigureEntry] = []
    attackers: list[FigureEntry] = []
    for r in rs:
        for fig, bucket in ((r.killed, killed), (r.wounded, wounded), (r.attackers_killed, attackers)):
            if fig is not None:
                bucket.append(
                    FigureEntry(
                        value=fig.value,
                        qualifier=fig.qualifier,
                        period_total=fig.period_total,
                        outlet=r.outlet,
                        url=r.url,
                        published=r.published,
                        said_by=fig.said_by,
                        evidence=fig.evidence,
                        report_id=r.report_id,
                    )
                )
    sources: dict[tuple[str, str], Source] = {}
    for r in rs:
        sources.setdefault((r.outlet, r.url), Source(outlet=r.outlet, url=r.url, published=r.published))
    pubs = [r.published for r in rs if r.published]
    typed = [r.event_type for r in rs if r.event_type != "other_violence"]
    # The most reported stated date; with none stated, the earliest publication day (the
    # undated reports' upper bound that is tightest).
    stated = Counter(r.event_date for r in rs if r.event_date and r.date_stated)
    undated = [r.event_date for r in rs if r.event_date and not r.date_stated]
    event_date = (
        sorted(stated, key=lambda d: (-stated[d], d))[0] if stated else (min(undated) if undated else None)
    )
    aside = _several_stories(rs)
    attackers_toll = _toll(attackers, policy, aside)
    killed_toll = _net_of_attackers(killed, attackers_toll, policy, aside)
    own_killed = {r.report_id: r.killed.value for r in rs if r.killed and not r.killed.period_total}
    return Incident(
        incident_id=incident_id,
        event_type=_event_type(typed),
        location=_location(rs),
        event_date=event_date,
        first_seen=min(pubs) if pubs else None,
        last_updated=max(pubs) if pubs else None,
        sources=tuple(sorted(sources.values(), key=lambda s: (_pub(s.published), s.outlet, s.url))),
        killed=killed_toll,
        wounded=_net_of_deaths(_toll(wounded, policy, aside), killed_toll, own_killed, policy, aside),
        claims=_claims(rs),
        report_ids=tuple(sorted(unique)),
        attackers_killed=attackers_toll,
    )
