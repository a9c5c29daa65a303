"""Every answer is classified one way: refused (known code), or unknown outcome and retried only
when safe. Against a real loopback server that misbehaves like gateways and broken servers do."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

import billcom
from billcom import AsyncBillCom, BillCom
from tests.hostile import CREDENTIALS, ENVELOPE_OK, Answer, error, ok, serving

VENDOR = {"entity": "Vendor", "id": "00901ABCDEFGHIJKLMNO", "name": "Acme"}
RETRIES = 2

#: Answers that prove nothing: the call may or may not have been done.
FAILURES: dict[str, Answer] = {
    "html 503": Answer(503, b"<html><body>Service Unavailable</body></html>", "text/html"),
    "json 502 without envelope": Answer(502, b'{"message": "Bad Gateway"}'),
    "empty 500": Answer(500, b""),
    "truncated 502": Answer(502, b'{"response_status": 0, "respon'),
    "error envelope without code on 500": Answer(
        500, b'{"response_status": 1, "response_data": {"error_message": "x"}}'
    ),
    "unknown code on 503": error("BDC_9999", "Something odd", status=503),
    "html 200": Answer(200, b"<html>maintenance</html>", "text/html"),
    "json 200 without envelope": Answer(200, b'{"ok": true}'),
    "deep json 200": Answer(200, b"[" * 100_000 + b"]" * 100_000),
    "connection reset": Answer(reset=True),
}

#: Answers that prove the server refused the call.
REFUSALS: dict[str, tuple[Answer, type[billcom.APIError]]] = {
    "not found": (error("BDC_1120", "No data found."), billcom.NotFoundError),
    "validation on 400": (error("BDC_1124", "Invalid data", status=400), billcom.ValidationError),
}

CALLS: dict[str, tuple[str, Callable[[Any], Any], bool]] = {
    # name: (path, call, safe to repeat)
    "read": ("Crud/Read/Vendor", lambda c: c.vendors.read(VENDOR["id"]), True),
    "create": ("Crud/Create/Vendor", lambda c: c.vendors.create(name="Acme"), False),
    "pay_bills": (
        "PayBills",
        lambda c: c.payments.pay_bills(bill_pays=[{"bill_id": "00n1", "amount": Decimal("5")}]),
        False,
    ),
}


def _client(base_url: str) -> BillCom:
    return BillCom(**CREDENTIALS, base_url=base_url, max_retries=RETRIES, backoff_initial=0.001)


def _run(kind: str, base_url: str, call: Callable[[Any], Any]) -> None:
    if kind == "sync":
        with _client(base_url) as client:
            call(client)
        return

    async def scenario() -> None:
        async with AsyncBillCom(
            **CREDENTIALS, base_url=base_url, max_retries=RETRIES, backoff_initial=0.001
        ) as client:
            await call(client)

    asyncio.run(scenario())


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("call_name", list(CALLS))
@pytest.mark.parametrize("answer_name", list(FAILURES))
def test_an_answer_that_proves_nothing(kind: str, call_name: str, answer_name: str) -> None:
    path, call, safe = CALLS[call_name]
    answer = FAILURES[answer_name]
    with serving(lambda p, form, n: answer) as server:
        with pytest.raises(billcom.BillComError) as info:
            _run(kind, server.base_url, call)
        sent = server.count(path)
    if safe:
        assert sent == 1 + RETRIES  # retried: repeating a read does no harm
        assert not isinstance(info.value, billcom.UnknownOutcomeError)
        assert isinstance(info.value, billcom.APIResponseError | billcom.APIConnectionError)
    else:
        assert sent == 1  # never sent twice
        assert isinstance(info.value, billcom.UnknownOutcomeError)
        assert info.value.operation == path
        assert info.value.data  # what was sent, to look for before trying again


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("call_name", list(CALLS))
@pytest.mark.parametrize("answer_name", list(REFUSALS))
def test_a_known_code_is_a_refusal(kind: str, call_name: str, answer_name: str) -> None:
    path, call, _ = CALLS[call_name]
    answer, expected = REFUSALS[answer_name]
    with serving(lambda p, form, n: answer) as server:
        with pytest.raises(expected) as info:
            _run(kind, server.base_url, call)
        assert server.count(path) == 1
    assert type(info.value) is expected


def test_a_read_recovers_when_the_gateway_does() -> None:
    def script(path: str, form: dict[str, str], n: int) -> Answer:
        return FAILURES["html 503"] if n == 1 else ok(VENDOR)

    with serving(script) as server, _client(server.base_url) as client:
        assert client.vendors.read(VENDOR["id"]).name == "Acme"
        assert server.count("Crud/Read/Vendor") == 2


@pytest.mark.parametrize(
    "reply",
    [
        {"bulk": [{"response_status": 0, "response_data": VENDOR}]},  # 1 result for 3 items
        {"bulk": "nope"},
        {"bulk": [{"response_status": 0, "response_data": [1]}] * 3},  # items not objects
        {"bulk": [{"response_status": 0, "response_data": "x"}] * 3},
        {"bulk": [5, 6, 7]},  # items not envelopes
    ],
)
def test_a_bulk_answer_that_does_not_account_for_every_item(reply: dict[str, Any]) -> None:
    with serving(lambda p, form, n: ok(reply)) as server, _client(server.base_url) as client:
        with pytest.raises(billcom.BulkError) as info:
            client.vendors.bulk_create([{"name": "A"}, {"name": "B"}, {"name": "C"}])
        assert server.count("Bulk/Crud/Create/Vendor") == 1
        assert isinstance(info.value.cause, billcom.UnknownOutcomeError)
        assert len(info.value.unknown) == 3 and info.value.results == []
        with pytest.raises(billcom.BulkError, match="Bulk/Crud/Delete/Vendor") as deleting:
            client.vendors.bulk_delete(["a", "b", "c"])
        assert isinstance(deleting.value.cause, billcom.APIResponseError)
        assert server.count("Bulk/Crud/Delete/Vendor") == 1 + RETRIES
    assert "Bulk/Crud/Create/Vendor" in str(info.value)


def test_an_unknown_code_that_is_not_a_server_failure_is_still_an_api_error() -> None:
    with serving(lambda p, form, n: error("BDC_4242", "New rule")) as server:
        with _client(server.base_url) as client, pytest.raises(billcom.APIError) as info:
            client.vendors.create(name="Acme")
        assert server.count("Crud/Create/Vendor") == 1
    assert type(info.value) is billcom.APIError and info.value.code == "BDC_4242"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_bulk_keeps_every_result_when_a_later_chunk_fails(kind: str) -> None:
    def script(path: str, form: dict[str, str], n: int) -> Answer:
        if n == 2:
            return FAILURES["html 503"]  # the second chunk: did it happen?
        items = json.loads(form["data"])["bulk"]
        made = [{**VENDOR, "name": item["obj"]["name"]} for item in items]
        return ok({"bulk": [{"response_status": 0, "response_data": m} for m in made]})

    items: list[Any] = [{"name": f"V{i}"} for i in range(250)]
    with serving(script) as server:
        with pytest.raises(billcom.BulkError) as info:
            _run(kind, server.base_url, lambda c: c.vendors.bulk_create(items))
        assert server.count("Bulk/Crud/Create/Vendor") == 2  # the third chunk is never sent
    error = info.value
    assert [r.name for r in error.results] == [f"V{i}" for i in range(100)]
    assert [item["obj"]["name"] for item in error.unknown] == [f"V{i}" for i in range(100, 200)]
    assert [item["obj"]["name"] for item in error.unsent] == [f"V{i}" for i in range(200, 250)]
    assert isinstance(error.cause, billcom.UnknownOutcomeError)
    assert "chunk 2 of 3" in str(error) and "100 results kept" in str(error)


DRIP = Answer(200, json.dumps({**ENVELOPE_OK, "response_data": VENDOR}).encode(), drip=0.25)


@pytest.mark.parametrize("drip", [DRIP, Answer(**{**DRIP.__dict__, "drip_all": True})])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_timeout_bounds_the_whole_answer_not_the_gap_between_bytes(kind: str, drip: Answer) -> None:
    async def read_async(base_url: str) -> None:
        async with AsyncBillCom(
            **CREDENTIALS, base_url=base_url, timeout=1, max_retries=0
        ) as client:
            await client.vendors.read(VENDOR["id"])

    with serving(lambda p, form, n: drip) as server:  # ~20 s to send the whole answer
        started = time.monotonic()
        with pytest.raises(billcom.APITimeoutError):
            if kind == "sync":
                with BillCom(
                    **CREDENTIALS, base_url=server.base_url, timeout=1, max_retries=0
                ) as client:
                    client.vendors.read(VENDOR["id"])
            else:
                asyncio.run(read_async(server.base_url))
        elapsed = time.monotonic() - started
    assert elapsed < 2.5, elapsed  # one second, and the time to notice


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_total_timeout_bounds_a_call_with_its_retries(kind: str) -> None:
    options: dict[str, Any] = {
        "total_timeout": 1.5,
        "max_retries": 1000,
        "backoff_initial": 0.2,
        "backoff_max": 0.2,
    }

    async def create_async(base_url: str) -> None:
        async with AsyncBillCom(**CREDENTIALS, base_url=base_url, **options) as client:
            await client.vendors.read(VENDOR["id"])

    with serving(lambda p, form, n: FAILURES["html 503"]) as server:
        started = time.monotonic()
        with pytest.raises(billcom.APIStatusError):
            if kind == "sync":
                with BillCom(**CREDENTIALS, base_url=server.base_url, **options) as client:
                    client.vendors.read(VENDOR["id"])
            else:
                asyncio.run(create_async(server.base_url))
        elapsed = time.monotonic() - started
        assert 2 <= server.count("Crud/Read/Vendor") < 1000  # retried, then time ran out
    assert elapsed < 5, elapsed


def test_the_async_client_refuses_a_foreign_api_endpoint_and_a_miscounted_bulk() -> None:
    def login(base_url: str) -> dict[str, Any]:
        return {"sessionId": "s-1", "apiEndPoint": "https://evil.example/api/v2"}

    miscounted = {"bulk": [{"response_status": 0, "response_data": VENDOR}]}

    async def scenario(base_url: str, evil: bool) -> None:
        async with AsyncBillCom(**CREDENTIALS, base_url=base_url) as client:
            if evil:
                with pytest.raises(billcom.AuthenticationError):
                    await client.vendors.read(VENDOR["id"])
            else:
                with pytest.raises(billcom.BulkError) as info:
                    await client.vendors.bulk_create([{"name": "A"}, {"name": "B"}])
                assert isinstance(info.value.cause, billcom.UnknownOutcomeError)

    with serving(lambda p, form, n: ok(VENDOR), login=login) as server:
        asyncio.run(scenario(server.base_url, evil=True))
        assert [path for path, _ in server.requests] == ["Login"]
    with serving(lambda p, form, n: ok(miscounted)) as server:
        asyncio.run(scenario(server.base_url, evil=False))
        assert server.count("Bulk/Crud/Create/Vendor") == 1
