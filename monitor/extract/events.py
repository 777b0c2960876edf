"""Event type, event date, and what a sentence says about time.

The taxonomy (``monitor.records.EVENT_TYPES``) follows ACLED's sub-event types:

=========================  ==============================================================
suicide_bombing            suicide bomb, suicide attacker, suicide vest, explosive belt, blew himself up
bombing                    bomb, IED, explosion, blast, car bomb, grenade, mine, remote-controlled device
rocket_mortar_shelling     rockets, mortars, shelling, shell fire, artillery, missiles (ground-launched)
airstrike                  air strike, drone strike, air raid, glide or barrel bomb, a drone hit,
                           a state's "strikes" (Israeli, Russian, coalition strikes)
armed_assault              shooting, gunmen, opened fire, attack with guns, knives or axes
assassination              assassinated, targeted killing, gunned down (a named official),
                           shot by two men on a motorbike
kidnapping                 kidnapped, abducted, taken hostage
armed_clash                clashes, fighting, gun battle, gunfight, an encounter, rival
                           sides who fought each other
takeover                   captured, seized, overran, fell to (territory, a town)
other_violence             arson, a hijacking, a beating or lynching to death, violence with none of the above
=========================  ==============================================================

A later sentence about the same event may tell its kind more exactly (``refinements``):
a bombing a suicide bombing, an explosion told by the word alone a rocket or an air
strike. Not a shooting an assassination: "gunned down" tells any fatal shooting in US
crime news.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from monitor.extract.gazetteer import gazetteer
from monitor.extract.text import MONTH_NAMES, month_cut

#: A hand weapon named as what was fired, pointed or drawn ("fired his pistol", "pointed a
#: rifle at", "pulled out a knife").
HAND_WEAPON = r"(?:guns?|handguns?|pistols?|revolvers?|rifles?|shotguns?|firearms?|weapons?|knife|knives)"
#: A shot fired or heard with no one said to be hit ("fired two shots", "fired their guns
#: into the air", "shots were heard"), or a crime at the point of a weapon ("held at
#: gunpoint", "pistol-whipped", "pulled out a gun"): an armed assault all the same.
GUNS_USED = (
    r"fired\s+(?:(?:a|one|two|three|four|five|several|some|multiple|more|warning|\d+)\s+){0,2}(?:shots?|rounds|bullets)"
    r"(?!\s+(?:wide|on\s+(?:goal|target)|at\s+(?:goal|the\s+(?:goal|net|basket))|over\s+the\s+bar))"
    r"|fired\s+(?:his|her|their|a|an|the)\s+(?:\w+\s+)?" + HAND_WEAPON
    + r"|(?:gun)?shots?\s+(?:was|were|had\s+been)\s+(?:heard|fired)|gunshots?"
    r"|at\s+(?:gun|knife)point|pistol-whipp\w+|armed\s+robber(?:y|ies)"
    r"|(?:pointed|brandished|displayed|pulled\s+out|drew)\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?" + HAND_WEAPON
)

#: A shooting from a passing car, told by the word alone ("a teenager was killed in a
#: drive-by"); not a drive-by parade, greeting, testing site or food pantry, nor a web page's
#: malware.
DRIVE_BY = (
    r"drive-?by(?![\s-]+(?:parades?|birthdays?|celebrations?|greetings?|testing|tests?|vaccin\w+|graduations?|weddings?"
    r"|vigils?|part(?:y|ies)|salutes?|caravans?|visits?|viewings?|events?|food|pantr(?:y|ies)|distributions?|blessings?|truckers"
    r"|malware|downloads?|injections?|exploits?)\b)"
)

#: Shots fired at someone ("fired on the crowd", "fired several rounds at a car"); not a
#: dismissal told with its day or its moment ("the coach, fired on June 8", "fired on the
#: spot", "fired at the end of the season", "fired at halftime").
FIRED_AT = (
    r"fired\s+(?:\w+\s+){0,3}?(?:at|on|upon)\b(?!\s+(?:the\s+spot|the\s+(?:end|start|beginning|close)\s+of|half[\s-]?time|the\s+(?:interval|break)\b"
    # nor a shot at goal ("fired at goal", "fired on target")
    r"|goal|target\b|the\s+(?:goal|net|basket|target)\b"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d))"
)

#: Property burned, told in the passive with no accident named ("the police station was
#: burned", "two lorries were burnt out"): someone burned it. Not a person burned in a fire
#: or to death, nor what the sun or the flames did.
BURNED = (
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:burned|burnt)(?:\s+(?:down|out))?\b"
    r"(?!\s+(?:to\s+death|in|when|after|while|during|by\s+(?:the\s+)?(?:fire|flames|blaze|sun|heat))\b)"
)

# A drone, a missile or an aircraft "shot down" by air defences: the answer to an attack,
# no shooting of anyone ("air defences shot down a drone", "the drone was shot down").
_NOT_DOWNED = r"(?!(?:shooting|shot)\s+down\b)"

# Fighting by armed sides ("heavy fighting around the airport"), not a person's fight with
# an illness or for life ("the battle she is fighting", "fighting for his life", "fighting
# cancer"), a brawl told of one person ("he was fighting"), crime-fighting or play-fighting.
_FIGHTING = (
    r"(?<!crime-)(?<!fire-)(?<!play\s)(?<!play-)(?<!she\sis\s)(?<!he\sis\s)(?<!she\swas\s)(?<!he\swas\s)(?<!she['’]s\s)(?<!he['’]s\s)"
    r"fighting(?!\s+(?:for\s+(?:his|her|their|its|my|our|your)\s+li(?:fe|ves)|(?:against\s+)?(?:an?\s+)?(?:cancer|leukemia"
    r"|illness|disease|the\s+disease|tumou?r|infection)|stance|the\s+doctors|back\s+(?:tears|the\s+urge))\b)"
)

# A victim hit by a bullet or by a force's fire ("struck by a stray bullet", "killed by
# Israeli fire", "wounded by sniper fire"): a shooting with no gunman named.
_BULLET_OR_FIRE = (
    r"(?:struck|hit|killed|wounded|injured)\s+by\s+(?:a\s+)?(?:stray\s+|single\s+)?bullets?"
    r"|(?:israeli|russian|ukrainian|army|military|police|troops['’]?|soldiers['’]?|sniper|enemy|machine-gun|tank)\s+fire"
    # not a fire service ("Israeli fire crews battled a blaze", "army fire trucks arrived")
    r"(?!\s*-?\s*(?:crews?|fighters?|fighting|brigades?|trucks?|engines?|services?|departments?|stations?|m[ae]n|alarms?"
    r"|hydrants?|extinguishers?|officers?|chiefs?|marshals?|safety|hoses?)\b)"
)

# A vehicle, a patrol or a walker that ran onto a mine ("their truck hit a mine", "a boy
# stepped on a mine"): a bombing; not what befalls a mine that is dug ("a landslide hit a
# mine", "floodwater hit a mine", "hit a mine shaft").
_STRUCK_A_MINE = (
    r"(?:vehicles?|trucks?|lorr(?:y|ies)|cars?|bus(?:es)?|vans?|jeeps?|pickups?|patrols?|convoys?|tractors?|tanks?"
    r"|minibus(?:es)?|motorcycles?|carts?|soldiers?|troops|boys?|girls?|child(?:ren)?|farmers?|shepherds?|herders?|he|she|they)"
    r"\s+(?:\w+\s+){0,2}?(?:struck|hit|hits|ran\s+over|drove\s+over|ran\s+onto|stepped\s+on)\s+(?:a|an)\s+(?:land\s*)?mine"
    r"(?!\s+(?:shaft|wall|worker))"
)

#: Armed men holding a building ("a 10-hour siege of a hotel", "the mall siege"), not a city
#: besieged in a war nor a figure of speech ("under siege from critics").
_SIEGE_OF = (
    r"(?:hotel|mall|school|church|mosque|restaurant|theatre|theater|university|college|hospital|supermarket|cafe|bank|embassy"
    r"|parliament|office|compound|guesthouse|guest\s+house)s?"
)
_SIEGE_HELD = r"(?<!mock\s)(?<!simulated\s)(?<!staged\s)siege\s+(?:of|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _SIEGE_OF
# and "the mall siege", as a kind of attack only (it names no armed men by itself: "the
# hospital siege of flu patients", "a mock school siege")
_SIEGE = _SIEGE_HELD + r"|(?<!mock\s)(?<!simulated\s)(?<!staged\s)" + _SIEGE_OF + r"\s+sieges?"
# People on foot in a street or a square, whom a vehicle driven at them hits on purpose.
_CROWD = r"(?:crowds?|pedestrians|people|worshippers|shoppers|protesters|demonstrators|revellers|marchers)"
# People gathered, at a market, a parade or a protest: a crowd that a vehicle hits there is
# no road's traffic.
_GATHERED = r"(?:crowds?|worshippers|shoppers|protesters|demonstrators|revellers|marchers|spectators|parade|procession)"
# A vehicle that hit a crowd and killed, its driver arrested, where no mishap at the wheel
# is told ("a car drove into a market crowd, killing five; the driver was arrested"); a
# crash's arrest comes with its cause ("lost control", "collided", "drink-driving").
_KILLED_THEN_ARRESTED = (
    r"(?=[^.]{0,150}?\b(?:killing|killed|dead|died)\b[\s\S]{0,250}?\b(?:arrested|detained|in\s+custody)\b)"
    r"(?![\s\S]{0,300}?\b(?:lost\s+control|collided|collision|crash(?:ed|es)?|accident\w*|(?<!\bnot\s)drunk|drink-driving"
    r"|under\s+the\s+influence|(?:careless|dangerous|reckless)\s+driving|medical)\b)"
)
_VEHICLE = r"(?:car|truck|lorry|van|vehicle|suv|bus|minibus|tractor|pickup|jeep)"
# A sign that what hit people was done on purpose, told in the sentence or the next; not one
# denied ("not terror-related", "do not suspect foul play", "ruled out terrorism").
_INTENT_AFTER = (
    # (the word's first letter is tested before the look-behinds: they are dear at each of 300 places)
    r"(?=[\s\S]{0,300}?\b(?=[dioats])(?<!\bnot\s)(?<!\bno\s)(?<!n't\s)(?<!\bnot\sa\s)(?<!\bruled\sout\s)(?:deliberately|intentionally|on\s+purpose|(?<!heart\s)attack(?:ed|er|ers|s)?|terror\w*|suspect\w*"
    r"|arrested|detained)\b)"
)
# Words that deny what follows a few words on ("not an attack", "no indication of terrorism");
# not "did not rule out" nor "could not exclude".
_DENIED = r"(?:not|no)\s+(?:(?!rul|exclud)[\w-]+\s+){0,4}?(?:an?\s+)?"
# Intent told outright after a vehicle hit people ("the driver acted deliberately", "a
# terror attack"), not an arrest, which follows a fatal crash as often.
_DELIBERATE_AFTER = (
    # (not denied: "not an attack", "did not act deliberately", "whether it was an attack";
    # nor a murder only suspected or charged, as after many a fatal crash)
    # (the word's first letter tested first, as in _INTENT_AFTER)
    r"(?=[\s\S]{0,300}?\b(?=[dioatm])(?<!\bnot\s)(?<!\bno\s)(?<!n't\s)(?<!\bnot\sa\s)(?<!\bnot\san\s)(?<!\bruled\sout\s)"
    r"(?<!\bnot\sact\s)(?<!\bnot\sacted\s)(?<!\bwhether\sit\swas\san\s)(?<!\bwhether\sit\swas\sa\s)"
    r"(?:deliberately|intentionally|on\s+purpose|(?<!heart\s)attack(?:ed|er|ers|s)?|terror\w*"
    r"|(?<!\bsuspicion\sof\s)(?<!\bcharged\swith\s)murder)\b)"
)
#: A vehicle driven into people on purpose ("rammed his car into a crowd", "drove a truck into
#: pedestrians", "a car-ramming attack"): an armed assault with a vehicle for a weapon.
#: Not when the sentence tells of a mishap at the wheel ("lost control and ploughed his car
#: into", "... into pedestrians; she confused the pedals", "after a heart attack").
RAMMING = (
    r"(?:" + _VEHICLE + r"[\s-]ramming|ramming\s+attack"
    r"|(?<!control\sand\s)(?:drove|ploughed|plowed|driven|steered|rammed)\s+(?:(?:a|an|his|her|their|the)\s+)?(?:\w+\s+)?" + _VEHICLE +
    r"\s+into\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + _CROWD +
    # and in the passive ("pedestrians were rammed by a van", "a crowd was mown down by a truck"),
    # which tells a road accident as often: only with a sign of intent after the people hit
    # ("deliberately", "an attack", "the suspect was arrested")
    r"|" + _CROWD + _INTENT_AFTER + r"\s+(?:\w+\s+){0,3}?(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:rammed|mown\s+down|mowed\s+down|ploughed\s+into"
    r"|plowed\s+into)\s+by\s+(?:a|an|the)\s+(?:\w+\s+)?" + _VEHICLE +
    # and with the vehicle for the subject ("a car drove into a crowd"), the same
    r"|" + _VEHICLE + r"\s+(?:drove|ploughed|plowed|smashed|slammed|careered|careened|barrell?ed)\s+into\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    # (an arrest or a suspicion follows many a fatal crash: only intent or terror told, or
    # a gathered crowd killed and the driver arrested with no mishap told)
    r"(?:" + _CROWD + _DELIBERATE_AFTER + r"|" + _GATHERED + _KILLED_THEN_ARRESTED + r"))"
    r"(?![^.]{0,200}?\b(?:lost\s+control|confused\s+the\s+pedals|heart\s+attack|medical\s+(?:episode|emergency)|fell\s+asleep|seizure"
    r"|(?<!\bnot\s)(?<!n't\s)drunk|drink-driving|under\s+the\s+influence"
    # an attack denied a few words on ("it was not an attack", "no sign it was deliberate");
    # not terror denied of a driver who meant it
    r"|" + _DENIED + r"(?:attack|deliberate\w*)"
    r")\b)"
)
#: Homes burned by people, told in the active ("attackers burned down 30 houses", "the mob
#: burnt their huts", a headline's "gunmen burn 40 homes"): arson; not by a fire.
BURNED_HOMES = (
    # a fire that burned homes is no arson ("the wildfire burned 300 homes")
    r"(?<!fire\s)(?<!fires\s)(?<!blaze\s)(?<!flames\s)(?:burn|burns|burned|burnt)\s+(?:down\s+)?(?:\d+|dozens|hundreds|scores|several|many|the|their|his|her|a|an|some)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:homes|houses|huts|villages?|churches|mosques)\b(?!\s+(?:market|school|clinic|hall|square|well)s?\b)"
)
#: Inmates rising against their guards or each other ("a prison riot", "inmates rioted"): the
#: deaths in it are violence, with no weapon named.
PRISON_RIOT = (
    r"(?:prison|jail|penitentiary)\s+(?:riots?|mutin(?:y|ies)|uprisings?)|(?:inmates|prisoners|detainees)\s+(?:\w+\s+)?(?:rioted|mutinied)"
)
# Armed men "neutralised", the armies' word in the Sahel and elsewhere for killed ("troops
# neutralised 27 assailants", "two terrorists were neutralised"); not a threat or a poison.
_FOES = r"(?:terrorists?|assailants?|attackers?|militants?|gunm[ae]n|jihadists?|insurgents?|bandits?|rebels?|fighters?|criminals?)"
NEUTRALISED = (
    r"neutrali[sz](?:ed|ing)\s+(?:\w+\s+){0,2}?" + _FOES + r"|" + _FOES + r"\s+(?:(?:were|was|have\s+been|had\s+been|being)\s+)neutrali[sz]ed"
)
_ANIMALS = (
    r"(?:animals?|elephants?|tigers?|leopards?|lions?|crocodiles?|alligators?|snakes?|cobras?|pythons?|bears?|wolf|wolves|dogs?"
    r"|seals?|sharks?|boars?|hippos?|buffalo(?:es)?|bulls?|bees?)"
)
# Not a sentence to come ("sentenced to be stoned to death") nor an animal killed ("beat a
# cobra to death", "clubbed hundreds of seals to death"); a person killed with one ("beat a
# man and his dogs to death") is a killing.
_BEAT = r"(?<!\bbe\s)(?:beat|beaten|clubbed|stoned|hacked)(?!\s+(?:(?!and\b)\w+\s+){0,3}?" + _ANIMALS + r"\s+to\s+death)"
#: A killing by hand, with no weapon, told in the active or the passive ("a crowd beat a man
#: to death", "he was beaten to death", "hacked to death").
BEAT_TO_DEATH = _BEAT + r"\s+(?:\w+\s+){0,5}?to\s+death"
#: The same told in the active, with whom it killed ("a crowd beat a man to death"): that it
#: happened, where the passive may tell a sentence passed ("sentenced to be stoned to death")
#: or animals culled ("seals were clubbed to death").
BEAT_SOMEONE_TO_DEATH = _BEAT + r"\s+(?:\w+\s+){1,5}?to\s+death"

#: People who are seized are kidnapped, not a territory taken.
_SEIZED_PEOPLE = (
    r"(?:people|persons|travell?ers|passengers|students|pupils|schoolchildren|children|schoolgirls|schoolboys|women|girls"
    r"|boys|villagers|worshippers|farmers|workers|residents|civilians|tourists|aid\s+workers|motorists)"
)

# What a rocket, a missile or a drone carries ("a rocket carrying explosives", "a drone
# packed with explosives"): the explosives are its payload, and the weapon that carries them
# tells the kind (see event_type).
_PAYLOAD = (
    r"\s*,?\s+(?:carrying|loaded\s+with|packed\s+with|laden\s+with|filled\s+with|stuffed\s+with|armed\s+with|rigged\s+with"
    r"|fitted\s+with|tipped\s+with)\s+(?:[\w-]+\s+){0,2}?"
)
# (and the word that names one of them: "a mortar round laden with explosives")
_PAYLOAD_BETWEEN = re.compile(r"(?:\s+[\w-]+)?" + _PAYLOAD, re.IGNORECASE)

# A post of troops or police overrun ("militants overran an army post"): the attackers struck
# and left, an armed assault; a town, a district or a base held after is a takeover.
_OVERRAN_POST = (
    r"overr[au]n\s+(?:a|an|the|two|three|several|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:posts?|outposts?|checkpoints?|positions?|camps?|barracks|stations?)\b"
)

_TYPE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("suicide_bombing", r"\bsuicide\s+(?:bomb\w*|attack\w*|blast|vest|car\s+bomb|truck\s+bomb)|\bself-detonat|\bblew\s+(?:himself|herself|themselves)\s+up"
                            r"|\bexplosive\s+(?:vests?|belts?)\b"),
        ("airstrike", r"\b(?:"
                      # what aircraft did, named first so that the bombing's word ends it ("warplanes bombed")
                      r"(?:warplanes?|jets?|aircraft|planes?|helicopters?|bombers)\s+(?:\w+\s+){0,2}?(?:bombed|pounded)"
                      # and struck or hit, said of warplanes ("Turkish jets struck PKK targets"), not a
                      # team ("the Jets hit back") nor an airliner
                      r"|(?:warplanes?|(?-i:jets)|military\s+aircraft|helicopter\s+gunships?)\s+(?:\w+\s+){0,2}?(?:struck|hit|targeted)"
                      r"|air\s*strikes?|airstrikes?|drone\s+(?:strikes?|attacks?)|air\s+raids?|warplanes?|fighter\s+jets?|helicopter\s+gunships?"
                      r"|(?:glide|barrel|guided(?:\s+aerial)?|aerial)\s+bombs?"
                      # (and a drone told with who sent it: "a drone launched by the rebels struck")
                      r"|drones?\s+(?:(?:launched|fired|flown|sent)\s+by\s+(?:[\w-]+\s+){1,3}?)?(?:hit|struck|slammed\s+into)"
                      # a drone that carries a bomb ("a drone loaded with explosives")
                      r"|drones?(?=" + _PAYLOAD + r"(?:explosives?|bombs?|grenades?|munitions|warheads?)\b)"

                      # a state's forces' strikes, from the air as good as always ("Israeli strikes killed")
                      r"|(?:israeli|russian|u\.s\.|american|saudi(?:-led)?|coalition|turkish|syrian|regime|nato)\s+strikes?(?!\s+(?:action|force))\b)\b"),
        ("rocket_mortar_shelling", r"\b(?:(?:rockets?|mortars?|shell(?:s|ing|ed)|shell\s*fire|artillery|katyusha|missiles?|projectiles?)"
                                   # not a weapon fired but where or by whom one is made or tried
                                   # ("at the missile test site", "a rocket factory", "rocket scientists")
                                   r"(?!\s+(?:tests?|testing|test-fir\w*|sites?|ranges?|factor(?:y|ies)|plants?|programmes?|programs?|scientists?|engineers?)\b)"
                                   # one shell, not a shell company or a bullet's casing
                                   r"|(?:a|an|one|another|the)\s+shell(?!\s+(?:compan\w+|corporations?|firms?|casings?|game|of|into)\b))\b"),
        ("bombing", r"\b(?:bomb(?:s|ing|ings|ed|er)?|explosions?|explosives?|blast(?:s|ed)?|ieds?|molotov|incendiary|firebomb\w*|improvised\s+explosive|landmines?|grenades?|detonat\w+|exploded|dynamit\w+|blew\s+up|blown\s+up|blowing\s+up\s+(?:a|an|the)|booby-trapped"
                    r"|remote[\s-]*control(?:led)?\s+(?:device|bomb|explosive|mine)s?|mines?\s+(?:placed|planted|laid|exploded|went\s+off)"
                    r"|(?:placed|planted|laid)\s+(?:\w+\s+){0,2}?mines?|" + _STRUCK_A_MINE + r")\b"),
        ("kidnapping", r"\b(?:kidnap\w*|abduct\w*|taken\s+hostage|held\s+hostage|hostages?"
                       # people seized and carried off ("bandits seized 20 travellers from a bus"), not
                       # the people's things ("seized 18 workers' passports") nor what police, customs or
                       # troops seize, which is goods or suspects
                       r"|(?<!police\s)(?<!customs\s)(?<!troops\s)(?<!soldiers\s)(?<!officers\s)(?<!authorities\s)"
                       r"(?:seized|snatched|grabbed|carried\s+off)\s+(?:\w+\s+){0,2}?" + _SEIZED_PEOPLE + r"(?!['’])"
                       # and a headline's passive ("bus passengers seized on highway")
                       + r"|" + _SEIZED_PEOPLE + r"\s+(?:(?:were|was|are|is)\s+)?(?:seized|snatched|grabbed))\b"),
        ("assassination", r"\b(?:assassinat\w+|targeted\s+killings?|gunned\s+down|shot\s+dead\s+(?:a|the)\s+\w+\s+(?:official|leader|governor|mayor|judge|journalist)"
                           # a candidate or an office holder shot dead, named by the office ("Presidential
                           # candidate Ana Ruiz was shot dead"): a public figure is the target
                           r"|(?:candidate|mayor|governor|minister|lawmaker|senator|judge|prosecutor|journalist)"
                           # (or by the place it serves: "the mayor of Tiquicheo was shot dead")
                           r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2})?"
                           r"(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3},?\s+(?:was|has\s+been)\s+shot\s+dead"
                           # the killers' signature in South Asia and Colombia: riders who shoot and speed off
                           # (two on one bike; "men on motorcycles" raiding a village are a gang)
                           r"|(?:men|gunmen|assailants|attackers|hitmen)\s+(?:riding\s+)?on\s+a\s+motor(?:bike|cycle))\b"),
        ("armed_clash", r"\b(?:clash(?:es|ed)?|" + _FIGHTING + r"|gun\s*battles?|gunfights?|firefights?|skirmish\w*|exchange[sd]?\s+(?:of\s+)?fire|offensive"
                         r"|battle\s+for|(?:in|during)\s+(?:an|the)\s+encounter"
                         # armed sides fighting each other ("rival factions of the cartel fought in the
                         # streets"), not a victim who "fought for his life" or "fought off" a robber
                         r"|fought\s+(?:each\s+other|one\s+another)|(?:rival|opposing)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:factions|gangs|groups|cartels|clans|militias|forces)\b[^.;]{0,60}?\bfought(?!\s+(?:for|off)\b))\b"),
        ("armed_assault", r"\b(?:" + GUNS_USED + r"|" + _NOT_DOWNED + r"(?:shooting|shot)|shots\s+(?:were\s+)?fired|fired\s+(?:shots|rounds|bullets)|" + FIRED_AT + r"|came\s+under\s+fire|gunm[ae]n|gunfire|opened\s+fire|stormed|stabb\w+|knife|machetes?|axes?|hatchets?|hacked\s+to\s+death|rampage|raid(?:ed|s)?|ambush\w*|massacre\w*|attacked\s+a|" + _BULLET_OR_FIRE + r"|" + RAMMING + r"|" + DRIVE_BY
                           + r"|" + _SIEGE + r"|" + NEUTRALISED + r"|" + _OVERRAN_POST + r")\b"),
        ("other_violence", r"\b(?:" + BURNED + r"|arson\w*|(?:threw|thrown|hurled|poured)\s+(?:\w+\s+){0,4}?(?:flammable|inflammable|petrol|gasoline|kerosene)\b"
                           r"|set(?:ting)?\s+fire\s+to|set(?:ting)?\s+(?:\w+\s+){0,6}?on\s+fire|set\s+(?:\w+\s+){0,5}?(?:ablaze|alight)|torched"
                           # a killing by hand, with no weapon ("beaten to death", a lynching)
                           r"|" + BEAT_TO_DEATH + r"|lynch(?:ed|ing)|" + BURNED_HOMES + r"|" + PRISON_RIOT
                           + r"|hijack\w*\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:plane|aircraft|airliner|jet|flight|bus|ship|vessel|train|truck))\b"),
        ("takeover", r"\b(?:took\s+(?-i:[A-Z])|captur(?:ed|es|ing)|seiz(?:ed|es|ing)|(?!" + _OVERRAN_POST + r")overr[au]n|fell\s+to|fallen\s+to|took\s+control|taken\s+control|took\s+over)\b"),
    )
)
#: Something done by people the text cannot name ("damaged by unidentified individuals",
#: "stopped by masked men"): a deliberate act.
BY_UNKNOWN = (
    r"by\s+(?:a\s+group\s+of\s+)?"
    r"(?:unknown|unidentified|masked|hooded|uniformed|armed)\s+(?:individuals|persons|people|men|assailants|attackers|perpetrators|youths|arsonists)"
)
#: An attack on a building, a vehicle or a line of supply ("an attack on local power lines",
#: "there was a mob attack on a rebuilt mosque"): a physical target, not a policy or a person's
#: record ("an attack on free speech").
ATTACK_ON_PROPERTY = (
    r"attacks?\s+(?:on|against)\s+(?:a|an|the|local|two|three|several|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:power\s+lines?|powerlines?|pylons?|pipelines?|bridges?|stations?|posts?|barracks|convoys?|patrols?|offices?"
    r"|homes?|houses?|buildings?|mosques?|church(?:es)?|temples?|synagogues?|embass(?:y|ies)|consulate|bus|buses|vehicles?|trains?"
    r"|shops?|stores?|restaurants?|banks?|hotels?|schools?|facilit(?:y|ies)|plants?|substations?|towers?)\b"
)
# An attack with no weapon or kind named ("was attacked by settlers", "unknown perpetrators
# attacked the apartment", "damaged in an attack"), by assailants who are no critics or
# rivals: other violence, but only where nothing more specific is told (see the pipeline).
UNARMED_ATTACK = re.compile(
    r"\b(?:(?:was|were)\s+(?:\w+\s+)?attacked\s+(?:and\s+\w+\s+)?by\s+(?:[\w-]+\s+){0,3}?(?:settlers|mobs?|individuals"
    r"|perpetrators|assailants|attackers|youths|men|militants|rebels|guerrillas|insurgents|extremists|group\s+of)"
    r"|(?:unknown|unidentified|hooded|masked|armed)\s+(?:\w+\s+)?(?:perpetrators|individuals|assailants|attackers|men|persons|youths)"
    r"\s+attacked|mob\s+attack|damaged\s+in\s+(?:a|an)\s+(?:\w+\s+)?attack"
    # or done by people the text cannot name ("by uniformed men"); a victim "attacked and
    # killed" or "beaten to death" with no weapon named
    r"|" + BY_UNKNOWN + r"|(?:was|were)\s+(?:\w+\s+)?attacked\s+and\s+(?:killed|wounded|injured|beaten|robbed)"
    r"|" + BEAT_TO_DEATH + r"|lynch(?:ed|ing)|" + ATTACK_ON_PROPERTY + r")\b",
    re.IGNORECASE,
)
# What strikes or kills with no one behind it: "a quake strikes", "a killer storm".
_DISASTER = r"(?:(?:earth)?quakes?|storms?|tornado(?:e?s)?|floods?|heat(?:wave)?|flu|virus|disease|tsunami|waves?)"
# A heart, panic or asthma attack is an illness, no attack on anyone.
_NO_ILLNESS = r"(?<!heart\s)(?<!panic\s)(?<!asthma\s)"
# The word lists below are lower case and matched against lower-cased text: several
# times faster than IGNORECASE on whole articles, which is what the prefilter sees.
_VIOLENT = re.compile(
    r"\b(kill\w*|dead|death|died|wound\w*|injur\w*|" + _NO_ILLNESS + r"attack\w*|bomb\w*|blast\w*|explosi\w*|shoot\w*|shot|gunm[ae]n|airstrikes?|" + _BULLET_OR_FIRE
    + r"|molotov|incendiary|arson\w*|firebomb\w*|grenades?|ieds?|gunfire|ambush\w*|stab|stabs|stabb\w*|hostages?|murder\w*"
    # (and a headline's present tense: "Rebels execute three villagers")
    r"|gunned|behead\w*|lynch\w*|strangl\w*|execut(?:ed|ing|es?)|(?:slit|cut)\w*\s+the\s+throats?"
    r"|gunshots?|gunpoint|knifepoint|pistol-whip\w*|armed\s+robber\w*|fired\s+(?:\w+\s+){0,2}?(?:shots?|rounds|bullets|guns?|pistols?|rifles?|weapons?)"
    r"|(?:pointed|brandished|displayed|pulled\s+out|drew)\s+(?:a|an|his|her|their)\s"
    # cheaper supersets of BURNED and BY_UNKNOWN, which start with words as common as "was" and "by"
    r"|burned|burnt|(?:unknown|unidentified|masked|hooded|uniformed|armed)\s+(?:individuals|persons|people|men|assailants"
    r"|attackers|perpetrators|youths|arsonists)|blowing\s+up"
    r"|hurt|hospitali[sz]ed|hospitals?|casualt\w*|victims?|toll|bodies|raid\w*|massacre\w*|gunm[ae]n|militants?|slaying\w*|slain"
    # (each with its plural: "air strikes hit a market", "insurgents overran a post")
    r"|rocket|mortar|shell\w*|strikes?|clash\w*|fighting|massacre|kidnap\w*|abduct\w*|militant|insurgents?|knife|knives"
    r"|machetes?|drones?|artillery|gun\s*battles?|gunfights?|firefights?|skirmish\w*"
    r"|captur\w+|seiz\w+|overr[au]n|assassinat\w+|martyr\w*|hostage|terror\w*|stormed|shots|fired\s+(?:at|on|upon)|opened\s+fire"
    r"|dynamit\w*|blew\s+up|blown\s+up|set(?:ting)?\s+fire|set(?:ting)?\s+(?:\w+\s+){0,6}?on\s+fire|ablaze|hijack\w*|arson\w*"
    r"|claim\w*\s+(?:of\s+)?responsibility|homicides?|" + _STRUCK_A_MINE +
    r"|incendiary|torched|rockets|mortars|missiles?|detonat\w*|explod\w*|" + RAMMING + r"|" + _SIEGE_HELD
    + r"|" + PRISON_RIOT + r"|" + NEUTRALISED + r")\b",
)

# An earlier event the attack followed: "the attack came a day after a leader was
# assassinated". Background, and never the story a follow-up's lead recalls.
_CAME_AFTER = (
    r"(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|a\s+few|several|\d+)"
    r"\s+(?:days?|weeks?|months?|years?)\s+after"
)
#: An earlier event the story's followed by months or years ("killed six, two years after 40
#: were killed in the same area", "a year after", "months after"): when the sentence told an
#: attack before it, what it tells after it is background (see the pipeline). Days and weeks
#: after are as often the story's own sequel ("he died two days after the attack"); a
#: sentence that opens on it ("Two years after three men were shot dead, a man was charged")
#: tells a follow-up of the story's own event. Days and weeks after another attack, told as
#: one with its own deed ("killing three, a week after a blast there killed five", "two days
#: after gunmen killed 12 nearby"), are background too; not the story's own attack named
#: again ("he died two days after the attack").
LOOKS_BACK = re.compile(
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a\s+few|several|many)\s+)?"
    r"(?:(?:months?|years?|decades?)\s+after\b"
    r"|(?:days?|weeks?)\s+after\s+(?:(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:attack|blast|bomb|bombing|explosion|shooting|raid"
    r"|ambush|strike|airstrike|assault)|gunm[ae]n|militants|attackers|assailants|insurgents|bandits|jihadists)\b"
    # (not one on the lead's own people, whose later death the sentence tells: "a wounded
    # soldier died, two days after an ambush on his convoy killed five", "after gunmen
    # attacked their post")
    r"(?!(?:\s+[\w-]+){1,2}\s+(?:his|her|their)\s|\s+in\s+which\s+(?:he|she|they)\b)"
    r"(?=(?:\s+[\w,'’-]+){0,8}?\s+(?:killed|killing|wounded|injured|left)\b)"
    # or with a count of its own dead ("weeks after 50 people were killed in a nearby village")
    r"|(?:days?|weeks?)\s+after\s+(?:(?:at\s+least|more\s+than|nearly|about|some)\s+)?(?:\d[\d,]*|[a-z]+-?[a-z]*)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:were|was|had\s+been)\s+(?:killed|slain|murdered|massacred|shot\s+dead)\b)",
    re.IGNORECASE,
)
BACKGROUND = re.compile(
    r"\b((?<!most\s)(?<!the\s)recent(?:ly)?|(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\s+(?:19|20)\d\d|in\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|april|june|july"
    r"|august|september|october|november|december)\b(?!\s+\d)|last\s+(?:week|month|year|spring|summer|autumn|winter|january|february|march|april|may|june"
    r"|july|august|september|october|november|december)|earlier\s+(?:this|in\s+the)\s+(?:week|month|year)|previous(?:ly)?"
    r"|in\s+(?:19|20)\d\d|(?:months|years|weeks)\s+ago"
    # an attack named by its year: "the 2016 truck attack in Nice", "the 2008 Mumbai attacks"
    r"|(?:the|a|an)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|massacre|shootings?|killings?|murders?|ambush|siege|raid)"
    # or by its month alone, as a round-up of the year names it: "the January suicide bombing"
    # (a day after the month dates it: "the November 9 shooting" may be the story's own)
    r"|the\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|massacre|shootings?|killings?|ambush|siege|raid)\b"
    # a sentence passed for a killing: a past one ("jailed for life for the murder of a lawmaker")
    r"|(?:sentenced|jailed|convicted)\s+(?:[\w-]+\s+){0,6}?(?:for|of)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:murders?|killings?)\s+of"
    # what the attack followed: "the attack came a day after a leader was assassinated"
    r"|" + _CAME_AFTER +
    # attacks told apart from this one: "the two attacks on", "those bombings in", "the earlier
    # blasts at"; not the present attack ("killed in the attacks on Bokkos")
    r"|(?:(?:the|these|those|both)\s+(?:two|three|four|five|\d+)\s+|(?:these|those|both)\s+|the\s+(?=earlier))"
    r"(?:earlier\s+)?(?:attacks|assaults|bombings|blasts)\s+(?:on|in|at|that)|had\s+already|already\s+(?:taken|captured)"
    # not a share of the victims just counted: "killing 14 people, most of them soldiers"
    r"|(?:some|many|most|all)\s+of\s+(?:the|these|those|them(?!\s+(?!(?:were|was|had|have|are|in|on|at|by|since|during|over)\b)[a-z]))\b|anniversary|since\s+(?:19|20)\d\d|(?:years?|months?|decades?)\s+since\s+(?:the|a|an)|(?:years|decades|a\s+year|a\s+decade)\s+after\s+(?:the|a|an)\s|follow\s+a\s+familiar\s+pattern|campaign\s+of)\b",
    re.IGNORECASE,
)
PERIOD = re.compile(
    r"\b((?:over|in|during|within|for|throughout)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+){0,2}?(?:hours?|days?|weeks?|months?|years?|decades?)"
    r"|(?:in|during|over|throughout)\s+this\s+decade"
    r"|since\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|the\s+start|the\s+beginning|the\s+start)"
    # a span of months ("between January and June")
    r"|between\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+and\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    # a count of the shot over the days since one ("74 people shot since Wednesday afternoon")
    r"|shot\s+(?:[\w,]+\s+){0,4}?since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # a month's tally told in the perfect ("dozens have been killed in the state this month"),
    # not one event's time ("shot earlier this month", "a petrol bomb, the third this month")
    r"|(?:have|has)\s+been\s+(?:[\w,]+\s+){1,6}?this\s+month"
    r"|(?:so\s+far\s+)?this\s+year|so\s+far\s+this|(?:weeks|months|years)\s+of|in\s+the\s+past\s+\w+\s+(?:days|weeks|months)"
    r"|per\s+(?:day|week|month)|a\s+year|annual|in\s+total\s+since"
    # the tally of a series of attacks, told apart from the attack: "Overall, 24 people have been killed"
    r"|overall(?=,?\s+(?:[\w-]+\s+){0,4}?(?:have|has)\s+been\s+(?:killed|wounded|injured)))\b",
    re.IGNORECASE,
)
# A round-up of several shootings: "4 dead, 16 wounded in shootings across the city",
# "a violent night leaves 2 dead", "weekend shooting death toll rises to four", "two
# separate hunting accidents left two injured", "four other incidents". Its figures
# add up several events, none of them one incident's own toll. A bare "in Saturday
# shootings" or "party shootings" is often one spree and is not enough; "one of several
# shootings" tells one of them.
ROUND_UP = re.compile(
    r"\b(?:(?<!of\s)(?:separate|multiple|several|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|(?:two\s+)?dozens?)(?:\s+separate)?"
    r"|(?:a|the)\s+(?:series|string|spate|rash|wave|number)\s+of)\s+(?:(?!(?:in|at|on|after|from|killed|dead|wounded|injured|hurt|shot)\b)(?:separate|unrelated|other|weekend|overnight|(?-i:[A-Z])\w+)\s+){0,3}(?:shootings|stabbings|incidents|accidents)"
    r"|shootings\s+(?:\w+\s+){0,3}?(?:across|throughout|around|all\s+over)\s+(?-i:[A-Z])\w+|(?:across|throughout)\s+the\s+city"
    # a country's day of attacks, told before each one ("attacks across Iraq killed nine")
    r"|(?:attacks|violence|bombings|blasts)\s+(?:\w+\s+){0,2}?(?:across|throughout|all\s+over)\s+(?:the\s+country|(?-i:[A-Z])\w+)"
    r"\s+(?:\w+\s+){0,2}?(?:killed|left|claimed|wounded|injured)"
    r"|separate\s+(?:\w+\s+){0,3}?(?:shootings|stabbings|incidents|accidents|attacks)|series\s+of\s+violent\s+(?:events|incidents)"
    r"|shootings\s+(?:on|in)\s+(?:the\s+)?[\w,\s]{0,40}?\bsides"
    r"|shootings\s+since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|violent\s+(?:night|weekend|day|evening|holiday)|weekend\s+(?:(?-i:[A-Z])\w+\s+)?(?:shootings|violence)"
    r"|weekend\s+(?:shooting\s+)?death\s+toll)\b",
    re.IGNORECASE,
)
SEPARATE = re.compile(
    r"\b(earlier\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|in\s+the\s+day|that\s+day|today)"
    r"|earlier\s+(?:saturday|sunday|monday|tuesday|wednesday|thursday|friday)\s+morning|hours\s+(?:before|after|earlier|later)"
    r"|separately|in\s+a\s+separate|in\s+another|another\s+(?:attack|bomb|blast|explosion)|elsewhere|also\s+on\s+\w+day"
    r"|in\s+a\s+second|a\s+second\s+(?:attack|blast|bomb)|meanwhile|earlier\s+that|two\s+small|in\s+(?:a|an)\s+\w*\s*(?:unrelated|different))\b",
    re.IGNORECASE,
)
_EARLIER = re.compile(r"^\W*earlier\s*,", re.IGNORECASE)
# An earlier word or toll of the story's own event, or a look back at its victims, told before
# any violence or figure of the sentence ("Earlier, a spokesman for the governor, Ali Musa, told
# reporters 13 had been killed", "Earlier, the toll stood at 13", "Earlier, two of the victims").
_EARLIER_WORD = re.compile(
    r"\b(?:said|says|told|reported|announced|confirmed|put|stood|gave|suggested|quoted|cit(?:ing|ed)|counted|estimated"
    r"|according\s+to|toll|victims|the\s+(?:wounded|injured|dead))\b",
    re.IGNORECASE,
)
# A deed or a doer of violence (not _VIOLENT, which counts "hospital" and "dead" in "hospital
# sources put the number of dead at 12").
_EARLIER_DEED = re.compile(
    r"\b(?:kill\w*|shot|shoot\w*|gunm[ae]n|gunfire|wound\w*|injur\w*|attack\w*|bomb\w*|blast\w*|explo\w*|stabb\w*"
    r"|kidnap\w*|abduct\w*|ambush\w*|raid\w*|opened\s+fire|fired)\b",
    re.IGNORECASE,
)


def earlier_event(text: str, figure_ends: Iterable[int] = ()) -> bool:
    """Whether ``text`` opens on "Earlier," to tell what happened before the story's event
    ("Earlier, in Kandahar, a bomb killed four"), not an earlier word about that event. A
    casualty figure told whole before the word (ending at ``figure_ends``: "Earlier, four
    people died in Kandahar, police said") tells an event; one the word is part of ("9 people
    were reported killed") or a time ("at 10 am") does not."""
    opening = _EARLIER.match(text)
    if opening is None:
        return False
    word = _EARLIER_WORD.search(text, opening.end())
    if word is None:
        return True
    deed = _EARLIER_DEED.search(text, opening.end(), word.start())
    return deed is not None or any(opening.end() < end <= word.start() for end in figure_ends)
#: A toll an earlier one: a sentence that opens on "Earlier," or "At first," ("Earlier, the
#: toll stood at 9"), or a toll told as given at first ("the toll had initially stood at 9",
#: "officials first said 20"): a later one supersedes it, whatever the order of the sentences.
SUPERSEDED = re.compile(
    _EARLIER.pattern + r"|^\W*(?:at\s+first|initially)\s*,"
    r"|\b(?:earlier|initially|previously|at\s+first|first)\s+(?:been\s+)?(?:stood|put|given|gave|reported|said|estimated|counted|cited)\b"
    # "Earlier reports had put the toll at 19", "An earlier toll was 19"
    r"|^\W*(?:an\s+)?earlier\s+(?:reports?|figures?|(?:death\s+)?tolls?|accounts|estimates?|counts?)\b"
    # after a bare "Earlier" with no comma ("Earlier officials put the toll at five"), or in the
    # past perfect of its telling ("Earlier officials had put the toll at five", "Police had
    # given a toll of five"); not "the toll had risen to 12", the latest
    r"|^\W*earlier\s+(?:[\w'’-]+\s+){1,4}?(?:had\s+)?(?:put|gave|given|set|estimated|reported|cited|counted)\b"
    r"|\bhad\s+(?:(?:earlier|initially|first|previously)\s+)?(?:put|given|set|stood|estimated|reported|cited|counted)\b",
    re.IGNORECASE,
)
#: A second blast or wave of the same attack, minutes after the first ("Minutes later a car
#: bomb hit the rescuers, killing two"): its victims add to the attack's toll. Hours later
#: is another event (SEPARATE). Only the moment is matched; the pipeline also wants the
#: second blow named (SECOND_BLOW), not a victim found minutes later.
SEQUEL = re.compile(r"\b(?:minutes|moments|seconds)\s+later\b", re.IGNORECASE)
#: A blow after the first one: a second, another or a third weapon or attacker named ("a
#: second bomb", "another suicide bomber"), not any second thing ("another official said",
#: "on the second floor").
SECOND_BLOW = re.compile(
    r"\b(?:second|another|third)\s+(?:[\w-]+\s+)?(?:bombs?|blasts?|explosions?|explosives?|devices?|strikes?|air\s*strikes?"
    r"|drones?|missiles?|rockets?|shells?|mortars?|grenades?|attackers?|assailants?|gunm[ae]n|bombers?|vehicles?|car\s+bombs?"
    r"|wave|volley|salvo|barrage)\b",
    re.IGNORECASE,
)
# Victims of other events than the one told, named wherever the sentence names them, even
# after its figures: "three other policemen died in similar attacks nearby", "killed in two
# separate ambushes", an event the attack came after.
OTHER_ATTACKS = re.compile(
    r"\b(?:in|during)\s+(?:a\s+|two\s+|three\s+|several\s+)?(?:similar|separate|unrelated)\s+(?:\w+\s+)?"
    r"(?:attacks?|incidents?|shootings?|bombings?|blasts?|explosions?|raids?|ambush(?:es)?)\b|\b" + _CAME_AFTER,
    re.IGNORECASE,
)
# Violence that did not happen, or not as an attack: a threat, a possibility or an intention
# ("will bomb", "might try to kidnap", "threatened to", a bomb threat, a hoax), a demand that
# it stop ("stop bombing civilian areas"), a rumour or a report called unfounded, arms seized,
# found or supplied. A sentence telling only this (no figure, no claim) is no event.
NOT_AN_EVENT = re.compile(
    r"\b(?:(?:will|would|might|could)\s+(?:be\s+|(?:attempt|try)\s+to\s+)?(?:bomb|attack|place|plant|strike|kill|kidnap)\w*"
    r"|threaten\w*\s+to|rumou?rs?|unfounded"
    r"|bomb\s+(?:threats?|scares?)|hoax(?:es)?|false\s+alarms?"
    # arms shown or tried, not used on anyone: "rockets were fired during a live-fire exercise"
    r"|(?:live-fire|military|naval|joint|air|army)\s+(?:exercises?|drills?|manoeuvres|maneuvers)|war\s+games"
    # a siege or an attack played out by the police for practice ("a mock school siege")
    r"|(?:mock|simulated|staged)\s+(?:[\w-]+\s+){0,2}?(?:sieges?|attacks?|raids?|shootings?|hostage)"
    r"|(?:rolled|marched|paraded|displayed|shown|showcased)\s+(?:\w+\s+){0,4}?(?:during|at|in)\s+(?:a|the)\s+(?:\w+\s+)?parade"
    r"|test-fir\w+|test\s+launch\w*|(?:missile|weapons?|rocket)\s+tests?|tested\s+(?:\w+\s+){0,3}?(?:missiles?|rockets?|warheads?|bombs?)"
    # a search or a seizure by officials, no attack: "tax officials raided a firm's offices"
    r"|(?:tax|customs|revenue|anti-corruption|anti-graft|election|health|food|labou?r)\s+(?:officials|officers|inspectors|authorities|agents)"
    r"\s+(?:\w+\s+){0,2}?raid\w*|(?:seized|recovered|confiscated|seizure\s+of)\s+(?:\w+\s+){0,4}?(?:heroin|cocaine|drugs|cannabis|methamphetamine"
    r"|narcotics|contraband|counterfeit|smuggled\s+goods)"
    r"|(?:stop|end|cease|halt)\s+(?:the\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,3}?(?:using|bombing|bombardments?|shelling|attacking|attacks|killings?|kidnapping)"
    # skill with arms, not their use: "an expert in explosives", "taught them how to use grenades"
    r"|(?:experts?|trained|training|instructed|taught)\s+(?:\w+\s+){0,3}?(?:in|on|to\s+use)\s+(?:\w+\s+){0,3}?(?:explosives|bombs|weapons|grenades|arms)"
    r"|(?:plot|plots|plotted|plotting|conspiracy|conspired|plan|plans|planned|planning)\s+to\s+(?:assassinate|kill|murder|bomb|attack|kidnap|blow\s+up"
    r"|step\s+up\s+(?:the\s+)?(?:violence|attacks|bombings))"
    # a purpose, not a deed: "mercenaries who came to assassinate him", "in order to bomb the town"
    r"|(?:came|come|comes|sent|hired|recruited|paid|trained|intended|intending|preparing|prepared|getting\s+ready)\s+(?:\w+\s+){0,4}?to\s+(?:assassinate|kill|murder|bomb|kidnap|blow\s+up)"
    # arms named as what is to be done without ("talks without bombs and bullets")
    r"|without\s+(?:the\s+)?(?:bombs?|bullets|weapons|arms|guns|violence|bloodshed)\b"
    r"|in\s+order\s+to\s+(?:\w+\s+){0,3}?(?:assassinat\w+|kill\w*|murder\w*|bomb\w*|attack\w*|kidnap\w*|blow\s+up)"
    r"|(?:seized|confiscated|seizure|found|discovered|supplied|given|delivered|shipments?)\b.{0,80}"
    r"\b(?:arsenal|weapons|rifles|arms|cache|explosives|dynamite|grenades|missiles|launchers)"
    # and told the other way round: "the weapons, 300 rifles and ..., were among the supplies found"
    r"|(?:arsenal|weapons|rifles|arms|cache|ammunition|launchers)\b[^.]{0,300}?\b(?:was|were)\s+(?:\w+\s+){0,4}?"
    r"(?:found|seized|confiscated|discovered|recovered))\b",
    re.IGNORECASE,
)
# An attack told as done, which no word of NOT_AN_EVENT beside it undoes ("gunmen opened
# fire on troops during military exercises", "police shot dead three suspects and seized
# cocaine").
# Not one told as a rumour or called false ("reports that gunmen attacked a village were
# unfounded"), nor fire opened in a drill ("troops opened fire during a live-fire exercise").
DEED_DONE = re.compile(
    r"^(?![\s\S]*\b(?:rumou?rs?\s+that|unfounded|baseless|untrue|(?:was|were)\s+(?:\w+\s+)?false(?!\s+alarm))\b)[\s\S]*?"
    r"\b(?:opened\s+fire(?!\s+(?:\w+\s+){0,2}?during\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:exercises?|drills?))|" + FIRED_AT
    + r"|shot\s+dead|ambushed|stormed|attacked)\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?\b", re.IGNORECASE)
_MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DAY_MONTH = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]{3,9})\.?(?:\s+(?P<y1>\d{2,4}))?"
    r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{4}))?)\b"
)
_RELATIVE = re.compile(r"\b(yesterday|last\s+night|today|tonight|this\s+morning)\b", re.IGNORECASE)
#: A day of the news's own week ("on Monday", "yesterday", "last night"): told beside a
#: BACKGROUND marker in one sentence, it sets the story's figures apart from the earlier
#: event's ("killed two men in 2019 and three on Monday").
THIS_WEEK = re.compile(_WEEKDAY.pattern + "|" + _RELATIVE.pattern, re.IGNORECASE)
# The day before the one the story is told on: "officials said on Monday that a bomb had
# killed three the previous evening" is Sunday.
_DAY_BEFORE = re.compile(r"\b(?:the\s+)?previous\s+(?:day|evening|night|morning|afternoon)\b", re.IGNORECASE)


