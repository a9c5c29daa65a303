"""One conformance suite, two targets: what a contract run is, and the rules it keeps.

By default every test serves its own fake Bill.com (`local`). With `CONTRACT_BASE_URL` (`make
contract BASE_URL=...`) the suite runs against that server instead (`remote`), with the
credentials of `BILLCOM_USERNAME`, `BILLCOM_PASSWORD`, `BILLCOM_ORG_ID` and `BILLCOM_DEV_KEY`
(and `BILLCOM_MFA_ID` + `BILLCOM_DEVICE_ID` for an MFA-trusted session), under these rules:

- every object it creates carries the run's prefix (`contract-<run id>-`) in its name or
  number, and a create or update that names something without it is refused before it is sent;
- what it created is deleted (or its payment voided) at the end, newest first;
- money moves only with `CONTRACT_MONEY=1`: an action that moves money is refused otherwise;
- at most 3 requests are in flight, and a budget of calls (`CONTRACT_BUDGET`) is printed first
  and enforced, with room kept for the clean-up;
- tests only the fake can run (`fake_only`) are skipped, each with its reason;
- Bill.com's production host is refused (every test skipped) unless `CONTRACT_PRODUCTION=1`.

With `CONTRACT_RECORD=DIR` (`make contract RECORD=DIR`) every exchange is written to DIR, one
JSON file each, secrets and bank numbers replaced by placeholders first (`redact`). The format
is what `python -m codegen learn` reads.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import string
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from billcom._facts import PRODUCTION_BASE_URL
from billcom.testing._catalog import ACTIONS, ENTITIES

#: The fake's credentials in the default (local) mode.
LOCAL_USER, LOCAL_PASSWORD, LOCAL_ORG, LOCAL_KEY = (
    "ap@example.com",
    "pw+with/odd=chars",
    "00801CONFORMANCE0001",
    "dev-key",
)
#: The environment a remote run reads its credentials from (the client reads the same names).
REQUIRED_ENV = ("BILLCOM_USERNAME", "BILLCOM_PASSWORD", "BILLCOM_ORG_ID", "BILLCOM_DEV_KEY")
DEFAULT_BUDGET = 600
#: Requests in flight at once against a remote server (spec/api.yaml: 3 per organization).
MAX_IN_FLIGHT = 3
#: Recording format version, written in every file.
RECORDING_FORMAT = 1


class ContractRule(Exception):
    """A request the run's rules forbid; raised before anything is sent."""


class Secret(str):
    """Text that never shows itself in a repr: a failing test prints the arguments of every
    frame (a form, a dict of login fields), and a secret there would reach the terminal."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'<secret>'"


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str = field(repr=False)
    org_id: str = ""
    dev_key: str = field(default="", repr=False)
    mfa_id: str = field(default="", repr=False)
    device_id: str = ""

    def __post_init__(self) -> None:
        for name in ("password", "dev_key", "mfa_id"):
            object.__setattr__(self, name, Secret(getattr(self, name)))

    def login_form(self) -> dict[str, str]:
        """Login's form fields (without the MFA trust)."""
        return {
            "userName": self.username,
            "password": self.password,
            "orgId": self.org_id,
            "devKey": self.dev_key,
        }

    @property
    def trusted_login(self) -> dict[str, str]:
        """The extra Login fields of a remembered MFA trust; empty when none was given."""
        if self.mfa_id and self.device_id:
            return {"mfaId": self.mfa_id, "deviceId": self.device_id}
        return {}


LOCAL_CREDENTIALS = Credentials(LOCAL_USER, LOCAL_PASSWORD, LOCAL_ORG, LOCAL_KEY)


# -- redaction ------------------------------------------------------------------------------

#: Keys whose value is a secret wherever it appears (spec/api.yaml secret_fields, and the
#: texted MFA token).
SECRET_KEYS = frozenset({"password", "devKey", "sessionId", "mfaId", "token"})
#: Keys that hold a bank account or routing number, whatever their value looks like.
_BANK_KEY = re.compile(r"(account|routing|aba)_?(number|num|no)$", re.IGNORECASE)
#: Keys about banks or accounts, where a digit string of routing or account length is one.
_BANK_ISH_KEY = re.compile(r"bank|account|routing", re.IGNORECASE)
_BANK_DIGITS = re.compile(r"^\d{4,17}$")
_MIN_SECRET = 4


