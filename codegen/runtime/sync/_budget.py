"""One hourly budget of requests for a developer key, shared by every org's client of a sync."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from .._facts import REQUESTS_PER_HOUR_PER_DEV_KEY


class HourlyBudget:
    """At most `per_hour` requests per clock hour, however many clients draw on it.

    Bill.com counts a developer key's calls per clock hour (BDC_1144 past the quota). Every List
    page of a sync takes one request from here first; when the hour's budget is spent, callers
    wait for the next clock hour instead of being refused. (The clients also wait on a BDC_1144
    the server sends anyway, e.g. when another program shares the key.)
    """

    def __init__(
        self,
        per_hour: int = REQUESTS_PER_HOUR_PER_DEV_KEY,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if per_hour < 1:
            raise ValueError("per_hour must be at least 1")
        self.per_hour = per_hour
        self._clock = clock
        self._sleep = sleep
        self._hour = -1
        self._used = 0
        self._lock = threading.Lock()
        #: Requests taken and seconds spent waiting for a new hour, over the budget's life.
        self.taken = 0
        self.waited = 0.0

    def take(self) -> None:
        """Take one request, waiting for the next clock hour if this one's are spent."""
        while True:
            with self._lock:
                now = self._clock()
                hour = int(now // 3600)
                if hour != self._hour:
                    self._hour, self._used = hour, 0
                if self._used < self.per_hour:
                    self._used += 1
                    self.taken += 1
                    return
                wait = (hour + 1) * 3600 - now
                self.waited += wait
            self._sleep(wait)

    def __repr__(self) -> str:
        return f"<HourlyBudget {self.per_hour}/hour: {self.taken} taken>"
