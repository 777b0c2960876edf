"""Responsibility claims in a sentence: who, with which stance, and who said so.

Stances: ``claimed`` (the group itself), ``denied`` (the group rejects it), ``blamed`` (an
authority or another party accuses it), ``suspected`` ("suspected Taliban fighters").
Actor names are normalised through the alias table in ``monitor/data/actors.yaml``.
"No one took immediate responsibility" is not a claim.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from monitor.extract.gazetteer import NOT_STATE_DEMONYMS as _NOT_STATE_DEMONYMS
from monitor.extract.text import MONTH_NAMES
from monitor.records import Claim, Stance


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor: str
    start: int
    end: int


def _trie(names: list[str]) -> str:
    """One regex alternation for ``names`` as a prefix tree: the engine tries one branch
    per character instead of every name at every position (the table has hundreds),
    and, trying the longer continuation first, still prefers the longest name."""
    tree: dict[str, Any] = {}
    for name in set(names):
        node = tree
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return build(tree)


# A capitalised group word right after a known name: the start of a longer name.
_LONGER_GROUP = re.compile(r"\s+(?:Group|Movement|Front|Army|Organi[sz]ation|Union|Brigades?|Council)\b")


_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[)\]]")
# The capitalised name right before an acronym in brackets: "Reporters Without Borders (RSF)".
_NAME_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:[a-z]{1,4}|[a-z]+-)\s+)?){1,7}?[A-Z][\w'’.-]*)\s*[(\[]\s*$")


def _name_words(name: str) -> set[str]:
    """The words of a name that tell it apart: "Tehreek-e-Taliban Pakistan" -> tehreek, taliban, pakistan."""
    return {w for w in re.findall(r"\w+", name.casefold()) if len(w) > 2}


def _glosses_other_name(text: str, start: int, acronym: str, words: set[str]) -> bool:
    """Whether the acronym at ``start`` is in brackets after another name whose own acronym
    it is: "Reporters Without Borders (RSF)" is not Sudan's RSF. A known group's name with
    its acronym is one mention (merged in :meth:`ActorTable.find`); a spelling the table
    lacks keeps it when its capitals spell the acronym and it shares a word with the
    group's known names (``words``): "Tehrik-i-Taliban Pakistan (TTP)", but not "Reporters
    Sans Frontieres (RSF)", whose capitals spell Sudan's RSF too."""
    m = _NAME_BEFORE_BRACKET.search(text, max(0, start - 120), start)
    if m is None:
        return False
    capitals = iter(c for c in m.group(1) if c.isupper())
    spelled = all(any(c == letter for c in capitals) for letter in acronym if letter.isupper())
    return not spelled or not _name_words(m.group(1)) & words


class ActorTable:
    """Aliases -> canonical actor names, matched longest first at word boundaries."""

    def __init__(self, table: dict[str, Sequence[str]]) -> None:
        exact: list[str] = []
        folded: list[str] = []
        self._canon: dict[str, str] = {}
        # The words of each group's names, to tell its acronym from another body's.
        self._words: dict[str, set[str]] = {}
        for canon, aliases in table.items():
            self._words[canon] = set().union(*(_name_words(a) for a in {canon, *aliases}))
            for alias in {canon, *aliases}:
                # "IS", "ELN", "LeT", "JeM": short aliases with a capital after the first
                # letter are matched as written ("let" and "is" are words).
                if len(alias) <= 4 and (alias.isupper() or any(c.isupper() for c in alias[1:])):
                    exact.append(alias)
                    self._canon[alias] = canon
                else:
                    folded.append(alias)
                    self._canon[alias.casefold()] = canon
        self._exact = re.compile(r"(?<![\w-])(" + _trie(exact) + r")(?![\w-])")
        self._folded = re.compile(r"(?<![\w-])(" + _trie([a.lower() for a in folded]) + r")(?:['’]s)?(?![\w-])", re.IGNORECASE)

    def find(self, text: str, upper_doc: bool = False) -> list[ActorMention]:
        hits: list[ActorMention] = []
        for m in self._folded.finditer(text):
            if _LONGER_GROUP.match(text, m.end()):
                continue  # "Islamic Jihad Group": another group, whose name begins like a known one
            hits.append(ActorMention(self._canon[m.group(1).casefold()], m.start(), m.end()))
        for m in self._exact.finditer(text):
            # In all-capital text only acronyms of three letters or more are safe ("FMLN",
            # "ELN" yes; "IS" no: it is a verb there).
            if (not upper_doc or len(m.group(1)) >= 3) and not _glosses_other_name(
                text, m.start(), m.group(1), self._words[self._canon[m.group(1)]]
            ):
                hits.append(ActorMention(self._canon[m.group(1)], m.start(), m.end()))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[ActorMention] = []
        for h in hits:
            if out and h.start < out[-1].end:
                continue
            if out and out[-1].actor == h.actor and _BRACKET_OPEN.fullmatch(text, out[-1].end, h.start):
                # "Democratic Front for the Liberation of Palestine (DFLP)": one mention,
                # so that the name and its acronym do not read as two groups in a list.
                close = _BRACKET_CLOSE.match(text, h.end)
                out[-1] = ActorMention(h.actor, out[-1].start, close.end() if close else h.end)
                continue
            out.append(h)
        return out

    def canonical(self, name: str) -> str | None:
        return self._canon.get(name) or self._canon.get(name.casefold())


@lru_cache(maxsize=1)
def actor_table() -> ActorTable:
    raw = yaml.safe_load(resources.files("monitor.data").joinpath("actors.yaml").read_text("utf-8"))
    return ActorTable({str(k): [str(a) for a in v] for k, v in raw.items()})


