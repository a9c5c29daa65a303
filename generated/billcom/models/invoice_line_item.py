# Generated from spec/entities/InvoiceLineItem.yaml by codegen. Do not edit: run make generate.
"""InvoiceLineItem: One line of an invoice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar, Literal, Never, NotRequired, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import Boolean, Date, Integer, Lenient, Number, Timestamp

__all__ = [
    "InvoiceLineItem",
    "InvoiceLineItemCreateParams",
    "InvoiceLineItemCreateParamsModel",
    "InvoiceLineItemField",
    "InvoiceLineItemFilter",
    "InvoiceLineItemFilterField",
    "InvoiceLineItemSort",
    "InvoiceLineItemUpdateParams",
    "InvoiceLineItemUpdateParamsModel",
]


class InvoiceLineItem(BillComModel):
    """One line of an invoice."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["amount", "createdTime", "invoiceId", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the line was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the line was last changed (UTC)."""
    invoice_id: Lenient[str] | None = Field(default=None, alias="invoiceId")
    """Parent invoice."""
    item_id: Lenient[str] | None = Field(default=None, alias="itemId")
    """Id of the Item sold."""
    quantity: Lenient[Number] | None = Field(default=None, alias="quantity")
    """Quantity."""
    price: Lenient[Number] | None = Field(default=None, alias="price")
    """Unit price; price or ratePercent is required."""
    rate_percent: Lenient[Number] | None = Field(default=None, alias="ratePercent")
    """Percent of the other lines' total, used only when price is empty; price or ratePercent is required."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Line amount computed as quantity x price (or the ratePercent share)."""
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
    line_order: Lenient[Integer] | None = Field(default=None, alias="lineOrder")
    """Integer display order of the line."""


class InvoiceLineItemCreateParams(TypedDict, total=False):
    """Keyword arguments for InvoiceLineItem."""

    id: NotRequired[str | None]
    item_id: NotRequired[str | None]
    quantity: NotRequired[Decimal | float | None]
    price: NotRequired[Decimal | float | None]
    rate_percent: NotRequired[Decimal | float | None]
    service_date: NotRequired[dt.date | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    description: NotRequired[str | None]
    taxable: NotRequired[bool | None]
    tax_code: NotRequired[str | None]
    line_order: NotRequired[int | None]


class InvoiceLineItemCreateParamsModel(ParamsModel):
    """Validates and serializes `InvoiceLineItemCreateParams`."""

    __entity__: ClassVar[str | None] = "InvoiceLineItem"

    id: str | None = Field(default=None, alias="id")
    item_id: str | None = Field(default=None, alias="itemId")
    quantity: Number | None = Field(default=None, alias="quantity")
    price: Number | None = Field(default=None, alias="price")
    rate_percent: Number | None = Field(default=None, alias="ratePercent")
    service_date: Date | None = Field(default=None, alias="serviceDate")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    tax_code: str | None = Field(default=None, alias="taxCode")
    line_order: Integer | None = Field(default=None, alias="lineOrder")


class InvoiceLineItemUpdateParams(TypedDict, total=False):
    """Keyword arguments for InvoiceLineItem."""

    item_id: NotRequired[str | None]
    quantity: NotRequired[Decimal | float | None]
    price: NotRequired[Decimal | float | None]
    rate_percent: NotRequired[Decimal | float | None]
    service_date: NotRequired[dt.date | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    description: NotRequired[str | None]
    taxable: NotRequired[bool | None]
    tax_code: NotRequired[str | None]
    line_order: NotRequired[int | None]


class InvoiceLineItemUpdateParamsModel(ParamsModel):
    """Validates and serializes `InvoiceLineItemUpdateParams`."""

    __entity__: ClassVar[str | None] = "InvoiceLineItem"

    item_id: str | None = Field(default=None, alias="itemId")
    quantity: Number | None = Field(default=None, alias="quantity")
    price: Number | None = Field(default=None, alias="price")
    rate_percent: Number | None = Field(default=None, alias="ratePercent")
    service_date: Date | None = Field(default=None, alias="serviceDate")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    tax_code: str | None = Field(default=None, alias="taxCode")
    line_order: Integer | None = Field(default=None, alias="lineOrder")


InvoiceLineItemField = Literal[
    "id",
    "createdTime",
    "updatedTime",
    "invoiceId",
    "itemId",
    "quantity",
    "price",
    "ratePercent",
    "amount",
    "serviceDate",
    "chartOfAccountId",
    "departmentId",
    "locationId",
    "actgClassId",
    "jobId",
    "description",
    "taxable",
    "taxCode",
    "lineOrder",
]
"""A field of InvoiceLineItem that List sorts may name."""

InvoiceLineItemFilterField = Never
"""A field of InvoiceLineItem that List filters may name: the API filters on these only."""


class InvoiceLineItemFilter(TypedDict):
    """A List filter on InvoiceLineItem: the API filters InvoiceLineItem on no field."""

    field: InvoiceLineItemFilterField
    op: FilterOperator
    value: Any


class InvoiceLineItemSort(TypedDict):
    """A List sort key on InvoiceLineItem."""

    field: InvoiceLineItemField
    asc: bool
