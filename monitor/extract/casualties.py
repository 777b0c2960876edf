"""Casualty figures in a sentence: killed and wounded, with qualifier and evidence.

A figure is a number (digits, words, "a dozen") tied to a casualty verb in one of three
shapes: the verb before ("killing at least eight people"), the verb after ("31 others
were wounded", "36 people had been killed and 220 wounded"), or a toll ("the death toll
rose to 12"). A number not tied that way (rockets, troops, ages, years, money, counts of
attacks) is never a figure. Vague quantities ("dozens") are kept as lower bounds with the
``at_least`` qualifier. Attackers killed ("two gunmen were also killed") are kept apart.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from monitor.extract.events import CHARGED, event_type
from monitor.extract.numbers import NUM, QUAL, SINGULAR, parse_number, plausible, qualifier
from monitor.extract.victims import (
    AGED,
    ANOTHER,
    APPOSED_AGE,
    APPOSITIVE,
    ATTACKERS,
    CAPS_ONE_KILLED,
    CONDITION,
    DIED_OF_WOUNDS,
    GENERIC_PEOPLE,
    HEADLINE,
    IN_HOSPITAL,
    INJURIES,
    KILLED_BY_NAME,
    KILLED_NAMED,
    KIN_PLURAL,
    KIN_PLURAL_PART,
    KIN_SUBJECT,
    NAMED_AGED,
    NAMED_PAIR,
    NAMED_SUBJECT,
    NAMED_VICTIM,
    OFFICE,
    ONE_DEAD,
    OTHER_VICTIM,
    PERSON,
    PERSON_NOUN,
    POST,
    SEVERITY,
    SHOT_AT_PLACE,
    SINGLE,
    SUBJECT,
    TAKEN_AND,
    THE_SLAIN,
    VICTIMS,
    group_attackers,
    group_count,
    object_count,
    persons,
)
from monitor.records import Qualifier

Kind = Literal["killed", "wounded", "shot"]

_ROLE = re.compile(rf"\b(?:{OFFICE}|{POST}|deputy|journalist|reporter|cleric|priest|imam|sheikh|pastor|abbot|bishop)$", re.IGNORECASE)

# "2 arrested after boy shot", "Three held following fatal shooting": the number counts
# the people arrested; the victim comes after the clause word, so a victim's modifiers
# never cross it.
_HELD = r"after|before|following|arrested|held|detained|sought|questioned|" + CHARGED
_MOD = (
    rf"(?:(?!(?:and|or|but|who|which|that|where|say|says|said|were|was|had|have|in|on|at|hours?|days?|weeks?|months?|years?|{_HELD})\b|\d(?!\d*-year))"
    r"(?:(?:[a-z]\.){2,3}|[\w'’-]+)\s+){0,4}?"  # "two U.S. missionaries"
)
# Where victims were shot, after "shot at": a name ("Club 21") or a place where people
# gather ("a party", "the bar"), not a target ("shot at police", "shot at the car").
_SCENE = (
    r"(?-i:[A-Z0-9])|(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:party|gathering|bar|club|nightclub|lounge|restaurant|store|shop"
    r"|market|mall|gas\s+station|apartment|motel|hotel|park|school|church|funeral|vigil|wake|concert|festival|event"
    r"|intersection|bus\s+stop|parking\s+lot|barbecue|cookout|home\s+of|residence)\b"
)
_BE = r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|have|had|has|are|is|got|being|been|remain(?:ed|s)?|reportedly|also|all|later|"
_BE += rf"confirmed|believed|feared|reported|said\s+to\s+be|appears?\s+to\s+have|{SEVERITY}|fatally|mortally|both|either|found"
_BE += rf"|initially|immediately|quickly|eventually|first)\s+|{TAKEN_AND}){{0,4}}"  # "were initially taken to hospitals"
_KILL_AFTER = r"(?P<verb>shot\s+and\s+(?:wounded|injured|hospitali[sz]ed)|killed\s+or\s+(?:wounded|injured|hurt)|killed|dead|died|martyred|lost\s+their\s+lives|perished|slain|shot\s+dead|shot\s+and\s+killed"
_KILL_AFTER += r"|shot\s+to\s+death|fatally\s+shot|gunned\s+down|murdered|wounded|injured|hurt|hospitali[sz]ed|maimed"
_KILL_AFTER += "|" + KILLED_BY_NAME
# "Three Americans were among the injured": counted with the victims told, not added to them
_KILL_AFTER += r"|among\s+(?:the|those)\s+(?:dead|killed|wounded|injured|hurt)"
# (not "taken to a hospital for smoke inhalation", "as a precaution": no wound told)
_KILL_AFTER += r"|(?:taken|admitted|transported|rushed|airlifted|flown)\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}hospitals?"
_KILL_AFTER += r"(?!\s+(?:for\s+(?:smoke|evaluation|observation|precaution|treatment\s+of\s+(?:smoke|minor))|as\s+a\s+precaution))"
# "were treated at Mercy Medical Center", "treated for gunshot wounds"
_KILL_AFTER += r"|treated\s+for\s+(?:\w+\s+){0,2}?(?:wounds|injuries)|treated\s+(?:and\s+released\s+)?at\s+(?-i:(?=[A-Z]))"
# "Two others are in critical condition", "All three are listed in fair condition": in care, alive
_KILL_AFTER += r"|(?:listed\s+)?in\s+(?:critical|serious|stable|fair|grave|good)(?:\s+but\s+stable)?\s+condition"
# A people noun naming their place or vehicle, not them: "a police compound", "an army convoy".
_NOT_A_PLACE_OF_THEIRS = (
    r"(?!['’]|\s+(?:compound|station|post|headquarters|checkpoint|base|camp|barracks|academy|building|office|convoy"
    r"|vehicle|car|van|truck|bus|line|position|outpost)s?\b)"
)
_KILL_AFTER += r"|(?:hit|struck)\s+by\s+(?:stray\s+)?(?:gunfire|bullets?|rounds|shots)"
_KILL_AFTER += r"|stabbed\s+and\s+killed|stabbed"  # "two guards were stabbed": wounded (see _kind)
# "two survived with gunshot wounds": alive (see _kind)
_KILL_AFTER += r"|(?:(?:survived\s+)?with\s+|suffering\s+(?:from\s+)?)(?:\w+\s+){0,2}?gunshot\s+wounds?"
# "Dozens remain in hospital", "Two are still in hospital": patients (not "were in the
# hospital when the shells fell", a place)
_KILL_AFTER += r"|remain(?:ed|s)?\s+(?:\w+\s+)?in\s+(?:the\s+)?hospitals?|(?:are|were|is|was)\s+(?:still\s+)?in\s+hospitals?"
# "Three people suffered non-life-threatening gunshot wounds", "two guards sustained minor injuries"
_KILL_AFTER += r"|(?:suffered|sustained|received)\s+(?:from\s+)?(?:(?!(?:no|any|neither)\b)[\w-]+\s+){0,3}?(?:injuries|wounds)"
# "shot at police", "shot repeatedly at the offices": the shooters, not the shot
_KILL_AFTER += r"|shot(?!\s+(?:down|from|by\s+a\s+camera)\b)(?!\s+(?:\w+ly\s+)?at\s+(?!" + _SCENE + "))|" + SHOT_AT_PLACE + ")"
_KILL_BEFORE = (
    r"(?P<verb>kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|martyr(?:ed|ing)|shot\s+dead|shot\s+and\s+killed"
    r"|murder(?:ed|ing|s)|assassinat(?:ed|ing|es)|massacr(?:ed|ing|es)|sl(?:ew|ays?|aying)|execut(?:ed|ing|es)|behead(?:ed|ing|s)"
    r"|fatally\s+shot|gunned\s+down|gunning\s+down|guns?\s+down|shoot(?:ing|s)?|shot"
    r"|claim(?:ed|ing|s)?\s+the\s+(?:life|lives)\s+of|left|leaving|sen(?:t|ds|ding)"
    r"|(?:sl(?:it|its|itting)|cut(?:s|ting)?)\s+the\s+throats?\s+of"  # a killing by its manner
    # a killing by its manner, read only with "to death" before or after the victims: "hacked
    # 18 villagers to death", "beat to death two men"
    r"|(?P<manner>(?:hack(?:ed|ing|s)|stabb(?:ed|ing)|stabs|beat(?:s|ing)?|burn(?:ed|t|ing|s)|ston(?:ed|ing|es)|strangl(?:ed|ing|es)"
    r"|bludgeon(?:ed|ing|s)|club(?:bed|bing|s)|lynch(?:ed|ing|es))(?:\s+to\s+death)?)"
    r"|(?:murders?|killings?|assassinations?|deaths?|massacre)\s+of"
    # "the death of a woman and injuries to five other people" (not "injury to a child", a charge)
    r"|injuries\s+to(?=\s+(?!(?:an?|one|the|his|her|their)\b))"
    # shots that hit people: "opened fire on the crowd, striking five people" (a noun of people
    # only: "struck two cars" is none, nor is "struck a police compound", whose people noun
    # names a place)
    rf"|(?:strik(?:ing|es)|struck|hitting|hits)(?=\s+(?:[\w'’-]+\s+){{1,5}}?(?:{VICTIMS}|{PERSON_NOUN})\b{_NOT_A_PLACE_OF_THEIRS}))"
)

# What the people a bare count tells did, when it makes them attackers ("killed three who
# fired at them"): they are not victims (nor counted as attackers: no noun says so).
_ATTACKED = (
    r"(?:had\s+|have\s+)?(?:fired|opened\s+fire|attacked|stormed|ambushed|raided|shot\s+at|threw|hurled|planted"
    r"|tried\s+to\s+(?:attack|storm|bomb|shoot|kill|detonate|ram))\b"
)
# A day told right after a bare count ("gunmen wounded three overnight", "killing two
# Sunday"): the count ends there as before "on Sunday".
_DAY_TOLD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|early|late|last)"
_BEFORE = re.compile(
    rf"\b{_KILL_BEFORE}\s+(?:{QUAL}\s+|(?:the|his|her|their)\s+(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b))?[\"'“‘]?(?P<num>{NUM}|an?|the)[\"'”’]?"
    rf"(?:\s+(?P<noun>{_MOD}(?:{VICTIMS}|{PERSON_NOUN}))\b|(?=\s*(?:[,.;:](?!\d)|$|\s+(?:and|in|on|near|at|outside|when|during|of|before|after|while|who(?!\s+{_ATTACKED})|{_DAY_TOLD})\b)))"
    rf"(?:\s+(?P<state>dead|wounded|injured|hurt|to\s+death|to\s+(?:the\s+|a\s+)?(?:\w+\s+){{0,2}}?hospitals?))?",
    re.IGNORECASE,
)
# Words between the victims and their verb: an aside between commas or dashes ("two
# missionaries -- aged 19 and 21 -- were shot"), or, after a noun of people, what they were
# doing or where they served ("seven guards travelling aboard a bus were killed", "two
# officers assigned to the border unit were shot"), one phrase with no clause of its own.
# Fighters "on both sides" of a clash: the dead of a fight told both ways, where neither side
# is the attacker, are victims ("Fighting near Marib killed 22 fighters on both sides").
_BOTH_SIDES_WORDS = r"\s*\b(?:on|from)\s+(?:both|either|each)\s+sides?\b"
_BOTH_SIDES = re.compile(_BOTH_SIDES_WORDS, re.IGNORECASE)
# A side's fighters as a count of their own ("12 PKK militants"; not "30 of the attackers",
# the story's attackers, nor "gunmen", the doers of a deed).
_A_SIDE = re.compile(r"^(?!of\b).*\b(?:militants|insurgents|fighters|rebels|jihadists|extremists|terrorists|militiamen)$", re.IGNORECASE)


def _struck_from_the_air(sentence: str, noun: str | None) -> bool:
    """Whether ``noun``, the dead of ``sentence``, are a side's fighters killed by a strike from
    the air ("Warplanes struck rebel bases, killing 12 militants", "killed 12 militants in air
    strikes"): the strike is the attack and they are its victims, not attackers killed."""
    return noun is not None and _A_SIDE.match(noun) is not None and _an_airstrike(sentence)


@lru_cache(maxsize=64)
def _an_airstrike(sentence: str) -> bool:
    """Whether ``sentence`` tells an air strike (once per sentence, not per count of it)."""
    return event_type(sentence) == "airstrike"

_ASIDE = (
    rf"(?:{_BOTH_SIDES_WORDS}\s+|,\s*(?:including\s+)?[^;.]{{3,100}}?,\s*|,\s*|\s*--\s*[^;.]{{3,60}}?\s*--\s*"
    r"|(?<=[a-z])\s+(?=\w+(?:ing|ed)\s)(?:(?!\b(?:who|which|that|and|but|after|when|while|as|where|were|was|of)\b)[^,;.:]){6,80}?\s+"
    r"(?=were\s|had\s+been\s|have\s+been\s|died\b))?"
)
_AFTER = re.compile(
    rf"(?:\b{QUAL}\s+)?\b(?P<num>{NUM}|(?<=\band\s)an?)\s+(?:(?P<noun>{_MOD}{VICTIMS}|(?<=\ban\s)\w+|(?<=\ba\s)\w+)\s*)?{_ASIDE}{_BE}{_KILL_AFTER}\b",
    re.IGNORECASE,
)
_TOLL = re.compile(
    rf"\b(?P<which>death\s+toll|toll|number\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:dead|deaths|killed|fatalities)|fatalities"
    # (a place set off by commas may come between the toll and its verb: "the toll from
    # shelling in Goma, North Kivu, rose to 41")
    rf"|number\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:injured|wounded))\s+(?:[\w'’-]+,?\s+){{0,14}}?"
    rf"(?:rose|risen|rises|climbed|climbs|reached|reaches|increased|jumped|stands\s+at|stood\s+at|is|was|hit|at"
    rf"|(?:was\s+|has\s+been\s+)?(?:revised|lowered|cut)(?:\s+(?:up|down)(?:wards?)?)?|(?:was\s+|has\s+been\s+)?raised)"
    rf"\s+(?:to\s+)?(?:{QUAL}\s+)?(?P<num>{NUM})\b"
    # the toll revised or stated by someone: "revised the toll down to 9", "put the death toll at 11",
    # "put the toll as high as 40",
    # "raising the death toll from Friday's attack to 14" (not "the toll of the week's attacks", a period's)
    rf"|\b(?:revis|lower|rais|put|cut)\w*\s+(?:the|its|their)\s+(?:(?:total|overall|official)\s+)?"
    rf"(?P<which3>death\s+toll|toll|(?:death\s+)?figure|number\s+of\s+(?:dead|deaths|killed))"
    # (the words between may name the event and its place, "at" too: "lowered the death toll
    # from Saturday's truck bombing at the junction in Mogadishu to 38")
    rf"\s+(?:(?:up|down)(?:wards?)?\s+)?(?:(?!(?:to|days?|weeks?|months?|years?|since)\b|at\s+(?:{QUAL.replace('<qual>', '<qual4>')}\s+)?{NUM}\b)[\w'’-]+\s+){{0,12}}?(?:(?:up|down)(?:wards?)?\s+)?(?:(?:to|at)\s+|(?=as\s+high\s+as\b))(?:{QUAL.replace('<qual>', '<qual3>')}\s+)?(?P<num3>{NUM})\b(?!\s*(?:million|billion|percent|%))"
    # "bringing the total death toll to 14" (not "bringing the total to 14", which may count arrests)
    rf"|\bbring(?:ing|s)?\s+(?:the\s+)?(?:(?:total|overall|official)\s+)?"
    rf"(?P<which2>death\s+toll|toll|number\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:dead|deaths|killed|fatalities))\s+(?:(?!to\b)[\w'’-]+\s+){{0,8}}?to\s+(?:{QUAL.replace('<qual>', '<qual2>')}\s+)?(?P<num2>{NUM})\b",
    re.IGNORECASE,
)
_ESTIMATE = re.compile(r"\bestimat(?:es?|ed|ing)\b", re.IGNORECASE)
# A bare "figure" revised is a toll only just after the dead are told and with no noun after
# its number: "gave 14 dead, but the army later put the figure at 10."
_DEAD_TOLD = re.compile(r"\b(?:dead|killed|deaths|died|toll|victims|bodies|fatalities)\b", re.IGNORECASE)
_FIGURE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)")
_BODIES = re.compile(
    rf"\b(?:{QUAL}\s+)?(?P<num>{NUM})\s+(?:(?:charred|mutilated|disfigured|decomposed|bullet-riddled|dismembered)\s+)?bodies\b|\bbodies\s+of\s+(?:all\s+|the\s+)?(?P<num2>{NUM})\b",
    re.IGNORECASE,
)
# A family told by its size: "killed a family of five", "A family of four was shot dead" (not
# "a mother of four", one person; see numbers._NEGATED).
_FAMILY = rf"(?:an?|the|one)\s+(?:(?:entire|whole)\s+)?family\s+of\s+(?P<num>{NUM})\b"
_FAMILY_OBJECT = re.compile(rf"\b{_KILL_BEFORE}\s+{_FAMILY}(?:\s+to\s+death)?", re.IGNORECASE)
_FAMILY_SUBJECT = re.compile(rf"\b{_FAMILY}\s+{_BE}{_KILL_AFTER}\b", re.IGNORECASE)
# The dead counted as deaths: "caused six deaths", "resulting in nine fatalities", "Six deaths
# were reported". Only after a verb of cause or before one of record: "deaths" alone may be
# a tally of a disease or of a year.
_DEATHS = re.compile(
    rf"\b(?:caus(?:ed|es|ing)|result(?:ed|s|ing)?\s+in|le(?:ft|aving|d\s+to|ading\s+to)|claim(?:ed|ing|s)?)\s+(?:{QUAL}\s+)?"
    rf"(?P<num>{NUM})\s+(?:(?:civilian|confirmed|more)\s+)?(?:deaths|fatalities)\b(?!\s+of\b)"
    rf"|\b(?:{QUAL.replace('<qual>', '<qual2>')}\s+)?(?P<num2>{NUM})\s+(?:deaths|fatalities)\s+(?:were|have\s+been|had\s+been|was)\s+"
    r"(?:reported|recorded|confirmed|registered)\b",
    re.IGNORECASE,
)
# "the bodies of 54-year-old Ann Lowe, 42-year-old Tim Lowe and 6-year-old Sam Lowe were found":
# one body per age in the list.
_BODIES_AGED = re.compile(
    r"\bbodies\s+of\s+(?P<list>\d{1,3}-year-old\s[^.;:()]{1,200}?)\s+(?:were|have\s+been|had\s+been)\b", re.IGNORECASE
)
# "the bodies of a woman and her teenage son were found": the people of the list.
_BODIES_OF = re.compile(
    r"\bbodies\s+of\s+(?P<list>(?:an?|the|his|her|their|two|three|four|five)\s[^.;:()]{1,160}?)\s+(?:were|have\s+been|had\s+been)\b", re.IGNORECASE
)
# Kin or companions in the plural as the whole object: "The man killed his sons", "shot dead
# her parents", "killed his neighbours". How many the text does not say: at least two
# (parents are two).
_KIN_KILLED = re.compile(
    r"\b(?P<verb>kill(?:ed|ing|s)|murder(?:ed|ing|s)|shot\s+dead|shot\s+and\s+killed|fatally\s+shot|stabbed\s+to\s+death"
    rf"|wound(?:ed|ing)|injur(?:ed|ing))\s+(?P<kin>{KIN_PLURAL})\b(?!\s*(?:,|and\b|as\s+well\b))",
    re.IGNORECASE,
)
# The killing named as the victims' own: "the six priests' murder", "the two reporters' killing".
_THEIR_DEATH = re.compile(
    rf"\b(?:{QUAL}\s+)?(?P<num>{NUM})\s+(?P<noun>{_MOD}{VICTIMS})['’]\s+(?:slaying|murders?|killings?|assassinations?|deaths)\b",
    re.IGNORECASE,
)
_AND_MORE = re.compile(
    rf"^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:{QUAL}\s+|(?:their|his|her)\s+(?={NUM}\s))?(?P<num>{NUM}|an?|the|their|his|her)\s+(?P<noun>{_MOD}(?:{VICTIMS}|{PERSON_NOUN}))\b"
    r"(?!\s+(?:spokes\w*|said|says|told|officials?|sources?|statement|report\w*)\b)", re.IGNORECASE
)
# A second noun of people right after the one read, before the next part of the list: the
# victims' noun goes on ("eight police commandos", read as "eight police").
_NOUN_GOES_ON = re.compile(rf"\s+(?:{VICTIMS})\b(?=\s*,|\s+and\b)", re.IGNORECASE)
_LOOK_BACK = 200  # characters: the longest phrase a look-back before a count reads
_PRECEDING_GROUP = re.compile(
    rf"(?:{QUAL}\s+)?\b(?P<num>{NUM}|an?)\s+(?P<noun>(?:[\w'’-]+\s+){{0,2}}?(?:{VICTIMS}|girl|boy|woman|man|shopkeeper|passer-by))\s*(?:,|,?\s*and)\s*$",
    re.IGNORECASE,
)
# "killing the owner and his wife", "killing both of them", "the wounding of a driver and a
# guard": the victims as a coordinated object.
_GROUP_OBJECT = re.compile(
    r"\b(?P<verb>killing|killed|shot\s+dead|murdering|murdered|(?:murders?|killings?|deaths?|assassinations?|wounding)\s+of)\s+(?P<object>(?:the|his|her|their|an?)\s[^,;.]{2,80}?"
    r"\s+and\s+(?:the|his|her|their|an?)\s+[\w'’-]+(?:\s+[\w'’-]+)?)(?=\s*(?:[,;.]|$|\s+(?:in|at|on|near|when|as|while|before|after)\b))"
    r"|\b(?P<verb2>killing|killed)\s+both\s+of\s+them\b"
)
# A plural subject however long, opening the sentence: "Four workers from the ministry
# were killed", "Two reporters and their driver were killed", "The mayor, his driver and
# his brother were killed". Its parts are counted by group_count.
_WERE_HIT = (
    rf"\s+(?:were|are)\s+(?:(?:all|both|later|also|reportedly|then|found|{SEVERITY})\s+){{0,3}}(?:{TAKEN_AND})?"
    r"(?P<verb>dead|killed|shot\s+dead|shot\s+and\s+killed|shot\s+to\s+death|gunned\s+down|murdered|slain|beheaded|executed"
    rf"|{KILLED_BY_NAME}|wounded|injured|hurt)\b"
)
# Opening the sentence, a group may also have died: "Ana Ruiz, 20, and Tom Hale, 22, died at
# the scene" (not in mid-sentence, where "and five more died" ends a clause of its own).
_GROUP_SUBJECT = re.compile(rf"^(?P<subject>[A-Z][^.;:!?]{{2,220}}?)(?:{_WERE_HIT}|\s+(?:(?:both|all|later)\s+)?(?P<died>died)\b)")
# The same in mid-sentence, after the words that open a clause: "Police say an officer and
# a citizen were injured", "... when two deputies and a bystander were hurt".
_OPENER = r"(?:said|says|say|told|when|after|as|where|while|that|because|before|but)"
# One noun phrase: no verb and no word that opens another clause inside it.
_PHRASE_CHAR = rf"(?:(?!\b(?:{_OPENER}|was|were|is|are|had|has|died|dead|killed|wounded|injured|hurt|shot)\b)[^.;:!?])"
_GROUP_CLAUSE = re.compile(
    rf"(?:^|\b(?:{_OPENER}|and)\s+)(?P<subject>(?:(?i:an?|the|his|her|their|two|three|four|five|six|[2-9])\s"
    rf"{_PHRASE_CHAR}{{2,160}}?|[A-Z][a-z][\w'’-]*)\s+and\s+{_PHRASE_CHAR}{{2,80}}?){_WERE_HIT}"  # "while Ruiz and two aides were hurt"
)


