# Generated from spec/entities/InvoiceCredit.yaml by codegen. Do not edit: run make generate.
"""InvoiceCredit: The application of a credit memo to one invoice."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, NotRequired, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import Lenient, Number, Timestamp

__all__ = [
    "InvoiceCredit",
    "InvoiceCreditCreateParams",
    "InvoiceCreditCreateParamsModel",
    "InvoiceCreditUpdateParams",
    "InvoiceCreditUpdateParamsModel",
]


class InvoiceCredit(BillComModel):
    """The application of a credit memo to one invoice."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "id", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the application was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the application was last changed (UTC)."""
    invoice_id: Lenient[str] | None = Field(default=None, alias="invoiceId")
    """Invoice the credit is applied to."""
    credit_memo_id: Lenient[str] | None = Field(default=None, alias="creditMemoId")
    """Credit memo being applied."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Amount applied."""


class InvoiceCreditCreateParams(TypedDict, total=False):
    """Keyword arguments for InvoiceCredit."""

    invoice_id: NotRequired[str | None]
    credit_memo_id: NotRequired[str | None]
    amount: NotRequired[Decimal | float | None]


class InvoiceCreditCreateParamsModel(ParamsModel):
    """Validates and serializes `InvoiceCreditCreateParams`."""

    __entity__: ClassVar[str | None] = "InvoiceCredit"

    invoice_id: str | None = Field(default=None, alias="invoiceId")
    credit_memo_id: str | None = Field(default=None, alias="creditMemoId")
    amount: Number | None = Field(default=None, alias="amount")


class InvoiceCreditUpdateParams(TypedDict, total=False):
    """Keyword arguments for InvoiceCredit."""

    invoice_id: NotRequired[str | None]
    credit_memo_id: NotRequired[str | None]
    amount: NotRequired[Decimal | float | None]


class InvoiceCreditUpdateParamsModel(ParamsModel):
    """Validates and serializes `InvoiceCreditUpdateParams`."""

    __entity__: ClassVar[str | None] = "InvoiceCredit"

    invoice_id: str | None = Field(default=None, alias="invoiceId")
    credit_memo_id: str | None = Field(default=None, alias="creditMemoId")
    amount: Number | None = Field(default=None, alias="amount")
