# Generated from spec/entities/InvoicePay.yaml by codegen. Do not edit: run make generate.
"""InvoicePay: The application of a received payment to one invoice."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Boolean,
    Code,
    Date,
    Lenient,
    Number,
    NumberInput,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "InvoicePay",
    "InvoicePayCreateParams",
    "InvoicePayCreateParamsModel",
    "InvoicePayStatus",
    "InvoicePayUpdateParams",
    "InvoicePayUpdateParamsModel",
]


class InvoicePayStatus(StrEnum):
    """Codes of `InvoicePay.status`: State of this application."""

    PAID = "0"
    VOID = "1"
    SCHEDULED = "2"
    CANCELED = "3"
    INITIATED = "4"


class InvoicePay(BillComModel):
    """The application of a received payment to one invoice."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "createdTime",
            "creditApplied",
            "id",
            "paymentDate",
            "receivedPayId",
            "status",
            "updatedTime",
            "vCardReceivableInfo",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["amount", "invoiceId"])

    entity: Lenient[str] = Field(default="InvoicePay", alias="entity")
    """The wire name of the object's type: "InvoicePay"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 0ip)."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the application was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the application was last changed (UTC)."""
    received_pay_id: Lenient[str] | None = Field(default=None, alias="receivedPayId")
    """ReceivedPay this application belongs to."""
    invoice_id: Lenient[str] | None = Field(default=None, alias="invoiceId")
    """Invoice the amount is applied to."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Amount applied to the invoice."""
    status: Lenient[Annotated[InvoicePayStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """State of this application."""
    payment_date: Lenient[Date] | None = Field(default=None, alias="paymentDate")
    """Date the funds for this application are processed."""
    credit_applied: Lenient[Boolean] | None = Field(default=None, alias="creditApplied")
    """Whether credit memos are applied to the invoice."""
    v_card_receivable_info: Lenient[str] | None = Field(default=None, alias="vCardReceivableInfo")
    """Virtual-card (Vendor Direct) receivable information."""


class InvoicePayCreateParams(TypedDict, total=False):
    """Keyword arguments for InvoicePay."""

    invoice_id: Required[str]
    amount: Required[Decimal | int | str]


class InvoicePayCreateParamsModel(ParamsModel):
    """Validates and serializes `InvoicePayCreateParams`."""

    __entity__: ClassVar[str | None] = "InvoicePay"
    __model__: ClassVar[type[BillComModel] | None] = InvoicePay

    invoice_id: str = Field(alias="invoiceId")
    amount: NumberInput = Field(alias="amount")


class InvoicePayUpdateParams(TypedDict, total=False):
    """Keyword arguments for InvoicePay."""

    invoice_id: NotRequired[str | None]
    amount: NotRequired[Decimal | int | str | None]


class InvoicePayUpdateParamsModel(ParamsModel):
    """Validates and serializes `InvoicePayUpdateParams`."""

    __entity__: ClassVar[str | None] = "InvoicePay"
    __model__: ClassVar[type[BillComModel] | None] = InvoicePay

    invoice_id: str | None = Field(default=None, alias="invoiceId")
    amount: NumberInput | None = Field(default=None, alias="amount")
