"""html_to_text: readable text out of clean, broken and hostile HTML."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from monitor.ingest.html import html_to_text, looks_like_html

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("", ""),
        ("plain words", "plain words"),
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("line<br>break<br/>again", "line\nbreak\nagain"),
        ("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x41;", "a & b <c> \"d\" 'e' A"),
        ("x<script>alert('hi')</script>y", "xy"),
        ("<style>p{color:red}</style>text", "text"),
        ("<noscript>turn on js</noscript>kept", "kept"),
        ('<iframe src="https://x.test">inner</iframe>kept', "kept"),
        ("<svg><text>drawn</text></svg>kept", "kept"),
        ("   lots \t of\n\n\n   space  ", "lots of\nspace"),
        ("<ul><li>one<li>two</ul>", "one\ntwo"),
        ("<b>bold</b> and <i>italic</i>", "bold and italic"),
        ("keep <!-- hidden --> this", "keep this"),
        ("a < b and c > d", "a < b and c > d"),
        ("nul\x00byte", "nulbyte"),
        ("<p>a neigh&shy;bor was hurt</p>", "a neighbor was hurt"),
        ("zero\u200bwidth and word\u2060joiner", "zerowidth and wordjoiner"),
    ],
)
def test_html_to_text_cases(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


def test_invalid_entities_do_not_raise() -> None:
    out = html_to_text("big &#xFFFFFFFF; zero &#0; unknown &zzzz; bare & sign")
    assert "big" in out and "zero" in out
    assert "&zzzz;" in out  # unknown entity stays literal
    assert "bare & sign" in out


def test_unclosed_tags_keep_their_text() -> None:
    assert html_to_text("<div><p><span>never closed") == "never closed"
    assert html_to_text('<a href="x">link text') == "link text"


def test_unclosed_script_drops_the_rest_like_a_browser() -> None:
    assert html_to_text("before<script>var x = 1; after") == "before"


def test_unclosed_comment_drops_the_rest() -> None:
    assert html_to_text("before<!-- never closed <p>after</p>") == "before"


def test_hostile_fixture() -> None:
    text = html_to_text((FIXTURES / "hostile.html").read_text(encoding="utf-8"))
    for gone in (
        "Page title",
        "display:none",
        "enable javascript",
        "with tags",
        "ad text",
        "svg text",
        "injected",
    ):
        assert gone not in text
    for kept in ("First paragraph & more", "second line", "one", "two", "unclosed nesting", "tail text"):
        assert kept in text
    assert "\n\n" not in text


@pytest.mark.parametrize(
    "hostile",
    [
        "<a" * 200_000,
        "<!--" * 100_000,
        "<" * 300_000,
        "<div>" * 100_000 + "deep",
        '<a href="' + "x" * 1_000_000,
        "<![CDATA[" * 50_000,
        "</" * 100_000,
        "<a x='>" * 50_000,
    ],
    ids=["open-tags", "open-comments", "lt", "nesting", "open-attr", "cdata", "end-tags", "quotes"],
)
def test_pathological_markup_is_fast(hostile: str) -> None:
    # html.parser alone takes minutes on "<a" * 200_000 (quadratic rescans).
    start = time.perf_counter()
    out = html_to_text(hostile)
    assert isinstance(out, str)
    assert time.perf_counter() - start < 5.0


def test_deep_nesting_keeps_text() -> None:
    assert html_to_text("<div>" * 50_000 + "deep") == "deep"


def test_looks_like_html() -> None:
    assert looks_like_html("<p>x</p>")
    assert looks_like_html("Tom &amp; Jerry")
    assert not looks_like_html("5 < 6 and 7 > 3")
    assert not looks_like_html("plain text, nothing else")
