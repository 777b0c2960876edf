"""``exactly_once`` on faust-streaming 0.15.3: each event's outputs in its input
partition's transaction, and queued table changes sent before the transactions commit.

faust keeps one transactional producer per partition number *p* of each co-partitioned
group (transactional id ``<app>-<group>-<p>``) and commits transaction *p* together with the
consumed offsets of partition *p*. But it put each output record into the transaction of
the record's *destination* partition: an alert keyed to ``alerts`` partition 3 while
processing ``incident-reports`` partition 1 landed in transaction 3, which is committed only
when some input on partition 3 moves on. With nothing more arriving there it stayed open
for good and notify (a ``read_committed`` reader) stalled on it (seen on the real broker,
tests/integration/kafka/test_workers.py); and the output was not atomic with the offset of
the event that caused it. As in Kafka Streams, every record sent while an event is
processed (outputs, ``group_by``'s repartition, table changelogs) now goes into the
transaction of that event's *input* partition. Records sent outside any event keep faust's
routing.

Second, faust queues table changes (``send_soon``) for its producer buffer's own task. At a
rebalance faust commits and *ends* the transactions, and the buffer then sent the last
queued changes through a producer out of its transaction ("IllegalOperation: Can't send
messages while not in transaction"): the worker died (2 runs in 3 of the two-worker test).
The buffer is now flushed into the transactions before every commit, the change it is
sending included.

What this does not fix is in docs/kafka.md (Delivery semantics): faust's commit timer can
still commit a transaction while an event whose first outputs are in it is being
processed, and a rebalance drops uncommitted acknowledged offsets, so a rebalance can
repeat outputs. Both patches act only under ``processing_guarantee="exactly_once"``.
"""

from __future__ import annotations

import asyncio
from typing import Any

_INSTALLED = "_incident_monitor_exactly_once"


def install() -> None:
    """Patch TransactionManager.send, ProducerBuffer._send_pending and
    Consumer._commit_offsets (idempotent)."""
    from faust.streams import current_event
    from faust.transport.consumer import Consumer, TransactionManager
    from faust.transport.producer import ProducerBuffer

    if getattr(TransactionManager, _INSTALLED, False):
        return

    async def send(
        self: Any, topic: str, key: bytes | None, value: bytes | None, partition: int | None,
        timestamp: float | None, headers: Any, *, transactional_id: str | None = None,
    ) -> Any:
        destination = self.consumer.key_partition(topic, key, partition)
        event = current_event()
        # The transaction of the input partition being processed, else faust's choice.
        source = (event.message.tp.topic, event.message.tp.partition) if event is not None else (topic, destination)
        tid = None if source[1] is None else f"{self.app.conf.id}-{self.app.assignor.group_for_topic(source[0])}-{source[1]}"
        return await self.producer.send(topic, key, value, destination, timestamp, headers, transactional_id=tid)

    send_pending = ProducerBuffer._send_pending

    async def _send_pending(self: Any, fut: Any) -> None:
        self._eos_sending = getattr(self, "_eos_sending", 0) + 1
        try:
            await send_pending(self, fut)
        finally:
            self._eos_sending -= 1

    commit_offsets = Consumer._commit_offsets

    async def _commit_offsets(self: Any, offsets: Any, start_new_transaction: bool = True) -> bool:
        if self.in_transaction:
            # Table changes are queued (send_soon) and sent by the producer buffer's own
            # task: send them into the transactions before these commit (or end, in
            # faust's revoke handler), never after, through a producer out of its
            # transaction ("IllegalOperation: Can't send messages while not in
            # transaction" crashed the worker at rebalances). Empty queue is not enough:
            # the last change taken from it may still be on its way to the producer.
            buffer = self.app.producer.buffer
            while buffer.size or getattr(buffer, "_eos_sending", 0):
                await buffer.flush()
                await asyncio.sleep(0.001)
        return bool(await commit_offsets(self, offsets, start_new_transaction=start_new_transaction))

    TransactionManager.send = send  # type: ignore[method-assign]
    ProducerBuffer._send_pending = _send_pending  # type: ignore[method-assign]
    Consumer._commit_offsets = _commit_offsets  # type: ignore[method-assign]
    setattr(TransactionManager, _INSTALLED, True)
