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

Both act seconds later, after records behind the hole were processed: the dropped record
then comes after them, out of its partition's order (alerts differ from an in-order run).
:func:`rewind_on_gap` closes the hole at once: the first record fetched past a record that
was never handed on is held back and the partition rewound to the missing offset, so the
partition's records reach the agent in order. At-least-once stream topics only: there,
offsets have no holes (no transaction markers, no compaction).

A partition can also keep its lag with none of the above to show: in 1 of 28 kill -9 runs
the survivor processed a taken-over partition to its end (its alerts were all delivered)
while the group's committed offset stayed 51 records behind for good, with no hole, no
stall and no record left in faust's acknowledged offsets (not reproduced in 36 more runs
with diagnostics; the cause is not known). Since nothing arrives after a partition's last
record, nothing else would ever move it. So a partition is also rewound when records were
handed on past the group's committed offset on the broker (faust's own can be ahead of it)
and, at two checks in a row, nothing changed and none of its records is being processed
or waits in a stream's queue (:func:`unfinished`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import faust

log = logging.getLogger(__name__)

CHECK_SECONDS = 5.0
#: The longest a check waits for a position or end offsets (they queue on faust's consumer thread).
QUERY_SECONDS = 2.0


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


#: A hole that is still there after this many rewinds is taken as real (records deleted by
#: retention before they were read) and skipped, with a warning, instead of looping.
MAX_REWINDS = 3


def gap(expected: int, offset: int) -> bool:
    """Whether a record at ``offset`` comes after records never handed on (``expected`` next)."""
    return offset > expected


def next_offsets(consumer: Any) -> dict[Any, int]:
    """The offset each guarded partition must hand on next (kept on the consumer)."""
    table: dict[Any, int] | None = consumer.__dict__.get("_next_offsets")
    if table is None:
        table = consumer.__dict__["_next_offsets"] = {}
    return table


async def in_order(consumer: Any, fetched: AsyncIterator[tuple[Any, Any]], topics: set[str],
                   on_gap: Callable[[str], None] | None = None) -> AsyncIterator[tuple[Any, Any]]:
    """The records of ``fetched``, each of a partition of ``topics`` only after its predecessor.

    At a hole the partition is rewound (``consumer.seek``) to the missing offset and the rest
    of its records in this batch are held back: they come again after the seek. A hole still
    there after :data:`MAX_REWINDS` rewinds is skipped.
    """
    expected = next_offsets(consumer)
    rewinds: dict[Any, tuple[int, int]] = consumer.__dict__.setdefault("_gap_rewinds", {})
    rewound: set[Any] = set()
    async for tp, message in fetched:
        if tp.topic in topics:
            if tp in rewound:
                continue
            want = expected.get(tp)
            if want is not None and gap(want, message.offset):
                last, tries = rewinds.get(tp, (want, 0))
                tries = tries + 1 if last == want else 1
                rewinds[tp] = (want, tries)
                if tries <= MAX_REWINDS:
                    log.warning("partition %s:%d: offset %d fetched but %d..%d never handed on: "
                                "rewinding to %d", tp.topic, tp.partition, message.offset, want,
                                message.offset - 1, want)
                    if on_gap is not None:
                        on_gap(tp.topic)
                    rewound.add(tp)
                    await consumer.seek(tp, want)
                    continue
                log.warning("partition %s:%d: offsets %d..%d are gone from the log: skipped",
                            tp.topic, tp.partition, want, message.offset - 1)
            expected[tp] = max(expected.get(tp, 0), message.offset + 1)
        yield tp, message


