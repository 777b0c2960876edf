"""Claims of responsibility: groups the alias table lacks, self-named groups, negated and
dated claims. Sentences in the project's own words; group names are invented unless
they are well-known aliases."""

from __future__ import annotations

import time

import pytest

from monitor.extract import extract
from monitor.extract.claims import CLAIM_CUES, find_claims
from monitor.records import FeedItem


def claimed(sentence: str) -> list[str]:
    return [c.actor for c in find_claims(sentence) if c.stance == "claimed"]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # A group the table lacks goes by the acronym it is given with.
        ("The Mountain Dawn Front (MDF) claimed responsibility for the blast.", ["MDF"]),
        # Well-known aliases and spellings.
        ("The Loyalist Volunteer Forces claimed responsibility for the shooting.", ["Loyalist Volunteer Force"]),
        ("The al-Aqsa Martyrs Brigades claimed the attack.", ["Fatah"]),
        ("Hizbul Mujahedin claimed the grenade attack on the convoy.", ["Hizbul Mujahideen"]),
        # A self-named group, even when its name contains a known group's.
        ("A group calling itself the Sons of the Valley claimed the bombing.", ["Sons of the Valley"]),
        ("A group calling themselves Friends of ETA claimed responsibility for the fire.", ["Friends of ETA"]),
        ("A member of the group Black Orchard called in a claim of responsibility for the attack.", ["Black Orchard"]),
        # A nationality at the head of a group's own name does not make it a state.
        ("The Corsican Liberation Front (CLF) claimed responsibility for the blast.", ["CLF"]),
        # A group blamed first, and another that claimed in a later clause.
        ("Officials first blamed ETA for the bombs, but later a cell named Red Dawn (RD) claimed the attack.", ["RD"]),
        # A name that begins like a known group's is another group.
        ("The Islamic Jihad Union (IJU) later claimed responsibility for the explosion.", ["IJU"]),
        # Negated: no claim.
        ("Local television named the PFLP, but the group did not claim responsibility.", []),
        ("The ELN has yet to claim responsibility for the ambush.", []),
    ],
)
def test_claimed(sentence: str, actors: list[str]) -> None:
    assert claimed(sentence) == actors


def item(text: str) -> FeedItem:
    return FeedItem(item_id="c", feed="t", outlet="T", url="https://example.org/c", title="", text=text,
                    published="2001-11-02T10:00:00Z")


def test_dated_claim_of_this_attack_counts() -> None:
    text = ("A car bomb exploded outside a bank in Bilbao, injuring two people. "
            "In a statement published on 28 October 2001, ETA claimed responsibility for the attack.")
    (report,) = extract(item(text))
    assert ("ETA", "claimed") in {(c.actor, c.stance) for c in report.claims}


def test_dated_claim_of_another_attack_does_not() -> None:
    text = ("A car bomb exploded outside a bank in Bilbao, injuring two people. "
            "In March 2000 ETA claimed responsibility for a similar blast in Vitoria.")
    (report,) = extract(item(text))
    assert report.claims == ()


def test_a_target_struck_is_still_claimed() -> None:
    assert stances("The BLA said it targeted the army post at the pass.") == [("BLA", "claimed")]


def test_a_denial_of_a_rumour_alone_makes_no_report_but_of_a_real_blast_does() -> None:
    assert extract(item("Al-Shabaab denied rumours that it was planning attacks on the port.")) == []
    (report,) = extract(item("Al-Shabaab denied any role in the blast at the port of Kismayo that killed two guards."))
    assert [(c.actor, c.stance) for c in report.claims] == [("al-Shabaab", "denied")]
    assert report.killed is not None and report.killed.value == 2


def test_a_claim_alone_makes_a_report() -> None:
    text = "The Earth Liberation Front claimed responsibility for setting a logging company's office on fire."
    (report,) = extract(item(text))
    assert [(c.actor, c.stance) for c in report.claims] == [("Earth Liberation Front", "claimed")]


def test_long_acronyms_count_in_capitals() -> None:
    sentence = "THE FMLN CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE POWER STATION."
    assert [(c.actor, c.stance) for c in find_claims(sentence, upper_doc=True)] == [("FMLN", "claimed")]
    # "IS" in capitals is a verb, not the Islamic State.
    assert find_claims("THE ARMY SAID IT IS RESPONSIBLE FOR THE AREA.", upper_doc=True) == []


