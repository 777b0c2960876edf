"""Figures of a whole report: a lone shot victim in a story of a death, an attempt that
is no death; and of one sentence whose subject is a long or coordinated group of victims.
Texts in the project's own words."""

from __future__ import annotations

import pytest

from monitor.extract import extract
from monitor.extract.casualties import find_mentions
from monitor.records import FeedItem


def item(text: str, title: str = "") -> FeedItem:
    return FeedItem(item_id="f", feed="t", outlet="T", url="https://example.org/f", title=title, text=text,
                    published="2024-03-09T10:00:00Z")


def figures(text: str, title: str = "") -> tuple[int, int]:
    reports = extract(item(text, title))
    assert reports, text
    r = reports[0]
    return (r.killed.value if r.killed else 0), (r.wounded.value if r.wounded else 0)


def test_a_lone_shot_victim_in_a_homicide_story_died() -> None:
    title = "Detectives open homicide inquiry in Tulsa"
    text = "A man was shot in the chest outside a bar in Tulsa late on Friday, police said."
    assert figures(text, title) == (1, 0)


def test_a_lone_shot_victim_with_no_word_of_death_is_wounded() -> None:
    title = "Man hurt in Tulsa bar shooting"
    text = "A man was shot in the chest outside a bar in Tulsa late on Friday, police said."
    assert figures(text, title) == (0, 1)


def test_an_attempted_murder_is_no_death() -> None:
    title = "Police hunt gunman for attempted murder in Tulsa"
    text = "A man was shot in the chest outside a bar in Tulsa late on Friday, police said."
    assert figures(text, title) == (0, 1)


def test_deadly_force_withheld_or_a_deadly_weapon_is_no_death() -> None:
    text = ("A trooper was shot in the arm during a traffic stop in Tulsa on Friday. "
            "The chief said officers arrested the driver without using deadly force.")
    assert figures(text, "Trooper shot in arm in Tulsa") == (0, 1)
    text = "A clerk was shot in the hand at a gas station in Tulsa, and the robber was charged with assault with a deadly weapon."
    assert figures(text, "Clerk shot in Tulsa robbery") == (0, 1)


def test_a_store_owner_fatally_shot_is_one_dead() -> None:
    text = "Detectives in Tulsa said a store owner was fatally shot during a robbery on Saturday night."
    assert figures(text, "Shop owner killed in Tulsa robbery") == (1, 0)


def test_the_youngest_who_died_is_one_of_the_shot() -> None:
    title = "Three children shot in Tulsa home"
    text = "Three children were shot inside a home in Tulsa late on Sunday, where the youngest died, police said."
    assert figures(text, title) == (1, 2)


def test_a_double_shooting_counts_the_dead_among_its_two_victims() -> None:
    title = "Double shooting at Tulsa diner leaves one dead"
    text = ("Two men were wounded in a shooting at a diner in Tulsa early on Sunday, police said. "
            "The 31-year-old victim died later at St. John Medical Center.")
    assert figures(text, title) == (1, 1)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Three engineers from the state water company were killed when their car was ambushed.", 3),
        ("Two aid workers and their local interpreter were killed near the border on Monday.", 3),
        ("The district chief, his bodyguard and his nephew were killed in the blast.", 3),
        ("Maria Lopez Duarte and her 12-year-old son were killed after gunmen stopped their bus.", 2),
        ("Six nurses who were travelling to a clinic in the hills were killed by a roadside bomb.", 6),
        ("Four soldiers, two civilians and the attacker were killed when the bomb went off.", 6),
        ("Militants broke into a house and shot three people to death.", 3),
        ("Gunmen stormed the farm at dawn, killing the farmer and his wife.", 2),
        ("Rebels stopped a car carrying two surveyors, killing both of them.", 2),
        ("Villagers protested against the murder of four teachers by unknown men.", 4),
        ("Two council members, Ana Ruiz and Luis Soto, were killed by gunmen.", 2),  # the two named
        ("The head of the party office, Ali Said, and an employee of the office, Omar Nur, were killed.", 2),
        # a person's kin told bare after the first ("her husband and son"): the possessive carries over
        ("His mother and sister were killed when the shell hit the house.", 2),
        ("Her father, brother and niece were killed at the checkpoint.", 3),
        # a person by sex or age bare after a determined part: "a man and girl"
        ("A man and girl were killed when the truck bomb went off.", 2),
        # names each with an age apposed, a group that was gunned down or died
        ("Lena Marsh, 31, and Omar Diaz, 27, were gunned down outside the shop.", 2),
        ("Lena Marsh, 31, Omar Diaz, 27, and Ivo Petrov, 40, died where they fell.", 3),
    ],
)
def test_a_long_or_coordinated_subject_is_counted(sentence: str, killed: int) -> None:
    found = [(m.kind, m.value) for m in find_mentions(sentence) if not m.attacker]
    assert found == [("killed", killed)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two gunmen were killed in the exchange of fire.",  # attackers, kept apart
        "The car and the bus were damaged by the blast.",  # no casualty verb
        "Police and soldiers were wounded, officials said.",  # no count, no person named
        "Her husband and sons were wounded in the raid.",  # how many sons, the text does not say
        "His uncle died in a car crash years ago.",  # no name apposed: perhaps an old death
        "The owner and manager were hurt in the blast.",  # two roles may be one person
    ],
)
def test_no_victim_count_from_a_subject_that_is_no_group_of_victims(sentence: str) -> None:
    assert [m for m in find_mentions(sentence) if not m.attacker] == []


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Tomas Ortega Vidal, a town councillor for the Green Party in the northern provinces, was found dead.", 1),
        ("Ana Maria de la Cruz, head of the local farmers' union, was killed by two men on a motorcycle.", 1),
        ("A ten-year-old boy died and two other children were injured when the device went off.", 1),
        # a person's aide or kin with a name apposed, dying
        ("Her bodyguard, Imran Qadir, died on the way to the clinic.", 1),
        # one person described, no group: "and" is not in the subject
        ("Lena Marsh, a nurse, died on Friday.", 1),
    ],
)
def test_one_named_or_described_victim(sentence: str, killed: int) -> None:
    found = [(m.kind, m.value) for m in find_mentions(sentence) if m.kind == "killed"]
    assert found == [("killed", killed)]


