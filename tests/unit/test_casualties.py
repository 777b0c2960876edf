"""Casualty figures, table-driven, in the project's own words."""

from __future__ import annotations

import pytest

from monitor.extract.casualties import find_mentions, parse_number

CASES = [
    ("A car bomb in the market killed at least nine people and wounded 27 others.", [("killed", 9, "at_least"), ("wounded", 27, "exact")]),
    ("Eleven people were killed and 40 injured when the shells landed.", [("killed", 11, "exact"), ("wounded", 40, "exact")]),
    ("Gunmen shot dead twenty-three villagers overnight.", [("killed", 23, "exact")]),
    # the dead named by an honorific
    ("Raiders killed 9 martyrs at the chapel, the diocese said.", [("killed", 9, "exact")]),
    ("Four soldiers and three civilians were killed in the ambush.", [("killed", 7, "exact")]),
    ("The death toll rose to 14 on Tuesday.", [("killed", 14, "exact")]),
    ("Dozens of people were hurt in the stampede that followed the blast.", [("wounded", 24, "at_least")]),
    ("More than 60 people were wounded.", [("wounded", 60, "more_than")]),
    ("Police said up to 12 people may have died.", []),  # modal: not a reported toll
    ("The strike left 5 people dead and 9 wounded.", [("killed", 5, "exact"), ("wounded", 9, "exact")]),
    ("Two attackers were also killed by guards.", []),  # an attacker: see test_attackers_are_kept_apart
    ("A 19-year-old student was killed.", [("killed", 1, "exact")]),  # one student; 19 is an age
    # one person told by age alone, with no noun after the age
    ("A 16-year-old was shot dead near the bus depot.", [("killed", 1, "exact")]),
    ("Officers said a five-year-old was wounded by a stray round.", [("wounded", 1, "exact")]),
    ("An 18-year-old died on the way to the clinic.", [("killed", 1, "exact")]),
    # kin or a victim described, dying after the attack in a sentence of their own; an old death is none
    ("Her husband died at the hospital that night.", [("killed", 1, "exact")]),
    ("The infant, 1, died later.", [("killed", 1, "exact")]),
    ("His father died in 2009.", []),
    # a vague count in quote marks
    ('Shelling killed "scores" of civilians.', [("killed", 40, "at_least")]),
    ("Militants fired 40 rockets at the base, officials said.", []),
    ("The army deployed 3,000 troops to the province.", []),
    ("No one was hurt in the second explosion.", []),
    ("The assault killed a police officer.", [("killed", 1, "exact")]),
    ("Raiders freed 90 inmates and killed two warders.", [("killed", 2, "exact")]),  # the inmates are no victims
    # one person told with the size of their family or an age: "a father of two" is one victim
    ("A 29-year-old father of two was shot dead outside his shop.", [("killed", 1, "exact")]),
    ("Thieves shot the 70-year-old shopkeeper before fleeing.", [("shot", 1, "exact")]),
    # killings by their name: assassinated, massacred, beaten or hacked to death
    ("Three customs officials were assassinated on the road to the port.", [("killed", 3, "exact")]),
    ("Nine farm workers were massacred by a militia overnight.", [("killed", 9, "exact")]),
    ("Two shopkeepers were hacked to death with machetes.", [("killed", 2, "exact")]),
    # the manner of the killing as the active verb, "to death" after or before the victims
    ("Raiders hacked eleven farmers to death at dawn.", [("killed", 11, "exact")]),
    ("A gang stabbed three men to death outside the bar.", [("killed", 3, "exact")]),
    ("The crowd beat to death two bus drivers.", [("killed", 2, "exact")]),
    ("Rioters burned forty homes in the valley.", []),  # no death told
    # the stabbed, with no death told, are like the shot: wounded once those told dead are
    # taken out (test_the_stabbed_who_died_are_not_also_wounded); a subject who stabbed others
    # is no victim
    ("Raiders stabbed two guards at the gate.", [("shot", 2, "exact")]),
    ("Two nurses were stabbed outside the clinic.", [("shot", 2, "exact")]),
    ("A woman was stabbed in the car park on Friday.", [("shot", 1, "exact")]),
    ("A home fan was stabbed outside the stadium after the match.", [("shot", 1, "exact")]),
    ("A woman was stabbed and killed in her flat.", [("killed", 1, "exact")]),
    # the dead counted as deaths, after a verb of cause or before one of record; not a tally of a disease
    ("The car bomb caused eleven deaths near the stadium.", [("killed", 11, "exact")]),
    ("The raid on the depot resulted in at least four fatalities.", [("killed", 4, "at_least")]),
    ("Seven deaths were reported after the grenade attack.", [("killed", 7, "exact")]),
    ("The province recorded 90 deaths from measles.", []),
    # a family told by its size is that many victims; "a mother of four" is one
    ("Raiders killed a family of six at the farm.", [("killed", 6, "exact")]),
    ("A family of three was shot dead in their car.", [("killed", 3, "exact")]),
    ("The mob hacked an entire family of four to death.", [("killed", 4, "exact")]),
    ("Thugs beat a family of four outside the shop.", []),
    # a qualifier on one part of a group, or before a share of a group, holds for the figure read
    ("At least five guards and two drivers were killed at the depot.", [("killed", 7, "at_least")]),
    ("Three guards and more than four drivers were killed at the depot.", [("killed", 7, "more_than")]),
    ("At least six of the 40 passengers were killed when the ferry was attacked.", [("killed", 6, "at_least")]),
    ("Gunmen stormed the ferry, and at least six of the 40 people aboard were killed.", [("killed", 6, "at_least")]),
    # one count for two nouns joined by "and", however long the second; a count after "and" is its own
    ("Nine guards and volunteers of the village watch (VW) were killed at the post.", [("killed", 9, "exact")]),
    ("Six rangers and porters were wounded on the trail.", [("wounded", 6, "exact")]),
    ("Two rangers and three porters were wounded on the trail.", [("wounded", 5, "exact")]),
    # the hurt who then died in the same clause are killed; a share of them dying is not all
    ("The driver was stabbed several times and died on the pavement.", [("killed", 1, "exact")]),
    ("Two porters were shot and died before help came.", [("killed", 2, "exact")]),
    # people on the road, in camps, at sea or out of doors are victims like any other
    ("Raiders shot dead six travellers on the coast road at dawn.", [("killed", 6, "exact")]),
    ("Bandits killed four travelers near the toll gate.", [("killed", 4, "exact")]),
    ("A mortar round killed three refugees queuing for water.", [("killed", 3, "exact")]),
    ("Two migrants and an asylum seeker were wounded at the shelter.", [("wounded", 3, "exact")]),
    ("Fighters killed nine IDPs in the camp overnight.", [("killed", 9, "exact")]),
    ("Raiders boarded the trawler and shot two crewmen.", [("shot", 2, "exact")]),
    ("Five hikers were killed on the ridge trail.", [("killed", 5, "exact")]),
    ("A gunman shot dead three holidaymakers on the promenade.", [("killed", 3, "exact")]),
    ("Militiamen killed four vigilantes at a checkpoint.", [("killed", 4, "exact")]),
    ("A refugee was stabbed near the camp gate.", [("shot", 1, "exact")]),
    ("A man stabbed four people at the station.", [("shot", 4, "exact")]),
    ("A 40-year-old man stabbed and ran over his neighbour.", []),
    # a count with no noun, a relative clause after it
    ("Guards shot dead three who tried to climb the fence.", [("killed", 3, "exact")]),
    ("The blast killed one who was waiting at the gate.", [("killed", 1, "exact")]),
    ("A clerk and two guards were assassinated at the depot.", [("killed", 3, "exact")]),
    # a name after "and" is one more victim; after a description and a comma it names that one
    ("Two drivers and Marta Velez were killed in the ambush.", [("killed", 3, "exact")]),
    ("The judge and Tomas Brandt were wounded at the courthouse.", [("wounded", 2, "exact")]),
    # a clause before "and" is no victim: "a standoff ensued"
    ("Officials said a standoff ensued and two officers were wounded.", [("wounded", 2, "exact")]),
    ("Police said a long siege developed and four people were hurt.", [("wounded", 4, "exact")]),
    # a part that tells a happening, though a person noun is in it, is no one; a person named by one is
    ("A hostage situation at the post office ended and three people were shot dead.", [("killed", 3, "exact")]),
    ("A police standoff followed and two deputies were hurt.", [("wounded", 2, "exact")]),
    ("A rally turned violent and six people were wounded.", [("wounded", 6, "exact")]),
    ("The protest leader and two aides were killed.", [("killed", 3, "exact")]),
    ("In 2019 the group was blamed for the bombing.", []),
    ("Four people were shot, one of them fatally.", [("shot", 4, "exact"), ("killed", 1, "exact")]),
    # a share of a group whose fate the verb tells is the share; a group described is the group
    ("Four of the 30 passengers were killed when the bus was ambushed.", [("killed", 4, "exact")]),
    ("Two of the six wounded were children.", [("wounded", 6, "exact")]),
    # the wounded who died are killed, not also wounded: the 30 are shot victims (25 wounded)
    ("Doctors treated 30 wounded; five of them died.", [("shot", 30, "exact"), ("killed", 5, "exact")]),
    ("He was pronounced dead at a hospital.", [("killed", 1, "exact")]),
    ("Two helicopters were shot down over the valley.", []),
    ("Police were called to a triple shooting on Elm Street.", [("shot", 3, "exact")]),
    ("The gunman shot three neighbours before fleeing.", [("shot", 3, "exact")]),
    # Victims named by their trade or standing, as any other victim noun.
    ("Gunmen killed four traders at the cattle market before dawn.", [("killed", 4, "exact")]),
    # One victim named by a singular noun after the verb; a count before "before"; a count
    # after a possessive inside a group.
    ("Raiders killed a villager near the well at dawn.", [("killed", 1, "exact")]),
    ("The mortar killed one pilgrim and wounded three.", [("killed", 1, "exact"), ("wounded", 3, "exact")]),
    ("The shell killed one passer-by outside the bakery.", [("killed", 1, "exact")]),
    ("The sniper killed two guards and wounded 11 before he fled.", [("killed", 2, "exact"), ("wounded", 11, "exact")]),
    ("A farmer, his three sons and a neighbour were killed.", [("killed", 5, "exact")]),
    # The killing or the wounding named as a thing, of victims told one by one.
    ("The union asked for an inquiry into the wounding of a porter and a night guard.", [("wounded", 2, "exact")]),
    ("Mourners demanded justice for the murder of a teacher and her son in Valdoria.", [("killed", 2, "exact")]),
    # One victim described at length after an opening phrase of source or time.
    ("According to the harbour police, a clerk checking the cargo was wounded.", [("wounded", 1, "exact")]),
    ("During the night, a watchman guarding the depot was killed.", [("killed", 1, "exact")]),
    ("According to the mayor, the man who set the fire was arrested.", []),
    # Those killed "along with" the victims share their fate; after a comma not so.
    ("The judge was gunned down along with 4 other passengers on the ferry.", [("killed", 5, "exact")]),
    ("Three miners were killed along with two engineers in the collapse.", [("killed", 5, "exact")]),
    ("Four miners were killed, along with two engineers who were rescued later.", [("killed", 4, "exact")]),
    # ... also told after the day or the place of the death, and after a comma with no fate of their own
    ("A teacher was killed on Tuesday along with three other passengers.", [("killed", 4, "exact")]),
    ("A nurse died early Sunday along with two others.", [("killed", 3, "exact")]),
    ("A porter was shot dead at the depot, along with two other workers.", [("killed", 3, "exact")]),
    ("Two porters were shot dead at the depot, along with a guard who was only hurt.", [("killed", 2, "exact")]),
    # a bare count ends at a day told after it
    ("Raiders wounded four overnight in the hill villages.", [("wounded", 4, "exact")]),
    ("A sniper killed two Sunday near the ford.", [("killed", 2, "exact")]),
    # one person "along with" them, told by a noun: one more ("their mother"), not the attacker
    ("Three sisters were shot dead along with their grandmother at the farm.", [("killed", 4, "exact")]),
    ("A cashier was killed along with a customer in the robbery.", [("killed", 2, "exact")]),
    ("Two guards were killed along with the gunman.", [("killed", 2, "exact")]),
    # a list of victims an attack "left" dead or hurt: the whole list, not its last part;
    # not a list opening on a pronoun, which may be the gunman himself
    ("The attack left a guard, his wife and a neighbour dead.", [("killed", 3, "exact")]),
    ("The gunfire left the clerk and a customer wounded on Friday.", [("wounded", 2, "exact")]),
    ("The rampage left his old friend and a cashier dead and two others hurt.", [("killed", 2, "exact"), ("wounded", 2, "exact")]),
    ("A shooting that left him and his two sons dead.", [("killed", 2, "exact")]),
    ("The foreman shot six co-workers at the depot.", [("shot", 6, "exact")]),
    # One more person after a group or a victim, by a possessive or "as well as".
    ("The gunman killed a guard and his nephew at the gate.", [("killed", 2, "exact")]),
    ("Rebels shot dead three traders, a driver, and his daughter.", [("killed", 5, "exact")]),
    # A name after its titles is one person however many capitalised words it takes.
    ("The grenade went off by the podium, injuring Regional Deputy Governor Tomas Avril Lenk and his aide Mira Osk.",
     [("wounded", 2, "exact")]),
    ("He opened fire in the flat, killing his three young sons as well as their grandmother.", [("killed", 4, "exact")]),
    ("Rebels killed three peasants near the river crossing.", [("killed", 3, "exact")]),
    ("Two vendors and a cashier were wounded.", [("wounded", 3, "exact")]),
    ("Soldiers killed a peasant and a farmer on the road to the mill.", [("killed", 2, "exact")]),
    ("GUNMEN KILLED A MERCHANT IN THE PLAZA.", [("killed", 1, "exact")]),
    ("Raiders killed five residents and wounded eight, a member of a vigilante group said.",
     [("killed", 5, "exact"), ("wounded", 8, "exact")]),
    ("Gunmen killed six soldiers, three members of a militia and a village chief.", [("killed", 10, "exact")]),
    ("The toll from the market bombing in the north of the city rose to 21 on Tuesday.", [("killed", 21, "exact")]),
    # One named or described victim, as US local news tells it.
    ("Marlow died later that night at a county hospital.", [("killed", 1, "exact")]),
    ("Dana Whitfield was later pronounced dead by paramedics.", [("killed", 1, "exact")]),
    ("Tomas Reyes, a 41-year-old, was shot to death outside a bakery.", [("killed", 1, "exact")]),
    ("The 16-year-old was shot to death near the park.", [("killed", 1, "exact")]),
    ("A teenager is dead after the confrontation.", [("killed", 1, "exact")]),
    ("Nobody was found dead at the house.", []),
    ("Deputies found a man with a gunshot wound to the arm.", [("shot", 1, "exact")]),
    ("Carla Ruiz, a union leader in the port city, was murdered at dawn.", [("killed", 1, "exact")]),
    ("A 12-year-old girl was accidentally shot and killed by a cousin.", [("killed", 1, "exact")]),
    ("The victim was rushed to the county hospital.", [("shot", 1, "exact")]),  # killed or wounded: not yet known
    ("The clerk suffered a non-life threatening gunshot wound.", [("shot", 1, "exact")]),
    # The number of wounds is no count of people: one victim.
    ("The cashier suffered two gunshot wounds to the arm.", [("shot", 1, "exact")]),
    ("A courier with three gunshot wounds walked into the clinic.", [("shot", 1, "exact")]),
    ("Moments later a deputy shot him.", [("shot", 1, "exact")]),
    # One person as the subject of a sentence, however long the description.
    ("A radio presenter, who also taught at the local school, was shot dead outside his home.", [("killed", 1, "exact")]),
    ("The owner of a bakery in the old town was killed by a parcel bomb.", [("killed", 1, "exact")]),
    ("A suspected rebel was killed by troops at a checkpoint.", []),  # no person noun: not counted
    ("The parcel was found by a postman.", []),
    ("Raiders stormed the farm, killing the farmer and wounding his son.", [("killed", 1, "exact"), ("wounded", 1, "exact")]),
    ("The shot missed and came close to possibly killing the driver.", []),
    ("The blast killed one and injured four near the gate.", [("killed", 1, "exact"), ("wounded", 4, "exact")]),
    # one victim told anew by their condition; victims shot at a place in the passive (not
    # those fired on, who may be unhurt)
    ("A boy remained in critical condition.", [("shot", 1, "exact")]),
    ("A 9-year-old girl is in serious condition at a children's hospital.", [("shot", 1, "exact")]),
    ("Three guards were shot at a bank.", [("shot", 3, "exact")]),
    ("Two clerks were shot at close range.", [("shot", 2, "exact")]),
    ("A courier was shot at a warehouse on Fifth Street.", [("shot", 1, "exact")]),
    ("Two deputies were shot at but not hit.", []),
    ("A farmer was shot at by men on motorbikes.", []),
    # one victim named by the office they held
    ("Attackers shot dead the magistrate of the district court.", [("killed", 1, "exact")]),
    ("Gunmen shot dead the envoy of the government in the capital.", [("killed", 1, "exact")]),
    ("Two missionaries were killed on the road.", [("killed", 2, "exact")]),
    ("Both guards were killed when the truck exploded.", [("killed", 2, "exact")]),
    ("The two brothers were both wounded.", [("wounded", 2, "exact")]),
    ("Both parties were blamed for the unrest.", []),
    ("Four farmers and a village defence volunteer were killed.", [("killed", 5, "exact")]),
    # Headlines.
    ("Boy hit by stray bullet at cookout dies", []),  # no "shot": left to the body's sentences
    ("Teen shot at birthday party dies", [("killed", 1, "exact")]),
    ("Cashier critical after shooting at gas station", [("wounded", 1, "exact")]),
    ("Deputies found a woman shot in the shoulder behind the store.", [("shot", 1, "exact")]),
    ("Deputies later found a third man shot behind the store.", []),  # the third of several: not one victim
    ("He shot his roommate during an argument.", [("shot", 1, "exact")]),
    ("He fatally shot his roommate during an argument.", [("killed", 1, "exact")]),
    ("Woman shot, killed outside corner store", [("killed", 1, "exact")]),
    ("19-Year-Old Man Shot & Killed In Eastside Parking Lot", [("killed", 1, "exact")]),
    ("Man, 52, fatally shot on porch", [("killed", 1, "exact")]),
    ("Police: Cabbie shot, wounded during robbery", [("wounded", 1, "exact")]),
    ("Manhunt under way after clerk shot at gas station", [("shot", 1, "exact")]),
    # One death told without a count.
    ("Grant had been hit twice in the chest and was pronounced dead at the scene.", [("killed", 1, "exact")]),
    ("A trooper is accused of fatally shooting a driver at a traffic stop.", [("killed", 1, "exact")]),
    ("A 15-year-old who was shot and killed near the park was named on Monday.", [("killed", 1, "exact")]),
    ("Marta Silva, 62, who was killed in her kitchen, ran a bakery.", [("killed", 1, "exact")]),
    # One named victim as the object; not a weekday or an attempt.
    ("A bomb at a cafe killed Samir Haddad, a local trade unionist, on Friday.", [("killed", 1, "exact")]),
    ("The gunmen tried to kill Samir Haddad outside his office.", []),
    ("Two men were arrested after the attack killed Monday shoppers.", []),
    # A victim's condition, and one more wounded.
    ("She was listed in critical condition at a children's hospital.", [("shot", 1, "exact")]),  # may yet die
    ("She was listed in stable condition at a children's hospital.", [("wounded", 1, "exact")]),  # alive
    # A victim in care the text says will live is wounded; a bare condition is not enough.
    ("The driver was taken to a hospital in Mesa and is expected to survive.", [("wounded", 1, "exact")]),
    ("A teenager was shot in the hip and was expected to recover, police said.", [("wounded", 1, "exact")]),
    ("Four people were shot; doctors said they will survive.", [("shot", 4, "exact")]),
    # A hospital named by its proper name is care too.
    ("The cashier was taken to St. Clare Regional Hospital, police said.", [("shot", 1, "exact")]),
    # ... and one who died there is one death, not a death and a victim in care.
    ("The boy was rushed to Mercy Hospital, where he was pronounced dead.", [("killed", 1, "exact")]),
    ("She was flown to a hospital in Omaha where she later died.", [("killed", 1, "exact")]),
    ("The gunfire killed one man and left another man critically wounded.", [("killed", 1, "exact"), ("wounded", 1, "exact")]),
    # One more victim after the dead, with or without a noun.
    ("A gunman killed two workers and injured another at the depot.", [("killed", 2, "exact"), ("wounded", 1, "exact")]),
    ("Two guards were killed, and another hurt, in the raid.", [("killed", 2, "exact"), ("wounded", 1, "exact")]),
    ("The blast left a driver dead and his young nephew injured.", [("killed", 1, "exact"), ("wounded", 1, "exact")]),
    # Clock times, family sizes: not counts.
    ("The driver was shot around 9:15 p.m. near the canal.", [("shot", 1, "exact")]),
    ("Deputies were called about a shooting at about 6 p.m. on Sunday.", []),
    ("A father of four is dead after the robbery, deputies said.", [("killed", 1, "exact")]),  # the father, not four
    # Shot or wounded, and how many of them died.
    ("Seven people were shot, three fatally, outside the arena.", [("shot", 7, "exact"), ("killed", 3, "exact")]),
    ("A brawl at the fair left five people wounded, one mortally.", [("shot", 5, "exact"), ("killed", 1, "exact")]),
    ("Two cousins were fatally shot behind the laundromat.", [("killed", 2, "exact")]),
    ("Ray Okafor was one of six people shot during the cookout.", [("shot", 6, "exact")]),
    # Victims told by their wounds, or by where they were taken.
    ("Officers found three men with gunshot wounds in the parking lot.", [("shot", 3, "exact")]),
    ("Two women were struck by gunfire as they waited for a bus.", [("shot", 2, "exact")]),
    ("The brawl sent five people to area hospitals overnight.", [("wounded", 5, "exact")]),
    ("The council sent two officials to the border town.", []),
    ("Both men were taken to a hospital, where they died hours later.", [("killed", 2, "exact")]),
    # A child or an accident, not a gunman's suicide.
    ("A 6-year-old girl accidentally shot herself with her uncle's pistol.", [("shot", 1, "exact")]),
    ("Toddler who shot himself with a loaded rifle is recovering", [("shot", 1, "exact")]),
    # A victim already counted, who died of the wounds.
    ("The farmer wounded in Tuesday's ambush died of his wounds on Friday.", [("killed", 1, "exact")]),
    ("Gas station shooting victim dies in hospital", [("killed", 1, "exact")]),
    # A second victim, apart from the dead; an age before a singular verb.
    ("The other man, 31, was found on the porch with a gunshot wound.", [("wounded", 1, "exact")]),
    ("A second victim was rushed to a hospital in critical condition.", [("wounded", 1, "exact")]),
    ("Another man was shot dead on the same corner.", [("killed", 1, "exact")]),  # one more, opening the sentence
    ("Minutes later another man was dead.", []),  # inside a narrative: perhaps one already told
    ("Police named the victims: Ray Dunn, 24 was shot in the leg.", []),  # an age, not 24 people
    ("One man was killed, another was injured, and the crowd fled.", [("killed", 1, "exact"), ("wounded", 1, "exact")]),
    # A death named as a thing, with no count.
    ("A neighbour was charged on Friday in the shooting death of Lena Marsh.", [("killed", 1, "exact")]),
    ("Prosecutors ruled the fatal shooting of a cashier was self-defence.", [("killed", 1, "exact")]),
    ("Cousin held in teen's slaying near the river", [("killed", 1, "exact")]),
    ("The homicide victim was named as Omar Pike.", [("killed", 1, "exact")]),
    ("Officers found Dale Brook shot to death in his garage.", [("killed", 1, "exact")]),
    ("He faces a charge of attempted murder of a deputy.", []),
    # How badly one victim was hurt, said between the verb and its subject.
    ("A ferry clerk was slightly injured when the grenade went off.", [("wounded", 1, "exact")]),
    ("The night guard was badly hurt by the blast.", [("wounded", 1, "exact")]),
    ("A nurse walking home from her shift was critically wounded by a stray round.", [("wounded", 1, "exact")]),
    # One victim in a relative clause; one who has since died.
    ("A Dunmore deputy who was shot and wounded on Saturday night is still in hospital.", [("wounded", 1, "exact")]),
    ("A 10-year-old boy who was accidentally shot at a hunting lodge has died.", [("killed", 1, "exact")]),
    ("A 27-year-old man, one of the victims of the parking-lot shooting, has died.", [("killed", 1, "exact")]),
    ("The officer said the suspect later died.", []),  # someone's words, and an attacker
    # A victim told by the injuries they took; none taken is no victim.
    ("A third student received non-life-threatening injuries.", [("wounded", 1, "exact")]),
    ("Her uncle sustained wounds to both arms.", [("wounded", 1, "exact")]),
    ("Kovacs suffered an injury to his shoulder in the attack.", [("wounded", 1, "exact")]),
    ("The explosion caused light injuries to his nephew.", [("wounded", 1, "exact")]),
    ("The cashier suffered no injuries.", []),
    ("Two volunteers with the Cedar Creek Fire Department suffered minor injuries.", []),  # a group, not the department
    # A body found is a death, whatever wound it bears.
    ("Anglers found the body of a man with a gunshot wound in the reservoir.", [("killed", 1, "exact"), ("shot", 1, "exact")]),
    ("Hikers find body with gunshot wounds near trail", [("killed", 1, "exact")]),
    # A coordinated subject in mid-sentence, or opening it after a word read alone.
    ("Police said a guard and a cashier were injured in the robbery.", [("wounded", 2, "exact")]),
    ("Neighbours said a woman and her son were wounded.", [("wounded", 2, "exact")]),
    ('Police say a trooper and a "citizen" were hurt in the exchange of fire.', [("wounded", 2, "exact")]),
    ("The gunman ran off when two deputies and a bystander were hurt.", [("wounded", 3, "exact")]),
    ("The clerk and a customer were wounded.", [("wounded", 2, "exact")]),
    ("Police said the gunman and a bystander were wounded.", [("wounded", 1, "exact")]),  # the gunman is no victim
    ("A thirteen-year-old girl died and two other boys and a woman were injured.", [("killed", 1, "exact"), ("wounded", 3, "exact")]),
    ("Days after two men and a woman were shot dead, no arrests had been made.", [("killed", 3, "exact")]),
    # A coordinated list after "including"; a number no one knows; an attack that missed.
    ("Nine people, including two cooks, a porter and a guard, were injured.", [("wounded", 9, "exact")]),
    ("Three died and an unknown number of people were hurt.", [("killed", 3, "exact")]),
    ("Four aides of the minister were reportedly also injured.", [("wounded", 4, "exact")]),
    ("The device went off in a bin, nearly injuring three schoolboys.", []),
    # One victim as the object of "shot and wounded", or of "injuring their ...".
    ("Soldiers shot and wounded a herder near the border.", [("wounded", 1, "exact")]),
    ("The car caught fire, injuring their driver.", [("wounded", 1, "exact")]),
    # A victim counted after others, named by a relative, or told by a wound.
    ("A fifth man suffered a gunshot wound to the hand.", [("wounded", 1, "exact")]),
    ("A third victim was driven to a clinic by a neighbour.", []),  # no care or wound word: not read
    ("A third victim was taken to a hospital by a neighbour.", [("wounded", 1, "exact")]),
    ("Her stepson was also shot, but survived.", [("wounded", 1, "exact")]),
    ("A boy has died and his grandmother remains in the hospital.", [("killed", 1, "exact"), ("wounded", 1, "exact")]),
    ("Deputies found a man in the hallway bleeding from a gunshot wound.", [("shot", 1, "exact")]),
    ("One of the campers sustained an accidental gun shot wound.", [("shot", 1, "exact")]),
    # A victim named by whose they were; the other of two; a named victim who lived.
    ("Okafor's bodyguard was also injured in the attack.", [("wounded", 1, "exact")]),
    ("One was killed, the other injured.", [("killed", 1, "exact"), ("wounded", 1, "exact")]),
    ("One nurse fell and the other injured her wrist.", []),  # a clause's verb, not a state
    ("Lucia Ferrer Quintana, a judge of the provincial court, was wounded by the blast.", [("wounded", 1, "exact")]),
    # Dead and hurt told together: casualties, of whom some may have died.
    ("Several villagers were either killed or injured.", [("shot", 3, "at_least")]),
    ("Twelve people were killed or wounded in the raid.", [("shot", 12, "exact")]),
    # A count, then who they were, then the verb; victims still in hospital; a share of a group.
    ("Three others, a 20-year-old woman and two men, were treated for wounds and released.", [("wounded", 3, "exact")]),
    ("Two victims, a 31-year-old man and a 45-year-old man, were taken to a hospital.", [("wounded", 2, "exact")]),
    ("Six young men remained hospitalized on Sunday.", [("wounded", 6, "exact")]),
    ("The gunman killed a driver and wounded four of his friends.", [("killed", 1, "exact"), ("wounded", 4, "exact")]),
    ("Raiders killed one of the guards.", [("killed", 1, "exact")]),
    # The number before "arrested after" counts suspects; the victim is the one after it.
    ("3 detained after teen shot near Millbrook park", [("shot", 1, "exact")]),
    ("Two charged after man shot dead at gas station", [("killed", 1, "exact")]),
    # A photo gallery's counter in page chrome is no count of victims.
    ("Gallery: Image 5 of 18 Teen shot on porch in Elmwood", []),
    ("Slide 2 of 40 Woman wounded in Elmwood drive-by", []),
    # Wire copy in capitals reads as any other text.
    ("A GUARD WAS KILLED AND ANOTHER GUARD WOUNDED IN THE RAID ON THE DEPOT.", [("killed", 1, "exact"), ("wounded", 1, "exact")]),
    ("THREE WORKERS WERE WOUNDED, A HARBOUR POLICE OFFICER SAID.", [("wounded", 3, "exact")]),
    # Murdering, assassinating, massacring: killing verbs like any other, before the victims.
    ("Hooded men murdered the mayor of Valdoria on his way home.", [("killed", 1, "exact")]),
    ("Assailants assassinated a senator outside the assembly.", [("killed", 1, "exact")]),
    ("A militia massacred 14 villagers in the hills.", [("killed", 14, "exact")]),
    # The killing named as a thing, with the count of victims after it.
    ("The bishop condemned the murder of the four priests at the mission.", [("killed", 4, "exact")]),
    ("Protests followed the death of two seminarians in the attack.", [("killed", 2, "exact")]),
    ("Firemen recovered 23 charred bodies from the bus.", [("killed", 23, "exact")]),
    # In capitals a name is not told from other words: a singular subject that was killed
    # is one victim, and so is one whose murder is named; a plural or an abstract is not.
    ("COUNCILLOR RAMIRO OSTEGUI WAS ASSASSINATED AT HIS HOME LAST NIGHT.", [("killed", 1, "exact")]),
    ("THE STRIKE BEGAN THE DAY ALDERMAN TEO VARGAS WAS SHOT TO DEATH.", [("killed", 1, "exact")]),
    ("NO PASSENGER WAS KILLED IN THE ATTACK ON THE TRAIN.", []),
    ("THE JUDGES DEMANDED AN INQUIRY INTO THE MURDER OF ELVIRA MONTAUD, A PROSECUTOR.", [("killed", 1, "exact")]),
    ("THE BISHOPS CONDEMNED THE KILLING OF PEASANT LEADERS IN THE NORTH.", []),
    ("THE MINISTER WARNED OF THE DEATH OF DEMOCRACY IN THE REGION.", []),
    ("A PLOT TO ASSASSINATE THE GOVERNOR WAS UNCOVERED.", []),
    ("HER BROTHER TOOK THE SEAT OF THE ASSASSINATED EDUARDO VILCHES IN THE ASSEMBLY.", [("killed", 1, "exact")]),
    ("THE WIDOWS OF THE MURDERED MINERS MARCHED TO THE PALACE.", []),
    # A subject in capitals that names its victims: each name one person, what follows a
    # name and a comma describes it, a count after "and" adds its people.
    ("TERESA VALLADO, SECOND PROSECUTOR OF THE CIRCUIT, AND THREE OF HER ESCORTS WERE MURDERED NEAR TUNJA.",
     [("killed", 4, "exact")]),
    ("MOLINERO, HEAD OF THE DOCKERS' UNION AND PAULA ESTEVEZ, A SCHOOLTEACHER WERE KILLED ON THE QUAY.",
     [("killed", 2, "exact")]),
    ("RAUL ZAMBRANO, OSCAR MEJIA AND LEON ITURBE WERE SHOT DEAD AT THE CHECKPOINT.", [("killed", 3, "exact")]),
    ("TWO TEACHERS, NORA PAEZ AND IVAN SOLIS, WERE KILLED IN THE SCHOOLYARD.", [("killed", 2, "exact")]),
    ("AT DAWN IN CALDERA, TWO CLERKS AND A DRIVER WERE WOUNDED.", [("wounded", 3, "exact")]),
    ("REBELS AND SOLDIERS WERE KILLED IN THE FIGHTING.", []),
    # What was done to them before the killing does not hide the killing.
    ("Four peasants were abducted and killed by the patrol.", [("killed", 4, "exact")]),
    ("The notary and his clerk were kidnapped and murdered on the mountain road.", [("killed", 2, "exact")]),
    ("THE TOWN CLERK WAS TORTURED AND KILLED BY THE DEATH SQUAD.", [("killed", 1, "exact")]),
    # Words between the victims and their verb: an aside in dashes, what they were doing.
    ("Two U.N. engineers -- both in their thirties -- were shot dead at the depot.", [("killed", 2, "exact")]),
    ("Six customs officers travelling in a convoy were killed near the pass.", [("killed", 6, "exact")]),
    ("Three deputies assigned to the night patrol were wounded in the exchange.", [("wounded", 3, "exact")]),
    # The killing named as the victims' own.
    ("Detectives reopened the file on the three nuns' murder.", [("killed", 3, "exact")]),
    ("Nobody was charged over the two gunmen's deaths.", []),
    # A number with a thousands comma is one number, not the digits before the comma.
    ("The war cost the lives of over 30,000 Ruritanians.", []),
    ("The famine and the shelling killed 4,500, the agency said.", [("killed", 4500, "exact")]),
    # One victim named by what they were.
    ("Mourners filled the church for the slain mayor of Tresillo.", [("killed", 1, "exact")]),
    ("Ana Ruiz, who succeeded the assassinated senator, took her seat.", [("killed", 1, "exact")]),
    # Bodies named by their ages: one per age, never the first age as a count.
    ("Deputies said the bodies of 71-year-old Edna Vark and 45-year-old Paul Vark were found in the barn.",
     [("killed", 2, "exact")]),
    ("The bodies of 38-year-old Rosa Lind were recovered from the lake.", [("killed", 1, "exact")]),
    ("Divers recovered the bodies of nine fishermen.", [("killed", 9, "exact")]),
    # The end of a range of ages is no count.
    ("Two other youths, between the ages of 15-17 were also hurt.", []),
    ("The pair, aged 20 and 22, were shot outside the club.", []),
    ("Two cousins, aged 30, were shot.", [("shot", 2, "exact")]),
    # What an attacker hoped or sought to do is no toll.
    ("Investigators believe the gunman hoped to kill hundreds at the fair.", []),
    ("The cell sought to kill dozens of shoppers, prosecutors said.", []),
    # The second group's own state, told by its wounds or after an adverb, is a second figure.
    ("The gunfire left a 19-year-old man dead and five others with gunshot wounds.",
     [("killed", 1, "exact"), ("wounded", 5, "exact")]),
    ("The blast left one guard dead and three other people seriously injured.",
     [("killed", 1, "exact"), ("wounded", 3, "exact")]),
    # One of a group told before died: one, not the group ("one of five people shot" is five).
    ("The older of the two brothers died overnight at Grace Hospital.", [("killed", 1, "exact")]),
    ("One of the two died after surgery on Sunday.", [("killed", 1, "exact")]),
    ("One of the three guards was killed, the company said.", [("killed", 1, "exact")]),
    ("One of the four people killed was a nurse.", [("killed", 4, "exact")]),
    ("One of seven people shot near the stadium was a teenager.", [("shot", 7, "exact")]),
    # A count after a possessive adds to the victims before it.
    ("Bandits killed a farmer and his three sons near Gusau.", [("killed", 4, "exact")]),
    ("The raiders killed a woman and her two daughters.", [("killed", 3, "exact")]),
    # A toll brought to a figure, whatever comes between (the pipeline takes the toll).
    ("Two more victims died in hospital, bringing the death toll from the market bombing in Gombe to 19.",
     [("killed", 2, "exact"), ("killed", 19, "exact")]),
    # Killings by name: executions, beheadings; a singular trader.
    ("The militants executed four hostages on Sunday.", [("killed", 4, "exact")]),
    ("Three captives were beheaded by the insurgents.", [("killed", 3, "exact")]),
    ("A trader was hacked to death by unknown attackers.", [("killed", 1, "exact")]),
    ("Police executed a search warrant at the house.", []),
    # What was done to a victim before the killing does not hide it.
    ("A taxi driver was attacked and killed on the ring road.", [("killed", 1, "exact")]),
    ("A shopkeeper was kidnapped and killed near the border.", [("killed", 1, "exact")]),
    # A hedged estimate is no count ("may have died"), nor a counterfactual.
    ("As many as 40 people may have died, a local chief said.", []),
    ("Dozens could have been killed had the device gone off.", []),
    # victims found dead, and victims shot at the place where they were
    ("Three people were found dead inside a house on Birch Road on Sunday.", [("killed", 3, "exact")]),
    ("All four were found shot to death in the garage.", [("killed", 4, "exact")]),
    ("3 Found Shot Dead In Lakeview Home", [("killed", 3, "exact")]),
    ("Marta Olsen and her 4-year-old son were both found dead in their apartment.", [("killed", 2, "exact")]),
    ("A father and his daughter are dead after a shooting in Westbrook.", [("killed", 2, "exact")]),
    ("Two guns were found in the car.", []),
    ("Two men were found guilty of the murder.", []),
    ("Six shot at Club Nova in Riverton overnight", [("shot", 6, "exact")]),
    ("Four people were shot at a birthday party on Maple Street.", [("shot", 4, "exact")]),
    ("Two men shot at police officers during the chase.", []),  # the target, not the victims
    ("It happened along Route 61 where deputies say a man was found shot behind a store.", [("shot", 1, "exact")]),
    ("His wife, her son, the couple's baby and their dog were found dead.", [("killed", 3, "exact")]),
    # a victim told by age, before a name or alone; firefighters; taken to hospital and pronounced dead
    ("The shooting killed 24-year-old Tomas Greer and wounded two others.", [("killed", 1, "exact"), ("wounded", 2, "exact")]),
    ("He is accused of killing 31-year-old Nora Dale and her six-year-old son, Eli.", [("killed", 2, "exact")]),
    ("The gunman killed a 17-year-old and a 20-year-old before fleeing.", [("killed", 2, "exact")]),
    ("One firefighter was shot and killed and a second was critically wounded.", [("killed", 1, "exact"), ("wounded", 1, "exact")]),
    ("The boy was taken to the hospital and pronounced dead.", [("killed", 1, "exact")]),
    ("All three men appear to have died from gunshot wounds.", [("killed", 3, "exact")]),
    # a range: its upper end, up to
    ("Between three and five clerks were hurt when the grenade went off.", [("wounded", 5, "up_to")]),
    ("The shelling killed between 12 and 20 villagers.", [("killed", 20, "up_to")]),
    # a count, then the same people told one by one in apposition: no one more
    ("Two victims, a 25-year-old man and a 26-year-old man, were killed in the shooting.", [("killed", 2, "exact")]),
    ("Police said two victims, a man and a woman, were wounded.", [("wounded", 2, "exact")]),
    ("Three people, a soldier and two civilians, were killed.", [("killed", 3, "exact")]),
    ("Gunmen killed two people, a teacher and a student, in the village.", [("killed", 2, "exact")]),
    # ... but a list of groups adds up
    ("Two soldiers, a policeman and a civilian were killed.", [("killed", 4, "exact")]),
    ("Two people and two soldiers were killed in the raid.", [("killed", 4, "exact")]),
    ("The blast killed three soldiers, a policeman and a civilian.", [("killed", 5, "exact")]),
    # kin in the plural with no count: at least two, the killer not among the dead
    ("The man killed his sons before fleeing, police said.", [("killed", 2, "at_least")]),
    ("The gunman killed his own children.", [("killed", 2, "at_least")]),
    ("Police say the woman fatally shot her parents at their home.", [("killed", 2, "exact")]),
    # kin in the plural inside a group: two of them at least
    ("He killed his wife and their children.", [("killed", 3, "at_least")]),
    ("The mother and her young children were wounded in the attack.", [("wounded", 3, "at_least")]),
    ("He shot dead his wife and her parents.", [("killed", 3, "exact")]),
    # companions in the plural are kin's like: at least two
    ("The attacker killed his neighbours before setting the house on fire.", [("killed", 2, "at_least")]),
    # a trade or calling names one victim
    ("A university lecturer was shot dead by unknown gunmen on Thursday.", [("killed", 1, "exact")]),
    ("A second explosion an hour later killed a street sweeper.", [("killed", 1, "exact")]),
    # "both ..." after a count in commas describes the same people
    ("The killings of the two brothers, both farmers, sparked protests in the town.", [("killed", 2, "exact")]),
    # a couple is two people
    ("A couple and their two children were shot dead.", [("killed", 4, "exact")]),
    ("Four people, a couple and their two children, were found shot dead.", [("killed", 4, "exact")]),
    ("Gunmen killed a couple in their home on Sunday.", [("killed", 2, "exact")]),
    ("An elderly couple was killed when the shell hit their house.", [("killed", 2, "exact")]),
    # those who "shot repeatedly at" something are the shooters
    ("Several armed men shot repeatedly at the newspaper's offices overnight.", []),
    # "half a dozen" is six, not "a dozen"
    ("Half a dozen villagers were hacked to death by attackers.", [("killed", 6, "exact")]),
    # a life claimed, one victim; "among the dead" and "among the injured"
    ("The attack claimed the life of a 40-year-old shopkeeper, his family said.", [("killed", 1, "exact")]),
    ("A nurse was among those killed, the hospital said.", [("killed", 1, "exact")]),
    ("Three foreign visitors were among the injured.", [("wounded", 3, "exact")]),
    ("A woman was grazed by a bullet.", [("wounded", 1, "exact")]),
    # one of a group told before by age, dying: one dead (and the group shot, split later)
    ("The eldest died on the way to the clinic.", [("killed", 1, "exact")]),
    ("Two brothers were shot on the porch, and the younger was killed.", [("shot", 2, "exact"), ("killed", 1, "exact")]),
    ("The youngest player scored twice in the final.", []),
    # named victims, each with an age or none, that died after a clause of their own: the list
    ("Six men were hit on the corner; Ruiz and Tomas Hale, 31, died.", [("killed", 2, "exact")]),
    ("Police said Lena Marsh and Omar Diaz died at the scene.", [("killed", 2, "exact")]),
    # the killing as "gunning down", "guns down"
    ("The guard is accused of gunning down four farmers near the border.", [("killed", 4, "exact")]),
    ("A sniper guns down two soldiers at the checkpoint.", [("killed", 2, "exact")]),
    # the bodies of a list of people: all of them
    ("Police said the bodies of a woman and her teenage son were found in their home.", [("killed", 2, "exact")]),
    ("The bodies of two soldiers and a guide were recovered on Monday.", [("killed", 3, "exact")]),
    # a list of ages is no count
    ("Police said the victims, ages 19, 21 and 22 were shot in the hand and the arm.", []),
    # kin told by a witness in the first person
    ("\"They killed my brother and my two cousins,\" a survivor told reporters.", [("killed", 3, "exact")]),
    ("\"They shot my father and my uncle,\" she said.", [("shot", 2, "exact")]),
    # a surname in -uis is no nationality, and the age before it no count of them
    ("Mia, 9 Brinkhuis and her mother were killed in the attack.", []),
    # what a killing would become, or a toll feared, is not a figure
    ("Police said the shooting would become a triple homicide if the two wounded victims die.", [("wounded", 2, "exact")]),
    ("It could turn into a double murder, a detective said.", []),
    ("Investigators are treating it as a double homicide.", [("killed", 2, "exact")]),
    ("Five people were killed; the death toll may have reached 20, a doctor said.", [("killed", 5, "exact")]),
    ("The attack could bring the death toll to 25, officials said.", []),
    # the hurt told by their care or by their surviving: wounded, not "shot" (who may be dead)
    ("Two guards were shot and hospitalised after the raid.", [("wounded", 2, "exact")]),
    ("A fifth man, a farmer, survived with gunshot wounds.", [("wounded", 1, "exact")]),
    ("Three others survived with gunshot wounds.", [("wounded", 3, "exact")]),
    ("Scores of pilgrims remain in hospital.", [("wounded", 40, "at_least")]),
    ("Four of the passengers are still in hospital.", [("wounded", 4, "exact")]),
    # ... but people at a hospital are no patients
    ("Two nurses were in the hospital when the shells fell.", []),
    # a place set off by commas between the toll and its verb
    ("The death toll from a bombing at a bus station in Maiduguri, Borno state, rose to 19 on Friday.", [("killed", 19, "exact")]),
    # the heads of a village and its clergy are victims
    ("Suspected rebels shot dead a village headman on his farm.", [("killed", 1, "exact")]),
    ("Attackers killed the ward chairman in his shop.", [("killed", 1, "exact")]),
    ("Gunmen killed a Buddhist abbot at his temple.", [("killed", 1, "exact")]),
    ("A nun was wounded when the convent was shelled.", [("wounded", 1, "exact")]),
    ("Gunmen killed three village headmen and two imams.", [("killed", 5, "exact")]),
]