def test_three_letter_acronyms_count_in_capitals() -> None:
    assert stances("THE PIPELINE BOMBING WAS BLAMED ON THE ELN BY THE GOVERNOR.") == [("ELN", "blamed")]
    assert stances("THE EPL CLAIMED THE RAID ON THE TOWN HALL.") == [("EPL", "claimed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Other wordings of a group's own claim.
        ("THE ORPA ASSUMED RESPONSIBILITY FOR THE SABOTAGE OF THE BRIDGE.", [("ORPA", "claimed")]),
        ("Callers from the EGP phoned two radio stations claiming to be the authors of the blast.", [("EGP", "claimed")]),
        ("IN A COMMUNIQUE THE FMLN ADMITTED THAT ITS UNITS DYNAMITED THE PYLONS.", [("FMLN", "claimed")]),
        # The group's own account, in the first person, of what its units did.
        ("AT DAWN URNG UNITS ATTACKED THE GARRISON AT SOLOMA AND AN HOUR LATER OUR FORCES HAD TAKEN THE TOWN.",
         [("URNG", "claimed")]),
        ("AT DAWN URNG UNITS ATTACKED THE GARRISON AT SOLOMA, THE DEFENCE MINISTRY SAID.", [("URNG", "blamed")]),
        # A passive denial: the group before it is what was denied, not who denied.
        ("THE CHARGE AGAINST THE ELN HAS BEEN FLATLY DENIED BY THE INTERIOR MINISTER.", []),
    ],
)
def test_more_claim_wordings(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


def test_short_mixed_case_alias_is_matched_as_written() -> None:
    assert claimed("Police said they let the suspect go, and the group claimed responsibility.") == []
    assert claimed("LeT claimed responsibility for the attack on the camp.") == ["Lashkar-e-Taiba"]


def stances(sentence: str) -> list[tuple[str, str]]:
    return [(c.actor, c.stance) for c in find_claims(sentence, upper_doc=sentence.isupper())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A name given with its acronym in brackets is one mention, so a list of
        # claimants joined by "and" still reads as a list.
        ("The PFLP and the Democratic Front for the Liberation of Palestine (DFLP) claimed the ambush.",
         [("PFLP", "claimed"), ("DFLP", "claimed")]),
        # Joint claims: every group of a list followed by "all" or "both", or headed by "Both".
        ("Hamas, the PFLP and Islamic Jihad all claimed the shooting at the checkpoint.",
         [("Hamas", "claimed"), ("PFLP", "claimed"), ("Palestinian Islamic Jihad", "claimed")]),
        ("Both Hamas's armed wing, the Qassam Brigades, and the PFLP claimed the rocket attack.",
         [("Hamas", "claimed"), ("PFLP", "claimed")]),
        # A list set off by bare commas, without "and": each claims.
        ("Hamas, the PFLP, claimed the rocket fire on the kibbutz.", [("Hamas", "claimed"), ("PFLP", "claimed")]),
        # A group described in an apposition by another: the first is the subject.
        ("The Extraditables, the armed branch of the Medellin cartel, denied any part in the bombing.",
         [("The Extraditables", "denied")]),
    ],
)
def test_subjects(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Claims of other events than the one reported.
        "The blast followed three other bombings in the province that were claimed by the ELN.",
        "The FARC has claimed responsibility for several previous attacks on the pipeline.",
        # "Admitted" or "acknowledged" something that is no attack.
        "THE EXTRADITABLES ADMITTED TO THE GOVERNMENT'S GAINS AND SAID THEY WANT TALKS.",
        "The ELN acknowledged the difficulties of the peace process.",
        # A group's record: not a perpetrator of this event.
        "Police recalled that the Shining Path has bombed rail lines in the past.",
        # A group's leader as the victim, not the doer.
        "The fire came a day after a Hamas leader was assassinated in an air strike.",
        "A Taliban commander was killed in a drone strike near Ghazni.",
        # What a group says it aims at, not a target it struck.
        "The TTP says it targeted the economy of the province.",
        "The BLA said its fighters targeted the government's finances.",
        "The BLA said it attacked the economy of the province.",
    ],
)
def test_no_claim_for_this_event(sentence: str) -> None:
    assert stances(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Blaming verbs of wire copy, in capitals as it was sent.
        ("THE DEFENCE MINISTER HOLDS THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] RESPONSIBLE FOR THE RAID.",
         [("FMLN", "blamed")]),
        ("THE GOVERNOR ATTRIBUTED THE MAYOR'S MURDER TO THE MEDELLIN CARTEL.", [("Medellin Cartel", "blamed")]),
        ("The prosecutor charged the ELN with the massacre at the river crossing.", [("ELN", "blamed")]),
        ("THE MINISTER ACCUSED THE FMLN OF THE AMBUSH NEAR THE BRIDGE.", [("FMLN", "blamed")]),
        # A group's own report of what its units did is its claim.
        ("THE FMLN REPORTS THAT URBAN COMMANDO UNITS STAGED TWO ATTACKS ON THE GARRISON.", [("FMLN", "claimed")]),
        ("The URNG said its forces ambushed an army patrol near the lake.", [("URNG", "claimed")]),
        ("The ELN said in a statement that its Camilo Torres front blew up the pipeline.", [("ELN", "claimed")]),
        ("THE EXTRADITABLES SAID IN A COMMUNIQUE THAT THEY HAD EXECUTED THE MAGISTRATE.", [("The Extraditables", "claimed")]),
        ("A man speaking for the Shining Path told a radio station that the group had carried out the raid.",
         [("Shining Path", "claimed")]),
        ("The MRTA later issued a statement taking responsibility for the kidnapping.", [("MRTA", "claimed")]),
        # The attackers naming their own group own the deed for it.
        ("The kidnappers, who said they belonged to the FARC, demanded a ransom for the engineer.", [("FARC", "claimed")]),
        ("THE GUNMEN IDENTIFIED THEMSELVES AS MEMBERS OF THE MRTA BEFORE OPENING FIRE.", [("MRTA", "claimed")]),
        # Police telling what the group did blame it; they make no claim of it.
        ("After the ELN ambush, police said the group had killed two soldiers.", [("ELN", "blamed")]),
        ("Police said the gunmen were members of the ELN.", [("ELN", "blamed")]),
        ("The army said guerrilla units attacked the post.", []),
        # Hedges: a suspicion, and a hedge covers every group of a list.
        ("A MINE PRESUMABLY PLANTED BY THE FMLN WOUNDED TWO FARMERS.", [("FMLN", "suspected")]),
        ("OFFICIALS SAID GUERRILLAS PRESUMED TO BE MEMBERS OF THE PRO-CUBAN ARMY OF NATIONAL LIBERATION BLEW UP THE BRIDGE.",
         [("ELN", "suspected")]),
        ('Police said the blasts could have been carried out by the Maoist "Shining Path" or the MRTA.',
         [("Shining Path", "suspected"), ("MRTA", "suspected")]),
    ],
)
def test_stances_of_wire_copy(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("ZARATE WILLKA ARMED FORCES OF LIBERATION", "Zarate Willka Armed Forces of Liberation"),
        ("LAUTARO YOUTH FRONT", "Lautaro Youth Movement"),
        ("Sendero Luminoso", "Shining Path"),
        ("MANUEL RODRIGUEZ PATRIOTIC FRONT", "FPMR"),
        ("Army of National Liberation", "ELN"),
    ],
)
def test_latin_american_groups(name: str, canonical: str) -> None:
    assert stances(f"{name} claimed the attack on the power station.") == [(canonical, "claimed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A group announcing the outcome as its own; not its own losses, not the army's news.
        ("An al-Shabaab spokesman announced the capture of the garrison town.", [("al-Shabaab", "claimed")]),
        ("Hezbollah announced the killing of its field commander.", []),
        ("The army announced the capture of an ELN commander.", []),
        # Claims worded as the group's own account of the attack.
        ("The Red Hand Defenders and the UVF both said they had carried it out.",
         [("Red Hand Defenders", "claimed"), ("UVF", "claimed")]),
        ("The ELN claimed Tuesday's bombing of the pipeline.", [("ELN", "claimed")]),
        ("Al-Shabaab claimed both.", [("al-Shabaab", "claimed")]),
        ("A landslide claimed both their homes.", []),
        ("Boko Haram said the raid was the work of three of its fighters.", [("Boko Haram", "claimed")]),
        ("An al-Shabaab spokesman said the group's fighters had carried out the ambush.", [("al-Shabaab", "claimed")]),
        ("The Red Hand Defenders claimed the gunman was one of its members.", [("Red Hand Defenders", "claimed")]),
        # A place taken, told by the group as its own deed, is its claim as an attack is.
        ("Houthi rebels said on Sunday they had taken control of the district centre.", [("Houthis", "claimed")]),
        ("Al-Shabaab announced it had captured the garrison town.", [("al-Shabaab", "claimed")]),
        ("The ADF said it had overrun the army post.", [("ADF", "claimed")]),
        ("The Houthis said they had downed a surveillance drone.", [("Houthis", "claimed")]),
        ("The BLA announced that it had taken over the highway checkpoint.", [("BLA", "claimed")]),
        # Not the group's own deed: a statement of plans, another's report.
        ("Al-Shabaab announced it had appointed a new governor for the town.", []),
        # A claim through a named province is the province's.
        ("The army blamed the ADF; the Islamic State said its Central Africa Province had carried it out.",
         [("ADF", "claimed"), ("ADF", "blamed")]),
        # "the group" refers to the group named earlier in the same sentence.
        ("Hamas denied any part and the army blamed the group.", [("Hamas", "denied"), ("Hamas", "blamed")]),
        ("The police blamed the PKK, who said they had not planted the bomb.", [("PKK", "denied"), ("PKK", "blamed")]),
        # A blamed object stays in its clause.
        ("Officials blamed local gangs; the ELN claimed the bombing.", [("ELN", "claimed")]),
        ("Officials said a rocket fired by Hamas was to blame.", [("Hamas", "blamed")]),
        ("Authorities suspect the Los Tequileros gang.", [("Los Tequileros", "suspected")]),
    ],
)
def test_claim_wordings(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


def test_a_fact_stated_perpetrator_gives_way_to_the_groups_claim() -> None:
    text = ("Fighters of the Islamic State West Africa Province ambushed an army convoy near Gwoza on Sunday, "
            "killing five soldiers. The group claimed the ambush on Monday.")
    (report,) = extract(item(text))
    assert [(c.actor, c.stance) for c in report.claims] == [("ISWAP", "claimed")]


def test_the_sides_of_an_exchange_of_fire_are_read() -> None:
    # A sentence telling a clash only as an exchange of fire, the dead told after it.
    text = ("Troops and ISWAP fighters exchanged fire for two hours near Dikwa on Sunday. "
            "Three soldiers were killed in the fighting, the army said.")
    (report,) = extract(item(text))
    assert [(c.actor, c.stance) for c in report.claims] == [("ISWAP", "blamed")]


def test_a_fact_told_by_officials_gives_way_to_the_groups_claim_too() -> None:
    text = ("Al-Shabaab fighters killed seven soldiers at a base near Jowhar on Tuesday, local officials said. "
            "The group claimed the raid in a statement.")
    (report,) = extract(item(text))
    assert [(c.actor, c.stance) for c in report.claims] == [("al-Shabaab", "claimed")]


def test_a_town_taken_names_the_group_a_later_claim_refers_to() -> None:
    text = ("Houthi fighters took control of the port of Midi on Monday after the army pulled out, residents said. "
            "The rebels said they had captured the port to protect civilians.")
    (report,) = extract(item(text))
    assert [(c.actor, c.stance) for c in report.claims] == [("Houthis", "claimed")]


def test_a_town_taken_told_by_the_group_in_a_sentence_of_its_own() -> None:
    # The group's sentence tells no violence: its words of a place taken are what the
    # pipeline reads it for.
    text = ("Fighting near the garrison town of Dinsor killed 14 soldiers on Monday. "
            "Al-Shabaab announced it had taken control of the town.")
    (report,) = extract(item(text))
    assert [(c.actor, c.stance) for c in report.claims] == [("al-Shabaab", "claimed")]


def test_an_accusation_stays_beside_the_groups_claim() -> None:
    text = ("A bomb killed six people at a market in Beni on Sunday. The army blamed the ADF; "
            "the Islamic State said its Central Africa Province had carried it out.")
    (report,) = extract(item(text))
    assert {(c.actor, c.stance) for c in report.claims} == {("ADF", "claimed"), ("ADF", "blamed")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A passive accusation: the group before "was blamed for" is the one blamed, and
        # a group after it (a target) is not.
        ("The ELN was blamed for the dynamiting of the aqueduct near Cucuta.", [("ELN", "blamed")]),
        ("The Maoists were blamed for the raid on a camp of the MRTA.", [("Maoists", "blamed")]),
        ("THE CAR BOMB HAS BEEN BLAMED ON THE EXTRADITABLES.", [("The Extraditables", "blamed")]),
        ("The Taliban were held responsible for the attack on the clinic, district officials said.",
         [("Taliban", "blamed")]),
        # The doer of a passive deed, told as a fact by others.
        ("THE ENGINEER WAS KIDNAPPED BY EPL GUERRILLAS ON THE ROAD TO TAME.", [("EPL", "blamed")]),
        ("The councillor was shot dead by a squad of gunmen from the Shining Path.", [("Shining Path", "blamed")]),
        ("PROSECUTORS SAID FMLN GUERRILLAS CARRIED OUT THE MORTAR ATTACK.", [("FMLN", "blamed")]),
        ("Police said the three attackers belonged to Jaish-e-Mohammed.", [("Jaish-e-Mohammed", "blamed")]),
        ("The judge was murdered on the orders of the Gulf Clan, investigators said.", [("Gulf Clan", "blamed")]),
        ("The minister said Cali cartel chief Jorge Marin ordered the bombing of the newspaper.",
         [("Cali Cartel", "blamed")]),
        ("TWO FARMERS WERE SHOT TO DEATH LAST NIGHT BY A BAND OF GUNMEN FROM THE EPL.", [("EPL", "blamed")]),
        ("The priest was abducted by Colombian ELN guerrillas near the border.", [("ELN", "blamed")]),
        # An active "are blaming" is no passive: its object is the one blamed.
        ("Investigators are blaming the Real IRA for the device left at the station.", [("IRA", "blamed")]),
        # A group's record is not this event.
        ("The FARC has dynamited the pipeline 30 times since 2001, the operator said.", []),
        # Present-tense and idiomatic accusations; "to blame" and "the blame" are no verb.
        ("Prosecutors blame the Free Aceh Movement for the grenade attack.", [("Free Aceh Movement", "blamed")]),
        ("Local officials pointed the finger at the Gulf Clan.", [("Gulf Clan", "blamed")]),
        ("The ambush on the convoy was the work of the ELN, the governor said.", [("ELN", "blamed")]),
        ("The FARC is to blame for the raid on an ELN outpost.", [("FARC", "blamed")]),
        ("The blame for the fire fell on the Taliban.", []),
        ("The arson is believed to have been the work of the Animal Liberation Front.",
         [("Animal Liberation Front", "suspected")]),
        # Distancing is a denial, whoever is distanced.
        ("Hamas distanced itself from the stabbing at the bus stop.", [("Hamas", "denied")]),
        ("A day later an ELN envoy distanced the ELN from the car bomb.", [("ELN", "denied")]),
        # Two verbs of one deed: the first names the doer.
        ("SENDERO LUMINOSO COLUMNS ATTACKED AND KILLED SIX VILLAGE GUARDS NEAR HUANTA.", [("Shining Path", "blamed")]),
        # A clash fought by the group's men is theirs too; fighting off an assault is not.
        ("Fighters from two factions of the Gulf Clan fought for control of a village near Taraza, leaving six dead.",
         [("Gulf Clan", "blamed")]),
        ("FARC dissidents clashed with troops in Cauca on Tuesday, the army said.", [("FARC", "blamed")]),
        # An exchange of fire is a clash too, the group named first or second.
        ("Troops and Boko Haram fighters exchanged fire for an hour outside the village.", [("Boko Haram", "blamed")]),
        ("Police traded gunfire with Maoist rebels in the forest on Monday.", [("Maoists", "blamed")]),
        # What others did with the deed tells no doer: the group that claimed it claimed it.
        ("The ambush was claimed by the NPA.", [("New People's Army", "claimed")]),
        ("The attack was condemned by Hamas.", []),
        ("Al-Shabaab fighters fought off an army assault on their base near Jilib.", []),
        # The doers as members of the group, or its urban commandos.
        ("According to police, the market bombing was carried out by members of the ELN.", [("ELN", "blamed")]),
        ("The convoy was ambushed by fighters from al-Shabaab, officials said.", [("al-Shabaab", "blamed")]),
        ("ARMY SOURCES REPORTED THAT FMLN URBAN COMMANDOS ATTACKED A POLICE POST.", [("FMLN", "blamed")]),
        # The same deed, told by the group itself.
        ("The checkpoint raid was carried out by the UVF, the group said in a statement.", [("UVF", "claimed")]),
        # ... or by its own outlet, naming the group or only its men.
        ("A statement on Amaq, the Islamic State's news agency, said IS fighters raided the barracks.",
         [("Islamic State", "claimed")]),
        ("A website that serves as the mouthpiece of the NPA reported that guerrilla units raided a police outpost in Samar.",
         [("New People's Army", "claimed")]),
        # Its outlet telling what others did is no claim.
        ("Hezbollah's television station reported that Israeli troops attacked the village.", []),
        # A clue left at the scene, and a telltale method: suspicions, not accusations.
        ("Leaflets signed by the Tupac Amaru Revolutionary Movement were found beside the burnt bus.",
         [("MRTA", "suspected")]),
        ("The double bombing bore the hallmarks of al-Shabaab, analysts said.", [("al-Shabaab", "suspected")]),
        # A hedge over the deed, its doers or the clause; a verb of belief before the doer.
        ("The raid on the mayor's office was presumably carried out by the Shining Path.", [("Shining Path", "suspected")]),
        ("Police said the blast was probably the work of al-Shabaab.", [("al-Shabaab", "suspected")]),
        ("The alleged attackers were members of the MRTA, police said.", [("MRTA", "suspected")]),
        ("It is thought that the UVF planted the device.", [("UVF", "suspected")]),
        ("IT IS BELIEVED THAT THE BRIDGE WAS BLOWN UP BY THE ELN.", [("ELN", "suspected")]),
        ("Officials believe the ambush was carried out by ISWAP fighters.", [("ISWAP", "suspected")]),
        # A belief in an aside is no hedge of the deed.
        ("Police, who believed the road was safe, said FARC rebels attacked the convoy.", [("FARC", "blamed")]),
        # Not attacks: a search carried out, an order that is no attack, flags at a rally.
        ("Hamas carried out a search of the tunnels for its missing men.", []),
        ("The Taliban ordered the closure of the provincial schools.", []),
        ("Mourners waved flags of Hezbollah at the funeral.", []),
    ],
)
def test_attributions_by_others(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A state blamed, accused, suspected or held responsible by someone: the country by
        # name, capital or demonym; bare forces by their kind.
        ("Georgian officials blamed Armenia for the shelling of Tavush.", [("Armenia", "blamed", "Georgian officials")]),
        ("Kinshasa accused Kigali of arming the rebels who raided the camp.", [("Rwanda", "blamed", "Kinshasa")]),
        # The state accused, not the group it is said to arm.
        ("Khartoum accused the UAE of arming the RSF.", [("United Arab Emirates", "blamed", "Khartoum")]),
        ("The Hill Front blamed an Indian drone strike for the deaths.", [("India", "blamed", "The Hill Front")]),
        ("Villagers accused the army of burning their houses.", [("army", "blamed", "Villagers")]),
        # Government troops are the army's men.
        ("Residents accused government soldiers of looting the market.", [("army", "blamed", "Residents")]),
        # Every one of a list accused, a group and a state alike.
        ("Herders accused Wagner mercenaries and Malian troops of killing their families.",
         [("Wagner Group", "blamed", "Herders"), ("Mali", "blamed", "Herders")]),
        # The state accused of backing a group, and the group's men who did the deed (told
        # in the accuser's words).
        ("Pakistan accused India of backing the BLA fighters who stormed the station.",
         [("BLA", "blamed", "Pakistan"), ("India", "blamed", "Pakistan")]),
        ("Rights monitors held the police responsible for the deaths of two students.",
         [("police", "blamed", "Rights monitors")]),
        ("The Vale Liberation Front (VLF) denied the ambush and blamed security forces.",
         [("VLF", "denied", "VLF"), ("security forces", "blamed", "The Vale Liberation Front")]),
        ("The army was accused of firing on the funeral procession.", [("army", "blamed", None)]),
        ("Residents believe the military was behind the disappearance of the teachers.",
         [("army", "suspected", "Residents")]),
        ("Monitors suspect the government of ordering the raid on the clinic.", [("government", "suspected", "Monitors")]),
        # A state denying, and admitting or saying that it carried out the attack.
        ("Moscow denied targeting the apartment block.", [("Russia", "denied", "Russia")]),
        ("Lima denied any role in the shooting at the border post.", [("Peru", "denied", "Peru")]),
        ("The Sudanese army denied that its jets had bombed the market.", [("Sudan", "denied", "Sudan")]),
        ("A junta spokesman denied that the air force had struck the monastery.", [("army", "denied", "army")]),
        ("Armenia blamed Azerbaijan, which denied shelling the village.",
         [("Azerbaijan", "blamed", "Armenia"), ("Azerbaijan", "denied", "Azerbaijan")]),
        ("The Israeli military said it carried out the strike on the compound.", [("Israel", "claimed", "Israel")]),
        ("The army admitted its soldiers killed four farmers by mistake.", [("army", "claimed", "army")]),
        ("Police acknowledged that officers fired tear gas into the crowd.", [("police", "claimed", "police")]),
        # The attackers owned as its men, its deed called a mistake, its own inquiry's finding.
        ("Traffic police acknowledged that the plain-clothes men who beat the protesters were their own officers.",
         [("police", "claimed", "police")]),
        ("The army admitted that the gunmen who shot the farmers were its own soldiers.", [("army", "claimed", "army")]),
        ("The military said the strike on the wedding party had been a tragic mistake.", [("army", "claimed", "army")]),
        ("The Nigerian air force described the bombing of the camp as a regrettable mistake.",
         [("Nigeria", "claimed", "Nigeria")]),
        # The government owning its forces' deed: the forces named are the actor.
        ("The government's own inquiry concluded that army officers were responsible for the massacre at the river crossing.",
         [("army", "claimed", "government")]),
        ("The government admitted that soldiers were responsible for the massacre.", [("army", "claimed", "government")]),
        ("The government said its forces had shelled the rebel depot.", [("army", "claimed", "government")]),
        ("The government denied that its forces fired on the crowd.", [("army", "denied", "government")]),
        ("The government called the raid an error.", [("government", "claimed", "government")]),
        ("Villagers blamed the government's forces for the killings.", [("army", "blamed", "Villagers")]),
        # A state speaking is who said it, not the actor.
        ("A police spokesman blamed the Red Wolves group for the attack.", [("Red Wolves", "blamed", "A police spokesman")]),
        ("Turkish officials blamed the PKK.", [("PKK", "blamed", "Turkish officials")]),
        # States fighting under one of them, named whole: not the bare "Saudi-led".
        ("The Houthis blamed the Saudi-led coalition for the strike on the bus.", [("Saudi-led coalition", "blamed", "The Houthis")]),
        ("The Saudi-led coalition denied targeting the wedding party.", [("Saudi-led coalition", "denied", "Saudi-led coalition")]),
        # ", which denied" after a state blamed by a group: the state denies, not the group.
        ("The TTP blamed the army, which denied any role.", [("army", "blamed", "The TTP"), ("army", "denied", "army")]),
        ("The Houthis blamed the Saudi-led coalition, which denied targeting civilians.",
         [("Saudi-led coalition", "blamed", "The Houthis"), ("Saudi-led coalition", "denied", "Saudi-led coalition")]),
        # A junta, a regime: the state, not a group named "Junta".
        ("Junta denies bombing school", [("army", "denied", "army")]),
        ("The junta denied targeting civilians.", [("army", "denied", "army")]),
    ],
)
def test_states_in_explicit_statements(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A state stated as the perpetrator is no claim.
        "Russian missiles hit the railway station, killing seven.",
        "Israeli strikes killed 20 people in the camp overnight.",
        "Security forces killed three militants in the raid, police said.",
        "The army said 15 insurgents were killed as troops repelled the assault.",
        # Killing the attackers, shooting down drones: the answer to another's attack.
        "Police said they shot the gunman dead.",
        "The army said it killed all four attackers.",
        # A state's own operation against armed men, told as such: the forces are its actor,
        # no attack is owned.
        "The army said its troops killed 12 militants in a raid near the border.",
        "The military said its soldiers killed at least nine suspected insurgents in the hills.",
        "The army said it carried out an operation against rebels in the forest, killing six.",
        # Wrongly blamed, or a mistake of others: no admission of its own deed.
        "The army said it was mistakenly blamed for the bombing in the market.",
        "The army said it was a mistake for the rebels to attack the convoy.",
        "The air force said it shot down 30 of the drones.",
        # No attack at all.
        "The government said it had launched an investigation into the killings.",
        "The army said it fired the commander of the unit.",
        # Denials and responsibilities of other things.
        "The army denied reports that the town had fallen to the rebels.",
        "Bogotá denied that its soldiers had crossed into Venezuela.",
        "Police denied the request for a permit to march.",
        "The army is responsible for security at the market.",
        "The army announced the capture of an ELN commander.",
        # An accident of others, a mistake that is no deed, the dead who were officers.
        "Police said the shooting at the hunting lodge was a tragic accident.",
        "The army said it was a mistake to withdraw from the town.",
        "The army said the attack on the convoy was a mistake by the rebels, who would pay for it.",
        "Police confirmed that the two people who were killed were off-duty police officers.",
        # A state's name inside a group's, a demonym alone, a capital's own police, nouns.
        "The Kawthoo Army denied shelling the town.",
        "An airstrike by the Saudi-led coalition killed 20 people at the market, officials said.",
        "Washington blamed Iran-backed militias for the drone attack.",
        "Kabul police said they suspect a local gang.",
        "Another suspect police arrested near the scene was released.",
        "A suspected army deserter was detained at the checkpoint.",
    ],
)
def test_states_not_actors(sentence: str) -> None:
    assert find_claims(sentence) == []


