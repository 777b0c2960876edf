"""Numbers of people as a text says them: digits, words ("thirty-two"), vague quantities
("dozens", kept as a lower bound), the qualifier before them ("at least"), and the tests
that tell a count of people from an age, a year, a clock time or the size of a family."""

from __future__ import annotations

import re

from monitor.records import Qualifier

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Vague quantities: (lower bound, qualifier).
_VAGUE: dict[str, tuple[int, Qualifier]] = {
    "half a dozen": (6, "exact"), "a dozen": (12, "exact"), "two dozen": (24, "exact"), "three dozen": (36, "exact"),
    "dozens": (24, "at_least"), "dozens of": (24, "at_least"), "scores": (40, "at_least"),
    "scores of": (40, "at_least"), "several": (3, "at_least"), "a few": (3, "at_least"),
    "hundreds": (200, "at_least"), "hundreds of": (200, "at_least"),
    "a handful of": (3, "at_least"), "a number of": (2, "at_least"),
}
SINGULAR = {"a": 1, "an": 1, "one": 1}
_BOTH = {"both": 2}

_WORD = r"(?:" + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True)) + r")"
NUM = (
    r"(?:half\s+a\s+dozen|a\s+dozen|two\s+dozen|three\s+dozen|dozens(?:\s+of)?|scores(?:\s+of)?|several|a\s+few"
    r"|hundreds(?:\s+of)?|a\s+handful\s+of|a\s+number\s+of|both"
    r"|\d{1,3}(?:,\d{3})+|\d+"
    rf"|{_WORD}(?:[- ]{_WORD})?(?:\s+hundred(?:\s+and\s+{_WORD}(?:[- ]{_WORD})?)?)?)"
)
# "between two and four": the upper end, as "up to" (the lower end, a plain number or number
# word, is read as part of the qualifier).
QUAL = (
    r"(?P<qual>at\s+least|more\s+than|over|nearly|almost|about|around|some|approximately"
    rf"|roughly|close\s+to|up\s+to|as\s+many\s+as|as\s+high\s+as|at\s+most|an\s+estimated|between\s+(?:\d+|{_WORD}(?:-{_WORD})?)\s+and)"
)

# A number followed by a unit, an age, or a clock time ("shot around 7:30 p.m.", "a
# wound around 4 p.m."): not a count of people.
_AGE_OR_UNIT = re.compile(
    r"^(?:[-\s]*(?:year|month|week|day|hour|minute|km|kilomet|mile|percent|%|per\s*cent)"
    r"|:\d\d|\s*(?:[ap]\.\s?m\.|[ap]m\b|o['’]clock))",
    re.I,
)

_QUALIFIER_MAP: dict[str, Qualifier] = {
    "at least": "at_least", "more than": "more_than", "over": "more_than", "nearly": "about",
    "almost": "about", "about": "about", "around": "about", "some": "about", "approximately": "about",
    "roughly": "about", "close to": "about", "an estimated": "about", "up to": "up_to",
    "as many as": "up_to", "as high as": "up_to", "at most": "up_to",
}


def parse_number(text: str) -> tuple[int, Qualifier] | None:
    """A number phrase's value and implied qualifier ("dozens" -> 24, at_least)."""
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    if t in SINGULAR:
        return 1, "exact"
    if t in _BOTH:
        return _BOTH[t], "exact"
    vague = _VAGUE.get(t)
    if vague:
        return vague
    digits = t.replace(",", "")
    if digits.isdigit():
        return int(digits), "exact"
    total, current = 0, 0
    for w in t.split():
        if w == "and":
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current, "exact"


def qualifier(raw: str | None, implied: Qualifier) -> Qualifier:
    if raw:
        words = " ".join(raw.lower().split())
        return "up_to" if words.startswith("between") else _QUALIFIER_MAP.get(words, implied)
    return implied


# "no one", "not a single"; and "a mother of three", "father of two": the size of a
# family, not a count of victims.
_NEGATED = re.compile(
    r"\b(?:no|not\s+a\s+single|none\s+of\s+the|(?:mother|father|mom|dad|parent|grandmother|grandfather)\s+of)[\s-]*$",
    re.IGNORECASE,
)
# A photo gallery's counter in page chrome ("Image 3 of 24 Man shot on Elm Street"): the
# number after "of" is the gallery's size, not the victims of the caption that follows.
_GALLERY = re.compile(r"\b(?:image|photo|picture|slide)\s+\d+\s+of\s*$", re.IGNORECASE)
# The end of a range of ages ("between the ages of 16-18 were hurt", "aged 16 and 17 were
# shot", "ages 19 to 23", "ages 19, 21 and 22"): an age, not a count of people.
_AGES = re.compile(r"\b(?:ages?|aged)\s+(?:of\s+)?(?:between\s+)?(?:\d{1,3}\s*(?:-|–|to|and|,\s*(?:and\s+)?)\s*){0,4}$", re.IGNORECASE)


def plausible(num_text: str, after: str, value: int, before: str = "") -> bool:
    if _NEGATED.search(before) or _GALLERY.search(before) or _AGES.search(before):
        return False
    if _AGE_OR_UNIT.match(after):
        return False
    digits = num_text.replace(",", "")
    # A bare four-digit year is not a count.
    return not (digits.isdigit() and "," not in num_text and 1900 <= value <= 2100)
