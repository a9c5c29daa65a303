"""Property: whatever a server answers and whatever a caller passes, a public method returns or
raises a BillComError, nothing else. Sync and async; bounded examples, fixed seed."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import billcom
from billcom import AsyncBillCom, BillCom
from billcom.testing import FakeBillCom

OPTIONS: dict[str, Any] = {
    "username": "u",
    "password": "password-1",
    "org_id": "o",
    "dev_key": "dev-key-1",
    "base_url": "https://hostile.test/api/v2",
    "max_retries": 1,
    "backoff_initial": 0.0,
    "backoff_max": 0.0,
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
envelopes = st.fixed_dictionaries(
    {"response_status": st.sampled_from([0, 1, "0", None, 2]), "response_data": json_values},
    optional={"response_message": st.text(max_size=10)},
)
error_envelopes = st.builds(
    lambda code, message: {
        "response_status": 1,
        "response_data": {"error_code": code, "error_message": message},
    },
    st.sampled_from(["BDC_1109", "BDC_1120", "BDC_1322", "BDC_1001", "BDC_9999", 5, None]),
    json_values,
)
bulk_replies = st.builds(
    lambda items: {"response_status": 0, "response_data": {"bulk": items}},
    st.lists(envelopes | json_values, max_size=4),
)
bodies = st.one_of(
    st.binary(max_size=200),
    st.builds(lambda v: json.dumps(v).encode(), json_values),
    st.builds(lambda v: json.dumps(v).encode(), envelopes | error_envelopes | bulk_replies),
    st.sampled_from([b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000, b"\xff\xfe", b""]),
)
statuses = st.sampled_from([200, 201, 204, 301, 400, 401, 404, 429, 500, 502, 503, 504])
LOGIN = json.dumps(
    {
        "response_status": 0,
        "response_data": {"sessionId": "session-1", "apiEndPoint": OPTIONS["base_url"]},
    }
).encode()

CALLS: list[Callable[[Any], Any]] = [
    lambda c: c.vendors.read("00901ABCDEFGHIJKLMNO"),
    lambda c: c.vendors.create(name="Acme"),
    lambda c: c.bills.list(page_size=2),
    lambda c: c.vendors.bulk_create([{"name": "A"}, {"name": "B"}]),
    lambda c: c.payments.pay_bills(bill_pays=[{"bill_id": "00n1", "amount": Decimal("1")}]),
    lambda c: c.session.info(),
    lambda c: c.session.list_orgs(),
    lambda c: c.request("GetSessionInfo"),
]


def _transport(
    status: int, body: bytes, login_too: bool
) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/Login.json") and not login_too:
            return httpx.Response(200, content=LOGIN)
        return httpx.Response(status, content=body)

    return answer


def _sync(call: Callable[[Any], Any], answer: Callable[[httpx.Request], httpx.Response]) -> None:
    with BillCom(**OPTIONS, transport=httpx.MockTransport(answer)) as client:
        try:
            result = call(client)
            if isinstance(result, billcom.SyncPaginator):
                list(result)
        except billcom.BillComError:
            pass


def _async(call: Callable[[Any], Any], answer: Callable[[httpx.Request], httpx.Response]) -> None:
    async def scenario() -> None:
        async with AsyncBillCom(**OPTIONS, transport=httpx.MockTransport(answer)) as client:
            try:
                result = call(client)
                if isinstance(result, billcom.AsyncPaginator):
                    async for _ in result:
                        pass
                else:
                    await result
            except billcom.BillComError:
                pass

    asyncio.run(scenario())


@seed(20261207)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    status=statuses,
    body=bodies,
    call=st.sampled_from(CALLS),
    kind=st.sampled_from([_sync, _async]),
    login_too=st.booleans(),
)
def test_any_answer_gives_a_result_or_a_billcom_error(
    status: int,
    body: bytes,
    call: Callable[[Any], Any],
    kind: Callable[..., None],
    login_too: bool,
) -> None:
    kind(call, _transport(status, body, login_too))


caller_values = st.one_of(
    json_values,
    st.text(alphabet=st.characters(min_codepoint=0xD7F0, max_codepoint=0xDFFF), max_size=3),
    st.floats(),
    st.decimals(),
    st.dates(),
    st.datetimes(),
    st.builds(object),
    st.sets(st.integers(), max_size=2),
)
CALLER_CALLS: list[Callable[[Any, Any], Any]] = [
    lambda c, v: c.vendors.create(name=v),
    lambda c, v: c.vendors.create(name="x", email=v, balance=v),
    lambda c, v: c.bills.create(vendor_id=v, bill_line_items=[{"amount": v}]),
    lambda c, v: list(c.bills.list(filters=[{"field": "amount", "op": ">", "value": v}])),
    lambda c, v: list(c.bills.list(filters=v, sort=v)),
    lambda c, v: c.vendors.bulk_create([v, {"name": v}]),
    lambda c, v: c.vendors.read(v),
    lambda c, v: c.vendors.bulk_delete(v),
    lambda c, v: c.payments.pay_bills(bill_pays=v),
    lambda c, v: c.request("Crud/Read/Vendor", {"id": v}),
]


@seed(20261207)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=caller_values, call=st.sampled_from(CALLER_CALLS))
def test_anything_a_caller_passes_gives_a_result_or_a_billcom_error(
    value: Any, call: Callable[[Any, Any], Any]
) -> None:
    with FakeBillCom(seed=1).client() as client, contextlib.suppress(billcom.BillComError):
        call(client, value)
