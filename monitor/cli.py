"""The ``incident-monitor`` command: parse, load settings, set up logging, delegate.

Exit codes: 0 success (bad input items are reported on stderr and counted, not fatal);
1 ``check`` found a problem; 2 unusable arguments, config or state.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from monitor.config import Settings, StdoutSink, load_settings
from monitor.errors import BadInput, ConfigError, StateError
from monitor.records import FeedItem

log = logging.getLogger("monitor.cli")
USAGE_ERROR = 2


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        stream=sys.stderr,
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings(getattr(args, "config", None))
    if getattr(args, "state", None):
        settings = settings.model_copy(update={"state": settings.state.model_copy(update={"path": Path(args.state)})})
    return settings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="incident-monitor", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("replay", help="process feed items from files; print alerts as JSON lines")
    r.add_argument("--state", help="SQLite state file (default from config: var/state.sqlite)")
    r.add_argument("--config", help="YAML config file")
    r.add_argument("--broker", help="produce the items into a Kafka broker instead (kafka://host:port)")
    r.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help=".jsonl, .xml/.rss/.atom or .txt")

    i = sub.add_parser("incidents", help="list incidents")
    i.add_argument("--state", help="SQLite state file")
    i.add_argument("--config", help="YAML config file")
    i.add_argument("--json", action="store_true", help="a JSON array of Incident records")
    i.add_argument("--broker", help="read the Kafka runtime's incidents instead")

    run = sub.add_parser("run", help="the long-running embedded service")
    run.add_argument("--config", help="YAML config file")

    sub.add_parser("demo", help="replay the bundled sample feeds and print readable alerts")

    c = sub.add_parser("check", help="validate config and state; exit 0 or 1 with the reason")
    c.add_argument("--config", help="YAML config file")
    c.add_argument("--state", help="SQLite state file")

    w = sub.add_parser("worker", help="a faust worker of the Kafka runtime")
    w.add_argument("--config", help="YAML config file")
    g = sub.add_parser("ingest", help="poll feeds and produce FeedItems to Kafka")
    g.add_argument("--config", help="YAML config file")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = _settings(args)
    except ConfigError as exc:
        _setup_logging("INFO")
        log.error("%s", exc)
        return USAGE_ERROR
    _setup_logging(settings.log_level)
    handler = {
        "replay": cmd_replay,
        "incidents": cmd_incidents,
        "run": cmd_run,
        "demo": cmd_demo,
        "check": cmd_check,
        "worker": cmd_worker,
        "ingest": cmd_ingest,
    }[args.command]
    try:
        return handler(args, settings)
    except (ConfigError, StateError) as exc:
        log.error("%s", exc)
        return USAGE_ERROR


# -- replay -----------------------------------------------------------------------------
def cmd_replay(args: argparse.Namespace, settings: Settings) -> int:
    missing = [str(p) for p in args.inputs if not p.exists()]
    if missing:
        log.error("input not found: %s", ", ".join(missing))
        return USAGE_ERROR
    if args.broker:
        from agents.cli import replay_to_broker

        return replay_to_broker(settings, args.broker, list(args.inputs))
    from monitor.ingest.parse import read_input

    limit = settings.ingest.max_item_bytes
    entries = (entry for path in args.inputs for entry in read_input(path, max_item_bytes=limit))
    return asyncio.run(_replay(settings, entries, sys.stdout, "json"))


async def _replay(settings: Settings, entries: Iterable[FeedItem | BadInput], stream: TextIO, fmt: str) -> int:
    """Process ``entries`` in order, printing each alert on ``stream`` (``fmt``: json or
    text) and sending it to the configured sinks other than stdout."""
    from monitor.metrics import Metrics
    from monitor.runtime.delivery import flush_outbox
    from monitor.runtime.engine import Engine
    from monitor.sinks import build_sinks
    from monitor.sinks.dlq import DeadLetterWriter
    from monitor.sinks.retry import RetryPolicy
    from monitor.store.sqlite import SqliteStore

    metrics = Metrics()
    store = SqliteStore(settings.state.path)
    engine = Engine(store, settings, metrics)
    # Replay always prints alerts on stdout; other configured sinks get them too.
    others = settings.model_copy(update={"sinks": tuple(s for s in settings.sinks if s.type != "stdout")})
    sinks = build_sinks(settings.model_copy(update={"sinks": (StdoutSink(format=fmt),)}), stream=stream)  # type: ignore[arg-type]
    sinks += build_sinks(others, stream=stream)
    policy = RetryPolicy()
    dlq = DeadLetterWriter(settings.state.path.parent / "alerts-dlq.jsonl")
    items = bad = 0
    for sink in sinks:
        await sink.start()
    try:
        await flush_outbox(store, sinks, policy, metrics, dlq)
        for entry in entries:
            if isinstance(entry, BadInput):
                bad += 1
                metrics.bad_input_total.labels(entry.reason).inc()
                log.warning("skipped bad input: %s", entry)
                continue
            items += 1
            engine.process(entry)
            await flush_outbox(store, sinks, policy, metrics, dlq)
    finally:
        for sink in sinks:
            await sink.stop()
        store.close()
    alerts = int(sum(s.value for m in metrics.alerts_total.collect() for s in m.samples if s.name.endswith("_total")))
    log.info("replayed %d items (%d bad inputs skipped), %d new alerts", items, bad, alerts)
    return 0


# -- incidents --------------------------------------------------------------------------
def cmd_incidents(args: argparse.Namespace, settings: Settings) -> int:
    if args.broker:
        from agents.cli import fetch_incidents

        incidents = fetch_incidents(settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"broker": args.broker})}))
    else:
        from monitor.store.sqlite import SqliteStore

        if not settings.state.path.exists():
            log.error("no state at %s (run replay or run first)", settings.state.path)
            return USAGE_ERROR
        store = SqliteStore(settings.state.path)
        incidents = store.all_incidents()
        store.close()
    if args.json:
        json.dump([i.to_dict() for i in incidents], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from monitor.render import incidents_table

        sys.stdout.write(incidents_table(incidents))
    return 0


# -- run / worker / ingest --------------------------------------------------------------
def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.kafka.broker:
        log.info("a Kafka broker is configured: use 'incident-monitor worker' and 'ingest'; running embedded anyway")
    from monitor.runtime.service import Service

    asyncio.run(Service(settings).run())
    return 0


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from agents.cli import run_worker

    return run_worker(settings)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from agents.cli import run_ingest

    return run_ingest(settings)


# -- demo / check -----------------------------------------------------------------------
def sample_feeds() -> list[Path]:
    from importlib import resources

    folder = Path(str(resources.files("monitor.samples").joinpath("feeds")))
    return sorted(p for p in folder.iterdir() if p.suffix in {".xml", ".rss", ".atom", ".jsonl"})


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from monitor.render import incidents_table
    from monitor.store.sqlite import SqliteStore

    feeds = sample_feeds()
    with tempfile.TemporaryDirectory(prefix="incident-monitor-demo-") as tmp:
        state = Path(tmp) / "demo.sqlite"
        demo_settings = settings.model_copy(update={"state": settings.state.model_copy(update={"path": state}), "sinks": ()})
        sys.stdout.write(f"Replaying {len(feeds)} bundled sample feeds in publication order...\n\n")
        items = _items_in_publication_order(feeds)
        asyncio.run(_replay(demo_settings, items, sys.stdout, "text"))
        store = SqliteStore(state)
        sys.stdout.write("\nIncidents:\n")
        sys.stdout.write(incidents_table(store.all_incidents()))
        store.close()
    return 0


def _items_in_publication_order(paths: list[Path]) -> list[FeedItem | BadInput]:
    from monitor.ingest.parse import read_input

    entries = [e for p in paths for e in read_input(p)]
    return sorted(entries, key=lambda e: (getattr(e, "published", None) or "", getattr(e, "item_id", "")))


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    problems: list[str] = []
    for feed in settings.feeds:
        if "://" not in feed.url and not Path(feed.url).exists():
            problems.append(f"feed file not found: {feed.url}")
    path = settings.state.path
    if path.exists():
        try:
            from monitor.store.sqlite import SqliteStore

            store = SqliteStore(path)
            store.open_count()
            store.close()
        except StateError as exc:
            problems.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - any failure here is the answer to "check"
            problems.append(f"state {path} is unreadable: {exc}")
    else:
        parent = path.parent if path.parent != Path("") else Path(".")
        probe = parent
        while not probe.exists():
            probe = probe.parent
        if not probe.is_dir():
            problems.append(f"state folder {parent} cannot be created")
    for problem in problems:
        sys.stderr.write(f"check: {problem}\n")
    if problems:
        return 1
    sys.stderr.write(f"check: ok ({len(settings.feeds)} feeds, {len(settings.sinks)} sinks, state {path})\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
