# Generated from spec/entities/BillPay.yaml by codegen. Do not edit: run make generate.
"""BillPay: The portion of a sent payment applied to one bill."""

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
    Boolean,
    Code,
    Date,
    Lenient,
    Number,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "BillPay",
    "BillPayAmountFilter",
    "BillPayDateFilter",
    "BillPayField",
    "BillPayFilter",
    "BillPayFilterField",
    "BillPayFlagFilter",
    "BillPayPaymentStatus",
    "BillPayPaymentStatusFilter",
    "BillPayPaymentType",
    "BillPayPaymentTypeFilter",
    "BillPaySort",
    "BillPayTextFilter",
    "BillPayTimeFilter",
]


class BillPayPaymentStatus(StrEnum):
    """Codes of `BillPay.paymentStatus`: Payment state of this portion."""

    SCHEDULED = "1"
    PAID = "2"
    CANCELED = "3"
    VOID = "4"


class BillPayPaymentType(StrEnum):
    """Codes of `BillPay.paymentType`: Whether the payment was made online through BILL."""

    ONLINE = "0"
    OTHER = "1"


class BillPay(BillComModel):
    """The portion of a sent payment applied to one bill."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "allowExport",
            "amount",
            "billId",
            "chartOfAccountId",
            "createdTime",
            "description",
            "id",
            "name",
            "paymentStatus",
            "paymentType",
            "processDate",
            "sentPayId",
            "syncReference",
            "toPrintCheck",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "billId": "string",
        "paymentStatus": "enum",
        "amount": "number",
        "processDate": "date",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "paymentType": "enum",
        "toPrintCheck": "boolean",
        "chartOfAccountId": "string",
        "sentPayId": "string",
        "allowExport": "boolean",
    }

    entity: Lenient[str] = Field(default="BillPay", alias="entity")
    """The wire name of the object's type: "BillPay"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix blp)."""
    bill_id: Lenient[str] | None = Field(default=None, alias="billId")
    """Bill paid."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """The SentPay confirmation number."""
    payment_status: Lenient[Annotated[BillPayPaymentStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="paymentStatus"
    )
    """Payment state of this portion."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Amount settled on the bill (cash plus credit applied)."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Payment description."""
    process_date: Lenient[Date] | None = Field(default=None, alias="processDate")
    """Process date of the payment."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the row was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the row was last changed (UTC)."""
    payment_type: Lenient[Annotated[BillPayPaymentType, Code] | UnknownCode] | None = Field(
        default=None, alias="paymentType"
    )
    """Whether the payment was made online through BILL."""
    sync_reference: Lenient[str] | None = Field(default=None, alias="syncReference")
    """Offline payment reference."""
    to_print_check: Lenient[Boolean] | None = Field(default=None, alias="toPrintCheck")
    """Whether a check is to be printed."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """ChartOfAccount of the payment."""
    sent_pay_id: Lenient[str] | None = Field(default=None, alias="sentPayId")
    """Parent SentPay."""
    allow_export: Lenient[Boolean] | None = Field(default=None, alias="allowExport")
    """Whether the row syncs to the accounting system."""


BillPayField = Literal[
    "id",
    "billId",
    "name",
    "paymentStatus",
    "amount",
    "description",
    "processDate",
    "createdTime",
    "updatedTime",
    "paymentType",
    "syncReference",
    "toPrintCheck",
    "chartOfAccountId",
    "sentPayId",
    "allowExport",
]
"""A field of BillPay that List sorts may name."""

BillPayFilterField = Literal[
    "id",
    "billId",
    "paymentStatus",
    "amount",
    "processDate",
    "createdTime",
    "updatedTime",
    "paymentType",
    "toPrintCheck",
    "chartOfAccountId",
    "sentPayId",
    "allowExport",
]
"""A field of BillPay that List filters may name: the API filters on these only."""


class BillPayTextFilter(TypedDict):
    """A List filter on id, billId, chartOfAccountId, sentPayId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "billId",
        "chartOfAccountId",
        "sentPayId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class BillPayPaymentStatusFilter(TypedDict):
    """A List filter on paymentStatus; `in` and `nin` take a sequence of values."""

    field: Literal["paymentStatus",]
    op: FilterOperator
    value: BillPayPaymentStatus | str | Sequence[BillPayPaymentStatus | str]


class BillPayAmountFilter(TypedDict):
    """A List filter on amount; `in` and `nin` take a sequence of values."""

    field: Literal["amount",]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class BillPayDateFilter(TypedDict):
    """A List filter on processDate; `in` and `nin` take a sequence of values."""

    field: Literal["processDate",]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class BillPayTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class BillPayPaymentTypeFilter(TypedDict):
    """A List filter on paymentType; `in` and `nin` take a sequence of values."""

    field: Literal["paymentType",]
    op: FilterOperator
    value: BillPayPaymentType | str | Sequence[BillPayPaymentType | str]


class BillPayFlagFilter(TypedDict):
    """A List filter on toPrintCheck, allowExport; `in` and `nin` take a sequence of values."""

    field: Literal[
        "toPrintCheck",
        "allowExport",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


BillPayFilter = (
    BillPayTextFilter
    | BillPayPaymentStatusFilter
    | BillPayAmountFilter
    | BillPayDateFilter
    | BillPayTimeFilter
    | BillPayPaymentTypeFilter
    | BillPayFlagFilter
)
"""A List filter on BillPay, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class BillPaySort(TypedDict):
    """A List sort key on BillPay."""

    field: BillPayField
    asc: bool
