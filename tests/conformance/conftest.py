"""Raw HTTP, httpx and json only (no billcom client), against a served fake or any v2 server.

By default each test serves its own fake. With CONTRACT_BASE_URL (`make contract BASE_URL=...`)
the same tests run against that server under the rules of tests/conformance/contract.py; tests
marked `fake_only` are skipped there, and `money` ones unless CONTRACT_MONEY=1.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from billcom.testing import FakeBillCom, FakeClock, running_server
from tests.conformance.contract import (
    Contract,
    ContractRule,
    Credentials,
    Secret,
    cleanup_call,
    is_clean,
)

_NO_SESSION = ("Login.json", "ListOrgs.json")
_RUN: list[Contract] = []


def current() -> Contract:
    """The contract run of this process, read from the environment once."""
    if not _RUN:
        _RUN.append(Contract.from_env())
    return _RUN[0]


@dataclass
class Wire:
    """A tiny v2 client written from the API reference, for asserting wire-level answers."""

    base: str
    contract: Contract = field(default_factory=current)
    session: str = field(default="", repr=False)
    endpoint: str = ""  # Login's apiEndPoint: where later calls go
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=30))

    @property
    def credentials(self) -> Credentials:
        return self.contract.credentials

    def name(self, text: str) -> str:
        """A name or number for something this test creates (the run's prefix first)."""
        return self.contract.name(text)

    def _url(self, path: str) -> str:
        base = self.base if path in _NO_SESSION or not self.endpoint else self.endpoint
        return f"{base}/{path}"

    def post(self, path: str, form: dict[str, str]) -> httpx.Response:
        self.contract.check(path, form)
        with self.contract.sending():
            response = self.http.post(self._url(path), data=form)
        try:
            answer = response.json()
        except ValueError:
            answer = None
        self.contract.observe(path, form, response.status_code, answer, response.text)
        return response

    def get(self, path: str) -> httpx.Response:
        """A GET (no API call uses one): counted against the budget like any request."""
        self.contract.check(path, {})
        with self.contract.sending():
            response = self.http.get(self._url(path))
        return response

    def login(self, **extra: str) -> dict[str, Any]:
        form = {**self.credentials.login_form(), **extra}
        envelope = self.post("Login.json", form).json()
        assert envelope["response_status"] == 0, envelope
        data: dict[str, Any] = envelope["response_data"]
        self.session = data["sessionId"] = Secret(data["sessionId"])  # never shown in a repr
        self.endpoint = str(data.get("apiEndPoint") or "").rstrip("/")
        return data

    def call(self, path: str, data: Any = None, *, raw: str | None = None) -> dict[str, Any]:
        """POST devKey + sessionId + data=<JSON>; the whole envelope."""
        form = {"devKey": self.credentials.dev_key, "sessionId": self.session}
        if raw is not None:
            form["data"] = raw
        elif data is not None:
            form["data"] = json.dumps(data)
        response = self.post(path, form)
        assert response.headers["content-type"].startswith("application/json")
        return response.json()  # type: ignore[no-any-return]

    def ok(self, path: str, data: Any = None) -> Any:
        envelope = self.call(path, data)
        assert envelope["response_status"] == 0, envelope
        assert envelope["response_message"] == "Success"
        return envelope["response_data"]

    def error(self, path: str, data: Any = None, *, raw: str | None = None) -> str:
        envelope = self.call(path, data, raw=raw)
        assert envelope["response_status"] == 1 and envelope["response_message"] == "Error", (
            envelope
        )
        assert set(envelope["response_data"]) == {"error_code", "error_message"}
        return envelope["response_data"]["error_code"]  # type: ignore[no-any-return]


Serve = Callable[..., Wire]


@pytest.fixture(scope="session")
def contract() -> Contract:
    return current()


@pytest.fixture
def credentials(contract: Contract) -> Credentials:
    """The credentials the run logs in with: the fake's, or the BILLCOM_* ones."""
    return contract.credentials


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=1_720_000_000.0)


@pytest.fixture
def serve(clock: FakeClock, contract: Contract) -> Iterator[Serve]:
    """Start a fake with the given options on a free port; a logged-out Wire for it.

    Against a remote server: a logged-out Wire for it (a fake's options are refused there)."""
    stack: list[Any] = []

    def start(**options: Any) -> Wire:
        if not contract.local:
            if options:
                raise ContractRule(
                    f"serve({', '.join(options)}) needs the fake: mark the test fake_only"
                )
            assert contract.base_url is not None
            return Wire(contract.base_url, contract)
        options.setdefault("clock", clock)
        creds = contract.credentials
        fake = FakeBillCom(
            username=creds.username,
            password=creds.password,
            org_id=creds.org_id,
            dev_key=creds.dev_key,
            seed=1,
            **options,
        )
        server = running_server(fake)
        base = server.__enter__()
        stack.append(server)
        wire = Wire(base, contract)
        wire.fake = fake  # type: ignore[attr-defined]
        return wire

    yield start
    for server in reversed(stack):
        server.__exit__(None, None, None)