def placeholder(what: str) -> str:
    return f"<redacted:{what}>"


def is_placeholder(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("<redacted:")


def redact(value: Any, known: tuple[str, ...] = (), key: str = "") -> Any:
    """`value` with secrets and bank numbers replaced by placeholders, at any depth.

    By key: the secret keys and bank-number keys, and digit strings of routing or account
    length under a key about banks or accounts. By value: every `known` secret (the password,
    the developer key, session and MFA ids seen) inside any text, e.g. an echoed message.
    """
    if key in SECRET_KEYS and value not in (None, ""):
        return placeholder(key)
    if _BANK_KEY.search(key) and value not in (None, ""):
        return placeholder("bank-number")
    if isinstance(value, dict):
        return {k: redact(v, known, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(item, known, key) for item in value]
    if isinstance(value, bool):
        return value
    if (
        _BANK_ISH_KEY.search(key)
        and isinstance(value, str | int)
        and _BANK_DIGITS.match(str(value))
    ):
        return placeholder("bank-number")
    if isinstance(value, str):
        for secret in known:
            if secret in value:
                value = value.replace(secret, placeholder("secret"))
    return value


class Recorder:
    """Writes one redacted JSON file per exchange into a folder."""

    def __init__(self, folder: Path, run_id: str) -> None:
        self.folder = folder
        self.run_id = run_id
        self.count = 0
        self._secrets: set[str] = set()
        self._lock = threading.Lock()
        folder.mkdir(parents=True, exist_ok=True)

    def know(self, *values: str | None) -> None:
        """Secret values to mask inside any text from now on."""
        with self._lock:
            self._secrets |= {v for v in values if v and len(v) >= _MIN_SECRET}

    def write(
        self,
        operation: str,
        form: Mapping[str, str],
        status: int,
        answer: Any,
        text: str,
    ) -> Path:
        request: dict[str, Any] = dict(form)
        if "data" in request:
            with contextlib.suppress(ValueError):  # a malformed body sent on purpose: kept
                request["data"] = json.loads(request["data"])
        with self._lock:
            self.count += 1
            number = self.count
            known = tuple(sorted(self._secrets, key=len, reverse=True))
        record: dict[str, Any] = {
            "recording": RECORDING_FORMAT,
            "run": self.run_id,
            "test": os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0],
            "operation": operation,
            "request": redact(request, known),
            "status": status,
            "answer": redact(answer, known),
        }
        if answer is None:
            record["answer_text"] = redact(text[:2000], known)
        slug = re.sub(r"[^A-Za-z0-9]+", "-", operation).strip("-") or "request"
        path = self.folder / f"{self.run_id}-{number:05d}-{slug}.json"
        path.write_text(json.dumps(record, indent=1, sort_keys=False) + "\n", encoding="utf-8")
        return path


# -- what a run created, and its clean-up ---------------------------------------------------

_SENT_DONE = {"3", "4", "5"}  # SentPay canceled, void, escheated
_SENT_CANCELABLE = {"0", "1"}  # approving, scheduled
_RECEIVED_DONE = {"1", "3"}  # ReceivedPay void, canceled


@dataclass
class Created:
    entity: str
    id: str
    state: dict[str, Any]
    test: str


def _objects_of(shape: Mapping[str, Any] | None, value: Any) -> Iterator[tuple[str, Any]]:
    """(entity, object) for each entity object inside an action's answer, by its spec shape."""
    if shape is None or value is None:
        return
    if shape["type"] == "array" and isinstance(value, list) and shape.get("items"):
        for item in value:
            yield from _objects_of(shape["items"], item)
    elif shape["type"] == "object" and isinstance(value, dict):
        if shape.get("entity"):
            yield shape["entity"], value
        for name, inner in (shape.get("fields") or {}).items():
            yield from _objects_of(inner, value.get(name))


@dataclass
class Ledger:
    """Objects the run created, newest last, with the state the answers last showed."""

    created: dict[tuple[str, str], Created] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _add(self, entity: str, obj: Any) -> None:
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
            return
        key = (entity, obj["id"])
        with self._lock:
            if key in self.created:
                self.created[key].state.update(obj)
            else:
                test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]
                self.created[key] = Created(entity, obj["id"], dict(obj), test)

    def _update(self, entity: str, obj: Any) -> None:
        if isinstance(obj, dict) and isinstance(obj.get("id"), str):
            with self._lock:
                known = self.created.get((entity, obj["id"]))
                if known is not None:
                    known.state.update(obj)

    def observe(self, operation: str, envelope: Any) -> None:
        """Note what an answer created (creates, payments) or changed (states of known ones)."""
        if not isinstance(envelope, dict) or envelope.get("response_status") != 0:
            return
        data = envelope.get("response_data")
        parts = operation.split("/")
        if parts[0] == "Crud" and len(parts) == 3:
            (self._add if parts[1] == "Create" else self._update)(parts[2], data)
        elif parts[:2] == ["Bulk", "Crud"] and len(parts) == 4 and isinstance(data, dict):
            for item in data.get("bulk") or []:
                if isinstance(item, dict) and item.get("response_status") == 0:
                    obj = item.get("response_data")
                    (self._add if parts[2] == "Create" else self._update)(parts[3], obj)
        elif parts[0] == "List" and len(parts) == 2 and isinstance(data, list):
            for obj in data:
                self._update(parts[1], obj)
        elif len(parts) == 1 and parts[0] in ACTIONS:
            action = ACTIONS[parts[0]]
            note = self._add if action["moves_money"] else self._update
            for entity, obj in _objects_of(action["response"], data):
                note(entity, obj)

    def pending(self) -> list[Created]:
        """What still needs a clean-up call, newest first."""
        with self._lock:
            items = list(self.created.values())
        return [c for c in reversed(items) if cleanup_call(c) is not None]

    def left_behind(self) -> list[Created]:
        """Created objects no call can clean up (neither deletable nor a payment)."""
        with self._lock:
            items = list(self.created.values())
        return [c for c in items if cleanup_call(c) is None and not is_clean(c)]


