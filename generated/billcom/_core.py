"""Sans-I/O core shared by the sync and async clients: forms, envelopes, credentials.

Kept free of pydantic so that building a client and logging in stay cheap.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar
from urllib.parse import urlsplit

from . import _json
from ._errors import AuthenticationError, error_class
from ._exceptions import (
    APIError,
    APIResponseError,
    APIStatusError,
    ConfigurationError,
    InvalidRequestError,
)
from ._facts import CREDENTIAL_FIELDS, PRODUCTION_BASE_URL, SANDBOX_BASE_URL

T = TypeVar("T")

#: Turns a response body and HTTP status into a value, or raises.
Parser = Callable[[bytes, int, str], T]

#: The environment variable each client option falls back to when it is not passed.
ENV_VARS = {
    "username": "BILLCOM_USERNAME",
    "password": "BILLCOM_PASSWORD",
    "org_id": "BILLCOM_ORG_ID",
    "dev_key": "BILLCOM_DEV_KEY",
    "base_url": "BILLCOM_BASE_URL",
    "mfa_id": "BILLCOM_MFA_ID",
    "device_id": "BILLCOM_DEVICE_ID",
    "timeout": "BILLCOM_TIMEOUT",
    "total_timeout": "BILLCOM_TOTAL_TIMEOUT",
    "max_retries": "BILLCOM_MAX_RETRIES",
    "proxy": "BILLCOM_PROXY",
}


def env_number(name: str, kind: type[float] | type[int]) -> float | int | None:
    """The option `name` from its environment variable as a number of `kind`, or None if unset."""
    text = os.environ.get(ENV_VARS[name], "").strip()
    if not text:
        return None
    try:
        value = kind(text)
    except ValueError:
        raise ConfigurationError(
            f"{ENV_VARS[name]} must be a {'whole ' if kind is int else ''}number, got {text!r}"
        ) from None
    if value < 0:
        raise ConfigurationError(f"{ENV_VARS[name]} must be 0 or more, got {text!r}")
    return value


@dataclass(frozen=True, repr=False)
class Credentials:
    """What Login needs. Its repr names the user and org, never the password or devKey."""

    username: str
    password: str
    org_id: str
    dev_key: str
    #: A remembered MFA trust (MFAAuthenticate with rememberMe) and the device it belongs to.
    mfa_id: str | None = None
    device_id: str | None = None

    def __repr__(self) -> str:
        return f"Credentials(username={self.username!r}, org_id={self.org_id!r})"

    @classmethod
    def resolve(
        cls,
        username: str | None,
        password: str | None,
        org_id: str | None,
        dev_key: str | None,
        mfa_id: str | None = None,
        device_id: str | None = None,
    ) -> Credentials:
        given = {"username": username, "password": password, "org_id": org_id, "dev_key": dev_key}
        values = {
            name: value or os.environ.get(ENV_VARS[name], "") for name, value in given.items()
        }
        missing = [name for name, value in values.items() if not value]
        if missing:
            hints = ", ".join(f"{name}= (or {ENV_VARS[name]})" for name in missing)
            raise ConfigurationError(f"missing credentials: pass {hints}")
        mfa_id = mfa_id or os.environ.get(ENV_VARS["mfa_id"]) or None
        device_id = device_id or os.environ.get(ENV_VARS["device_id"]) or None
        if (mfa_id is None) != (device_id is None):
            raise ConfigurationError(
                "mfa_id and device_id go together: pass both or neither "
                f"(or set {ENV_VARS['mfa_id']} and {ENV_VARS['device_id']})"
            )
        return cls(**values, mfa_id=mfa_id, device_id=device_id)

    def login_data(self) -> dict[str, str] | None:
        """Extra Login fields that make the session MFA-trusted, if a trust is remembered."""
        if self.mfa_id is None or self.device_id is None:
            return None
        return {"mfaId": self.mfa_id, "deviceId": self.device_id}


@dataclass(frozen=True, repr=False)
class Session:
    """A logged-in session: the id to send and the base URL Login told us to use."""

    session_id: str
    api_endpoint: str

    def __repr__(self) -> str:
        return f"Session(api_endpoint={self.api_endpoint!r})"


class Call(NamedTuple, Generic[T]):
    """One API call, described without doing it: the runtime's unit of work.

    `safe_to_repeat` comes from the spec; `form` says how the call travels:
    `data` (devKey + sessionId + data JSON), `session` (devKey + sessionId only),
    `credentials` (plain form fields with the login credentials, no session) or
    `multipart` (like `data`, plus the `files` parts).
    """

    operation: str
    data: Any
    parse: Parser[T]
    safe_to_repeat: bool = False
    form: str = "data"
    files: dict[str, tuple[str, bytes, str]] | None = None


def encode(data: Any, operation: str) -> str:
    """Request JSON; a value JSON cannot carry (NaN, a set, an object) is the caller's error."""
    try:
        return _json.dumps(data)
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidRequestError(operation, f"the request cannot be sent as JSON: {exc}") from None


