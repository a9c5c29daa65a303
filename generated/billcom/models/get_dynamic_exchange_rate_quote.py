# Generated from spec/actions/GetDynamicExchangeRateQuote.yaml by codegen. Do not edit: run make generate.
"""Types of GetDynamicExchangeRateQuote: Quote exchange rates for paying international vendors."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    CodeInput,
    Integer,
    Lenient,
    Number,
)

__all__ = [
    "GetDynamicExchangeRateQuoteParams",
    "GetDynamicExchangeRateQuoteParamsModel",
    "GetDynamicExchangeRateQuoteResponse",
    "GetDynamicExchangeRateQuoteResponseExchangeRatesItem",
    "GetDynamicExchangeRateQuoteVendorDataItemParams",
    "GetDynamicExchangeRateQuoteVendorDataItemParamsModel",
    "GetDynamicExchangeRateQuoteVendorDataItemType",
]


class GetDynamicExchangeRateQuoteVendorDataItemType(StrEnum):
    """Codes of `GetDynamicExchangeRateQuoteVendorDataItem.type`: Quote type (meanings not given)."""

    POC1 = "POC1"
    POC2 = "POC2"
    POC3 = "POC3"


class GetDynamicExchangeRateQuoteVendorDataItemParams(TypedDict, total=False):
    """Keyword arguments for GetDynamicExchangeRateQuoteVendorDataItem."""

    vendor_id: NotRequired[str | None]
    total_amount: NotRequired[str | None]
    type: NotRequired[GetDynamicExchangeRateQuoteVendorDataItemType | str | None]


class GetDynamicExchangeRateQuoteVendorDataItemParamsModel(ParamsModel):
    """Validates and serializes `GetDynamicExchangeRateQuoteVendorDataItemParams`."""

    vendor_id: str | None = Field(default=None, alias="vendorId")
    total_amount: str | None = Field(default=None, alias="totalAmount")
    type: Annotated[GetDynamicExchangeRateQuoteVendorDataItemType | str, CodeInput] | None = Field(
        default=None, alias="type"
    )


class GetDynamicExchangeRateQuoteParams(TypedDict, total=False):
    """Keyword arguments for GetDynamicExchangeRateQuote."""

    vendor_data: Required[Sequence[GetDynamicExchangeRateQuoteVendorDataItemParams]]


class GetDynamicExchangeRateQuoteParamsModel(ParamsModel):
    """Validates and serializes `GetDynamicExchangeRateQuoteParams`."""

    vendor_data: list[GetDynamicExchangeRateQuoteVendorDataItemParamsModel] = Field(
        alias="vendorData"
    )


class GetDynamicExchangeRateQuoteResponseExchangeRatesItem(BillComModel):
    """`GetDynamicExchangeRateQuoteResponse.exchangeRates`."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    payment_currency: Lenient[str] | None = Field(default=None, alias="paymentCurrency")
    """Currency the vendor is paid in."""
    bill_currency: Lenient[str] | None = Field(default=None, alias="billCurrency")
    """Currency of the bills."""
    exchange_rate: Lenient[Number] | None = Field(default=None, alias="exchangeRate")
    """Units of paymentCurrency per unit of the org's base currency."""
    valid_from: Lenient[Number] | None = Field(default=None, alias="validFrom")
    """Lower end of the amount range the rate applies to."""
    valid_to: Lenient[Number] | None = Field(default=None, alias="validTo")
    """Upper end of the amount range the rate applies to."""
    vendor_id: Lenient[str] | None = Field(default=None, alias="vendorId")
    """International vendor quoted."""
    total_amount: Lenient[str] | None = Field(default=None, alias="totalAmount")
    """Total to pay the vendor, as a string."""


class GetDynamicExchangeRateQuoteResponse(BillComModel):
    """What GetDynamicExchangeRateQuote answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "exchangeRates": GetDynamicExchangeRateQuoteResponseExchangeRatesItem,
    }

    batch_id: Lenient[Integer] | None = Field(default=None, alias="batchId")
    """Quote batch id for PayBills."""
    exchange_rates: Lenient[list[GetDynamicExchangeRateQuoteResponseExchangeRatesItem]] | None = (
        Field(default=None, alias="exchangeRates")
    )
    org_id: Lenient[str] | None = Field(default=None, alias="orgId")
    org_base_currency: Lenient[str] | None = Field(default=None, alias="orgBaseCurrency")
    """Organization's base currency."""