# Words without which a sentence that tells of no violence holds no claim either: the
# pipeline reads only violent sentences and those with one of these (a town taken is told
# with no word of violence: "M23 rebels took control of Rutshuru").
CLAIM_CUES = re.compile(
    r"respons|claim|den(?:y|ied|ies)|disown|retract|rescind|withdr|blam|accus|reject|not\s+carr|no\s+(?:role|part)|nothing\s+to\s+do|behind"
    r"|suspect|said\s+(?:it|they)|its\s+fighters|acknowledg|admitted|missiles?|drones?"
    r"|announced\s+(?:the|it|they)|finger\s+at|hallmarks?|distanc|t(?:ook|aken)\s+control|captured|seized|overran"
    # A clash told as an exchange of fire names its sides ("soldiers and ISWAP fighters exchanged fire").
    r"|(?:exchanged|traded)\s+(?:gun)?fire",
    re.IGNORECASE,
)
# An attack named as a noun: what a group "carried out" or "ordered".
_DEED = (
    r"(?:attack|bombing|assault|raid|ambush|killing|massacre|blast|explosion|kidnapping|abduction|murder|assassination"
    r"|shooting)(?:e?s)?"
)
# What a group says it targets as an aim, not a target it struck: "says it targeted the
# economy", "attacked the government's finances" (a statement of aims, not a claim).
_AIM = (
    r"(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:economy|economies|finances|revenues?|investments?|polic(?:y|ies)"
    # a system only as the state's economy or rule ("the banking system"), not a weapon's
    # ("the Iron Dome system", "a surveillance system")
    r"|(?:economic|financial|banking|political|tax|fiscal|monetary|judicial|justice|electoral)\s+system)\b)"
)
# What a group tells of itself after "that": "(a claim) that its fighters stormed the base",
# "that it had carried out the bombing"; not another's deed or a toll ("that 30 civilians
# were killed", "that the army had lost 40 men").
_OWN_DEED_TOLD = (
    r"(?:it|they|the\s+group|(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:fighters|men|members|militants|forces|units?|commandos"
    r"|guerrillas|bombers?|cells?|wing))\s+(?:had\s+|have\s+|was\s+|were\s+)?(?:carried\s+out|behind|responsible|attacked|killed"
    r"|stormed|ambushed|bombed|shot|struck|fired|launched|detonated|planted|blew\s+up|set\s+off|seized|captured|raided|abducted"
    r"|kidnapped|downed|targeted|executed)\b"
)
# Not a weapon with no one aboard shot down: "said it had shot down an army drone" tells the
# group's defence against an attack, not an attack of its own.
_NOT_DOWNED_WEAPON = r"(?!\s+down\s+(?:[\w'’-]+\s+){0,4}?(?:drones?|UAVs?|missiles?|rockets?|projectiles?)\b)"
# Not the dead named as its own: "said three of the dead were its fighters" counts the
# group's losses, it owns no deed.
_NOT_THE_DEAD = r"(?<!dead\s)(?<!killed\s)(?<!slain\s)(?<!died\s)(?<!victims\s)(?<!bodies\s)(?<!casualties\s)(?<!martyrs\s)"
# ... or a state's: "the strikes", "the shelling", "the deaths".
_STATE_DEED = (
    rf"(?:{_DEED}|(?:air\s*|missile\s+|drone\s+)?strikes?|airstrikes?|shelling|bombardments?|deaths?|incidents?|fire|disappearances?)"
)
# Behind a deed, not a decision ("says it was behind the decision to withdraw", "behind the
# shooting competition"): a group's claim and a blame ("police said X was behind it") alike.
_BEHIND_DEED = (
    r"behind(?=\s*(?:[,.;]|$)|\s+(?:it|them|both)\b|\s+(?:(?:the|this|that|these|those|both|an?|\w+day['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_STATE_DEED}|operations?|rockets?|missiles?|drones?|downing|barrages?)\b"
    r"(?!\s+(?:competitions?|contests?|ranges?|clubs?|galler(?:y|ies)|practice|lessons?)\b))"
)
_NOT_A_CLAIM = re.compile(
    r"\b(no\s+(?:one|group|organi[sz]ation|party)|nobody|none)\b[^.]{0,40}?\b(claim|took|has\s+taken|responsib)",
    re.IGNORECASE,
)
_CLAIMED = re.compile(
    r"\b(claim(?:ed|s|ing)?\s+(?:(?:full|sole)\s+)?(?:responsibility|credit)"
    r"|claimed\s+(?:it\b|(?:both|them)(?=\s*(?:[.;,]|$)))|(?:acknowledged|admitted)\s+(?:to\s+)?(?:it\b(?!\s+(?:was|is|had|has|would|will|could)\b)|responsibility|carrying\s+out"
    # A kidnapping admitted: "admitted holding the two oil workers".
    r"|(?:holding|kidnapping|abducting)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:hostages?|workers?|captives?|passengers|soldiers|officers|journalists|engineers|tourists)\b"
    r"|(?:the|this|that)\s+(?:\w+\s+){0,2}"
    r"(?:attacks?|bombings?|assaults?|killings?|blasts?|murders?|assassinations?|massacre|ambush|raids?|shootings?"
    r"|explosions?|abductions?|kidnappings?|operations?))"
    # "claimed an attack", but not a record: "claimed a string of attacks", "a similar attack".
    r"|claimed\s+(?:the|this|that|these|both|\w+day['’]s|an?(?!\s+(?:\w+\s+)?(?:series|string|number|spate|wave|host|similar|previous|other|earlier)\b))"
    r"\s+(?:[\w-]+\s+){0,2}(?:attacks?|bombings?|assaults?|killings?|blasts?|strikes?|massacre"
    r"|ambush|raids?|shootings?|shelling|explosions?|abductions?|kidnappings?|operations?|capture|seizure|it|fire|barrage)"
    # Not a duty ahead ("will take responsibility for security", "urged them to take
    # responsibility for the protection of aid workers"): what follows tells, not a modal
    # before ("was quick to take responsibility for the bombing" is a claim).
    r"|(?:take|took|takes|taking|has\s+taken|accepted|accepting|admitted|assum(?:ed|es|ing))\s+(?:full\s+)?responsibility"
    r"(?!\s+for\s+(?:the\s+)?(?:security|safety|protection|defen[cs]e|running|control|governing|administration|care|welfare)\b)"
    r"|claim(?:ed|s|ing)?\s+to\s+be\s+(?:the\s+)?(?:authors?|perpetrators?|assailants|attackers)\b"
    # "said in a communique that they had executed the judge", "told a radio station that the
    # group had carried it out".
    # The statement may name its channel: "said in a statement on its Andalus radio that it had".
    r"|(?:said|says|announced|told(?:\s+[\w-]+){1,3}?)(?:\s+in\s+an?\s+(?:statement|communiqu[eé]|message|letter|video)(?:\s+(?:posted|published|released|issued|sent)(?:\s+online)?)?"
    r"(?:\s+on\s+(?:(?:its|their|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:radio(?:\s+station)?|channel|website|Telegram|outlet|television|account))?|\s+on\s+\w+(?:\s+\w+)?)?"
    r"\s+(?:that\s+)?(?:it|they|the\s+(?:group|movement|organi[sz]ation))\s+(?:had\s+|have\s+)?"
    rf"(?:carried\s+(?:it\s+|them\s+)?out|(?:was|were)\s+{_BEHIND_DEED}|(?:was|were)\s+responsible|fired|detonated|launched|staged|killed"
    r"|attacked" + _AIM + r"|targeted" + _AIM + r"|captured|seized|shot" + _NOT_DOWNED_WEAPON + r"|stormed|ambushed|executed|kidnapped|abducted|bombed|planted|blew\s+up"
    # A place taken is the group's deed as much as an attack ("said they had taken control
    # of the town", "announced it had overrun the base").
    r"|t(?:ook|aken)\s+(?:control|over)|overr[au]n|downed)"
    # A group's own report of what its men did ("the FMLN reports that its urban commando
    # units staged attacks", a rebel radio's "our forces took the post") is its claim.
    r"|(?:said|reports?|reported|announced|admitted|acknowledged|confirmed)\b[^.;]{0,40}?\b(?:that\s+)?(?:one\s+of\s+)?(?:(?:its|our|their|the\s+group['’]s)\s+(?:[\w'’-]+\s+){0,3}|(?:urban\s+)?(?:commando|guerrilla)\s+(?=units?\b))"
    r"(?:fighters?|members?|militants?|suicide\s+bombers?|men|soldiers|province|branch|wing|units?|forces|commandos?"
    r"|guerrillas|combatants|fronts?|columns?|cells?|brigades?|battalions?)\s+(?:had\s+|have\s+)?(?:carried\s+(?:it\s+|them\s+)?out|detonated|attacked|killed|blew|launched|fired|stormed"
    r"|planted|set\s+off|bombed|targeted" + _AIM + r"|struck|shot"
    r"|captured|staged|ambushed|dynamited|destroyed|occupied|downed|took|executed|overr[au]n|raided|seized|abducted|kidnapped"
    r"|(?:was|were)\s+behind)"
    # The attacker or the attack as its own: "said the attack was the work of two of its
    # fighters", "claimed he was one of its members".
    r"|(?:said|claimed)\b[^.;]{0,40}?\b" + _NOT_THE_DEAD + r"(?:was|were)\s+(?:the\s+work\s+of\s+|(?:carried\s+out|staged|perpetrated)\s+by\s+)?(?:\w+\s+of\s+)?its\s+(?:own\s+)?"
    r"(?:fighters|members|militants|men|commandos)"
    # The deed told as its own answer to another's: "said the barrage was retaliation for an
    # Israeli strike" (lower-case words only before the deed: not "the Israeli strike was").
    r"|(?:said|says)\s+(?:that\s+)?(?:the|its|their|this|that|\w+day['’]s)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:attacks?|barrages?"
    r"|strikes?|bombings?|operations?|rockets?|missiles?|drones?|raids?|ambush|shelling|fire|salvos?)"
    r"(?:\s+(?:on|in|at|against|near)(?:\s+[\w'’-]+){1,4}?)?\s+(?:was|were)\s+"
    r"(?:(?:an?\s+)?(?:retaliation|revenge|reprisals?|retribution)|(?:in|its|their)\s+(?:retaliation|revenge|response))\b"
    # A group announcing the outcome as its own: "a Taliban spokesman announced the fall of
    # the city" (not "Hamas confirmed the killing of its commander").
    r"|(?:announced|proclaimed|hailed)\s+(?:the\s+)?(?:capture|fall|seizure|killing|assassination|downing|destruction)\s+of\s+(?!(?:its|their|our)\b)"
    r"|responsibility\s+(?:\w+\s+){0,6}?was\s+claimed\s+by|claimed\s+by"
    # A headline's present with no article: "IS claims suicide bombing at wedding hall",
    # "Taliban claim attack on police post" (lower-case words only between, none a
    # preposition: not "Stafford claims self-defense in shooting"). The deed, or up to two
    # short phrases after it ("on ship in Red Sea"), ends the title or a clause of it (a
    # comma, "as", "that": "claims attack on hotel as death toll rises"), with no verb: not
    # a clause the claimant asserts ("Hamas claims Israeli strike killed 20", "... claims
    # raids on its positions were repelled"). Only a group of the table claims so
    # (find_claims): not "Bumrah claims early strike in Perth", a wicket. A capitalised word
    # between is the deed's place ("Al-Shabaab claims Mogadishu hotel siege"), not its
    # doer's nationality ("Hamas claims Israeli strike on camp": find_claims).
    r"|(?<=\w\s)(?P<headline>claims?)\s+(?:(?!(?:the|an?|this|that|its|their|to|of|in|on|at|for|with|after|over|by|credit|responsibility)\b)"
    r"(?-i:[a-z][\w-]*|\d+|[A-Z][\w'’-]*)\s+){0,2}?(?:attacks?|bombings?|assaults?|killings?|blasts?|strikes?|massacre"
    r"|ambush|raids?|shootings?|shelling|explosions?|abductions?|kidnappings?|hijacking|siege|capture|seizure)"
    r"(?=(?:\s+(?:at|in|on|of|near|outside|inside|against)(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|could|can"
    r"|kills?|hits?|leaves?|left)\b)(?-i:(?![a-z][\w-]*ed\b))[\w'’.-]+){1,4}){0,2}"
    r"(?:\s*(?:[.;:|,]|\s-\s|$)|\s+(?:as|that|which|amid|after|while|killing|leaving|wounding)\b))"
    r"|(?:called\s+in|issued|made|sent|faxed|posted|released)\s+(?:a|its|their)\s+claim\s+of\s+responsibility)\b",
    re.IGNORECASE,
)
#: What others say of a group, to be rejected: "rejected accusations that", "dismissed claims that".
_ACCUSATIONS = r"(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?|rumou?rs?)"
_DENIED = re.compile(
    r"\b(den(?:ied|ies|y|ying)\s+(?:any\s+|all\s+)?(?:responsibility|involvement|being\s+behind|(?:any\s+)?role|carrying\s+out|it\s+was\s+behind|that)"
    # Bare "denied", but not a refusal: "denied bail", "denied journalists access".
    r"|den(?:ied|ies|ying)\b(?!\s+(?:[\w'’-]+\s+){0,3}?(?:bail|requests?|motions?|appeals?|permission|access|entry|visas?|parole"
    r"|applications?|petitions?)\b)|reject(?:ed|ing|s)?\s+(?:any\s+|all\s+)?(?:responsibility|involvement|role|part|link|claims?\s+of)"
    # "rejected accusations that they had massacred civilians", "dismissed claims that it was behind"
    r"|(?:reject|dismiss)(?:ed|es|ing|s)?\s+(?:the\s+)?(?:[\w-]+\s+)?" + _ACCUSATIONS + r"\s+(?:that|of)\b"
    r"|(?:had|has|have|did|do|does)\s+not\s+(?:(?:carried|carry)\s+out|fired|fire|launched|launch|planted|plant|detonated|attacked|attack)|(?:was|were|is|are)\s+not\s+(?:behind|involved|responsible)"
    r"|(?:had|has|have|played)\s+no\s+(?:role|part|hand|involvement)|nothing\s+to\s+do\s+with|not\s+(?:involved|behind)"
    r"|distanc(?:ed|es|ing)\s+(?:itself|themselves|(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+from"
    # A claim taken back, an attack disowned, is a denial (the claim made stays told): "later
    # withdrew its claim", "disowned the bombing"; not a claim to something else ("its claim
    # to the district", "the claim it had filed"), a statement or a proposal disowned.
    r"|(?:withdr[ae]w|withdrawn|retract(?:ed|s|ing)?|rescind(?:ed|s)?)\s+(?:its|their|the)\s+(?:earlier\s+|initial\s+)?"
    r"(?:claim(?:\s+of\s+responsibility)?(?!\s+(?:to|that(?!\s+" + _OWN_DEED_TOLD + r")|it|which|with|against"
    rf"|of(?!\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){{0,2}}?{_DEED}\b)|filed|on(?!\s+\w+day\b))\b)|statement\s+claiming)"
    rf"|disown(?:ed|s|ing)?\s+(?:the|this|that|any)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEED}|operations?|claims?\s+of\s+responsibility)\b)",
    re.IGNORECASE,
)
_BLAMED = re.compile(
    r"\b(blam(?:ed|es|ing)|(?<!\bto\s)(?<!\bthe\s)blame|accus(?:ed|es|ing)|pins?\s+the\s+blame\s+on|pinned\s+the\s+blame\s+on"
    r"|point(?:ed|s|ing)?\s+the\s+finger\s+at|(?:held|holds?|holding)\s+(?:[\w'’()\[\]-]+\s+){0,10}?responsible"
    # The deed may be long or carry a clause set off by commas: "attributed the killings of
    # five officers in the port to", "attributed the attack, which killed ten, to".
    r"|attribut(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,14}?(?:[\w'’-]+\s*,[^,;]{3,100},\s*)?to|charg(?:ed|es|e|ing)\s+(?:\w+\s+){1,3}?with)\b",
    re.IGNORECASE,
)
_SUSPECTS_OBJECT = re.compile(r"\bsuspect(?:ed|s)?\s+(?:that\s+)?", re.IGNORECASE)
_PERPETRATOR_VERB = re.compile(
    # An appositive between the group and its verb: "the Africa Corps, the Russian force in Mali, killed".
    r"^(?:\s*,\s*(?:the|an?)\s+[^,;.]{3,80},)?\s*(?:['’]s\s+)?(?:(?:urban\s+|armed\s+)?(?:armed\s+wing|fighters|militants|gunmen|insurgents|rebels|members|cadres"
    # ... and "the BLA fighters who attacked the train" (a relative clause tells the deed too).
    r"|jihadists|guerrillas|militiamen|militia|bandits|forces|commandos|attackers|(?:guerrilla\s+)?units?|columns?"
    # A gang's or a cartel's men: "the MS-13 gang killed", "a Sinaloa cartel faction ambushed".
    r"|(?:gang|cartel)(?:\s+(?:members|coalition|alliance|faction|cell))?|gangs|gangsters|hitmen|sicarios|factions?)\s+(?:(?:who|that)\s+)?"
    # "the Medellin cartel's boss Pablo Escobar ordered the killing"
    # (his name, not a passive: "a Taliban commander was killed in a drone strike")
    r"|(?:boss|leader|chief|commander|head)\s+(?:(?!(?:was|were|is|are|been|being|got)\b)[\w'’.-]+\s+){0,3}?)?"
    # Not "later": "Hamas later fired rockets at Israel", after the strike reported, is
    # another act (the answer to it), not the perpetrator of this one.
    r"(?:(?:had|have|has|also|allegedly|reportedly)\s+)*"
    r"(?:attacked|killed|stormed|ambushed|abducted|kidnapped|shot|fired|detonated|raided|bombed|struck|overran|seized|fought(?!\s+(?:off|back)\b)|clashed"
    r"|(?:exchanged|traded)\s+(?:gun)?fire"
    r"|captured|massacred|executed|beheaded|took\s+(?:control|over)|shelled|launched\s+an?\s+(?:attack|ambush|assault)"
    r"|perpetrated|murdered|assassinated|dynamited|blew\s+up|set\s+off|planted"
    rf"|carried\s+out\s+(?:\w+\s+){{0,3}}?(?:it|them|{_DEED})|ordered\s+(?:\w+\s+){{0,2}}?{_DEED})\b"
    r"|^\s+(?:car\s+bomb|truck\s+bomb|suicide\s+(?:bomber|bombing|attack)|bomb|rocket\s+attack|drone\s+attack|ambush|raid)\b",
    re.IGNORECASE,
)
# A group's men before its name: "members of the ELN", "fighters from the Red Hand".
_MEMBERS_OF = r"(?:members?|militants?|fighters?|guerrillas?|commandos?|cadres?)\s+(?:of|from)\s+"
_PERPETRATOR_BEFORE = re.compile(
    # Not what others did with the deed: "the attack was claimed (condemned) by Hamas".
    r"\b(?:ambush|attack|raid|assault|bombing|strike|offensive|shelling|abduction|massacre)\s+"
    r"(?:(?!(?:claimed|condemned|denounced|denied|praised|hailed|welcomed|reported)\b)\w+\s+){0,2}by\s+(?:the\s+)?$"
    # A side in a fight: "clashed with ISWAP fighters", "exchanged fire with the ELN".
    r"|\b(?:clash(?:ed|es)?|(?:exchanged|traded)\s+(?:gun)?fire|exchanges?\s+of\s+(?:gun)?fire)\s+with\s+(?:the\s+)?$"
    # A passive deed and its doer: "kidnapped by ELN guerrillas", "shot dead by a band of
    # gunmen from the Red Hand", "an action carried out by the FMLN".
    r"|\b(?:killed|kidnapped|abducted|murdered|assassinated|executed|massacred|ambushed|attacked|shot(?:\s+dead|\s+to\s+death)?"
    r"|carried\s+out|perpetrated|staged|planted|set\s+off)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+|an?\s+)?"
    r"(?:(?:group|band|unit|column|squad|commando|cell)\s+of\s+(?:\w+\s+)?(?:from|of)\s+(?:the\s+)?"
    rf"|{_MEMBERS_OF}(?:the\s+)?)?(?:[\w-]+\s+)?$"
    r"|\b(?:was|were|is|are)\s+the\s+work\s+of\s+(?:the\s+)?$"
    # "killed on the orders of the cartel", "acting under orders from the group"
    r"|\b(?:on|under|following|at)\s+(?:the\s+)?(?:orders?|instructions?|behest)\s+(?:of|from)\s+(?:the\s+)?$"
    # The attackers' group as told by others: "police said the gunmen belonged to LeT".
    r"|\b(?:gunmen|attackers|assailants|militants|bombers?|killers|kidnappers|perpetrators|terrorists)\s+(?:\w+\s+)?"
    r"(?:belong(?:ed)?\s+to|(?:were|was|are|is)\s+(?:all\s+)?(?:members?|part)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# An accusation rejected before it is told: "Officials dismissed claims that the ELN was behind it".
_DISMISSED_THAT = re.compile(
    r"\b(?:dismiss|reject|den(?:y|ie))(?:ed|es|ing|s)?\s+(?:the\s+)?(?:[\w-]+\s+)?" + _ACCUSATIONS + r"\s+that\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# An accusation its object rejects in a clause after it: "accused India of backing the
# group, a charge New Delhi rejected", "an allegation which the TTP denies".
_CHARGE_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+)?" + _ACCUSATIONS + r"\s+(?:which\s+)?(?:the\s+)?$", re.IGNORECASE)
_CHARGE_REJECTED = re.compile(
    r"\s+(?:(?:has|have|had|also|again|\w+ly)\s+){0,2}(?:den(?:ied|ies|y)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es))(?=\s*(?:[.,;:)]|$))",
    re.IGNORECASE,
)


# ... or the accusation itself, told before in the sentence: "accused Rwanda of backing the
# rebels, which Kigali denied" (a capital standing for its state).
_WHICH_BEFORE = re.compile(r",\s*which\s+(?:the\s+)?$", re.IGNORECASE)


def _rejects_charge(sentence: str, start: int, end: int) -> bool:
    """Whether the actor named at ``start``-``end`` rejects the charge named just before it."""
    charge = _CHARGE_BEFORE.search(sentence, max(0, start - 50), start) or (
        _WHICH_BEFORE.search(sentence, max(0, start - 50), start) and _BLAMED.search(sentence, 0, start)
    )
    return bool(charge and _CHARGE_REJECTED.match(sentence, end))


# A group's record, not this event: "the Shining Path has attacked Soviet interests in the past".
_PAST = re.compile(
    r"\b(?:in\s+the\s+past|in\s+recent\s+(?:years|months)|previously|(?:\w+\s+)?years?\s+ago|last\s+year|repeatedly"
    r"|many\s+times|\d+\s+times|on\s+several\s+occasions|since\s+(?:\w+\s+)?(?:19|20)\d\d|over\s+the\s+(?:past\s+)?(?:years|decades?))\b",
    re.IGNORECASE,
)
# What a text calls an armed group when it does not name it: "the group", "the rebels".
_GROUP_NOUN = r"(?:group|movement|organi[sz]ation|militants|rebels|guerrillas|insurgents)"
_GROUP_REF = re.compile(rf"\b(?:the\s+{_GROUP_NOUN}|them)\b", re.IGNORECASE)
_GROUP_SPEAKER = re.compile(rf"(?:the\s+)?{_GROUP_NOUN}", re.IGNORECASE)
# ... or one its object, named before, rejects by a word that refers back to it: "blamed
# Baloch separatists, a charge their association rejected", "a charge the group denied".
_CHARGE_REJECTED_BY_REF = re.compile(
    r",\s*(?:an?|the)\s+(?:[\w-]+\s+)?" + _ACCUSATIONS + r"\s+(?:which\s+|that\s+)?"
    rf"(?:they|the\s+{_GROUP_NOUN}|the\s+separatists|(?:its|their)\s+(?:[\w-]+\s+)?(?:leaders?|leadership|spokes(?:man|woman|person)|association"
    r"|members|commanders?|representatives?|council|wing|command|movement|party))" + _CHARGE_REJECTED.pattern,
    re.IGNORECASE,
)
_SUSPECT_VERB = re.compile(r"\b(?:suspects?|suspected|believes?|believed|think|thinks|presume[sd]?)\b(?:\s+that)?", re.IGNORECASE)
# "was behind it", and hedged: "was likely responsible", "were probably behind the ambush".
_RESPONSIBLE = re.compile(
    r"\b(?:was|were|is|are)\s+(?P<hedge>(?:likely|probably|possibly|presumably|allegedly)\s+)?"
    rf"(?:responsible|{_BEHIND_DEED}|to\s+blame)",
    re.IGNORECASE,
)
# A hedge right before a group's name: "suspected Taliban fighters", "guerrillas presumed
# to be members of the pro-Castro ELN", "could have been carried out by the Maoist 'Shining Path'".
_SUSPECTED = re.compile(
    r"\b(?:(?:believed|thought|suspected)\s+to\s+(?:be|have\s+been|belong\s+to)|suspected|suspect|(?:believed|thought)\s+to\s+(?:be|have\s+been)(?:\s+(?:carried\s+out|perpetrated|committed|staged|planted|the\s+work\s+of))?"
    r"|alleged(?:ly)?|presum(?:ed|ably)(?:\s+to\s+be)?|likely|possibly|probably"
    r"|(?:could|may|might)\s+have\s+been\s+(?:carried\s+out|perpetrated|committed|staged|planted|the\s+work\s+of)"
    r"|(?:bore|bears?|bearing|had|has|carried|carries)\s+(?:all\s+)?the\s+(?:hallmarks?|signature|trademarks?)\s+of"
    # Suspicion told as a noun: "suspicion fell on the TTP", "suspicions pointed to the BLA".
    r"|suspicions?\s+(?:(?:has|have|had|quickly|immediately|initially)\s+)*(?:fell|falls?|fallen|focused|focus(?:es)?|centred|centered"
    r"|point(?:ed|s)?|turned)\s+(?:(?:up)?on|to|at|towards?)"
    # An impersonal hedge over the clause: "it is believed that the MRTA", "it is thought
    # that the raid was carried out by the ELN".
    # The attacker's own allegiance: "the gunman had pledged allegiance to IS" ties him to the
    # group, not the group to the deed (it may have neither ordered nor owned it).
    r"|\b(?:gunm[ae]n|attackers?|assailants?|shooters?|(?:suicide\s+)?bombers?|killers?|perpetrators?)\b[^.;]{0,30}?"
    r"\b(?:pledged|pledging|swore|sworn|swearing)\s+(?:(?:his|her|their)\s+)?(?:allegiance|loyalty)\s+to"
    r"|it\s+(?:is|was)\s+(?:believed|thought|presumed|suspected|assumed)\s+that"
    r"(?:\s+(?:the\s+|this\s+)?(?:\w+\s+){0,2}?(?:was|were)\s+(?:\w+(?:ed|en|wn)(?:\s+(?:out|up))?|the\s+work\s+of))?)"
    # The hedged deed or doers: "presumably carried out by", "probably the work of", "the
    # alleged perpetrators are members of".
    r"\s*(?:(?:was|were)\s+)?(?:(?:\w+(?:ed|en|wn)(?:\s+(?:out|up))?|the\s+work\s+of)\s+)?"
    r"(?:(?:perpetrators|attackers|assailants|gunmen|killers|kidnappers|bombers?)\s+(?:(?:are|were|was|is)\s+(?:all\s+)?"
    r"(?:members?|part)\s+of|belong(?:ed|s)?\s+to)\s+)?"
    rf"(?:{_MEMBERS_OF})?(?:by\s+|from\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+)?[\"“']?\s*$",
    re.IGNORECASE,
)
# A hedged group that is what was struck, not who struck: "opened fire on alleged FMLN
# columns", "jets bombed suspected ISWAP camps", "raids on suspected Taliban hideouts".
_HEDGED_TARGET = re.compile(
    r"\b(?:(?:open(?:ed|ing)?\s+)?fire|fired|firing|(?:air\s*|drone\s+)?strikes?|airstrikes?|raids?|attacks?|assaults?|offensives?"
    r"|operations?|bombing|shelling|crackdown)\s+(?:on|at|against)\s+(?:the\s+)?$"
    r"|\b(?:bombed|struck|raided|shelled|pounded|targeted|stormed|attacked)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BLAME_BEFORE_DEED = re.compile(r"\b(?:blam|pin)\w*\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_TARGET_PLACE = re.compile(
    r"\s+(?:hide-?outs?|camps?|bases?|positions?|strongholds?|compounds?|safe\s*houses?|dens|lairs?|sanctuar(?:y|ies)|training\s+camps?)\b",
    re.IGNORECASE,
)


def _no_suspicion(sentence: str, hedge_start: int, actor: ActorMention) -> bool:
    """Whether the hedge or verb of suspicion at ``hedge_start`` puts no suspicion on
    ``actor``: negated ("police do not suspect the ELN", "did not suspect any group"), or
    the group is what was struck ("jets struck suspected ISWAP camps")."""
    struck = _HEDGED_TARGET.search(sentence, max(0, hedge_start - _LOOK_BACK), hedge_start)
    # ... but "blamed the attack on suspected Boko Haram fighters" puts the attack on them
    blamed_on = struck is not None and _BLAME_BEFORE_DEED.search(sentence, max(0, struck.start() - _LOOK_BACK), struck.start())
    return _negated(sentence, hedge_start) or bool(struck and not blamed_on) or bool(_TARGET_PLACE.match(sentence, actor.end))
# "the Shining Path or the MRTA": a hedge covers every group of a list.
_SUSPECT_LIST_GAP = re.compile(
    r"[\"”']?\s*(?:\(\w+\)\s*)?(?:group\s+)?,?\s*(?:or|and)\s+(?:the\s+)?(?:[\w-]+\s+)?[\"“']?\s*", re.IGNORECASE
)
# A group's marks left where the attack was: "leaflets of the MRTA were found at the
# scene", "the attackers left a flag of the FPMR". A clue, not an accusation.
_SIGN_OF = re.compile(
    r"\b(?:flags?|banners?|pamphlets?|leaflets?|graffiti|slogans?|insignia|emblems?)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:of|from|signed\s+by|bearing\s+the\s+name\s+of)\s+(?:the\s+)?[\"“']?$",
    re.IGNORECASE,
)
_SIGN_LEFT = re.compile(r"\b(?:found|left|scattered|painted|discovered|at\s+the\s+scene)\b", re.IGNORECASE)
# The attackers naming their own group: "the gunmen identified themselves as members of the
# ELN", "the kidnappers, who said they belonged to the FARC": the group's men owning the deed.
_SELF_NAMED_DOERS = re.compile(
    r"\b(?:gunmen|attackers|assailants|kidnappers|abductors|captors|killers|bombers?|raiders|intruders)\b[^.;]{0,60}?"
    r"(?:\b(?:identified|introduced|presented)\s+themselves\s+as|\bsaid\s+they\s+(?:belonged\s+to|were\s+(?:from|with|(?:members|part)\s+of))"
    r"|\bclaim(?:ed|ing)\s+to\s+(?:be(?:\s+from)?|belong\s+to))"
    rf"\s+(?:{_MEMBERS_OF})?(?:the\s+)?$",
    re.IGNORECASE,
)
# How far before a group's name a hedge reaches ("guerrillas presumed to be members of the").
_HEDGE_REACH = 60
# How far before a verb or a name the words that qualify it are looked for (a subject, its
# "both", a blaming verb before an object): a window, so that a long sentence with many
# verbs is not read again from its start for each of them.
_LOOK_BACK = 300
_SUSPECTED_AFTER = re.compile(r"^\s*(?:were|was|is|are)\s+(?:suspected|believed|thought)\b", re.IGNORECASE)
_SAID_BY = re.compile(
    r"(?:^|[,.][\"”’]?\s*)(?P<who>(?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+[\w'’.()-]+){0,7}?)\s+(?:said|says|told|stated|announced|reported|confirmed|added)\b"
)
# Wire copy in capitals ("POLICE SAID THE FMLN CLAIMED IT"): the same, any case. Mixed-case
# text keeps the verb in lower case, so that "Said" there stays a given name.
_SAID_BY_UPPER = re.compile(_SAID_BY.pattern, re.IGNORECASE)
_SAID_BY_TAIL = re.compile(
    r",\s*(?P<who>(?:the\s+|an?\s+)?[\w'’.-]+(?:\s+[\w'’.()-]+){0,7}?)\s+(?:said|says|told\s+\w+|stated|added)\s*[.!]?[\"”]?\s*$",
    re.IGNORECASE,
)
_SAID_BY_MID = re.compile(
    r",\s*(?P<who>(?:the\s+|an?\s+)?[\w'’.-]+(?:\s+[\w'’.()-]+){0,5}?)\s+(?:said|says|told\s+\w+|stated)\s*,",
    re.IGNORECASE,
)
# The networks a group posts on ("X" in capitals only: "x" is no name).
_PLATFORM = r"(?:Telegram|Twitter|(?-i:X))"
_PRIMARY_CHANNEL = re.compile(rf"\b(Amaq|{_PLATFORM})\b")
_CHANNEL = re.compile(rf"\b(Amaq|{_PLATFORM}|a statement|its website|a video)\b", re.IGNORECASE)


def _own_channel(sentence: str, actor: str) -> str:
    """Who said a group's own word: the group, with its channel where the sentence names
    one ("ISKP (Telegram)", "Houthis (a statement)")."""
    channel = _PRIMARY_CHANNEL.search(sentence) or _CHANNEL.search(sentence)
    return f"{actor} ({channel.group(1)})" if channel else actor


_NAME_WORD = r"(?:[A-Z][\w'’.&-]*|(?:al|el|ul|an|ad|as|at)-[A-Za-z][\w'’-]*)"
_CONNECTOR = r"(?:of|for|the|and|de|del|la|los|las|el|al|in|wal|ul|e|i|du|des|le|y|di|da)"
_GENERIC_TAIL = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[\s-]+(?:{_CONNECTOR}[\s-]+)*{_NAME_WORD}){{0,8}})"
    r"(?:\s*\((?P<acr>[A-Z][\w-]{1,12})\))?(?:-[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)?"
    r"\s*,?\s*(?:(?:group|militants|rebels|guerrillas|movement|organi[sz]ation|faction|gang|cartel|militia)\s+)?"
    r"(?:(?:later|also|has|have|had|reportedly|quickly|swiftly|each|both|immediately)\s+)*$"
)
_NOT_ACTORS = frozenset(
    "the a an police officials authorities government ministry army military security it they he she "
    "we this that these those local state federal spokesman spokeswoman sources witnesses residents "
    "note later however meanwhile media reports report agency all both each some many most others everyone "
    "man woman men women boy girl suspect suspects judge court prosecutors "
    # "Villagers said their men killed two attackers": their own men, no group's claim
    "villagers farmers relatives families locals elders parents "
    # a headline's bare "Group claims responsibility for Quetta blast"
    "group groups militants gunmen rebels insurgents attackers terrorists jihadists fighters".split()
)
# Words of a time, not of a name: "The United Nations on Wednesday denied".
_TIME_TAIL = re.compile(
    r"\s*,?\s+(?:on|last|this|early|late)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*$",
    re.IGNORECASE,
)
# One who speaks for a group, after its name: "Red Hand spokesman Tom Kerr" (said ...).
_ROLE_TAIL = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|commander|leader|chief)(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}\s*,?\s*$", re.IGNORECASE
)
# A person's title before a name: no group.
_PERSON_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Judge|Justice|Sheriff|Senator|Governor|Coach|Officer|Detective|Sgt|Capt|Lt|Col|Colonel|Brigadier|Lieutenant"
    r"|President|Minister)\b\.?"
)


