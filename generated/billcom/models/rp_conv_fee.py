# Generated from spec/entities/RPConvFee.yaml by codegen. Do not edit: run make generate.
"""RPConvFee: A convenience fee charged on a received payment."""

from __future__ import annotations

from typing import Any, ClassVar, Literal, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel
from .._types import Date, Lenient, Number, Timestamp

__all__ = [
    "RPConvFee",
    "RPConvFeeField",
    "RPConvFeeFilter",
    "RPConvFeeFilterField",
    "RPConvFeeSort",
]


class RPConvFee(BillComModel):
    """A convenience fee charged on a received payment."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "amount",
            "chartOfAccountId",
            "createdTime",
            "id",
            "paymentDate",
            "refNumber",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the fee was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the fee was last changed (UTC)."""
    ref_number: Lenient[str] | None = Field(default=None, alias="refNumber")
    """Reference number."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Fee amount."""
    payment_date: Lenient[Date] | None = Field(default=None, alias="paymentDate")
    """Payment date."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """Ledger account of the fee."""


RPConvFeeField = Literal[
    "id",
    "createdTime",
    "updatedTime",
    "refNumber",
    "amount",
    "paymentDate",
    "chartOfAccountId",
]
"""A field of RPConvFee that List sorts may name."""

RPConvFeeFilterField = Literal[
    "id",
    "createdTime",
    "updatedTime",
]
"""A field of RPConvFee that List filters may name: the API filters on these only."""


class RPConvFeeFilter(TypedDict):
    """A List filter on RPConvFee, e.g. `{"field": "id", "op": "=", "value": "1"}`."""

    field: RPConvFeeFilterField
    op: FilterOperator
    value: Any


class RPConvFeeSort(TypedDict):
    """A List sort key on RPConvFee."""

    field: RPConvFeeField
    asc: bool
