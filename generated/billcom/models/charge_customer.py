# Generated from spec/actions/ChargeCustomer.yaml by codegen. Do not edit: run make generate.
"""Types of ChargeCustomer: Debit a customer's bank account through BILL and apply the money to invoices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    CodeInput,
    DateInput,
    Lenient,
    NumberInput,
)
from .received_pay import ReceivedPay

__all__ = [
    "ChargeCustomerInvoicePaysItemParams",
    "ChargeCustomerInvoicePaysItemParamsModel",
    "ChargeCustomerParams",
    "ChargeCustomerParamsModel",
    "ChargeCustomerPaymentType",
    "ChargeCustomerResponse",
]


class ChargeCustomerPaymentType(StrEnum):
    """Codes of `ChargeCustomer.paymentType`: Payment type; "3" (ACH) for a bank-account charge."""

    ACH = "3"


class ChargeCustomerInvoicePaysItemParams(TypedDict, total=False):
    """Keyword arguments for ChargeCustomerInvoicePaysItem."""

    invoice_id: Required[str]
    amount: Required[Decimal | int | str]


class ChargeCustomerInvoicePaysItemParamsModel(ParamsModel):
    """Validates and serializes `ChargeCustomerInvoicePaysItemParams`."""

    invoice_id: str = Field(alias="invoiceId")
    amount: NumberInput = Field(alias="amount")


class ChargeCustomerParams(TypedDict, total=False):
    """Keyword arguments for ChargeCustomer."""

    customer_id: Required[str]
    payment_date: NotRequired[dt.date | str | None]
    payment_type: Required[ChargeCustomerPaymentType | str]
    payment_account_id: Required[str]
    memo: NotRequired[str | None]
    email_receipt: NotRequired[bool | None]
    total_amount: NotRequired[Decimal | int | str | None]
    invoice_pays: NotRequired[Sequence[ChargeCustomerInvoicePaysItemParams] | None]


class ChargeCustomerParamsModel(ParamsModel):
    """Validates and serializes `ChargeCustomerParams`."""

    customer_id: str = Field(alias="customerId")
    payment_date: DateInput | None = Field(default=None, alias="paymentDate")
    payment_type: Annotated[ChargeCustomerPaymentType | str, CodeInput] = Field(alias="paymentType")
    payment_account_id: str = Field(alias="paymentAccountId")
    memo: str | None = Field(default=None, alias="memo")
    email_receipt: Boolean | None = Field(default=None, alias="emailReceipt")
    total_amount: NumberInput | None = Field(default=None, alias="totalAmount")
    invoice_pays: list[ChargeCustomerInvoicePaysItemParamsModel] | None = Field(
        default=None, alias="invoicePays"
    )


class ChargeCustomerResponse(BillComModel):
    """What ChargeCustomer answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "chargedReceivedPay": ReceivedPay,
    }

    charged_received_pay: Lenient[ReceivedPay] | None = Field(
        default=None, alias="chargedReceivedPay"
    )
    """The online ReceivedPay (status 2, isOnline true, paymentType 3)."""
