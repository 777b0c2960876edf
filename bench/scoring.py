"""Scoring extraction against labels: pure functions over plain values, no I/O.

A labelled item becomes a :class:`Gold`; the extractor's main report (the first one it
returns) becomes a :class:`Pred`, or ``None`` when it returned nothing. :func:`score`
turns (gold, pred) pairs into named :class:`Ratio` figures. Each gold item says which
fields its set labels (``scored``); a field a set does not label is never counted.

Conventions (the extractor must follow them to score well; see bench/data/README.md):
- a missing figure equals 0 ("no one was killed" and silence score the same), so an
  item with no report scores a hit on a 0 label and a miss on any other;
- ``*_exact`` compares values only; ``*_qualifier`` is checked where the value matched;
- claims match on (actor, stance), actors compared after alias canonicalisation;
- place and admin1 compare accent-, case- and punctuation-free names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

STANCES: tuple[str, ...] = ("claimed", "denied", "blamed", "suspected")
FIGURE_FIELDS: frozenset[str] = frozenset({"killed", "wounded"})


@dataclass(frozen=True, slots=True)
class GoldClaim:
    actor: str
    stance: str
    #: other names the labels accept for this actor (MUC-4 alternatives, RAND acronyms)
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Gold:
    item_id: str
    relevant: bool
    scored: frozenset[str]
    killed: int | None = None
    killed_qualifier: str | None = None
    wounded: int | None = None
    wounded_qualifier: str | None = None
    period_total: bool = False
    claims: tuple[GoldClaim, ...] = ()
    #: the stances this set labels (a set that only codes claims scores only "claimed")
    claim_stances: tuple[str, ...] = STANCES
    country_code: str | None = None
    place: str | None = None
    place_alternatives: tuple[str, ...] = ()
    admin1: str | None = None
    event_type: str | None = None
    #: where a set codes only a coarser kind (RAND weapon, MUC-4 incident type): the types that agree
    event_types: tuple[str, ...] = ()
    event_date: str | None = None
    #: figures are the incident's final totals (GVA): scored as ``*_final_match`` only
    final_totals: bool = False
    #: the killed figure counts every participant, attackers too (GVA's ``n_killed``): the
    #: prediction's victims and attackers killed are added before they are compared
    participants: bool = False
    #: attackers killed, where the set labels them (the own set's ``attackers_killed`` items)
    attackers_killed: int | None = None
    #: perpetrators the set names but does not score (MUC-4's REPORTED AS FACT): a predicted
    #: blamed or suspected claim of one is neither a hit nor a false one
    unscored: tuple[GoldClaim, ...] = ()


@dataclass(frozen=True, slots=True)
class Pred:
    killed: int | None = None
    killed_qualifier: str | None = None
    wounded: int | None = None
    wounded_qualifier: str | None = None
    attackers_killed: int | None = None
    period_total: bool = False
    claims: tuple[tuple[str, str], ...] = ()
    country_code: str | None = None
    place: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    event_date: str | None = None


@dataclass(slots=True)
class Ratio:
    hits: float = 0
    total: int = 0

    def add(self, hit: bool | float) -> None:
        self.hits += float(hit)
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


def norm(name: str | None) -> str:
    """Accent-, case- and punctuation-free form of a name ("Herāt" -> "herat")."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = re.sub(r"^(?:the|al) ", "", text.strip())
    return text.strip()


# A state's forces named by their kind, as labels write them ("ARMED FORCES", "SALVADORAN
# ARMY", "NATIONAL POLICE", "ARMED FORCES HIGH COMMAND") and as the extractor does when the
# text names no country ("army", "police"): one kind of force is one actor. At most two words
# before the kind, none of an armed group's name ("People's Revolutionary Army" is a group).
_FORCE_KINDS = {
    "army": r"army|armies|military|armed forces|troops|soldiers|air force|navy|junta",
    "security forces": r"security forces",
    "police": r"police|policemen|police officers",
    "government": r"government|regime",
}
_FORCE_NAME = re.compile(
    r"(?P<before>(?:[a-z]+ ){0,2})(?:" + "|".join(f"(?P<k{i}>{v})" for i, v in enumerate(_FORCE_KINDS.values())) + r")"
    r"(?: high command| department)?"
)
_GROUP_WORD = re.compile(r"\b(?:liberation|revolutionary|people|popular|front|movement|resistance|rebel|guerrilla|national liberation)\b")