def _shared(contract: Contract, wire: Wire, *, trusted: bool) -> Wire:
    """Against a remote server tests share one session (two with MFA trust): Login has its
    own hourly quota."""
    kind = "trusted" if trusted else "plain"
    if kind not in contract.sessions:
        wire.login(**(contract.credentials.trusted_login if trusted else {}))
        contract.sessions[kind] = (wire.session, wire.endpoint)
    wire.session, wire.endpoint = contract.sessions[kind]
    return wire


@pytest.fixture
def wire(serve: Serve, contract: Contract) -> Wire:
    """A logged-in Wire on a fake with default settings (or on the remote server)."""
    w = serve()
    if not contract.local:
        return _shared(contract, w, trusted=False)
    w.login()
    return w


def trust(wire: Wire, code: str) -> None:
    """Make `wire`'s session MFA-trusted (the fake accepts `code` as the texted token)."""
    challenge = wire.ok("MFAChallenge.json", {"useBackup": False})["challengeId"]
    wire.ok(
        "MFAAuthenticate.json",
        {"challengeId": challenge, "token": code, "deviceId": "d", "rememberMe": False},
    )


def open_trusted(serve: Serve, contract: Contract, **options: Any) -> Wire:
    """A logged-in, MFA-trusted Wire: on a fake by its texted code; on a remote server by the
    remembered trust of BILLCOM_MFA_ID and BILLCOM_DEVICE_ID (skipped without them)."""
    if contract.local:
        wire = serve(mfa_code="111111", **options)
        wire.login()
        trust(wire, "111111")
        return wire
    if not contract.credentials.trusted_login:
        pytest.skip(
            "needs an MFA-trusted session: set BILLCOM_MFA_ID and BILLCOM_DEVICE_ID "
            "(an mfaId from MFAAuthenticate with rememberMe, and its deviceId)"
        )
    return _shared(contract, serve(**options), trusted=True)


@pytest.fixture
def trusted(serve: Serve, contract: Contract) -> Wire:
    return open_trusted(serve, contract)


# -- a remote run: its clean-up, its skips and what it prints ------------------------------


def clean_up(contract: Contract) -> list[str]:
    """Delete or void what the run created, newest first; what could not be, one line each."""
    items = contract.ledger.pending()
    left = [
        f"{c.entity} {c.id} (no delete; created by {c.test})" for c in contract.ledger.left_behind()
    ]
    if not items:
        return left
    assert contract.base_url is not None
    contract.cleaning = True
    wire = Wire(contract.base_url, contract)
    trusted = bool(contract.credentials.trusted_login)
    _shared(contract, wire, trusted=trusted)
    for item in items:
        request = cleanup_call(item)
        if request is None:
            continue  # an earlier clean-up settled it (a bill's payment voided, ...)
        envelope = wire.call(*request)
        if envelope.get("response_status") == 0:
            item.state["_cleaned"] = True
        else:
            error = (envelope.get("response_data") or {}).get("error_code")
            left.append(f"{item.entity} {item.id} ({request[0]}: {error}; created by {item.test})")
    return left


@pytest.fixture(scope="session", autouse=True)
def _contract_cleanup(contract: Contract) -> Iterator[None]:
    yield
    if contract.local or not contract.runnable:
        return
    left = clean_up(contract)
    for session, endpoint in contract.sessions.values():
        wire = Wire(contract.base_url or "", contract, session=session, endpoint=endpoint)
        wire.call("Logout.json")
    if left:
        raise ContractRule("contract: left behind after the clean-up: " + "; ".join(left))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    run = current()
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and (not run.local or run.recorder is not None):
        for line in run.describe():  # before any test: where, the rules, the budget
            reporter.write_line(line)
    if run.local:
        return
    here = Path(__file__).parent
    for item in items:
        if not item.path.is_relative_to(here):
            continue
        if not run.runnable:
            item.add_marker(pytest.mark.skip(reason=run.skip_reason))
            continue
        fake_only = item.get_closest_marker("fake_only")
        if fake_only is not None:
            why = fake_only.args[0] if fake_only.args else "needs the fake"
            item.add_marker(pytest.mark.skip(reason=f"fake only: {why}"))
        elif item.get_closest_marker("money") is not None and not run.money:
            item.add_marker(pytest.mark.skip(reason="moves money: set CONTRACT_MONEY=1 to run"))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    run = current()
    if run.local and run.recorder is None:
        return
    lines = []
    if not run.local and run.runnable:
        created = list(run.ledger.created.values())
        prefixed = sum(
            1 for c in created if any(str(v).startswith(run.prefix) for v in c.state.values())
        )
        lines.append(
            f"contract: {run.budget.used} of {run.budget.total} calls ({run.budget.logins} to "
            f"Login or ListOrgs); created {len(created)} objects ({prefixed} named with "
            f"{run.prefix!r}), {sum(1 for c in created if is_clean(c))} deleted or voided"
        )
    if run.recorder is not None:
        lines.append(
            f"contract: recorded {run.recorder.count} exchanges into {run.recorder.folder}"
        )
    for line in lines:
        terminalreporter.write_line(line)
