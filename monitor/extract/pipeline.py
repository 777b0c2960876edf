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
   attack with a separation cue. Background sentences add nothing but a claim that is
   the story's ("the attack", the story's attackers, similar attacks). Period totals join
   the event of the place they name, flagged ``period_total``; with no place they are
   dropped (a country-wide tally is not an incident), as is an event with nothing but a
   total and no kind of attack told ("bandits have killed 300 this year"). A round-up of several shootings
   ("3 dead, 26 wounded in weekend shootings") groups like any sentence, but its figures
   join its event flagged ``period_total``.
5. Each event with a figure, a claim, or a type and a place becomes a report; the main
   event is first.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import combinations

from monitor.dedup.match import types_compatible
from monitor.dedup.wording import MIN_SHARED, full_names, keywords
from monitor.extract.casualties import Mention as Casualty
from monitor.extract.casualties import accidental_self_shooting, find_mentions
from monitor.extract.claims import CLAIM_CUES, _speaker, accuses, actor_table, find_claims, fold_short_names
from monitor.extract.events import (
    ATTACK_ON_PROPERTY,
    BACKGROUND,
    BEAT_SOMEONE_TO_DEATH,
    BURNED,
    BURNED_HOMES,
    BY_UNKNOWN,
    CHARGED,
    DEED_DONE,
    GUNS_USED,
    LOOKS_BACK,
    NOT_AN_EVENT,
    OTHER_ATTACKS,
    PERIOD,
    RAMMING,
    ROUND_UP,
    SECOND_BLOW,
    SEPARATE,
    SEQUEL,
    SUPERSEDED,
    THIS_WEEK,
    UNARMED_ATTACK,
    attack_words,
    earlier_event,
    event_type,
    explosion_not_accident,
    fiction_told,
    is_violent,
    killing_told,
    literal,
    non_violent_cause,
    refinements,
    resolve_date,
)
from monitor.extract.gazetteer import US_STATE_ABBREV, Mention, Place, gazetteer
from monitor.extract.places import (
    COUNTY,
    PREPOSITION_BEFORE,
    _spelling,
    bare_dateline_in_the_texts_state,
    countries_named,
    country_votes,
    county_and_town_state,
    dateline_place,
    dateline_refines,
    home_votes,
    is_county,
    name_mentions,
    names_of_people,
    same_area,
    same_point,
    sentence_places,
    strip_dateline,
    title_case,
)
from monitor.extract.text import (
    MONTH_NAMES,
    Sentence,
    split_sentences,
    title_opens_body,
    without_outlet_suffix,
    without_title,
)
from monitor.records import Claim, FeedItem, Figure, IncidentReport, Location, Qualifier, stable_id

# Event types concrete enough to report with only a country: a bomb went off somewhere in
# Spain. General talk of "attacks" or "fighting" without a place or figure is not.
_CONCRETE_TYPES = frozenset({"bombing", "suicide_bombing", "rocket_mortar_shelling", "airstrike", "kidnapping", "assassination"})
# Event types of a blow that strikes many at once: a second one minutes later (SEQUEL) is
# the same attack's.
_BLAST_TYPES = frozenset({"bombing", "suicide_bombing", "rocket_mortar_shelling", "airstrike"})
# A scene told apart from the one before without its name, on another day: "Five more people
# were killed in a nearby village on Monday" is another attack, not more victims of Sunday's
_UNNAMED_OTHER_SCENE = re.compile(
    r"\bin\s+(?:a|another)\s+(?:nearby|neighbouring|neighboring|different|separate)\s+(?:village|town|district|community|settlement)\b",
    re.IGNORECASE,
)
# Attacks from afar told as a day's round of strikes on several places, each told apart
_CAMPAIGN_TYPES = frozenset({"rocket_mortar_shelling", "airstrike"})
# Event types whose words are as often figurative ("captured the imagination", "clashed
# with the studio"): such an event takes no place from the lead, only one of its own.
_FIGURATIVE_TYPES = frozenset({"takeover", "armed_clash"})
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
    r"|(?:fatal|accidental|fatally|accidentally)\s+shot|(?:fatal|accidental|officer-involved|drive-by)\s+shooting"
    # a headline's passive with no "was": "Police officer shot by man who fled"
    r"|(?:man|woman|teen|teenager|boy|girl|child|toddler|officer|deputy|trooper|student|victim)\s+shot\s+"
    r"(?:by|in|at|while|during|near|outside|after)\b)",
    re.IGNORECASE,
)

# A bomb made safe before it went off: an attack all the same (an analyst counts the bomb
# defused outside an embassy). "Diffused" is a common misspelling in wire copy.
_MADE_SAFE = r"(?:defused|diffused|deactivated|disarmed|dismantled|neutrali[sz]ed|disposed\s+of|detonated\s+in\s+a\s+controlled)"

# A sentence telling that an attack happened ("a bomb exploded", "shots were fired at",
# "was kidnapped"): enough for a report even when the place is unknown to the gazetteer.
_OCCURRED = re.compile(
    r"\b(?:exploded|went\s+off|detonated|blew\s+up|opened\s+fire|came\s+under\s+(?:fire|attack)"
    r"|fired\s+(?:shots\s+|(?:\w+\s+)?(?:rounds|rockets|mortars?|shells|missiles|grenades|bullets)\s+)?(?:at|upon|into)\s"
    r"|(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:bombed|blown\s+up|kidnapped|abducted|attacked"
    r"|assassinated|ambushed|taken\s+hostage|set\s+(?:on\s+fire|ablaze|alight)|torched|firebombed|shot|stabbed|dynamited)"
    # a weapon thrown or planted, or found and made safe before it went off ("an explosive
    # device planted at the door of the post office was deactivated")
    r"|(?:bombs?|devices?|grenades?|explosives?|mines?|rockets?|mortars?|shells|missiles?|cocktails?|firebombs?)"
    r",?\s+(?:[\w,'’-]+\s+){0,10}?(?:was|were)\s+(?:\w+\s+)?(?:thrown|hurled|planted|placed|hidden|concealed|fired|launched|found|discovered"
    r"|" + _MADE_SAFE + r")"
    r"|" + _MADE_SAFE + r"\s+(?:\w+\s+){0,4}?(?:bombs?|devices?|grenades?|explosives?|mines?|charges?|ieds?)\b"
    r"|damaged\s+in\s+(?:a|an)\s+(?:\w+\s+)?attack|(?:was|were)\s+the\s+targets?\s+of\s+(?:a|an)\s+(?:\w+\s+)?(?:bomb|bombing|grenade|arson|firebomb)\s+attack"
    r"|(?:kidnapped|abducted|attacked|bombed|ambushed|stormed|assassinated|dynamited|torched|threw|hurled|set\s+fire\s+to)"
    r"\s+(?:\w+\s+){0,3}?(?:a|an|the|two|three|four|five|several|his|her|their)\s"
    r"|hijacked\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:plane|aircraft|airliner|jet|flight|bus|ship|vessel|train|truck)"
    r"|took\s+(?:\w+\s+){1,4}hostage|" + GUNS_USED + "|" + BURNED + "|" + BY_UNKNOWN + "|" + ATTACK_ON_PROPERTY
    + "|" + RAMMING + "|" + BURNED_HOMES + "|" + BEAT_SOMEONE_TO_DEATH + ")",
    re.IGNORECASE,
)
# A body found, told in a sentence with no word of violence: read all the same in a text
# that tells of an attack ("The body of a former militant was found in an orchard. He had
# been abducted"); a text with none gives no report at all (might_report).
_BODY_FOUND = re.compile(
    r"\bbody\s+of\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:was\s+)?(?:found|discovered|recovered|dumped|retrieved)\b"
    r"|\bbodies\s+of\s+(?:[\w'’-]+\s+){1,5}?(?:were\s+|had\s+been\s+)?(?:found|discovered|recovered|dumped|retrieved|exhumed)\b"
    r"|\b(?:found|discovered|recovered|retrieved|exhumed)\s+the\s+bod(?:y|ies)\s+of\b",
    re.IGNORECASE,
)
# A story of a death, with no count: "homicide", "shooting death", "fatal shooting". "Deadly
# force" and "a deadly weapon" name what was used or withheld, not a death.
_DEATH = re.compile(
    r"\b(?:homicide|murder(?:ed)?|shooting\s+death|death\s+investigation|(?<![\w-])fatal(?:ly)?|deadly(?!\s+(?:force|weapons?))|died|dies|slain"
    r"|found\s+dead|pronounced\s+dead)\b(?!\s+(?:himself|herself|themselves))",
    re.IGNORECASE,
)
# A shooting named by its number of victims, which counts them all, the dead and the wounded.
_SHOOTING_COUNT = re.compile(r"\b(?:double|triple|quadruple|quintuple)\s+shooting\b", re.IGNORECASE)
_ATTEMPT = re.compile(r"\b(?:attempt\w*|tr(?:y|ied|ying))(?:\s+(?:to|at))?(?:\s+\w+)?\s+$", re.IGNORECASE)


def _tells_a_death(text: str) -> bool:
    """A word of a death, not of an attempt ("attempted murder", "trying to murder")."""
    return any(not _ATTEMPT.search(text, max(0, m.start() - 30), m.start()) for m in _DEATH.finditer(text))


_THIS_ATTACK = re.compile(
    r"\b(?:the|this|that)\s+(?:(?!two|three|four|five|several|earlier|previous|other|last)\w+\s+)?"
    r"(?:attack|bombing|blast|explosion|kidnapping|killing|assault|shooting|ambush|raid|incident|abduction|assassination)"
    r"\b(?!\s+(?:on|in|at|of|against|near)\b)",
    re.IGNORECASE,
)
# The attackers of the story named by the article that points back to them, and their group:
# "police said the militants belonged to X and had been behind an ambush last month".
_ITS_ATTACKERS = re.compile(
    r"\bthe\s+(?:gunmen|attackers|assailants|militants|insurgents|rebels|bombers?|killers|kidnappers|perpetrators|terrorists)"
    r"\s+(?:\w+\s+)?(?:belong(?:ed)?\s+to|(?:were|was|are|is)\s+(?:all\s+)?(?:members?|part)\s+of)\b",
    re.IGNORECASE,
)
# A series the story's attack is one of: "nearly 20 have died in similar raids, which the
# army blames on X".
_LIKE_THIS = re.compile(
    r"\bsimilar\s+(?:\w+\s+)?(?:attacks|raids|ambushes|bombings|blasts|killings|shootings|assaults|abductions|kidnappings)\b",
    re.IGNORECASE,
)
# The event the sentence before told, pointed back to: "One of the four wounded in that
# attack lost an eye" after "There was another attack earlier in the week".
_THAT_EVENT = re.compile(
    r"\b(?:in|from|of|during|by|after)\s+that\s+(?:attack|shooting|bombing|blast|explosion|incident|raid|ambush|assault)\b",
    re.IGNORECASE,
)
# Where casualties were sent after the attack, not its scene: "five of the wounded were
# evacuated to Ouagadougou", "airlifted to hospitals in the capital, Niamey". Not "taken to"
# or "rushed to" a hospital, nor any in a US story: in local news the hospital's town is the
# scene's as often as not, and stories of one shooting meet on it (bench.dedup fell).
_TAKEN_TO = re.compile(
    r"\b(?:evacuated|airlifted|air-lifted|flown|transferred|referred)\s+"
    r"(?:(?!(?:after|when|where|while|and|but)\b)[\w'’-]+\s+){0,3}?to\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:hospitals?|clinics?|(?:medical|health)\s+(?:centres?|centers?|facilit(?:y|ies)))\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:city|capital|town)(?:\s+of|,)\s+)?)?$",
    re.IGNORECASE,
)
# Hostages or their captors: the dead a sentence tells beside them are the hostages killed, not
# a raid's other victims ("a kidnapped engineer was killed", "kidnappers killed two of the
# hostages", "killed by his captors", "abducted eight miners and later shot them", "shot dead
# two who tried to flee").
_HOSTAGE = re.compile(
    r"\b(?:(?:a|an|the|two|three|\d+)\s+(?:kidnapped|abducted)|hostages?|captives?|kidnappers|abductors|captors"
    r"|(?:shot|killed|executed|beheaded|murdered)\s+(?:\w+\s+)?them|who\s+(?:had\s+)?tried\s+to\s+(?:flee|escape|run))\b",
    re.IGNORECASE,
)
# The two deeds of one raid told side by side, each with its own victims: "killed four
# villagers and abducted several women", "abducted 10 villagers and shot dead three others".
_KILLED_AND_ABDUCTED = re.compile(
    r"\b(?:killed|killing|shot\s+dead|murdered)\s+(?:[\w-]+\s+){1,4}?(?:and|,)\s+(?:also\s+)?(?:abducted|kidnapped|seized)\b"
    r"|\b(?:abducted|abducting|kidnapped|kidnapping|seized)\s+(?:[\w-]+\s+){1,4}?(?:and|,)\s+(?:also\s+)?(?:killed|killing|shot\s+dead|murdered)\b",
    re.IGNORECASE,
)
# A span of hours is the day's news, no tally of many incidents ("in the last 24 hours the
# guerrillas murdered two officials").
_HOURS = re.compile(r"\b(?:past|last|previous)\s+(?:\w+\s+){0,2}?hours\b", re.IGNORECASE)
_QUAL_PRIORITY: dict[str, int] = {"at_least": 0, "more_than": 1, "about": 2, "up_to": 3, "exact": 4}