# A list of victims as the object of the verb, told one by one: "fatally shot his wife, Ana
# Ruiz, 34, and their son", "killing her and another woman", "shot the clerk and a
# customer". The list ends at the first part that is no person, or at a clause boundary.
_OBJECT_VERB = re.compile(
    r"\b(?P<verb>fatally\s+(?:shot|shooting|shoots|wounding|wounded)|shot\s+and\s+killed|shooting\s+and\s+killing|shot\s+dead"
    r"|kill(?:ed|ing|s)|murder(?:ed|ing|s)|shot|shooting|shoots|wound(?:ed|ing)|injur(?:ed|ing))\s+(?=\S)",
    re.IGNORECASE,
)


# Victims listed one by one as what an attack left: "left a guard, his wife and a neighbour
# dead", "leaving the clerk and a customer wounded" (counted by object_count). Not a list
# opening on a pronoun: "a shooting that left him, his wife and a son dead" may count the
# gunman ("him") among them.
_LEFT_LIST = re.compile(
    r"\b(?:left|leaving)\s+(?!(?:him|her|them)\b)(?P<list>[^.;:!?]{5,160}?)\s+(?P<state>dead|wounded|injured|hurt)\b", re.IGNORECASE
)
# A list that opens on "the man," or "the suspect," bare: maybe the gunman the story is about
# ("left the man, his wife and their son dead"), so only the rest are counted. An age after
# him ("the woman, 34, and her sons") tells a victim.
_MAYBE_THE_ATTACKER = re.compile(r"^the\s+(?:man|woman|suspect)\s*,(?!\s*\d)\s*(?:and\s+)?", re.IGNORECASE)


def _group_qualifier(group: str) -> Qualifier:
    """At least, when a part of the group is kin in the plural ("his wife and their
    children": group_count reads two for them); the qualifier a part opens with ("At least
    four guards and two drivers", "two guards and at least three drivers"); else exact."""
    kin = KIN_PLURAL_PART.search(group.rstrip(", "))
    if kin is not None and not kin.group(0).lower().endswith("parents"):
        return "at_least"
    opening = _PART_QUAL.search(group)
    return qualifier(opening.group("qual"), "exact") if opening else "exact"


