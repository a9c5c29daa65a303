"""The fake Bill.com: one request in, one envelope out, around the store and the rules.

`handle()` turns one request (path, form fields, files) into (HTTP status, body, content type),
independent of HTTP; `_transport` and `_server` put it on an httpx transport or a real server.
Who may call lives in `_sessions`, the API's limits in `_limits`, the rules of Crud and Bulk
in `_crud`, those of actions in `_actions`, objects in `_objects` over a `_store`.
Entities, fields, operations, actions, error codes and limits all come from the spec.
"""

from __future__ import annotations

import logging
import random
import string
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from .. import _json as exact_json
from .._facts import (
    LOGIN_REQUESTS_PER_HOUR_PER_DEV_KEY,
    MAX_CONCURRENT_REQUESTS_PER_ORG,
    REQUESTS_PER_HOUR_PER_DEV_KEY,
    SESSION_IDLE_TIMEOUT_MINUTES,
)
from .._types import format_timestamp
from ._actions import HANDLERS, accept_invitation
from ._catalog import ACTIONS, ENTITIES
from ._crud import bulk, changes_guarded_fields, crud
from ._envelope import JSON, FakeResponse, as_bytes, check_text, full, refusal, success
from ._errors import FakeError
from ._faults import FaultRule, Faults, parse_faults
from ._limits import Limits
from ._objects import ZERO_ID, Objects, fits
from ._sessions import Session, Sessions
from ._store import MemoryStore, SqliteStore, Store
from ._transport import FakeTransport

if TYPE_CHECKING:
    from .._client import AsyncBillCom, BillCom

__all__ = ["IN_PROCESS_BASE_URL", "ClientCredentials", "FakeBillCom", "FakeResponse"]

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