@dataclass
class _Sent:
    s: Sentence
    mentions: list[Mention]
    casualties: list[Casualty]
    period_casualties: list[Casualty]
    attackers: list[Casualty]  # attackers killed or hurt, kept apart from the victims
    claims: list[Claim]
    etype: str | None
    places: list[Place]
    when: date | None
    background: bool
    period: bool
    separate: bool
    sequel: bool = False  # a second blast of the same attack minutes later: its figures add to the toll
    round_up: bool = False  # its figures add up several shootings: the event's, flagged period_total
    headline: bool = False  # the item's title, not its body's first sentence
    vague: bool = False  # its type is only an attack with no kind named (UNARMED_ATTACK)
    refine: frozenset[str] = frozenset()  # the types a later sentence may tell it more exactly as


@dataclass
class _Event:
    etype: str | None
    place: Place | None
    when: date | None
    own: list[tuple[Casualty, str]] = field(default_factory=list)
    period: list[tuple[Casualty, str]] = field(default_factory=list)
    attackers: list[tuple[Casualty, str]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    vague: bool = False  # its type is a vague sentence's: a later, specific one replaces it
    refine: frozenset[str] = frozenset()  # the types a later sentence may tell it more exactly as (events.refinements)


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


def _period_flags(text: str, casualties: list[Casualty]) -> list[bool]:
    """Which figures are totals over a period: those in the clause that names the period,
    or all of them when the sentence opens with it ("In the past six months, ...").
    "A patrolman was shot dead, the latest of 36 officers killed this year" keeps 1.
    A running count of a kind of victim is a total too, with no period named ("bringing to
    seven the number of police officers killed in the city"): not the attack's own toll."""
    running = [_RUNNING_COUNT.search(text, max(0, c.start - 30), c.end) is not None for c in casualties]
    markers = list(PERIOD.finditer(text))
    if not markers:
        return running
    bounds = [0] + [m.end() for m in re.finditer(r"[,;:—–]\s", text)] + [len(text) + 1]

    def clause(pos: int) -> int:
        return max(i for i, b in enumerate(bounds) if b <= pos)

    marked = {clause(m.start()) for m in markers}
    opening = 0 in marked and not any(clause(c.start) == 0 for c in casualties)
    flags = [opening or run or clause(c.start) in marked or clause(c.end - 1) in marked for c, run in zip(casualties, running, strict=True)]
    # a share of the total just told is of the total too: "74 people shot since Wednesday,
    # with 12 of those victims killed"
    return [
        flag or (any(flags[:i]) and _SHARE.match(text, c.start) is not None) for i, (c, flag) in enumerate(zip(casualties, flags, strict=True))
    ]


_SHARE = re.compile(r"[\w-]+\s+of\s+(?:those|them|these)\b", re.IGNORECASE)
# "the number of officers killed", "the number of aid workers slain": the victims of one kind
# over time; not "the number of people/those/dead killed", which is the attack's toll rising
_RUNNING_COUNT = re.compile(
    r"\b(?:bring|brings|bringing|brought|raising|raises|raised)\b[^.;]{0,30}?\bthe\s+number\s+of\s+"
    r"(?!(?:the\s+)?(?:people|persons|those|dead|victims|casualties|civilians|lives|deaths?)\b)(?:[\w-]+\s+){1,3}?"
    r"(?:killed|slain|murdered|shot)\b",
    re.IGNORECASE,
)


# What ends a figure's own clause between it and a time: a semicolon, a relative clause or a
# verb other than the figures' own ("shot two dead in 2019, was sentenced on Monday",
# "honoured on Friday the 413 wounded", "killed six in Kaura, where 40 were killed last year");
# not the attack's own deed or its doers' words ("gunmen stormed Kaura, killing six",
# "armed men", "suspected herders"), nor a name ("Ahmed").
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:where|when|who|which|whose|was|were|is|are|has|had|have|heard|said|told)\b"
    r"|\b(?!(?:kill|wound|injur|attack|storm|open|fir|bomb|shell|stabb|ambush|raid|kidnapp|abduct|arm|suspect|mask|hood)ed\b)"
    r"(?-i:[a-z])\w*ed\b",
    re.IGNORECASE,
)


_MARKER_YEAR = re.compile(r"(?:19|20)\d\d")
# A court's word about an attack: what it names is the trial's past attack, of any year.
_COURT = re.compile(r"\b(?:courts?|trials?|tried|sentenc\w+|acquitted|verdict|prosecut\w+|" + CHARGED + r")\b", re.IGNORECASE)


# An attack told as of another time than the story's: "a 2026 bombing killed 40 at the same
# market", "a similar 2026 attack".
_ANOTHER_TIME = re.compile(r"\b(?:same|similar|earlier|previous|prior)\b", re.IGNORECASE)
# A trial's account of the attack: "..., the court heard on Monday", "a witness told the jury".
_HEARD_IN_COURT = re.compile(
    r"\b(?:court|jury|trial|tribunal|inquest)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:heard|told)\b|\btold\s+(?:the\s+|a\s+)?(?:court|jury|trial|tribunal|inquest)\b",
    re.IGNORECASE,
)


def _background_markers(text: str, published: date | None) -> list[re.Match[str]]:
    """The BACKGROUND markers of ``text``, but an event named by the item's own year: "the
    2026 bombing" in a story published in 2026 may be the story's own, as "May 2026" told
    in May may. "March 2026" told in May is an earlier event, "in 2026" or "since 2026"
    stay what they are, a span of the year so far ("two teens killed already in 2026"),
    and a court's sentence is about a past attack whatever its year."""
    markers = list(BACKGROUND.finditer(text))
    if published is None or not markers:
        return markers
    this_month = MONTH_NAMES[published.month - 1]
    own = [
        m for m in markers
        if (year := _MARKER_YEAR.search(m.group(0))) is not None
        and int(year.group(0)) == published.year
        and m.group(0).lower().split()[0] in ("the", "a", "an", this_month)
    ]
    if not own or _COURT.search(text) or _ANOTHER_TIME.search(text):
        return markers
    return [m for m in markers if m not in own]


def _of_this_week(text: str, casualties: list[Casualty], markers: list[re.Match[str]]) -> list[Casualty] | None:
    """The figures of this week's event in a sentence that tells an earlier one beside it
    ("Gunmen killed two men in Kano in 2019 and killed three on Monday": the three), or None
    when the sentence tells one time only. Each figure is of the time its own clause tells:
    the first after it ("two in 2019 and three on Monday"), else the last before it ("On
    Monday, gunmen killed six"); a figure whose clause tells no time is the earlier event's
    ("shot two dead in 2019, was sentenced on Monday; he had also wounded three").
    ``markers`` are the sentence's background markers (_background_markers)."""
    if len(casualties) < 2 or not markers:
        return None
    cues = sorted([(m.start(), m.end(), True) for m in markers] + [(m.start(), m.end(), False) for m in THIS_WEEK.finditer(text)])
    if len({past for _, _, past in cues}) < 2:
        return None
    # the figures themselves blanked out: "killed one and wounded two on Monday" is one clause
    bare = list(text)
    for c in casualties:
        bare[c.start:c.end] = " " * (c.end - c.start)
    plain = "".join(bare)

    def past(c: Casualty) -> bool:
        after = next(((start, p) for start, _, p in cues if start >= c.end), None)
        if after is not None and not _CLAUSE_BREAK.search(plain[c.end:after[0]]):
            return after[1]
        before = [(end, p) for _, end, p in cues if end <= c.start]
        return before[-1][1] if before and not _CLAUSE_BREAK.search(plain[before[-1][0]:c.start]) else True

    flags = [past(c) for c in casualties]
    if all(flags) or not any(flags):
        return None
    return [c for c, p in zip(casualties, flags, strict=True) if not p]


# The story's own attack as the subject that "came" after another ("It came weeks after 50
# were killed nearby", "The attack comes days after ..."): what follows "after" is another.
_THE_STORYS_EVENT_CAME = re.compile(
    r"\W*(?:it|this|the\s+(?:attack|assault|raid|killings?|massacre|bombing|blast|ambush|violence|shooting))\s+"
    r"(?:came|comes|follows|followed)\b",
    re.IGNORECASE,
)


def _before_looking_back(text: str, casualties: list[Casualty]) -> list[Casualty]:
    """The figures of ``text`` told before it looks back at an earlier event (LOOKS_BACK:
    "Gunmen killed six villagers, two years after 40 were killed there": the six), when an
    attack is told before the look back; all of them when none is ("A mother called for
    justice two months after her son was shot dead": the story's own event, recalled)."""
    back = LOOKS_BACK.search(text)
    if back is None or not (
        any(c.end <= back.start() for c in casualties)
        or _OCCURRED.search(text, 0, back.start())
        or _THE_STORYS_EVENT_CAME.match(text, 0, back.start())
    ):
        return casualties
    return [c for c in casualties if c.end <= back.start()]


# A sentence that opens on a look back of years ("Two years after 40 were killed in the
# market bombing, ..."): its main clause tells what the story is about.
_OPENS_YEARS_AFTER = re.compile(
    r"\W*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+)?(?:years?|decades?)\s+after\b",
    re.IGNORECASE,
)
# What a follow-up of the attack itself tells: the case (an arrest, a charge, a trial) or a
# victim who died of it since.
_CASE = re.compile(r"\b(?:arrest\w*|detain\w*|suspects?|identified|died|succumbed)\b|" + _COURT.pattern, re.IGNORECASE)