def test_a_state_in_wire_copy_in_capitals() -> None:
    assert stances("THE ARMY SAID IT IS RESPONSIBLE FOR THE AREA.") == []
    assert stances(
        "AN ARMY SPOKESMAN STATED THAT THE SHELLING OF THE HAMLET, WHICH LEFT TWO CHILDREN DEAD, HAD BEEN A REGRETTABLE ERROR."
    ) == [("army", "claimed")]
    assert stances("THE GUERRILLAS ACCUSED THE SALVADORAN ARMY OF BOMBING THE VILLAGE.") == [("El Salvador", "blamed")]
    # A capital before a title starts a name: "SAN SALVADOR ARCHBISHOP ...".
    assert stances("THE COLONEL ACCUSED SAN SALVADOR ARCHBISHOP ARTURO RIVERA OF LYING.") == []

@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Frente Farabundo Marti para la Liberacion Nacional", "FMLN"),
        ("Fuerzas Armadas Revolucionarias de Colombia", "FARC"),
        ("Movimiento Revolucionario Tupac Amaru", "MRTA"),
        ("Basque Fatherland and Liberty", "ETA"),
        ("The Medellín cartel", "Medellin Cartel"),
    ],
)
def test_spanish_and_accented_names(name: str, canonical: str) -> None:
    assert stances(f"{name} claimed the attack on the power station.") == [(canonical, "claimed")]


def test_a_participle_claim_reaches_back_to_the_group() -> None:
    sentence = "AN HOUR LATER THE KIDNAPPERS LEFT NOTES AT TWO RADIO STATIONS CLAIMING TO BE THE AUTHORS."
    assert [(c.actor, c.stance) for c in find_claims(sentence, True, "EPL")] == [("EPL", "claimed")]
    # A finite verb two clauses away does not.
    assert find_claims("The kidnappers fled and the villagers, alarmed by the noise, claimed the reward.", False, "EPL") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # People in court and crime stories are no claimants; nor is a weekday, a crowd,
        # the charge laid, a headline's "Accused Of ...", or an admission of something else.
        "Prosecutors say Halvorsen denied firing the rifle.",
        "Mr. Okafor denied that he was the informant.",
        "Defence lawyer Maria Lund said Tom Becker denies any part in the robbery.",
        "Judge Ellen Price on Friday denied the request for bail.",
        "All have denied it.",
        "Officers arrested a 19-year-old and charged him with Murder.",
        "MAN ACCUSED OF ARSON AT TOWN HALL TO STAND TRIAL",
        "The fire chief admitted it was impossible to save the warehouse.",
        # A refusal is no denial of a deed.
        "The Houthis denied the inspectors access to the port.",
    ],
)
def test_no_claimant_in_crime_and_court_stories(sentence: str) -> None:
    assert find_claims(sentence) == []


def test_a_weekday_before_the_verb_is_no_name() -> None:
    assert stances("The Iron Dawn Front on Tuesday denied any role in the bombing.") == [("Iron Dawn Front", "denied")]


def test_a_gunmans_own_admission_stays() -> None:
    # A person's denial or blame in a court story is no group's claim, but a gunman who
    # admits the shooting tells who did it.
    assert claimed("Prosecutors say Halvorsen acknowledged the shootings when deputies found him.") == ["Halvorsen"]


def test_a_perpetrator_named_as_fact_gives_way_to_the_texts_suspicion() -> None:
    # The headline states it; the body only suspects it: the careful reading stays.
    text = ("Twelve villagers were found dead near Oicha on Thursday after a night attack. "
            "Officials suspected fighters of the Allied Democratic Forces.")
    item_ = FeedItem(item_id="c", feed="t", outlet="T", url="https://example.org/c", title="ADF raid near Oicha",
                     text=text, published="2024-05-02T10:00:00Z")
    (report,) = extract(item_)
    assert [(c.actor, c.stance) for c in report.claims] == [("ADF", "suspected")]


@pytest.mark.parametrize(
    ("sentence", "said_by"),
    [
        # Wire copy in capitals names the one who reports the claim as mixed-case text does.
        ("TOWN POLICE SAID THE FMLN CLAIMED RESPONSIBILITY FOR THE BLAST.", "TOWN POLICE"),
        ("A SPOKESMAN FOR THE NATIONAL POLICE SAID THAT THE EPL HAD CLAIMED THE RAID.", "A SPOKESMAN FOR THE NATIONAL POLICE"),
        ("THE ARMY SAID THE ELN CARRIED OUT THE AMBUSH ON THE CONVOY.", "THE ARMY"),
    ],
)
def test_speaker_in_capitals(sentence: str, said_by: str) -> None:
    assert [c.said_by for c in find_claims(sentence, upper_doc=True)] == [said_by]


