"""Property: whatever arrives, the served fake answers with a Bill.com envelope (never HTTP 500,
always valid JSON), and the same connection keeps working. Bounded examples, fixed seed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from billcom.testing import FakeBillCom, running_server
from billcom.testing._catalog import ACTIONS, ENTITIES

CREDS = {"userName": "u@example.com", "password": "pw", "orgId": "", "devKey": "dk"}

PATHS = sorted(
    {
        f"Crud/{verb}/{name}"
        for name, e in ENTITIES.items()
        for verb in ("Create", "Read", "Update", "Delete", "Undelete")
        if verb.lower() in e["operations"]
    }
    | {f"List/{name}" for name, e in ENTITIES.items() if "list" in e["operations"]}
    | {
        f"Bulk/Crud/{verb.capitalize()}/{name}"
        for name, e in ENTITIES.items()
        for verb in e["bulk"]
    }
    | set(ACTIONS)
    | {"Crud/Read/Nothing", "List", "", "Crud//Vendor"}
)
FIELDS = sorted(
    {f for e in ENTITIES.values() for f in e["fields"]}
    | {"obj", "id", "bulk", "filters", "sort", "start", "max", "nested"}
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**300, max_value=10**400)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["", "0", "1", "2024-07-01", "00000000000000000000", "\ud800", "NaN"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=6), inner, max_size=5)
    ),
    max_leaves=25,
)
data_texts = st.one_of(
    st.builds(json.dumps, json_values),
    st.builds(lambda v: json.dumps({"obj": v}), json_values),
    st.builds(lambda v: json.dumps({"bulk": [v, {"obj": v}]}), json_values),
    st.text(max_size=30),
    st.sampled_from(["[" * 100_000 + "]" * 100_000, '{"a": NaN}', '{"amount": 1e400}', "{"]),
)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, FakeBillCom]]:
    fake = FakeBillCom(
        username=CREDS["userName"],
        password=CREDS["password"],
        dev_key=CREDS["devKey"],
        seed=5,
        hourly_limit=None,
        login_hourly_limit=None,
        record_requests=False,
    )
    with running_server(fake) as base_url:
        yield base_url, fake


def _envelope(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    body = json.loads(response.content)  # strict JSON: NaN or Infinity would fail here
    assert isinstance(body, dict) and body.get("response_status") in (0, 1), body
    if body["response_status"] == 1:
        assert body["response_data"]["error_code"] != "BDC_1001", body  # no internal failure
    return body


@seed(20261207)
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    path=st.sampled_from(PATHS),
    data=data_texts,
    with_session=st.booleans(),
    raw=st.one_of(st.none(), st.binary(max_size=60)),
)
def test_any_request_gets_an_envelope(
    served: tuple[str, FakeBillCom], path: str, data: str, with_session: bool, raw: bytes | None
) -> None:
    base_url, fake = served
    with httpx.Client(timeout=30) as http:
        login = _envelope(http.post(f"{base_url}/Login.json", data={**CREDS, "orgId": fake.org_id}))
        session = login["response_data"]["sessionId"]
        form = {"devKey": "dk", "data": data}
        if with_session:
            form["sessionId"] = session
        if raw is None:
            answer = http.post(f"{base_url}/{path}.json", data=form)
        else:  # bytes that are not a form, or not UTF-8
            answer = http.post(
                f"{base_url}/{path}.json",
                content=raw,
                headers={"Content-Type": "multipart/form-data; boundary=x"},
            )
        _envelope(answer)
        # The connection is still good for the next request.
        _envelope(
            http.post(
                f"{base_url}/GetSessionInfo.json", data={"devKey": "dk", "sessionId": session}
            )
        )


#: Inputs that once broke the fake, each with the code it answers now.
KNOWN: list[tuple[str, Any, str]] = [
    ("List/Vendor", {"filters": 5}, "BDC_1124"),
    ("List/Vendor", {"sort": 5}, "BDC_1124"),
    ("Crud/Read/Vendor", {"id": ["a"]}, "BDC_1108"),
    (
        "MFAAuthenticate",
        {
            "challengeId": ["x"],
            "token": "1",
            "deviceId": "d",
            "machineName": "m",
            "rememberMe": True,
        },
        "BDC_1124",
    ),
    (
        "MFAAuthenticate",
        {
            "challengeId": {"a": 1},
            "token": "1",
            "deviceId": "d",
            "machineName": "m",
            "rememberMe": True,
        },
        "BDC_1124",
    ),
    ("SetApprovers", {"objectId": "x", "entity": ["Bill"], "approvers": []}, "BDC_1124"),
    ("Crud/Create/Vendor", {"obj": {"entity": "Vendor", "name": "\ud800"}}, "BDC_1122"),
    (
        "Crud/Create/Bill",
        {
            "obj": {
                "entity": "Bill",
                "vendorId": "x",
                "invoiceNumber": "1",
                "invoiceDate": "2024-07-01",
                "dueDate": "2024-07-31",
                "billLineItems": [{"entity": "BillLineItem", "amount": 10**400}],
            }
        },
        "BDC_1119",  # the vendor does not exist: the first thing wrong
    ),
    ("Crud/Read/Vendor", "[" * 100_000 + "]" * 100_000, "BDC_1122"),
    ("Crud/Read/Vendor", '{"id": NaN}', "BDC_1122"),
]


@pytest.mark.parametrize(("path", "data", "code"), KNOWN)
def test_inputs_that_once_broke_it(
    served: tuple[str, FakeBillCom], path: str, data: Any, code: str
) -> None:
    base_url, fake = served
    text = data if isinstance(data, str) else json.dumps(data)
    with httpx.Client(timeout=30) as http:
        login = _envelope(http.post(f"{base_url}/Login.json", data={**CREDS, "orgId": fake.org_id}))
        form = {"devKey": "dk", "sessionId": login["response_data"]["sessionId"], "data": text}
        body = _envelope(http.post(f"{base_url}/{path}.json", data=form))
        assert body["response_data"]["error_code"] == code, body
        for raw, kind in (
            (b"\xff\xfe=\xff", "application/x-www-form-urlencoded"),
            (b"--x\r\nbad", "multipart/form-data; boundary=x"),
        ):
            answer = http.post(
                f"{base_url}/{path}.json", content=raw, headers={"Content-Type": kind}
            )
            # Unreadable, or read as a form without the devKey: refused either way.
            assert _envelope(answer)["response_data"]["error_code"] in ("BDC_1122", "BDC_1102")


def test_a_forged_host_header_is_not_echoed(served: tuple[str, FakeBillCom]) -> None:
    base_url, fake = served
    with httpx.Client(timeout=30) as http:
        for host in ("evil.example", "evil.example:443", "x" * 200):
            login = _envelope(
                http.post(
                    f"{base_url}/Login.json",
                    data={**CREDS, "orgId": fake.org_id},
                    headers={"Host": host},
                )
            )
            assert login["response_data"]["apiEndPoint"] == base_url