_NON_VIOLENT_CAUSE = re.compile(
    r"\b(accident|crash(?:ed|es)?|collision|collided|derail\w*|capsiz\w*|earthquake|quake|flood\w*|landslides?"
    r"|mudslides?|storms?|cyclone|hurricane|typhoon|tornado|blaze|wildfires?|cholera|outbreak|epidemic|pandemic"
    r"|overdose\w*|drown\w*|heatwave|avalanche|lightning|building\s+collapse|collapsed|food\s+poisoning"
    r"|ravine|plunged|overturned|caught\s+fire|short\s+circuit|tanker|lost\s+its\s+brakes|pile-?up|gas\s+leak"
    r"|cylinder|boiler|heart\s+(?:attack|failure)|pneumonia|cancer|natural\s+causes|(?<!opened\s)(?<!open\s)(?<!set\s)(?<!rocket\s)(?<!artillery\s)\bfire\b(?!\s+(?:at|on)\b))\b",
    re.IGNORECASE,
)
# A blast of a gas cylinder, a boiler, a transformer, fireworks or a tanker is an accident's.
_ACCIDENTAL = r"(?<!gas\s)(?<!cylinder\s)(?<!boiler\s)(?<!transformer\s)(?<!fireworks\s)(?<!firecracker\s)(?<!tanker\s)"
_ATTACK_WORDS = re.compile(
    r"\b(" + _NO_ILLNESS + r"attack\w*|bomb\w*|shoot\w*|shot|gunm[ae]n|gunfire|militants?|insurgents?|rebels?|terror\w*|suicide|"
    r"explosive|grenade|rocket|mortar|shell\w*|airstrikes?|drones?|ambush\w*|massacres?|(?<!suspicion\sof\s)(?<!charged\swith\s)murder\w*|stabb\w*|arson\w*"
    r"|kidnap\w*|assassinat\w*|clash\w*|raid\w*|gunman|assailants?|attackers?|hostages?|abduct\w*|fighting"
    r"|landmines?|" + _ACCIDENTAL + r"blasts?|detonat\w*|stormed|bandits?|armed\s+men|jihadists?|extremists?|guerrillas?|fighters"
    r"|" + GUNS_USED + r"|missiles?|bullets?|guns?|gunpoint|firearms?|handguns?|shotguns?|pistols?|rifles?|weapons?|hunting\s+(?:accident|incident|mishap)s?|knife|knives|machetes?|lynch\w*|execut(?:ed|ing)|behead(?:ed|ing|ings)|torched"
    r"|molotov|devices?|ieds?|killers?(?!\s+" + _DISASTER + r")|homicides?|slain|massacred|opened\s+fire|crossfire|gunned\s+down|strangl\w*"
    r"|" + DRIVE_BY +
    r"|(?<!quake\s)(?<!storm\s)(?<!tornado\s)(?<!lightning\s)(?<!disaster\s)strikes?"
    r"|rockets|mortars|grenades|explosives|shots|" + FIRED_AT + r"|came\s+under\s+fire"
    r"|dynamit\w*|tnt|blew\s+up|blown\s+up|booby-trapped|" + _STRUCK_A_MINE + r"|set(?:ting)?\s+fire\s+to|set(?:ting)?\s+(?:\w+\s+){0,6}?on\s+fire"
    r"|claim\w*\s+(?:of\s+)?responsibility"
    # Killings by armed men of the state or a militia, told with no weapon: "soldiers
    # killed nine civilians", "the army admitted its troops killed nine peasants", "government
    # forces killed 12 villagers" (any forces: "its forces", "Russian forces").
    r"|" + _BULLET_OR_FIRE + r"|militiam[ae]n|militias?|(?:soldiers|troops|policemen|police|forces|army|military)\s+"
    r"(?:(?!(?:were|was|are|is|been|being|also)\b)\w+\s+)?(?:killed|killing|murdered|massacred|executed)"
    # or a target they struck or destroyed ("denied that Russian forces had targeted the hospital",
    # "its forces destroyed a command post")
    r"|(?:separatists|gang\s+members|gangsters|gangs)\s+(?:\w+\s+)?(?:killed|killing|murdered|massacred|executed)"
    r"|(?:forces|troops|soldiers|army|military)\s+(?:had\s+|have\s+|has\s+)?(?:targeted|struck|destroyed)\s+(?:a|an|the|two|three|several)\s"
    # (not a deal or an accord struck)
    r"(?!(?:\w+\s+)?(?:deal|pact|truce|bargain|agreement|accord|balance|chord|note|tone|compromise|ceasefire)\b)"
    r"|set\s+(?:\w+\s+){0,5}?(?:ablaze|alight)|torched|hijack\w*|incendiary|firebombs?|arsonists?|hooded"
    r"|" + BURNED + r"|" + BY_UNKNOWN + r"|" + BEAT_TO_DEATH + r"|artillery|howitzers?|" + RAMMING + r"|" + BURNED_HOMES + r"|" + _SIEGE_HELD
    + r"|" + PRISON_RIOT + r"|" + NEUTRALISED + r")\b",
)


