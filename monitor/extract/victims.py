"""Who the victims are: the nouns for people and groups of people, names, attackers, the
counting of victims told one by one ("his wife, Ana Ruiz, and their son": 2) or as a
coordinated subject ("Two reporters and their driver": 3), and the patterns of one victim
told without a count ("A deputy who was shot and wounded", "the body of a man"), which
``casualties.find_mentions`` turns into figures."""

from __future__ import annotations

import re

from monitor.extract.numbers import NUM, QUAL, parse_number

# Trades and callings told of one victim ("a university lecturer", "a street sweeper");
# plural in VICTIMS, singular in PERSON.
_TRADES = (
    r"lecturer|professor|sweeper|cleaner|tailor|barber|mechanic|electrician|plumber|carpenter|banker|accountant"
    r"|pharmacist|dentist|surgeon|headmaster|headteacher|porter|courier|jewell?er|goldsmith|butcher|baker|grocer"
    r"|musician|singer|artist|poet|writer|blogger|footballer|referee|rabbi|mullah|deacon|preacher"
)
VICTIMS = (
    # the staff of two services together: "security and polling personnel", "army and police officers"
    r"(?:(?:army|police|security|military|polling|election|medical|rescue|government|aid|health|media|civilian)\s+and\s+"
    r"(?:[\w-]+\s+)?(?:personnel|officers|staff|workers|officials)"
    r"|people|persons?|civilians?|others|soldiers?|servicemen|troops|policem[ae]n|police(?:\s+officers?)?"
    r"|officers?|personnel|members?|guards?|children|child|kids|boys?|girls?|women|woman|men|man"
    r"|students?|worshipp?ers|pilgrims|passengers|villagers|residents|workers?|journalists?"
    r"|reporters?|protesters?|demonstrators|shoppers|fishermen|farmers?|miners|teachers|doctors"
    r"|nurses|patients|staff(?:ers)?|employees|officials?|leaders?|elders?|relatives|family\s+members"
    r"|militiamen|fighters|militants|insurgents|gunmen|attackers|assailants|suspects?|rebels|terrorists"
    r"|bombers?|jihadists|extremists|kidnappers|abductors|bandits|pirates|victims|individuals|inmates|prisoners|detainees|hostages|captives"
    r"|teenagers?|adults|infants|babies|tourists|foreigners|nationals|citizens|pupils|mourners"
    r"|guests|customers|manager|director|commander|chief|governor|mayor|judge|lawmaker|activist"
    r"|teens|youths|juveniles|males|females|bystanders|toddlers|brothers|sisters|sons|daughters|friends"
    r"|grandchildren|stepchildren|grandsons|granddaughters|stepsons|stepdaughters|nephews|nieces|parents|grandparents"
    r"|neighbou?rs|cousins|deputies|troopers|agents|partygoers|revell?ers|fans|churchgoers|commuters|motorists"
    r"|pedestrians|co-?workers|colleagues|passers?-by|passersby|tribesmen|herders|clerics|monks|nuns|settlers|peacekeepers|contractors|engineers|diplomats"
    r"|imams|pastors|abbots|friars|vicars|chaplains|sheikhs|muftis|headmen|chiefs|chieftains|chairmen|mayors"
    r"|missionaries|scholars|customer|firefighters?|firem[ae]n|pilots|paramedics?|EMTs?|Muslims|Christians|Hindus|Sikhs|Shias|Shiites|Sunnis|Jews|Serbs|Albanians"
    r"|Britons|Kashmiris|Chechens|Russians|Colombians|Turks|guerrillas|paramilitaries|escorts|bodyguards|aides"
    r"|volunteers?|traders?|vendors?|merchants?|shopkeepers?|peasants?|campesinos?|labou?rers?|truckers?|recruits?"
    r"|cadets?|spectators|parishioners|congregants|clerks?|cashiers?|lawyers?|judges|councill?ors?|candidates?"
    r"|politicians?|priests|jesuits|clergymen|seminarians|bishops|catechists|maids?|senators?|ministers"
    r"|marines?|sailors?|airmen|rangers|constables?|patrolm[ae]n|guardsm[ae]n|militiam[ae]n|coal\s+miners|chief"
    r"|couple|Israelis|Palestinians|Americans|Afghans|Iraqis|Syrians|Pakistanis|Somalis|Nigerians|Indians|Kurds"
    r"|activists|cleric|priest|imam|student|teacher|doctor|driver|drivers|security\s+forces?|wedding\s+guests"
    # the people of a place where an attack strikes: a cafe's, a market's, a hall's
    r"|patrons|diners|cooks|chefs|waiters|waitresses|bartenders|visitors|clients|onlookers|attendees|voters"
    r"|cameram[ae]n|photographers|interpreters|translators|medics|sentries|watchm[ae]n|janitors|technicians|warders|wardens|jailers"
    r"|conductors|schoolchildren|schoolgirls|schoolboys|policewomen|gendarmes|commandos|conscripts|shepherds|herdsmen|hunters|more"
    # people on the move or out of doors, and those who work a ship: "eight travellers on the
    # highway", "two refugees", "seven IDPs", "three crewmen", "four hikers"
    r"|travell?ers|refugees|migrants|asylum[\s-]seekers|IDPs|returnees|evacuees|nomads|crew(?:m[ae]n)?|seafarers|deckhands"
    r"|hikers|campers|climbers|trekkers|holiday-?makers|vacationers|beachgoers|bathers|swimmers|surfers|vigilantes"
    # the dead named by an honorific: "gunmen killed eight martyrs"
    r"|martyrs"
    rf"|(?:{_TRADES})s)"
)
ATTACKERS = re.compile(
    r"\b(militants|insurgents|gunmen|gunman|attackers?|assailants?|suspects?|rebels|terrorists|bombers?"
    r"|jihadists|extremists|fighters|militiamen|shooter|kidnappers|abductors|bandits|pirates)\b",
    re.IGNORECASE,
)
# Offices held by one person ("a senator", "the mayor", "a village headman"): PERSON nouns,
# and what makes "the" one victim in casualties ("killed the prosecutor of the province").
OFFICE = (
    r"(?:official|leader|commander|judge|lawyer|activist|politician|candidate|councillor|councilor|mayor|governor"
    r"|minister|senator|lawmaker|legislator|parliamentarian|ambassador|envoy|consul|prosecutor|magistrate"
    r"|headman|headwoman|chieftain|chairman|chairwoman|alderman)"
)
# Posts of one person that are no PERSON noun, being other words too ("head", "chief",
# "director"): one person only as the head of a determined phrase ("the head of the council").
POST = r"(?:manager|director|chief|head|editor|presenter|spokes(?:man|woman)|elder)"
# A capitalised nationality: "Kenyan", "Iraqi", "Sudanese", "Danish". One in -i has no vowel
# before it: "-ui", "-oi" end names ("Westerhuis", "Louis" read as "Westerhui" + plural s).
_NATIONALITY = r"[A-Z][a-z]+(?:an|(?<![aeiou])i|ese|ish)"
PERSON = (
    r"(?:man|woman|boy|girl|teen(?:ager)?|child|baby|infant|toddler|person|officer|soldier|policeman|policewoman"
    r"|civilian|driver|student|resident|worker|journalist|reporter|passenger|victim|bystander|guard|trooper"
    r"|deputy|clerk|shopkeeper|farmer|teacher|doctor|nurse|priest|imam|pastor|monk|tourist|pilgrim|worshipp?er"
    # the heads of a community and its clergy: "a village headman", "an abbot"
    r"|nun|abbot|abbess|friar|vicar|chaplain|bishop|archbishop|sheikh|mufti|muezzin|seminarian|catechist"
    rf"|{OFFICE}"
    r"|captain|sergeant|lieutenant|colonel"
    r"|businessman|engineer|contractor|employee|youth|juvenile|male|female|husband|wife|father|mother|son"
    r"|daughter|brother|sister|motorist|pedestrian|villager|tribesman|herder|settler|peacekeeper|diplomat"
    r"|cop|citizen|companion|bodyguard|aide|spectator|neighbou?r|girlfriend|boyfriend|fianc[eé]e?|stepson|stepdaughter|stepfather|roommate|cousin|friend|nephew|niece"
    r"|uncle|aunt|firefighter|fireman|pilot|ranger|paramedic|grandson|granddaughter|grandfather|grandmother|customer|cashier|homeowner|owner|tenant|landlord|maid"
    r"|trader|vendor|merchant|hunter|fisherman|herdsman|shepherd|labou?rer|cleric|scholar|peasant|trucker|hostage|prisoner|warden|jailer"
    r"|missionary|gendarme|secretary|informer|informant|patron|diner|cook|chef|waiter|waitress|bartender|visitor"
    r"|onlooker|cameraman|photographer|interpreter|translator|medic|sentry|watchman|janitor|technician|fan|supporter"
    r"|travell?er|refugee|migrant|asylum[\s-]seeker|returnee|evacuee|nomad|crewman|crew\s+member|sailor|seafarer|deckhand"
    r"|hiker|camper|climber|trekker|holiday-?maker|vacationer|beachgoer|bather|swimmer|surfer|vigilante"
    rf"|{_TRADES}|{_NATIONALITY})"
)
# Person nouns only: PERSON without its last alternative, the capitalised nationality
# ("Kenyan"), which where case is ignored takes any word in -an, -i, -ese, -ish ("Juan").
PERSON_NOUN = PERSON.replace(f"|{_NATIONALITY}", "")
# Kin or companions in the plural, after a possessive: "his sons", "their young children",
# "her neighbours". How many the text does not say: at least two (parents are two).
KIN_PLURAL = (
    r"(?:his|her|their|my|our)\s+(?:(?:own|young|teenage|adult|infant|twin|small)\s+)?"
    r"(?:sons|daughters|children|kids|brothers|sisters|grandchildren|stepchildren|grandsons|granddaughters|stepsons"
    r"|stepdaughters|nephews|nieces|cousins|relatives|in-laws|parents|neighbou?rs|friends|colleagues|co-?workers|classmates"
    r"|roommates|bodyguards|escorts|companions)"
)
# A part of a list that is such kin: "his wife and their children" is at least three.
KIN_PLURAL_PART = re.compile(rf"(?:^|,\s+|\band\s+){KIN_PLURAL}\s*$", re.IGNORECASE)
# What was done to victims before they were killed: "were kidnapped and killed".
TAKEN_AND = r"(?:kidnapped|abducted|tortured|captured|seized|raped|robbed|attacked|ambushed|assaulted)\s+and\s+"
# A capitalised name as a subject ("Oliver", "Isaac Duran"), not a word that opens a
# sentence and is no one ("Police", "Nobody").
NAME = (
    r"(?!(?:No|Nobody|None|Neither|Police|Officers?|Authorities|Everyone|Someone|Anyone|It|This|That|There|Who"
    r"|What|Witnesses|Investigators|Deputies|Troopers|Nothing|Each|Both|All|Many|Several|Some|Other|Others)\b)"
    r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]+){0,3}"
)

