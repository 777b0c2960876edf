"""The dead-letter file: alerts whose delivery to a sink exhausted its retries."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from monitor.records import Alert

__all__ = ["DeadLetterWriter"]


class DeadLetterWriter:
    """Appends ``{"alert", "sink", "reason", "failed_at"}`` lines, flushed and fsynced.

    The file can be replayed later: each line holds the whole Alert record.
    """

    def __init__(self, path: Path | str, wall_clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._wall_clock = wall_clock
        self._lock = asyncio.Lock()
        self.count = 0

    def _append(self, line: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("ab") as stream:
            stream.write(line)
            stream.flush()
            os.fsync(stream.fileno())

    async def write(self, alert: Alert, sink: str, reason: str) -> None:
        """Record that ``alert`` could not be delivered to ``sink`` because of ``reason``.

        Raises OSError when the file cannot be written (the caller must not lose the alert).
        """
        failed_at = datetime.fromtimestamp(self._wall_clock(), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        record = {"alert": alert.to_dict(), "sink": sink, "reason": reason, "failed_at": failed_at}
        line = (json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode()
        async with self._lock:
            await asyncio.to_thread(self._append, line)
            self.count += 1

    @staticmethod
    def read(path: Path | str) -> list[dict[str, object]]:
        """Every well-formed record of a dead-letter file (for tools and tests)."""
        out: list[dict[str, object]] = []
        p = Path(path)
        if not p.exists():
            return out
        for raw in p.read_bytes().splitlines():
            try:
                obj = json.loads(raw)
            except ValueError:
                continue
            if isinstance(obj, dict):
                out.append(obj)
        return out
