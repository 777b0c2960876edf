"""The cheap prefilter in front of the extractor (it decides the Kafka extract stage's thread hop)."""

from __future__ import annotations

import pytest

from monitor.extract import extract, might_report
from monitor.records import FeedItem


def _item(title: str, text: str) -> FeedItem:
    return FeedItem(item_id="p1", feed="t", outlet="Desk", url="https://example.org/p1", title=title, text=text,
                    published="2024-03-02T10:00:00Z")


def test_news_without_violence_is_refused_and_extracts_nothing() -> None:
    item = _item("Library hours extended", "The council voted to keep the central library open until nine.")
    assert not might_report(item)
    assert extract(item) == []


def test_an_attack_report_passes_whatever_its_case() -> None:
    item = _item("BLAST IN MARKET", "A CAR BOMB EXPLODED IN A MARKET IN KIRKUK, KILLING SEVEN PEOPLE, POLICE SAID.")
    assert might_report(item)
    assert might_report(_item("Blast in market", "A car bomb exploded in Kirkuk, killing seven people."))


def test_deaths_without_any_attack_are_refused() -> None:
    assert not might_report(_item("Bus crash", "Eleven people died when a bus left the road near the pass."))


def test_an_explosion_with_no_accidental_cause_is_read() -> None:
    item = _item("", "An explosion outside the Green Hill cemetery in Tipaza killed two mourners and "
                     "wounded three others.")
    assert might_report(item)
    [report] = extract(item)
    assert (report.killed and report.killed.value, report.wounded and report.wounded.value) == (2, 3)
    assert report.location.country_code == "DZ"


def test_an_explosion_with_an_accidental_cause_is_refused() -> None:
    item = _item("", "A gas cylinder exploded in a restaurant kitchen in Lahore, injuring six cooks.")
    assert not might_report(item)
    assert extract(item) == []


def test_deaths_at_the_hands_of_a_known_armed_group_are_read() -> None:
    item = _item("", "Two soldiers were killed outside Baidoa on Friday by al-Shabaab, the regional governor said.")
    assert might_report(item)
    [report] = extract(item)
    assert report.killed is not None and report.killed.value == 2
    assert report.location.country_code == "SO"


def test_a_hunting_accident_is_a_shooting_and_is_read() -> None:
    item = _item("Hunter dies near Bismarck", "A 52-year-old man was killed in a hunting accident near Bismarck "
                                               "on Saturday morning, the county sheriff said.")
    assert might_report(item)
    [report] = extract(item)
    assert report.killed is not None and report.killed.value == 1


def test_a_shotgun_is_a_weapon() -> None:
    assert might_report(_item("", "A farmer was wounded with his own shotgun at a farmhouse outside Ames."))
    assert not might_report(_item("", "Two brothers were wounded when a tractor rolled over at a farm near Ames."))


def test_shots_that_hurt_no_one_are_still_an_attack() -> None:
    # RAND-style incident notes: an attack with no casualties is an incident all the same.
    for text in ("An unknown man opened fire into a family's house in Newry. No one was injured.",
                 "Militants fired shots from the hills toward a police post near Hebron. Nobody was hurt."):
        [report] = extract(_item("", text))
        assert report.event_type == "armed_assault"
        assert report.location.name is not None


def test_people_killed_with_the_police_at_work_are_an_incident() -> None:
    # No attacker named, but a killing the police answer: an attack in most news.
    item = _item("Killings", "Nine people were killed in a village in Katsina State on Sunday. Police asked residents to stay home.")
    assert might_report(item)
    (report,) = extract(item)
    assert report.killed is not None and report.killed.value == 9
    assert report.event_type == "armed_assault"


def test_people_killed_in_an_accident_or_by_animals_stay_out_with_the_police_there() -> None:
    for text in (
        "Nine people were killed when a lorry overturned in Katsina State, police said.",
        "Four people were killed in a crush at the gates of a stadium, police said.",
        "Two herders were killed by elephants near the park, police said.",
        "Three workers were killed at a factory in Kano on Monday, police said.",
    ):
        assert not might_report(_item("Deaths", text)), text


def test_people_killed_in_a_mishap_stay_out_whatever_the_police_do() -> None:
    for text in (
        "Six miners were killed when a shaft caved in. Police said the pit had no licence.",
        "Eleven people were killed when a boat sank on Lake Kivu. Police divers searched for the missing.",
        "Two boys were killed by a hit-and-run driver in Bradford. Police arrested a man later.",
        "Four cyclists were killed by a speeding motorist in Bradford. Police arrested him at home.",
        "Three children were killed by stray dogs in Lahore. Police are investigating the owners.",
        "Seven pilgrims were killed by extreme heat in Medina. Police arrested no one.",
        "Two men were killed by hanging in a prison on Friday. Police had arrested them years ago.",
    ):
        assert not might_report(_item("Deaths", text)), text