_COUNTED_PART = re.compile(
    rf"^(?:(?:his|her|their|my|our)\s+(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b))?(?:{QUAL}\s+)?(?P<num>{NUM})\s+(?:of\s+(?:his|her|their|the)\s+)?(?:[(\w'’)-]+\s+){{0,6}}?"
    rf"(?P<noun>{VICTIMS}|{PERSON}s?)\b",
    re.IGNORECASE,
)
_ONE_PART = re.compile(
    rf"^(?:(?:an?|the|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<noun>{PERSON}|{VICTIMS})\b"
    r"|(?P<name>(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,3}))\s*$)",
    re.IGNORECASE,
)
_ANY_ONE = re.compile(r"^(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+$", re.IGNORECASE)
# ... but not a part that ends in a verb or a word for a thing that happens: "a standoff
# ensued and two officers were hurt", "a barricade situation" are no one.
_NO_ONE = re.compile(r"(?:ed|tion|sion|ment|ness|ity|ism|ance|ence)$", re.IGNORECASE)
# A part that tells a happening, not a person, though a person noun is in it: a person noun
# naming the kind of event ("a hostage situation", "a police standoff"), or a clause with an
# event's verb ("a protest turned violent", "the siege of the hotel ended"). "The protest
# leader", "the leader of the march" are people.
_HAPPENING = re.compile(
    rf"\b(?:{PERSON}|{VICTIMS})\s+(?:situation|stand-?off|siege|crisis|drama|operation|raid|chase|pursuit|protest|rally|march|riot|clash(?:es)?)\b"
    r"|\b(?:ended|began|erupted|ensued|escalated|unfolded|broke\s+out|turned\s+(?:violent|deadly|ugly))$",
    re.IGNORECASE,
)
# The same with no person noun: "a brief standoff", "the siege of the hotel" (the fallback
# that reads "the mufti" as a person takes none of these).
_EVENT_NOUN = re.compile(
    r"\b(?:situation|stand-?off|siege|crisis|drama|protest|rally|march|riot|clash(?:es)?|fight|brawl|argument|altercation|dispute"
    r"|confrontation|shoot-?out|gunfight)\b",
    re.IGNORECASE,
)
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
    # no verb before the noun: "killed a boy and left a man in critical condition" ends at "left"
    rf"^(?P<det>an?|the|his|her|their|its|my|our|another|one|\d{{1,3}}-year-old)?\s*(?:(?!\w+(?:ing|ed)\b|(?:left|sent|shot|hit|struck|put)\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?P<noun>{PERSON}|{VICTIMS})\b"
    r"(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}$",
    re.IGNORECASE,
)