logger = logging.getLogger("billcom.testing")


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
        self.org_id = org_id
        self.org_name = org_name
        self.users_id = "00601FAKEUSER0000001"
        self.clock = clock
        self.api_endpoint = api_endpoint
        self.latency = latency
        self.http_errors = http_errors
        self.record_requests = record_requests
        self.faults = Faults(parse_faults(faults) if isinstance(faults, str) else faults, seed)
        self._random = random.Random(seed)
        self.sessions = Sessions(
            username=username,
            password=password,
            org_id=org_id,
            dev_key=dev_key,
            users_id=self.users_id,
            mfa_code=mfa_code,
            idle_timeout=session_timeout,
            clock=self._now,
            expire_every=expire_session_every,
        )
        self.limits = Limits(
            max_concurrent=max_concurrent,
            hourly=hourly_limit,
            login_hourly=login_hourly_limit,
            clock=self._now,
        )
        store: Store = SqliteStore(db) if db is not None else MemoryStore()
        self.objects = Objects(store, self.now, self.new_id, self.users_id, org_name)
        if store.get("User", self.users_id) is None:
            # The user who logs in is a User of the org, as Login's usersId says.
            self.objects.add(
                "User",
                {
                    "id": self.users_id,
                    "isActive": "1",
                    "email": username,
                    "firstName": "Fake",
                    "lastName": "User",
                    "createdTime": self.now(),
                    "updatedTime": self.now(),
                },
            )
        #: Paths asked for, in order (relative to /api/v2/).
        self.requests: list[str] = []
        self._faults_struck = 0
        #: Files received by UploadAttachment, as (file name, content), in order.
        self.uploads: list[tuple[str, bytes]] = []
        self._lock = threading.Lock()
        if seed_data is not None:
            self.load(seed_data)

    def __repr__(self) -> str:
        return f"FakeBillCom(org_id={self.org_id!r}, username={self.username!r})"

    def _now(self) -> float:
        return self.clock()  # read late, so a test may swap the clock

    @property
    def mfa_code(self) -> str:
        """The token MFAAuthenticate accepts, as if texted to the user."""
        return self.sessions.mfa_code

    @property
    def stats(self) -> dict[str, int]:
        """Counters for tests: logins, session_expiries, faults, max_in_flight, in_flight."""
        return {
            "logins": self.sessions.logins,
            "session_expiries": self.sessions.expiries,
            "faults": self._faults_struck,
            "max_in_flight": self.limits.max_in_flight,
            "in_flight": self.limits.in_flight,
        }

    # -- for users' tests --------------------------------------------------------------------

    def client(self, **options: Any) -> BillCom:
        """A BillCom talking to this fake in-process (no sockets).

        `options` are BillCom's keyword arguments; credentials given here replace the fake's
        own, e.g. `fake.client(password="wrong")` to see a login fail.
        """
        from .._client import BillCom

        return BillCom(**{**self._credentials(), "transport": FakeTransport(self), **options})

    def async_client(self, **options: Any) -> AsyncBillCom:
        """An AsyncBillCom talking to this fake in-process (no sockets); `options` as `client`."""
        from .._client import AsyncBillCom

        return AsyncBillCom(**{**self._credentials(), "transport": FakeTransport(self), **options})

    def _credentials(self, base_url: str = IN_PROCESS_BASE_URL) -> ClientCredentials:
        return {
            "username": self.username,
            "password": self.sessions.password,
            "org_id": self.org_id,
            "dev_key": self.sessions.dev_key,
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
            return self.sessions.expire_all()

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
        refused = self.limits.enter()
        return None if refused is None else refusal(refused)

    def end(self) -> None:
        self.limits.leave()

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
                self.limits.count(login=path.removesuffix(".json") in _NO_SESSION)
                # One request, one unit of work: a refused or failed request changes nothing.
                with self.objects.store.transaction():
                    data = self._dispatch(path, form, api_endpoint, files or {})
            except FakeError as exc:
                seen = _SEEN_STATUS.get(exc.code) if self.http_errors else None
                return refusal(exc, seen)
            except Exception:  # a fault of the fake itself: still an envelope, never HTTP 500
                logger.exception("fake Bill.com failed on %s", path)
                return refusal(FakeError("BDC_1001"))
            # An `@after` fault strikes only once the work is done: the ambiguous failure.
            return self._fault(fault) if fault is not None else as_bytes(200, success(full(data)))

    def _fault(self, rule: FaultRule) -> FakeResponse:
        self._faults_struck += 1
        if rule.http_status is not None:
            return rule.http_status, b"<html><body>Bad Gateway</body></html>", "text/html"
        return refusal(FakeError(rule.outcome))

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
            self.sessions.check_credentials(form, org=False)
            return [{"orgId": self.org_id, "orgName": self.org_name}]
        parts = name.split("/")
        is_crud = len(parts) == 3 and parts[0] == "Crud" and parts[1] in _CRUD_VERBS
        is_bulk = len(parts) == 4 and parts[:2] == ["Bulk", "Crud"] and parts[2] in _CRUD_VERBS
        listing = len(parts) == 2 and parts[0] == "List"
        # An endpoint that does not exist is refused before the session is looked at.
        if is_crud:
            self._entity(parts[2], parts[1].lower())
        elif is_bulk:
            self._entity(parts[3], parts[2].lower(), key="bulk")
        elif not listing and name not in ACTIONS:
            raise FakeError("BDC_1121")
        session_id, session = self.sessions.check(form)
        if name == "Logout":
            self.sessions.logout(session_id)
            return {}
        if name == "GetSessionInfo":
            return {"organizationId": session.org_id, "userId": session.users_id}
        if is_crud or is_bulk:
            verb, entity = parts[-2], parts[-1]
            if verb.lower() in ENTITIES[entity]["mfa"] and not session.trusted:
                raise FakeError("BDC_1361")
            data = self._data(form)
            guarded = verb == "Update" and changes_guarded_fields(self.objects, entity, data)
            if guarded and not session.trusted:
                raise FakeError("BDC_1361")
            if is_bulk:
                return bulk(self.objects, verb, entity, data)
            return crud(self.objects, verb, entity, data)
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

    def _login(self, form: Mapping[str, str], api_endpoint: str) -> JSON:
        return {
            "sessionId": self.sessions.login(form),
            "orgId": self.org_id,
            "apiEndPoint": self.api_endpoint or api_endpoint,
            "usersId": self.users_id,
        }

    # -- requests ------------------------------------------------------------------------------

    def _data(self, form: Mapping[str, str]) -> JSON:
        raw = form.get("data")
        if raw is None:
            raise FakeError("BDC_1108", "data")
        try:
            data = exact_json.loads(raw)
            check_text(data)
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

    # -- actions ---------------------------------------------------------------------------

    def _action(self, name: str, session: Session, form: Mapping[str, str]) -> Any:
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
            return self.sessions.challenge()
        if name == "MFAAuthenticate":
            return self.sessions.authenticate(session, data)
        if name == "MFAStatus":
            return self.sessions.status(data)
        handler = HANDLERS.get(name)
        if handler is not None:
            return handler(self.objects, data)
        response = meta["response"]
        return {} if response is None else self.example(response)

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