def test_said_stays_a_name_in_mixed_case() -> None:
    # "Said" capitalised in mixed-case text is a given name, not the verb.
    found = find_claims("Said Omar Yusuf told reporters the Taliban claimed the raid.")
    assert [(c.actor, c.stance, c.said_by) for c in found] == [("Taliban", "claimed", "Said Omar Yusuf")]


@pytest.mark.parametrize(
    "sentence",
    [
        # A spokesman telling that "the group" did it speaks for the group he is named with.
        "Red Valley Front spokesman Ilan Dorvo said the group carried out the ambush.",
        "A Red Valley Front commander claimed responsibility for the ambush.",
        # The group's own fighters "were behind" it, however the statement travelled.
        "The Red Valley Front said via its radio station that its fighters were behind the blast.",
    ],
)
def test_a_group_telling_its_own_deed(sentence: str) -> None:
    assert [(c.actor, c.stance) for c in find_claims(sentence)] == [("Red Valley Front", "claimed")]


def test_police_telling_what_the_group_did_is_no_claim() -> None:
    assert find_claims("Police said the group carried out the ambush to avenge a raid.") == []
    assert find_claims("Police spokesman Ilan Dorvo said the group carried out the ambush.") == []


def test_one_who_denies_and_blames_is_the_one_who_blames() -> None:
    found = find_claims("The Red Valley Front denied involvement and blamed the ELN.")
    assert [(c.actor, c.stance, c.said_by) for c in found] == [
        ("Red Valley Front", "denied", "Red Valley Front"), ("ELN", "blamed", "The Red Valley Front")]
    found = find_claims("Police arrested two men and blamed the ELN for the bombing.")
    assert [(c.actor, c.stance, c.said_by) for c in found] == [("ELN", "blamed", "Police")]


def test_who_suspects_a_group_is_recorded() -> None:
    found = find_claims("Provincial officials suspect the ELN, which has bombed the pipeline before.")
    assert [(c.actor, c.stance, c.said_by) for c in found] == [("ELN", "suspected", "Provincial officials")]


@pytest.mark.parametrize(
    ("sentence", "said_by"),
    [
        ("The Kordanian army denied shelling the depot, and blamed the Rapid Support Forces.", "The Kordanian army"),
        ("The interior ministry condemned the blast and blamed the Islamic State.", "The interior ministry"),
        ("The Taliban denied it and blamed the Islamic State.", "The Taliban"),
    ],
)
def test_who_blames_after_and_is_the_first_verbs_whole_subject(sentence: str, said_by: str) -> None:
    assert [c.said_by for c in find_claims(sentence) if c.stance == "blamed"] == [said_by]


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        # Affiliates keep their own names, apart from the parent and from each other.
        ("The Islamic State Sahel Province", "IS Sahel Province"),
        ("The Islamic State in the Greater Sahara", "IS Sahel Province"),
        ("ISGS", "IS Sahel Province"),
        ("IS West Africa Province", "ISWAP"),
        ("IS Khorasan Province", "ISKP"),
        ("Islamic State Mozambique Province", "IS Mozambique Province"),
        ("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham"),
        ("Tehreek-i-Taliban Pakistan", "TTP"),
        ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"),
        ("Lashkar-e-Tayyaba", "Lashkar-e-Taiba"),
        ("The Resistance Front", "The Resistance Front"),
        ("The Resistance Front (TRF)", "The Resistance Front"),
        ("Jaish-e-Muhammed", "Jaish-e-Mohammed"),
        ("The BLA's Majeed Brigade", "BLA"),
        ("AFC/M23", "M23"),
        ("The Huthis", "Houthis"),
        ("The Ezzedine al-Qassam Brigades", "Hamas"),
        ("Saraya al-Quds", "Palestinian Islamic Jihad"),
        ("The Africa Corps", "Africa Corps"),
        ("The Gaitanista Army of Colombia", "Gulf Clan"),
        # A name holding a known group's name is its own group.
        ("Kata'ib Hezbollah", "Kata'ib Hezbollah"),
        ("The Arakan Rohingya Salvation Army", "ARSA"),
        ("The Arakan Army", "Arakan Army"),
    ],
)
def test_armed_groups_of_the_last_decade(name: str, canonical: str) -> None:
    assert stances(f"{name} claimed the attack on the power station.") == [(canonical, "claimed")]


def test_an_acronym_glossing_another_name_is_not_the_group() -> None:
    # "RSF" is also the press freedom group's acronym: in brackets after that name it is not
    # Sudan's paramilitary, which keeps its acronym after its own name.
    found = find_claims("Reporters Without Borders (RSF) said soldiers were behind the killing of the reporter.")
    assert [(c.actor, c.stance) for c in found] == [("army", "blamed")]
    assert stances("The Rapid Support Forces (RSF) denied shelling the market.") == [("RSF", "denied")]
    assert stances("Tehreek-i-Taliban Pakistan (TTP) claimed the attack.") == [("TTP", "claimed")]
    # The French name's capitals spell Sudan's RSF too, but it shares no word with its
    # names; a spelling the table lacks that does keeps the group.
    found = find_claims("Reporters Sans Frontieres (RSF) said soldiers were behind the killing of the reporter.")
    assert [(c.actor, c.stance) for c in found] == [("army", "blamed")]
    assert stances("Tahreek-e-Taliban Pakistan (TTP) claimed the attack.") == [("TTP", "claimed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The source named with "according to", before or after the clause.
        ("According to police, suspected Boko Haram fighters set fire to the market.", ("Boko Haram", "suspected", "police")),
        ("Gunmen from the ELN ambushed the patrol near the border, according to military sources.",
         ("ELN", "blamed", "military sources")),
        ("According to U.S. officials, the mortar fire was blamed on al-Shabaab.", ("al-Shabaab", "blamed", "U.S. officials")),
        # A statement with no author names nobody.
        ("The pipeline blast was blamed on the ELN, according to a statement.", ("ELN", "blamed", None)),
        # The group's own statement telling what its men did is its claim.
        ("According to a statement from the Houthis, their fighters shot down a drone over the port.",
         ("Houthis", "claimed", "Houthis (a statement)")),
    ],
)
def test_according_to_names_who_said_it(sentence: str, expected: tuple[str, str, str | None]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # One list of a group's men ("members of", "a fighter from", "commandos of") for the
        # doer of a passive deed, a hedge and attackers naming their own group.
        ("The mayor was shot dead by a member of the ELN.", [("ELN", "blamed")]),
        ("The gunmen identified themselves as commandos of the FARC.", [("FARC", "claimed")]),
        ("The bomb was planted by men believed to be cadres of the PKK.", [("PKK", "suspected")]),
    ],
)
def test_a_groups_men(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "claimed an attack" as well as "claimed the attack"; rocket fire is a deed too.
        ("ISKP claimed an attack on a mosque in the city.", [("ISKP", "claimed")]),
        ("AQAP claimed a drone attack on the camp in Abyan.", [("AQAP", "claimed")]),
        ("Saraya al-Quds claimed the rocket fire on the border town.", [("Palestinian Islamic Jihad", "claimed")]),
        # A record is no claim of this attack.
        ("The TTP has claimed a string of attacks on police.", []),
        ("The TTP has claimed a similar attack in Bannu.", []),
    ],
)
def test_claimed_a_deed(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A group's spokesman quoted in the first person, the attribution after or before.
        ('"Our fighters killed 15 soldiers," said a spokesman for the Pakistani Taliban.', [("TTP", "claimed")]),
        ('"We carried out the operation against the convoy," a Taliban spokesman said.', [("Taliban", "claimed")]),
        ('An al-Shabaab spokesman said in a statement: "We take full responsibility for the raid on the base."',
         [("al-Shabaab", "claimed")]),
        # An army spokesman's "we" is no claim of the group he names.
        ('"We killed 20 of them," an army spokesman said of the Boko Haram raid.', [("Boko Haram", "blamed")]),
        ('"Our troops killed 20 Boko Haram fighters," the army said.', []),
        ('"We did not claim this attack," a TTP spokesman said.', []),
    ],
)
def test_quoted_claims(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "No group has claimed" holds no claim, but a hedge or a blame beside it stays.
        ("No group has claimed responsibility, but the blast bore the hallmarks of al-Shabaab.",
         [("al-Shabaab", "suspected", None)]),
        ("No group has claimed the attack, which police blamed on Boko Haram.", [("Boko Haram", "blamed", "police")]),
        ("No one has claimed the attack on the ELN camp.", []),
        ("Nobody has claimed the killings, and the ELN has claimed such attacks before.", []),
    ],
)
def test_no_claim_beside_a_hedge(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


def test_who_blames_with_a_participle_is_the_sentences_subject() -> None:
    found = find_claims("Hamas denied it had fired the rocket that hit the clinic, blaming a misfired Islamic Jihad projectile.")
    assert [(c.actor, c.stance, c.said_by) for c in found] == [
        ("Hamas", "denied", "Hamas"), ("Palestinian Islamic Jihad", "blamed", "Hamas")]


def test_an_appositive_between_a_group_and_its_deed() -> None:
    sentence = "Fighters of the Africa Corps, the Russian force that took over from Wagner, killed 24 villagers, witnesses said."
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == [("Africa Corps", "blamed", "witnesses")]
    assert stances("The ELN, a Marxist guerrilla group, attacked the pipeline.") == [("ELN", "blamed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A group's post telling that its men overran or raided a place.
        ("The West Africa Province said in a Telegram post that its fighters had overrun a base in the town.",
         [("ISWAP", "claimed", "ISWAP (Telegram)")]),
        # A state admitting what one of its aircraft did.
        ("The Nigerian Air Force admitted that one of its jets had accidentally bombed a village, killing 30.",
         [("Nigeria", "claimed", "Nigeria")]),
        # "suspected to be members of": a hedge, and the gunmen are not who suspects them.
        ("The gunmen, suspected to be members of the banned BLA, pulled passengers off a bus and shot nine.",
         [("BLA", "suspected", None)]),
        # A blaming participle after a quoted speaker: the speaker blames.
        ("Jihadists killed 30 villagers in the northeast, a local leader told reporters on Sunday, blaming Boko Haram.",
         [("Boko Haram", "blamed", "a local leader")]),
    ],
)
def test_more_sweep_wordings(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A denial told as rejecting or dismissing the accusation.
        ("M23 rebels rejected accusations that they had massacred civilians in the village.", [("M23", "denied")]),
        ("The Houthis dismissed claims that they were behind the drone attack on the airport.", [("Houthis", "denied")]),
    ],
)
def test_rejecting_an_accusation_is_a_denial(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # An accusation told only to be rejected blames nobody.
        "Officials dismissed claims that the ELN was behind the blast.",
        "Police rejected reports that the TTP was responsible for the attack.",
    ],
)
def test_a_rejected_accusation_blames_nobody(sentence: str) -> None:
    assert find_claims(sentence) == []


