"""The fake Bill.com: sessions, limits and faults around the object store and the actions.

`handle()` turns one request (path, form fields, files) into (HTTP status, body, content type),
independent of HTTP; `_transport` and `_server` put it on an httpx transport or a real server.
Entities, fields, operations, actions, error codes and limits all come from the spec.
"""

from __future__ import annotations

import logging
import random
import secrets
import string
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from .. import _json as exact_json
from .._facts import (
    BULK_MAX_ITEMS,
    LOGIN_REQUESTS_PER_HOUR_PER_DEV_KEY,
    MAX_CONCURRENT_REQUESTS_PER_ORG,
    REQUESTS_PER_HOUR_PER_DEV_KEY,
    SESSION_IDLE_TIMEOUT_MINUTES,
)
from .._types import format_timestamp
from ._actions import HANDLERS, accept_invitation
from ._catalog import ACTIONS, ENTITIES
from ._errors import FakeError
from ._faults import FaultRule, Faults, parse_faults
from ._objects import ZERO_ID, Objects, child_entity, fits
from ._store import MemoryStore, SqliteStore, Store

if TYPE_CHECKING:
    from .._client import AsyncBillCom, BillCom

JSON = dict[str, Any]
#: (HTTP status, body, content type)
FakeResponse = tuple[int, bytes, str]
#: Where in-process clients think the fake lives (the reserved .test domain never resolves).
IN_PROCESS_BASE_URL = "https://fake-billcom.test/api/v2"
_CRUD_VERBS = ("Create", "Read", "Update", "Delete", "Undelete")
_ID_CHARS = string.ascii_letters + string.digits
#: Actions sent with the credentials instead of a session (Login, ListOrgs): their own quota.
_NO_SESSION = frozenset(name for name, meta in ACTIONS.items() if meta["form"] == "credentials")
#: HTTP statuses seen with these codes (api-mechanics.md §2), used when `http_errors` is on.
_SEEN_STATUS = {"BDC_1109": 401, "BDC_1361": 403, "BDC_1121": 404}


class ClientCredentials(TypedDict):
    """Keyword arguments that point a BillCom at a fake."""

    username: str
    password: str
    org_id: str
    dev_key: str
    base_url: str


@dataclass
class _Session:
    org_id: str
    users_id: str
    last_used: float
    trusted: bool = False  # MFA-trusted: by MFAAuthenticate, or Login with a remembered mfaId


logger = logging.getLogger("billcom.testing")


def success(data: Any) -> JSON:
    return {"response_status": 0, "response_message": "Success", "response_data": data}


#: The scalar fields of each entity, in spec order: what `_full` fills with null.
_SCALAR_FIELDS: dict[str, dict[str, None]] = {
    name: dict.fromkeys(f for f, field in meta["fields"].items() if not child_entity(field))
    for name, meta in ENTITIES.items()
}


def _full(value: Any) -> Any:
    """Objects as the API returns them: every scalar field of the entity, the unset ones null.

    Child collections stay as they are (left out of a List unless `nested` asks for them).
    """
    if isinstance(value, list):
        return [_full(item) for item in value]
    if not isinstance(value, dict):
        return value
    out = {k: _full(v) if isinstance(v, dict | list) else v for k, v in value.items()}
    nulls = _SCALAR_FIELDS.get(value.get("entity"))  # type: ignore[arg-type]
    return out if nulls is None else {"entity": out["entity"], **nulls, **out}


def _check_text(value: Any) -> None:
    """Refuse text that is not valid Unicode (a lone surrogate): it could not be sent back."""
    if isinstance(value, str):
        value.encode("utf-8")  # UnicodeEncodeError is a ValueError
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key)
            _check_text(item)
    elif isinstance(value, list):
        for item in value:
            _check_text(item)


def failure(code: str, message: str) -> JSON:
    return {
        "response_status": 1,
        "response_message": "Error",
        "response_data": {"error_code": code, "error_message": message},
    }


def _json(status: int, payload: JSON) -> FakeResponse:
    return status, exact_json.dumps(payload).encode(), "application/json"


