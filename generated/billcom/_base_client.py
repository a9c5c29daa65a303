"""Request loop of the sync and async clients: login, concurrency cap, retries, envelope.

The two classes differ only in their I/O and locks; building requests, reading answers and
deciding what to retry (`_retry`) are shared.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from . import _deadline, _facts
from ._core import (
    ENV_VARS,
    Call,
    Credentials,
    Session,
    call_form,
    credentials_form,
    decode_envelope,
    env_number,
    session_from_login,
)
from ._errors import MFARequiredError
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    BillComError,
    InvalidRequestError,
)
from ._raw import RawResponse, WithRawResponse, collecting, record_response
from ._retry import Attempts, Decision, Retrier, RetryPolicy, final_error
from ._scrub import scrub_error
from ._slots import AsyncSlots, Slots
from ._version import __version__

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

logger = logging.getLogger("billcom")

LOGIN = "Login"
LOGOUT = "Logout"
DEFAULT_TIMEOUT = 60.0
_HEADERS = {
    "Accept": "application/json",
    "User-Agent": (
        f"billcom-python/{__version__} httpx/{httpx.__version__} "
        f"python/{'.'.join(map(str, sys.version_info[:3]))}"
    ),
}
_MFA_STEPS = (
    "it needs an MFA-trusted session: call client.session.mfa_challenge(use_backup=False), then "
    "client.session.mfa_authenticate(challenge_id=..., token=<SMS code>, device_id=..., "
    "machine_name=..., remember_me=True), or build the client with the remembered "
    "mfa_id= and device_id="
)
#: The attempt count of a call that has not failed yet (an Attempts is built on the first failure).
_FIRST = Attempts()
#: httpx failures that happen before a request is sent: repeating such a call is always safe.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def _not_unicode(operation: str) -> InvalidRequestError:
    # Raised while the form was encoded, before anything was sent.
    return InvalidRequestError(
        operation, "a parameter is not valid Unicode text (a lone surrogate)"
    )


class _NoSession(Exception):
    """Internal: the session was dropped while this call waited for a slot."""


class _Shared:
    """What a client and its `with_options()` copies share: the session, the HTTP client, locks."""

    def __init__(self, max_concurrency: int) -> None:
        self.session: Session | None = None
        self.max_concurrency = max_concurrency


class _ClientBase:
    _shared: _Shared

    def __init__(
        self,
        *,
        username: str | None,
        password: str | None,
        org_id: str | None,
        dev_key: str | None,
        base_url: str | None,
        mfa_id: str | None,
        device_id: str | None,
        timeout: float | None,
        total_timeout: float | None,
        max_retries: int | None,
        max_concurrency: int,
        backoff_initial: float,
        backoff_max: float,
        wait_on_rate_limit: bool,
        trusted_hosts: Iterable[str],
        proxy: str | None,
    ) -> None:
        self._credentials = Credentials.resolve(
            username, password, org_id, dev_key, mfa_id, device_id
        )
        self.base_url = (
            base_url or os.environ.get(ENV_VARS["base_url"]) or _facts.PRODUCTION_BASE_URL
        ).rstrip("/")
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        #: Hosts besides the base URL's own domain that Login may move the session to.
        self._trusted_hosts = frozenset(host.lower() for host in trusted_hosts)
        if timeout is None:
            from_env = env_number("timeout", float)
            timeout = DEFAULT_TIMEOUT if from_env is None else float(from_env)
        if total_timeout is None:
            total_timeout = env_number("total_timeout", float)
        if max_retries is None:
            retries = env_number("max_retries", int)
            max_retries = RetryPolicy.max_retries if retries is None else int(retries)
        #: Seconds one attempt may take as a whole: connect, send and read the whole answer.
        self._timeout = timeout
        #: Seconds one call may take with all its retries and re-logins (None: no bound).
        self._total_timeout = total_timeout
        #: The HTTP(S) proxy every request goes through (it may carry credentials: never shown).
        self._proxy = proxy or os.environ.get(ENV_VARS["proxy"]) or None
        self._retrier = Retrier(
            RetryPolicy(
                max_retries=max_retries,
                backoff_initial=backoff_initial,
                backoff_max=backoff_max,
                wait_on_rate_limit=wait_on_rate_limit,
            )
        )

    @property
    def org_id(self) -> str:
        return self._credentials.org_id

    @property
    def username(self) -> str:
        return self._credentials.username

    @property
    def is_logged_in(self) -> bool:
        return self._shared.session is not None

    @property
    def options(self) -> RetryPolicy:
        """The retry options in force (`with_options` changes them for one copy)."""
        return self._retrier.policy

    def with_options(
        self,
        *,
        timeout: float | None = None,
        total_timeout: float | None = None,
        max_retries: int | None = None,
        max_refusal_retries: int | None = None,
        backoff_initial: float | None = None,
        backoff_max: float | None = None,
        wait_on_rate_limit: bool | None = None,
    ) -> Self:
        """A copy of this client with other options, sharing its session and connections.

        `client.with_options(max_retries=0).bills.read(id)` changes one call's behaviour.
        """
        old = self._retrier.policy
        policy = RetryPolicy(
            max_retries=old.max_retries if max_retries is None else max_retries,
            max_refusal_retries=(
                old.max_refusal_retries if max_refusal_retries is None else max_refusal_retries
            ),
            backoff_initial=old.backoff_initial if backoff_initial is None else backoff_initial,
            backoff_max=old.backoff_max if backoff_max is None else backoff_max,
            wait_on_rate_limit=(
                old.wait_on_rate_limit if wait_on_rate_limit is None else wait_on_rate_limit
            ),
        )
        copy = object.__new__(type(self))
        shared = ("_credentials", "base_url", "_shared", "_owns_http", "_transport", "_proxy")
        for name in (*shared, "_trusted_hosts"):
            setattr(copy, name, getattr(self, name))
        copy._retrier = Retrier(policy)
        copy._timeout = self._timeout if timeout is None else timeout
        copy._total_timeout = self._total_timeout if total_timeout is None else total_timeout
        return copy

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, org_id={self.org_id!r}, "
            f"username={self.username!r})"
        )

    def _login_call(self) -> Call[Any]:
        return Call(
            LOGIN,
            self._credentials.login_data(),
            decode_envelope,
            safe_to_repeat=True,
            form="credentials",
        )

    def _request_parts(
        self, call: Call[Any], session: Session | None
    ) -> tuple[str, dict[str, str], dict[str, tuple[str, bytes, str]] | None]:
        """URL, form fields and file parts of a call."""
        if call.form == "credentials" or session is None:
            form = credentials_form(self._credentials, call.data, call.operation)
            return f"{self.base_url}/{call.operation}.json", form, None
        url = f"{session.api_endpoint}/{call.operation}.json"
        data = None if call.form == "session" else call.data
        form = call_form(self._credentials.dev_key, session.session_id, data, call.operation)
        return url, form, call.files

    def _current(self, call: Call[Any], used: list[Session | None]) -> Session | None:
        """The session to send with (the newest one), recorded in `used` for a re-login."""
        if call.form == "credentials":
            return None
        session = self._shared.session
        if session is None:
            raise _NoSession  # being renewed: wait for the new one rather than send a dead one
        used[0] = session
        return session

    def _forget(self, stale: Session | None) -> None:
        """Stop every caller from sending with a session the server said is expired."""
        if stale is not None and self._shared.session is stale:
            self._shared.session = None

    def _budget(self, call: Call[Any], end: float | None, last: BillComError | None) -> float:
        """Seconds the next attempt may take: the timeout, or less if the call's end is near.

        With no time left, the last error stands (as `_out_of_time` classifies it).
        """
        if end is None:
            return self._timeout
        left = end - time.monotonic()
        if left > 0:
            return min(self._timeout, left)
        if last is None:
            raise APITimeoutError(
                call.operation, "total_timeout reached before sending", sent=False
            )
        error = self._out_of_time(call, last).error
        assert error is not None
        raise error

    def _past(self, end: float | None, delay: float = 0.0) -> bool:
        """Whether the call's total_timeout leaves no time for another attempt after `delay`."""
        return end is not None and time.monotonic() + delay >= end

    def _end(self) -> float | None:
        return None if self._total_timeout is None else time.monotonic() + self._total_timeout

    def _out_of_time(self, call: Call[Any], error: BillComError) -> Decision:
        """No time left for another attempt: the last error stands, as the rules classify it."""
        logger.info("%s: total_timeout reached; not trying again", call.operation)
        final = final_error(call, error)
        self._scrub(final, None)  # what was sent may carry an mfaId
        return Decision("raise", error=final)

    def _finish(self, call: Call[T], status: int, content: bytes) -> T:
        """Parse the answer; keep the session state in step with Login and Logout."""
        if call.operation == LOGIN:
            data = decode_envelope(content, status, LOGIN)
            self._shared.session = session_from_login(
                data, self.base_url, LOGIN, self._trusted_hosts
            )
        elif call.operation == LOGOUT:
            self._shared.session = None
        try:
            return call.parse(content, status, call.operation)
        except MFARequiredError as exc:
            # Whatever made the server ask for MFA, say how to get a trusted session.
            raise MFARequiredError(
                exc.code,
                f"{exc.message} ({call.operation}: {_MFA_STEPS})",
                operation=exc.operation,
                http_status=exc.http_status,
            ) from None

    def _scrub(self, error: BaseException, used: Session | None) -> None:
        """Mask every secret this client holds in `error`, which a server may have echoed."""
        creds, current = self._credentials, self._shared.session
        scrub_error(
            error,
            (
                creds.password,
                creds.dev_key,
                creds.mfa_id,
                used.session_id if used is not None else None,
                current.session_id if current is not None else None,
            ),
        )

    def _decide(
        self, call: Call[Any], error: BillComError, tries: Attempts, used: Session | None
    ) -> Decision:
        """What to do after `error`, which leaves here scrubbed of secrets (and so is logged)."""
        self._scrub(error, used)
        decision = self._retrier.decide(call, error, tries)
        if decision.error is not None and decision.error is not error:
            self._scrub(decision.error, used)
        if decision.action == "retry":
            logger.info(
                "retrying %s in %.2f s (attempt %d): %s",
                call.operation,
                decision.delay,
                tries.number,
                decision.reason,
            )
        elif decision.action == "relogin":
            logger.info("session expired during %s; logging in again", call.operation)
        return decision

    @staticmethod
    def _log(operation: str, status: int, started: float, attempt: int) -> None:
        """The DEBUG line of a request; callers check the level first (it is the hot path)."""
        elapsed = (time.perf_counter() - started) * 1000
        logger.debug("%s -> HTTP %d in %.1f ms (attempt %d)", operation, status, elapsed, attempt)

    @staticmethod
    def _transport_error(operation: str, exc: httpx.HTTPError) -> APIConnectionError:
        # The exception text of httpx names the URL at most; the form body is never in it.
        sent = not isinstance(exc, _NOT_SENT)
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(operation, f"timed out ({type(exc).__name__})", sent=sent)
        return APIConnectionError(operation, f"{type(exc).__name__}: {exc}", sent=sent)