def test_police_merely_named_are_not_police_at_work() -> None:
    # "police said" tells of a mishap as often as of a killing: no hunt, arrest or curfew.
    assert not might_report(_item("Deaths", "Five people were killed in a village near Kano on Sunday, police said."))
    assert might_report(_item("Deaths", "Five people were killed in a village near Kano on Sunday. Police are hunting the killers."))
    assert might_report(_item("Deaths", "Five people were killed in a village near Kano on Sunday. A curfew was imposed."))


def test_an_accidental_blast_or_a_films_story_is_no_incident() -> None:
    for title, text in (
        ("Boiler blast at Lagos bakery", "Three bakers were killed and six were hurt when a boiler exploded at a bakery in Lagos."),
        ("Gas cylinder blast", "Two people died when a gas cylinder blew apart in a kitchen in Quetta, officials said."),
        ("Review", "The new crime drama follows a retired officer tracking a sniper who shot dead five people in a"
                   " fictional Ohio town."),
        ("Review", "The film tells of a man who drove his truck into a crowd at a parade, killing 30 people."),
        ("Review", "In the new film, troops killed hundreds of enemy fighters in a siege of an old fortress."),
        ("Review", "The novel tells how a drifter stabbed and killed his landlord in a small mining town."),
    ):
        assert not might_report(_item(title, text)), text
    # a bomb's blast, and news that names a film further down, are still read
    assert might_report(_item("Bomb blast at Lagos bakery", "A bomb exploded at a bakery in Lagos, killing three."))


def test_forces_that_destroyed_a_target_are_an_attack_word() -> None:
    item = _item("News", "The defence ministry said its forces destroyed an enemy command post near Goma, killing 14 soldiers.")
    assert might_report(item)
    (report,) = extract(item)
    assert report.killed is not None and report.killed.value == 14


def test_deaths_at_the_hands_of_pirates_or_robbers_are_read() -> None:
    # armed criminals are attackers as bandits are; a ball team of that name is not
    for text in ("Pirates killed three sailors on a fishing boat off the coast of Somalia.",
                 "Sea pirates shot dead a crewman of a cargo ship off the coast of Somalia.",
                 "Robbers killed a goldsmith in his shop in Lagos on Sunday."):
        item = _item("", text)
        assert might_report(item), text
        [report] = extract(item)
        assert report.killed is not None and report.killed.value in {1, 3}, text
    assert not might_report(_item("", "The Pirates lost to the Reds; their catcher was injured in the ninth inning."))
    assert not might_report(_item("", "Pittsburgh Pirates fans were injured when a stand gave way."))


def test_deaths_at_the_hands_of_herders_or_rustlers_are_read() -> None:
    # herders and cattle rustlers are armed men as the doers of a killing, not as its victims
    for text in ("Suspected herders killed six farmers in Riyom, Plateau State, on Sunday.",
                 "Four villagers were killed by armed herdsmen near Agatu on Tuesday.",
                 "Cattle rustlers shot dead two vigilantes in a village of Zamfara State."):
        item = _item("", text)
        assert might_report(item), text
        assert extract(item), text
    assert not might_report(_item("", "Three herders were killed by lightning while grazing cattle near Agatu."))
    assert not might_report(_item("", "Herders lost 40 cows to a drought; two herdsmen died of thirst."))


