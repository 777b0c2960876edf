"""Who the victims are: the nouns for people and groups of people, names, attackers, and
the counting of victims told one by one ("his wife, Ana Ruiz, and their son": 2) or as a
coordinated subject ("Two reporters and their driver": 3)."""

from __future__ import annotations

import re

from monitor.extract.numbers import NUM, QUAL, parse_number

VICTIMS = (
    r"(?:people|persons?|civilians?|others|soldiers?|servicemen|troops|policem[ae]n|police(?:\s+officers?)?"
    r"|officers?|personnel|members?|guards?|children|child|kids|boys?|girls?|women|woman|men|man"
    r"|students?|worshipp?ers|pilgrims|passengers|villagers|residents|workers?|journalists?"
    r"|reporters?|protesters?|demonstrators|shoppers|fishermen|farmers|miners|teachers|doctors"
    r"|nurses|patients|staff(?:ers)?|employees|officials?|leaders?|elders?|relatives|family\s+members"
    r"|militiamen|fighters|militants|insurgents|gunmen|attackers|assailants|suspects?|rebels|terrorists"
    r"|bombers?|jihadists|extremists|victims|individuals|inmates|prisoners|detainees|hostages"
    r"|teenagers?|adults|infants|babies|tourists|foreigners|nationals|citizens|pupils|mourners"
    r"|guests|customers|manager|director|commander|chief|governor|mayor|judge|lawmaker|activist"
    r"|teens|youths|juveniles|males|females|bystanders|toddlers|brothers|sisters|sons|daughters|friends"
    r"|neighbou?rs|cousins|deputies|troopers|agents|partygoers|revell?ers|fans|churchgoers|commuters|motorists"
    r"|pedestrians|tribesmen|herders|clerics|monks|nuns|settlers|peacekeepers|contractors|engineers|diplomats"
    r"|missionaries|scholars|customer|Muslims|Christians|Hindus|Sikhs|Shias|Shiites|Sunnis|Jews|Serbs|Albanians"
    r"|Britons|Kashmiris|Chechens|Russians|Colombians|Turks|guerrillas|paramilitaries|escorts|bodyguards|aides"
    r"|volunteers?"
    r"|marines?|sailors?|airmen|rangers|constables?|patrolm[ae]n|guardsm[ae]n|militiam[ae]n|coal\s+miners|chief"
    r"|couple|Israelis|Palestinians|Americans|Afghans|Iraqis|Syrians|Pakistanis|Somalis|Nigerians|Indians|Kurds"
    r"|activists|cleric|priest|imam|student|teacher|doctor|driver|drivers|security\s+forces?|wedding\s+guests|more)"
)
ATTACKERS = re.compile(
    r"\b(militants|insurgents|gunmen|gunman|attackers?|assailants?|suspects?|rebels|terrorists|bombers?"
    r"|jihadists|extremists|fighters|militiamen|shooter)\b",
    re.IGNORECASE,
)
PERSON = (
    r"(?:man|woman|boy|girl|teen(?:ager)?|child|baby|infant|toddler|person|officer|soldier|policeman|policewoman"
    r"|civilian|driver|student|resident|worker|journalist|reporter|passenger|victim|bystander|guard|trooper"
    r"|deputy|clerk|shopkeeper|farmer|teacher|doctor|nurse|priest|imam|pastor|monk|tourist|pilgrim|worshipp?er"
    r"|official|leader|commander|judge|lawyer|activist|politician|candidate|councillor|councilor|mayor|governor"
    r"|businessman|engineer|contractor|employee|youth|juvenile|male|female|husband|wife|father|mother|son"
    r"|daughter|brother|sister|motorist|pedestrian|villager|tribesman|herder|settler|peacekeeper|diplomat"
    r"|cop|citizen|companion|bodyguard|spectator|neighbou?r|girlfriend|boyfriend|fianc[eé]e?|stepson|stepdaughter|stepfather|roommate|cousin|friend|nephew|niece"
    r"|uncle|aunt|grandson|granddaughter|grandfather|grandmother|customer|cashier|homeowner|tenant|landlord"
    r"|[A-Z][a-z]+(?:an|i|ese|ish))"
)
# A capitalised name as a subject ("Oliver", "Isaac Duran"), not a word that opens a
# sentence and is no one ("Police", "Nobody").
NAME = (
    r"(?!(?:No|Nobody|None|Neither|Police|Officers?|Authorities|Everyone|Someone|Anyone|It|This|That|There|Who"
    r"|What|Witnesses|Investigators|Deputies|Troopers|Nothing|Each|Both|All|Many|Several|Some|Other|Others)\b)"
    r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]+){0,3}"
)

