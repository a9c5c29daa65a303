# Generated from spec/actions/RecordAPPayment.yaml by codegen. Do not edit: run make generate.
"""Types of RecordAPPayment: Record a bill payment made outside BILL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import NotRequired, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    Boolean,
    DateInput,
    NumberInput,
)

__all__ = [
    "RecordAPPaymentBillCreditsItemParams",
    "RecordAPPaymentBillCreditsItemParamsModel",
    "RecordAPPaymentBillPaysItemParams",
    "RecordAPPaymentBillPaysItemParamsModel",
    "RecordAPPaymentParams",
    "RecordAPPaymentParamsModel",
]


class RecordAPPaymentBillPaysItemParams(TypedDict, total=False):
    """Keyword arguments for RecordAPPaymentBillPaysItem."""

    bill_id: Required[str]
    amount: Required[Decimal | int | str]


class RecordAPPaymentBillPaysItemParamsModel(ParamsModel):
    """Validates and serializes `RecordAPPaymentBillPaysItemParams`."""

    bill_id: str = Field(alias="billId")
    amount: NumberInput = Field(alias="amount")


class RecordAPPaymentBillCreditsItemParams(TypedDict, total=False):
    """Keyword arguments for RecordAPPaymentBillCreditsItem."""

    bill_id: Required[str]
    vendor_credit_id: NotRequired[str | None]
    amount: Required[Decimal | int | str]


class RecordAPPaymentBillCreditsItemParamsModel(ParamsModel):
    """Validates and serializes `RecordAPPaymentBillCreditsItemParams`."""

    bill_id: str = Field(alias="billId")
    vendor_credit_id: str | None = Field(default=None, alias="vendorCreditId")
    amount: NumberInput = Field(alias="amount")


class RecordAPPaymentParams(TypedDict, total=False):
    """Keyword arguments for RecordAPPayment."""

    vendor_id: NotRequired[str | None]
    process_date: Required[dt.date | str]
    to_print_check: Required[bool]
    chart_of_account_id: NotRequired[str | None]
    description: NotRequired[str | None]
    sync_reference: NotRequired[str | None]
    vendor_email: NotRequired[str | None]
    notify_vendor_paid_with_credits: NotRequired[bool | None]
    allow_export: NotRequired[bool | None]
    bill_pays: Required[Sequence[RecordAPPaymentBillPaysItemParams]]
    bill_credits: NotRequired[Sequence[RecordAPPaymentBillCreditsItemParams] | None]


class RecordAPPaymentParamsModel(ParamsModel):
    """Validates and serializes `RecordAPPaymentParams`."""

    vendor_id: str | None = Field(default=None, alias="vendorId")
    process_date: DateInput = Field(alias="processDate")
    to_print_check: Boolean = Field(alias="toPrintCheck")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    description: str | None = Field(default=None, alias="description")
    sync_reference: str | None = Field(default=None, alias="syncReference")
    vendor_email: str | None = Field(default=None, alias="vendorEmail")
    notify_vendor_paid_with_credits: Boolean | None = Field(
        default=None, alias="notifyVendorPaidWithCredits"
    )
    allow_export: Boolean | None = Field(default=None, alias="allowExport")
    bill_pays: list[RecordAPPaymentBillPaysItemParamsModel] = Field(alias="billPays")
    bill_credits: list[RecordAPPaymentBillCreditsItemParamsModel] | None = Field(
        default=None, alias="billCredits"
    )
