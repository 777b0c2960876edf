"""bench.scoring on synthetic predictions and labels (pure: no extractor, no files)."""

from __future__ import annotations

import pytest

from bench.scoring import STANCES, ActorIndex, Gold, GoldClaim, Pred, Ratio, norm, score

ALL = frozenset({"killed", "wounded", "period_total", "claims", "country", "place", "admin1", "event_type", "event_date"})
ACTORS = ActorIndex.from_table(
    {
        "Islamic State": ["IS", "ISIS", "ISIL", "Daesh"],
        "ISKP": ["IS-Khorasan", "ISIS-K"],
        "FARC": ["Revolutionary Armed Forces of Colombia"],
        "Taliban": ["Islamic Emirate"],
    }
)


def gold(**kw: object) -> Gold:
    base: dict[str, object] = {"item_id": "g", "relevant": True, "scored": ALL}
    base.update(kw)
    return Gold(**base)  # type: ignore[arg-type]


def values(pairs: list[tuple[Gold, Pred | None]]) -> dict[str, float | None]:
    return {k: v.value for k, v in score(pairs, ACTORS).items()}


def test_ratio() -> None:
    r = Ratio()
    assert r.value is None
    r.add(True)
    r.add(False)
    assert (r.hits, r.total, r.value) == (1, 2, 0.5)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Herāt", "herat"), ("  The Green Zone ", "green zone"), ("Al-Shabaab", "shabaab"), ("Sar-e Pol", "sar e pol"), (None, "")],
)
def test_norm(raw: str | None, expected: str) -> None:
    assert norm(raw) == expected


def test_figures_exact_within_and_qualifier() -> None:
    pairs: list[tuple[Gold, Pred | None]] = [
        (gold(killed=10, killed_qualifier="at_least"), Pred(killed=10, killed_qualifier="exact")),
        (gold(killed=100), Pred(killed=95)),
        (gold(killed=4), Pred(killed=None)),
    ]
    v = values(pairs)
    assert v["killed_exact"] == pytest.approx(1 / 3)
    assert v["killed_within_10pct"] == pytest.approx(2 / 3)
    assert v["killed_exact_stated"] == pytest.approx(1 / 3)
    assert v["killed_qualifier"] == 0.0  # value matched, qualifier did not


def test_missing_figure_equals_zero_label() -> None:
    pairs: list[tuple[Gold, Pred | None]] = [
        (gold(killed=0, wounded=None), None),  # no report at all: 0 killed is right
        (gold(killed=None, wounded=3), Pred(killed=0, wounded=3)),
    ]
    v = values(pairs)
    assert v["killed_exact"] == 1.0
    assert v["wounded_exact"] == 1.0
    assert "killed_exact_stated" not in v  # no item with a stated toll
    assert v["coverage"] == 0.5


def test_final_totals_are_scored_apart() -> None:
    v = values([(gold(killed=2, wounded=1, final_totals=True), Pred(killed=2, wounded=0))])
    assert v["killed_final_match"] == 1.0 and v["wounded_final_match"] == 0.0
    assert "killed_exact" not in v


def test_participant_totals_add_the_attackers_killed_to_the_victims() -> None:
    # GVA counts a shooter who died among the killed; the extractor keeps him apart.
    pred = Pred(killed=2, wounded=1, attackers_killed=1)
    v = values([(gold(killed=3, wounded=1, final_totals=True, participants=True), pred)])
    assert v["killed_final_match"] == 1.0 and v["wounded_final_match"] == 1.0
    # a set whose labels count victims only compares the victims
    v = values([(gold(killed=3, wounded=1, final_totals=True), pred)])
    assert v["killed_final_match"] == 0.0


def test_attackers_killed_are_scored_where_labelled() -> None:
    labelled = Gold("a", True, frozenset({"attackers_killed"}), attackers_killed=2)
    v = values([(labelled, Pred(attackers_killed=2)), (labelled, Pred()), (labelled, None)])
    assert v["attackers_killed_exact"] == pytest.approx(1 / 3)
    assert "attackers_killed_exact" not in values([(gold(killed=1), Pred(killed=1, attackers_killed=4))])


def test_unscored_fields_are_not_counted() -> None:
    g = gold(killed=5, country_code="US", scored=frozenset({"country"}))
    v = values([(g, Pred(killed=1, country_code="US"))])
    assert v == {"coverage": 1.0, "country_accuracy": 1.0}


def test_claims_per_stance_with_aliases() -> None:
    g = gold(claims=(GoldClaim("Islamic State", "claimed"), GoldClaim("Taliban", "denied"), GoldClaim("Taliban", "blamed")))
    p = Pred(claims=(("Daesh", "claimed"), ("Islamic Emirate", "denied"), ("ISKP", "suspected")))
    v = values([(g, p)])
    assert v["claims_claimed_precision"] == 1.0 and v["claims_claimed_recall"] == 1.0
    assert v["claims_denied_precision"] == 1.0 and v["claims_denied_recall"] == 1.0
    assert v["claims_blamed_recall"] == 0.0 and "claims_blamed_precision" not in v
    assert v["claims_suspected_precision"] == 0.0
    assert v["claimed_any_precision"] == 1.0 and v["claimed_any_recall"] == 1.0
    assert v["actor_accuracy"] == 1.0