_COUNTED_PART = re.compile(
    rf"^(?:{QUAL}\s+)?(?P<num>{NUM})\s+(?:of\s+(?:his|her|their|the)\s+)?(?:[(\w'’)-]+\s+){{0,6}}?"
    rf"(?P<noun>{VICTIMS}|{PERSON}s?)\b",
    re.IGNORECASE,
)
_ONE_PART = re.compile(
    rf"^(?:(?:an?|the|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<noun>{PERSON}|{VICTIMS})\b"
    r"|(?P<name>(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,3}))\s*$)",
    re.IGNORECASE,
)
_ANY_ONE = re.compile(r"^(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+$", re.IGNORECASE)
# Where a list of victims after the verb ends: a clause boundary or a word that opens no
# further victim.
_OBJECT_END = re.compile(
    r"\s*(?:[;:.!?()\"“”]|\s-+\s|—|–|$)|\s+(?:and\s+)?(?:then|later|before|after|in|at|on|near|inside|outside|during|when|while"
    r"|as|because|with|without|who|whom|whose|from|over|last|early|late|police|authorities|officials)\b"
)
_PRONOUN_PART = re.compile(r"^(?:him|her)$", re.IGNORECASE)
_SELF_PART = re.compile(r"^(?:him|her|them)sel(?:f|ves)$", re.IGNORECASE)
_AGE_PART = re.compile(r"^(?:aged\s+)?\d{1,3}$")
_PERSON_PART = re.compile(
    rf"^(?P<det>an?|the|his|her|their|its|another|one|\d{{1,3}}-year-old)?\s*(?:(?!\w+(?:ing|ed)\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?P<noun>{PERSON}|{VICTIMS})\b"
    r"(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}$",
    re.IGNORECASE,
)


def object_count(tail: str) -> tuple[int, int] | None:
    """People in a list of victims at the start of ``tail`` and where the list ends, or
    None when it names fewer than two or a group of unknown size ("their children")."""
    end = _OBJECT_END.search(tail)
    segment = tail[: end.start() if end else len(tail)]
    count, length, previous = 0, 0, ""  # previous: "name" or "person" just counted
    for m in re.finditer(r"(?P<part>.+?)(?P<sep>,\s+(?:and\s+)?|\s+and\s+|$)", segment):
        part, apposed = m.group("part").strip(), bool(previous) and tail[m.start() - 2: m.start()] == ", "
        one = _PERSON_PART.match(part)
        name = _NAME_PART.match(part) is not None
        if _AGE_PART.match(part) or _SELF_PART.match(part):
            pass  # "Ana Ruiz, 34,"; "his wife and then himself": no one more
        elif apposed and ((name and previous == "person") or (previous == "name" and part[:2].lower() in {"a ", "an"})):
            pass  # "his wife, Ana Ruiz," and "Ana Ruiz, a nurse,": one person named and described
        elif name or (_PRONOUN_PART.match(part) and not previous):
            count, previous = count + 1, "name"
        elif one is not None and (one.group("det") or previous) and not ATTACKERS.search(part):
            if _PLURAL.search(one.group("noun")):
                return None  # "his wife and their children": how many, the text does not say
            count, previous = count + 1, "person"
        else:
            break
        length = m.end()
    return (count, length) if count >= 2 else None


_PLURAL = re.compile(r"(?:[^s]s|children|people|men|women|police|staff|personnel)$", re.IGNORECASE)
_NAME_PART = re.compile(r"^(?-i:[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z][\w'’.-]+|de|la|del|van|von|al|el|bin|Jr\.?)){1,3})$")


def group_count(subject: str) -> int | None:
    """People in a coordinated subject ("Two reporters and their driver": 3), or None
    when a part is not a person or a count of people."""
    subject = re.sub(r"[\"“”]", "", subject)  # an officer and a "citizen"
    parts = [p.strip() for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", subject.strip().rstrip(",")) if p.strip()]
    if not parts or len(parts) > 6:
        return None
    first = _COUNTED_PART.match(parts[0])
    names = [p for p in parts[1:] if (one := _ONE_PART.match(p)) is not None and one.group("name")]
    if first is not None and names and len(names) == len(parts) - 1:
        parsed = parse_number(first.group("num"))
        if parsed is not None and parsed[0] == len(names):
            return parsed[0]  # "Two council members, Ana Ruiz and Luis Soto": the two named
    total, sure = 0, False
    described = False  # the part before was a description, not a name
    for part in parts:
        one = _ONE_PART.match(part)
        if one is not None and one.group("name"):
            if not described:  # after a description the names are its appositive:
                total, sure = total + 1, True  # "the branch head, Ali Said, and his aide"
            continue
        described = True
        counted = _COUNTED_PART.match(part)
        if counted is not None:
            if ATTACKERS.search(counted.group("noun")):
                continue  # attackers killed are kept apart, not counted as victims
            parsed = parse_number(counted.group("num"))
            if parsed is None or parsed[0] > 500:
                return None
            total, sure = total + parsed[0], True
            continue
        if ATTACKERS.search(part):
            continue
        if _ONE_PART.match(part) is not None:
            total, sure = total + 1, True
            continue
        if _ANY_ONE.match(part):
            total += 1  # "the mufti": a person, when another part says these are people
            continue
        return None
    return total if sure and total >= 2 else None