_GENERIC_HEAD = re.compile(
    # A number may open a name after "the": "the 400 Mawozo gang" (not a year: "the 2019 Constitution").
    rf"^\s*(?:the\s+)?(?P<name>(?:(?<=the\s)(?!(?:1[89]|20)\d\d\b)\d+\s+(?=[A-Z]))?{_NAME_WORD}(?:[\s-]+(?:{_CONNECTOR}[\s-]+)*{_NAME_WORD}){{0,6}})(?:\s*\((?P<acr>[A-Z][\w-]{{1,12}})\))?"
)


# "US forces", "the army", "Washington": a state, named as such (not "Kosovo Liberation Army").
_STATE_WORDS = re.compile(
    r"^(?:the\s+)?(?:[\w.]+\s+)?(?:forces?|army|armies|military|government|police|troops|ministry|navy|air\s+force"
    r"|authorities|administration|president|officials?|junta|regime)$"
    r"|^(?:washington|kabul|islamabad|moscow|kyiv|tehran|ankara|delhi|new\s+delhi|beijing|baghdad|damascus)$",
    re.IGNORECASE,
)


# Words of an armed group's own name: a nationality at its head does not make it a state.
_GROUP_WORDS = re.compile(
    r"\b(?:liberation|revolutionary|front|movement|brigades?|organi[sz]ation|resistance|mujahideen|jihad"
    r"|party|league|commandos?|cells?|squads?|tigers|fighters\s+for)\b",
    re.IGNORECASE,
)


def _is_state(name: str) -> bool:
    """A country, a nationality or state forces: not a claimant in this sense."""
    from monitor.extract.gazetteer import COUNTRY_ALIASES, DEMONYMS, gazetteer

    first = name.split()[0].lower().strip(".,")
    if _STATE_WORDS.match(name) or name.lower() in COUNTRY_ALIASES or _fold(name) in _capitals() or first in _STATE_ALIASES:
        return True  # "Lima denied": a capital stands for its government
    if (first in DEMONYMS or first in COUNTRY_ALIASES) and not _GROUP_WORDS.search(name):
        return True  # "Turkish police", "US officials"; not "Breton Revolutionary Army"
    return any(c.name.lower() == name.lower() for c in gazetteer().countries.values())


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    from monitor.extract.gazetteer import gazetteer

    return frozenset(_fold(c) for c in gazetteer().capitals.values() if c.strip())


def _fold(name: str) -> str:
    """"Bogotá" -> "bogota": the gazetteer writes names without accents."""
    from monitor.extract.gazetteer import _ascii

    return _ascii(name).strip().lower()


_AFFILIATION_SUFFIX = re.compile(r"-(?:based|linked|backed|affiliated|allied|led)$")


# Words that name no group by themselves: an official's "foreign hands", "the Zionist
# Enemy", "Western Powers", "the Khawarij" are no actor.
_VAGUE_NAME = re.compile(
    r"(?:(?:the|of|and|foreign|external|hidden|zionist|western|imperialist|hostile|enem(?:y|ies)|hands?|powers?|elements?|west"
    r"|conspirators?|agents?|terrorists?|criminals?|mercenar(?:y|ies)|traitors?|saboteurs?|khawarij|nation|state|country|people)"
    r"(?:\s+|$))+",
    re.IGNORECASE,
)


def _named_actor(name: str, acronym: str | None) -> str | None:
    """A group's canonical name (alias table, then its acronym), or the name as written;
    None when it is no claimant: a state, an official body, a bare "Iran-backed", a vague
    "Zionist Enemy"."""
    if name.lower() in _NOT_ACTORS or _is_state(name) or _AFFILIATION_SUFFIX.search(name):
        return None
    table = actor_table()
    if not acronym and _VAGUE_NAME.fullmatch(name) and table.canonical(name) is None:
        return None
    # A group the table lacks goes by its acronym when it gives one: spellings of the
    # name vary between reports ("Anti-Fascist"/"Antifascist", "Force"/"Forces"), the
    # acronym does not.
    return table.canonical(name) or (table.canonical(acronym) if acronym else None) or acronym or name


def _person(name: str) -> bool:
    """A person named in a court or crime story ("Morgan denied", "Andy Kennedy denied",
    "Mr. LaRue denied"): one whose denial or blame is no group's claim. A group the
    alias table lacks has a longer name or an acronym."""
    from monitor.extract.gazetteer import a_persons_name, person_names

    words = name.split()
    if _PERSON_TITLE.search(name):
        return True
    if len(words) == 1:
        return a_persons_name(words[0].lower())
    given, _ = person_names()
    return (
        len(words) <= 3 and words[0].lower() in given and not _GROUP_WORDS.search(name)
        and not re.search(r"\b(?:army|group|guards?|brigades?|battalions?|council|command)\b", name, re.IGNORECASE)
    )


# A group told by its people or its base and its kind: "Kurdish fighters", "Pakistan-based
# militants", "Sindhi nationalists" (a demonym alone would read as the state); not by its backer ("Iran-backed
# militias" names no group, as a bare "Iran-backed" does not: see _named_actor). Its kind
# may come as a word before the noun: "Ambazonian separatist fighters" are "Ambazonian
# separatists" (the name the table and other reports use).
_DESCRIBED_GROUP = re.compile(
    r"\s*(?:the\s+)?(?P<name>(?P<people>[A-Z](?![\w'’.]*-(?:backed|linked|affiliated|allied)\b)[\w'’.-]*)\s+"
    r"(?:(?P<kind>separatist|rebel|militant|jihadist|insurgent|guerrilla|islamist|nationalist)\s+)?(?:militants|fighters|rebels|insurgents"
    r"|separatists|jihadists|guerrillas|militias?|militiamen|factions|extremists|gangs|nationalists))\b"
)


# ... ending a clause, with its deed: "blamed Kurdish fighters for the attack(, who denied it)".
_DESCRIBED_TAIL = re.compile(_DESCRIBED_GROUP.pattern + r"(?:\s+(?:for|over)\s+[^,;]{1,80})?\s*$")
_DEED_AFTER_NAME = re.compile(r"\s+(?:for|over|after|in)\s+", re.IGNORECASE)


def _described_actor(described: re.Match[str]) -> str:
    """The actor a :data:`_DESCRIBED_GROUP` match names, its kind word standing for the noun
    ("Ambazonian separatist fighters" -> "Ambazonian separatists"), in the table's name."""
    name = f"{described.group('people')} {described.group('kind')}s" if described.group("kind") else described.group("name")
    return actor_table().canonical(name) or name


# A unit's word after the name it is given (a fallen commander's, a hero's): its name's end.
_UNIT_AFTER_NAME = re.compile(r"\s+(front|faction|brigade|bloc|column|battalion|commando|command)\b")


def _generic_object(after_verb: str) -> str | None:
    """A group named right after "blamed": "blamed the YPG" -> "YPG"."""
    described = _DESCRIBED_GROUP.match(after_verb)
    if described:
        return _described_actor(described)
    m = _GENERIC_HEAD.match(after_verb)
    if not m:
        return None
    name = m.group("name").rstrip(".")
    if not m.group("acr"):
        # The deed or its place after the group, in a headline's case too: "blame Jaish for
        # Pulwama ambush", "Blame Jaish Over Pulwama Ambush" (a name the table lacks with such
        # a word in it comes with its acronym: "the Front for Unity (FFU)").
        name = _DEED_AFTER_NAME.split(name, maxsplit=1)[0]
    if re.match(r"(?:of|for|in|on|at|to|with|by)\b", name, re.IGNORECASE):
        return None  # a headline's "Accused Of Double Murder"
    if not m.group("acr") and _person(name):
        # A person accused; but a unit named after one is a group: "the Jaime Martinez front".
        unit = _UNIT_AFTER_NAME.match(after_verb, m.end()) if name == m.group("name") else None
        return _named_actor(f"{name} {unit.group(1)}", None) if unit else None
    return _named_actor(name, m.group("acr"))


# The kind of an armed group after its name: "the Los Lobos gang", "the BRN separatist group".
_GROUP_KIND = (
    r"(?:gangs?|groups?|cartels?|militias?|factions?|networks?|separatists|rebels|militants|insurgents|jihadists|guerrillas|fighters)"
)
_KIND_AFTER_NAME = re.compile(rf"(?:\s+[a-z][\w-]*)?\s+{_GROUP_KIND}\b")
# ... before a passive verb: "The Los Lobos gang was suspected".
_KIND_BEFORE_VERB = re.compile(rf"\b{_GROUP_KIND}\s+$")


def _suspected_object(sentence: str, start: int) -> ActorMention | None:
    """A group the table lacks named at ``start``, right after a verb of suspicion, read as
    the object of "blamed" is (:func:`_generic_object`), but only with its kind ("suspect the
    Los Lobos gang was behind it", "the BRN separatist group"): after "suspect" a bare
    capitalised name is as often a person's or a firm's."""
    described = _DESCRIBED_GROUP.match(sentence, start)
    head = None if described else _GENERIC_HEAD.match(sentence[start:])
    kind = _KIND_AFTER_NAME.match(sentence, start + head.end()) if head else None
    end = described.end() if described else kind.end() if kind else None
    actor = _generic_object(sentence[start:]) if end is not None else None
    return ActorMention(actor, start, end) if actor is not None and end is not None else None


# Other events than the one reported: "two other bombings, which were claimed by the
# FARC", "claimed responsibility for previous attacks".
_OTHER_EVENTS = (
    r"\b(?:other|previous|earlier|past|prior|similar)\s+(?:\w+\s+){0,2}?"
    r"(?:attack|bombing|blast|explosion|killing|incident|assault|kidnapping|abduction|shooting|ambush|raid)(?:e?s)?\b"
)
_OTHER_BEFORE = re.compile(_OTHER_EVENTS + r"[^.;:]{0,40}?\b(?:which|that)\b[^.;:]{0,100}$", re.IGNORECASE)
_OTHER_AFTER = re.compile(r"\s*(?:responsibility\s+|credit\s+)?for\s+(?:\w+\s+){0,2}?" + _OTHER_EVENTS, re.IGNORECASE)