def test_one_dead_shooter_is_an_attacker() -> None:
    (m,) = find_mentions("The suspect turned the gun on himself and was pronounced dead at the scene.")
    assert m.kind == "killed" and m.attacker


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_mentions(sentence: str, expected: list[tuple[str, int, str]]) -> None:
    """The victims' figures (attackers killed are kept apart: see the tests below)."""
    got = [(m.kind, m.value, m.qualifier) for m in find_mentions(sentence) if not m.attacker]
    assert got == expected


ATTACKER_CASES = [
    # (sentence, victims as (kind, value), attackers killed)
    ("The gunman then shot himself in the car park.", [], 1),
    ("A man opened fire at a diner, killing three customers before killing himself.", [("killed", 3)], 1),
    ("Deputies say the father shot his wife and their son and then turned the rifle on himself.", [("shot", 2)], 1),
    ("The woman died of a self-inflicted gunshot wound after shooting her neighbour.", [("shot", 1)], 1),
    ("He took his own life hours after the shooting at the depot.", [], 1),
    ("Officers shot and killed the gunman outside the library.", [], 1),
    ("The attacker shot two guards before police shot him dead.", [("shot", 2)], 1),
    # the one the police kill in a story of an attack is the attacker
    ("Moments later a deputy shot him dead.", [], 1),
    ("A bomber blew himself up at the gate of the base.", [], 1),
    # kidnappers, bandits, pirates killed are the attackers
    ("Soldiers freed 20 hostages and killed three kidnappers.", [], 3),
    ("Troops killed 15 bandits in the forest.", [], 15),
    # the rest of the attackers after one attacker's own death: the same group
    ("One blew himself up at the gate and the other was shot dead by sentries.", [], 2),
    ("One of them detonated his vest while the other two were killed by soldiers.", [], 3),
    ("One blew himself up and the other escaped on foot.", [], 1),
    ("One soldier was killed and the other was wounded.", [("killed", 1), ("wounded", 1)], 0),
    ("Eleven people were killed, including three attackers.", [("killed", 8)], 3),
    ("Four dead, including the shooter, in a rampage at a warehouse", [("killed", 3)], 1),
    # the attacker told among the dead inside the count, or after it up to the next figure
    ("At least six people, including the attacker, were killed.", [("killed", 5)], 1),
    ("Five people were killed at the chapel on Sunday, including the gunman.", [("killed", 4)], 1),
    ("A suicide attacker killed 12 worshippers at a shrine near the river on Friday, including the attacker himself.", [("killed", 11)], 1),
    ("Three people were killed, including the gunman's brother.", [("killed", 3)], 0),
    ("The gunman killed two and wounded three, including the gunman.", [("killed", 2), ("wounded", 3)], 0),
    # one attacker as a part of a group that died
    ("The bomber and 11 pilgrims died in the blast.", [("killed", 11)], 1),
    ("Two people died in what police called a murder-suicide in a quiet suburb.", [("killed", 1)], 1),
    ("Three children were killed by their father in a murder-suicide.", [("killed", 3)], 1),
    ("The gunman, who had driven in from another state, was shot dead by deputies.", [], 1),
    ("A gunman opened fire on a tram, wounding three people before he was shot dead.", [("wounded", 3)], 1),
    ("Three suicide bombers blew themselves up at the gates of the stadium.", [], 3),
    ("Soldiers shot dead all six attackers after a siege of the hotel.", [], 6),
    ("A SWAT team stormed the house and fatally shot him at dawn.", [], 1),
    ("Two people were killed at the mall, and officers then killed the shooter.", [("killed", 2)], 1),
    # not an attacker's death: a child's accident, an attempt, a shooter who lived
    ("A 5-year-old boy accidentally shot himself with a pistol he found.", [("shot", 1)], 0),
    ("The suspect then tried to kill himself and is in critical condition.", [], 0),
    ("The gunman shot himself in the leg and was taken to a hospital.", [], 0),
    ("Police say the teenager turned himself in on Monday.", [], 0),
    ("Detectives have ruled out a murder-suicide in the deaths at the farm.", [], 0),
    ("The sheriff said it was not a murder-suicide.", [], 0),
    # attackers as the subject of an active killing verb did the killing; they did not die
    ("Three attackers killed five pilgrims in a shrine near Multan.", [("killed", 5)], 0),
    ("Half a dozen gunmen shot dead a priest in his parish house.", [("killed", 1)], 0),
    ("Four gunmen killed in a shootout with police in Kano", [], 4),
    # the attacker named in an earlier clause is not the one who died
    ("The girl described the suspect to detectives, but her father died in hospital.", [("killed", 1)], 0),
    # a group that died, attackers among it: the attackers kept apart, the rest one figure
    ("Five guards and the two gunmen died in the gunfight at the gate.", [("killed", 5)], 2),
    # attackers in a group with victims: each kept to its own side
    ("Two terrorists and a soldier were killed in an encounter.", [("killed", 1)], 2),
    ("Three civilians and two suicide bombers were killed.", [("killed", 3)], 2),
    ("A soldier and three militants were killed in the clash.", [("killed", 1)], 3),
    # the attackers' losses
    ("Police said the insurgents also lost several cadres.", [], 3),
    ("The army said soldiers killed 'dozens' of militants.", [], 24),
    # the attacker killed told after "before being", the attackers' count set off, an army's word
    ("A gunman killed three shoppers at a market before being shot dead by a soldier.", [("killed", 3)], 1),
    ("Officials said the gunmen - four in all - were killed.", [], 4),
    ("The gunmen, six of them, were shot dead by troops.", [], 6),
    ("The army said 31 militants were 'neutralised' near the border.", [], 31),
    ("Troops neutralised 12 bandits in the forest, the army said.", [], 12),
    # the attacker told before, by a pronoun or as the driver, killed by the police
    ("The driver was shot dead by police.", [], 1),
    ("Officials said he was killed by officers.", [], 1),
    # ... not one killed by soldiers, nor a driver killed by gunmen
    ("He was shot dead by soldiers while herding cattle.", [("killed", 1)], 0),
    ("The bus driver was shot dead by the gunmen.", [("killed", 1)], 0),
    # ... nor one the police killed mistaking him for the attacker: a victim
    ("He was shot dead by police who mistook him for the gunman.", [("killed", 1)], 0),
    ("Police shot him dead in error during the raid.", [("killed", 1)], 0),
    ("Police shot the gunman dead, but they mistook a guard for a second attacker.", [], 1),
    # a side's fighters killed by a strike from the air are the strike's victims
    ("Warplanes struck rebel bases on Sunday, killing 14 insurgents, the ministry said.", [("killed", 14)], 0),
    ("Nine militants were killed in a drone strike on their convoy.", [("killed", 9)], 0),
    # ... but not the story's attackers, nor fighters killed by troops
    ("Air strikes killed 30 of the attackers.", [], 30),
    # fighters on both sides of a clash: victims, neither side the attacker
    ("Clashes between two clans killed 16 fighters on both sides.", [("killed", 16)], 0),
    ("Nine fighters from both sides died in the gun battle.", [("killed", 9)], 0),
    # "Police say" is who tells it: the police killed no one here
    ("Police say the woman fatally shot her parents at their home.", [("killed", 2)], 0),
]


