# Generated from spec/actions/ConnectLargeBillerAsVendor.yaml by codegen. Do not edit: run make generate.
"""Types of ConnectLargeBillerAsVendor: Connect a large biller (RPPS) as a vendor of the organization."""

from __future__ import annotations

from typing import TypedDict

from .._models import ParamsModel

__all__ = ["ConnectLargeBillerAsVendorParams", "ConnectLargeBillerAsVendorParamsModel"]


class ConnectLargeBillerAsVendorParams(TypedDict, total=False):
    """Keyword arguments for ConnectLargeBillerAsVendor."""

    pass


class ConnectLargeBillerAsVendorParamsModel(ParamsModel):
    """Validates and serializes `ConnectLargeBillerAsVendorParams`."""
