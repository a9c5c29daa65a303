# Generated from spec/entities/PurchaseOrderLineItem.yaml by codegen. Do not edit: run make generate.
"""PurchaseOrderLineItem: One line of a purchase order."""

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
    "PurchaseOrderLineItem",
    "PurchaseOrderLineItemCreateParams",
    "PurchaseOrderLineItemCreateParamsModel",
    "PurchaseOrderLineItemLineType",
    "PurchaseOrderLineItemMatchType",
    "PurchaseOrderLineItemUpdateParams",
    "PurchaseOrderLineItemUpdateParamsModel",
]


class PurchaseOrderLineItemLineType(StrEnum):
    """Codes of `PurchaseOrderLineItem.lineType`: Line kind, expense or item."""

    EXPENSE = "1"
    """Expense line (no item)"""
    ITEM = "2"


class PurchaseOrderLineItemMatchType(StrEnum):
    """Codes of `PurchaseOrderLineItem.matchType`: Matching rule for bills against this line (codes are non-numeric)."""

    THREE_WAY = "3-way"
    """PO + bill + receipt"""
    TWO_WAY = "2-way"
    """PO + bill"""
    NONE = "None"


class PurchaseOrderLineItem(BillComModel):
    """One line of a purchase order."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "id", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["amount"])

    entity: Lenient[str] = Field(default="PurchaseOrderLineItem", alias="entity")
    """The wire name of the object's type: "PurchaseOrderLineItem"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix pol)."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the line was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the line was last changed (UTC)."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Line amount."""
    line_type: Lenient[Annotated[PurchaseOrderLineItemLineType, Code] | UnknownCode] | None = Field(
        default=None, alias="lineType"
    )
    """Line kind, expense or item."""
    quantity: Lenient[Number] | None = Field(default=None, alias="quantity")
    """Quantity ordered."""
    qty_billed: Lenient[Number] | None = Field(default=None, alias="qtyBilled")
    """Quantity billed."""
    qty_received: Lenient[Number] | None = Field(default=None, alias="qtyReceived")
    """Quantity received."""
    unit_price: Lenient[Number] | None = Field(default=None, alias="unitPrice")
    """Unit price."""
    billed_amount: Lenient[Number] | None = Field(default=None, alias="billedAmount")
    """Amount billed."""
    match_type: Lenient[Annotated[PurchaseOrderLineItemMatchType, Code] | UnknownCode] | None = (
        Field(default=None, alias="matchType")
    )
    """Matching rule for bills against this line (codes are non-numeric)."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Line description."""
    actg_class_id: Lenient[str] | None = Field(default=None, alias="actgClassId")
    """ActgClass dimension."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """ChartOfAccount dimension."""
    department_id: Lenient[str] | None = Field(default=None, alias="departmentId")
    """Department dimension."""
    employee_id: Lenient[str] | None = Field(default=None, alias="employeeId")
    """Employee dimension."""
    item_id: Lenient[str] | None = Field(default=None, alias="itemId")
    """Item dimension."""
    job_id: Lenient[str] | None = Field(default=None, alias="jobId")
    """Job dimension."""
    location_id: Lenient[str] | None = Field(default=None, alias="locationId")
    """Location dimension."""
    customer_id: Lenient[str] | None = Field(default=None, alias="customerId")
    """Customer dimension."""
    job_billable: Lenient[Boolean] | None = Field(default=None, alias="jobBillable")
    """Whether the line is billable to the job."""
    unit_of_measure_id: Lenient[str] | None = Field(default=None, alias="unitOfMeasureId")
    """Id of the unit of measure."""


class PurchaseOrderLineItemCreateParams(TypedDict, total=False):
    """Keyword arguments for PurchaseOrderLineItem."""

    amount: Required[Decimal | int | str]
    line_type: NotRequired[PurchaseOrderLineItemLineType | str | None]
    quantity: NotRequired[Decimal | int | str | None]
    qty_billed: NotRequired[Decimal | int | str | None]
    qty_received: NotRequired[Decimal | int | str | None]
    unit_price: NotRequired[Decimal | int | str | None]
    billed_amount: NotRequired[Decimal | int | str | None]
    match_type: NotRequired[PurchaseOrderLineItemMatchType | str | None]
    description: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    employee_id: NotRequired[str | None]
    item_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    customer_id: NotRequired[str | None]
    job_billable: NotRequired[bool | None]
    unit_of_measure_id: NotRequired[str | None]


class PurchaseOrderLineItemCreateParamsModel(ParamsModel):
    """Validates and serializes `PurchaseOrderLineItemCreateParams`."""

    __entity__: ClassVar[str | None] = "PurchaseOrderLineItem"
    __model__: ClassVar[type[BillComModel] | None] = PurchaseOrderLineItem

    amount: NumberInput = Field(alias="amount")
    line_type: Annotated[PurchaseOrderLineItemLineType | str, CodeInput] | None = Field(
        default=None, alias="lineType"
    )
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    qty_billed: NumberInput | None = Field(default=None, alias="qtyBilled")
    qty_received: NumberInput | None = Field(default=None, alias="qtyReceived")
    unit_price: NumberInput | None = Field(default=None, alias="unitPrice")
    billed_amount: NumberInput | None = Field(default=None, alias="billedAmount")
    match_type: Annotated[PurchaseOrderLineItemMatchType | str, CodeInput] | None = Field(
        default=None, alias="matchType"
    )
    description: str | None = Field(default=None, alias="description")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    employee_id: str | None = Field(default=None, alias="employeeId")
    item_id: str | None = Field(default=None, alias="itemId")
    job_id: str | None = Field(default=None, alias="jobId")
    location_id: str | None = Field(default=None, alias="locationId")
    customer_id: str | None = Field(default=None, alias="customerId")
    job_billable: Boolean | None = Field(default=None, alias="jobBillable")
    unit_of_measure_id: str | None = Field(default=None, alias="unitOfMeasureId")


class PurchaseOrderLineItemUpdateParams(TypedDict, total=False):
    """Keyword arguments for PurchaseOrderLineItem."""

    amount: NotRequired[Decimal | int | str | None]
    line_type: NotRequired[PurchaseOrderLineItemLineType | str | None]
    quantity: NotRequired[Decimal | int | str | None]
    qty_billed: NotRequired[Decimal | int | str | None]
    qty_received: NotRequired[Decimal | int | str | None]
    unit_price: NotRequired[Decimal | int | str | None]
    billed_amount: NotRequired[Decimal | int | str | None]
    match_type: NotRequired[PurchaseOrderLineItemMatchType | str | None]
    description: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    employee_id: NotRequired[str | None]
    item_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    customer_id: NotRequired[str | None]
    job_billable: NotRequired[bool | None]
    unit_of_measure_id: NotRequired[str | None]


class PurchaseOrderLineItemUpdateParamsModel(ParamsModel):
    """Validates and serializes `PurchaseOrderLineItemUpdateParams`."""

    __entity__: ClassVar[str | None] = "PurchaseOrderLineItem"
    __model__: ClassVar[type[BillComModel] | None] = PurchaseOrderLineItem

    amount: NumberInput | None = Field(default=None, alias="amount")
    line_type: Annotated[PurchaseOrderLineItemLineType | str, CodeInput] | None = Field(
        default=None, alias="lineType"
    )
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    qty_billed: NumberInput | None = Field(default=None, alias="qtyBilled")
    qty_received: NumberInput | None = Field(default=None, alias="qtyReceived")
    unit_price: NumberInput | None = Field(default=None, alias="unitPrice")
    billed_amount: NumberInput | None = Field(default=None, alias="billedAmount")
    match_type: Annotated[PurchaseOrderLineItemMatchType | str, CodeInput] | None = Field(
        default=None, alias="matchType"
    )
    description: str | None = Field(default=None, alias="description")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    employee_id: str | None = Field(default=None, alias="employeeId")
    item_id: str | None = Field(default=None, alias="itemId")
    job_id: str | None = Field(default=None, alias="jobId")
    location_id: str | None = Field(default=None, alias="locationId")
    customer_id: str | None = Field(default=None, alias="customerId")
    job_billable: Boolean | None = Field(default=None, alias="jobBillable")
    unit_of_measure_id: str | None = Field(default=None, alias="unitOfMeasureId")