def test_a_story_that_opens_on_last_weeks_shooting_reports_its_figures() -> None:
    title = "Second arrest in Akron bar shooting"
    text = ("Police in Akron arrested a second man on Tuesday in connection with a shooting that wounded "
            "five people outside a bar last week. The 24-year-old was booked into the county jail.")
    assert figures(text, title) == (0, 5)


def test_an_attack_of_another_year_recalled_in_a_trial_story_stays_background() -> None:
    title = "Verdict in market bombing trial"
    text = ("A court in Lyon convicted two men on Monday over the market bombing of March 2016, which killed "
            "nine people; a third man was acquitted last week. Both will appeal, their lawyers said.")
    reports = extract(item(text, title))
    assert not reports or reports[0].killed is None


def test_shot_victims_of_whom_some_died_are_split() -> None:
    text = "Six people were shot, two of them fatally, at a block party in Toledo on Saturday night."
    assert figures(text) == (2, 4)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Deputies say he fatally shot his sister, Mara Quill, 29, and her husband, Tom Quill, in the kitchen.", [("killed", 2)]),
        ("The intruder opened fire, killing her and another tenant before fleeing.", [("killed", 2)]),
        ("Investigators believe she shot the landlord, his nephew and a neighbour during the dispute.", [("shot", 3)]),
        ("The gunmen murdered Anil Rao, a local shopkeeper, on Monday.", [("killed", 1)]),
        # a counted group after the first victim; a list that ends at a comma before the next clause
        ("Police say the farmer killed his brother and three nephews over a land dispute.", [("killed", 4)]),
        ("Deputies say the man killed his 52-year-old sister and two grandchildren at the farm.", [("killed", 3)]),
        ("The man fatally shot his 3-month-old daughter and her mother, then fled in a truck.", [("killed", 2)]),
        # the first of the list, read alone before, gives way to the whole list; a verb ends the list
        ("The attacker killed a cook, Rosa Lind, her nephew, Paul Lind, and her husband, Karl Lind.", [("killed", 3)]),
        ("The blast killed a 9-year-old girl and left a man in critical condition.", [("killed", 1)]),
    ],
)
def test_victims_listed_one_by_one_as_the_object(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence)] == expected


def test_a_list_that_ends_in_a_group_of_unknown_size_gives_no_count() -> None:
    found = find_mentions("Police would not say whether he shot his wife or their children first.")
    assert all(m.value == 1 for m in found)


def test_a_headline_with_no_figure_is_the_story_of_the_first_sentence_with_figures() -> None:
    # The headline's place is the outlet's city in the page chrome; the scene is Pueblo.
    title = "Deputies investigate overnight shooting | Channel 9 Denver"
    text = "Two men were shot and killed outside a tavern in Pueblo late Saturday, deputies said. A third man was arrested."
    assert figures(text, title) == (2, 0)


def test_shot_victims_less_the_dead_outnumber_one_wounded_told_apart() -> None:
    title = "Five shot, one killed outside Tulsa nightclub"
    text = ("Five people were shot outside a nightclub in Tulsa early Sunday, police said. One of them died at "
            "the scene. Another victim remains in critical condition.")
    assert figures(text, title) == (1, 4)


