# Generated from spec/entities/CreditMemoLineItem.yaml by codegen. Do not edit: run make generate.
"""CreditMemoLineItem: One line of a credit memo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    Date,
    DateInput,
    Lenient,
    Number,
    NumberInput,
)

__all__ = [
    "CreditMemoLineItem",
    "CreditMemoLineItemCreateParams",
    "CreditMemoLineItemCreateParamsModel",
    "CreditMemoLineItemUpdateParams",
    "CreditMemoLineItemUpdateParamsModel",
]


class CreditMemoLineItem(BillComModel):
    """One line of a credit memo."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["amount", "quantity"])

    entity: Lenient[str] = Field(default="CreditMemoLineItem", alias="entity")
    """The wire name of the object's type: "CreditMemoLineItem"."""
    item_id: Lenient[str] | None = Field(default=None, alias="itemId")
    """Item credited."""
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
    quantity: Lenient[Number] | None = Field(default=None, alias="quantity")
    """Quantity credited or time spent."""
    price: Lenient[Number] | None = Field(default=None, alias="price")
    """Unit price or service rate."""
    rate_percent: Lenient[Number] | None = Field(default=None, alias="ratePercent")
    """Percent markup (positive) or discount (negative) on the other lines' total."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Line amount: quantity x price, or the ratePercent share of the other lines."""
    service_date: Lenient[Date] | None = Field(default=None, alias="serviceDate")
    """Date the product or service was sold."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Line description."""
    taxable: Lenient[Boolean] | None = Field(default=None, alias="taxable")
    """Whether the line counts toward the sales-tax total."""
    tax_code: Lenient[str] | None = Field(default=None, alias="taxCode")
    """Tax code."""
    line_order: Lenient[Number] | None = Field(default=None, alias="lineOrder")
    """Display order of the line."""


class CreditMemoLineItemCreateParams(TypedDict, total=False):
    """Keyword arguments for CreditMemoLineItem."""

    item_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    quantity: Required[Decimal | int | str]
    price: NotRequired[Decimal | int | str | None]
    rate_percent: NotRequired[Decimal | int | str | None]
    amount: Required[Decimal | int | str]
    service_date: NotRequired[dt.date | str | None]
    description: NotRequired[str | None]
    taxable: NotRequired[bool | None]
    tax_code: NotRequired[str | None]
    line_order: NotRequired[Decimal | int | str | None]


class CreditMemoLineItemCreateParamsModel(ParamsModel):
    """Validates and serializes `CreditMemoLineItemCreateParams`."""

    __entity__: ClassVar[str | None] = "CreditMemoLineItem"
    __model__: ClassVar[type[BillComModel] | None] = CreditMemoLineItem

    item_id: str | None = Field(default=None, alias="itemId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    quantity: NumberInput = Field(alias="quantity")
    price: NumberInput | None = Field(default=None, alias="price")
    rate_percent: NumberInput | None = Field(default=None, alias="ratePercent")
    amount: NumberInput = Field(alias="amount")
    service_date: DateInput | None = Field(default=None, alias="serviceDate")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    tax_code: str | None = Field(default=None, alias="taxCode")
    line_order: NumberInput | None = Field(default=None, alias="lineOrder")


class CreditMemoLineItemUpdateParams(TypedDict, total=False):
    """Keyword arguments for CreditMemoLineItem."""

    item_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    quantity: NotRequired[Decimal | int | str | None]
    price: NotRequired[Decimal | int | str | None]
    rate_percent: NotRequired[Decimal | int | str | None]
    amount: NotRequired[Decimal | int | str | None]
    service_date: NotRequired[dt.date | str | None]
    description: NotRequired[str | None]
    taxable: NotRequired[bool | None]
    tax_code: NotRequired[str | None]
    line_order: NotRequired[Decimal | int | str | None]


class CreditMemoLineItemUpdateParamsModel(ParamsModel):
    """Validates and serializes `CreditMemoLineItemUpdateParams`."""

    __entity__: ClassVar[str | None] = "CreditMemoLineItem"
    __model__: ClassVar[type[BillComModel] | None] = CreditMemoLineItem

    item_id: str | None = Field(default=None, alias="itemId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    price: NumberInput | None = Field(default=None, alias="price")
    rate_percent: NumberInput | None = Field(default=None, alias="ratePercent")
    amount: NumberInput | None = Field(default=None, alias="amount")
    service_date: DateInput | None = Field(default=None, alias="serviceDate")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    tax_code: str | None = Field(default=None, alias="taxCode")
    line_order: NumberInput | None = Field(default=None, alias="lineOrder")
