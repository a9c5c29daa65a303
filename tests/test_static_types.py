"""What a type checker sees is what the spec documents: no `Any` but for free-form objects."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import billcom
import billcom.models
import billcom.resources
from billcom import BillCom
from billcom.models import Bill, BillPaymentStatus
from codegen.generate import ROOT
from codegen.spec import FieldDef, TypeRef, load_spec

SPEC = load_spec(ROOT / "spec")
_ANY = re.compile(r"\bAny\b")
#: Free-form values: an object or list whose contents the spec leaves open.
_FREE_FORM = re.compile(r"(dict\[str, Any\]|Mapping\[str, Any\]|list\[Any\]|Sequence\[Any\])")
#: Methods that hand over raw JSON on purpose.
_RAW = {"request"}


def _free_form_names() -> set[str]:
    names: set[str] = set()

    def walk(fields: tuple[FieldDef, ...]) -> None:
        for f in fields:
            t: TypeRef | None = f.type
            while t is not None and t.kind == "array" and t.items is not None:
                t = t.items
            open_object = t is not None and t.kind == "object" and not t.entity and not t.fields
            if open_object or (f.type.kind == "array" and f.type.items is None):
                names.add(f.py_name)
            if t is not None and t.fields:
                walk(t.fields)

    for entity in SPEC.entities:
        walk(entity.fields)
    for action in SPEC.actions:
        walk(action.request)
        if action.response is not None and action.response.fields:
            walk(action.response.fields)
    return names


def _modules(package: Any) -> list[Any]:
    return [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]


def _annotations() -> list[tuple[str, str, str]]:
    """(where, name, annotation text) of every public class attribute and method signature."""
    found = []
    for module in [*_modules(billcom.models), *_modules(billcom.resources)]:
        for cls_name, cls in vars(module).items():
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            for name, text in getattr(cls, "__annotations__", {}).items():
                if not name.startswith("_"):
                    found.append((f"{module.__name__}.{cls_name}", name, str(text)))
            for name, fn in vars(cls).items():
                if inspect.isfunction(fn) and not name.startswith("_"):
                    for arg, text in fn.__annotations__.items():
                        found.append((f"{module.__name__}.{cls_name}.{name}", arg, str(text)))
    for name, fn in vars(BillCom).items():
        if inspect.isfunction(fn) and not name.startswith("_") and name not in _RAW:
            for arg, text in fn.__annotations__.items():
                found.append((f"BillCom.{name}", arg, str(text)))
    return found


def test_no_public_annotation_says_any_unless_the_spec_leaves_it_open() -> None:
    free = _free_form_names()
    raw_answers = {
        action.method
        for action in SPEC.actions
        if action.response is not None
        and action.response.kind == "object"
        and not (action.response.entity or action.response.fields)
    }
    annotations = _annotations()
    assert len(annotations) > 5000  # models, params, filters and every resource method
    offending = [
        (where, name, text)
        for where, name, text in annotations
        if _ANY.search(text)
        and not (
            _FREE_FORM.search(text)
            and (name in free or (name == "return" and where.rsplit(".", 1)[1] in raw_answers))
        )
    ]
    assert offending == []


def test_run_time_types_match_the_declared_ones() -> None:
    bill = Bill.model_validate(
        {
            "entity": "Bill",
            "id": "00n01ABCDEFGHIJKLMNO",
            "amount": 12.5,
            "paymentStatus": "1",
            "dueDate": "2024-07-31",
            "billLineItems": [{"entity": "BillLineItem", "amount": 12.5}],
        }
    )
    assert isinstance(bill.id, str)
    assert isinstance(bill.amount, Decimal)
    assert bill.payment_status is BillPaymentStatus.OPEN
    assert bill.due_date == dt.date(2024, 7, 31)
    assert bill.bill_line_items is not None and bill.bill_line_items[0].amount == Decimal("12.5")


REVEAL = """\
from billcom import BillCom
from billcom.models import Bill, Vendor

def f(client: BillCom, vendor: Vendor, bill: Bill) -> None:
    reveal_type(vendor.id)
    reveal_type(bill.amount)
    reveal_type(bill.payment_status)
    reveal_type(bill.bill_line_items)
    reveal_type(bill.due_date)
    reveal_type(client.bills.read("x").created_time)
    reveal_type(vendor.entity)
"""


def test_a_type_checker_sees_the_documented_types(tmp_path: Path) -> None:
    sample = tmp_path / "reveal.py"
    sample.write_text(REVEAL)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(sample)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    revealed = [
        line.split('Revealed type is "', 1)[1].rstrip('"').replace("builtins.", "")
        for line in result.stdout.splitlines()
        if "Revealed type is" in line
    ]
    assert revealed == [
        "str",
        "decimal.Decimal | None",
        "billcom.models.bill.BillPaymentStatus | billcom._types.UnknownCode | None",
        "list[billcom.models.bill_line_item.BillLineItem] | None",
        "datetime.date | None",
        "datetime.datetime | None",
        "str",
    ], result.stdout


def test_models_convert_the_ways_sdk_users_expect() -> None:
    wire = {
        "entity": "Bill",
        "id": "00n01ABCDEFGHIJKLMNO",
        "amount": Decimal("1234567890123456.78"),
        "paymentStatus": "9",  # a code the spec does not list
        "isActive": "1",
        "dueDate": "2024-07-31",
        "createdTime": "2024-07-30T20:33:28.000+0000",
        "somethingNew": {"a": 1},
    }
    bill = Bill.model_validate(wire)
    assert isinstance(bill.payment_status, str)
    assert not isinstance(bill.payment_status, BillPaymentStatus)
    assert bill.to_dict() == wire  # wire names, codes, dates as text, exact Decimals
    assert bill.to_json() == (
        '{"entity":"Bill","id":"00n01ABCDEFGHIJKLMNO","isActive":"1","dueDate":"2024-07-31",'
        '"amount":1234567890123456.78,"paymentStatus":"9",'
        '"createdTime":"2024-07-30T20:33:28.000+0000","somethingNew":{"a":1}}'
    )
    dumped = bill.model_dump(exclude_unset=True)  # pydantic's own: attribute names, objects
    assert dumped["payment_status"] == "9" and dumped["due_date"] == dt.date(2024, 7, 31)
    assert dumped["amount"] == Decimal("1234567890123456.78")
    assert bill.model_dump(mode="json", exclude_unset=True)["amount"] == "1234567890123456.78"
    text = repr(bill)
    assert text.startswith("Bill(") and "amount=Decimal('1234567890123456.78')" in text
    assert "vendor_id" not in text  # only what the server sent
