# Generated from spec/entities/RPConvFee.yaml by codegen. Do not edit: run make generate.
"""RPConvFee: A convenience fee charged on a received payment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import ClassVar, Literal, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel
from .._types import (
    ABSENT,
    Date,
    Lenient,
    Number,
)

__all__ = [
    "RPConvFee",
    "RPConvFeeAmountFilter",
    "RPConvFeeDateFilter",
    "RPConvFeeField",
    "RPConvFeeFilter",
    "RPConvFeeFilterField",
    "RPConvFeeSort",
    "RPConvFeeTextFilter",
]


class RPConvFee(BillComModel):
    """A convenience fee charged on a received payment."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["amount", "chartOfAccountId", "id", "paymentDate", "refNumber"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "amount": "number",
        "paymentDate": "date",
        "chartOfAccountId": "string",
    }

    entity: Lenient[str] = Field(default="RPConvFee", alias="entity")
    """The wire name of the object's type: "RPConvFee"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix rpf); sent on Read."""
    ref_number: Lenient[str] | None = Field(default=None, alias="refNumber")
    """Reference number."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Fee as a flat amount or a percent of the invoice amount."""
    payment_date: Lenient[Date] | None = Field(default=None, alias="paymentDate")
    """Date of the invoice payment."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """Ledger account the fee is recorded to."""


RPConvFeeField = Literal[
    "id",
    "refNumber",
    "amount",
    "paymentDate",
    "chartOfAccountId",
]
"""A field of RPConvFee that List sorts may name."""

RPConvFeeFilterField = Literal[
    "id",
    "amount",
    "paymentDate",
    "chartOfAccountId",
]
"""A field of RPConvFee that List filters may name: the API filters on these only."""


class RPConvFeeTextFilter(TypedDict):
    """A List filter on id, chartOfAccountId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "chartOfAccountId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class RPConvFeeAmountFilter(TypedDict):
    """A List filter on amount; `in` and `nin` take a sequence of values."""

    field: Literal["amount",]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class RPConvFeeDateFilter(TypedDict):
    """A List filter on paymentDate; `in` and `nin` take a sequence of values."""

    field: Literal["paymentDate",]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


RPConvFeeFilter = RPConvFeeTextFilter | RPConvFeeAmountFilter | RPConvFeeDateFilter
"""A List filter on RPConvFee, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class RPConvFeeSort(TypedDict):
    """A List sort key on RPConvFee."""

    field: RPConvFeeField
    asc: bool