class Form(dict[str, str]):
    """A request's form fields. Its repr names the fields only: the devKey, sessionId and
    password ride here, and crash reporters record the locals of a failing request."""

    def __repr__(self) -> str:
        return f"Form({', '.join(self)})"

    __str__ = __repr__


def credentials_form(
    credentials: Credentials, data: Any = None, operation: str = "Login"
) -> dict[str, str]:
    """Login/ListOrgs form: the credentials as plain fields (names from the spec), then `data`."""
    form = Form({wire: getattr(credentials, attr) for wire, attr in CREDENTIAL_FIELDS.items()})
    for key, value in (data or {}).items():
        form[key] = value if isinstance(value, str) else encode(value, operation)
    return form


def call_form(dev_key: str, session_id: str, data: Any, operation: str) -> dict[str, str]:
    form = Form(devKey=dev_key, sessionId=session_id)
    if data is not None:
        form["data"] = encode(data, operation)
    return form


def unreadable(operation: str, message: str, http_status: int | None) -> APIResponseError:
    """An answer that proves nothing: after HTTP 5xx a server failure, else a broken answer.

    Either way the call may have done its work; only a safe call is sent again (`_retry`).
    """
    failed = http_status is not None and http_status >= 500
    error = APIStatusError if failed else APIResponseError
    return error(operation, message, http_status=http_status)


def decode_envelope(content: bytes, http_status: int, operation: str) -> Any:
    """Return `response_data` of a success envelope; raise APIError for an error envelope."""
    try:
        envelope = _json.loads(content)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past reading
        raise unreadable(operation, "response is not JSON", http_status) from None
    return unwrap(envelope, http_status, operation)


def unwrap(envelope: Any, http_status: int, operation: str) -> Any:
    """`response_data` of an already parsed envelope (Bulk nests one per item).

    Only an error envelope with a code the spec knows proves the server refused the call; an
    unknown code with HTTP 5xx is a server failure like any other 5xx answer.
    """
    if not isinstance(envelope, dict) or "response_status" not in envelope:
        raise unreadable(operation, "response is not a Bill.com envelope", http_status)
    data = envelope.get("response_data")
    if envelope["response_status"] == 0:
        return data
    if isinstance(data, dict) and "error_code" in data:
        code = str(data["error_code"])
        message = str(data.get("error_message", ""))
        cls = error_class(code)
        if cls is APIError and http_status >= 500:
            raise unreadable(operation, f"unknown error code {code}: {message}", http_status)
        raise cls(code, message, operation=operation, http_status=http_status)
    raise unreadable(operation, "error envelope without error_code", http_status)


def _domain(host: str) -> str:
    return ".".join(host.split(".")[-2:])


#: Domains of Bill.com's own base URLs: Login may move a session to any host under them.
_BILL_DOMAINS = frozenset(
    _domain(urlsplit(url).hostname or "") for url in (PRODUCTION_BASE_URL, SANDBOX_BASE_URL)
)


def trusted_endpoint(endpoint: str, base_url: str, extra_hosts: frozenset[str]) -> bool:
    """Whether the devKey and sessionId may be sent to `endpoint`, which Login named.

    Against Bill.com: https on a host of its domain. Against any other base URL (a proxy, the
    fake, loopback): that same scheme and host. `extra_hosts` are further https hosts allowed.
    """
    to, base = urlsplit(endpoint), urlsplit(base_url)
    host, base_host = to.hostname or "", base.hostname or ""
    if (to.scheme, host, to.port) == (base.scheme, base_host, base.port):
        return True
    if to.scheme != "https":
        return False
    if host in extra_hosts:
        return True
    domain = _domain(base_host)
    return domain in _BILL_DOMAINS and (host == domain or host.endswith("." + domain))


def session_from_login(
    data: Any, base_url: str, operation: str, extra_hosts: frozenset[str] = frozenset()
) -> Session:
    if not isinstance(data, dict) or not data.get("sessionId"):
        raise APIResponseError(operation, "Login answered without a sessionId")
    endpoint = str(data.get("apiEndPoint") or base_url).rstrip("/")
    if not trusted_endpoint(endpoint, base_url, extra_hosts):
        shown = urlsplit(endpoint)
        raise AuthenticationError(
            "untrusted_endpoint",
            f"Login named apiEndPoint {shown.scheme}://{shown.netloc}, which is not https on "
            f"the base URL's domain; nothing was sent there (pass trusted_hosts=[...] to allow "
            "a host)",
            operation=operation,
        )
    return Session(session_id=str(data["sessionId"]), api_endpoint=endpoint)
