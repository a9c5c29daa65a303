# Generated from spec/entities/RecurringInvoice.yaml by codegen. Do not edit: run make generate.
"""RecurringInvoice: A recurring-invoice profile that generates invoices for a customer on a schedule."""

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
    Integer,
    Lenient,
    Number,
    Timestamp,
    UnknownCode,
)
from .recurring_invoice_line_item import (
    RecurringInvoiceLineItem,
    RecurringInvoiceLineItemCreateParams,
    RecurringInvoiceLineItemCreateParamsModel,
)

__all__ = [
    "RecurringInvoice",
    "RecurringInvoiceAmountFilter",
    "RecurringInvoiceCreateParams",
    "RecurringInvoiceCreateParamsModel",
    "RecurringInvoiceDateFilter",
    "RecurringInvoiceField",
    "RecurringInvoiceFilter",
    "RecurringInvoiceFilterField",
    "RecurringInvoiceFlagFilter",
    "RecurringInvoiceIsActive",
    "RecurringInvoiceIsActiveFilter",
    "RecurringInvoiceSort",
    "RecurringInvoiceTextFilter",
    "RecurringInvoiceTimeFilter",
    "RecurringInvoiceTimePeriod",
    "RecurringInvoiceTimePeriodFilter",
    "RecurringInvoiceUpdateParams",
    "RecurringInvoiceUpdateParamsModel",
]


class RecurringInvoiceIsActive(StrEnum):
    """Codes of `RecurringInvoice.isActive`: Whether the profile is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class RecurringInvoiceTimePeriod(StrEnum):
    """Codes of `RecurringInvoice.timePeriod`: Unit of the recurrence period."""

    DAY = "0"
    WEEK = "1"
    MONTH = "2"
    YEAR = "3"
    NONE = "9"


class RecurringInvoice(BillComModel):
    """A recurring-invoice profile that generates invoices for a customer on a schedule."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "id", "subtotal", "taxableAmount", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "recurringInvoiceLineItems": RecurringInvoiceLineItem,
    }
    __required__: ClassVar[frozenset[str]] = frozenset(
        [
            "customerId",
            "daysInAdvance",
            "frequencyPerTimePeriod",
            "nextDueDate",
            "recurringInvoiceLineItems",
            "timePeriod",
        ]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "customerId": "string",
        "timePeriod": "enum",
        "nextDueDate": "date",
        "endDate": "date",
        "departmentId": "string",
        "locationId": "string",
        "actgClassId": "string",
        "jobId": "string",
        "itemSalesTax": "string",
        "isToBePrinted": "boolean",
        "isToBeEmailed": "boolean",
        "isToBeAutoEmailed": "boolean",
        "fromUserId": "string",
        "paymentTermId": "string",
        "invoiceTemplateId": "string",
        "taxableAmount": "number",
        "subtotal": "number",
    }

    entity: Lenient[str] = Field(default="RecurringInvoice", alias="entity")
    """The wire name of the object's type: "RecurringInvoice"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix rit); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[RecurringInvoiceIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the profile is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the profile was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the profile was last changed (UTC); bumped on every write."""
    customer_id: Lenient[str] | None = Field(default=None, alias="customerId")
    """Customer the generated invoices are for."""
    time_period: Lenient[Annotated[RecurringInvoiceTimePeriod, Code] | UnknownCode] | None = Field(
        default=None, alias="timePeriod"
    )
    """Unit of the recurrence period."""
    frequency_per_time_period: Lenient[Integer] | None = Field(
        default=None, alias="frequencyPerTimePeriod"
    )
    """Number of timePeriod units between invoices (1 with Month is monthly)."""
    next_due_date: Lenient[Date] | None = Field(default=None, alias="nextDueDate")
    """Due date of the next generated invoice."""
    end_date: Lenient[Date] | None = Field(default=None, alias="endDate")
    """Date after which no invoices are generated; null means no end."""
    days_in_advance: Lenient[Integer] | None = Field(default=None, alias="daysInAdvance")
    """Days before nextDueDate on which the invoice is generated; past dates generate at once."""
    po_number: Lenient[str] | None = Field(default=None, alias="poNumber")
    """Purchase order number."""
    sales_rep: Lenient[str] | None = Field(default=None, alias="salesRep")
    """Sales representative."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Message to the customer."""
    department_id: Lenient[str] | None = Field(default=None, alias="departmentId")
    """Header default Department dimension."""
    location_id: Lenient[str] | None = Field(default=None, alias="locationId")
    """Header default Location dimension."""
    actg_class_id: Lenient[str] | None = Field(default=None, alias="actgClassId")
    """Header default ActgClass dimension."""
    job_id: Lenient[str] | None = Field(default=None, alias="jobId")
    """Header default Job dimension."""
    item_sales_tax: Lenient[str] | None = Field(default=None, alias="itemSalesTax")
    """Sales-tax Item applied to the taxable lines of generated invoices."""
    is_to_be_printed: Lenient[Boolean] | None = Field(default=None, alias="isToBePrinted")
    """Whether generated invoices go to the print/mail queue."""
    is_to_be_emailed: Lenient[Boolean] | None = Field(default=None, alias="isToBeEmailed")
    """Whether generated invoices go to the email queue."""
    is_to_be_auto_emailed: Lenient[Boolean] | None = Field(default=None, alias="isToBeAutoEmailed")
    """Whether generated invoices are emailed automatically to the customer and contact emails."""
    from_user_id: Lenient[str] | None = Field(default=None, alias="fromUserId")
    """User who set up the profile, shown as the sender of the automatic emails."""
    payment_term_id: Lenient[str] | None = Field(default=None, alias="paymentTermId")
    """PaymentTerm of the generated invoices."""
    invoice_template_id: Lenient[str] | None = Field(default=None, alias="invoiceTemplateId")
    """Id of the invoice template used for generated invoices (prefix itm)."""
    taxable_amount: Lenient[Number] | None = Field(default=None, alias="taxableAmount")
    """Taxable amount of the lines."""
    subtotal: Lenient[Number] | None = Field(default=None, alias="subtotal")
    """Subtotal of the lines, before tax."""
    recurring_invoice_line_items: Lenient[list[RecurringInvoiceLineItem]] | None = Field(
        default=None, alias="recurringInvoiceLineItems"
    )
    """Lines of each generated invoice (at least one)."""


