# Generated from spec/entities/InvoiceCredit.yaml by codegen. Do not edit: run make generate.
"""InvoiceCredit: The application of a credit memo to one invoice."""

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
    "InvoiceCredit",
    "InvoiceCreditAmountFilter",
    "InvoiceCreditField",
    "InvoiceCreditFilter",
    "InvoiceCreditFilterField",
    "InvoiceCreditIsActive",
    "InvoiceCreditIsActiveFilter",
    "InvoiceCreditSort",
    "InvoiceCreditTextFilter",
    "InvoiceCreditTimeFilter",
]


class InvoiceCreditIsActive(StrEnum):
    """Codes of `InvoiceCredit.isActive`: Whether the application is active."""

    ACTIVE = "1"
    INACTIVE = "2"


class InvoiceCredit(BillComModel):
    """The application of a credit memo to one invoice."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "amount",
            "createdTime",
            "creditMemoId",
            "id",
            "invoiceId",
            "isActive",
            "receivedPayId",
            "syncedAmount",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "invoiceId": "string",
        "creditMemoId": "string",
        "receivedPayId": "string",
        "amount": "number",
        "syncedAmount": "number",
    }

    entity: Lenient[str] = Field(default="InvoiceCredit", alias="entity")
    """The wire name of the object's type: "InvoiceCredit"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix icr)."""
    is_active: Lenient[Annotated[InvoiceCreditIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the application is active."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the application was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the application was last changed (UTC)."""
    invoice_id: Lenient[str] | None = Field(default=None, alias="invoiceId")
    """Invoice the credit is applied to."""
    credit_memo_id: Lenient[str] | None = Field(default=None, alias="creditMemoId")
    """Credit memo being applied."""
    received_pay_id: Lenient[str] | None = Field(default=None, alias="receivedPayId")
    """Id of the received payment (prefix rtp); set only for payments from BILL-network customers."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Amount of the credit applied."""
    synced_amount: Lenient[Number] | None = Field(default=None, alias="syncedAmount")
    """Applied amount as synced to the accounting system."""


InvoiceCreditField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "invoiceId",
    "creditMemoId",
    "receivedPayId",
    "amount",
    "syncedAmount",
]
"""A field of InvoiceCredit that List sorts may name."""

InvoiceCreditFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "invoiceId",
    "creditMemoId",
    "receivedPayId",
    "amount",
    "syncedAmount",
]
"""A field of InvoiceCredit that List filters may name: the API filters on these only."""


class InvoiceCreditTextFilter(TypedDict):
    """A List filter on id, invoiceId, creditMemoId, receivedPayId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "invoiceId",
        "creditMemoId",
        "receivedPayId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class InvoiceCreditIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: InvoiceCreditIsActive | str | Sequence[InvoiceCreditIsActive | str]


class InvoiceCreditTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class InvoiceCreditAmountFilter(TypedDict):
    """A List filter on amount, syncedAmount; `in` and `nin` take a sequence of values."""

    field: Literal[
        "amount",
        "syncedAmount",
    ]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


InvoiceCreditFilter = (
    InvoiceCreditTextFilter
    | InvoiceCreditIsActiveFilter
    | InvoiceCreditTimeFilter
    | InvoiceCreditAmountFilter
)
"""A List filter on InvoiceCredit, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class InvoiceCreditSort(TypedDict):
    """A List sort key on InvoiceCredit."""

    field: InvoiceCreditField
    asc: bool
