# Generated from spec/actions/GetLargeBillerPaymentAddress.yaml by codegen. Do not edit: run make generate.
"""Types of GetLargeBillerPaymentAddress: Get a large biller's (RPPS) payment address."""

from __future__ import annotations

from typing import ClassVar, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import Lenient

__all__ = [
    "GetLargeBillerPaymentAddressParams",
    "GetLargeBillerPaymentAddressParamsModel",
    "GetLargeBillerPaymentAddressResponse",
]


class GetLargeBillerPaymentAddressParams(TypedDict, total=False):
    """Keyword arguments for GetLargeBillerPaymentAddress."""

    pass


class GetLargeBillerPaymentAddressParamsModel(ParamsModel):
    """Validates and serializes `GetLargeBillerPaymentAddressParams`."""


class GetLargeBillerPaymentAddressResponse(BillComModel):
    """What GetLargeBillerPaymentAddress answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    address_id: Lenient[str] | None = Field(default=None, alias="addressId")
    """Id of the large biller's payment address."""