def test_a_second_victim_the_text_says_will_live_is_wounded_beside_the_dead() -> None:
    title = "One dead in Dayton parking lot shooting"
    text = ("Lena Marsh, 41, was shot and killed in a parking lot in Dayton, Ohio, on Tuesday night, police said. "
            "The 22-year-old was treated for a wound to the arm and is expected to survive.")
    assert figures(text, title) == (1, 1)


def test_one_of_a_double_shooting_who_has_died_leaves_one_wounded() -> None:
    title = "Two shot outside Elmwood diner"
    text = ("A 28-year-old man, one of the victims of a double shooting outside an Elmwood diner on Monday, has died. "
            "The second victim, a 35-year-old woman, is being treated at a hospital in Buffalo.")
    assert figures(text, title) == (1, 1)


def test_a_body_with_a_gunshot_wound_is_a_death_not_a_wounded_victim() -> None:
    title = "Kayaker finds body with gunshot wound in Ozark lake"
    text = "A kayaker found the body of a woman with a gunshot wound in a lake near Branson, Missouri, on Sunday."
    assert figures(text, title) == (1, 0)


@pytest.mark.parametrize(
    "title",
    [
        "3 dead, 12 wounded in weekend shootings across Milwaukee",
        "Violent night in Milwaukee leaves 3 dead, 12 hurt",
        "Three killed, 12 wounded in four separate shootings in Milwaukee",
        "Two separate Milwaukee County stabbings leave 3 dead, 12 hurt",
    ],
)
def test_a_round_up_of_several_shootings_is_a_period_total_not_dropped(title: str) -> None:
    text = ("Police in Milwaukee were called to shootings on the north side from Friday evening "
            "to early Monday, a spokeswoman said. Detectives have made no arrests.")
    (r, *_) = extract(item(text, title))
    assert r.killed and r.wounded
    assert (r.killed.value, r.wounded.value) == (3, 12)
    assert r.killed.period_total and r.wounded.period_total
    assert r.location.name == "Milwaukee"  # the round-up still opens the story, with its place


@pytest.mark.parametrize(
    "title",
    [
        "Two killed, five wounded in Milwaukee house party shootings",  # one party, told in the plural
        "Two killed, five wounded in Saturday shootings at Milwaukee bar",
    ],
)
def test_one_shooting_told_in_the_plural_keeps_its_own_toll(title: str) -> None:
    (r, *_) = extract(item("A gunman opened fire at a gathering in Milwaukee, police said.", title))
    assert r.killed and r.wounded and (r.killed.value, r.wounded.value) == (2, 5)
    assert not r.killed.period_total and not r.wounded.period_total


def test_the_dead_counted_among_the_wounded_in_an_earlier_sentence_are_netted() -> None:
    # The headline has the later toll; the body still counts two victims who died as wounded.
    title = "Three killed, one hurt in Wichita home shooting"
    text = ("A gunman opened fire inside a home in Wichita on Saturday, leaving one man dead and three "
            "other people wounded, police said.")
    assert figures(text, title) == (3, 1)


def test_wounded_are_not_netted_when_the_figures_count_different_victims() -> None:
    # 3 + 1 victims in the headline, 1 + 5 in the body: not clearly the same people.
    title = "Three killed, one hurt in Wichita home shooting"
    text = ("A gunman opened fire inside a home in Wichita on Saturday, leaving one man dead and five "
            "other people wounded, police said.")
    assert figures(text, title) == (3, 5)
    # With no wounded beside the toll, the body's figures are kept as they are.
    assert figures(text, "Three killed in Wichita home shooting") == (3, 5)


def test_a_toll_brought_to_a_figure_is_the_incident_toll() -> None:
    text = ("A bomb tore through a market in Gombe on Monday. Two more victims died in hospital on Wednesday, "
            "bringing the death toll from the market bombing to 19.")
    reports = extract(FeedItem(item_id="t", feed="t", outlet="T", url="https://example.org/t", title="",
                               text=text, published="2024-03-09T10:00:00Z"))
    assert reports and reports[0].killed is not None and reports[0].killed.value == 19


def test_a_follow_up_story_takes_the_figures_its_lead_recalls() -> None:
    # An arrest months later: the only figures are the recalled event's, and they are the story's.
    title = "Second arrest in Elm Street drive-by shooting"
    text = ("Police in Dayton arrested a second man in connection with a drive-by shooting on Elm Street "
            "that wounded six people in March. He was held without bail on Tuesday.")
    assert figures(text, title) == (0, 6)


def test_a_story_with_figures_of_its_own_ignores_the_recalled_event() -> None:
    title = "Man shot in Dayton"
    text = ("A man was shot and killed on Elm Street in Dayton on Tuesday. "
            "A drive-by shooting on the same street wounded six people in March.")
    assert figures(text, title) == (1, 0)