def object_count(tail: str) -> tuple[int, int] | None:
    """People in a list of victims at the start of ``tail`` and where the list ends, or
    None when it names fewer than two or a group of unknown size ("their children")."""
    end = _OBJECT_END.search(tail)
    segment = tail[: end.start() if end else len(tail)].rstrip(", ")  # "her husband, then tried ...": no part after the comma
    count, length, previous = 0, 0, ""  # previous: "name" or "person" just counted
    for m in re.finditer(r"(?P<part>.+?)(?P<sep>,\s+(?:and\s+)?|\s+and\s+|$)", segment):
        part, apposed = m.group("part").strip(), bool(previous) and tail[m.start() - 2: m.start()] == ", "
        one = _PERSON_PART.match(part) or _AGED_ONE.match(part)
        name = _NAME_PART.match(_AGED.sub("", part)) is not None  # "30-year-old Ana Ruiz"
        if _AGE_PART.match(part) or _SELF_PART.match(part):
            pass  # "Ana Ruiz, 34,"; "his wife and then himself": no one more
        elif apposed and (
            ((name or _FIRST_NAME.match(part)) and previous == "person") or (previous == "name" and part[:2].lower() in {"a ", "an"})
        ):
            pass  # "his wife, Ana Ruiz," "her son, Eli," and "Ana Ruiz, a nurse,": one person named and described
        elif name or (_PRONOUN_PART.match(part) and not previous):
            count, previous = count + 1, "name"
        elif previous and (counted := _COUNTED_PART.match(part)) is not None and counted.end() == len(part) and not ATTACKERS.search(part):
            parsed = parse_number(counted.group("num"))
            if parsed is None:
                break
            count, previous = count + parsed[0], "person"  # "his wife and two daughters": a counted group after the first
        elif one is not None and (one.group("det") or previous) and not ATTACKERS.search(part):
            if _PLURAL.search(one.group("noun")):
                return None  # "his wife and their children": how many, the text does not say
            count, previous = count + 1, "person"
        else:
            break
        length = m.end()
    return (count, length) if count >= 2 else None


_FIRST_NAME = re.compile(r"^(?-i:[A-Z][a-z][\w'’-]*)$")
# One person told by age alone ("an 18-year-old"), and an age before a name.
_AGED_ONE = re.compile(r"^(?P<det>an?|the)\s+(?P<noun>\d{1,3}-year-old)$", re.IGNORECASE)
_AGED = re.compile(r"^\d{1,3}-year-old\s+(?=[A-Z])")
_PLURAL = re.compile(r"(?:[^s]s|children|people|men|women|police|staff|personnel)$", re.IGNORECASE)
# A name, with the titles before it ("Deputy Prime Minister Ana Ruiz Soto").
_NAME_PART = re.compile(r"^(?-i:[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z][\w'’.-]+|de|la|del|van|von|al|el|bin|Jr\.?)){1,6})$")


# A part of a subject in capitals (read in sentence case) that may be one person's name:
# a few words, none of them a word that opens a phrase of time, place or cause.
_BARE_ONE = re.compile(
    r"^(?!(?:an?|the|his|her|their|its|this|that|these|those)\b)"
    r"(?:(?!(?:in|on|at|from|to|for|by|with|during|after|before|when|while|today|yesterday|tonight|last|this"
    r"|near|since|because|as|of)\b)[a-z][\w'’.-]*\s*){1,5}$",
    re.IGNORECASE,
)
_DETERMINED = re.compile(r"^(?:an?|the|his|her|their|its)\s", re.IGNORECASE)
_POSSESSED = re.compile(r"^(?:his|her|their|its)\s", re.IGNORECASE)


def _capitals_group_count(subject: str) -> int | None:
    """People in a coordinated subject of a text in capitals, where names cannot be told
    from other words: "Ana Ruiz, a judge, and two of her escorts" is 3, "Molinero,
    head of the union and Paula Estevez, a teacher" 2, "Ana Ruiz, Luis Soto and Ivo Cruz"
    3. A part after a bare one (a name) and a comma only, not "and", that reads as a
    description ("a judge", "leader of the party", "34") describes that person; so does
    any part after "the mayor, ..." or the names after a count ("two guards, Luis Soto
    and Ivo Cruz"). "and", a count or "his", "her", "their" open another victim. None
    when a part is none of these or a group of unknown size ("their children")."""
    pieces = re.split(r"(,\s+(?:and\s+)?|\s+and\s+)", subject.strip().rstrip(","))
    seps = ["", *(sep.strip() for sep in pieces[1::2]), ""]
    total, previous = 0, ""  # previous: "bare" (a name) or "told" (a counted or determined part)
    named = 0  # names still to come after a count ("two guards, Luis Soto and Ivo Cruz")
    for i, part in enumerate(p.strip() for p in pieces[0::2]):
        counted = _COUNTED_PART.match(part)
        apposed = bool(previous) and seps[i] == ","
        if counted is not None:
            parsed = parse_number(counted.group("num"))
            if ATTACKERS.search(counted.group("noun")):
                continue  # attackers killed are kept apart
            if parsed is None or parsed[0] > 500:
                return None
            total, previous, named = total + parsed[0], "told", parsed[0] if seps[i + 1] == "," else 0
        elif _POSSESSED.match(part) or (_DETERMINED.match(part) and not (apposed and previous == "bare")):
            if ATTACKERS.search(part) or _PLURAL_VICTIMS.search(part) or not _ANY_PERSON.search(part):
                return None
            total, previous, named = total + 1, "told", 0
        elif (apposed and (previous == "told" or _DESCRIPTION.search(part))) or (named and _BARE_ONE.match(part)):
            named = max(0, named - 1)  # "Ana Ruiz, a judge,", "the mayor, Ana Ruiz,": one person described or named
        elif _BARE_ONE.match(part) and not _PLURAL_VICTIMS.search(part):  # a name, or the next in a list of names
            total, previous = total + 1, "bare"
        else:
            return None
    return total if total >= 2 else None


# What a part after a name and a comma says of that person: a determiner, an age, "of"
# ("head of the union"), a word for a person or a post ("second prosecutor", "former minister").
_DESCRIPTION = re.compile(
    rf"^(?:an?|the)\s|\d|\bof\b|\b(?:{PERSON_NOUN}|{VICTIMS}|{POST}|president|rector|member"
    r"|congressman|council(?:man|woman)|general|major|economist|unionist|syndicalist)\b",
    re.IGNORECASE,
)
_ANY_PERSON = re.compile(rf"\b(?:{PERSON}|{VICTIMS})\b", re.IGNORECASE)
_PLURAL_VICTIMS = re.compile(rf"\b(?=\w*(?:[^s]s|men|children|people|police|staff|personnel)\b){VICTIMS}\b", re.IGNORECASE)


def group_count(subject: str, capitals: bool = False) -> int | None:
    """People in a coordinated subject ("Two reporters and their driver": 3), or None
    when a part is not a person or a count of people. ``capitals``: the text is written
    in capitals, where a name is not told by its capital (see ``_capitals_group_count``)."""
    found = _group_count(subject)
    return _capitals_group_count(subject) if found is None and capitals else found


# One attacker as a part of a coordinated subject: "the bomber", "a lone gunman".
_ONE_ATTACKER_PART = re.compile(
    r"^(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:gunman|shooter|attacker|assailant|bomber|militant|terrorist)$", re.IGNORECASE
)


