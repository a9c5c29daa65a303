# Generated from spec/actions/GetLargeBillerPaymentAddress.yaml by codegen. Do not edit: run make generate.
"""Types of GetLargeBillerPaymentAddress: List the payment addresses of a verified national vendor (large biller, RPPS)."""

from __future__ import annotations

from typing import ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Integer,
    Lenient,
)

__all__ = [
    "GetLargeBillerPaymentAddressParams",
    "GetLargeBillerPaymentAddressParamsModel",
    "GetLargeBillerPaymentAddressResponse",
    "GetLargeBillerPaymentAddressResponseAddressesItem",
]


class GetLargeBillerPaymentAddressParams(TypedDict, total=False):
    """Keyword arguments for GetLargeBillerPaymentAddress."""

    large_biller_id: Required[str]
    start: Required[int]
    max: Required[int]


class GetLargeBillerPaymentAddressParamsModel(ParamsModel):
    """Validates and serializes `GetLargeBillerPaymentAddressParams`."""

    large_biller_id: str = Field(alias="largeBillerId")
    start: Integer = Field(alias="start")
    max: Integer = Field(alias="max")


class GetLargeBillerPaymentAddressResponseAddressesItem(BillComModel):
    """Payment addresses of the national vendor."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    id: Lenient[str] | None = Field(default=None, alias="id")
    """Id of the payment address; send it as addressId to ConnectLargeBillerAsVendor."""
    large_biller_id: Lenient[str] | None = Field(default=None, alias="largeBillerId")
    """Id of the national vendor (prefix orv)."""
    address1: Lenient[str] | None = Field(default=None, alias="address1")
    address2: Lenient[str] | None = Field(default=None, alias="address2")
    address_city: Lenient[str] | None = Field(default=None, alias="addressCity")
    address_state: Lenient[str] | None = Field(default=None, alias="addressState")
    address_country: Lenient[str] | None = Field(default=None, alias="addressCountry")
    address_zip: Lenient[str] | None = Field(default=None, alias="addressZip")


class GetLargeBillerPaymentAddressResponse(BillComModel):
    """What GetLargeBillerPaymentAddress answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "addresses": GetLargeBillerPaymentAddressResponseAddressesItem,
    }

    addresses: Lenient[list[GetLargeBillerPaymentAddressResponseAddressesItem]] | None = Field(
        default=None, alias="addresses"
    )
    """Payment addresses of the national vendor."""