def test_a_group_in_apposition_to_its_parents_branch() -> None:
    sentence = "AQAP, al-Qaeda's Yemeni branch, said in a statement posted online that it was behind the killing of five soldiers."
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == [("AQAP", "claimed", "AQAP (a statement)")]
    assert stances("An Islamic State affiliate in Somalia claimed the attack on the base.") == [("IS Somalia Province", "claimed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A state telling what its forces, named by its country, did: its own account.
        ("The Pentagon said US forces had carried out a strike on a militant leader in Syria.", [("United States", "claimed")]),
        ("Kyiv said Ukrainian drones hit a refinery in the Ryazan region.", [("Ukraine", "claimed")]),
        # The US regional commands are the United States' forces.
        ("CENTCOM said it killed a senior Houthi commander in a strike near Hodeidah.", [("United States", "claimed")]),
        ("US Africa Command said its aircraft struck an al-Shabaab camp in the Lower Juba region.", [("United States", "claimed")]),
        # What its forces destroyed is its own account; the drones its air defences destroyed are no attack.
        ("The Russian defence ministry said its forces destroyed a Ukrainian ammunition store near Kupiansk.", [("Russia", "claimed")]),
        ("The Russian defence ministry said its forces destroyed 40 Ukrainian drones over the Kursk region.", []),
        # Another state's forces: no admission.
        ("Ukraine said Russian forces struck the city overnight.", []),
    ],
)
def test_a_state_naming_its_own_forces(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


def test_a_strike_claimed_by_a_state_in_the_passive() -> None:
    sentence = "The strike, which killed a senior Hezbollah commander, was claimed by the Israeli military."
    assert stances(sentence) == [("Israel", "claimed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A group admitting that it holds or took the captives claims the kidnapping.
        ("The ELN admitted holding the two oil workers seized last week.", [("ELN", "claimed")]),
        ("The FARC admitted kidnapping three engineers near the dam.", [("FARC", "claimed")]),
        ("Police admitted holding the suspect for two days.", []),
    ],
)
def test_a_kidnapping_admitted(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "likely/probably responsible" is a suspicion, the plain form an accusation.
        ("Officials said the ADF was likely responsible for the massacre.", [("ADF", "suspected", "Officials")]),
        ("Analysts said JNIM was probably behind the ambush.", [("JNIM", "suspected", "Analysts")]),
        ("Police said the TTP was behind the attack.", [("TTP", "blamed", "Police")]),
        # An attacker's pledge to a group ties him to it, not the group to the deed ("suspected"
        # as an adjective suspects no one: "The" is no speaker).
        ("Investigators said the bomber had sworn allegiance to ISKP.", [("ISKP", "suspected", "Investigators")]),
        ("The suspected gunman, who had pledged allegiance to IS, was shot dead.", [("Islamic State", "suspected", None)]),
        # A group told by its people and its kind, suspected as it is blamed.
        ("Police suspect Baloch separatists.", [("Baloch separatists", "suspected", "Police")]),
        ("Police suspect Baloch separatists; no group has claimed responsibility.", [("Baloch separatists", "suspected", "Police")]),
        ("Officials suspect Kurdish militants were behind the car bomb.", [("Kurdish militants", "suspected", "Officials")]),
        ("Police suspect Sindhi nationalists were behind the blast.", [("Sindhi nationalists", "suspected", "Police")]),
        # ... named as when blamed: the kind word for the noun, the table's name.
        ("Police suspect Ambazonian separatist fighters were behind the raid.",
         [("Ambazonian separatists", "suspected", "Police")]),
        ("Police suspect Anglophone separatists.", [("Ambazonian separatists", "suspected", "Police")]),
    ],
)
def test_a_hedged_responsibility_is_a_suspicion(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A duty ahead, not a claim: "take responsibility for" security or protection.
        "The Taliban will take responsibility for security at the airport after the handover.",
        "Donors urged the Taliban to take responsibility for the safety of aid convoys.",
        # A first-person denial quoted from the group's spokesman.
        '"We carried out no attack on the market," said a spokesman for the TTP.',
        '"Our fighters targeted no civilians," a Taliban spokesman said.',
    ],
)
def test_a_duty_or_a_quoted_denial_is_no_claim(sentence: str) -> None:
    assert claimed(sentence) == []


def test_a_quoted_first_person_deed_is_still_a_claim() -> None:
    assert claimed('"We take responsibility for the ambush on the convoy," a Taliban spokesman said.') == ["Taliban"]
    assert claimed('"Our fighters struck the checkpoint at dawn," said a spokesman for the TTP.') == ["TTP"]
    # a claim after "to": "was quick to take responsibility for the bombing"
    assert claimed("Boko Haram was quick to take responsibility for the bombing.") == ["Boko Haram"]


def test_the_speaker_after_a_conjunction_is_who_said_it() -> None:
    claims = find_claims("Nobody has claimed the blast yet, but officials said al-Shabaab was probably behind it.")
    assert [(c.actor, c.stance, c.said_by) for c in claims] == [("al-Shabaab", "suspected", "officials")]


def test_a_rumour_rejected_by_the_group_is_its_denial() -> None:
    claims = find_claims("The ELN rejected rumours that it had planted the bomb at the station.")
    assert [(c.actor, c.stance) for c in claims] == [("ELN", "denied")]



