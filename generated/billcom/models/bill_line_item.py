# Generated from spec/entities/BillLineItem.yaml by codegen. Do not edit: run make generate.
"""BillLineItem: One expense or item line of a bill."""

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
    "BillLineItem",
    "BillLineItemCreateParams",
    "BillLineItemCreateParamsModel",
    "BillLineItemLineType",
    "BillLineItemUpdateParams",
    "BillLineItemUpdateParamsModel",
]


class BillLineItemLineType(StrEnum):
    """Codes of `BillLineItem.lineType`: Line kind; the server sets 2 if itemId is set, else 1."""

    EXPENSE = "1"
    """Expense line (no item)"""
    ITEM = "2"


class BillLineItem(BillComModel):
    """One expense or item line of a bill."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["billId", "createdTime", "id", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["amount"])

    entity: Lenient[str] = Field(default="BillLineItem", alias="entity")
    """The wire name of the object's type: "BillLineItem"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix bli)."""
    bill_id: Lenient[str] | None = Field(default=None, alias="billId")
    """Parent bill."""
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
    """Item dimension; makes this an item line."""
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
    line_type: Lenient[Annotated[BillLineItemLineType, Code] | UnknownCode] | None = Field(
        default=None, alias="lineType"
    )
    """Line kind; the server sets 2 if itemId is set, else 1."""
    quantity: Lenient[Number] | None = Field(default=None, alias="quantity")
    """Quantity on item lines; null on expense lines."""
    unit_price: Lenient[Number] | None = Field(default=None, alias="unitPrice")
    """Unit price on item lines; null on expense lines."""
    purchase_order_bill_link_id: Lenient[str] | None = Field(
        default=None, alias="purchaseOrderBillLinkId"
    )
    """Id of the purchase-order-to-bill link."""
    unit_of_measure_id: Lenient[str] | None = Field(default=None, alias="unitOfMeasureId")
    """Id of the UnitOfMeasure."""
    line_order: Lenient[Number] | None = Field(default=None, alias="lineOrder")
    """Position of the line, 0-based."""
    use_smart_approvers: Lenient[Boolean] | None = Field(default=None, alias="useSmartApprovers")
    """Create-only: add prior/default approvers; not echoed in replies."""


class BillLineItemCreateParams(TypedDict, total=False):
    """Keyword arguments for BillLineItem."""

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
    line_type: NotRequired[BillLineItemLineType | str | None]
    quantity: NotRequired[Decimal | int | str | None]
    unit_price: NotRequired[Decimal | int | str | None]
    purchase_order_bill_link_id: NotRequired[str | None]
    unit_of_measure_id: NotRequired[str | None]
    line_order: NotRequired[Decimal | int | str | None]
    use_smart_approvers: NotRequired[bool | None]


class BillLineItemCreateParamsModel(ParamsModel):
    """Validates and serializes `BillLineItemCreateParams`."""

    __entity__: ClassVar[str | None] = "BillLineItem"
    __model__: ClassVar[type[BillComModel] | None] = BillLineItem

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
    line_type: Annotated[BillLineItemLineType | str, CodeInput] | None = Field(
        default=None, alias="lineType"
    )
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    unit_price: NumberInput | None = Field(default=None, alias="unitPrice")
    purchase_order_bill_link_id: str | None = Field(default=None, alias="purchaseOrderBillLinkId")
    unit_of_measure_id: str | None = Field(default=None, alias="unitOfMeasureId")
    line_order: NumberInput | None = Field(default=None, alias="lineOrder")
    use_smart_approvers: Boolean | None = Field(default=None, alias="useSmartApprovers")


class BillLineItemUpdateParams(TypedDict, total=False):
    """Keyword arguments for BillLineItem."""

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
    line_type: NotRequired[BillLineItemLineType | str | None]
    quantity: NotRequired[Decimal | int | str | None]
    unit_price: NotRequired[Decimal | int | str | None]
    purchase_order_bill_link_id: NotRequired[str | None]
    unit_of_measure_id: NotRequired[str | None]
    line_order: NotRequired[Decimal | int | str | None]
    use_smart_approvers: NotRequired[bool | None]


class BillLineItemUpdateParamsModel(ParamsModel):
    """Validates and serializes `BillLineItemUpdateParams`."""

    __entity__: ClassVar[str | None] = "BillLineItem"
    __model__: ClassVar[type[BillComModel] | None] = BillLineItem

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
    line_type: Annotated[BillLineItemLineType | str, CodeInput] | None = Field(
        default=None, alias="lineType"
    )
    quantity: NumberInput | None = Field(default=None, alias="quantity")
    unit_price: NumberInput | None = Field(default=None, alias="unitPrice")
    purchase_order_bill_link_id: str | None = Field(default=None, alias="purchaseOrderBillLinkId")
    unit_of_measure_id: str | None = Field(default=None, alias="unitOfMeasureId")
    line_order: NumberInput | None = Field(default=None, alias="lineOrder")
    use_smart_approvers: Boolean | None = Field(default=None, alias="useSmartApprovers")
