"""From one feed item to its incident reports.

1. Prefilter: no violence word at all, no report (most news stops here, cheaply).
2. Clean the text (page chrome, story lists, captions) and split it into sentences; the
   title is sentence zero.
3. Per sentence: casualty figures, claims, event type, places, date, and three markers:
   *background* (an earlier event recalled: "in recent weeks", "last month"),
   *period* (a total over time: "over the past 11 days"), *separate* (another event the
   same day: "hours before", "in a separate attack").
4. Group sentences into events. The first violent sentence opens the main event; later
   sentences join it unless they name another place, or describe an incompatible kind of
   attack with a separation cue. Background sentences add nothing. Period totals join
   the event of the place they name, flagged ``period_total``; with no place they are
   dropped (a country-wide tally is not an incident).
5. Each event with a figure, a claim, or a type and a place becomes a report; the main
   event is first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from monitor.dedup.match import types_compatible
from monitor.dedup.wording import MIN_SHARED, keywords
from monitor.extract.casualties import Mention as Casualty
from monitor.extract.casualties import find_mentions
from monitor.extract.claims import _speaker, actor_table, find_claims
from monitor.extract.events import (
    BACKGROUND,
    PERIOD,
    SEPARATE,
    attack_words,
    event_type,
    is_violent,
    non_violent_cause,
    resolve_date,
)
from monitor.extract.gazetteer import (
    DEMONYMS,
    STOP_NAMES,
    US_STATE_ABBREV,
    US_STATE_CODES,
    Mention,
    Place,
    gazetteer,
    person_names,
    small_place_votes,
)
from monitor.extract.text import Sentence, dateline, split_sentences, title_opens_body, without_title
from monitor.records import Claim, FeedItem, Figure, IncidentReport, Location, Qualifier, stable_id

_CAPITAL = re.compile(r"\bthe\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?capital(?:\s+city)?\b(?!\s+(?:of|punishment|market|flight|gains?))")
# Event types concrete enough to report with only a country: a bomb went off somewhere in
# Spain. General talk of "attacks" or "fighting" without a place or figure is not.
_CONCRETE_TYPES = frozenset({"bombing", "suicide_bombing", "rocket_mortar_shelling", "airstrike", "kidnapping", "assassination"})
#: How many of the body's first sentences give the lead's keywords (names of victims,
#: suspects and venues; see :attr:`~monitor.records.IncidentReport.lead_keywords`).
LEAD_SENTENCES = 3

# Someone was shot (not "a shot at the title", "a long shot from the corner").
_SHOT_SOMEONE = re.compile(
    r"\b(?:(?:was|were|been|being|is|are|got|gets)\s+(?:\w+\s+)?shot"
    r"|shot\s+(?:and\s+(?:killed|wounded)|dead|to\s+death|(?:him|her|them|your|my)sel(?:f|ves)|(?:his|her|their|a|an|the)\s)"
    r"|(?:shot|shooting)\s+(?:(?:his|her|their|a|an|the|[\w'’]+['’]s)\s+)?(?:\d+-year-old\s+)?"
    r"(?:friend|son|daughter|brother|sister|mother|father|wife|husband|girlfriend|boyfriend|cousin|classmate"
    r"|baby|child|toddler|boy|girl|man|woman|teen|teenager)\b"
    r"|shooting\s+(?:death|of|victims?|case|suspect)|(?:\d+|two|three|four|five|six)\s+(?:people\s+)?shot\b"
    r"|(?:fatal|accidental|fatally|accidentally)\s+shot|(?:fatal|accidental|officer-involved)\s+shooting)",
    re.IGNORECASE,
)

# A sentence telling that an attack happened ("a bomb exploded", "shots were fired at",
# "was kidnapped"): enough for a report even when the place is unknown to the gazetteer.
_OCCURRED = re.compile(
    r"\b(?:exploded|went\s+off|detonated|blew\s+up|opened\s+fire|came\s+under\s+(?:fire|attack)"
    r"|fired\s+(?:shots\s+|(?:\w+\s+)?(?:rounds|rockets|mortars?|shells|missiles|grenades|bullets)\s+)?(?:at|upon|into)\s"
    r"|(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:bombed|blown\s+up|kidnapped|abducted|attacked"
    r"|assassinated|ambushed|taken\s+hostage|set\s+(?:on\s+fire|ablaze|alight)|torched|firebombed|shot|stabbed|dynamited)"
    r"|(?:bombs?|devices?|grenades?|explosives?|mines?|rockets?|mortars?|shells|missiles?|cocktails?|firebombs?)\s+(?:\w+\s+){0,6}?"
    r"(?:was|were)\s+(?:thrown|hurled|planted|placed|fired|launched|found|discovered|defused)"
    r"|(?:kidnapped|abducted|attacked|bombed|ambushed|stormed|assassinated|dynamited|torched|threw|hurled|set\s+fire\s+to)"
    r"\s+(?:\w+\s+){0,3}?(?:a|an|the|two|three|four|five|several|his|her|their)\s"
    r"|hijacked\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:plane|aircraft|airliner|jet|flight|bus|ship|vessel|train|truck)"
    r"|took\s+(?:\w+\s+){1,4}hostage)",
    re.IGNORECASE,
)
_CLAIM_WORDS = re.compile(
    r"respons|claim|den(?:y|ied|ies)|blam|accus|reject|not\s+carr|no\s+(?:role|part)|nothing\s+to\s+do|behind"
    r"|suspect|said\s+(?:it|they)|its\s+fighters|acknowledg|admitted|missiles?|drones?",
    re.IGNORECASE,
)
# A story of a death, with no count: "homicide", "shooting death", "fatal shooting".
_DEATH = re.compile(
    r"\b(?:homicide|murder(?:ed)?|shooting\s+death|death\s+investigation|(?<![\w-])fatal(?:ly)?|deadly|died|dies|slain"
    r"|found\s+dead|pronounced\s+dead)\b(?!\s+(?:himself|herself|themselves))",
    re.IGNORECASE,
)
_ATTEMPT = re.compile(r"\b(?:attempt\w*|tr(?:y|ied|ying))(?:\s+(?:to|at))?(?:\s+\w+)?\s+$", re.IGNORECASE)


def _tells_a_death(text: str) -> bool:
    """A word of a death, not of an attempt ("attempted murder", "trying to murder")."""
    return any(not _ATTEMPT.search(text, max(0, m.start() - 30), m.start()) for m in _DEATH.finditer(text))


_STREET_AFTER = frozenset(
    "road street st avenue ave boulevard blvd drive dr lane ln highway hwy way court ct place pl square "
    "bridge parkway pkwy terrace circle".split()
)
_NOT_A_TOWN_AFTER = _STREET_AFTER | frozenset(
    "university college hospital airport station mall plaza hotel stadium school church mosque prison jail".split()
)
_THIS_ATTACK = re.compile(
    r"\b(?:the|this|that)\s+(?:(?!two|three|four|five|several|earlier|previous|other|last)\w+\s+)?"
    r"(?:attack|bombing|blast|explosion|kidnapping|killing|assault|shooting|ambush|raid|incident|abduction|assassination)"
    r"\b(?!\s+(?:on|in|at|of|against|near)\b)",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|to|outside|of)\s+$", re.IGNORECASE)
# Words after a place name that make it a longer place name, a building, a season or a
# date, not a person's surname: "Jordan Valley", "Chad Basin", "Paris Monday".
_NOT_A_SURNAME = frozenset(
    "lake river valley basin sea bay gulf coast hills hill mountains mountain plain desert island islands "
    "strait canal harbor harbour creek falls springs heights park beach airport police city county state "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
_COUNTY = re.compile(r"\s(?:County|Parish|Co\.)$", re.IGNORECASE)
_VILLAGE = re.compile(r"\b(?:village|hamlet)\s+of\s+$", re.IGNORECASE)
# ", Pa.", ", N.J.", ", OH" after a place name: a US state as datelines write it.
_US_STATE_AFTER = re.compile(r"[A-Za-z],\s+(?P<abbr>[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|[A-Z]{2})(?![A-Za-z])")
# Town names that are also given names: "Elizabeth Smith" is a person, "Herat Zonal
# Hospital" is not.
_GIVEN_NAMES = frozenset(
    "elizabeth jackson lincoln florence victoria warren marion chester clinton franklin jefferson madison "
    "monroe austin tyler beverly camden charlotte dallas denver eugene hamilton jordan kent lafayette laurel "
    "milton orlando paris preston quincy raleigh sherman shelby sidney troy vernon wayne carson douglas "
    "logan mason morgan taylor jasper jerome vincent columbus irving lawrence marshall homer dayton".split()
)
# An age right after a name: ", a 34-year-old", ", 19,".
_SETTLEMENT = re.compile(r"\bsettlements?\b|\bsettlers?\b|\bSamaria\b|\bJudea\b", re.IGNORECASE)
_ISRAEL = re.compile(r"\b(?:Israel|Israelis?|Palestinians?|IDF)\b")
_ROLE_AFTER = re.compile(r",\s+(?:a|an|the)\s")
_PLACE_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|city|village|hamlet|district|province|region|municipality"
    r"|area|suburb|capital|port|state|county|neighbou?rhood|department|settlement|camp)\b",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r",\s+(?:(?:a|an)\s+\d{1,3}-year-old\b|\d{1,3}\s*,)")
_PLACE_FOLLOWERS = frozenset(
    "county city province state district region township borough village town police sheriff mayor "
    "residents man woman men women teen boy girl officials hospital airport".split()
)
_REGION_FOLLOWERS = frozenset(
    "department province region governorate prefecture municipality district oblast krai state county "
    "area valley island neighbourhood neighborhood quarter".split()
)
_PLACE_LEADERS = frozenset(
    "in at near from of to outside inside north south east west northern southern eastern western central "
    "downtown greater new fort port san santa st saint lake mount the northwest northeast southwest southeast "
    "uptown midtown".split()
)
# "the Liberal Party", "Ermua Forum", "Banco Popular": a name of an organisation.
_ORGANISATION_AFTER = frozenset(
    "party front forum alliance union league council congress movement brigade brigades popular "
    "corporation company bank group association federation".split()
)
_METONYMY_VERBS = frozenset(
    "said says was is has had agreed urged warned announced accused blamed wants believes would will "
    "insisted denied claimed stressed rejected condemned called demanded told asked supported backed".split()
)
_QUAL_PRIORITY: dict[str, int] = {"at_least": 0, "more_than": 1, "about": 2, "up_to": 3, "exact": 4}


@dataclass
class _Sent:
    s: Sentence
    mentions: list[Mention]
    casualties: list[Casualty]
    period_casualties: list[Casualty]
    claims: list[Claim]
    etype: str | None
    places: list[Place]
    when: date | None
    background: bool
    period: bool
    separate: bool


@dataclass
class _Event:
    etype: str | None
    place: Place | None
    when: date | None
    own: list[tuple[Casualty, str]] = field(default_factory=list)
    period: list[tuple[Casualty, str]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


def _published_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


def _spelling(name: str | None) -> str | None:
    """A name folded so that spellings of one place agree: "Odessa" and "Odesa"."""
    if name is None:
        return None
    return re.sub(r"(.)\1", r"\1", name.casefold().replace("-", " "))


def _is_county(p: Place | None) -> bool:
    return p is not None and p.kind == "province" and p.country == "US" and _COUNTY.search(p.name) is not None


def _same_area(a: Place, b: Place) -> bool:
    if a.country != b.country:
        return False
    if (_is_county(a) and a.admin1 is None) or (_is_county(b) and b.admin1 is None):
        return True  # a county of several states, none named: nothing tells them apart
    name_a, city_a, admin_a = _spelling(a.name), _spelling(a.city), _spelling(a.admin1)
    name_b, city_b, admin_b = _spelling(b.name), _spelling(b.city), _spelling(b.admin1)
    if name_a == name_b or (city_a and city_a == name_b) or (city_b and city_b == name_a):
        return True
    if a.kind == "province" or b.kind == "province":
        return bool({name_a, city_a, admin_a} - {None} & {name_b, city_b, admin_b} - {None})
    if a.kind == "district" or b.kind == "district":
        return bool(admin_a and admin_a == admin_b)
    return False


def _is_capital(m: object) -> bool:
    g = gazetteer()
    return any(p.kind == "city" and g.capitals.get(p.country) == p.name for p in m.candidates)  # type: ignore[attr-defined]


def _person_name(text: str, start: int, end: int) -> bool:
    """"Elizabeth Smith", "Andrew Jackson": a city name inside a person's name."""
    after = re.match(r"\s+([A-Z][a-z]+)\b", text[end:])
    before = re.search(r"\b([A-Z][a-z]+)\s+$", text[:start])
    name = text[start:end].lower()
    if before and before.group(1).lower() not in _PLACE_LEADERS and (
        _AGE_AFTER.match(text, end) or (_ROLE_AFTER.match(text, end) and not _PLACE_AFTER.match(text, end))
    ):
        # "Maria Garcia, a 34-year-old", "Tom Lindsay, 19,", "Ana Ruiz Toledo, a council
        # candidate": a person, with an age or a role (not "Soria, a town in ...")
        return True
    if (
        name in _GIVEN_NAMES and after and after.group(1).lower() not in _PLACE_FOLLOWERS
        and not gazetteer().find(after.group(1))
    ):
        return True
    return bool(
        before and before.group(1).lower() not in _PLACE_LEADERS and not gazetteer().find(before.group(1))
        and not re.search(r"(?:^|[.!?]\s+)\S+\s+$", text[:start])
    )