# A tally's span of months or more ("since January", "this year", "in the last two months").
_MONTHS_LONG = re.compile(r"\b(?:since|this\s+year|so\s+far|months?|years?|decades?|annual)\b", re.IGNORECASE)


def _years_on(text: str, casualties: list[Casualty]) -> bool:
    """Whether ``text`` opens on an attack years ago and tells in its main clause only what
    came of the place or the people since, with no attack and no case ("Two years after 40
    were killed in the market bombing, the market reopened": an anniversary, no incident;
    not "..., a man has been charged with the killings")."""
    opening = _OPENS_YEARS_AFTER.match(text)
    if opening is None:
        return False
    comma = text.find(",", casualties[-1].end if casualties else opening.end())
    main = text[comma + 1 :] if comma >= 0 else ""
    return bool(main.strip()) and not attack_words(main) and _CASE.search(main) is None


def _is_background(text: str, casualties: list[Casualty], markers: list[re.Match[str]]) -> bool:
    """Whether the sentence recalls an earlier event. A marker in a trailing aside after
    the figures ("..., the latest in a long line of attacks") does not count, nor, with no
    figures, one in an aside after the words that tell the attack happened ("a petrol bomb
    was thrown at the shop of a councillor, whose brother was killed in 1997").
    ``markers`` are the sentence's background markers (_background_markers)."""
    if not markers:
        return False
    told = _OCCURRED.search(text) if not casualties else None
    last = casualties[-1].end if casualties else (told.end() if told else None)
    if _HEARD_IN_COURT.search(text):
        return True  # "shot dead six in Kaura in 2019, the court heard on Monday": no aside
    if last is not None and all(m.start() > last and "," in text[last:m.start()] for m in markers):
        return False
    return True


def _analyse(
    item: FeedItem, blanked: bool,
) -> tuple[list[_Sent], str, str | None, tuple[str, ...], Place | None, Counter[str], str | None, Place | None]:
    """The violent sentences of ``item``, its dateline ("" when none), the country the
    whole text points to (None when no place is named), the lead (the title unless Title
    Cased, where every word has a capital, and the first body sentences), the US town
    or state of the dateline (None when it names none), the outlet's home votes, the
    country the text alone points to, and the place the outlet's name after the headline
    names (None when none). ``blanked``: whether the prefilter blanked any word of the item
    (events.literal); else no sentence needs blanking."""
    g = gazetteer()
    # A title that is only the opening words of the text adds nothing to read.
    title_text = "" if title_opens_body(item.title, item.text) else item.title
    body, filed_from = strip_dateline(without_title(title_text, item.text))
    # The outlet's name and region after the headline say where the outlet is: they vote
    # for the country and the state as the rest of the text does, but no place of theirs is
    # the scene ("... - WCAX.COM Local Vermont News" on a story from New York).
    headline = without_outlet_suffix(title_text, item.outlet)
    # an outlet's name and region are a few words: no more is read of a tail that goes on
    outlet_tail, title_text = title_text[len(headline) :][:_OUTLET_TAIL], headline
    sentences = _separate_clauses(split_sentences(f"{title_text}\n\n{body}" if title_text else body))
    letters = [c for c in body if c.isalpha()]
    upper_doc = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    found_places = {s.index: name_mentions(s.text, g.find(s.text)) for s in sentences}
    people = names_of_people((s.text, found_places[s.index]) for s in sentences)
    if people:
        # The same word after "in", "near", "at" is the place all the same ("in Houston").
        found_places = {
            s.index: [
                m for m in found_places[s.index]
                if m.surface.lower() not in people or PREPOSITION_BEFORE.search(s.text, 0, m.start)
            ]
            for s in sentences
        }
    tail_mentions = name_mentions(outlet_tail, g.find(outlet_tail))
    mentions = [m for s in sentences for m in found_places[s.index]] + tail_mentions
    filed = bare_dateline_in_the_texts_state(filed_from, dateline_place(filed_from), mentions)
    texts = [filed_from, outlet_tail, *(s.text for s in sentences)]
    cues = g.cue_votes(texts)  # once for both: the outlet's side and the US anchor
    home = home_votes(item.outlet, filed_from, filed, item.url) + cues
    text_context = country_votes(mentions, texts, filed, cues=cues)
    context = text_context + home
    provinces = frozenset(
        p.name.casefold() for m in mentions for p in m.candidates if p.kind == "province"
    ) | frozenset(  # the state of a county that only one state has ("Lucas County": Ohio)
        m.candidates[0].admin1.casefold() for m in mentions
        if COUNTY.search(m.surface) and m.candidates[0].admin1 and len({p.admin1 for p in m.candidates}) == 1
    ) | frozenset(
        US_STATE_ABBREV[a.lower()].casefold() for a in re.findall(r"\b(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)", body)
        if a.lower() in US_STATE_ABBREV
    )
    if filed is not None and filed.admin1:
        provinces |= {filed.admin1.casefold()}
    provinces |= county_and_town_state(mentions)
    # The outlet's own town or state (after the headline): where the text names no place of
    # the event, and the state that breaks a tie between namesakes ("Everett" in a story of
    # "CBS Boston").
    outlet_place = next(iter(sentence_places(outlet_tail, tail_mentions, None, context, provinces)), None)
    if outlet_place is not None:
        home[outlet_place.country] += 2  # as an outlet's name naming its city counts
        if outlet_place.country == "US" and outlet_place.admin1:
            provinces |= {outlet_place.admin1.casefold()}
    # The states of the text's US towns that lie in one state only ("Houston"): a county of
    # several states ("Harris County") is the one there.
    provinces |= frozenset(
        m.candidates[0].admin1.casefold() for m in mentions
        if m.candidates[0].kind == "city" and m.candidates[0].admin1
        and all(p.country == "US" and p.kind == "city" and p.admin1 == m.candidates[0].admin1 for p in m.candidates)
    )
    top = context.most_common(1)[0][0] if context else None
    named = countries_named(mentions)
    published = _published_date(item.published)
    out: list[_Sent] = []
    previous_actor: str | None = None
    self_shot = accidental_self_shooting(f"{item.title}\n{body}")
    listed = False  # whether a sentence since the last count of the dead listed them (_LISTS_THE_DEAD)
    counted = ""  # the kind of the last count told
    for s in sentences:
        text = s.text
        lists = _lists_the_dead(text, counted)
        # (a listing read before any sentence is skipped: "The victims included a trader" tells no violence)
        listed_before, listed = listed, listed or lists
        plain = literal(text) if blanked else text  # "shot two goals", "a shark attack": no violence
        if not is_violent(plain) and not CLAIM_CUES.search(plain) and not _BODY_FOUND.search(text):
            continue
        if non_violent_cause(plain):
            continue
        # read in the blanked text ("claimed responsibility for a cyber attack" is no claim)
        # "He blamed X." speaks with the voice of the sentence before ("..., the minister said.")
        before = sentences[s.index - 1].text if s.index > 0 and _HE_OR_SHE.match(plain) else None
        claims = find_claims(
            plain, upper_doc, previous_actor, published.year if published else None, published.month if published else None,
            _a_person(_speaker(before)) if before else None,
        )
        if plain != text:
            # (claims keep their sentence stripped)
            claims = [dataclasses.replace(c, evidence=text.strip()) if c.evidence == plain.strip() else c for c in claims]
        if claims:
            previous_actor = claims[-1].actor
        mentioned = [c for c in find_mentions(text) if c.value > 0]
        if listed_before:
            # "The victims included a trader. His wife was also killed": one of the dead the list
            # told, not one more ("A fourth died", by its place in the count, still counts)
            mentioned = [c for c in mentioned if not (c.kind == "killed" and c.extra and not c.ordinal and not c.attacker)]
        counts = [c for c in mentioned if not c.extra and not c.attacker]
        if counts:
            counted = counts[-1].kind
        if any(c.kind == "killed" for c in counts):
            # a new count of the dead: its own list, if any, is what later victims are among
            listed = _lists_the_dead(text, counted)
        found = [c for c in mentioned if not c.attacker]
        if not mentioned and not claims and NOT_AN_EVENT.search(text) and not DEED_DONE.search(text):
            continue  # a threat, a rumour, arms seized: nothing happened to anyone
        flags = _period_flags(text, found)
        casualties = _before_looking_back(text, [c for c, period in zip(found, flags, strict=True) if not period])
        period_casualties = [c for c, period in zip(found, flags, strict=True) if period]
        markers = _background_markers(text, published)
        this_week = _of_this_week(text, casualties, markers)
        casualties = casualties if this_week is None else this_week
        # A separation cue counts before the figures ("Hours before the attack, a bomb
        # killed one"), not after them ("killed eight, hours before the talks").
        cue_zone = text[: casualties[0].start] if casualties else text
        # a second blow told before its figures, by an explosive's or a strike's kind or as a
        # second one: not "minutes later, police said 12 had died" nor a victim found later
        sequel = bool(casualties) and (
            (SEQUEL.search(cue_zone) is not None and (event_type(cue_zone) in _BLAST_TYPES or SECOND_BLOW.search(cue_zone) is not None))
            or _next_blow(cue_zone, text, published, [o.s.text for o in out], out[-1].when if out else None)
        )
        etype = event_type(text, casualties[0].start if casualties else None)
        if etype == "kidnapping" and any(c.kind == "killed" for c in casualties) and _KILLED_AND_ABDUCTED.search(text) and not (
            _HOSTAGE.search(text)
        ):
            # a raid that killed some and abducted others ("abducted ten and shot dead three
            # others"): an armed assault, as "killed three and abducted ten" is, whatever the
            # order told; not hostages killed ("kidnapped eight miners and later shot them")
            etype = "armed_assault"
        # a child who shot himself is a victim: no attacker of his own death
        attackers = [] if self_shot else [c for c in mentioned if c.attacker]
        among = _ATTACKER_AMONG_THE_DEAD.search(text)
        if among is not None and not attackers:
            # "Among the dead was the gunman": one attacker killed, counted in the toll told
            # before (taken out of it in extract)
            attackers = [Casualty("killed", 1, "exact", among.start(), among.end(), attacker=True)]
        if etype is None and not casualties and attackers and _FORCES_KILLED.search(text, 0, attackers[0].end):
            # "Troops killed five militants in Djibo": the forces' answer to the militants, told
            # with no weapon; its dead are the event's attackers_killed, and it is an armed
            # assault as "security forces shot dead five militants" is.
            etype = "armed_assault"
        vague = etype is None and UNARMED_ATTACK.search(text) is not None
        out.append(
            _Sent(
                s=s,
                mentions=found_places[s.index],
                casualties=casualties,
                period_casualties=period_casualties,
                attackers=attackers,
                claims=claims,
                etype="other_violence" if vague else etype,
                places=sentence_places(
                    text, [
                        m for m in found_places[s.index]
                        if top == "US" or not _TAKEN_TO.search(text, max(0, m.start - 80), m.start)
                    ],
                    top, context, provinces, filed.admin1 if filed else None, named,
                ),
                # a round-up's part is of the day its first part tells, unless it tells its own
                when=resolve_date(text, published, casualties[0].start if casualties else None)
                or (out[-1].when if s.part and out and out[-1].s.index == s.index - 1 else None),
                # a sentence that goes on about the earlier event the one before recalled
                background=(this_week is None and (_is_background(text, casualties, markers) or _years_on(text, casualties)))
                or (bool(out) and out[-1].background and _THAT_EVENT.search(text) is not None),
                period=bool(period_casualties) or (not casualties and _tells_a_period(text)),
                separate=not sequel and bool(SEPARATE.search(cue_zone) or earlier_event(text, (c.end for c in casualties)) or OTHER_ATTACKS.search(text)),
                sequel=sequel,
                round_up=bool(casualties) and (
                    ROUND_UP.search(text) is not None or _ATTACKS_COUNTED.search(text, 0, casualties[0].start) is not None
                    or _IN_ATTACKS.match(text, casualties[0].end) is not None
                ),
                vague=vague,
                refine=refinements(etype, text),
                headline=bool(title_text) and s.paragraph == 0,
            )
        )
    body_sentences = [s.text for s in sentences if not title_text or s.paragraph > 0]
    title = [title_text] if title_text and not title_case(title_text) else []
    text_top = text_context.most_common(1)[0][0] if text_context else None
    return out, filed_from, top, (*title, *body_sentences[:LEAD_SENTENCES]), filed, home, text_top, outlet_place


