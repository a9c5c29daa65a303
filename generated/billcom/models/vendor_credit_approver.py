# Generated from spec/entities/VendorCreditApprover.yaml by codegen. Do not edit: run make generate.
"""VendorCreditApprover: An approver slot on a vendor credit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel
from .._types import (
    ABSENT,
    Code,
    Integer,
    Lenient,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "VendorCreditApprover",
    "VendorCreditApproverField",
    "VendorCreditApproverFilter",
    "VendorCreditApproverFilterField",
    "VendorCreditApproverIsActive",
    "VendorCreditApproverIsActiveFilter",
    "VendorCreditApproverSort",
    "VendorCreditApproverStatus",
    "VendorCreditApproverStatusFilter",
    "VendorCreditApproverTextFilter",
    "VendorCreditApproverTimeFilter",
]


class VendorCreditApproverStatus(StrEnum):
    """Codes of `VendorCreditApprover.status`: Approver status (AS codes)."""

    WAITING = "0"
    VIEWED = "1"
    REROUTED = "2"
    DENIED = "3"
    APPROVED = "4"
    UPCOMING = "5"
    STALE = "6"


class VendorCreditApproverIsActive(StrEnum):
    """Codes of `VendorCreditApprover.isActive`: Whether the approver slot is active."""

    ACTIVE = "1"
    INACTIVE = "2"


class VendorCreditApprover(BillComModel):
    """An approver slot on a vendor credit."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "id",
            "isActive",
            "lastReminderDate",
            "sortOrder",
            "status",
            "statusChangedDate",
            "usersId",
            "vendorCreditId",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "usersId": "string",
        "vendorCreditId": "string",
        "lastReminderDate": "datetime",
        "statusChangedDate": "datetime",
        "status": "enum",
        "isActive": "enum",
    }

    entity: Lenient[str] = Field(default="VendorCreditApprover", alias="entity")
    """The wire name of the object's type: "VendorCreditApprover"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix vca)."""
    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """User who approves."""
    vendor_credit_id: Lenient[str] | None = Field(default=None, alias="vendorCreditId")
    """Vendor credit to approve."""
    last_reminder_date: Lenient[Timestamp] | None = Field(default=None, alias="lastReminderDate")
    """When the approver was last reminded."""
    status_changed_date: Lenient[Timestamp] | None = Field(default=None, alias="statusChangedDate")
    """When the status last changed."""
    sort_order: Lenient[Integer] | None = Field(default=None, alias="sortOrder")
    """Position in the approval sequence, 0-based."""
    status: Lenient[Annotated[VendorCreditApproverStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """Approver status (AS codes)."""
    is_active: Lenient[Annotated[VendorCreditApproverIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the approver slot is active."""


VendorCreditApproverField = Literal[
    "id",
    "usersId",
    "vendorCreditId",
    "lastReminderDate",
    "statusChangedDate",
    "sortOrder",
    "status",
    "isActive",
]
"""A field of VendorCreditApprover that List sorts may name."""

VendorCreditApproverFilterField = Literal[
    "id",
    "usersId",
    "vendorCreditId",
    "lastReminderDate",
    "statusChangedDate",
    "status",
    "isActive",
]
"""A field of VendorCreditApprover that List filters may name: the API filters on these only."""


class VendorCreditApproverTextFilter(TypedDict):
    """A List filter on id, usersId, vendorCreditId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "usersId",
        "vendorCreditId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class VendorCreditApproverTimeFilter(TypedDict):
    """A List filter on lastReminderDate, statusChangedDate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "lastReminderDate",
        "statusChangedDate",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class VendorCreditApproverStatusFilter(TypedDict):
    """A List filter on status; `in` and `nin` take a sequence of values."""

    field: Literal["status",]
    op: FilterOperator
    value: VendorCreditApproverStatus | str | Sequence[VendorCreditApproverStatus | str]


class VendorCreditApproverIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: VendorCreditApproverIsActive | str | Sequence[VendorCreditApproverIsActive | str]


VendorCreditApproverFilter = (
    VendorCreditApproverTextFilter
    | VendorCreditApproverTimeFilter
    | VendorCreditApproverStatusFilter
    | VendorCreditApproverIsActiveFilter
)
"""A List filter on VendorCreditApprover, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class VendorCreditApproverSort(TypedDict):
    """A List sort key on VendorCreditApprover."""

    field: VendorCreditApproverField
    asc: bool
