"""Where an incident happened: from the place names the gazetteer finds in a text to the
places of each sentence and the country votes of the whole text.

The gazetteer (:mod:`monitor.extract.gazetteer`) finds every name that could be a place;
this module decides which of them are places here and not part of a person's or an
organisation's name ("Elizabeth Smith", "the Liberal Party", "Kabul University"), which
country the text points to (:func:`country_votes`), and which places each sentence names
(:func:`sentence_places`). Datelines are where the outlet filed from: they are removed
from the text (:func:`strip_dateline`) and weigh only as the outlet's home, except a US
town and state, which a local outlet names for its own town (:func:`dateline_place`).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterable

from monitor.extract.claims import actor_table
from monitor.extract.gazetteer import (
    DEMONYMS,
    PEOPLES_ACROSS_BORDERS,
    REGION_NOUNS,
    STOP_NAMES,
    US_STATE_ABBREV,
    US_STATE_CODES,
    Mention,
    Place,
    _ascii,
    _named,
    a_persons_name,
    elsewhere_in_the_us,
    gazetteer,
    overlapping,
    person_names,
    qualified_after,
    small_place_votes,
    small_places,
    small_town,
    us_state_name,
    us_town,
)
from monitor.extract.text import DATELINE_AGENCY, DATELINE_DATE, dateline

_CAPITAL = re.compile(r"\bthe\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?capital(?:\s+city)?\b(?!\s+(?:of|punishment|market|flight|gains?))")
_STREET_AFTER = frozenset(
    "road street st avenue ave boulevard blvd drive dr lane ln highway hwy way court ct place pl square "
    "bridge parkway pkwy terrace circle".split()
)
_NOT_A_TOWN_AFTER = _STREET_AFTER | frozenset(
    "university college hospital airport station mall plaza hotel stadium school church mosque prison jail".split()
)
# A building named after a place, then the town it stands in: "Mafraq Police Station in
# Baqubah", "Jackson Memorial Hospital in Miami".
_FACILITY_IN_TOWN = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:[Pp]olice\s+)?(?:[Ss]tation|[Hh]ospital|[Ss]chool|[Mm]osque|[Cc]hurch|[Mm]arket"
    r"|[Pp]rison|[Jj]ail|[Cc]ollege|[Uu]niversity|[Hh]otel|[Ss]tadium|[Aa]irport|[Bb]ase|[Cc]amp)\s+(?:in|at)\s+[A-Z]"
)
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# A given name before a surname, with a middle initial or without: "Ann Cole", "Ann B. Cole".
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?$")
_SAINT = re.compile(r"(?:st\.?|saint)\s", re.IGNORECASE)
_UPPER_WORD_BEFORE = re.compile(r"\b([A-Z]{2,})\.?\s+$")
# Ranks and offices written before a surname.
_TITLES = frozenset(
    "col colonel gen general capt captain maj major lt lieutenant sgt sergeant cmdr commander "
    "president minister senator deputy mayor governor judge father msgr bishop archbishop dr mr mrs".split()
)
_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
# The words before a name that say it is a place ("in", "at" ...), and all the
# prepositions before one; :data:`_PLACE_WORD_BEFORE` adds an article.
_PLACE_PREPOSITIONS = ("in", "at", "near", "outside")
_PREPOSITIONS = (*_PLACE_PREPOSITIONS, "from", "to", "of")


def _word_before(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` (any case) and spaces at the end of the text searched."""
    return re.compile(rf"\b(?:{'|'.join(words)})\s+$", re.IGNORECASE)


PREPOSITION_BEFORE = _word_before(_PREPOSITIONS)
_PLACE_PREPOSITION = _word_before(_PLACE_PREPOSITIONS)
# How far back from a mention a pattern anchored at its end (:data:`_PLACE_PREPOSITION`)
# looks: the longest of them, a town and its region's lead-in, is well within it, and a
# scan of the whole sentence for each mention takes seconds in a sentence of 20 KB.
_BEFORE_WINDOW = 200


