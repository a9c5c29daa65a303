"""Request loop of the sync and async clients: login on first use, post the form, unwrap the envelope.

The two classes differ only in their I/O; everything else lives in `_core`.
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
    decode_envelope,
    login_form,
    session_from_login,
)
from ._exceptions import APIConnectionError, APITimeoutError

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

logger = logging.getLogger("billcom")

LOGIN = "Login"
LOGOUT = "Logout"
DEFAULT_TIMEOUT = 60.0
_HEADERS = {"Accept": "application/json"}


class _ClientBase:
    def __init__(
        self,
        *,
        username: str | None,
        password: str | None,
        org_id: str | None,
        dev_key: str | None,
        base_url: str | None,
    ) -> None:
        self._credentials = Credentials.resolve(username, password, org_id, dev_key)
        self.base_url = (
            base_url or os.environ.get(ENV_VARS["base_url"]) or _facts.PRODUCTION_BASE_URL
        ).rstrip("/")
        self._session: Session | None = None

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

    def _url(self, base: str, operation: str) -> str:
        return f"{base}/{operation}.json"

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
        timeout: float = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            username=username, password=password, org_id=org_id, dev_key=dev_key, base_url=base_url
        )
        self._owns_http = http_client is None
        self._http_client = http_client
        self._timeout = timeout
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

    def _post(self, url: str, form: dict[str, str], operation: str) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = self._http.post(url, data=form)
        except httpx.HTTPError as exc:
            raise self._transport_error(operation, exc) from None
        self._log(operation, response, started)
        return response

    def login(self) -> None:
        """Log in now (otherwise the first call does it)."""
        with self._login_lock:
            self._login_locked()

    def _login_locked(self) -> Session:
        form = login_form(self._credentials)
        response = self._post(self._url(self.base_url, LOGIN), form, LOGIN)
        data = decode_envelope(response.content, response.status_code, LOGIN)
        self._session = session_from_login(data, self.base_url, LOGIN)
        return self._session

    def _ensure_session(self) -> Session:
        session = self._session
        if session is not None:
            return session
        with self._login_lock:
            return self._session or self._login_locked()

    def call(self, call: Call[T]) -> T:
        """Send one described call and parse its answer."""
        session = self._ensure_session()
        form = call_form(self._credentials.dev_key, session.session_id, call.data)
        response = self._post(self._url(session.api_endpoint, call.operation), form, call.operation)
        return call.parse(response.content, response.status_code, call.operation)

    def request(self, operation: str, data: Any = None) -> Any:
        """Call any v2 endpoint by name (e.g. `"GetSessionInfo"`); returns raw `response_data`."""
        return self.call(Call(operation, data, decode_envelope))

    def logout(self) -> None:
        """End the session on the server, if there is one."""
        session, self._session = self._session, None
        if session is not None:
            form = call_form(self._credentials.dev_key, session.session_id, None)
            response = self._post(self._url(session.api_endpoint, LOGOUT), form, LOGOUT)
            decode_envelope(response.content, response.status_code, LOGOUT)

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
        timeout: float = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            username=username, password=password, org_id=org_id, dev_key=dev_key, base_url=base_url
        )
        self._owns_http = http_client is None
        self._http_client = http_client
        self._timeout = timeout
        self._transport = transport
        # Created on first use so that the client can be built outside a running loop.
        self._login_lock: asyncio.Lock | None = None

    async def _post(self, url: str, form: dict[str, str], operation: str) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = await self._http.post(url, data=form)
        except httpx.HTTPError as exc:
            raise self._transport_error(operation, exc) from None
        self._log(operation, response, started)
        return response

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

    async def login(self) -> None:
        """Log in now (otherwise the first call does it)."""
        async with self._lock():
            await self._login_locked()

    async def _login_locked(self) -> Session:
        form = login_form(self._credentials)
        response = await self._post(self._url(self.base_url, LOGIN), form, LOGIN)
        data = decode_envelope(response.content, response.status_code, LOGIN)
        self._session = session_from_login(data, self.base_url, LOGIN)
        return self._session

    async def _ensure_session(self) -> Session:
        session = self._session
        if session is not None:
            return session
        async with self._lock():
            return self._session or await self._login_locked()

    async def call(self, call: Call[T]) -> T:
        """Send one described call and parse its answer."""
        session = await self._ensure_session()
        form = call_form(self._credentials.dev_key, session.session_id, call.data)
        url = self._url(session.api_endpoint, call.operation)
        response = await self._post(url, form, call.operation)
        return call.parse(response.content, response.status_code, call.operation)

    async def request(self, operation: str, data: Any = None) -> Any:
        """Call any v2 endpoint by name (e.g. `"GetSessionInfo"`); returns raw `response_data`."""
        return await self.call(Call(operation, data, decode_envelope))

    async def logout(self) -> None:
        """End the session on the server, if there is one."""
        session, self._session = self._session, None
        if session is not None:
            form = call_form(self._credentials.dev_key, session.session_id, None)
            response = await self._post(self._url(session.api_endpoint, LOGOUT), form, LOGOUT)
            decode_envelope(response.content, response.status_code, LOGOUT)

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