@pytest.mark.parametrize(("sentence", "victims", "attackers"), ATTACKER_CASES)
def test_attackers_killed(sentence: str, victims: list[tuple[str, int]], attackers: int) -> None:
    found = find_mentions(sentence)
    assert [(m.kind, m.value) for m in found if not m.attacker] == victims
    assert sum(m.value for m in found if m.attacker and m.kind == "killed") == attackers


def test_a_one_who_is_not_the_bomber_makes_the_other_no_attacker() -> None:
    found = find_mentions("One of the sentries shot the bomber before he blew himself up, and the other was killed in the blast.")
    assert sum(m.value for m in found if m.attacker and m.kind == "killed") == 1


def test_a_victim_named_beside_a_suspect_is_no_attacker() -> None:
    (m,) = find_mentions("Police sought a suspect in the shooting death of a 19-year-old clerk.")
    assert m.kind == "killed" and not m.attacker


def test_attackers_are_kept_apart() -> None:
    (m,) = find_mentions("Two attackers were also killed by guards.")
    assert m.attacker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the victims' noun goes on past the first noun of people read ("police")
        ("Insurgents killed seven police recruits and their driver.", [("killed", 8)]),
        # a death inside a clause that then tells others hurt: two figures, not one group
        ("A man beat a shopkeeper to death in a market on Sunday, and three other people were slightly hurt.", [("killed", 1), ("wounded", 3)]),
        ("A man stabbed a nurse to death at a clinic on Monday, and two other people were wounded.", [("killed", 1), ("wounded", 2)]),
    ],
)
def test_victims_read_past_the_first_noun_or_group(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence)] == expected


