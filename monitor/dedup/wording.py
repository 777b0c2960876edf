"""Wording similarity of two reports' event sentences (pure, deterministic).

Two articles about one shooting rarely share their figures' phrasing, but they do share
what is particular to the event: the victims' and suspects' names, the street, the
venue, the ages ("a 20-year-old"). What every report of violence says ("police said a
man was shot") is no evidence at all. So a report's *keywords* are, from its evidence
sentences:

- words written with a capital inside a sentence (names of people, streets, venues);
- ages written as ``<n>-year-old`` and street ordinals (``132nd``: "East 132nd Street");
- other words of 9 letters or more (rarer vocabulary: "quadruple", "Thanksgiving");

each lower-cased, without a possessive ``'s``, and never one of :data:`STOPWORDS`
(function words, the vocabulary of any crime or attack story, and page furniture such as
"caption" or "enlarge"). A photo or story credit ("Jane Roe/Daily Herald") is skipped:
it names the outlet's staff, which two unrelated stories of one outlet share. The place names a
match already compares (both locations' name and province) are dropped too, so that
sharing "Chicago" is not counted twice.

The similarity of two keyword sets is ``|A & B| / (min(|A|, |B|) + 1)`` when they share
at least two keywords, else 0: the share of the smaller set that the other covers, damped
for small sets (one shared word out of one is not evidence). A report against an
incident takes the best of the incident's reports, a function of the set of reports,
so it does not grow with the incident's size and does not depend on arrival order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from monitor.records import IncidentReport

if TYPE_CHECKING:
    from monitor.extract.gazetteer import Gazetteer

#: Words that never count: function words, calendar words, and what any report of a
#: shooting, bombing or attack says. Lower case.
STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are around as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers him his how i if in into is it its just me more most my no nor
    not now of off on once only or other our out over own same she should so some such than that the
    their them then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your
    said say says told according police officer officers sheriff deputies deputy department
    authorities investigators spokesman spokeswoman spokesperson detective detectives chief sgt lt
    shooting shootings shot shots fired gunfire gunshot gunshots gun guns gunman gunmen killed killing
    kill dead death deaths died dies wounded wound wounds injured injuries injury hospital hospitalized
    condition attack attacks attacked bomb bombing blast explosion rocket rockets militants insurgents
    man men woman women people person victim victims suspect suspects year years old after morning
    night evening afternoon day today yesterday tonight weekend overnight
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december
    one two three four five six seven eight nine ten first second third new news report reported
    reports like just boy boys girl girls child children kid kids teen teens teenager teenage toddler
    son daughter mother father brother sister family friend friends male female young adult
    home house residence apartment apartments street avenue road drive block lane boulevard city
    county state area neighborhood near inside outside scene place center park lot parking
    early late later time times left found happened occurred arrested arrest charged charges charge
    court investigating investigation information connection officials office call called
    others another several multiple including least head chest leg arm face back body fatally fatal
    deadly accidentally accidental accident apparent apparently responded arrived received released
    identified pronounced transported taken rushed suffering suffered struck hurt critical stable
    critically medical north south east west northeast northwest southeast southwest side local
    update updated posted photo video weather sports com www http https edt est cdt pdt
    appears believe believed know went got took started opened erupted involved anyone members group
    crime gang-related handgun vehicle car high school enforcement community witnesses confirmed
    press associated staff copyright rights reserved story stories read share comments click
    advertisement mr mrs ms dr st jr u.s government minister ministry province district
    caption captions enlarge javascript published previous next full view apps subscribe
    newsletter facebook twitter email print gallery image images photos videos channel getty
    reuters courtesy credit file loading comment
    """.split()
)