# A blame's deed named after its object: "blamed Boko Haram for similar attacks".
_OTHER_AFTER_OBJECT = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?for\s+(?:\w+\s+){0,2}?" + _OTHER_EVENTS, re.IGNORECASE)
# A deed dated to another year or month, or told as a record: "which claimed a 2019
# bombing", "claimed an attack on the same church in 2018", "a March bombing", "blamed for
# dozens of bombings over the years". The year is the deed's, before it or right after its
# place, not another thing's ("the attack on a base built in 1998"); the item's own year is
# this event's, and so is its own month or the one before (find_claims' ``year`` and
# ``month``, when known: "the November 12 bombing" in a November item).
_MONTH = "(?-i:" + "|".join(name.capitalize() for name in MONTH_NAMES) + ")"
_DATED_ELSEWHERE = re.compile(
    rf"\b(?:(?:early|late|mid)[\s-]+)?(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}?{_DEED}\b"
    rf"|\b{_DEED}(?:\s+(?:on|at|in|of|against|near)(?:\s+(?![\w-]+ed\b|built\b|made\b)[\w'’-]+){{1,4}}?)?\s*,?\s+"
    r"(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?P<after>(?:19|20)\d\d)\b"
    rf"|\b(?:an?|the)\s+(?P<month>{_MONTH})\s+(?:(?P<month_year>(?:19|20)\d\d)\s+)?(?:[\w-]+\s+)?{_DEED}\b|\bover\s+the\s+(?:past\s+)?(?:years|decades?)\b",
    re.IGNORECASE,
)
_RECORD = re.compile(
    r"\b(?:(?:an?\s+)?(?:series|string|number|spate|wave|host)\s+of|dozens\s+of|scores\s+of|hundreds\s+of|many|several|numerous)\b",
    re.IGNORECASE,
)
_CLAUSE_REACH = 200  # a deed told further on is another clause's
_CLAUSE_END = re.compile(r"[,;.:]|\s(?:but|while|whereas)\s", re.IGNORECASE)


def _other_event(sentence: str, m: re.Match[str], year: int | None, month: int | None) -> bool:
    """Whether the claim or denial at ``m`` is about other events than this one."""
    return bool(
        _OTHER_BEFORE.search(sentence, max(0, m.start() - _LOOK_BACK), m.start()) or _other_deed_after(sentence, m, year, month)
    )


def _dated_here(d: re.Match[str], year: int | None, month: int | None) -> bool:
    """Whether the date of the deed ``d`` (:data:`_DATED_ELSEWHERE`) is the item's: its year,
    or its month or the month before (a deed told weeks later)."""
    if d.group("month"):
        if d.group("month_year") and d.group("month_year") != str(year):
            return False  # "the November 2019 bombing"
        return month is not None and (MONTH_NAMES.index(d.group("month").lower()) + 1 - month) % 12 in (0, 11)
    return year is not None and (d.group("year") or d.group("after")) == str(year)


def _other_deed_after(sentence: str, m: re.Match[str], year: int | None, month: int | None) -> bool:
    """Whether the deed told after the claim, denial or blame at ``m`` is another event:
    named as another, dated to another year or told as the group's record (up to the
    clause's end, within :data:`_CLAUSE_REACH`)."""
    end = _CLAUSE_END.search(sentence, m.end(), m.end() + _CLAUSE_REACH)
    clause = sentence[m.start(): end.start() if end else min(len(sentence), m.end() + _CLAUSE_REACH)]
    return bool(
        _OTHER_AFTER.match(sentence, m.end())
        or any(not _dated_here(d, year, month) for d in _DATED_ELSEWHERE.finditer(clause))
        or (_RECORD.search(clause) and _PAST.search(clause))
    )


# A claim told as a noun, after its group ("the ISKP claim could not be verified", "the
# group's claim of responsibility named the bomber") or before it ("a claim by the Islamic
# State"); not a verb ("the Taliban claim the city fell"), nor a claim of something else,
# nor one judged false ("the Hamas claim was false": an assertion refuted, no deed owned).
_CLAIM_NOUN = re.compile(
    r"\bclaims?(?:\s+of\s+responsibility)?(?:(?P<by>\s+by\s+(?:the\s+)?)"
    r"|(?=\s*(?:[,.;]|$)|\s+(?:could|can|cannot|was|is|were|are|has|had|have|came|appeared|named|read|did|does|would|may|might|must|said)\b)"
    r"(?!\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:false|untrue|baseless|groundless|bogus|fake|fabricated|denied"
    r"|dismissed|rejected|refuted|debunked|that)\b))",
    re.IGNORECASE,
)


_RELATIVE_BEFORE = re.compile(r"\b(?:which|what)\s+(?:the\s+)?$", re.IGNORECASE)


# ... a claim of something else: "claims by Hamas that 30 civilians were killed", "a claim by
# the Taliban of 50 soldiers killed" (not "that its fighters stormed the base", its own deed).
_CLAIM_OF_OTHER = re.compile(
    r"\s*,?\s*(?:that\b(?!\s+" + _OWN_DEED_TOLD + r")|of\s+(?:\d|dozens|scores|hundreds|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))",
    re.IGNORECASE,
)


# A claim supposed, not made: "if claimed by ISKP, it would", "if the group claims it";
# "it would be the first attack claimed by IS in the country" ties the group with a hedge.
_HYPOTHETICAL = re.compile(
    r"(?P<cond>\b(?:if|unless)\s+(?:[\w'’-]+\s+){0,3}|^\s*(?:had|should)\s+(?:[\w'’-]+\s+){0,3})$|\bwould\s+(?:be|mark|make\s+it)\b[^,;.]{0,60}$", re.IGNORECASE
)
# The group a claim is made for: "claimed the bombing on behalf of the BLA".
_ON_BEHALF = re.compile(r"[^,;.]{0,40}?\bon\s+behalf\s+of\s+(?:the\s+)?", re.IGNORECASE)


# A group described by another in an appositive: "X, the armed wing of Y, claimed".
# ... or with the other's possessive: "AQAP, al-Qaeda's Yemeni branch, said".
_APPOSITIVE = re.compile(r"\s*,\s*(?:(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}(?:of|for|to)\s+(?:the\s+)?)?", re.IGNORECASE)
_APPOSITIVE_END = re.compile(r"(?:(?<=['’]s)(?:\s+[\w-]+){1,3})?\s*,\s*(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)


# A new clause with a subject of its own between a group and a claim verb.
_NEW_CLAUSE = re.compile(r"(?:[,;]\s*|\s)(?:but|whereas|while|although|though)\s", re.IGNORECASE)
# ... or a finding, whose "it" is no one: "but it later emerged that the group had not".
_FOUND_THAT = re.compile(
    r"\b(?:emerged|transpired|turned\s+out|appear(?:s|ed)|seem(?:s|ed)|(?:was|is|has\s+been|had\s+been)\s+"
    r"(?:(?:later|since|now|also)\s+)?(?:found|established|revealed|confirmed|shown|proven|proved|learned|learnt|discovered))\s+that\b",
    re.IGNORECASE,
)
# ... unless the verb follows the conjunction with only adverbs between: "but later withdrew".
_SAME_SUBJECT = re.compile(r"(?:(?:\w+ly|later|then|soon|also|still)\s+)*", re.IGNORECASE)
# A passive verb: what comes before it is what was denied, not who denied it.
_PASSIVE = re.compile(r"\b(?:been|be|was|were|is|are|being)\s+(?:(?:\w+ly|also|again|repeatedly|flatly|and)\s+){0,3}$", re.IGNORECASE)
_NEGATED_CLAIM = re.compile(r"\b(?:not|never|no|yet\s+to|refused\s+to|failed\s+to)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$", re.IGNORECASE)


def _negated(text: str, start: int) -> bool:
    """Whether a negation stands right before ``start``: "did not claim", "has yet to
    claim", "do not suspect", "no longer suspect"."""
    return bool(_NEGATED_CLAIM.search(text, max(0, start - 30), start))
_SELF_NAMED = re.compile(
    r"\b(?:calling\s+(?:itself|themselves)|calls\s+itself|known\s+as)\s+(?:the\s+)?"
    r"(?P<name>[A-Z0-9][^,;:()]{1,80}?)\s*(?:\((?P<gloss>[^)]{1,60})\))?\s*,?\s*$"
)


# Where a speaker is: "in Kano" after "Security forces", "Police in Kano".
_PLACE_OF_SUBJECT = re.compile(r"\b(?:in|near|at|from|across)\s+(?:the\s+)?$")
_PLACE_IN_NAME = re.compile(r"\s+(?:in|near|at|from)\s+")


def generic_actor(before_verb: str, people: bool = False) -> str | None:
    """A group named just before a claim verb, even when the alias table lacks it:
    "The Earth Liberation Front (ELF) claimed" -> "ELF" (its acronym), "a group calling
    itself Sword of the Faith claimed" -> "Sword of the Faith". A person's name counts
    only with ``people`` (a gunman who "acknowledged the shootings")."""
    named = _SELF_NAMED.search(before_verb[-200:])
    if named:
        gloss = named.group("gloss") or ""
        acronym = gloss if re.fullmatch(r"[A-Z][\w-]{1,12}", gloss) else None
        return _named_actor(named.group("name").strip(), acronym)
    before_verb = _TIME_TAIL.sub("", before_verb[-160:])
    role = _ROLE_TAIL.search(before_verb)
    if role:
        before_verb = before_verb[: role.start()]  # the group its spokesman speaks for
    m = _GENERIC_TAIL.search(before_verb)
    if not m or _PLACE_OF_SUBJECT.search(before_verb, 0, m.start()):
        return None  # "Security forces in Kano said they had": a place, not who said it
    head = _PLACE_IN_NAME.split(m.group("name"), maxsplit=1)
    if len(head) > 1 and _named_actor(head[0], None) is None:
        return None  # "Police in Kano said": police, no group
    name = re.sub(r"^(?:(?:[Tt]he|A|An|But|And|Yet|So|Then|On\s+\w+day),?\s+)+", "", m.group("name")).strip(" -")
    name = re.sub(r"^(?:[\w'’-]+-(?:based|linked|backed|affiliated|allied)\s+)+", "", name)
    words = name.split()
    if not words or (len(words) == 1 and not m.group("acr") and len(name) < 3) or (not m.group("acr") and not people and _person(name)):
        return None
    return _named_actor(name, m.group("acr"))


# The source in "according to police", "according to a statement from the Houthis" (the
# one behind the statement), "..., according to military sources.": a whole phrase, up to
# a stop or a comma.
#: What a group or an office puts out: "a statement", "a communique", "a video".
_DOCUMENT = r"(?:statements?|communiqu[eé]s?|reports?|videos?|messages?|posts?)"
# A statement "on" its channel or a group's outlet, not "on Saturday" nor "on the attack".
_ON_CHANNEL = (
    r"(?:(?:the|its|their)\s+)?(?:[\w.-]+['’]s?\s+(?:[\w-]+\s+)?(?:Telegram|channel|website|outlet|radio|television|account)"
    rf"|(?:[\w.-]+['’]s\s)|{_PLATFORM}\b|social\s+media|(?:[\w-]+\s+)?(?:channel|website|radio|television))"
)
_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+)?" + _DOCUMENT + r"\s+(?:from|by|issued\s+by|posted\s+by|of|on(?=\s+" + _ON_CHANNEL + r"))\s+)?"
    r"(?P<who>(?:the\s+|an?\s+)?[\w'’.-]+(?:\s+(?!(?:on|in|at|who|which|that|after|when)\b)[\w'’.()-]+){0,5}?)\s*(?=[,.;:]|$)",
    re.IGNORECASE,
)
# A document with no author: "according to a statement" names nobody.
# ... nor does a channel alone: "according to a statement on Telegram".
_NO_AUTHOR = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+)?" + _DOCUMENT + rf"|(?:{_PLATFORM}|social\s+media|(?:an?|the)\s+website)(?:\s+channel)?",
    re.IGNORECASE,
)


def _speaker(sentence: str, before: int | None = None, upper_doc: bool = False) -> str | None:
    tail = _SAID_BY_TAIL.search(sentence) or _SAID_BY_MID.search(sentence)
    if tail:
        return _LEADING_CONJUNCTION.sub("", tail.group("who").strip())
    according = _ACCORDING.search(sentence)
    source = according.group("who").strip().rstrip(".") if according else ""
    if source and not _NO_AUTHOR.fullmatch(source):
        return source
    head = sentence[:before] if before is not None else sentence
    found = list((_SAID_BY_UPPER if upper_doc else _SAID_BY).finditer(head))
    return _LEADING_CONJUNCTION.sub("", found[-1].group("who").strip()) if found else None


#: "..., but officials said": the conjunction joins the clauses, it is no part of who said it.
_LEADING_CONJUNCTION = re.compile(r"^(?:but|and|while|yet|though|although|whereas)\s+", re.IGNORECASE)


# The ministries that speak for a state's forces: "the defence ministry", "the interior ministry".
_MINISTRY_KIND = r"(?:defen[cs]e|interior|home|foreign|security|information|war)"
# The subject of a first verb whose second one blames: a body ("The Sudanese army", "The
# interior ministry") or a name ("The Taliban").
_BODY_SUBJECT = re.compile(
    rf"(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’.-]*|{_MINISTRY_KIND}|local|provincial|state|federal|national|regional"
    r"|district|military)\s+){0,3}?(?:army|military|armed\s+forces|police|security\s+forces|government|ministry"
    r"|officials|authorities|spokes(?:man|woman|person))\b"
)
_ANY_CASE_BODY = re.compile(_BODY_SUBJECT.pattern, re.IGNORECASE)  # "Police said", "THE MINISTRY SAID"
# ... or a group by its kind ("The separatists", "The armed separatists" before a verb of the past).
_NAME_SUBJECT = re.compile(
    r"(?:[Tt]he\s+)?(?!(?:The|A|An)\s)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r"|[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*(?=\s+(?:\w+ly\s+)?[a-z]+ed\b)"
)


def _subject(sentence: str, verb_start: int, actors: list[ActorMention]) -> str | None:
    """The words before the verb in its clause: "Interior ministry spokesman Tariq Arian"."""
    start = max(0, verb_start - _LOOK_BACK)
    head = sentence[start:verb_start].strip(" ,—–")
    # A spaced dash ends what stands before it: a live blog's "11:15 — The interior ministry blames".
    pieces = [p.strip() for p in re.split(r"[,;:]\s+|\s[—–]\s|\bbut\b|\band\b|\bwhile\b", head)]
    pieces = [p for p in pieces if p]
    if start and len(pieces) >= 2:
        pieces.pop(0)  # cut by the window: part of a clause
    if len(pieces) >= 2 and re.match(r"(?:speaking|citing|quoting|talking|writing)\b", pieces[-1], re.IGNORECASE):
        pieces.pop()  # "Security officials, speaking on condition of anonymity, blamed": the officials
    clause = pieces[-1] if pieces else ""
    shared = re.search(r"\b(?:and|but)$", head) and (_BODY_SUBJECT.match(clause) or _NAME_SUBJECT.match(clause))
    if shared:
        return shared.group(0)  # "The Taliban denied it and blamed X": the first verb's subject
    # "Tariq Arian, the interior ministry spokesman, blamed": keep the appositive's name.
    if len(pieces) >= 2 and re.match(r"(?:the|a|an)\s", clause, re.I) and re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}", pieces[-2]):
        clause = f"{pieces[-2]}, {clause}"
    # In capitals too: "THE PERSONS WHO HAVE TESTIFIED HAVE (accused)".
    clause = re.sub(r"\s+(?:has|have|had|are|is|were|was|also|directly|quickly|swiftly|on\s+\w+day)$", "", clause, flags=re.I)
    clause = re.sub(r"^(?:later|meanwhile|however|also|earlier|in a statement|which|who|whom|that|because|since|as|when|after)\b\s*,?\s*",
                    "", clause, flags=re.I)
    clause = re.sub(r"\s+(?:said|say|says)\s+(?:that\s+)?(?:they|it|he|she)$", "", clause)  # "officials said they suspected"
    # A title alone, a headline's "Minister blames ...", names no one: the body's "Interior
    # Minister Rashid Khan blamed" tells who (the pipeline keeps a named teller over none).
    return None if not clause or clause.lower() in _TITLES else clause


