# Generated from spec/entities/RecurringBillLineItem.yaml by codegen. Do not edit: run make generate.
"""RecurringBillLineItem: One line of a recurring bill."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Boolean,
    Code,
    CodeInput,
    Lenient,
    Number,
    NumberInput,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "RecurringBillLineItem",
    "RecurringBillLineItemCreateParams",
    "RecurringBillLineItemCreateParamsModel",
    "RecurringBillLineItemLineType",
    "RecurringBillLineItemUpdateParams",
    "RecurringBillLineItemUpdateParamsModel",
]


class RecurringBillLineItemLineType(StrEnum):
    """Codes of `RecurringBillLineItem.lineType`: Line kind, expense or item."""

    EXPENSE = "1"
    """Expense line (no item)"""
    ITEM = "2"


class RecurringBillLineItem(BillComModel):
    """One line of a recurring bill."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "id", "isExpired", "recurringBillId", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["amount"])

    entity: Lenient[str] = Field(default="RecurringBillLineItem", alias="entity")
    """The wire name of the object's type: "RecurringBillLineItem"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix tli)."""
    recurring_bill_id: Lenient[str] | None = Field(default=None, alias="recurringBillId")
    """Parent recurring bill."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Line amount."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """ChartOfAccount dimension."""
    department_id: Lenient[str] | None = Field(default=None, alias="departmentId")
    """Department dimension."""
    location_id: Lenient[str] | None = Field(default=None, alias="locationId")
    """Location dimension."""
    job_id: Lenient[str] | None = Field(default=None, alias="jobId")
    """Job dimension."""
    employee_id: Lenient[str] | None = Field(default=None, alias="employeeId")
    """Employee dimension."""
    customer_id: Lenient[str] | None = Field(default=None, alias="customerId")
    """Customer dimension, for re-billing."""
    item_id: Lenient[str] | None = Field(default=None, alias="itemId")
    """Item dimension."""
    vendor_id: Lenient[str] | None = Field(default=None, alias="vendorId")
    """Line-level vendor."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Line description."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the line was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the line was last changed (UTC)."""
    line_type: Lenient[Annotated[RecurringBillLineItemLineType, Code] | UnknownCode] | None = Field(
        default=None, alias="lineType"
    )
    """Line kind, expense or item."""
    job_billable: Lenient[Boolean] | None = Field(default=None, alias="jobBillable")
    """Whether the line is billable to the job."""
    is_adjusted: Lenient[Boolean] | None = Field(default=None, alias="isAdjusted")
    """Whether the line was added to fix the total."""
    quantity: Lenient[Number] | None = Field(default=None, alias="quantity")
    """Quantity."""
    unit_price: Lenient[Number] | None = Field(default=None, alias="unitPrice")
    """Unit price."""
    is_expired: Lenient[Boolean] | None = Field(default=None, alias="isExpired")
    """Whether the line has expired."""


class RecurringBillLineItemCreateParams(TypedDict, total=False):
    """Keyword arguments for RecurringBillLineItem."""

    amount: Required[Decimal | int | str]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    employee_id: NotRequired[str | None]
    customer_id: NotRequired[str | None]
    item_id: NotRequired[str | None]
    vendor_id: NotRequired[str | None]
    description: NotRequired[str | None]
    line_type: NotRequired[RecurringBillLineItemLineType | str | None]
    job_billable: NotRequired[bool | None]
    is_adjusted: NotRequired[bool | None]
    quantity: NotRequired[Decimal | int | str | None]
    unit_price: NotRequired[Decimal | int | str | None]


class RecurringBillLineItemCreateParamsModel(ParamsModel):
    """Validates and serializes `RecurringBillLineItemCreateParams`."""

    __entity__: ClassVar[str | None] = "RecurringBillLineItem"
    __model__: ClassVar[type[BillComModel] | None] = RecurringBillLineItem

    amount: NumberInput = Field(alias="amount")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    job_id: str | None = Field(default=None, alias="jobId")
    employee_id: str | None = Field(default=None, alias="employeeId")
    customer_id: str | None = Field(default=None, alias="customerId")
    item_id: str | None = Field(default=None, alias="itemId")
    vendor_id: str | None = Field(default=None, alias="vendorId")
    description: str | None = Field(default=None, alias="description")
    line_type: Annotated[RecurringBillLineItemLineType | str, CodeInput] | None = Field(
        default=None, alias="lineType"
    )
    job_billable: Boolean | None = Field(default=None, alias="jobBillable")
    is_adjusted: Boolean | None = Field(default=None, alias="isAdjusted")
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    unit_price: NumberInput | None = Field(default=None, alias="unitPrice")


class RecurringBillLineItemUpdateParams(TypedDict, total=False):
    """Keyword arguments for RecurringBillLineItem."""

    amount: NotRequired[Decimal | int | str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    employee_id: NotRequired[str | None]
    customer_id: NotRequired[str | None]
    item_id: NotRequired[str | None]
    vendor_id: NotRequired[str | None]
    description: NotRequired[str | None]
    line_type: NotRequired[RecurringBillLineItemLineType | str | None]
    job_billable: NotRequired[bool | None]
    is_adjusted: NotRequired[bool | None]
    quantity: NotRequired[Decimal | int | str | None]
    unit_price: NotRequired[Decimal | int | str | None]


class RecurringBillLineItemUpdateParamsModel(ParamsModel):
    """Validates and serializes `RecurringBillLineItemUpdateParams`."""

    __entity__: ClassVar[str | None] = "RecurringBillLineItem"
    __model__: ClassVar[type[BillComModel] | None] = RecurringBillLineItem

    amount: NumberInput | None = Field(default=None, alias="amount")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    job_id: str | None = Field(default=None, alias="jobId")
    employee_id: str | None = Field(default=None, alias="employeeId")
    customer_id: str | None = Field(default=None, alias="customerId")
    item_id: str | None = Field(default=None, alias="itemId")
    vendor_id: str | None = Field(default=None, alias="vendorId")
    description: str | None = Field(default=None, alias="description")
    line_type: Annotated[RecurringBillLineItemLineType | str, CodeInput] | None = Field(
        default=None, alias="lineType"
    )
    job_billable: Boolean | None = Field(default=None, alias="jobBillable")
    is_adjusted: Boolean | None = Field(default=None, alias="isAdjusted")
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    unit_price: NumberInput | None = Field(default=None, alias="unitPrice")
