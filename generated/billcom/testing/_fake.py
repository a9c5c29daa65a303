"""The fake Bill.com's behaviour, independent of HTTP: one method turns (path, form) into (status, body).

Entities, their fields and operations come from the generated catalogue, i.e. from the same
spec as the client; error codes and messages come from the spec's error table.
"""

from __future__ import annotations

import json
import random
import secrets
import string
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from .._errors import CODES
from .._facts import BULK_MAX_ITEMS, LIST_MAX_PAGE_SIZE
from .._types import format_timestamp
from ._catalog import ACTIONS, ENTITIES

if TYPE_CHECKING:
    from .._client import AsyncBillCom, BillCom

JSON = dict[str, Any]
#: Where in-process clients think the fake lives (the reserved .test domain never resolves).
IN_PROCESS_BASE_URL = "https://fake-billcom.test/api/v2"
ZERO_ID = "0" * 20
_CRUD_VERBS = ("Create", "Read", "Update", "Delete", "Undelete")
_ID_CHARS = string.ascii_letters + string.digits
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a is not None and a < b,
    ">": lambda a, b: a is not None and a > b,
    "<=": lambda a, b: a is not None and a <= b,
    ">=": lambda a, b: a is not None and a >= b,
    "in": lambda a, b: a in b,
    "nin": lambda a, b: a not in b,
}


class ClientCredentials(TypedDict):
    """Keyword arguments that point a BillCom at a fake."""

    username: str
    password: str
    org_id: str
    dev_key: str
    base_url: str


class FakeError(Exception):
    """An error envelope to answer with."""

    def __init__(self, code: str, *params: object, http_status: int = 200) -> None:
        template = CODES[code][1] if code in CODES else code
        message = template
        for i, value in enumerate(params):
            message = message.replace(f"${{paramName{i}}}", str(value))
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
        self.http_status = http_status


@dataclass
class _Session:
    org_id: str
    users_id: str
    last_used: float
    trusted: bool = False  # MFA-trusted: by MFAAuthenticate, or Login with a remembered mfaId


@dataclass
class FakeState:
    """Everything the fake stores: objects by entity and id, in creation order."""

    objects: dict[str, dict[str, JSON]] = field(default_factory=dict)

    def table(self, entity: str) -> dict[str, JSON]:
        return self.objects.setdefault(entity, {})


def success(data: Any) -> JSON:
    return {"response_status": 0, "response_message": "Success", "response_data": data}


def failure(code: str, message: str) -> JSON:
    return {
        "response_status": 1,
        "response_message": "Error",
        "response_data": {"error_code": code, "error_message": message},
    }