@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Pakistan's official names for the TTP and for the Baloch separatists.
        ("Terrorists of Fitna al-Khawarij raided a check post in Tank, killing two soldiers, the army's media wing said.",
         [("TTP", "blamed", "the army's media wing")]),
        ("Terrorists of Fitna al Hindustan attacked a coach near Mastung, killing four passengers, officials said.",
         [("BLA", "blamed", "officials")]),
        # Cartel factions go by the parent's name; dissident factions by the FARC's.
        ("Prosecutors said Los Chapitos gunmen shot dead four men at a car wash.", [("Sinaloa Cartel", "blamed", "Prosecutors")]),
        ("The governor blamed the Segunda Marquetalia for the bombing of a police post.",
         [("FARC", "blamed", "The governor")]),
        # Gangs named as perpetrators.
        ("Police blamed the Tren de Aragua for the murder of a shopkeeper.", [("Tren de Aragua", "blamed", "Police")]),
        ("The Mara Salvatrucha was blamed for the killing of two bus drivers.", [("MS-13", "blamed", None)]),
        ("Officials blamed Barrio 18 for the shooting at the market.", [("Barrio 18", "blamed", "Officials")]),
    ],
)
def test_names_the_press_uses_for_groups_and_gangs(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A gang's or a cartel's men stated as the perpetrators.
        ("Members of the Barrio 18 gang shot dead a taxi driver in Mixco, police said.", [("Barrio 18", "blamed", "police")]),
        ("Residents said the Viv Ansanm gang coalition stormed the town at dawn.", [("Viv Ansanm", "blamed", "Residents")]),
        ("A Sinaloa cartel faction ambushed an army patrol outside Culiacan.", [("Sinaloa Cartel", "blamed", None)]),
    ],
)
def test_a_gangs_men(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A long deed, or one with a clause set off by commas, between "attributed" and "to".
        ("Investigators attributed the killings of three aid workers near the border to the ELN.", [("ELN", "blamed", "Investigators")]),
        ("Police attributed the shooting of four men outside a bakery in the old town on Friday to the MS-13.",
         [("MS-13", "blamed", "Police")]),
        ("The army attributed the ambush, which left eight soldiers dead, to the al-Qaeda-linked JNIM.",
         [("JNIM", "blamed", "The army")]),
        # A group named inside the deed is not what the deed is attributed to.
        ("The governor attributed the surge in raids, which experts tie to the growth of ISWAP in the north, to unemployment.", []),
        ("Police attributed the bombing, which recalled earlier Boko Haram attacks, to ISWAP.", [("ISWAP", "blamed", "Police")]),
    ],
)
def test_attributed_across_a_long_deed(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Suspicion told as a noun is a hedge, with or without a claim denied before it.
        ("No group has come forward, but suspicion fell on the TTP.", [("TTP", "suspected", None)]),
        ("Suspicion quickly turned to al-Shabaab, which has bombed the port before.", [("al-Shabaab", "suspected", None)]),
        # "suspected the BLA of": the subject of the verb is who suspects it.
        ("Investigators suspected the BLA of planting the bomb under the bridge.", [("BLA", "suspected", "Investigators")]),
    ],
)
def test_suspicion_and_who_holds_it(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The accused sponsor is blamed by the accusers; the attackers named in their words
        # are blamed too (a perpetrator stated as fact), and told by the same accusers.
        ("Officials accused India of backing the BLA fighters who attacked a convoy in Kech, killing six.",
         [("BLA", "blamed", "Officials"), ("India", "blamed", "Officials")]),
        ("Islamabad accused Kabul of sheltering TTP militants who stormed a post in Zhob.",
         [("TTP", "blamed", "Islamabad"), ("Afghanistan", "blamed", "Islamabad")]),
    ],
)
def test_attackers_named_in_an_accusation_of_their_sponsor(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An office of a state the sentence does not name speaks for the forces its
        # denial or admission names: the forces are the actor, the office who said it.
        ("The defence ministry denied that government forces had targeted the market.",
         [("army", "denied", "The defence ministry")]),
        ("The defence ministry rejected claims that its troops had shelled the village.",
         [("army", "denied", "The defence ministry")]),
        ("The defence ministry dismissed reports that the army shelled the hospital.",
         [("army", "denied", "The defence ministry")]),
        ("The interior ministry denied that police had fired on the protesters.",
         [("police", "denied", "The interior ministry")]),
        ("A defence ministry spokesman, Colonel Amadou Diallo, denied that soldiers had killed the villagers.",
         [("army", "denied", "A defence ministry spokesman")]),
        ("The defence ministry on Tuesday flatly denied that its jets had bombed the school.",
         [("army", "denied", "The defence ministry")]),
        ("The defence ministry admitted that its troops had mistakenly shelled the village.",
         [("army", "claimed", "The defence ministry")]),
        # "its forces" are the army as "government forces" are, whoever speaks for them
        ("The defence ministry said its forces had shelled the rebel depot.",
         [("army", "claimed", "The defence ministry")]),
        # Not a state's office: a group's, and one that names no forces.
        ("The Hamas-run interior ministry denied that its forces had fired on the march.", []),
        ("The defence ministry denied the report.", []),
    ],
)
def test_a_state_office_denying_for_its_forces(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A claim or a blame of another event, dated to another year or told as the
        # group's record, is no claim of this one.
        ("The Red Crescent Brigade, which claimed a 2016 bombing in the capital, has not commented.", []),
        ("The BLF, which claimed the 2020 attack on the stock exchange, is active in the district.", []),
        ("The Islamic State claimed an attack on the same shrine in 2017.", []),
        ("Islamic State claims 2018 bombing of ferry", []),
        ("Boko Haram has been blamed for similar raids in the area.", []),
        ("Police blamed the ELN for previous bombings of the pipeline.", []),
        ("The ELN has been blamed for dozens of pipeline bombings over the years.", []),
        # This event's, with a time of its own.
        ("The TTP claimed the attack, the group's first in the city since 2019.", [("TTP", "claimed")]),
        ("Islamic State claimed responsibility for a wave of bombings in Mosul on Sunday.", [("Islamic State", "claimed")]),
    ],
)
def test_a_claim_of_another_event(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A claim supposed is none; "would be the first attack claimed by" ties the group with a hedge.
        ("The raid, if claimed by ISKP, would be a sharp escalation.", []),
        ("If confirmed, it would be the first attack claimed by the Islamic State in the province.", [("Islamic State", "suspected")]),
        ("Should JNIM claim the ambush, it would be its deadliest this year.", []),
        # An open question is a suspicion, not an accusation.
        ("It remained unclear whether the BLA was responsible.", [("BLA", "suspected")]),
        ("Officials said it was too early to say whether the TTP was behind the blast.", [("TTP", "suspected")]),
    ],
)
def test_a_supposed_claim(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A headline's present tense, with no article.
        ("IS claims suicide bombing at wedding hall in Kabul", [("Islamic State", "claimed")]),
        ("Taliban claim attack on police post in Helmand", [("Taliban", "claimed")]),
        ("ISWAP claims killing of 12 soldiers in Borno", [("ISWAP", "claimed")]),
        ("Al-Shabaab says it was behind deadly hotel blast", [("al-Shabaab", "claimed")]),
        # ... not a clause the group asserts, nor a hit told of lives.
        ("Hamas claims Israeli strike killed 20 in Rafah", []),
        ("Hezbollah claims Israeli airstrike hit a school", []),
        ("Tom Harlan claims self-defense in shooting that killed a neighbour", []),
        # Two groups owning one attack, the second in its own words.
        ("The Islamic State claimed the attack, while the Taliban said their fighters had carried it out.",
         [("Islamic State", "claimed"), ("Taliban", "claimed")]),
    ],
)
def test_headline_and_rival_claims(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


def test_a_denial_after_a_blame_and_a_claim_taken_back() -> None:
    # "the group" after "but" is the group the first clause blamed.
    assert [(c.actor, c.stance, c.said_by) for c in find_claims("Police blamed the ELN, but the group denied any involvement.")] == [
        ("ELN", "denied", "ELN"), ("ELN", "blamed", "Police"),
    ]
    # A claim withdrawn is a denial; the claim made is told too.
    assert stances("The BLA first claimed the bombing but later withdrew its claim.") == [("BLA", "claimed"), ("BLA", "denied")]
    assert stances("The group retracted its claim of responsibility a day later.") == []
    claims = find_claims("The group retracted its claim of responsibility a day later.", previous_actor="BLA")
    assert [(c.actor, c.stance) for c in claims] == [("BLA", "denied")]
    # The one who blames after "by" ends before the deed.
    claims = find_claims("The Houthis, who were blamed by Saudi Arabia for the strike, denied they had fired the missile.")
    assert [(c.actor, c.stance, c.said_by) for c in claims] == [("Houthis", "denied", "Houthis"), ("Houthis", "blamed", "Saudi Arabia")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Who blames: the clause's subject without a conjunction, a relative or a trailing
        # auxiliary, in capitals too; a participle ("attributed to") has no subject of its own.
        ("SHE WAS DOUBTFUL, SINCE THE FAMILIES OF THE VICTIMS HAVE ACCUSED THE ARMED FORCES, AND THE CASE STALLED.",
         [("army", "blamed", "THE FAMILIES OF THE VICTIMS")]),
        ("Police, who have blamed the ELN, are still investigating.", [("ELN", "blamed", None)]),
        ("THE AMBUSHES ATTRIBUTED TO THE FMLN HAVE LEFT DOZENS OF SOLDIERS DEAD.", [("FMLN", "blamed", None)]),
        # A group's own account of what its men planted or struck is its claim.
        ("The TTP said its fighters had planted the bomb.", [("TTP", "claimed", "TTP")]),
        ("The ELN said its fighters set off a bomb under the pipeline.", [("ELN", "claimed", "ELN")]),
    ],
)
def test_who_blames_and_a_group_telling_its_deed(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence, upper_doc=sentence.isupper())] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A group's outlet or channel telling what its men did; a claim made for a group.
        ("Amaq, the Islamic State's news agency, said the raid was carried out by two of its fighters.",
         [("Islamic State", "claimed", "Islamic State (Amaq)")]),
        ("According to a statement on the group's Telegram channel, ISWAP fighters killed nine soldiers.",
         [("ISWAP", "claimed", "ISWAP")]),
        ("According to a statement on Telegram, ISWAP fighters killed nine soldiers.", [("ISWAP", "blamed", None)]),
        ("In a video posted online, a masked man claimed the ambush on behalf of the BLA.", [("BLA", "claimed", "BLA (a video)")]),
        # An attack disowned is denied.
        ("The TTP disowned the bombing and said its fighters do not target mosques.", [("TTP", "denied", "TTP")]),
        # "since 2019" measures this attack against others: still its claim.
        ("It was the deadliest attack claimed by the Islamic State in the country since 2019.", [("Islamic State", "claimed", "Islamic State")]),
        # An official's vague enemy is no group.
        ("The minister blamed the Zionist Enemy for the explosion.", []),
        ("The governor blamed Foreign Hands and Hidden Enemies for the bombing.", []),
    ],
)
def test_outlets_disowning_and_vague_enemies(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A claim told as a noun is a claim made.
        ("The ISKP claim could not be independently verified.", [("ISKP", "claimed")]),
        ("A claim by the Islamic State, posted on Telegram, named the bomber.", [("Islamic State", "claimed")]),
        ("The BLF's claim of responsibility named the gunmen.", [("BLF", "claimed")]),
        # Not a verb with a clause, a claim of something else, or none made.
        ("The Taliban claim the district fell after a short battle.", []),
        ("The Taliban's claim of control over the district was disputed.", []),
        ("There was no ISKP claim.", []),
        # A headline's bare "Group" names none.
        ("Group claims responsibility for market blast", []),
    ],
)
def test_a_claim_told_as_a_noun(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


def test_who_blames_past_a_participle_aside() -> None:
    claims = find_claims("Security officials, speaking on condition of anonymity, blamed al-Shabaab.")
    assert [(c.actor, c.stance, c.said_by) for c in claims] == [("al-Shabaab", "blamed", "Security officials")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An office of no named state telling what another state's forces did accuses them.
        ("Officials said Russian troops shelled the village before dawn.", []),
        ("District authorities said Russian forces had hit a column of trucks.", []),
        ("The health ministry said Israeli forces killed 14 people.", []),
        ("The Hamas-run health ministry said Israeli troops killed nine people.", []),
        # A civil office has no officers of the state's forces.
        ("The sports ministry denied that its officers had attacked the coach at the arena.", []),
        # Its own forces, as before.
        ("The defence ministry denied that government forces had shelled the bazaar.", [("army", "denied")]),
        ("The ministry admitted that its warplanes had hit the lorries.", [("army", "claimed")]),
    ],
)
def test_an_office_speaks_only_for_its_own_forces(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A headline's "claims <deed>" is a group's only when a group of the table says it
        # and the deed ends the title (a short place after it at most).
        ("Shami claims late strike in Adelaide on Sunday", []),
        ("Opposition claims attacks on the health service by ministers have gone too far.", []),
        ("Biden claims strikes on Syria crippled the depots", []),
        ("Hamas claims attacks on Gaza clinics breach the laws of war", []),
        ("The Taliban claims raids on its outposts were beaten back", []),
        ("Al-Shabaab claims killings of herders were the army's doing", []),
        ("Taliban claim ambush on army convoy", [("Taliban", "claimed")]),
        ("ISWAP claims killing of nine soldiers in Yobe", [("ISWAP", "claimed")]),
        # ... or a clause of the title ends with it: a comma, "as", "that"; two short phrases.
        ("ISWAP claims raid on army base in Borno state", [("ISWAP", "claimed")]),
        ("Taliban claim bombing at police station, 12 dead", [("Taliban", "claimed")]),
        ("Al-Shabaab claims assault on beach restaurant as toll climbs", [("al-Shabaab", "claimed")]),
        ("ISKP claims blast at shrine in Herat that killed 14", [("ISKP", "claimed")]),
        ("Houthis claim missile strike on tanker in Gulf of Aden", [("Houthis", "claimed")]),
        ("Houthis claim strikes on tankers hit their targets", []),
    ],
)
def test_a_headline_claim_of_a_deed(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The group's critics are no voice of the group.
        ("According to the group's opponents, ISWAP fighters killed eight soldiers.", [("ISWAP", "blamed", "the group's opponents")]),
        ("According to a statement on the group's Telegram channel, ISWAP fighters killed eight soldiers.", [("ISWAP", "claimed", "ISWAP")]),
        # ... its leader or commander is.
        ("According to the group's commander, ISWAP fighters overran two army posts.", [("ISWAP", "claimed", "ISWAP")]),
        ("According to the group's emir, ISWAP fighters killed six soldiers.", [("ISWAP", "claimed", "ISWAP")]),
        # Villagers' or farmers' own men make no group's claim.
        ("Villagers said their men killed three raiders in a fight near the river.", []),
        ("Farmers said their men shot two cattle thieves.", []),
        # A claim by a group of something else (figures, an accusation) is no claim of the attack.
        ("The army dismissed claims by Hamas that 40 civilians had died.", []),
        ("Claims by Hamas that Israeli jets hit the clinic were disputed.", []),
        ("Israel said the Hamas claim was untrue and that a stray rocket hit the clinic.", []),
        # ... but one of its own men's deed is its claim.
        ("A claim by the ELN that its fighters blew up the pipeline appeared on its website.", [("ELN", "claimed", "ELN (its website)")]),
        ("Police doubted claims by the TTP that it had carried out the bombing.", [("TTP", "claimed", "TTP")]),
        # A claim told with a verb after it is a claim made, unless it is judged false.
        ("The TTP claim has yet to be confirmed by officials.", [("TTP", "claimed", "TTP")]),
        ("The al-Shabaab claim was issued through its radio station.", [("al-Shabaab", "claimed", "al-Shabaab")]),
        ("The TTP claim is its third this month.", [("TTP", "claimed", "TTP")]),
        ("Officials said the TTP claim was baseless.", []),
        # A statement "on" a day or on the attack names no source.
        ("The ELN denied any involvement, according to a statement on Friday.", [("ELN", "denied", "ELN (a statement)")]),
        ("According to a report on the raid, the ELN was responsible.", [("ELN", "blamed", None)]),
    ],
)
def test_voices_and_claims_of_other_things(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Disowned or withdrawn: only a deed or a claim of it.
        ("Hamas disowned the truce plan.", []),
        ("The TTP rescinded its claim to the valley.", []),
        ("The ELN withdrew the claim it had lodged with the court.", []),
        ("The BLA disowned the ambush.", [("BLA", "denied")]),
        ("The BLA later withdrew its claim of responsibility.", [("BLA", "denied")]),
        ("The TTP retracted its initial claim that it had planted the bomb.", [("TTP", "denied")]),
        ("The TTP retracted its claim of the ambush.", [("TTP", "denied")]),
        ("The TTP retracted its claim that the police had lost 30 men.", []),
        # "but it said that it had not" is the group's own denial.
        ("The army blamed the ELN, but it said that it had not carried out the raid.", [("ELN", "denied"), ("ELN", "blamed")]),
        ("The army blamed the ELN, but it said on Tuesday that it had no part in the ambush.", [("ELN", "denied"), ("ELN", "blamed")]),
        # A finding told after "but it emerged that" is no denial by the group.
        ("The army blamed the ELN, but it later turned out that the group had not carried out the raid.", [("ELN", "blamed")]),
        # A claim supposed, not made.
        ("It would be the first time ISKP claimed a bombing in the city.", []),
        ("Had ISKP claimed the bombing, the police would have known.", []),
    ],
)
def test_denials_need_a_deed_and_supposed_claims(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


def test_a_disowning_is_a_claim_cue() -> None:
    assert CLAIM_CUES.search("On Tuesday the BLA disowned the operation.")
    assert CLAIM_CUES.search("The group later retracted it.")


@pytest.mark.parametrize(
    ("sentence", "year", "expected"),
    [
        # A year is the deed's only next to it; the item's own year is this event's.
        ("Police blamed the FARC for the ambush in 2025.", 2025, [("FARC", "blamed")]),
        ("Officials blamed the FARC for the 2025 ambush.", 2025, [("FARC", "blamed")]),
        ("Officials blamed the FARC for the 2019 ambush.", 2025, []),
        ("Police blamed the FARC for the raid on a depot built in 1987.", None, [("FARC", "blamed")]),
        ("The FARC claimed the raid on the depot built in 1987.", None, [("FARC", "claimed")]),
        # A month before the deed names another one.
        ("ISKP also claimed a June bombing of the same shrine.", None, []),
        ("Police blamed the FARC for a June ambush on the road.", 2025, []),
    ],
)
def test_a_deed_dated_elsewhere(sentence: str, year: int | None, expected: list[tuple[str, str]]) -> None:
    assert [(c.actor, c.stance) for c in find_claims(sentence, year=year)] == expected


def test_behind_a_decision_and_the_body_of_an_agent() -> None:
    # Behind a deed is a claim; behind a decision is none.
    assert ("Hezbollah", "claimed") not in stances("Hezbollah says it was behind the decision to pull out.")
    assert ("Hezbollah", "claimed") in stances("Hezbollah says it was behind the rocket attack.")
    # The one who blames keeps the body it speaks for.
    claims = find_claims("The ELN was blamed by officers of the police for the ambush.")
    assert [(c.actor, c.stance, c.said_by) for c in claims] == [("ELN", "blamed", "officers of the police")]


def test_a_deed_dated_to_the_items_own_year_is_this_one_through_the_pipeline() -> None:
    # the pipeline hands the item's year to find_claims: "the 2026 bombing" in a story of 2026
    text = ("A bomb killed four people at a market in Cali, Colombia, on Monday. "
            "Police blamed the ELN for the 2026 bombing.")
    feed_item = FeedItem(item_id="c", feed="t", outlet="T", url="https://example.org/c", title="", text=text,
                         published="2026-03-09T10:00:00Z")
    (report,) = extract(feed_item)
    assert [(c.actor, c.stance) for c in report.claims] == [("ELN", "blamed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Behind a deed of any kind (fire, drones, "both") is a claim, and a blame when others
        # say it; behind a decision or a sport's event is neither.
        ("Hezbollah said it was behind the rocket fire on the port.", [("Hezbollah", "claimed")]),
        ("Hezbollah said it was behind the drones that struck the depot.", [("Hezbollah", "claimed")]),
        ("Hezbollah said it was behind both.", [("Hezbollah", "claimed")]),
        ("Hezbollah said it was behind the shooting contest at the fair.", []),
        ("Officials said Hezbollah was behind the move to close the crossing.", []),
        ("Officials said Hezbollah was behind the drone attack.", [("Hezbollah", "blamed")]),
        # ... unless the deed is its record or dated to another year.
        ("Officials said Hezbollah was behind a wave of bombings in the north in recent years.", []),
        ("Officials said Hezbollah was behind the 2014 bombing.", []),
    ],
)
def test_behind_a_deed_claims_and_blames(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "month", "expected"),
    [
        # A month is another event's, unless it is the item's own month or the one before.
        ("ISKP claimed the May 4 bombing of the shrine.", 5, [("ISKP", "claimed")]),
        ("ISKP claimed the April 29 bombing of the shrine.", 5, [("ISKP", "claimed")]),
        ("ISKP claimed the December 30 bombing of the shrine.", 1, [("ISKP", "claimed")]),
        ("ISKP claimed the February bombing of the shrine.", 5, []),
        ("ISKP claimed the May 4 bombing of the shrine.", None, []),
    ],
)
def test_a_deed_dated_to_the_items_month(sentence: str, month: int | None, expected: list[tuple[str, str]]) -> None:
    assert [(c.actor, c.stance) for c in find_claims(sentence, year=2026, month=month)] == expected


