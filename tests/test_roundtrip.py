"""For every entity: a full wire payload with an unknown field parses, types, and writes back unchanged."""

from __future__ import annotations

import datetime as dt
import importlib
import json
from decimal import Decimal
from enum import StrEnum
from typing import Any

import pytest

from billcom import BillComModel
from codegen.generate import ROOT
from codegen.spec import load_spec
from tests.payloads import KNOWN_DRIFT, UNKNOWN_FIELD, wire_object

SPEC = load_spec(ROOT / "spec")


def model_of(name: str) -> type[BillComModel]:
    return getattr(importlib.import_module("billcom.models"), name)  # type: ignore[no-any-return]


@pytest.mark.parametrize("entity", [e.name for e in SPEC.entities])
def test_round_trip_is_lossless(entity: str) -> None:
    wire = wire_object(SPEC, SPEC.entity(entity))
    model = model_of(entity).model_validate(wire)
    assert json.loads(model.to_json()) == wire
    assert model.model_extra == UNKNOWN_FIELD
    again = model_of(entity).model_validate_json(model.to_json())
    assert again.to_dict() == wire


@pytest.mark.parametrize("entity", [e.name for e in SPEC.entities])
def test_typed_access(entity: str) -> None:
    spec_entity = SPEC.entity(entity)
    model = model_of(entity).model_validate(wire_object(SPEC, spec_entity))
    expected: dict[str, Any] = {
        "date": dt.date,
        "datetime": dt.datetime,
        "number": Decimal,
        "integer": int,
        "boolean": bool,
        "enum": StrEnum,
        "string": str,
        "ref": str,
    }
    for field in spec_entity.fields:
        value = getattr(model, field.py_name)
        if (entity, field.wire_name) in KNOWN_DRIFT or value is None:
            continue
        kind = field.type.kind
        if kind in expected:
            assert isinstance(value, expected[kind]), (field.wire_name, value)
        if kind == "datetime":
            assert value.tzinfo is not None
        if kind == "object" and field.type.entity:
            assert isinstance(value, model_of(field.type.entity))
        if kind == "array" and field.type.items and field.type.items.entity:
            assert all(isinstance(v, model_of(field.type.items.entity)) for v in value)


def test_known_drift_is_kept_as_received() -> None:
    vendor = model_of("Vendor").model_validate(wire_object(SPEC, SPEC.entity("Vendor")))
    assert vendor.vendor_bank_account_status == -1  # type: ignore[attr-defined]
    bank = model_of("BankAccount").model_validate(wire_object(SPEC, SPEC.entity("BankAccount")))
    assert bank.bank_balance == "1234.56"  # type: ignore[attr-defined]


def test_unknown_enum_code_is_kept() -> None:
    bill = model_of("Bill").model_validate({"paymentStatus": "42"})
    assert bill.payment_status == "42"  # type: ignore[attr-defined]
    assert bill.to_wire() == {"paymentStatus": "42"}
