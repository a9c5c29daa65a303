# Generated from spec/entities/InvoiceLineItem.yaml by codegen. Do not edit: run make generate.
"""InvoiceLineItem: One line of an invoice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Boolean,
    Date,
    DateInput,
    Lenient,
    Number,
    NumberInput,
    Timestamp,
)

__all__ = [
    "InvoiceLineItem",
    "InvoiceLineItemCreateParams",
    "InvoiceLineItemCreateParamsModel",
    "InvoiceLineItemUpdateParams",
    "InvoiceLineItemUpdateParamsModel",
]


class InvoiceLineItem(BillComModel):
    """One line of an invoice."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "invoiceId", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["quantity"])

    entity: Lenient[str] = Field(default="InvoiceLineItem", alias="entity")
    """The wire name of the object's type: "InvoiceLineItem"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """Send on update to keep the line; omitted lines are removed."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the line was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the line was last changed (UTC)."""
    invoice_id: Lenient[str] | None = Field(default=None, alias="invoiceId")
    """Parent invoice."""
    item_id: Lenient[str] | None = Field(default=None, alias="itemId")
    """Id of the Item sold."""
    quantity: Lenient[Number] | None = Field(default=None, alias="quantity")
    """Quantity sold or time spent."""
    price: Lenient[Number] | None = Field(default=None, alias="price")
    """Unit price; price or ratePercent is required."""
    rate_percent: Lenient[Number] | None = Field(default=None, alias="ratePercent")
    """Percent of the other lines' total, used only when price is empty; price or ratePercent is required."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Line amount: quantity x price, or the ratePercent share of the other lines."""
    service_date: Lenient[Date] | None = Field(default=None, alias="serviceDate")
    """Service date."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """Id of the income ChartOfAccount."""
    department_id: Lenient[str] | None = Field(default=None, alias="departmentId")
    """Department dimension."""
    location_id: Lenient[str] | None = Field(default=None, alias="locationId")
    """Location dimension."""
    actg_class_id: Lenient[str] | None = Field(default=None, alias="actgClassId")
    """ActgClass dimension."""
    job_id: Lenient[str] | None = Field(default=None, alias="jobId")
    """Job dimension."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Line description."""
    taxable: Lenient[Boolean] | None = Field(default=None, alias="taxable")
    """Whether the line counts toward the sales-tax base."""
    tax_code: Lenient[str] | None = Field(default=None, alias="taxCode")
    """Tax code."""
    line_order: Lenient[Number] | None = Field(default=None, alias="lineOrder")
    """Display order of the line."""


class InvoiceLineItemCreateParams(TypedDict, total=False):
    """Keyword arguments for InvoiceLineItem."""

    id: NotRequired[str | None]
    item_id: NotRequired[str | None]
    quantity: Required[Decimal | int | str]
    price: NotRequired[Decimal | int | str | None]
    rate_percent: NotRequired[Decimal | int | str | None]
    amount: NotRequired[Decimal | int | str | None]
    service_date: NotRequired[dt.date | str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    description: NotRequired[str | None]
    taxable: NotRequired[bool | None]
    tax_code: NotRequired[str | None]
    line_order: NotRequired[Decimal | int | str | None]


class InvoiceLineItemCreateParamsModel(ParamsModel):
    """Validates and serializes `InvoiceLineItemCreateParams`."""

    __entity__: ClassVar[str | None] = "InvoiceLineItem"
    __model__: ClassVar[type[BillComModel] | None] = InvoiceLineItem

    id: str | None = Field(default=None, alias="id")
    item_id: str | None = Field(default=None, alias="itemId")
    quantity: NumberInput = Field(alias="quantity")
    price: NumberInput | None = Field(default=None, alias="price")
    rate_percent: NumberInput | None = Field(default=None, alias="ratePercent")
    amount: NumberInput | None = Field(default=None, alias="amount")
    service_date: DateInput | None = Field(default=None, alias="serviceDate")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    tax_code: str | None = Field(default=None, alias="taxCode")
    line_order: NumberInput | None = Field(default=None, alias="lineOrder")


class InvoiceLineItemUpdateParams(TypedDict, total=False):
    """Keyword arguments for InvoiceLineItem."""

    item_id: NotRequired[str | None]
    quantity: NotRequired[Decimal | int | str | None]
    price: NotRequired[Decimal | int | str | None]
    rate_percent: NotRequired[Decimal | int | str | None]
    amount: NotRequired[Decimal | int | str | None]
    service_date: NotRequired[dt.date | str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    description: NotRequired[str | None]
    taxable: NotRequired[bool | None]
    tax_code: NotRequired[str | None]
    line_order: NotRequired[Decimal | int | str | None]


class InvoiceLineItemUpdateParamsModel(ParamsModel):
    """Validates and serializes `InvoiceLineItemUpdateParams`."""

    __entity__: ClassVar[str | None] = "InvoiceLineItem"
    __model__: ClassVar[type[BillComModel] | None] = InvoiceLineItem

    item_id: str | None = Field(default=None, alias="itemId")
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    price: NumberInput | None = Field(default=None, alias="price")
    rate_percent: NumberInput | None = Field(default=None, alias="ratePercent")
    amount: NumberInput | None = Field(default=None, alias="amount")
    service_date: DateInput | None = Field(default=None, alias="serviceDate")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    tax_code: str | None = Field(default=None, alias="taxCode")
    line_order: NumberInput | None = Field(default=None, alias="lineOrder")