def is_clean(item: Created) -> bool:
    """Whether the answers show `item` deleted, canceled or voided (or its clean-up done)."""
    state = item.state
    if state.get("_cleaned"):
        return True
    if item.entity == "SentPay":
        return str(state.get("status")) in _SENT_DONE
    if item.entity == "ReceivedPay":
        return str(state.get("status")) in _RECEIVED_DONE
    return state.get("isActive") == "2"


def cleanup_call(item: Created) -> tuple[str, dict[str, Any]] | None:
    """The request that undoes `item` (path, data); None when it needs none or none exists."""
    if is_clean(item):
        return None
    if item.entity == "SentPay":
        if str(item.state.get("status")) in _SENT_CANCELABLE:
            return "CancelAPPayment.json", {"sentPayId": item.id}
        data: dict[str, Any] = {"sentPayId": item.id}
        if item.state.get("isOnline"):
            data |= {"voidRequestType": "0", "reason": "contract run clean-up"}
        return "VoidAPPayment.json", data
    if item.entity == "ReceivedPay":
        return "VoidARPayment.json", {"id": item.id}
    if "delete" in ENTITIES.get(item.entity, {}).get("operations", ()):
        return f"Crud/Delete/{item.entity}.json", {"id": item.id}
    return None


# -- the run --------------------------------------------------------------------------------


