# Generated from spec/entities/RecurringInvoiceLineItem.yaml by codegen. Do not edit: run make generate.
"""RecurringInvoiceLineItem: One line of a recurring-invoice profile."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Boolean,
    Lenient,
    Number,
    NumberInput,
    Timestamp,
)

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
    __required__: ClassVar[frozenset[str]] = frozenset(["amount", "quantity"])

    entity: Lenient[str] = Field(default="RecurringInvoiceLineItem", alias="entity")
    """The wire name of the object's type: "RecurringInvoiceLineItem"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """Id (prefix ril); send on update to keep the line; omitted lines are removed."""
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
    quantity: Required[Decimal | int | str]
    price: NotRequired[Decimal | int | str | None]
    rate_percent: NotRequired[Decimal | int | str | None]
    amount: Required[Decimal | int | str]
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
    __model__: ClassVar[type[BillComModel] | None] = RecurringInvoiceLineItem

    id: str | None = Field(default=None, alias="id")
    item_id: str | None = Field(default=None, alias="itemId")
    quantity: NumberInput = Field(alias="quantity")
    price: NumberInput | None = Field(default=None, alias="price")
    rate_percent: NumberInput | None = Field(default=None, alias="ratePercent")
    amount: NumberInput = Field(alias="amount")
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
    quantity: NotRequired[Decimal | int | str | None]
    price: NotRequired[Decimal | int | str | None]
    rate_percent: NotRequired[Decimal | int | str | None]
    amount: NotRequired[Decimal | int | str | None]
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
    __model__: ClassVar[type[BillComModel] | None] = RecurringInvoiceLineItem

    item_id: str | None = Field(default=None, alias="itemId")
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    price: NumberInput | None = Field(default=None, alias="price")
    rate_percent: NumberInput | None = Field(default=None, alias="ratePercent")
    amount: NumberInput | None = Field(default=None, alias="amount")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
