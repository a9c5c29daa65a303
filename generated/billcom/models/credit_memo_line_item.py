# Generated from spec/entities/CreditMemoLineItem.yaml by codegen. Do not edit: run make generate.
"""CreditMemoLineItem: One line of a credit memo."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, NotRequired, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import Boolean, Lenient, Number, Timestamp

__all__ = [
    "CreditMemoLineItem",
    "CreditMemoLineItemCreateParams",
    "CreditMemoLineItemCreateParamsModel",
    "CreditMemoLineItemUpdateParams",
    "CreditMemoLineItemUpdateParamsModel",
]


class CreditMemoLineItem(BillComModel):
    """One line of a credit memo."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the line was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the line was last changed (UTC)."""
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
    """Quantity."""
    price: Lenient[Number] | None = Field(default=None, alias="price")
    """Unit price."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Line amount."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Line description."""
    taxable: Lenient[Boolean] | None = Field(default=None, alias="taxable")
    """Whether the line is taxable."""


class CreditMemoLineItemCreateParams(TypedDict, total=False):
    """Keyword arguments for CreditMemoLineItem."""

    id: NotRequired[str | None]
    item_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    quantity: NotRequired[Decimal | float | None]
    price: NotRequired[Decimal | float | None]
    amount: NotRequired[Decimal | float | None]
    description: NotRequired[str | None]
    taxable: NotRequired[bool | None]


class CreditMemoLineItemCreateParamsModel(ParamsModel):
    """Validates and serializes `CreditMemoLineItemCreateParams`."""

    __entity__: ClassVar[str | None] = "CreditMemoLineItem"

    id: str | None = Field(default=None, alias="id")
    item_id: str | None = Field(default=None, alias="itemId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    quantity: Number | None = Field(default=None, alias="quantity")
    price: Number | None = Field(default=None, alias="price")
    amount: Number | None = Field(default=None, alias="amount")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")


class CreditMemoLineItemUpdateParams(TypedDict, total=False):
    """Keyword arguments for CreditMemoLineItem."""

    item_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    quantity: NotRequired[Decimal | float | None]
    price: NotRequired[Decimal | float | None]
    amount: NotRequired[Decimal | float | None]
    description: NotRequired[str | None]
    taxable: NotRequired[bool | None]


class CreditMemoLineItemUpdateParamsModel(ParamsModel):
    """Validates and serializes `CreditMemoLineItemUpdateParams`."""

    __entity__: ClassVar[str | None] = "CreditMemoLineItem"

    item_id: str | None = Field(default=None, alias="itemId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    quantity: Number | None = Field(default=None, alias="quantity")
    price: Number | None = Field(default=None, alias="price")
    amount: Number | None = Field(default=None, alias="amount")
    description: str | None = Field(default=None, alias="description")
    taxable: Boolean | None = Field(default=None, alias="taxable")
