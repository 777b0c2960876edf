"""Feed items from JSONL, RSS/Atom and text files; every kind of bad input as a value."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.errors import BadInput
from monitor.ingest.parse import (
    BAD_INPUT_REASONS,
    canonical_url,
    item_from_mapping,
    item_id_for,
    normalize_published,
    parse_bytes,
    parse_feed_bytes,
    read_input,
    read_text_article,
)
from monitor.records import FeedItem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def split(results: list[FeedItem | BadInput]) -> tuple[list[FeedItem], list[BadInput]]:
    items = [r for r in results if isinstance(r, FeedItem)]
    bad = [r for r in results if isinstance(r, BadInput)]
    assert len(items) + len(bad) == len(results)
    return items, bad


# --- identity -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        "https://news.example.test/a/story",
        "HTTPS://NEWS.Example.TEST/a/story",
        "https://news.example.test/a/story/",
        "https://news.example.test/a/story#section-2",
        "https://news.example.test/a/story?utm_source=rss&utm_campaign=x",
        "https://news.example.test:443/a/story?UTM_medium=feed#top",
    ],
)
def test_url_variants_share_one_id(variant: str) -> None:
    base = item_id_for("https://news.example.test/a/story", None, None)
    assert item_id_for(variant, "some-guid", "some text") == base


def test_canonical_url_keeps_meaningful_query_and_path_case() -> None:
    assert canonical_url("https://x.test/Path/?id=7&utm_source=a") == "https://x.test/Path?id=7"
    assert canonical_url("http://x.test:8080/") == "http://x.test:8080"
    assert item_id_for("https://x.test/a?id=1", None, None) != item_id_for(
        "https://x.test/a?id=2", None, None
    )
    assert item_id_for("https://x.test/A", None, None) != item_id_for("https://x.test/a", None, None)


@pytest.mark.parametrize("url", [None, "", "urn:uuid:1234", "file:///tmp/a.txt", "not a url", "http://[bad"])
def test_non_http_urls_fall_back_to_guid_then_text(url: str | None) -> None:
    assert canonical_url(url) is None
    assert item_id_for(url, "guid-1", "text") == item_id_for(None, "guid-1", "other text")
    assert item_id_for(url, None, "text") == item_id_for(None, "  ", "text")
    assert item_id_for(url, None, "text") != item_id_for(None, None, "other text")
    assert item_id_for(None, "text", None) != item_id_for(None, None, "text")  # namespaced


@given(
    slug=st.text(min_size=1, max_size=40, alphabet="abcdefghijklmnopqrstuvwxyz0123456789-/"),
    host=st.sampled_from(["site.test", "SITE.test", "Site.Test"]),
    suffix=st.sampled_from(["", "/", "#frag", "?utm_source=x", "/?utm_medium=y#z"]),
)
def test_id_ignores_host_case_slash_fragment_and_utm(slug: str, host: str, suffix: str) -> None:
    base = item_id_for(f"https://site.test/{slug}", None, None)
    assert item_id_for(f"https://{host}/{slug}{suffix}", None, None) == base
    assert len(base) == 16


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-04-05T10:00:00Z", "2021-04-05T10:00:00Z"),
        ("2021-04-05T12:30:00+02:00", "2021-04-05T10:30:00Z"),
        ("2021-04-05 12:30:00", "2021-04-05T12:30:00Z"),
        ("2021-04-05", "2021-04-05T00:00:00Z"),
        ("2021-04-05T10:00:00.123456Z", "2021-04-05T10:00:00Z"),
        ("Mon, 05 Apr 2021 14:00:00 GMT", "2021-04-05T14:00:00Z"),
        ("Tue, 02 Mar 2021 09:15:00 +0100", "2021-03-02T08:15:00Z"),
        (1617616800, "2021-04-05T10:00:00Z"),
        ("not a date", None),
        ("", None),
        (None, None),
        (True, None),
        ([2021], None),
        (1e30, None),
    ],
)
def test_normalize_published(value: object, expected: str | None) -> None:
    assert normalize_published(value) == expected


# --- one JSON object --------------------------------------------------------------------------


def test_item_from_mapping_plain_text_keeps_lines() -> None:
    item = item_from_mapping(
        {
            "id": "7",
            "outlet": "O",
            "url": "https://o.test/7",
            "title": "T",
            "published": "2021-01-01",
            "text": "L1\nL2",
        },
        "feed.jsonl",
        "2021-01-02T00:00:00Z",
    )
    assert item.text == "L1\nL2"
    assert item.outlet == "O" and item.title == "T" and item.feed == "feed.jsonl"
    assert item.published == "2021-01-01T00:00:00Z"
    assert item.fetched_at == "2021-01-02T00:00:00Z"
    assert item.item_id == item_id_for("https://o.test/7", None, None)  # the URL wins over "id"


def test_given_id_is_the_guid_fallback() -> None:
    a = item_from_mapping({"id": "abc", "text": "one"}, "f")
    b = item_from_mapping({"id": "abc", "text": "two"}, "f")
    c = item_from_mapping({"text": "one"}, "f")
    assert a.item_id == b.item_id != c.item_id
    assert c.item_id == item_id_for(None, None, "one")


@pytest.mark.parametrize(
    ("obj", "text"),
    [
        ({"summary": "<p>Hello <b>there</b></p><script>x()</script>"}, "Hello there"),
        ({"content": "<div>A</div><div>B &amp; C</div>"}, "A\nB & C"),
        ({"content": [{"value": "<p>from a list</p>"}]}, "from a list"),
        ({"text": "", "summary": "fallback &lt;ok&gt;"}, "fallback <ok>"),
        ({"text": "<p>html in text</p>"}, "html in text"),
    ],
)
def test_summary_and_content_are_stripped(obj: dict[str, object], text: str) -> None:
    assert item_from_mapping(obj, "f").text == text


@pytest.mark.parametrize(
    ("obj", "reason"),
    [
        ({"title": "no body"}, "no_text"),
        ({"text": "   \n "}, "no_text"),
        ({"summary": "<script>only()</script>"}, "no_text"),
        ([1, 2], "not_an_object"),
        ("a string", "not_an_object"),
        (None, "not_an_object"),
        ({"text": {"nested": True}}, "invalid_item"),
        ({"text": "ok", "title": ["x"]}, "invalid_item"),
        ({"text": "x" * 101}, "too_large"),
    ],
)
def test_item_from_mapping_rejects(obj: object, reason: str) -> None:
    with pytest.raises(BadInput) as info:
        item_from_mapping(obj, "f", max_item_bytes=100, source="f:9")
    assert info.value.reason == reason
    assert info.value.source == "f:9"
    assert reason in BAD_INPUT_REASONS


def test_outlet_falls_back_to_argument_then_feed() -> None:
    assert item_from_mapping({"text": "x"}, "feedname", outlet="Given").outlet == "Given"
    assert item_from_mapping({"text": "x"}, "feedname").outlet == "feedname"


def test_lone_surrogates_and_control_characters_are_cleaned() -> None:
    item = item_from_mapping(json.loads('{"text": "bad \\ud800 pair\\u0000 and bell\\u0007"}'), "f")
    item.text.encode("utf-8")  # would raise on a lone surrogate
    assert "\x00" not in item.text and "\x07" not in item.text
    assert item.text.startswith("bad ")


def test_invisible_characters_inside_words_are_removed() -> None:
    # A soft hyphen in "wounded" would hide the word from every pattern after it.
    item = item_from_mapping({"text": "Two guards were wou\u00adnded near the\u200b gate", "title": "Gate\u00adway"}, "f")
    assert item.text == "Two guards were wounded near the gate" and item.title == "Gateway"
    # Joiners are part of Persian script and of emoji: kept.
    assert item_from_mapping({"text": "\u0645\u06cc\u200c\u0634\u0648\u062f"}, "f").text.count("\u200c") == 1


# --- JSONL files ----------------------------------------------------------------------------


def test_jsonl_fixture_bad_lines_in_the_middle() -> None:
    items, bad = split(list(read_input(FIXTURES / "items.jsonl")))
    assert [i.title for i in items] == [
        "Roadside bomb hits convoy",
        "Broken line follows",
        "Same story, other outlet",
        "Only an id",
    ]
    assert [(b.reason, b.source.rsplit(":", 1)[1]) for b in bad] == [
        ("invalid_json", "3"),
        ("no_text", "4"),
        ("not_an_object", "6"),
    ]
    assert "line 3" in bad[0].detail
    # the same article from two outlets (URL differs in case, slash, fragment) dedups
    assert items[0].item_id == items[2].item_id
    assert items[1].text == "Residents of Dunmore & nearby villages held a vigil."
    assert items[1].published == "2021-04-05T10:30:00Z"
    assert items[3].published is None


def test_fifty_megabyte_item_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    chunk = "word " * 200_000  # 1 MB
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"url": "https://a.test/1", "text": "before"}) + "\n")
        out.write('{"url": "https://a.test/2", "text": "')
        for _ in range(50):
            out.write(chunk)
        out.write('"}\n')
        out.write(json.dumps({"url": "https://a.test/3", "text": "after"}) + "\n")
    assert path.stat().st_size > 50_000_000
    start = time.perf_counter()
    items, bad = split(list(read_input(path)))
    assert time.perf_counter() - start < 10
    assert [i.text for i in items] == ["before", "after"]
    assert len(bad) == 1 and bad[0].reason == "too_large"
    assert bad[0].source.endswith(":2") and "limit 2000000" in bad[0].detail


def test_item_just_under_the_limit_is_kept(tmp_path: Path) -> None:
    line = json.dumps({"text": "y" * 50})
    path = tmp_path / "edge.jsonl"
    path.write_text(line + "\n" + line.replace("y", "z") + "\n")
    items, bad = split(list(read_input(path, max_item_bytes=len(line))))
    assert len(items) == 2 and not bad
    items, bad = split(list(read_input(path, max_item_bytes=len(line) - 1)))
    assert not items and [b.reason for b in bad] == ["too_large", "too_large"]


@pytest.mark.parametrize("suffix", [".jsonl", ".xml", ".txt", ".rss", ".dat"])
def test_binary_garbage_is_one_bad_input(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"garbage{suffix}"
    path.write_bytes(os.urandom(1000) + b"\x00" + os.urandom(100_000))
    results = list(read_input(path))
    assert len(results) == 1
    assert isinstance(results[0], BadInput) and results[0].reason == "binary"


def test_undecodable_bytes_are_replaced_and_the_line_kept(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"text": "caf\xe9 owner hurt"}\n\xff\xfe\xfa not json\n{"text": "fine"}\n')
    items, bad = split(list(read_input(path)))
    assert [i.text for i in items] == ["caf\ufffd owner hurt", "fine"]
    assert [b.reason for b in bad] == ["invalid_json"]


def test_deeply_nested_json_is_invalid_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": "ok"}) + "\n")
    items, bad = split(list(read_input(path)))
    assert [i.text for i in items] == ["ok"]
    assert bad[0].reason in ("invalid_json", "not_an_object")


def test_bom_crlf_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "win.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "first"}\r\n\r\n   \r\n{"text": "second"}\r\n')
    items, bad = split(list(read_input(path)))
    assert [i.text for i in items] == ["first", "second"] and not bad


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.xml", "empty.txt", "empty.rss", "blank.jsonl"])
def test_empty_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("\n  \n" if name.startswith("blank") else "")
    results = list(read_input(path))
    assert len(results) == 1
    assert isinstance(results[0], BadInput) and results[0].reason == "empty"


def test_missing_and_unreadable_paths(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.jsonl", tmp_path):
        results = list(read_input(path))
        assert len(results) == 1
        assert isinstance(results[0], BadInput) and results[0].reason == "unreadable"


def test_json_array_document(tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"text": "one"}, {"title": "none"}, {"text": "three"}], indent=2))
    items, bad = split(list(read_input(path)))
    assert [i.text for i in items] == ["one", "three"]
    assert [b.reason for b in bad] == ["no_text"]


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    lines = tmp_path / "export.dat"
    lines.write_text(json.dumps({"text": "as json lines"}) + "\n")
    feed = tmp_path / "export.feed"
    feed.write_bytes((FIXTURES / "sample.rss").read_bytes())
    assert [i.text for i in split(list(read_input(lines)))[0]] == ["as json lines"]
    assert len(split(list(read_input(feed)))[0]) == 2


# --- RSS and Atom ---------------------------------------------------------------------------


def test_rss_fixture() -> None:
    items, bad = split(list(read_input(FIXTURES / "sample.rss")))
    assert len(items) == 2
    first = items[0]
    assert first.outlet == "Valley Courier"
    assert first.title == "Market blast in Eastbridge leaves several hurt"
    assert first.text == (
        "A device went off near the fruit stalls of Eastbridge market on Tuesday morning.\n"
        "Police said five people were injured & two were taken to hospital."
    )
    assert "trackReader" not in first.text
    assert first.published == "2021-03-02T08:15:00Z"
    assert first.language == "en"
    assert first.item_id == item_id_for("https://courier.example.test/news/eastbridge-blast", None, None)
    assert [(b.reason, b.source.rsplit("#", 1)[1]) for b in bad] == [("no_text", "3")]


def test_atom_fixture_prefers_full_content() -> None:
    items, bad = split(list(read_input(FIXTURES / "sample.atom", outlet="Override")))
    assert not bad
    assert [i.outlet for i in items] == ["Override", "Override"]
    raid = items[0]
    assert (
        raid.text
        == "Attackers opened fire on a checkpoint before dawn.\nThree guards were killed, officials said."
    )
    assert raid.published == "2021-03-03T03:30:00Z"
    assert raid.url == "https://wire.example.test/2021/03/checkpoint-raid"
    assert items[1].published == "2021-03-03T09:00:00Z"  # only <updated>


def test_rss_and_jsonl_copies_of_one_article_share_an_id() -> None:
    rss, _ = parse_feed_bytes((FIXTURES / "sample.rss").read_bytes(), "rss")
    from_jsonl = item_from_mapping(
        {"id": "other", "url": "https://COURIER.example.test/news/eastbridge-blast", "text": "x"}, "j"
    )
    assert rss[0].item_id == from_jsonl.item_id


def test_bozo_feed_keeps_its_entries() -> None:
    broken = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Half</title>'
        b"<item><title>kept</title><link>https://h.test/1</link><description>survives the break</description></item>"
        b"<item><title>cut off"
    )
    items, bad = parse_feed_bytes(broken, "half.xml")
    assert [i.text for i in items] == ["survives the break"]
    assert items[0].outlet == "Half"
    assert all(b.reason != "not_a_feed" for b in bad)


@pytest.mark.parametrize(
    "data",
    [
        b"just some words",
        b'{"text": "json is not a feed"}',
        b"<html><body><p>a web page</p></body></html>",
    ],
)
def test_documents_that_are_not_feeds(data: bytes) -> None:
    items, bad = parse_feed_bytes(data, "x.xml")
    assert items == []
    assert [b.reason for b in bad] == ["not_a_feed"]


def test_not_a_feed_fixture() -> None:
    results = list(read_input(FIXTURES / "not_a_feed.xml"))
    assert [(r.reason if isinstance(r, BadInput) else "item") for r in results] == ["not_a_feed"]


def test_feed_with_no_entries_is_not_bad() -> None:
    items, bad = parse_feed_bytes(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>', "q"
    )
    assert items == [] and bad == []


def test_feedparser_crash_becomes_bad_input() -> None:
    # feedparser raises OverflowError on this character reference
    data = b'<rss version="2.0"><channel><item><title>&#xFFFFFFFF;</title><description>x</description></item></channel></rss>'
    items, bad = parse_feed_bytes(data, "crash.xml")
    assert items == [] and [b.reason for b in bad] == ["not_a_feed"]
    results = list(read_input(FIXTURES / "hostile.html"))
    assert all(isinstance(r, BadInput) for r in results) and results


def test_oversized_feed_entry_is_skipped_others_kept() -> None:
    big = "z " * 3_000
    data = (
        '<rss version="2.0"><channel><title>S</title>'
        "<item><link>https://s.test/1</link><description>small</description></item>"
        f"<item><link>https://s.test/2</link><description>{big}</description></item>"
        "</channel></rss>"
    ).encode()
    items, bad = parse_feed_bytes(data, "s.xml", max_item_bytes=1_000)
    assert [i.text for i in items] == ["small"]
    assert [b.reason for b in bad] == ["too_large"]


# --- text articles --------------------------------------------------------------------------


def test_dated_text_with_sentence_on_the_date_line() -> None:
    item = read_text_article(FIXTURES / "dated.txt")
    assert item.published == "2021-05-09T00:00:00Z"
    assert item.text.startswith("Heavy shelling hit the northern quarter of Redford on Sunday")
    assert "date 2021" not in item.text
    assert "four dead" in item.text
    assert item.outlet == "dated" and item.title == ""
    assert item.url.startswith("file://")


def test_undated_text() -> None:
    item = read_text_article(FIXTURES / "undated.txt")
    assert item.published is None
    assert item.text.startswith("Firefighters worked through the night")


@pytest.mark.parametrize(
    ("content", "published", "first"),
    [
        ("date 2022-01-31\nBody line.", "2022-01-31T00:00:00Z", "Body line."),
        ("\tDATE 2022-01-31   Same line.\nMore.", "2022-01-31T00:00:00Z", "Same line."),
        ("date night was cancelled.\nMore.", None, "date night was cancelled."),
        ("date 2022-13-45 bad month\nMore.", None, "date 2022-13-45 bad month"),
        ("Body first.\ndate 2022-01-31", None, "Body first."),
    ],
)
def test_date_line_variants(tmp_path: Path, content: str, published: str | None, first: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(content)
    item = read_text_article(path)
    assert item.published == published
    assert item.text.split("\n")[0] == first


def test_text_id_is_from_content_not_path(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "sub" / "b.txt"
    b.parent.mkdir()
    a.write_text("date 2022-01-01 Same words.\n")
    b.write_text("date 2022-01-01 Same words.\n")
    assert read_text_article(a).item_id == read_text_article(b).item_id


def test_text_date_only_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text(" date 2022-01-01\n\n")
    results = list(read_input(path))
    assert [r.reason for r in results if isinstance(r, BadInput)] == ["empty"]


def test_text_too_large(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("x" * 5_000)
    results = list(read_input(path, max_item_bytes=1_000))
    assert len(results) == 1 and isinstance(results[0], BadInput) and results[0].reason == "too_large"


# --- never raises -----------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=2_000), kind=st.sampled_from(["jsonl", "json", "feed", "text", None]))
def test_parse_bytes_never_raises(data: bytes, kind: str | None) -> None:
    results = parse_bytes(data, "fuzz", kind=kind)
    for r in results:
        assert isinstance(r, FeedItem | BadInput)
        if isinstance(r, BadInput):
            assert r.reason in BAD_INPUT_REASONS
        else:
            assert r.text and r.text.strip() == r.text
            r.text.encode("utf-8")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_feed_like_text_never_raises(body: str) -> None:
    data = f'<rss version="2.0"><channel><item><description>{body}</description></item></channel></rss>'
    results = parse_bytes(data.encode("utf-8", "replace"), "fuzz.xml")
    assert all(isinstance(r, FeedItem | BadInput) for r in results)
