# Generated from spec/entities/PaymentTerm.yaml by codegen. Do not edit: run make generate.
"""PaymentTerm: A named set of payment terms (due days and early-payment discount)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, NotRequired, Required, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import Code, Integer, Lenient, Number, Timestamp

__all__ = [
    "PaymentTerm",
    "PaymentTermCreateParams",
    "PaymentTermCreateParamsModel",
    "PaymentTermField",
    "PaymentTermFilter",
    "PaymentTermFilterField",
    "PaymentTermIsActive",
    "PaymentTermSort",
    "PaymentTermUpdateParams",
    "PaymentTermUpdateParamsModel",
]


class PaymentTermIsActive(StrEnum):
    """Codes of `PaymentTerm.isActive`: Whether the payment term is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class PaymentTerm(BillComModel):
    """A named set of payment terms (due days and early-payment discount)."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "id", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    is_active: Lenient[Annotated[PaymentTermIsActive, Code]] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the payment term is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the payment term was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the payment term was last changed (UTC); bumped on every write."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Payment term name."""
    due_days: Lenient[Integer] | None = Field(default=None, alias="dueDays")
    """Days until payment is due."""
    discount_days: Lenient[Integer] | None = Field(default=None, alias="discountDays")
    """Days within which the early-payment discount applies."""
    discount_percent: Lenient[Number] | None = Field(default=None, alias="discountPercent")
    """Early-payment discount in percent units."""


class PaymentTermCreateParams(TypedDict, total=False):
    """Keyword arguments for PaymentTerm."""

    is_active: NotRequired[PaymentTermIsActive | str | None]
    name: Required[str]
    due_days: NotRequired[int | None]
    discount_days: NotRequired[int | None]
    discount_percent: NotRequired[Decimal | float | None]


class PaymentTermCreateParamsModel(ParamsModel):
    """Validates and serializes `PaymentTermCreateParams`."""

    __entity__: ClassVar[str | None] = "PaymentTerm"

    is_active: PaymentTermIsActive | str | None = Field(default=None, alias="isActive")
    name: str = Field(alias="name")
    due_days: Integer | None = Field(default=None, alias="dueDays")
    discount_days: Integer | None = Field(default=None, alias="discountDays")
    discount_percent: Number | None = Field(default=None, alias="discountPercent")


class PaymentTermUpdateParams(TypedDict, total=False):
    """Keyword arguments for PaymentTerm."""

    is_active: NotRequired[PaymentTermIsActive | str | None]
    name: NotRequired[str | None]
    due_days: NotRequired[int | None]
    discount_days: NotRequired[int | None]
    discount_percent: NotRequired[Decimal | float | None]


class PaymentTermUpdateParamsModel(ParamsModel):
    """Validates and serializes `PaymentTermUpdateParams`."""

    __entity__: ClassVar[str | None] = "PaymentTerm"

    is_active: PaymentTermIsActive | str | None = Field(default=None, alias="isActive")
    name: str | None = Field(default=None, alias="name")
    due_days: Integer | None = Field(default=None, alias="dueDays")
    discount_days: Integer | None = Field(default=None, alias="discountDays")
    discount_percent: Number | None = Field(default=None, alias="discountPercent")


PaymentTermField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "name",
    "dueDays",
    "discountDays",
    "discountPercent",
]
"""A field of PaymentTerm that List sorts may name."""

PaymentTermFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
]
"""A field of PaymentTerm that List filters may name: the API filters on these only."""


class PaymentTermFilter(TypedDict):
    """A List filter on PaymentTerm, e.g. `{"field": "id", "op": "=", "value": "1"}`."""

    field: PaymentTermFilterField
    op: FilterOperator
    value: Any


class PaymentTermSort(TypedDict):
    """A List sort key on PaymentTerm."""

    field: PaymentTermField
    asc: bool