# The attacker told among the dead just counted: "Among the dead was the gunman", "The dead
# included the shooter", "The bomber was among the dead".
_ATTACKER_AMONG_THE_DEAD = re.compile(
    r"\b(?:among\s+(?:the\s+dead|those\s+killed)\s+(?:was|is)|the\s+(?:dead|victims)\s+(?:included|include))\s+(?:the|an?)\s+(?:[\w-]+\s+)?"
    r"(?:gunman|shooter|attacker|assailant|bomber|killer)\b"
    r"|\b(?:the|an?)\s+(?:[\w-]+\s+)?(?:gunman|shooter|attacker|assailant|bomber|killer)\s+(?:was|is)\s+(?:also\s+)?among\s+(?:the\s+dead|those\s+killed)\b",
    re.IGNORECASE,
)
# A sentence that lists the dead just counted: "The victims included a trader", "The dead
# were a trader, his wife and a neighbour", "Among them was" (of a count of the dead, not of the
# wounded), "were identified as"; not "the dead were taken to the mortuary". A victim
# "also" killed after it is one of them.
_LISTS_THE_DEAD = re.compile(
    r"\b(?:the\s+(?:dead|victims|slain|deceased)|those\s+killed)\s+(?:included|include|including"
    r"|(?:were|are)\s+(?!(?:\w+ed|taken|brought|being|not|still|all)\b)|(?:were|have\s+been)\s+(?:identified|named)\s+as)"
    r"|\bamong\s+(?:(?P<them>them)|the\s+(?:dead|victims|slain)|those\s+killed)\b",
    re.IGNORECASE,
)


def _lists_the_dead(text: str, counted: str) -> bool:
    """Whether ``text`` lists the dead (_LISTS_THE_DEAD), the last count told being of
    ``counted`` ("Among them" after a count of the wounded lists the wounded)."""
    return any(m.group("them") is None or counted == "killed" for m in _LISTS_THE_DEAD.finditer(text))


# A second or third blow of the attack told by its number, before its figures: "A second
# bomb went off an hour later, killing four" (events.SECOND_BLOW but "another", which is
# often another attack); "The second, an hour later, killed four" after "The first killed
# three", not "the second day".
_THE_NTH = re.compile(r"^\W*the\s+(?:second|third)\b(?!\s+(?:day|time|week|month|year|victim|person|man|woman)\b)", re.IGNORECASE)
# Hours apart, or another day: another event however it is numbered (events.SEPARATE).
_HOURS_APART = re.compile(r"\b(?:hours|days?|weeks?)\s+(?:later|after|earlier|before)|\bthe\s+next\s+day\b", re.IGNORECASE)
_FIRST = re.compile(r"\bfirst\b", re.IGNORECASE)


def _next_blow(cue_zone: str, text: str, published: date | None, told: list[str], last_when: date | None) -> bool:
    """Whether ``cue_zone`` (the sentence before its figures) tells the next blow of the attack
    the sentences before tell (``told``, the last of them of day ``last_when``): a second or
    third one by its number ("A second bomb an hour later killed four") or "the second" after
    a first ("The first killed three. The second killed four"), within the hour and on no
    other day: its victims add to the toll."""
    if _HOURS_APART.search(text) or not told:
        return False
    own_day = resolve_date(text, published)
    if own_day is not None and last_when is not None and own_day != last_when:
        return False
    return any(not m.group(0).lower().startswith("another") for m in SECOND_BLOW.finditer(cue_zone)) or (
        _THE_NTH.match(cue_zone) is not None and any(_FIRST.search(t) for t in told)
    )


# A clause that tells another attack in the same sentence ("killed 10 in Gwoza, and in a
# separate attack a bomber killed four in Konduga"): cut off as a sentence of its own, so that
# its figures and place open their own event (events.SEPARATE), as they do told apart.
_SEPARATE_CLAUSE = re.compile(
    r"(?:;|,?\s+(?:and|while|but|whereas))\s+(?=in\s+(?:a\s+(?:separate|second|different)|another|an?\s+unrelated)\s+"
    r"(?:[\w-]+\s+)?(?:attack|incident|raid|ambush|bombing|blast|shooting|assault|explosion)s?\b)",
    re.IGNORECASE,
)
# Attacks counted before the figures ("Two attacks in Borno kill 14"): a sum of several
# attacks' tolls, none of them one attack's own (read as a round-up's); not "twin blasts",
# often one attack told by its bombs.
_ATTACKS_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+(?:[\w-]+\s+)?(?:attacks|raids|ambushes)\b",
    re.IGNORECASE,
)

# ... or right after the figure ("Gunmen kill 12 in two attacks in Somalia")
_IN_ATTACKS = re.compile(r"\s+(?:in|during)\s+" + _ATTACKS_COUNTED.pattern, re.IGNORECASE)