def test_another_attack_recalled_in_the_lead_lends_no_figures() -> None:
    text = ("A bomb hidden in a cart went off in the market of Kaduna on Tuesday. "
            "Another bomb exploded in the same market in March, killing nine people.")
    reports = extract(item(text, "Bomb in Kaduna market"))
    assert reports and reports[0].killed is None


def test_hurt_victims_of_different_ages_are_counted_apart() -> None:
    text = ("Two cousins were playing with a rifle in a house in Laramie on Friday, police said. "
            "The 19-year-old was accidentally shot in the chest and was later pronounced dead. "
            "The 14-year-old was taken to a hospital for a wound to his hand.")
    assert figures(text, "Teen dies in Laramie accidental shooting") == (1, 1)


def test_a_victim_told_twice_with_the_same_age_is_one() -> None:
    text = ("A 22-year-old man was shot in the leg on Elm Street in Laramie on Friday, police said. "
            "The 22-year-old was taken to a hospital in stable condition.")
    assert figures(text, "Man shot on Elm Street") == (0, 1)


def test_a_shooter_told_in_the_active_voice_is_no_victim() -> None:
    found = find_mentions("An 8-year-old boy accidentally shot his 11-year-old friend with a rifle on Sunday.")
    assert [(m.kind, m.value) for m in found] == [("shot", 1)]
    assert found[0].start > 0  # the friend, not the boy


def test_a_victim_named_in_apposition_to_the_subject_died() -> None:
    text = "The union treasurer, Marta Quispe, died in the attack on the union hall in Cusco on Friday."
    assert figures(text) == (1, 0)


@pytest.mark.parametrize("noun", ["gendarme", "secretary", "informer"])
def test_more_nouns_name_a_victim(noun: str) -> None:
    text = f"A {noun} was shot dead at a roadblock near Gao on Friday."
    assert figures(text) == (1, 0)


def test_a_body_found_in_a_story_of_violence_is_one_dead() -> None:
    text = ("The body of a former smuggler was found in a ditch outside Kidal on Tuesday. "
            "He had been kidnapped by gunmen the night before.")
    assert figures(text) == (1, 0)


def test_a_body_found_with_no_violence_is_no_incident() -> None:
    assert not extract(item("The body of a former smuggler was found in a ditch outside Kidal on Tuesday."))


def attackers(text: str, title: str = "") -> tuple[int, int, int | None]:
    """Victims killed, wounded and attackers killed of the main report."""
    r = extract(item(text, title))[0]
    return (r.killed.value if r.killed else 0), (r.wounded.value if r.wounded else 0), (
        r.attackers_killed.value if r.attackers_killed else None
    )


def test_an_accident_denied_leaves_the_shooter_an_attacker() -> None:
    text = ("A gunman killed two people at a bar in Tulsa, Oklahoma, on Friday and then turned the gun on himself. "
            "Police said the shooting was no accident.")
    assert attackers(text) == (2, 0, 1)


def test_a_shooter_who_killed_himself_is_kept_apart_from_the_victims() -> None:
    text = ("A gunman shot and killed two employees at a bakery in Fresno, California, on Friday before "
            "turning the gun on himself, police said. He killed himself in the storeroom.")
    assert attackers(text) == (2, 0, 1)
    r = extract(item(text))[0]
    assert r.attackers_killed is not None and "turning the gun on himself" in r.attackers_killed.evidence


@pytest.mark.parametrize(
    "after",
    ["Among the dead was the gunman, police said.", "The dead included the shooter.", "The gunman was among the dead."],
)
def test_an_attacker_told_among_the_dead_counted_before_is_taken_out_of_them(after: str) -> None:
    text = f"Four people were killed in a shooting at a tavern in Wichita, Kansas, on Saturday. {after}"
    assert attackers(text) == (3, 0, 1)


def test_the_dead_of_a_murder_suicide_counted_with_the_killer_are_his_victims_and_him() -> None:
    title = "Three dead in Salem murder-suicide"
    text = ("Three people were found dead in a house in Salem, Oregon, on Sunday. "
            "Police said the man shot his wife and his brother before killing himself.")
    assert attackers(text, title) == (2, 0, 1)


def test_a_child_who_shot_himself_is_a_victim_not_an_attacker() -> None:
    title = "Boy, 6, dies after finding father's pistol"
    text = ("A 6-year-old boy died on Tuesday of a self-inflicted gunshot wound at his home in Mobile, "
            "Alabama, after he found his father's pistol, deputies said.")
    assert attackers(text, title)[2] is None


def test_attackers_shot_dead_by_the_police_are_counted() -> None:
    text = ("Four gunmen attacked a hotel in Kismayo, Somalia, on Saturday, killing six guests before they "
            "were shot dead by soldiers.")
    assert attackers(text) == (6, 0, 4)


