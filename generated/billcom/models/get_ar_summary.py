# Generated from spec/actions/GetARSummary.yaml by codegen. Do not edit: run make generate.
"""Types of GetARSummary: Return an overview of receivables: open invoices by due window and payments received or due."""

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
    "GetARSummaryParams",
    "GetARSummaryParamsModel",
    "GetARSummaryResponse",
    "GetARSummaryResponseInvoices",
    "GetARSummaryResponsePayments",
]


class GetARSummaryParams(TypedDict, total=False):
    """Keyword arguments for GetARSummary."""

    pass


class GetARSummaryParamsModel(ParamsModel):
    """Validates and serializes `GetARSummaryParams`."""


class GetARSummaryResponseInvoices(BillComModel):
    """Counts and totals of open invoices by due window."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    overdue_count: Lenient[Integer] | None = Field(default=None, alias="overdueCount")
    """Invoices past due."""
    overdue_total: Lenient[Number] | None = Field(default=None, alias="overdueTotal")
    """Amount past due."""
    due_today_count: Lenient[Integer] | None = Field(default=None, alias="dueTodayCount")
    """Invoices due today."""
    due_today_total: Lenient[Number] | None = Field(default=None, alias="dueTodayTotal")
    """Amount due today."""
    due7_days_count: Lenient[Integer] | None = Field(default=None, alias="due7DaysCount")
    """Invoices due within seven days."""
    due7_days_total: Lenient[Number] | None = Field(default=None, alias="due7DaysTotal")
    """Amount due within seven days."""
    due7_plus_days_count: Lenient[Integer] | None = Field(default=None, alias="due7PlusDaysCount")
    """Invoices due after the next seven days."""
    due7_plus_days_total: Lenient[Number] | None = Field(default=None, alias="due7PlusDaysTotal")
    """Amount due after the next seven days."""
    all_count: Lenient[Integer] | None = Field(default=None, alias="allCount")
    """All invoices due."""
    all_total: Lenient[Number] | None = Field(default=None, alias="allTotal")
    """All amounts due."""


class GetARSummaryResponsePayments(BillComModel):
    """Counts and totals of customer payments received and expected, by period."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    last_month_count: Lenient[Integer] | None = Field(default=None, alias="lastMonthCount")
    """Payments received last month."""
    last_month_total: Lenient[Number] | None = Field(default=None, alias="lastMonthTotal")
    """Amount received last month."""
    current_month_count: Lenient[Integer] | None = Field(default=None, alias="currentMonthCount")
    """Payments received this month."""
    current_month_total: Lenient[Number] | None = Field(default=None, alias="currentMonthTotal")
    """Amount received this month."""
    last7_days_count: Lenient[Integer] | None = Field(default=None, alias="last7DaysCount")
    """Payments received in the last seven days."""
    last7_days_total: Lenient[Number] | None = Field(default=None, alias="last7DaysTotal")
    """Amount received in the last seven days."""
    today_count: Lenient[Integer] | None = Field(default=None, alias="todayCount")
    """Payments received today."""
    today_total: Lenient[Number] | None = Field(default=None, alias="todayTotal")
    """Amount received today."""
    next7_days_count: Lenient[Integer] | None = Field(default=None, alias="next7DaysCount")
    """Customer payments due in the next seven days."""
    next7_days_total: Lenient[Number] | None = Field(default=None, alias="next7DaysTotal")
    """Amount due from customers in the next seven days."""
    future_count: Lenient[Integer] | None = Field(default=None, alias="futureCount")
    """Customer payments due after the next seven days."""
    future_total: Lenient[Number] | None = Field(default=None, alias="futureTotal")
    """Amount due from customers after the next seven days."""


class GetARSummaryResponse(BillComModel):
    """What GetARSummary answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "invoices": GetARSummaryResponseInvoices,
        "payments": GetARSummaryResponsePayments,
    }

    invoices: Lenient[GetARSummaryResponseInvoices] | None = Field(default=None, alias="invoices")
    """Counts and totals of open invoices by due window."""
    payments: Lenient[GetARSummaryResponsePayments] | None = Field(default=None, alias="payments")
    """Counts and totals of customer payments received and expected, by period."""