def group_attackers(subject: str) -> int:
    """Attackers counted in a coordinated subject, kept apart from its victims: "Two
    gunmen and a soldier" holds 2, "The bomber and 19 worshippers" 1."""
    total = 0
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+", subject.strip().rstrip(",")):
        counted = _COUNTED_PART.match(part.strip())
        if counted is not None and ATTACKERS.search(counted.group("noun")) and (parsed := parse_number(counted.group("num"))):
            total += parsed[0]
        elif _ONE_ATTACKER_PART.match(part.strip()):
            total += 1
    return total


def _group_count(subject: str) -> int | None:
    subject = re.sub(r"[\"“”]", "", subject)  # an officer and a "citizen"
    subject = re.sub(r"\s*\([^()]*\)", "", subject)  # "a Wahhabi (Ahle-Hadith) scholar": an aside, not a part
    unaged = _APPOSED_AGE.sub("", subject)  # "Ana Ruiz, 20, and Tom Hale, 22": an age says who, not one more
    if not re.search(r"\d", unaged):
        subject = unaged  # "Kailey, 9 Westerhuis": a number left over, the ages are not read apart
    pieces = re.split(r"(,\s+(?:and\s+)?|\s+and\s+)", subject.strip().rstrip(","))
    # each part with the separator before it: "," sets off an apposition, "and" opens another victim
    joined = [(sep.strip(), p.strip()) for sep, p in zip(["", *pieces[1::2]], pieces[0::2], strict=True) if p.strip()]
    parts = [p for _, p in joined]
    if not parts or len(parts) > 6:
        return None
    apposed = _apposed_count(parts, closed=subject.rstrip().endswith(",")) if subject.lstrip().startswith(f"{parts[0]},") else None
    if apposed is not None:
        return apposed
    total, sure = 0, False
    described = False  # the part before was a description, not a name
    apposed = False  # the names after a description and a comma are its appositive
    counted_before = False  # the part before was a count of people ("15 soldiers")
    for sep, part in joined:
        if _HAPPENING.search(part):
            return None  # "a hostage situation ended and five people were shot": the five only
        if counted_before and sep == "and" and _PLURAL_VICTIMS.match(part) and not ATTACKERS.search(part):
            # "At least 15 soldiers and volunteers of the home guard": one count for both
            counted_before = False
            continue
        counted_before = False
        one = _ONE_PART.match(part)
        if one is not None and one.group("name"):
            apposed = described and (apposed or sep == ",")  # "the branch head, Ali Said, and his aide"
            if not apposed:  # "Two guards and Ana Ruiz": one more
                total, sure = total + 1, True
            continue
        described, apposed = True, False
        counted = _COUNTED_PART.match(part)
        if counted is not None:
            if ATTACKERS.search(counted.group("noun")):
                continue  # attackers killed are kept apart, not counted as victims
            parsed = parse_number(counted.group("num"))
            if parsed is None or parsed[0] > 500:
                return None
            total, sure, counted_before = total + parsed[0], True, True
            continue
        if ATTACKERS.search(part):
            continue
        if re.fullmatch(KIN_PLURAL, part, re.IGNORECASE):
            total, sure = total + 2, True  # "their children": two at least (the caller says so)
            continue
        if _ONE_PART.match(part) is not None:
            total, sure = total + persons(part), True
            continue
        if _ANIMAL.search(part):
            continue  # "her daughter, the couple's toddler and their dog": no victim counted
        if _KIN.match(part) and _DETERMINED.match(parts[0]):
            total += 1  # "her husband and son", "a woman and toddler": the first part's determiner carries over
            continue
        if (_ANY_ONE.match(part) and not _NO_ONE.search(part) and not _EVENT_NOUN.search(part)) or (_LONE_NAME.match(part) and not _VICTIMS_WORD.fullmatch(part)):
            # "the mufti", "Ruiz": a person, when another part says these are people ("Soldiers
            # and two civilians": no count of the soldiers)
            total += 1
            continue
        return None
    return total if sure and total >= 2 else None


# A count of people that says nothing of who they were, so what follows it in commas tells
# who: "two people, a man and his son".
GENERIC_PEOPLE = re.compile(r"^(?:people|persons|victims|individuals)$", re.IGNORECASE)


def _apposed_count(parts: list[str], closed: bool) -> int | None:
    """The count of the first part when the parts apposed to it tell the same people one by one
    ("Two council members, Ana Ruiz and Luis Soto": 2, "Two victims, a man and a woman,": 2,
    "Three people, a guard and two drivers,": 3), else None. Names always do; described
    people only after a count of "people" or "victims" or in an apposition ``closed`` by a
    comma (in "Two soldiers, a policeman and a civilian were killed" they are more)."""
    first = _COUNTED_PART.match(parts[0])
    parsed = parse_number(first.group("num")) if first is not None else None
    if first is None or parsed is None or len(parts) < 2:
        return None
    told, named = 0, True
    for part in parts[1:]:
        one, counted = _ONE_PART.match(part), _COUNTED_PART.match(part)
        if one is not None and one.group("name"):
            told += 1
        elif counted is not None and counted.end() == len(part) and (value := parse_number(counted.group("num"))) is not None:
            told, named = told + value[0], False
        elif one is not None and one.end() == len(part) and not _PLURAL.search(one.group("noun")):
            told, named = told + persons(part), False
        else:
            return None
    if told != parsed[0] or not (named or closed or GENERIC_PEOPLE.match(first.group("noun"))):
        return None
    return told


def persons(part: str) -> int:
    """People in a phrase that tells one person, or a couple (two)."""
    return 2 if _COUPLE.search(part) else 1


_COUPLE = re.compile(r"\bcouple$", re.IGNORECASE)
# An age apposed to the part before it, ending a part: ", 20," in "Ana Ruiz, 20, and Tom Hale".
_APPOSED_AGE = re.compile(r",\s+(?:aged\s+)?\d{1,3}(?=\s*,|\s*$|\s+and\s)")
# A person told by surname alone ("Ruiz and two guards were hurt").
_LONE_NAME = re.compile(rf"^{NAME}$")
_VICTIMS_WORD = re.compile(VICTIMS, re.IGNORECASE)
_ANIMAL = re.compile(r"\b(?:dogs?|cats?|pupp(?:y|ies)|horses?|pets?)$", re.IGNORECASE)
# One of a person's kin, or a person by sex or age, named bare after a determined part ("his
# wife and son", "a woman and toddler"): the determiner carries over, and each of these is
# one person more (a "driver and bodyguard" may be one).
_KIN = re.compile(
    r"^(?:husband|wife|son|daughter|father|mother|brother|sister|child|baby|infant|grandson|granddaughter"
    r"|grandfather|grandmother|nephew|niece|uncle|aunt|cousin|stepson|stepdaughter|stepfather|stepmother"
    r"|man|woman|boy|girl|toddler|teen|teenager)$",
    re.IGNORECASE,
)


# One victim told without a count: a person as the subject or the object of the verb, by
# name, by condition or care, by injuries, or as the one more after the dead.

