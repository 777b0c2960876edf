"""A watchdog for partitions that stall after a rebalance (faust-streaming 0.15.3).

Seen on a real broker with kill -9 of one of two workers (tests/integration/kafka): during
the rebalance faust's fetcher drops records it had already taken from aiokafka (a batch
cut short when the generation changes or the flow pauses). Unless a later seek rewinds
the partition, those records are never delivered to the agent: the partition keeps its
lag forever while the worker looks healthy (faust issues #175, #523 describe the same
symptom). agents/app.py fixes the common case (partitions never committed); this catches
the rest.

A partition is stalled when, at two checks in a row, nothing changed, no event of that
topic is being processed, and either the consumer's position is past the last offset
handed to the streams, or records wait past the position (the partition is not being
fetched at all, as when it stays paused after a takeover). It is then resumed and rewound
to its committed offset (or its beginning): the records in between are processed again,
which the pipeline's idempotence makes harmless.

Worse, faust then commits *past* such a dropped record (an alert lost for good, seen in the
kill -9 test): its consumer treats a jump in offsets as a gap to commit over (meant for
transaction markers and compaction, which at-least-once stream topics do not have), and
its check for a hole at the head of the acknowledged offsets is off by one (it compares
with the committed offset, which is already the *next* offset). :func:`guard_commits`
makes the commit stop at the hole instead; the watchdog then rewinds to it.
"""

from __future__ import annotations

import logging
from typing import Any

import faust

log = logging.getLogger(__name__)

CHECK_SECONDS = 5.0


def stalled(position: int | None, read: int | None, committed: int | None) -> bool:
    """Whether records up to ``position`` were taken from the fetcher but not handed on."""
    if position is None:
        return False
    handed = read + 1 if read is not None else (committed or 0)
    return position > handed


def guard_commits(topics: set[str]) -> None:
    """Never commit over a record of ``topics`` that was not processed (see module doc)."""
    from faust.transport.consumer import Consumer

    guarded: set[str] | None = getattr(Consumer, "_guarded_topics", None)
    if guarded is not None:
        guarded.update(topics)
        return
    guarded = set(topics)
    add_gap, new_offset = Consumer._add_gap, Consumer._new_offset

    async def _add_gap(self: Any, tp: Any, offset_from: int, offset_to: int) -> None:
        if tp.topic not in guarded:
            await add_gap(self, tp, offset_from, offset_to)

    def _new_offset(self: Any, tp: Any) -> int | None:
        acked, committed = self._acked[tp], self._committed_offset.get(tp)
        if tp.topic in guarded and acked and committed is not None and min(acked) > committed:
            return None  # the record at `committed` was not processed: hold the commit
        result: int | None = new_offset(self, tp)
        return result

    Consumer._add_gap = _add_gap  # type: ignore[method-assign]
    Consumer._new_offset = _new_offset  # type: ignore[method-assign]
    Consumer._guarded_topics = guarded  # type: ignore[attr-defined]


def starved(position: int | None, end: int | None) -> bool:
    """Whether records wait past the fetch position (unchanged at two checks: not fetched).

    Seen after kill -9 of the other worker: a partition taken over stays paused, nothing
    is fetched, so nothing looks taken-but-not-handed-on, yet its lag never shrinks.
    """
    return position is not None and end is not None and end > position


def held(acked: list[int], committed: int | None) -> bool:
    """Whether the commit is held at a hole: acknowledged records after an unprocessed one."""
    return bool(acked) and committed is not None and min(acked) > committed


def install_stall_watchdog(app: faust.App, topics: set[str], every: float = CHECK_SECONDS) -> None:
    """Check the active partitions of ``topics`` every ``every`` seconds; rewind stalled ones."""
    guard_commits(topics)
    last: dict[Any, tuple[int | None, int | None, int | None]] = {}

    @app.timer(every, name="stall-watchdog")  # type: ignore[untyped-decorator]
    async def _watch() -> None:
        consumer: Any = app.consumer
        if app.rebalancing or not getattr(consumer, "flow_active", True):
            last.clear()
            return
        busy = {m.topic for m in consumer._unacked_messages}
        for tp in sorted(app.assignor.assigned_actives()):
            if tp.topic not in topics or tp.topic in busy:
                last.pop(tp, None)
                continue
            position = await consumer.position(tp)
            read = consumer._read_offset.get(tp)
            committed = consumer._committed_offset.get(tp)
            acked = list(consumer._acked.get(tp, ()))
            end = (await consumer.highwaters(tp)).get(tp)
            state = (position, read, committed)
            if not stalled(position, read, committed) and not held(acked, committed) and not starved(position, end):
                last.pop(tp, None)
            elif last.get(tp) != state:
                last[tp] = state
            else:
                log.warning("partition %s:%d stalled at %s of %s (handed on up to %s, acked from %s, paused %s): "
                            "resuming it from %s", tp.topic, tp.partition, position, end, read,
                            min(acked, default=None), tp in consumer._paused_partitions, committed)
                consumer.resume_partitions({tp})
                if committed:
                    await consumer.seek(tp, committed)
                else:
                    await consumer.seek_to_beginning(tp)
                    consumer._read_offset.pop(tp, None)
                last.pop(tp, None)