_PART_QUAL = re.compile(rf"(?:^|,\s+|\band\s+)\s*{QUAL}\s+(?={NUM}\b)", re.IGNORECASE)


def _title_case(text: str) -> bool:
    """A Title Cased headline, where a capital marks no name."""
    words = re.findall(r"\b[A-Za-z]{4,}\b", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


_SHOOTER = re.compile(r"\b(?:suspect|gunman|shooter|attacker|assailant|robber|intruder|himself|herself)\b", re.I)
_MULTIPLE = re.compile(r"\b(?P<n>double|triple|quadruple|quintuple)\s+(?P<what>shooting|homicide|murder|stabbing)\b", re.I)
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
# What the killing would be, not what it is: "the shooting would become a triple homicide
# if the wounded die", "it could turn into a double murder".
_WOULD_BE = re.compile(r"\b(?:would|could|may|might|will)\s[^,;.]{0,30}$", re.IGNORECASE)
# The same inside a toll: "the death toll may have reached 20", "could climb to 40".
_MAY_HAVE = re.compile(r"\b(?:would|could|may|might)\s+(?!not\b)[^,;]*$", re.IGNORECASE)
_OF_THEM = re.compile(
    # "three of them later died", "two of the wounded have since died"
    rf"\b(?P<num>{NUM})\s+of\s+(?:them|the\s+(?:victims|wounded|injured))\s+(?:was\s+|were\s+|(?:have|has|had)\s+)?"
    r"(?:(?:later|since|subsequently|then)\s+)?(?P<verb>fatally|died|killed|dead|critically|seriously)",
    re.IGNORECASE,
)
# A subject that names the one it describes: "The party secretary, Ana Ruiz, died".
_APPOSED_NAME = re.compile(r",\s+(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,3}),?$")
_SINGULAR_VERB = re.compile(r"\b(?:was|is|has)\b", re.IGNORECASE)
_ATTEMPTED = re.compile(r"\battempted\s+$", re.IGNORECASE)
_FATALLY = re.compile(r"\b(?:fatally|mortally)\b", re.IGNORECASE)
# A child's age: "a 4-year-old", "a five-year-old".
_CHILD_AGE = r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-\s]year[-\s]old"
# A child or an accident, not a gunman's suicide: "a 4-year-old boy accidentally shot
# himself", "Toddler who shot himself", "Son, 8, shoots himself".
_SELF_SHOT = re.compile(
    r"\b(?:(?:accidentally|unintentionally)\s+(?:shot|shoots|shooting)\s+(?:him|her)?self"
    rf"|(?:toddler|child|baby|boy|girl|son|daughter|kid|{_CHILD_AGE})(?:,\s*\d{{1,2}},)?\s+(?:who\s+)?(?:had\s+)?(?:accidentally\s+)?"
    r"(?:shot|shoots|shooting)\s+(?:him|her)?self)\b",
    re.IGNORECASE,
)
# A verb in the active voice, with its object after it: "a boy accidentally shot his friend".
_OBJECT_WORD = r"(?:him|her|his|their|them|my|your|a|an|the)\b"
_OBJECT_AFTER = re.compile(rf"\s+{_OBJECT_WORD}", re.IGNORECASE)
# What after a headline's verb makes its subject the doer in running text: a counted object
# ("A man stabbed three people") or a second verb with its object ("A man stabbed and ran
# over his wife"), unlike the headline "Man stabbed".
_DOER_AFTER = re.compile(
    rf"\s+(?:{QUAL}\s+)?(?:{NUM})\s+{_MOD}(?:{VICTIMS}|{PERSON_NOUN})\b"
    rf"|\s+and\s+(?:[a-z]+\s+){{1,2}}?{_OBJECT_WORD}",
    re.IGNORECASE,
)
# A killing verb in the active voice with its victims after it: "(Three gunmen) killed five
# scholars", "(assailants) shot dead a priest": whoever stands before it did the killing.
_ACTIVE_KILLING = re.compile(
    rf"(?:killed|shot\s+dead|shot\s+and\s+killed|gunned\s+down|murdered|slain|shot\s+to\s+death|fatally\s+shot)"
    rf"(?:{_OBJECT_AFTER.pattern}|\s+(?:{NUM}|all|both|several|dozens|scores)\s)",
    re.IGNORECASE,
)
# A counted object after an active verb ("also killed two of the guards"), not a time
# ("died two days later").
_COUNT_AFTER = re.compile(
    rf"\s+(?:{QUAL}\s+)?(?:{NUM})\s+(?!(?:days?|hours?|weeks?|months?|years?|minutes?|times|later|after)\b)", re.IGNORECASE
)
_PASSIVE = re.compile(r"\b(?:was|is|has\s+been|had\s+been|been)\b", re.IGNORECASE)
_HURT_TAKEN = re.compile(r"\b(?:received|suffer|sustain|caus)", re.IGNORECASE)
# "the mayor was shot dead along with 19 other people", "three children were killed along
# with their mother": the others share the victim's fate, also after the day or the place
# ("was killed on Friday along with two others", "killed in the park, along with two other
# men"); after a comma not when a clause tells the others' own fate ("a guard lay dead, along
# with two men who were hurt", see _OWN_FATE).
_ALONG_WITH = re.compile(
    r"(?:\s+(?:(?:on|early|late|last)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight)"
    r"|\s+(?:in|at|inside|outside|near)\s+(?:the|an?|his|her|their)\s+[\w'’-]+){0,2}"
    rf"(?P<comma>,)?\s+along\s+with\s+(?:(?:{QUAL}\s+)?(?P<num>{NUM})\s+(?P<noun>(?:other\s+)?{_MOD}{VICTIMS})"
    rf"|(?P<one>an?|the|his|her|their)\s+(?P<person>(?:[\w'’-]+\s+){{0,2}}?{PERSON_NOUN}))\b",
    re.IGNORECASE,
)
_OWN_FATE = re.compile(r"\s+(?:who|that|which|were|was)\b", re.IGNORECASE)
# The person "along with" the victims told as their attacker after the noun: the doer of the
# shots ("the man who shot them", "a man police said had opened fire"; not one who fired "at
# the attackers"), or an attacker by what the text calls them ("a man identified as the
# shooter", "a man, the gunman,", "a man suspected of the attack"). A name, or a suspicion
# of something else ("a guard suspected of helping them escape"), makes no attacker.
_ATTACKER_TOLD_AFTER = re.compile(
    r"[^.;]{0,60}?(?:\b(?:who\s+(?:had\s+)?|(?:police|officials|authorities)\s+(?:say|said)\s+(?:had\s+)?)"
    r"(?:shot|opened\s+fire|attacked|killed|stabbed)\b(?!\s+at\s+(?:the\s+)?" + ATTACKERS.pattern + ")"
    r"|(?:,|\bas|\bwas|\bis|\bbe|\bbeen)\s+(?:the|an?|one\s+of\s+the)\s+(?:(?:suspected|alleged|lone|[\w-]+)\s+)?(?:" + ATTACKERS.pattern + ")"
    r"|\b(?:suspected|accused)\s+of\s+(?:the\s+(?:attack|shooting|killings?|bombing)|carrying\s+out|opening\s+fire|shooting|killing|attacking)\b)",
    re.IGNORECASE,
)
# A share of the victims in care who died there: "where one (of them, of the victims) died",
# "where one man later died", "where one was (later) pronounced dead".
_SHARE_DIED = (
    r"(?:of\s+(?:them|the\s+\w+)\s+|(?!(?:was|were|later|once|nearly|almost|possibly|never)\b)\w+\s+)?(?:later\s+)?"
    r"(?:died|(?:was|were)\s+(?:later\s+)?pronounced\s+dead)\b"
)
_THEN_DIED = re.compile(r"^[^.;,]{0,80}?\s(?:has|have|later|then)\s+died\b", re.IGNORECASE)
_DIED_THERE = re.compile(
    # not "where one died", a share of them (see _FATAL_SHARE)
    rf"^[^.;]{{0,30}}?\bwhere\s+(?!(?!both\b)(?:{NUM})\s+{_SHARE_DIED})(?:\w+\s+){{0,4}}?(?:later\s+)?(?:died|pronounced\s+dead)\b", re.IGNORECASE
)
_AND_DIED = re.compile(r"\s+and\s+(?:was\s+)?(?:later\s+)?(?:pronounced\s+dead|died)\b", re.IGNORECASE)
# "one of five people shot": the count is the group's, not the one person's.
_ONE_OF = re.compile(rf"^of\s+(?:the\s+|those\s+)?(?P<num>{NUM})\s", re.IGNORECASE)
# ... but "one of the two men was killed", "one of the two died": a group told before, and
# the verb is the one person's.
_OF_A_GROUP_TOLD = re.compile(r"^of\s+(?:the|those|these)\s", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:was|is|has|had|died)\b", re.IGNORECASE)
# "five of the 20 passengers were killed": a share of a group, whose fate the verb tells
# (a finite verb after the group: "were", "had been", "died").
_SOME_OF_THE = re.compile(rf"(?:\b{QUAL}\s+)?\b(?P<num>{NUM})\s+of\s+(?:the|those|these)\s+$", re.IGNORECASE)
_TOLD_OF_THEM = re.compile(r"\b(?:were|was|have|has|had|died)\b", re.IGNORECASE)
# "the older of the two died", "either of the three": one person of a group told before.
_ONE_OF_THE = re.compile(
    r"\b(?:one|either|neither|the\s+(?:older|younger|elder|eldest|youngest|other|first|second|latter|former))"
    r"\s+of\s+(?:the|those|these)\s+$",
    re.IGNORECASE,
)
# The shot told as others than the victims told before: "One man died. A teenager and two
# other women were also shot" (three wounded, not two once the dead man is taken out).
_OTHERS = re.compile(r"(?:\w+\s+)?others?\b", re.IGNORECASE)
# Victims carried to care in haste ("rushed", "flown to a hospital"): shot, some may yet die.
_TO_CARE = re.compile(r"(?:transported|rushed|airlifted|flown)\b", re.IGNORECASE)
# Words after victims taken to care that say they will live: "with minor injuries", "in
# stable condition", "for treatment of non-life-threatening wounds".
_HURT_ALIVE = re.compile(
    r"[^.;]{0,60}?\b(?:non-?\s?life[\s-]threatening|not\s+life[\s-]threatening|minor|stable|(?:fair|good)\s+condition|treated\s+and\s+released)\b",
    re.IGNORECASE,
)
# Care or a condition told for something other than a wound: "treated at Mercy Hospital for
# smoke inhalation", "rushed to a hospital in labor", "as a precaution".
# The reason must be the same victims': it is not sought past ", and" ("with gunshot wounds, and
# a fourth for observation"), and "Labor Day" is a date.
_NOT_A_WOUND = re.compile(
    r"(?:(?!,\s*and\b)[^.;]){0,60}?\b(?:for\s+(?:smoke|evaluation|observation)|as\s+a\s+precaution|in\s+labou?r(?!\s+day)|to\s+give\s+birth)\b",
    re.IGNORECASE,
)
# A hurt told in the sentence: "in good condition" is said as well of hostages freed unhurt or
# of a leader after surgery, and makes no victim where the sentence tells such a cause and no
# wound (a condition told alone, "She is in good condition.", is the victim's told before).
_HURT_TOLD = re.compile(r"\b(?:shot|wound\w*|injur\w*|hurt|stabbed|gunshot|bullets?|struck|hit)\b", re.IGNORECASE)
_NOT_HURT_CAUSE = re.compile(
    r"\b(?:surgery|operation|hostages?|freed|rescued|captiv\w*|released\s+from|ill(?:ness)?|sick|stroke|heart\s+attack|gave\s+birth|born)\b",
    re.IGNORECASE,
)


def _well_not_hurt(sentence: str) -> bool:
    """Whether "in good condition" in ``sentence`` tells of someone well, not of a victim."""
    return _NOT_HURT_CAUSE.search(sentence) is not None and _HURT_TOLD.search(sentence) is None