def force_kind(name: str) -> str | None:
    """The kind of state force a name is ("SALVADORAN ARMY" -> "army"), or None."""
    m = _FORCE_NAME.fullmatch(norm(name))
    if not m or _GROUP_WORD.search(m.group("before")):
        return None
    kinds = list(_FORCE_KINDS)
    return next(kinds[i] for i in range(len(kinds)) if m.group(f"k{i}"))


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Alias -> canonical name, from a {canonical: [aliases]} table."""

    canon: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_table(cls, *tables: Mapping[str, Iterable[str]]) -> ActorIndex:
        index: dict[str, str] = {}
        for table in tables:
            for canonical, aliases in table.items():
                for alias in [canonical, *(aliases or ())]:
                    index.setdefault(norm(alias), norm(canonical))
        return cls(index)

    def canonical(self, name: str) -> str:
        key = norm(name)
        return self.canon.get(key, key)

    def names(self, name: str, alternatives: Iterable[str] = ()) -> set[str]:
        """Canonical forms of a gold name, its bracketed acronym and its alternatives."""
        out: set[str] = set()
        for n in [name, *alternatives]:
            out.add(self.canonical(n))
            m = re.match(r"^(.*?)\s*\(([^)]*)\)?\s*$", n)
            if m:  # "Revolutionary Armed Forces of Colombia (FARC)"
                out.update(self.canonical(part) for part in m.groups() if part.strip())
        out.discard("")
        return out

    def matches(self, pred_actor: str, gold: GoldClaim) -> bool:
        names = self.names(gold.actor, gold.alternatives)
        if self.canonical(pred_actor) in names:
            return True
        # A state force by its kind: "army" is the labels' "ARMED FORCES" or "GUATEMALAN ARMY"
        # (names the alias table holds are groups, compared by their canonical names above).
        kind = force_kind(pred_actor)
        return kind is not None and any(force_kind(n) == kind for n in names)


def _figure(scores: dict[str, Ratio], name: str, gold: Gold, pred: Pred | None) -> None:
    g: int | None = getattr(gold, name)
    p: int | None = getattr(pred, name) if pred else None
    gv, pv = g or 0, p or 0
    if gold.participants and name == "killed" and pred is not None:
        pv += pred.attackers_killed or 0  # the labels count the attackers killed among the dead
    if gold.final_totals:
        scores[f"{name}_final_match"].add(gv == pv)
        return
    scores[f"{name}_exact"].add(gv == pv)
    scores[f"{name}_within_10pct"].add(abs(pv - gv) <= 0.1 * gv)
    if gv > 0:
        scores[f"{name}_exact_stated"].add(gv == pv)
        gq = getattr(gold, f"{name}_qualifier")
        if gv == pv and gq and pred is not None:
            scores[f"{name}_qualifier"].add(getattr(pred, f"{name}_qualifier") == gq)


def _claims(scores: dict[str, Ratio], gold: Gold, pred: Pred | None, actors: ActorIndex) -> None:
    predicted = list(pred.claims) if pred else []
    for stance in gold.claim_stances:
        golds = [c for c in gold.claims if c.stance == stance]
        preds = [a for a, s in predicted if s == stance]
        for actor in preds:
            hit = any(actors.matches(actor, c) for c in golds)
            if not hit and stance != "claimed" and any(actors.matches(actor, c) for c in gold.unscored):
                continue
            scores[f"claims_{stance}_precision"].add(hit)
        for c in golds:
            scores[f"claims_{stance}_recall"].add(any(actors.matches(a, c) for a in preds))
    if "claimed" in gold.claim_stances:
        has_gold = any(c.stance == "claimed" for c in gold.claims)
        has_pred = any(s == "claimed" for _, s in predicted)
        if has_pred:
            scores["claimed_any_precision"].add(has_gold)
        if has_gold:
            scores["claimed_any_recall"].add(has_pred)
    if gold.claims:
        main = gold.claims[0]
        scores["actor_accuracy"].add(any(actors.matches(a, main) for a, _ in predicted))


def _admin1_match(gold: str, pred: str | None) -> bool:
    g, p = norm(gold), norm(pred)
    return bool(p) and (g == p or g in p or p in g)


def score_one(scores: dict[str, Ratio], gold: Gold, pred: Pred | None, actors: ActorIndex) -> None:
    """Add one item's outcome to ``scores`` (a defaultdict of Ratio)."""
    if not gold.relevant:
        scores["false_positive_rate"].add(pred is not None)
        return
    scores["coverage"].add(pred is not None)
    s = gold.scored
    for name in ("killed", "wounded"):
        if name in s:
            _figure(scores, name, gold, pred)
    if "attackers_killed" in s:
        scores["attackers_killed_exact"].add((gold.attackers_killed or 0) == ((pred.attackers_killed if pred else None) or 0))
    if "period_total" in s and gold.killed:
        scores["period_total_flag"].add(bool(pred and pred.period_total) == gold.period_total)
    if "claims" in s:
        _claims(scores, gold, pred, actors)
    for name in ("country", "place", "admin1"):
        hit = where_hit(name, gold, pred)
        if hit is not None:
            scores[f"{name}_accuracy"].add(hit)
    if "event_type" in s and gold.event_type:
        scores["event_type_accuracy"].add(pred is not None and pred.event_type == gold.event_type)
    if "event_type" in s and gold.event_types:
        scores["event_type_agreement"].add(pred is not None and pred.event_type in gold.event_types)
    if "event_date" in s and gold.event_date:
        scores["event_date_accuracy"].add(pred is not None and pred.event_date == gold.event_date)


def where_hit(field: str, gold: Gold, pred: Pred | None) -> bool | None:
    """Whether ``pred`` has the labelled country, place or admin1 (``field``), as scored:
    places and admin1 compare folded spellings and accept the label's alternatives. None
    when the field is not scored for the item or has no label."""
    if field not in gold.scored:
        return None
    if field == "country":
        return None if not gold.country_code else pred is not None and pred.country_code == gold.country_code
    if field == "place":
        if not gold.place:
            return None
        wanted = {norm(gold.place), *(norm(a) for a in gold.place_alternatives)}
        return pred is not None and norm(pred.place) in wanted
    return None if not gold.admin1 else _admin1_match(gold.admin1, pred.admin1 if pred else None)


def score(pairs: Iterable[tuple[Gold, Pred | None]], actors: ActorIndex | None = None) -> dict[str, Ratio]:
    """Every figure for a set: name -> Ratio. Names absent when nothing was counted."""
    scores: defaultdict[str, Ratio] = defaultdict(Ratio)
    index = actors or ActorIndex()
    for gold, pred in pairs:
        score_one(scores, gold, pred, index)
    return dict(sorted(scores.items()))
