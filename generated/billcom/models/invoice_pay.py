# Generated from spec/entities/InvoicePay.yaml by codegen. Do not edit: run make generate.
"""InvoicePay: The application of a received payment to one invoice."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import Lenient, Number, Timestamp

__all__ = [
    "InvoicePay",
    "InvoicePayCreateParams",
    "InvoicePayCreateParamsModel",
    "InvoicePayUpdateParams",
    "InvoicePayUpdateParamsModel",
]


class InvoicePay(BillComModel):
    """The application of a received payment to one invoice."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "id", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the application was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the application was last changed (UTC)."""
    invoice_id: Lenient[str] | None = Field(default=None, alias="invoiceId")
    """Invoice the amount is applied to."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Amount applied to the invoice."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Description of the application."""


class InvoicePayCreateParams(TypedDict, total=False):
    """Keyword arguments for InvoicePay."""

    invoice_id: Required[str]
    amount: Required[Decimal | float]
    description: NotRequired[str | None]


class InvoicePayCreateParamsModel(ParamsModel):
    """Validates and serializes `InvoicePayCreateParams`."""

    __entity__: ClassVar[str | None] = "InvoicePay"

    invoice_id: str = Field(alias="invoiceId")
    amount: Number = Field(alias="amount")
    description: str | None = Field(default=None, alias="description")


class InvoicePayUpdateParams(TypedDict, total=False):
    """Keyword arguments for InvoicePay."""

    invoice_id: NotRequired[str | None]
    amount: NotRequired[Decimal | float | None]
    description: NotRequired[str | None]


class InvoicePayUpdateParamsModel(ParamsModel):
    """Validates and serializes `InvoicePayUpdateParams`."""

    __entity__: ClassVar[str | None] = "InvoicePay"

    invoice_id: str | None = Field(default=None, alias="invoiceId")
    amount: Number | None = Field(default=None, alias="amount")
    description: str | None = Field(default=None, alias="description")