# "crashed on Main Street, striking two pedestrians": a vehicle's strike, told after the
# driving with no shots between, nor in the strike's own clause ("drove to the park and struck
# two men with bullets").
_DRIVING = re.compile(r"\b(?:crash(?:ed|ing)|drove|driving|plow(?:ed|ing)|swerv(?:ed|ing)|collid(?:ed|ing)|veer(?:ed|ing)|ran\s+over|lost\s+control)\b", re.IGNORECASE)
_FIRING = re.compile(r"\b(?:fir(?:ed|ing)|fire|shots?|gunfire|shooting|bullets?|spray(?:ed|ing)|opened\s+up|unload(?:ed|ing))\b", re.IGNORECASE)
# A count of a past period: "Last year, gun violence caused injuries to 3,400 people", "...
# to 10,000 people a year" (not "the deadliest in a year", "a year after a similar blast").
_NOT_A_DISTANCE = r"(?!\s+(?:after|before|earlier|later|since|ago)\b)"  # "a year after a similar blast": a time, no rate
_PAST_PERIOD = re.compile(
    rf"\b(?:last\s+year|(?:in|during)\s+(?:19|20)\d\d|each\s+year|every\s+year|annually|a\s+year\s+ago|(?<!in\s)a\s+year{_NOT_A_DISTANCE})\b",
    re.IGNORECASE,
)
# A rate right after the figure: "Bombings kill about 200 people a year", "... are killed every
# month", "killing three a day on average": how many die in a period, no attack's toll.
_RATE = re.compile(
    rf"\s+(?:on\s+average\s+)?(?:(?:a|per|each|every)\s+(?:year|month|week|day){_NOT_A_DISTANCE}|annually)\b", re.IGNORECASE
)
# "six people were wounded, two mortally", "five shot, one of them fatally", "suffered gunshot
# wounds, one of them fatal": how many of the victims just counted died.
_FATAL_SHARE = re.compile(
    rf"^\s*(?:,|--|[—–-])?\s*(?:and\s+)?(?P<num>{NUM})\s+(?:of\s+them\s+)?(?:were\s+|was\s+)?(?:fatally|mortally|fatal)\b"
    # "were taken to a hospital, where one died"
    rf"|^[^.;]{{0,30}}?\bwhere\s+(?!both\b)(?P<num2>{NUM})\s+{_SHARE_DIED}"
    # "hit three more people, including one who later died"
    rf"|^\s*,?\s*including\s+(?P<num3>{NUM}|an?)\s+(?:of\s+them\s+|[\w-]+\s+)?who\s+{_SHARE_DIED}",
    re.IGNORECASE,
)


# An attacker's own death, told with no count: the shooter who "killed himself", "then
# himself" after his victims, "turned the gun on himself", "took his own life", "died of a
# self-inflicted gunshot wound", the killer of a "murder-suicide", the bomber who "blew
# himself up", or the attacker the police killed ("officers shot and killed the gunman",
# "police shot him dead"). One attacker each, kept apart from the victims.
_SELF = r"(?:him|her)self"
_ATTACKER_NOUN = r"(?:suspect|gunman|shooter|attacker|assailant|bomber|militant|terrorist|intruder|robber)"
# The attacker told hurt: "Officers shot the suspect, and Miller remains in critical
# condition": the one named after may be the attacker, not a victim.
_ATTACKER_HURT = re.compile(rf"\b(?:shot|wounded|injured|hit|struck)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?{_ATTACKER_NOUN}s?\b", re.IGNORECASE)
_FORCES = r"(?:police|policemen|officers?|deputies|deputy|troopers?|agents?|guards?|soldiers|troops|security\s+forces|swat\s+team)"
_FORCES_KILL = r"(?:shot\s+and\s+killed|shot\s+dead|fatally\s+shot|shot\s+to\s+death|killed|gunned\s+down)"
_ATTACKER_DEATH = re.compile(
    rf"\b(?:kill(?:ed|ing|s)?|murder(?:ed|ing|s)?|shot\s+and\s+killed|shooting\s+and\s+killing)\s+{_SELF}\b"
    rf"|\b(?:shot|shooting|shoots|killed|killing|kills|murdered|murdering)\s[^.;:]{{1,120}}?\s(?:and|then|before)\s+(?:then\s+)?{_SELF}\b"
    rf"|\bturn(?:ed|ing|s)?\s+(?:the|a|his|her)\s+(?:[\w-]+\s+)?(?:gun|weapon|rifle|pistol|handgun|shotgun|firearm|revolver)\s+on\s+{_SELF}\b"
    r"|\b(?:took|take|takes|taking)\s+(?:his|her)\s+own\s+life\b"
    rf"|\b(?:blew|blow(?:s|ing)?)\s+{_SELF}\s+up\b"
    r"|\bdetonat(?:ed|es|ing)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:vest|belt)\b"
    r"|(?<!attempted\s)\bmurders?[-\s]suicide\b"
    r"|\b(?P<self>(?:died|dies|dead)\s+(?:\w+\s+){0,3}?(?:of|from)\s+(?:an?\s+)?(?:apparent(?:ly)?\s+)?self-inflicted)\b"
    rf"|\b{_FORCES}\s+(?:(?!(?:and|say|says|said|told)\b)[\w'’-]+\s+){{0,5}}?(?:and\s+)?(?P<forces>{_FORCES_KILL}\s+(?:(?:him|her)\b|(?:the|an?)\s+(?:[\w'’-]+\s+){{0,2}}?{_ATTACKER_NOUN}\b)"
    rf"|shot\s+(?:him|her|(?:the|an?)\s+(?:[\w'’-]+\s+){{0,2}}?{_ATTACKER_NOUN})\s+(?:dead|to\s+death)\b)"
    # "The gunman, who had bought two rifles, was shot dead by officers"; "killing two
    # Israelis before he was shot dead", "... before being shot dead by police"
    rf"|\b(?:the|an?)\s+(?:[\w'’-]+\s+){{0,2}}?{_ATTACKER_NOUN}(?:,[^,;]{{1,80}},)?\s+(?:who\s+)?(?:was|had\s+been)\s+"
    rf"(?:later\s+|also\s+|then\s+)?{_FORCES_KILL}"
    rf"|\b{_ATTACKER_NOUN}\b[^.;]{{1,120}}?\b(?:before|after|until|when)\s+(?P<he>(?:(?:he|she)\s+was|being)\s+(?:later\s+)?{_FORCES_KILL})"
    # the attacker told before, by a pronoun or as the driver of a ramming, killed by the
    # police: "Officials said he was shot dead by police", "The driver was killed by officers"
    # (soldiers' dead told so are as often their victims: "he was shot dead by soldiers while
    # herding cattle")
    rf"|\b(?P<by>(?:he|she|the\s+(?:(?:truck|lorry|van|car)\s+)?driver)\s+(?:was|had\s+been)\s+(?:later\s+|also\s+|then\s+)?{_FORCES_KILL}"
    r"\s+by\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:police|policemen|officers?|deputies|troopers?|agents|swat\s+team))\b",
    re.IGNORECASE,
)
# Several attackers killed, counted: "Two suicide bombers blew themselves up", "security
# forces shot dead all eight attackers", "Four gunmen attacked ... before they were shot dead",
# "the insurgents also lost several cadres".
_NEUTRALISED = r"[\"“‘']?neutrali[sz]ed\b"
_ATTACKERS_DEAD = re.compile(
    rf"\b(?P<num>{NUM})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{ATTACKERS.pattern})\s+(?:(?:blew|detonated)\s+themselves\s+up"
    rf"|[^.;]{{1,160}}?\b(?:before|after|until|when)\s+they\s+were\s+(?:all\s+)?{_FORCES_KILL})"
    rf"|\b{_FORCES_KILL}\s+all\s+(?P<num2>{NUM})\s+(?:[\w'’-]+\s+)?(?:{ATTACKERS.pattern})"
    rf"|(?:{ATTACKERS.pattern})\s+(?:also\s+)?lost\s+(?P<num3>{NUM})\s+(?:of\s+their\s+)?(?:cadres|fighters|men|members|militants)\b"
    # the count set off after the noun: "the attackers - five in all - were killed"
    rf"|\bthe\s+(?:{ATTACKERS.pattern})\s*(?:-+|[–—,(])\s*(?:all\s+)?(?P<num4>{NUM})(?:\s+(?:in\s+all|in\s+total|of\s+them))?\s*(?:-+|[–—,)])"
    rf"\s*(?:were|had\s+been|have\s+been)\s+(?:all\s+|also\s+)?(?:{_FORCES_KILL}|{_NEUTRALISED})"
    # an army's word for the attackers it killed: "27 assailants were 'neutralised'"
    rf"|\b(?P<num5>{NUM})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{ATTACKERS.pattern})\s+(?:were|had\s+been|have\s+been)\s+(?:all\s+|also\s+)?{_NEUTRALISED}"
    rf"|\bneutrali[sz](?:ed|ing)\s+(?P<num6>{NUM})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{ATTACKERS.pattern})",
    re.IGNORECASE,
)
# "One (of them) blew himself up": the One is the subject of the attacker's own death, with
# no more than an adverb between ("One of the policemen shot the bomber before he blew
# himself up" is no such One).
_ONE_ATTACKER = re.compile(r"\W*One(?:\s+of\s+(?:them|the\s+[\w'’-]+))?\s+(?:(?:then|later|also|quickly|apparently)\s+)?", re.IGNORECASE)
# The rest of the attackers after such a One's own death: "One blew himself up and the
# other was shot dead by guards", "... and the other two were killed": the same group.
_THE_OTHER = re.compile(
    rf"\s(?:and|while|but|as)\s+the\s+other(?:\s+(?P<num>{NUM}))?\s+(?:was|were|had\s+been)\s+(?:(?:also|later|then)\s+)?"
    rf"(?:{_FORCES_KILL})\b|\s(?:and|while|but|as)\s+the\s+other(?:\s+(?P<num2>{NUM}))?\s+(?:(?:also|later|then)\s+)?died\b",
    re.IGNORECASE,
)
# "not a murder-suicide", "ruled out a murder-suicide", "a murder-suicide has been ruled
# out": no one died by his own hand
_NOT_SO = re.compile(r"\b(?:no|not|nor|never|ruled\s+out|rule\s+out)\b[^,;]{0,30}$", re.IGNORECASE)
_RULED_OUT = re.compile(r"[^.;]{0,40}?\bruled\s+out\b", re.IGNORECASE)
# "shot himself" is the shooter's death unless the sentence says he lived or was hurt.
_SHOT_HIMSELF = re.compile(rf"\b(?:shot|shoots|shooting)\s+{_SELF}\b(?!\s+in\s+the\s+(?:hand|leg|foot|arm|shoulder)\b)", re.IGNORECASE)
_HURT_ONLY = re.compile(
    r"\b(?:surviv\w*|hospital\w*|condition|wound(?:ed|s)?|injur\w*|attempt\w*|tried|recover\w*|treated)\b", re.IGNORECASE
)
# Victims counted with the attacker among them: "three dead, including the gunman", "Three
# people died in what police called a murder-suicide" (not "including the gunman's wife").
_INCLUDING_ATTACKERS = re.compile(
    rf"\s*,?\s*\b(?:including|among\s+them)\s+(?:the\s+|(?P<num>{NUM})\s+)?(?:suspected\s+|alleged\s+)?(?:{_ATTACKER_NOUN}s?|{ATTACKERS.pattern})\b(?!['’])",
    re.IGNORECASE,
)
# The dead counted with no word of who they were ("Three people are dead", "four dead",
# "3 bodies"): the killer of a murder-suicide may be one of them, unlike "two children dead".
_ANY_DEAD = re.compile(
    rf"^(?:(?:left|leaving)\s+)?(?:{QUAL}\s+)?{NUM}\s+(?:(?:people|persons)\s+)?(?:(?:are|were|have\s+been|lay|lie)\s+)?(?:dead|died|killed|bodies)\b",
    re.IGNORECASE,
)


# A child or an accident: whoever "shot himself" or died of a "self-inflicted" wound in such
# a story is the victim, not an attacker (see ``_SELF_SHOT``).
_CHILD_SELF_INFLICTED = re.compile(
    rf"\b(?:toddler|child|boy|girl|{_CHILD_AGE})\b"
    r"[^.;]{0,80}?\bself-inflicted\b",
    re.IGNORECASE,
)
# An accident (not "the shooting was no accident", "not accidental") in a text that tells a
# shot at oneself: a child or someone shooting themselves by accident.
_ACCIDENT = re.compile(
    r"(?<!\bno\s)(?<!\bnot\s)(?<!\bnot\san\s)(?<!\bruled\sout\san\s)\b(?:accident\w*|unintentional\w*|toddler|playing\s+with)\b",
    re.IGNORECASE,
)
_ON_ONESELF = re.compile(rf"\b{_SELF}\b|self-inflicted", re.IGNORECASE)


def accidental_self_shooting(text: str) -> bool:
    """Whether ``text`` tells of a child or someone by accident shooting themselves."""
    return _SELF_SHOT.search(text) is not None or _CHILD_SELF_INFLICTED.search(text) is not None or (
        _ACCIDENT.search(text) is not None and _ON_ONESELF.search(text) is not None
    )


def _including_attackers(sentence: str, dead: Mention, found: list[Mention]) -> re.Match[str] | None:
    """The attackers told among ``dead`` (one of ``found``): inside the count ("Five people,
    including the gunman, were killed") or after it up to the next figure or ";" ("killed
    five people at a church on Sunday, including the gunman"; in "killed two and wounded
    three, including the gunman" he is one of the wounded)."""
    end = min((x.start for x in found if x.start > dead.start), default=len(sentence))
    semicolon = sentence.find(";", dead.end, end)
    return _INCLUDING_ATTACKERS.search(sentence, dead.start, end if semicolon < 0 else semicolon)


