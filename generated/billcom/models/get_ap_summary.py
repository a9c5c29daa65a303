# Generated from spec/actions/GetAPSummary.yaml by codegen. Do not edit: run make generate.
"""Types of GetAPSummary: Return an overview of payables: overdue and upcoming bills and approvals."""

from __future__ import annotations

from typing import ClassVar, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Integer,
    Lenient,
    Number,
)

__all__ = [
    "GetAPSummaryParams",
    "GetAPSummaryParamsModel",
    "GetAPSummaryResponse",
    "GetAPSummaryResponseApprovals",
    "GetAPSummaryResponseBills",
]


class GetAPSummaryParams(TypedDict, total=False):
    """Keyword arguments for GetAPSummary."""

    pass


class GetAPSummaryParamsModel(ParamsModel):
    """Validates and serializes `GetAPSummaryParams`."""


class GetAPSummaryResponseBills(BillComModel):
    """Bill counts and totals by due window."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    overdue_count: Lenient[Integer] | None = Field(default=None, alias="overdueCount")
    overdue_total: Lenient[Number] | None = Field(default=None, alias="overdueTotal")
    due_today_count: Lenient[Integer] | None = Field(default=None, alias="dueTodayCount")
    due_today_total: Lenient[Number] | None = Field(default=None, alias="dueTodayTotal")
    due7_days_count: Lenient[Integer] | None = Field(default=None, alias="due7DaysCount")
    due7_days_total: Lenient[Number] | None = Field(default=None, alias="due7DaysTotal")
    due7_plus_days_count: Lenient[Integer] | None = Field(default=None, alias="due7PlusDaysCount")
    due7_plus_days_total: Lenient[Number] | None = Field(default=None, alias="due7PlusDaysTotal")
    all_count: Lenient[Integer] | None = Field(default=None, alias="allCount")
    all_total: Lenient[Number] | None = Field(default=None, alias="allTotal")


class GetAPSummaryResponseApprovals(BillComModel):
    """Approval counts and totals by due window (same keys as bills)."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    overdue_count: Lenient[Integer] | None = Field(default=None, alias="overdueCount")
    overdue_total: Lenient[Number] | None = Field(default=None, alias="overdueTotal")
    due_today_count: Lenient[Integer] | None = Field(default=None, alias="dueTodayCount")
    due_today_total: Lenient[Number] | None = Field(default=None, alias="dueTodayTotal")
    due7_days_count: Lenient[Integer] | None = Field(default=None, alias="due7DaysCount")
    due7_days_total: Lenient[Number] | None = Field(default=None, alias="due7DaysTotal")
    due7_plus_days_count: Lenient[Integer] | None = Field(default=None, alias="due7PlusDaysCount")
    due7_plus_days_total: Lenient[Number] | None = Field(default=None, alias="due7PlusDaysTotal")
    all_count: Lenient[Integer] | None = Field(default=None, alias="allCount")
    all_total: Lenient[Number] | None = Field(default=None, alias="allTotal")


class GetAPSummaryResponse(BillComModel):
    """What GetAPSummary answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "bills": GetAPSummaryResponseBills,
        "approvals": GetAPSummaryResponseApprovals,
    }

    bills: Lenient[GetAPSummaryResponseBills] | None = Field(default=None, alias="bills")
    """Bill counts and totals by due window."""
    approvals: Lenient[GetAPSummaryResponseApprovals] | None = Field(
        default=None, alias="approvals"
    )
    """Approval counts and totals by due window (same keys as bills)."""