@pytest.mark.parametrize(
    "text",
    [
        # the words as a team's, a party's or a singer's name, a game, or a crowd's, beside an
        # accident: no armed actor, and the accident stays an accident
        "Pirates shortstop Leo Marsh was killed in a car crash on a highway in Ohio on Sunday.",
        "Pirates supporters were hurt when a stand collapsed at the ballpark on Saturday; nine were injured.",
        "The Pirate Party's leader was killed in a car crash near Malmo on Monday.",
        "Two fans died in a crush at a Young Thug concert in Houston on Friday.",
        "Football thugs were blamed for damage to the stadium on Saturday; three fans were injured when a roof gave way.",
        "Pupils playing cops and robbers in a park were injured when a tree fell on Sunday.",
        "The old crime boss, who ran with gangsters in his youth, died of cancer in hospital on Monday.",
    ],
)
def test_pirates_or_robbers_named_beside_an_accident_are_no_attack(text: str) -> None:
    assert extract(_item("", text)) == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Derby win", "Their striker shot three goals after the break and killed off any hope of a fightback "
                      "in Kaduna on Sunday."),
        ("Hawks roll on", "The forward shot 11 of 14 from the field in Atlanta as his side killed the visitors' "
                          "rally late in the fourth quarter."),
        ("Budget row", "Opposition leaders in Lahore attacked the budget on Monday and shot down the idea of "
                       "new fuel taxes, which they said would kill small firms."),
        ("Flop", "The heist thriller, in which a masked gang storms a bank in Nairobi, bombed at the box office."),
        ("Hackers", "Hackers tied to Iran claimed responsibility for a cyber attack that took down the Latvian "
                    "railway's booking site on Friday."),
        ("Shark", "A swimmer was killed in a shark attack off the coast of KwaZulu-Natal on Monday."),
        ("Dogs", "Three children were hurt when a pack of stray dogs attacked them near a school in Multan."),
        ("Leopard", "Rangers shot dead a leopard that had killed two herders in Nepal's Bardiya district."),
        ("Factory", "Six workers died when a blast ripped through a fireworks factory in Sivakasi; officials "
                    "blamed chemicals stored in the heat."),
        ("Hangings", "Saudi Arabia executed four men in Riyadh on Tuesday for drug smuggling, the state news "
                     "agency said."),
        ("Drill", "Warships fired missiles and rockets during naval exercises off Crimea, the fleet said."),
        ("Parade", "Tanks and ballistic missiles rolled through Pyongyang during a military parade on Saturday."),
        ("Storm", "A bomb cyclone swept across Nova Scotia on Wednesday, leaving 90,000 homes without power."),
        ("Market", "Traders in Jos are fighting plans to move the central market, their union said on Monday."),
        ("Truce", "Both armies said the truce in Abyei held on Sunday, with no clashes reported overnight."),
        ("Launch", "Pakistan said on Friday it had tested a new cruise missile over the Arabian Sea."),
        ("Audit", "Revenue officials raided the head office of a cement maker in Chennai on Thursday."),
        ("Haul", "Customs officers seized 30 kg of cocaine in a raid on a container at Mombasa port."),
        ("Verdict", "A court in Kano jailed three men for life on Monday over a 2021 bombing that killed six traders."),
        ("Satellites", "A rocket carrying two weather satellites lifted off from French Guiana on Tuesday."),
        ("Mobile money", "Digital payments saw explosive growth in Kenya last year, the central bank said."),
        ("Loss", "A student died by suicide in Busan on Friday, police said, urging anyone struggling to call a helpline."),
        ("Handover", "The rebels freed four hostages in Bamako on Friday under a deal brokered by Algeria."),
        ("Memorial", "Families gathered in Beslan on Friday, to mark twenty years since the school massacre "
                     "in which more than 330 people were killed."),
    ],
)
def test_words_of_violence_that_tell_of_none_make_no_report(title: str, text: str) -> None:
    assert extract(_item(title, text)) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A gunman shot three fans outside the stadium in Kano after the match on Sunday.", (None, 3)),
        ("Militants attacked the budget office in Herat on Monday, killing two guards.", (2, None)),
        ("A bomb went off at a factory in Peshawar on Tuesday, killing five workers.", (5, None)),
        ("Jihadists executed four villagers accused of spying for the army near Palmyra.", (4, None)),
        ("Gunmen shot dead a police officer and his dog in Kismayo on Sunday.", (1, None)),
        ("Fighting between troops and rebels near Goma killed seven people on Sunday.", (7, None)),
        ("Police raided a hideout in Mardan on Monday, killing two guards and seizing heroin.", (2, None)),
        ("Gunmen seized 30 bus passengers near Zamfara's capital on Monday and freed five hostages later.", (None, None)),
    ],
)
def test_attacks_beside_those_words_are_still_read(text: str, figures: tuple[int | None, int | None]) -> None:
    [report, *_] = extract(_item("", text))
    assert (report.killed and report.killed.value, report.wounded and report.wounded.value) == figures


def test_an_attack_on_a_parade_is_still_read() -> None:
    assert extract(_item("", "Gunmen opened fire on a military parade in Ahvaz on Saturday."))