# The one the police killed, told by a pronoun, as mistaken for the attacker: "he was shot
# dead by police who mistook him for the gunman", "police shot him dead in error": a
# bystander, a victim (not "police shot the gunman dead, but mistook a guard for another").
_MISTAKEN = re.compile(r"[^.;]{0,40}?\b(?:mistook|mistak\w*|by\s+mistake|in\s+error|wrongly|confused)\b", re.IGNORECASE)


def _attacker_deaths(sentence: str, found: list[Mention], free: Callable[[int, int], bool]) -> list[Mention]:
    """``found`` with the attackers' own deaths the sentence tells (see ``_ATTACKER_DEATH``),
    and with the attackers a count of the dead names among its victims taken out of it."""
    deaths = [
        m for m in _ATTACKER_DEATH.finditer(sentence)
        if (m.group("forces") or m.group("he") or m.group("by") or free(m.end() - 1, m.end())) and not _UNREAL.search(sentence, 0, m.start())
        and not ((m.group("by") or m.group("forces")) and _MISTAKEN.match(sentence, m.end()) and not re.search(_ATTACKER_NOUN, m.group(0), re.I))
        and not _NOT_SO.search(sentence, max(0, m.start() - 40), m.start()) and not _RULED_OUT.match(sentence, m.end())
    ]
    # "before police shot him dead", "the man died of a self-inflicted wound": the one
    # killed is the attacker, not a victim
    forces = [(m.start(), m.end()) for m in deaths if m.group("forces") or m.group("self") or m.group("by")] + [
        (m.start("he"), m.end()) for m in deaths if m.group("he")
    ]
    found = [x for x in found if not (x.value == 1 and x.kind == "killed" and any(x.start < b and a < x.end for a, b in forces))]
    if not deaths and not _HURT_ONLY.search(sentence):
        deaths = list(_SHOT_HIMSELF.finditer(sentence))
    if deaths:
        accidents = [(m.start(), m.end()) for m in _SELF_SHOT.finditer(sentence)]
        deaths = [m for m in deaths if not any(a < m.end() and m.start() < b for a, b in accidents)]
    suicide = bool(deaths) and "suicide" in deaths[0].group(0).lower()
    other = _THE_OTHER.search(sentence, deaths[0].end()) if deaths and _ONE_ATTACKER.fullmatch(sentence, 0, deaths[0].start()) else None
    others = parse_number(other.group("num") or other.group("num2") or "one") if other is not None else None
    if other is not None and others is not None:
        # the other attackers' deaths, read as victims killed ("the other two were killed"), are theirs
        found = [x for x in found if x.attacker or x.kind != "killed" or not (other.start() <= x.start < other.end())]
    out: list[Mention] = []
    for x in found:
        including = _including_attackers(sentence, x, found) if x.kind == "killed" and not x.attacker else None
        if including is None:
            told_dead = _ANY_DEAD.match(sentence[x.start : x.end]) and not re.match(r"\s+by\b", sentence[x.end :])
            if suicide and x.kind == "killed" and not x.attacker and x.value > 1 and told_dead and x.end <= deaths[0].start():
                # "Three people are dead after a murder-suicide": the killer is one of the three
                out.append(dataclasses.replace(x, value=x.value - 1, net_of_attackers=True))
                continue
            out.append(x)
            continue
        parsed = parse_number(including.group("num")) if including.group("num") else (1, "exact")
        if parsed is None or parsed[0] >= x.value:
            out.append(x)
            continue
        out.append(dataclasses.replace(x, value=x.value - parsed[0], net_of_attackers=True))  # "nine killed, including four attackers": five victims
        out.append(Mention("killed", parsed[0], x.qualifier, including.start(), including.end(), attacker=True))
    if any(x.attacker and x.kind == "killed" for x in out):
        return out
    # (every form of _ATTACKERS_DEAD names the attackers: most sentences need no search)
    for m in _ATTACKERS_DEAD.finditer(sentence) if ATTACKERS.search(sentence) else ():
        parsed = parse_number(next(n for n in m.group("num", "num2", "num3", "num4", "num5", "num6") if n))
        if parsed is not None and parsed[0] > 1 and not _UNREAL.search(sentence, 0, m.start()):
            return [*out, Mention("killed", parsed[0], qualifier(None, parsed[1]), m.start(), m.end(), attacker=True)]
    if deaths:
        if other is not None and others is not None:
            return [*out, Mention("killed", 1 + others[0], "exact", deaths[0].start(), other.end(), attacker=True)]
        out.append(Mention("killed", 1, "exact", deaths[0].start(), deaths[0].end(), attacker=True))
    return out


def _fatal_share(mention: Mention, rest: str) -> list[Mention]:
    """``mention`` (shot or wounded victims), split when ``rest`` says how many of them
    died: all of them become shot victims, and those who died are killed."""
    m = _FATAL_SHARE.match(rest)
    parsed = parse_number(m.group("num") or m.group("num2") or m.group("num3")) if m else None
    if m is None or parsed is None or mention.kind == "killed" or not 0 < parsed[0] <= mention.value:
        return [mention]
    shot = Mention("shot", mention.value, mention.qualifier, mention.start, mention.end, mention.attacker)
    return [shot, Mention("killed", parsed[0], "exact", mention.end, mention.end + m.end(), mention.attacker)]


# A figure the sentence then takes back: "... had died, but that proved to be incorrect",
# "reports of a death turned out to be false".
_RETRACTED = re.compile(
    r"\b(?:proved|proven|turned\s+out|was\s+(?:later\s+)?(?:found|shown))\s+(?:to\s+be\s+)?(?:incorrect|false|untrue|wrong|erroneous|inaccurate)\b",
    re.IGNORECASE,
)
# Where the subject of a retraction begins: after the last clause mark before it ("killing
# two, and early reports of a third death proved false": only the reports are taken back).
# A comma is one only before "and" or a clause of its own ("..., noting that talk of a second
# sniper proved false"): it sets off a state ("in Akron, Ohio, proved untrue") or an aside
# ("three people, including a child, were killed") inside the subject as often.
_CLAUSE_MARK = re.compile(
    r";|,(?=\s*(?:and\b|(?-i:[a-z]+ing)\b))(?!\s*including\b)|\b(?:but|while|whereas|though|although)\b", re.IGNORECASE
)
# A subject that points back at the clause before: "... had died, but that proved incorrect",
# "...; those reports proved inaccurate".
_THAT_SUBJECT = re.compile(
    r"^\s*(?:(?:and|but)\s+)?(?:that|this|it|which|(?:the|those|these|initial|early|first)\s+(?:reports?|claims?|figures?|tolls?)|those|these"
    r"|an?\s+(?:figure|toll|count|number|report|claim)\s+that)\s+(?:later\s+)?$",
    re.IGNORECASE,
)


def _taken_back(sentence: str, at: int, marks: list[re.Match[str]]) -> tuple[int, int]:
    """The span of ``sentence`` that a retraction at ``at`` takes back: its subject ("early
    reports of a third death proved false"), or the clause before when the subject points
    back at it ("Early reports said one had died, but that proved incorrect"). ``marks`` are
    the sentence's clause marks, found once for all its retractions."""
    before = bisect.bisect_left(marks, at, key=lambda m: m.start())
    last = marks[before - 1] if before else None
    start, end = (last.end() if last else 0), at
    if last is not None and _THAT_SUBJECT.match(sentence[start:at]):
        end = last.start()
        start = sentence.rfind(";", 0, end) + 1
    return start, end