# States as actors. A state (a country, its capital standing for its government, its forces
# or officials named with a demonym, or bare state forces: "the army", "police") is an
# actor only where the sentence says so explicitly: it is blamed, accused, suspected or
# held responsible, it denies, or it admits or says that it carried out the attack. A state
# stated as the perpetrator ("Russian missiles hit Kharkiv", "security forces killed three
# militants") is no claim: nearly every war story would otherwise blame a state, and the
# alerts would be noise. A state speaking stays ``said_by`` ("Police blamed ETA").
# Canonical names: the country's name where the text names the country, its capital or
# its demonym ("Moscow", "Russian forces" -> "Russia"); else the kind of force: "army"
# (army, military, armed forces, troops, soldiers, junta, air force, navy), "security
# forces", "police" or "government" (government, regime).
_FORCE = (
    # "government troops", "the government's forces" are the army's men, not "the government".
    r"(?:(?P<army>(?:government|regime)(?:['’]s)?\s+(?:forces|troops|soldiers)|armed\s+forces|army|armies|military|troops|soldiers|junta"
    r"|air\s+force|navy)"
    r"|(?P<security>security\s+forces)|(?P<police>police(?:\s+officers|men)?|policemen)|(?P<government>government|regime))"
)
_FORCE_NAMES = {"army": "army", "security": "security forces", "police": "police", "government": "government"}
_BARE_FORCE = re.compile(rf"(?<![\w-]){_FORCE}(?![\w-])", re.IGNORECASE)
# What follows a demonym, a country or its possessive: its forces or officials ("Russian
# forces", "Israel's military", "the Afghan National Army", "Russian officials"), or a
# deed of its forces, named only as what is blamed ("Hamas blamed an Israeli airstrike").
_STATE_HEAD = re.compile(
    r"(?:['’]s)?\s+(?:(?:national|federal|defen[cs]e|state|regular|special|border|government|military)\s+)?"
    rf"(?:(?P<force>forces|{_FORCE})|(?P<official>officials?|authorities|(?:{_MINISTRY_KIND}\s+)?ministry"
    # "US Central Command", "US Africa Command": a regional command of the US forces.
    r"|spokes(?:man|woman|person)|embassy|leaders?|president|prime\s+minister|(?:central|africa|southern|european|indo-pacific)\s+command)"
    r"|(?P<deed>(?:air\s*|missile\s+|drone\s+)?strikes?|airstrikes?|missiles?|rockets?|drones?|shell(?:s|ing|fire)|bombardment"
    r"|bombing|raids?|fire|artillery|attacks?|jets?|warplanes?|aircraft|helicopters?))(?![\w-])",
    re.IGNORECASE,
)
# Who of the forces: "army officers", "police spokesman", "armed forces elements".
_PERSONNEL = re.compile(
    r"\s+(?:officers|officials|troops|soldiers|units|personnel|commanders?|chiefs?|elements|members|sources"
    r"|spokes(?:man|woman|person)|high\s+command)(?![\w-])",
    re.IGNORECASE,
)
# A force word as a modifier: "an army post", "police informers", "army deserters".
_FORCE_MODIFIER = re.compile(
    r"\s+(?:posts?|bases?|camps?|stations?|checkpoints?|convoys?|patrols?|vehicles?|trucks?|jeeps?|barracks|headquarters"
    r"|informers?|informants?|deserters?|uniforms?|recruits?|academy|garrisons?|outposts?|positions?|hospital|cordon|custody)\b",
    re.IGNORECASE,
)
# A state's other names (the gazetteer's aliases aside): its army's, its seat's, an acronym.
_STATE_ALIASES = {
    "idf": "IL", "tatmadaw": "MM", "kremlin": "RU", "pentagon": "US", "centcom": "US", "africom": "US", "uae": "AE",
    "u.a.e.": "AE", "dprk": "KP",
}
# A short English name where the gazetteer's differs from the usual one.
_STATE_NAMES = {"PS": "Palestine"}


# What may follow a country or a capital standing alone in text written in capitals: a
# stop, a function word or a verb, not another name's word.
_UPPER_NAME_END = re.compile(
    r"\s*(?:[,.;:)\"'”]|$)|\s+(?:OF|FOR|AND|OR|IN|ON|AT|TO|THAT|WHICH|WHO|WAS|WERE|IS|ARE|HAS|HAD|HAVE|WILL|WOULD|ALSO|TODAY"
    r"|YESTERDAY|\w+ED|SAYS)\b"
)


# Capitalised words that start no name: "On Tuesday Moscow denied".
_NOT_NAME_WORDS = frozenset(
    "the a an but and on in later meanwhile however monday tuesday wednesday thursday friday saturday sunday".split()
)


@dataclass(frozen=True, slots=True)
class _StateMention:
    actor: str
    start: int
    end: int
    #: only blamed: a deed of its forces ("an Israeli airstrike"), not the state itself
    deed: bool = False


@lru_cache(maxsize=1)
def _state_names() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for countries, their aliases, capitals and demonyms; folded name ->
    (country code, kind)."""
    from monitor.extract.gazetteer import COUNTRY_ALIASES, DEMONYMS, gazetteer

    g = gazetteer()
    kinds: dict[str, tuple[str, str]] = {}
    for cc, place in g.countries.items():
        kinds[_fold(place.name)] = (cc, "country")
    for alias, cc in {**COUNTRY_ALIASES, **_STATE_ALIASES}.items():
        kinds.setdefault(alias, (cc, "country"))
    for cc, capital in g.capitals.items():
        if capital:
            kinds.setdefault(_fold(capital), (cc, "capital"))
    for demonym, cc in DEMONYMS.items():
        if demonym not in _NOT_STATE_DEMONYMS:
            kinds[demonym] = (cc, "demonym")
    # "us" and "uk" are words: these two are matched in capitals only (below).
    names = [n for n in kinds if n not in {"us", "uk"}]
    return re.compile(r"(?<![\w-])(" + _trie(names) + r"|US|UK)(?![\w-]|\.\w)", re.IGNORECASE), kinds


def _state_name(cc: str) -> str:
    from monitor.extract.gazetteer import gazetteer

    return _STATE_NAMES.get(cc) or gazetteer().countries[cc].name


def _capitalised_before(sentence: str, start: int) -> bool:
    """A capitalised word right before ``start`` that does not open the sentence: the
    start of a longer name ("the Free Syrian Army", "the Arakan Army", "Denzel Washington")."""
    m = re.search(r"([A-Z][\w'’.-]*)\s+$", sentence[:start])
    return m is not None and m.start() > 0 and m.group(1).lower() not in _NOT_NAME_WORDS


def _in_group_name(sentence: str, start: int, end: int, upper_doc: bool) -> bool:
    """Whether a state's word belongs to an armed group's name: "National Liberation Army",
    "Army of God", "Sudan People's Liberation Army", "the Arakan Army"."""
    if re.match(r"\s+OF\s+(?!(?:\w+LY\s+)?\w+ING\b)\w" if upper_doc else r"\s+of\s+(?:the\s+)?[A-Z]", sentence[end: end + 30]):
        return True  # "Army of God"; not "accused the army of atrocities"
    before = sentence[max(0, start - 30): start].split()
    after = sentence[end: end + 30].split()
    if (before and _GROUP_WORDS.fullmatch(before[-1])) or (after and _GROUP_WORDS.fullmatch(after[0].strip(",.;:"))):
        return True
    return not upper_doc and _capitalised_before(sentence, start)


def _states(sentence: str, upper_doc: bool, groups: list[ActorMention]) -> list[_StateMention]:
    """The states named in a sentence (see above), in order; none inside a group's name."""
    pattern, kinds = _state_names()
    out: list[_StateMention] = []

    def free(start: int, end: int) -> bool:
        return not any(g.start < end and start < g.end for g in groups) and not any(
            s.start < end and start < s.end for s in out
        )

    for m in pattern.finditer(sentence):
        word = m.group(1)
        if word in {"us", "Us", "uk", "Uk"} or (upper_doc and word.upper() in {"US", "UK"}):
            continue  # the pronoun; in capitals "US" is too
        cc, kind = kinds.get(_fold(word), kinds.get(word.lower(), ("", "")))
        if not cc:
            continue
        head = _STATE_HEAD.match(sentence, m.end())
        if head and kind != "capital" and not (head.group("force") and _FORCE_MODIFIER.match(sentence, head.end())):
            end = head.end()
            extra = _PERSONNEL.match(sentence, end)
            end = extra.end() if extra else end
            if free(m.start(), end) and not _in_group_name(sentence, m.start(), end, upper_doc):
                out.append(_StateMention(_state_name(cc), m.start(), end, deed=bool(head.group("deed"))))
            continue
        if kind == "demonym" or not free(m.start(), m.end()):
            continue  # a nationality alone names no state: "Russian" in "a Russian citizen"
        rest = sentence[m.end(): m.end() + 30]
        if re.match(r"['’]s\b", rest) or (not upper_doc and re.match(r"\s+[A-Z]", rest)):
            continue  # "Sudan's RSF", "Washington Post", "Israel Katz": a longer name
        if upper_doc and not _UPPER_NAME_END.match(rest):
            continue  # "SAN SALVADOR ARCHBISHOP ARTURO RIVERA": in capitals, only a name's end tells
        if _in_group_name(sentence, m.start(), m.end(), upper_doc):
            continue
        if kind == "capital" and _BARE_FORCE.match(rest.lstrip()):
            continue  # "Kabul police": the city's
        out.append(_StateMention(_state_name(cc), m.start(), m.end()))
    for m in _LED_COALITION.finditer(sentence):
        if kinds.get(_fold(m.group(1)), kinds.get(m.group(1).lower())) and free(m.start(), m.end()):
            out.append(_StateMention(f"{m.group(1)}-led {m.group(2).lower()}", m.start(), m.end()))
    for m in _BARE_FORCE.finditer(sentence):
        end = m.end()
        extra = _PERSONNEL.match(sentence, end)
        end = extra.end() if extra else end
        if not free(m.start(), end) or _FORCE_MODIFIER.match(sentence, end) or _in_group_name(sentence, m.start(), end, upper_doc):
            continue
        kind = next(k for k, v in m.groupdict().items() if v)
        out.append(_StateMention(_FORCE_NAMES[kind], m.start(), end))
    out.sort(key=lambda s: s.start)
    return out


# States fighting as one side under one of them: "the Saudi-led coalition", "the US-led
# coalition". Named whole (not the leading state, nor the bare "Saudi-led"), and like a
# state an actor only in explicit statements.
_LED_COALITION = re.compile(
    r"(?<![\w-])([A-Z][\w.]*)-led\s+(?:(?:military|international|multinational|Arab|western|naval)\s+)?(coalition|alliance)(?![\w-])",
    re.IGNORECASE,
)


# Words without which a sentence holds no explicit statement about a state.
_STATE_CUES = re.compile(
    r"blam|accus|den[yi]|reject|dismiss|admit|acknowledg|conced|responsib|suspect|said|says|announc|confirm"
    r"|\bheld\b|\bhold|finger|\bpin|behind|no\s+(?:role|part|hand)|nothing\s+to\s+do|\bnot\s|mistake|\berror|report|inquiry|claimed\s+by"
    r"|investigation|finding",
    re.IGNORECASE,
)
# Whom of the state's own the statement names: "its troops", "soldiers", "an officer".
_OWN_FORCES = (
    r"(?:it|they|(?:(?:one|some|two|three|several)\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:forces?|troops|soldiers|officers|police(?:men)?|agents|pilots|aircraft|jets"
    r"|warplanes|drones?|missiles?|units?|personnel|gunners|artillery|men|strike|shell)"
    r"|(?:the\s+|some\s+|two\s+|several\s+)?(?:(?:government|state|security|federal|national|armed|U\.?S\.?"
    r"|(?-i:[A-Z][a-z]+(?:an|ese|i|ish)))\s+)?"
    r"(?:troops|soldiers|forces|officers|policemen|police(?:\s+officers)?|pilots|warplanes|aircraft|jets|air\s+force|army|military)"
    r"(?:\s+(?:elements|members|units|officers|personnel))?)"
)
# What a state says of itself: "it", "its troops", not "officers" or "they" (in "Police said
# they opened fire" or "said officers shot a man", police give their account of an arrest;
# "police acknowledged that officers fired" is an admission).
_OWN_SAID = r"(?:it|(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|units?|jets|warplanes|aircraft|drones?|missiles?|artillery))"
# A state's own forces that are its armed forces: "its forces", "its jets" (not "its agents").
_ARMED_OWN = r"(?:forces|pilots|aircraft|jets|warplanes|drones?|missiles?|artillery|gunners|units?|strike|shell)"
_STATE_DOING = (
    r"(?:had\s+|have\s+|has\s+)?(?:(?:mistakenly|accidentally|wrongly|inadvertently)\s+)?"
    r"(?:carried\s+out|conducted|struck|hit|bombed|shelled|fired|opened\s+fire|attacked|targeted|launched|killed|shot(?!\s+down)"
    # "its forces destroyed a command post", not what air defences destroy ("destroyed 30 drones").
    r"|destroyed(?!\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|rockets?|UAVs?|projectiles?)\b(?![\s-]+(?:workshops?|factor(?:y|ies)"
    r"|depots?|launchers?|sites?|plants?|warehouses?|bases?|positions?)))"
    r"|(?:was|were)\s+(?:behind|responsible|involved)"
    # In the present only for a deed: "are responsible for the killing", not "for the area".
    rf"|(?:is|are)\s+(?:behind|responsible\s+for)\s+(?:the\s+|this\s+|these\s+)?(?:\w+\s+){{0,2}}?{_STATE_DEED})\b"
)
# Killing the attackers is the answer to another's attack, not a claim of it; nor is a
# state's own operation against armed men, told as such ("the army said its troops killed
# 12 militants", "said it carried out a raid on a rebel camp"): the forces are its actor,
# and no one's attack is owned. An inquiry launched, an officer fired, warning shots: no
# attack at all.
# (in the plural: "the rebel depot" is a target)
_ARMED_MEN = r"(?:militants|insurgents|rebels|terrorists|jihadists|fighters|guerrillas|bandits|extremists|separatists)"
_RESPONSE = re.compile(
    # (the men in quotation marks too: "its forces killed "terrorists"")
    r"\s+(?:\w+\s+){0,3}?(?:the\s+|all\s+|both\s+)?(?:suspected\s+)?[\"“']?(?:attackers?|assailants?|gunm[ae]n|suspects?|(?:suicide\s+)?bombers?"
    rf"|hostage-takers|kidnappers|shooters?|intruders?|{_ARMED_MEN})\b"
    r"|\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:raids?|operations?|offensives?|sweeps?|crackdown)\s+(?:on|against|targeting)\s+"
    rf"(?:an?\s+|the\s+)?(?:suspected\s+)?(?:(?:militant|insurgent|rebel|terrorist|jihadist|bandit|guerrilla|separatist)\b|{_ARMED_MEN}\b)"
    r"|\s+(?:(?:an?|the|its|their|two|several)\s+)?(?:[\w-]+\s+)?(?:investigations?|inquir(?:y|ies)|probes?|appeals?|manhunts?"
    r"|searche?s?|autops(?:y|ies)|post-mortems?|reviews?|evacuations?|rescues?|arrests?|patrols?|commanders?|officers?"
    r"|officials?|staff|employees?|warning\s+shots|flares)\b",
    re.IGNORECASE,
)
_STATE_ADMITTED = re.compile(
    r"\b(?:(?:admitted|acknowledged|conceded|accepted|took|takes|assumed|claimed)\s+(?:full\s+)?responsibility"
    r"|(?:admitted|acknowledged|conceded|confirmed)\s+(?:in\s+a\s+statement\s+|on\s+\w+day\s+)?(?:that\s+)?"
    rf"{_OWN_FORCES}\s+{_STATE_DOING}"
    r"|(?:said|says|announced|reported)\s+(?:in\s+a\s+statement\s+|on\s+\w+day\s+)?(?:that\s+)?"
    rf"{_OWN_SAID}\s+{_STATE_DOING}"
    # Its own forces by their country's name: "the Pentagon said US forces carried out a
    # strike" (the same state only: checked in _state_statements).
    r"|(?:said|says|announced|reported|confirmed)\s+(?:in\s+a\s+statement\s+|on\s+\w+day\s+)?(?:that\s+)?"
    rf"(?P<named>(?-i:[A-Z])[\w.]*\s+(?:forces|troops|jets|warplanes|aircraft|drones|military|navy|air\s+force))\s+{_STATE_DOING}"
    # The attackers named as its own: "police admitted that the men who fired on the march
    # were members of the police" (not the dead: "the two killed were off-duty officers").
    r"|(?:admitted|acknowledged|conceded|confirmed)\s+(?:in\s+a\s+statement\s+|on\s+\w+day\s+)?(?:that\s+)?(?P<members>"
    r"(?:the|two|three|four|several|some)\s+(?:[\w-]+\s+){0,2}?(?:(?:gunmen|attackers|assailants|shooters|perpetrators|killers)\b"
    r"(?:\s*,?\s*(?:who|that)\b[^;]{0,120}?)?|(?:individuals|men|persons|people)\s+(?:who|that)\s+(?:\w+\s+)?(?:fired|shot|opened"
    r"|attacked|killed|beat|stormed|kidnapped|abducted|tortured|threw)\b[^;]{0,120}?)"
    r"\s+(?:are|were|was|is)\s+(?:all\s+)?(?:(?:off-duty|serving|plain-?clothes)\s+)?(?:(?:its|their)\s+(?:own\s+)?"
    rf"(?:agents|officers|soldiers|troops|personnel|members|men)\b|(?:members|agents|officers)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?{_FORCE}))"
    # What its own inquiry found: "the defence ministry's inquiry found that soldiers were responsible".
    r"|['’]s\s+(?:own\s+)?(?:report|inquiry|investigation|findings?)\s+(?:(?:found|concluded|said|showed)\s+)?that\s+"
    rf"{_OWN_FORCES}\s+{_STATE_DOING}"
    # Its own deed called a mistake: "the military said the strike had been a tragic mistake",
    # "called the raid an error" (not "a mistake to withdraw", "a mistake by the rebels", nor
    # an accident of others).
    r"|(?:said|says|stated|admitted|acknowledged|conceded|called|described|termed)\s+(?:in\s+a\s+statement\s+|on\s+\w+day\s+)?"
    rf"(?:that\s+)?(?:it\b|(?:the|this|that|its)\s+(?:\w+\s+){{0,2}}?{_STATE_DEED}\b(?:\s+(?:on|in|at|of|near|against)\b[^,;]{{0,60}}?)?)"
    r"\s*(?:,[^,;]{0,80},\s*)?"
    r"(?:(?:was|were|is|had\s+been|has\s+been)\s+|as\s+)?(?:an?\s+)?[\"“']?(?:(?:tragic|terrible|regrettable|grave|serious"
    r"|deplorable|unfortunate|painful|unintentional|operational|human)\s+)?(?:mistakes?|errors?)\b(?!\s+(?:to|for|by|of|on\s+the\s+part\s+of)\b)"
    r"|(?:admitted|acknowledged|conceded)\s+(?:to\s+)?(?:carrying\s+out|conducting|firing|killing|shooting|striking|bombing"
    rf"|shelling|targeting|hitting|launching|(?:the|this|that)\s+(?:\w+\s+){{0,2}}?{_STATE_DEED}\b))",
    re.IGNORECASE,
)
_STATE_DENIED = re.compile(
    r"\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?)\s+(?:any\s+|all\s+|the\s+)?"
    r"(?:responsibility|involvement|(?:a\s+)?role|part|blame|accusations?|allegations?|charges?|it\b(?!\s+(?:was|is|had|has|would)\b)"
    r"|(?:(?:[\w'’-]+\s+)?(?:claims?|reports?|allegations?|accusations?|charges?|suggestions?)\s+)?(?:that\s+)?"
    rf"{_OWN_FORCES}\s+{_STATE_DOING}"
    r"|(?:targeting|attacking|striking|hitting|bombing|shelling|firing|shooting|killing|carrying\s+out|launching|being\s+behind))"
    r"|\b(?:was|were|is|are)\s+not\s+(?:behind|involved|responsible)|\b(?:had|has|have|played)\s+no\s+(?:role|part|hand|involvement)"
    r"|\bnothing\s+to\s+do\s+with|\b(?:did|does|do|had|has|have)\s+not\s+(?:carr(?:y|ied)\s+out|fired?|targete?d?|attack(?:ed)?"
    r"|str(?:ike|uck)|bomb(?:ed)?|shell(?:ed)?|kill(?:ed)?|launch(?:ed)?)\b",
    re.IGNORECASE,
)
# Between a state and its verb: a spokesman and his name, an appositive, a time, "said it".
_STATE_SUBJECT_GAP = re.compile(
    r"(?:['’]s\s+(?:spokes(?:man|woman|person)|chief|commander|head|leader|officials?|statement))?\s*(?:,[^,;]{0,80},)?\s*"
    r"(?:(?:,|has|have|had|also|later|again|quickly|swiftly|flatly|categorically|strongly|firmly|repeatedly|immediately"
    r"|initially|officially|publicly|on\s+\w+day|today|yesterday|in\s+a\s+statement|(?:late|early)\s+on\s+\w+day"
    r"|which|who)\s*)*(?:(?:said|says|insisted|stated|maintained)\s+(?:that\s+)?(?:it|they)\s+)?",
    re.IGNORECASE,
)
# A name after a title: "army spokesman Colonel Luis Arce", "Army chief General Ahmed".
_ROLE_NAME = re.compile(
    r"(?:\s+(?:spokes(?:man|woman|person)|chief|commander|head|leader|general|colonel|minister|official))?"
    r"(?:\s+(?-i:[A-Z])[\w'’.-]*){1,4}",
    re.IGNORECASE,
)
_TITLES = frozenset("spokesman spokeswoman spokesperson chief commander head leader general colonel minister official".split())
_ROLE_END = re.compile(r"(?:spokes(?:man|woman|person)|chief|commanders?|head|leaders?|officials?)$", re.IGNORECASE)
# Between a blaming verb and the state blamed: "accused the army", "blamed certain officers
# of the armed forces", "blamed the blast on an Israeli airstrike".
_STATE_OBJECT_GAP = re.compile(
    r"\s+(?:(?:the|an?|some|certain|several|rogue)\s+)*(?:(?:officers|members|elements|units|soldiers|troops)\s+(?:of|from)\s+(?:the\s+)?)?"
    r"|\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:up)?on\s+(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|another|one|second|third|any|no|each|this|that|male|female|\d+)\s+$", re.IGNORECASE)
