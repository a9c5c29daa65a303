# Generated from spec/actions/PayBills.yaml by codegen. Do not edit: run make generate.
"""Types of PayBills: Pay bills through BILL by ePayment (ACH) or paper check."""

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
    Integer,
    Lenient,
    NumberInput,
)
from .sent_pay import SentPay

__all__ = [
    "PayBillsBillCreditsItemParams",
    "PayBillsBillCreditsItemParamsModel",
    "PayBillsBillPaysItemParams",
    "PayBillsBillPaysItemParamsModel",
    "PayBillsDeliveryType",
    "PayBillsParams",
    "PayBillsParamsModel",
    "PayBillsResponse",
]


class PayBillsDeliveryType(StrEnum):
    """Codes of `PayBills.deliveryType`: Check delivery method (SentPay deliveryTypeRequested codes)."""

    STANDARD = "0"
    USPS_PRIORITY = "1"
    UPS_1_DAY = "10"
    UPS_2_DAY = "11"
    UPS_3_DAY = "12"
    RTP = "13"
    """RTP"""


class PayBillsBillPaysItemParams(TypedDict, total=False):
    """Keyword arguments for PayBillsBillPaysItem."""

    bill_id: Required[str]
    amount: Required[Decimal | int | str]


class PayBillsBillPaysItemParamsModel(ParamsModel):
    """Validates and serializes `PayBillsBillPaysItemParams`."""

    bill_id: str = Field(alias="billId")
    amount: NumberInput = Field(alias="amount")


class PayBillsBillCreditsItemParams(TypedDict, total=False):
    """Keyword arguments for PayBillsBillCreditsItem."""

    bill_id: Required[str]
    vendor_credit_id: NotRequired[str | None]
    amount: Required[Decimal | int | str]


class PayBillsBillCreditsItemParamsModel(ParamsModel):
    """Validates and serializes `PayBillsBillCreditsItemParams`."""

    bill_id: str = Field(alias="billId")
    vendor_credit_id: str | None = Field(default=None, alias="vendorCreditId")
    amount: NumberInput = Field(alias="amount")


class PayBillsParams(TypedDict, total=False):
    """Keyword arguments for PayBills."""

    vendor_id: NotRequired[str | None]
    bank_account_id: NotRequired[str | None]
    card_account_id: NotRequired[str | None]
    card_funding_purpose: NotRequired[str | None]
    process_date: NotRequired[dt.date | str | None]
    description: NotRequired[str | None]
    is_vendor_direct_payment: NotRequired[bool | None]
    is_faster_payment: NotRequired[bool | None]
    allow_export: NotRequired[bool | None]
    delivery_type: NotRequired[PayBillsDeliveryType | str | None]
    batch_id: NotRequired[int | None]
    bill_pays: Required[Sequence[PayBillsBillPaysItemParams]]
    bill_credits: NotRequired[Sequence[PayBillsBillCreditsItemParams] | None]


class PayBillsParamsModel(ParamsModel):
    """Validates and serializes `PayBillsParams`."""

    vendor_id: str | None = Field(default=None, alias="vendorId")
    bank_account_id: str | None = Field(default=None, alias="bankAccountId")
    card_account_id: str | None = Field(default=None, alias="cardAccountId")
    card_funding_purpose: str | None = Field(default=None, alias="cardFundingPurpose")
    process_date: DateInput | None = Field(default=None, alias="processDate")
    description: str | None = Field(default=None, alias="description")
    is_vendor_direct_payment: Boolean | None = Field(default=None, alias="isVendorDirectPayment")
    is_faster_payment: Boolean | None = Field(default=None, alias="isFasterPayment")
    allow_export: Boolean | None = Field(default=None, alias="allowExport")
    delivery_type: Annotated[PayBillsDeliveryType | str, CodeInput] | None = Field(
        default=None, alias="deliveryType"
    )
    batch_id: Integer | None = Field(default=None, alias="batchId")
    bill_pays: list[PayBillsBillPaysItemParamsModel] = Field(alias="billPays")
    bill_credits: list[PayBillsBillCreditsItemParamsModel] | None = Field(
        default=None, alias="billCredits"
    )


class PayBillsResponse(BillComModel):
    """What PayBills answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "sentPays": SentPay,
    }

    sent_pays: Lenient[list[SentPay]] | None = Field(default=None, alias="sentPays")
    """Online SentPays created, with BillPay/BillCredit children."""
