# Generated from spec/entities/VendorCreditLineItem.yaml by codegen. Do not edit: run make generate.
"""VendorCreditLineItem: One line of a vendor credit."""

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
    "VendorCreditLineItem",
    "VendorCreditLineItemCreateParams",
    "VendorCreditLineItemCreateParamsModel",
    "VendorCreditLineItemLineType",
    "VendorCreditLineItemUpdateParams",
    "VendorCreditLineItemUpdateParamsModel",
]


class VendorCreditLineItemLineType(StrEnum):
    """Codes of `VendorCreditLineItem.lineType`: Line kind, expense or item."""

    EXPENSE = "1"
    """Expense line (no item)"""
    ITEM = "2"


class VendorCreditLineItem(BillComModel):
    """One line of a vendor credit."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "id", "updatedTime", "vendorCreditId"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["amount"])

    entity: Lenient[str] = Field(default="VendorCreditLineItem", alias="entity")
    """The wire name of the object's type: "VendorCreditLineItem"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix vci)."""
    vendor_credit_id: Lenient[str] | None = Field(default=None, alias="vendorCreditId")
    """Parent vendor credit."""
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
    customer_id: Lenient[str] | None = Field(default=None, alias="customerId")
    """Customer dimension, for re-billing."""
    item_id: Lenient[str] | None = Field(default=None, alias="itemId")
    """Item dimension."""
    employee_id: Lenient[str] | None = Field(default=None, alias="employeeId")
    """Employee dimension."""
    actg_class_id: Lenient[str] | None = Field(default=None, alias="actgClassId")
    """ActgClass dimension."""
    job_billable: Lenient[Boolean] | None = Field(default=None, alias="jobBillable")
    """Whether the line is billable to the job."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Line description."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the line was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the line was last changed (UTC)."""
    line_type: Lenient[Annotated[VendorCreditLineItemLineType, Code] | UnknownCode] | None = Field(
        default=None, alias="lineType"
    )
    """Line kind, expense or item."""
    quantity: Lenient[Number] | None = Field(default=None, alias="quantity")
    """Quantity."""
    unit_price: Lenient[Number] | None = Field(default=None, alias="unitPrice")
    """Unit price."""
    line_order: Lenient[Number] | None = Field(default=None, alias="lineOrder")
    """Position of the line."""


class VendorCreditLineItemCreateParams(TypedDict, total=False):
    """Keyword arguments for VendorCreditLineItem."""

    amount: Required[Decimal | int | str]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    customer_id: NotRequired[str | None]
    item_id: NotRequired[str | None]
    employee_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_billable: NotRequired[bool | None]
    description: NotRequired[str | None]
    line_type: NotRequired[VendorCreditLineItemLineType | str | None]
    quantity: NotRequired[Decimal | int | str | None]
    unit_price: NotRequired[Decimal | int | str | None]
    line_order: NotRequired[Decimal | int | str | None]


class VendorCreditLineItemCreateParamsModel(ParamsModel):
    """Validates and serializes `VendorCreditLineItemCreateParams`."""

    __entity__: ClassVar[str | None] = "VendorCreditLineItem"
    __model__: ClassVar[type[BillComModel] | None] = VendorCreditLineItem

    amount: NumberInput = Field(alias="amount")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    job_id: str | None = Field(default=None, alias="jobId")
    customer_id: str | None = Field(default=None, alias="customerId")
    item_id: str | None = Field(default=None, alias="itemId")
    employee_id: str | None = Field(default=None, alias="employeeId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_billable: Boolean | None = Field(default=None, alias="jobBillable")
    description: str | None = Field(default=None, alias="description")
    line_type: Annotated[VendorCreditLineItemLineType | str, CodeInput] | None = Field(
        default=None, alias="lineType"
    )
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    unit_price: NumberInput | None = Field(default=None, alias="unitPrice")
    line_order: NumberInput | None = Field(default=None, alias="lineOrder")


class VendorCreditLineItemUpdateParams(TypedDict, total=False):
    """Keyword arguments for VendorCreditLineItem."""

    amount: NotRequired[Decimal | int | str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    customer_id: NotRequired[str | None]
    item_id: NotRequired[str | None]
    employee_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_billable: NotRequired[bool | None]
    description: NotRequired[str | None]
    line_type: NotRequired[VendorCreditLineItemLineType | str | None]
    quantity: NotRequired[Decimal | int | str | None]
    unit_price: NotRequired[Decimal | int | str | None]
    line_order: NotRequired[Decimal | int | str | None]


class VendorCreditLineItemUpdateParamsModel(ParamsModel):
    """Validates and serializes `VendorCreditLineItemUpdateParams`."""

    __entity__: ClassVar[str | None] = "VendorCreditLineItem"
    __model__: ClassVar[type[BillComModel] | None] = VendorCreditLineItem

    amount: NumberInput | None = Field(default=None, alias="amount")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    job_id: str | None = Field(default=None, alias="jobId")
    customer_id: str | None = Field(default=None, alias="customerId")
    item_id: str | None = Field(default=None, alias="itemId")
    employee_id: str | None = Field(default=None, alias="employeeId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_billable: Boolean | None = Field(default=None, alias="jobBillable")
    description: str | None = Field(default=None, alias="description")
    line_type: Annotated[VendorCreditLineItemLineType | str, CodeInput] | None = Field(
        default=None, alias="lineType"
    )
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    unit_price: NumberInput | None = Field(default=None, alias="unitPrice")
    line_order: NumberInput | None = Field(default=None, alias="lineOrder")
