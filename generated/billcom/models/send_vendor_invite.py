# Generated from spec/actions/SendVendorInvite.yaml by codegen. Do not edit: run make generate.
"""Types of SendVendorInvite: Invite a vendor to connect with the organization on the BILL network."""

from __future__ import annotations

from typing import NotRequired, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["SendVendorInviteParams", "SendVendorInviteParamsModel"]


class SendVendorInviteParams(TypedDict, total=False):
    """Keyword arguments for SendVendorInvite."""

    vendor_id: NotRequired[str | None]
    email: NotRequired[str | None]


class SendVendorInviteParamsModel(ParamsModel):
    """Validates and serializes `SendVendorInviteParams`."""

    vendor_id: str | None = Field(default=None, alias="vendorId")
    email: str | None = Field(default=None, alias="email")