def test_the_pipeline_passes_the_items_month() -> None:
    text = ("A bomb killed six people at a shrine in Herat, Afghanistan, on Friday. "
            "ISKP claimed the May 8 bombing of the shrine.")
    feed_item = FeedItem(item_id="m", feed="t", outlet="T", url="https://example.org/m", title="", text=text,
                         published="2026-05-10T10:00:00Z")
    (report,) = extract(feed_item)
    assert [(c.actor, c.stance) for c in report.claims] == [("ISKP", "claimed")]


def test_a_month_with_another_year_is_another_event() -> None:
    assert find_claims("JNIM claimed the November 2019 ambush of a convoy near Gao.", year=2026, month=11) == []
    [claim] = find_claims("JNIM claimed the November ambush of a convoy near Gao.", year=2026, month=11)
    assert (claim.actor, claim.stance) == ("JNIM", "claimed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Hezbollah said it targeted the Iron Dome system near Kiryat Shmona with rockets.",
        "Hezbollah said it attacked a radar system at the Metula post with drones.",
    ],
)
def test_a_weapons_system_struck_is_a_claim_not_an_aim(sentence: str) -> None:
    assert [(c.actor, c.stance) for c in find_claims(sentence)] == [("Hezbollah", "claimed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The BLA said it targeted the banking system of the province.",
        # "justice system" is the "judicial system" in other words
        "The ELN said it attacked the justice system of the country.",
    ],
)
def test_the_banking_system_targeted_is_an_aim(sentence: str) -> None:
    assert find_claims(sentence) == []


def test_a_group_carried_over_as_it_speaks_for_itself() -> None:
    claims = find_claims("Police blamed the ELN for the blast that killed four in Arauca, but it said that it "
                         "had no part in it.")
    assert ("ELN", "denied", "ELN") in [(c.actor, c.stance, c.said_by) for c in claims]


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("ISKP claimed the attack and ", [("ISKP", "claimed")]),
        ("Hamas said it targeted the ", [("Hamas", "claimed")]),
        ("police blamed the ELN but the group denied it and ", [("ELN", "denied"), ("ELN", "blamed")]),
    ],
)
def test_a_long_run_of_claims_is_read_in_linear_time(piece: str, expected: list[tuple[str, str]]) -> None:
    # Each claim verb's subject, its "both", a blaming verb before a name were looked for
    # over the whole text before it: a long text of claims took seconds (minutes at 20 KB).
    find_claims("Police said the army denied it.")  # the tables loaded
    start = time.perf_counter()
    claims = find_claims(piece * (8_000 // len(piece)))
    assert time.perf_counter() - start < 1.0
    assert [(c.actor, c.stance) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A suspicion denied is none, and no blame either.
        ("Detectives do not suspect terrorism in the death of the ISKP courier.", []),
        ("Investigators said they did not suspect any group, the ELN included, in the fire.", []),
        ("The police no longer suspect the PKK.", []),
        ("Officials said they do not believe the ELN was behind the blast.", []),
        ("Officials said the blast was not believed to be the work of the PKK.", []),
        ("The army does not suspect the police.", []),
        # A hedged group that was struck, not who struck.
        ("Helicopters opened fire on alleged FMLN columns north of the town.", []),
        ("Jets bombed suspected ISWAP camps near the lake on Sunday.", []),
        ("Troops raided suspected Taliban hideouts in the valley.", []),
        # ... while a hedged doer stays suspected, and a blame put on one stays a blame.
        ("Suspected ISWAP fighters stormed the base at dawn.", [("ISWAP", "suspected")]),
        ("The police suspect the ELN.", [("ELN", "suspected")]),
        ("The governor blamed the ambush on suspected Boko Haram fighters.", [("Boko Haram", "suspected"), ("Boko Haram", "blamed")]),
    ],
)
def test_a_suspicion_denied_or_a_hedged_target_is_none(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.actor, c.stance) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An office clearing a group is not the group's denial.
        ("The ELN was not behind the blast, the interior ministry said.", []),
        ("Police said the ELN had nothing to do with the fire at the depot.", []),
        ("Officials said the ELN had not carried out the raid.", []),
        ("THE FMLN WAS NOT BEHIND THE ATTACK, THE DEFENSE MINISTRY SAID.", []),
        # The group saying so itself, or its spokesman, is.
        ("The ELN said it was not behind the blast.", [("ELN", "denied")]),
        ("The ELN was not behind the blast, a spokesman for the group said.", [("ELN", "denied")]),
        ("The ELN was not behind the blast, ELN commander Antonio Ruiz said.", [("ELN", "denied")]),
        # A denial as an act stays the group's, whoever reports it.
        ("The ELN denied any role in the blast, police said.", [("ELN", "denied")]),
    ],
)
def test_a_group_cleared_by_an_office_has_not_denied(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.actor, c.stance) for c in find_claims(sentence, upper_doc=sentence.isupper())] == expected


def test_a_named_speaker_beats_the_group_carried_over() -> None:
    # the spokesman says so, not the group as "it"
    claims = find_claims("Officials blamed the ELN for an ambush on a patrol, but a spokesman said it denied it.")
    assert ("ELN", "denied", "a spokesman") in [(c.actor, c.stance, c.said_by) for c in claims]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Hezbollah said the drone attack on the base was retaliation for the killing of a commander.", "Hezbollah"),
        ("The Houthis said Tuesday's missile barrage was in response to US strikes on the port.", "Houthis"),
    ],
)
def test_a_deed_told_as_the_groups_answer_is_its_claim(sentence: str, actor: str) -> None:
    assert [(c.actor, c.stance) for c in find_claims(sentence)] == [(actor, "claimed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan, which the FMLN claims is a trap, was set aside.",
        "They tabled reforms which the ELN claims are overdue.",
        "THE TALKS, WHICH THE FMLN CLAIMS ARE A SHAM, ENDED.",
    ],
)
def test_claims_as_the_verb_of_a_relative_clause_is_no_claim(sentence: str) -> None:
    assert find_claims(sentence, upper_doc=sentence.isupper()) == []


def test_a_claim_noun_after_that_stays_a_claim() -> None:
    assert claimed("Officials said that the ISKP claim could not be checked.") == ["ISKP"]


@pytest.mark.parametrize(
    ("sentence", "previous", "expected"),
    [
        # One list of the words a text calls an unnamed group by: "the guerrillas" is the
        # group named before, "the insurgents" speaking are the group itself.
        ("The army blamed the guerrillas for the raid on the bridge.", "FMLN", [("FMLN", "blamed", "The army")]),
        ("The FMLN ambushed two patrols, the insurgents said in a statement.", None, [("FMLN", "claimed", "FMLN")]),
        # One list of the ministries that speak for a state: a security ministry with its
        # country named speaks for the country.
        ("The Russian security ministry admitted that its forces struck the depot.", None, [("Russia", "claimed", "Russia")]),
    ],
)
def test_one_list_of_group_words_and_of_ministries(sentence: str, previous: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence, previous_actor=previous)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # another's deed, and praise of one: no claim
        "Hezbollah said the Israeli raid was retaliation for its drone attack.",
        "Hamas said the shooting in the town was a natural response to the raids.",
    ],
)
def test_another_deed_called_an_answer_is_no_claim(sentence: str) -> None:
    assert [c for c in find_claims(sentence) if c.stance == "claimed"] == []


def test_a_claim_after_a_fact_told_by_others_replaces_the_blame() -> None:
    item = FeedItem(
        item_id="r1", feed="t", url="http://localhost/r1", title="",
        text="Hezbollah fired rockets at a town in northern Israel on Monday, wounding three people, paramedics said. "
        "Hezbollah said the barrage was revenge for an Israeli strike.",
        outlet="t", published="2026-11-20T10:00:00Z",
    )
    assert [(c.actor, c.stance) for c in extract(item)[0].claims] == [("Hezbollah", "claimed")]


def test_a_group_told_by_its_kind_is_the_subject_of_both_verbs() -> None:
    # said_by was "The"; and "the separatists" refer back to the group named before
    claims = find_claims("The separatists denied carrying out the attack and blamed the army.",
                         previous_actor="Ambazonian separatists")
    assert [(c.actor, c.stance, c.said_by) for c in claims] == [
        ("Ambazonian separatists", "denied", "Ambazonian separatists"), ("army", "blamed", "The separatists"),
    ]