# A death that did not happen, at a figure's own verb: "A third man also nearly died", "A
# guard almost died" (the patterns of one victim take any words before "died").
_NEARLY_DIED = re.compile(r"\b(?:nearly|almost|barely|narrowly)\s+(?:died|killed)$", re.IGNORECASE)
_UNREAL = re.compile(
    r"\b(?:possibly|nearly|almost|(?:attempt\w*|tr(?:y|ied|ying)|threat\w*|intend\w*|plann?\w*|want\w*|vow\w*|hop(?:e|ed|es|ing)|aim\w*|plot\w*"
    r"|seek\w*|sought|wish\w*|conspir\w*)\s+to)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mention:
    kind: Kind
    value: int
    qualifier: Qualifier
    start: int
    end: int
    attacker: bool = False
    toll: bool = False
    # Victims in addition to those counted before ("His driver was also killed"), added to
    # the count the text last gave, not read as a count of their own.
    extra: bool = False
    # The victims' place in the count when the text gives it ("A fourth missionary died"):
    # an extra victim raises the count only to this number.
    ordinal: int = 0
    # A count of the dead the attackers killed among them were taken out of ("nine killed,
    # including four attackers": five).
    net_of_attackers: bool = False


def _kind(verb: str, state: str | None = None) -> Kind:
    v = " ".join((state or verb).lower().split())
    v = re.sub(r"^among\s+(?:the|those)\s+", "", v)  # "among the wounded"
    if _TO_CARE.match(v):
        return "shot"  # "Four men were rushed to the hospital": in care, some may yet die (not "admitted", "treated")
    if v.startswith(("wound", "injur", "hurt", "hospital", "maim", "taken", "admitted", "treated", "graz", "in ", "listed", "survived")) or "hospital" in v:
        return "wounded"
    if v.startswith(("suffered", "sustained", "received")):
        # the hurt told by its kind: fatal is a death; a gunshot wound or a grave hurt not said
        # to be light, shot (some may yet die)
        if re.search(r"fatal|mortal", v):
            return "killed"
        grave = re.search(r"gunshot|life[\s-]threatening|critical|grave", v) and not re.search(r"non-?\s?life|not\s+life|minor|superficial", v)
        return "shot" if grave else "wounded"
    if v.startswith(("hit", "struck", "strik", "with", "suffering", "killed or")):
        return "shot"  # "hit by gunfire", "killed or injured": some may have died, how many is not said
    if v.startswith("shot and wound") or v.startswith("shot and injur"):
        return "wounded"
    if v.startswith("stab") and not re.search(r"death|kill", v):
        # "stabbed two guards", "a man was stabbed": no death told. Like the shot, the
        # stabbed are the wounded (GVA counts the stabbed who lived) once those told dead
        # are taken out: "Five people were stabbed; two died" is 2 killed and 3 wounded.
        return "shot"
    if v in {"shot", "shoot", "shoots", "shooting"}:
        return "shot"  # shot victims: killed plus wounded, split once the dead are known
    return "killed"


# The text says the victim lived: "is expected to survive", "expected to recover". A
# victim in care is only "shot" (they may yet die); these words make them wounded.
_LIVED = re.compile(
    r"\b(?:expected\s+to\s+(?:survive|recover|live|be\s+(?:ok|okay|all\s+right))|will\s+(?:survive|recover)|(?:but|and)\s+survived)\b",
    re.IGNORECASE,
)


def _lived(sentence: str, found: list[Mention]) -> list[Mention]:
    """``found`` with one victim in care (shot) as wounded when the sentence then says
    they will live; a count of several is left alone (the text may mean some of them)."""
    m = _LIVED.search(sentence)
    if m is None:
        return found
    return [
        Mention("wounded", 1, x.qualifier, x.start, x.end, x.attacker)
        if x.kind == "shot" and x.value == 1 and x.start < m.start() else x
        for x in found
    ]


def _died_of_wounds(sentence: str, found: list[Mention]) -> list[Mention]:
    """``found`` with the one victim already counted (wounded, shot) as killed when the
    sentence says they died of their wounds; or one killed when no one was counted."""
    m = DIED_OF_WOUNDS.search(sentence)
    if m is None:
        return found
    if not found:
        return [Mention("killed", 1, "exact", m.start(), m.end())]
    hurt = [x for x in found if x.kind != "killed" and x.start < m.start()]
    dead = [x for x in found if x.kind == "killed"]
    if len(hurt) == 1 and hurt[0].value == 1 and not hurt[0].attacker and all(
        x.value == 1 and x.start > hurt[0].start for x in dead
    ):
        # "the man injured last week, Ian Roe, died of his wounds": one person, now dead
        rest = [x for x in found if x is not hurt[0] and x not in dead]
        return [*rest, Mention("killed", 1, "exact", hurt[0].start, m.end())]
    if len(hurt) == 1 and not dead and not hurt[0].attacker and hurt[0].end > m.start():
        # "Two men were shot and died at the scene": the group the same clause tells hurt, all dead
        return [dataclasses.replace(x, kind="killed", end=max(x.end, m.end())) if x is hurt[0] else x for x in found]
    return found


def sentence_case(sentence: str) -> str:
    """An all-capitals sentence (wire copy as published in the 1980s, a shouted headline)
    in lower case with a capital first letter: the patterns read determiners and nouns in
    any case but take a capital for a name, so in capitals every word would be a name and
    "A POLICEMAN WAS KILLED" none of them. Same length, so positions hold. Other text as is."""
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return sentence
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        return sentence  # a letter whose lower case is longer: leave the text alone
    first = next((i for i, c in enumerate(lowered) if c.isalpha()), 0)
    return lowered[:first] + lowered[first:first + 1].upper() + lowered[first + 1:]


_NEGATED = re.compile(r"\b(?:no|not|nor|neither|never)\b[^,;]{0,30}$", re.IGNORECASE)
_VICTIM_WORD = re.compile(VICTIMS, re.IGNORECASE)
_PLURAL_WORD = re.compile(r"(?:[^s]s|men|people|children)$", re.IGNORECASE)
_ABSTRACT = re.compile(r"(?:cy|ism|ity|ness|ment|tion|sion|hood|ship)$", re.IGNORECASE)


def _one_killed(sentence: str, capitals: bool, free: Callable[[int, int], bool]) -> list[Mention]:
    """One victim named by what they were ("the slain minister") or, in a text written in
    capitals, one whose name cannot be told from other words (see ``CAPS_ONE_KILLED``)."""
    for pattern in (THE_SLAIN, CAPS_ONE_KILLED) if capitals else (THE_SLAIN,):
        for m in pattern.finditer(sentence):
            if not free(m.start(), m.end()) or _NEGATED.search(sentence, max(0, m.start() - 40), m.start()):
                continue
            if _UNREAL.search(sentence, 0, m.start()) or _ATTEMPTED.search(sentence, 0, m.start()):
                continue
            following = sentence[m.start("of"):].split()[:3] if pattern is CAPS_ONE_KILLED and m.group("of") else []
            if any(_VICTIM_WORD.fullmatch(w) and _PLURAL_WORD.search(w) for w in following):
                continue  # "the killing of (peasant) leaders": how many, the text does not say
            if following and _ABSTRACT.search(following[0].strip(",.;:")):
                continue  # "the death of democracy": no one
            attacker = bool(ATTACKERS.search(sentence, max(0, m.start() - 40), m.end()))
            return [Mention("killed", 1, "exact", m.start(), m.end(), attacker)]
    return []


def find_mentions(sentence: str) -> list[Mention]:
    """Every casualty figure in ``sentence``; group counts are added up."""
    original, sentence = sentence, sentence_case(sentence)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _TOLL.finditer(sentence):
        num_group = "num" if m.group("num") else "num2" if m.group("num2") else "num3"
        parsed = parse_number(m.group(num_group))
        if _WOULD_BE.search(sentence, max(0, m.start() - 40), m.start()) or _MAY_HAVE.search(sentence, m.start(), m.start(num_group)):
            continue  # "the toll may have reached 20", "could bring the toll to 20": a fear, not a toll
        if (m.group("which3") or "").lower() == "figure" and not (
            _DEAD_TOLD.search(sentence, max(0, m.start() - 60), m.start()) and _FIGURE_ENDS.match(sentence, m.end())
        ):
            continue  # "police put the figure at 3,000 after a rally", "at 300 stalls": not a toll
        if parsed and plausible(m.group(num_group), sentence[m.end():], parsed[0]):
            which = m.group("which") or m.group("which2") or m.group("which3") or ""
            kind: Kind = "wounded" if re.search(r"injur|wound", which, re.I) else "killed"
            qual = m.group("qual") or m.group("qual2") or m.group("qual3")
            if _ESTIMATE.search(sentence, max(0, m.start() - 40), m.start(num_group)):
                # "Some estimates put the toll at 50": about 50, and no toll a later count
                # gives way to
                out.append(Mention(kind, parsed[0], qualifier(qual, "about" if parsed[1] == "exact" else parsed[1]), m.start(), m.end()))
            else:
                out.append(Mention(kind, parsed[0], qualifier(qual, parsed[1]), m.start(), m.end(), toll=True))
            taken.append((m.start(num_group), m.end(num_group)))
    for m in _BEFORE.finditer(sentence):
        verb = m.group("verb").lower()
        if (verb in {"left", "leaving"} and not m.group("state")) or _ATTEMPTED.search(sentence, 0, m.start()):
            continue  # "left three people", "attempted murder of a guard"
        if _UNREAL.search(sentence, 0, m.start()):
            continue  # "almost injuring two teenagers", "threatened to kill the hostages"
        if (
            m.group("manner") and not re.search(r"\sdeath$", m.group("manner")) and not re.match(r"to\s+death", m.group("state") or "", re.I)
            and not verb.startswith("stab")
        ):
            continue  # "burned 40 homes", "beat two men": no death told (the stabbed are wounded, see _kind)
        if verb.startswith("sen") and "hospital" not in (m.group("state") or ""):
            continue  # "sent four people to the hospital", not "sent two officers"
        if m.group("noun") is None and m.group("num").lower() in {*SINGULAR, "the"} and not (
            m.group("num").lower() == "one" and re.match(r"\s+(?:and\s+(?:injur|wound|hurt)|who\b)", sentence[m.end():], re.I)
        ):
            continue  # "killed one of ...": not a count; "killed one and injured five", "shot dead one who fled" are
        parsed = parse_number(m.group("num"))
        if m.group("num").lower() == "the":
            # "killed the manager of a radio station": one person, named by role.
            parsed = (1, "exact") if _ROLE.search(m.group("noun")) else None
        if parsed is not None and parsed[0] == 1 and m.group("noun"):
            parsed = (persons(m.group("noun")), "exact")  # "killed a couple": two
        if not parsed or not free(m.start("num"), m.end("num")):
            continue
        if not plausible(m.group("num"), sentence[m.end("num"):], parsed[0]):
            continue
        strike = verb.startswith(("strik", "struck", "hit"))
        # the figure's own clause: from the last ";" before it up to the next comma
        clause = sentence.rfind(";", 0, m.start()) + 1, min((i for i in (sentence.find(",", m.end()), sentence.find(";", m.end())) if i >= 0), default=len(sentence))
        if strike:
            drove = list(_DRIVING.finditer(sentence, 0, m.start()))
            if drove and not _FIRING.search(sentence, drove[-1].end(), clause[1]):
                continue  # "crashed the car, striking two pedestrians": not the shots
        if verb.startswith("injuries") and _PAST_PERIOD.search(sentence, *clause):
            continue  # "Last year, gun violence caused injuries to 3,400 people": a statistic
        kind = _kind(verb, m.group("state"))
        if strike and _OTHERS.match(m.group("noun") or ""):
            # "killing two people and striking three others": the dead are not among them (a
            # share of them who died, "including one who later died", is read by _fatal_share)
            kind = "wounded"
        value, implied = parsed
        end = m.end()
        # "killing two people, a man and his son,": the people told after a comma are the two
        head = (m.group("noun") or "").split()[-1:]
        apposed = bool(head) and GENERIC_PEOPLE.match(head[0]) is not None and re.match(r",\s+(?!and\b)", sentence[end:]) is not None
        # "killing three soldiers and two civilians": add the coordinated group.
        # "killing six soldiers, three members of a militia and a local chief": add each group.
        compound = _NOUN_GOES_ON.match(sentence, end)
        if compound is not None:
            end = compound.end()  # "eight police commandos and their driver": the noun read ends at "police"
        while True:
            tail = re.match(r"\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?(?=,|and\b)", sentence[end:])
            if tail is not None:
                end += tail.end() - 1  # skip "of the Civilian Joint Task Force" to the next group
            more = _AND_MORE.match(sentence[end:])
            if more is None or re.match(r"\s*,?\s*and\s+(?:wound|injur)", sentence[end:], re.I):
                break
            word = more.group("num").lower()
            if word == "both" and not re.match(r"\s*,?\s*and\b", sentence[end:]):
                break  # "the two brothers, both farmers,": the same two described
            extra = (1, "exact") if word in {"a", "an", "the", "their", "his", "her"} else parse_number(more.group("num"))
            if word in {"the", "their", "his", "her"} and more.group("noun").split()[-1].lower().endswith("s"):
                break  # "and their children", "and the villagers": a count we cannot know
            # "left a man dead and six others with gunshot wounds": the six are wounded.
            state = re.match(r"\s+(?:were\s+|was\s+)?(?:\w+ly\s+)?(?:(wounded|injured|hurt|dead|killed)"
                             r"|with\s+(?:\w+\s+)?(?:gunshot\s+|bullet\s+)?(wounds|injuries))\b",
                             sentence[end + more.end():], re.I)
            if extra and state and _kind(state.group(1) or state.group(2)) != kind:
                # "left one man dead and three other people wounded": a second figure.
                out.append(Mention(_kind(state.group(1) or state.group(2)), extra[0], "exact", end, end + more.end()))
                taken.append((end + more.start("num"), end + more.end() + state.end()))
                break
            if not extra or ATTACKERS.search(more.group("noun")):
                break
            clause_rest = re.split(r"[,.;:]", sentence[end + more.end():], maxsplit=1)[0]
            if re.search(r"\b(?:said|says|told|reported|according|stated|added)\b", clause_rest):
                break  # ", a member of a self-defence group said": the source, not a victim
            taken.append((end + more.start("num"), end + more.end("num")))
            value += extra[0]
            end += more.end()
        if apposed and value == 2 * parsed[0]:
            value = parsed[0]
        attacker = bool(ATTACKERS.search(m.group("noun") or "")) and not _BOTH_SIDES.match(sentence, m.end()) and not _struck_from_the_air(sentence, m.group("noun"))
        shares = _fatal_share(Mention(kind, value, qualifier(m.group("qual"), implied), m.start(), end, attacker), sentence[end:])
        if len(shares) > 1 and _OTHERS.match(m.group("noun") or "") and any(x.kind == "killed" and not x.attacker for x in out):
            # "killing two and striking four others, including one who later died": the one is
            # dead beside the two (not among them), and the three others are the wounded ("a
            # man who hit three more people, including one who died": the others are his victims)
            died = shares[1]
            shares = [dataclasses.replace(shares[0], kind="wounded", value=value - died.value), dataclasses.replace(died, extra=True)]
        out.extend(shares)
        taken.append((m.start("num"), m.end("num")))
    for m in _AFTER.finditer(sentence):
        parsed = parse_number(m.group("num"))
        if not parsed or not free(m.start("num"), m.end("num")):
            continue
        if not plausible(m.group("num"), sentence[m.end("num"):], parsed[0], sentence[: m.start("num")]):
            continue
        noun = m.group("noun") or ""
        value, implied = parsed
        if m.group("num").lower() in SINGULAR and re.match(r"(?:\w+\s+)?number\s+of\b", noun, re.IGNORECASE):
            continue  # "an unknown number of people were injured": no count
        if value > 1 and not noun and _SINGULAR_VERB.search(sentence, m.end("num"), m.start("verb")):
            continue  # "Ana Ruiz, 24 was shot": an age; a count of people takes "were"
        start, qual = m.start(), m.group("qual")
        # the look-backs end at the count and reach no further than a phrase can: a search
        # over the whole prefix from every count is quadratic in a long sentence
        near = max(0, m.start() - _LOOK_BACK)
        group = _PRECEDING_GROUP.search(sentence, near, m.start())
        if group and noun and not ATTACKERS.search(group.group("noun")):
            extra = (1, "exact") if group.group("num").lower() in {"a", "an"} else parse_number(group.group("num"))
            if extra and free(group.start("num"), group.end("num")):
                taken.append((group.start("num"), group.end("num")))
                if ATTACKERS.search(noun):
                    # "A soldier and three militants were killed": the soldier a victim, apart
                    out.append(Mention(_kind(m.group("verb")), extra[0], "exact", group.start(), m.end()))
                else:
                    # "At least four guards and two drivers were killed": the opening qualifier holds for the sum
                    value, start, qual = value + extra[0], group.start(), qual or group.group("qual")
        inner = _ONE_OF.match(noun) if m.group("num").lower() == "one" else None
        inner_value = parse_number(inner.group("num")) if inner else None
        # "one of six men standing there died": the one, as "one of the two died" is
        if inner_value is not None and not (
            (_OF_A_GROUP_TOLD.match(noun) or m.group("verb").lower() == "died")
            and _FINITE.search(sentence, m.end("noun"), m.end("verb"))
        ):
            value, implied = inner_value
        if _ONE_OF_THE.search(sentence, near, m.start("num")) and _FINITE.search(sentence, m.end("num"), m.end("verb")):
            value, implied = 1, "exact"  # "the older of the two died": one of them
        share = _SOME_OF_THE.search(sentence, near, m.start("num"))
        share_value = parse_number(share.group("num")) if share is not None else None
        if share is not None and share_value is not None and share_value[0] < value and _TOLD_OF_THEM.search(sentence, m.end("num"), m.end("verb")):
            # "five of the 20 passengers were killed": the five (not "two of the five wounded were children")
            (value, implied), start, qual = share_value, share.start(), share.group("qual")
        attacker = bool(ATTACKERS.search(noun)) and not _BOTH_SIDES.match(sentence, m.end("noun")) and not _struck_from_the_air(sentence, noun)
        if attacker and _ACTIVE_KILLING.match(sentence, m.start("verb")) and not sentence[m.end("noun") : m.start("verb")].strip():
            continue  # "Three attackers killed five scholars": the doers, not the dead
        kind = _kind(m.group("verb"))
        verb = m.group("verb").lower()
        care = "hospital" in verb or "condition" in verb or verb.startswith("treated")
        if care and _NOT_A_WOUND.match(sentence, m.end()):
            continue  # "treated at Mercy Hospital for smoke inhalation", "rushed to a hospital in labor"
        if "good condition" in verb and _well_not_hurt(sentence):
            continue  # "All three hostages are in good condition": no hurt told
        if _FATALLY.search(sentence, m.end("num"), m.start("verb")) or (
            ("hospital" in verb and _DIED_THERE.match(sentence[m.end():]))
            or (("hospital" in verb or verb.startswith(("suffered", "sustained", "received"))) and _AND_DIED.match(sentence, m.end()))
        ):
            # "two women were fatally shot", "both were taken to a hospital, where they died",
            # "were rushed to a hospital and later died", "suffered gunshot wounds and died"
            kind = "killed"
        elif _TO_CARE.match(m.group("verb")) and _HURT_ALIVE.match(sentence, m.end()):
            kind = "wounded"  # "were rushed to a hospital with non-life-threatening injuries": alive
        elif kind == "shot" and (_ALSO.search(sentence, m.end("num"), m.end("verb")) or _OTHERS.match(noun)):
            kind = "wounded"  # "two others were also shot": not the dead told before, who are not among them
        found = Mention(kind, value, qualifier(qual, implied), start, m.end(), attacker)
        shares = _fatal_share(found, sentence[m.end():])
        out.extend(shares)
        # the share's own count ("where one died") is read here, not again as a count of its own
        taken.extend([(m.start("num"), m.end("num")), *((x.start, x.end) for x in shares[1:])])
    for m in _KIN_KILLED.finditer(sentence):
        if free(m.start(), m.end()) and not _UNREAL.search(sentence, 0, m.start()):
            parents = m.group("kin").lower().endswith("parents")
            out.append(Mention(_kind(m.group("verb")), 2, "exact" if parents else "at_least", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _THEIR_DEATH.finditer(sentence):
        parsed = parse_number(m.group("num"))
        if parsed and free(m.start("num"), m.end("num")) and not ATTACKERS.search(m.group("noun")):
            out.append(Mention("killed", parsed[0], qualifier(m.group("qual"), parsed[1]), m.start(), m.end()))
            taken.append((m.start("num"), m.end("num")))
    families = "family of" in sentence.lower()  # the word is cheap to look for, the patterns are not
    for m in (*_FAMILY_OBJECT.finditer(sentence), *_FAMILY_SUBJECT.finditer(sentence)) if families else ():
        parsed = parse_number(m.group("num"))
        verb = m.group("verb").lower()
        if m.groupdict().get("manner"):
            if "death" not in m.group(0).lower():
                continue  # "beat a family of four": no death told
            verb = "killed"  # "stabbed a family of three to death"
        if parsed and free(m.start("num"), m.end("num")) and not _UNREAL.search(sentence, 0, m.start()) and verb not in {"left", "leaving"}:
            out.append(Mention(_kind(verb), parsed[0], "exact", m.start(), m.end()))
            taken.append((m.start("num"), m.end("num")))
    for m in _DEATHS.finditer(sentence):
        num, qual = (m.group("num"), m.group("qual")) if m.group("num") else (m.group("num2"), m.group("qual2"))
        parsed = parse_number(num)
        if parsed and free(m.start(), m.end()) and not _UNREAL.search(sentence, 0, m.start()):
            out.append(Mention("killed", parsed[0], qualifier(qual, parsed[1]), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _BODIES.finditer(sentence):
        num = m.group("num") or m.group("num2")
        parsed = parse_number(num)
        # "the bodies of 54-year-old Ann Lowe and ...": an age, not a count of bodies.
        if parsed and free(m.start(), m.end()) and plausible(num, sentence[m.end():], parsed[0]):
            out.append(Mention("killed", parsed[0], qualifier(m.group("qual"), parsed[1]), m.start(), m.end()))
    for m in _BODIES_AGED.finditer(sentence):
        if free(m.start(), m.end()):
            out.append(Mention("killed", len(re.findall(r"\d-year-old\b", m.group("list"))), "exact", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _BODIES_OF.finditer(sentence):
        if free(m.start(), m.end()) and (count := group_count(m.group("list"))) is not None:
            # the whole list, not its first count ("the bodies of two soldiers and a guide": 3, not 2)
            out = [x for x in out if not (m.start() <= x.start < m.end() and x.kind == "killed" and x.value <= count)]
            out.append(Mention("killed", count, "exact", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    # "left 1,210 civilians dead and 2,500 wounded": the second figure after "and".
    for m in re.finditer(rf"\band\s+(?:{QUAL}\s+)?(?P<num>{NUM})\s+(?P<state>wounded|injured|hurt|dead|deceased)\b", sentence, re.I):
        parsed = parse_number(m.group("num"))
        if parsed and free(m.start("num"), m.end("num")):
            out.append(Mention(_kind(m.group("state")), parsed[0], qualifier(m.group("qual"), parsed[1]), m.start(), m.end()))
            taken.append((m.start("num"), m.end("num")))
    for m in SINGLE.finditer(sentence):
        if (_OBJECT_AFTER.match(sentence, m.end()) or _COUNT_AFTER.match(sentence, m.end())) and not _PASSIVE.search(m.group(0)):
            # "a boy accidentally shot his friend", "a colonel also killed two
            # militants", "Shelling later killed two people": the subject did it to someone
            continue
        if free(m.start(), m.end()):
            verb = (m.group("verb") or m.group("verb2") or m.group("verb3") or m.group("verb4") or "").lower()
            kind = "killed" if re.match(r"pronounced|declared|found|died", verb) else _kind(verb)
            if m.group("care") and _DIED_THERE.match(sentence[m.end():]):
                continue  # "taken to Mercy Hospital, where he died": the death is told next
            if m.group("care") and _NOT_A_WOUND.match(sentence, m.end()):
                continue  # "A woman was rushed to a hospital in labor"
            if m.group("care"):
                # a victim in care: wounded unless the text says they died ("taken to a
                # hospital and pronounced dead")
                kind = "killed" if _AND_DIED.match(sentence, m.end()) else "shot"
            if re.search(r"\bwho\s", m.group(0)) and _THEN_DIED.match(sentence[m.end():]):
                kind = "killed"  # "A boy who was shot in the head on Friday has died"
            attacker = bool(ATTACKERS.search(m.group(0)[:40]))
            out.append(Mention(kind, 1, "exact", m.start(), m.end(), attacker))
            taken.append((m.start(), m.end()))
    for m in KIN_SUBJECT.finditer(sentence):
        if free(m.start(), m.end()) and not any(x.start < m.end() and m.start() < x.end for x in out):
            attacker = bool(ATTACKERS.search(m.group(0)))  # "His son, the gunman, was killed by police"
            out.append(Mention(_kind(m.group("verb")), 1, "exact", m.start(), m.end(), attacker))
            taken.append((m.start(), m.end()))
    m0 = SUBJECT.match(sentence)
    if m0 and free(m0.start(), m0.end()) and not any(x.start < m0.end() for x in out):
        # "The boy described the suspect to police, but his mother died": the last clause's
        # subject is the one who died
        subject = re.split(r",\s+(?:but|while|whereas)\s+", m0.group("subject"))[-1]
        head = re.split(r"[,(]", subject, maxsplit=1)[0]
        told = m0.group("died") and re.search(r"\b(?:said|says|told|according)\b", subject)  # "The man said he died"
        if not told and (_APPOSED_NAME.search(subject) or re.search(rf"\b{PERSON}\b|\b(?:{POST}|member|agent|council(?:man|woman)|couple)\b", head, re.I)):
            attacker = bool(ATTACKERS.search(head))
            out.append(Mention(_kind(m0.group("verb") or "died"), persons(head), "exact", m0.start(), m0.end(), attacker))
            taken.append((m0.start(), m0.end()))
    m2 = NAMED_SUBJECT.match(sentence)
    if m2 and free(m2.start("verb"), m2.end("verb")) and not any(x.start < m2.end() for x in out):
        out.append(Mention(_kind(m2.group("verb")), 1, "exact", m2.start(), m2.end()))
        taken.append((m2.start(), m2.end()))
    for m3 in _GROUP_OBJECT.finditer(sentence):
        if not free(m3.start(), m3.end()) or _UNREAL.search(sentence, 0, m3.start()):
            continue
        count = 2 if m3.group("verb2") else group_count(m3.group("object"))
        if count is not None:
            kind = "wounded" if (m3.group("verb") or "").lower().startswith("wounding") else "killed"
            out.append(Mention(kind, count, _group_qualifier(m3.group("object") or ""), m3.start(), m3.end()))
            taken.append((m3.start(), m3.end()))
    for m4 in _OBJECT_VERB.finditer(sentence) if not _title_case(sentence) else ():
        listed = object_count(sentence[m4.end():])
        if listed is None or _UNREAL.search(sentence, 0, m4.start()):
            continue
        end = m4.end() + listed[1]
        verb = m4.group("verb").lower()
        kind = "killed" if verb.startswith(("fatally", "shot and", "shooting and", "shot dead")) else _kind(verb)
        # the first of the list read alone ("killed a neighbour, Ann Reed, his stepson, ..."): it gives way to the list
        inside = [x for x in out if m4.start() <= x.start and x.end <= end and x.kind == kind and x.value < listed[0]]
        spans = [t for t in taken if m4.start() <= t[0] and t[1] <= end]
        if len(inside) != 1 or len(spans) != 1:
            inside, spans = [], []
        if not all(t in spans for t in taken if not (t[1] <= m4.start() or t[0] >= end)):
            continue
        out = [x for x in out if x not in inside]
        taken[:] = [t for t in taken if t not in spans]
        out.append(Mention(kind, listed[0], "exact", m4.start(), end))
        taken.append((m4.start(), end))
    for m6 in _LEFT_LIST.finditer(sentence):
        # "left a guard, his wife and a neighbour dead": the whole list, not its last part
        part = m6.group("list").rstrip(", ")
        first = _MAYBE_THE_ATTACKER.match(part)
        part = part[first.end() if first else 0 :]
        listed = object_count(part)
        if listed is None or listed[1] < len(part) or _UNREAL.search(sentence, 0, m6.start()):
            continue
        kind = _kind(m6.group("state"))
        inside = [x for x in out if m6.start() <= x.start and x.end <= m6.end() and x.kind == kind and x.value < listed[0]]
        if any(m6.start() <= x.start < m6.end() for x in out if x not in inside):
            continue
        out = [x for x in out if x not in inside]
        taken[:] = [t for t in taken if not (m6.start() <= t[0] and t[1] <= m6.end())]
        out.append(Mention(kind, listed[0], "exact", m6.start(), m6.end()))
        taken.append((m6.start(), m6.end()))
    m1 = _GROUP_SUBJECT.match(sentence)
    count = None
    # In capitals, where the names before a count are read by the group only, what was read
    # inside the subject ("three of her escorts were murdered") gives way to the whole group;
    # a figure that reaches past the verb or tells another fate does not.
    # The attackers among the group ("three civilians and the two bombers died") are kept apart.
    inside = [x for x in out if x.start < m1.end() and not x.attacker] if m1 else []
    verb1 = "verb" if m1 and m1.group("verb") else "died"
    if m1 and free(m1.start(verb1), m1.end(verb1)) and (
        not inside or (sentence is not original and all(x.end <= m1.end() for x in inside))
    ):
        count = group_count(m1.group("subject"), sentence is not original)
        if m1.group("died") and not re.search(r"\band\b", m1.group("subject")):
            count = None  # "Ana Ruiz, a nurse, died": one person described; a group that died is told with "and"
        if count is not None and any(x.value >= count or x.kind != _kind(m1.group(verb1)) for x in inside):
            count = None  # "a girl died and two boys were hurt": two figures, not one group
        if count is not None:
            out = [x for x in out if x not in inside]
            out.append(Mention(_kind(m1.group(verb1)), count, _group_qualifier(m1.group("subject")), m1.start(), m1.end()))
            taken.append((m1.start(), m1.end()))
    if m1 and _kind(m1.group(verb1)) == "killed" and " and " in m1.group("subject") and not any(x.attacker for x in out if x.start < m1.end()):
        attackers = group_attackers(m1.group("subject"))  # "Two terrorists and a soldier were killed": two attackers
        if attackers:
            out.append(Mention("killed", attackers, "exact", m1.start(), m1.end(), attacker=True))
    for m5 in _GROUP_CLAUSE.finditer(sentence) if count is None else ():
        count = group_count(m5.group("subject"), sentence is not original)
        # what was read inside the subject ("a citizen were injured": one) gives way to the whole group
        inside = [x for x in out if m5.start("subject") <= x.start < m5.end()]
        if count is None or not free(m5.start("verb"), m5.end("verb")) or any(x.value >= count for x in inside):
            continue
        if any(x.kind != _kind(m5.group("verb")) for x in inside):
            continue  # "A man stabbed a teacher to death ..., and two other people were hurt": two figures, not one group
        if any(x.start < m5.start("subject") < x.end for x in out):
            continue  # the subject is part of a figure already read
        out = [x for x in out if x not in inside]
        out.append(Mention(_kind(m5.group("verb")), count, _group_qualifier(m5.group("subject")), m5.start("subject"), m5.end()))
        taken.append((m5.start("subject"), m5.end()))
        break
    for m in NAMED_PAIR.finditer(sentence):
        if ATTACKERS.search(m.group(0)):
            continue
        kind = _kind(m.group("verb"))
        # the last name read alone before ("... and Tom Hale died": one) gives way to the list
        inside = [x for x in out if m.start() <= x.start < m.end()]
        if (inside and all(x.value == 1 and x.kind == kind for x in inside)) or (not inside and free(m.start(), m.end())):
            names = 1 + APPOSED_AGE.sub("", m.group(0)[: m.start("verb") - m.start()]).count(",") + 1
            out = [x for x in out if x not in inside]
            out.append(Mention(kind, names, "exact", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in IN_HOSPITAL.finditer(sentence):
        if free(m.start(), m.end()) and not any(x.start <= m.start() < x.end for x in out):
            verb3 = " ".join((m.group("verb3") or "").lower().split()).replace("shot and ", "")
            # "survived with gunshot wounds": alive
            survived = (m.group("verb2") or "").lower().startswith("survived")
            wounded = m.group("verb") or survived or verb3 in {"wounded", "injured"} or (m.group("verb4") or "") in {"wounded", "injured"}
            if verb3 and _UNREAL.search(sentence, 0, m.start()):
                continue  # "came within inches of possibly killing the trooper"
            if verb3 in {"stabbed", "stabbing"} and not m.group("dead"):
                continue  # "stabbed his wife" alone: told too often of old or private quarrels; "... to death" is read
            killing = verb3 in {"killing", "killed", "murdered", "murdering", "stabbed and killed"}
            kind = "killed" if m.group("dead") or m.group("fatal") or killing else "wounded" if wounded or verb3 in {"wounding", "injuring"} else "shot"
            out.append(Mention(kind, 1, "exact", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for pattern in (APPOSITIVE, HEADLINE, AGED, NAMED_AGED, NAMED_VICTIM):
        for m in pattern.finditer(sentence):
            if pattern is HEADLINE and (_OBJECT_AFTER.match(sentence, m.end()) or _DOER_AFTER.match(sentence, m.end())) and not _title_case(sentence):
                continue  # "The man killed his sons": the man did it, a sentence and no headline
            if free(m.start("verb"), m.end("verb")):
                verb = m.group("verb").lower()
                kind = "killed" if re.match(r"died|dies|dead|found|pronounced|shot\s*(?:and|dead|,|&)\s*(?:killed|dead)|shot\s+to|killed|fatally", verb) else _kind(verb)
                if verb.endswith("dies"):
                    kind = "killed"  # "Girl shot at party dies"
                if re.search(r"wound|injur|hurt|critical|serious|stable|grave", verb):
                    kind = "wounded"
                out.append(Mention(kind, 1, "exact", m.start(), m.end()))
                taken.append((m.start("verb"), m.end("verb")))
    if not any(x.kind == "killed" for x in out):
        for m in ONE_DEAD.finditer(sentence):
            inside = [x for x in out if x.start < m.end() and m.start() < x.end]
            if all(x.kind == "shot" and x.value == 1 for x in inside):
                # "fatally shooting a driver": the one shot victim is the one dead
                out = [x for x in out if x not in inside]
                # "the suspect ... was pronounced dead": an attacker, not a victim
                told = m.group(0).split()[0].lower() in {"was", "is", "had", "has"}  # not "the slaying of a man"
                attacker = told and bool(_SHOOTER.search(sentence, max(0, m.start() - 60), m.end()))
                out.append(Mention("killed", 1, "exact", m.start(), m.end(), attacker))
                taken.append((m.start(), m.end()))
                break
    out = _lived(sentence, _died_of_wounds(sentence, out))
    if not any(x.kind == "killed" for x in out):
        out.extend(_one_killed(sentence, sentence is not original, free))
    if not any(x.kind == "killed" for x in out):
        for m in KILLED_NAMED.finditer(sentence):
            if free(m.start(), m.end()) and not _UNREAL.search(sentence, 0, m.start()):
                out.append(Mention("killed", 1, "exact", m.start(), m.end()))
                taken.append((m.start(), m.end()))
                break
    for m in OTHER_VICTIM.finditer(sentence):
        inside = [x for x in out if x.start < m.end() and m.start() < x.end]
        if all(x.value == 1 and x.kind in {"shot", "wounded"} for x in inside):
            # the one victim these words tell of, read as shot or in care: wounded, not the dead
            out = [x for x in out if x not in inside]
            out.append(Mention("wounded", 1, "exact", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for pattern, kind2 in ((CONDITION, "shot"), (ANOTHER, "wounded")):
        for m in pattern.finditer(sentence):
            if free(m.start(), m.end()) and not any(x.start <= m.start() < x.end for x in out):
                # a victim in care may yet die; one said to be stable is alive
                calm = pattern is CONDITION and re.search(r"stable|fair|good|satisfactory", m.group(0))
                if pattern is CONDITION and "good condition" in m.group(0) and _well_not_hurt(sentence):
                    continue  # "President Ruiz is in good condition after surgery": no hurt told
                if pattern is CONDITION and not m.group(0).lower().startswith("the ") and _ATTACKER_HURT.search(sentence, 0, m.start()):
                    continue  # "Police shot the gunman, and Ruiz is in critical condition": maybe the gunman
                out.append(Mention("wounded" if calm else kind2, 1, "exact", m.start(), m.end()))  # type: ignore[arg-type]
                taken.append((m.start(), m.end()))
    for m in INJURIES.finditer(sentence) if _HURT_TAKEN.search(sentence) else ():  # the search is cheap, the pattern is not
        what = (m.group("what") or m.group("what2") or "").lower()
        if re.search(r"\b(?:no|any|minor\s+to\s+no)\b", what) or ATTACKERS.search(m.group(0)):
            continue  # "suffered no injuries"; an attacker hurt is no victim
        if free(m.start(), m.end()) and not any(x.start <= m.start() < x.end for x in out):
            out.append(Mention("killed" if re.search(r"fatal|mortal", what) else "wounded", 1, "exact", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _SELF_SHOT.finditer(sentence):
        if free(m.start(), m.end()) and not any(x.start <= m.start() < x.end for x in out):
            out.append(Mention("shot", 1, "exact", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _MULTIPLE.finditer(sentence):
        if _WOULD_BE.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        what = m.group("what").lower()
        kind = "shot" if what in {"shooting", "stabbing"} else "killed"
        out.append(Mention(kind, _MULTIPLES[m.group("n").lower()], "exact", m.start(), m.end()))
    for m in _OF_THEM.finditer(sentence):
        parsed = parse_number(m.group("num"))
        if any(x.kind == "killed" and x.start < m.end() and m.start() < x.end for x in out):
            continue  # already read as the fatal share of the group before it
        if parsed and m.group("verb").lower() in {"fatally", "died", "killed", "dead"}:
            # "Medics treated 43 wounded; five of them died": the wounded who died are killed, not
            # also wounded, so the 43 are read as shot (killed and wounded), as in _fatal_share
            hurt = [x for x in out if x.kind == "wounded" and not x.attacker and x.end <= m.start() and x.value >= parsed[0]]
            out = [dataclasses.replace(x, kind="shot") if hurt and x is hurt[-1] else x for x in out]
            out.append(Mention("killed", parsed[0], "exact", m.start(), m.end()))
    # a death that did not happen ("nearly died") and a rate ("200 people a year") are no figures
    out = [x for x in out if not _NEARLY_DIED.search(sentence, x.start, x.end) and not _RATE.match(sentence, x.end)]
    out = _attacker_deaths(sentence, [_along_with(x, sentence, free) for x in out], free)
    out.extend(_as_was(sentence, out))
    marks = list(_CLAUSE_MARK.finditer(sentence)) if _RETRACTED.search(sentence) else []
    for retracted in _RETRACTED.finditer(sentence):
        start, end = _taken_back(sentence, retracted.start(), marks)
        out = [x for x in out if not start <= x.start <= x.end <= end]
    out.sort(key=lambda x: x.start)
    return [_in_addition(x, sentence) for x in out]


# "also" at the verb of the victims: "His driver was also killed", "the blast also wounded
# two guards", with any adverb between ("the deputy also mistakenly shot dead a
# bystander"). A pronoun subject is a victim told before ("He was also shot in the leg").
_ALSO = re.compile(
    r"\balso\s+(?:(?:been|later|(?!(?:nearly|barely|narrowly|hardly|only|almost)\b)\w+ly)\s+){0,2}"
    r"(?:kill|die|dead|shot|wound|injur|hurt|slain|murder|assassinat|perish|lost\s+their|hospitali[sz])",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(?:he|she|they|it|him|her|them)\b", re.IGNORECASE)
# "then" at the verb of an attacker's next killing: "The gunmen then shot and killed a
# shopkeeper who tried to help", one more victim after those told.
_THEN = re.compile(r"\bthen\s+(?:also\s+)?$", re.IGNORECASE)
# "Two more died in hospital", "another five were killed": a count of victims added.
_N_MORE = re.compile(rf"^(?:(?:{NUM})\s+more|another\s+(?:{NUM}))\b", re.IGNORECASE)
# "Another two soldiers were killed": the count after "another" is added.
_ANOTHER = re.compile(r"\banother\s+$", re.IGNORECASE)
_NAMED = re.compile(r"(?!(?:The|An?|His|Her|Their|Its|Another|One)\b)[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# One more victim told by their place in the count: "A fourth missionary died", "another
# policeman was killed". "The second victim" is one already told of.
_ONE_MORE = re.compile(rf"^(?:an?\s+(?P<ord>{'|'.join(_ORDINALS)})|another)\s", re.IGNORECASE)


def _in_addition(mention: Mention, sentence: str) -> Mention:
    """``mention`` marked as victims in addition to those the text counted before."""
    if mention.kind != "killed" or mention.toll or mention.attacker:
        return mention  # the wounded are retold too often in long stories ("three others were also hurt")
    told = sentence[mention.start : mention.end]
    if _NAMED.match(told):
        return mention  # "Ana Ruiz was also killed": one of the dead, named after the count
    one_more = _ONE_MORE.match(told) if mention.value == 1 else None
    if one_more is not None:
        ordinal = _ORDINALS[one_more.group("ord").lower()] if one_more.group("ord") else 0
        return dataclasses.replace(mention, extra=True, ordinal=ordinal)
    also = (
        _ALSO.search(sentence, max(0, mention.start - 30), mention.end)
        or _THEN.search(sentence, max(0, mention.start - 12), mention.start)
        or _N_MORE.match(told)
        or _ANOTHER.search(sentence, max(0, mention.start - 9), mention.start)
    )
    if also is None or also.start() > mention.end or _PRONOUN.match(told):
        return mention
    return dataclasses.replace(mention, extra=True)


# "Her guard was killed in the attack, as was a bystander": one more victim of the same fate.
_AS_WAS = re.compile(
    rf"[^.;]{{0,60}}?\bas\s+(?:was|were)\s+(?:(?P<num>{NUM})\s+(?:[\w'’-]+\s+){{0,2}}?{VICTIMS}"
    rf"|(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUN}))\b",
    re.IGNORECASE,
)


def _as_was(sentence: str, found: list[Mention]) -> list[Mention]:
    """The victims added by "as was ..." after the last figure of ``found``."""
    if not found:
        return []
    last = max(found, key=lambda x: x.end)
    m = _AS_WAS.match(sentence, last.end)
    if m is None or last.kind != "killed" or last.toll or last.attacker:
        return []
    parsed = parse_number(m.group("num")) if m.group("num") else (1, "exact")
    if parsed is None:
        return []
    return [Mention(last.kind, parsed[0], "exact", m.start(), m.end(), extra=True)]


def _along_with(mention: Mention, sentence: str, free: Callable[[int, int], bool]) -> Mention:
    """``mention`` with the people killed or hurt "along with" its victims added."""
    m = _ALONG_WITH.match(sentence, mention.end)
    if m is None or mention.kind == "shot" or mention.attacker or ATTACKERS.search(m.group("noun") or m.group("person")):
        return mention
    if m.group("one") and _ATTACKER_TOLD_AFTER.match(sentence, m.end()):
        return mention  # "along with the man who shot them", "a man identified as the shooter"
    if m.group("comma") and _OWN_FATE.match(sentence, m.end()):
        return mention  # "killed, along with two engineers who were rescued later"
    # one person told by a noun ("their mother"), or a count ("19 other people")
    parsed = (persons(m.group("person")), "exact") if m.group("one") else parse_number(m.group("num"))
    count = "one" if m.group("one") else "num"
    if parsed is None or not free(m.start(count), m.end(count)):
        return mention
    return Mention(mention.kind, mention.value + parsed[0], mention.qualifier, mention.start, m.end(), False, mention.toll)
