# Generated from spec/entities/Item.yaml by codegen. Do not edit: run make generate.
"""Item: A product or service the organization sells or buys, including discount and sales-tax items."""

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
    Lenient,
    Number,
    NumberInput,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "Item",
    "ItemAmountFilter",
    "ItemCreateParams",
    "ItemCreateParamsModel",
    "ItemField",
    "ItemFilter",
    "ItemFilterField",
    "ItemFlagFilter",
    "ItemIsActive",
    "ItemIsActiveFilter",
    "ItemSort",
    "ItemTextFilter",
    "ItemTimeFilter",
    "ItemType",
    "ItemTypeFilter",
    "ItemUpdateParams",
    "ItemUpdateParamsModel",
]


class ItemIsActive(StrEnum):
    """Codes of `Item.isActive`: Whether the item is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class ItemType(StrEnum):
    """Codes of `Item.type`: Kind of item."""

    UNKNOWN = "0"
    SERVICE = "1"
    INVENTORY = "2"
    NON_INVENTORY = "3"
    PAYMENT = "4"
    DISCOUNT = "5"
    SALES_TAX = "6"
    SUBTOTAL = "7"
    OTHER_CHARGE = "8"
    INVENTORY_ASSEMBLY = "9"
    GROUP = "10"
    SALES_TAX_GROUP = "11"
    FIXED_ASSET = "12"
    CATEGORY = "13"


class Item(BillComModel):
    """A product or service the organization sells or buys, including discount and sales-tax items."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "id", "mergedIntoId", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["name", "type"])
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "type": "enum",
        "parentItemId": "string",
        "chartOfAccountId": "string",
        "taxable": "boolean",
        "hasPurInfo": "boolean",
        "expenseAccount": "string",
        "purCost": "number",
        "mergedIntoId": "string",
    }

    entity: Lenient[str] = Field(default="Item", alias="entity")
    """The wire name of the object's type: "Item"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 0ii); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[ItemIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the item is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the item was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the item was last changed (UTC); bumped on every write."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Item name, unique in the organization."""
    type: Lenient[Annotated[ItemType, Code] | UnknownCode] | None = Field(
        default=None, alias="type"
    )
    """Kind of item."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Sales description."""
    price: Lenient[Number] | None = Field(default=None, alias="price")
    """Price; use either price or percentage."""
    percentage: Lenient[Number] | None = Field(default=None, alias="percentage")
    """Percent for discount and sales-tax items in percent units (7.0 is 7%); use either price or percentage."""
    parent_item_id: Lenient[str] | None = Field(default=None, alias="parentItemId")
    """Parent item."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """Income account for sales."""
    taxable: Lenient[Boolean] | None = Field(default=None, alias="taxable")
    """Default taxable flag for invoice lines using the item."""
    short_name: Lenient[str] | None = Field(default=None, alias="shortName")
    """Short name."""
    has_pur_info: Lenient[Boolean] | None = Field(default=None, alias="hasPurInfo")
    """Whether the item is also used on purchases (has purchase account details)."""
    expense_account: Lenient[str] | None = Field(default=None, alias="expenseAccount")
    """Purchase account (the key has no Id suffix)."""
    pur_description: Lenient[str] | None = Field(default=None, alias="purDescription")
    """Purchase description."""
    pur_cost: Lenient[Number] | None = Field(default=None, alias="purCost")
    """Purchase cost."""
    merged_into_id: Lenient[str] | None = Field(default=None, alias="mergedIntoId")
    """Item this one was merged into; twenty zeros unless merged."""


class ItemCreateParams(TypedDict, total=False):
    """Keyword arguments for Item."""

    is_active: NotRequired[ItemIsActive | str | None]
    name: Required[str]
    type: Required[ItemType | str]
    description: NotRequired[str | None]
    price: NotRequired[Decimal | int | str | None]
    percentage: NotRequired[Decimal | int | str | None]
    parent_item_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    taxable: NotRequired[bool | None]
    short_name: NotRequired[str | None]
    has_pur_info: NotRequired[bool | None]
    expense_account: NotRequired[str | None]
    pur_description: NotRequired[str | None]
    pur_cost: NotRequired[Decimal | int | str | None]


class ItemCreateParamsModel(ParamsModel):
    """Validates and serializes `ItemCreateParams`."""

    __entity__: ClassVar[str | None] = "Item"
    __model__: ClassVar[type[BillComModel] | None] = Item

    is_active: Annotated[ItemIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str = Field(alias="name")
    type: Annotated[ItemType | str, CodeInput] = Field(alias="type")
    description: str | None = Field(default=None, alias="description")
    price: NumberInput | None = Field(default=None, alias="price")
    percentage: NumberInput | None = Field(default=None, alias="percentage")
    parent_item_id: str | None = Field(default=None, alias="parentItemId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    short_name: str | None = Field(default=None, alias="shortName")
    has_pur_info: Boolean | None = Field(default=None, alias="hasPurInfo")
    expense_account: str | None = Field(default=None, alias="expenseAccount")
    pur_description: str | None = Field(default=None, alias="purDescription")
    pur_cost: NumberInput | None = Field(default=None, alias="purCost")


class ItemUpdateParams(TypedDict, total=False):
    """Keyword arguments for Item."""

    is_active: NotRequired[ItemIsActive | str | None]
    name: NotRequired[str | None]
    type: NotRequired[ItemType | str | None]
    description: NotRequired[str | None]
    price: NotRequired[Decimal | int | str | None]
    percentage: NotRequired[Decimal | int | str | None]
    parent_item_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    taxable: NotRequired[bool | None]
    short_name: NotRequired[str | None]
    has_pur_info: NotRequired[bool | None]
    expense_account: NotRequired[str | None]
    pur_description: NotRequired[str | None]
    pur_cost: NotRequired[Decimal | int | str | None]


class ItemUpdateParamsModel(ParamsModel):
    """Validates and serializes `ItemUpdateParams`."""

    __entity__: ClassVar[str | None] = "Item"
    __model__: ClassVar[type[BillComModel] | None] = Item

    is_active: Annotated[ItemIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str | None = Field(default=None, alias="name")
    type: Annotated[ItemType | str, CodeInput] | None = Field(default=None, alias="type")
    description: str | None = Field(default=None, alias="description")
    price: NumberInput | None = Field(default=None, alias="price")
    percentage: NumberInput | None = Field(default=None, alias="percentage")
    parent_item_id: str | None = Field(default=None, alias="parentItemId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    taxable: Boolean | None = Field(default=None, alias="taxable")
    short_name: str | None = Field(default=None, alias="shortName")
    has_pur_info: Boolean | None = Field(default=None, alias="hasPurInfo")
    expense_account: str | None = Field(default=None, alias="expenseAccount")
    pur_description: str | None = Field(default=None, alias="purDescription")
    pur_cost: NumberInput | None = Field(default=None, alias="purCost")


ItemField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "name",
    "type",
    "description",
    "price",
    "percentage",
    "parentItemId",
    "chartOfAccountId",
    "taxable",
    "shortName",
    "hasPurInfo",
    "expenseAccount",
    "purDescription",
    "purCost",
    "mergedIntoId",
]
"""A field of Item that List sorts may name."""

ItemFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "type",
    "parentItemId",
    "chartOfAccountId",
    "taxable",
    "hasPurInfo",
    "expenseAccount",
    "purCost",
    "mergedIntoId",
]
"""A field of Item that List filters may name: the API filters on these only."""


class ItemTextFilter(TypedDict):
    """A List filter on id, parentItemId, chartOfAccountId, expenseAccount, mergedIntoId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "parentItemId",
        "chartOfAccountId",
        "expenseAccount",
        "mergedIntoId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class ItemIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: ItemIsActive | str | Sequence[ItemIsActive | str]


class ItemTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class ItemTypeFilter(TypedDict):
    """A List filter on type; `in` and `nin` take a sequence of values."""

    field: Literal["type",]
    op: FilterOperator
    value: ItemType | str | Sequence[ItemType | str]


class ItemFlagFilter(TypedDict):
    """A List filter on taxable, hasPurInfo; `in` and `nin` take a sequence of values."""

    field: Literal[
        "taxable",
        "hasPurInfo",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


class ItemAmountFilter(TypedDict):
    """A List filter on purCost; `in` and `nin` take a sequence of values."""

    field: Literal["purCost",]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


ItemFilter = (
    ItemTextFilter
    | ItemIsActiveFilter
    | ItemTimeFilter
    | ItemTypeFilter
    | ItemFlagFilter
    | ItemAmountFilter
)
"""A List filter on Item, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class ItemSort(TypedDict):
    """A List sort key on Item."""

    field: ItemField
    asc: bool
