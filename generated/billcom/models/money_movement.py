# Generated from spec/entities/MoneyMovement.yaml by codegen. Do not edit: run make generate.
"""MoneyMovement: A movement of funds into or out of an organization bank account."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel
from .._types import (
    ABSENT,
    Code,
    Date,
    Lenient,
    Number,
    Timestamp,
)
from .money_movement_item import (
    MoneyMovementItem,
)

__all__ = [
    "MoneyMovement",
    "MoneyMovementField",
    "MoneyMovementFilter",
    "MoneyMovementFilterField",
    "MoneyMovementSort",
    "MoneyMovementStatus",
    "MoneyMovementType",
]


class MoneyMovementType(StrEnum):
    """Codes of `MoneyMovement.type`: Direction and purpose of the movement."""

    PAYABLE = "1"
    RECEIVABLE = "2"
    WALLET_FUNDING = "3"
    WALLET_WITHDRAWAL = "4"


class MoneyMovementStatus(StrEnum):
    """Codes of `MoneyMovement.status`: State of the movement."""

    SENT = "0"
    CONFIRMED = "1"
    VOIDED = "2"


class MoneyMovement(BillComModel):
    """A movement of funds into or out of an organization bank account."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "amount",
            "bankAccountId",
            "createdTime",
            "description",
            "id",
            "moneyMovementItems",
            "name",
            "processDate",
            "status",
            "type",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "moneyMovementItems": MoneyMovementItem,
    }

    entity: Lenient[str] = Field(default="MoneyMovement", alias="entity")
    """The wire name of the object's type: "MoneyMovement"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix mmt)."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the movement was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the movement was last changed (UTC)."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """ACH confirmation shown on the bank statement."""
    type: Lenient[Annotated[MoneyMovementType, Code] | str] | None = Field(
        default=None, alias="type"
    )
    """Direction and purpose of the movement."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Amount moved; negative means withdrawn."""
    process_date: Lenient[Date] | None = Field(default=None, alias="processDate")
    """Process date of the movement."""
    status: Lenient[Annotated[MoneyMovementStatus, Code] | str] | None = Field(
        default=None, alias="status"
    )
    """State of the movement."""
    bank_account_id: Lenient[str] | None = Field(default=None, alias="bankAccountId")
    """Org BankAccount the funds moved through."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Movement description."""
    money_movement_items: Lenient[list[MoneyMovementItem]] | None = Field(
        default=None, alias="moneyMovementItems"
    )
    """Per-payee parts of the movement."""


MoneyMovementField = Literal[
    "id",
    "createdTime",
    "updatedTime",
    "name",
    "type",
    "amount",
    "processDate",
    "status",
    "bankAccountId",
    "description",
]
"""A field of MoneyMovement that List sorts may name."""

MoneyMovementFilterField = Literal[
    "id",
    "createdTime",
    "updatedTime",
    "type",
    "amount",
    "processDate",
    "status",
    "bankAccountId",
]
"""A field of MoneyMovement that List filters may name: the API filters on these only."""


class MoneyMovementFilter(TypedDict):
    """A List filter on MoneyMovement, e.g. `{"field": "id", "op": "=", "value": "1"}`."""

    field: MoneyMovementFilterField
    op: FilterOperator
    value: Any


class MoneyMovementSort(TypedDict):
    """A List sort key on MoneyMovement."""

    field: MoneyMovementField
    asc: bool