class FakeBillCom:
    """A Bill.com for one organization and one user, in memory or in SQLite.

    Use it in-process with `client()`/`async_client()`, or serve it over HTTP with
    `running_server()` / `python -m billcom.testing serve`. Limits are on by default,
    faults off; every knob of the command line is a keyword argument here.
    """

    def __init__(
        self,
        *,
        username: str = "user@example.com",
        password: str = "password",
        org_id: str = "00801FAKEORG00000001",
        dev_key: str = "fake-dev-key",
        org_name: str = "Fake Organization",
        seed: int | None = None,
        clock: Callable[[], float] = time.time,
        api_endpoint: str | None = None,
        mfa_code: str = "123456",
        session_timeout: float = SESSION_IDLE_TIMEOUT_MINUTES * 60,
        max_concurrent: int | None = MAX_CONCURRENT_REQUESTS_PER_ORG,
        hourly_limit: int | None = REQUESTS_PER_HOUR_PER_DEV_KEY,
        login_hourly_limit: int | None = LOGIN_REQUESTS_PER_HOUR_PER_DEV_KEY,
        expire_session_every: int | None = None,
        faults: str | list[FaultRule] = "",
        latency: float = 0.0,
        http_errors: bool = False,
        db: str | Path | None = None,
        seed_data: Mapping[str, list[JSON]] | str | Path | None = None,
        record_requests: bool = True,
    ) -> None:
        """`api_endpoint`: what Login answers as `apiEndPoint` (default: where it was asked);
        `mfa_code`: the token MFAAuthenticate accepts, as if texted to the user;
        `http_errors`: answer BDC_1109/1361/1121 with the 401/403/404 seen in the wild
        instead of the classic HTTP 200; `record_requests`: keep `requests` (off for a
        long-running server, where the list would only grow)."""
        self.username = username
        self._password = password
        self.org_id = org_id
        self._dev_key = dev_key
        self.org_name = org_name
        self.users_id = "00601FAKEUSER0000001"
        self.clock = clock
        self.api_endpoint = api_endpoint
        self.mfa_code = mfa_code
        self.session_timeout = session_timeout
        self.max_concurrent = max_concurrent
        self.hourly_limit = hourly_limit
        self.login_hourly_limit = login_hourly_limit
        self.expire_session_every = expire_session_every
        self.latency = latency
        self.http_errors = http_errors
        self.record_requests = record_requests
        self.faults = Faults(parse_faults(faults) if isinstance(faults, str) else faults, seed)
        self._random = random.Random(seed)
        store: Store = SqliteStore(db) if db is not None else MemoryStore()
        self.objects = Objects(store, self.now, self.new_id, self.users_id, org_name)
        if store.get("User", self.users_id) is None:
            # The user who logs in is a User of the org, as Login's usersId says.
            self.objects.add(
                "User",
                {
                    "id": self.users_id,
                    "isActive": "1",
                    "username": username,
                    "email": username,
                    "firstName": "Fake",
                    "lastName": "User",
                    "createdTime": self.now(),
                    "updatedTime": self.now(),
                },
            )
        #: Paths asked for, in order (relative to /api/v2/).
        self.requests: list[str] = []
        #: Counters for tests: logins, session_expiries, faults, max_in_flight, in_flight.
        self.stats: dict[str, int] = dict.fromkeys(
            ("logins", "session_expiries", "faults", "max_in_flight", "in_flight"), 0
        )
        #: Files received by UploadAttachment, as (file name, content), in order.
        self.uploads: list[tuple[str, bytes]] = []
        self._sessions: dict[str, _Session] = {}
        self._challenges: set[str] = set()
        self._trusted_devices: dict[str, str | None] = {}  # mfaId -> deviceId
        self._hourly: dict[tuple[str, int], int] = {}
        self._session_calls = 0
        self._lock = threading.Lock()
        self._flight = threading.Lock()
        if seed_data is not None:
            self.load(seed_data)

    def __repr__(self) -> str:
        return f"FakeBillCom(org_id={self.org_id!r}, username={self.username!r})"

    # -- for users' tests --------------------------------------------------------------------

    def client(self, **options: Any) -> BillCom:
        """A BillCom talking to this fake in-process (no sockets).

        `options` are BillCom's keyword arguments; credentials given here replace the fake's
        own, e.g. `fake.client(password="wrong")` to see a login fail.
        """
        from .._client import BillCom
        from ._transport import FakeTransport

        return BillCom(**{**self._credentials(), "transport": FakeTransport(self), **options})

    def async_client(self, **options: Any) -> AsyncBillCom:
        """An AsyncBillCom talking to this fake in-process (no sockets); `options` as `client`."""
        from .._client import AsyncBillCom
        from ._transport import FakeTransport

        return AsyncBillCom(**{**self._credentials(), "transport": FakeTransport(self), **options})

    def _credentials(self, base_url: str = IN_PROCESS_BASE_URL) -> ClientCredentials:
        return {
            "username": self.username,
            "password": self._password,
            "org_id": self.org_id,
            "dev_key": self._dev_key,
            "base_url": base_url,
        }

    def credentials(self, base_url: str) -> ClientCredentials:
        """Keyword arguments for BillCom/AsyncBillCom to reach this fake at `base_url`."""
        return self._credentials(base_url)

    def add(self, entity: str, record: JSON) -> JSON:
        """Store an object as given (no validation), e.g. to arrange a test."""
        with self._lock:
            return self.objects.add(entity, record)

    def get(self, entity: str, id: str) -> JSON | None:
        return self.objects.store.get(entity, id)

    def all(self, entity: str) -> list[JSON]:
        return self.objects.store.all(entity)

    def load(self, seed_data: Mapping[str, list[JSON]] | str | Path) -> None:
        """Load objects ({entity: [object, ...]}, or a JSON file of that) as they are."""
        if not isinstance(seed_data, Mapping):
            seed_data = exact_json.loads(Path(seed_data).read_text(encoding="utf-8"))
        assert isinstance(seed_data, Mapping)
        for entity, records in seed_data.items():
            if entity not in ENTITIES:
                raise ValueError(f"seed data names an unknown entity: {entity}")
            for record in records:
                self.add(entity, record)

    def expire_sessions(self) -> int:
        """End every session, as an idle timeout would; returns how many there were."""
        with self._lock:
            count = len(self._sessions)
            self._sessions.clear()
            return count

    def accept_invitation(self, request_id: str) -> None:
        """The invited organization accepts a pending network invitation: it becomes connected."""
        with self._lock:
            accept_invitation(self.objects, request_id)

    def now(self) -> str:
        """The fake's clock in Bill.com's timestamp format."""
        return format_timestamp(datetime.fromtimestamp(self.clock(), UTC))

    def new_id(self, entity: str) -> str:
        meta = ENTITIES.get(entity)  # the fake's own records (invitations) are not entities
        prefix = (meta and meta["id_prefix"]) or ("z" + entity[:2].lower())
        return prefix + "01" + "".join(self._random.choice(_ID_CHARS) for _ in range(15))

    # -- concurrency: called by the HTTP layers around each request -----------------------

    def begin(self) -> FakeResponse | None:
        """Count a request in flight; an answer (BDC_1322) if that exceeds the org's limit."""
        with self._flight:
            if self.max_concurrent is not None and self.stats["in_flight"] >= self.max_concurrent:
                error = FakeError("BDC_1322")
                return _json(error.http_status, failure(error.code, error.message))
            self.stats["in_flight"] += 1
            self.stats["max_in_flight"] = max(self.stats["max_in_flight"], self.stats["in_flight"])
            return None

    def end(self) -> None:
        with self._flight:
            self.stats["in_flight"] -= 1

    # -- one request -----------------------------------------------------------------------

    def handle(
        self,
        path: str,
        form: Mapping[str, str],
        *,
        api_endpoint: str,
        files: Mapping[str, tuple[str, bytes]] | None = None,
    ) -> FakeResponse:
        """Answer one request. `path` is relative to `/api/v2/`, e.g. `Crud/Read/Vendor.json`."""
        with self._lock:
            if self.record_requests:
                self.requests.append(path)
            fault = self.faults.pick(path)
            if fault is not None and not fault.after:
                return self._fault(fault)
            try:
                self._count(path, form)
                # One request, one unit of work: a refused or failed request changes nothing.
                with self.objects.store.transaction():
                    data = self._dispatch(path, form, api_endpoint, files or {})
            except FakeError as exc:
                status = exc.http_status
                if self.http_errors:
                    status = _SEEN_STATUS.get(exc.code, status)
                return _json(status, failure(exc.code, exc.message))
            except Exception:  # a fault of the fake itself: still an envelope, never HTTP 500
                logger.exception("fake Bill.com failed on %s", path)
                error = FakeError("BDC_1001")
                return _json(error.http_status, failure(error.code, error.message))
            # An `@after` fault strikes only once the work is done: the ambiguous failure.
            return self._fault(fault) if fault is not None else _json(200, success(_full(data)))

    def _fault(self, rule: FaultRule) -> FakeResponse:
        self.stats["faults"] += 1
        if rule.http_status is not None:
            return rule.http_status, b"<html><body>Bad Gateway</body></html>", "text/html"
        error = FakeError(rule.outcome)
        return _json(error.http_status, failure(error.code, error.message))

    def _count(self, path: str, form: Mapping[str, str]) -> None:
        """The hourly quotas, per devKey and clock hour (Login + ListOrgs have their own)."""
        login = path.removesuffix(".json") in _NO_SESSION
        limit = self.login_hourly_limit if login else self.hourly_limit
        key = ("login" if login else "api", int(self.clock() // 3600))
        self._hourly[key] = self._hourly.get(key, 0) + 1
        if limit is not None and self._hourly[key] > limit:
            raise FakeError("BDC_1144")

    def _dispatch(
        self,
        path: str,
        form: Mapping[str, str],
        api_endpoint: str,
        files: Mapping[str, tuple[str, bytes]],
    ) -> Any:
        name = path.removesuffix(".json")
        if not path.endswith(".json") or not name:
            raise FakeError("BDC_1121")
        if name == "Login":
            return self._login(form, api_endpoint)
        if name == "ListOrgs":
            self._check_credentials(form, org=False)
            return [{"orgId": self.org_id, "orgName": self.org_name}]
        parts = name.split("/")
        crud = len(parts) == 3 and parts[0] == "Crud" and parts[1] in _CRUD_VERBS
        bulk = len(parts) == 4 and parts[:2] == ["Bulk", "Crud"] and parts[2] in _CRUD_VERBS
        listing = len(parts) == 2 and parts[0] == "List"
        # An endpoint that does not exist is refused before the session is looked at.
        if crud:
            self._entity(parts[2], parts[1].lower())
        elif bulk:
            self._entity(parts[3], parts[2].lower(), key="bulk")
        elif not listing and name not in ACTIONS:
            raise FakeError("BDC_1121")
        session_id = self._check_session(form)
        session = self._sessions[session_id]
        if name == "Logout":
            del self._sessions[session_id]
            return {}
        if name == "GetSessionInfo":
            return {"organizationId": session.org_id, "userId": session.users_id}
        if crud or bulk:
            verb, entity = parts[-2], parts[-1]
            if verb.lower() in ENTITIES[entity]["mfa"] and not session.trusted:
                raise FakeError("BDC_1361")
            data = self._data(form)
            if verb == "Update" and not session.trusted:
                self._check_mfa_fields(entity, data)
            if bulk:
                return self._bulk(verb, entity, data)
            return self._crud(verb, entity, data)
        if listing:
            if parts[1] not in ENTITIES or "list" not in ENTITIES[parts[1]]["operations"]:
                raise FakeError("BDC_1128", parts[1])
            if "list" in ENTITIES[parts[1]]["mfa"] and not session.trusted:
                raise FakeError("BDC_1361")
            return self.objects.list(parts[1], self._data(form) if "data" in form else {})
        if ACTIONS[name]["mfa"] and not session.trusted:
            raise FakeError("BDC_1361")
        multipart = ACTIONS[name]["form"] == "multipart"
        if multipart and "file" not in files:
            raise FakeError("BDC_1108", "file")
        answer = self._action(name, session, form)
        if multipart:  # kept only once the upload has been accepted
            self.uploads.append(files["file"])
        return answer

    # -- sessions ----------------------------------------------------------------------------

    def _check_credentials(self, form: Mapping[str, str], *, org: bool) -> None:
        if not secrets.compare_digest(form.get("devKey", ""), self._dev_key):
            raise FakeError("BDC_1102")
        user_ok = form.get("userName", "") == self.username
        if not (user_ok and secrets.compare_digest(form.get("password", ""), self._password)):
            raise FakeError("BDC_1101")
        if org and form.get("orgId", "") != self.org_id:
            raise FakeError("BDC_1123")

    def _login(self, form: Mapping[str, str], api_endpoint: str) -> JSON:
        self._check_credentials(form, org=True)
        session_id = secrets.token_urlsafe(24)
        # A remembered MFA trust for the same device makes the session trusted; anything else
        # gives an ordinary (untrusted) session.
        mfa_id = form.get("mfaId")
        trusted = mfa_id is not None and self._trusted_devices.get(mfa_id) == form.get("deviceId")
        self._sessions[session_id] = _Session(
            self.org_id, self.users_id, self.clock(), trusted=trusted
        )
        self.stats["logins"] += 1
        return {
            "sessionId": session_id,
            "orgId": self.org_id,
            "apiEndPoint": self.api_endpoint or api_endpoint,
            "usersId": self.users_id,
        }

    def _check_session(self, form: Mapping[str, str]) -> str:
        if not secrets.compare_digest(form.get("devKey", ""), self._dev_key):
            raise FakeError("BDC_1102")
        session_id = form.get("sessionId", "")
        session = self._sessions.get(session_id)
        if session is None:
            raise FakeError("BDC_1109")
        self._session_calls += 1
        every = self.expire_session_every
        idle = self.clock() - session.last_used > self.session_timeout
        if idle or (every and self._session_calls % every == 0):
            del self._sessions[session_id]
            self.stats["session_expiries"] += 1
            raise FakeError("BDC_1109")
        session.last_used = self.clock()  # the idle timeout slides with every call
        return session_id

    # -- Crud and Bulk -----------------------------------------------------------------------

    def _data(self, form: Mapping[str, str]) -> JSON:
        raw = form.get("data")
        if raw is None:
            raise FakeError("BDC_1108", "data")
        try:
            data = exact_json.loads(raw)
            _check_text(data)
        except (ValueError, RecursionError):  # not JSON, NaN, nested past reading, bad text
            raise FakeError("BDC_1122") from None
        if not isinstance(data, dict):
            raise FakeError("BDC_1122")
        return data

    def _entity(self, name: str, operation: str, key: str = "operations") -> JSON:
        meta = ENTITIES.get(name)
        if meta is None or operation not in meta[key]:
            raise FakeError("BDC_1121")
        return meta

    def _crud(self, verb: str, entity: str, data: JSON) -> JSON:
        if verb in ("Create", "Update"):
            obj = data.get("obj")
            if not isinstance(obj, dict):
                raise FakeError("BDC_1108", "obj")
            if obj.get("entity") != entity:
                raise FakeError("BDC_1118", entity, obj.get("entity"))
            self._check_duplicate(entity, obj, data)
            if verb == "Create":
                self._check_options(entity, obj, data)
                return self.objects.create(entity, obj)
            return self.objects.update(entity, obj)
        if verb == "Read":
            return self.objects.get(entity, data.get("id"))
        return self.objects.set_active(entity, data.get("id"), verb == "Undelete")

    @staticmethod
    def _check_options(entity: str, obj: JSON, data: JSON) -> None:
        """A create needs its required flags beside `obj` (real clients also put them inside)."""
        for name, meta in ENTITIES[entity]["options"].items():
            if meta.get("required") and data.get(name, obj.get(name)) in (None, ""):
                raise FakeError("BDC_1117", name)

    def _check_mfa_fields(self, entity: str, data: JSON) -> None:
        """Changing some fields (a vendor's payee and address) needs an MFA-trusted session."""
        guarded = ENTITIES[entity]["mfa_fields"]
        if not guarded:
            return
        objs = (
            [i.get("obj") for i in data.get("bulk") or []] if "bulk" in data else [data.get("obj")]
        )
        for obj in objs:
            if not isinstance(obj, dict):
                continue
            stored = self.objects.store.get(entity, obj.get("id", "")) or {}
            if any(obj.get(name) != stored.get(name) for name in guarded):
                raise FakeError("BDC_1361")

    def _check_duplicate(self, entity: str, obj: JSON, data: JSON) -> None:
        """Invoice numbers are unique: per vendor for bills (unless allowed), per org for invoices."""
        if entity not in ("Bill", "Invoice") or data.get("allowDuplicateInvNum") is True:
            return
        scope = "vendorId" if entity == "Bill" else None
        number = obj.get("invoiceNumber")
        if not isinstance(number, str):
            return
        for other in self.objects.store.find(entity, "invoiceNumber", number):
            same_scope = scope is None or other.get(scope) == obj.get(scope)
            if (
                same_scope
                and other.get("invoiceNumber") == obj.get("invoiceNumber")
                and other["id"] != obj.get("id")
            ):
                raise FakeError("BDC_1119", "invoiceNumber", obj.get("invoiceNumber"))

    def _bulk(self, verb: str, entity: str, data: JSON) -> JSON:
        items = data.get("bulk")
        if not isinstance(items, list):
            raise FakeError("BDC_1108", "bulk")
        if len(items) > BULK_MAX_ITEMS:
            raise FakeError("BDC_1129", "bulk", f"{len(items)} objects (at most {BULK_MAX_ITEMS})")
        results = []
        for item in items:
            try:
                if not isinstance(item, dict):
                    raise FakeError("BDC_1122")
                results.append(success(self._crud(verb, entity, item)))
            except FakeError as exc:
                results.append(failure(exc.code, exc.message))
        return {"bulk": results}

    # -- actions ---------------------------------------------------------------------------

    def _action(self, name: str, session: _Session, form: Mapping[str, str]) -> Any:
        meta = ACTIONS[name]
        data = self._data(form) if meta["request"] else {}
        missing = [
            key
            for key, f in meta["request"].items()
            if f.get("required") and data.get(key) in (None, "")
        ]
        if missing:
            raise FakeError("BDC_1117", missing[0])
        for key, f in meta["request"].items():  # each value of the type the spec gives it
            if data.get(key) is not None and not fits(f, data[key]):
                raise FakeError("BDC_1124", key)
        if name == "MFAChallenge":
            challenge_id = secrets.token_urlsafe(12)
            self._challenges.add(challenge_id)
            return {"challengeId": challenge_id}
        if name == "MFAAuthenticate":
            return self._mfa_authenticate(session, data)
        handler = HANDLERS.get(name)
        if handler is not None:
            return handler(self.objects, data)
        response = meta["response"]
        return {} if response is None else self.example(response)

    def _mfa_authenticate(self, session: _Session, data: JSON) -> JSON:
        if data["challengeId"] not in self._challenges:
            raise FakeError("BDC_1119", "challengeId", data["challengeId"])
        if str(data["token"]).replace("-", "") != self.mfa_code:
            raise FakeError("BDC_1119", "token", "(not shown)")
        self._challenges.discard(data["challengeId"])
        session.trusted = True
        if data.get("rememberMe"):
            mfa_id = "!" + secrets.token_urlsafe(16)
            self._trusted_devices[mfa_id] = data.get("deviceId")
            return {"mfaId": mfa_id}
        return {}

    def example(self, shape: JSON) -> Any:
        """A value of the given catalogue type, as the API would send it (for answers in shape)."""
        if "fields" in shape:
            return {key: self.example(f) for key, f in shape["fields"].items()}
        if shape.get("entity"):
            return self.objects.new(shape["entity"], {}, store=False)
        if shape["type"] == "enum":
            return next(iter(shape["enum"]))
        examples: dict[str, Any] = {
            "string": "",
            "ref": ZERO_ID,
            "number": 0,
            "integer": 0,
            "boolean": False,
            "date": self.now()[:10],
            "datetime": self.now(),
            "array": [],
            "object": {},
        }
        return examples[shape["type"]]