def _people(texts: Iterable[tuple[str, list[Mention]]]) -> frozenset[str]:
    """Place names that the text uses as people's names: a mention right after a given
    name ("Jose Garcia", "Nicholas Lindsay"), or a given name before a surname or an
    unknown name ("Jordan Davis", "Sofia Chiddo"). Returned lower-case, with the other
    half of the name, so that the same word alone elsewhere ("Garcia said") is dropped
    too."""
    texts = list(texts)
    if not any(found for _, found in texts):
        return frozenset()
    given, surnames = person_names()
    # A word the text also writes in lower case is a common word ("An Augusta teenager").
    common = set(re.findall(r"\b[a-z]+\b", " ".join(text for text, _ in texts)))
    g = gazetteer()
    out: set[str] = set()
    for text, found in texts:
        if not any(len(w) >= 4 and w.islower() for w in text.split()):
            continue  # a headline capitalises every word (a sentence full of names does not)
        for m in found:
            surface = m.surface.lower()
            before = _WORD_BEFORE.search(text, 0, m.start)
            after = _WORD_AFTER.match(text, m.end)
            if (
                before and before.group(1).lower() in given and before.group(1).lower() not in common
                and before.group(1).lower() not in _PLACE_LEADERS
                and not any(p.kind == "country" or (p.kind == "province" and p.country == "US") for p in m.candidates)
            ):  # not "Paris Texas" or "Chad Jordan"
                out |= {surface, before.group(1).lower()}
                continue
            if not after or surface not in given or surface in common:
                continue
            word = after.group(1).lower()
            if word in _NOT_A_SURNAME or word in STOP_NAMES or word in common:
                continue
            places = [p for hit in g.find(after.group(1)) for p in hit.candidates]
            if any(p.kind == "country" or (p.kind == "province" and p.country == "US") for p in places):
                continue  # "Paris Texas", "Chad Jordan"
            unknown = not places and max(p.population for p in m.candidates) < 200_000  # "Houston Chronicle"
            if (word in surnames and word not in common) or (unknown and not _PREPOSITION_BEFORE.search(text, 0, m.start)):
                out |= {surface, word}
    return frozenset(out)


