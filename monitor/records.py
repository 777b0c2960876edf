"""The records that flow between stages, and their JSON form.

One schema module for both runtimes (see ARCHITECTURE.md). Every record is a frozen,
slotted dataclass; ``to_dict``/``from_dict`` give the wire form (plain JSON types only).
Pure: no I/O, no asyncio.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal, cast

Qualifier = Literal["exact", "at_least", "about", "more_than", "up_to"]
Stance = Literal["claimed", "denied", "blamed", "suspected"]
AlertKind = Literal["new_incident", "casualties_changed", "new_claim"]

QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "about", "more_than", "up_to")
STANCES: tuple[str, ...] = ("claimed", "denied", "blamed", "suspected")
ALERT_KINDS: tuple[str, ...] = ("new_incident", "casualties_changed", "new_claim")

#: The event-type taxonomy (aligned with ACLED sub-event types; see docs in README).
EVENT_TYPES: tuple[str, ...] = (
    "suicide_bombing",
    "bombing",
    "rocket_mortar_shelling",
    "airstrike",
    "armed_assault",
    "assassination",
    "kidnapping",
    "armed_clash",
    "takeover",
    "other_violence",
)


def stable_id(*parts: Any, length: int = 16) -> str:
    """SHA-256 over canonical JSON of ``parts``; identical in every process."""
    blob = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:length]



@dataclass(frozen=True, slots=True)
class FeedItem:
    """One article as read from a feed; ``text`` is plain text (HTML already stripped)."""

    item_id: str
    feed: str
    outlet: str
    url: str
    title: str
    text: str
    published: str | None = None
    fetched_at: str | None = None
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeedItem:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class Location:
    name: str | None = None
    admin1: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    #: for a district of a city, the city ("Hodan" lies in Mogadishu); None otherwise
    city: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Location:
        return cls(**(data or {}))

    @property
    def region_key(self) -> str:
        """The partition key of the correlate stage: country code, or "XX"."""
        return self.country_code or "XX"


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure as one report states it."""

    value: int
    qualifier: Qualifier = "exact"
    period_total: bool = False
    said_by: str | None = None
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Figure | None:
        if data is None:
            return None
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Claim:
    """Who is said to be responsible, and how: claimed, denied, blamed or suspected."""

    actor: str
    stance: Stance
    said_by: str | None = None
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class IncidentReport:
    """One incident as one item tells it."""

    report_id: str
    item_id: str
    outlet: str
    url: str
    published: str | None
    event_type: str
    location: Location
    event_date: str | None
    killed: Figure | None = None
    wounded: Figure | None = None
    claims: tuple[Claim, ...] = ()
    evidence: tuple[str, ...] = ()
    confidence: float = 0.5
    #: False when the text gives no date and ``event_date`` is the publication day: then
    #: it is only an upper bound (the event may have happened days before).
    date_stated: bool = True
    #: Keywords of the item's title and lead sentences (names of victims, suspects and
    #: venues often stand there rather than in the violent sentences); sorted, lower-case.
    #: Empty for reports stored before the field existed.
    lead_keywords: tuple[str, ...] = ()
    #: Full names of people ("given surname", lower-case) in the item's title and lead,
    #: sorted (see :func:`monitor.dedup.wording.full_names`). Empty for reports stored
    #: before the field existed.
    lead_names: tuple[str, ...] = ()
    #: Attackers killed (gunmen, suspects, bombers, a shooter who killed himself), kept
    #: apart from the victims in ``killed``. None for reports stored before the field existed.
    attackers_killed: Figure | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "item_id": self.item_id,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "event_type": self.event_type,
            "location": self.location.to_dict(),
            "event_date": self.event_date,
            "killed": self.killed.to_dict() if self.killed else None,
            "wounded": self.wounded.to_dict() if self.wounded else None,
            "claims": [c.to_dict() for c in self.claims],
            "evidence": list(self.evidence),
            "confidence": self.confidence,
            "date_stated": self.date_stated,
            "lead_keywords": list(self.lead_keywords),
            "lead_names": list(self.lead_names),
            "attackers_killed": self.attackers_killed.to_dict() if self.attackers_killed else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IncidentReport:
        return cls(
            report_id=data["report_id"],
            item_id=data["item_id"],
            outlet=data["outlet"],
            url=data["url"],
            published=data.get("published"),
            event_type=data["event_type"],
            location=Location.from_dict(data.get("location")),
            event_date=data.get("event_date"),
            killed=Figure.from_dict(data.get("killed")),
            wounded=Figure.from_dict(data.get("wounded")),
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", ())),
            evidence=tuple(data.get("evidence", ())),
            confidence=float(data.get("confidence", 0.5)),
            date_stated=bool(data.get("date_stated", True)),
            lead_keywords=tuple(data.get("lead_keywords", ())),
            lead_names=tuple(data.get("lead_names", ())),
            attackers_killed=Figure.from_dict(data.get("attackers_killed")),
        )


