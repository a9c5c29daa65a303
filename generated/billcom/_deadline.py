"""Deadlines for the sync client's network I/O: every connect, write and read of an attempt ends
by the attempt's deadline, so a server that trickles its answer (headers included) a byte at a
time cannot hold a call past `timeout`.

httpx bounds each read by itself; this wraps the sockets of the connection pool so that each
read also gets no more than what is left of the attempt. The deadline is per thread: one
attempt runs start to end in one thread. (The async client cancels the attempt instead.)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import ssl

__all__ = ["attempt", "transport"]

#: `attempt.deadline`: the monotonic time the current thread's attempt must end by, or None.
attempt = threading.local()
attempt.deadline = None
#: A socket timeout of zero would mean non-blocking; this is "time is up" instead.
_NOW = 1e-6


def _left(timeout: float | None) -> float | None:
    deadline: float | None = getattr(attempt, "deadline", None)
    if deadline is None:
        return timeout
    left = max(deadline - time.monotonic(), _NOW)
    return left if timeout is None else min(timeout, left)


@cache
def _backend() -> Any:
    """httpcore's sync backend, its streams keeping the deadline (built on first use: importing
    httpcore costs more than the rest of the package)."""
    import httpcore

    class Stream(httpcore.NetworkStream):
        """A socket stream whose every read and write also respects the attempt's deadline."""

        def __init__(self, inner: httpcore.NetworkStream) -> None:
            self._inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return self._inner.read(max_bytes, _left(timeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self._inner.write(buffer, _left(timeout))

        def close(self) -> None:
            self._inner.close()

        def start_tls(
            self,
            ssl_context: ssl.SSLContext,
            server_hostname: str | None = None,
            timeout: float | None = None,
        ) -> httpcore.NetworkStream:
            return Stream(self._inner.start_tls(ssl_context, server_hostname, _left(timeout)))

        def get_extra_info(self, info: str) -> Any:
            return self._inner.get_extra_info(info)

    class Backend(httpcore.SyncBackend):
        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            inner = super().connect_tcp(host, port, _left(timeout), local_address, socket_options)
            return Stream(inner)

    return Backend()


def transport(proxy: str | None = None) -> httpx.HTTPTransport:
    """httpx's own transport (through `proxy` if given), on sockets that keep the deadline."""
    import httpcore

    made = httpx.HTTPTransport(proxy=proxy)
    pool = getattr(made, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool):  # httpx is pinned below 0.29: checked by tests
        pool._network_backend = _backend()
    return made
