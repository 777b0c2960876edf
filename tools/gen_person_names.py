"""Regenerate monitor/data/person_names.tsv: common US given names and surnames.

Town names are often people's names ("Jose Garcia", "Nicholas Lindsay", "Jordan Davis"):
the extractor reads a capitalised word as a person's name when it stands next to a given
name. The lists are the US Census Bureau's 1990 name frequency files (public domain),
as shipped by the ``names`` package on PyPI (``dist.male.first``, ``dist.female.first``,
``dist.all.last``), which is needed only to run this script, not by the project:

    pip install --target /tmp/names names==0.3.0
    python tools/gen_person_names.py /tmp/names/names

Every given name is kept; surnames down to a frequency rank of ``MAX_SURNAME_RANK``
(rarer surnames are mostly too rare to matter and include more ordinary words).
"""

from __future__ import annotations

import sys
from pathlib import Path

MAX_SURNAME_RANK = 15_000


def _names(path: Path, limit: int | None = None) -> list[str]:
    out = []
    for line in path.read_text("ascii").splitlines():
        parts = line.split()
        if parts and (limit is None or int(parts[3]) <= limit):
            out.append(parts[0].lower())
    return out


def main(folder: str) -> None:
    src = Path(folder)
    given = sorted(set(_names(src / "dist.male.first") + _names(src / "dist.female.first")))
    surnames = sorted(set(_names(src / "dist.all.last", MAX_SURNAME_RANK)))
    out = Path(__file__).resolve().parents[1] / "monitor" / "data" / "person_names.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# name\tkind (g: given name, s: surname; US Census 1990 name files, public domain;"
                 " tools/gen_person_names.py)\n")
        fh.writelines(f"{n}\tg\n" for n in given)
        fh.writelines(f"{n}\ts\n" for n in surnames)


if __name__ == "__main__":
    main(sys.argv[1])