_STATE_AFTER_SUBJECT = re.compile(r"\s*(?:(?:also|alone|itself|directly|ultimately|solely|widely|repeatedly|often|has|have|had|been)\s+)*")


def _state_subject(sentence: str, verb_start: int, states: Sequence[_StateMention]) -> _StateMention | None:
    """The state that is the subject of the verb at ``verb_start``: the nearest one before it,
    with nothing but a spokesman, an appositive, a time or "said it" between."""
    before = [s for s in states if s.end <= verb_start and not s.deed]
    if not before:
        return None
    s = before[-1]
    if _STATE_SUBJECT_GAP.fullmatch(sentence, s.end, verb_start):
        return s
    title = _ROLE_NAME.match(sentence, s.end, verb_start)
    if title and (_ROLE_END.search(sentence, s.start, s.end) or title.group(0).split()[0].lower() in _TITLES):
        if _STATE_SUBJECT_GAP.fullmatch(sentence, title.end(), verb_start):
            return s
    return None


# An office of an unnamed state speaking for it: "the defence ministry", "a ministry
# spokesman", "officials" (a state named with it is a state mention: "the Russian defence ministry").
_STATE_OFFICE = re.compile(
    rf"\b(?:(?:the|an?)\s+)?(?:{_MINISTRY_KIND}\s+)?"
    r"(?:ministry|ministries|department|officials|authorities|presidency)(?:\s+(?:spokes(?:man|woman|person)|officials?))?(?![\w-])",
    re.IGNORECASE,
)


# ... not one run by a group ("the Hamas-run health ministry"), nor a civil office ("the
# sports ministry denied that its officers ...": no forces of its own).
_OTHER_OFFICE = re.compile(
    r"(?:-(?:run|led|controlled|held)\s+(?:[\w-]+\s+)?|\b(?:health|sports?|finance|education|culture|tourism|trade|labou?r"
    r"|energy|transport|environment|agriculture|youth|water|communications?)\s+)$",
    re.IGNORECASE,
)


def _office_subject(sentence: str, verb_start: int, groups: Sequence[ActorMention]) -> re.Match[str] | None:
    """The office of an unnamed state that is the subject of the verb at ``verb_start``
    ("The defence ministry denied that government forces ..."), with what may stand between
    a state and its verb (:data:`_STATE_SUBJECT_GAP`); none in a group's clause ("the
    Hamas-run interior ministry")."""
    office = None
    for o in _STATE_OFFICE.finditer(sentence, max(0, verb_start - 200), verb_start):  # a subject near its verb
        office = o
    if office is None or _OTHER_OFFICE.search(sentence, max(0, office.start() - 60), office.start()) or any(
        g.end <= office.start() and not re.search(r"[,;:.]", sentence[g.end: office.start()]) for g in groups
    ):
        return None
    if _STATE_SUBJECT_GAP.fullmatch(sentence, office.end(), verb_start):
        return office
    title = _ROLE_NAME.match(sentence, office.end(), verb_start)
    if title and _STATE_SUBJECT_GAP.fullmatch(sentence, title.end(), verb_start):
        return office  # "a defence ministry spokesman, Colonel Amadou Diallo, denied"
    return None


def _state_object(sentence: str, after: int, states: Sequence[_StateMention], deeds: bool = True) -> _StateMention | None:
    """The state right after a blaming verb ending at ``after``."""
    for s in states:
        if s.start >= after and (deeds or not s.deed):
            return s if _STATE_OBJECT_GAP.fullmatch(sentence, after, s.start) else None
    return None


def _state_statements(
    sentence: str, states: Sequence[_StateMention], upper_doc: bool, actors: list[ActorMention],
    add: Callable[[str, Stance, str | None], None],
) -> None:
    """A state's own denials and admissions, and the suspicions and responsibility others
    put on it (the blame is read with the groups', in :func:`_blame`)."""
    if not states and not _STATE_OFFICE.search(sentence):
        return  # each of them is about a state the sentence names, or one of its offices
    admitted: list[tuple[int, int]] = []  # the admissions' spans: a responsibility inside one is no blame
    own_word: tuple[tuple[re.Pattern[str], Stance], ...] = ((_STATE_ADMITTED, "claimed"), (_STATE_DENIED, "denied"))
    for pattern, stance in own_word:
        for m in pattern.finditer(sentence):
            if _negated(sentence, m.start()) or (
                stance == "claimed" and _RESPONSE.match(sentence, m.end())
            ):
                continue
            subject = _state_subject(sentence, m.start(), states)
            own = next((s for s in states if m.start() < s.start < m.end() and not s.deed), None)
            if subject is None:
                forces = own is not None or re.search(r"\b(?:its|their)\s", m.group(0), re.IGNORECASE)
                office = _office_subject(sentence, m.start(), actors) if forces else None
                if office is None or (own is not None and own.actor not in _FORCE_NAMES.values()):
                    # "Officials said Russian forces shelled the town", "the health ministry
                    # said Israeli forces killed 20": an office of no state named tells what
                    # another state's forces did, an accusation, not that state's admission.
                    continue
                # "The defence ministry denied that government forces had targeted the
                # market": the state's office speaks for the forces it names; "its forces",
                # "its jets" are the army's (its air force and navy are), "its agents" the government's.
                army = re.search(rf"\b{_ARMED_OWN}\b", m.group(0), re.IGNORECASE)
                actor = own.actor if own is not None else "army" if army else "government"
                add(actor, stance, _speaker(sentence, m.start(), upper_doc) or office.group(0))
                admitted.append(m.span())
                continue
            actor = subject.actor
            named = next((s for s in states if m.start() < s.start < m.end()), None) if stance == "claimed" else None
            if stance == "claimed" and m.group("named") and (named is None or named.actor != actor):
                continue  # "Ukraine said Russian forces struck the city": no admission
            if stance == "claimed" and m.group("members") and own is not None and own.actor not in {actor, "government"}:
                continue  # "police confirmed that the gunmen were soldiers": the army blamed, not an admission
            if actor == "government" and own is not None and own.actor in _FORCE_NAMES.values():
                actor = own.actor  # "the government admitted that soldiers killed them": the army did
            elif actor == "government" and re.search(rf"\b(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{_ARMED_OWN}\b", m.group(0), re.IGNORECASE):
                actor = "army"  # "the government said its forces struck": as "government forces" are
            add(actor, stance, _speaker(sentence, m.start(), upper_doc) or subject.actor)
            admitted.append(m.span())
    for s in states:
        if not s.deed and _rejects_charge(sentence, s.start, s.end):
            add(s.actor, "denied", s.actor)  # "a charge New Delhi rejected"
    for m in _SUSPECTS_OBJECT.finditer(sentence):
        if _DETERMINER_BEFORE.search(sentence, max(0, m.start() - _LOOK_BACK), m.start()) or _negated(sentence, m.start()):
            # "another suspect police arrested", "a suspected army deserter": a noun, an
            # adjective; "police do not suspect the army": no suspicion
            continue
        obj = _state_object(sentence, m.start() + len(m.group(0).rstrip()), states, deeds=False)
        if obj is not None:
            add(obj.actor, "suspected", _subject(sentence, m.start(), actors))
    for m in _RESPONSIBLE.finditer(sentence):
        subject = next((s for s in reversed(states) if s.end <= m.start()), None)
        if subject is None or subject.deed or not _STATE_AFTER_SUBJECT.fullmatch(sentence, subject.end, m.start()):
            continue
        if any(start <= m.start() < end for start, end in admitted):
            continue  # "the government admitted that soldiers were responsible": its own admission
        if not re.match(rf"(?:\s+for)?\s+(?:\w+\s+){{0,3}}?{_STATE_DEED}\b|\s*(?:it\b|[.;,]|$)", sentence[m.end():], re.IGNORECASE):
            continue  # "the army is responsible for security in the area"
        _held_responsible(sentence, subject.actor, subject.start, actors, upper_doc, add, bool(m.group("hedge")))


def _held_responsible(
    sentence: str, actor: str, start: int, actors: list[ActorMention], upper_doc: bool,
    add: Callable[[str, Stance, str | None], None], hedged: bool = False,
) -> None:
    """``actor`` (named at ``start``) said to be behind or responsible: blamed, or suspected
    after a verb of suspicion ("Police suspect that the TTP was behind it" is a suspicion,
    not an accusation) or with a hedge ("was likely responsible")."""
    suspect = _SUSPECT_VERB.search(sentence[:start])
    if suspect and _negated(sentence, suspect.start()):
        return  # "Police do not believe the ELN was behind it": neither suspected nor blamed
    if suspect:
        add(actor, "suspected", _subject(sentence, suspect.start(), actors))
    elif hedged or re.search(r"\bwhether\s+(?:the\s+)?$", sentence[:start], re.IGNORECASE):
        # "It was not clear whether the BLA was responsible": an open question.
        add(actor, "suspected", _speaker(sentence, start, upper_doc))
    else:
        add(actor, "blamed", _speaker(sentence, start, upper_doc))