def rewind_on_gap(topics: set[str], on_gap: Callable[[str], None] | None = None) -> None:
    """Make faust's consumer hand on the records of ``topics`` in order (see :func:`in_order`).

    ``on_gap(topic)`` is called for each rewind (a metric). See the module doc.
    """
    from faust.transport.consumer import Consumer, ensure_TP

    guarded: set[str] | None = getattr(Consumer, "_gap_topics", None)
    if guarded is not None:
        guarded.update(topics)
        if on_gap is not None:
            Consumer._gap_callbacks.append(on_gap)  # type: ignore[attr-defined]
        return
    guarded = set(topics)
    callbacks: list[Callable[[str], None]] = [on_gap] if on_gap is not None else []
    getmany, seek = Consumer.getmany, Consumer.seek

    def counted(topic: str) -> None:
        for callback in callbacks:
            callback(topic)

    async def _getmany(self: Any, timeout: float) -> AsyncIterator[tuple[Any, Any]]:  # noqa: ASYNC109 (faust's signature)
        async for tp, message in in_order(self, getmany(self, timeout), guarded, counted):
            yield tp, message

    async def _seek(self: Any, partition: Any, offset: int) -> None:
        await seek(self, partition, offset)
        next_offsets(self)[partition] = offset

    async def _perform_seek(self: Any) -> None:
        # faust's own perform_seek, which also notes the next offset of each partition
        committed = await self.seek_to_committed()
        self._read_offset.update({tp: off if off is not None and off >= 0 else None
                                  for tp, off in committed.items()})
        self._committed_offset.update({ensure_TP(tp): off or None for tp, off in committed.items()
                                       if off is not None})
        expected = next_offsets(self)
        expected.clear()  # unknown where nothing was committed: rewound to the beginning
        expected.update({ensure_TP(tp): off for tp, off in committed.items() if off is not None and off > 0})

    Consumer.getmany = _getmany  # type: ignore[method-assign]
    Consumer.seek = _seek  # type: ignore[method-assign]
    Consumer.perform_seek = _perform_seek  # type: ignore[method-assign]
    Consumer._gap_topics = guarded  # type: ignore[attr-defined]
    Consumer._gap_callbacks = callbacks  # type: ignore[attr-defined]


def forget_position(consumer: Any, tp: Any) -> None:
    """After a seek to the beginning: no read offset, no expected next offset."""
    consumer._read_offset.pop(tp, None)
    next_offsets(consumer).pop(tp, None)


def starved(position: int | None, end: int | None) -> bool:
    """Whether records wait past the fetch position (unchanged at two checks: not fetched).

    Seen after kill -9 of the other worker: a partition taken over stays paused, nothing
    is fetched, so nothing looks taken-but-not-handed-on, yet its lag never shrinks.
    """
    return position is not None and end is not None and end > position


def held(acked: list[int], committed: int | None) -> bool:
    """Whether the commit is held at a hole: acknowledged records after an unprocessed one."""
    return bool(acked) and committed is not None and min(acked) > committed


def unfinished(expected: int | None, committed: int | None) -> bool:
    """Whether records were handed on past the committed offset (``expected``: the next one).

    Unchanged at two checks with none of them being processed or queued, they were lost:
    acknowledged records are committed within a second, unless a hole holds the commit.
    (faust's read offset cannot tell: after a seek it is the offset sought to.)
    """
    return expected is not None and expected > (committed or 0)


async def group_committed(consumer: Any, tps: list[Any]) -> dict[Any, int | None]:
    """The group's committed offsets of ``tps`` on the broker, in one request."""
    from aiokafka.structs import TopicPartition

    thread = consumer._thread
    coordinator = thread._ensure_consumer()._coordinator
    wanted = {TopicPartition(tp.topic, tp.partition): tp for tp in tps}
    found = await thread.call_thread(coordinator.fetch_committed_offsets, list(wanted))
    offsets: dict[Any, int | None] = {}
    for key, tp in wanted.items():
        meta = found.get(key)
        offsets[tp] = meta.offset if meta is not None and meta.offset >= 0 else None
    return offsets


