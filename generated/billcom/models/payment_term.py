# Generated from spec/entities/PaymentTerm.yaml by codegen. Do not edit: run make generate.
"""PaymentTerm: A named payment term that sets how many days a payer has to pay."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import ClassVar, Literal, NotRequired, Required, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Lenient,
    Number,
    NumberInput,
)

__all__ = [
    "PaymentTerm",
    "PaymentTermCreateParams",
    "PaymentTermCreateParamsModel",
    "PaymentTermField",
    "PaymentTermFilter",
    "PaymentTermFilterField",
    "PaymentTermSort",
    "PaymentTermTextFilter",
    "PaymentTermUpdateParams",
    "PaymentTermUpdateParamsModel",
]


class PaymentTerm(BillComModel):
    """A named payment term that sets how many days a payer has to pay."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["id"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["name", "netDue"])
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {"id": "string", "name": "string"}

    entity: Lenient[str] = Field(default="PaymentTerm", alias="entity")
    """The wire name of the object's type: "PaymentTerm"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 00p); sent on Update/Read."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Payment term name."""
    net_due: Lenient[Number] | None = Field(default=None, alias="netDue")
    """Number of days the payer has to pay."""


class PaymentTermCreateParams(TypedDict, total=False):
    """Keyword arguments for PaymentTerm."""

    name: Required[str]
    net_due: Required[Decimal | int | str]


class PaymentTermCreateParamsModel(ParamsModel):
    """Validates and serializes `PaymentTermCreateParams`."""

    __entity__: ClassVar[str | None] = "PaymentTerm"
    __model__: ClassVar[type[BillComModel] | None] = PaymentTerm

    name: str = Field(alias="name")
    net_due: NumberInput = Field(alias="netDue")


class PaymentTermUpdateParams(TypedDict, total=False):
    """Keyword arguments for PaymentTerm."""

    name: NotRequired[str | None]
    net_due: NotRequired[Decimal | int | str | None]


class PaymentTermUpdateParamsModel(ParamsModel):
    """Validates and serializes `PaymentTermUpdateParams`."""

    __entity__: ClassVar[str | None] = "PaymentTerm"
    __model__: ClassVar[type[BillComModel] | None] = PaymentTerm

    name: str | None = Field(default=None, alias="name")
    net_due: NumberInput | None = Field(default=None, alias="netDue")


PaymentTermField = Literal[
    "id",
    "name",
    "netDue",
]
"""A field of PaymentTerm that List sorts may name."""

PaymentTermFilterField = Literal[
    "id",
    "name",
]
"""A field of PaymentTerm that List filters may name: the API filters on these only."""


class PaymentTermTextFilter(TypedDict):
    """A List filter on id, name; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "name",
    ]
    op: FilterOperator
    value: str | Sequence[str]


PaymentTermFilter = PaymentTermTextFilter
"""A List filter on PaymentTerm, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class PaymentTermSort(TypedDict):
    """A List sort key on PaymentTerm."""

    field: PaymentTermField
    asc: bool