class FakeBillCom:
    """An in-memory Bill.com for one organization and one user.

    Use it in-process with `transport()`/`client()`, or serve it over HTTP with
    `billcom.testing.serve` / `python -m billcom.testing serve`.
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
    ) -> None:
        """`api_endpoint`: what Login answers as `apiEndPoint` (default: where it was asked);
        `mfa_code`: the token MFAAuthenticate accepts, as if texted to the user."""
        self.username = username
        self._password = password
        self.org_id = org_id
        self._dev_key = dev_key
        self.org_name = org_name
        self.users_id = "00601FAKEUSER0000001"
        self.clock = clock
        self.api_endpoint = api_endpoint
        self.mfa_code = mfa_code
        self.state = FakeState()
        self.requests: list[str] = []
        self._sessions: dict[str, _Session] = {}
        self._challenges: set[str] = set()
        #: Files received by UploadAttachment, as (file name, content), in order.
        self.uploads: list[tuple[str, bytes]] = []
        self._trusted_devices: dict[str, str | None] = {}  # mfaId -> deviceId
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"FakeBillCom(org_id={self.org_id!r}, username={self.username!r})"

    def client(self, **options: Any) -> BillCom:
        """A BillCom logged in to this fake in-process (no sockets)."""
        from .._client import BillCom
        from ._transport import FakeTransport

        return BillCom(**self._credentials(), transport=FakeTransport(self), **options)

    def async_client(self, **options: Any) -> AsyncBillCom:
        """An AsyncBillCom talking to this fake in-process (no sockets)."""
        from .._client import AsyncBillCom
        from ._transport import FakeTransport

        return AsyncBillCom(**self._credentials(), transport=FakeTransport(self), **options)

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

    # -- entry point -------------------------------------------------------------------------

    def handle(
        self,
        path: str,
        form: Mapping[str, str],
        *,
        api_endpoint: str,
        files: Mapping[str, tuple[str, bytes]] | None = None,
    ) -> tuple[int, JSON]:
        """Answer one request. `path` is relative to `/api/v2/`, e.g. `Crud/Read/Vendor.json`."""
        with self._lock:
            self.requests.append(path)
            try:
                return 200, success(self._dispatch(path, form, api_endpoint, files or {}))
            except FakeError as exc:
                return exc.http_status, failure(exc.code, exc.message)

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
            return {"orgId": session.org_id, "usersId": session.users_id}
        if crud or bulk:
            verb, entity = parts[-2], parts[-1]
            if verb.lower() in ENTITIES[entity]["mfa"] and not session.trusted:
                raise FakeError("BDC_1361")
            if bulk:
                return self._bulk(verb, entity, form)
            return self._crud(verb, entity, self._data(form))
        if listing:
            return self._list(parts[1], form)
        if ACTIONS[name]["mfa"] and not session.trusted:
            raise FakeError("BDC_1361")
        if ACTIONS[name]["form"] == "multipart":
            if "file" not in files:
                raise FakeError("BDC_1108", "file")
            self.uploads.append(files["file"])
        return self._action(name, session, form)

    # -- sessions ------------------------------------------------------------------------------

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
        session.last_used = self.clock()
        return session_id

    def expire_sessions(self) -> int:
        """End every session, as an idle timeout would; returns how many there were."""
        with self._lock:
            count = len(self._sessions)
            self._sessions.clear()
            return count

    # -- Crud ----------------------------------------------------------------------------------

    def _data(self, form: Mapping[str, str]) -> JSON:
        raw = form.get("data")
        if raw is None:
            raise FakeError("BDC_1108", "data")
        try:
            data = json.loads(raw)
        except ValueError:
            raise FakeError("BDC_1122") from None
        if not isinstance(data, dict):
            raise FakeError("BDC_1122")
        return data

    def _entity(self, name: str, operation: str, key: str = "operations") -> JSON:
        meta = ENTITIES.get(name)
        if meta is None or operation not in meta[key]:
            raise FakeError("BDC_1121")
        return meta

    def _bulk(self, verb: str, entity: str, form: Mapping[str, str]) -> JSON:
        items = self._data(form).get("bulk")
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

    def _crud(self, verb: str, entity: str, data: JSON) -> JSON:
        meta = ENTITIES[entity]
        if verb in ("Create", "Update"):
            obj = data.get("obj")
            if not isinstance(obj, dict):
                raise FakeError("BDC_1108", "obj")
            if obj.get("entity") != entity:
                raise FakeError("BDC_1118", entity, obj.get("entity"))
            if verb == "Create":
                return self._store(entity, self._build(entity, obj, None))
            existing = self._get(entity, obj.get("id"))
            return self._store(entity, self._build(entity, obj, existing))
        record = self._get(entity, data.get("id"))
        if verb in ("Delete", "Undelete") and "isActive" in meta["fields"]:
            record["isActive"] = "2" if verb == "Delete" else "1"
            self._touch(record)
        return record

    def _get(self, entity: str, id: Any) -> JSON:
        if not isinstance(id, str) or not id:
            raise FakeError("BDC_1108", "id")
        record = self.state.table(entity).get(id)
        if record is None:
            raise FakeError("BDC_1120")
        return record

    def _store(self, entity: str, record: JSON) -> JSON:
        self.state.table(entity)[record["id"]] = record
        return record

    def _touch(self, record: JSON) -> None:
        if "updatedTime" in record:
            record["updatedTime"] = self.now()

    def now(self) -> str:
        """The fake's clock in Bill.com's timestamp format."""
        from datetime import UTC, datetime

        return format_timestamp(datetime.fromtimestamp(self.clock(), UTC))

    def new_id(self, entity: str) -> str:
        prefix = ENTITIES[entity]["id_prefix"] or ("z" + entity[:2].lower())
        return prefix + "01" + "".join(self._random.choice(_ID_CHARS) for _ in range(15))

    def _build(
        self, entity: str, obj: JSON, existing: JSON | None, parent: tuple[str, str] | None = None
    ) -> JSON:
        """A stored object from a written one: read-only fields dropped, defaults filled in."""
        fields: dict[str, JSON] = ENTITIES[entity]["fields"]
        missing = [
            name
            for name, f in fields.items()
            if f.get("required") and obj.get(name) in (None, "", [])
        ]
        if missing:
            raise FakeError("BDC_1117", missing[0])
        now = self.now()
        record: JSON = {"entity": entity}
        if existing is not None:
            record.update({k: v for k, v in existing.items() if fields.get(k, {}).get("read_only")})
        else:
            record["id"] = self.new_id(entity)
            for name, default in (("isActive", "1"), ("createdTime", now)):
                if name in fields:
                    record[name] = default
        if "updatedTime" in fields:
            record["updatedTime"] = now
        if parent is not None:
            for name, f in fields.items():
                if (
                    f["type"] == "ref"
                    and f.get("read_only")
                    and name.lower() == parent[0].lower() + "id"
                ):
                    record[name] = parent[1]
        for name, value in obj.items():
            meta = fields.get(name)
            if meta is None or meta.get("read_only") or name == "entity":
                continue
            record[name] = self._children(meta, value, record["id"], entity)
        return record

    def _children(self, meta: JSON, value: Any, parent_id: str, parent: str) -> Any:
        item = meta.get("items", meta)
        child = item.get("entity")
        if child is None:
            return value
        if isinstance(value, list):
            return [
                self._build(child, v, None, (parent, parent_id)) if isinstance(v, dict) else v
                for v in value
            ]
        if isinstance(value, dict):
            return self._build(child, value, None, (parent, parent_id))
        return value

    # -- actions -------------------------------------------------------------------------------

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
        if name == "MFAChallenge":
            challenge_id = secrets.token_urlsafe(12)
            self._challenges.add(challenge_id)
            return {"challengeId": challenge_id}
        if name == "MFAAuthenticate":
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
        response = meta["response"]
        return {} if response is None else self.example(response)

    def example(self, shape: JSON) -> Any:
        """A value of the given catalogue type, as the API would send it (for answers in shape)."""
        kind = shape["type"]
        if "fields" in shape:
            return {key: self.example(f) for key, f in shape["fields"].items()}
        if shape.get("entity"):
            entity = shape["entity"]
            record: JSON = {"entity": entity, "id": self.new_id(entity)}
            fields = ENTITIES[entity]["fields"]
            for key, default in (("isActive", "1"), ("createdTime", self.now())):
                if key in fields:
                    record[key] = default
            return record
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
        if kind == "enum":
            return shape["enum"][0]
        return examples[kind]

    # -- List ----------------------------------------------------------------------------------

    def _list(self, entity: str, form: Mapping[str, str]) -> list[JSON]:
        meta = ENTITIES.get(entity)
        if meta is None or "list" not in meta["operations"]:
            raise FakeError("BDC_1128", entity)
        data = self._data(form) if "data" in form else {}
        start, size = data.get("start", 0), data.get("max", LIST_MAX_PAGE_SIZE)
        if not isinstance(start, int) or start < 0:
            raise FakeError("BDC_1129", "start", start)
        if not isinstance(size, int) or not 1 <= size <= LIST_MAX_PAGE_SIZE:
            raise FakeError("BDC_1129", "max", size)
        rows = list(self.state.table(entity).values())
        for flt in data.get("filters") or []:
            rows = self._filter(meta, rows, flt)
        for key in reversed(data.get("sort") or []):
            name = key.get("field") if isinstance(key, dict) else None
            if not isinstance(name, str) or name not in meta["fields"]:
                raise FakeError("BDC_1130", name)
            descending = str(key.get("asc", "true")).lower() in ("false", "0")
            rows.sort(key=lambda r: (r.get(name) is None, r.get(name)), reverse=descending)
        page = rows[start : start + size]
        if data.get("nested"):
            return page
        children = {k for k, f in meta["fields"].items() if f.get("items", f).get("entity")}
        return [{k: v for k, v in row.items() if k not in children} for row in page]

    @staticmethod
    def _filter(meta: JSON, rows: list[JSON], flt: Any) -> list[JSON]:
        if not isinstance(flt, dict):
            raise FakeError("BDC_1122")
        name, op, value = flt.get("field"), flt.get("op"), flt.get("value")
        if not isinstance(name, str) or name not in meta["fields"]:
            raise FakeError("BDC_1130", name)
        compare = _OPERATORS.get(str(op))
        if compare is None:
            raise FakeError("BDC_1131", op)
        if op in ("in", "nin") and isinstance(value, str):
            value = value.split(",")

        def keep(row: JSON) -> bool:
            try:
                return compare(row.get(name), value)
            except TypeError:  # e.g. a number compared with a string
                return False

        return [row for row in rows if keep(row)]