def test_victims_left_dead_beside_the_killer_are_not_read_net_of_him() -> None:
    # "left him and both his daughters dead" counts the daughters only: nothing to take out
    text = ("A shooting at a farmhouse near Tucson, Arizona, on Monday left him and both his daughters dead, "
            "deputies said. The older girl was found dead in the kitchen. The father died of a self-inflicted "
            "gunshot wound, deputies said.")
    assert attackers(text) == (2, 0, 1)


def test_a_sentence_of_attackers_killed_alone_belongs_to_the_event() -> None:
    text = ("Gunmen killed four guards at a checkpoint outside Maiduguri, Nigeria, on Monday, officials said. "
            "The army said nine of the insurgents were killed as troops held the post.")
    assert attackers(text) == (4, 0, 9)


@pytest.mark.parametrize("noun", ["patrons of a cafe", "diners", "cooks", "waiters", "onlookers", "schoolchildren"])
def test_the_people_of_a_place_struck_are_victims(noun: str) -> None:
    text = f"A bomb went off at a bus stop in Yala, wounding two soldiers and five {noun}."
    assert figures(text) == (0, 7)


def test_a_victim_after_a_count_told_with_the_is_one_more() -> None:
    text = "Youths raided a kebab shop in Cork and injured two cooks and the nephew of the shop's owner."
    assert figures(text) == (0, 3)


def test_throats_slit_are_a_killing() -> None:
    assert figures("Raiders slit the throats of three shepherds near a hamlet in Poonch.") == (3, 0)


def test_a_second_attack_after_a_killing_told_by_its_manner_is_another_event() -> None:
    text = ("Raiders slit the throats of three shepherds near a hamlet in Poonch. "
            "A second attack followed close by, killing five other herders.")
    assert figures(text) == (3, 0)


def test_victims_of_similar_attacks_are_not_the_main_events() -> None:
    text = ("Two rangers were shot dead in Narathiwat province on Tuesday. "
            "Four other rangers died in similar attacks nearby that evening.")
    assert figures(text) == (2, 0)


def test_the_killing_an_attack_came_after_is_background() -> None:
    text = ("Vandals set fire to a mosque in Lille. "
            "The arson came two days after a militia leader was assassinated by the army.")
    reports = extract(item(text))
    assert reports and reports[0].killed is None


def test_a_victim_the_attackers_then_killed_adds_to_the_dead() -> None:
    text = ("A judge and his bodyguard were shot to death by two men on a scooter in Multan. "
            "The gunmen then shot and killed a rickshaw driver who tried to stop them.")
    assert figures(text) == (3, 0)


def test_an_aside_in_brackets_does_not_break_a_coordinated_subject() -> None:
    text = "A senior (Sufi) cleric from a seminary in Multan and his nephew were shot to death outside a mosque."
    assert figures(text) == (2, 0)


def test_a_kinsman_told_at_length_before_the_verb_is_a_victim() -> None:
    text = ("A grenade was left at the gate of a tribal elder's house in Bannu. "
            "His nephew Aziz walked out to look and was killed by the blast.")
    assert figures(text) == (1, 0)
    text = ("A clerk in Yala was shot at by gunmen on his way to the market. "
            "His sister, riding pillion behind him, was badly hurt.")
    assert figures(text) == (0, 1)


def test_a_victim_named_with_a_title_and_no_article_was_killed() -> None:
    assert figures("Guerrillas killed tribal councilman Julio Perea Ruiz on Easter Sunday near Quibdo.") == (1, 0)


def test_a_named_victim_after_an_opening_phrase_was_killed() -> None:
    text = ("In the second of three attacks that night, Ravi Kumar, a local party organiser, "
            "was beaten to death with iron bars near his village in Warangal.")
    assert figures(text) == (1, 0)


def test_a_victim_told_by_surname_with_a_counted_group_adds_one() -> None:
    text = "Two gunmen burst into the office of union leader Omar Haddad in Sialkot. Haddad and two clerks were injured."
    assert figures(text) == (0, 3)
    text = ("Two gunmen burst into the office of union leader Omar Haddad in Sialkot. The treasurer of the union, Saleem Butt, "
            "died in the attack while Haddad and two clerks were injured.")
    assert figures(text) == (1, 3)


def test_a_plural_noun_beside_a_counted_group_is_no_one_person() -> None:
    text = "Gunmen ambushed a convoy near Kunduz. Soldiers and two civilians were killed."
    assert figures(text) == (2, 0)


def test_more_victims_counted_after_the_dead_add_to_them() -> None:
    text = "Three soldiers were killed when a mine exploded under their truck near Kunduz. Two more died later in hospital."
    assert figures(text) == (5, 0)


def test_a_kinsman_who_was_the_attacker_is_no_victim() -> None:
    assert find_mentions("His son, the gunman in the rampage, was killed by police.")[0].attacker


