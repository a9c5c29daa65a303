# Generated from spec/entities/VoidRequestQueue.yaml by codegen. Do not edit: run make generate.
"""VoidRequestQueue: A request to void a sent payment."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import Field

from .._models import BillComModel
from .._types import (
    ABSENT,
    Code,
    Lenient,
    Timestamp,
    UnknownCode,
)

__all__ = ["VoidRequestQueue", "VoidRequestQueueStatus", "VoidRequestQueueType"]


class VoidRequestQueueType(StrEnum):
    """Codes of `VoidRequestQueue.type`: Kind of void; the voidRequestType sent to VoidAPPayment."""

    VOID_AND_CREDIT = "0"
    VOID_AND_REISSUE = "1"
    VOID_ONLY = "2"
    VOID_AND_REISSUE_VCARD = "3"


class VoidRequestQueueStatus(StrEnum):
    """Codes of `VoidRequestQueue.status`: Processing state of the request."""

    TO_BE_PROCESSED = "0"
    ACCEPTED = "1"
    REJECTED = "2"
    NO_OP = "3"
    ARCHIVED = "4"


class VoidRequestQueue(BillComModel):
    """A request to void a sent payment."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdDate", "decisionDate", "id", "reason", "status", "type", "updatedDate", "userId"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    entity: Lenient[str] = Field(default="VoidRequestQueue", alias="entity")
    """The wire name of the object's type: "VoidRequestQueue"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix vrq)."""
    type: Lenient[Annotated[VoidRequestQueueType, Code] | UnknownCode] | None = Field(
        default=None, alias="type"
    )
    """Kind of void; the voidRequestType sent to VoidAPPayment."""
    status: Lenient[Annotated[VoidRequestQueueStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """Processing state of the request."""
    reason: Lenient[str] | None = Field(default=None, alias="reason")
    """Reason given for the void."""
    user_id: Lenient[str] | None = Field(default=None, alias="userId")
    """User who requested the void (key is userId, not usersId)."""
    decision_date: Lenient[Timestamp] | None = Field(default=None, alias="decisionDate")
    """When the request was decided."""
    created_date: Lenient[Timestamp] | None = Field(default=None, alias="createdDate")
    """When the request was created."""
    updated_date: Lenient[Timestamp] | None = Field(default=None, alias="updatedDate")
    """When the request was last changed."""