# How badly a victim who lived was hurt: "was slightly injured", "were critically wounded".
SEVERITY = r"(?:critically|seriously|severely|slightly|badly|gravely|lightly|moderately)"
# Killings by name: "two judges were assassinated", "were hacked to death", "five hostages
# were executed".
KILLED_BY_NAME = (
    r"assassinated|massacred|lynched|beheaded|executed|(?:beaten|stabbed|hacked|burned|burnt|stoned|strangled)\s+to\s+death"
)
# An age standing for the person: "a 17-year-old", "a five-year-old" (not "a 17-year-old boy",
# where the noun follows).
_AGE_ALONE = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old(?![\w-])"
# An age apposed to a victim: "The toddler, 2, died".
_AGE_APPOSED = r",\s+(?:aged\s+)?\d{1,3},"
# A death after the attack, not one told from the past: "later died", "died at the scene",
# "died in hospital".
_DIED_NOW = (
    rf"(?:{_AGE_APPOSED})?\s+(?:later\s+died|died\s+(?:later|instantly|at\s+the\s+scene|on\s+the\s+(?:spot|way)|en\s+route"
    r"|on\s+arrival|shortly|hours|minutes|(?:in|at)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?hospital))\b"
    # not a death told from the past: "died in hospital in 2019", "... in London years ago"
    r"(?![^.;]{0,40}?\b(?:(?:19|20)\d\d|ago|last\s+year|years\s+(?:earlier|before|later)|in\s+the\s+past)\b)"
)
# What hits a victim of the shots: "struck by a stray bullet", "hit by gunfire" (not "a shot",
# which is as often a golfer's or a player's, nor "a car"; the plural "stray shots" is read,
# though a sports story can tell it too).
_SHOTS = r"(?:an?\s+)?(?:stray\s+)?(?:bullets?|gunfire|rounds?|gunshots?|shots)\b"
# What strikes a victim without an attack: "hit by a truck", "struck by a falling tree".
_NOT_AN_ATTACK = (
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:car|truck|lorry|van|vehicle|bus|train|tram|motorcycle|motorbike|bicycle|boat"
    r"|lightning|tree|branch|wave|ball|puck|bat)s?\b"
)
# "injured her jaw": a part of her, not her as the victim.
_BODY = r"(?:jaw|knee|leg|arm|hand|foot|ankle|back|head|shoulder|wrist|hip|neck|face|eye|finger|chest)s?\b"
# Shot at a place, in the passive: "three guards were shot at a bank", "was shot at close
# range" (not "were shot at by gunmen", "was shot at but missed": fired on, maybe unhurt;
# nor "shot at the police", the shooters).
SHOT_AT_PLACE = r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))shot(?=\s+at\s+(?:an?|the|his|her|their|close|point-blank)\s)"
# One of a group told before by age: "the youngest died", "the eldest was killed" (one
# person, as "the older of the two" is; see casualties._ONE_OF_THE).
_ELDEST = r"(?:youngest|oldest|eldest|younger|older|elder)"
SINGLE = re.compile(
    # "A 17-year-old was shot dead": one person told by age alone
    rf"\b(?:(?:[Aa]n?|[Oo]ne)\s+(?:(?!(?:and|or|who|which|that|was|were|is)\b)[\w'’-]+\s+){{0,4}}?(?:{PERSON}|{_AGE_ALONE})"
    rf"|(?:[Hh]e|[Ss]he|[Tt]he\s+victim|[Tt]he\s+(?:{_ELDEST}\s+)?{PERSON}|[Tt]he\s+{_ELDEST}|[Tt]he\s+\d{{1,3}}-year-old(?:\s+{PERSON})?"
    rf"|(?<!\band\s)(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+['’]s)\s+(?:[\w'’-]+\s+)?{PERSON}))"  # "Her mother", "Bam's driver"
    r"(?:\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?=\s+(?:was|is|has|had|who)\b))?\s+"  # "a mother of four": one person
    # "A deputy who was shot and wounded on Friday remains in hospital": one victim.
    r"(?:who\s+)?(?:(?:was|has\s+been|had\s+been|is|later|also|reportedly|subsequently|found|accidentally|apparently"
    rf"|allegedly|{SEVERITY})\s+){{1,3}}(?:{TAKEN_AND})?"
    r"(?P<verb>pronounced\s+dead|declared\s+dead|found\s+dead|killed|shot\s+dead|shot\s+and\s+killed|fatally\s+(?:shot|stabbed)"
    r"|shot\s+and\s+(?:wounded|injured)"
    rf"|shot\s+to\s+death|gunned\s+down|{KILLED_BY_NAME}|murdered|slain|dead|wounded|injured|hurt|hospitali[sz]ed|grazed"
    r"|stabbed\s+and\s+killed|stabbed"  # "a guard was stabbed": wounded, no death told
    r"|among\s+(?:the|those)\s+(?:dead|killed|wounded|injured|hurt)"  # "A nurse was among those killed"
    rf"|shot(?!\s+(?:down|at))|{SHOT_AT_PLACE}"
    # "was struck by a stray bullet", "was hit in the leg": shot (not "struck by a car")
    rf"|(?:struck|hit)\s+(?:by\s+{_SHOTS}|(?:once\s+|twice\s+)?in\s+the\s+(?:\w+\s+)?{_BODY}(?!\s+(?:with|by)\b))"
    r"|(?P<care>(?:taken|transported|rushed|flown)\s+to\s+(?:a\s+|the\s+)?(?:[\w'’.-]+\s+){0,4}?[Hh]ospital|treated\s+(?:at|for)))\b"
    rf"|\b(?:[Hh]e|[Ss]he|[Tt]he\s+victim|[Tt]he\s+(?:{_ELDEST}\s+)?{PERSON}|[Tt]he\s+{_ELDEST}|[Tt]he\s+\d{{1,3}}-year-old(?:\s+{PERSON})?"
    rf"|(?:^|(?<=[,;]\s))(?:An?|One|an?)\s+(?:(?!(?:and|or|who|which|that|of)\b)[\w'’-]+\s+){{0,3}}?(?:{PERSON}|{_AGE_ALONE})"
    # "His deputy, Ana Ruiz, died": one's kin or aide with a name apposed, or dying after the
    # attack ("his wife died at the hospital", "her son later died"); bare, "his wife died"
    # may tell an old death. "The toddler, 2, died later": an age apposed.
    rf"|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+)?{PERSON}(?=,\s+{NAME},|{_DIED_NOW}))(?:,\s+{NAME},|{_AGE_APPOSED})?\s+(?:later\s+)?(?P<verb2>died)\b"
    # "Oliver died at the scene", "Isaac Duran was shot and killed", "Garcia was pronounced
    # dead": a named victim (one person), with an unambiguous verb only.
    rf"|\b{NAME}\s+(?:later\s+|then\s+)?(?P<verb4>died)\b"
    rf"|\b{NAME}(?:,\s+an?\s+[^,;]{{3,60}},)?\s+(?:(?:was|has\s+been|had\s+been|later|also|subsequently|reportedly|then)\s+){{1,3}}"
    r"(?P<verb3>killed|murdered|slain|assassinated|gunned\s+down|pronounced\s+dead|declared\s+dead|found\s+dead|shot\s+dead|shot\s+and\s+killed|fatally\s+shot"
    r"|shot\s+to\s+death|found\s+shot\s+to\s+death|found\s+shot\s+and\s+killed|stabbed\s+to\s+death)\b",
)
# A victim's kin as the subject, however long what is told of them before the verb: "His son
# stepped outside and was killed by the blast", "Her husband, riding with her, was badly hurt".
KIN_SUBJECT = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+)?{PERSON}\b"
    r"(?:(?!\b(?:said|says|told|according|who|whose|were|is|are|had|and)\b|\bwas\s(?!\w+ing\b))[^.;:!?]){3,100}?"
    rf"\s+(?:and\s+)?(?:was|had\s+been)\s+(?:(?:also|later|then|subsequently|reportedly|{SEVERITY})\s+){{0,2}}"
    r"(?P<verb>killed|shot\s+dead|shot\s+and\s+killed|murdered|slain|wounded|injured|hurt)\b"
)
# An opening phrase of source or time before a sentence's subject: "According to the army,",
# "In the first of two attacks that day,".
_OPENING = r"(?:According\s+to|In|During|After|Later|Earlier|Meanwhile|However)\b[^,;.:]{0,60},\s+"
# "A television reporter, who also worked for the city, was shot to death": one person,
# the subject of a sentence, however long the phrase that describes them.
# "A 25-year-old woman, one of the victims of Sunday's shooting, has died": the same, dying.
# After an opening phrase of source or time: "According to the army, a soldier guarding
# the bridge was wounded".
SUBJECT = re.compile(
    rf"^(?:(?:An?|The|Another)|{_OPENING}(?:[Aa]n?|[Tt]he|[Aa]nother))\s+"
    r"(?P<subject>(?:(?!\b(?:were|and|two|three|four|five|both|several|all)\b)(?:\d{1,3}-year-old|[^.;:\d]))"
    r"{1,140}?)\s+(?:(?:was|has\s+been|had\s+been)\s+"
    rf"(?:(?:later|also|reportedly|allegedly|apparently|then|subsequently|{SEVERITY})\s+)?"
    r"(?P<verb>shot\s+dead|shot\s+and\s+killed|shot\s+to\s+death|beaten\s+to\s+death|stabbed\s+to\s+death|killed"
    r"|murdered|assassinated|slain|found\s+dead|wounded|injured|hurt)|(?:has\s+|later\s+)?(?P<died>died))\b"
)
AGED = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne)\s+{PERSON},\s+(?:aged\s+)?\d{{1,3}},\s+(?:was\s+)?(?P<verb>died|killed|shot\s+dead|wounded|injured|hurt|shot)\b"
)
NAMED_AGED = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+(?:aged\s+)?\d{1,3},\s+(?:was\s+|has\s+been\s+)?(?:later\s+)?(?:found\s+)?"
    r"(?P<verb>shot\s+dead|shot\s+and\s+killed|fatally\s+shot|killed|died|dead|murdered|shot|stabbed|wounded|injured)\b"
)
IN_HOSPITAL = re.compile(
    rf"\b(?:(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){{0,3}}?|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+)?){PERSON}\s+(?:is|was|remains|remained)\s+"
    r"(?:\w+\s+)?(?:in|at)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?P<verb>hospital)\b"
    r"|\b(?P<verb2>(?:suffer(?:ing|ed|s)\s+(?:from\s+)?|sustain(?:ing|ed|s)\s+|(?:survived\s+)?with\s+|bleeding\s+from\s+)(?:a\s+|an\s+|multiple\s+|several\s+|(?:two|three|four|five|six|[2-9])\s+)?"
    r"(?:(?:single|apparent|accidental|serious|critical|minor|non-?\s?life[\s-]threatening|life[\s-]threatening)\s+)*gun\s?shot\s+wounds?)\b"
    # "police found a man shot in the leg"
    rf"|\bfound\s+(?:a|an)\s+(?!(?:second|third|fourth|fifth|sixth)\b)(?:[\w'’-]+\s+){{0,2}}?{PERSON}\s+(?P<verb4>shot|wounded|injured)\b(?!\s+(?:dead|to\s+death|and\s+killed))"
    # "an officer shot him", "the suspect shot the customer": one victim as the object.
    # "settlers shot and wounded a farmer", "injuring their driver"
    # "a man stabbed and killed his wife", "stabbed his neighbour to death", "killed his wife"
    rf"|(?P<fatal>\bfatally\s+)?\b(?P<verb3>shot\s+and\s+(?:wounded|injured)|stabbed\s+and\s+killed|shot|shoots|shooting|stabbed|stabbing"
    rf"|wounded|injured|killed|murdered|killing|murdering|wounding|injuring)\s+"
    rf"(?:him|her(?!\s+{_BODY})|the\s+(?:\d{{1,3}}-year-old\s+)?(?:victim|{PERSON})|(?:his|her|their)\s+(?:[\w'’-]+\s+)?{PERSON}"
    rf"|an?\s+(?:(?!(?:and|or|of|with)\b)[\w'’-]+\s+){{0,2}}?{PERSON})\b"
    r"(?P<dead>\s+dead|\s+to\s+death)?(?!\s+(?:and\s+killed|in\s+self))"
)
# A victim named as the object of naming or mourning, with a reduced relative: "Police
# identified the teenager fatally shot on Elm Street", "Police identify man shot dead",
# "Hundreds mourn the nurse killed in the blast" (not "... the man who killed her").
NAMED_VICTIM = re.compile(
    r"\b(?:identif(?:y|ies|ied)|name[sd]?|mourn(?:s|ed)?|bur(?:y|ies|ied)|remember(?:s|ed)?|honou?r(?:s|ed)?)\s+"
    rf"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?i:{PERSON_NOUN}|teen)\s+"
    r"(?P<verb>killed|shot\s+dead|fatally\s+(?:shot|stabbed)|shot\s+and\s+killed|shot\s+to\s+death|stabbed\s+to\s+death|gunned\s+down|slain|murdered)\b"
    r"(?!\s+(?:his|her|their|a|an|the|two|three|four|five|six|\d)\b)"
)
APPOSITIVE = re.compile(
    rf",\s+an?\s+(?:(?:[\w'’-]+\s+){{0,4}}?{PERSON}|\d{{1,3}}-year-old(?:\s+[A-Za-z]+)?),\s+(?:was\s+|who\s+was\s+)?"
    r"(?P<verb>died|shot\s+and\s+killed|shot\s+to\s+death|killed|found\s+dead|pronounced\s+dead|fatally\s+shot|wounded|injured|shot)\b"
)
# Headlines: "Man shot, killed on Detroit's west side", "17-Year-Old Boy Shot, Killed in
# Stockton", "Waitress shot while trying to help", "Search for gunman after man shot inside".
HEADLINE = re.compile(
    r"^(?:[\w'’.-]+:\s+|.*?\b(?:after|as|when)\s+)?(?:[A-Z0-9][\w.'’-]*\s+){0,3}"
    rf"(?i:{PERSON_NOUN}|teen|waitress|clerk|cabbie|homeowner)(?:,\s*\d{{1,3}},)?\s+"
    r"(?i:(?:found\s+)?(?P<verb>shot\s*(?:,|&|and)\s*killed|shot\s+(?:[\w'’-]+\s+){0,4}?dies|fatally\s+shot|shot\s+to\s+death|shot\s+dead|killed|dies|dead"
    r"|shot\s*(?:,|&|and)\s*(?:wounded|injured|hurt)|shot|stabbed|wounded|injured|hurt"
    r"|(?:in\s+)?(?:critical|serious|stable|grave)(?:\s+condition)?(?=\s+(?:after|following|in)\b)))\b"
)
# Names, each with an age apposed or none ("Ana Ruiz, 20, and Tom Hale"), that were killed or
# hurt or that died, anywhere in the sentence ("Four men were shot; Ruiz and Tom Hale died").
_NAME_AGED = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+\d{1,3},?)?"
NAMED_PAIR = re.compile(
    rf"\b{_NAME_AGED}(?:,\s+{_NAME_AGED})*\s+and\s+{_NAME_AGED}"
    r"\s+(?:were\s+(?:both\s+|later\s+)?|(?:both\s+|later\s+)?(?=died\b))"
    r"(?P<verb>killed|shot\s+dead|shot\s+and\s+killed|murdered|wounded|injured|shot|died)\b"
)
# An age apposed in such a list, which is no name of its own.
APPOSED_AGE = re.compile(r",\s+\d{1,3},?")
# One death told without a count: "... and was pronounced dead at the scene", "a deputy
# fatally shot a man", "a 13-year-old who was shot and killed", "Lee, 51, who was killed".
ONE_DEAD = re.compile(
    r"\b(?:was|is|had\s+been|has\s+been)\s+(?:later\s+|subsequently\s+)?(?:pronounced|declared)\s+dead\b"
    rf"|\bfatally\s+(?:shot|shoots|shooting|stabbed|stabbing|wounded|wounding)\s+(?:an?|the|his|her|one)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON}|\d{{1,3}}-year-old)\b"
    rf"|\b(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON}|\d{{1,3}}-year-old)(?:,\s+[^,;]{{3,80}},|\s+who)"
    r"\s+(?:was|had\s+been|has\s+been)\s+(?:later\s+)?(?:shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|fatally\s+shot"
    r"|killed|murdered|slain|found\s+dead|stabbed\s+to\s+death)\b"
    rf"|\b{NAME},\s+(?:aged\s+)?\d{{1,3}},\s+who\s+(?:was|had\s+been)\s+(?:shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death"
    r"|fatally\s+shot|killed|murdered|slain|found\s+dead|stabbed\s+to\s+death)\b"
    # The death named as a thing: "charged in the shooting death of Ann Lee", "the fatal
    # shooting of a man", "a teen's slaying", "the homicide victim", "found Bo Tan shot to death".
    rf"|(?<!attempted\s)\b(?i:(?:shooting|stabbing|beating)\s+death|fatal\s+(?:shooting|stabbing)|murder|slaying|killing)\s+of\s+"
    rf"(?:(?i:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?i:{PERSON})\b|\d{{1,3}}-year-old\b|{NAME})"
    rf"|\b(?i:{PERSON}|teen)['’]s\s+(?i:fatal\s+shooting|shooting\s+death|slaying|murder|killing)\b"
    r"|\b(?i:homicide\s+victim)\b(?!s)"
    # A body found: "the body of a man with a gunshot wound", "a body with gunshot wounds".
    rf"|\b(?i:body)\s+of\s+(?i:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{PERSON}|\d{{1,3}}-year-old)\b"
    r"|\b(?i:body)\s+with\s+(?:an?\s+)?(?:\w+\s+)?gunshot\s+wounds?\b"
    # whoever they were, when the body was found: "the body of a former militant was found"
    r"|\b(?i:body)\s+of\s+(?i:an?)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]+\s+(?:was\s+)?(?:found|discovered|recovered|dumped|retrieved)\b"
    rf"|\bfound\s+(?:{NAME}|(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON}|\d{{1,3}}-year-old))\s+"
    r"(?:shot\s+to\s+death|shot\s+dead|dead|fatally\s+shot|stabbed\s+to\s+death)\b"
)
# A victim who died of the wounds already told: "the man injured in a shooting last week
# died from his injuries", "Shooting victim dies".
DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|dies|has\s+died)\s+(?:[\w'’-]+\s+){0,4}?(?:from|of)\s+(?:his|her|the)\s+(?:\w+\s+)?(?:injuries|wounds?)\b"
    r"|\bsuccumbed\s+to\s+(?:his|her)\s+(?:\w+\s+)?(?:injuries|wounds?)\b"
    r"|\b(?:shooting|gunshot|stabbing)\s+victim\s+(?:dies|died|has\s+died)\b"
    # the one hurt, then dead, in the same clause: "was stabbed several times and died at the scene"
    # (not "was hit by a truck and later died": struck by a vehicle or by nature, no attack;
    # shrapnel, a shell or a rocket is one)
    rf"|\b(?:was|were)\s+(?:\w+\s+)?(?:shot|stabbed|wounded|injured|hurt|(?:struck|hit)(?!\s+by\s+{_NOT_AN_ATTACK}))\b[^.;:]{{0,60}}?\band\s+(?:later\s+)?died\b",
    re.IGNORECASE,
)
# A victim's condition: "He was listed in stable condition", "the girl remains in critical
# condition" (one victim in care: wounded unless the text says they died), and "left
# another man critically wounded" (one more wounded).
# A short phrase of place after a person: "the driver of the fleeing car", "a child in the
# home" (a preposition, an article and up to three words, none of them "was", "is",
# "were", "who" or "and").
_WHERE_PHRASE = r"(?:\s+(?:of|in|at|on|from|inside|near)\s+(?:the\s+|an?\s+)?(?:(?!(?:was|is|were|who|and)\b)[\w'’-]+\s+){0,2}?(?!(?:was|is|were|who|and)\b)[\w'’-]+)?"
CONDITION = re.compile(
    # a named victim opening a clause: "Ruiz remains in stable condition"
    rf"(?:\b(?:[Hh]e|[Ss]he|[Tt]he\s+(?:victim|{PERSON}|\d{{1,3}}-year-old(?:\s+{PERSON})?){_WHERE_PHRASE})|(?:^|(?<=[,;]\s)|(?<=\band\s)){NAME}(?<!Hospital)(?<!Center)(?<!Centre)"
    # one victim told anew, not the last of a list: "A boy remained in critical condition"
    rf"|(?<!\band\s)\b[Aa]n?\s+(?:(?!(?:and|or|who|which|that|was|were|is)\b)[\w'’-]+\s+){{0,3}}?(?:{PERSON}|{_AGE_ALONE}){_WHERE_PHRASE})"
    r"\s+(?:was|is|remains|remained)\s+"
    r"(?:listed\s+|reported\s+|said\s+to\s+be\s+)?in\s+(?:stable|critical|serious|fair|grave|good|satisfactory)(?:\s+but\s+stable)?\s+condition\b"
)
# One victim told by the hurt they took: "A third man received minor injuries", "Ruiz
# sustained wounds to both legs", "causing slight injuries to his son". Gunshot wounds are
# read apart (the victim may yet die); a fatal injury is a death.
INJURIES = re.compile(
    # one person, not the last of a list ("a woman and a girl suffered"); a name opens a clause
    rf"(?<!\band\s)\b(?:(?:[Aa]n?|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?!(?:and|or|who|which|that|was|were|is|of)\b)[\w'’-]+\s+){{0,3}}?"
    rf"{PERSON}{_WHERE_PHRASE}|[Hh]e|[Ss]he|(?:^|(?<=,\s)){NAME})(?:,\s+[^,;]{{2,60}},)?\s+(?:(?:also|later|reportedly)\s+)?"
    r"(?:received|suffered|sustained|suffers|sustains)\s+(?P<what>(?:(?!gunshot\b)[\w'’-]+\s+){0,3}?)(?:injur(?:y|ies)|wounds?)\b"
    rf"|\bcaus(?:ing|ed|es)\s+(?P<what2>(?:[\w'’-]+\s+){{0,2}}?)injur(?:y|ies)\s+to\s+(?:an?|the|his|her|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{PERSON}\b"
)
# One more victim after the dead: "left one man dead and another wounded", "killed three
# and injured another", "three were killed, and another injured", "left a girl dead and her
# friend injured".
ANOTHER = re.compile(
    rf"\b(?:left|leaving|and|,)\s+(?:another|one\s+other|the\s+other|a\s+(?:second|third|fourth)|(?:his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?{PERSON})"
    rf"(?:\s+(?:[\w'’-]+\s+){{0,2}}?{PERSON})?\s+(?:was\s+|is\s+)?(?:(?:critically|seriously|badly|slightly)\s+)?"
    r"(?:wounded|injured|hurt|with\s+(?:(?:serious|critical|life[\s-]threatening|non-?\s?life[\s-]threatening|minor)\s+)?injuries)\b"
    r"(?!\s+(?:his|her|their|its|an?|the)\s)"  # "the other injured her jaw": the verb of a clause, not a state
    r"|\band\s+(?:(?:critically|seriously|badly|slightly)\s+)?(?:wounded|injured|hurt|wounding|injuring)\s+"
    rf"(?:another|one\s+other|a\s+(?:second|third|fourth))(?:\s+(?:[\w'’-]+\s+){{0,2}}?{PERSON})?\b"
)
# A second victim, apart from the dead: "The other man, 23, was found with gunshot wounds",
# "A second victim was taken to a hospital", "another woman is in stable condition".
OTHER_VICTIM = re.compile(
    rf"\b(?:[Tt]he\s+other|[Aa]\s+(?:second|third|fourth|fifth)|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON}|victim)\b"
    r"(?:,\s+[^,;]{2,40},)?\s+(?:(?:was|is|remains|remained|had\s+been)\s+(?:(?:also|later|critically|seriously|listed|found|reported)\s+){0,2}"
    r"(?:(?:shot|wounded|injured|hurt)(?!\s+(?:dead|to\s+death|and\s+killed|fatally))|hospitali[sz]ed|taken\s+to|transported\s+to|rushed\s+to"
    r"|treated|in\s+(?:critical|serious|stable|fair)|(?:[\w'’-]+\s+){0,4}?with\s+(?:\w+\s+){0,2}?(?:gunshot\s+wounds?|injuries))"
    # "A fourth man suffered a gunshot wound in his arm"
    r"|(?:also\s+)?(?:suffered|sustained|received)\s+(?:an?\s+|multiple\s+)?(?:[\w'’-]+\s+){0,2}?(?:gunshot\s+wounds?|injuries|wounds?))\b"
)
# "killed Omar Haddad, a union leader": one named victim as the object of the verb.
KILLED_NAMED = re.compile(
    r"\b(?:killed|killing|assassinated|assassinating|murdered|murdering|shot\s+dead|shot\s+and\s+killed|gunned\s+down)\s+"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|In|On|At|Last|Early|Late|Police|Officers?|Authorities)\b)"
    r"(?:\d{1,3}-year-old\s+)?"  # "killed 22-year-old Dan Smith"
    # a title before the name, with no article: "killed indigenous governor Ana Ruiz"
    rf"(?:(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{PERSON_NOUN}|president|councilman)\s+)?"
    r"[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]+|al|el|bin|ibn|de|van|von)){1,3}(?=\s*(?:,|\.|;|$|\s+(?:and|in|on|at|near|as|while|outside)\b))"
)
# "Efrain Ruiz Soto, a council candidate for the Liberal Party in the coming elections, was
# found dead": a named victim opening the sentence, however long the description.
NAMED_SUBJECT = re.compile(
    # after an opening phrase of time or source: "In the first of two attacks that day, Ana Ruiz, ..."
    rf"^(?:{_OPENING})?"
    r"(?!(?:The|A|An|In|On|At|Police|Authorities|Officials)\b)[A-Z][a-z][\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]+|de|la|del|da|van|von|al|el|bin)){1,5},\s+[^;.]{3,140}?,\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:(?:later|also|reportedly|then)\s+)?"
    r"(?P<verb>killed|murdered|assassinated|slain|found\s+dead|beaten\s+to\s+death|stabbed\s+to\s+death"
    r"|hacked\s+to\s+death|shot\s+dead|shot\s+and\s+killed|shot\s+to\s+death|gunned\s+down|wounded|injured)\b"
)
# Text in capitals (read in sentence case) cannot tell a name from other words, so the
# patterns of a named victim do not see "SENATOR LUIS ROJAS WAS ASSASSINATED". There a
# singular subject that "was killed" is one victim, and so is the one whose "murder" or
# "death" is named ("THE MURDER OF JECAR NEGHME") or who is "the assassinated" one ("WHO
# SUCCEEDED THE ASSASSINATED LUIS ROJAS"), unless a count or a plural follows.
CAPS_ONE_KILLED = re.compile(
    r"(?<![\w'’-])(?!(?:no|one|nobody|none|nothing|it|this|that|which|who|anyone|everyone|someone|they|he|she)\b)"
    r"[a-z][\w'’.-]*[\])]?,?\s+(?:was|has\s+been|had\s+been)\s+(?:(?:later|also|reportedly|allegedly|then|subsequently)\s+)?"
    rf"(?:{TAKEN_AND})?(?:killed|murdered|assassinated|slain|shot\s+to\s+death|shot\s+dead|gunned\s+down|stabbed\s+to\s+death|beaten\s+to\s+death"
    r"|found\s+dead)\b"
    r"|\b(?:(?:murder|assassination|killing|slaying|death)\s+of|the\s+(?:slain|assassinated|murdered))\s+"
    r"(?:(?:former|late|dr|mr|mrs|ms|msgr|father)\.?\s+)?"
    r"(?!(?:the|a|an|his|her|their|its|this|that|these|those|all|some|many|several|at|more|over|about|around|nearly|almost"
    r"|dozens|hundreds|thousands|scores|innocent|\d)\b)(?P<of>[a-z][\w'’-]*)"
)
# "the slain minister", "the assassinated candidate": one victim, named by what they were.
THE_SLAIN = re.compile(rf"\b(?i:the)\s+(?:slain|assassinated|murdered)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON}|president)\b(?!s)")