_WORD = re.compile(r"\b(\d{1,3}-year-old|\d+(?:st|nd|rd|th)|[A-Za-z][A-Za-z'’.-]*[A-Za-z])\b")
#: A photo or story credit: capitalised words joined by a slash ("Jane Roe/Daily Herald").
_CREDIT = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*\s*/\s*(?:[A-Z][\w.'’-]*\s*)+")
_SENTENCE_START = frozenset('.!?"“:;—–-(|')
MIN_SHARED = 2


@lru_cache(maxsize=4096)
def keywords(sentences: tuple[str, ...]) -> frozenset[str]:
    """The keywords of ``sentences`` (see the module docstring)."""
    out: set[str] = set()
    for sentence in sentences:
        # A credit names the photographer and the outlet, not the event: it is left out
        # (and what follows it starts afresh, like a sentence).
        text = _CREDIT.sub(" . ", sentence)
        for m in _WORD.finditer(text):
            word = m.group(1)
            low = word.lower().replace("’", "'")
            if low.endswith("'s"):
                low = low[:-2]
            if len(low) < 3 or low in STOPWORDS:
                continue
            before = text[: m.start()].rstrip()
            capital = word[0].isupper() and bool(before) and before[-1] not in _SENTENCE_START
            if capital or low[0].isdigit() or len(low) >= 9:
                out.add(low)
    return frozenset(out)


def report_keywords(report: IncidentReport) -> frozenset[str]:
    """A report's keywords: those of its evidence sentences and of its item's title and
    lead (:attr:`~monitor.records.IncidentReport.lead_keywords`, computed at extraction)."""
    return keywords(report.evidence) | frozenset(report.lead_keywords)


#: A person's full name: a capitalised given name, an optional middle name or initial, and a
#: capitalised surname (group 3); what follows it is checked by :data:`_NOT_A_PERSON`.
_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+(?:([A-Z]\.?|[A-Z][a-z]+)\s+)?([A-Z][A-Za-z'’-]*[a-z])(?:['’]s)?\b")
#: Words of places, days, buildings and bodies, not of people: a name followed by one is
#: something named after someone ("Prince George's County", "Martin Luther King Jr. Day"),
#: and a first name or a surname that is one ("Fort Riley", "Adams Trail", "Task Force") is
#: not a person's.
_PLACE_WORD = (
    r"County|Parish|Day|Drive|Boulevard|Blvd|Avenue|Ave|Street|Streets|Road|Way|Trail|Park|School|Elementary|High"
    r"|Middle|College|University|Hospital|Center|Memorial|Bridge|Highway|Airport|Library|Hall|Lodge|Homes|Stadium"
    r"|Arena|Square|Plaza|Township|Village|Lake|River|Beach|Heights|Force|Crews|King|Church|Court|Fort|Mount|Loch"
)
_NOT_A_PERSON = re.compile(rf"\s*(?:Jr\.?\s+|Sr\.?\s+)?(?:{_PLACE_WORD})\b")
_PLACE_WORD_ONLY = re.compile(rf"(?:{_PLACE_WORD})")
#: Words that make the name after them an official's or a journalist's: the sheriff or the
#: police spokesman of a county speaks of every shooting in it, a reporter writes many.
#: Neither are they a first name ("Aunt Mary", "Judge Taylor").
_OFFICIAL = frozenset(
    """
    sheriff spokesman spokeswoman spokesperson sgt sergeant cpl corporal lt lieutenant capt captain chief officer
    detective deputy trooper attorney prosecutor judge mayor governor gov coroner commissioner superintendent
    councilman councilwoman alderman senator sen rep representative president director reporter anchor by
    aunt uncle grandma grandpa pastor reverend rev
    """.split()
)


def _rare_first_name(m: re.Match[str], text: str, surnames: frozenset[str]) -> bool:
    """Whether a capitalised word missing from the census list of given names (which
    predates most of today's young victims' names: "Tyshawn", "Zytavious") is a first
    name here: no middle name, a census surname after it, inside a sentence (not its
    capitalised first word), and neither a place, a title nor a place word."""
    first = m.group(1)
    before = text[: m.start()].rstrip()
    return (
        not m.group(2)
        and m.group(3).lower() in surnames
        and bool(before)
        and before[-1] not in _SENTENCE_START
        and first.lower() not in STOPWORDS
        and first.lower() not in _OFFICIAL
        and not _PLACE_WORD_ONLY.fullmatch(first)
        and not _PLACE_WORD_ONLY.fullmatch(m.group(3))
        and not _gazetteer().find(first)
    )


def _gazetteer() -> Gazetteer:
    # Imported here: the extractor's package imports this module.
    from monitor.extract.gazetteer import gazetteer

    return gazetteer()


@lru_cache(maxsize=4096)
def full_names(sentences: tuple[str, ...]) -> frozenset[str]:
    """The people ``sentences`` name in full ("given surname", lower-case, middle name left
    out): a victim or a suspect named by two stories ties them more than any other word,
    since a full name is rarely shared by two events of one country. Photo credits, names
    after an official's or a journalist's title (they recur in every story of a county or
    an outlet) and names of places, days or buildings are left out."""
    from monitor.extract.gazetteer import person_names

    given, surnames = person_names()
    out: set[str] = set()
    for sentence in sentences:
        text = _CREDIT.sub(" . ", sentence)
        for m in _NAME.finditer(text):
            first, last = m.group(1).lower(), m.group(3).lower().replace("’", "'")
            if last in STOPWORDS or len(last) < 3:
                continue
            if first not in given and not _rare_first_name(m, text, surnames):
                continue
            before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 20) : m.start()])
            if (before and before[-1].lower() in _OFFICIAL) or _NOT_A_PERSON.match(text, m.end()):
                continue
            # A place of two words or more ("Santa Monica College") is no one's name.
            if any(p.start == 0 and " " in p.surface for p in _gazetteer().find(m.group(0))):
                continue
            out.add(f"{first} {last}")
    return frozenset(out)


