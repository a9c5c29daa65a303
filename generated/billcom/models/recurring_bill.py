# Generated from spec/entities/RecurringBill.yaml by codegen. Do not edit: run make generate.
"""RecurringBill: A template that generates bills from a vendor on a schedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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
from .recurring_bill_line_item import (
    RecurringBillLineItem,
    RecurringBillLineItemCreateParams,
    RecurringBillLineItemCreateParamsModel,
)

__all__ = [
    "RecurringBill",
    "RecurringBillCreateParams",
    "RecurringBillCreateParamsModel",
    "RecurringBillDateFilter",
    "RecurringBillField",
    "RecurringBillFilter",
    "RecurringBillFilterField",
    "RecurringBillFlagFilter",
    "RecurringBillIsActive",
    "RecurringBillIsActiveFilter",
    "RecurringBillSort",
    "RecurringBillTextFilter",
    "RecurringBillTimeFilter",
    "RecurringBillTimePeriod",
    "RecurringBillTimePeriodFilter",
    "RecurringBillUpdateParams",
    "RecurringBillUpdateParamsModel",
]


class RecurringBillIsActive(StrEnum):
    """Codes of `RecurringBill.isActive`: Whether the recurring bill is active; Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class RecurringBillTimePeriod(StrEnum):
    """Codes of `RecurringBill.timePeriod`: Unit of the repeat interval."""

    DAY = "0"
    WEEK = "1"
    MONTH = "2"
    YEAR = "3"
    NONE = "9"