def _ends_before(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``pattern`` (anchored with ``$``) matched right before ``end``, looked for in the
    last :data:`_BEFORE_WINDOW` characters only."""
    return pattern.search(text, max(0, end - _BEFORE_WINDOW), end)


# People and things that are abroad when a nationality comes before them; and shops named
# by a cuisine ("a Mexican restaurant", "a Chinese takeaway"), mostly far from its country.
_ABROAD = frozenset(
    "embassy embassies consulate consulates ambassador diplomat diplomats citizen citizens national nationals "
    "tourist tourists missionary missionaries mercenary mercenaries engineer engineers technician technicians "
    "tanker tankers truck trucks restaurant restaurants cafe eatery takeaway bakery grocery deli".split()
)
# Arms that strike from afar after a nationality: the attacker's, whose strikes fall across a
# border as often as at home ("A Turkish drone hit a car near the village of ...").
_STRIKING_FROM_AFAR = frozenset(
    "drone drones warplane warplanes jet jets fighter bomber bombers air airstrike airstrikes missile missiles "
    "glide artillery shelling gunship gunships helicopter helicopters".split()
)
# The US government, its aid and its forces, named in stories set elsewhere far more
# often than any other country's: "U.S. officials", "U.S. economic assistance".
_US_ABROAD = frozenset(
    "authorities government officials administration aid assistance congress senate soldiers troops "
    "military advisers marines forces economic".split()
)
_AMERICAS_BEFORE = re.compile(r"\b(?:latin|central|south)[\s-]+$", re.IGNORECASE)
_FIRST_PEOPLES = frozenset("reservation reservations reserve reserves tribe tribes tribal chief chiefs country".split())
# Words after a place name that make it a longer place name, a building, a season or a
# date, not a person's surname: "Jordan Valley", "Chad Basin", "Paris Monday".
_NOT_A_SURNAME = frozenset(
    "lake river valley basin sea bay gulf coast hills hill mountains mountain plain desert island islands "
    "strait canal harbor harbour creek falls springs heights park beach airport police city county state "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
COUNTY = re.compile(r"\s(?:County|Parish|Co\.)$", re.IGNORECASE)
_VILLAGE = re.compile(r"\b(?:village|hamlet)\s+of\s+$", re.IGNORECASE)
# Where people or bodies were sent or went after the incident: "the bodies will be sent to",
# "he fled to", "those who want to return to" (not "taken to", of a hospital near the scene).
_DESTINATION_BEFORE = re.compile(
    r"\b(?:send|sent|flown|flee|fled|return|returned|deported|extradited|repatriated)\s+(?:back\s+)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A place named as an attack's own: "an attack in Djugu", "the raid on the village of Kilo",
# "an attack on a displacement site in Djugu".
_ATTACK_AT = re.compile(
    r"\b(?:attacks?|raids?|ambush|massacre|bombing|assault|shelling|strikes?|killings?)"
    r"(?:\s+on\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,2})?\s+(?:on|in|at|near)\s+"
    r"(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$",
    re.IGNORECASE,
)
# Where a shot, a rocket or a shell came from: "a rocket fired from Gaza hit Sderot",
# "shots were fired at the bus from the village of X". Not the scene, where the sentence
# names where it hit.
_LAUNCHED_FROM = re.compile(
    r"\b(?:fired|launched|lobbed|shot|came)\b[^.;]{0,80}?\bfrom\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$",
    re.IGNORECASE,
)
# Where the wounded are treated: "MSF teams in Bunia treated the wounded", "the hospital in".
_TREATED = re.compile(r"\b(?:treat(?:ed|ing|s)?|hospitals?|clinics?|admitted)\b", re.IGNORECASE)
# A town that the scene is measured from: "north of", "10 km from", "a few miles east of".
_BEARING_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:of|from)"
    r"|(?:km|kms|kilometers|kilometres|miles)\s+(?:\w+\s+)?(?:of|from))\s+$",
    re.IGNORECASE,
)
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b", re.IGNORECASE)
_MOUNT_BEFORE = re.compile(r"\b(?:Mount|Mt\.?)\s+$")
# A compass quarter as US addresses abbreviate it: "NW Dade", "SE 12th Street".
_QUADRANT_BEFORE = re.compile(r"\b[NS][EW]\s+$")
# ", Pa.", ", N.J.", ", OH" after a place name: a US state as datelines write it.
_US_STATE_AFTER = re.compile(r"[A-Za-z],\s+(?P<abbr>[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|[A-Z]{2})(?![A-Za-z])")
# "in the 3800 block of Elm Road": how US police and US papers give an address.
_US_BLOCK = re.compile(r"\b\d{1,3}(?:00|,\d00)\s+block\s+of\b", re.IGNORECASE)
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
# Israelis, Palestinians and the Palestinian armed groups and their rockets: "a Qassam
# rocket hit the settlement", "Hamas claimed the mortar fire on the settlement".
_ISRAEL = re.compile(r"\b(?:Israel|Israelis?|Palestinians?|Jewish|IDF|Hamas|Qassam|Islamic\s+Jihad|[Aa]l-Aqsa|Fatah)\b")
_ROLE_AFTER = re.compile(r",\s+(?:a|an|the)\s")
_PLACE_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|city|village|hamlet|district|province|region|municipality"
    r"|area|suburb|capital|port|state|county|neighbou?rhood|department|settlement|camp)\b",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r",\s+(?:(?:a|an)\s+\d{1,3}-year-old\b|\d{1,3}\s*,)")
# An age between commas right after a name ("Hamilton, 24, was charged"): a person even
# with no given name before it, where a place would have a year or a postcode.
_AGE_BETWEEN_COMMAS = re.compile(r",\s+\d{1,3}\s*,")
# A relative or a companion named after the word for them ("her son, Colton", "his
# brother Tyler"): a person.
_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|brother|sister|wife|husband|mother|father|boyfriend|girlfriend|fianc[eé]e?|cousin|nephew"
    r"|niece|uncle|aunt|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother"
    r"|child|baby|toddler|friend)(?:,\s+|\s+)$"
)
_PLACE_FOLLOWERS = frozenset(
    "county city province state district region township borough village town police sheriff mayor "
    "residents man woman men women teen boy girl officials hospital airport "
    # an office of the place: "the Ioannina Prefect", "the Kandahar Governor"
    "prefect prefecture governor council municipality".split()
)
_REGION_FOLLOWERS = frozenset(
    "department province region governorate governate prefecture municipality district oblast krai state county "
    "area valley island neighbourhood neighborhood quarter".split()
)
# Words after a name that say it is a place, or a street or a building of one: "Kent
# County", "Winchester Road", "Kabul University", "Jordan Valley".
_WITH_A_PLACE = _PLACE_FOLLOWERS | _NOT_A_TOWN_AFTER | _REGION_FOLLOWERS
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
# Words after a capital's name that make it its country's government: "the Rome foreign
# ministry", "the Kabul government".
_GOVERNMENT_AFTER = frozenset("foreign government regime ministry embassy".split())
_METONYMY_VERBS = frozenset(
    "said says was is has had agreed urged warned announced accused blamed wants believes would will "
    "insisted denied claimed stressed rejected condemned called demanded told asked supported backed".split()
)
# Of those, the verbs a scene takes as well as a government: "a shooting in Hawthorne was",
# where "in" says the name is a place. The others, speech verbs, after "in" tell where the
# speakers are: the scene when no place follows ("officials in Jalalabad said"), else the
# place that follows ("residents in Kharkiv said a missile hit Izium").
_SCENE_VERBS = frozenset("was is has had".split())


def _spelling(name: str | None) -> str | None:
    """A name folded so that spellings of one place agree: "Odessa" and "Odesa"."""
    if name is None:
        return None
    return re.sub(r"(.)\1", r"\1", name.casefold().replace("-", " "))


def is_county(p: Place | None) -> bool:
    return p is not None and p.kind == "province" and p.country == "US" and COUNTY.search(p.name) is not None


def same_point(a: Place, b: Place) -> bool:
    """One gazetteer place, whatever name each goes by ("San Sebastian" and "Donostia / San
    Sebastian": :func:`_as_written`; an English name and the local one)."""
    return a.lat is not None and (a.country, a.kind, a.lat, a.lon) == (b.country, b.kind, b.lat, b.lon)


def same_area(a: Place, b: Place) -> bool:
    if a.country != b.country:
        return False
    if same_point(a, b):
        return True
    if (is_county(a) and a.admin1 is None) or (is_county(b) and b.admin1 is None):
        return True  # a county of several states, none named: nothing tells them apart
    name_a, city_a, admin_a = _spelling(a.name), _spelling(a.city), _spelling(a.admin1)
    name_b, city_b, admin_b = _spelling(b.name), _spelling(b.city), _spelling(b.admin1)
    if name_a == name_b or (city_a and city_a == name_b) or (city_b and city_b == name_a):
        return True
    if a.kind == "province" or b.kind == "province":
        return bool({name_a, city_a, admin_a} - {None} & {name_b, city_b, admin_b} - {None})
    if a.kind == "district" or b.kind == "district" or a.lat is None or b.lat is None:
        # a quarter, or a village the gazetteer does not know (no coordinates: "in Dan
        # Kurmi village, Zamfara State"), and a town of the same region: nothing tells
        # them apart
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
    if _person_cue(text, start, end):
        return True
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
    if _named_with_a_role(text, start, end):
        return True
    # A city of a million under its own name is not a surname ("Green Point Cape Town").
    found = gazetteer().find(text[start:end])
    if any(p.population >= 1_000_000 and _named(p, text[start:end]) for m in found for p in m.candidates):
        return False
    return _after_a_name(text, start)


# What may stand before a place's name: a preposition or an article ("in Vladimir Oblast",
# "the Mosul Dam, the country's largest").
_PLACE_WORD_BEFORE = _word_before((*_PREPOSITIONS, "inside", "the"))


def _named_with_a_role(text: str, start: int, end: int) -> bool:
    """"Vladimir Petrenko, the head of ...", "Vladimir Rios, 41,": a town's name, then a
    word no place has, then an age or a role: a given name and a surname, whatever the
    town's size (not after a preposition or an article: "in Salem Heights, a suburb")."""
    after = re.match(r"\s+([A-Z][a-z]+)\b", text[end:])
    if after is None or _ends_before(_PLACE_WORD_BEFORE, text, start):
        return False
    word, rest = after.group(1), end + after.end()
    if _with_a_name(word.lower()) or gazetteer().find(word):
        return False
    return bool(_AGE_AFTER.match(text, rest) or (_ROLE_AFTER.match(text, rest) and not _PLACE_AFTER.match(text, rest)))


def _next_word(text: str, end: int) -> str:
    """The word right after ``end``, lower-case, without punctuation ("Kirkuk road" -> "road";
    after "Kirkuk, Iraq" it is "", the comma)."""
    return text[end:].lstrip().split(" ", 1)[0].lower().strip(",.;:")


def _person_cue(text: str, start: int, end: int) -> bool:
    """"Hamilton, 24,", "her son, Colton": a name that an age or the word for a relative
    says is a person's, whatever comes before it (not "in Denton, 12, ..." of a list, nor
    "his sister, Denton police said")."""
    if _AGE_BETWEEN_COMMAS.match(text, end):
        return not PREPOSITION_BEFORE.search(text, 0, start)
    nxt = _next_word(text, end)
    return bool(_KIN_BEFORE.search(text, max(0, start - 20), start)) and nxt not in _PLACE_FOLLOWERS | _NOT_A_TOWN_AFTER


def _after_a_name(text: str, start: int) -> bool:
    """"Dhan Bahadur Bam", "Hussein Ali": right after a capitalised word that is neither a
    place's own name (a large city's other spelling is no place here: "Cano Limon", an oil
    field) nor a word that leads a place's name, and not at the start of the sentence."""
    before = _WORD_BEFORE.search(text, 0, start)
    return bool(
        before and before.group(1).lower() not in _PLACE_LEADERS
        and not any(_named(p, m.surface) for m in gazetteer().find(before.group(1)) for p in m.candidates)
        and not re.search(r"(?:^|[.!?]\s+)\S+\s+$", text[:start])
    )


def names_of_people(texts: Iterable[tuple[str, list[Mention]]]) -> frozenset[str]:
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
        if text.isupper():
            out |= _upper_case_surnames(text, found, given)
            continue
        # a town's other name that the text writes as a word too, capitalised only where a
        # headline or a sentence opens ("Grenade attack kills two", "threw a grenade": not
        # Granada, "Grenade" in French)
        out |= {m.surface.lower() for m in found if m.surface.lower() in common and _another_name(m)}
        if not any(len(w) >= 4 and w.islower() for w in text.split()):
            continue  # a headline capitalises every word (a sentence full of names does not)
        out |= _town_surnames(text, found)  # first: a name after one of them is the person's too
        for m in found:
            surface = m.surface.lower()
            if _SAID_AFTER.match(text, m.end) and _small_town(m) and not _OF_BEFORE.search(text, 0, m.start):
                out.add(surface)  # "Tyler said": a surname alone ("the mayor of Tyler said" is not)
                continue
            before = _NAME_BEFORE.search(text, 0, m.start)
            after = _WORD_AFTER.match(text, m.end)
            first = before.group(1).lower() if before else ""
            if (
                # "Michael C. Chandler"; "Salvador Neira Garcia", after a name already a person's
                before and ((first in given and first not in common) or first in out)
                and first not in _PLACE_LEADERS
                and not any(p.kind == "country" or (p.kind == "province" and p.country == "US") for p in m.candidates)
            ):  # not "Paris Texas" or "Chad Jordan"
                out |= {surface, first}
                continue
            if not after or surface not in given or surface in common:
                continue
            word = after.group(1).lower()
            if word in _NOT_A_SURNAME or word in STOP_NAMES or word in common:
                continue
            places = [p for hit in g.find(after.group(1)) for p in hit.candidates]
            if any(p.kind == "country" or (p.kind == "province" and p.country == "US") for p in places) and not (
                _person_cue(text, after.start(1), after.end(1))
            ):
                continue  # "Paris Texas", "Chad Jordan"; not "Barry Washington, 56,"
            unknown = not places and max(p.population for p in m.candidates) < 200_000  # "Houston Chronicle"
            if (word in surnames and word not in common) or (unknown and not PREPOSITION_BEFORE.search(text, 0, m.start)):
                out |= {surface, word}
    return frozenset(out)


def _another_name(m: Mention) -> bool:
    """Whether ``m`` names towns or quarters only, none of them by its own name ("Grenade"
    is among Granada's names)."""
    return all(p.kind in {"city", "district"} and not _named(p, m.surface) for p in m.candidates)


def _upper_case_surnames(text: str, found: list[Mention], given: frozenset[str]) -> set[str]:
    """In all-capitals wire copy, a region's name right after a given name or a title
    ("FRANCISCO JOSE GUERRERO", "COL VARGAS"): a surname, here and wherever the text
    repeats it."""
    out: set[str] = set()
    for m in found:
        before = _UPPER_WORD_BEFORE.search(text, 0, m.start)
        word = before.group(1).lower() if before else ""
        if (
            (word in given or word in _TITLES) and word not in _PLACE_LEADERS
            and all(p.kind == "province" for p in m.candidates) and " " not in m.surface
        ):
            out.add(m.surface.lower())
    return out


#: A verb of speech right after a name: the name is a person's.
_SAID_AFTER = re.compile(r",?\s+(?:said|says|told|added|recalled)\b")
_OF_BEFORE = re.compile(r"\b(?:of|in|at|near|from|for|to|by)\s+$")


def _small_town(m: Mention) -> bool:
    """A one-word name of towns only, none of 200,000 people or more nor a capital."""
    return (
        " " not in m.surface.strip() and all(p.kind == "city" for p in m.candidates)
        and max(p.population for p in m.candidates) < 200_000 and not _is_capital(m)
    )


def _town_surnames(text: str, found: list[Mention]) -> set[str]:
    """Small towns' names that ``text`` writes as a surname ("Dhan Bahadur Bam", "Hussein
    Ali"), and any town's name that an age or a relative's word marks as a person's
    ("Jon Hamilton, 24,"; :func:`name_mentions` left them out of ``found``): the same word
    alone in another sentence ("Bam's driver was hurt") is the person too."""
    kept = {m.start for m in found}
    return {
        m.surface.lower() for m in gazetteer().find(text)
        if m.start not in kept and m.candidates[0].kind == "city" and (
            (max(p.population for p in m.candidates) < 200_000 and _after_a_name(text, m.start))
            or _person_cue(text, m.start, m.end)
        )
    }


def title_case(text: str) -> bool:
    words: list[str] = re.findall(r"[A-Za-z][\w'’-]*", text)
    return sum(w[0].isupper() for w in words) > 0.6 * max(1, len(words))


# A state accused of an attack, or one rejecting the charge, is no vote for the scene's
# country: "blamed India for", "accused Kabul of", "New Delhi rejected" (not "blamed
# Nigeria's army", which acts at home).
_ACCUSING_BEFORE = re.compile(r"\b(?:blamed|accused)\s+(?:the\s+)?$")
_REJECTING_AFTER = re.compile(r"\s+(?:has\s+|had\s+|swiftly\s+|quickly\s+)?(?:rejected|denied)\b")


def name_mentions(text: str, found: list[Mention]) -> list[Mention]:
    """The mentions in ``found`` that name a place at all, not part of a person's or an
    organisation's name ("Lina Ron", "the Liberal Party"). In a headline every word is
    capitalised, so no name is ruled out there."""
    found = [
        _as_region(text, m) for m in _without_elsewhere(text, found)
        if not _foreign_presence(text, m) and not _region_the_gazetteer_lacks(text, m, found)
    ]
    towns = [m for m in found if m.candidates[0].kind in {"city", "district"}]
    if len(towns) > 1:
        # where a rocket was fired from, when the sentence names another town (where it hit):
        # neither the scene nor the country's vote
        found = [m for m in found if not (m in towns and _ends_before(_LAUNCHED_FROM, text, m.start))]
    filed, rest = dateline(text)
    if filed is not None:
        # "NAIROBI: Somali hotel attack": a capital's bureau, which files about the whole
        # region (a local outlet's "MURFREESBORO, Tenn. —" is where it happened)
        found = [m for m in found if m.start >= len(text) - len(rest) or not _is_capital(m)]
    if text.isupper():
        return _upper_case_names(text, found)
    headline = title_case(text)
    groups = [(a.start, a.end) for a in actor_table().find(text)]
    out: list[Mention] = []
    for m in found:
        if actor_table().canonical(m.surface) is not None:
            continue  # "Hamas", "Hezbollah": a group, not the town of that name
        if m.candidates[0].kind != "country" and any(start <= m.start and m.end <= end for start, end in groups):
            # "the Islamic State Sahel Province": a region inside a known group's name. Not
            # a country ("Revolutionary Armed Forces of Colombia"), mostly where it acts.
            continue
        kind = m.candidates[0].kind
        word = text[m.end:].lstrip().split(" ", 1)[0]
        nxt = word.lower().strip(",.;:")
        if nxt in _STREET_AFTER and (kind != "country" or word[:1].isupper()):
            continue  # "South Hartley Street", "Spain St." (not "an Iraqi highway") say nothing about the country
        if kind != "country" and m.surface.isupper() and len(m.surface) <= 3:
            continue  # "LEO", "ALI", "EST" (of "4:25 PM EST"): an acronym in mixed-case text
        if kind != "country" and _MOUNT_BEFORE.search(text, max(0, m.start - 8), m.start):
            continue  # "Mount Sinai Hospital": a mountain, or a building named after one
        if kind in {"city", "district"} and _QUADRANT_BEFORE.search(text, max(0, m.start - 4), m.start):
            # "NW Dade", "SE Portland": a quarter of a US city or county, as US addresses
            # name them; not a namesake abroad (Dade, China). Not a country or a region of
            # one: "NE Nigeria", "NW Syria" are as headlines abroad write them.
            m = Mention(m.start, m.end, m.surface, tuple(p for p in m.candidates if p.country == "US"))
            if not m.candidates:
                continue
            kind = m.candidates[0].kind
        if (
            (_ends_before(_ACCUSING_BEFORE, text, m.start) and text[m.end:m.end + 2] not in {"'s", "’s"})
            or _REJECTING_AFTER.match(text, m.end)
        ) and (kind == "country" or _is_capital(m)):
            continue  # "Pakistan blamed India for a bomb near Sibi; New Delhi rejected it": the accused, not the scene
        if kind == "country":
            out.append(m)
            continue
        if kind == "province":
            # "Barry Washington, 56,": a person (the state's towns are found by the rule
            # for towns below)
            if headline or not (_longer_name(text, m) or _person_cue(text, m.start, m.end)):
                out.append(m)
            continue
        if (
            (_VILLAGE.search(text, max(0, m.start - 16), m.start) or _VILLAGE_AFTER.match(text, m.end))
            and all(p.kind == "city" for p in m.candidates) and not any(_named(p, m.surface) for p in m.candidates)
        ):
            # "the village of Taricha", "Tale village": not the town elsewhere that has the
            # name among its other spellings ("Tarija"). A town's own name is the town ("the
            # village of Gusau, Zamfara State"), which a report may call a village.
            continue
        if _SAINT.match(m.surface) and text[m.end:m.end + 2] in {"'s", "’s"}:
            continue  # "St. Joseph's Church", "St Mary's": a church, school or hospital, not the town
        if _FACILITY_IN_TOWN.match(text, m.end) or _airport_of_a_person(text, m.start, m.end):
            continue  # "the Mafraq Police Station in Baqubah": a quarter of the town named after it
        if not headline and (nxt in _ORGANISATION_AFTER or _person_name(text, m.start, m.end) or _longer_name(text, m)):
            continue
        out.append(m)
    return out


# A person's age, then "of" before the town the person is from: "William Reed, 60, of".
_AGE_OF = re.compile(r",\s*\d{1,3},?\s+of\s+$", re.IGNORECASE)
# Before a town and its state, a person from there: "a man from Dayton, Ohio,", "a
# foundry worker from", "the victims were from Kenly, N.C.," (not "fled from", "driven
# from", "reporting from": a scene left behind or the reporter's).
_FROM_BEFORE = re.compile(
    r"\b(?:man|woman|men|women|boys?|girls?|teen(?:ager)?s?|couples?|people|persons?|victims?|suspects?"
    r"|sons?|daughters?|fathers?|mothers?|brothers?|sisters?|wife|husband"
    # not the officers who responded: "police officers from Dayton, Ohio, shot a gunman"
    r"|(?!(?:officers?|firefighters?|troopers?|responders?)\s)\w+(?:er|or|ist|ent|ant)s?"
    r"|\d+-year-old|is|was|are|were)\s+from\s+$"
)
# Before a town and its state, the force that answered the call: "police officers from
# Dayton, Ohio, shot a gunman in Columbus" came from there, to the scene the sentence names
# (the scene itself when it names no other town: :func:`_home_is_all`).
_RESPONDERS_FROM = re.compile(r"\b(?:officers?|firefighters?|troopers?|responders?|deputies|police)\s+from\s+$")
# After them, a person, the town and state read as one word before it: "a Kenly, N.C.,
# man", "two Dayton, Ohio women" (not "in Dayton, Ohio, men in masks fled").
_PERSON_AFTER = re.compile(r",?\s+(?:man|woman|men|women|teen(?:ager)?s?|boys?|girls?|couples?|family|native)\b")
_PERSON_ARTICLE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+$")


# A capitalised name after a preposition of place, then a comma: "in Leigh-on-Sea, ".
_UNKNOWN_TOWN_BEFORE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?P<town>[A-Z][\w'’]+(?:[\s-][A-Za-z][\w'’]+){0,3}),\s+$"
)


