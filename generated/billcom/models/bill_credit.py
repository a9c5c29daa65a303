# Generated from spec/entities/BillCredit.yaml by codegen. Do not edit: run make generate.
"""BillCredit: One application of a vendor credit to a bill within a payment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel
from .._types import (
    ABSENT,
    Code,
    Lenient,
    Number,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "BillCredit",
    "BillCreditAmountFilter",
    "BillCreditField",
    "BillCreditFilter",
    "BillCreditFilterField",
    "BillCreditIsActive",
    "BillCreditIsActiveFilter",
    "BillCreditSort",
    "BillCreditTextFilter",
    "BillCreditTimeFilter",
]


class BillCreditIsActive(StrEnum):
    """Codes of `BillCredit.isActive`: Whether the row is active; only on standalone rows, not nested ones."""

    ACTIVE = "1"
    INACTIVE = "2"


class BillCredit(BillComModel):
    """One application of a vendor credit to a bill within a payment."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "amount",
            "billId",
            "createdTime",
            "id",
            "isActive",
            "sentPayId",
            "updatedTime",
            "vendorCreditId",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "billId": "string",
        "sentPayId": "string",
        "vendorCreditId": "string",
        "amount": "number",
        "createdTime": "datetime",
        "updatedTime": "datetime",
    }

    entity: Lenient[str] = Field(default="BillCredit", alias="entity")
    """The wire name of the object's type: "BillCredit"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix bcr)."""
    is_active: Lenient[Annotated[BillCreditIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the row is active; only on standalone rows, not nested ones."""
    bill_id: Lenient[str] | None = Field(default=None, alias="billId")
    """Bill the credit was applied to."""
    sent_pay_id: Lenient[str] | None = Field(default=None, alias="sentPayId")
    """SentPay the credit was applied in."""
    vendor_credit_id: Lenient[str] | None = Field(default=None, alias="vendorCreditId")
    """Vendor credit applied."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Credit amount applied."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the row was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the row was last changed (UTC)."""


BillCreditField = Literal[
    "id",
    "isActive",
    "billId",
    "sentPayId",
    "vendorCreditId",
    "amount",
    "createdTime",
    "updatedTime",
]
"""A field of BillCredit that List sorts may name."""

BillCreditFilterField = Literal[
    "id",
    "isActive",
    "billId",
    "sentPayId",
    "vendorCreditId",
    "amount",
    "createdTime",
    "updatedTime",
]
"""A field of BillCredit that List filters may name: the API filters on these only."""


class BillCreditTextFilter(TypedDict):
    """A List filter on id, billId, sentPayId, vendorCreditId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "billId",
        "sentPayId",
        "vendorCreditId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class BillCreditIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: BillCreditIsActive | str | Sequence[BillCreditIsActive | str]


class BillCreditAmountFilter(TypedDict):
    """A List filter on amount; `in` and `nin` take a sequence of values."""

    field: Literal["amount",]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class BillCreditTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


BillCreditFilter = (
    BillCreditTextFilter | BillCreditIsActiveFilter | BillCreditAmountFilter | BillCreditTimeFilter
)
"""A List filter on BillCredit, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class BillCreditSort(TypedDict):
    """A List sort key on BillCredit."""

    field: BillCreditField
    asc: bool