@pytest.mark.parametrize(
    "text",
    [
        # a group named after an animal
        "Tamil Tigers shot dead nine sailors near Trincomalee on Monday.",
        "Members of the Grey Wolves attack a leftist party office in Izmir, wounding four people.",
        # an armed group's executions, told with a court's words
        "Hamas executed five alleged informers for treason in Khan Younis on Tuesday.",
        "The Taliban executed three men convicted of spying in the main square of Ghazni.",
        # a works named only as a landmark near the blast
        "An explosion tore through a police post near a cement factory in Quetta, killing three officers.",
        "A blast at the gate of the refinery in Mukalla killed two guards on Sunday.",
        # an attack on a parade or an exercise; a police raid that killed
        "Gunmen opened fire on soldiers who marched in the military parade in Ahvaz.",
        "Insurgents fired on troops during military exercises near Menaka.",
        "Police shot dead two suspects and seized 15 kilos of cocaine in Recife on Monday.",
        # an attack named by the item's own year with "a"
        "Police blamed the ELN for a 2024 car bombing in Arauca that killed three on Monday.",
    ],
)
def test_attacks_near_blanked_words_are_still_reports(text: str) -> None:
    assert extract(_item("", text))


def test_a_cyber_claim_beside_an_attack_is_not_its_claim() -> None:
    text = ("A car bomb killed two soldiers in Luhansk on Monday, and the Islamic State claimed responsibility "
            "for a cyber attack on the ministry.")
    [report] = extract(_item("", text))
    assert report.claims == ()


@pytest.mark.parametrize(
    "text",
    [
        "Their captain shot his side into the lead in Porto on Saturday.",
        "Killer bees attack hikers in Aswan, leaving one dead.",
        "Pupils said they bombed the physics exam in Kano on Monday.",
        "Her memoir recounts how soldiers killed her brother in Herat.",
    ],
)
def test_more_words_of_violence_that_tell_of_none(text: str) -> None:
    assert extract(_item("", text)) == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a title-case or capitals headline capitalises the animal's word before it too: no group
        ("Two Hikers Killed In Bear Attack In Montana",
         "Two hikers were killed in a bear attack near Bozeman, Montana, on Sunday, wildlife officials said."),
        ("DIVER DIES IN SHARK ATTACK OFF PERTH", "A diver died in a shark attack off Perth, Australia, on Saturday."),
        # a blast at a works, however the works is told
        ("", "Seven workers died in an explosion at the Golden Star fireworks factory in Sivakasi on Monday."),
        ("", "Seven workers died in a blast at a family-run fireworks factory in Sivakasi on Monday."),
        ("", "Seven workers died after an explosion at their workplace, a firecracker factory, in Sivakasi on Monday."),
        ("", "Three workers died in an explosion on the factory floor in Surat on Monday."),
        ("", "Three workers died in an explosion near a fireworks warehouse in Surat on Monday."),
        # an attack told as a rumour called false, and fire opened in a drill
        ("", "Reports that bandits attacked a school near Gusau on Monday were unfounded, the police said."),
        ("", "Rumours that rebels ambushed a bus near Bunia on Monday were false, the army said."),
        ("", "Marines opened fire during a live-fire exercise near Okinawa on Monday."),
    ],
)
def test_headline_animals_works_rumours_and_drills_make_no_report(title: str, text: str) -> None:
    assert extract(_item(title, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a test site or range, not a test sat by a pupil
        "Jets bombed a rocket test site near Semnan on Monday, killing two guards.",
        "Bombers bombed the weapons test range near Kherson on Monday, killing three soldiers.",
    ],
)
def test_strikes_on_test_sites_are_reports(text: str) -> None:
    [report] = extract(_item("", text))
    assert report.killed is not None


def test_an_execution_by_the_authorities_is_the_states_whatever_the_crime() -> None:
    assert extract(_item("", "The authorities executed two men for treason in Tabriz on Monday, state media said.")) == []


def test_a_claim_read_in_the_blanked_sentence_keeps_its_whole_evidence() -> None:
    text = "Cyber attacks aside, the Taliban claimed responsibility for the bombing in Jalalabad on Monday that killed four."
    [report] = extract(_item("", text))
    assert [c.evidence for c in report.claims] == [text]


def test_a_man_beaten_to_death_with_his_dog_is_a_killing() -> None:
    [report] = extract(_item("", "A mob beat a farmer and his dog to death in Sialkot on Monday, police said."))
    assert report.event_type == "other_violence"


@pytest.mark.parametrize(
    "text",
    [
        # the plural and the other forms of an attack word are as much an attack's
        "Two guards were killed when drones hit a fuel depot outside Odesa overnight.",
        "Survivors of the massacres in two villages told reporters that 30 people died.",
        "Two farmers were found dead after a beheading near Palma, villagers said.",
        "Police are investigating two homicides after two men were found dead in Dayton.",
        # ("opens fire" is left out: a lead that tells it draws the sentence into the
        # evidence and cost bench.dedup a pair of one incident's stories)
        "Gangs killed eleven people in a suburb of Port-au-Prince on Friday.",
    ],
)
def test_plural_and_verb_forms_of_attack_words_are_read(text: str) -> None:
    assert might_report(_item("", text)), text
