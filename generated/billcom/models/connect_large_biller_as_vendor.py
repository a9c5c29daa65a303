# Generated from spec/actions/ConnectLargeBillerAsVendor.yaml by codegen. Do not edit: run make generate.
"""Types of ConnectLargeBillerAsVendor: Connect a verified national vendor (large biller, RPPS) to one of the organization's vendors."""

from __future__ import annotations

from typing import NotRequired, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["ConnectLargeBillerAsVendorParams", "ConnectLargeBillerAsVendorParamsModel"]


class ConnectLargeBillerAsVendorParams(TypedDict, total=False):
    """Keyword arguments for ConnectLargeBillerAsVendor."""

    large_biller_id: Required[str]
    acc_number: Required[str]
    vendor_id: Required[str]
    address_id: NotRequired[str | None]


class ConnectLargeBillerAsVendorParamsModel(ParamsModel):
    """Validates and serializes `ConnectLargeBillerAsVendorParams`."""

    large_biller_id: str = Field(alias="largeBillerId")
    acc_number: str = Field(alias="accNumber")
    vendor_id: str = Field(alias="vendorId")
    address_id: str | None = Field(default=None, alias="addressId")