class RecurringBill(BillComModel):
    """A template that generates bills from a vendor on a schedule."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["amount", "createdTime", "id", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "recurringBillLineItems": RecurringBillLineItem,
    }
    __required__: ClassVar[frozenset[str]] = frozenset(
        [
            "daysInAdvance",
            "frequencyPerTimePeriod",
            "nextDueDate",
            "recurringBillLineItems",
            "timePeriod",
            "vendorId",
        ]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "vendorId": "string",
        "timePeriod": "enum",
        "nextDueDate": "date",
        "endDate": "date",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "isRecurringPayment": "boolean",
        "bankAccountId": "string",
        "usersId": "string",
    }

    entity: Lenient[str] = Field(default="RecurringBill", alias="entity")
    """The wire name of the object's type: "RecurringBill"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix btp); required on Update."""
    is_active: Lenient[Annotated[RecurringBillIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the recurring bill is active; Delete sets 2, Undelete sets 1."""
    vendor_id: Lenient[str] | None = Field(default=None, alias="vendorId")
    """Vendor the generated bills are from."""
    time_period: Lenient[Annotated[RecurringBillTimePeriod, Code] | UnknownCode] | None = Field(
        default=None, alias="timePeriod"
    )
    """Unit of the repeat interval."""
    frequency_per_time_period: Lenient[Integer] | None = Field(
        default=None, alias="frequencyPerTimePeriod"
    )
    """Repeat every N time periods (month with 3 is quarterly)."""
    next_due_date: Lenient[Date] | None = Field(default=None, alias="nextDueDate")
    """Due date of the next generated bill."""
    end_date: Lenient[Date] | None = Field(default=None, alias="endDate")
    """No bills are generated after this date."""
    days_in_advance: Lenient[Integer] | None = Field(default=None, alias="daysInAdvance")
    """Create each bill this many days before it is due."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Recurring bill description."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the recurring bill was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the recurring bill was last changed (UTC)."""
    remaining_payments: Lenient[Integer] | None = Field(default=None, alias="remainingPayments")
    """Number of payments remaining."""
    is_recurring_payment: Lenient[Boolean] | None = Field(default=None, alias="isRecurringPayment")
    """Whether this is a recurring payment."""
    bank_account_id: Lenient[str] | None = Field(default=None, alias="bankAccountId")
    """Org BankAccount to pay from; partner-only."""
    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """User who created the recurring bill."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Total, the sum of the line amounts."""
    recurring_bill_line_items: Lenient[list[RecurringBillLineItem]] | None = Field(
        default=None, alias="recurringBillLineItems"
    )
    """Lines (at least one); sent on Update they replace all stored lines."""


class RecurringBillCreateParams(TypedDict, total=False):
    """Keyword arguments for RecurringBill."""

    is_active: NotRequired[RecurringBillIsActive | str | None]
    vendor_id: Required[str]
    time_period: Required[RecurringBillTimePeriod | str]
    frequency_per_time_period: Required[int]
    next_due_date: Required[dt.date | str]
    end_date: NotRequired[dt.date | str | None]
    days_in_advance: Required[int]
    description: NotRequired[str | None]
    remaining_payments: NotRequired[int | None]
    is_recurring_payment: NotRequired[bool | None]
    bank_account_id: NotRequired[str | None]
    users_id: NotRequired[str | None]
    recurring_bill_line_items: Required[Sequence[RecurringBillLineItemCreateParams]]


class RecurringBillCreateParamsModel(ParamsModel):
    """Validates and serializes `RecurringBillCreateParams`."""

    __entity__: ClassVar[str | None] = "RecurringBill"
    __model__: ClassVar[type[BillComModel] | None] = RecurringBill

    is_active: Annotated[RecurringBillIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    vendor_id: str = Field(alias="vendorId")
    time_period: Annotated[RecurringBillTimePeriod | str, CodeInput] = Field(alias="timePeriod")
    frequency_per_time_period: Integer = Field(alias="frequencyPerTimePeriod")
    next_due_date: DateInput = Field(alias="nextDueDate")
    end_date: DateInput | None = Field(default=None, alias="endDate")
    days_in_advance: Integer = Field(alias="daysInAdvance")
    description: str | None = Field(default=None, alias="description")
    remaining_payments: Integer | None = Field(default=None, alias="remainingPayments")
    is_recurring_payment: Boolean | None = Field(default=None, alias="isRecurringPayment")
    bank_account_id: str | None = Field(default=None, alias="bankAccountId")
    users_id: str | None = Field(default=None, alias="usersId")
    recurring_bill_line_items: list[RecurringBillLineItemCreateParamsModel] = Field(
        alias="recurringBillLineItems"
    )


class RecurringBillUpdateParams(TypedDict, total=False):
    """Keyword arguments for RecurringBill."""

    is_active: NotRequired[RecurringBillIsActive | str | None]
    vendor_id: NotRequired[str | None]
    time_period: NotRequired[RecurringBillTimePeriod | str | None]
    frequency_per_time_period: NotRequired[int | None]
    next_due_date: NotRequired[dt.date | str | None]
    end_date: NotRequired[dt.date | str | None]
    days_in_advance: NotRequired[int | None]
    description: NotRequired[str | None]
    remaining_payments: NotRequired[int | None]
    is_recurring_payment: NotRequired[bool | None]
    bank_account_id: NotRequired[str | None]
    users_id: NotRequired[str | None]
    recurring_bill_line_items: NotRequired[Sequence[RecurringBillLineItemCreateParams] | None]


class RecurringBillUpdateParamsModel(ParamsModel):
    """Validates and serializes `RecurringBillUpdateParams`."""

    __entity__: ClassVar[str | None] = "RecurringBill"
    __model__: ClassVar[type[BillComModel] | None] = RecurringBill

    is_active: Annotated[RecurringBillIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    vendor_id: str | None = Field(default=None, alias="vendorId")
    time_period: Annotated[RecurringBillTimePeriod | str, CodeInput] | None = Field(
        default=None, alias="timePeriod"
    )
    frequency_per_time_period: Integer | None = Field(default=None, alias="frequencyPerTimePeriod")
    next_due_date: DateInput | None = Field(default=None, alias="nextDueDate")
    end_date: DateInput | None = Field(default=None, alias="endDate")
    days_in_advance: Integer | None = Field(default=None, alias="daysInAdvance")
    description: str | None = Field(default=None, alias="description")
    remaining_payments: Integer | None = Field(default=None, alias="remainingPayments")
    is_recurring_payment: Boolean | None = Field(default=None, alias="isRecurringPayment")
    bank_account_id: str | None = Field(default=None, alias="bankAccountId")
    users_id: str | None = Field(default=None, alias="usersId")
    recurring_bill_line_items: list[RecurringBillLineItemCreateParamsModel] | None = Field(
        default=None, alias="recurringBillLineItems"
    )


RecurringBillField = Literal[
    "id",
    "isActive",
    "vendorId",
    "timePeriod",
    "frequencyPerTimePeriod",
    "nextDueDate",
    "endDate",
    "daysInAdvance",
    "description",
    "createdTime",
    "updatedTime",
    "remainingPayments",
    "isRecurringPayment",
    "bankAccountId",
    "usersId",
    "amount",
]
"""A field of RecurringBill that List sorts may name."""

RecurringBillFilterField = Literal[
    "id",
    "isActive",
    "vendorId",
    "timePeriod",
    "nextDueDate",
    "endDate",
    "createdTime",
    "updatedTime",
    "isRecurringPayment",
    "bankAccountId",
    "usersId",
]
"""A field of RecurringBill that List filters may name: the API filters on these only."""


class RecurringBillTextFilter(TypedDict):
    """A List filter on id, vendorId, bankAccountId, usersId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "vendorId",
        "bankAccountId",
        "usersId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class RecurringBillIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: RecurringBillIsActive | str | Sequence[RecurringBillIsActive | str]


class RecurringBillTimePeriodFilter(TypedDict):
    """A List filter on timePeriod; `in` and `nin` take a sequence of values."""

    field: Literal["timePeriod",]
    op: FilterOperator
    value: RecurringBillTimePeriod | str | Sequence[RecurringBillTimePeriod | str]


class RecurringBillDateFilter(TypedDict):
    """A List filter on nextDueDate, endDate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "nextDueDate",
        "endDate",
    ]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class RecurringBillTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class RecurringBillFlagFilter(TypedDict):
    """A List filter on isRecurringPayment; `in` and `nin` take a sequence of values."""

    field: Literal["isRecurringPayment",]
    op: FilterOperator
    value: bool | Sequence[bool]


RecurringBillFilter = (
    RecurringBillTextFilter
    | RecurringBillIsActiveFilter
    | RecurringBillTimePeriodFilter
    | RecurringBillDateFilter
    | RecurringBillTimeFilter
    | RecurringBillFlagFilter
)
"""A List filter on RecurringBill, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class RecurringBillSort(TypedDict):
    """A List sort key on RecurringBill."""

    field: RecurringBillField
    asc: bool