def test_revision_is_flagged_as_toll() -> None:
    (m,) = find_mentions("The toll climbed to 31 overnight.")
    assert m.toll and m.value == 31


@pytest.mark.parametrize(
    ("sentence", "value", "qual"),
    [
        # a toll revised or stated by someone, the toll's verb before it
        ("The governor revised the toll down to 8 on Tuesday.", 8, "exact"),
        ("The toll was later revised downwards to six.", 6, "exact"),
        ("Hospital officials put the death toll at more than 30.", 30, "more_than"),
        ("Earlier accounts gave 14 dead, but the army later put the figure at 10.", 10, "exact"),
        # words between the toll and its figure; "total" before the toll words
        ("A wounded porter died overnight, raising the death toll from the ambush to 17.", 17, "exact"),
        ("A second guard died, bringing the total death toll to 5.", 5, "exact"),
        ("Two more bodies were found, bringing the overall number of people killed to 23.", 23, "exact"),
        # the event named between the toll and "down to"
        ("Officials revised the death toll from Friday's truck bombing in central Kirkuk down to seven.", 7, "exact"),
        # ... and its place after "at", over more words
        ("The ministry lowered the death toll from Friday's truck bombing at the river bridge in central Kirkuk to 38.", 38, "exact"),
        # "as high as": an upper end
        ("The county coroner put the death toll as high as 19.", 19, "up_to"),
    ],
)
def test_revised_toll(sentence: str, value: int, qual: str) -> None:
    tolls = [m for m in find_mentions(sentence) if m.toll]
    assert [(m.kind, m.value, m.qualifier) for m in tolls] == [("killed", value, qual)]


