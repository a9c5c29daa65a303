# Generated from spec/entities/PurchaseOrder.yaml by codegen. Do not edit: run make generate.
"""PurchaseOrder: A purchase order placed with a vendor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, NotRequired, Required, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Boolean,
    Code,
    CodeInput,
    Date,
    DateInput,
    Lenient,
    Number,
    NumberInput,
    Timestamp,
    UnknownCode,
)
from .purchase_order_line_item import (
    PurchaseOrderLineItem,
    PurchaseOrderLineItemCreateParams,
    PurchaseOrderLineItemCreateParamsModel,
)

__all__ = [
    "PurchaseOrder",
    "PurchaseOrderApprovalStatus",
    "PurchaseOrderApprovalStatusFilter",
    "PurchaseOrderBillingStatus",
    "PurchaseOrderBillingStatusFilter",
    "PurchaseOrderClosureStatus",
    "PurchaseOrderClosureStatusFilter",
    "PurchaseOrderCreateParams",
    "PurchaseOrderCreateParamsModel",
    "PurchaseOrderDateFilter",
    "PurchaseOrderField",
    "PurchaseOrderFilter",
    "PurchaseOrderFilterField",
    "PurchaseOrderFullfillmentStatus",
    "PurchaseOrderFullfillmentStatusFilter",
    "PurchaseOrderIsActive",
    "PurchaseOrderIsActiveFilter",
    "PurchaseOrderOrderType",
    "PurchaseOrderOrderTypeFilter",
    "PurchaseOrderSort",
    "PurchaseOrderTextFilter",
    "PurchaseOrderTimeFilter",
    "PurchaseOrderUpdateParams",
    "PurchaseOrderUpdateParamsModel",
]


class PurchaseOrderIsActive(StrEnum):
    """Codes of `PurchaseOrder.isActive`: Whether the purchase order is active."""

    ACTIVE = "1"
    INACTIVE = "2"


class PurchaseOrderApprovalStatus(StrEnum):
    """Codes of `PurchaseOrder.approvalStatus`: Approval state."""

    UNASSIGNED = "0"
    ASSIGNED = "1"
    APPROVED = "3"
    APPROVING = "4"
    DENIED = "5"


class PurchaseOrderFullfillmentStatus(StrEnum):
    """Codes of `PurchaseOrder.fullfillmentStatus`: Fulfillment state (BILL's spelling, double l)."""

    UNFILLED = "0"
    PARTIALLY_FILLED = "1"
    FILLED = "2"
    CLOSED = "3"


class PurchaseOrderBillingStatus(StrEnum):
    """Codes of `PurchaseOrder.billingStatus`: How much of the order has been billed."""

    UNBILLED = "0"
    PARTIALLY_BILLED = "1"
    BILLED = "3"


class PurchaseOrderClosureStatus(StrEnum):
    """Codes of `PurchaseOrder.closureStatus`: Whether the order is open or closed."""

    UNKNOWN = "0"
    OPEN = "1"
    CLOSED = "2"


class PurchaseOrderOrderType(StrEnum):
    """Codes of `PurchaseOrder.orderType`: Kind of lines on the order."""

    ITEM = "0"
    EXPENSE = "1"
    BOTH = "2"


class PurchaseOrder(BillComModel):
    """A purchase order placed with a vendor."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "approvalStatus",
            "createdBy",
            "createdByUser",
            "createdDate",
            "createdTime",
            "hasLinkedBills",
            "hasNotes",
            "id",
            "linkedBillsCount",
            "multipleBillLineItems",
            "salesTaxPercent",
            "salesTaxTotal",
            "updatedByUser",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "purchaseOrderLineItems": PurchaseOrderLineItem,
    }
    __required__: ClassVar[frozenset[str]] = frozenset(["poDate", "poNumber", "vendorId"])
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "vendorId": "string",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "approvalStatus": "enum",
        "fullfillmentStatus": "enum",
        "serviceStartDate": "date",
        "serviceEndDate": "date",
        "sentDate": "date",
        "requiredDate": "date",
        "poNumber": "string",
        "poDate": "date",
        "paymentTermId": "string",
        "chartOfAccountId": "string",
        "departmentId": "string",
        "locationId": "string",
        "billingStatus": "enum",
        "closureStatus": "enum",
        "orderType": "enum",
    }

    entity: Lenient[str] = Field(default="PurchaseOrder", alias="entity")
    """The wire name of the object's type: "PurchaseOrder"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix pur)."""
    is_active: Lenient[Annotated[PurchaseOrderIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the purchase order is active."""
    vendor_id: Lenient[str] | None = Field(default=None, alias="vendorId")
    """Vendor the order is placed with."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the purchase order was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the purchase order was last changed (UTC)."""
    created_by: Lenient[str] | None = Field(default=None, alias="createdBy")
    """User who created the purchase order."""
    approval_status: Lenient[Annotated[PurchaseOrderApprovalStatus, Code] | UnknownCode] | None = (
        Field(default=None, alias="approvalStatus")
    )
    """Approval state."""
    fullfillment_status: (
        Lenient[Annotated[PurchaseOrderFullfillmentStatus, Code] | UnknownCode] | None
    ) = Field(default=None, alias="fullfillmentStatus")
    """Fulfillment state (BILL's spelling, double l)."""
    service_start_date: Lenient[Date] | None = Field(default=None, alias="serviceStartDate")
    """Service start date."""
    service_end_date: Lenient[Date] | None = Field(default=None, alias="serviceEndDate")
    """Service end date."""
    sent_date: Lenient[Date] | None = Field(default=None, alias="sentDate")
    """Date the order was sent."""
    required_date: Lenient[Date] | None = Field(default=None, alias="requiredDate")
    """Date the order is required by."""
    po_number: Lenient[str] | None = Field(default=None, alias="poNumber")
    """Purchase order number."""
    po_date: Lenient[Date] | None = Field(default=None, alias="poDate")
    """Purchase order date."""
    exchange_rate: Lenient[Number] | None = Field(default=None, alias="exchangeRate")
    """Exchange rate; required for international vendors."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Purchase order description."""
    memo: Lenient[str] | None = Field(default=None, alias="memo")
    """Memo."""
    billing_email: Lenient[str] | None = Field(default=None, alias="billingEmail")
    """Billing email address."""
    vendor_email: Lenient[str] | None = Field(default=None, alias="vendorEmail")
    """Vendor email address."""
    requestor: Lenient[str] | None = Field(default=None, alias="requestor")
    """User who requested the order."""
    sales_tax_percent: Lenient[Number] | None = Field(default=None, alias="salesTaxPercent")
    """Sales tax percent."""
    sales_tax_total: Lenient[Number] | None = Field(default=None, alias="salesTaxTotal")
    """Sales tax total."""
    payment_term_id: Lenient[str] | None = Field(default=None, alias="paymentTermId")
    """Payment term of the order."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """Header ChartOfAccount dimension."""
    department_id: Lenient[str] | None = Field(default=None, alias="departmentId")
    """Header Department dimension."""
    location_id: Lenient[str] | None = Field(default=None, alias="locationId")
    """Header Location dimension."""
    invoice_product_id: Lenient[str] | None = Field(default=None, alias="invoiceProductId")
    """Id of the related item."""
    shipping_address_id: Lenient[str] | None = Field(default=None, alias="shippingAddressId")
    """Shipping address id."""
    billing_address_id: Lenient[str] | None = Field(default=None, alias="billingAddressId")
    """Billing address id."""
    purchase_request_id: Lenient[str] | None = Field(default=None, alias="purchaseRequestId")
    """Purchase request id."""
    billing_status: Lenient[Annotated[PurchaseOrderBillingStatus, Code] | UnknownCode] | None = (
        Field(default=None, alias="billingStatus")
    )
    """How much of the order has been billed."""
    closure_status: Lenient[Annotated[PurchaseOrderClosureStatus, Code] | UnknownCode] | None = (
        Field(default=None, alias="closureStatus")
    )
    """Whether the order is open or closed."""
    order_type: Lenient[Annotated[PurchaseOrderOrderType, Code] | UnknownCode] | None = Field(
        default=None, alias="orderType"
    )
    """Kind of lines on the order."""
    remaining_amount: Lenient[Number] | None = Field(default=None, alias="remainingAmount")
    """Amount not yet billed."""
    applied_price_tolerance_amount: Lenient[Number] | None = Field(
        default=None, alias="appliedPriceToleranceAmount"
    )
    """Applied price tolerance amount."""
    price_tolerance_warning: Lenient[Boolean] | None = Field(
        default=None, alias="priceToleranceWarning"
    )
    """Whether a price tolerance warning applies."""
    has_linked_bills: Lenient[Boolean] | None = Field(default=None, alias="hasLinkedBills")
    """Whether bills are linked to the order."""
    has_notes: Lenient[Boolean] | None = Field(default=None, alias="hasNotes")
    """Whether the order has notes."""
    multiple_bill_line_items: Lenient[Boolean] | None = Field(
        default=None, alias="multipleBillLineItems"
    )
    """Whether the order has more than one line."""
    linked_bills_count: Lenient[Number] | None = Field(default=None, alias="linkedBillsCount")
    """Number of linked bills."""
    created_date: Lenient[Timestamp] | None = Field(default=None, alias="createdDate")
    """When the order was created."""
    created_by_user: Lenient[str] | None = Field(default=None, alias="createdByUser")
    """Name of the user who created the order."""
    updated_by_user: Lenient[str] | None = Field(default=None, alias="updatedByUser")
    """Name of the user who last changed the order."""
    purchase_order_line_items: Lenient[list[PurchaseOrderLineItem]] | None = Field(
        default=None, alias="purchaseOrderLineItems"
    )
    """Purchase order lines."""


class PurchaseOrderCreateParams(TypedDict, total=False):
    """Keyword arguments for PurchaseOrder."""

    is_active: NotRequired[PurchaseOrderIsActive | str | None]
    vendor_id: Required[str]
    fullfillment_status: NotRequired[PurchaseOrderFullfillmentStatus | str | None]
    service_start_date: NotRequired[dt.date | str | None]
    service_end_date: NotRequired[dt.date | str | None]
    sent_date: NotRequired[dt.date | str | None]
    required_date: NotRequired[dt.date | str | None]
    po_number: Required[str]
    po_date: Required[dt.date | str]
    exchange_rate: NotRequired[Decimal | int | str | None]
    description: NotRequired[str | None]
    memo: NotRequired[str | None]
    billing_email: NotRequired[str | None]
    vendor_email: NotRequired[str | None]
    requestor: NotRequired[str | None]
    payment_term_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    invoice_product_id: NotRequired[str | None]
    shipping_address_id: NotRequired[str | None]
    billing_address_id: NotRequired[str | None]
    purchase_request_id: NotRequired[str | None]
    billing_status: NotRequired[PurchaseOrderBillingStatus | str | None]
    closure_status: NotRequired[PurchaseOrderClosureStatus | str | None]
    order_type: NotRequired[PurchaseOrderOrderType | str | None]
    remaining_amount: NotRequired[Decimal | int | str | None]
    applied_price_tolerance_amount: NotRequired[Decimal | int | str | None]
    price_tolerance_warning: NotRequired[bool | None]
    purchase_order_line_items: NotRequired[Sequence[PurchaseOrderLineItemCreateParams] | None]


class PurchaseOrderCreateParamsModel(ParamsModel):
    """Validates and serializes `PurchaseOrderCreateParams`."""

    __entity__: ClassVar[str | None] = "PurchaseOrder"
    __model__: ClassVar[type[BillComModel] | None] = PurchaseOrder

    is_active: Annotated[PurchaseOrderIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    vendor_id: str = Field(alias="vendorId")
    fullfillment_status: Annotated[PurchaseOrderFullfillmentStatus | str, CodeInput] | None = Field(
        default=None, alias="fullfillmentStatus"
    )
    service_start_date: DateInput | None = Field(default=None, alias="serviceStartDate")
    service_end_date: DateInput | None = Field(default=None, alias="serviceEndDate")
    sent_date: DateInput | None = Field(default=None, alias="sentDate")
    required_date: DateInput | None = Field(default=None, alias="requiredDate")
    po_number: str = Field(alias="poNumber")
    po_date: DateInput = Field(alias="poDate")
    exchange_rate: NumberInput | None = Field(default=None, alias="exchangeRate")
    description: str | None = Field(default=None, alias="description")
    memo: str | None = Field(default=None, alias="memo")
    billing_email: str | None = Field(default=None, alias="billingEmail")
    vendor_email: str | None = Field(default=None, alias="vendorEmail")
    requestor: str | None = Field(default=None, alias="requestor")
    payment_term_id: str | None = Field(default=None, alias="paymentTermId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    invoice_product_id: str | None = Field(default=None, alias="invoiceProductId")
    shipping_address_id: str | None = Field(default=None, alias="shippingAddressId")
    billing_address_id: str | None = Field(default=None, alias="billingAddressId")
    purchase_request_id: str | None = Field(default=None, alias="purchaseRequestId")
    billing_status: Annotated[PurchaseOrderBillingStatus | str, CodeInput] | None = Field(
        default=None, alias="billingStatus"
    )
    closure_status: Annotated[PurchaseOrderClosureStatus | str, CodeInput] | None = Field(
        default=None, alias="closureStatus"
    )
    order_type: Annotated[PurchaseOrderOrderType | str, CodeInput] | None = Field(
        default=None, alias="orderType"
    )
    remaining_amount: NumberInput | None = Field(default=None, alias="remainingAmount")
    applied_price_tolerance_amount: NumberInput | None = Field(
        default=None, alias="appliedPriceToleranceAmount"
    )
    price_tolerance_warning: Boolean | None = Field(default=None, alias="priceToleranceWarning")
    purchase_order_line_items: list[PurchaseOrderLineItemCreateParamsModel] | None = Field(
        default=None, alias="purchaseOrderLineItems"
    )


class PurchaseOrderUpdateParams(TypedDict, total=False):
    """Keyword arguments for PurchaseOrder."""

    is_active: NotRequired[PurchaseOrderIsActive | str | None]
    vendor_id: NotRequired[str | None]
    fullfillment_status: NotRequired[PurchaseOrderFullfillmentStatus | str | None]
    service_start_date: NotRequired[dt.date | str | None]
    service_end_date: NotRequired[dt.date | str | None]
    sent_date: NotRequired[dt.date | str | None]
    required_date: NotRequired[dt.date | str | None]
    po_number: NotRequired[str | None]
    po_date: NotRequired[dt.date | str | None]
    exchange_rate: NotRequired[Decimal | int | str | None]
    description: NotRequired[str | None]
    memo: NotRequired[str | None]
    billing_email: NotRequired[str | None]
    vendor_email: NotRequired[str | None]
    requestor: NotRequired[str | None]
    payment_term_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    invoice_product_id: NotRequired[str | None]
    shipping_address_id: NotRequired[str | None]
    billing_address_id: NotRequired[str | None]
    purchase_request_id: NotRequired[str | None]
    billing_status: NotRequired[PurchaseOrderBillingStatus | str | None]
    closure_status: NotRequired[PurchaseOrderClosureStatus | str | None]
    order_type: NotRequired[PurchaseOrderOrderType | str | None]
    remaining_amount: NotRequired[Decimal | int | str | None]
    applied_price_tolerance_amount: NotRequired[Decimal | int | str | None]
    price_tolerance_warning: NotRequired[bool | None]
    purchase_order_line_items: NotRequired[Sequence[PurchaseOrderLineItemCreateParams] | None]


class PurchaseOrderUpdateParamsModel(ParamsModel):
    """Validates and serializes `PurchaseOrderUpdateParams`."""

    __entity__: ClassVar[str | None] = "PurchaseOrder"
    __model__: ClassVar[type[BillComModel] | None] = PurchaseOrder

    is_active: Annotated[PurchaseOrderIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    vendor_id: str | None = Field(default=None, alias="vendorId")
    fullfillment_status: Annotated[PurchaseOrderFullfillmentStatus | str, CodeInput] | None = Field(
        default=None, alias="fullfillmentStatus"
    )
    service_start_date: DateInput | None = Field(default=None, alias="serviceStartDate")
    service_end_date: DateInput | None = Field(default=None, alias="serviceEndDate")
    sent_date: DateInput | None = Field(default=None, alias="sentDate")
    required_date: DateInput | None = Field(default=None, alias="requiredDate")
    po_number: str | None = Field(default=None, alias="poNumber")
    po_date: DateInput | None = Field(default=None, alias="poDate")
    exchange_rate: NumberInput | None = Field(default=None, alias="exchangeRate")
    description: str | None = Field(default=None, alias="description")
    memo: str | None = Field(default=None, alias="memo")
    billing_email: str | None = Field(default=None, alias="billingEmail")
    vendor_email: str | None = Field(default=None, alias="vendorEmail")
    requestor: str | None = Field(default=None, alias="requestor")
    payment_term_id: str | None = Field(default=None, alias="paymentTermId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    invoice_product_id: str | None = Field(default=None, alias="invoiceProductId")
    shipping_address_id: str | None = Field(default=None, alias="shippingAddressId")
    billing_address_id: str | None = Field(default=None, alias="billingAddressId")
    purchase_request_id: str | None = Field(default=None, alias="purchaseRequestId")
    billing_status: Annotated[PurchaseOrderBillingStatus | str, CodeInput] | None = Field(
        default=None, alias="billingStatus"
    )
    closure_status: Annotated[PurchaseOrderClosureStatus | str, CodeInput] | None = Field(
        default=None, alias="closureStatus"
    )
    order_type: Annotated[PurchaseOrderOrderType | str, CodeInput] | None = Field(
        default=None, alias="orderType"
    )
    remaining_amount: NumberInput | None = Field(default=None, alias="remainingAmount")
    applied_price_tolerance_amount: NumberInput | None = Field(
        default=None, alias="appliedPriceToleranceAmount"
    )
    price_tolerance_warning: Boolean | None = Field(default=None, alias="priceToleranceWarning")
    purchase_order_line_items: list[PurchaseOrderLineItemCreateParamsModel] | None = Field(
        default=None, alias="purchaseOrderLineItems"
    )


PurchaseOrderField = Literal[
    "id",
    "isActive",
    "vendorId",
    "createdTime",
    "updatedTime",
    "createdBy",
    "approvalStatus",
    "fullfillmentStatus",
    "serviceStartDate",
    "serviceEndDate",
    "sentDate",
    "requiredDate",
    "poNumber",
    "poDate",
    "exchangeRate",
    "description",
    "memo",
    "billingEmail",
    "vendorEmail",
    "requestor",
    "salesTaxPercent",
    "salesTaxTotal",
    "paymentTermId",
    "chartOfAccountId",
    "departmentId",
    "locationId",
    "invoiceProductId",
    "shippingAddressId",
    "billingAddressId",
    "purchaseRequestId",
    "billingStatus",
    "closureStatus",
    "orderType",
    "remainingAmount",
    "appliedPriceToleranceAmount",
    "priceToleranceWarning",
    "hasLinkedBills",
    "hasNotes",
    "multipleBillLineItems",
    "linkedBillsCount",
    "createdDate",
    "createdByUser",
    "updatedByUser",
]
"""A field of PurchaseOrder that List sorts may name."""

PurchaseOrderFilterField = Literal[
    "id",
    "isActive",
    "vendorId",
    "createdTime",
    "updatedTime",
    "approvalStatus",
    "fullfillmentStatus",
    "serviceStartDate",
    "serviceEndDate",
    "sentDate",
    "requiredDate",
    "poNumber",
    "poDate",
    "paymentTermId",
    "chartOfAccountId",
    "departmentId",
    "locationId",
    "billingStatus",
    "closureStatus",
    "orderType",
]
"""A field of PurchaseOrder that List filters may name: the API filters on these only."""


class PurchaseOrderTextFilter(TypedDict):
    """A List filter on id, vendorId, poNumber, paymentTermId, chartOfAccountId, departmentId, locationId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "vendorId",
        "poNumber",
        "paymentTermId",
        "chartOfAccountId",
        "departmentId",
        "locationId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class PurchaseOrderIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: PurchaseOrderIsActive | str | Sequence[PurchaseOrderIsActive | str]


class PurchaseOrderTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class PurchaseOrderApprovalStatusFilter(TypedDict):
    """A List filter on approvalStatus; `in` and `nin` take a sequence of values."""

    field: Literal["approvalStatus",]
    op: FilterOperator
    value: PurchaseOrderApprovalStatus | str | Sequence[PurchaseOrderApprovalStatus | str]


class PurchaseOrderFullfillmentStatusFilter(TypedDict):
    """A List filter on fullfillmentStatus; `in` and `nin` take a sequence of values."""

    field: Literal["fullfillmentStatus",]
    op: FilterOperator
    value: PurchaseOrderFullfillmentStatus | str | Sequence[PurchaseOrderFullfillmentStatus | str]


class PurchaseOrderDateFilter(TypedDict):
    """A List filter on serviceStartDate, serviceEndDate, sentDate, requiredDate, poDate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "serviceStartDate",
        "serviceEndDate",
        "sentDate",
        "requiredDate",
        "poDate",
    ]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class PurchaseOrderBillingStatusFilter(TypedDict):
    """A List filter on billingStatus; `in` and `nin` take a sequence of values."""

    field: Literal["billingStatus",]
    op: FilterOperator
    value: PurchaseOrderBillingStatus | str | Sequence[PurchaseOrderBillingStatus | str]


class PurchaseOrderClosureStatusFilter(TypedDict):
    """A List filter on closureStatus; `in` and `nin` take a sequence of values."""

    field: Literal["closureStatus",]
    op: FilterOperator
    value: PurchaseOrderClosureStatus | str | Sequence[PurchaseOrderClosureStatus | str]


class PurchaseOrderOrderTypeFilter(TypedDict):
    """A List filter on orderType; `in` and `nin` take a sequence of values."""

    field: Literal["orderType",]
    op: FilterOperator
    value: PurchaseOrderOrderType | str | Sequence[PurchaseOrderOrderType | str]


PurchaseOrderFilter = (
    PurchaseOrderTextFilter
    | PurchaseOrderIsActiveFilter
    | PurchaseOrderTimeFilter
    | PurchaseOrderApprovalStatusFilter
    | PurchaseOrderFullfillmentStatusFilter
    | PurchaseOrderDateFilter
    | PurchaseOrderBillingStatusFilter
    | PurchaseOrderClosureStatusFilter
    | PurchaseOrderOrderTypeFilter
)
"""A List filter on PurchaseOrder, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class PurchaseOrderSort(TypedDict):
    """A List sort key on PurchaseOrder."""

    field: PurchaseOrderField
    asc: bool
