"""Bad parameters give one plain line each, naming the parameter both ways; nothing is sent."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import inspect
import types
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pydantic
import pytest

import billcom
from billcom import BillCom
from billcom.models import BillCreateParams, BillIsActive, Vendor
from billcom.testing import FakeBillCom

GOOD_BILL: BillCreateParams = {
    "vendor_id": "00901ABCDEFGHIJKLMNO",
    "invoice_number": "INV-1",
    "invoice_date": dt.date(2024, 7, 1),
    "due_date": dt.date(2024, 7, 31),
    "bill_line_items": [{"amount": Decimal("10.00")}],
}

#: No message may speak pydantic's language.
PYDANTIC_WORDS = ("Input should", "is-instance", "function-", "Extra inputs", "pydantic", "chain[")


def loose(**params: Any) -> Any:
    """Keyword arguments typed loosely: these tests pass what a checker would refuse."""
    return params


def bill(**changes: Any) -> Any:
    """GOOD_BILL with `changes`, typed loosely: these tests pass what a checker would refuse."""
    return {**GOOD_BILL, **changes}


def problems_of(call: Any) -> list[str]:
    with pytest.raises(billcom.InvalidRequestError) as info:
        call()
    text = str(info.value)
    assert not any(word in text for word in PYDANTIC_WORDS), text
    assert all(line in text for line in info.value.problems)
    return info.value.problems


def test_each_problem_is_one_plain_line(fake: FakeBillCom) -> None:
    bad = bill(
        invoice_date="2024-13-01",
        bill_line_items=[{"amount": Decimal(1), "amont": Decimal(2)}],
        vendr_id="x",
        amount=Decimal(5),
        has_auto_pay="yes",
        is_active=1,
    )
    del bad["invoice_number"]
    with fake.client() as client:
        problems = problems_of(lambda: client.bills.create(**bad))
    assert sorted(problems) == sorted(
        [
            "invoice_number (invoiceNumber): is required to create a Bill",
            "invoice_date (invoiceDate): expects a date (YYYY-MM-DD), got '2024-13-01'",
            "bill_line_items[0].amont (billLineItems[0].amont): is not a field of BillLineItem;"
            " did you mean `amount`?",
            "vendr_id: is not a field of Bill; did you mean `vendor_id`?",
            "amount: is set by Bill.com and cannot be sent",
            "has_auto_pay (hasAutoPay): expects True or False, got 'yes'",
            "is_active (isActive): expects a code as text, e.g. '1', or an enum member, got 1",
        ]
    )
    assert fake.requests == []  # not even a Login


def test_wire_names_work_and_are_named_too(fake: FakeBillCom) -> None:
    with fake.client() as client:
        (problem,) = problems_of(lambda: client.vendors.create(name="x", createdTime="now"))  # type: ignore[call-arg]
    assert problem == "createdTime: is set by Bill.com and cannot be sent"


def test_an_unknown_field_suggests_the_nearest(fake: FakeBillCom) -> None:
    with fake.client() as client:
        (problem,) = problems_of(lambda: client.vendors.create(name="x", adress1="1 Main St"))  # type: ignore[call-arg]
    assert problem == "adress1: is not a field of Vendor; did you mean `address1`?"


def test_actions_name_their_parameters(fake: FakeBillCom) -> None:
    with fake.client() as client:
        problems = problems_of(
            lambda: client.payments.pay_bills(bill_pays=[{"bill_id": "b", "amount": 1.5}])  # type: ignore[typeddict-item]
        )
    assert problems == [
        'bill_pays[0].amount (billPays[0].amount): expects an exact amount: pass Decimal("1.50"),'
        " not the float 1.5"
    ]


def test_enum_members_and_unlisted_codes_are_accepted(fake: FakeBillCom) -> None:
    with fake.client() as client:
        made = client.bills.create(**bill(vendor_id=client.vendors.create(name="V").id))
        assert made.is_active is BillIsActive.ACTIVE
        # A code the spec does not list goes to the API, which decides.
        sent = len(fake.requests)
        with contextlib.suppress(billcom.APIError):
            client.bills.create(**bill(vendor_id=made.vendor_id, is_active="9"))
        assert len(fake.requests) == sent + 1


def test_a_sequence_of_mappings_is_accepted(fake: FakeBillCom) -> None:
    with fake.client() as client:
        vendor = client.vendors.create(name="V")
        lines = (types.MappingProxyType({"amount": Decimal("1.25")}), {"amount": 2})
        made = client.bills.create(**bill(vendor_id=vendor.id, bill_line_items=lines))
    assert made.amount == Decimal("3.25")


def test_update_names_the_children_it_must_carry(fake: FakeBillCom) -> None:
    with fake.client() as client:
        vendor = client.vendors.create(name="V")
        made = client.bills.create(**bill(vendor_id=vendor.id))
        built = made.model_copy(update={"bill_line_items": None})  # e.g. built by hand
        sent = len(fake.requests)
        (problem,) = problems_of(lambda: client.bills.update(built, description="x"))
        assert problem.startswith("bill_line_items (billLineItems): missing from this Bill")
        assert "read(id)" in problem
        assert len(fake.requests) == sent
        updated = client.bills.update(client.bills.read(made.id), description="x")
        assert updated.description == "x"


def test_a_listed_object_carries_its_children_and_can_be_updated(fake: FakeBillCom) -> None:
    """Lists answer with child collections without `nested` (spec: list_returns_children)."""
    with fake.client() as client:
        vendor = client.vendors.create(name="V")
        made = client.bills.create(**bill(vendor_id=vendor.id))
        listed = next(iter(client.bills.list()))
        assert listed.bill_line_items == made.bill_line_items
        assert client.bills.update(listed, po_number="PO-7").po_number == "PO-7"


def test_update_changes_are_checked_like_create(fake: FakeBillCom) -> None:
    with fake.client() as client:
        vendor = client.vendors.create(name="V")
        problems = problems_of(
            lambda: client.vendors.update(vendor, **loose(email=5, balance=Decimal(1)))
        )
    assert sorted(problems) == [
        "balance: is set by Bill.com and cannot be sent",
        "email: expects text, got 5",
    ]


def test_bulk_checks_every_item_before_sending_any(fake: FakeBillCom) -> None:
    items: list[Any] = [GOOD_BILL] * 500
    items[3] = bill(invoice_date="31/07/2024")
    items[417] = bill(bill_line_items=[{"amount": 0.5}])
    with fake.client() as client:
        problems = problems_of(lambda: client.bills.bulk_create(items))
    assert problems == [
        "item 3: invoice_date (invoiceDate): expects a date (YYYY-MM-DD), got '31/07/2024'",
        "item 417: bill_line_items[0].amount (billLineItems[0].amount): expects an exact amount:"
        ' pass Decimal("0.50"), not the float 0.5',
    ]
    assert fake.requests == []


def test_bulk_ids_and_objects_are_checked_by_index(fake: FakeBillCom) -> None:
    with fake.client() as client:
        vendor = client.vendors.create(name="V")
        (problem,) = problems_of(lambda: client.vendors.bulk_delete([vendor.id, ""]))
        assert problem == "item 1: expects an id (non-empty text), got ''"
        (problem,) = problems_of(lambda: client.vendors.bulk_update([vendor, Vendor()]))
        assert problem.startswith("item 1: the Vendor has no id")


def test_what_json_cannot_carry_is_refused_not_raised_raw(fake: FakeBillCom) -> None:
    with fake.client() as client:
        (problem,) = problems_of(lambda: client.request("Crud/Read/Vendor", {"id": {1, 2}}))
    assert problem.startswith("the request cannot be sent as JSON")


def test_no_pydantic_exception_escapes_a_call(fake: FakeBillCom) -> None:
    hostile: list[Any] = [None, 5, "x", [1], {"a": object()}, float("inf"), b"\xff", {1: 2}]
    with fake.client() as client:
        for value in hostile:
            calls: list[Callable[[Any], object]] = [
                lambda v: client.bills.create(**bill(bill_line_items=v)),
                lambda v: client.bills.bulk_create([v]),
                lambda v: client.vendors.create(name=v),
                lambda v: client.payments.pay_bills(bill_pays=v),
                lambda v: client.bills.list(filters=[v]),
                lambda v: client.bills.list(sort=[v]),
            ]
            for call in calls:
                try:
                    call(value)
                except billcom.BillComError:
                    pass
                except pydantic.ValidationError as exc:  # pragma: no cover - the failure
                    pytest.fail(f"pydantic escaped for {value!r}: {exc}")


def test_the_client_fixture_over_http_reports_the_same(client: BillCom) -> None:
    (problem,) = problems_of(lambda: client.vendors.create(name="x", balance=Decimal(1)))  # type: ignore[call-arg]
    assert problem == "balance: is set by Bill.com and cannot be sent"


def test_the_async_client_checks_the_same_way(fake: FakeBillCom) -> None:
    async def scenario() -> list[list[str]]:
        found = []
        async with fake.async_client() as client:
            for call in (
                lambda: client.bills.bulk_create([bill(), bill(due_date="soon")]),
                lambda: client.bills.list(filters=[loose(field="amount", op=">", value=1.5)]),
                lambda: client.vendors.create(**loose(name="x", balance=Decimal(1))),
            ):
                with pytest.raises(billcom.InvalidRequestError) as info:
                    result = call()
                    if inspect.isawaitable(result):
                        await result
                found.append(info.value.problems)
        return found

    assert asyncio.run(scenario()) == [
        ["item 1: due_date (dueDate): expects a date (YYYY-MM-DD), got 'soon'"],
        ['filters[0] (amount): expects an exact amount: pass Decimal("1.50"), not the float 1.5'],
        ["balance: is set by Bill.com and cannot be sent"],
    ]
    assert fake.requests == []