# An explosion is an attack's as often as an accident's: it admits an item to extraction
# only with no accident, disaster or industrial cause named ("a tanker exploded").
_EXPLOSION = re.compile(r"\b(explosions?|exploded|blowing\s+up)\b")


def explosion_not_accident(text: str) -> bool:
    """An explosion named with no accidental cause: "an explosion at the cemetery killed
    a unionist" may be an attack, "a fuel tanker exploded" is not."""
    return _EXPLOSION.search(text.lower()) is not None and _NON_VIOLENT_CAUSE.search(text) is None


# People killed, told in the passive with nobody named as the killer ("twelve people were
# killed in a village"), in a text where the police or the army act on it: in news, a
# violent incident, unless an accident, a disaster or an animal is named anywhere in the text.
_KILLED_BY_SOMEONE = re.compile(r"\b(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?killed\b")
# The police or troops doing something about an attack (hunting or arresting the killers, a
# curfew, an investigation), not merely named: "police said" tells of an accident as often.
_SECURITY_AT_WORK = re.compile(
    r"\b(?:curfew|manhunt|(?:police|policemen|officers|security\s+(?:forces|agencies|operatives)|troops|soldiers|army|military)"
    r"\s+(?:\w+\s+){0,6}?(?:hunt\w*|arrest\w*|detain\w*|investigat\w*|deployed|cordon\w*|pursu\w*"
    r"|(?:asked|warned|urged|told|ordered)\s+residents"
    r"|search\w*\s+for\s+(?:the\s+)?(?:attackers|gunmen|killers|assailants|suspects|perpetrators)))\b"
)
# What kills with nobody's intent, beyond the accidents of _NON_VIOLENT_CAUSE: a disaster,
# a crush, work, a road, an animal, the weather, a judicial hanging.
_NOT_BY_PEOPLE = re.compile(
    r"\b(?:" + _DISASTER + r"|stampede|crush|trampl\w+|electrocut\w+|factory|workplace|construction|scaffold\w*|machinery"
    r"|industrial|sank|sunk|sinking|caved\s+in|cave-ins?|collaps\w*|hit-and-run|drivers?|motorists?|hang(?:ed|ing)"
    r"|" + _ANIMALS + r")\b"
)


