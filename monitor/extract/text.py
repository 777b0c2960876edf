"""Article text to sentences: page chrome removed, datelines recognised.

Chrome is what a page wraps around the story: "Audio By ..." players, embedded tweets,
share prompts, photo captions, correction notes, and lists of other stories ("Latest
Stories", "Related").
Everything after a story-list heading is dropped; the headlines there are other stories.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LIST_HEADING = re.compile(
    r"^\s*(latest stories|latest news|related stories|related articles|related content|related"
    r"|more stories|more from|must read|read more|read also|also read|you may also like"
    r"|recommended( for you)?|more on this story|top stories|most read|most popular|trending( now)?"
    r"|editor'?s picks|see also)\s*:?\s*$",
    re.IGNORECASE,
)
_CHROME_LINE = re.compile(
    r"^\s*(audio by\b.*|listen to this article.*|advertisement|share( this)?( article| story)?"
    r"|click here\b.*|follow us\b.*|subscribe\b.*|sign up\b.*|copyright\b.*|©.*|all rights reserved.*"
    r"|[—–-]\s*.*\(@\w+\).*|photo:.*|image:.*|file photo.*|\d+ (minutes?|hours?|days?) ago\s*-?"
    r"|\d+ (minutes?|hours?) -|-"
    # a correction note: the story above it already tells the corrected figures, and the note
    # retells the wrong one ("An earlier version of this story said 12 were killed; 10 were")
    r"|(correction|clarification)s?:.*|(an?|the)\s+(earlier|previous)\s+version\s+of\s+this\s+(story|article|report)\b.*)\s*$",
    re.IGNORECASE,
)
#: Chrome that opens a line a feed joined to the story's first sentence when it stripped the
#: page's tags ("Audio By Carbonatix Gunmen killed ...", "Photo: AFP. Gunmen killed ...",
#: "Listen to this article 3 min Gunmen ..."): the chrome is cut, the story after it kept.
#: A player's or a share button's words end at a known length; a credit, a caption or a
#: prompt ends with its first sentence.
_CHROME_LEAD = re.compile(
    r"^\s*(?:audio\s+by\s+\S+|advertisement"
    # a reading time ("3 min read") or a player's clock ("00:00 / 04:12")
    r"|listen\s+to\s+this\s+article(?:\W+(?:\d+\s*min(?:ute)?s?(?:\s+read)?|\d+:\d\d(?:\s*/\s*\d+:\d\d)?))?"
    r"|share(?:\s+this)?(?:\s+article|\s+story)?)[\s.:|·•-]+(?=[\"“(]?(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
_CHROME_SENTENCE = re.compile(
    r"^\s*(?:©|(?P<caption>photo:|image:|file\s+photo\b|(?:caption|pictured|picture|photograph)\s*:"
    # a caption's or a credit's label as a page of the BBC's prints it ("Image caption, Police at ...")
    r"|image\s+(?:caption|source|copyright)\b)"
    # a link to another story ("Read also: Gunmen kill 9 in ...", "RELATED: ...")
    r"|(?:read\s+(?:also|more|next)|also\s+read|see\s+also|related|watch|must\s+read)\s*:"
    r"|(?:copyright|all\s+rights\s+reserved|subscribe|sign\s+up|click\s+here|follow\s+us"
    # a wire's notice after its copyright line ("This material may not be published, broadcast ...")
    r"|this\s+material\s+may\s+not\s+be)\b)",
    re.IGNORECASE,
)
#: A caption ends the chrome within this many words; a longer one, or a gallery's captions
#: ("Image 1 of 9 Caption Close ..."), runs on through the line and is all chrome.
_CAPTION_WORDS = 12
_GALLERY = re.compile(r"\bimage\s+\d+\s+of\b|\bcaption\s+close\b|\bbuy\s+photo\b", re.IGNORECASE)
_URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+")
_CAPTION_END = re.compile(r"(?:[—–-]\s*|\()(AFP|AP|Reuters|EPA|Getty Images|Xinhua|file)\)?\s*$")
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-zA-Z]*\.?"
#: The date a dateline may give after the town and before the agency: "BEIRUT, Nov 18
#: (Reuters)", "Nairobi, 12 March 2026 —", "LAGOS, March 3, 2026", and as wire copy of the
#: 1980s writes it, "ROME (ITALY), 28 APR 89".
DATELINE_DATE = rf",\s*(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{2,4}})?|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
#: The agency a dateline may name in brackets, a known wire service or any other ("(AP)",
#: "(Pajhwok)", "(Agence de Presse Africaine)").
DATELINE_AGENCY = r"\([A-Za-z][A-Za-z&.' -]{1,40}\)"
_DATELINE = re.compile(
    # "KABUL, Afghanistan", "ROME (ITALY), 28 APR 89"; a town not in capitals only with a
    # date after it ("Nairobi, 12 March 2026 — "): without one, "Kandahar, Afghanistan — "
    # opens online copy filed from the scene (places.strip_dateline keeps it)
    r"^\s*(?P<place>[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][A-Za-z .]{2,30}|\s\([A-Z][A-Za-z .]{2,30}\)(?=,))?"
    rf"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?={DATELINE_DATE}))"
    rf"(?:{DATELINE_DATE})?\s*(?:{DATELINE_AGENCY})?\s*(?::|--|—|–)\s+"
)
_ABBREV = frozenset(
    "mr mrs ms dr gen col lt capt sgt maj st "
    "no vs etc inc corp co ltd gov sen rep rev prof fig approx est mt ft det cpl pvt ofc supt insp atty cmdr".split()
)
#: The months' names: what a cut of one before a full stop abbreviates ("Jan.", "Febr.",
#: "Octob. 3"), and the dates' table (events.resolve_date).
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"
)


def month_cut(word: str) -> bool:
    """Whether ``word`` is a month's name cut to three letters ("Oct", "Jun") or to more that
    leave two letters off or more ("Febr", "Novem"): a longer cut that leaves one off is
    no abbreviation anyone writes, but may be a name ("Marc")."""
    word = word.lower()
    return any(name.startswith(word) and (len(word) == 3 < len(name) or 4 <= len(word) <= len(name) - 2) for name in MONTH_NAMES)
# A line ending so ends a sentence (or introduces a quote or list), so no wrapper cut it.
_LINE_END = (".", "!", "?", ":", ";", '"', "”", "'", "’")
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    text: str
    paragraph: int
    part: bool = False  # a round-up's next part, cut from the sentence before (_ROUND_UP_PART)


def clean_lines(text: str) -> list[str]:
    """The story's lines, without chrome; stops at a list of other stories."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            out.append("")
            continue
        if _LIST_HEADING.match(line) and out:
            break
        line = _without_chrome_lead(line)
        if not line or _CHROME_LINE.match(line) or _URL.search(line) or _CAPTION_END.search(line):
            continue
        out.append(line)
    return out


