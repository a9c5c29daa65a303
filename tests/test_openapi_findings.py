"""What Schemathesis found against the fake and the export (tests/test_openapi_schemathesis.py),
each kept as a plain test with the input that failed, plus the neighbours found while fixing them.

Each answer is checked against `generated/openapi.json` itself: a refused request is answered
with an error envelope, an accepted one with what the document says it answers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]  # comes with openapi-spec-validator
import pytest

from billcom.testing import FakeBillCom, FakeTransport
from billcom.testing._fake import IN_PROCESS_BASE_URL
from codegen.generate import ROOT

DOC = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {**schema, "components": DOC["components"]},
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def answers_as_documented(path: str, answer: Any) -> None:
    post = DOC["paths"][path]["post"]
    schema = post["responses"]["200"]["content"]["application/json"]["schema"]
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator(schema).iter_errors(answer)
    ]
    assert errors == [], errors


def documented_data(path: str) -> jsonschema.Draft202012Validator:
    """What the document allows in the `data` form field of `path`."""
    content = DOC["paths"][path]["post"]["requestBody"]["content"]
    form = next(iter(content.values()))["schema"]
    return validator(form["properties"]["data"]["contentSchema"])


class Wire:
    def __init__(self, fake: FakeBillCom) -> None:
        self.http = httpx.Client(transport=FakeTransport(fake), base_url=IN_PROCESS_BASE_URL)
        creds = fake.credentials(IN_PROCESS_BASE_URL)
        login = {
            "userName": creds["username"],
            "password": creds["password"],
            "orgId": creds["org_id"],
            "devKey": creds["dev_key"],
        }
        session = self.http.post("/Login.json", data=login).json()["response_data"]["sessionId"]
        self.session = {"devKey": creds["dev_key"], "sessionId": session}

    def post(self, path: str, data: Any) -> Any:
        form = {**self.session, "data": json.dumps(data)}
        answer = self.http.post(path, data=form).json()
        answers_as_documented(path, answer)
        return answer


@pytest.fixture
def wire() -> Iterator[Wire]:
    w = Wire(FakeBillCom(seed=7))
    yield w
    w.http.close()


def refused(answer: Any, code: str) -> bool:
    return bool(answer["response_status"] == 1 and answer["response_data"]["error_code"] == code)


# -- found by Schemathesis ----------------------------------------------------------------------


def test_a_vendor_answers_its_bank_account_status_as_a_number(wire: Wire) -> None:
    # The answer carried vendorBankAccountStatus -1 (a JSON number, as real answers do); the
    # document allowed only the text codes. The export now allows the codes as numbers there.
    answer = wire.post("/Crud/Create/Vendor.json", {"obj": {"entity": "Vendor", "name": "\x13h"}})
    assert answer["response_data"]["vendorBankAccountStatus"] == -1


def test_null_for_an_optional_request_field_is_documented_as_unset(wire: Wire) -> None:
    # UploadAttachment took {"fileName": "0", "id": null}, which the document refused: null
    # leaves an optional field unset (an update sends back every null it read).
    data = {"fileName": "0", "id": None}
    assert documented_data("/UploadAttachment.json").is_valid(data)
    vendor = wire.post("/Crud/Create/Vendor.json", {"obj": {"entity": "Vendor", "name": "V"}})
    update = {"obj": {**vendor["response_data"], "shortName": None}}
    assert documented_data("/Crud/Update/Vendor.json").is_valid(update)
    assert wire.post("/Crud/Update/Vendor.json", update)["response_status"] == 0


def test_empty_text_for_an_unset_field_is_documented(wire: Wire) -> None:
    # Crud/Create/User took timezoneId "" (an enum), which the document refused: empty text
    # is how clients that serialise whole structs leave a field unset, and the fake takes it.
    obj = {"entity": "User", "firstName": "0", "lastName": "0", "email": "0"}
    data = {"obj": {**obj, "profileId": "0", "timezoneId": "", "isActive": None}, "username": "0"}
    assert documented_data("/Crud/Create/User.json").is_valid(data)
    assert wire.post("/Crud/Create/User.json", data)["response_status"] == 0


# -- found while fixing them: the fake took what the document refuses ------------------------


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"filters": [{"field": "id", "op": "<"}]}, "BDC_1108"),  # no value
        ({"filters": [{"field": "id", "op": "=", "value": {"a": 1}}]}, "BDC_1124"),
        ({"filters": [{"field": "id", "op": "in", "value": ["a", 1]}]}, "BDC_1124"),
        ({"nested": "abc"}, "BDC_1124"),
        ({"showAudit": 3}, "BDC_1124"),
        ({"sort": [{"field": "id", "asc": 5}]}, "BDC_1129"),
    ],
)
def test_a_list_request_of_the_wrong_shape_is_refused(
    wire: Wire, data: dict[str, Any], code: str
) -> None:
    assert not documented_data("/List/Vendor.json").is_valid(data)
    assert refused(wire.post("/List/Vendor.json", data), code)


def test_a_list_request_of_the_documented_shape_is_answered(wire: Wire) -> None:
    data = {
        "filters": [{"field": "isActive", "op": "in", "value": ["1", "2"]}],
        "sort": [{"field": "name", "asc": "false"}, {"field": "id", "asc": True}],
        "nested": False,
        "showAudit": True,
    }
    assert documented_data("/List/Vendor.json").is_valid(data)
    assert wire.post("/List/Vendor.json", data)["response_status"] == 0


def test_a_code_sent_as_a_number_is_refused_not_answered_back_as_one(wire: Wire) -> None:
    # It used to be stored as the number and answered so, against the documented text codes.
    data = {"obj": {"entity": "Vendor", "name": "V", "isActive": 1}}
    assert not documented_data("/Crud/Create/Vendor.json").is_valid(data)
    assert refused(wire.post("/Crud/Create/Vendor.json", data), "BDC_1124")


def test_a_date_that_names_no_day_is_refused(wire: Wire) -> None:
    data = {"customerId": "0" * 20, "paymentDate": "2024-13-45", "paymentType": "1", "amount": 1}
    assert not documented_data("/RecordARPayment.json").is_valid(data)
    assert refused(wire.post("/RecordARPayment.json", data), "BDC_1124")


def test_an_option_of_the_wrong_type_is_refused(wire: Wire) -> None:
    vendor = wire.post("/Crud/Create/Vendor.json", {"obj": {"entity": "Vendor", "name": "V"}})
    bill = {
        "entity": "Bill",
        "vendorId": vendor["response_data"]["id"],
        "invoiceNumber": "1",
        "invoiceDate": "2024-07-01",
        "dueDate": "2024-07-31",
        "billLineItems": [{"entity": "BillLineItem", "amount": 1}],
    }
    data: dict[str, Any] = {"obj": bill, "allowDuplicateInvNum": "abc"}
    assert not documented_data("/Crud/Create/Bill.json").is_valid(data)
    assert refused(wire.post("/Crud/Create/Bill.json", data), "BDC_1124")
    data["allowDuplicateInvNum"] = True
    assert wire.post("/Crud/Create/Bill.json", data)["response_status"] == 0