def killing_told(text: str) -> bool:
    """People "were killed" with the police or troops acting on it and no accident, disaster
    or animal named: "Twelve people were killed in a village. Police warned residents to stay
    indoors" is an attack with no attacker named; "... were killed when a bus plunged into a
    river" is not."""
    lower = text.lower()
    return (
        _KILLED_BY_SOMEONE.search(lower) is not None and _SECURITY_AT_WORK.search(lower) is not None
        and _NON_VIOLENT_CAUSE.search(text) is None and _NOT_BY_PEOPLE.search(lower) is None
    )


# A story told in a film, a novel or a series, not news of one: "the new thriller follows a
# detective hunting a gunman", "the film tells of a man who drove a truck into a crowd",
# "in a fictional suburb". Read in the opening only: news may mention a film further down.
_FICTION = re.compile(
    r"\b(?:fictional|(?:film|movie|novel|book|series|thriller|drama|play|show|sequel)\s+(?:\w+\s+)?"
    r"(?:follows|tells\s+(?:of|how|the\s+story)|is\s+set\s+in|centres\s+on|centers\s+on|stars)"
    # "The thriller, in which a gunman holds a bank, took $2 million"
    r"|(?:film|movie|novel|thriller|drama|sequel|series|video\s+game)\s*,?\s+in\s+which"
    r"|memoirs?\s+(?:\w+\s+)?(?:recounts|tells\s+(?:of|how)|describes)"
    # "A documentary about the September 11 attacks premiered"
    r"|(?:documentary|docuseries)\s+(?:film\s+|series\s+)?(?:about|on)"
    # "In the new film, soldiers killed hundreds": what happens in one
    r"|(?:^|\n)\W*in\s+(?:the|a|his|her|their)\s+(?:new\s+|latest\s+|upcoming\s+)?(?:film|movie|novel|thriller|drama|play|sequel)\s*,\s*(?=\w))\b"
)
_FICTION_OPENING = 300