def in_flight(app: Any, consumer: Any) -> set[Any]:
    """The partitions with a record being processed or waiting in a stream's queue.

    A record whose acknowledgement faust ignored (a copy of one already acknowledged, as
    after a rewind) is left in ``_unacked_messages`` with ``acked`` set, and the stream
    keeps its last record alive: only records not yet acknowledged count.
    """
    busy = {m.tp for m in list(consumer._unacked_messages) if not m.acked}
    for channel in list(app.topics):
        queue = getattr(channel, "_queue", None)  # never create a queue by looking
        for event in list(getattr(queue, "_queue", ())):
            message = getattr(event, "message", None)
            if message is not None:
                busy.add(message.tp)
    return busy


def install_stall_watchdog(app: faust.App, topics: set[str], every: float = CHECK_SECONDS,
                           on_rewind: Callable[[str, str], None] | None = None) -> None:
    """Check the active partitions of ``topics`` every ``every`` seconds; rewind stalled ones.

    ``on_rewind(topic, reason)`` counts each rewind (reason ``gap`` or ``stalled``).
    """
    guard_commits(topics)
    rewind_on_gap(topics, None if on_rewind is None else lambda topic: on_rewind(topic, "gap"))
    last: dict[Any, tuple[int | None, ...]] = {}

    @app.timer(every, name="stall-watchdog")  # type: ignore[untyped-decorator]
    async def _watch() -> None:
        consumer: Any = app.consumer
        if app.rebalancing or not getattr(consumer, "flow_active", True):
            last.clear()
            return
        # A partition with an event in processing (a sink being retried) or queued is not stalled.
        busy = in_flight(app, consumer)
        watched = [tp for tp in sorted(app.assignor.assigned_actives()) if tp.topic in topics and tp not in busy]
        for tp in set(last) - set(watched):
            last.pop(tp, None)
        if not watched:
            return
        try:  # one request for all partitions; never hold the consumer's thread for long
            ends = await asyncio.wait_for(consumer.highwaters(*watched), QUERY_SECONDS)
        except TimeoutError:
            log.info("stall watchdog: end offsets not known within %ss, next check", QUERY_SECONDS)
            return
        try:
            group = await asyncio.wait_for(group_committed(consumer, watched), QUERY_SECONDS)
        except Exception as exc:  # noqa: BLE001 - faust's committed offsets will do for this check
            log.info("stall watchdog: committed offsets not known (%r), next check", exc)
            group = {}
        for tp in watched:
            try:  # aiokafka waits for a valid position (after a seek, a reset)
                position: int | None = await asyncio.wait_for(consumer.position(tp), QUERY_SECONDS)
            except TimeoutError:
                position = None  # no valid position: stalled too if it stays so
            read = consumer._read_offset.get(tp)
            committed = consumer._committed_offset.get(tp)
            acked = list(consumer._acked.get(tp, ()))
            end = ends.get(tp)
            expected = next_offsets(consumer).get(tp)
            # The group's offset on the broker when faust's is ahead of it (see the module doc).
            broker = group.get(tp, committed)
            if committed is not None and (broker is None or broker < committed):
                done = broker
            else:
                done = committed
            state = (position, read, committed, expected, done)
            if (position is not None and not stalled(position, read, committed) and not held(acked, committed)
                    and not starved(position, end) and not unfinished(expected, done)):
                last.pop(tp, None)
            elif last.get(tp) != state:
                last[tp] = state
            else:
                log.warning("partition %s:%d stalled at %s of %s (handed on up to %s, acked from %s, paused %s, "
                            "committed %s, by the group %s): resuming it from %s", tp.topic, tp.partition, position,
                            end, read, min(acked, default=None), tp in consumer._paused_partitions, committed,
                            broker, done)
                if on_rewind is not None:
                    on_rewind(tp.topic, "stalled")
                consumer.resume_partitions({tp})
                committed = consumer._committed_offset[tp] = done  # acknowledgements from there count again
                if committed:
                    await consumer.seek(tp, committed)
                else:
                    await consumer.seek_to_beginning(tp)
                    forget_position(consumer, tp)
                last.pop(tp, None)
