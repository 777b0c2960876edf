"""HTML to plain text with the stdlib parser, safe on hostile or broken markup.

Pure: no I/O. ``html.parser`` rescans an unterminated tag or comment from its start on
every later ``<``, which is quadratic on inputs such as ``"<a" * 200_000``; a linear
pre-pass removes comments and escapes every ``<`` that cannot start a complete tag, so
the parser only ever sees tags closed before the next ``<``.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["CONTROL", "html_to_text", "looks_like_html"]

#: Elements whose content is never text for a reader.
_SKIP = frozenset({"script", "style", "noscript", "iframe", "svg", "template", "object", "title"})
#: Elements that start a new line.
_BLOCK = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
#: A ``<`` with no ``>`` before the next ``<`` cannot open a complete tag.
_DANGLING_LT = re.compile(r"<(?![^<]*>)")
_SPACES = re.compile(r"[^\S\n]+")
# Control characters, and the invisible ones that sit inside words and break every word
# pattern ("neigh\u00adbor"): soft hyphen, zero-width space, word joiner, a stray BOM.
# (Zero-width joiners stay: Persian and Arabic text and emoji need them.)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b\u2060\ufeff]")
_HTML_HINT = re.compile(
    r"<\s*/?\s*(?:p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|script|style|table|img|iframe|blockquote)\b[^<>]*>"
    r"|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});",
    re.IGNORECASE,
)


def looks_like_html(s: str) -> bool:
    """True when ``s`` carries markup or entities (a cheap guess for fields that may hold either)."""
    return _HTML_HINT.search(s) is not None


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # A self-closed <script/> opens nothing; <br/> and <hr/> still break the line.
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def _strip_comments(s: str) -> str:
    """Drop ``<!-- ... -->`` with ``str.find`` (linear); an unclosed comment runs to the end."""
    out: list[str] = []
    pos = 0
    while True:
        start = s.find("<!--", pos)
        if start < 0:
            out.append(s[pos:])
            break
        out.append(s[pos:start])
        end = s.find("-->", start + 4)
        if end < 0:
            break
        pos = end + 3
    return "".join(out)


def _tidy(text: str) -> str:
    text = CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(s: str) -> str:
    """Return the readable text of an HTML fragment or document.

    Script-like elements (script, style, noscript, iframe, svg, template, object, title)
    are dropped with their content; block elements and ``<br>`` become line breaks;
    entities are unescaped (invalid ones become U+FFFD or stay literal); runs of
    whitespace collapse to one space and blank lines are removed. Never raises on any
    ``str`` and runs in time roughly linear in ``len(s)``.
    """
    if not s:
        return ""
    s = _strip_comments(s.replace("\x00", ""))
    s = _DANGLING_LT.sub("&lt;", s)
    parser = _TextParser()
    try:
        parser.feed(s)
        parser.close()
    except (AssertionError, ValueError, AttributeError, IndexError):  # pragma: no cover - defensive
        # Older html.parser versions raised on some malformed declarations: keep what was read.
        pass
    return _tidy("".join(parser.parts))
