# Generated from spec/actions/SendVendorInvite.yaml by codegen. Do not edit: run make generate.
"""Types of SendVendorInvite: Invite a vendor not yet on the BILL network to connect with the organization."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["SendVendorInviteParams", "SendVendorInviteParamsModel"]


class SendVendorInviteParams(TypedDict, total=False):
    """Keyword arguments for SendVendorInvite."""

    vendor_id: Required[str]
    email: Required[str]


class SendVendorInviteParamsModel(ParamsModel):
    """Validates and serializes `SendVendorInviteParams`."""

    vendor_id: str = Field(alias="vendorId")
    email: str = Field(alias="email")