@pytest.mark.parametrize(
    ("sentence", "value", "qual"),
    [
        ("Some estimates put the toll from the ferry fire at 60.", 60, "about"),
        ("Aid workers estimated the death toll at 45.", 45, "about"),
        ("Unofficial estimates put the death toll as high as 70.", 70, "up_to"),
    ],
)
def test_an_estimated_toll_is_about_and_no_toll(sentence: str, value: int, qual: str) -> None:
    # an estimate keeps its hedge and gives way to a toll told later ("the toll rose to 52")
    assert [(m.kind, m.value, m.qualifier, m.toll) for m in find_mentions(sentence)] == [("killed", value, qual, False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The insurer put the figure at 3 million after the riot.",
        # a bare "figure" of something else: a crowd, stalls
        "Police put the figure at 3,000 after a rally in Lagos where officers shot dead two marchers.",
        "Officers shot dead two marchers in Lagos on Friday at a rally the organisers said drew 9,000, though police put the figure at 2,500.",
        "Arsonists burned 40 shops in Jos on Monday; traders put the figure at 250 stalls.",
        "Police detained three more men, bringing the total to 12.",  # "total" alone may count arrests
        "The bomb raised the toll of the month's attacks to 60.",  # a period's toll, not this attack's
    ],
)
def test_no_toll_of_this_attack(sentence: str) -> None:
    assert not [m for m in find_mentions(sentence) if m.toll]