def _region_the_gazetteer_lacks(text: str, m: Mention, found: list[Mention]) -> bool:
    """Whether ``m``, a name of small towns only (under 100,000 people), is written after a
    small place of another country (:func:`~monitor.extract.gazetteer.small_places`) that
    the main gazetteer does not know, and a comma ("in Leigh-on-Sea, Essex"): that town's
    county or region, which the gazetteer lacks, not a namesake town abroad (Essex,
    Maryland) that would outvote the town's country. A town of the small place's own
    country there is its district's seat ("Pulukuawa, Ampara")."""
    if not all(p.kind == "city" and p.population < 100_000 for p in m.candidates):
        return False
    before = _ends_before(_UNKNOWN_TOWN_BEFORE, text, m.start)
    if before is None or any(before.start("town") < k.end and k.start < before.end("town") for k in found):
        return False
    country = small_places().get(_ascii(before.group("town")).lower())
    return country is not None and all(p.country != country for p in m.candidates)


def _without_elsewhere(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without the places that are not the scene, and the state or country
    written after one of them: where people were sent or went afterwards ("the bodies were
    sent to", "he fled to Miami, Florida"), and the towns that people are from, given with
    their state or country ("Jane Cole, 57, of Dayton, Ohio"), a home far from the scene,
    which in a report from abroad may outnumber the scene's name, or after a person "from"
    or before a person ("a man from Dayton, Ohio,", "a Kenly, N.C., woman"; the state
    written short or not). A home town without a state ("John Reed, 19, of Shelton") is
    mostly where a local story happened, and so is a town before a person in a sentence
    that names no other town ("a Kenly, N.C., couple was shot dead in their home"), or the
    town of the officers who answered the call ("police officers from Dayton, Ohio, shot
    dead a gunman", not "... a gunman in Columbus")."""
    out: list[Mention] = []
    homes: list[Mention] = []
    skip = -1
    for i, m in enumerate(found):
        if i == skip:
            continue
        after = found[i + 1] if i + 1 < len(found) else None
        qualified = qualified_after(text, m, after)
        short = _US_STATE_AFTER.match(text, m.end - 1) if m.end else None
        state = after.end if qualified and after else (
            short.end() if short and _us_state_short(short.group("abbr"), text.isupper()) else None
        )
        before_person = state is not None and (
            _PERSON_ARTICLE.search(text, max(0, m.start - 8), m.start) is not None
            and _PERSON_AFTER.match(text, state) is not None
        )
        home = state is not None and (
            (qualified and _AGE_OF.search(text, max(0, m.start - 12), m.start) is not None)
            or _FROM_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
        )
        responders = state is not None and _RESPONDERS_FROM.search(text, max(0, m.start - 24), m.start) is not None
        if before_person or home or responders or _DESTINATION_BEFORE.search(text, max(0, m.start - 40), m.start):
            skip = i + 1 if qualified else -1
            if (before_person or responders) and not home:
                homes.extend(found[i:i + 2] if qualified else (m,))
            continue
        out.append(m)
    if homes and _home_is_all(out, homes):
        return sorted([*out, *homes], key=lambda k: k.start)
    return out


def _home_is_all(out: list[Mention], homes: list[Mention]) -> bool:
    """Whether the sentence names no place (``out``) besides the homes before a person
    (``homes``) but the home's own state: then the home is the likely scene. A country or
    another state named is the scene ("A Dayton, Ohio, man was killed in a bombing in
    Afghanistan")."""
    states = {p.admin1 if p.kind != "province" else p.name for k in homes for p in k.candidates}
    return all(k.candidates[0].kind == "province" and k.candidates[0].name in states for k in out)


def _as_region(text: str, m: Mention) -> Mention:
    """"Antioquia Department", "Niger State": the first-level division of that name only,
    not a city elsewhere that shares it (Antioquia is also an old name of Antakya)."""
    nxt = _next_word(text, m.end)
    if nxt not in REGION_NOUNS:
        return m
    regions = tuple(p for p in m.candidates if p.kind == "province")
    return Mention(m.start, m.end, m.surface, regions) if regions and len(regions) < len(m.candidates) else m


def _foreign_presence(text: str, m: Mention) -> bool:
    """"The American embassy", "two Italian engineers", "a Turkish tanker": a nationality
    of people or things abroad, which says where the incident was not rather than where
    it was. And "an Indian reservation", "the Indian tribe": the first peoples of the
    Americas, not India; "Central American", "Latin America": a region, not the US."""
    demonym = _ascii(m.surface).lower()
    if demonym in {"america", "american"} and _AMERICAS_BEFORE.search(text, max(0, m.start - 10), m.start):
        return True  # "the Central American University", "Latin America": not the US
    if demonym not in DEMONYMS:
        return False
    after = [w.strip(",.;:'\"") for w in text[m.end:m.end + 40].lower().split()[:2]]  # "U.S. Mormon missionaries"
    if demonym in {"u.s.", "american"} and bool(after) and after[0] in _US_ABROAD:
        return True
    if bool(after) and after[0] in _STRIKING_FROM_AFAR:
        return True  # "a Turkish drone", "Israeli jets": the attacker's, mostly across a border
    return any(w in _ABROAD for w in after) or (demonym == "indian" and bool(after) and after[0] in _FIRST_PEOPLES)


def _upper_case_names(text: str, found: list[Mention]) -> list[Mention]:
    """The place names of an all-capitals sentence (wire copy of the 1980s and 90s), where
    capitals tell nothing and "FROM", "SAME", "BANK" or "GARCIA" match towns somewhere.
    Kept: countries, nationalities and regions; names of two words or more; a city of
    100,000 people or more under its own name (a million when it is also a given name or
    a surname: "GEORGE", "RODRIGUEZ"); and a town right after "in", "at", "near"
    ("IN SANTA ANA", "NEAR ZACAMIL"). Not a town whose name is cut by the end of a
    hard-wrapped line with no stop ("IN NORTHERN SAN" of "SAN SALVADOR")."""
    out: list[Mention] = []
    for m in found:
        if m.candidates[0].kind in {"country", "province"} or " " in m.surface.strip():
            out.append(m)
            continue
        cut = not text[m.end:].strip() and not text.rstrip().endswith((".", "!", "?", '"'))
        least = 1_000_000 if a_persons_name(m.surface.lower()) else 100_000  # "GEORGE SHULTZ"
        if (len(m.surface) > 3 and any(p.population >= least and _named(p, m.surface) for p in m.candidates)) or (
            not cut and _PLACE_PREPOSITION.search(text, 0, m.start)
        ):
            out.append(m)
    return out


def _longer_name(text: str, m: Mention) -> bool:
    """"Pilar Ruiz", "Roman Garkusha": a small town's name followed by another name is
    the start of a person's name (a large city's is a facility in it: "Kandahar Airfield"),
    and so is a large city's other spelling that is no place's own name ("Adem Gul": Aden),
    also where it is a small town's own name ("Sali Berisha": Sali, Senegal; not Sale,
    Morocco, which has "Sali" among its other names)."""
    after = re.match(r"\s+([A-Z][a-z]+)\b", text[m.end:])
    if after is None or COUNTY.search(m.surface):
        return False
    if any(p.population >= 200_000 and _named(p, m.surface) for p in m.candidates):
        return False
    if _brand(text, m.end):
        return True
    if _us_state_not_a_name(m):
        return False  # "Vermont News", "Ohio Valley": the state, unless also a given name ("Virginia")
    word = after.group(1).lower()
    # A place's own name before another place's is a list or a town and its region
    # ("Kulgam Anantnag"); a name only some place has among its other names is not
    # ("Cano Limon", an oil field, is no Kano).
    alternate = not any(_named(p, m.surface) for p in m.candidates)
    return word not in _WITH_A_PLACE and (alternate or not gazetteer().find(after.group(1)))


# Two capitalised words or more after a name: "Kentucky Fried Chicken".
_WORDS_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){2,}\b")
# Words of a local institution's or building's name: "Illinois Masonic Medical Center" is
# in Illinois, "Lafayette Grand Theatre" in Lafayette.
_INSTITUTION_WORDS = frozenset(
    "center centre medical clinic institute theater theatre cinema library museum apartments courthouse".split()
)


def _brand(text: str, end: int) -> bool:
    """"Kentucky Fried Chicken", "California Pizza Kitchen": a name that two more words,
    none of them a place nor a word that goes with one, make a firm's or a brand's, found
    anywhere (not "Ohio State University", "Illinois Masonic Medical Center", "Texas
    Children's Hospital" or "Arizona Daily Star")."""
    after = _WORDS_AFTER.match(text, end)
    if after is None:
        return False
    return not any(_with_a_name(w) or gazetteer().find(w.title()) for w in after.group(0).lower().split())


def _with_a_name(word: str) -> bool:
    """A word (lower-case) that goes with a place's, a group's or a building's name, or
    is a landscape's, a date's or no name at all: "county", "party", "center", "valley",
    "monday"."""
    return (
        word in _WITH_A_PLACE or word in _ORGANISATION_AFTER or word in _NOT_A_SURNAME or word in STOP_NAMES
        or word in _INSTITUTION_WORDS
    )


def _us_state_not_a_name(m: Mention) -> bool:
    given, _ = person_names()
    return m.surface.lower() not in given and any(
        p.kind == "province" and p.country == "US" and _named(p, m.surface) for p in m.candidates
    )


def county_and_town_state(mentions: Iterable[Mention]) -> frozenset[str]:
    """The US states (lower-case) that a county of several states and a town of a few
    states the text names share, where they share only one: "Greenwood County" (Kansas,
    South Carolina) and "Greenwood" (Indiana, Mississippi, South Carolina) are both in South
    Carolina. Neither names a state alone,
    so without this the largest namesake of the town won, or the county stayed without a
    state."""
    mentions = list(mentions)

    def states(m: Mention, kinds: set[str]) -> frozenset[str]:
        return frozenset(p.admin1 for p in m.candidates if p.country == "US" and p.kind in kinds and p.admin1)

    counties = [s for m in mentions if COUNTY.search(m.surface) and len(s := states(m, {"province"})) > 1]
    # A town's name that is also a state's ("Washington") or that many states share says
    # too little.
    towns = [
        s for m in mentions
        if not any(p.kind == "province" for p in m.candidates) and 1 < len(s := states(m, {"city", "district"})) <= 3
    ]
    out: set[str] = set()
    for county in counties:
        for town in towns:
            if len(shared := county & town) == 1:
                out |= {s.casefold() for s in shared}
    return frozenset(out)


def us_state_votes(text: str) -> int:
    """How many times ``text`` writes a US state the way datelines do ("York, Pa.").
    Not a postal code in an all-capitals text, where ", IN THE", ", OR", ", ME" are words."""
    n = 0
    upper = text.isupper()
    for m in _US_STATE_AFTER.finditer(text):
        if _us_state_short(m.group("abbr"), upper):
            n += 1
    return n


def _us_state_short(abbr: str, upper: bool) -> bool:
    """Whether ``abbr`` (:data:`_US_STATE_AFTER`) is a US state written short: an
    abbreviation ("Pa.", "N.J.") or a postal code ("OH"), not one in an all-capitals
    (``upper``) text, where ", IN THE", ", OR", ", ME" are words."""
    return abbr.lower().replace(" ", "") in US_STATE_ABBREV or (abbr in US_STATE_CODES and not upper)


def home_votes(outlet: str, filed_from: str, filed: Place | None, url: str = "") -> Counter[str]:
    """Votes from where the outlet is: a city or state its name or address names (2), and
    a dateline that names a town but no state ("PITTSBURGH", "WALWORTH COUNTY", 1), or the
    country after its town ("KABUL, Afghanistan", 1), or a province of one country there
    ("LEEDS, England"). The
    item's web address stands in for an outlet whose name tells nothing (a feed's name)."""
    g = gazetteer()
    votes: Counter[str] = Counter()
    home = next((cc for o in (outlet, url) if o and (cc := g.outlet_country(o))), None)
    if home is not None:
        votes[home] += 2
    if filed is None and filed_from:
        # A wire service files from a capital about its neighbours: a tie-breaker only. Of a
        # town and its country ("KABUL, Afghanistan"), the country: the town alone is any
        # namesake's.
        head, _, tail = filed_from.rpartition(",")
        found = g.find(tail.strip())
        named = [m for m in found if any(p.kind == "country" for p in m.candidates)] or [
            # or a province of one country in its place ("LEEDS, England", "QUETTA, Balochistan")
            m for m in found
            if m.candidates and all(p.kind == "province" for p in m.candidates) and len({p.country for p in m.candidates}) == 1
        ]
        for cc in g.country_context(named if head else g.find(filed_from.title()) or _town_alone(filed_from)):
            votes[cc] += 1
    return votes


def country_votes(
    mentions: list[Mention],
    texts: list[str],
    filed: Place | None = None,
    home: Counter[str] | None = None,
    cues: Counter[str] | None = None,
    small_places: bool = True,
) -> Counter[str]:
    """The article's country votes: its place mentions, US states written as
    abbreviations (each worth a country name), a dateline naming a US state (``filed``,
    worth more: a local outlet's own town outweighs namesakes in the story) and the
    outlet's home and a dateline's town (``home``, :func:`home_votes`). ``cues``: the
    texts' institution cues, when the caller has counted them already. ``small_places``:
    whether villages and small towns vote when no known place does (not when these texts
    are part of a story whose known places are in the US: "near the Bellagio fountains" in
    a Las Vegas story is no Italian village; nor then the weak cues, a leader's or a party's
    name, read last, when nothing else tells the country)."""
    votes = gazetteer().country_context(mentions)
    homes = gazetteer().actor_countries
    groups = {cc for t in texts for a in actor_table().find(t) if (cc := homes.get(a.actor))}
    _namesakes_at_home(votes, mentions, texts, groups)
    if home:
        votes.update(home)
    us = sum(us_state_votes(t) for t in texts)
    if us:
        votes["US"] += 4 * us
    if filed is not None:
        votes[filed.country] += 8
    if not votes and small_places:
        votes = small_place_votes(texts)  # no known place at all: try villages and small towns
    block = any(_US_BLOCK.search(t) for t in texts)
    if block:
        votes["US"] += 3  # as a place of the US would
    if us or block or (filed is not None and filed.country == "US") or _us_anchor(mentions, texts, cues):
        _outweigh_namesakes(votes, mentions)
    # Israeli settlements lie in the West Bank (and once lay in Gaza): "a settlement" in a
    # text about Israelis or Palestinians points there.
    if any(_SETTLEMENT.search(t) for t in texts) and any(_ISRAEL.search(t) for t in texts):
        votes["PS"] += 3
    # A group that fights in one country only tells the country as a demonym would.
    for cc in groups:
        votes[cc] += 2
    if not votes and small_places and not (cues if cues is not None else gazetteer().cue_votes(texts)):
        # Nothing else tells the country: a leader, a party or the people in the plural may.
        votes = gazetteer().weak_cue_votes(texts)
    return votes


def _namesakes_at_home(votes: Counter[str], mentions: list[Mention], texts: list[str], groups: set[str]) -> None:
    """A town or region of several countries' name ("Merida": Mexico, Venezuela, Spain),
    or of a large town abroad and a village at home ("Tangua": Brazil; a village of
    Colombia), is the one in the country that the text's groups of one country
    (``groups``), or else its leaders and parties, point to: the mention's vote (for the
    largest namesake, or none) goes to that country. Without this "FARC rebels kidnapped
    councillors in Tangua" was put in Brazil."""
    namesakes = [(m, countries) for m in mentions if len(countries := _countries_of_town(m)) > 1]
    if not namesakes:
        return
    cued = groups or set(gazetteer().weak_cue_votes(texts))
    for m, countries in namesakes:
        if len(at_home := countries & cued) == 1:
            given = gazetteer().country_context([m])
            votes.subtract(given)
            votes[next(iter(at_home))] += max(1, given.total())
            for cc in given:
                if votes[cc] <= 0:
                    del votes[cc]


def _countries_of_town(m: Mention) -> set[str]:
    """The countries of the towns and regions ``m`` may name, with the village of that
    name where only one country has one; none for a country's name or people."""
    if any(p.kind == "country" for p in m.candidates):
        return set()
    countries = {p.country for p in m.candidates}
    if village := small_places().get(_ascii(m.surface).lower()):
        countries.add(village)
    return countries


def _us_anchor(mentions: list[Mention], texts: list[str], cues: Counter[str] | None = None) -> bool:
    """Whether the text names something only the US has: a state under its own name and
    no other ("Connecticut", not "Georgia" or "New York"), a county, a large US city
    that no other country has ("Memphis"), or a US institution ("the sheriff's office";
    ``cues``: the texts' :meth:`~monitor.extract.gazetteer.Gazetteer.cue_votes`, when the
    caller has them already)."""
    for m in mentions:
        cands = m.candidates
        if all(p.country == "US" for p in cands) and (
            any(p.kind == "province" for p in cands) or max(p.population * (p.kind == "city") for p in cands) >= 100_000
        ):
            return True
    return "US" in (cues if cues is not None else gazetteer().cue_votes(texts))


def countries_named(mentions: Iterable[Mention], besides_us: bool = False) -> frozenset[str]:
    """The countries a text names by their own name, their people or a region of theirs,
    not only by towns (a city that is its own region, "Berlin", "San Luis", is a town's
    name, which namesakes share); ``besides_us``: not counting a name the US has too
    ("Georgia")."""
    return frozenset(
        p.country for m in mentions for p in m.candidates
        if (p.kind == "country" or (p.kind == "province" and not _city_state(m, p.country)))
        and not (besides_us and any(q.country == "US" for q in m.candidates))
    )


def _city_state(m: Mention, country: str) -> bool:
    """Whether ``m`` names a city of ``country`` as well as its region of the same name
    ("Berlin", "Hamburg"): a town's name all the same, which namesakes share."""
    return any(p.kind == "city" and p.country == country for p in m.candidates)


def _outweigh_namesakes(votes: Counter[str], mentions: list[Mention]) -> None:
    """In a text anchored in the US, a country named only by towns ("Berlin", "Whitehaven",
    "Trang": namesakes, surnames) does not outvote it: a foreign scene needs its country,
    its people or a region of it named too."""
    named = countries_named(mentions, besides_us=True)
    towns_only = [cc for cc in votes if cc != "US" and cc not in named]
    if towns_only:
        votes["US"] = max(votes["US"], *(votes[cc] + 1 for cc in towns_only))


def sentence_places(
    text: str,
    found: list[Mention],
    context_top: str | None,
    context: Counter[str],
    provinces: frozenset[str] = frozenset(),
    state: str | None = None,
    named: frozenset[str] | None = None,
) -> list[Place]:
    """The places of one sentence, from its place-name mentions ``found``; with the US
    ``state`` of the dateline, none of another state (a victim's home state, a namesake);
    with the countries the text ``named`` (:func:`countries_named`), no town of a country
    the text does not name and whose votes trail the leader's by two or more: "Santos" in
    a story of a US city, "La Victoria" in one of Colombia, are surnames or namesakes."""
    g = gazetteer()
    out: list[Place] = []
    upper = text.isupper()
    headline = title_case(text)  # every word capitalised: a capital says no name ("Shot in Face in Ohio")
    if context_top == "US" and not upper and not headline:
        found = _towns_of_the_states(text, found, provinces)
    attacked = [m for m in found if _ends_before(_ATTACK_AT, text, m.start)]
    for m in found:
        nxt = _next_word(text, m.end)
        if nxt in _NOT_A_TOWN_AFTER and not _building_of_the_town(text, m.start, m.end):
            continue  # "Winchester Road", "Kabul University": a street or building, not the town
        if attacked and m not in attacked and _TREATED.search(text, max(0, m.start - 30), m.end + 30):
            continue  # where the wounded are treated, not the scene, when the attack's own place is named
        if not upper and m.candidates[0].kind in {"city", "district"} and _person_name(text, m.start, m.end):
            continue
        if (
            state and m.candidates[0].kind in {"city", "district"}
            and _PERSON_ARTICLE.search(text, max(0, m.start - 8), m.start) and _PERSON_AFTER.match(text, m.end)
        ):
            continue  # "KENLY, N.C. - A Raleigh man was shot": his home; the dateline names the scene's town
        if (
            nxt in _METONYMY_VERBS and not (
                (nxt in _SCENE_VERBS or m is found[-1]) and _ends_before(_PLACE_PREPOSITION, text, m.start)
            )
        ) or (
            (
                (text[m.end:m.end + 2] in {"'s", "’s"} and not _scene_in_a_capital(text, m, found))
                or nxt in _GOVERNMENT_AFTER
            )
            and m.candidates[0].kind == "city" and _is_capital(m)
        ):
            continue  # "Washington said", "Kabul's demands", "the Rome foreign ministry": a government, not a scene
        place = g.resolve(_in_the_city_named(m, found), context, nxt, provinces)
        if place is not None and place.kind in {"city", "district"} and not upper:
            place = _in_the_region_before(text, m, found, place) or _as_written(m, place)
        if place is not None and not headline and (
            town := _unknown_town(text, m, place) or _town_of_a_people(text, m, place) or _district_of(text, m, place)
        ):
            out.append(town)
        if place is not None and place.kind != "country":
            if state and place.country == "US" and place.admin1 and place.admin1 != state:
                continue
            if (
                named is not None and place.kind == "city" and place.country not in named and context_top is not None
                and context[context_top] >= context[place.country] + 2
            ):
                continue
            if context_top is not None and place.country != context_top and _BEARING_BEFORE.search(text, 0, m.start):
                continue  # "a village north of Jerusalem", "10 km from Copacabana": across a border from the scene
            out.append(place)
    # Within a sentence the most specific place is the scene: "Tulsa, Oklahoma" is Tulsa.
    out.sort(key=lambda p: p.kind == "province")
    # No known town: a village or small town of the article's country named as the scene
    # ("in Ghisonaccia", "in Cargese, on the island of Corsica"). Not in the US, whose small
    # towns are read with their state (:func:`_towns_of_the_states`).
    if (
        context_top is not None and context_top != "US" and not headline
        and not any(p.kind in {"city", "district"} for p in out) and (town := small_town(text, context_top))
    ):
        out.insert(0, town)
    cap = _CAPITAL.search(text)
    if cap and not any(p.kind in {"city", "district"} for p in out):
        adj = (cap.group("adj") or "").lower()
        cc = DEMONYMS.get(adj) or (context_top if not adj or adj in {"afghan"} else None)
        capital = g.capital_of(cc) if cc else None
        if capital is not None:
            out.insert(0, capital)
    return out


def _in_the_city_named(m: Mention, found: list[Mention]) -> Mention:
    """``m`` as the quarters of the city the sentence names too (``found``), where it is
    a quarter of several: "in Saddar, Rawalpindi" is Rawalpindi's Saddar, not Karachi's."""
    cities = {_spelling(p.name) for k in found if k is not m for p in k.candidates if p.kind == "city"}
    kept = tuple(p for p in m.candidates if p.kind == "district" and _spelling(p.city) in cities)
    return Mention(m.start, m.end, m.surface, kept) if kept and len(kept) < len(m.candidates) else m


# A region's name and "'s" right before a name: "Manipur's Bishnupur district".
_REGION_S_BEFORE = re.compile(r"['’]s\s+$")


def _in_the_region_before(text: str, m: Mention, found: list[Mention], place: Place) -> Place | None:
    """The town or district ``m`` (resolved to ``place``) as a place of the region of its
    country named with "'s" right before it ("in Manipur's Bishnupur district"), without
    coordinates, when ``place`` is a namesake in another region (Bishnupur, West Bengal);
    None otherwise."""
    before = _ends_before(_REGION_S_BEFORE, text, m.start)
    if before is None:
        return None
    regions = [
        p for k in found if k.end == before.start() for p in k.candidates
        if p.kind == "province" and p.country == place.country
    ]
    if not regions or any(r.admin1 == place.admin1 for r in regions):
        return None
    return Place(m.surface, "city", place.country, regions[0].admin1, None, None)


# A district after its region's "'s": "Manipur's Jiribam district", "in Balochistan's
# Musakhel district".
_DISTRICT_AFTER_S = re.compile(
    r"['’]s\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:district|county|tehsil|subdivision)\b"
)


def _district_of(text: str, m: Mention, place: Place) -> Place | None:
    """The district after the name of the region ``m`` (resolved to the first-level
    division ``place``) and "'s" that the gazetteer does not know there
    (:data:`_DISTRICT_AFTER_S`): the scene, in that region, without coordinates. A district
    known there is a mention of its own (:func:`_in_the_region_before`)."""
    found = _DISTRICT_AFTER_S.match(text, m.end)
    if found is None or place.kind != "province":
        return None
    name = found.group("name")
    if any(_with_a_name(w) for w in name.lower().split()) or any(
        p.country == place.country for k in gazetteer().find(name) if k.end - k.start == len(name) for p in k.candidates
    ):
        return None
    return Place(name, "district", place.country, place.admin1 or place.name, None, None)


def _building_of_the_town(text: str, start: int, end: int) -> bool:
    """Whether the town's name (``start``..``end``) is told as where a building stands, with
    the building's word in lower case after it: "a crowded Manila mall", "over Erbil
    airport", "outside the Kabul airport". Not a person's name after "the": "the Kennedy
    airport", "the Jackson hospital" are buildings' names ("Kabul University", "Winchester
    Road" likewise); nor where someone was taken to ("taken to the Oak Grove hospital"), a
    place after the scene. A large city's airport under its name is at the city, the word
    capitalised or not ("near Kandahar Airport")."""
    name = text[start:end]
    if _AIRPORT_AFTER.match(text, end):
        # "near Kandahar Airport": a city's airport takes the city's name and lies at it
        return not _airport_of_a_person(text, start, end) and any(
            p.population >= 100_000 and _named(p, name) for m in gazetteer().find(name) for p in m.candidates
        )
    word = _WORD_AFTER_LOWER.match(text, end)
    if word is None or word.group(1) not in _NOT_A_TOWN_AFTER - _STREET_AFTER:
        return False
    the = _THE_AND_WORD_BEFORE.search(text, max(0, start - 30), start)
    if the is None:
        return True
    return not (_persons(name) or _ends_before(_TO_BEFORE, text, the.start()))


def _persons(name: str) -> bool:
    """Whether a town's ``name`` is also a person's (:func:`a_persons_name`, :data:`_GIVEN_NAMES`)."""
    return a_persons_name(name.lower()) or name.lower() in _GIVEN_NAMES


def _airport_of_a_person(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``..``end`` is a person's before "Airport": the airport's
    own name ("Kennedy Airport", "Reagan National Airport"), which tells neither the town
    nor the country ("Kennedy" is also a district of Bogota)."""
    return _AIRPORT_AFTER.match(text, end) is not None and _persons(text[start:end])


_WORD_AFTER_LOWER = re.compile(r"\s+([a-z]+)\b")
_AIRPORT_AFTER = re.compile(r"\s+(?:(?:International|National)\s+)?(?:Airport|Airfield|Air\s+Base)\b")
# "the" and perhaps one lower-case word before a town's name ("the crowded Kabul airport")
_THE_AND_WORD_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?$")
_TO_BEFORE = re.compile(r"\bto\s+$")


def _as_written(m: Mention, place: Place) -> Place:
    """``place`` under the half of GeoNames' double name the text writes ("San Sebastian",
    not "Donostia / San Sebastian"), or without GeoNames' "Town" ("Eravur" for Eravur
    Town). Any other name the text gives (an older form, "Kiev"; a transliteration,
    "Sederot"; a misspelling, "Mogadisho"; a name cut short, "Ho Chi Minh") gives way to the
    gazetteer's: one place keeps one name across reports, which is what alerts show and
    what matching compares."""
    if place not in m.candidates:
        return place
    written = _spelling(_ascii(m.surface))
    for part in (*place.name.split(" / "), place.name.removesuffix(" Town")):
        if part != place.name and _spelling(_ascii(part)) == written:
            return dataclasses.replace(place, name=part)
    return place


# A capitalised name after a preposition of place, or "the town of": "in Latta", "near the
# town of Roundup".
_TOWN_AFTER_PREPOSITION = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside(?:\s+of)?)\s+(?:the\s+(?:town|village|borough|city|township)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
# A town's name before its police: "Sylvester police said", "the Albion Public Safety
# Department": a small town's own force works the town.
_TOWN_BEFORE_POLICE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:[Pp]olice|Public\s+Safety)\b"
)
# Not the town's force at work there: one of its men ("a former Latta police chief"), a
# force that made an arrest, anywhere ("arrested by Latta police"), or a kind of force,
# no town's ("Harbor Police", "Transit Police").
_POLICE_MAN_AFTER = re.compile(
    r"\s+(?:[Pp]olice|Public\s+Safety)\s+(?:[Dd]epartment\s+)?(?:officers?|chief|sergeant|sgt\.|detectives?|captain|lieutenant|lt\.)\b"
)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
_NO_TOWN_S_FORCE = frozenset(
    "harbor harbour port park parks transit campus university college capitol airport metro tribal state county "
    "city school housing railroad".split()
)
# A verb of where someone lives or works before "in": "a man who lived in Latta", "worked
# in Latta for 20 years": a home, not the scene.
_HOME_BEFORE = re.compile(
    r"\b(?:lived|lives|living|resided|resides|residing|worked|works|working|grew\s+up|raised|born|moved)"
    r"(?:\s+\w+ly)?\s+$"
)


def _towns_of_the_states(text: str, found: list[Mention], provinces: frozenset[str]) -> list[Mention]:
    """``found`` with the small US towns (:func:`~monitor.extract.gazetteer.us_town`) that
    ``text`` names after a preposition of place ("in Latta", "near Roundup") or before
    their police ("Sylvester police said") in a story of the US that names their state
    (``provinces``): a town of one of its states only. The longest run of the capitalised
    words next to the cue that is one ("in Latta Saturday": Latta); none that overlaps a
    name the gazetteer knows in those states or abroad (one it knows only in other states
    is the town of the story's state instead); none that opens a building's or an
    organisation's name (:func:`_named_after_a_town`), none where someone lived or worked
    (:data:`_HOME_BEFORE`); a town's police only in a sentence that names no other town,
    not its men nor a force that made an arrest (:data:`_POLICE_MAN_AFTER`)."""
    states = {state for p in provinces if (state := us_state_name(p)) is not None}
    if not states:
        return found
    added: list[Mention] = []
    taken: list[tuple[int, int]] = []  # the spans of ``added``, in order
    replaced: set[int] = set()  # the indices of the names of ``found`` a town replaces
    starts = [k.start for k in found]
    # after a preposition, the words from the first: "in Latta Saturday"; before the
    # police, the words to the last: "The Sylvester Police"
    runs = [
        (m, False) for m in _TOWN_AFTER_PREPOSITION.finditer(text)
        if not _HOME_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ]
    if not any(k.candidates[0].kind not in {"province", "country"} for k in found):
        # a town's police tell the scene only in a sentence that names no other town
        runs += [
            (m, True) for m in _TOWN_BEFORE_POLICE.finditer(text)
            if not _POLICE_MAN_AFTER.match(text, m.end("name"))
            and not _BY_BEFORE.search(text, max(0, m.start() - 8), m.start())
        ]
    for m, police in runs:
        first, last = m.span("name")
        under = overlapping(found, starts, first, last)
        i = bisect_left(taken, (last,))
        if (i and taken[i - 1][1] > first) or not all(elsewhere_in_the_us(found[j], states) for j in under):
            continue
        words = [w.span() for w in re.finditer(r"\S+", text[first:last])]
        other_town = any(k.candidates[0].kind not in {"province", "country"} for j, k in enumerate(found) if j not in under)
        spans = [(first + a, last) for a, _ in words] if police else [(first, first + b) for _, b in reversed(words)]
        for start, end in spans:
            name = text[start:end]
            if (police and name.lower() in _NO_TOWN_S_FORCE) or _named_after_a_town(text, end, other_town):
                break
            towns = [t for state in states if (t := us_town(name, state)) is not None]
            if len(towns) == 1:
                replaced.update(overlapping(found, starts, start, end))
                added.append(Mention(start, end, name, (towns[0],)))
                insort(taken, (start, end))
                break
            if towns:
                break  # a town of two of the story's states: neither
    if not added:
        return found
    return sorted([*(k for j, k in enumerate(found) if j not in replaced), *added], key=lambda k: k.start)


_CAPITALISED_WORDS = re.compile(r"(?:\s+[A-Z][\w'’-]*)+")


def _named_after_a_town(text: str, end: int, other_town: bool) -> bool:
    """Whether the town's name that ends at ``end`` opens the name of a street or an
    organisation ("Latta Road", "Commerce Bank"), or, in a sentence that names another
    town (``other_town``), of a building: "Trinity Baptist Church in Houston" (capitalised
    words to a word for one). A school or a church named after the only town named is
    the town's ("at Latta High School")."""
    after = _CAPITALISED_WORDS.match(text, end)
    words = {w.lower() for w in after.group().split()} if after else set()
    buildings = _NOT_A_TOWN_AFTER | _INSTITUTION_WORDS if other_town else _STREET_AFTER
    return _FACILITY_IN_TOWN.match(text, end) is not None or bool(words & (buildings | _ORGANISATION_AFTER))


# A part or a building of a town after a capital's "'s": its own name ("Kabul's Shor
# Bazaar", "Kabul's PD16") or a word for one within a few words ("Delhi's crowded old
# quarter", "at Madrid's airport"), not an abstract noun ("in Delhi's view", "in Kabul's eyes").
_QUARTER_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z0-9]|(?:[\w'’-]+\s+){0,3}?(?:markets?|bazaars?|quarters?|districts?|neighbou?rhoods?|streets?"
    r"|roads?|avenues?|squares?|lanes?|areas?|suburbs?|outskirts|city|centre|center|downtown|slums?|township"
    r"|airport|station|hospital|hotel|stadium|school|university|church|mosque|temple|prison|jail|mall|embassy"
    r"|barracks|base|port|harbou?r)s?\b)"
)


def _scene_in_a_capital(text: str, m: Mention, found: list[Mention]) -> bool:
    """"in Kabul's Shor Bazaar", "in Delhi's old quarter": a capital's name and "'s" after a
    preposition of place, then a part of a town (:data:`_QUARTER_AFTER`), is the city (not
    its government: "Kabul's demands", "in Moscow's view"), unless the sentence names a
    quarter of it, which is the scene ("in Kabul's Khair Khana area")."""
    names = {_spelling(p.name) for p in m.candidates}
    return _ends_before(_PLACE_PREPOSITION, text, m.start) is not None and _QUARTER_AFTER.match(text, m.end) is not None and not any(
        p.kind == "district" and _spelling(p.city) in names for other in found for p in other.candidates
    )


# A town the gazetteer does not know, right before the region or the country it lies in
# ("in Kadawa village, Zamfara State", "near Shiroro in Niger State", "in Khar, in
# Pakistan's Bajaur district", "the town of Palma in Cabo Delgado", "in Solhan in northern
# Burkina Faso", "in Solhan, a village in northern Burkina Faso", "in the Sangin district
# of Helmand province": ``district``), or before the distance to a town ("near the village
# of Dogon Noma, 30 km north of Jos": ``bearing``). Up to three capitalised words after a
# preposition of place; the region, country or town is the mention that follows.
_TOWN_BEFORE_REGION = re.compile(
    r"(?:\b(?:in|at|near|outside|around)\s+(?:(?P<of>the\s+(?:village|town|community|hamlet|settlement)\s+of\s+)"
    r"|(?P<article>the\s+))?|\b(?P<the>the\s+(?:village|town|community|hamlet|settlement)\s+of\s+))"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?P<village>\s+(?:village|town))?"
    r"(?:(?:\s*,\s*(?:in\s+|(?:a|an)\s+(?:small\s+|remote\s+)?(?:village|town|community|hamlet|settlement)\s+in\s+)?"
    r"|\s+in\s+|(?P<district>\s+(?:district|area|territory)\s+of\s+))(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)?(?:the\s+)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central)(?:ern)?\s+)?"
    r"|(?P<bearing>,\s+(?:about\s+|some\s+|around\s+)?\d+\s*(?:km|kms|kilometers|kilometres|miles)\s+"
    r"(?:\w+\s+)?(?:of|from)\s+))$"
)


# Feasts, fasts and services, capitalised like a town and written after "at" as a town
# is: "at Eid in Zamfara State", "at Easter Mass in Plateau State".
_OBSERVANCES = frozenset(
    "eid ramadan ramzan iftar tarawih taraweeh ashura muharram mawlid easter christmas lent pentecost advent "
    "mass vespers diwali holi navratri dussehra durga puja hanukkah passover purim sabbath shabbat yom kippur "
    "nowruz navruz thanksgiving halloween".split()
)


def _unknown_town(text: str, anchor: Mention, place: Place) -> Place | None:
    """The town before ``anchor`` (resolved to ``place``) that the gazetteer does not know
    in that country (:data:`_TOWN_BEFORE_REGION`): the scene, in that country and region,
    without coordinates. ``place`` is a first-level division or a country (not a
    nationality: "in Garissa, Kenyan police said"), or any place the town is measured
    from. Not a word of a building's, a group's or a person's name, a weekday, a month or
    a feast (:data:`_OBSERVANCES`), nor a name the gazetteer knows there (a known town
    there is a mention of its own, or was ruled out as a person's name)."""
    found = _ends_before(_TOWN_BEFORE_REGION, text, anchor.start)
    if found is None:
        return None
    if (found.group("article") and not found.group("district")) or (
        found.group("district") and (found.group("the") or found.group("village"))
    ):
        return None  # "the" before the name only with "district of" after it: "in the Sangin district of"
    if found.group("bearing") is None and (
        place.kind not in {"province", "country"} or _ascii(anchor.surface).lower() in DEMONYMS
        or (place.kind == "country" and text[anchor.end:anchor.end + 2] in {"'s", "’s"})  # its region follows
    ):
        return None
    name = found.group("name")
    words = name.lower().split()
    if any(_with_a_name(w) or w in _OBSERVANCES for w in words):
        return None
    named_so = found.group("of") or found.group("the") or found.group("village")  # "the village of X", "X village"
    if actor_table().canonical(name) is not None or (
        not named_so and len(words) > 1 and words[0] in person_names()[0]
    ):
        return None  # "in Boko Haram", "near Ahmed Musa": a group, a person (not "Dan Kurmi village")
    known = gazetteer().find(name)
    # A known town there under the whole name; a name part of which is one is not that town
    # ("Kwanar Dutse": Dutse lies in another state).
    if any(p.country == place.country for m in known if m.end - m.start == len(name) for p in m.candidates) or any(
        all(p.kind in {"country", "province"} for p in m.candidates) for m in known
    ):
        return None  # a town known there, or a list of regions or countries ("in Kenya, Somalia and ...")
    return Place(name, "city", place.country, place.admin1, None, None)


# "the Peruvian town of Yunguyo", "the Malian village of Ogossagou": a town named with the
# people of its country before it.
_OF_A_PEOPLE = re.compile(
    r"\s+(?:town|city|village|hamlet|port|border\s+town)\s+of\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _town_of_a_people(text: str, m: Mention, place: Place) -> Place | None:
    """The town after "the <people's> town of" (:data:`_OF_A_PEOPLE`) that the gazetteer
    does not know in that country (a namesake abroad, or none): the scene, in that country,
    without coordinates. A town known there is a mention of its own. Not a people whose lands
    lie in several countries (:data:`~monitor.extract.gazetteer.PEOPLES_ACROSS_BORDERS`): "the
    Kurdish town of" names no country; "the Chechen village of" names Russia."""
    found = _OF_A_PEOPLE.match(text, m.end)
    if (
        found is None or place.kind != "country" or (people := _ascii(m.surface).lower()) not in DEMONYMS
        or people in PEOPLES_ACROSS_BORDERS or not _ends_before(_THE_BEFORE, text, m.start)
    ):
        return None
    name = found.group("name")
    if any(_with_a_name(w) or w in _OBSERVANCES for w in name.lower().split()):
        return None
    known = [k for k in gazetteer().find(name) if k.end - k.start == len(name)]
    if any(p.country == place.country for k in known for p in k.candidates):
        return None
    return Place(name, "city", place.country, None, None, None)


def dateline_place(filed_from: str) -> Place | None:
    """The US state a dateline names ("CUMBERLAND, Ind.", "ROUNDUP, Montana") and, when
    the gazetteer knows it there (or a small town there, :func:`us_town`), the town: where
    a local outlet filed from, which beats a same-named town of another state
    ("Cumberland" in Rhode Island). A US town alone in capitals ("JOLIET — ") is the
    town (:func:`_bare_us_town`)."""
    head, sep, tail = filed_from.rpartition(",")
    if not sep:
        return _bare_us_town(filed_from)
    g = gazetteer()
    tail = tail.strip()
    name = US_STATE_ABBREV.get(tail.lower().replace(" ", ""))
    states = [p for m in g.find(name or tail) for p in m.candidates if p.kind == "province" and p.country == "US"]
    if not states:
        return None
    state = states[0]
    towns = [
        p for p in [*(p for m in g.find(head.title()) for p in m.candidates), *g.stopped_towns(head)]
        if p.kind in {"city", "district"} and p.country == "US" and p.admin1 == state.name
    ]
    if towns:
        return max(towns, key=lambda p: p.population)
    return us_town(head, state.name, True) or state


# "NAIROBI, Kenya - ", "BAGHDAD, March 3 (Reuters) - ": a dateline with a plain hyphen,
# which :func:`~monitor.extract.text.dateline` leaves alone (a hyphen after capitals opens
# many a sentence); taken only at the very start of the text, and
# only when a country other than the US follows the town, or a wire service's name ends a
# dateline that is the town alone ("ISLAMABAD (Reuters) - ", any agency's: "OUAGADOUGOU
# (Pajhwok) - "), a date between them or not (and then the town in capitals or not:
# "Beirut, Nov 18 (Reuters) - "): after a town and a US state
# the dateline is left in the text, wire service or not ("IRONDALE, Ala. (AP) - ";
# :func:`_hyphen_dateline`).
_HYPHEN_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'/-]{2,40}(?:,\s*(?P<where>[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2}))?"
    rf"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?={DATELINE_DATE}))"
    rf"(?:{DATELINE_DATE})?\s*(?P<wire>{DATELINE_AGENCY})?\s+-\s+"
)

#: A US broadcaster in a dateline's brackets: a call sign ("DETROIT (WJBK) - ", "(KCTV5)")
#: or a network's name ("CHICAGO (CBS) - ", "(CBSLA)", "(Patch)"): a local station's own
#: town, mostly the scene, not a wire service's bureau.
_CALL_SIGN = re.compile(
    r"\((?:[KW][A-Z]{2,3}(?:-?TV)?\d{0,2}|(?:CBS|NBC|ABC|FOX|Fox|CNN|CW|PBS|NPR|Patch|WGN|Spectrum)(?:[ -]?[A-Za-z0-9]{1,12})?)\)"
)


def _hyphen_dateline(text: str) -> tuple[str | None, str]:
    """A dateline that a plain hyphen ends (:data:`_HYPHEN_DATELINE`), split from the text
    when a country's name follows the town ("NAIROBI, Kenya - ") or a wire service's name
    ends the town alone ("ISLAMABAD (Reuters) - "): a bureau, which files about its region.
    Not a US town and state, with a wire service's name or without ("IRONDALE, Ala. - ",
    "IRONDALE, Ala. (AP) - "), nor a town and a station's call sign ("DETROIT (WJBK) - "):
    a local outlet's own town, mostly the scene, which the text then still names. A town
    not in capitals ("Kandahar, Afghanistan — ") stays in the text: online copy that opens
    so is mostly filed from the scene, and the text may name no other place."""
    m = _HYPHEN_DATELINE.match(text)
    if m is None:
        return None, text
    where = m.group("where")
    if where is None:
        wire = m.group("wire")
        if wire is None and _towns_named(m.group("place").strip()):
            # a town alone: a bureau's, which files about its region ("BAGHDAD - Gunmen
            # killed an activist in Basra"), or a local outlet's own town, which a scene
            # the text names beats (:func:`dateline_place` sets a story that names none there)
            return m.group("place").strip(), text[m.end():]
        return (m.group("place").strip(), text[m.end():]) if wire and not _CALL_SIGN.fullmatch(wire) else (None, text)
    found = gazetteer().find(where)
    cands = found[0].candidates if len(found) == 1 and found[0].surface == where else ()
    countries = {p.country for p in cands if p.kind == "country" and p.country != "US"}
    if not countries or any(p.kind == "province" and p.country == "US" for p in cands):
        return None, text
    return m.group("place").strip(), text[m.end():]


def _bare_us_town(name: str) -> Place | None:
    """The US town a dateline's town alone in capitals names ("MILWAUKEE — ", "JOLIET – "):
    a local outlet's own town, where a story that names no other place is set, when the
    largest town of that name is in the US. Not the capital ("WASHINGTON — "), a bureau
    that files about the world."""
    towns = _towns_named(name)
    if not towns:
        return None
    town = max(towns, key=lambda p: p.population)
    return town if town.country == "US" and gazetteer().capitals.get("US") != town.name else None


def bare_dateline_in_the_texts_state(
    filed_from: str, filed: Place | None, mentions: Iterable[Mention]
) -> Place | None:
    """A US town alone in capitals (``filed``, its largest namesake: :func:`_bare_us_town`)
    moved to the namesake in the state the text's towns and states are in: "AURORA - ...
    in Naperville" is Aurora, Illinois, not the largest Aurora (Colorado), whose state
    would have vetoed Naperville as a town of another state."""
    if filed is None or "," in filed_from:
        return filed
    namesakes = {p.admin1: p for p in _towns_named(filed_from) if p.country == "US" and p.admin1}
    if len(namesakes) < 2:
        return filed
    votes: Counter[str] = Counter()
    for m in mentions:
        states = {c.admin1 or "" for c in m.candidates if c.country == "US" and c.kind in {"city", "province"}}
        states |= {c.name for c in m.candidates if c.country == "US" and c.kind == "province"}
        for state in states & namesakes.keys():
            votes[state] += 1
    best = max(votes, key=lambda st: (votes[st], st == filed.admin1), default=None)
    return namesakes[best] if best is not None and votes[best] > votes[filed.admin1 or ""] else filed


def _towns_named(name: str) -> list[Place]:
    """The towns and quarters ``name``, a dateline's town alone in capitals, names under
    its whole name (none for a name not in capitals or with a comma: "UPDATE" is none)."""
    if not name.isupper() or "," in name:
        return []
    return [p for m in _town_alone(name) for p in m.candidates if p.kind in {"city", "district"}]


def _town_alone(name: str) -> list[Mention]:
    """The mentions of a dateline's town alone ("BAGHDAD"), as the gazetteer finds its
    whole name; for a name that is never a place alone (:data:`STOP_NAMES`: "NICE"), its
    towns under that very name, since a dateline is where a place is expected."""
    title = name.title()
    found = [m for m in gazetteer().find(title) if m.surface == title]
    stopped = tuple(p for p in gazetteer().stopped_towns(title) if _named(p, title))
    return found or ([Mention(0, len(title), title, stopped)] if stopped else [])


# A US town and state opening the text before a dash, whatever the brackets between say
# ("INDIANAPOLIS, Ind. (Dec. 10, 2015) – ", "LONGMONT, Colo. (CBS4) – ", "LOUISVILLE, Ky. - ").
_US_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'-]{2,40},\s*[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][A-Za-z.]+)?)"
    # a dash glued to the first word, as some pages print it: "(January 3, 2016)–Police said"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:(?:-{1,2}|–|—)\s|[–—](?=[A-Z]))"
)


