# Generated from spec/entities/BillApprover.yaml by codegen. Do not edit: run make generate.
"""BillApprover: An approver slot on a bill."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import Field

from .._models import BillComModel
from .._types import (
    ABSENT,
    Code,
    Integer,
    Lenient,
    Timestamp,
    UnknownCode,
)

__all__ = ["BillApprover", "BillApproverIsActive", "BillApproverStatus"]


class BillApproverStatus(StrEnum):
    """Codes of `BillApprover.status`: Approver status (AS codes)."""

    WAITING = "0"
    VIEWED = "1"
    REROUTED = "2"
    DENIED = "3"
    APPROVED = "4"
    UPCOMING = "5"
    STALE = "6"


class BillApproverIsActive(StrEnum):
    """Codes of `BillApprover.isActive`: Whether the approver slot is active."""

    ACTIVE = "1"
    INACTIVE = "2"


class BillApprover(BillComModel):
    """An approver slot on a bill."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "billid",
            "id",
            "isActive",
            "lastReminderDate",
            "sortOrder",
            "status",
            "statusChangedDate",
            "usersId",
            "usersIdType",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    entity: Lenient[str] = Field(default="BillApprover", alias="entity")
    """The wire name of the object's type: "BillApprover"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 0ba)."""
    billid: Lenient[str] | None = Field(default=None, alias="billid")
    """Bill to approve (lowercase key per the spec)."""
    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """User who approves."""
    sort_order: Lenient[Integer] | None = Field(default=None, alias="sortOrder")
    """Position in the approval sequence, 0-based."""
    status: Lenient[Annotated[BillApproverStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """Approver status (AS codes)."""
    status_changed_date: Lenient[Timestamp] | None = Field(default=None, alias="statusChangedDate")
    """When the status last changed."""
    last_reminder_date: Lenient[Timestamp] | None = Field(default=None, alias="lastReminderDate")
    """When the approver was last reminded; null if never."""
    is_active: Lenient[Annotated[BillApproverIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the approver slot is active."""
    users_id_type: Lenient[str] | None = Field(default=None, alias="usersIdType")
    """Kind of approver; the literal 'user'."""