def test_affiliates_are_not_the_parent() -> None:
    v = values([(gold(claims=(GoldClaim("ISKP", "claimed"),)), Pred(claims=(("Islamic State", "claimed"),)))])
    assert v["claims_claimed_precision"] == 0.0 and v["claims_claimed_recall"] == 0.0
    assert v["claimed_any_recall"] == 1.0  # a claim was found, by the wrong actor


def test_gold_acronyms_and_alternatives() -> None:
    g = gold(claims=(GoldClaim("Revolutionary Armed Forces of Colombia (FARC)", "claimed"),), claim_stances=("claimed",))
    assert values([(g, Pred(claims=(("FARC", "claimed"),)))])["claims_claimed_recall"] == 1.0
    g2 = gold(claims=(GoldClaim("GUATEMALAN NATIONAL REVOLUTIONARY UNITY", "claimed", ("URNG",)),))
    assert values([(g2, Pred(claims=(("URNG", "claimed"),)))])["claims_claimed_recall"] == 1.0


def test_state_forces_by_their_kind() -> None:
    # "army" (the extractor's name for forces no country is named with) is the labels'
    # "ARMED FORCES" or "SALVADORAN ARMY"; "police" is "NATIONAL POLICE"; a group is not.
    army = gold(claims=(GoldClaim("ARMED FORCES", "blamed", ("ARMED FORCES", "SALVADORAN ARMY")),))
    assert values([(army, Pred(claims=(("army", "blamed"),)))])["claims_blamed_recall"] == 1.0
    assert values([(army, Pred(claims=(("police", "blamed"),)))])["claims_blamed_recall"] == 0.0
    police = gold(claims=(GoldClaim("NATIONAL POLICE", "claimed", ("COLOMBIAN POLICE",)),))
    assert values([(police, Pred(claims=(("police", "claimed"),)))])["claims_claimed_recall"] == 1.0
    group = gold(claims=(GoldClaim("PEOPLE'S REVOLUTIONARY ARMY", "blamed"), GoldClaim("FARC", "blamed")))
    assert values([(group, Pred(claims=(("army", "blamed"),)))])["claims_blamed_recall"] == 0.0


def test_a_perpetrator_the_set_does_not_score_is_no_false_blame() -> None:
    # MUC-4 codes a perpetrator told as fact apart ("reported as fact") and scores no stance
    # for it; the project reads it as blamed. Blaming it is then neither right nor wrong;
    # claiming it, or blaming another group, still counts.
    g = gold(claims=(), unscored=(GoldClaim("FMLN", "blamed"),), claim_stances=("claimed", "blamed"))
    assert "claims_blamed_precision" not in values([(g, Pred(claims=(("FMLN", "blamed"),)))])
    assert values([(g, Pred(claims=(("ELN", "blamed"),)))])["claims_blamed_precision"] == 0.0
    assert values([(g, Pred(claims=(("FMLN", "claimed"),)))])["claims_claimed_precision"] == 0.0


def test_only_labelled_stances_are_scored() -> None:
    g = gold(claims=(), claim_stances=("claimed",))
    v = values([(g, Pred(claims=(("Taliban", "denied"),)))])
    assert not any(k.startswith("claims_denied") for k in v)


def test_irrelevant_items_count_false_positives_only() -> None:
    irrelevant = Gold(item_id="n", relevant=False, scored=frozenset())
    v = values([(irrelevant, Pred(killed=3)), (irrelevant, None)])
    assert v == {"false_positive_rate": 0.5}


def test_places_dates_types() -> None:
    g = gold(country_code="AF", place="Herāt", admin1="Herat Province", event_type="bombing", event_date="2021-08-01")
    v = values([(g, Pred(country_code="AF", place="Herat", admin1="Herat", event_type="suicide_bombing", event_date="2021-08-01"))])
    assert v["country_accuracy"] == 1.0 and v["place_accuracy"] == 1.0 and v["admin1_accuracy"] == 1.0
    assert v["event_type_accuracy"] == 0.0 and v["event_date_accuracy"] == 1.0
    alt = gold(place="Kabul", place_alternatives=("Wazir Akbar Khan",))
    assert values([(alt, Pred(place="Wazir Akbar Khan"))])["place_accuracy"] == 1.0


def test_period_total_flag() -> None:
    v = values([(gold(killed=36, period_total=True), Pred(killed=36, period_total=False))])
    assert v["period_total_flag"] == 0.0


def test_stances_constant_matches_records() -> None:
    from monitor.records import STANCES as RECORD_STANCES

    assert tuple(STANCES) == tuple(RECORD_STANCES)


def test_event_type_agreeing_with_a_coded_weapon() -> None:
    # A set that codes only the weapon scores whether the type is one the weapon allows.
    g = gold(event_types=("bombing", "suicide_bombing"))
    v = values([(g, Pred(event_type="suicide_bombing")), (g, Pred(event_type="armed_assault")), (g, None)])
    assert v["event_type_agreement"] == 1 / 3
    assert "event_type_accuracy" not in v
    assert "event_type_agreement" not in values([(gold(event_type="bombing"), Pred(event_type="bombing"))])
