"""datamodel-code-generator reads `generated/openapi.json` into pydantic v2 models, and those
models take what the fake really answers: one object of every creatable entity (created, then
read), listed objects of the others, and the answers of several actions and of a refusal.

What it proves: the exported schemas (types, codes, formats, nullability, nesting, the numeric
spelling of a code) describe the fake's real answers, in terms a third-party generator reads.
The client's own models still come from the templates (codegen/README.md says why).
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from datamodel_code_generator import InputFileType, PythonVersion, generate
from datamodel_code_generator.enums import DataModelType
from pydantic import BaseModel, ValidationError

from billcom.testing import FakeBillCom, FakeTransport
from billcom.testing._fake import IN_PROCESS_BASE_URL
from codegen.generate import ROOT
from codegen.spec import Entity, TypeRef, load_spec

SPEC = load_spec(ROOT / "spec")
EXPORTED = ROOT / "generated" / "openapi.json"
MODULE = "billcom_openapi_models"


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("models") / f"{MODULE}.py"
    generate(
        EXPORTED,
        input_file_type=InputFileType.OpenAPI,
        output=out,
        output_model_type=DataModelType.PydanticV2BaseModel,
        formatters=[],
        disable_timestamp=True,
        target_python_version=PythonVersion.PY_311,
    )
    loader = importlib.util.spec_from_file_location(MODULE, out)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    sys.modules[MODULE] = module  # pydantic resolves the annotations through it
    try:
        loader.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[MODULE]


class Wire:
    """Raw forms to an in-process fake, logged in with an MFA-trusted session."""

    def __init__(self, fake: FakeBillCom) -> None:
        self.fake = fake
        self.http = httpx.Client(transport=FakeTransport(fake), base_url=IN_PROCESS_BASE_URL)
        creds = fake.credentials(IN_PROCESS_BASE_URL)
        self.login_form = {
            "userName": creds["username"],
            "password": creds["password"],
            "orgId": creds["org_id"],
            "devKey": creds["dev_key"],
        }
        self.answers: dict[str, Any] = {}
        self.session = {"devKey": creds["dev_key"], "sessionId": ""}
        self.session["sessionId"] = self.ok("Login", None, form=self.login_form)["sessionId"]
        challenge = self.ok("MFAChallenge", {"useBackup": False})
        self.ok(
            "MFAAuthenticate",
            {
                "challengeId": challenge["challengeId"],
                "token": fake.mfa_code,
                "deviceId": "models",
                "rememberMe": True,
            },
        )

    def post(self, path: str, data: Any, form: dict[str, str] | None = None) -> dict[str, Any]:
        sent = dict(form if form is not None else self.session)
        if data is not None:
            sent["data"] = json.dumps(data)
        answer: dict[str, Any] = self.http.post(f"/{path}.json", data=sent).json()
        return answer

    def ok(self, path: str, data: Any, form: dict[str, str] | None = None) -> Any:
        answer = self.post(path, data, form)
        assert answer["response_status"] == 0, (path, answer)
        self.answers[path] = answer["response_data"]
        return answer["response_data"]


@pytest.fixture(scope="module")
def wire() -> Iterator[Wire]:
    w = Wire(FakeBillCom(seed=4, hourly_limit=None))
    yield w
    w.http.close()


_unique = itertools.count(1)


def value(wire: Wire, t: TypeRef) -> Any:
    """A wire value of the type; an id is of an object stored for it."""
    match t.kind:
        case "string":
            return f"text-{next(_unique)}"
        case "ref":
            return stored(wire, t.ref) if t.ref else "0" * 20
        case "number":
            return 12.5
        case "integer":
            return 1
        case "boolean":
            return True
        case "date":
            return "2024-07-01"
        case "datetime":
            return "2024-07-30T20:33:28.000+0000"
        case "enum":
            return t.enum[0].code
        case "array":
            return [value(wire, t.items)] if t.items else []
    fields = SPEC.entity(t.entity).fields if t.entity else (t.fields or ())
    return {f.wire_name: value(wire, f.type) for f in fields if f.required and not f.read_only}


def stored(wire: Wire, name: str) -> str:
    record = wire.fake.add(name, wire.fake.example({"type": "object", "entity": name}))
    return str(record["id"])


def check(model: type[BaseModel], data: Any) -> None:
    """Strict, from JSON text: a value of another JSON type would not pass."""
    model.model_validate_json(json.dumps(data), strict=True)


CREATABLE = [e.name for e in SPEC.resources if e.has("create")]
LISTED = [e.name for e in SPEC.resources if e.has("list") and not e.has("create")]


def create(wire: Wire, entity: Entity) -> Any:
    obj = {"entity": entity.name, **value(wire, TypeRef(kind="object", entity=entity.name))}
    options = {o.wire_name: value(wire, o.type) for o in entity.options if o.required}
    return wire.ok(f"Crud/Create/{entity.name}", {"obj": obj, **options})


def test_the_generated_models_cover_every_entity_and_keep_the_constraints(
    models: ModuleType,
) -> None:
    for entity in SPEC.entities:
        assert issubclass(getattr(models, entity.name), BaseModel), entity.name
    vendor = {"entity": "Vendor", "id": "00901ABCDEFGHIJKLMNO", "vendorBankAccountStatus": -1}
    check(models.Vendor, vendor)  # the code as a number, as real answers carry it
    for wrong in (
        {"isActive": 1},  # a code is text
        {"createdTime": "2024-07-30T20:33:28.000+00:00"},  # no colon in Bill.com's offset
        {"entity": "Bill"},
    ):
        with pytest.raises(ValidationError):
            check(models.Vendor, {**vendor, **wrong})


@pytest.mark.parametrize("name", CREATABLE)
def test_created_and_read_objects_fit_their_model(
    models: ModuleType, wire: Wire, name: str
) -> None:
    entity = SPEC.entity(name)
    created = create(wire, entity)
    check(getattr(models, name), created)
    if entity.has("read"):
        check(getattr(models, name), wire.ok(f"Crud/Read/{name}", {"id": created["id"]}))


@pytest.mark.parametrize("name", LISTED)
def test_listed_objects_fit_their_model(models: ModuleType, wire: Wire, name: str) -> None:
    stored(wire, name)
    rows = wire.ok(f"List/{name}", {"start": 0, "max": 999})
    assert rows
    for row in rows:
        check(getattr(models, name), row)


def test_action_answers_fit_their_models(models: ModuleType, wire: Wire) -> None:
    vendor = create(wire, SPEC.entity("Vendor"))
    bill_obj = {
        "entity": "Bill",
        "vendorId": vendor["id"],
        "invoiceNumber": "M-1",
        "invoiceDate": "2024-07-01",
        "dueDate": "2024-07-31",
        "billLineItems": [{"entity": "BillLineItem", "amount": 100}],
    }
    bill = wire.ok("Crud/Create/Bill", {"obj": bill_obj})
    customer = create(wire, SPEC.entity("Customer"))
    pays = [{"billId": bill["id"], "amount": 40}]
    answers = {
        "ListOrgs": wire.ok("ListOrgs", None, form=wire.login_form),
        "GetSessionInfo": wire.ok("GetSessionInfo", None),
        "CurrentTime": wire.ok("CurrentTime", None),
        "PayBills": wire.ok("PayBills", {"vendorId": vendor["id"], "billPays": pays}),
        "RecordAPPayment": wire.ok(
            "RecordAPPayment",
            {
                "vendorId": vendor["id"],
                "processDate": "2024-07-02",
                "toPrintCheck": False,
                "billPays": pays,
            },
        ),
        "RecordARPayment": wire.ok(
            "RecordARPayment",
            {
                "customerId": customer["id"],
                "paymentDate": "2024-07-02",
                "paymentType": "1",
                "amount": 25,
            },
        ),
    }
    sent_pay = answers["PayBills"]["sentPays"][0]["id"]
    answers["ListPayments"] = wire.ok(
        "ListPayments", {"disbursementStatus": "0", "start": 0, "max": 999}
    )
    answers["GetDisbursementData"] = wire.ok("GetDisbursementData", {"sentPayId": sent_pay})
    answers["Login"] = wire.answers["Login"]
    answers["MFAChallenge"] = wire.answers["MFAChallenge"]
    answers["MFAAuthenticate"] = wire.answers["MFAAuthenticate"]
    for action, data in answers.items():
        check(getattr(models, f"{action}Response"), data)
    refused = wire.post("Crud/Read/Vendor", {"id": "00901NOSUCHVENDOR000"})
    check(models.ErrorResponse, refused)
