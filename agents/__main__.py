"""``python -m agents COMMAND``: the Kafka runtime without the main CLI.

The project's ``incident-monitor`` command wires the same functions (agents/cli.py); this
entry point exists for subprocess workers in tests and benchmarks, and a local broker:

    python -m agents worker [--config PATH] [--extractor FILE.py:FUNC]
    python -m agents create-topics [--config PATH]
    python -m agents replay --broker URL [--config PATH] INPUT...
    python -m agents incidents [--config PATH]
    python -m agents broker [DIR]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from monitor.config import load_settings
from monitor.errors import ConfigError


def load_callable(spec: str) -> Callable[..., Any]:
    """``module:func`` or ``path/to/file.py:func``."""
    target, _, name = spec.rpartition(":")
    if not target or not name:
        raise ConfigError(f"--extractor wants MODULE:FUNC or FILE.py:FUNC, got {spec!r}")
    if target.endswith(".py"):
        mod_spec = importlib.util.spec_from_file_location(Path(target).stem, target)
        if mod_spec is None or mod_spec.loader is None:
            raise ConfigError(f"cannot load {target}")
        module = importlib.util.module_from_spec(mod_spec)
        sys.modules[mod_spec.name] = module
        mod_spec.loader.exec_module(module)
    else:
        module = importlib.import_module(target)
    return getattr(module, name)  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agents")
    sub = parser.add_subparsers(dest="command", required=True)
    worker = sub.add_parser("worker", help="run a faust worker")
    worker.add_argument("--config", type=Path)
    worker.add_argument("--extractor", help="FILE.py:FUNC or MODULE:FUNC replacing the extractor")
    topics = sub.add_parser("create-topics", help="create the topics up front")
    topics.add_argument("--config", type=Path)
    replay = sub.add_parser("replay", help="produce input files into feed-items")
    replay.add_argument("--broker", required=True)
    replay.add_argument("--config", type=Path)
    replay.add_argument("inputs", nargs="+", type=Path)
    incidents = sub.add_parser("incidents", help="print the incidents as a JSON array")
    incidents.add_argument("--config", type=Path)
    broker = sub.add_parser("broker", help="run a local single-node Kafka broker (no Docker)")
    broker.add_argument("dir", nargs="?", default="var/kafka-broker")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from agents import cli

    try:
        if args.command == "broker":
            from agents.localbroker import main as broker_main

            sys.argv = [sys.argv[0], args.dir]
            return broker_main()
        settings = load_settings(args.config)
        if args.command == "worker":
            extractor = load_callable(args.extractor) if args.extractor else None
            return cli.run_worker(settings, extractor=extractor)
        if args.command == "create-topics":
            created = cli.ensure_topics(settings)
            sys.stderr.write(f"created: {', '.join(created) or 'none (all exist)'}\n")
            return 0
        if args.command == "replay":
            return cli.replay_to_broker(settings, args.broker, args.inputs)
        if args.command == "incidents":
            data = [i.to_dict() for i in cli.fetch_incidents(settings)]
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return 0
    except ConfigError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