def _separate_clauses(sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` with each clause that tells another attack (_SEPARATE_CLAUSE) cut off as
    a part of its own, numbered anew in order."""
    out: list[Sentence] = []
    for s in sentences:
        for n, piece in enumerate(_SEPARATE_CLAUSE.split(s.text)):
            out.append(Sentence(len(out), piece.strip(), s.paragraph, s.part or n > 0))
    return out


_LEAD_INDEX = 3
#: How much of the outlet's part after the headline is read: its name and region.
_OUTLET_TAIL = 200
_RECENT = re.compile(
    r"\b(?:last\s+(?:week|weekend|month)|earlier\s+this\s+(?:week|month)|recent(?:ly)?|(?:days|a\s+week)\s+(?:ago|earlier)"
    r"|the\s+previous\s+(?:day|evening|night|morning|afternoon))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LAST_WEEKDAY = re.compile(r"\blast\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
# Another event told as of the same day as the main one (not a bare "Earlier,", which tells
# no day).
_SAME_DAY = re.compile(
    r"\b(?:hours\s+(?:before|after|earlier|later)|(?:earlier|later)\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|evening|night)"
    r"|the\s+same\s+day)\b",
    re.IGNORECASE,
)


def _recalls_the_story(st: _Sent, main: _Event | None) -> bool:
    """A story that opens on a recent event ("a man charged in last week's shooting that
    wounded eight", "officials said a bomb had killed three the previous evening") is about
    that event: figures recalled in the first sentences, before any other figure, are the
    main event's. An event of another year (a trial for an old attack) or a month's tally
    stays background."""
    return (
        bool(st.casualties) and st.s.index <= _LEAD_INDEX and (main is None or not main.own)
        and _RECENT.search(st.s.text) is not None and _YEAR.search(st.s.text) is None
    )


# A round-up part's scene, named before its figures ("...; in the West Bank, two settlers
# were wounded"); not a building or a site of the first part's scene ("at the Lady Reading
# Hospital, doctors treated 40 wounded"; "in the nave of St Mark's", lower case), unless a
# town names the site ("near Kandahar Airport"), nor a part that looks back at the first
# part's attack by name ("three more were wounded in the raid"; not "also" or "more", which
# a round-up's further events use as well: "in the West Bank, settlers also wounded three").
_SCENE_FIRST = re.compile(r"^\W*(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}\s*,", re.IGNORECASE)
_SITE = re.compile(
    r"\b(?:hospital|clinic|mosque|church|cathedral|temple|shrine|market|school|university|college|hotel|station|square"
    r"|stadium|centre|center|mall|camp|base|prison|airport|office|headquarters)s?\b",
    re.IGNORECASE,
)
_LOOKS_BACK = re.compile(
    r"\bthe\s+(?:same\s+)?(?:raid|attack|assault|blast|explosion|bombing|shooting|wounded|injured|victims|dead)\b",
    re.IGNORECASE,
)


def _own_scene(text: str, mentions: list[Mention]) -> bool:
    """Whether a round-up's part ``text`` opens on a scene of its own (_SCENE_FIRST), given
    its place-name ``mentions``."""
    scene = _SCENE_FIRST.match(text)
    if scene is None or _LOOKS_BACK.search(text) is not None:
        return False
    site = _SITE.search(scene.group(0))
    return site is None or any(m.end <= site.start() for m in mentions if m.start >= scene.start())


# "after weeks of fighting": the run-up to what the sentence tells ("rebels took the town
# after weeks of fighting"), no period over which it tells a tally.
_RUN_UP = re.compile(r"\bafter\s+$", re.IGNORECASE)


def _tells_a_period(text: str) -> bool:
    """Whether ``text`` tells of a period (:data:`~monitor.extract.events.PERIOD`), not only
    of a run-up to its event."""
    return any(not _RUN_UP.search(text, max(0, m.start() - 6), m.start()) for m in PERIOD.finditer(text))


_HE_OR_SHE = re.compile(r"\s*(?:He|She)\b")
# A speaker who is a group or a body ("the ELN", "the group", "police"), not a person "He"
# or "She" can stand for.
_NO_PERSON = re.compile(r"\b(?:group|police|army|military|ministry|government|authorities|officials|forces|agency|statement)\b", re.IGNORECASE)


def _a_person(speaker: str | None) -> str | None:
    """``speaker`` when a person can be meant ("Colombia's defence minister"), else None."""
    # Only the head tells: "an interior ministry spokesman" and "police chief Ahmed Khan" are
    # persons, "the interior ministry" and "Kabul police" are not.
    if speaker is None or _NO_PERSON.fullmatch(speaker.split()[-1]) or actor_table().find(speaker):
        return None
    return speaker


def _group(sents: list[_Sent]) -> list[_Event]:
    events: list[_Event] = []
    main: _Event | None = None
    headline_only = False  # the main event so far is a headline with no figure
    # Where the lead says it happened, in a sentence before the attack's that tells no attack
    # itself ("multiple people found dead in New Port Richey"): the main event's place when
    # it names none.
    lead_place: Place | None = None
    lead_when: date | None = None  # and the day it gives ("air defences shot down a drone on Friday")
    recalled: _Sent | None = None  # the lead's first figures of an earlier event (_recalled_story)
    main_headline = False  # the main event was opened by the title
    old_news = False  # the sentence after the headline tells figures of an attack of another year (a trial)
    previous: _Event | None = None  # the event the last sentence joined
    for st in sents:
        if st.background and not _recalls_the_story(st, main):
            if st.claims and main is not None:
                main.claims.extend(_claims_of_the_story(st))
            if recalled is None and st.casualties and not st.separate and st.s.index <= _LEAD_INDEX and not _YEAR.search(st.s.text):
                recalled = st
            old_news = old_news or (bool(st.casualties) and st.s.index == 1 and _YEAR.search(st.s.text) is not None)
            continue
        last = _LAST_WEEKDAY.search(st.s.text) if main is not None and main.own and st.casualties else None
        if main is not None and last is not None and any(
            re.search(rf"(?<!last\s){last.group(1)}\b", told, re.IGNORECASE) for told in main.evidence
        ):
            # "A blast at the market last Monday killed five" after the story's own toll told
            # "on Monday": the weekday a week before, an earlier attack recalled, whose figures
            # are not the story's
            continue
        place = st.places[0] if st.places else None
        # A sentence that opens the story with a toll of its own and a total over a period
        # ("A patrolman was shot dead on Sunday, the latest of 36 officers killed this year")
        # is about its own event: the total joins that event (its own toll wins), opening none
        # before it.
        opens_main = main is None and bool(st.casualties)
        if st.period_casualties and not opens_main:
            target = next((e for e in events if place and e.place and same_area(place, e.place)), None)
            if target is None and place is not None:
                target = _opened_by(st, place, None)
                events.append(target)
            if target is None and main is not None and headline_only and main.place is not None:
                # a total that names no place under a headline that does ("Fighting for Herat"
                # above "... has left 36 dead over the past 11 days"): the headline's place's
                target = main
            if target is not None:
                target.period.extend((c, st.s.text) for c in st.period_casualties)
                target.evidence.append(st.s.text)
        if st.period and not st.casualties:
            if st.claims and main is not None and not (place and main.place and not same_area(place, main.place)):
                main.claims.extend(st.claims)  # "officials blamed X, whose fighters attacked twice this year"
            continue
        # a sentence of attackers killed alone ("15 of the insurgents were killed") is the
        # event's too, but opens none
        if not (st.casualties or st.claims or st.etype or (st.attackers and main is not None)):
            if (main is None or headline_only) and st.s.index <= _LEAD_INDEX:
                lead_place = lead_place or (st.places[0] if st.places else None)
                lead_when = lead_when or st.when
            continue
        if main is None:
            if not (st.casualties or st.etype or st.claims):
                continue
            main = _opened_by(st, place, st.when)
            events.append(main)
            _attach(main, st)
            previous = main
            main.period.extend((c, st.s.text) for c in st.period_casualties)
            headline_only = st.s.index == 0 and not (st.casualties or st.claims)
            main_headline = st.headline
            continue
        target = main
        # A headline with no figure is the story of the first sentence with figures, whatever
        # place that sentence names: a headline's place is often only the outlet's city in
        # the page chrome ("| CBS Detroit").
        joins_headline = headline_only and bool(st.casualties) and not st.separate
        headline_only = False
        if joins_headline and st.etype and main.etype != "suicide_bombing" and st.s.index == 1:
            # The kind the sentence right after the headline tells with its figures, over the
            # headline's summary ("Clashes in Hama" over "regime air strikes killed seven"); a
            # suicide attack wins anywhere.
            _take_kind(main, st)
        different_place = (
            not joins_headline and place is not None and main.place is not None and not same_area(place, main.place)
            # the headline's city named for its province ("at Katsina cattle market" over "in
            # Funtua, Katsina State"): the lead tells the town, when it tells the same attack
            # (not "a separate blast in Shindand", nor other figures)
            and not (
                main_headline and st.s.index <= _LEAD_INDEX and not st.separate and _same_toll(main, st)
                and _lies_in(place, main.place) and (main.place.country != "US" or _scene_of(st, place, main.place))
            )
        ) or (
            not joins_headline and bool(st.casualties) and st.when is not None and main.when is not None and st.when != main.when
            and _UNNAMED_OTHER_SCENE.search(st.s.text) is not None
        )
        # "He later died at a hospital in Sumter": a victim of the event just told, not a scene,
        # also when that event names no place of its own (its place stays unset: the dateline
        # tells it); not a victim of another incident told apart ("Separately, ...")
        cared_for = (
            (different_place or main.place is None) and not st.separate and place is not None
            and _cared_for_in(st.s.text, st.mentions, place)
            and all(p.kind in {"province", "country"} for p in st.places[1:])  # "in Charlotte, North Carolina"
        )
        if cared_for and previous is not None:
            target = previous
        different_kind = (
            st.etype is not None and main.etype is not None and not types_compatible(st.etype, main.etype)
            and not st.sequel  # "minutes later gunmen opened fire on the rescuers": the same attack
        )
        # A round-up's next part sets its own scene ("...; in the West Bank, two settlers were
        # wounded"): with figures it is another event, whether or not its scene is a town.
        own_scene = st.s.part and bool(st.casualties) and bool(main.own) and _own_scene(st.s.text, st.mentions) and not (
            place is not None and main.place is not None and same_area(place, main.place)
        )
        if not cared_for and (
            (different_place and (st.casualties or st.etype)) or own_scene
            or (st.casualties and (different_kind and (st.separate or main.own)) or (st.separate and main.own and st.casualties))
        ):
            target = next(
                (
                    e
                    for e in events[1:]
                    if (place is None or (e.place is not None and same_area(place, e.place)))
                    and (st.etype is None or e.etype is None or types_compatible(st.etype, e.etype))
                    and not (e.own and st.casualties and st.separate)
                ),
                None,
            ) if not (st.separate or own_scene) else None
            if target is None:
                # another event "hours earlier" or "later that day" is of the main event's day
                when = st.when or (main.when if _SAME_DAY.search(st.s.text) else None)
                target = _opened_by(st, place or (main.place if not (different_place or own_scene) else None), when)
                events.append(target)
        # the care sentence's figures count, but not its words: its hospital and town are
        # no words of the attack to match other outlets' stories by
        _attach(target, dataclasses.replace(st, places=[]) if cared_for else st, evidence=not cared_for)
        previous = target
    if recalled is not None and main is not None:
        _recalled_story(main, recalled)
    if main is not None and headline_only and main_headline and old_news:
        # A headline that only names the attack a story of another year's attack is about
        # ("Life sentence over Villeurbanne knife attack"): no incident of its own.
        events.remove(main)
        main = events[0] if events else None
    if main is not None and main.place is None and (main.own or main.etype not in _FIGURATIVE_TYPES):
        main.place = lead_place
    if main is not None and main.when is None:
        main.when = lead_when
    return events


def _claims_of_the_story(st: _Sent) -> list[Claim]:
    """The claims of a background sentence that are the main event's all the same: a claim of
    "the attack" ("In a statement on 28 October 2001, ETA claimed the attack"), the group of
    the story's attackers ("the militants belonged to X"), and an accusation over a series of
    similar attacks ("similar raids, which the army blames on X"). A group that claimed
    similar attacks did not claim this one: that is its record."""
    text = st.s.text
    if _THIS_ATTACK.search(text) or _ITS_ATTACKERS.search(text):
        return st.claims
    if _LIKE_THIS.search(text):
        return [c for c in st.claims if c.stance != "claimed"]
    return []


def _recalled_story(main: _Event, recalled: _Sent) -> None:
    """``main`` with the figures of ``recalled`` when the story tells no figure of its own:
    a follow-up (an arrest, a charge, a trial) is about the event its lead recalls ("a
    second arrest in the drive-by shooting that injured 13 people in March"). A story with
    figures of its own keeps them, and one whose main event is set elsewhere, or whose lead
    tells another attack ("another bomb exploded in this market"), is about that event. An
    event of another year (a trial for an old attack) stays background, as in
    _recalls_the_story."""
    place = recalled.places[0] if recalled.places else None
    if main.own or main.period or (place is not None and main.place is not None and not same_area(place, main.place)):
        return
    _attach(main, recalled)


def _opened_by(st: _Sent, place: Place | None, when: date | None) -> _Event:
    """A new event of the kind ``st`` tells."""
    return _Event(st.etype, place, when, vague=st.vague, refine=st.refine)


def _take_kind(event: _Event, st: _Sent) -> None:
    event.etype, event.vague, event.refine = st.etype, st.vague, st.refine


# A cause one side blames ("Hamas blamed an Israeli air strike", "Israel said a misfired
# rocket was to blame"): where the sides blame causes of different kinds, the kind is
# contested and the text does not tell it.
_BLAMED_CAUSE = re.compile(
    r"\bblam(?:ed|es|ing)\s+(?:it\s+on\s+)?(?:an?|the)\s+(?P<cause>[^;,.]+)|(?P<told>[^;,.]+?)\s+(?:was|is)\s+to\s+blame\b",
    re.IGNORECASE,
)


def _contested(text: str) -> bool:
    """Whether ``text`` tells causes of two kinds, each as someone's blame, neither of which
    tells the other more exactly ("police blamed a suicide attack; witnesses said a bomb was
    to blame" is a suicide bombing)."""
    causes = [m.group("cause") or m.group("told") for m in _BLAMED_CAUSE.finditer(text)]
    kinds = [(kind, refinements(kind, cause)) for cause in causes if (kind := event_type(cause)) is not None]
    return any(a != b and a not in finer_b and b not in finer_a for (a, finer_a), (b, finer_b) in combinations(kinds, 2))


def _attach(event: _Event, st: _Sent, evidence: bool = True) -> None:
    if st.etype and (
        event.etype is None or (event.vague and not st.vague) or (st.etype in event.refine and not _contested(st.s.text))
    ):
        # "Unknown men attacked the mayor's home" opens; "they abducted his sons" tells the kind.
        # "A bomb hit the market" opens; "a suicide bomber" tells which kind of bombing.
        _take_kind(event, st)
    if st.places and (event.place is None or (
        is_county(event.place) and st.places[0].kind in {"city", "district"} and same_area(st.places[0], event.place)
    ) or (st.etype is not None and not st.separate and st.s.index <= _LEAD_INDEX and _lies_in(st.places[0], event.place)
          and _scene_of(st, st.places[0], event.place))):
        event.place = st.places[0]  # the town, once a later sentence names it, is the scene
    if event.when is None and st.when:
        event.when = st.when
    # A round-up's figures stay with the event it opens or joins (its headline is the story's),
    # but only as a total over several shootings, never as this event's own toll.
    # A second blast minutes later adds its victims to the toll told before it ("killing 20.
    # Minutes later a car bomb killed two of the rescuers": 22).
    told = [dataclasses.replace(c, extra=True, ordinal=0) for c in st.casualties] if st.sequel else st.casualties
    if st.round_up and event.own and {(c.kind, c.value) for c, _ in event.own} == {(c.kind, c.value) for c in told}:
        # The headline told the round-up's figures first ("1 dead, 6 wounded in South Side
        # shootings" above "... in two South Side shootings"): the round-up's, not the event's.
        event.period.extend(event.own)
        event.own.clear()
    (event.period if st.round_up else event.own).extend((c, st.s.text) for c in told)
    if not st.round_up:
        event.attackers.extend((c, st.s.text) for c in st.attackers)
    event.claims.extend(st.claims)
    if evidence:
        event.evidence.append(st.s.text)


# Where a town is the scene of the sentence's attack: after "in", "at", "near" ("in the
# village of ..."), not "from Maiduguri" nor "an attack in Gusau" after "a day after".
_SCENE_BEFORE = re.compile(
    # also "a strike on a residential area of Omdurman" (mendplaces23)
    r"\b(?:in|at|near|outside|inside|on)\s+(?:(?:the|an?)\s+)?(?:[a-z]+\s+)?"
    r"(?:(?:village|town|city|district|area|outskirts|suburb|neighbou?rhood|quarter|part)\s+of\s+)?$",
    re.IGNORECASE,
)
# A town beside its region ("Dikwa in Borno State", "Kadawa village, Zamfara State", "the
# Hodan district of Mogadishu", "Ataq, the capital of Shabwa province", "Khar, in
# Pakistan's Bajaur district").
_BESIDE = re.compile(
    r"(?:\s+(?:village|town|city|district|area|neighbou?rhood|camp|quarter))?\s*(?:,\s*(?:in\s+)?|\s+in\s+|\s+of\s+)"
    r"(?:the\s+)?(?:(?:provincial\s+|regional\s+|district\s+)?(?:capital|seat|main\s+town)\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}?",
    re.IGNORECASE,
)
# A district after its city's name: "in Kabul's Khair Khana area".
_POSSESSIVE = re.compile(r"['’]s?\s+")
_BEFORE_ANOTHER = re.compile(r"\b(?:after|before|since|following|than|like)\b", re.IGNORECASE)


def _scene_of(st: _Sent, fine: Place, coarse: Place) -> bool:
    """Whether the town ``fine`` is where ``st``'s attack happened, for refining the
    headline's ``coarse`` place: named beside its region when the sentence names the region
    too ("near Dikwa in Borno State", "in Kabul's Khair Khana area"), else after
    "in/at/near" and before any "a day after" ("killed 12 in Zamfara State, a day after an
    attack in Gusau" stays Zamfara)."""
    text = st.s.text
    towns = [(m.start, m.end) for m in st.mentions if fine in m.candidates or _spelling(m.surface) == _spelling(fine.name)]
    # a town no gazetteer holds has no mention of its own: its name in the text
    towns += [m.span() for m in re.finditer(rf"\b{re.escape(fine.name)}\b", text)]
    regions = [(m.start, m.end) for m in st.mentions if coarse in m.candidates or _spelling(m.surface) == _spelling(coarse.name)]
    for start, end in towns:
        if regions:
            if any(_BESIDE.fullmatch(text, end, r_start) for r_start, _ in regions if r_start >= end) or any(
                _POSSESSIVE.fullmatch(text, r_end, start) for _, r_end in regions if r_end <= start
            ):
                return True
        elif _SCENE_BEFORE.search(text, max(0, start - 40), start) and not _BEFORE_ANOTHER.search(text, 0, start):
            return True
    return False


def _same_toll(main: _Event, st: _Sent) -> bool:
    """Whether ``st`` tells no figure of a kind ``main`` has with another value (the lead
    telling the headline's toll again, and maybe more: "kill seven" over "killed seven traders
    and wounded three"), so that ``st`` may be the same attack."""
    told: dict[str, set[int]] = {}
    for c, _ in main.own:
        told.setdefault(c.kind, set()).add(c.value)
    return all(c.value in told[c.kind] for c in st.casualties if c.kind in told)


def _lies_in(fine: Place, coarse: Place) -> bool:
    """Whether ``fine`` is a town of the province ``coarse`` or a district of the city
    ``coarse``: a headline names the region ("Gunmen storm village in Zamfara"), the
    sentence that tells the attack the town in it ("... in Kadawa village, Zamfara State").
    Only a sentence of the lead that tells the attack refines the place: a town where the
    wounded are treated is not the scene, nor a quarter a later detail names ("one rocket
    came down in the Green Zone"). A US state is refined only to a town the sentence tells as
    the scene ("Gunman opens fire at Pennsylvania store" above "... in Stroudsburg"), never to a
    district: its towns lie far apart, and stories of one shooting that name different towns of
    it no longer met when any town refined it (bench.dedup recall fell)."""
    if fine.country != coarse.country:
        return False
    if coarse.country == "US":
        return coarse.kind == "province" and fine.kind == "city" and _spelling(fine.admin1) == _spelling(coarse.name)
    if coarse.kind == "province" or (coarse.kind == "city" and _spelling(coarse.admin1) == _spelling(coarse.name) != _spelling(fine.name)):
        # a city named as its province is ("Katsina", "Herat") may stand for the province
        return fine.kind in {"city", "district"} and _spelling(fine.admin1) == _spelling(coarse.name)
    return coarse.kind == "city" and fine.kind == "district" and _spelling(fine.city) == _spelling(coarse.name)


# A recap of the whole toll, told before its count or right after it: "In all, eight people
# were killed", "eight people were killed in all", "Altogether, 20 were wounded".
_RECAP = re.compile(r"\b(?:in\s+all|in\s+total|altogether|all\s+told)\b|\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.IGNORECASE)


# A claim of the attack with the claimant's own count after it: "claimed responsibility,
# saying its fighters killed", "claimed the attack and said it had killed", "which it said
# killed"; not a count another speaker gives after the claim ("..., and police said it killed
# seven", "which a police spokesman said killed seven").
_CLAIMANTS_COUNT = re.compile(
    r"\bclaim(?:ed|ing|s)\s+(?:responsibility|the\s+(?:attack|assault|bombing|raid|ambush|strike))\b[^.;]{0,80}?"
    r"(?:(?:,\s*(?:(?:and|which|that)\s+)?|\s+(?:and|which|that)\s+)(?:(?:it|they|the\s+group|(?:its|their)\s+[\w-]+)\s+)?"
    r"(?:later\s+|also\s+)?(?:said|says|added)|\s+(?:saying|adding))\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# ... or the claimant's word that it killed them, in a sentence of its own after the claim
# ("The group said it had killed 30 soldiers", "Its spokesman said its fighters killed 30"),
# up to the count's end: "it" of a speaker that kills is the group, not the bomb.
_CLAIMANT_SAYS = re.compile(
    r"^\W*(?:it|they|the\s+(?:group|militants|insurgents|rebels|jihadists)|(?:its|their|the\s+group['’]s)\s+spokes\w+)"
    r"\s+(?:later\s+|also\s+)?(?:said|says|added)\s+(?:that\s+)?(?:it|they|(?:its|their)\s+[\w-]+)\s+(?:had\s+|have\s+)?"
    r"(?:killed|shot|slain|executed)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


# A guess of the toll ("may have killed", "might have died"), not of another deed ("the
# gunman, who may have acted alone, killed 14"), or an estimate of it.
_HEDGED = re.compile(
    r"\b(?:(?:may|might|could)\s+have\s+(?=(?:been\s+)?(?:killed|died|claimed|left|wounded|injured)\b)"
    r"|(?:estimat\w*|unconfirmed|as\s+high\s+as)\b)",
    re.IGNORECASE,
)
# What stands between a hedge and a count it does not govern: another number ("a market that
# an estimated 3,000 traders use killed 14") or another clause ("who may have acted alone,
# opened fire").
_UNHEDGED = re.compile(r"\d|[,;]|\b(?:and|but|while|who|which)\b", re.IGNORECASE)


def _hedged(c: Casualty, sentence: str) -> bool:
    """Whether the count ``c`` of ``sentence`` is told as a guess or an estimate: a hedge
    (_HEDGED) within its words ("An estimated 45 people were killed", "put the toll as high
    as 50") or just before them and governing them ("may have killed as many as 30", "Some
    estimates put the toll at 50")."""
    return any(
        m.start() >= c.start or _UNHEDGED.search(sentence, m.end(), c.start) is None
        for m in _HEDGED.finditer(sentence, max(0, c.start - 60), c.end)
    )


def _figure(entries: list[tuple[Casualty, str]], kind: str, period: bool) -> Figure | None:
    hits = [(c, s) for c, s in entries if c.kind == kind]
    if not hits:
        return None
    # a figure a later one supersedes ("Earlier, the toll stood at 15") counts only alone
    hits = [(c, s) for c, s in hits if not SUPERSEDED.search(s, 0, c.end)] or hits
    # and so does a claimant's own count ("The Taliban claimed the attack, saying it killed
    # 30 soldiers"), which inflates the toll the police or medics give
    hits = [(c, s) for c, s in hits if not (_CLAIMANTS_COUNT.search(s, 0, c.start) or _CLAIMANT_SAYS.search(s, 0, c.end))] or hits
    # and so does an estimate or a guess ("Some estimates put the toll at 50", "may have
    # killed as many as 30") beside a count told as fact
    hits = [(c, s) for c, s in hits if not _hedged(c, s)] or hits
    # a recap ("In all, eight people were killed") is the toll too: the last one told wins
    tolls = [(c, s) for c, s in hits if c.toll or _RECAP.search(s, max(0, c.start - 40), c.start) or _RECAP.match(s, c.end)]
    if tolls:
        chosen, sentence = tolls[-1]
        value = chosen.value
        same = [chosen]
    else:
        value, (last, sentence) = _added_up(hits)
        same = [c for c, _ in hits if c.value == value and not c.extra] or [last]
    qualifier: Qualifier = sorted((c.qualifier for c in same), key=lambda q: _QUAL_PRIORITY[q])[0]
    return Figure(value=value, qualifier=qualifier, period_total=period, said_by=_speaker(sentence), evidence=sentence)


# Forces that did the killing, and one of their own killed too: by the conventions the
# attacking side of a raid is not among the victims but among the attackers killed. Not
# the forces as the source of a killing by others ("Police said gunmen killed 12").
_FORCES_KILLED = re.compile(
    # the forces as the doers, not the dead ("Two soldiers were killed" is no raid of theirs)
    r"\b(?:forces|troops|soldiers|army|police)\s+(?:(?!(?:said|say|says|told|were|was|been|are|is)\b)\w+\s+){0,2}?(?:killed|shot|killing)\b",
    re.IGNORECASE,
)
_OWN_SIDE = re.compile(r"\b(?:soldier|troops?|officer|policeman|police|marine|commando|trooper|serviceman)s?\b", re.IGNORECASE)


# Who one victim is, as far as it tells two people apart: (sex, age), None where not told.
_PERSONS: dict[str, tuple[str | None, str | None]] = {
    "man": ("m", "adult"), "husband": ("m", "adult"), "father": ("m", "adult"), "grandfather": ("m", "adult"),
    "woman": ("f", "adult"), "wife": ("f", "adult"), "mother": ("f", "adult"), "grandmother": ("f", "adult"),
    "boy": ("m", "child"), "girl": ("f", "child"), "son": ("m", None), "daughter": ("f", None),
    "toddler": (None, "child"), "baby": (None, "child"), "infant": (None, "child"), "child": (None, "child"),
}
# The noun as the subject of the death: "The woman, 31, was pronounced dead", "A boy was
# killed". A kin word after "his", "her" or "their" too ("Her husband died later in hospital"
# after "A woman was shot dead": two); the victim told again as kin has the victim's own sex and
# age ("his mother died" of the woman shot) and adds nothing. Not a noun with a clause of its
# own ("the man who shot three").
_PERSON = re.compile(
    r"\b(?:the|a|an|one|his|her|their)\s+(?:[\w-]+\s+)?(" + "|".join(_PERSONS) + r")(?:,\s*\d{1,3},)?\s+(?!who\b|whose\b|that\b)",
    re.IGNORECASE,
)


def _one_victim(c: Casualty, sentence: str) -> tuple[str | None, str | None] | None:
    """Who the one victim of ``c`` who died is, by the noun that tells them ("The woman, 31,
    was pronounced dead": an adult woman); None for a count or a victim of no such noun."""
    if c.value != 1 or c.kind != "killed":
        return None
    m = next((m for m in _PERSON.finditer(sentence, max(0, c.start - 40), c.end) if m.end() >= max(c.start, c.end - 30)), None)
    return _PERSONS[m.group(1).lower()] if m else None


# Victims named by their work or office: two such counts of other nouns are other people.
_ROLE = re.compile(
    r"\b(officer|policem[ae]n|policewom[ae]n|deput(?:y|ie)|trooper|agent|guard|soldier|nurse|doctor|paramedic|firefighter"
    r"|teacher|student|pupil|worker|employee|customer|passenger|driver|inmate)s?\b",
    re.IGNORECASE,
)


def _role(entries: list[tuple[Casualty, str]], figure: Figure, kind: str) -> str | None:
    """The work or office that names the victims of ``figure`` in its own words ("Two officers
    suffered gunshot wounds": officer), None when the count names none."""
    for c, sentence in entries:
        if c.kind == kind and c.value == figure.value and sentence == figure.evidence:
            m = _ROLE.search(sentence, c.start, c.end)
            return m.group(1).lower().replace("ie", "y").replace("men", "man") if m else None
    return None


def _other_people(entries: list[tuple[Casualty, str]], shot: Figure | None, killed: Figure) -> bool:
    """Whether the shot and the dead are told apart by their work in other sentences, so
    that none of the dead is among the shot ("killing a nurse" beside "two officers shot")."""
    if shot is None or shot.evidence == killed.evidence:
        return False
    shot_role, dead_role = _role(entries, shot, "shot"), _role(entries, killed, "killed")
    return shot_role is not None and dead_role is not None and shot_role != dead_role


def _apart(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Two victims who cannot be one person: of another sex or another age, both told."""
    return any(x is not None and y is not None and x != y for x, y in zip(a, b, strict=True))


# Two blows told apart in one sentence, each with its count: "the first ... | and the second"
_FIRST_AND_SECOND = re.compile(r"\bfirst\b[^|]*\|[^|;]{0,60}?\b(?:and|while|but)\s+the\s+second(?!\s+(?:day|time|week|year)\b)\b", re.IGNORECASE)


def _added_up(hits: list[tuple[Casualty, str]]) -> tuple[int, tuple[Casualty, str]]:
    """The largest count the figures tell, in the order told, and the figure that tells it.
    A count restarts the tally from its own value (a later report), but the largest tally
    wins: a recap that tells fewer ("In all, three died") is read as a toll by _figure before
    this (_RECAP). Victims "also" killed add to the count last given ("The mayor was killed.
    His driver was also killed": 2), up to their place when told ("Three were killed. A fourth died": 4). Victims
    told one per sentence by nouns that cannot be one person add up too ("The woman was
    pronounced dead at the scene. The boy died in hospital": 2); "the victim", or a man told
    again as "the father", is the same one."""
    best, last, count, top = hits[0], hits[0], 0, 0
    people: list[tuple[str | None, str | None]] = []  # the one-victim figures the count is made of
    for c, s in hits:
        if not c.extra and s == last[1] and last[0].end <= c.start and _FIRST_AND_SECOND.search(s[: last[0].start] + "|" + s[last[0].end : c.start]):
            c = dataclasses.replace(c, extra=True)  # "The first blast killed three and the second four": 7
        who = None if c.extra else _one_victim(c, s)
        if who is not None and people and s != last[1] and all(_apart(who, p) for p in people):
            count, last = count + 1, (c, s)
            people.append(who)
        elif not c.extra:
            count, last = c.value, (c, s)
            people = [who] if who is not None else []
        elif not c.ordinal or count < c.ordinal:
            count += c.value
        if count > top:
            top, best = count, (c, s)
    return top, best


def _forces_own_dead(entries: list[tuple[Casualty, str]]) -> tuple[list[tuple[Casualty, str]], list[tuple[Casualty, str]]]:
    """``entries`` split into the victims and the forces' own dead told "also" killed after
    the forces' killing ("Troops killed 12 rebels ... A soldier was also killed"): those
    are the attacking side's dead (see ``_FORCES_KILLED``)."""
    victims: list[tuple[Casualty, str]] = []
    forces: list[tuple[Casualty, str]] = []
    last: tuple[Casualty, str] | None = None  # the last count of the dead told before
    for c, s in entries:
        if c.kind == "killed" and c.extra and last is not None and _OWN_SIDE.search(s, c.start, c.end) and _forces_did(last):
            forces.append((c, s))
            continue
        if c.kind == "killed" and not c.extra:
            last = (c, s)
        victims.append((c, s))
    return victims, forces


# Where a victim was cared for or died, before the town: "died at a hospital in", "was flown
# to a trauma centre in" (not "stormed a hospital in").
_CARED_FOR_AT = re.compile(
    r"\b(?:died|treated|taken|rushed|flown|airlifted|admitted|transported|transferred|pronounced\s+dead|recovering)"
    r"\s+(?:\w+\s+){0,2}?(?:at|to|in)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:hospital|clinic|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re))\s+(?:in|at|near)\s+",
    re.IGNORECASE,
)
# A deed right after the town: the care phrase only told who did it ("a patient being treated
# at a hospital in Charlotte shot two nurses").
_DEED_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:shot|stabbed|killed|attacked|wounded|injured|opened\s+fire|fired)\b", re.IGNORECASE)


def _cared_for_in(sentence: str, mentions: list[Mention], place: Place) -> bool:
    """Whether ``sentence`` names ``place`` as where a victim was cared for or died: the
    mention right after a care phrase (in whatever spelling, "Koln" for Cologne) is of
    ``place``, and no deed of its own follows it."""
    for m in _CARED_FOR_AT.finditer(sentence):
        # the place by its point: it may go by another name than the candidate's
        named = next(
            (n for n in mentions if n.start == m.end() and any(c == place or same_point(c, place) for c in n.candidates)),
            None,
        )
        if named is not None and not _DEED_AFTER.match(sentence, named.end):
            return True
    return False


def _forces_did(count: tuple[Casualty, str]) -> bool:
    """Whether the forces' verb is the count's own ("Soldiers killed five villagers"), not
    another's before it ("Police shot dead a gunman who had killed three people")."""
    c, sentence = count
    return any(m.end() > c.start for m in _FORCES_KILLED.finditer(sentence, 0, c.end))


def _net_of_the_dead(entries: list[tuple[Casualty, str]], killed: Figure | None) -> list[tuple[Casualty, str]]:
    """``entries`` with the wounded of a sentence that tells fewer dead than the event's toll
    less the victims who died since, as the merge does across articles: "two dead and three
    wounded" beside "four killed, one wounded" counts 3 - (4 - 2) = 1. Only where the figures
    clearly tell one event: the toll's sentence gives the wounded too, and both sentences
    count the same victims (2 + 3 = 4 + 1)."""
    if killed is None or killed.period_total:
        return entries
    told = [(c, sentence) for c, sentence in entries if c.kind in {"killed", "wounded"}]

    def most(kind: str, sentence: str) -> int | None:
        return max((c.value for c, s in told if c.kind == kind and s == sentence), default=None)

    wounded_then = most("wounded", killed.evidence)
    if wounded_then is None:
        return entries
    out = []
    for c, sentence in entries:
        dead = most("killed", sentence)
        if c.kind == "wounded" and dead is not None and dead < killed.value and c.value + dead == wounded_then + killed.value:
            c = dataclasses.replace(c, value=wounded_then)
        out.append((c, sentence))
    return out


# A share of the hurt just counted who died since: "wounding six. Two of them later died",
# "One of the wounded later died".
_DIED_OF_THE_HURT = re.compile(
    r"[\w-]+\s+of\s+(?:them|those|these|the\s+(?:wounded|injured|hurt))\s+(?:\w+\s+){0,3}?died\b", re.IGNORECASE
)


_WOUNDED_WORD = re.compile(r"\b(?:wound|injur|hurt)", re.IGNORECASE)


def _wounded_who_died(entries: list[tuple[Casualty, str]]) -> list[tuple[Casualty, str]]:
    """``entries`` with the hurt who died since taken out of the count of the hurt before
    them and added to the dead: "wounding six ... Two of them later died" is two dead and
    four wounded, not two dead and six wounded."""
    out: list[tuple[Casualty, str]] = []
    for c, s in entries:
        hurt = next((i for i in range(len(out) - 1, -1, -1) if out[i][0].kind in {"wounded", "shot"}), None)
        # only an exact count told as wounded ("15 were wounded, and one of them later died" is
        # read as all those hit): "four were shot and three of them died" counts the dead among
        # all it hit, and "more than two dozen wounded" stays as told
        if (
            c.kind == "killed" and hurt is not None and out[hurt][0].qualifier == "exact" and out[hurt][0].value > c.value
            and _WOUNDED_WORD.search(out[hurt][1], out[hurt][0].start, out[hurt][0].end) is not None
            and _DIED_OF_THE_HURT.match(s, c.start)
        ):
            h, told = out[hurt]
            out[hurt] = (dataclasses.replace(h, kind="wounded", value=h.value - c.value), told)
            c = dataclasses.replace(c, extra=True)
        out.append((c, s))
    return out


# A count of the dead told as the object of a killing ("killed two people", "left him and
# his two daughters dead", where "him" is not counted) or as the murders ("a triple
# murder"): never a count that took in the attackers' own deaths.
_KILLED_WHOM = re.compile(
    r"^(?:kill|shot|shoot|murder|slay|slew|fatally|gunned|execut|massacr|claim|left|leaving|double|triple|quadruple|quintuple)",
    re.IGNORECASE,
)
_WHOM_BEFORE = re.compile(r"\b(?:left|leaving|kill\w*|shot|shooting|murder\w*)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _without_attackers(
    entries: list[tuple[Casualty, str]], killed: Figure | None, attackers: Figure | None
) -> Figure | None:
    """``killed`` less the attackers killed when its count tells who died, not whom the
    killer killed ("Two people were killed", "one man and two children dead"), and the text
    also counts the victims alone as that many fewer ("a girl was killed", "he shot his wife
    and child" beside "then killed himself"): the larger count had the attackers in it."""
    if killed is None or attackers is None or killed.value <= attackers.value:
        return killed
    dead = [(c, s) for c, s in entries if c.kind == "killed" and not c.toll]
    told = [
        c for c, s in dead
        if c.value == killed.value and not c.net_of_attackers and not _KILLED_WHOM.match(s[c.start : c.end])
        and not _WHOM_BEFORE.search(s, max(0, c.start - 40), c.start)
    ]
    # in a story of an attacker's death the ones shot are his dead victims
    fewer = [(c, s) for c, s in entries if c.kind in {"killed", "shot"} and c.value == killed.value - attackers.value]
    if not told or not fewer or any(c.value > killed.value for c, _ in dead):
        return killed
    c, sentence = fewer[-1]
    return Figure(c.value, c.qualifier, False, _speaker(sentence), sentence)


# A victim's age where the words that tell them begin: "A 19-year-old man was shot", "The
# 14-year-old was taken to a hospital", "Ana Ruiz, 34, was killed".
_AGE = re.compile(r"^(?:(?:an?|the|one)\s+)?(?P<age>\d{1,3})-year-old\b|^(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?P<age2>\d{1,3}),", re.IGNORECASE)


def _age(told: str) -> str | None:
    m = _AGE.match(told)
    return (m.group("age") or m.group("age2")) if m else None


def _victims_by_age(
    entries: list[tuple[Casualty, str]], killed: Figure | None, wounded: Figure | None
) -> Figure | None:
    """``wounded`` with the hurt victims told one per sentence counted apart by their ages,
    when every figure of the event is one victim: "The 19-year-old was shot in the head and
    later pronounced dead. ... The 14-year-old was taken to a hospital" is one dead and one
    wounded, not one victim told twice. Victims of the same age, or of no age told, may be
    one person and are not added, and a dead victim of no age told may be any of the hurt
    ones. The dead are not counted by age: reports of one death often disagree on it. A
    count or a toll anywhere already tells how many."""
    hits = [(c, s) for c, s in entries if c.kind in {"killed", "wounded", "shot"}]
    if not hits or any(c.value != 1 or c.toll for c, _ in hits):
        return wounded
    dead = {a for c, s in hits if c.kind == "killed" and (a := _age(s[c.start : c.end]))}
    hurt = {a for c, s in hits if c.kind != "killed" and (a := _age(s[c.start : c.end]))} - dead
    alive = len(hurt) - max(0, (killed.value if killed else 0) - len(dead))  # the dead of no age told may be among the hurt
    if alive <= (wounded.value if wounded else 0):
        return wounded
    sentence = next(s for c, s in hits if c.kind != "killed")
    return Figure(alive, "exact", False, _speaker(sentence), sentence)


def _location(place: Place | None, fallback_cc: str | None) -> Location:
    if place is None:
        return Location(country_code=fallback_cc)
    return Location(name=place.name, admin1=place.admin1, country_code=place.country, lat=place.lat, lon=place.lon,
                    city=place.city)  # only a district's Place has a city


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

    No word of violence, or deaths and injuries with no attack, weapon, armed actor or group
    of the alias table, no explosion but an accident's (a crash, a fire, a flood, a tanker
    that exploded) and no killing the police or troops answer with no accident named
    (events.killing_told), or a film's or a book's story (events.fiction_told): :func:`extract`
    returns nothing for such an item.
    """
    return _prefilter(item) is not None


def _prefilter(item: FeedItem) -> bool | None:
    """None when :func:`might_report` refuses ``item``; else whether :func:`events.literal`
    blanked any word of its text, which tells whether its sentences need blanking too (a
    sentence holds no match its whole text does not)."""
    raw = f"{item.title}\n{item.text}"
    if not is_violent(raw):
        return None
    text = literal(raw)
    blanked = text != raw
    # read again only for what the blanking took: most texts lose nothing
    if blanked and not is_violent(text):
        return None
    if fiction_told(text) or not (
        attack_words(text) or explosion_not_accident(text) or killing_told(text) or bool(actor_table().find(text))
    ):
        return None
    return blanked


def extract(item: FeedItem) -> list[IncidentReport]:
    """The incident reports in ``item``: the main event first, then any others."""
    blanked = _prefilter(item)
    if blanked is None:
        return []
    sents, filed_from, doc_top, lead, filed, home, doc_text_top, outlet_place = _analyse(item, blanked)
    lead_words = tuple(sorted(keywords(lead)))
    events = _group(sents)
    published = _published_date(item.published)
    # A village abroad that the violent sentences name where the rest of the text points to
    # the US is a casino's, a street's or a shop's name, not the scene.
    text_context = country_votes(
        [m for st in sents for m in st.mentions], [filed_from, *(st.s.text for st in sents)], filed,
        small_places=doc_text_top != "US",
    )
    if text_context and doc_text_top and doc_text_top not in text_context and max(text_context.values()) <= 2:
        # One weak vote in the violent sentences ("near Oxford School") against the country
        # the whole text names: the whole text's.
        text_context[doc_text_top] += 3
    context = text_context + home
    # The violent sentences' places first; else whatever the whole text names ("the
    # chief of Pattani province's council was shot dead"). Where the outlet is (``home``)
    # helps choose the country, but does not by itself make an incident of a text that
    # names no place.
    top = context.most_common(1)[0][0] if context else None
    text_top = text_context.most_common(1)[0][0] if text_context else None
    reports: list[IncidentReport] = []
    for n, event in enumerate(events):
        # the raiding forces' own dead are on the attackers' side (see _forces_own_dead)
        event.own, forces_dead = _forces_own_dead(event.own)
        event.attackers.extend(forces_dead)
        event.own = _wounded_who_died(event.own)
        # A total over a period or a round-up of several shootings gives the figures only of an
        # event with none of its own: "a man was shot dead, one of 4 killed and 35 wounded in
        # weekend shootings" is one dead, no wounded, not 35.
        period = [] if any(c.kind in {"killed", "wounded", "shot"} for c, _ in event.own) else event.period
        killed = _figure(event.own, "killed", False) or _figure(period, "killed", True)
        wounded = _figure(_net_of_the_dead(event.own, killed), "wounded", False) or _figure(period, "wounded", True)
        shot = _figure(event.own, "shot", False)
        if (
            n == 0 and shot is not None and shot.value == 1 and killed is None and wounded is None
            and any(_tells_a_death(t) for t in (item.title, *event.evidence))
        ):
            # "A man was shot on Elm Street" in a story of a homicide: the one victim died.
            killed = Figure(1, "exact", False, shot.said_by, shot.evidence)
        # the dead among the shot, unless the two counts name other people ("killing a nurse.
        # Two officers suffered gunshot wounds": the officers lived)
        dead_shot = killed.value if killed is not None and not _other_people(event.own, shot, killed) else 0
        if shot is not None and shot.value - dead_shot > (wounded.value if wounded else 0):
            # "Four people were shot, one of them fatally": the others are the wounded, even
            # when a later sentence tells of one of them ("another is in critical condition").
            wounded = Figure(shot.value - dead_shot, shot.qualifier, False, shot.said_by, shot.evidence)
        elif (
            shot is not None and killed is not None and wounded is not None and shot.qualifier == "exact"
            and killed.value < shot.value < killed.value + wounded.value
            and _SHOOTING_COUNT.search(shot.evidence) is not None
        ):
            # "a double shooting, one killed" beside "two people were wounded": the shooting's
            # count is every victim, so the wounded figure counted the one who later died.
            wounded = Figure(shot.value - killed.value, wounded.qualifier, False, wounded.said_by, wounded.evidence)
        wounded = _victims_by_age(event.own, killed, wounded)
        attackers_killed = _figure(event.attackers, "killed", False)
        killed = _without_attackers(event.own, killed, attackers_killed)
        if killed is not None and attackers_killed is not None and killed.value > attackers_killed.value and any(
            _ATTACKER_AMONG_THE_DEAD.search(s) and s != killed.evidence for _, s in event.attackers
        ):
            # the attacker told among the dead counted before ("Four people were killed ... The
            # dead included the shooter"): three victims and the shooter
            killed = dataclasses.replace(killed, value=killed.value - attackers_killed.value)
        claims = _dedup_claims(fold_short_names(event.claims))
        occurred = any(_OCCURRED.search(text) for text in event.evidence[:2])
        concrete = n == 0 and (
            (event.etype in _CONCRETE_TYPES and (text_top is not None or occurred))
            or (event.etype in {"armed_assault", "other_violence"} and occurred)
            or (event.etype == "armed_assault" and _about_a_shooting(event, lead, item.title, text_top or doc_text_top, lead_words))
        )
        # The outlet's town after the headline is where a story that names no place is set,
        # as it was when read as part of the headline.
        placed = event.place or (outlet_place if n == 0 and (top or doc_top) in {None, "US"} else None)
        # the attackers' dead are a figure too ("troops killed five militants in Burkina Faso")
        if not (killed or wounded or attackers_killed or claims or (event.etype and (placed or concrete))):
            continue
        if placed is None and not (killed or wounded or attackers_killed or claims) and not concrete:
            continue  # nothing but a word of violence, and nowhere to put it
        if (
            n == 0 and killed is not None and killed.period_total and (wounded is None or wounded.period_total)
            and not attackers_killed and not claims and event.place is not None and event.place.kind in {"province", "country"}
            and _MONTHS_LONG.search(killed.evidence) is not None
        ):
            # a province's or a country's tally over months ("207 killed in Khyber Pakhtunkhwa
            # since January") is no incident; a town's over days (Herat's 36) is its fighting,
            # and a province's day ("in the last 24 hours ... murdered two") its event
            continue
        if event.etype is None and not (event.own or attackers_killed or claims) and not any(
            _HOURS.search(s) or ROUND_UP.search(s) or _ATTACKS_COUNTED.search(s) for _, s in event.period
        ):
            # only a tally over a period, with no kind of attack told ("bandits have killed
            # more than 300 people in the state this year"): no incident of its own; a
            # round-up of the weekend's shootings is still the shootings, and attacks
            # counted ("Two attacks in Borno killed 14") the attacks
            continue
        if not (killed or wounded or attackers_killed) and claims and all(c.stance == "denied" for c in claims) and all(
            NOT_AN_EVENT.search(told) for told in event.evidence
        ):
            continue  # only a denial of what did not happen: "denied rumours that it planned attacks"
        # Beyond the main event, an event with no figure and no claim is kept only when it
        # changes hands territory; passing mentions of "fighting" or "explosions" are not.
        if n > 0 and not (killed or wounded or claims) and event.etype != "takeover":
            continue
        when = event.when or published
        place = event.place
        if place is None and n == 0 and (top or doc_top) in {None, "US"}:
            # A local outlet's dateline, or its town after the headline ("... « CBS
            # Chicago"): where it happened, as near as the text says.
            place = filed or placed
        elif n == 0 and dateline_refines(filed, place, event.evidence):
            place = filed  # "KENLY, N.C. - ... Johnston County deputies said": the town
        loc = _location(place, top or doc_top)
        if event.etype is None and reports and reports[0].event_type in _CAMPAIGN_TYPES:
            # a later toll told bare in a story of shelling or air strikes ("Russian shelling
            # killed three in Kherson. Two people were killed in Kharkiv"): the same kind
            event.etype = reports[0].event_type
        # An attack with dead or wounded and no weapon or kind named is an armed assault, as
        # with no type at all; one with no casualty ("unknown men attacked the house"), or
        # bodies found with no attack told ("the bodies of 11 men were recovered from a
        # ravine"), other violence.
        etype = event.etype if event.etype and not (event.vague and (killed or wounded)) else (
            "armed_assault" if (killed or wounded) and not (
                event.etype is None and any(_BODY_FOUND.search(text) for text in event.evidence)
            ) else "other_violence"
        )
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
                lead_names=tuple(sorted(full_names(lead))) if n == 0 else (),
                attackers_killed=attackers_killed,
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
    # A perpetrator the text names as a fact, with or without a teller ("ISWAP fighters
    # ambushed a convoy", a headline's "ADF raid", "Taliban fighters captured the city,
    # officials said"), is no accusation once the group claims the attack itself, or once
    # the text says it is only suspected.
    return tuple(
        c for c in seen.values()
        if not (
            c.stance == "blamed" and ((c.actor, "claimed") in seen or (c.actor, "suspected") in seen)
            and (c.said_by is None or not accuses(c.evidence))
        )
    )