def _title_case(text: str) -> bool:
    words: list[str] = re.findall(r"[A-Za-z][\w'’-]*", text)
    return sum(w[0].isupper() for w in words) > 0.6 * max(1, len(words))


def _name_mentions(text: str, found: list[Mention]) -> list[Mention]:
    """The mentions in ``found`` that name a place at all, not part of a person's or an
    organisation's name ("Lina Ron", "the Liberal Party"). In a headline every word is
    capitalised, so no name is ruled out there."""
    if text.isupper():
        return found
    headline = _title_case(text)
    out: list[Mention] = []
    for m in found:
        if actor_table().canonical(m.surface) is not None:
            continue  # "Hamas", "Hezbollah": a group, not the town of that name
        kind = m.candidates[0].kind
        if kind == "country":
            out.append(m)
            continue
        if kind == "province":
            if headline or not _longer_name(text, m):
                out.append(m)
            continue
        if _VILLAGE.search(text, max(0, m.start - 16), m.start) and all(p.kind == "city" for p in m.candidates):
            continue  # "the village of Taricha": not the town of 20,000 of that name elsewhere
        if m.surface.isupper() and len(m.surface) <= 3:
            continue  # "LEO", "ALI": an acronym in mixed-case text
        nxt = text[m.end:].lstrip().split(" ", 1)[0].lower().strip(",.;:")
        if nxt in _STREET_AFTER:
            continue  # "South Hartley Street" says nothing about the country
        if not headline and (nxt in _ORGANISATION_AFTER or _person_name(text, m.start, m.end) or _longer_name(text, m)):
            continue
        out.append(m)
    return out