@pytest.mark.parametrize(
    ("text", "value"),
    [("eight", 8), ("half a dozen", 6), ("twenty-three", 23), ("1,210", 1210), ("a dozen", 12), ("two dozen", 24), ("one hundred", 100), ("both", 2)],
)
def test_parse_number(text: str, value: int) -> None:
    parsed = parse_number(text)
    assert parsed is not None and parsed[0] == value


def test_attackers_counted_among_the_dead_have_their_own_span() -> None:
    sentence = "Nine people were killed, including four attackers."
    (victims, attackers) = find_mentions(sentence)
    assert (victims.value, attackers.value, attackers.attacker) == (5, 4, True)
    assert sentence[attackers.start : attackers.end] == ", including four attackers"


@pytest.mark.parametrize(
    "sentence",
    [
        # the ones a bare count tells fired first: no victims ("who fired at them")
        "Soldiers killed three who fired at them near the checkpoint, the army said.",
        "Police shot dead two who opened fire on the patrol.",
        # a death told from the past, in a hospital or not
        "His father died in hospital in 2019, a neighbour said.",
        "Her son died in a hospital in Leeds years ago.",
    ],
)
def test_no_victims_of_this_attack(sentence: str) -> None:
    assert [m for m in find_mentions(sentence) if m.kind == "killed" and not m.attacker] == []


