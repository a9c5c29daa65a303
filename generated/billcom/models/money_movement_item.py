# Generated from spec/entities/MoneyMovementItem.yaml by codegen. Do not edit: run make generate.
"""MoneyMovementItem: One part of a money movement."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from .._models import BillComModel
from .._types import (
    ABSENT,
    Lenient,
    Number,
    Timestamp,
)

__all__ = ["MoneyMovementItem"]


class MoneyMovementItem(BillComModel):
    """One part of a money movement."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["amount", "createdTime", "id", "moneyMovementId", "name", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    entity: Lenient[str] = Field(default="MoneyMovementItem", alias="entity")
    """The wire name of the object's type: "MoneyMovementItem"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix mmi)."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the item was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the item was last changed (UTC)."""
    money_movement_id: Lenient[str] | None = Field(default=None, alias="moneyMovementId")
    """Parent money movement."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Amount; negative means paid out."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Vendor name."""
