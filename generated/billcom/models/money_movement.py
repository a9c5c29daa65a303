# Generated from spec/entities/MoneyMovement.yaml by codegen. Do not edit: run make generate.
"""MoneyMovement: A movement of funds into or out of an organization bank account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, TypedDict

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
    UnknownCode,
)
from .money_movement_item import (
    MoneyMovementItem,
)

__all__ = [
    "MoneyMovement",
    "MoneyMovementAmountFilter",
    "MoneyMovementDateFilter",
    "MoneyMovementField",
    "MoneyMovementFilter",
    "MoneyMovementFilterField",
    "MoneyMovementSort",
    "MoneyMovementStatus",
    "MoneyMovementStatusFilter",
    "MoneyMovementTextFilter",
    "MoneyMovementTimeFilter",
    "MoneyMovementType",
    "MoneyMovementTypeFilter",
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
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "type": "enum",
        "amount": "number",
        "processDate": "date",
        "status": "enum",
        "bankAccountId": "string",
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
    type: Lenient[Annotated[MoneyMovementType, Code] | UnknownCode] | None = Field(
        default=None, alias="type"
    )
    """Direction and purpose of the movement."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Amount moved; negative means withdrawn."""
    process_date: Lenient[Date] | None = Field(default=None, alias="processDate")
    """Process date of the movement."""
    status: Lenient[Annotated[MoneyMovementStatus, Code] | UnknownCode] | None = Field(
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


class MoneyMovementTextFilter(TypedDict):
    """A List filter on id, bankAccountId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "bankAccountId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class MoneyMovementTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class MoneyMovementTypeFilter(TypedDict):
    """A List filter on type; `in` and `nin` take a sequence of values."""

    field: Literal["type",]
    op: FilterOperator
    value: MoneyMovementType | str | Sequence[MoneyMovementType | str]


class MoneyMovementAmountFilter(TypedDict):
    """A List filter on amount; `in` and `nin` take a sequence of values."""

    field: Literal["amount",]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class MoneyMovementDateFilter(TypedDict):
    """A List filter on processDate; `in` and `nin` take a sequence of values."""

    field: Literal["processDate",]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class MoneyMovementStatusFilter(TypedDict):
    """A List filter on status; `in` and `nin` take a sequence of values."""

    field: Literal["status",]
    op: FilterOperator
    value: MoneyMovementStatus | str | Sequence[MoneyMovementStatus | str]


MoneyMovementFilter = (
    MoneyMovementTextFilter
    | MoneyMovementTimeFilter
    | MoneyMovementTypeFilter
    | MoneyMovementAmountFilter
    | MoneyMovementDateFilter
    | MoneyMovementStatusFilter
)
"""A List filter on MoneyMovement, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class MoneyMovementSort(TypedDict):
    """A List sort key on MoneyMovement."""

    field: MoneyMovementField
    asc: bool