def _us_dateline(filed_from: str) -> bool:
    """Whether ``filed_from`` is a US town and state (:func:`dateline_place`): not a town
    the gazetteer does not know there before a state that is a country's name too
    ("GORI, Georgia": the country's town)."""
    found = dateline_place(filed_from)
    if found is None or found.kind != "province":
        return found is not None
    state = filed_from.rpartition(",")[2].strip()
    return not any(p.kind == "country" for m in gazetteer().find(state) for p in m.candidates)


def dateline_refines(filed: Place | None, place: Place | None, texts: Iterable[str] = ()) -> bool:
    """Whether a US dateline's town ``filed`` (:func:`dateline_place`) tells more nearly
    where than the story's ``place``: the state the town lies in, or a county of that
    state ("KENLY, N.C. - ... the North Carolina State Bureau of Investigation said",
    "... Johnston County deputies said"): a local outlet's own town, which the text does
    not name once its dateline is taken out (:func:`strip_dateline`). Not when ``texts``
    (the story's sentences) name the county as a scene ("RALEIGH, N.C. - ... at a farm in
    rural Johnston County": the gazetteer does not tell which county a town lies in), nor
    when they name a part of the state and the town is a large one, a bureau that files
    about its state ("RALEIGH, N.C. - ... in the mountains of western North Carolina"; a
    small town's outlet writes of its own part: "WARTBURG, Tenn. - ... in East Tennessee")."""
    if not (
        filed is not None and place is not None and filed.kind in {"city", "district"} and place.kind == "province"
        and filed.country == place.country == "US" and filed.admin1 == place.admin1
    ):
        return False
    if is_county(place):
        return not any(_named_after(_SCENE_BEFORE, text, place.name) for text in texts)
    return filed.population < _SMALL_TOWN or not any(_named_after(_PART_BEFORE, text, place.name) for text in texts)


