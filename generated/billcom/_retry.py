"""When to send a call again, in one place.

Bill.com v2 has no idempotency keys, so a call is repeated only when the server refused it
(expired session, too many requests in flight), when it provably never reached the server, or
when the spec says the call is safe to repeat. Everything else that failed ambiguously becomes
an UnknownOutcomeError.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from ._core import Call
from ._errors import ConcurrencyLimitError, RateLimitError, ServerError, SessionExpiredError
from ._exceptions import (
    APIConnectionError,
    APIResponseError,
    BillComError,
    UnknownOutcomeError,
)

__all__ = ["Attempts", "Decision", "Retrier", "RetryPolicy", "final_error"]

_MAX_RELOGINS = 3


@dataclass(frozen=True)
class RetryPolicy:
    """The retry options of a client (see `BillCom.with_options`)."""

    #: Repeats of a safe call after a transport failure or HTTP 5xx.
    max_retries: int = 2
    #: Repeats after BDC_1322 (too many requests in flight): refused, so always safe.
    max_refusal_retries: int = 8
    #: Exponential backoff: first delay and cap, in seconds; each delay gets jitter.
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    #: On BDC_1144 (hourly quota used up) wait for the next clock hour instead of raising.
    wait_on_rate_limit: bool = False


@dataclass
class Attempts:
    """What has been tried for one call."""

    number: int = 1
    retries: int = 0
    refusals: int = 0
    relogins: int = 0


@dataclass(frozen=True)
class Decision:
    action: str  # "relogin", "retry" or "raise"
    delay: float = 0.0
    error: BaseException | None = None
    reason: str = ""


class Retrier:
    """Applies a RetryPolicy; randomness and time are methods of their own so tests can pin them."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def jitter(self) -> float:
        return float(random.uniform(0.5, 1.0))

    def now(self) -> float:
        return time.time()

    def backoff(self, attempt: int) -> float:
        delay = self.policy.backoff_initial * 2.0**attempt
        return min(self.policy.backoff_max, delay) * self.jitter()

    def seconds_to_next_hour(self) -> float:
        return 3600.0 - self.now() % 3600.0

    def decide(self, call: Call[object], error: BillComError, tries: Attempts) -> Decision:
        """What to do after `error` on attempt `tries.number` of `call`; counts the attempt."""
        policy = self.policy
        tries.number += 1
        if isinstance(error, SessionExpiredError) and call.form != "credentials":
            # The server refused the call, so replaying it is safe. Each expiry costs one
            # Login; a few in a row (each new session expiring too) end the attempt.
            if tries.relogins < _MAX_RELOGINS:
                tries.relogins += 1
                return Decision("relogin", reason="session expired")
            return Decision("raise", error=error)
        if isinstance(error, ConcurrencyLimitError):
            if tries.refusals < policy.max_refusal_retries:
                tries.refusals += 1
                return Decision("retry", self.backoff(tries.refusals - 1), reason=error.code)
            return Decision("raise", error=error)
        if isinstance(error, RateLimitError):
            wait = self.seconds_to_next_hour()
            if policy.wait_on_rate_limit:
                return Decision("retry", wait, reason=f"{error.code}, waiting for the next hour")
            error.retry_after = wait
            return Decision("raise", error=error)
        if isinstance(error, APIConnectionError) and not error.sent:
            if tries.retries < policy.max_retries:
                tries.retries += 1
                return Decision("retry", self.backoff(tries.retries - 1), reason="not sent")
            return Decision("raise", error=error)
        if _maybe_done(error):
            # Nothing proves the server refused the call: only a call that is safe to repeat
            # is sent again.
            if not call.safe_to_repeat:
                return Decision("raise", error=final_error(call, error))
            if tries.retries < policy.max_retries:
                tries.retries += 1
                return Decision("retry", self.backoff(tries.retries - 1), reason=str(error))
        return Decision("raise", error=error)


def _maybe_done(error: BillComError) -> bool:
    """No answer, a 5xx, an answer that cannot be read, or a server error code: the server
    may have done the work. A connection never made (`sent` False) did nothing."""
    if isinstance(error, APIConnectionError):
        return error.sent
    return isinstance(error, APIResponseError | ServerError)


def final_error(call: Call[object], error: BillComError) -> BillComError:
    """The error a call ends with when it is not tried again: UnknownOutcomeError when it may
    have been done and repeating it is not safe, else `error` itself."""
    if _maybe_done(error) and not call.safe_to_repeat:
        status = getattr(error, "http_status", None)
        return UnknownOutcomeError(call.operation, call.data, error, http_status=status)
    return error
