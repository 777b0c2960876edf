"""The project's own labelled set (bench/data/quality.jsonl) is well formed and complete."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from monitor.records import EVENT_TYPES, QUALIFIERS, STANCES

ROOT = Path(__file__).resolve().parents[2]
QUALITY = ROOT / "bench" / "data" / "quality.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"

#: One tag per phenomenon issue 3 names; every one must label several items.
REQUIRED_TAGS = frozenset(
    # phrasings of a toll
    "ph_killed ph_dead ph_died ph_lost_lives ph_toll_rose ph_left_dead ph_bodies_recovered "
    "ph_wounded ph_injured ph_hurt ph_hospitalised "
    # numbers in words, vague quantities, qualifiers
    "num_words num_compound_words num_a_dozen num_two_dozen "
    "vague_dozens vague_scores vague_several vague_a_few "
    "q_at_least q_more_than q_nearly q_about q_up_to q_as_many_as "
    # counting
    "group_sum same_victims_twice attackers_killed revision period_total period_with_own_toll "
    # numbers that are not casualties
    "nc_munitions nc_troops nc_age nc_year nc_money nc_attack_count nc_house_number "
    # several events
    "multi_incident background_event "
    # claims
    "claim_claimed claim_denied claim_blamed claim_suspected actor_alias no_claim_statement claim_state state_as_fact "
    # places
    "place_district place_green_zone place_ambiguous place_dateline place_travel "
    # event types
    "et_bombing et_suicide_bombing et_rocket_mortar_shelling et_airstrike et_armed_assault "
    "et_assassination et_kidnapping et_armed_clash et_takeover "
    # page chrome, irrelevant news
    "chrome_audio_by chrome_related chrome_caption chrome_share irrelevant road_accident us_shooting".split()
)
LABEL_KEYS = {
    "relevant", "killed", "killed_qualifier", "wounded", "wounded_qualifier", "period_total", "claims",
    "country_code", "place", "admin1", "event_type", "event_date", "phenomena",
}
ACTORS = {
    "Islamic State", "ISKP", "ISWAP", "Taliban", "al-Shabaab", "Boko Haram", "Houthis", "TTP", "Hamas",
    "Hezbollah", "PKK", "JNIM", "al-Qaeda", "AQAP", "FARC", "ELN", "Abu Sayyaf", "Lashkar-e-Taiba",
    "Jaish-e-Mohammed", "BLA", "Maoists", "Haqqani network", "ADF", "M23",
}


def _rows() -> list[dict]:
    with QUALITY.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


ROWS = _rows()


def test_size_and_unique_ids() -> None:
    assert len(ROWS) >= 150
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids))
    irrelevant = sum(not r["labels"]["relevant"] for r in ROWS)
    assert 0.15 <= irrelevant / len(ROWS) <= 0.3


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_schema(row: dict) -> None:
    assert set(row) == {"id", "outlet", "published", "title", "text", "labels"}
    assert re.fullmatch(r"q\d{3}", row["id"])
    assert datetime.strptime(row["published"], "%Y-%m-%dT%H:%M:%SZ")
    assert row["outlet"] and row["title"] and row["text"]
    assert 1 <= len(re.findall(r"[.!?](?:\s|$)", row["text"])) <= 8
    lb = row["labels"]
    # attackers killed are labelled on the items about them, and only there
    assert set(lb) - {"attackers_killed"} == LABEL_KEYS
    assert ("attackers_killed" in lb) == ("attackers_killed" in lb["phenomena"])
    assert lb.get("attackers_killed") is None or (isinstance(lb["attackers_killed"], int) and lb["attackers_killed"] > 0)
    for name in ("killed", "wounded"):
        value, qual = lb[name], lb[f"{name}_qualifier"]
        assert value is None or (isinstance(value, int) and value >= 0)
        assert (value is None) == (qual is None)
        assert qual is None or qual in QUALIFIERS
    assert isinstance(lb["period_total"], bool)
    for claim in lb["claims"]:
        assert set(claim) == {"actor", "stance"} and claim["stance"] in STANCES and claim["actor"]
    assert lb["event_type"] is None or lb["event_type"] in EVENT_TYPES
    assert lb["country_code"] is None or re.fullmatch(r"[A-Z]{2}", lb["country_code"])
    if lb["event_date"]:
        assert lb["event_date"] <= row["published"][:10]
    assert lb["phenomena"] and all(isinstance(t, str) for t in lb["phenomena"])
    if not lb["relevant"]:
        assert lb["killed"] is None and lb["wounded"] is None and not lb["claims"]
        assert lb["event_type"] is None and lb["country_code"] is None
    else:
        assert lb["country_code"]


def test_every_phenomenon_is_covered_several_times() -> None:
    counts: dict[str, int] = {}
    for row in ROWS:
        for tag in row["labels"]["phenomena"]:
            counts[tag] = counts.get(tag, 0) + 1
    missing = sorted(REQUIRED_TAGS - set(counts))
    assert not missing, f"phenomena with no item: {missing}"
    thin = sorted(t for t in REQUIRED_TAGS if counts[t] < 2)
    assert not thin, f"phenomena with a single item: {thin}"


def test_canonical_actors_are_used() -> None:
    used = {c["actor"] for r in ROWS for c in r["labels"]["claims"]}
    assert ACTORS <= used, sorted(ACTORS - used)


def _sentences(text: str) -> set[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return {re.sub(r"\s+", " ", p).strip().casefold() for p in parts if len(p.split()) >= 6}


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds not present")
def test_no_sentence_copied_from_the_seeds() -> None:
    seed_sentences: set[str] = set()
    for path in SEEDS.iterdir():
        if path.suffix in {".txt", ".jsonl", ".md"}:
            seed_sentences |= _sentences(path.read_text(encoding="utf-8", errors="replace"))
    ours: set[str] = set()
    for row in ROWS:
        ours |= _sentences(row["title"] + ". " + row["text"])
    copied = sorted(ours & seed_sentences)
    assert not copied, copied[:3]
