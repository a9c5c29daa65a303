# Generated from spec/entities/RecurringInvoiceLineItem.yaml by codegen. Do not edit: run make generate.
"""RecurringInvoiceLineItem: One line of a recurring-invoice profile."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import Boolean, Lenient, Number, Timestamp

__all__ = [
    "RecurringInvoiceLineItem",
    "RecurringInvoiceLineItemCreateParams",
    "RecurringInvoiceLineItemCreateParamsModel",
    "RecurringInvoiceLineItemUpdateParams",
    "RecurringInvoiceLineItemUpdateParamsModel",
]


class RecurringInvoiceLineItem(BillComModel):
    """One line of a recurring-invoice profile."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "recurringInvoiceId", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the line was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the line was last changed (UTC)."""
    recurring_invoice_id: Lenient[str] | None = Field(default=None, alias="recurringInvoiceId")
    """Parent recurring-invoice profile."""
    item_id: Lenient[str] | None = Field(default=None, alias="itemId")
    """Item sold."""
    quantity: Lenient[Number] | None = Field(default=None, alias="quantity")
    """Quantity sold or time spent."""
    price: Lenient[Number] | None = Field(default=None, alias="price")
    """Unit price; amount is quantity x price when set."""
    rate_percent: Lenient[Number] | None = Field(default=None, alias="ratePercent")
    """Markup (positive) or discount (negative) percent of the other lines' total, used when price is empty."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Line total; null in responses when unset."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Line description."""
    taxable: Lenient[Boolean] | None = Field(default=None, alias="taxable")
    """Whether the line counts toward the sales-tax base."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """Ledger account of the line."""
    department_id: Lenient[str] | None = Field(default=None, alias="departmentId")
    """Department dimension."""
    location_id: Lenient[str] | None = Field(default=None, alias="locationId")
    """Location dimension."""
    actg_class_id: Lenient[str] | None = Field(default=None, alias="actgClassId")
    """ActgClass dimension."""
    job_id: Lenient[str] | None = Field(default=None, alias="jobId")
    """Job dimension."""


class RecurringInvoiceLineItemCreateParams(TypedDict, total=False):
    """Keyword arguments for RecurringInvoiceLineItem."""

    id: NotRequired[str | None]
    item_id: NotRequired[str | None]
    quantity: Required[Decimal | float]
    price: NotRequired[Decimal | float | None]
    rate_percent: NotRequired[Decimal | float | None]
    amount: Required[Decimal | float]
    description: NotRequired[str | None]
    taxable: NotRequired[bool | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]


class RecurringInvoiceLineItemCreateParamsModel(ParamsModel):
    """Validates and serializes `RecurringInvoiceLineItemCreateParams`."""

    __entity__: ClassVar[str | None] = "RecurringInvoiceLineItem"

    id: str | None = Field(default=None, alias="id")
    item_id: str | None = Field(default=None, alias="itemId")
    quantity: Number = Field(alias="quantity")
    price: Number | None = Field(default=None, alias="price")
    rate_percent: Number | None = Field(default=None, alias="ratePercent")
    amount: Number = Field(alias="amount")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")


class RecurringInvoiceLineItemUpdateParams(TypedDict, total=False):
    """Keyword arguments for RecurringInvoiceLineItem."""

    item_id: NotRequired[str | None]
    quantity: NotRequired[Decimal | float | None]
    price: NotRequired[Decimal | float | None]
    rate_percent: NotRequired[Decimal | float | None]
    amount: NotRequired[Decimal | float | None]
    description: NotRequired[str | None]
    taxable: NotRequired[bool | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]


class RecurringInvoiceLineItemUpdateParamsModel(ParamsModel):
    """Validates and serializes `RecurringInvoiceLineItemUpdateParams`."""

    __entity__: ClassVar[str | None] = "RecurringInvoiceLineItem"

    item_id: str | None = Field(default=None, alias="itemId")
    quantity: Number | None = Field(default=None, alias="quantity")
    price: Number | None = Field(default=None, alias="price")
    rate_percent: Number | None = Field(default=None, alias="ratePercent")
    amount: Number | None = Field(default=None, alias="amount")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