def fiction_told(text: str) -> bool:
    """Whether ``text`` opens by telling of a film's, a book's or a series' story."""
    return _FICTION.search(text[:_FICTION_OPENING].lower()) is not None


# A blast where things are made or stored that explode by accident ("a blast tore through a
# fireworks factory"): an accident's, unless the sentence names a weapon or an attacker too.
_BLAST = re.compile(r"\b(?:blasts?|explosions?|explod\w*)\b")
_WORKS_WORD = r"(?:fireworks?|firecrackers?|factory|factories|refinery|boiler|kiln|warehouse|chemical\s+plant|gas\s+(?:leak|station|pipe(?:line)?))"
# A works named as a landmark of the place the blast hit ("a police post near a cement
# factory", "at the gate of the refinery"), not as where it went off ("an explosion near a fireworks warehouse", "a blast at
# a privately owned fireworks factory", "at their workplace, a fireworks factory").
_LANDMARK_WORKS = re.compile(
    r"(?<!blast\s)(?<!blasts\s)(?<!explosion\s)(?<!explosions\s)\b(?:near|outside|beside|behind|opposite|next\s+to|close\s+to"
    r"|(?:gates?|entrance|walls?)\s+(?:of|to))"
    r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?" + _WORKS_WORD + r"\b"
)
_WORKS = re.compile(r"\b" + _WORKS_WORD + r"\b")