def test_victims_told_with_what_they_were_doing_before_died_are_counted() -> None:
    text = ("Elders said nine tribesmen were killed when a rocket hit their truck near Wana, "
            "and four more men standing beside the truck died.")
    assert figures(text) == (13, 0)


def test_one_of_a_group_told_with_a_phrase_who_died_is_one() -> None:
    found = find_mentions("The dead man - one of five friends waiting at the corner - died at the scene.")
    assert [(x.kind, x.value) for x in found] == [("killed", 1)]


def test_the_staff_of_two_services_together_are_victims() -> None:
    text = "Rebels threw grenades into a polling station near Sopore. Between two and five security and election personnel were injured."
    assert figures(text) == (0, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The stabbed are the wounded once those told dead are taken out, as the shot are.
        ("An intruder stabbed two nurses at a clinic in Derby on Monday. One of them later died in hospital.", (1, 1)),
        ("Five worshippers were stabbed at a temple in Derby on Monday; two were killed.", (2, 3)),
        ("Two porters were stabbed and beaten at the depot in Derby on Monday. Both died.", (2, 0)),
        ("A man stabbed three people at a bus stop in Derby on Monday, police said.", (0, 3)),
    ],
)
def test_the_stabbed_who_died_are_not_also_wounded(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead and the shot named by other work in other sentences are other people
        ("A gunman opened fire at a clinic in Tulsa on Monday, killing a doctor. Two guards suffered gunshot wounds.", (1, 2)),
        ("A man shot dead a teacher at a school in Tulsa on Monday. Three students were shot and survived.", (1, 3)),
        # the same noun, or none: the dead may be among the shot
        ("A gunman shot three guards at a clinic in Tulsa on Monday. One guard died in hospital.", (1, 2)),
        ("Four people were shot at a party in Tulsa on Monday. One of them, a woman, died.", (1, 3)),
    ],
)
def test_the_shot_named_apart_from_the_dead_are_all_wounded(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


def reported(text: str) -> tuple[int, int, int]:
    """Killed, wounded and attackers killed of the first report."""
    r = extract(item(text))[0]
    killed, wounded, attackers = (f.value if f else 0 for f in (r.killed, r.wounded, r.attackers_killed))
    return killed, wounded, attackers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighters on both sides of a clash are its victims
        ("Clashes between two militias near Sirte killed 18 fighters on both sides on Monday, a medic said.", (18, 0, 0)),
        # the attacker killed "before being shot dead"; the attackers' count set off by dashes
        ("A gunman killed five customers at a diner in Tulsa on Sunday before being shot dead by deputies.", (5, 0, 1)),
        ("Gunmen stormed a hotel in Mogadishu on Monday, killing nine guests. The attackers - three in all - were killed, police said.", (9, 0, 3)),
        # a death and others hurt in one sentence: two figures
        ("A man stabbed a priest to death at a church in Nantes on Sunday, and two other people were badly hurt, police said.", (1, 2, 0)),
        # "police constables and their driver": the driver added
        ("Rebels killed six police constables and their driver in Dantewada district on Monday, police said.", (7, 0, 0)),
    ],
)
def test_probed_figures_of_a_report(text: str, expected: tuple[int, int, int]) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A minister was killed in a suicide bombing in Kabul on Wednesday.",
        "A senator was shot dead outside his home in Cali on Sunday.",
        "A police captain was killed when a bomb struck his car in Quetta on Monday.",
    ],
)
def test_an_office_holder_killed_is_one_dead(text: str) -> None:
    [report] = extract(item(text))
    assert report.killed is not None and report.killed.value == 1, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police's count, not the claimant's
        ("A car bomb killed nine people at a checkpoint in Ghazni on Monday, police said. The Taliban claimed the "
         "attack and said it had killed 40 soldiers.", (9, 0)),
        ("A bomb killed four people at a mosque in Herat on Friday. Islamic State claimed responsibility, saying "
         "the blast killed 22 worshippers.", (4, 0)),
        # the claimant's count when it is the only one told
        ("The Taliban claimed responsibility for an ambush in Ghazni, saying its fighters killed 12 soldiers.", (12, 0)),
    ],
)
def test_a_claimants_own_count_counts_only_alone(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another speaker's count after the claim is no boast of the claimant's
        "Al-Shabaab claimed responsibility for the blast at a hotel in Baidoa on Friday, and officials said it "
        "killed nine people.",
        "Al-Shabaab claimed the attack on a hotel in Baidoa on Friday, which a regional governor said killed nine people.",
    ],
)
def test_a_count_another_speaker_gives_after_a_claim_is_the_toll(text: str) -> None:
    assert figures(text, "Hotel blast kills six in Baidoa") == (9, 0)


