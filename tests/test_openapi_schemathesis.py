"""Schemathesis against the served fake, from `generated/openapi.json`.

For each operation chosen below, Schemathesis draws requests from the document, valid ones and
invalid ones, and sends them to a fake served over HTTP, logged in with an MFA-trusted session.
Every answer must come without a server error (HTTP 5xx), conform to the document (status,
content type, envelope and `response_data` schema), and an invalid request must be answered
with an error envelope. Bounded: a fixed number of examples per operation, derandomized.

Two things stand between the document and the generator:
- `data` is JSON text (`contentMediaType` + `contentSchema`); Schemathesis would draw any JSON
  text for it, so the test hands it the `contentSchema` to draw from and writes the drawn value
  as JSON text, exactly as the form's `encoding` entry says.
- `devKey` and `sessionId` are the session, not the request: they are injected like a token,
  so the invalid requests drawn are invalid in what they ask, not in who asks.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from billcom.testing import FakeBillCom, running_server
from codegen.generate import ROOT

DOC = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
SESSION_FIELDS = ("devKey", "sessionId")
MAX_EXAMPLES = 10
#: All 276 operations take over three minutes; these cover every form (data, credentials,
#: session, multipart), nested children, required options, MFA, Bulk, List and the actions
#: that move money, approve, send and read documents.
ENTITIES = ("Vendor", "Bill", "Invoice", "User", "CustomerBankAccount", "VendorBankAccount")
ACTIONS = (
    "Login",
    "ListOrgs",
    "GetSessionInfo",
    "CurrentTime",
    "UploadAttachment",
    "MFAAuthenticate",
    "PayBills",
    "RecordAPPayment",
    "VoidAPPayment",
    "RecordARPayment",
    "ChargeCustomer",
    "SetApprovers",
    "Approve",
    "ListUserApprovals",
    "SendInvoice",
    "ListPayments",
    "GetDocuments",
    "GetEntityMetadata",
    "SendVendorInvite",
)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def generator_view(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as the generator should read it: `data` drawn from its contentSchema, the
    session fields left to the test."""
    view = copy.deepcopy(doc)
    for item in view["paths"].values():
        for content in item["post"]["requestBody"]["content"].values():
            schema = content["schema"]
            props = schema["properties"]
            if "sessionId" not in props:
                continue  # Login and ListOrgs: the credentials are the request
            for name in SESSION_FIELDS:
                props.pop(name, None)
                schema["required"].remove(name)
            if "data" in props:
                props["data"] = props["data"]["contentSchema"]
    return view


VIEW = generator_view(DOC)
SCHEMA = schemathesis.openapi.from_dict(VIEW)


def chosen(path: str) -> bool:
    name = path.removesuffix(".json").rsplit("/", 1)[-1]
    return name in (ENTITIES if path.count("/") > 1 else ACTIONS)


def constrained(path: str) -> bool:
    """Whether the request has anything to get wrong once the session is injected."""
    content = VIEW["paths"][path]["post"]["requestBody"]["content"]
    return bool(next(iter(content.values()))["schema"]["properties"])


PATHS = sorted(path for path in DOC["paths"] if chosen(path))


def form_of(path: str) -> str:
    content = DOC["paths"][path]["post"]["requestBody"]["content"]
    if "multipart/form-data" in content:
        return "multipart"
    props = next(iter(content.values()))["schema"]["properties"]
    if "data" in props:
        return "data"
    return "session" if "sessionId" in props else "credentials"