class RecurringInvoiceCreateParams(TypedDict, total=False):
    """Keyword arguments for RecurringInvoice."""

    is_active: NotRequired[RecurringInvoiceIsActive | str | None]
    customer_id: Required[str]
    time_period: Required[RecurringInvoiceTimePeriod | str]
    frequency_per_time_period: Required[int]
    next_due_date: Required[dt.date | str]
    end_date: NotRequired[dt.date | str | None]
    days_in_advance: Required[int]
    po_number: NotRequired[str | None]
    sales_rep: NotRequired[str | None]
    description: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    item_sales_tax: NotRequired[str | None]
    is_to_be_printed: NotRequired[bool | None]
    is_to_be_emailed: NotRequired[bool | None]
    is_to_be_auto_emailed: NotRequired[bool | None]
    from_user_id: NotRequired[str | None]
    payment_term_id: NotRequired[str | None]
    invoice_template_id: NotRequired[str | None]
    recurring_invoice_line_items: Required[Sequence[RecurringInvoiceLineItemCreateParams]]


class RecurringInvoiceCreateParamsModel(ParamsModel):
    """Validates and serializes `RecurringInvoiceCreateParams`."""

    __entity__: ClassVar[str | None] = "RecurringInvoice"
    __model__: ClassVar[type[BillComModel] | None] = RecurringInvoice

    is_active: Annotated[RecurringInvoiceIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    customer_id: str = Field(alias="customerId")
    time_period: Annotated[RecurringInvoiceTimePeriod | str, CodeInput] = Field(alias="timePeriod")
    frequency_per_time_period: Integer = Field(alias="frequencyPerTimePeriod")
    next_due_date: DateInput = Field(alias="nextDueDate")
    end_date: DateInput | None = Field(default=None, alias="endDate")
    days_in_advance: Integer = Field(alias="daysInAdvance")
    po_number: str | None = Field(default=None, alias="poNumber")
    sales_rep: str | None = Field(default=None, alias="salesRep")
    description: str | None = Field(default=None, alias="description")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    item_sales_tax: str | None = Field(default=None, alias="itemSalesTax")
    is_to_be_printed: Boolean | None = Field(default=None, alias="isToBePrinted")
    is_to_be_emailed: Boolean | None = Field(default=None, alias="isToBeEmailed")
    is_to_be_auto_emailed: Boolean | None = Field(default=None, alias="isToBeAutoEmailed")
    from_user_id: str | None = Field(default=None, alias="fromUserId")
    payment_term_id: str | None = Field(default=None, alias="paymentTermId")
    invoice_template_id: str | None = Field(default=None, alias="invoiceTemplateId")
    recurring_invoice_line_items: list[RecurringInvoiceLineItemCreateParamsModel] = Field(
        alias="recurringInvoiceLineItems"
    )


class RecurringInvoiceUpdateParams(TypedDict, total=False):
    """Keyword arguments for RecurringInvoice."""

    is_active: NotRequired[RecurringInvoiceIsActive | str | None]
    customer_id: NotRequired[str | None]
    time_period: NotRequired[RecurringInvoiceTimePeriod | str | None]
    frequency_per_time_period: NotRequired[int | None]
    next_due_date: NotRequired[dt.date | str | None]
    end_date: NotRequired[dt.date | str | None]
    days_in_advance: NotRequired[int | None]
    po_number: NotRequired[str | None]
    sales_rep: NotRequired[str | None]
    description: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    item_sales_tax: NotRequired[str | None]
    is_to_be_printed: NotRequired[bool | None]
    is_to_be_emailed: NotRequired[bool | None]
    is_to_be_auto_emailed: NotRequired[bool | None]
    from_user_id: NotRequired[str | None]
    payment_term_id: NotRequired[str | None]
    invoice_template_id: NotRequired[str | None]
    recurring_invoice_line_items: NotRequired[Sequence[RecurringInvoiceLineItemCreateParams] | None]


class RecurringInvoiceUpdateParamsModel(ParamsModel):
    """Validates and serializes `RecurringInvoiceUpdateParams`."""

    __entity__: ClassVar[str | None] = "RecurringInvoice"
    __model__: ClassVar[type[BillComModel] | None] = RecurringInvoice

    is_active: Annotated[RecurringInvoiceIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    customer_id: str | None = Field(default=None, alias="customerId")
    time_period: Annotated[RecurringInvoiceTimePeriod | str, CodeInput] | None = Field(
        default=None, alias="timePeriod"
    )
    frequency_per_time_period: Integer | None = Field(default=None, alias="frequencyPerTimePeriod")
    next_due_date: DateInput | None = Field(default=None, alias="nextDueDate")
    end_date: DateInput | None = Field(default=None, alias="endDate")
    days_in_advance: Integer | None = Field(default=None, alias="daysInAdvance")
    po_number: str | None = Field(default=None, alias="poNumber")
    sales_rep: str | None = Field(default=None, alias="salesRep")
    description: str | None = Field(default=None, alias="description")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    item_sales_tax: str | None = Field(default=None, alias="itemSalesTax")
    is_to_be_printed: Boolean | None = Field(default=None, alias="isToBePrinted")
    is_to_be_emailed: Boolean | None = Field(default=None, alias="isToBeEmailed")
    is_to_be_auto_emailed: Boolean | None = Field(default=None, alias="isToBeAutoEmailed")
    from_user_id: str | None = Field(default=None, alias="fromUserId")
    payment_term_id: str | None = Field(default=None, alias="paymentTermId")
    invoice_template_id: str | None = Field(default=None, alias="invoiceTemplateId")
    recurring_invoice_line_items: list[RecurringInvoiceLineItemCreateParamsModel] | None = Field(
        default=None, alias="recurringInvoiceLineItems"
    )


RecurringInvoiceField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "customerId",
    "timePeriod",
    "frequencyPerTimePeriod",
    "nextDueDate",
    "endDate",
    "daysInAdvance",
    "poNumber",
    "salesRep",
    "description",
    "departmentId",
    "locationId",
    "actgClassId",
    "jobId",
    "itemSalesTax",
    "isToBePrinted",
    "isToBeEmailed",
    "isToBeAutoEmailed",
    "fromUserId",
    "paymentTermId",
    "invoiceTemplateId",
    "taxableAmount",
    "subtotal",
]
"""A field of RecurringInvoice that List sorts may name."""

RecurringInvoiceFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "customerId",
    "timePeriod",
    "nextDueDate",
    "endDate",
    "departmentId",
    "locationId",
    "actgClassId",
    "jobId",
    "itemSalesTax",
    "isToBePrinted",
    "isToBeEmailed",
    "isToBeAutoEmailed",
    "fromUserId",
    "paymentTermId",
    "invoiceTemplateId",
    "taxableAmount",
    "subtotal",
]
"""A field of RecurringInvoice that List filters may name: the API filters on these only."""


