"""FeedPoller against a real aiohttp server on 127.0.0.1, with a fake clock."""

from __future__ import annotations

import logging
import os
import random
import socket
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from monitor.config import FeedConfig, IngestConfig
from monitor.ingest.fields import MAX_ITEM_VERSIONS, item_version, updated_item_id
from monitor.ingest.poller import FeedPoller, _LRUSet, _Versions, feed_label
from monitor.metrics import Metrics
from monitor.records import FeedItem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def rss(*items: tuple[str, str]) -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>https://feed.example.test/{t}</link><description>{d}</description></item>"
        for t, d in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Feed</title>{body}</channel></rss>'.encode()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class FeedServer:
    """A scripted feed endpoint: ``body``, optional validators, or a forced status."""

    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    requests: list[dict[str, str]] = field(default_factory=list)
    url: str = ""

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append(dict(request.headers))
        if self.status != 200:
            return web.Response(status=self.status, text="nope")
        if self.etag and request.headers.get("If-None-Match") == self.etag:
            return web.Response(status=304)
        if self.last_modified and request.headers.get("If-Modified-Since") == self.last_modified:
            return web.Response(status=304)
        headers = {}
        if self.etag:
            headers["ETag"] = self.etag
        if self.last_modified:
            headers["Last-Modified"] = self.last_modified
        return web.Response(body=self.body, headers=headers, content_type="application/rss+xml")


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    state = FeedServer()
    app = web.Application()
    app.router.add_get("/feed.xml", state.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    state.url = f"http://127.0.0.1:{port}/feed.xml"
    yield state
    await runner.cleanup()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def count(metrics: Metrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(f"incident_monitor_{name}", labels) or 0.0


Factory = Callable[..., FeedPoller]


@pytest.fixture
async def make_poller() -> AsyncIterator[Factory]:
    pollers: list[FeedPoller] = []

    def make(urls: list[str], clock: FakeClock, metrics: Metrics, **ingest: Any) -> FeedPoller:
        cfg = IngestConfig(
            poll_interval_seconds=60, max_backoff_seconds=1000, request_timeout_seconds=2, **ingest
        )
        poller = FeedPoller(
            [FeedConfig(url=u) for u in urls],
            cfg,
            metrics,
            clock=clock,
            rng=random.Random(7),
            wall_clock=lambda: 1_600_000_000.0,
        )
        pollers.append(poller)
        return poller

    yield make
    for p in pollers:
        await p.stop()


async def test_etag_turns_repeat_polls_into_not_modified(server: FeedServer, make_poller: Factory) -> None:
    server.body = rss(("a", "first story"), ("b", "second story"))
    server.etag = '"v1"'
    clock, metrics = FakeClock(), Metrics()
    poller = make_poller([server.url], clock, metrics)
    await poller.start()

    first = await poller.poll_due()
    assert [i.title for i in first] == ["a", "b"]
    assert first[0].outlet == "Test Feed"
    assert first[0].fetched_at == "2020-09-13T12:26:40Z"
    assert first[0].feed == server.url  # no secrets in a plain URL; query strings are cut
    assert await poller.poll_due() == []  # not due yet
    assert len(server.requests) == 1
    assert poller.next_due_in() == pytest.approx(60)

    clock.advance(60)
    assert await poller.poll_due() == []
    assert server.requests[-1].get("If-None-Match") == '"v1"'
    assert count(metrics, "feed_fetch_total", outcome="not_modified") == 1

    server.body = rss(("a", "first story"), ("b", "second story"), ("c", "third story"))
    server.etag = '"v2"'
    clock.advance(60)
    again = await poller.poll_due()
    assert [i.title for i in again] == ["c"]  # a and b were already emitted
    assert count(metrics, "feed_fetch_total", outcome="ok") == 2


async def test_last_modified_is_sent_back(server: FeedServer, make_poller: Factory) -> None:
    server.body = rss(("a", "text"))
    server.last_modified = "Tue, 02 Mar 2021 10:00:00 GMT"
    clock, metrics = FakeClock(), Metrics()
    poller = make_poller([server.url], clock, metrics)
    await poller.start()
    assert len(await poller.poll_due()) == 1
    assert "If-Modified-Since" not in server.requests[0]
    clock.advance(61)
    assert await poller.poll_due() == []
    assert server.requests[1]["If-Modified-Since"] == "Tue, 02 Mar 2021 10:00:00 GMT"
    assert count(metrics, "feed_fetch_total", outcome="not_modified") == 1


async def test_backoff_after_server_errors(server: FeedServer, make_poller: Factory) -> None:
    server.status = 500
    clock, metrics = FakeClock(), Metrics()
    poller = make_poller([server.url], clock, metrics)
    await poller.start()

    delays = []
    for _ in range(5):
        assert await poller.poll_due() == []
        delays.append(poller.next_due_in())
        clock.advance(delays[-1] - 1)
        assert await poller.poll_due() == []  # one second early: no request
        clock.advance(1)
    assert len(server.requests) == 5
    assert count(metrics, "feed_fetch_total", outcome="error") == 5
    # interval 60 doubled per failure with jitter in [0.5, 1], capped at 1000
    for n, d in enumerate(delays, 1):
        ceiling = min(1000, 60 * 2**n)
        assert max(60, ceiling * 0.5) <= d <= ceiling
    assert delays[-1] <= 1000 and delays[3] > delays[0]

    server.status = 200
    server.body = rss(("back", "recovered"))
    assert [i.title for i in await poller.poll_due()] == ["back"]
    assert poller.next_due_in() == pytest.approx(60)  # failures reset


async def test_unreachable_port_is_counted_not_raised(
    make_poller: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    clock, metrics = FakeClock(), Metrics()
    poller = make_poller([f"http://127.0.0.1:{free_port()}/feed.xml?token=hush"], clock, metrics)
    await poller.start()
    assert await poller.poll_due() == []
    assert count(metrics, "feed_fetch_total", outcome="error") == 1
    assert poller.next_due_in() >= 60
    assert "fetch failed" in caplog.text
    assert "hush" not in caplog.text


async def test_feed_over_the_size_limit_is_an_error(server: FeedServer, make_poller: Factory) -> None:
    server.body = rss(*[(f"t{n}", "x" * 500) for n in range(20)])
    clock, metrics = FakeClock(), Metrics()
    poller = make_poller([server.url], clock, metrics, max_feed_bytes=2_000)
    await poller.start()
    assert await poller.poll_due() == []
    assert count(metrics, "feed_fetch_total", outcome="error") == 1


async def test_bad_input_is_counted_and_logged_once(
    server: FeedServer, make_poller: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    server.body = rss(("good", "has text"), ("empty", ""))
    clock, metrics = FakeClock(), Metrics()
    poller = make_poller([server.url], clock, metrics)
    await poller.start()
    assert [i.title for i in await poller.poll_due()] == ["good"]
    clock.advance(60)
    assert await poller.poll_due() == []  # no ETag: refetched, same broken entry
    assert len(server.requests) == 2
    assert count(metrics, "bad_input_total", reason="no_text") == 1
    assert caplog.text.count("no_text") == 1


async def test_not_a_feed_over_http(server: FeedServer, make_poller: Factory) -> None:
    server.body = b"<html><body>maintenance page</body></html>"
    clock, metrics = FakeClock(), Metrics()
    poller = make_poller([server.url], clock, metrics)
    await poller.start()
    assert await poller.poll_due() == []
    assert count(metrics, "feed_fetch_total", outcome="ok") == 1
    assert count(metrics, "bad_input_total", reason="not_a_feed") == 1


async def test_local_file_is_reread_only_when_changed(tmp_path: Path, make_poller: Factory) -> None:
    path = tmp_path / "local.rss"
    path.write_bytes(rss(("one", "first")))
    clock, metrics = FakeClock(), Metrics()
    poller = make_poller([str(path), (tmp_path / "missing.rss").as_uri()], clock, metrics)
    await poller.start()
    assert [i.title for i in await poller.poll_due()] == ["one"]
    assert count(metrics, "feed_fetch_total", outcome="error") == 1  # the missing file

    clock.advance(60)
    assert await poller.poll_due() == []
    assert count(metrics, "feed_fetch_total", outcome="not_modified") == 1

    path.write_bytes(rss(("one", "first"), ("two", "second")))
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    clock.advance(60)
    assert [i.title for i in await poller.poll_due()] == ["two"]


async def test_local_jsonl_and_outlet_override(tmp_path: Path) -> None:
    metrics = Metrics()
    poller = FeedPoller(
        [FeedConfig(url=str(FIXTURES / "items.jsonl"), outlet="Fallback Outlet", interval_seconds=5)],
        IngestConfig(),
        metrics,
        clock=FakeClock(),
    )
    await poller.start()
    items = await poller.poll_due()
    await poller.stop()
    # two lines of the fixture are one article (one URL up to case and fragment) in two
    # versions: the second is emitted as a later version of the first, under its own id
    titles = ["Roadside bomb hits convoy", "Broken line follows", "Same story, other outlet", "Only an id"]
    assert [i.title for i in items] == titles
    first, later = items[0], items[2]
    assert later.item_id == updated_item_id(first.item_id, item_version(later.title, later.text))
    assert count(metrics, "bad_input_total", reason="invalid_json") == 1
    assert count(metrics, "bad_input_total", reason="no_text") == 1
    assert poller.next_due_in() == pytest.approx(5)


def test_next_due_with_no_feeds_is_infinite() -> None:
    assert FeedPoller([], IngestConfig(), Metrics()).next_due_in() == float("inf")


def test_lru_forgets_the_oldest() -> None:
    lru = _LRUSet(2)
    assert lru.add("a") and lru.add("b")
    assert not lru.add("a")  # refreshes a
    assert lru.add("c")  # evicts b
    assert not lru.add("a") and lru.add("b")
    assert len(lru) == 2


async def test_a_story_updated_at_its_url_is_emitted_again_under_its_own_id(
    server: FeedServer, make_poller: Factory
) -> None:
    server.body = rss(("a", "A bomb killed five people."), ("b", "second story"))
    clock, metrics = FakeClock(), Metrics()
    poller = make_poller([server.url], clock, metrics)
    await poller.start()
    first = await poller.poll_due()
    # The outlet updates story a at the same link; b is unchanged.
    server.body = rss(("a", "A bomb killed 12 people."), ("b", "second story"))
    clock.advance(60)
    again = await poller.poll_due()
    assert [(i.title, i.text) for i in again] == [("a", "A bomb killed 12 people.")]
    assert again[0].item_id == updated_item_id(first[0].item_id, item_version("a", "A bomb killed 12 people."))
    # Either version read again is no news.
    clock.advance(60)
    assert await poller.poll_due() == []
    server.body = rss(("a", "A bomb killed five people."))
    clock.advance(60)
    assert await poller.poll_due() == []


def test_versions_are_capped_and_the_oldest_items_forgotten() -> None:
    def item(key: str, text: str) -> FeedItem:
        return FeedItem(item_id=key, feed="f", outlet="o", url=f"https://x.test/{key}", title=key, text=text)

    versions = _Versions(2)
    emitted = [versions.emit(item("a", f"toll {n}")) for n in range(MAX_ITEM_VERSIONS + 2)]
    assert sum(e is not None for e in emitted) == MAX_ITEM_VERSIONS  # a page changing at every fetch
    assert emitted[0] == item("a", "toll 0") and emitted[1] is not None and emitted[1].item_id != "a"
    assert versions.emit(item("b", "x")) is not None and versions.emit(item("c", "y")) is not None
    assert len(versions) == 2 and versions.emit(item("a", "toll 0")) is not None  # a was forgotten


def test_feed_label_hides_credentials_and_query() -> None:
    assert feed_label("https://user:pw@feeds.test:8443/x.rss?key=abc#f") == "https://feeds.test:8443/x.rss"
    assert feed_label("/srv/feeds/a.xml") == "/srv/feeds/a.xml"