@pytest.mark.parametrize(
    "boast",
    [
        "The group said it had killed 25 soldiers.",
        "Its spokesman said its fighters killed 25 soldiers.",
        "They said they had killed 25 soldiers.",
    ],
)
def test_the_claimants_boast_in_a_sentence_of_its_own_counts_only_alone(boast: str) -> None:
    text = f"A car bomb killed nine people at a base in Baidoa on Friday, officials said. Al-Shabaab claimed the attack. {boast}"
    assert figures(text) == (9, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits killed 14 villagers in Katsina on Sunday, police said. Some estimates put the toll at 60.", (14, 0)),
        ("Bandits killed 14 villagers in Katsina on Sunday, police said. Locals said the raid might have killed "
         "as many as 35.", (14, 0)),
        # an estimate alone is the figure
        ("An estimated 45 people were killed when bandits raided a village in Katsina, police said.", (45, 0)),
    ],
)
def test_an_estimate_counts_only_beside_no_firm_count(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a hedge of another deed, or an estimate of another number, is no guess of the toll
        "Police said the attacker, who might have had help, opened fire on the bus station and killed 11 people on Friday.",
        "A bomb hidden at a bus station that an estimated 5,000 commuters pass through killed 11 people on Friday.",
        "Officials could have closed the bus station, which was estimated to be full, before the gunman killed 11 people.",
    ],
)
def test_a_hedge_that_does_not_govern_the_count_leaves_it_firm(text: str) -> None:
    assert figures(text, "Attack kills nine at Jos bus station") == (11, 0)


@pytest.mark.parametrize(
    "earlier",
    [
        "Earlier police had put the death toll at four.",
        "The governor had set the death toll at four.",
        "Police had put the toll at four before more bodies were found.",
        "Earlier the state police put the toll at four.",
    ],
)
def test_a_toll_told_as_said_before_gives_way_to_the_storys_own(earlier: str) -> None:
    text = f"Gunmen attacked a bus station in Jos on Friday, killing 11 people and wounding five, police said. {earlier}"
    assert figures(text) == (11, 5)
    assert figures(text, "Attack kills 11 at Jos bus station") == (11, 5)


def test_a_toll_that_had_risen_is_the_latest() -> None:
    text = "Gunmen attacked a bus station in Jos on Friday, killing four people. By Saturday the toll had risen to 11."
    assert figures(text) == (11, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt told by their care or their surviving, beside the dead told before
        ("A police raid on a gang hideout in Recife left seven people dead on Tuesday, officials said. "
         "Three officers were shot and hospitalised.", (7, 3)),
        ("Gunmen shot dead four members of a family at their farm near Maroua on Sunday, police said. "
         "A fifth person, a boy, survived with gunshot wounds.", (4, 1)),
        ("A grenade attack on a church in Bukavu on Sunday killed nine people, officials said. "
         "Dozens of worshippers remain in hospital.", (9, 24)),
    ],
)
def test_the_wounded_told_by_their_care_beside_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Eleven pupils were hospitalised with food poisoning after a school trip to Leeds on Monday, officials said.",
        "A former minister remains in hospital after a fall at his home in Milan, his spokesman said.",
    ],
)
def test_patients_of_no_attack_make_no_report(text: str) -> None:
    assert extract(item(text)) == []


def test_the_driver_of_a_ramming_killed_by_police_is_the_attacker() -> None:
    text = ("A man deliberately drove a van into a crowd at a street festival in Lyon on Saturday, killing five people, "
            "prosecutors said. The driver was shot dead by police.")
    (r, *_) = extract(item(text))
    assert r.killed is not None and r.killed.value == 5
    assert r.attackers_killed is not None and r.attackers_killed.value == 1


def test_the_wounded_taken_to_hospitals_in_the_plural_are_counted() -> None:
    text = "Gunmen killed four people at a bar in Kumba on Saturday, police said. Nine others were taken to hospitals."
    assert figures(text) == (4, 9)


@pytest.mark.parametrize(
    "text",
    [
        # a running count of one kind of victim, with no period named, is no toll of the attack
        "Gunmen shot dead a traffic policeman in Peshawar on Tuesday, bringing to nine the number of traffic "
        "police killed in the city.",
        "Gunmen shot dead a traffic policeman in Peshawar on Tuesday. His death brings the number of traffic "
        "officers killed in Peshawar to nine.",
    ],
)
def test_a_running_count_of_one_kind_of_victim_is_no_toll(text: str) -> None:
    (r, *_) = extract(item(text))
    assert r.killed and r.killed.value == 1 and not r.killed.period_total


