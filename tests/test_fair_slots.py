"""Callers sharing one client are served first come, first served; async clients outlive loops."""

from __future__ import annotations

import asyncio
import threading

from billcom import AsyncBillCom
from billcom._slots import AsyncSlots, Slots
from billcom.testing import FakeBillCom, FakeTransport

CALLS = 12  # per caller


def test_threads_take_turns() -> None:
    fake = FakeBillCom(seed=1, latency=0.002, max_concurrent=None)
    with fake.client(max_concurrency=3) as client:
        vendor = client.vendors.create(name="Acme")
        done = [0] * 30
        snapshot: list[int] = []
        lock = threading.Lock()
        # All start together: on a busy machine, starting 30 threads one by one takes long
        # enough for the first to finish its share before the last has begun.
        start = threading.Barrier(30)

        def caller(me: int) -> None:
            start.wait()
            for _ in range(CALLS):
                client.vendors.read(vendor.id)
                with lock:
                    done[me] += 1
                    if done[me] == CALLS and not snapshot:
                        snapshot.extend(done)

        threads = [threading.Thread(target=caller, args=(i,)) for i in range(30)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not any(thread.is_alive() for thread in threads)
    assert done == [CALLS] * 30  # every caller finished its share
    # When the quickest caller was done, every other had had most of its turns: nobody starved.
    assert min(snapshot) >= CALLS // 2, snapshot


def test_tasks_take_turns() -> None:
    fake = FakeBillCom(seed=1, latency=0.002, max_concurrent=None)
    done = [0] * 50
    snapshot: list[int] = []

    async def scenario() -> None:
        async with fake.async_client(max_concurrency=3) as client:
            vendor = await client.vendors.create(name="Acme")

            async def caller(me: int) -> None:
                for _ in range(CALLS):
                    await client.vendors.read(vendor.id)
                    done[me] += 1
                    if done[me] == CALLS and not snapshot:
                        snapshot.extend(done)

            await asyncio.wait_for(asyncio.gather(*(caller(i) for i in range(50))), timeout=120)

    asyncio.run(scenario())
    assert done == [CALLS] * 50
    assert min(snapshot) >= CALLS // 2, snapshot


def test_a_freed_slot_goes_to_the_longest_waiter() -> None:
    slots = Slots(1)
    slots.acquire()
    order: list[int] = []
    started = []

    def waiter(me: int) -> None:
        started.append(me)
        with slots:
            order.append(me)

    threads = []
    for i in range(5):
        thread = threading.Thread(target=waiter, args=(i,))
        thread.start()
        threads.append(thread)
        while len(started) <= i or len(slots._waiting) <= i:  # queued in this order
            pass
    slots.release()
    for thread in threads:
        thread.join(timeout=10)
    assert order == [0, 1, 2, 3, 4]


def test_async_slots_survive_cancellation_and_loops() -> None:
    slots = AsyncSlots(1)

    async def hold_and_cancel() -> None:
        await slots.acquire()
        waiter = asyncio.ensure_future(slots.acquire())
        await asyncio.sleep(0)
        waiter.cancel()
        await asyncio.gather(waiter, return_exceptions=True)
        slots.release()

    asyncio.run(hold_and_cancel())
    asyncio.run(hold_and_cancel())  # another loop, the same slots

    async def free() -> bool:
        await asyncio.wait_for(slots.acquire(), timeout=5)
        slots.release()
        return True

    assert asyncio.run(free())


def test_an_async_client_works_across_event_loops_and_closes_twice() -> None:
    fake = FakeBillCom(seed=1)
    client = AsyncBillCom(
        **fake.credentials("https://fake.test/api/v2"), transport=FakeTransport(fake)
    )

    async def use() -> str:
        vendor = await client.vendors.create(name="Acme")
        results = await asyncio.gather(*(client.vendors.read(vendor.id) for _ in range(10)))
        return results[-1].id

    first = asyncio.run(use())
    second = asyncio.run(use())  # a second asyncio.run: new loop, same client
    assert first and second and first != second
    asyncio.run(client.close())  # from yet another loop
    asyncio.run(client.close())  # and twice
    assert asyncio.run(use())  # still usable: connections are rebuilt for the loop
    asyncio.run(client.close())
