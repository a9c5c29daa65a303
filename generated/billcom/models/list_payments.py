# Generated from spec/actions/ListPayments.yaml by codegen. Do not edit: run make generate.
"""Types of ListPayments: List SentPays by disbursement status."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    CodeInput,
    Integer,
    Lenient,
)
from .sent_pay import SentPay

__all__ = [
    "ListPaymentsDisbursementStatus",
    "ListPaymentsFiltersItemOp",
    "ListPaymentsFiltersItemParams",
    "ListPaymentsFiltersItemParamsModel",
    "ListPaymentsParams",
    "ListPaymentsParamsModel",
    "ListPaymentsResponse",
    "ListPaymentsSortItemAsc",
    "ListPaymentsSortItemParams",
    "ListPaymentsSortItemParamsModel",
]


class ListPaymentsDisbursementStatus(StrEnum):
    """Codes of `ListPayments.disbursementStatus`: Disbursement status to list."""

    SCHEDULED = "0"
    DONE = "3"
    FAILED = "4"
    VOID = "5"
    HOLD = "6"
    FX_HOLD = "7"


class ListPaymentsFiltersItemOp(StrEnum):
    """Codes of `ListPaymentsFiltersItem.op`: Comparison operator."""

    EQ = "="
    LT = "<"
    GT = ">"
    NE = "!="
    LE = "<="
    GE = ">="


class ListPaymentsSortItemAsc(StrEnum):
    """Codes of `ListPaymentsSortItem.asc`: Sort direction, sent as the string "true" or "false"."""

    ASCENDING = "true"
    DESCENDING = "false"


class ListPaymentsFiltersItemParams(TypedDict, total=False):
    """Keyword arguments for ListPaymentsFiltersItem."""

    field: NotRequired[str | None]
    op: NotRequired[ListPaymentsFiltersItemOp | str | None]
    value: NotRequired[str | None]


class ListPaymentsFiltersItemParamsModel(ParamsModel):
    """Validates and serializes `ListPaymentsFiltersItemParams`."""

    field: str | None = Field(default=None, alias="field")
    op: Annotated[ListPaymentsFiltersItemOp | str, CodeInput] | None = Field(
        default=None, alias="op"
    )
    value: str | None = Field(default=None, alias="value")


class ListPaymentsSortItemParams(TypedDict, total=False):
    """Keyword arguments for ListPaymentsSortItem."""

    field: NotRequired[str | None]
    asc: NotRequired[ListPaymentsSortItemAsc | str | None]


class ListPaymentsSortItemParamsModel(ParamsModel):
    """Validates and serializes `ListPaymentsSortItemParams`."""

    field: str | None = Field(default=None, alias="field")
    asc: Annotated[ListPaymentsSortItemAsc | str, CodeInput] | None = Field(
        default=None, alias="asc"
    )


class ListPaymentsParams(TypedDict, total=False):
    """Keyword arguments for ListPayments."""

    start: Required[int]
    max: Required[int]
    disbursement_status: Required[ListPaymentsDisbursementStatus | str]
    filters: NotRequired[Sequence[ListPaymentsFiltersItemParams] | None]
    sort: NotRequired[Sequence[ListPaymentsSortItemParams] | None]
    nested: NotRequired[bool | None]


class ListPaymentsParamsModel(ParamsModel):
    """Validates and serializes `ListPaymentsParams`."""

    start: Integer = Field(alias="start")
    max: Integer = Field(alias="max")
    disbursement_status: Annotated[ListPaymentsDisbursementStatus | str, CodeInput] = Field(
        alias="disbursementStatus"
    )
    filters: list[ListPaymentsFiltersItemParamsModel] | None = Field(default=None, alias="filters")
    sort: list[ListPaymentsSortItemParamsModel] | None = Field(default=None, alias="sort")
    nested: Boolean | None = Field(default=None, alias="nested")


class ListPaymentsResponse(BillComModel):
    """What ListPayments answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "payments": SentPay,
    }

    payments: Lenient[list[SentPay]] | None = Field(default=None, alias="payments")