def _without_chrome_lead(line: str) -> str:
    """``line`` without the chrome that opens it ("" when it is all chrome): what follows a
    player's or a share button's words, or the first sentence of a credit, a caption or a
    prompt ("Photo: AFP. Gunmen killed ..."), is the story, read again for more chrome."""
    while True:
        m = _CHROME_LEAD.match(line)
        chrome = _CHROME_SENTENCE.match(line) if m is None else None
        if chrome is not None:
            m = next((b for b in _BOUNDARY.finditer(line) if not _abbreviated(line[: b.start()])), None)
            if m is None or (chrome.group("caption") and (
                len(line[: m.start()].split()) > _CAPTION_WORDS or _GALLERY.search(line) is not None
            )):
                return ""
        if m is None:
            return line
        line = line[m.end():].strip()


def without_title(title: str, text: str) -> str:
    """``text`` without a leading copy of ``title``: many pages repeat the headline at the
    top of the body, often glued to the first sentence ("... | abc13.comA man was shot"),
    which hides that sentence's start. The title is read on its own as sentence zero."""
    head = title.strip()
    body = text.lstrip()
    if len(head) < 12 or not body.startswith(head):
        return text
    rest = body[len(head):]
    if rest[:1] in {" ", "\t"} and not head.endswith((".", "!", "?")):
        return text  # the title is the first words of the first sentence: keep it whole
    return rest.lstrip(" \t|:-–—")