def _longer_name(text: str, m: Mention) -> bool:
    """"Pilar Ruiz", "Roman Garkusha": a small town's name followed by another name is
    the start of a person's name (a large city's is a facility in it: "Kandahar Airfield")."""
    after = re.match(r"\s+([A-Z][a-z]+)\b", text[m.end:])
    if after is None or max(p.population for p in m.candidates) >= 200_000 or _COUNTY.search(m.surface):
        return False
    word = after.group(1).lower()
    return (
        word not in _PLACE_FOLLOWERS and word not in _NOT_A_TOWN_AFTER and word not in _REGION_FOLLOWERS
        and not gazetteer().find(after.group(1))
    )


def us_state_votes(text: str) -> int:
    """How many times ``text`` writes a US state the way datelines do ("York, Pa.")."""
    n = 0
    for m in _US_STATE_AFTER.finditer(text):
        abbr = m.group("abbr")
        if abbr.lower().replace(" ", "") in US_STATE_ABBREV or abbr in US_STATE_CODES:
            n += 1
    return n


def _home_votes(outlet: str, filed_from: str, filed: Place | None) -> Counter[str]:
    """Votes from where the outlet is: a city or state its name or address names (2), and
    a dateline that names a town but no state ("PITTSBURGH", "WALWORTH COUNTY", 1)."""
    g = gazetteer()
    votes: Counter[str] = Counter()
    home = g.outlet_country(outlet) if outlet else None
    if home is not None:
        votes[home] += 2
    if filed is None and filed_from and "," not in filed_from:
        # A wire service files from a capital about its neighbours: a tie-breaker only.
        for cc in g.country_context(g.find(filed_from.title())):
            votes[cc] += 1
    return votes


