# Generated from spec/actions/LargeBillerSearch.yaml by codegen. Do not edit: run make generate.
"""Types of LargeBillerSearch: Search the verified national vendors (large billers, RPPS)."""

from __future__ import annotations

from typing import ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    Date,
    Integer,
    Lenient,
    Number,
)

__all__ = [
    "LargeBillerSearchParams",
    "LargeBillerSearchParamsModel",
    "LargeBillerSearchResponse",
    "LargeBillerSearchResponseLargeBillersItem",
    "LargeBillerSearchResponseLargeBillersItemAddressesItem",
    "LargeBillerSearchResponseLargeBillersItemMasksItem",
    "LargeBillerSearchResponseMatchedOn",
]


class LargeBillerSearchParams(TypedDict, total=False):
    """Keyword arguments for LargeBillerSearch."""

    name: Required[str]
    acc_number: NotRequired[str | None]
    address_zip: NotRequired[str | None]
    start: Required[int]
    max: Required[int]


class LargeBillerSearchParamsModel(ParamsModel):
    """Validates and serializes `LargeBillerSearchParams`."""

    name: str = Field(alias="name")
    acc_number: str | None = Field(default=None, alias="accNumber")
    address_zip: str | None = Field(default=None, alias="addressZip")
    start: Integer = Field(alias="start")
    max: Integer = Field(alias="max")


class LargeBillerSearchResponseMatchedOn(BillComModel):
    """Which criteria the results matched."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    name: Lenient[Boolean] | None = Field(default=None, alias="name")
    """Matched on the name."""
    acc_number: Lenient[Boolean] | None = Field(default=None, alias="accNumber")
    """Matched on the account number."""
    address_zip: Lenient[Boolean] | None = Field(default=None, alias="addressZip")
    """Matched on the zip code."""


class LargeBillerSearchResponseLargeBillersItemAddressesItem(BillComModel):
    """Payment addresses of the vendor."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    id: Lenient[str] | None = Field(default=None, alias="id")
    """Id of the payment address (prefix ora)."""
    large_biller_id: Lenient[str] | None = Field(default=None, alias="largeBillerId")
    """Id of the national vendor (prefix orv)."""
    address1: Lenient[str] | None = Field(default=None, alias="address1")
    address2: Lenient[str] | None = Field(default=None, alias="address2")
    address_city: Lenient[str] | None = Field(default=None, alias="addressCity")
    address_state: Lenient[str] | None = Field(default=None, alias="addressState")
    address_country: Lenient[str] | None = Field(default=None, alias="addressCountry")
    address_zip: Lenient[str] | None = Field(default=None, alias="addressZip")


class LargeBillerSearchResponseLargeBillersItemMasksItem(BillComModel):
    """Account-number formats the vendor accepts."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    id: Lenient[str] | None = Field(default=None, alias="id")
    """Id of the mask (prefix orm)."""
    large_biller_id: Lenient[str] | None = Field(default=None, alias="largeBillerId")
    """Id of the national vendor (prefix orv)."""
    effective_date: Lenient[Date] | None = Field(default=None, alias="effectiveDate")
    """Date from which the mask applies."""
    mask_length: Lenient[Integer] | None = Field(default=None, alias="maskLength")
    """Length of a matching account number."""
    mask_format: Lenient[str] | None = Field(default=None, alias="maskFormat")
    """Pattern a matching account number follows."""
    exception_mask: Lenient[Boolean] | None = Field(default=None, alias="exceptionMask")
    """Whether the mask is an exception."""
    key: Lenient[Integer] | None = Field(default=None, alias="key")
    """Unique key of the mask."""


class LargeBillerSearchResponseLargeBillersItem(BillComModel):
    """Matching national vendors."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "addresses": LargeBillerSearchResponseLargeBillersItemAddressesItem,
        "masks": LargeBillerSearchResponseLargeBillersItemMasksItem,
    }

    id: Lenient[str] | None = Field(default=None, alias="id")
    """Id of the national vendor (prefix orv)."""
    biller_reference: Lenient[Number] | None = Field(default=None, alias="billerReference")
    """Number of the vendor in the national vendor directory."""
    biller_name: Lenient[str] | None = Field(default=None, alias="billerName")
    """Name of the national vendor."""
    line_of_business: Lenient[str] | None = Field(default=None, alias="lineOfBusiness")
    """Two-letter line-of-business code, e.g. RB."""
    biller_class: Lenient[str] | None = Field(default=None, alias="billerClass")
    """Line of business of the vendor."""
    biller_type: Lenient[str] | None = Field(default=None, alias="billerType")
    """Vendor type, Core or Gateway."""
    currency: Lenient[str] | None = Field(default=None, alias="currency")
    """ISO 4217 numeric currency code accepted, e.g. 840 for USD."""
    addresses: Lenient[list[LargeBillerSearchResponseLargeBillersItemAddressesItem]] | None = Field(
        default=None, alias="addresses"
    )
    """Payment addresses of the vendor."""
    masks: Lenient[list[LargeBillerSearchResponseLargeBillersItemMasksItem]] | None = Field(
        default=None, alias="masks"
    )
    """Account-number formats the vendor accepts."""


class LargeBillerSearchResponse(BillComModel):
    """What LargeBillerSearch answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "matchedOn": LargeBillerSearchResponseMatchedOn,
        "largeBillers": LargeBillerSearchResponseLargeBillersItem,
    }

    matched_on: Lenient[LargeBillerSearchResponseMatchedOn] | None = Field(
        default=None, alias="matchedOn"
    )
    """Which criteria the results matched."""
    large_billers: Lenient[list[LargeBillerSearchResponseLargeBillersItem]] | None = Field(
        default=None, alias="largeBillers"
    )
    """Matching national vendors."""