#: A part of a headline after " - ", " | " or " « ", where a page appends the outlet's name
#: and region to every headline ("... - WCAX.COM Local Vermont News, Weather and Sports",
#: "... | KSL.com", "... - MSNewsNow.com - Jackson, MS").
_TITLE_PARTS = re.compile(r"\s+[-|–—«]\s+")
#: Words of an outlet's name: news, weather and sports pages, newspapers' names, broadcast
#: networks and call signs ("KCTV5", "WBTV", "FOX40"), web addresses.
_OUTLET_WORDS = re.compile(
    r"\b(?:News|Weather|Sports|Traffic|Home|Times|Gazette|Tribune|Herald|Chronicle|Journal|Register|Post|Press"
    r"|Media|Observer|Channel|CBS\d*|NBC\d*|ABC\d*|FOX\d*|Fox\d*|[KW][A-Z]{2,3}\d*|[A-Z]{2}TV)\b|\.(?:com|COM|net|org)\b"
)


def without_outlet_suffix(title: str, outlet: str) -> str:
    """``title`` without the outlet's name that the page appends to it: the outlet's town or
    state there ("Local Vermont News", "WBTV Charlotte") says where the outlet is, not where
    the event was, and read as part of the headline it outvoted the story's own places. The
    headline ends before the first part (after its first three words) that holds a word of
    an outlet's name or the outlet's web name ("wcax" of "wcax.com"); a part that tells the
    story ("2 gunmen, 7 victims") stays."""
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", outlet.lower()).split(".", 1)[0]
    for m in _TITLE_PARTS.finditer(title):
        if len(title[: m.start()].split()) < 3:
            continue
        part = _TITLE_PARTS.split(title[m.end() :], maxsplit=1)[0]
        if _OUTLET_WORDS.search(part) or (len(host) >= 4 and host in re.sub(r"[^a-z0-9]", "", part.lower())):
            return title[: m.start()]
    return title


def title_opens_body(title: str, text: str) -> bool:
    """Whether ``title`` is only the first words of the body's first sentence (a teaser cut
    from the text, not a headline of its own): reading it as a sentence too would count
    every place and figure in it twice."""
    head = title.strip()
    body = text.lstrip()
    return len(head) >= 12 and body.startswith(head) and body[len(head):len(head) + 1] in {" ", "\t"} and not head.endswith(
        (".", "!", "?")
    )


def dateline(text: str) -> tuple[str | None, str]:
    """Split a leading dateline ("ISLAMABAD: ", "KABUL, Afghanistan (AP) — ") from the text."""
    m = _DATELINE.match(text)
    # a chrome label in capitals ("READ MORE: ...", "RELATED: ...") is no town
    if not m or len(m.group("place").split()) > 5 or _CHROME_SENTENCE.match(text):
        return None, text
    return m.group("place").strip(), text[m.end():]


def hard_wrapped(lines: list[str]) -> bool:
    """Whether ``lines`` were wrapped at a fixed width (wire copy, plain-text archives), so a
    line break falls mid-sentence. Web text puts a paragraph on a line: its lines run long,
    and the short ones (headings, captions, list items) stand apart or end a sentence.
    Wrapped text has no line much past one width, and most lines followed by another run
    close to that width and stop mid-phrase, without sentence punctuation."""
    inner = [line for line, after in zip(lines, lines[1:], strict=False) if line and after]
    if len(inner) < 3:
        return False
    width = max(len(line) for line in lines)
    cut = sum(len(line) >= width - 15 and not line.endswith(_LINE_END) for line in inner)
    return width <= 100 and cut >= 0.6 * len(inner)