# An attack or terror denied ("the crash was not terror-related", "no sign of an attack"):
# no word of an attack beside an accident.
_ATTACK_DENIED = re.compile(
    r"\b" + _DENIED + r"(?:attack|terror[\w-]*)", re.IGNORECASE
)


def non_violent_cause(text: str) -> bool:
    """Deaths from an accident, a disaster or a disease ("a bus crash killed 12"), with
    no word of an attack in the same sentence: not an incident this service tracks."""
    if _NON_VIOLENT_CAUSE.search(text) is not None and not attack_words(_ATTACK_DENIED.sub(_blank, text)):
        return True
    lower = text.lower()
    return (
        _BLAST.search(lower) is not None
        and _WORKS.search(_LANDMARK_WORKS.sub(_blank, lower)) is not None
        and not attack_words(_BLAST.sub(_blank, lower))
    )


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# Words of violence that tell of none: sport ("shot two goals", "shot 12 of 15 from the
# field", "the pace attack"), criticism ("attacked the budget", "shot down the idea",
# "killed off any hope"), a flop ("bombed at the box office"), an attack on computers or by
# an animal ("a cyber attack", "a shark attack", "a pack of dogs attacked them", "shot dead
# a man-eating tiger"). Blanked by :func:`literal` before the checks for violence.
_AN = r"(?:(?:a|an|the|his|her|their|its|any|every)\s+)?"
_SET_TO_GO_OFF = r"(?:waiting|about|ready|set)\s+to\s+(?:go\s+off|explode|blow)"
_NOT_VIOLENCE = re.compile(
    r"\b(?:"
    r"sho(?:t|ots?|oting)\s+" + _AN + r"(?:[\w-]+\s+){0,2}?(?:goals?|baskets?|free\s+throws?|three-pointers|threes|penalt(?:y|ies)"
    r"|birdies?|bogeys?|eagles?|(?:\d+\s+)?(?:under|over)\s+par|round\s+of\s+\d+|percent|per\s+cent)\b"
    r"|sho(?:t|oting)\s+\d+\s*(?:-|of|for)\s*\d+\s+(?:from|on|at|behind)\b"
    r"|sho(?:t|ots?)\s+(?:to\s+(?:fame|prominence|stardom|the\s+top)|up\s+the\s+charts)"
    # a boost and a chance ("a welcome shot in the arm for", "didn't have a shot"), not a
    # victim "shot in the arm" ("a police officer shot in the arm", "a 17-year-old shot in
    # the arm": only a word of a boost between); a scene filmed ("in Prague shooting a
    # remake"); a player's aim ("his shooting range")
    r"|(?:a|an|the|another)\s+(?:(?:welcome|much-needed|badly-needed|needed|big|bigger|biggest|huge|major|real|timely|massive|vital"
    r"|further|useful|great|early|economic|financial|political)\s+){0,2}shot\s+in\s+the\s+arm"
    # an attack denied or ruled out ("a road accident and not an attack", "ruled out a
    # terror attack"); not "not a random attack", which tells one, nor a ruling-out denied
    # or put off ("have not ruled out", "could not rule out", "declined to rule out")
    r"|(?:not|no|(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)(?<!\byet\s)(?<!\bto\s)(?<!\bcannot\s)(?:ruled|rule)\s+out)"
    r"\s+(?:an?\s+)?(?:(?:terror(?:ist)?|deliberate)\s+)?attack\b"
    # or left an open question ("too early to say whether it was an attack", "if the crash
    # was a deliberate attack")
    r"|(?:whether|if)\s+(?:it|this|that|the\s+[\w-]+)\s+(?:was|is|had\s+been)\s+(?:an?\s+)?(?:(?:terror(?:ist)?|deliberate)\s+)?attack\b"
    r"|(?:have|has|had|having|stand|stands|stood)\s+(?:a|no|any)\s+(?:real\s+|good\s+|fair\s+|decent\s+|fighting\s+)?shot\b"
    # (the thing filmed right after the determiner, or after one word: "shot a short film";
    # not "shot a guard at the scene", "shot a customer in the video shop", nor a pilot,
    # whom gunmen shoot as often: "shot a pilot episode" is the episode's)
    r"|sho(?:t|ots|oting)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:films?|movies?|remakes?|scenes?|episodes?|series"
    r"|videos?|documentar(?:y|ies)|commercials?|adverts?|photos?|pictures?|sequels?)\b"
    r"|(?:his|her|their)\s+shooting\s+(?:range|touch|form|stroke|percentage|slump)"
    # what a camera or a tape took ("the tapes captured", "footage captured the moment")
    r"|(?:tapes?|cameras?|cctv|footage|videos?|photos?|photographs?|images?|recordings?|lens)\s+(?:\w+\s+)?captur(?:ed|es|ing)"
    # a word that inflames, no fire bomb ("an incendiary combination", "incendiary remarks")
    r"|incendiary\s+(?:combination|mix|remarks?|comments?|rhetoric|language|speech|statements?|words|tweets?|posts?|claims?"
    r"|articles?|lyrics|performance|debut|book|film)\b"
    # prices and shares that rose ("shares shot up 9%", "shot up to a record")
    r"|sho(?:t|ots?|oting)\s+up\s+(?:by\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent|points?)|to\s+(?:a\s+)?(?:record|new\s+high|all-time))"
    r"|sho(?:t|ots?|oting)\s+down\s+" + _AN + r"(?:[\w'-]+\s+){0,2}?(?:critics|claims?|rumou?rs?|reports?|proposals?|ideas?|bills?"
    r"|suggestions?|speculation|talk|plans?|motion|amendment)\b"
    r"|kill(?:ed|s|ing)?\s+off\s+" + _AN + r"(?:[\w'-]+\s+){0,2}?(?:hopes?|chances?|comeback|momentum|run|rally|idea|plan|proposal"
    r"|bill|deal|character|series|show|franchise|brand|game|match|contest|tie)\b"
    # a side's defence or hopes in tatters ("their defence was shot to pieces"), a drill
    # played out ("an exercise simulating a surprise attack by militants", its foes with it)
    r"|(?:defen[cs]e|backline|back\s+line|midfield|confidence|nerves|hopes|plans?|form|reputation|credibility)\s+(?:was|were|is|are"
    r"|has\s+been|have\s+been|had\s+been|got)\s+shot\s+to\s+pieces"
    r"|simulat(?:ing|ed|es|e)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|raids?|assaults?|invasion|strikes?|bombings?)"
    r"(?:\s+by\s+(?:[\w-]+\s+){0,2}?" + _FOES + r")?\b"
    r"|kill(?:ed|s|ing)\s+(?:the|their|his|her|its)\s+(?:[\w'-]+\s+)?(?:run|momentum|rally|mood|deal|bill|proposal|hopes?|chances?|buzz)\b"
    r"|attack(?:ed|s|ing)?\s+" + _AN + r"(?:[\w'-]+\s+){0,2}?(?:budget|bill|plan|policy|policies|proposals?|decision|ruling|law"
    r"|reforms?|record|remarks|comments|speech|handling|idea|deal|manifesto|verdict)\b(?!\s+(?:office|building|headquarters))"
    r"|(?:pace|bowling|spin|seam)\s+attack"
    r"|bomb(?:ed|s)?\s+(?:at\s+the\s+box\s+office|with\s+(?:critics|audiences|viewers))|box[- ]office\s+bombs?"
    r"|claim\w*\s+(?:of\s+)?responsibility\s+for\s+" + _AN + r"(?:[\w-]+\s+){0,3}?(?:cyber[- ]?attacks?|hacks?|hacking|data\s+breach"
    r"|leaks?|outages?|ddos\w*|ransomware\s+attacks?)"
    r"|(?:cyber|ddos|ransomware|hacking|phishing)[- ]?attacks?"
    # (an animal's name in a group's, "the Tamil Tigers shot", is no animal: see literal)
    r"|(?P<animal>" + _ANIMALS + r"\s+(?:attacks?|bites?|mauling)"
    r"|(?:pack|herd|swarm)\s+of\s+(?:\w+\s+)?(?:" + _ANIMALS + r"|hyenas)\s+(?:attacked|mauled|trampled)"
    # (not a town named for one: "shot dead in Buffalo")
    r"|(?:shot|killed)\s+dead\s+" + _AN + r"(?:(?!(?:in|at|near|outside|on)\b)[\w-]+\s+){0,2}?" + _ANIMALS + r"\b"
    r"|" + _ANIMALS + r"\s+(?:(?:was|were|is|are)\s+)?shot(?:\s+dead)?\b)"
    r"|killer\s+(?:bees|wasps|hornets|whales?|sharks?)(?:\s+(?:attacks?|attacked|stung))?"
    r"|sho(?:t|ots?)\s+(?:his|her|their|its|the)\s+(?:side|team|club|country|nation)\s+(?:in)?to\b"
    r"|bomb(?:ed|s)?\s+(?:the\s+|an?\s+|his\s+|her\s+|my\s+|their\s+)?(?:[\w-]+\s+)?(?:exams?|tests?|interviews?|auditions?)\b"
    # (not a test site: "bombed a missile test range")
    r"(?!\s+(?:sites?|ranges?|facilit(?:y|ies)|cent(?:re|er)s?|grounds?|areas?|fields?|complex(?:es)?|bases?)\b)"
    # the weather's "bomb cyclone"; a fight against a plan; violence told as absent
    r"|bomb\s+cyclones?|bombogenesis"
    # a danger to come named for a bomb ("a social time bomb", "a ticking time bomb")
    r"|(?:ticking|social|demographic|political|economic|financial|debt|pension|health|environmental|ecological)\s+time[\s-]?bombs?"
    r"(?:\s+" + _SET_TO_GO_OFF + r")?|time[\s-]?bombs?\s+" + _SET_TO_GO_OFF +
    # a rocket into space, growth, a death by one's own hand with no one else harmed
    r"|(?:space|satellite|orbital)\s+rockets?|rockets?\s+(?:carrying|with|that\s+carried)\s+(?:\w+\s+){0,3}?(?:satellites?|astronauts?|crew"
    r"|probes?|payloads?|capsule)"
    r"|explosive\s+(?:growth|rise|increase|demand|popularity|expansion|start|pace|rhetoric|report|allegations?|revelations?)"
    r"|died\s+by\s+suicide|suicide\s+(?:prevention|helplines?|hotlines?|rates?|notes?)"
    # captives set free, with no taking of them told beside: "Hamas released three hostages"
    r"|(?:released|releasing|freed|freeing|set\s+free|handed\s+over)\s+(?:[\w-]+\s+){0,4}?(?:hostages?|captives?|abductees)\b"
    # and talks of freeing them ("talks on a ceasefire and hostage release deal")
    r"|hostages?(?:\s+(?:release|exchange|swap)|-(?:prisoner|for-prisoners?))?\s+(?:deal|talks|negotiations|negotiators|agreement|accord"
    r"|proposal|framework|envoy)\b"
    r"|fight(?:ing|s)?\s+(?:against\s+)?(?:the\s+|a\s+)?(?:[\w'-]+\s+)?(?:plans?|proposals?|bills?|ban|closure|eviction|demolition|law|ruling"
    r"|cuts|tax|taxes|fees?|charges|allegations|corruption|poverty|cancer|disease|fires?|blaze|wildfires?|locusts|inflation)\b"
    r"|battl(?:ed|es|ing)\s+(?:a\s+|the\s+)?(?:[\w'-]+\s+)?(?:blaze|fires?|wildfires?|locusts|flames|floods?|cancer|illness|injur\w+|inflation)\b"
    r"|no\s+(?:new\s+|further\s+|fresh\s+|major\s+)?(?:clashes|fighting|violence|attacks|shooting|casualties|injuries)"
    r"\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?reported"
    r")",
)