class _SyncShared(_Shared):
    def __init__(self, max_concurrency: int) -> None:
        super().__init__(max_concurrency)
        self.login_lock = threading.Lock()
        self.slots = Slots(max_concurrency)
        self.http: httpx.Client | None = None


class SyncAPIClient(_ClientBase):
    _shared: _SyncShared

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        org_id: str | None = None,
        dev_key: str | None = None,
        base_url: str | None = None,
        mfa_id: str | None = None,
        device_id: str | None = None,
        timeout: float | None = None,
        total_timeout: float | None = None,
        max_retries: int | None = None,
        max_concurrency: int = _facts.MAX_CONCURRENT_REQUESTS_PER_ORG,
        backoff_initial: float = RetryPolicy.backoff_initial,
        backoff_max: float = RetryPolicy.backoff_max,
        wait_on_rate_limit: bool = False,
        trusted_hosts: Iterable[str] = (),
        proxy: str | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            username=username,
            password=password,
            org_id=org_id,
            dev_key=dev_key,
            base_url=base_url,
            mfa_id=mfa_id,
            device_id=device_id,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            max_concurrency=max_concurrency,
            backoff_initial=backoff_initial,
            backoff_max=backoff_max,
            wait_on_rate_limit=wait_on_rate_limit,
            trusted_hosts=trusted_hosts,
            proxy=proxy,
        )
        self._shared = _SyncShared(max_concurrency)
        self._shared.http = http_client
        self._owns_http = http_client is None
        self._transport = transport

    @property
    def _http(self) -> httpx.Client:
        # Built on first use: creating the TLS context costs more than importing the package.
        shared = self._shared
        if shared.http is None:
            # Our own transport keeps every read within the attempt's deadline (`_deadline`).
            transport = self._transport or _deadline.transport(self._proxy)
            shared.http = httpx.Client(timeout=self._timeout, transport=transport, headers=_HEADERS)
        return shared.http

    def _send(self, call: Call[T], used: list[Session | None], attempt: int, budget: float) -> T:
        slots = self._shared.slots
        slots.acquire()  # at most max_concurrency requests in flight, first come first served
        try:
            # Take the newest session once a slot is free: another thread may have renewed it.
            session = self._current(call, used)
            url, form, files = self._request_parts(call, session)
            started = time.perf_counter()
            deadline = started + budget
            http = self._http
            # The client's own timeout needs no per-request copy (httpx builds one per call).
            timeout = httpx.USE_CLIENT_DEFAULT if budget == http.timeout.read else budget
            _deadline.attempt.deadline = time.monotonic() + budget
            try:
                request = http.build_request("POST", url, data=form, files=files, timeout=timeout)
                response = http.send(request, stream=True)
                try:
                    status, chunks = response.status_code, []
                    for chunk in response.iter_bytes():
                        chunks.append(chunk)
                        # Each read is bounded by the timeout; the whole answer is too.
                        if time.perf_counter() > deadline:
                            raise httpx.ReadTimeout("the answer took longer than the timeout")
                finally:
                    response.close()
            except httpx.HTTPError as exc:
                raise self._transport_error(call.operation, exc) from None
            except UnicodeEncodeError:
                raise _not_unicode(call.operation) from None
            finally:
                _deadline.attempt.deadline = None
        finally:
            slots.release()
        if logger.isEnabledFor(logging.DEBUG):
            self._log(call.operation, status, started, attempt)
        content = b"".join(chunks)
        record_response(call.operation, status, response.headers, content)
        return self._finish(call, status, content)

    def _session(self) -> Session:
        shared = self._shared
        session = shared.session
        if session is not None:
            return session
        with shared.login_lock:
            if shared.session is None:
                self.call(self._login_call())
            assert shared.session is not None
            return shared.session

    def _relogin(self, stale: Session | None) -> None:
        # Every thread that hit the same expired session waits here; only the first logs in.
        self._forget(stale)
        with self._shared.login_lock:
            if self._shared.session is None:
                self.call(self._login_call())

    def call(self, call: Call[T]) -> T:
        """Send one described call and parse its answer, retrying as the spec allows."""
        tries = _FIRST
        end = self._end()
        last: BillComError | None = None
        while True:
            used: list[Session | None] = [None if call.form == "credentials" else self._session()]
            budget = self._budget(call, end, last)
            try:
                return self._send(call, used, tries.number, budget)
            except _NoSession:
                continue
            except BillComError as error:
                last = error
                if tries is _FIRST:
                    tries = Attempts()  # built only when something went wrong
                decision = self._decide(call, error, tries, used[0])
                if decision.action != "raise" and self._past(end, decision.delay):
                    decision = self._out_of_time(call, error)
                if decision.action == "raise":
                    assert decision.error is not None
                    if decision.error is error:
                        raise
                    raise decision.error from error
                if decision.action == "relogin":
                    self._relogin(used[0])
                else:
                    time.sleep(decision.delay)

    def login(self) -> None:
        """Log in now (otherwise the first call does it)."""
        with self._shared.login_lock:
            self.call(self._login_call())

    def request(self, operation: str, data: Any = None) -> Any:
        """Call any v2 endpoint by name (e.g. `"GetSessionInfo"`); returns raw `response_data`."""
        return self.call(Call(operation, data, decode_envelope))

    def with_raw_response(self, call: Callable[[Self], T]) -> WithRawResponse[T]:
        """Run `call` with this client, keeping the HTTP answers it took alongside its result.

        `raw = client.with_raw_response(lambda c: c.vendors.read(id))` gives `raw.parsed` (the
        Vendor) and `raw.status_code`, `raw.headers`, `raw.content` of the answer it came from;
        `raw.responses` holds every answer (retries, pages: `lambda c: list(c.bills.list())`).
        """
        seen: list[RawResponse] = []
        with collecting(seen):
            parsed = call(self)
        return WithRawResponse(parsed, seen)

    def logout(self) -> None:
        """End the session on the server, if there is one."""
        if self._shared.session is not None:
            self.call(Call(LOGOUT, None, decode_envelope, safe_to_repeat=True, form="session"))

    def close(self) -> None:
        if self._owns_http and self._shared.http is not None:
            self._shared.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _AsyncShared(_Shared):
    def __init__(self, max_concurrency: int) -> None:
        super().__init__(max_concurrency)
        # Bound to no event loop: a client may be used under one asyncio.run after another.
        self.login_lock = AsyncSlots(1)
        self.slots = AsyncSlots(max_concurrency)
        self.http: httpx.AsyncClient | None = None
        #: The event loop `http` was built in: its connections belong to that loop.
        self.http_loop: asyncio.AbstractEventLoop | None = None


