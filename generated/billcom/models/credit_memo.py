# Generated from spec/entities/CreditMemo.yaml by codegen. Do not edit: run make generate.
"""CreditMemo: A customer credit that reduces what the customer owes on invoices."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, NotRequired, Required, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import Code, Date, Lenient, Timestamp
from .credit_memo_line_item import (
    CreditMemoLineItem,
    CreditMemoLineItemCreateParams,
    CreditMemoLineItemCreateParamsModel,
)

__all__ = [
    "CreditMemo",
    "CreditMemoCreateParams",
    "CreditMemoCreateParamsModel",
    "CreditMemoField",
    "CreditMemoFilter",
    "CreditMemoFilterField",
    "CreditMemoIsActive",
    "CreditMemoSort",
    "CreditMemoUpdateParams",
    "CreditMemoUpdateParamsModel",
]


class CreditMemoIsActive(StrEnum):
    """Codes of `CreditMemo.isActive`: Whether the credit memo is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class CreditMemo(BillComModel):
    """A customer credit that reduces what the customer owes on invoices."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "id", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "creditMemoLineItems": CreditMemoLineItem,
    }

    is_active: Lenient[Annotated[CreditMemoIsActive, Code]] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the credit memo is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the credit memo was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the credit memo was last changed (UTC); bumped on every write."""
    customer_id: Lenient[str] | None = Field(default=None, alias="customerId")
    """Customer receiving the credit."""
    ref_number: Lenient[str] | None = Field(default=None, alias="refNumber")
    """Reference number (v3 name referenceNumber)."""
    credit_date: Lenient[Date] | None = Field(default=None, alias="creditDate")
    """Date of the credit."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Description of the credit."""
    credit_memo_line_items: Lenient[list[CreditMemoLineItem]] | None = Field(
        default=None, alias="creditMemoLineItems"
    )
    """Lines of the credit memo."""


class CreditMemoCreateParams(TypedDict, total=False):
    """Keyword arguments for CreditMemo."""

    is_active: NotRequired[CreditMemoIsActive | str | None]
    customer_id: Required[str]
    ref_number: NotRequired[str | None]
    credit_date: Required[dt.date]
    description: NotRequired[str | None]
    credit_memo_line_items: Required[list[CreditMemoLineItemCreateParams]]


class CreditMemoCreateParamsModel(ParamsModel):
    """Validates and serializes `CreditMemoCreateParams`."""

    __entity__: ClassVar[str | None] = "CreditMemo"

    is_active: CreditMemoIsActive | str | None = Field(default=None, alias="isActive")
    customer_id: str = Field(alias="customerId")
    ref_number: str | None = Field(default=None, alias="refNumber")
    credit_date: Date = Field(alias="creditDate")
    description: str | None = Field(default=None, alias="description")
    credit_memo_line_items: list[CreditMemoLineItemCreateParamsModel] = Field(
        alias="creditMemoLineItems"
    )


class CreditMemoUpdateParams(TypedDict, total=False):
    """Keyword arguments for CreditMemo."""

    is_active: NotRequired[CreditMemoIsActive | str | None]
    customer_id: NotRequired[str | None]
    ref_number: NotRequired[str | None]
    credit_date: NotRequired[dt.date | None]
    description: NotRequired[str | None]
    credit_memo_line_items: NotRequired[list[CreditMemoLineItemCreateParams] | None]


class CreditMemoUpdateParamsModel(ParamsModel):
    """Validates and serializes `CreditMemoUpdateParams`."""

    __entity__: ClassVar[str | None] = "CreditMemo"

    is_active: CreditMemoIsActive | str | None = Field(default=None, alias="isActive")
    customer_id: str | None = Field(default=None, alias="customerId")
    ref_number: str | None = Field(default=None, alias="refNumber")
    credit_date: Date | None = Field(default=None, alias="creditDate")
    description: str | None = Field(default=None, alias="description")
    credit_memo_line_items: list[CreditMemoLineItemCreateParamsModel] | None = Field(
        default=None, alias="creditMemoLineItems"
    )


CreditMemoField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "customerId",
    "refNumber",
    "creditDate",
    "description",
]
"""A field of CreditMemo that List sorts may name."""

CreditMemoFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
]
"""A field of CreditMemo that List filters may name: the API filters on these only."""


class CreditMemoFilter(TypedDict):
    """A List filter on CreditMemo, e.g. `{"field": "id", "op": "=", "value": "1"}`."""

    field: CreditMemoFilterField
    op: FilterOperator
    value: Any


class CreditMemoSort(TypedDict):
    """A List sort key on CreditMemo."""

    field: CreditMemoField
    asc: bool
