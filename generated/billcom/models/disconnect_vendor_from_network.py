# Generated from spec/actions/DisconnectVendorFromNetwork.yaml by codegen. Do not edit: run make generate.
"""Types of DisconnectVendorFromNetwork: Disconnect a vendor's organization (or verified national vendor) on the BILL network from the organization."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["DisconnectVendorFromNetworkParams", "DisconnectVendorFromNetworkParamsModel"]


class DisconnectVendorFromNetworkParams(TypedDict, total=False):
    """Keyword arguments for DisconnectVendorFromNetwork."""

    vendor_id: Required[str]


class DisconnectVendorFromNetworkParamsModel(ParamsModel):
    """Validates and serializes `DisconnectVendorFromNetworkParams`."""

    vendor_id: str = Field(alias="vendorId")