def unwrap(lines: list[str]) -> list[str]:
    """The paragraphs of hard-wrapped ``lines``: each line joins the one before, unless
    a blank line parts them or the one before is short and ends a sentence (a heading,
    a sign-off, the last line of a paragraph with no blank line after it)."""
    width = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for before, line in zip([""] + lines, lines, strict=False):
        if line and before and not (len(before) < width - 15 and before.endswith(_LINE_END)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _abbreviated(before: str) -> bool:
    """Whether the full stop after ``before`` ends an abbreviation ("Gen.", "U.S.", an
    initial), not a sentence."""
    prev = before.rsplit(None, 1)
    word = prev[-1].rstrip(".").lower() if prev else ""
    return (
        word in _ABBREV or month_cut(word) or (len(word) == 1 and word.isalpha())
        or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word) is not None
    )


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a cleaned article, numbered in order; paragraphs are kept apart."""
    sentences: list[Sentence] = []
    paragraph = 0
    lines = clean_lines(text)
    for line in unwrap(lines) if hard_wrapped(lines) else lines:
        if not line:
            paragraph += 1
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            if _abbreviated(line[start:m.start()]):
                continue
            sentences += _sentences(line[start:m.end()], len(sentences), paragraph)
            start = m.end()
        sentences += _sentences(line[start:], len(sentences), paragraph)
        paragraph += 1
    return sentences


def _sentences(text: str, index: int, paragraph: int) -> list[Sentence]:
    """The sentence ``text`` of a line (cut into its round-up's parts), numbered from
    ``index``; none when it is chrome in mid-line, a prompt or a caption after the story's
    words ("... on Monday. Sign up for our newsletter on the attacks in Lamu.")."""
    if _CHROME_SENTENCE.match(text):
        return []
    return [Sentence(index + n, piece, paragraph, part) for n, (piece, part) in enumerate(_pieces(text.strip()))]


#: A round-up's next part, which sets its own scene ("Violence on Sunday: in Kirkuk, a bomb
#: killed three; in Mosul, gunmen killed two"): each part after a semicolon, or after the
#: colon that ends the round-up's head, tells an event of its own, read as a sentence of its
#: own, so that a total in the head ("attacks across Iraq killed nine people on Sunday: in
#: Kirkuk, ...") is no first part's toll. The scene is a place's name and a comma after
#: "in", "at" or "near".
_ROUND_UP_PART = re.compile(
    r"(?<=[;:])\s+(?=(?:and\s+)?(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?-i:[A-Z])[\w'’.-]*,\s)",
    re.IGNORECASE,
)


def _pieces(sentence: str) -> list[tuple[str, bool]]:
    """``sentence`` cut into its round-up's parts, each bounded; True for each piece of a
    part after the first."""
    return [
        (piece, n > 0) for n, part in enumerate(_ROUND_UP_PART.split(sentence)) for piece in _bounded(part.strip())
    ]


#: No sentence of news runs this long; a "sentence" that does (a page of words with no full
#: stop, a hostile item) is cut, at the last space in the second half of each window (else
#: mid-word), into pieces of at most this many characters, so
#: the per-sentence rules, some of which look back over the sentence from each name they
#: find, cost time in proportion to the text, not to the square of one sentence.
MAX_SENTENCE_CHARS = 2000


def _bounded(piece: str) -> list[str]:
    """``piece`` ("" gives none), cut at spaces into parts of at most MAX_SENTENCE_CHARS."""
    parts: list[str] = []
    while len(piece) > MAX_SENTENCE_CHARS:
        cut = piece.rfind(" ", MAX_SENTENCE_CHARS // 2, MAX_SENTENCE_CHARS)
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS
        parts.append(piece[:cut].strip())
        piece = piece[cut:].strip()
    if piece:
        parts.append(piece)
    return parts
