"""Slots for requests in flight, served first come, first served, to threads and to tasks.

A freed slot is handed to the caller that has waited longest, so a busy caller cannot take it
straight back (a plain queue or semaphore lets the releasing thread win again and again, and
one caller starves). The async kind binds to no event loop: a client may outlive a loop.
"""

from __future__ import annotations

import threading
from collections import deque
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncSlots", "Slots"]


class Slots:
    """At most `size` holders at once, for threads."""

    def __init__(self, size: int) -> None:
        self._mutex = threading.Lock()
        self._free = size
        self._waiting: deque[threading.Lock] = deque()

    def acquire(self) -> None:
        with self._mutex:
            if self._free and not self._waiting:
                self._free -= 1
                return
            baton = threading.Lock()
            baton.acquire()
            self._waiting.append(baton)
        baton.acquire()  # released by `release`, which hands this caller the slot

    def release(self) -> None:
        with self._mutex:
            if self._waiting:
                self._waiting.popleft().release()
            else:
                self._free += 1

    def __enter__(self) -> None:
        self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


class AsyncSlots:
    """At most `size` holders at once, for tasks of whichever event loop is running."""

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiting: deque[asyncio.Future[None]] = deque()

    async def acquire(self) -> None:
        if self._free and not self._waiting:
            self._free -= 1
            return
        import asyncio

        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(turn)
        try:
            await turn
        except BaseException:
            if turn.done() and not turn.cancelled():
                self.release()  # handed the slot as it was cancelled: pass it on
            elif turn in self._waiting:
                self._waiting.remove(turn)
            raise

    def release(self) -> None:
        while self._waiting:
            turn = self._waiting.popleft()
            if not turn.done() and not turn.get_loop().is_closed():
                turn.set_result(None)
                return
        self._free += 1

    async def __aenter__(self) -> None:
        await self.acquire()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
