# Generated from spec/actions/RecordARPayment.yaml by codegen. Do not edit: run make generate.
"""Types of RecordARPayment: Record a customer payment received outside BILL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    CodeInput,
    DateInput,
    NumberInput,
)

__all__ = [
    "RecordARPaymentInvoicePaysItemParams",
    "RecordARPaymentInvoicePaysItemParamsModel",
    "RecordARPaymentParams",
    "RecordARPaymentParamsModel",
    "RecordARPaymentPaymentType",
]


class RecordARPaymentPaymentType(StrEnum):
    """Codes of `RecordARPayment.paymentType`: How the customer paid."""

    CASH = "0"
    CHECK = "1"
    CREDIT_CARD = "2"
    ACH = "3"
    PAYPAL = "4"
    OTHER = "5"


class RecordARPaymentInvoicePaysItemParams(TypedDict, total=False):
    """Keyword arguments for RecordARPaymentInvoicePaysItem."""

    invoice_id: Required[str]
    amount: Required[Decimal | int | str]


class RecordARPaymentInvoicePaysItemParamsModel(ParamsModel):
    """Validates and serializes `RecordARPaymentInvoicePaysItemParams`."""

    invoice_id: str = Field(alias="invoiceId")
    amount: NumberInput = Field(alias="amount")


class RecordARPaymentParams(TypedDict, total=False):
    """Keyword arguments for RecordARPayment."""

    customer_id: Required[str]
    payment_date: Required[dt.date | str]
    payment_type: Required[RecordARPaymentPaymentType | str]
    amount: Required[Decimal | int | str]
    deposit_to_account_id: NotRequired[str | None]
    description: NotRequired[str | None]
    ref_number: NotRequired[str | None]
    invoice_pays: NotRequired[Sequence[RecordARPaymentInvoicePaysItemParams] | None]


class RecordARPaymentParamsModel(ParamsModel):
    """Validates and serializes `RecordARPaymentParams`."""

    customer_id: str = Field(alias="customerId")
    payment_date: DateInput = Field(alias="paymentDate")
    payment_type: Annotated[RecordARPaymentPaymentType | str, CodeInput] = Field(
        alias="paymentType"
    )
    amount: NumberInput = Field(alias="amount")
    deposit_to_account_id: str | None = Field(default=None, alias="depositToAccountId")
    description: str | None = Field(default=None, alias="description")
    ref_number: str | None = Field(default=None, alias="refNumber")
    invoice_pays: list[RecordARPaymentInvoicePaysItemParamsModel] | None = Field(
        default=None, alias="invoicePays"
    )