@dataclass(frozen=True, slots=True)
class FigureEntry:
    """One reported figure in an incident's history."""

    value: int
    qualifier: Qualifier
    period_total: bool
    outlet: str
    url: str
    published: str | None
    said_by: str | None
    evidence: str = ""
    report_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FigureEntry:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Toll:
    """An incident's killed, wounded or attackers killed: the current best figure and every
    reported one."""

    value: int | None = None
    qualifier: Qualifier | None = None
    history: tuple[FigureEntry, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "qualifier": self.qualifier,
            "history": [h.to_dict() for h in self.history],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Toll:
        data = data or {}
        return cls(
            value=data.get("value"),
            qualifier=data.get("qualifier"),
            history=tuple(FigureEntry.from_dict(h) for h in data.get("history", ())),
        )


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """An (actor, stance) on an incident, with who said it and where it was first seen."""

    actor: str
    stance: Stance
    said_by: str | None
    outlet: str
    url: str
    first_seen: str | None
    outlets: tuple[str, ...] = ()
    evidence: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.actor, self.stance)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["outlets"] = list(self.outlets)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimEntry:
        data = dict(data)
        data["outlets"] = tuple(data.get("outlets", ()))
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Source:
    outlet: str
    url: str
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Incident:
    """One real-world event, merged from every report of it.

    Every field is a function of the set of reports merged into it, never of their
    arrival order: ``first_seen``/``last_updated`` are the earliest and latest
    publication times of its sources.
    """

    incident_id: str
    event_type: str
    location: Location
    event_date: str | None
    first_seen: str | None
    last_updated: str | None
    sources: tuple[Source, ...] = ()
    killed: Toll = field(default_factory=Toll)
    wounded: Toll = field(default_factory=Toll)
    claims: tuple[ClaimEntry, ...] = ()
    report_ids: tuple[str, ...] = ()
    #: Attackers killed, apart from the victims (an empty Toll for incidents stored before
    #: the field existed).
    attackers_killed: Toll = field(default_factory=Toll)

    def to_dict(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "event_type": self.event_type,
            "location": self.location.to_dict(),
            "event_date": self.event_date,
            "first_seen": self.first_seen,
            "last_updated": self.last_updated,
            "sources": [s.to_dict() for s in self.sources],
            "killed": self.killed.to_dict(),
            "wounded": self.wounded.to_dict(),
            "claims": [c.to_dict() for c in self.claims],
            "report_ids": list(self.report_ids),
            "attackers_killed": self.attackers_killed.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Incident:
        return cls(
            incident_id=data["incident_id"],
            event_type=data["event_type"],
            location=Location.from_dict(data.get("location")),
            event_date=data.get("event_date"),
            first_seen=data.get("first_seen"),
            last_updated=data.get("last_updated"),
            sources=tuple(Source.from_dict(s) for s in data.get("sources", ())),
            killed=Toll.from_dict(data.get("killed")),
            wounded=Toll.from_dict(data.get("wounded")),
            claims=tuple(ClaimEntry.from_dict(c) for c in data.get("claims", ())),
            report_ids=tuple(data.get("report_ids", ())),
            attackers_killed=Toll.from_dict(data.get("attackers_killed")),
        )


@dataclass(frozen=True, slots=True)
class Change:
    """What an alert says changed: ``field`` went from ``old`` to ``new``, per ``outlet``."""

    field: str
    old: Any
    new: Any
    outlet: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Change:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Alert:
    """A notification. ``alert_id`` is deterministic: same incident, kind and change."""

    alert_id: str
    kind: AlertKind
    incident_id: str
    change: Change
    incident: Incident
    created_at: str | None = None
    #: Set only on a coalesced alert: every change it combines, oldest first.
    changes: tuple[Change, ...] = ()
    #: Set only when the report behind the change showed other incidents to be this one
    #: event: their ids, which are no more (their earlier alerts went out under them).
    joined: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "alert_id": self.alert_id,
            "kind": self.kind,
            "incident_id": self.incident_id,
            "change": self.change.to_dict(),
            "incident": self.incident.to_dict(),
            "created_at": self.created_at,
        }
        if self.changes:
            data["changes"] = [c.to_dict() for c in self.changes]
        if self.joined:
            data["joined"] = list(self.joined)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Alert:
        return cls(
            alert_id=data["alert_id"],
            kind=cast(AlertKind, data["kind"]),
            incident_id=data["incident_id"],
            change=Change.from_dict(data["change"]),
            incident=Incident.from_dict(data["incident"]),
            created_at=data.get("created_at"),
            changes=tuple(Change.from_dict(c) for c in data.get("changes", ())),
            joined=tuple(data.get("joined", ())),
        )


def dumps(record: Any) -> str:
    """Compact canonical JSON of a record (anything with ``to_dict``) or plain data."""
    data = record.to_dict() if hasattr(record, "to_dict") else record
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