def test_anglophone_separatists_are_a_group() -> None:
    claims = find_claims("Anglophone separatists killed two gendarmes at a checkpoint, the army said.")
    assert [(c.actor, c.stance) for c in claims] == [("Ambazonian separatists", "blamed")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Delhi blamed Pakistan-based militants for the raid; Islamabad denied any involvement.",
         [("Pakistan-based militants", "blamed", "Delhi"), ("Pakistan", "denied", "Pakistan")]),
        ("Turkish-backed factions blamed Kurdish fighters for the car bomb.", [("Kurdish fighters", "blamed", "Turkish-backed factions")]),
        # a nationalist movement's armed men, named by their people, as separatists are
        ("Police blamed Sindhi nationalists for the blast on the railway line.", [("Sindhi nationalists", "blamed", "Police")]),
        # by its backer, a group is not named
        ("Washington blamed Iran-backed militias for the drone strike.", []),
    ],
)
def test_a_group_told_by_its_people_or_base_is_blamed(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted((c.actor, c.stance, c.said_by or "") for c in find_claims(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence, denier",
    [
        ("Kabul accused Pakistan of the air strike, a charge Islamabad rejected.", "Pakistan"),
        ("Officials blamed the TTP for the blast, an accusation the TTP has flatly rejected.", "TTP"),
        # The one blamed, referred back to: "the group", "they", "its leaders", "their association".
        ("The governor blamed the BLA for the bombing, a charge the group rejected.", "BLA"),
        ("The minister blamed Sindhi separatists for the blast, a charge their association rejected.", "Sindhi separatists"),
        ("Police blamed Baloch separatists for the ambush, an allegation which they denied.", "Baloch separatists"),
        # ... and after ", who": a group told by its people and kind, as one the table names.
        ("Officials blamed Kurdish fighters for the car bomb, who denied it.", "Kurdish fighters"),
    ],
)
def test_a_charge_rejected_in_a_clause_after_it_is_a_denial(sentence: str, denier: str) -> None:
    assert (denier, "denied") in [(c.actor, c.stance) for c in find_claims(sentence)]


def test_a_gang_named_before_its_word_claims() -> None:
    claims = find_claims("The Red Lizard gang claimed the ambush on social media.")
    assert [(c.actor, c.stance) for c in claims] == [("Red Lizard", "claimed")]


def test_he_who_blames_is_the_speaker_of_the_sentence_before() -> None:
    claims = find_claims("He blamed FARC dissidents.", previous_speaker="Colombia's defence minister")
    assert [(c.actor, c.stance, c.said_by) for c in claims] == [("FARC", "blamed", "Colombia's defence minister")]


def test_he_who_blames_in_an_article_speaks_with_the_voice_of_the_sentence_before() -> None:
    item = FeedItem(
        item_id="r2", feed="t", url="http://localhost/r2", title="",
        text="A car bomb killed six soldiers near Popayan on Tuesday, the regional governor said. He blamed FARC dissidents.",
        outlet="t", published="2026-11-20T10:00:00Z",
    )
    assert [(c.actor, c.stance, c.said_by) for c in extract(item)[0].claims] == [("FARC", "blamed", "the regional governor")]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("an interior ministry spokesman", "an interior ministry spokesman"),  # a person whose title names a body
        ("police chief Omar Haidari", "police chief Omar Haidari"),
    ],
)
def test_he_after_a_person_titled_by_a_body_is_that_person(speaker: str, expected: str) -> None:
    item = FeedItem(
        item_id="r4", feed="t", url="http://localhost/r4", title="",
        text=f"A bomb killed four people in Herat on Monday, {speaker} said. He blamed the Taliban.",
        outlet="t", published="2026-11-20T10:00:00Z",
    )
    assert [c.said_by for c in extract(item)[0].claims if c.actor == "Taliban"] == [expected]


@pytest.mark.parametrize("group", ["The militant group", "The al Qaeda-linked group", "The armed group"])
def test_the_group_told_by_a_word_before_it_is_the_group_named_before(group: str) -> None:
    claims = find_claims(f"{group} claimed responsibility.", previous_actor="al-Shabaab")
    assert [(c.actor, c.stance) for c in claims] == [("al-Shabaab", "claimed")]


def test_he_after_a_group_speaker_is_no_group() -> None:
    item = FeedItem(
        item_id="r3", feed="t", url="http://localhost/r3", title="",
        text="Gunmen killed five people in Cauca on Monday, the ELN said in a statement. He blamed FARC dissidents.",
        outlet="t", published="2026-11-20T10:00:00Z",
    )
    assert [c.said_by for c in extract(item)[0].claims if c.actor == "FARC"] != ["the ELN"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A group the table lacks, told with its kind, is suspected as one of the table is.
        ("Police suspect the Red Heron gang was behind the grenade attack.", [("Red Heron", "suspected", "Police")]),
        ("The Red Heron gang was suspected of carrying out the ambush.", [("Red Heron", "suspected", None)]),
        ("Detectives suspected the 300 Kobra gang of carrying out the kidnapping.", [("300 Kobra", "suspected", "Detectives")]),
        ("Police suspect the KNF separatist group planted the mine.", [("KNF", "suspected", "Police")]),
        # ... not a person, a noun, a negation, nor a group struck.
        ("Police suspect Tom Harlow was behind the shooting.", []),
        ("A suspected Red Heron gang member was detained at the border.", []),
        ("Police do not suspect the Red Heron gang was behind the fire.", []),
        ("Jets struck suspected Red Heron militant camps.", []),
        ("The two brothers were suspected of carrying out the robbery.", []),
    ],
)
def test_a_group_the_table_lacks_is_suspected(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.actor, c.stance, c.said_by) for c in find_claims(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The army accused Rwanda of arming the insurgents, which Kigali denied.",
        "The army accused Rwanda of arming the insurgents, which Rwanda has repeatedly denied.",
        # The group named in the accusation is not who denies it.
        "The army accused Rwanda of arming the M23, which Kigali denied.",
    ],
)
def test_an_accusation_a_state_denies_in_a_relative_clause(sentence: str) -> None:
    stances = [(c.actor, c.stance) for c in find_claims(sentence)]
    assert ("Rwanda", "denied") in stances and ("M23", "denied") not in stances


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("The government blamed Ambazonian separatist fighters for the raid on the market.", "Ambazonian separatists"),
        ("Officials blamed Karen rebel fighters for the ambush.", "Karen rebels"),
    ],
)
def test_a_kind_word_before_the_noun_names_the_group_by_its_kind(sentence: str, actor: str) -> None:
    assert [c.actor for c in find_claims(sentence)] == [actor]


@pytest.mark.parametrize(
    "title",
    [
        "Police blame Harkat for Sopore ambush",
        "Police Blame Harkat For Sopore Ambush",
        "Police Blame Harkat Over Sopore Ambush",
    ],
)
def test_a_headlines_group_the_table_lacks_ends_before_its_deed(title: str) -> None:
    assert [(c.actor, c.said_by) for c in find_claims(title)] == [("Harkat", "Police")]


def test_a_title_alone_names_no_teller_and_the_bodys_name_stays() -> None:
    assert [c.said_by for c in find_claims("Minister blames Pakistani Taliban for Quetta blast")] == [None]
    item = FeedItem(
        item_id="r4", feed="t", url="http://localhost/r4", title="Minister blames Pakistani Taliban for Quetta blast",
        text="Home Minister Omar Baig blamed the Pakistani Taliban for Sunday's bombing of a bus in Quetta that killed five people.",
        outlet="t", published="2026-11-20T10:00:00Z",
    )
    assert [(c.actor, c.said_by) for c in extract(item)[0].claims] == [("TTP", "Home Minister Omar Baig")]


def test_a_later_act_of_another_party_is_no_blame_for_this_one() -> None:
    item = FeedItem(
        item_id="r5", feed="t", url="http://localhost/r5", title="",
        text="Israeli air strikes killed eight people in Khan Younis on Monday, medics said. Hamas later fired rockets at Israel.",
        outlet="t", published="2026-11-20T10:00:00Z",
    )
    assert extract(item)[0].claims == ()


def test_a_live_blogs_timestamp_is_no_part_of_who_blames() -> None:
    found = find_claims("14:05 — The interior ministry blames the Islamic State group for the blast.")
    assert [(c.actor, c.stance, c.said_by) for c in found] == [("Islamic State", "blamed", "The interior ministry")]


@pytest.mark.parametrize(
    "sentence",
    [
        # A weapon with no one aboard shot down: the group's defence, no attack of its own.
        "Later, the RSF said it had shot down an army drone over El Geneina.",
        "The Houthis said they had shot down a US MQ-9 Reaper drone over Marib.",
        # Its dead counted as its own: no deed owned.
        "The Qassam Brigades said two of the dead were its fighters.",
        "Islamic Jihad said those killed were its members.",
    ],
)
def test_a_groups_word_of_another_thing_is_no_claim(sentence: str) -> None:
    assert stances(sentence) == []


def test_an_aircraft_shot_down_and_the_attacker_as_its_own_stay_claims() -> None:
    assert stances("The RSF said it had shot down a military helicopter, killing its crew.") == [("RSF", "claimed")]
    assert stances("The TTP said the bomber was one of its fighters.") == [("TTP", "claimed")]


def test_a_groups_denial_of_a_states_account_of_its_target_is_no_denial() -> None:
    assert find_claims("Hamas denied that.", previous_actor="Israel") == []
    assert stances("Hamas denied any involvement.") == [("Hamas", "denied")]
    # blamed before, its bare denial stays
    assert [(c.actor, c.stance) for c in find_claims("Hamas denied that.", previous_actor="Hamas")] == [("Hamas", "denied")]
    found = extract(item(
        "An Israeli strike on a clinic in Khan Younis killed 12 people, medics said. The Israeli military said it had hit "
        "a Hamas control room inside the building. Hamas denied that."
    ))
    assert [(c.actor, c.stance) for c in found[0].claims] == [("Israel", "claimed")]


def test_the_group_named_before_claims_in_a_statement_on_its_channel() -> None:
    found = extract(item(
        "Al-Shabaab fighters stormed a restaurant in Kismayo, killing six people, police said. The al-Qaeda-linked "
        "group said in a statement on its radio station that it had carried out the raid."
    ))
    assert [(c.actor, c.stance) for c in found[0].claims] == [("al-Shabaab", "claimed")]


def test_a_unit_named_after_a_person_is_a_group() -> None:
    found = find_claims("The army blamed the Ramon Ortega front for the bombing of the police station.")
    assert [(c.actor, c.stance, c.said_by) for c in found] == [("Ramon Ortega front", "blamed", "The army")]
    assert find_claims("Police blamed Ramon Ortega for the robbery.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Fighters told by their cause, then where they fight and when, before "said they had".
        ("Resistance fighters in the Sagaing region said on Friday they had killed 12 soldiers in a raid.",
         [("Resistance fighters", "claimed")]),
        ("Resistance forces said they had killed 12 soldiers near the river.", [("Resistance forces", "claimed")]),
        # A kind or a state's forces is no cause.
        ("Rebel fighters said they had killed 12 soldiers in a raid.", []),
        ("Government forces said they had killed 12 rebels in a raid.", []),
    ],
)
def test_fighters_told_by_their_cause_claim(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # The deed's place between the verb and the deed.
        ("Al-Shabaab claims Kismayo hotel siege", [("al-Shabaab", "claimed")]),
        ("TTP claims Bannu checkpoint attack", [("TTP", "claimed")]),
        # Another's deed named by its doer's nationality: asserted, not owned.
        ("Hamas claims Israeli strike on school", []),
    ],
)
def test_a_headlines_claim_with_a_place_before_the_deed(title: str, expected: list[tuple[str, str]]) -> None:
    assert stances(title) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Security forces in Kaduna said on Monday they had killed 11 bandits.",
        "Police in Kaduna said they had shot two robbers.",
    ],
)
def test_a_speakers_place_is_no_claimant(sentence: str) -> None:
    assert stances(sentence) == []


def test_a_states_forces_killing_armed_men_in_quotation_marks_is_no_admission() -> None:
    assert find_claims('The Israeli army said its forces killed "militants" who had fired at troops.') == []


def test_a_headlines_short_name_of_a_group_the_text_names_in_full_is_that_group() -> None:
    found = extract(FeedItem(
        item_id="l1", feed="t", url="http://localhost/l1", title="India blames Lashkar for Pahalgam killings",
        text="Gunmen killed nine tourists near Pahalgam on Sunday. Indian officials blamed Lashkar-e-Taiba for the attack.",
        outlet="t", published="2026-11-20T10:00:00Z",
    ))
    assert [(c.actor, c.stance) for c in found[0].claims] == [("Lashkar-e-Taiba", "blamed")]
    # alone, the short name stays as written: it begins another group's name too
    assert [c.actor for c in find_claims("India blames Lashkar for Pahalgam killings")] == ["Lashkar"]