# A group telling what it did itself, in a communique or on its own radio: "FMLN units
# attacked the post and our forces took it". What such a sentence says the group's fighters
# did is its claim, not a fact stated by others. (A first-person sentence that names no
# group is left alone: an army speaks so too.)
_FIRST_PERSON = re.compile(
    r"\b(?:we|our\s+(?:[\w-]+\s+)?(?:forces|units|fighters|guerrillas|combatants|commandos|columns|militants))\s+"
    r"(?:(?:have|had|also|then|later)\s+){0,2}"
    r"(?:killed|attacked|ambushed|inflicted|destroyed|took|taken|seized|captured|dynamited|sabotaged|downed|shot|stormed|blew"
    r"|executed|carried\s+out|launched|targeted|struck)\b(?!\s+(?:no|any|none|nothing)\b)",
    re.IGNORECASE,
)
# A quotation, and who is quoted: after it ('"...," said a spokesman for the TTP', '"...,"
# a Taliban spokesman said') or before it ('The group said in a statement: "..."').
_QUOTE = re.compile(r"[\"“]([^\"“”]{3,400})[\"”]")
_QUOTED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:said|says|added|stated)\s+(?P<after>[^.;,\"“]{1,80})|(?P<before>[^.;,\"“]{1,80}?)\s+(?:said|says|added|stated|told)\b)",
    re.IGNORECASE,
)
#: How far before a quotation its speaker is looked for (80 for the name, the verb and "in a statement").
_QUOTED_BEFORE_REACH = 130
_QUOTED_BEFORE = re.compile(
    r"(?P<who>[^.;\"”]{1,80}?)\s+(?:said|says|added|stated|told\s+\w+)(?:\s+in\s+an?\s+\w+)?\s*[:,]?\s*$", re.IGNORECASE
)


def _attribution(sentence: str, quote: re.Match[str]) -> tuple[int, int] | None:
    """Where the one quoted in ``quote`` is named: "a spokesman for the Pakistani Taliban"."""
    after = _QUOTED_AFTER.match(sentence, quote.end())
    if after:
        return after.span("after") if after.group("after") else after.span("before")
    # the speaker is named just before the quotation: a window, not the whole sentence again
    before = _QUOTED_BEFORE.search(sentence, max(0, quote.start() - _QUOTED_BEFORE_REACH), quote.start())
    return before.span("who") if before else None


def _quoted_group(sentence: str, quote: re.Match[str], actors: list[ActorMention]) -> ActorMention | None:
    """The group quoted in ``quote``: the one its attribution names ("a spokesman for the
    Pakistani Taliban", "a Taliban spokesman"), not one the quotation itself names."""
    span = _attribution(sentence, quote)
    return next((a for a in actors if span and span[0] <= a.start and a.end <= span[1]), None)


def _speaks_for(sentence: str, actor: ActorMention, actors: list[ActorMention]) -> bool:
    """Whether the first person of ``sentence`` is ``actor``'s: unquoted (its communique), or
    in a quotation of it or of "the rebels"; not an army spokesman's "we killed 20 of them"."""
    first = _FIRST_PERSON.search(sentence)
    if first is None:
        return False
    quote = next((q for q in _QUOTE.finditer(sentence) if q.start() < first.start() < q.end()), None)
    if quote is None:
        return True
    quoted = _quoted_group(sentence, quote, actors)
    span = _attribution(sentence, quote)
    if quoted is not None:
        return quoted.actor == actor.actor
    return span is not None and bool(re.search(rf"\b{_GROUP_NOUN}\b", sentence[span[0]: span[1]], re.IGNORECASE))

# A group's own outlet speaking: "Amaq, the Islamic State's news agency, said", "a website
# serving as the mouthpiece of the NPA reported". What it says the group's men did is the
# group's claim.
_OUTLET = r"(?:news\s+agency|radio(?:\s+station)?|television|website|mouthpiece|(?:media|propaganda)\s+(?:arm|wing|outlet))"
_OUTLET_AFTER = re.compile(rf"(?:['’]s?)?\s+(?:own\s+|official\s+)?{_OUTLET}\b", re.IGNORECASE)
_OUTLET_BEFORE = re.compile(rf"\b{_OUTLET}\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)
_OUTLET_SAYS = re.compile(r"[^.;]{0,100}?\b(?:said|says|reported|reports|announced|stated)\b", re.IGNORECASE)
# What the outlet says the men did, with no group named: "guerrilla units raided an outpost".
_OWN_MEN_DID = re.compile(
    r"\s*(?:that\s+)?(?:an?\s+|the\s+|its\s+|their\s+|two\s+|three\s+|several\s+)?(?:(?:guerrilla|rebel|insurgent|urban)\s+)?"
    r"(?:columns?|units?|fighters|guerrillas|rebels|commandos|militants|mujahideen|combatants)\s+(?:had\s+|have\s+)?"
    r"(?:attacked|ambushed|killed|stormed|seized|captured|destroyed|dynamited|blew\s+up|shot|downed|took|overran|raided)\b",
    re.IGNORECASE,
)


def _outlet_owner(sentence: str, actors: list[ActorMention]) -> tuple[ActorMention, int] | None:
    """The group whose own outlet speaks in ``sentence``, and where its speaking verb ends."""
    for a in actors:
        if _OUTLET_AFTER.match(sentence, a.end) or _OUTLET_BEFORE.search(sentence, max(0, a.start - 40), a.start):
            says = _OUTLET_SAYS.match(sentence, a.end)
            if says:
                return a, says.end()
    return None


def find_claims(
    sentence: str, upper_doc: bool = False, previous_actor: str | None = None, year: int | None = None, month: int | None = None,
    previous_speaker: str | None = None,
) -> list[Claim]:
    """The claims made in one sentence (empty for "no one claimed responsibility"); ``year``
    and ``month`` are the item's, when known: a deed dated to them is this one.
    ``previous_speaker`` is who spoke in the sentence before ("..., Colombia's defence
    minister said."): the one a "He" or "She" who blames here refers to."""
    table = actor_table()
    actors = table.find(sentence, upper_doc)
    # "No group has claimed responsibility" holds no claim; a hedge or a perpetrator in it
    # stays: "..., but the blast bore the hallmarks of al-Shabaab".
    no_claim = bool(_NOT_A_CLAIM.search(sentence)) and not _BLAMED.search(sentence)
    if no_claim and not actors and not _SUSPECTS_OBJECT.search(sentence):
        return []  # ("Police suspect Baloch separatists; no group has claimed it" keeps its suspicion)
    states = _states(sentence, upper_doc, actors) if _STATE_CUES.search(sentence) else []
    out: list[Claim] = []
    seen: set[tuple[str, str]] = set()

    def add(actor: str, stance: Stance, said_by: str | None) -> None:
        if previous_speaker and said_by in {"He", "She", "he", "she"}:
            said_by = previous_speaker  # "He blamed FARC dissidents": the minister named before
        if (actor, stance) not in seen:
            seen.add((actor, stance))
            out.append(Claim(actor=actor, stance=stance, said_by=said_by, evidence=sentence.strip()))

    for a in actors:
        if _SELF_NAMED_DOERS.search(sentence, max(0, a.start - 160), a.start):
            add(a.actor, "claimed", a.actor)
    starts: dict[int, ActorMention] = {}
    ends: dict[int, ActorMention] = {}
    for a in actors:  # each mention by where it starts and ends, the first one named
        starts.setdefault(a.start, a)
        ends.setdefault(a.end, a)
    for m in _CLAIM_NOUN.finditer(sentence) if actors else ():
        # "The ISKP claim could not be verified", "a claim by the Islamic State": a claim made.
        if m.group("by"):
            owner = starts.get(m.end())
            owner = None if owner is None or _CLAIM_OF_OTHER.match(sentence, owner.end) else owner
        else:
            gap = re.search(r"(?:['’]s?)?\s+$", sentence[max(0, m.start() - 12): m.start()])  # "ISKP's claim", "ISKP claim"
            owner = next((ends[e] for e in range(m.start() - len(gap.group(0)) if gap else m.start(), m.start()) if e in ends), None)
            if owner is not None and _RELATIVE_BEFORE.search(sentence, max(0, owner.start - 20), owner.start):
                owner = None  # "proposals, which the FMLN claims are new": the verb of a relative clause
        if owner is not None and (owner.actor, "claimed") not in seen and not _negated(sentence, min(owner.start, m.start())):
            add(owner.actor, "claimed", _own_channel(sentence, owner.actor))
    outlet = _outlet_owner(sentence, actors)
    if outlet is not None and _OWN_MEN_DID.match(sentence, outlet[1]):
        add(outlet[0].actor, "claimed", outlet[0].actor)  # its outlet: "... reported that guerrilla units raided"
    according = _ACCORDING.search(sentence)
    source = [a for a in actors if according and according.start("who") <= a.start < according.end("who")]
    comma = _COMMA.match(sentence, according.end()) if according and source else None
    if source and comma and _OWN_MEN_DID.match(sentence, comma.end()):
        # "According to a statement from the Houthis, their fighters shot down a drone": its own word.
        add(source[0].actor, "claimed", _own_channel(sentence, source[0].actor))
    # The hedge before each group ("suspected", "believed to be members of"): it makes the
    # group suspected, and keeps it from being read as a perpetrator stated as fact.
    hedges = {a: _SUSPECTED.search(sentence, max(0, a.start - _HEDGE_REACH), a.start) for a in actors}
    for q in _QUOTE.finditer(sentence) if actors else ():
        # '"Our fighters killed 15 soldiers," said a spokesman for the TTP': the group's own
        # word in the first person, or its spokesman taking responsibility.
        quoted = _quoted_group(sentence, q, actors)
        own = _FIRST_PERSON.search(q.group(1)) or _CLAIMED.search(q.group(1))
        if quoted is not None and own and not _negated(q.group(1), own.start()):
            add(quoted.actor, "claimed", _own_channel(sentence, quoted.actor))
    suspected: ActorMention | None = None
    for a in actors:
        offset = max(0, a.start - _HEDGE_REACH)
        hedge = hedges[a]
        if hedge is not None and _no_suspicion(sentence, hedge.start(), a):
            hedge = None
        if (
            hedge or _SUSPECTED_AFTER.match(sentence[a.end:])
            or (_SIGN_OF.search(sentence, offset, a.start) and _SIGN_LEFT.search(sentence))
            or (suspected is not None and _SUSPECT_LIST_GAP.fullmatch(sentence, suspected.end, a.start))
        ):
            speaker = _speaker(sentence, upper_doc=upper_doc)
            if speaker is None and hedge and re.match(r"suspects?\b|suspected\s+(?:that\s+)?the\b", hedge.group(0), re.IGNORECASE):
                speaker = _subject(sentence, hedge.start(), actors)  # "Officials suspect the BLA"
            add(a.actor, "suspected", speaker)
            suspected = a
    for m in _SUSPECTS_OBJECT.finditer(sentence):
        if _DETERMINER_BEFORE.search(sentence, max(0, m.start() - _LOOK_BACK), m.start()):
            continue  # "the suspected gunman had pledged allegiance to IS": an adjective, "The" suspects no one
        obj = [a for a in actors if 0 <= a.start - m.end() < 40]
        if obj and not _no_suspicion(sentence, m.start(), obj[0]):
            add(obj[0].actor, "suspected", _subject(sentence, m.start(), actors))
        described = None if obj else _DESCRIBED_GROUP.match(sentence, m.end())
        if described and not _negated(sentence, m.start()):
            # "Police suspect Baloch separatists": a group told by its people and its kind, named
            # as when blamed ("Ambazonian separatist fighters" are the "Ambazonian separatists").
            add(_described_actor(described), "suspected", _subject(sentence, m.start(), actors))
            continue
        if obj or upper_doc:
            continue  # a group of the table, or text in capitals ("the suspect" left at the top of the loop)
        passive = _PASSIVE.search(sentence, max(0, m.start() - 40), m.start())
        if passive:
            # "The Los Lobos gang was suspected of the attack": a group the table lacks, with its kind.
            kind = _KIND_BEFORE_VERB.search(sentence, max(0, passive.start() - 40), passive.start())
            group = generic_actor(sentence[: passive.start()]) if kind and not _negated(sentence, m.start()) else None
            if group is not None:
                add(group, "suspected", _speaker(sentence, upper_doc=upper_doc))
            continue
        generic = _suspected_object(sentence, m.end())
        if generic is not None and not _no_suspicion(sentence, m.start(), generic):
            add(generic.actor, "suspected", _subject(sentence, m.start(), actors))
    record = bool(_PAST.search(sentence))  # a group's record ("in the past"): no perpetrator told as fact
    for a in actors:
        # A perpetrator stated as fact: "PKK militants attacked", "an ambush by Maoists".
        if not record and (
            _PERPETRATOR_VERB.match(sentence[a.end:]) or _PERPETRATOR_BEFORE.search(sentence, max(0, a.start - _LOOK_BACK), a.start)
        ):
            before = sentence[max(0, a.start - _HEDGE_REACH): a.start]
            if not hedges[a] and not re.search(r"\bnot\b|\bno\b", before, re.I):
                speaker = _speaker(sentence, upper_doc=upper_doc)
                belief = _SUSPECT_VERB.search(sentence, max(0, a.start - _HEDGE_REACH), a.start)
                if (
                    _speaks_for(sentence, a, actors) or (speaker and _GROUP_SPEAKER.fullmatch(speaker))
                    # "according to a statement on the group's Telegram channel, ISWAP fighters killed"
                    or (speaker and re.match(_GROUP_SPEAKER.pattern + r"['’]s?\s+(?:[\w-]+\s+)?(?:Telegram|Amaq|channel|website|outlet"
                                             r"|radio|media|statement|spokes(?:man|woman|person)|leaders?|leadership|commanders?|chief|emir|head)\b", speaker, re.IGNORECASE))
                    or (outlet is not None and outlet[0].actor == a.actor and outlet[0].end <= a.start)
                ):
                    # "FMLN units attacked the post and our forces took it"; "... by the
                    # Red Hand, the group said in a statement": the group telling its deed.
                    add(a.actor, "claimed", a.actor)
                elif belief and not re.search(r"[,;:]", sentence[belief.end(): a.start]):
                    # "Officials believe the raid was carried out by the ELN": their suspicion.
                    add(a.actor, "suspected", _subject(sentence, belief.start(), actors))
                else:
                    add(a.actor, "blamed", speaker or _accuser(sentence, a, actors))
    objects = _blame_objects(sentence, actors)
    # Where the mentions start and end, in order (they do not overlap): the ones before or
    # inside a match found by bisection, not by a pass over all of them per match.
    mention_starts = [a.start for a in actors]
    mention_ends = [a.end for a in actors]
    for pattern, stance in ((_CLAIMED, "claimed"), (_DENIED, "denied")):
        for m in pattern.finditer(sentence):
            if _other_event(sentence, m, year, month):
                continue
            if stance == "claimed" and m.group("headline"):
                claimant = ends.get(m.start() - 1)  # the word right before "claims" (one space between)
                if claimant is None or (claimant.actor, "claimed") in seen or _demonym_before_deed(m.group(0)):
                    continue  # a headline's claimant is a group of the table (and its claim told once)
            supposed = _HYPOTHETICAL.search(sentence, max(0, m.start() - 80), m.start()) if stance == "claimed" else None
            if supposed and supposed.group("cond"):
                continue  # "The attack, if claimed by ISKP, would mark an escalation"
            if supposed and not m.group(0).lower().startswith("claimed by"):
                continue  # "It would be the first time ISKP claimed an attack in Pakistan": none made
            if stance == "claimed" and m.group(0).lower().startswith("claimed by"):
                after = [a for a in actors if a.start >= m.end()]
                state = None if after else _state_object(sentence, m.end(), states, deeds=False)
                if after and supposed:
                    # "If confirmed, it would be the first attack claimed by IS": "If" is no speaker.
                    teller = _speaker(sentence, m.start(), upper_doc)
                    add(after[0].actor, "suspected", None if teller and teller.lower() in {"if", "once", "when"} else teller)
                elif after:
                    add(after[0].actor, "claimed", after[0].actor)
                elif state is not None:
                    add(state.actor, "claimed", state.actor)  # "the strike was claimed by the Israeli military"
                continue
            if m.group(0).lower().startswith("nothing to do"):
                obj = [a for a in actors if a.start >= m.end() and a.start - m.end() < 40]
                if obj:
                    add(obj[0].actor, "denied", _speaker(sentence, upper_doc=upper_doc) or obj[0].actor)
                    continue
                # "the ELN said it had nothing to do with it": the subject denies.
            if stance == "claimed" and _negated(sentence, m.start()):
                continue  # "the group did not claim responsibility"
            if stance == "claimed" and re.match(r"said|says|told", m.group(0), re.IGNORECASE):
                teller = _subject(sentence, m.start(), actors) or ""
                if _BODY_SUBJECT.fullmatch(teller) and not table.find(teller, upper_doc):
                    continue  # "police said the group had killed two soldiers": police blaming it
            if stance == "denied" and _PASSIVE.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "the charge made by the FMLN has been denied by the government": not the FMLN's denial
            state = _state_subject(sentence, m.start(), states) if stance == "denied" else None
            if state is not None and _WHICH_BEFORE.search(sentence, max(0, state.start - 50), state.start):
                continue  # "accused Rwanda of arming the M23, which Kigali denied": the state's denial, not the group's
            subj = [a for a in actors[: bisect_right(mention_ends, m.start())] if not _is_object(sentence, a, m.start(), objects)]
            if len(subj) >= 2 and _APPOSITIVE.fullmatch(sentence, subj[-2].end, subj[-1].start) and _APPOSITIVE_END.fullmatch(
                sentence, subj[-1].end, m.start()
            ) and not _comma_list(sentence, subj, m.start()):
                subj.pop()  # "The Extraditables, the armed branch of the Medellin cartel, denied": the first
            new_clause = _NEW_CLAUSE.search(sentence, subj[-1].end, m.start()) if subj else None
            carried = False
            if new_clause and not _SAME_SUBJECT.fullmatch(sentence, new_clause.end(), m.start()):
                # "officials blamed ETA, but later another group claimed it"; "Police blamed
                # the ELN, but the group denied it": the group named before ("The BLA claimed
                # it but later withdrew its claim" keeps its subject).
                # Not a finding told after it: "but it later emerged that the group had not"
                # ("but it said that it had not" is the group's own word).
                carried = _pronoun_subject(sentence, m.start()) and not _FOUND_THAT.search(sentence, new_clause.end(), m.start())
                subj = [subj[-1]] if carried else []
            named = _SELF_NAMED.search(sentence, max(0, m.start() - _LOOK_BACK), m.start())
            if named and subj and subj[-1].start >= named.start("name"):
                subj = []  # "a group calling itself Solidarity with 17N": not 17N itself
            actor = subj[-1].actor if subj else (previous_actor if _pronoun_subject(sentence, m.start()) else None)
            if subj and re.search(r",\s*(?:which|who)\s+(?:\w+\s+){0,2}$", sentence[subj[-1].end: m.start()]):
                # "blamed the YPG, which denied involvement"; a state named after the group
                # is the one that denies ("The Houthis blamed the army, which denied it": the
                # army's denial, read with the states'), not the group that blamed it.
                stated_after = any(subj[-1].end <= st.start < m.start() for st in states)
                actor = None if stated_after else subj[-1].actor
            elif not subj and re.search(r",\s*(?:which|who)\s+(?:\w+\s+){0,2}$", sentence[: m.start()]):
                # ", which denied": the thing named just before the comma ("blamed Baloch
                # separatists for the attack, who denied it": a group told by its people too).
                head = re.sub(r",\s*(?:which|who)\s+(?:\w+\s+){0,2}$", "", sentence[: m.start()])
                described = _DESCRIBED_TAIL.search(head, max(0, len(head) - 160))
                gen = described.group("name") if described else generic_actor(head, stance == "claimed")
                actor = gen or actor
            if actor is None and not upper_doc:
                actor = generic_actor(sentence[: m.start()], stance == "claimed") or (
                    _described_claimant(sentence[: m.start()]) if stance == "claimed" else None
                )
            behalf = _ON_BEHALF.match(sentence, m.end()) if stance == "claimed" else None
            principal = next((a for a in actors if behalf and a.start == behalf.end()), None)
            if principal is not None and actor is None:
                # "a masked man claimed the bombing on behalf of the BLA"; not "the Abu Hafs
                # Brigade claimed it on behalf of al-Qaeda", the claimant named.
                actor = principal.actor
            inside = actors[bisect_right(mention_starts, m.start()): bisect_left(mention_starts, m.end())]
            branch = [a for a in inside if _ITS.search(sentence, max(0, a.start - _LOOK_BACK), a.start)]
            if branch:
                actor = branch[0].actor  # "IS said its Central Africa Province carried it out": the province's claim
            if stance == "denied" and inside and m.group(0).lower().startswith("distanc"):
                actor = inside[0].actor  # "the spokesman distanced the TTP from it"
            if actor is None:
                continue
            if stance == "denied" and _denies_a_states_account(sentence, m, actor, previous_actor):
                continue
            for other in _co_subjects(sentence, subj, m.start()):
                add(other.actor, stance, other.actor)  # type: ignore[arg-type]
            if (actor, stance) in seen:
                continue  # told before in the sentence: its first teller stays
            speaker = _speaker(sentence, m.start(), upper_doc)
            if carried and (speaker is None or _CARRIED_SPEAKER.fullmatch(speaker)):
                # the group carried over as "it" ("but it said that it had not") speaks for
                # itself; one named ("but a spokesman said it denied it") keeps his word
                speaker = actor
            if stance == "denied" and not carried and not _DENIAL_ACT.match(m.group(0)) and _third_party(speaker, upper_doc):
                continue  # "The ELN was not behind the attack, the ministry said": officials clearing it, not its denial
            add(actor, stance, speaker or _own_channel(sentence, actor))  # type: ignore[arg-type]
    for m in _BLAMED.finditer(sentence):
        if _other_deed_after(sentence, m, year, month) or _OTHER_AFTER_OBJECT.match(sentence, m.end()):
            continue  # "Boko Haram has been blamed for similar attacks": its record
        blamed = _blame(sentence, m, actors, previous_actor, upper_doc, states)
        if blamed is not None:
            for actor in blamed[0]:
                add(actor, "blamed", blamed[1])
    for m in _RESPONSIBLE.finditer(sentence):
        if _other_deed_after(sentence, m, year, month):
            continue  # "ISKP was behind a string of attacks last year", "the 2019 bombing": its record
        subj = [a for a in actors if a.end <= m.start() and m.start() - a.end < 40]
        if subj and not re.search(r"\b(?:claim|den)|\b(?:said|says|say|stated|states)\s+(?:that\s+)?(?:it|they)\b", sentence[subj[-1].end:m.start()], re.I) and not (
            _DISMISSED_THAT.search(sentence, max(0, subj[-1].start - 60), subj[-1].start)
        ):
            _held_responsible(sentence, subj[-1].actor, subj[-1].start, actors, upper_doc, add, bool(m.group("hedge")))
    for a in actors:
        if _rejects_charge(sentence, a.start, a.end):
            add(a.actor, "denied", a.actor)  # "a charge the TTP rejected"
    accused = [c.actor for c in out if c.stance == "blamed"]
    if accused and _CHARGE_REJECTED_BY_REF.search(sentence):
        add(accused[-1], "denied", accused[-1])  # "blamed Baloch separatists, a charge their association rejected"
    _state_statements(sentence, states, upper_doc, actors, add)
    return [c for c in out if c.stance != "claimed"] if no_claim else out


def _accuser(sentence: str, actor: ActorMention, actors: list[ActorMention]) -> str | None:
    """Who tells a perpetrator named inside an accusation of another: in "Officials accused
    India of sponsoring the BLA fighters who attacked the train" India is blamed by the
    officials, and so are the BLA (a perpetrator stated as fact, in the officials' words)."""
    accusation = None
    for m in _BLAMED.finditer(sentence, 0, actor.start):
        accusation = m
    if accusation is None or re.search(r"[;:]|\bbut\b", sentence[accusation.end(): actor.start]):
        return None
    if _PASSIVE.search(sentence, max(0, accusation.start() - 40), accusation.start()):
        return None  # "the train the BLA attacked was blamed on ...": no accuser in the subject
    return _subject(sentence, accusation.start(), actors)


def fold_short_names(claims: Sequence[Claim]) -> list[Claim]:
    """An item's claims, with a group the table lacks that is named by the first word of a
    listed group the item names too told as that group: "India blames Lashkar" above
    "officials blamed Lashkar-e-Taiba" is one group. Only within an item: "Lashkar" alone
    begins Lashkar-e-Jhangvi's name as well, so the table holds no such alias."""
    table = actor_table()
    listed = {c.actor for c in claims if table.canonical(c.actor) is not None}
    out: list[Claim] = []
    for c in claims:
        longer = [a for a in listed if re.match(rf"{re.escape(c.actor)}[\s-]", a, re.IGNORECASE)]
        if table.canonical(c.actor) is None and len(longer) == 1:
            c = dataclasses.replace(c, actor=longer[0])
        out.append(c)
    return out


def accuses(sentence: str) -> bool:
    """Whether ``sentence`` holds a word of accusation ("blamed", "accused", "was behind",
    "held responsible"): without one, a perpetrator it names is told as a fact, even when
    someone is said to tell it ("Taliban fighters captured the city, officials said")."""
    return bool(_BLAMED.search(sentence) or _RESPONSIBLE.search(sentence))


# The one who blames, after a passive verb: "was blamed for the raid by the army".
_AGENT = re.compile(
    r"[^.;]*?\bby\s+(?P<who>(?:the\s+)?[\w'’.-]+(?:\s+(?!(?:and|in|on|at|for|of(?!\s+the\b)|over|after)\b)[\w'’.-]+){0,4})", re.IGNORECASE
)


def _blame(
    sentence: str, m: re.Match[str], actors: list[ActorMention], previous_actor: str | None, upper_doc: bool,
    states: Sequence[_StateMention] = (),
) -> tuple[list[str], str | None] | None:
    """Who is blamed by the blaming verb at ``m``, and who blames: (actors, said_by). A state
    only as the verb's own object or subject ("accused the army of", "Russia was blamed")."""
    # "is blamed for", "was held responsible"; not "are blaming", which is active.
    passive = None if m.group(0).lower().endswith("ing") else _PASSIVE.search(sentence, max(0, m.start() - 40), m.start())
    if passive:
        agent = _AGENT.match(sentence, m.end())
        said_by = agent.group("who").rstrip(".") if agent else _speaker(sentence, upper_doc=upper_doc)
        if not m.group(0).lower().endswith("to") and not re.match(r"\s+(?:up)?on\b", sentence[m.end():], re.IGNORECASE):
            # "The ELN was blamed for the raid on a FARC camp": the subject, not what follows.
            subj = [a for a in actors if a.end <= passive.start() and passive.start() - a.end < 40]
            state = next((s for s in reversed(states) if s.end <= passive.start()), None)
            if state and not state.deed and _STATE_AFTER_SUBJECT.fullmatch(sentence, state.end, passive.start()):
                return [state.actor], said_by  # "The army was accused of killing nine villagers"
            return ([subj[-1].actor], said_by) if subj else None
    else:
        said_by = _subject(sentence, m.start(), actors)
        if re.fullmatch(r"attributed\s+to", m.group(0), re.IGNORECASE):
            said_by = _speaker(sentence, m.start(), upper_doc)  # "casualties attributed to the FMLN": a participle, no subject
        head = _BODY_SUBJECT.match(sentence) or _NAME_SUBJECT.match(sentence)
        if m.group(0).lower().endswith("ing") and re.search(r",\s*$", sentence[: m.start()]):
            # "Hamas denied firing it, blaming Islamic Jihad", "a local leader told AFP, blaming
            # Boko Haram": the one who speaks, else the sentence's subject.
            said_by = _speaker(sentence, m.start(), upper_doc) or (head.group(0) if head else said_by)
    # "blamed the Taliban", and "held the Taliban responsible" (actor inside the match).
    # The object is in the blaming clause: not "blamed militias; the IRI claimed it".
    verb = m.group(0).lower()
    # After "attributed ... to" the match spans the deed, which may name a group of its own
    # ("attributed the rise in attacks, which analysts link to JNIM, to poverty"): only one
    # after its closing "to" is blamed.
    after = m.end() if verb.startswith("attribut") else m.start() + 3
    obj = [a for a in actors if a.start >= after and a.start - m.end() < 60 and ";" not in sentence[m.end(): a.start]]
    first: ActorMention | _StateMention | None = obj[0] if obj else None
    if not verb.startswith(("attribut", "charg")):  # "a statement attributed to the army": its source
        held = verb.startswith("held") or verb.startswith("hold")
        state = _state_object(sentence, m.start() + len(verb.split()[0]) if held else m.end(), states)
        if state and (not obj or state.start < obj[0].start):
            first = state  # "blamed Russia", "accused the army of", "held Moscow responsible"
    if first is not None:
        return [first.actor, *_listed_after(sentence, first, [*actors, *states])], said_by
    target: str | None = None
    if _GROUP_REF.match(sentence[m.end():].lstrip()):
        # "the government blamed the group": the group named last, in this sentence or before.
        earlier = [a for a in actors if a.end <= m.start()]
        target = earlier[-1].actor if earlier else previous_actor
    if target is None and not upper_doc and not m.group(0).lower().endswith("with"):
        target = _generic_object(sentence[m.end():])  # not "charged him with Murder": that is the charge
    return ([target], said_by) if target is not None else None


def _listed_after(sentence: str, first: ActorMention | _StateMention, mentions: Sequence[ActorMention | _StateMention]) -> list[str]:
    """The others of a list that ``first`` opens, up to its "and": "accused Wagner mercenaries
    and Malian troops of executing", "blamed the ELN, the FARC and the EPL". A comma alone
    ends no list ("blamed the army, the RSF said")."""
    chain: list[str] = []
    listed: list[str] = []
    prev: ActorMention | _StateMention = first
    for nxt in sorted(mentions, key=lambda x: x.start):
        if nxt.start < prev.end:
            continue
        gap = _LIST_GAP.fullmatch(sentence, prev.end, nxt.start)
        if gap is None or not sentence[prev.end: nxt.start].strip():
            break
        chain.append(nxt.actor)
        if re.search(r"\b(?:and|as\s+well\s+as)\b", gap.group(0), re.IGNORECASE):
            listed = list(chain)
        prev = nxt
    return listed


_JOINT = re.compile(r"\b(?:both|all|each|jointly)\s+(?:\w+\s+)?$", re.IGNORECASE)
_BOTH_HEAD = re.compile(r"(?:^|[,;:]\s*)\s*both\s", re.IGNORECASE)
_LIST_GAP = re.compile(r"['’]?\s*,?\s*(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?", re.IGNORECASE)


def _co_subjects(sentence: str, subj: list[ActorMention], verb_start: int) -> list[ActorMention]:
    """The other actors of a joint subject ending with ``subj[-1]``: "The Islamic State
    group and the Pakistani Taliban claimed", "Hamas, Islamic Jihad and the PFLP all
    claimed", "Both Hamas's armed wing and the PFLP, claimed"."""
    if len(subj) < 2:
        return []
    listed = _comma_list(sentence, subj, verb_start)
    if listed:
        return listed
    head = None
    for b in _BOTH_HEAD.finditer(sentence, max(0, subj[-1].start - _LOOK_BACK), subj[-1].start):
        head = b
    if head is not None:
        return [a for a in subj[:-1] if a.start >= head.end()]
    if _JOINT.search(sentence, subj[-1].end, verb_start):
        out: list[ActorMention] = []
        nxt = subj[-1]
        for other in reversed(subj[:-1]):  # "A, B and C all claimed": a list, commas and all
            if not _LIST_GAP.fullmatch(sentence, other.end, nxt.start):
                break
            out.insert(0, other)
            nxt = other
        return out
    return [
        other for other in subj[:-1]
        if subj[-1].start - other.end < 40 and re.fullmatch(r"[\s\w'’-]*?\band\b[\s\w'’-]*", sentence[other.end: subj[-1].start])
    ]


_COMMA = re.compile(r"\s*,\s*")
_COMMA_THE = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)


def _comma_list(sentence: str, subj: list[ActorMention], verb_start: int) -> list[ActorMention]:
    """The earlier members of a list of groups set off by bare commas before the verb:
    "Hamas, Islamic Jihad, claimed", "Hamas, the PFLP, claimed" (not an appositive, which has words of its own: "The
    Extraditables, the armed branch of the Medellin cartel, denied")."""
    if not _COMMA.fullmatch(sentence, subj[-1].end, verb_start):
        return []
    out: list[ActorMention] = []
    nxt = subj[-1]
    for other in reversed(subj[:-1]):
        if not _COMMA_THE.fullmatch(sentence, other.end, nxt.start):
            break
        out.insert(0, other)
        nxt = other
    return out


_ITS = re.compile(r"\bits\s+$")
# A denial as an act of its subject ("denied", "rejected", "distanced itself"), not a
# statement ("was not behind", "had nothing to do with") that someone else may make.
_DENIAL_ACT = re.compile(r"den|reject|dismiss|distanc|withdr|retract|rescind|disown", re.IGNORECASE)


# A denial of what was just said and of nothing more: "Hamas denied that.", "denied it".
_DENIED_ACCOUNT = re.compile(
    r"den(?:y|ies|ied|ying)(?:\s+(?:that|this|it|the\s+(?:claims?|accounts?|reports?|statements?)))?\s*(?:[.;]|$)", re.IGNORECASE
)


def _denies_a_states_account(sentence: str, m: re.Match[str], actor: str, previous_actor: str | None) -> bool:
    """Whether the group's bare denial at ``m`` answers a state's own account told just
    before ("The army said it had struck a Hamas command centre. Hamas denied that."): it
    denies what the state said of its target, not a deed no one put on it. A sentence that
    accuses it keeps the denial ("Police blamed the TTP, which denied it")."""
    return bool(
        previous_actor and previous_actor != actor and _is_state(previous_actor)
        and _DENIED_ACCOUNT.match(sentence, m.start()) and not accuses(sentence)
    )


# Fighters named by their cause or people opening the sentence, then where they fight and
# when: "Resistance fighters in the Magway region said on Tuesday they had killed".
_DESCRIBED_HEAD = re.compile(
    r"^\W*(?:the\s+)?(?P<name>(?P<first>(?-i:[A-Z])[\w'’-]*)\s+(?:fighters|forces|militants|rebels|insurgents|guerrillas|militias?|militiamen))"
    r"(?:\s+(?:in|from|of|near|across)\s+[^,;.]{1,60}?)?(?:\s+(?:on\s+)?\w+day)?\s*$",
    re.IGNORECASE,
)
# Words of a kind or a hedge, not of a cause: "Rebel fighters", "Armed militants" name no group.
_NO_CAUSE = frozenset("rebel armed islamist militant jihadist insurgent guerrilla separatist suspected unknown unidentified masked".split())


def _described_claimant(before_verb: str) -> str | None:
    """The claimant of a sentence that opens with fighters described by their cause and
    their place (:data:`_DESCRIBED_HEAD`), when no name stands right before the verb."""
    m = _DESCRIBED_HEAD.match(before_verb)
    if m is None or m.group("first").lower() in _NO_CAUSE:
        return None
    if _GROUP_WORDS.fullmatch(m.group("first")):
        # "Resistance forces" are no state's forces, as "Government forces" are
        return actor_table().canonical(m.group("name")) or m.group("name")
    return _named_actor(m.group("name"), None)


def _demonym_before_deed(claim: str) -> bool:
    """Whether a headline's claim ("claims Israeli strike on camp") names the deed by its
    doer's nationality: another's deed the group asserts, not its own."""
    from monitor.extract.gazetteer import DEMONYMS

    return any(w.lower() in DEMONYMS for w in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]*", claim.split(None, 1)[1]))


def _third_party(speaker: str | None, upper_doc: bool) -> bool:
    """Whether ``speaker`` is an office or a force that names no group ("the ministry",
    "police", "army spokesman Col. Diallo"): not the group speaking for itself."""
    return bool(
        speaker and _ANY_CASE_BODY.match(speaker) and not actor_table().find(speaker, upper_doc)
        and not re.search(rf"\b{_GROUP_NOUN}\b", speaker, re.IGNORECASE)
    )


_BLAMING_BEFORE = re.compile(r"\b(?:blam|accus)\w*\s*$", re.IGNORECASE)


def _blame_objects(sentence: str, actors: list[ActorMention]) -> set[int]:
    """Where the actors named right after a blaming verb ("blamed the Taliban") start,
    found once per sentence for :func:`_is_object`."""
    return {a.start for a in actors if _BLAMING_BEFORE.search(sentence, max(0, a.start - _LOOK_BACK), a.start)}


def _is_object(sentence: str, actor: ActorMention, verb_start: int, objects: set[int]) -> bool:
    # "Kabul blamed the Taliban, which denied it": the Taliban are the subject of
    # "denied" even though they follow "blamed"; only an actor right after a blaming verb
    # (``objects``) and before a new clause is an object.
    return actor.start in objects and sentence.find(",", actor.end, verb_start) < 0


# A speaker who is the group carried over: "but it said", "but the group said".
_CARRIED_SPEAKER = re.compile(rf"it|they|{_GROUP_REF.pattern}", re.IGNORECASE)


def _pronoun_subject(sentence: str, verb_start: int) -> bool:
    """Whether the claim verb's subject refers back to a group: "they said", "the
    rebels claimed"; a participle reaches further back: "the kidnappers left notes with
    two radio stations claiming to be the authors"."""
    gap = 6 if re.compile(r"claiming\b", re.I).match(sentence, verb_start) else 2
    return bool(re.compile(
        r"\b(?:it|they|the\s+(?:(?:militant|armed|jihadist|extremist|rebel|(?:al\s+)?[\w-]+-(?:linked|allied|affiliated))\s+)?(?:group|militants|insurgents|rebels|fighters|gunmen|jihadists|organi[sz]ation|movement"
        r"|terrorists|guerrillas|separatists|attackers|assailants|kidnappers))"
        rf"(?:['’]s)?\s+(?:[\w,]+\s+){{0,{gap}}}$", re.I,
    ).search(sentence, max(0, verb_start - _LOOK_BACK), verb_start))