class AsyncAPIClient(_ClientBase):
    _shared: _AsyncShared

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        org_id: str | None = None,
        dev_key: str | None = None,
        base_url: str | None = None,
        mfa_id: str | None = None,
        device_id: str | None = None,
        timeout: float | None = None,
        total_timeout: float | None = None,
        max_retries: int | None = None,
        max_concurrency: int = _facts.MAX_CONCURRENT_REQUESTS_PER_ORG,
        backoff_initial: float = RetryPolicy.backoff_initial,
        backoff_max: float = RetryPolicy.backoff_max,
        wait_on_rate_limit: bool = False,
        trusted_hosts: Iterable[str] = (),
        proxy: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            username=username,
            password=password,
            org_id=org_id,
            dev_key=dev_key,
            base_url=base_url,
            mfa_id=mfa_id,
            device_id=device_id,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            max_concurrency=max_concurrency,
            backoff_initial=backoff_initial,
            backoff_max=backoff_max,
            wait_on_rate_limit=wait_on_rate_limit,
            trusted_hosts=trusted_hosts,
            proxy=proxy,
        )
        self._shared = _AsyncShared(max_concurrency)
        self._shared.http = http_client
        self._owns_http = http_client is None
        self._transport = transport

    @property
    def _http(self) -> httpx.AsyncClient:
        import asyncio  # only async users pay for importing it

        shared = self._shared
        loop = asyncio.get_running_loop()
        if shared.http is None or (self._owns_http and shared.http_loop is not loop):
            # Connections of an earlier loop cannot serve this one: build a client for it.
            shared.http = httpx.AsyncClient(
                timeout=self._timeout,
                transport=self._transport,
                headers=_HEADERS,
                proxy=None if self._transport else self._proxy,
            )
            shared.http_loop = loop
        return shared.http

    async def _send(
        self, call: Call[T], used: list[Session | None], attempt: int, budget: float
    ) -> T:
        import asyncio

        async with self._shared.slots:  # at most max_concurrency requests in flight
            # Take the newest session once a slot is free: another task may have renewed it.
            session = self._current(call, used)
            url, form, files = self._request_parts(call, session)
            started = time.perf_counter()
            try:
                async with asyncio.timeout(budget):  # the whole attempt, the whole answer
                    response = await self._http.post(url, data=form, files=files, timeout=budget)
            except TimeoutError:
                error = httpx.ReadTimeout("the answer took longer than the timeout")
                raise self._transport_error(call.operation, error) from None
            except httpx.HTTPError as exc:
                raise self._transport_error(call.operation, exc) from None
            except UnicodeEncodeError:
                raise _not_unicode(call.operation) from None
        if logger.isEnabledFor(logging.DEBUG):
            self._log(call.operation, response.status_code, started, attempt)
        record_response(call.operation, response.status_code, response.headers, response.content)
        return self._finish(call, response.status_code, response.content)

    async def _session(self) -> Session:
        shared = self._shared
        session = shared.session
        if session is not None:
            return session
        async with shared.login_lock:
            if shared.session is None:
                await self.call(self._login_call())
            assert shared.session is not None
            return shared.session

    async def _relogin(self, stale: Session | None) -> None:
        # Every task that hit the same expired session waits here; only the first logs in.
        self._forget(stale)
        async with self._shared.login_lock:
            if self._shared.session is None:
                await self.call(self._login_call())

    async def call(self, call: Call[T]) -> T:
        """Send one described call and parse its answer, retrying as the spec allows."""
        import asyncio

        tries = _FIRST
        end = self._end()
        last: BillComError | None = None
        while True:
            session = None if call.form == "credentials" else await self._session()
            used: list[Session | None] = [session]
            budget = self._budget(call, end, last)
            try:
                return await self._send(call, used, tries.number, budget)
            except _NoSession:
                continue
            except BillComError as error:
                last = error
                if tries is _FIRST:
                    tries = Attempts()
                decision = self._decide(call, error, tries, used[0])
                if decision.action != "raise" and self._past(end, decision.delay):
                    decision = self._out_of_time(call, error)
                if decision.action == "raise":
                    assert decision.error is not None
                    if decision.error is error:
                        raise
                    raise decision.error from error
                if decision.action == "relogin":
                    await self._relogin(used[0])
                else:
                    await asyncio.sleep(decision.delay)

    async def login(self) -> None:
        """Log in now (otherwise the first call does it)."""
        async with self._shared.login_lock:
            await self.call(self._login_call())

    async def request(self, operation: str, data: Any = None) -> Any:
        """Call any v2 endpoint by name (e.g. `"GetSessionInfo"`); returns raw `response_data`."""
        return await self.call(Call(operation, data, decode_envelope))

    async def with_raw_response(self, call: Callable[[Self], Awaitable[T]]) -> WithRawResponse[T]:
        """Await `call` with this client, keeping the HTTP answers it took alongside its result.

        `raw = await client.with_raw_response(lambda c: c.vendors.read(id))`; as the sync client's.
        """
        seen: list[RawResponse] = []
        with collecting(seen):
            parsed = await call(self)
        return WithRawResponse(parsed, seen)

    async def logout(self) -> None:
        """End the session on the server, if there is one."""
        if self._shared.session is not None:
            await self.call(
                Call(LOGOUT, None, decode_envelope, safe_to_repeat=True, form="session")
            )

    async def close(self) -> None:
        """Close the connections; harmless twice, or from another event loop than they used."""
        import asyncio

        shared = self._shared
        if not self._owns_http or shared.http is None:
            return
        http, shared.http = shared.http, None
        if shared.http_loop is asyncio.get_running_loop():
            await http.aclose()
        # Otherwise its loop is gone or elsewhere: its connections cannot be closed from here.

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