def test_a_count_who_tried_to_flee_are_victims() -> None:
    assert [(m.kind, m.value) for m in find_mentions("Soldiers shot dead two who tried to flee the roadblock.")] == [("killed", 2)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve guests were wounded, and three of them later died in hospital.",
        "Twelve guests were wounded; three of them have since died.",
    ],
)
def test_the_wounded_who_later_died_are_killed(sentence: str) -> None:
    # the wounded who died are killed, not also wounded: the twelve are read as shot
    assert [(m.kind, m.value) for m in find_mentions(sentence)] == [("shot", 12), ("killed", 3)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one victim as the object of a killing verb, or of naming or mourning with a
        # reduced relative
        ("A man stabbed and killed his neighbour in Ibadan on Sunday, police said.", [("killed", 1)]),
        ("A farmer stabbed his brother to death after a quarrel over land.", [("killed", 1)]),
        ("Police have named the driver shot dead near the canal on Friday.", [("killed", 1)]),
        ("Police identify teen fatally shot outside a takeaway", [("killed", 1)]),
        ("Hundreds mourned the nurse killed in the blast.", [("killed", 1)]),
        ("By the end there were two wounded and one deceased.", [("wounded", 2), ("killed", 1)]),
        # not a victim: the one named did the killing, or a stabbing told of a quarrel alone
        ("Police identified the soldier killed two villagers at the post.", [("killed", 2)]),
        ("He once stabbed his brother during a quarrel.", []),
    ],
)
def test_one_victim_as_an_object(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence) if not m.attacker] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a victim told with a short phrase of place after the noun
        ("The driver of the stolen van is in critical condition, police said.", [("shot", 1)]),
        ("A boy in the back seat suffered minor injuries.", [("wounded", 1)]),
    ],
)
def test_a_victim_with_a_phrase_of_place(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence)] == expected