class Budget:
    """Calls allowed in a remote run, with room kept for the clean-up."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.used = 0
        self.logins = 0
        self._lock = threading.Lock()

    def spend(self, *, reserve: int, login: bool, cleanup: bool) -> None:
        with self._lock:
            if self.total is not None:
                room = self.total - (0 if cleanup else reserve)
                if self.used >= room:
                    raise ContractRule(
                        f"call budget spent: {self.used} of {self.total} calls used"
                        + ("" if cleanup else f", {reserve} kept for the clean-up")
                        + "; raise CONTRACT_BUDGET to allow more"
                    )
            self.used += 1
            self.logins += login


_NAME_KEY = re.compile(r"^name$|Name$|Number$")


@dataclass
class Contract:
    """A contract run: where it goes, with which credentials, and the rules it keeps."""

    base_url: str | None  # None: local, a fake per test
    credentials: Credentials
    run_id: str
    money: bool = False
    budget: Budget = field(default_factory=lambda: Budget(None))
    recorder: Recorder | None = None
    missing: tuple[str, ...] = ()  # remote credentials not given
    refused: str = ""  # why the run will not go to this server at all
    ledger: Ledger = field(default_factory=Ledger)
    in_flight: threading.BoundedSemaphore = field(
        default_factory=lambda: threading.BoundedSemaphore(MAX_IN_FLIGHT)
    )
    sessions: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)  # by kind
    cleaning: bool = False
    _tests: dict[str, int] = field(default_factory=dict)
    _names_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def local(self) -> bool:
        return self.base_url is None

    @property
    def prefix(self) -> str:
        """What every name and number the run creates begins with (nothing against a fake)."""
        return "" if self.local else f"contract-{self.run_id}-"

    @property
    def runnable(self) -> bool:
        return self.local or not (self.missing or self.refused)

    @property
    def skip_reason(self) -> str:
        """Why every test is skipped, when the run cannot go to its server."""
        if self.refused:
            return f"contract: {self.refused}"
        return f"contract: set {', '.join(self.missing)} to run against {self.base_url}"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Contract:
        env = os.environ if env is None else env
        alphabet = string.ascii_lowercase + string.digits
        run_id = env.get("CONTRACT_RUN_ID") or "".join(secrets.choice(alphabet) for _ in range(6))
        base_url = (env.get("CONTRACT_BASE_URL") or "").rstrip("/") or None
        folder = env.get("CONTRACT_RECORD") or ""
        if base_url is None:
            contract = cls(None, LOCAL_CREDENTIALS, run_id)
        else:
            budget = int(env.get("CONTRACT_BUDGET") or DEFAULT_BUDGET)
            contract = cls(
                base_url,
                Credentials(
                    env.get("BILLCOM_USERNAME", ""),
                    env.get("BILLCOM_PASSWORD", ""),
                    env.get("BILLCOM_ORG_ID", ""),
                    env.get("BILLCOM_DEV_KEY", ""),
                    env.get("BILLCOM_MFA_ID", ""),
                    env.get("BILLCOM_DEVICE_ID", ""),
                ),
                run_id,
                money=env.get("CONTRACT_MONEY") == "1",
                budget=Budget(budget),
                missing=tuple(name for name in REQUIRED_ENV if not env.get(name)),
            )
            production = urlsplit(PRODUCTION_BASE_URL).hostname
            if urlsplit(base_url).hostname == production and env.get("CONTRACT_PRODUCTION") != "1":
                contract.refused = (
                    f"{base_url} is Bill.com's production API, where the run would create and "
                    "delete objects: use a sandbox, or set CONTRACT_PRODUCTION=1 if you mean it"
                )
        if folder:
            contract.recorder = Recorder(Path(folder), f"contract-{run_id}")
            creds = contract.credentials
            contract.recorder.know(creds.password, creds.dev_key, creds.mfa_id)
        return contract

    def name(self, text: str) -> str:
        """`text` as the name or number of something a test creates.

        Against a server the run's prefix comes first, then the test's number: names and
        numbers stay unique across the run (an organization keeps them all), and the same
        within one test."""
        if self.local:
            return text
        test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]
        with self._names_lock:
            number = self._tests.setdefault(test, len(self._tests) + 1)
        return f"{self.prefix}{number}-{text}"

    # -- the rules, checked before a request is sent ---------------------------------------

    def check(self, path: str, form: Mapping[str, str]) -> None:
        if self.local:
            return
        operation = path.removesuffix(".json")
        action = ACTIONS.get(operation)
        if action is not None and action["moves_money"] and not self.money and not self.cleaning:
            raise ContractRule(f"{operation} moves money; set CONTRACT_MONEY=1 to allow it")
        parts = operation.split("/")
        if parts[-2:-1] in (["Create"], ["Update"]) and "data" in form:
            try:
                data = json.loads(form["data"])
            except ValueError:
                data = {}  # malformed on purpose: it names nothing
            data = data if isinstance(data, dict) else {}
            items = data.get("bulk") if parts[0] == "Bulk" else None
            objs = [i.get("obj") for i in items if isinstance(i, dict)] if items else []
            objs += [data.get("obj")] if parts[0] == "Crud" else []
            for obj in objs:
                self._check_named(operation, obj)
        self.budget.spend(
            reserve=len(self.ledger.pending()) + 2,
            login=operation in ("Login", "ListOrgs"),
            cleanup=self.cleaning,
        )

    def _check_named(self, operation: str, obj: Any) -> None:
        """An object that carries a name or number must carry the run's prefix in one."""
        if not isinstance(obj, dict):
            return
        texts = {k: v for k, v in obj.items() if isinstance(v, str) and v}
        if any(v.startswith(self.prefix) for v in texts.values()):
            return
        named = sorted(k for k in texts if _NAME_KEY.search(k))
        if named:
            raise ContractRule(
                f"{operation}: {', '.join(named)} must begin with the run prefix "
                f"{self.prefix!r} (use wire.name(...))"
            )

    @contextmanager
    def sending(self) -> Iterator[None]:
        """At most MAX_IN_FLIGHT requests at once against a remote server."""
        if self.local:
            yield
            return
        with self.in_flight:
            yield

    def observe(
        self, path: str, form: Mapping[str, str], status: int, answer: Any, text: str
    ) -> None:
        operation = path.removesuffix(".json")
        if self.recorder is not None:
            data = answer.get("response_data") if isinstance(answer, dict) else None
            if isinstance(data, dict):
                self.recorder.know(data.get("sessionId"), data.get("mfaId"))
            self.recorder.know(form.get("sessionId"), form.get("mfaId"))
            self.recorder.write(operation, form, status, answer, text)
        if not self.local:
            self.ledger.observe(operation, answer)

    def describe(self) -> list[str]:
        """What the run is about to do, printed before it starts."""
        if self.local:
            lines = [
                "contract: against a fake Bill.com served per test (set BASE_URL for a server)"
            ]
        elif self.refused:
            return [f"contract: {self.refused}; every test is skipped."]
        elif self.missing:
            return [
                f"contract: BASE_URL is {self.base_url} but {', '.join(self.missing)} "
                f"{'is' if len(self.missing) == 1 else 'are'} not set: every test is skipped.",
                "contract: set BILLCOM_USERNAME, BILLCOM_PASSWORD, BILLCOM_ORG_ID and "
                "BILLCOM_DEV_KEY (a sandbox user's); optionally BILLCOM_MFA_ID and "
                "BILLCOM_DEVICE_ID for the MFA-trusted tests, CONTRACT_MONEY=1 to move money, "
                "CONTRACT_BUDGET=<calls>.",
            ]
        else:
            trust = "trusted (BILLCOM_MFA_ID)" if self.credentials.trusted_login else "untrusted"
            lines = [
                f"contract: against {self.base_url}, run {self.run_id}: every name and number "
                f"begins with {self.prefix!r}; what the run creates is deleted or voided at the end",
                f"contract: budget {self.budget.total} calls (CONTRACT_BUDGET), at most "
                f"{MAX_IN_FLIGHT} in flight; money {'moves' if self.money else 'never moves (CONTRACT_MONEY=1 to allow)'}; "
                f"MFA {trust}",
            ]
        if self.recorder is not None:
            lines.append(
                f"contract: recording every exchange, redacted, into {self.recorder.folder}"
            )
        return lines
