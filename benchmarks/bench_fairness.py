"""How evenly one client serves many callers: 30 threads, and 50 asyncio tasks, against a slow
in-process fake (every request takes LATENCY), for a fixed time each.

Reported per run: calls per caller (min / median / max) and the 99th percentile of the time a
call waited for a slot, as a ratio to the median wait. Fair (first come, first served) slots
keep every caller near the median; a slot that the releasing caller can take straight back
starves the others.
"""

from __future__ import annotations

import asyncio
import statistics
import threading
import time

from billcom.testing import FakeBillCom

LATENCY = 0.005
SECONDS = 3.0


def _summary(counts: list[int], waits: list[float]) -> dict[str, float]:
    waits = sorted(waits)
    median_wait = statistics.median(waits) or 1e-9
    p99 = waits[int(len(waits) * 0.99) - 1]
    return {
        "min": min(counts),
        "median": statistics.median(counts),
        "max": max(counts),
        "p99_wait_ratio": p99 / median_wait,
    }


def threads(callers: int = 30) -> dict[str, float]:
    fake = FakeBillCom(seed=1, latency=LATENCY, max_concurrent=None)
    counts = [0] * callers
    waits: list[float] = []
    with fake.client(max_concurrency=3) as client:
        vendor_id = client.vendors.create(name="Acme").id
        slots = client._shared.slots
        acquire = slots.acquire

        def timed_acquire() -> None:  # how long each call waits for its slot
            started = time.perf_counter()
            acquire()
            waits.append(time.perf_counter() - started)

        slots.acquire = timed_acquire  # type: ignore[method-assign]
        stop = time.perf_counter() + SECONDS

        def caller(me: int) -> None:
            while time.perf_counter() < stop:
                client.vendors.read(vendor_id)
                counts[me] += 1

        workers = [threading.Thread(target=caller, args=(i,)) for i in range(callers)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    return _summary(counts, waits)


def tasks(callers: int = 50) -> dict[str, float]:
    fake = FakeBillCom(seed=1, latency=LATENCY, max_concurrent=None)
    counts = [0] * callers
    waits: list[float] = []

    async def scenario() -> None:
        async with fake.async_client(max_concurrency=3) as client:
            vendor_id = (await client.vendors.create(name="Acme")).id
            slots = client._shared.slots
            acquire = slots.acquire

            async def timed_acquire() -> None:
                started = time.perf_counter()
                await acquire()
                waits.append(time.perf_counter() - started)

            slots.acquire = timed_acquire  # type: ignore[method-assign]
            stop = time.perf_counter() + SECONDS

            async def caller(me: int) -> None:
                while time.perf_counter() < stop:
                    await client.vendors.read(vendor_id)
                    counts[me] += 1

            await asyncio.gather(*(caller(i) for i in range(callers)))

    asyncio.run(scenario())
    return _summary(counts, waits)


def measure() -> dict[str, dict[str, float]]:
    return {"threads": threads(), "tasks": tasks()}


if __name__ == "__main__":
    print(measure())