# The size below which the gazetteer knows a US town only from its list of small towns
# (:func:`~monitor.extract.gazetteer.us_town`): a local outlet's town, not a bureau's.
_SMALL_TOWN = 15_000
# Before a county's name told as a scene, a preposition of place and up to two words
# ("in rural Johnston County"), not an article, which makes the name a word of what
# follows ("a Johnston County farm", "Johnston County deputies").
_SCENE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|throughout|of)\s+(?:(?!an?\s)[a-z]+\s+){0,2}$")
# Before a state's name, a part of it: "western North Carolina", "East Tennessee" (not
# after an article: "a north Indiana shooting range" is a range's).
_PART_BEFORE = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)\b(?:north|south|east|west|central)(?:east|west)?(?:ern)?\s+$", re.IGNORECASE
)


def _named_after(before: re.Pattern[str], text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` right after what ``before`` (anchored with ``$``) matches."""
    return any(
        _ends_before(before, text, m.start()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    )


def strip_dateline(text: str) -> tuple[str, str]:
    """Remove a dateline ("ISLAMABAD: ") from the first paragraphs: it is where the
    outlet filed from, not where the incident happened. Returns the text and the
    dateline ("" when none). A US town and state that no rule for datelines removes
    (:data:`_US_DATELINE`: a local outlet's own town) is removed too: a scene the text
    names beats it, and the caller sets a story that names none there."""
    paragraphs = text.split("\n")
    for i, para in enumerate(paragraphs[:4]):
        place, rest = dateline(para)
        if place is None and i == 0:
            place, rest = _hyphen_dateline(para)
            us = _US_DATELINE.match(para) if place is None else None
            if us is not None and _us_dateline(us.group("place")):
                place, rest = us.group("place"), para[us.end():]
        if place is not None:
            paragraphs[i] = rest
            return "\n".join(paragraphs), place
    return text, ""