def _votes(
    mentions: list[Mention], texts: list[str], filed: Place | None = None, home: Counter[str] | None = None
) -> Counter[str]:
    """The article's country votes: its place mentions, US states written as
    abbreviations (each worth a country name), a dateline naming a US state (``filed``,
    worth more: a local outlet's own town outweighs namesakes in the story) and the
    outlet's home and a dateline's town (``home``, :func:`_home_votes`)."""
    votes = gazetteer().country_context(mentions)
    if home:
        votes.update(home)
    us = sum(us_state_votes(t) for t in texts)
    if us:
        votes["US"] += 4 * us
    if filed is not None:
        votes[filed.country] += 8
    if not votes:
        votes = small_place_votes(texts)  # no known place at all: try villages and small towns
    # Israeli settlements lie in the West Bank (and once lay in Gaza): "a settlement" in a
    # text about Israelis or Palestinians points there.
    if any(_SETTLEMENT.search(t) for t in texts) and any(_ISRAEL.search(t) for t in texts):
        votes["PS"] += 3
    # A group that fights in one country only tells the country as a demonym would.
    homes = gazetteer().actor_countries
    for cc in {homes.get(a.actor) for t in texts for a in actor_table().find(t)} - {None}:
        votes[cc] += 2  # type: ignore[index]
    return votes


def _sentence_places(
    text: str,
    found: list[Mention],
    context_top: str | None,
    context: object,
    provinces: frozenset[str] = frozenset(),
    state: str | None = None,
) -> list[Place]:
    """The places of one sentence, from its place-name mentions ``found``; with the US
    ``state`` of the dateline, none of another state (a victim's home state, a namesake)."""
    g = gazetteer()
    out: list[Place] = []
    upper = text.isupper()
    for m in found:
        nxt = text[m.end:].lstrip().split(" ", 1)[0].lower().strip(",.;:")
        if nxt in _NOT_A_TOWN_AFTER:
            continue  # "Winchester Road", "Kabul University": a street or building, not the town
        if not upper and m.candidates[0].kind in {"city", "district"} and _person_name(text, m.start, m.end):
            continue
        if nxt in _METONYMY_VERBS or text[m.end:m.end + 2] in {"'s", "’s"} and m.candidates[0].kind == "city" and _is_capital(m):
            continue  # "Washington said", "Kabul's demands": a government, not a scene
        place = g.resolve(m, context, nxt, provinces)  # type: ignore[arg-type]
        if place is not None and place.kind != "country":
            if state and place.country == "US" and place.admin1 and place.admin1 != state:
                continue
            out.append(place)
    # Within a sentence the most specific place is the scene: "Tulsa, Oklahoma" is Tulsa.
    out.sort(key=lambda p: p.kind == "province")
    cap = _CAPITAL.search(text)
    if cap and not any(p.kind in {"city", "district"} for p in out):
        adj = (cap.group("adj") or "").lower()
        cc = DEMONYMS.get(adj) or (context_top if not adj or adj in {"afghan"} else None)
        capital = g.capital_of(cc) if cc else None
        if capital is not None:
            out.insert(0, capital)
    return out


def _dateline_place(filed_from: str) -> Place | None:
    """The US state a dateline names ("CUMBERLAND, Ind.", "ROUNDUP, Montana") and, when
    the gazetteer knows it there, the town: where a local outlet filed from, which beats
    a same-named town of another state ("Cumberland" in Rhode Island)."""
    head, sep, tail = filed_from.rpartition(",")
    if not sep:
        return None
    g = gazetteer()
    tail = tail.strip()
    name = US_STATE_ABBREV.get(tail.lower().replace(" ", ""))
    states = [p for m in g.find(name or tail) for p in m.candidates if p.kind == "province" and p.country == "US"]
    if not states:
        return None
    state = states[0]
    towns = [
        p for m in g.find(head.title()) for p in m.candidates
        if p.kind in {"city", "district"} and p.country == "US" and p.admin1 == state.name
    ]
    return max(towns, key=lambda p: p.population) if towns else state


def _strip_dateline(text: str) -> tuple[str, str]:
    """Remove a dateline ("ISLAMABAD: ") from the first paragraphs: it is where the
    outlet filed from, not where the incident happened. Returns the text and the
    dateline ("" when none)."""
    paragraphs = text.split("\n")
    for i, para in enumerate(paragraphs[:4]):
        place, rest = dateline(para)
        if place is not None:
            paragraphs[i] = rest
            return "\n".join(paragraphs), place
    return text, ""


def _period_flags(text: str, casualties: list[Casualty]) -> list[bool]:
    """Which figures are totals over a period: those in the clause that names the period,
    or all of them when the sentence opens with it ("In the past six months, ...").
    "A patrolman was shot dead, the latest of 36 officers killed this year" keeps 1."""
    markers = list(PERIOD.finditer(text))
    if not markers:
        return [False] * len(casualties)
    bounds = [0] + [m.end() for m in re.finditer(r"[,;:—–]\s", text)] + [len(text) + 1]

    def clause(pos: int) -> int:
        return max(i for i, b in enumerate(bounds) if b <= pos)

    marked = {clause(m.start()) for m in markers}
    opening = 0 in marked and not any(clause(c.start) == 0 for c in casualties)
    return [opening or clause(c.start) in marked or clause(c.end - 1) in marked for c in casualties]