def test_a_victim_fatally_stabbed_died() -> None:
    assert [(m.kind, m.value) for m in find_mentions("A teenager was fatally stabbed near the station on Monday.")] == [("killed", 1)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # victims carried to care: shot (some may yet die) unless the text says they will live
        ("Four men were rushed to the hospital after the gunfire.", [("shot", 4)]),
        ("Three guests were transported to the county hospital with non-life-threatening injuries.", [("wounded", 3)]),
        # a share of them who died there
        ("Two men were taken to the hospital, where one died.", [("shot", 2), ("killed", 1)]),
        ("Three women were taken to the hospital, where one of the victims died.", [("shot", 3), ("killed", 1)]),
        ("Five people were taken to a hospital, where two were pronounced dead.", [("shot", 5), ("killed", 2)]),
        ("Three men were taken to a hospital, where one man died.", [("shot", 3), ("killed", 1)]),
        ("Three cooks were taken to a hospital, where one victim later died.", [("shot", 3), ("killed", 1)]),
        ("Three men were taken to a hospital, where one of them was later pronounced dead.", [("shot", 3), ("killed", 1)]),
        # all of them died after care or after the wound
        ("Three teenagers were rushed to a hospital and later died.", [("killed", 3)]),
        ("Two guards were flown to a trauma center hospital, where they were pronounced dead.", [("killed", 2)]),
        ("Four women were rushed to the hospital, where all of them died.", [("killed", 4)]),
        ("Two brothers suffered gunshot wounds and died at the scene.", [("killed", 2)]),
        # a share told after: "one of them fatal", "and two later died" ("fair" here no condition)
        ("Six men suffered gunshot wounds, one of them fatal.", [("shot", 6), ("killed", 1)]),
        ("Five people were rushed to a hospital from the fair, and three later died.", [("shot", 5), ("killed", 3)]),
        # treated at a named hospital, in a stated condition
        ("The other three people were treated at Lakeside Medical Center.", [("wounded", 3)]),
        ("All three are listed in fair condition, a spokesman said.", [("wounded", 3)]),
        ("One man was killed and two others are in critical condition.", [("killed", 1), ("wounded", 2)]),
        # no wound told: smoke, a check-up
        ("Three firefighters were taken to a hospital for smoke inhalation.", []),
        ("Two officers were transported to the hospital as a precaution.", []),
        ("Four crew members were treated at Lakeside Medical Center for smoke inhalation.", []),
        ("Three pregnant women were rushed to the hospital in labor.", []),
        ("A pregnant guest was rushed to the hospital in labor.", []),
        # ... but "Labor Day" is a date, and another victim's reason is not theirs
        ("Two people were taken to a hospital in Labor Day weekend shootings.", [("wounded", 2)]),
        ("Three men were taken to a hospital with gunshot wounds, and a fourth for observation.", [("wounded", 3), ("shot", 1)]),
        # "good condition" alone, with no hurt told: freed hostages, a patient after surgery
        ("All four captives are in good condition, a spokesman said.", []),
        ("A sniper killed a guard, and Governor Ruiz is in good condition after surgery.", [("killed", 1)]),
        ("Two others were shot and are in good condition.", [("wounded", 2)]),
        # told with no cause of its own: the victim's, told before or in the sentence
        ("She is in good condition.", [("wounded", 1)]),
        ("Police said the victim was in good condition after the attack.", [("wounded", 1)]),
        ("The gunman fired on a tram; the driver is in good condition.", [("wounded", 1)]),
        ("Two men were taken to Good Shepherd Hospital.", [("wounded", 2)]),
        # an adverb of time before the care
        ("Four guests were initially taken to a hospital after the shots.", [("wounded", 4)]),
        ("Two men were immediately rushed to the hospital.", [("shot", 2)]),
    ],
)
def test_victims_in_care(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # shots that hit people, told by the verb of the shots
        ("A man opened fire outside the bar, striking four people.", [("shot", 4)]),
        ("The gunman fired into the crowd, hitting two teenagers and a woman.", [("shot", 3)]),
        ("Three teenagers were struck by stray bullets at the park.", [("shot", 3)]),
        ("The van struck two parked cars.", []),
        # a people noun naming their place: no one hit
        ("A suicide bomber struck a police compound in the city on Monday.", []),
        ("A rocket struck an army checkpoint, wounding two soldiers.", [("wounded", 2)]),
        # a vehicle's strike after the driving, not the shots'
        ("He fled, lost control of the van and hit a wall, striking three people at a bus stop.", []),
        ("A man fired from a moving car, striking two people.", [("shot", 2)]),
        ("A gunman in a car drove past and sprayed the porch, hitting three people.", [("shot", 3)]),
        ("The shooter drove to the lot, got out and struck two men with bullets.", [("shot", 2)]),
        # others than the dead told before: wounded
        ("A man opened fire at the bus stop, killing two people and striking four others.", [("killed", 2), ("wounded", 4)]),
        ("A man opened fire at the bus stop, killing two people and striking four others, including a girl.", [("killed", 2), ("wounded", 4)]),
        # ... and a share of them who died is dead beside the dead told before
        (
            "A man opened fire at the bus stop, killing two people and striking four others, including one who later died.",
            [("killed", 2), ("wounded", 3), ("killed", 1)],
        ),
        ("A man fired from the porch, striking three others, including a boy who died.", [("shot", 3), ("killed", 1)]),
        ("A man shot three others, including one who died at the scene.", [("shot", 3), ("killed", 1)]),
        # a statistic of a past period, not the attack's
        ("Last year, knife crime in the county caused injuries to 1,200 people.", []),
        ("Knife crime causes injuries to 900 people a year.", []),
        # ... not a year that dates another attack, nor a period in another clause
        ("A truck bomb caused injuries to 25 people at the depot, the worst attack in a year.", [("wounded", 25)]),
        ("A grenade caused injuries to 12 people at the fair, a year after a similar attack.", [("wounded", 12)]),
        ("A grenade killed five and caused injuries to 12 people at the fair; in 2011 a similar blast there killed nine.", [("killed", 5), ("wounded", 12), ("killed", 9)]),
        ("The gunman, paroled last year, fired into the crowd, injuring six people.", [("wounded", 6)]),
        ("The deputy fired twice, striking the driver.", []),
        # the hurt named as a thing, beside a death
        ("The attack led to the death of a cook and injuries to six other people.", [("killed", 1), ("wounded", 6)]),
        ("He admitted a charge of injury to a child.", []),
        # a named victim's condition
        ("Okafor remains in serious but stable condition at Mercy General.", [("wounded", 1)]),
        ("The boy died, and Okafor is in critical condition.", [("killed", 1), ("shot", 1)]),
        ("Mercy Hospital is in good condition after the renovation.", []),
        # the attacker told hurt just before: the one named may be the attacker
        ("Deputies shot the intruder, and Kowalski remains in critical condition.", []),
        ("Deputies shot the intruder, and the victim remains in critical condition.", [("shot", 1)]),
    ],
)
def test_hits_injuries_and_a_named_condition(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count told by the hurt its people took
        ("Three men suffered non-life-threatening gunshot wounds, police said.", [("wounded", 3)]),
        ("Two guards sustained minor injuries.", [("wounded", 2)]),
        ("Four people suffered gunshot wounds.", [("shot", 4)]),
        ("Two women suffered life-threatening injuries.", [("shot", 2)]),
        ("Two passengers suffered fatal injuries.", [("killed", 2)]),
        # no hurt
        ("The three officers received no injuries.", []),
        ("Four deputies suffered neither injuries nor wounds.", []),
        ("Two deputies suffered no serious injuries in the crash.", []),
    ],
)
def test_a_count_told_by_the_hurt(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure the sentence takes back
        ("A first report said one guard had died, but that proved to be incorrect, the mayor said.", []),
        ("Rumours that two nurses were killed turned out to be false.", []),
        # another clause's figure stays
        ("Two men were killed; a claim that the driver was armed turned out to be false.", [("killed", 2)]),
        # only what the retraction's subject tells goes, not the sentence's other figures
        ("A sniper killed three men and wounded five, officers said, noting that talk of a second sniper proved false.", [("killed", 3), ("wounded", 5)]),
        ("The blast killed four miners, and first reports of a fifth death turned out to be wrong.", [("killed", 4)]),
        ("Two clerks died, and the owner's story that he was robbed first proved untrue.", [("killed", 2)]),
        # a comma inside the subject (a state, an aside) does not end it
        ("First reports that two officers were shot in Dover, Delaware, proved untrue, the chief said.", []),
        ("Reports that four guests, including a waiter, were killed turned out to be false.", []),
        ("The mayor first said six people had died in Salem, Oregon, a figure that proved wrong.", []),
        ("Officials said nine had died; those reports proved inaccurate, and the toll was two.", [("killed", 2)]),
    ],
)
def test_a_retracted_figure(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one victim told as hit by the shots: shot, and killed when the clause says they died
        ("A passenger was struck in the leg near the depot.", [("shot", 1)]),
        ("An 11-year-old girl was hit by a stray bullet inside her home.", [("shot", 1)]),
        ("He was struck in the chest and died at the scene.", [("killed", 1)]),
        # struck by something else
        ("A woman was struck by a car on the bridge.", []),
        ("A jogger was hit by a bus and later died.", []),
        ("A cyclist was struck by a delivery truck and died.", []),
        # ... but a blast's fragments or a shell are the attack's
        ("A porter was hit by shrapnel and later died.", [("killed", 1)]),
        ("A shepherd was struck by a mortar shell and died.", [("killed", 1)]),
        ("A guard was struck by several rounds and died.", [("killed", 1)]),
        ("A fan was hit by a shot from the third tee.", []),
        ("A guard was hit in the head with a bottle.", []),
    ],
)
def test_one_victim_hit_by_the_shots(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # others than the victims told before: wounded, the dead are not among them
        ("A teenager and two other women were also shot, deputies said.", [("wounded", 3)]),
        ("Four other teenagers were shot at the cookout.", [("wounded", 4)]),
        ("Two more people were also shot outside the bar.", [("wounded", 2)]),
        # told how many of them died: split as before
        ("Three others were also shot, one of them fatally.", [("shot", 3), ("killed", 1)]),
        # no "also", no "other": the shot count holds the dead too
        ("Four people were shot near the park.", [("shot", 4)]),
    ],
)
def test_others_also_shot_are_wounded(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence)] == expected


def test_a_rate_a_year_is_no_toll() -> None:
    assert find_mentions("Burglaries cause injuries to 250 people a year across the county, a study found.") == []
    # a year told as a distance in time keeps the toll
    [m] = find_mentions("A bomb caused injuries to 30 people in Kabul on Monday, a year after a similar blast.")
    assert (m.kind, m.value) == ("wounded", 30)


@pytest.mark.parametrize(
    "sentence",
    [
        "Landmines kill some 300 villagers a year in the border provinces, the agency said.",
        "About 150 people are shot dead every month in the city, police figures show.",
        "Bandits kill dozens of herders each week in the region.",
        "Attacks on farmers kill 40 people annually, the ministry said.",
    ],
)
def test_a_rate_after_the_figure_is_no_toll(sentence: str) -> None:
    assert find_mentions(sentence) == []


def test_a_day_after_is_a_time_not_a_rate() -> None:
    assert [(m.kind, m.value) for m in find_mentions("Gunmen killed 14 villagers a day after the vote.")] == [("killed", 14)]


def test_a_list_opening_on_the_man_is_not_counted_whole() -> None:
    # "the man" may be the gunman the story is about
    counts = [(m.kind, m.value) for m in find_mentions("The shooting left the man, his son and a cousin dead.") if not m.attacker]
    assert ("killed", 3) not in counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the man" left out, the rest of the list counted
        ("The blast left the man, his daughter and their driver dead.", [("killed", 2)]),
        ("The raid left the suspect, a cook and a waiter wounded.", [("wounded", 2)]),
        # an age tells a victim: the whole list
        ("The raid left the woman, 41, and her two nephews dead.", [("killed", 3)]),
    ],
)
def test_a_list_opening_on_the_man_counts_the_rest(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence) if not m.attacker] == expected


def test_who_once_died_is_no_death() -> None:
    counts = [(m.kind, m.value) for m in find_mentions("A gunman wounded four people, including a man who once died.")]
    assert counts == [("wounded", 4)]


@pytest.mark.parametrize(
    "sentence",
    ["A porter almost died.", "The cook, 52, nearly died in the fire the gang set.", "A fourth guard also barely died."],
)
def test_one_who_nearly_died_is_no_death(sentence: str) -> None:
    assert find_mentions(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Two deputies were killed along with the man who shot them in Toledo, Ohio.",
        "Two deputies were killed along with a man identified as the shooter.",
    ],
)
def test_the_attacker_along_with_the_victims_is_not_one_of_them(sentence: str) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence) if not m.attacker] == [("killed", 2)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a name, a shot at the attackers or another suspicion makes no attacker
        "Bandits shot dead two herders along with a boy identified as Musa Bello, 15.",
        "Bandits shot dead two herders along with a man police said had fired at the bandits.",
        "Bandits shot dead two herders along with a guard suspected of letting them in.",
    ],
)
def test_one_along_with_the_victims_not_told_as_their_attacker_is_a_victim(sentence: str) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence) if not m.attacker] == [("killed", 3)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two guards died along with a man police believe was the gunman.",
        "Two guards died along with a man suspected of carrying out the raid.",
    ],
)
def test_one_along_with_the_victims_told_as_their_attacker_is_none(sentence: str) -> None:
    assert [(m.kind, m.value) for m in find_mentions(sentence) if not m.attacker] == [("killed", 2)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Artillery fire also killed two people in the port.", [("killed", 2, False)]),
        ("Fighting later killed four people near the dam.", [("killed", 4, False)]),
        ("A captain also killed two of the gunmen.", [("killed", 2, True)]),
        ("A constable later shot dead two men.", [("killed", 2, False)]),
        ("A sergeant later killed three insurgents.", [("killed", 3, True)]),
        ("A porter was also killed two days later.", [("killed", 1, False)]),  # passive: the porter died
    ],
)
def test_a_subject_that_later_or_also_killed_others_is_not_one_more_dead(
    sentence: str, expected: list[tuple[str, int, bool]]
) -> None:
    # "also"/"later" without "was" is active: the subject did the killing
    assert [(m.kind, m.value, m.attacker) for m in find_mentions(sentence)] == expected
