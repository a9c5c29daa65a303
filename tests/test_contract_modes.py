"""The conformance suite's second target, proven offline.

A fake served here with other credentials stands in for a remote Bill.com: the suite runs
against it in a subprocess, as `make contract BASE_URL=...` runs it, and must keep the rules of
a real server (tests/conformance/contract.py). Its recordings must hold no secret, and
`codegen learn` must find in them what a trimmed copy of the spec lacks.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from billcom.testing import FakeBillCom, running_server
from billcom.testing._catalog import ACTIONS, ENTITIES
from codegen.__main__ import main as codegen_main
from tests.conformance.contract import (
    DEFAULT_BUDGET,
    REQUIRED_ENV,
    Contract,
    is_placeholder,
    redact,
)
from tests.conformance.test_action_effects import ACCOUNT, ROUTING

ROOT = Path(__file__).resolve().parents[1]
RUN_ID = "t3st9z"
PREFIX = f"contract-{RUN_ID}-"
# Distinctive, so that finding one in a recording is a leak and nothing else.
USERNAME, PASSWORD = "remote-ap@example.test", "Pw-9f3K+Remote/Secret=Q7"
ORG_ID, DEV_KEY = "00801REMOTEORG0000001", "dk-REMOTE-7Q2W9E-Secret"
MFA_CODE, DEVICE = "975310", "contract-device-1"
MONEY_ACTIONS = {name for name, action in ACTIONS.items() if action["moves_money"]}
PAYMENTS = ("SentPay", "ReceivedPay")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BILLCOM_", "CONTRACT_"))}
    return {**env, **extra}


def _remote_env(base: str, **extra: str) -> dict[str, str]:
    return _env(
        CONTRACT_BASE_URL=base,
        BILLCOM_USERNAME=USERNAME,
        BILLCOM_PASSWORD=PASSWORD,
        BILLCOM_ORG_ID=ORG_ID,
        BILLCOM_DEV_KEY=DEV_KEY,
        CONTRACT_RUN_ID=RUN_ID,
        **extra,
    )


def run_suite(env: dict[str, str], junit: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", "tests/conformance", "-p", "no:cacheprovider"]
    command += ["-rs", f"--junitxml={junit}", *args]
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def outcomes(junit: Path) -> dict[str, tuple[str, str]]:
    """`module::test[param]` -> (passed|skipped|failed|error, message)."""
    out: dict[str, tuple[str, str]] = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        name = f"{case.get('classname')}::{case.get('name')}"
        outcome, message = "passed", ""
        for kind in ("skipped", "failure", "error"):
            found = case.find(kind)
            if found is not None:
                outcome, message = kind, found.get("message") or ""
        out[name] = (outcome, message)
    return out


def _marks(obj: object) -> list[Any]:
    found = getattr(obj, "pytestmark", [])
    return list(found) if isinstance(found, list) else [found]


def marked(name: str, marker: str) -> bool:
    """Whether the test `module::function[param]` carries `marker` (on itself, its module or
    its parameter)."""
    module_name, test = name.split("::")
    module = importlib.import_module(module_name)
    function = getattr(module, test.split("[")[0])
    marks = [*_marks(module), *_marks(function)]
    if "[" in test and marker == "fake_only":
        param = test.split("[")[1].rstrip("]")
        fixture = getattr(module, "trusted", None)
        params = getattr(getattr(fixture, "_fixture_function_marker", None), "params", None) or ()
        marks += [m for p in params if getattr(p, "values", ()) == (param,) for m in p.marks]
    return any(m.name == marker for m in marks)


def created(fake: FakeBillCom, before: dict[str, set[str]]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (entity, obj)
        for entity in ENTITIES
        for obj in fake.all(entity)
        if obj["id"] not in before.get(entity, set())
    ]


@contextmanager
def remote_fake() -> Iterator[tuple[FakeBillCom, str, list[str], dict[str, set[str]]]]:
    """A fake with other credentials, served: (fake, base URL, session ids it issued, the ids
    of what it held before)."""
    fake = FakeBillCom(
        username=USERNAME,
        password=PASSWORD,
        org_id=ORG_ID,
        dev_key=DEV_KEY,
        mfa_code=MFA_CODE,
        seed=7,
    )
    issued: list[str] = []
    login = fake.sessions.login

    def capture(form: Any) -> str:
        session: str = login(form)
        issued.append(session)
        return session

    fake.sessions.login = capture  # type: ignore[method-assign]
    before = {entity: {obj["id"] for obj in fake.all(entity)} for entity in ENTITIES}
    with running_server(fake) as base:
        yield fake, base, issued, before


def remembered_trust(base: str) -> str:
    """An mfaId for DEVICE, as a user gets one once (MFAAuthenticate with rememberMe)."""
    login = {"userName": USERNAME, "password": PASSWORD, "orgId": ORG_ID, "devKey": DEV_KEY}
    session = httpx.post(f"{base}/Login.json", data=login).json()["response_data"]["sessionId"]
    form = {"devKey": DEV_KEY, "sessionId": session}

    def call(path: str, data: dict[str, Any]) -> Any:
        answer = httpx.post(f"{base}/{path}", data={**form, "data": json.dumps(data)}).json()
        return answer["response_data"]

    challenge = call("MFAChallenge.json", {"useBackup": False})["challengeId"]
    trust = {"challengeId": challenge, "token": MFA_CODE, "deviceId": DEVICE, "rememberMe": True}
    mfa_id: str = call("MFAAuthenticate.json", trust)["mfaId"]
    httpx.post(f"{base}/Logout.json", data=form)
    return mfa_id


@dataclass
class Run:
    result: subprocess.CompletedProcess[str]
    outcomes: dict[str, tuple[str, str]]
    fake: FakeBillCom
    requests: list[str]  # the paths the suite asked for, in order
    before: dict[str, set[str]]
    secrets: list[str]
    record: Path

    @property
    def output(self) -> str:
        return self.result.stdout + self.result.stderr


@pytest.fixture(scope="module")
def remote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """One run of the suite against a served fake with other credentials and an MFA trust,
    recording every exchange."""
    tmp = tmp_path_factory.mktemp("contract")
    with remote_fake() as (fake, base, issued, before):
        mfa_id = remembered_trust(base)
        asked_before = len(fake.requests)
        env = _remote_env(
            base,
            BILLCOM_MFA_ID=mfa_id,
            BILLCOM_DEVICE_ID=DEVICE,
            CONTRACT_RECORD=str(tmp / "recordings"),
        )
        result = run_suite(env, tmp / "junit.xml")
        yield Run(
            result,
            outcomes(tmp / "junit.xml"),
            fake,
            fake.requests[asked_before:],
            before,
            [PASSWORD, DEV_KEY, mfa_id, *issued, ROUTING, ACCOUNT],
            tmp / "recordings",
        )


def test_the_suite_passes_against_a_server_under_its_rules(remote: Run) -> None:
    assert remote.result.returncode == 0, remote.output[-3000:]
    out = remote.output
    # The rules and the budget are printed before the first test runs.
    assert f"budget {DEFAULT_BUDGET} calls" in out and "at most 3 in flight" in out
    assert out.index(f"budget {DEFAULT_BUDGET} calls") < out.index(" passed")

    ran = {name for name, (outcome, _) in remote.outcomes.items() if outcome == "passed"}
    assert not {n for n, (o, _) in remote.outcomes.items() if o in ("failure", "error")}
    assert len(ran) >= 20  # the portable part of the suite, with its MFA-trusted tests
    for name, (outcome, message) in remote.outcomes.items():
        if marked(name, "fake_only"):
            assert outcome == "skipped" and message.startswith("fake only: "), name
        elif marked(name, "money"):
            assert outcome == "skipped" and "CONTRACT_MONEY=1" in message, name
        else:
            assert outcome == "passed", (name, outcome, message)
    for example in (
        "test_sessions::test_idle_timeout_slides_on_the_movable_clock",  # clock
        "test_limits_faults_state::test_http_502_before_or_after_the_work",  # faults
        "test_action_effects::test_timestamps_sort_as_moments_whatever_their_offset",  # wire.fake
        "test_crash::test_kill_9_during_payments_leaves_no_half_write",
        "test_shared_db::test_racing_duplicate_invoice_numbers_on_two_servers",
    ):
        assert remote.outcomes[f"tests.conformance.{example}"][0] == "skipped"

    # Everything it created carries the prefix, and was deleted at the end.
    made = created(remote.fake, remote.before)
    assert len(made) >= 20
    for entity, obj in made:
        assert any(str(v).startswith(PREFIX) for v in obj.values()), (entity, obj)
        assert obj.get("isActive") == "2", (entity, obj)
    # No money moved: no money action was asked for, no payment exists.
    assert not [p for p in remote.requests if p.removesuffix(".json") in MONEY_ACTIONS]
    assert not [entity for entity, _ in made if entity in PAYMENTS]
    # Within the API's limits and the budget it printed.
    assert remote.fake.stats["max_in_flight"] <= 3
    counted = re.search(rf"contract: (\d+) of {DEFAULT_BUDGET} calls", out)
    assert counted is not None  # every request the server saw was counted, within the budget
    assert len(remote.requests) <= int(counted[1]) <= DEFAULT_BUDGET
    assert remote.requests.count("Login.json") + remote.requests.count("ListOrgs.json") <= 10


def test_recordings_hold_no_secret_and_no_bank_number(remote: Run) -> None:
    files = sorted(remote.record.glob("*.json"))
    assert len(files) == len(remote.requests)  # one file per exchange
    blob = b"".join(path.read_bytes() for path in files)
    for secret in remote.secrets:
        assert secret.encode() not in blob, "a secret reached a recording"
    text = blob.decode()
    for what in ("password", "devKey", "sessionId", "mfaId", "bank-number"):
        assert f"<redacted:{what}>" in text  # each was there, and replaced
    first = json.loads(files[0].read_text())
    assert first["operation"] == "Login" and set(first) >= {"request", "status", "answer"}
    assert first["request"]["userName"] == USERNAME  # what is not secret stays readable


def test_recordings_of_a_run_on_its_own_fakes_hold_no_mfa_id(tmp_path: Path) -> None:
    """The default mode records too; there the fake issues the mfaId and the texted token."""
    record = tmp_path / "recordings"
    env = _env(CONTRACT_RECORD=str(record))
    result = run_suite(env, tmp_path / "junit.xml", "-k", "remembered_trust")
    assert result.returncode == 0, result.stdout[-2000:]
    records = [json.loads(path.read_text()) for path in sorted(record.glob("*.json"))]
    assert any(r["operation"] == "MFAAuthenticate" for r in records)
    blob = json.dumps(records)
    assert "pw+with/odd=chars" not in blob and not re.search(r'"![A-Za-z0-9_-]{16,}"', blob)

    def secrets_of(value: Any, key: str = "") -> list[Any]:
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in secrets_of(v, k)]
        if isinstance(value, list):
            return [s for v in value for s in secrets_of(v, key)]
        sensitive = key in ("password", "devKey", "sessionId", "mfaId", "token")
        return [value] if sensitive and value and not is_placeholder(value) else []

    assert secrets_of(records) == []


def test_redaction_by_key_by_value_and_by_shape() -> None:
    answer = {
        "sessionId": "s3ss10n",
        "obj": {
            "accountNumber": "1234",
            "routingNumber": 322271627,
            "bankAccountNumber": "000123456789",
            "nameOnAccount": "Acme",
            "bankName": "Bank",
            "accountType": "1",  # a code, not a number
            "amount": 123456,  # not about a bank
            "payBy": "322271627",  # digits, but not under a bank or account key
            "primaryAP": True,
        },
        "error_message": "Invalid field,value: password, hunter22",
        "mfaId": None,
    }
    clean = redact(answer, ("hunter22",))
    assert clean["sessionId"] == "<redacted:sessionId>"
    obj = clean["obj"]
    assert {obj[k] for k in ("accountNumber", "routingNumber", "bankAccountNumber")} == {
        "<redacted:bank-number>"
    }
    kept = ("nameOnAccount", "bankName", "accountType", "amount", "payBy", "primaryAP")
    assert all(obj[k] == answer["obj"][k] for k in kept)  # type: ignore[index]
    assert clean["error_message"] == "Invalid field,value: password, <redacted:secret>"
    assert clean["mfaId"] is None


def test_without_credentials_it_says_what_to_set_and_skips_everything(tmp_path: Path) -> None:
    env = _env(CONTRACT_BASE_URL="http://127.0.0.1:9/api/v2")  # nothing listens: nothing is sent
    result = run_suite(env, tmp_path / "junit.xml")
    assert result.returncode == 0, result.stdout[-2000:]
    for name in ("BILLCOM_USERNAME", "BILLCOM_PASSWORD", "BILLCOM_ORG_ID", "BILLCOM_DEV_KEY"):
        assert name in result.stdout
    assert "every test is skipped" in result.stdout
    found = outcomes(tmp_path / "junit.xml")
    assert found and {outcome for outcome, _ in found.values()} == {"skipped"}


def test_the_budget_is_enforced_with_room_for_the_clean_up(tmp_path: Path) -> None:
    with remote_fake() as (fake, base, issued, before):
        env = _remote_env(base, CONTRACT_BUDGET="4")
        # --showlocals: the failure shows every frame's locals, the forms sent among them
        args = ("-k", "test_bill_totals", "--showlocals", "--tb=long")
        result = run_suite(env, tmp_path / "junit.xml", *args)
        made = created(fake, before)
        asked = len(fake.requests)
    assert result.returncode == 1 and "call budget spent: 2 of 4 calls used" in result.stdout
    assert "'devKey': '<secret>', 'sessionId': '<secret>'" in result.stdout  # masked there
    assert not [s for s in (PASSWORD, DEV_KEY, *issued) if s in result.stdout + result.stderr]
    # Login and the vendor's create were sent; the bill's was not; the clean-up still ran.
    assert [entity for entity, _ in made] == ["Vendor"] and made[0][1]["isActive"] == "2"
    assert asked <= 4


def test_money_moves_only_when_allowed_and_is_undone(tmp_path: Path) -> None:
    with remote_fake() as (fake, base, _, before):
        mfa = {"BILLCOM_MFA_ID": remembered_trust(base), "BILLCOM_DEVICE_ID": DEVICE}
        env = _remote_env(base, CONTRACT_MONEY="1", **mfa)
        result = run_suite(env, tmp_path / "junit.xml", "-m", "money")
        made = created(fake, before)
    assert result.returncode == 0, result.stdout[-3000:]
    passed = [n for n, (o, _) in outcomes(tmp_path / "junit.xml").items() if o == "passed"]
    assert len(passed) >= 8
    payments = [(entity, obj) for entity, obj in made if entity in PAYMENTS]
    assert {entity for entity, _ in payments} == set(PAYMENTS)
    for entity, obj in payments:  # canceled or void
        assert obj["status"] in ({"3", "4"} if entity == "SentPay" else {"1", "3"}), obj
    assert all(obj["isActive"] == "2" for entity, obj in made if entity not in PAYMENTS)


def _trim(spec: Path) -> None:
    """Remove Bill.dueAmount, Bill.paymentStatus code "1" and error BDC_1120 from a spec copy."""
    bill_file = spec / "entities" / "Bill.yaml"
    bill = yaml.safe_load(bill_file.read_text())
    del bill["fields"]["dueAmount"]
    status = bill["fields"]["paymentStatus"]
    del status["enum"]["1"], status["default"]  # the default names the code
    bill_file.write_text(yaml.safe_dump(bill, sort_keys=False))
    errors_file = spec / "errors.yaml"
    errors = yaml.safe_load(errors_file.read_text())
    del errors["codes"]["BDC_1120"]
    errors_file.write_text(yaml.safe_dump(errors, sort_keys=False))


def test_learn_finds_what_a_trimmed_spec_lacks(
    remote: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    _trim(spec)
    trimmed = {p: p.read_bytes() for p in spec.rglob("*.yaml")}
    proposals = tmp_path / "proposals.yaml"
    args = [str(remote.record), "--spec", str(spec), "--format", "json"]
    assert codegen_main(["learn", *args, "--write", str(proposals)]) == 1
    report = json.loads(capsys.readouterr().out)
    found = {(f["rule"], f["place"]): f for f in report["open"]}
    assert found[("field-missing", "Bill.dueAmount")]["json_types"] == ["integer", "number"]
    assert ("enum-code-missing", "Bill.paymentStatus=1") in found
    error = found[("error-code-missing", "BDC_1120")]
    assert error["message"].startswith("BDC_1120: 'No data found.' is not in spec/errors.yaml")
    assert (remote.record / Path(error["recording"]).name).is_file()
    assert report["read"]["answers"] > 50 and report["read"]["errors"] > 10

    proposed = {
        item["learned"]["place"]: item
        for item in yaml.safe_load(proposals.read_text())["proposals"]
    }
    due, code, missing = (
        proposed["Bill.dueAmount"],
        proposed["Bill.paymentStatus=1"],
        proposed["BDC_1120"],
    )
    assert due["file"].endswith("entities/Bill.yaml") and due["at"] == "fields"
    assert due["add"] == {"dueAmount": {"type": "number"}}
    assert due["learned"]["rule"] == "field-missing" and due["learned"]["seen"] > 5
    assert Path(due["learned"]["recording"]).is_file()
    assert code["at"] == "fields.paymentStatus.enum" and list(code["add"]) == ["1"]
    assert missing["file"].endswith("errors.yaml") and missing["at"] == "codes"
    assert missing["add"] == {"BDC_1120": {"family": None, "message": "No data found."}}
    assert {p: p.read_bytes() for p in spec.rglob("*.yaml")} == trimmed  # the spec is untouched

    # The whole spec knows all three: none is reported against it.
    codegen_main(["learn", str(remote.record), "--format", "json"])
    places = {f["place"] for f in json.loads(capsys.readouterr().out)["open"]}
    assert not places & {"Bill.dueAmount", "Bill.paymentStatus=1", "BDC_1120"}


def test_learn_refuses_to_write_into_the_spec(tmp_path: Path) -> None:
    assert codegen_main(["learn", str(tmp_path), "--write", str(ROOT / "spec" / "x.yaml")]) == 2
    assert not (ROOT / "spec" / "x.yaml").exists()


def test_make_contract_passes_its_variables_and_make_test_runs_the_fakes() -> None:
    def dry(*args: str) -> str:
        command = ["make", "-n", *args]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout

    contract = dry("contract", "BASE_URL=https://api-stage.bill.com/api/v2", "RECORD=/tmp/r")
    assert 'CONTRACT_BASE_URL="https://api-stage.bill.com/api/v2"' in contract
    assert 'CONTRACT_RECORD="/tmp/r"' in contract and "pytest tests/conformance" in contract
    assert "CONTRACT_BASE_URL= CONTRACT_RECORD= " in dry("test")
    assert Contract.from_env({}).local and Contract.from_env({"CONTRACT_BASE_URL": "x"}).missing


def test_production_is_refused_unless_meant() -> None:
    creds = {name: "x" for name in REQUIRED_ENV}
    production = Contract.from_env({"CONTRACT_BASE_URL": "https://api.bill.com/api/v2/", **creds})
    assert not production.runnable and "CONTRACT_PRODUCTION=1" in production.skip_reason
    meant = {"CONTRACT_BASE_URL": "https://api.bill.com/api/v2", "CONTRACT_PRODUCTION": "1"}
    assert Contract.from_env({**meant, **creds}).runnable
    sandbox = Contract.from_env({"CONTRACT_BASE_URL": "https://api-stage.bill.com/api/v2", **creds})
    assert sandbox.runnable and sandbox.prefix.startswith("contract-")


def test_learn_reports_types_formats_ids_and_unseen_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vendor = {
        "entity": "Vendor",
        "id": "00901LEARNVENDOR0001",
        "name": "V",
        "balance": "12.50",  # a number in the spec
        "createdTime": "2024-07-01 10:00:00",  # not Bill.com's timestamp
        "payBy": "9",  # not a code of the spec
        "paymentTermId": "00901LEARNVENDOR0002",  # a vendor's id where a PaymentTerm's belongs
        "vendorBankAccountStatus": -1,  # an enum code sent as a number: fine
        "isActive": "<redacted:secret>",  # never compared
        "newFlag": True,
    }
    exchanges = [
        {"operation": "Crud/Read/Vendor", "answer": {"response_status": 0, "response_data": vendor}},
        {"operation": "CurrentTime", "answer": {"response_status": 0, "response_data": {"currentTime": 5, "zone": "UTC"}}},
        {"operation": "GetSessionInfo", "answer": {"response_status": 1, "response_data": {"error_code": "BDC_9999", "error_message": "New."}}},
        {"operation": "Crud/Read/Vendor", "answer": None, "answer_text": "<html>Bad Gateway</html>"},
    ]  # fmt: skip
    for number, exchange in enumerate(exchanges):
        (tmp_path / f"{number}.json").write_text(json.dumps(exchange))
    assert codegen_main(["learn", str(tmp_path), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    found = {(f["rule"], f["place"]) for f in report["open"]}
    assert {
        ("field-type-differs", "Vendor.balance"),
        ("field-format-differs", "Vendor.createdTime"),
        ("enum-code-missing", "Vendor.payBy=9"),
        ("field-ref-differs", "Vendor.paymentTermId"),
        ("field-missing", "Vendor.newFlag"),
        ("field-extra", "Vendor.phone"),  # in the spec; the one vendor seen lacked it
        ("response-field-type-differs", "CurrentTime.response.currentTime"),
        ("response-field-missing", "CurrentTime.response.zone"),
        ("error-code-missing", "BDC_9999"),
    } <= found
    places = {place for _, place in found}
    assert not places & {"Vendor.vendorBankAccountStatus", "Vendor.isActive", "Vendor.name"}
    assert report["read"] == {
        "recordings": 4, "answers": 2, "errors": 1, "unreadable": 1, "objects": 1
    }  # fmt: skip

    assert codegen_main(["learn", str(tmp_path), "--format", "markdown"]) == 1
    assert capsys.readouterr().out.startswith("## Learned from recordings: ")
    (tmp_path / "broken.json").write_text("{not json")
    assert codegen_main(["learn", str(tmp_path)]) == 2
    assert "broken.json: not a JSON recording" in capsys.readouterr().err
