"""Request loop of the sync and async clients: login on first use, post the form, unwrap the envelope.

The two classes differ only in their I/O; building requests and reading answers is shared.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from . import _facts
from ._core import (
    ENV_VARS,
    Call,
    Credentials,
    Session,
    call_form,
    credentials_form,
    decode_envelope,
    session_from_login,
)
from ._errors import MFARequiredError
from ._exceptions import APIConnectionError, APITimeoutError

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

logger = logging.getLogger("billcom")

LOGIN = "Login"
LOGOUT = "Logout"
DEFAULT_TIMEOUT = 60.0
_HEADERS = {"Accept": "application/json"}
_MFA_STEPS = (
    "it needs an MFA-trusted session: call client.session.mfa_challenge(), then "
    "client.session.mfa_authenticate(challenge_id=..., token=<SMS code>, device_id=..., "
    "machine_name=..., remember_me=True), or build the client with the remembered "
    "mfa_id= and device_id="
)


class _ClientBase:
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
        timeout: float,
    ) -> None:
        self._credentials = Credentials.resolve(
            username, password, org_id, dev_key, mfa_id, device_id
        )
        self.base_url = (
            base_url or os.environ.get(ENV_VARS["base_url"]) or _facts.PRODUCTION_BASE_URL
        ).rstrip("/")
        self._session: Session | None = None
        self._timeout = timeout

    @property
    def org_id(self) -> str:
        return self._credentials.org_id

    @property
    def username(self) -> str:
        return self._credentials.username

    @property
    def is_logged_in(self) -> bool:
        return self._session is not None

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
            return (
                f"{self.base_url}/{call.operation}.json",
                credentials_form(self._credentials, call.data),
                None,
            )
        url = f"{session.api_endpoint}/{call.operation}.json"
        data = None if call.form == "session" else call.data
        return url, call_form(self._credentials.dev_key, session.session_id, data), call.files

    def _finish(self, call: Call[T], response: httpx.Response) -> T:
        """Parse the answer; keep the session state in step with Login and Logout."""
        if call.operation == LOGIN:
            data = decode_envelope(response.content, response.status_code, LOGIN)
            self._session = session_from_login(data, self.base_url, LOGIN)
        elif call.operation == LOGOUT:
            self._session = None
        try:
            return call.parse(response.content, response.status_code, call.operation)
        except MFARequiredError as exc:
            # Whatever made the server ask for MFA, say how to get a trusted session.
            raise MFARequiredError(
                exc.code,
                f"{exc.message} ({call.operation}: {_MFA_STEPS})",
                operation=exc.operation,
                http_status=exc.http_status,
            ) from None

    @staticmethod
    def _log(operation: str, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug("%s -> HTTP %d in %.1f ms", operation, response.status_code, elapsed)

    @staticmethod
    def _transport_error(operation: str, exc: httpx.HTTPError) -> APIConnectionError:
        # The exception text of httpx names the URL at most; the form body is never in it.
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(operation, f"timed out ({type(exc).__name__})")
        return APIConnectionError(operation, f"{type(exc).__name__}: {exc}")


class SyncAPIClient(_ClientBase):
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
        timeout: float = DEFAULT_TIMEOUT,
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
        )
        self._owns_http = http_client is None
        self._http_client = http_client
        self._transport = transport
        self._login_lock = threading.Lock()

    @property
    def _http(self) -> httpx.Client:
        # Built on first use: creating the TLS context costs more than importing the package.
        if self._http_client is None:
            self._http_client = httpx.Client(
                timeout=self._timeout, transport=self._transport, headers=_HEADERS
            )
        return self._http_client

    def _send(self, call: Call[T], session: Session | None) -> T:
        url, form, files = self._request_parts(call, session)
        started = time.perf_counter()
        try:
            response = self._http.post(url, data=form, files=files)
        except httpx.HTTPError as exc:
            raise self._transport_error(call.operation, exc) from None
        self._log(call.operation, response, started)
        return self._finish(call, response)

    def login(self) -> None:
        """Log in now (otherwise the first call does it)."""
        with self._login_lock:
            self._send(self._login_call(), None)

    def _ensure_session(self) -> Session:
        with self._login_lock:
            if self._session is None:
                self._send(self._login_call(), None)
            assert self._session is not None
            return self._session

    def call(self, call: Call[T]) -> T:
        """Send one described call and parse its answer."""
        if call.form == "credentials":
            return self._send(call, None)
        return self._send(call, self._session or self._ensure_session())

    def request(self, operation: str, data: Any = None) -> Any:
        """Call any v2 endpoint by name (e.g. `"GetSessionInfo"`); returns raw `response_data`."""
        return self.call(Call(operation, data, decode_envelope))

    def logout(self) -> None:
        """End the session on the server, if there is one."""
        if self._session is not None:
            self._send(Call(LOGOUT, None, decode_envelope, form="session"), self._session)

    def close(self) -> None:
        if self._owns_http and self._http_client is not None:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_ClientBase):
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
        timeout: float = DEFAULT_TIMEOUT,
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
        )
        self._owns_http = http_client is None
        self._http_client = http_client
        self._transport = transport
        # Created on first use so that the client can be built outside a running loop.
        self._login_lock: asyncio.Lock | None = None

    @property
    def _http(self) -> httpx.AsyncClient:
        if self._http_client is None:
            self._http_client = httpx.AsyncClient(
                timeout=self._timeout, transport=self._transport, headers=_HEADERS
            )
        return self._http_client

    def _lock(self) -> asyncio.Lock:
        if self._login_lock is None:
            import asyncio  # only async users pay for importing it

            self._login_lock = asyncio.Lock()
        return self._login_lock

    async def _send(self, call: Call[T], session: Session | None) -> T:
        url, form, files = self._request_parts(call, session)
        started = time.perf_counter()
        try:
            response = await self._http.post(url, data=form, files=files)
        except httpx.HTTPError as exc:
            raise self._transport_error(call.operation, exc) from None
        self._log(call.operation, response, started)
        return self._finish(call, response)

    async def login(self) -> None:
        """Log in now (otherwise the first call does it)."""
        async with self._lock():
            await self._send(self._login_call(), None)

    async def _ensure_session(self) -> Session:
        async with self._lock():
            if self._session is None:
                await self._send(self._login_call(), None)
            assert self._session is not None
            return self._session

    async def call(self, call: Call[T]) -> T:
        """Send one described call and parse its answer."""
        if call.form == "credentials":
            return await self._send(call, None)
        return await self._send(call, self._session or await self._ensure_session())

    async def request(self, operation: str, data: Any = None) -> Any:
        """Call any v2 endpoint by name (e.g. `"GetSessionInfo"`); returns raw `response_data`."""
        return await self.call(Call(operation, data, decode_envelope))

    async def logout(self) -> None:
        """End the session on the server, if there is one."""
        if self._session is not None:
            await self._send(Call(LOGOUT, None, decode_envelope, form="session"), self._session)

    async def close(self) -> None:
        if self._owns_http and self._http_client is not None:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