class RecurringInvoiceTextFilter(TypedDict):
    """A List filter on id, customerId, departmentId, locationId, actgClassId, jobId, itemSalesTax, fromUserId, paymentTermId, invoiceTemplateId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "customerId",
        "departmentId",
        "locationId",
        "actgClassId",
        "jobId",
        "itemSalesTax",
        "fromUserId",
        "paymentTermId",
        "invoiceTemplateId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class RecurringInvoiceIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: RecurringInvoiceIsActive | str | Sequence[RecurringInvoiceIsActive | str]


class RecurringInvoiceTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class RecurringInvoiceTimePeriodFilter(TypedDict):
    """A List filter on timePeriod; `in` and `nin` take a sequence of values."""

    field: Literal["timePeriod",]
    op: FilterOperator
    value: RecurringInvoiceTimePeriod | str | Sequence[RecurringInvoiceTimePeriod | str]


class RecurringInvoiceDateFilter(TypedDict):
    """A List filter on nextDueDate, endDate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "nextDueDate",
        "endDate",
    ]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class RecurringInvoiceFlagFilter(TypedDict):
    """A List filter on isToBePrinted, isToBeEmailed, isToBeAutoEmailed; `in` and `nin` take a sequence of values."""

    field: Literal[
        "isToBePrinted",
        "isToBeEmailed",
        "isToBeAutoEmailed",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


class RecurringInvoiceAmountFilter(TypedDict):
    """A List filter on taxableAmount, subtotal; `in` and `nin` take a sequence of values."""

    field: Literal[
        "taxableAmount",
        "subtotal",
    ]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


RecurringInvoiceFilter = (
    RecurringInvoiceTextFilter
    | RecurringInvoiceIsActiveFilter
    | RecurringInvoiceTimeFilter
    | RecurringInvoiceTimePeriodFilter
    | RecurringInvoiceDateFilter
    | RecurringInvoiceFlagFilter
    | RecurringInvoiceAmountFilter
)
"""A List filter on RecurringInvoice, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class RecurringInvoiceSort(TypedDict):
    """A List sort key on RecurringInvoice."""

    field: RecurringInvoiceField
    asc: bool