class Served:
    def __init__(self, fake: FakeBillCom, base_url: str) -> None:
        self.fake = fake
        self.base_url = base_url
        self.http = requests.Session()
        creds = fake.credentials(base_url)
        self.credentials = {
            "userName": creds["username"],
            "password": creds["password"],
            "orgId": creds["org_id"],
            "devKey": creds["dev_key"],
        }
        self.session_id = self.post("Login.json", self.credentials)["sessionId"]
        challenge = self.post(
            "MFAChallenge.json", self.with_session({"data": json.dumps({"useBackup": False})})
        )
        token = {"challengeId": challenge["challengeId"], "token": fake.mfa_code}
        token |= {"deviceId": "schemathesis", "rememberMe": False}
        self.post("MFAAuthenticate.json", self.with_session({"data": json.dumps(token)}))

    def post(self, path: str, form: dict[str, str]) -> Any:
        answer = self.http.post(f"{self.base_url}/{path}", data=form).json()
        assert answer["response_status"] == 0, answer
        return answer["response_data"]

    def with_session(self, form: dict[str, Any]) -> dict[str, Any]:
        return {**form, "devKey": self.credentials["devKey"], "sessionId": self.session_id}


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    fake = FakeBillCom(seed=16, hourly_limit=None, login_hourly_limit=None, record_requests=False)
    with running_server(fake) as base_url:
        yield Served(fake, base_url)


def prepare(case: Case[Any], served: Served, path: str) -> None:
    """Inject the session and write `data` as JSON text, as a client does."""
    body = case.body
    if not isinstance(body, dict):
        return
    body = dict(body)
    if form_of(path) == "credentials":
        if case.meta is not None and case.meta.generation.mode.is_positive:
            body.update(served.credentials)
    else:
        body = served.with_session(body)
        if "data" in body and not isinstance(body["data"], str):
            body["data"] = json.dumps(body["data"])
    case.body = body


def invalid_on_the_wire(meta: Any) -> bool:
    """Whether the drawn request stays invalid once sent: a form field other than `data` is
    text (or a file part's bytes) whatever JSON type was drawn for it; `data` keeps its JSON."""
    if not meta.generation.mode.is_negative:
        return False
    mutations = getattr(meta.phase.data, "mutations", ())
    return not mutations or any(not m.path or m.path[0] == "data" for m in mutations)


def is_refusal(answer: Any, *, bulk: bool = False) -> bool:
    """An error envelope; for a Bulk call, that of the call or of an item (each stands alone)."""
    data = answer.get("response_data") if isinstance(answer, dict) else None
    if bulk and answer.get("response_status") == 0 and isinstance(data, dict):
        return any(is_refusal(item) for item in data.get("bulk") or [])
    return (
        answer.get("response_status") == 1
        and isinstance(data, dict)
        and bool(re.fullmatch(r"BDC_\d{4}", str(data.get("error_code"))))
    )


def run(served: Served, label: str, mode: GenerationMode) -> None:
    operation = SCHEMA.find_operation_by_label(label)
    assert operation is not None
    path = label.removeprefix("POST ")

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Case[Any]) -> None:
        # Read before the case is written as sent (JSON text is not the object drawn).
        negative = case.meta is not None and invalid_on_the_wire(case.meta)
        drawn = repr(case.body)
        prepare(case, served, path)
        response = case.call(base_url=served.base_url, session=served.http)
        case.validate_response(response, checks=CHECKS)
        if negative:
            assert is_refusal(response.json(), bulk=path.startswith("/Bulk/")), (
                f"{label}: an invalid request was answered {response.text[:300]}\n"
                f"drawn: {drawn}\nmutation: {case.meta and case.meta.phase.data!r}"
            )

    check()


@pytest.mark.parametrize("path", PATHS)
def test_valid_requests(served: Served, path: str) -> None:
    run(served, f"POST {path}", GenerationMode.POSITIVE)


@pytest.mark.parametrize("path", [p for p in PATHS if constrained(p)])
def test_invalid_requests(served: Served, path: str) -> None:
    run(served, f"POST {path}", GenerationMode.NEGATIVE)


def test_the_chosen_operations_exist_and_cover_every_form() -> None:
    names = {path.removesuffix(".json").rsplit("/", 1)[-1] for path in PATHS}
    assert names == {*ENTITIES, *ACTIONS}
    assert {form_of(path) for path in PATHS} == {"data", "credentials", "session", "multipart"}
    assert any(p.startswith("/Bulk/") for p in PATHS) and any(p.startswith("/List/") for p in PATHS)