#: The words of a case against someone in court ("charged", "convicted", "jailed"): what a
#: court's word names is a past attack (the pipeline), and the people a count tells so
#: held are not its victims ("2 charged after boy shot", casualties).
CHARGED = r"charged|indicted|jailed|sentenced|convicted"


# A state's execution of a convict, told by the court's words: no incident of violence.
_JUDICIAL = re.compile(
    # (not "for treason", "convicted of spying": armed groups execute "collaborators" that way too)
    r"\b(?:death\s+row|lethal\s+injection|gallows|(?:for|of)\s+drug[- ](?:trafficking|smuggling|offen[cs]es|related)"
    r"|execut\w+\s+(?:[\w-]+\s+){0,6}?(?:in|at)\s+(?:[\w-]+\s+){0,3}?prison\b"
    # the state for the executor, whatever the crime ("the authorities executed a man for treason")
    r"|(?:authorities|courts?|government|judiciary|kingdom)\s+(?:has\s+|have\s+|had\s+)?executed)",
    re.IGNORECASE,
)
_EXECUTED = re.compile(r"\bexecut(?:ed|ing|ions?)\b", re.IGNORECASE)
# The executor named before "executed", in capitals: a state when it is a country's name
# ("Saudi Arabia executed three men convicted of treason"), which kills by a court's
# sentence; not an armed group that "convicted" its captives ("the Taliban executed").
_EXECUTOR = re.compile(r"((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s+(?:has\s+|had\s+|have\s+)?executed\b")
# A country named as where the executor is, not as the executor ("a cartel in Mexico executed").
_PLACE_BEFORE = re.compile(
    r"\b(?:in|across|from|of|near|outside|inside|throughout|within)\s+(?:(?:northern|southern|eastern|western|central"
    r"|north|south|east|west)\s+)?$",
    re.IGNORECASE,
)


def _state_executed(text: str) -> bool:
    """Whether a country is named as the executor of an execution ("Iran executed a man")."""
    for m in _EXECUTOR.finditer(text):
        if _PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        named = m.group(1)
        if any(f.end == len(named) and f.candidates[0].kind == "country" for f in gazetteer().find(named)):
            return True
    return False


# A capitalised word right before: the animal's name is part of a name ("Tamil Tigers").
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'-]*\s+$")
_NAME_REACH = 40  # how far back the name before is looked for (not from the text's start: quadratic)
_LINE_REACH = 120


# The small words a title-case headline leaves in lower case ("Surfer Killed in a Shark Attack").
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "as", "from", "off", "after"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _every_word_capitalised(line: str) -> bool:
    """A title-case or capitals headline: every word but the small ones capitalised. Not a
    short sentence of names ("Tamil Tigers attacked Jaffna."), whose verb is lower case."""
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in _WORD.findall(line))


def _group_named(text: str, start: int, end: int) -> bool:
    """Whether the capitalised animal at ``start:end`` ends a group's name ("the Tamil
    Tigers shot"): a capitalised word before it, on a line that is not a title-case or
    capitals headline, where every word is capitalised ("Surfer Killed In Shark Attack")."""
    if not _NAME_BEFORE.search(text, max(0, start - _NAME_REACH), start):
        return False
    # the line around it, as far as a headline's length
    reach = max(0, start - _LINE_REACH)
    line_start = max(reach, text.rfind("\n", reach, start) + 1)
    line_end = text.find("\n", end, end + _LINE_REACH)
    return not _every_word_capitalised(text[line_start : line_end if line_end >= 0 else end + _LINE_REACH])


# The same, for a text whose lower case is longer than it ("İ"): slower, positions kept.
_NOT_VIOLENCE_ANY_CASE = re.compile(_NOT_VIOLENCE.pattern, re.IGNORECASE)


def literal(text: str) -> str:
    """``text`` with the words of violence that tell of none blanked (same length, so
    positions hold): "shot two goals", "attacked the budget", "a shark attack", a convict
    "executed for drug trafficking". Matched on the lower case (several times faster than
    IGNORECASE on whole articles)."""
    lower = text.lower()
    found = _NOT_VIOLENCE.finditer(lower) if len(lower) == len(text) else _NOT_VIOLENCE_ANY_CASE.finditer(text)
    parts: list[str] = []
    last = 0
    for m in found:
        if m.group("animal") and text[m.start()].isupper() and _group_named(text, m.start(), m.end()):
            continue  # "the Tamil Tigers shot", "the Grey Wolves attack": a group
        parts += [text[last : m.start()], " " * (m.end() - m.start())]
        last = m.end()
    text = "".join(parts) + text[last:] if parts else text
    # (the executor is looked up only where "executed" is written: most texts have none)
    judicial = _JUDICIAL.search(text) or ("executed" in text and _state_executed(text))
    return _EXECUTED.sub(_blank, text) if judicial else text


# Pirates, robbers, thugs and gangsters are armed men only as the doers of a violent deed
# ("pirates hijacked a tanker", "killed by robbers"): the words name a ball team, a party, a
# singer or a children's game as often. The capital word counts only where a sentence opens
# with it ("Pirates killed two crewmen"), never "the Pirates" or "Pittsburgh Pirates".
# Herders and cattle rustlers likewise: armed men only as the doers ("suspected herders
# killed six farmers"), as Nigeria's and the Sahel's news tells them.
_CRIMINALS = (
    r"(?:(?-i:pirates?|robbers?|thugs?|gangsters?|herders?|herdsm[ae]n|rustlers?)"
    r"|(?:^|(?<=\n)|(?<=[.!?]\s))(?-i:Pirates?|Robbers?|Thugs?|Gangsters?|Herders?|Herdsm[ae]n|Rustlers?))"
)
_VIOLENT_DEED = r"(?:killed|shot|murdered|stabbed|hijacked|kidnapped|abducted|attacked|beat|beaten|hacked|wounded|injured|seized|boarded|robbed|opened\s+fire)"
_CRIMINALS_DID = re.compile(
    r"\b" + _CRIMINALS + r"\s+(?:(?:have|had|who|also|then|reportedly)\s+)?" + _VIOLENT_DEED + r"\b"
    r"|\b" + _VIOLENT_DEED + r"\s+by\s+(?:\w+\s+){0,2}?" + _CRIMINALS + r"\b",
    re.IGNORECASE,
)


# A murder only suspected or charged ("the driver was arrested on suspicion of murder"): a
# case against someone, which tells an attack unless a vehicle hit people, after which an
# arrest follows many a fatal crash and tells no intent.
_MURDER_SUSPECTED = re.compile(r"\b(?:suspicion\s+of|charged\s+with)\s+murder\b")
_VEHICLE_HIT_PEOPLE = re.compile(
    r"\b" + _VEHICLE + r"\s+(?:\w+\s+){0,3}?(?:hit|struck|drove\s+into|ploughed\s+into|plowed\s+into|slammed\s+into|crashed\s+into"
    r"|ran\s+over|mowed\s+down|mown\s+down)\s+(?:\w+\s+){0,3}?" + _CROWD + r"\b"
)


def attack_words(text: str) -> bool:
    """Whether the text names an attack, a weapon or an armed actor anywhere."""
    lower = text.lower()
    return (
        _ATTACK_WORDS.search(lower) is not None or _CRIMINALS_DID.search(text) is not None
        or (_MURDER_SUSPECTED.search(lower) is not None and _VEHICLE_HIT_PEOPLE.search(lower) is None)
    )


def is_violent(text: str) -> bool:
    """The cheap prefilter: does the text use any violence word at all?"""
    return _VIOLENT.search(text.lower()) is not None