def test_the_number_of_people_killed_rising_is_the_toll() -> None:
    text = ("A bomb killed two people at a bus stop in Peshawar on Tuesday. Three of the wounded died overnight, "
            "bringing the number of people killed to five.")
    (r, *_) = extract(item(text))
    assert r.killed and r.killed.value == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded who died since are taken out of the wounded and counted dead
        ("A roadside bomb hit a minibus near Ghazni on Tuesday, wounding seven passengers, officials said. "
         "Three of them later died in hospital.", (3, 4)),
        ("A grenade thrown into a tea shop in Ghazni killed two men and wounded five on Tuesday. One of the wounded "
         "later died, bringing the toll to three.", (3, 4)),
        # a count told as wounded in the sentence of the share, after the dead told before
        ("A blast at a bus depot in Ghazni killed two people on Tuesday. Another nine were wounded, and one of them "
         "later died.", (3, 8)),
        # an approximate count of the wounded stays as told
        ("A grenade thrown into a tea shop in Ghazni killed two men and wounded more than a dozen on Tuesday. "
         "One of the wounded later died, bringing the toll to three.", (3, 12)),
    ],
)
def test_the_wounded_who_died_are_no_longer_wounded(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two blows in one sentence, each with its own dead, add up
        "Two car bombs exploded near a checkpoint in Baquba on Friday. The first bomb killed two soldiers and the "
        "second killed five civilians.",
        "The first car bomb killed two soldiers near a checkpoint in Baquba on Friday, while the second killed five "
        "civilians.",
    ],
)
def test_the_first_and_the_second_blow_add_up(text: str) -> None:
    assert figures(text)[0] == 7


@pytest.mark.parametrize(
    "text",
    [
        # the blows told one per sentence, the second by its number
        "Two bombs went off at a bus station in Jos on Friday. The first killed three people. "
        "The second, an hour later, killed four.",
        "A bomb killed three people at a bus station in Jos on Friday. A second bomb an hour later killed four.",
    ],
)
def test_the_next_blow_told_in_its_own_sentence_adds_up(text: str) -> None:
    reports = extract(item(text))
    assert len(reports) == 1
    assert figures(text)[0] == 7


@pytest.mark.parametrize(
    "text",
    [
        # hours apart, or on another day: another attack, whatever its number
        "A bomb killed three people at a bus station in Jos on Friday. Hours later a second bomb killed four in Bauchi.",
        "A bomb killed three people at a bus station in Jos on Friday. A second bomb killed four in Jos on Sunday.",
    ],
)
def test_a_second_bomb_hours_apart_or_on_another_day_adds_nothing(text: str) -> None:
    assert figures(text)[0] == 3


def test_a_second_day_is_no_second_blow() -> None:
    text = ("A car bomb killed two soldiers near a checkpoint in Baquba on Friday, the first day of the holiday, "
            "and the second day saw five people killed in clashes.")
    assert figures(text)[0] != 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two firemen were killed when a shell hit a fire station in Kherson on Sunday.", (2, 0)),
        ("Gunmen killed two pilots at an airstrip in Kidal on Sunday.", (2, 0)),
        ("The pilot died when rebels shot down a helicopter near Gao on Sunday.", (1, 0)),
    ],
)
def test_firemen_and_pilots_are_victims(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Raiders killed 18 people in Sokoto on Sunday. It came weeks after 45 people were killed in a nearby village.",
        "Raiders killed 18 people in Sokoto on Sunday. The attack comes days after 45 villagers were killed in Isa.",
        "Raiders killed 18 people in Sokoto on Sunday, weeks after 45 people were killed in a nearby village.",
    ],
)
def test_the_dead_of_an_attack_weeks_before_are_not_the_storys(text: str) -> None:
    assert figures(text) == (18, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed nine soldiers at a checkpoint in Baidoa on Tuesday, and in a separate attack a roadside bomb "
        "killed three traders in Beledweyne, officials said.",
        "Gunmen killed nine soldiers at a checkpoint in Baidoa on Tuesday; in another attack, a roadside bomb killed "
        "three traders in Beledweyne.",
    ],
)
def test_another_attack_told_in_the_same_sentence_is_a_report_of_its_own(text: str) -> None:
    for title in ("", "Two attacks in Somalia kill 12", "Gunmen kill 12 in two attacks in Somalia"):
        reports = extract(item(text, title))
        # the headline's sum of the two is neither attack's own toll
        assert [(r.location.name, r.event_type, r.killed and r.killed.value) for r in reports] == [
            ("Baidoa", "armed_assault", 9), ("Beledweyne", "bombing", 3),
        ], title
        assert all(r.event_date == "2024-03-05" for r in reports)


def test_attacks_counted_with_one_toll_are_a_sum_of_their_tolls() -> None:
    (r,) = extract(item("Two attacks on villages in Zamfara killed 14 people on Sunday, officials said."))
    assert r.killed is not None and r.killed.value == 14 and r.killed.period_total