def _is_background(text: str, casualties: list[Casualty]) -> bool:
    """Whether the sentence recalls an earlier event. A marker in a trailing aside after
    the figures ("..., the latest in a long line of attacks") does not count."""
    markers = list(BACKGROUND.finditer(text))
    if not markers:
        return False
    if casualties:
        last = casualties[-1].end
        if all(m.start() > last and "," in text[last:m.start()] for m in markers):
            return False
    return True


def _analyse(
    item: FeedItem,
) -> tuple[list[_Sent], str, str | None, tuple[str, ...], Place | None, Counter[str], str | None]:
    """The violent sentences of ``item``, its dateline ("" when none), the country the
    whole text points to (None when no place is named), the lead (the title unless Title
    Cased, where every word has a capital, and the first body sentences) and the US town
    or state of the dateline (None when it names none)."""
    g = gazetteer()
    # A title that is only the opening words of the text adds nothing to read.
    title_text = "" if title_opens_body(item.title, item.text) else item.title
    body, filed_from = _strip_dateline(without_title(title_text, item.text))
    sentences = split_sentences(f"{title_text}\n\n{body}" if title_text else body)
    letters = [c for c in body if c.isalpha()]
    upper_doc = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    found_places = {s.index: _name_mentions(s.text, g.find(s.text)) for s in sentences}
    people = _people((s.text, found_places[s.index]) for s in sentences)
    if people:
        # The same word after "in", "near", "at" is the place all the same ("in Houston").
        found_places = {
            s.index: [
                m for m in found_places[s.index]
                if m.surface.lower() not in people or _PREPOSITION_BEFORE.search(s.text, 0, m.start)
            ]
            for s in sentences
        }
    mentions = [m for s in sentences for m in found_places[s.index]]
    filed = _dateline_place(filed_from)
    home = _home_votes(item.outlet, filed_from, filed) + g.cue_votes(s.text for s in sentences)
    text_context = _votes(mentions, [filed_from, *(s.text for s in sentences)], filed)
    context = text_context + home
    provinces = frozenset(
        p.name.casefold() for m in mentions for p in m.candidates if p.kind == "province"
    ) | frozenset(  # the state of a county that only one state has ("Lucas County": Ohio)
        m.candidates[0].admin1.casefold() for m in mentions
        if _COUNTY.search(m.surface) and m.candidates[0].admin1 and len({p.admin1 for p in m.candidates}) == 1
    ) | frozenset(
        US_STATE_ABBREV[a.lower()].casefold() for a in re.findall(r"\b(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)", body)
        if a.lower() in US_STATE_ABBREV
    )
    if filed is not None and filed.admin1:
        provinces |= {filed.admin1.casefold()}
    # The states of the text's US towns that lie in one state only ("Houston"): a county of
    # several states ("Harris County") is the one there.
    provinces |= frozenset(
        m.candidates[0].admin1.casefold() for m in mentions
        if m.candidates[0].kind == "city" and m.candidates[0].admin1
        and all(p.country == "US" and p.kind == "city" and p.admin1 == m.candidates[0].admin1 for p in m.candidates)
    )
    top = context.most_common(1)[0][0] if context else None
    published = _published_date(item.published)
    out: list[_Sent] = []
    previous_actor: str | None = None
    for s in sentences:
        text = s.text
        if not is_violent(text) and not _CLAIM_WORDS.search(text):
            continue
        if non_violent_cause(text):
            continue
        claims = find_claims(text, upper_doc, previous_actor)
        if claims:
            previous_actor = claims[-1].actor
        found = [c for c in find_mentions(text) if not c.attacker and c.value > 0]
        flags = _period_flags(text, found)
        casualties = [c for c, period in zip(found, flags, strict=True) if not period]
        period_casualties = [c for c, period in zip(found, flags, strict=True) if period]
        # A separation cue counts before the figures ("Hours before the attack, a bomb
        # killed one"), not after them ("killed eight, hours before the talks").
        cue_zone = text[: casualties[0].start] if casualties else text
        out.append(
            _Sent(
                s=s,
                mentions=found_places[s.index],
                casualties=casualties,
                period_casualties=period_casualties,
                claims=claims,
                etype=event_type(text, casualties[0].start if casualties else None),
                places=_sentence_places(
                    text, found_places[s.index], top, context, provinces, filed.admin1 if filed else None
                ),
                when=resolve_date(text, published, casualties[0].start if casualties else None),
                background=_is_background(text, casualties),
                period=bool(period_casualties) or (not casualties and bool(PERIOD.search(text))),
                separate=bool(SEPARATE.search(cue_zone)),
            )
        )
    body_sentences = [s.text for s in sentences if not title_text or s.paragraph > 0]
    title = [title_text] if title_text and not _title_case(title_text) else []
    text_top = text_context.most_common(1)[0][0] if text_context else None
    return out, filed_from, top, (*title, *body_sentences[:LEAD_SENTENCES]), filed, home, text_top