def event_type(text: str, anchor: int | None = None) -> str | None:
    """The event type ``text`` describes, or None.

    A suicide attack wins wherever it is named. Otherwise, with an ``anchor`` (where the
    casualty figures start), the type named closest before it wins ("hours before the
    mortar fire, a bomb killed one": a bombing); without one, the taxonomy's priority.
    """
    if _TYPE_PATTERNS[0][1].search(text):
        return _TYPE_PATTERNS[0][0]
    if anchor is not None:
        found = [(m.start(), m.end(), name) for name, pattern in _TYPE_PATTERNS[1:] for m in pattern.finditer(text, 0, anchor)]
        if _ASSASSINATED.match(text, anchor):
            # the figures' own verb ("gunmen assassinated the mayor"): an assassination, not
            # the gunmen's armed assault
            found.append((anchor, anchor, "assassination"))
        # The last named before the figures, unless it ends a longer name of another kind:
        # the "bomb" of "a glide bomb" is the air strike's (but the rockets of "fired 20
        # rockets at" are the rockets'), or is what a weapon of another kind carried: the
        # explosives of "a rocket carrying explosives" are the rocket's.
        found = [
            f for f in found
            if not any(o[0] < f[0] and o[1] == f[1] for o in found)
            and not (f[2] == "bombing" and any(o[2] != f[2] and o[1] <= f[0] and _PAYLOAD_BETWEEN.fullmatch(text, o[1], f[0]) for o in found))
        ]
        sides = _SIDES.search(text, 0, anchor)
        if sides is not None:
            # "clashes between troops and gunmen loyal to ... killed 70": the gunmen are a
            # side of the clash, not an armed assault of their own
            found = [f for f in found if not (f[0] > sides.start() and text[f[0]:f[1]].lower() in {"gunmen", "gunman"})]
        if found:
            return max(found, key=lambda f: f[0])[2]
    for name, pattern in _TYPE_PATTERNS:
        if any(
            not _GENERIC.fullmatch(m.group(0)) and not _took_no_territory(name, text, m) and not _FIGURATIVE.match(text, m.end())
            and not _FIGURATIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and not (name == "armed_clash" and _WAGED_FOR_LONG.match(text, m.end()))
            and not (name == "armed_clash" and _AFTER_LONG_FIGHTING.search(text, max(0, m.start() - 40), m.start()) and _TAKEOVER.search(text))
            for m in pattern.finditer(text)
        ):
            return name
    return None


_ASSASSINATED = re.compile(r"assassinated\b", re.IGNORECASE)
_SIDES = re.compile(r"\b(?:clash(?:es|ed)?|fighting|(?:gun\s*)?battles?)\s+between\b", re.IGNORECASE)


# Words for an explosion whose cause is not told: a later sentence may tell it was a
# rocket, an air strike or a suicide bomber.
_BLAST_WORDS = re.compile(r"\b(?:explosions?|blasts?|blasted|exploded)\b", re.IGNORECASE)
_BOMBING = dict(_TYPE_PATTERNS)["bombing"]


def refinements(etype: str | None, text: str) -> frozenset[str]:
    """The types a later sentence about the same event may replace ``etype`` with: a
    bombing may turn out a suicide bombing ("a bomb hit the market" ... "one of its
    fighters detonated an explosive vest"), and an explosion told by nothing but the word
    ("Explosion in Maiduguri") also a rocket or an air strike."""
    if etype != "bombing":
        return frozenset()
    if all(_BLAST_WORDS.fullmatch(m.group(0)) for m in _BOMBING.finditer(text)):
        return frozenset({"suicide_bombing", "rocket_mortar_shelling", "airstrike"})
    return frozenset({"suicide_bombing"})


# What a capture or a seizure took when it was no territory: people (an arrest, prisoners
# of war) or arms. "Rebels captured the town" is a takeover; "the rebel leader has been
# captured" and "they seized 90 rifles" are not.
_TAKEN_THINGS = (
    r"(?:prisoners?|soldiers?|guerrillas?|rebels?|leaders?|commanders?|members?|suspects?|militants?|fighters?|men|man"
    r"|woman|traffickers?|kingpins?|ringleaders?|rifles?|carbines?|weapons|arms|ammunition|guns|pistols?|grenades?"
    r"|explosives|dynamite|drugs|cocaine|materi[ae]l|equipment|documents|vehicles?|" + _SEIZED_PEOPLE + r")"
)
_TAKEN_AFTER = re.compile(
    rf"\s+(?:(?!(?:by|of|from|in|at|near|held|control|and|over)\b)[\w,'’.-]+\s+){{0,3}}?{_TAKEN_THINGS}\b", re.IGNORECASE
)
_TAKEN_BEFORE = re.compile(
    rf"\b{_TAKEN_THINGS}\b(?:\s+[\w,'’.-]+){{0,8}}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|being)\s+$", re.IGNORECASE
)


# "an explosion of joy", "a blast of cold air", "the fighting spirit": a word of violence
# for a state or a feeling, not an attack. "Shot 52 percent from the field", "shooting 10-for-10",
# "a shooting guard", "captured the imagination": a game's or a public's. "A kidnapping ring"
# is a band of criminals, not one of its crimes.
_FIGURATIVE = re.compile(
    r"\s+of\s+(?:\w+\s+)?(?:\w+(?:cy|ism|ity|ness|ment|dom|hood|ship|ence|ance)|joy|anger|rage|grief|colou?r|laughter|cold\s+air)\b"
    r"|\s+spirit\b"
    r"|\s+(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|\d+-(?:for|of)-\d+|from\s+(?:the\s+field|the\s+floor|three|beyond|long\s+range|the\s+line)"
    r"|guard|range|slump|percentage|off\s+the\s+glass)\b"
    r"|\s+(?:the|their|his|her)\s+(?:imagination|hearts?|attention|mood)\b"
    r"|\s+(?:rings?|gangs?|networks?)\b",
    re.IGNORECASE,
)

# A war a group has waged for long, told of the group ("a faction fighting a rival wing since
# last year", "clashing with the army for decades"): its background, not the day's fight.
# A town taken "after weeks of fighting" or "after heavy fighting": the taking is the event,
# the fighting its run-up.
_AFTER_LONG_FIGHTING = re.compile(r"\b(?:(?:days|weeks|months|years)\s+of|after)\s+(?:\w+\s+)?$", re.IGNORECASE)
_TAKEOVER = dict(_TYPE_PATTERNS)["takeover"]
_WAGED_FOR_LONG = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:since\s+(?:last\s+year|(?:19|20)\d\d)|for\s+(?:years|decades|months))\b", re.IGNORECASE
)

# A shot that is a throw, a chance or a jab ("a jump shot", "an outside shot", "a long shot",
# "a flu shot"), an "F-bomb": a word of violence made harmless by the word before it.
_FIGURATIVE_BEFORE = re.compile(
    r"(?:\b(?:jump|long|outside|turnaround|parting|mug|booster|flu|penalty|slap|free)|\bF-)\s*$",
    re.IGNORECASE,
)


def _took_no_territory(name: str, text: str, m: re.Match[str]) -> bool:
    """Whether a takeover word at ``m`` took people or arms, not a place."""
    if name != "takeover" or not m.group(0).lower().startswith(("captur", "seiz")):
        return False
    return bool(_TAKEN_AFTER.match(text, m.end()) or _TAKEN_BEFORE.search(text, max(0, m.start() - 120), m.start()))


# Plural words for a kind of violence talked of in general ("stop the bombings and
# kidnappings", "a ring of kidnappers", "demands an end to assassinations"): no event of
# that type by themselves. Bombs and explosives are not among them: "petrol bombs were
# thrown", "destroyed by explosives" tell one attack.
_GENERIC = re.compile(r"(?:bombings|kidnappings|kidnappers?|assassinations)", re.IGNORECASE)


_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's eve": (12, 31), "new years eve": (12, 31), "new year's day": (1, 1), "new years day": (1, 1),
    "christmas eve": (12, 24), "christmas day": (12, 25), "fourth of july": (7, 4), "july fourth": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14),
}
_HOLIDAY = re.compile(r"\b(" + "|".join(re.escape(h).replace("'", "['’]?") for h in _HOLIDAYS) + r")\b", re.IGNORECASE)
_EVENT_NOUN = re.compile(
    r"\b(?:attack|shooting|bombing|blast|explosion|ambush|raid|massacre|killings?|assault|strike|stabbing|fire)\b",
    re.IGNORECASE,
)


def _month(word: str, dotted: bool) -> int | None:
    """The month ``word`` names: a whole name or its three letters ("8 martyrs" is no 8
    March), or, before a full stop, any longer cut of the name ("12 Febr.", "3 Sept.")."""
    word = word.lower()
    if word in _MONTHS:
        return _MONTHS[word]
    if not (dotted and month_cut(word)):
        return None
    return next(n for n, full in enumerate(MONTH_NAMES, 1) if full.startswith(word))


#: What follows an event and is told with its own day ("the funeral in Kaduna on Tuesday of
#: the five worshippers shot dead on Sunday"): a weekday just after one is not the event's.
_AFTERMATH_DAY = re.compile(
    r"\b(?:funerals?|buried|burials?|vigils?|memorials?|mourners|laid\s+to\s+rest|arraign\w*|court|hearing|trial)"
    r"\b[^.;]{0,30}$",
    re.IGNORECASE,
)


def _weekday_on_or_before(name: str, published: date) -> date:
    return published - timedelta(days=(published.weekday() - _WEEKDAYS.index(name.lower())) % 7)


def resolve_date(text: str, published: date | None, anchor: int | None = None) -> date | None:
    """The event date a sentence gives, resolved against the publication date.

    "on Saturday" is the latest Saturday on or before publication; "yesterday" or "last
    night" the day before, as is "the previous evening" (or the day before the weekday the
    sentence tells it on: "said on Monday ... the previous evening"); "21 November" /
    "Nov. 21" in the publication year (the year before if that would be in the future). A
    weekday owned by the event ("Friday's shooting") wins; otherwise the cue nearest
    ``anchor`` (where the casualty figures are). "Today" is when the news was told, not when the event happened: None.
    """
    if published is None:
        return None
    cues: list[tuple[int, int, date]] = []  # (priority, distance, date)

    def distance(pos: int) -> int:
        return abs(pos - anchor) if anchor is not None else pos

    for m in _DAY_MONTH.finditer(text):
        name = "m1" if m.group("m1") else "m2"
        month = _month(m.group(name), text[m.end(name):m.end(name) + 1] == ".")
        if not month:
            continue
        day = int(m.group("d1") or m.group("d2"))
        year_raw = m.group("y1") or m.group("y2")
        year = published.year
        if year_raw:
            year = int(year_raw)
            if year < 100:
                year += 1900 if year > 50 else 2000
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if not year_raw and found > published:
            try:
                found = date(year - 1, month, day)
            except ValueError:
                continue
        if found <= published and (published - found).days < 400:
            cues.append((1, distance(m.start()), found))
    for m in _HOLIDAY.finditer(text):
        month, day = _HOLIDAYS[" ".join(m.group(1).lower().replace("’", "'").split())]
        try:
            found = date(published.year, month, day)
            if found > published:
                found = date(published.year - 1, month, day)
        except ValueError:
            continue
        if (published - found).days < 200:
            cues.append((1, distance(m.start()), found))
    for m in _RELATIVE.finditer(text):
        word = m.group(1).lower()
        if word.startswith(("yesterday", "last")):
            cues.append((1, distance(m.start()), published - timedelta(days=1)))
    weekdays = list(_WEEKDAY.finditer(text))
    for m in weekdays:
        found = _weekday_on_or_before(m.group(1), published)
        owned = m.group(0).lower().endswith(("'s", "’s")) and _EVENT_NOUN.match(text, m.end() + 1) is not None
        near_event = _EVENT_NOUN.search(text[max(0, m.start() - 40): m.end() + 40]) is not None
        aftermath = _AFTERMATH_DAY.search(text[max(0, m.start() - 50): m.start()]) is not None
        rank = 0 if owned else (3 if aftermath else (1 if near_event else 2))
        cues.append((rank, distance(m.start()), found))
    for m in _DAY_BEFORE.finditer(text):
        # the day before the weekday the sentence tells it on, or before publication
        said = [w for w in weekdays if w.end() <= m.start()]
        told = _weekday_on_or_before(said[-1].group(1), published) if said else published
        cues.append((0, distance(m.start()), told - timedelta(days=1)))
    if not cues:
        return None
    return min(cues)[2]
