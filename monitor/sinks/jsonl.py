"""Alerts appended to a JSONL file, durable (fsync) and idempotent by ``alert_id``."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import BinaryIO

from monitor.errors import DeliveryError
from monitor.records import Alert, dumps

__all__ = ["JsonlAlertSink", "read_alert_ids"]


def read_alert_ids(path: Path) -> set[str]:
    """The ``alert_id`` of every well-formed line of ``path`` (a torn last line is ignored)."""
    ids: set[str] = set()
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        return ids
    with stream:
        for raw in stream:
            try:
                obj = json.loads(raw)
            except (ValueError, RecursionError):
                continue
            if isinstance(obj, dict) and isinstance(obj.get("alert_id"), str):
                ids.add(obj["alert_id"])
    return ids


class JsonlAlertSink:
    """Appends one JSON line per alert, then flushes and fsyncs.

    On ``start`` it reads the ids already in the file and skips those alerts, so a
    restart that re-sends alerts never duplicates lines. A line torn by a crash is
    terminated first so the next record starts on its own line. The id set grows with
    the file (alerts are few; rotate the file to bound it).
    """

    name = "jsonl"

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._ids: set[str] = set()
        self._file: BinaryIO | None = None
        self._lock = asyncio.Lock()
        self.skipped = 0

    def already_delivered(self, alert_id: str) -> bool:
        return alert_id in self._ids

    def _open(self) -> BinaryIO:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._ids = read_alert_ids(self.path)
        stream = self.path.open("ab")
        if stream.tell() > 0:
            with self.path.open("rb") as check:
                check.seek(-1, os.SEEK_END)
                if check.read(1) != b"\n":
                    stream.write(b"\n")
                    stream.flush()
        return stream

    async def start(self) -> None:
        if self._file is None:
            try:
                self._file = await asyncio.to_thread(self._open)
            except OSError as exc:
                raise DeliveryError(
                    f"jsonl: cannot open {self.path}: {exc.strerror}", retriable=False
                ) from None

    def _append(self, stream: BinaryIO, data: bytes) -> None:
        start = stream.tell()
        try:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        except OSError:
            # Never leave half a line behind for the retry to append after.
            try:
                stream.truncate(start)
            except OSError:
                pass
            raise

    async def send(self, alert: Alert) -> None:
        async with self._lock:
            if self._file is None:
                raise DeliveryError("jsonl: sink not started", retriable=False)
            if alert.alert_id in self._ids:
                self.skipped += 1
                return
            data = (dumps(alert) + "\n").encode("utf-8")
            try:
                await asyncio.to_thread(self._append, self._file, data)
            except OSError as exc:  # disk full or I/O error: may clear up
                raise DeliveryError(f"jsonl: write failed: {exc.strerror}", retriable=True) from None
            self._ids.add(alert.alert_id)

    async def stop(self) -> None:
        async with self._lock:
            stream, self._file = self._file, None
            if stream is not None:
                await asyncio.to_thread(stream.close)