_LEAD_INDEX = 3
_RECENT = re.compile(
    r"\b(?:last\s+(?:week|weekend|month)|earlier\s+this\s+(?:week|month)|recent(?:ly)?|(?:days|a\s+week)\s+(?:ago|earlier))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _recalls_the_story(st: _Sent, main: _Event | None) -> bool:
    """A story that opens on a recent event ("a man charged in last week's shooting that
    wounded eight") is about that event: figures recalled in the first sentences, before
    any other figure, are the main event's. An event of another year (a trial for an old
    attack) or a month's tally stays background."""
    return (
        bool(st.casualties) and st.s.index <= _LEAD_INDEX and (main is None or not main.own)
        and _RECENT.search(st.s.text) is not None and _YEAR.search(st.s.text) is None
    )


def _group(sents: list[_Sent]) -> list[_Event]:
    events: list[_Event] = []
    main: _Event | None = None
    headline_only = False  # the main event so far is a headline with no figure
    for st in sents:
        if st.background and not _recalls_the_story(st, main):
            if st.claims and main is not None and _THIS_ATTACK.search(st.s.text):
                # "In a statement on 28 October 2001, ETA claimed the attack": a dated
                # claim of this attack, not an earlier event.
                main.claims.extend(st.claims)
            continue
        place = st.places[0] if st.places else None
        if st.period_casualties:
            target = next((e for e in events if place and e.place and _same_area(place, e.place)), None)
            if target is None and place is not None:
                target = _Event(st.etype, place, None)
                events.append(target)
            if target is not None:
                target.period.extend((c, st.s.text) for c in st.period_casualties)
                target.evidence.append(st.s.text)
        if st.period and not st.casualties:
            if st.claims and main is not None and not (place and main.place and not _same_area(place, main.place)):
                main.claims.extend(st.claims)  # "officials blamed X, whose fighters attacked twice this year"
            continue
        if not (st.casualties or st.claims or st.etype):
            continue
        if main is None:
            if not (st.casualties or st.etype or st.claims):
                continue
            main = _Event(st.etype, place, st.when)
            events.append(main)
            _attach(main, st)
            headline_only = st.s.index == 0 and not (st.casualties or st.claims)
            continue
        target = main
        # A headline with no figure is the story of the first sentence with figures, whatever
        # place that sentence names: a headline's place is often only the outlet's city in
        # the page chrome ("| CBS Detroit").
        joins_headline = headline_only and bool(st.casualties) and not st.separate
        headline_only = False
        different_place = (
            not joins_headline and place is not None and main.place is not None and not _same_area(place, main.place)
        )
        different_kind = (
            st.etype is not None and main.etype is not None and not types_compatible(st.etype, main.etype)
        )
        if (different_place and (st.casualties or st.etype)) or (
            st.casualties and (different_kind and (st.separate or main.own)) or (st.separate and main.own and st.casualties)
        ):
            target = next(
                (
                    e
                    for e in events[1:]
                    if (place is None or (e.place is not None and _same_area(place, e.place)))
                    and (st.etype is None or e.etype is None or types_compatible(st.etype, e.etype))
                    and not (e.own and st.casualties and st.separate)
                ),
                None,
            ) if not st.separate else None
            if target is None:
                target = _Event(st.etype, place or (main.place if not different_place else None), st.when)
                events.append(target)
        _attach(target, st)
    return events


def _attach(event: _Event, st: _Sent) -> None:
    if event.etype is None and st.etype:
        event.etype = st.etype
    if st.places and (event.place is None or (
        _is_county(event.place) and st.places[0].kind in {"city", "district"} and _same_area(st.places[0], event.place)
    )):
        event.place = st.places[0]  # the town, once a later sentence names it, is the scene
    if event.when is None and st.when:
        event.when = st.when
    event.own.extend((c, st.s.text) for c in st.casualties)
    event.claims.extend(st.claims)
    event.evidence.append(st.s.text)


def _figure(entries: list[tuple[Casualty, str]], kind: str, period: bool) -> Figure | None:
    hits = [(c, s) for c, s in entries if c.kind == kind]
    if not hits:
        return None
    tolls = [(c, s) for c, s in hits if c.toll]
    if tolls:
        chosen, sentence = tolls[-1]
        value = chosen.value
        same = [chosen]
    else:
        value = max(c.value for c, _ in hits)
        same = [c for c, _ in hits if c.value == value]
        sentence = next(s for c, s in hits if c.value == value)
    qualifier: Qualifier = sorted((c.qualifier for c in same), key=lambda q: _QUAL_PRIORITY[q])[0]
    return Figure(value=value, qualifier=qualifier, period_total=period, said_by=_speaker(sentence), evidence=sentence)


def _location(place: Place | None, fallback_cc: str | None) -> Location:
    if place is None:
        return Location(country_code=fallback_cc)
    return Location(name=place.name, admin1=place.admin1, country_code=place.country, lat=place.lat, lon=place.lon)


def _about_a_shooting(
    event: _Event, lead: tuple[str, ...], title: str, country: str | None, lead_words: tuple[str, ...]
) -> bool:
    """A main event with no figure and no place the gazetteer knows ("Toddler shot himself
    in <a village>", "teen charged in friend's shooting death") is still reported, with
    the country the text points to, when its first sentence is the title or the lead, says
    someone was shot, and the lead names enough for the wording to match it later."""
    first = event.evidence[0] if event.evidence else ""
    return (
        country is not None
        and len(lead_words) >= MIN_SHARED
        and (first in lead or first == title)
        and _SHOT_SOMEONE.search(first) is not None
    )


def might_report(item: FeedItem) -> bool:
    """The cheap prefilter (well under a millisecond): could ``item`` tell of an incident?

    No word of violence, or deaths and injuries with no attack, weapon or armed actor (a
    crash, a fire, a flood): :func:`extract` returns nothing for such an item.
    """
    text = f"{item.title}\n{item.text}"
    return is_violent(text) and attack_words(text)


def extract(item: FeedItem) -> list[IncidentReport]:
    """The incident reports in ``item``: the main event first, then any others."""
    if not might_report(item):
        return []
    sents, filed_from, doc_top, lead, filed, home, doc_text_top = _analyse(item)
    lead_words = tuple(sorted(keywords(lead)))
    events = _group(sents)
    published = _published_date(item.published)
    text_context = _votes([m for st in sents for m in st.mentions], [filed_from, *(st.s.text for st in sents)], filed)
    context = text_context + home
    # The violent sentences' places first; else whatever the whole text names ("the
    # chief of Pattani province's council was shot dead"). Where the outlet is (``home``)
    # helps choose the country, but does not by itself make an incident of a text that
    # names no place.
    top = context.most_common(1)[0][0] if context else None
    text_top = text_context.most_common(1)[0][0] if text_context else None
    reports: list[IncidentReport] = []
    for n, event in enumerate(events):
        killed = _figure(event.own, "killed", False) or _figure(event.period, "killed", True)
        wounded = _figure(event.own, "wounded", False) or _figure(event.period, "wounded", True)
        shot = _figure(event.own, "shot", False)
        if (
            n == 0 and shot is not None and shot.value == 1 and killed is None and wounded is None
            and any(_tells_a_death(t) for t in (item.title, *event.evidence))
        ):
            # "A man was shot on Elm Street" in a story of a homicide: the one victim died.
            killed = Figure(1, "exact", False, shot.said_by, shot.evidence)
        if shot is not None and shot.value - (killed.value if killed else 0) > (wounded.value if wounded else 0):
            # "Four people were shot, one of them fatally": the others are the wounded, even
            # when a later sentence tells of one of them ("another is in critical condition").
            wounded = Figure(shot.value - (killed.value if killed else 0), shot.qualifier, False, shot.said_by, shot.evidence)
        claims = _dedup_claims(event.claims)
        occurred = any(_OCCURRED.search(text) for text in event.evidence[:2])
        concrete = n == 0 and (
            (event.etype in _CONCRETE_TYPES and (text_top is not None or occurred))
            or (event.etype in {"armed_assault", "other_violence"} and occurred)
            or (event.etype == "armed_assault" and _about_a_shooting(event, lead, item.title, text_top or doc_text_top, lead_words))
        )
        if not (killed or wounded or claims or (event.etype and (event.place or concrete))):
            continue
        if event.place is None and not (killed or wounded or claims) and not concrete:
            continue  # nothing but a word of violence, and nowhere to put it
        # Beyond the main event, an event with no figure and no claim is kept only when it
        # changes hands territory; passing mentions of "fighting" or "explosions" are not.
        if n > 0 and not (killed or wounded or claims) and event.etype != "takeover":
            continue
        when = event.when or published
        place = event.place
        if place is None and n == 0 and filed is not None and (top or doc_top) in {None, "US"}:
            place = filed  # a local outlet's dateline: where it happened, as near as the text says
        loc = _location(place, top or doc_top)
        etype = event.etype or ("armed_assault" if killed or wounded else "other_violence")
        ordinal = len(reports)
        reports.append(
            IncidentReport(
                report_id=stable_id(item.item_id, ordinal, etype, loc.name, when.isoformat() if when else None),
                item_id=item.item_id,
                outlet=item.outlet,
                url=item.url,
                published=item.published,
                event_type=etype,
                location=loc,
                event_date=when.isoformat() if when else None,
                killed=killed,
                wounded=wounded,
                claims=claims,
                evidence=tuple(dict.fromkeys(event.evidence))[:8],
                date_stated=event.when is not None,
                lead_keywords=lead_words if n == 0 else (),
                confidence=round(0.4 + 0.2 * bool(killed or wounded) + 0.2 * bool(event.place) + 0.1 * bool(claims), 2),
            )
        )
    return reports


def _dedup_claims(claims: list[Claim]) -> tuple[Claim, ...]:
    seen: dict[tuple[str, str], Claim] = {}
    for c in claims:
        key = (c.actor, c.stance)
        if key not in seen or (seen[key].said_by in {None, c.actor} and c.said_by not in {None, c.actor}):
            seen[key] = c
    return tuple(seen.values())
