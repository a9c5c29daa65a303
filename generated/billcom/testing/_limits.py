"""The API's limits as the fake enforces them: requests in flight per org, calls per hour.

Both come from the spec (`spec/api.yaml`); `None` turns a limit off.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from ._errors import FakeError


class Limits:
    """Counts requests in flight (BDC_1322 past the cap) and per clock hour (BDC_1144)."""

    def __init__(
        self,
        *,
        max_concurrent: int | None,
        hourly: int | None,
        login_hourly: int | None,
        clock: Callable[[], float],
    ) -> None:
        self.max_concurrent = max_concurrent
        self.hourly = hourly
        self.login_hourly = login_hourly
        self.clock = clock
        self.in_flight = 0
        self.max_in_flight = 0
        # Only the current hour's counts are kept: nothing grows with time or with callers.
        self._hour = -1
        self._counts = {"login": 0, "api": 0}
        self._lock = threading.Lock()

    def enter(self) -> FakeError | None:
        """Count one more request in flight; the refusal if that is over the org's limit."""
        with self._lock:
            if self.max_concurrent is not None and self.in_flight >= self.max_concurrent:
                return FakeError("BDC_1322")
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            return None

    def leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def count(self, *, login: bool) -> None:
        """One call against the hourly quota (Login and ListOrgs have their own)."""
        with self._lock:
            hour = int(self.clock() // 3600)
            if hour != self._hour:
                self._hour, self._counts = hour, {"login": 0, "api": 0}
            kind = "login" if login else "api"
            self._counts[kind] += 1
            limit = self.login_hourly if login else self.hourly
            if limit is not None and self._counts[kind] > limit:
                raise FakeError("BDC_1144")