def report_names(report: IncidentReport) -> frozenset[str]:
    """The full names a report's evidence sentences and its item's title and lead give
    (:attr:`~monitor.records.IncidentReport.lead_names`, computed at extraction)."""
    return full_names(report.evidence) | frozenset(report.lead_names)


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: When in the day a sentence tells the event happened: "on Saturday morning", "early
#: Sunday", "Friday evening", "about 9 a.m." (group 1: a part's word; 2: "early"; 3-4: a
#: clock time). A time just after a verb of telling ("police said Saturday evening") is
#: when the story was told, not the event.
_DAY_PART = re.compile(
    rf"(?<!said )(?<!told reporters )(?<!announced )(?<!confirmed )"
    rf"(?:\b{_WEEKDAY}\s+(morning|afternoon|evening)\b|\b(early)\s+{_WEEKDAY}\b"
    r"|\b(?:at|about|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+(\d{1,2})(?::\d\d)?\s*([ap])\.?m\b)",
    re.I,
)
#: Sentences about what followed (a hearing, a vigil, a news conference) tell their own time.
_AFTERWARDS = re.compile(r"\b(?:arraign\w*|court|hearing|vigil|funeral|conference|memorial|scheduled)\b", re.I)


@lru_cache(maxsize=4096)
def day_part(sentences: tuple[str, ...]) -> str | None:
    """``morning``, ``afternoon`` or ``evening``: the one part of the day ``sentences``
    tell the event by; None when they tell none, or more than one ("shot on Saturday
    morning, died on Saturday evening"). Night is none of them: "late Friday night" and
    "early Saturday" are often one hour. On gva-dev and ecbplus-dev no two stories of one
    event tell the morning and the afternoon or evening apart."""
    parts: set[str] = set()
    for sentence in sentences:
        if _AFTERWARDS.search(sentence):
            continue
        for m in _DAY_PART.finditer(sentence):
            if m.group(1):
                parts.add(m.group(1).lower())
            elif m.group(2):
                parts.add("morning")
            else:
                hour = int(m.group(3)) % 12 + (12 if m.group(4).lower() == "p" else 0)
                if 5 <= hour < 12:
                    parts.add("morning")
                elif 12 <= hour < 17:
                    parts.add("afternoon")
                elif 17 <= hour < 21:
                    parts.add("evening")
                else:
                    return None  # at night: as unsure as "night"
    return parts.pop() if len(parts) == 1 else None


def days_apart(a: str | None, b: str | None) -> bool:
    """Whether two parts of the day (see :func:`day_part`) are surely two times: the
    morning and the afternoon or evening."""
    return a is not None and b is not None and a != b and "morning" in (a, b)


def place_words(names: Iterable[str | None]) -> frozenset[str]:
    """The lower-cased words of place names, to leave out of a comparison."""
    return frozenset(w for n in names if n for w in re.findall(r"[a-z][a-z'.-]*", n.lower()))


def similarity(a: frozenset[str], b: frozenset[str], min_shared: int = MIN_SHARED) -> float:
    """``|a & b| / (min(|a|, |b|) + 1)`` with at least ``min_shared`` shared, else 0."""
    shared = len(a & b)
    if shared < min_shared:
        return 0.0
    return shared / (min(len(a), len(b)) + 1)
