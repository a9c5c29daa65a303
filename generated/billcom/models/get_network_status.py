# Generated from spec/actions/GetNetworkStatus.yaml by codegen. Do not edit: run make generate.
"""Types of GetNetworkStatus: Get the BILL network connection status of a customer or vendor."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Code,
    Lenient,
    UnknownCode,
)

__all__ = [
    "GetNetworkStatusParams",
    "GetNetworkStatusParamsModel",
    "GetNetworkStatusResponse",
    "GetNetworkStatusResponseStatus",
]


class GetNetworkStatusResponseStatus(StrEnum):
    """Codes of `GetNetworkStatusResponse.status`: Connection status."""

    NOT_CONNECTED = "0"
    PENDING = "1"
    CONNECTED = "2"
    LARGE_BILLER_CONNECTED = "3"
    """Connected to a verified national vendor (RPPS)."""


class GetNetworkStatusParams(TypedDict, total=False):
    """Keyword arguments for GetNetworkStatus."""

    id: Required[str]


class GetNetworkStatusParamsModel(ParamsModel):
    """Validates and serializes `GetNetworkStatusParams`."""

    id: str = Field(alias="id")


class GetNetworkStatusResponse(BillComModel):
    """What GetNetworkStatus answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    object_id: Lenient[str] | None = Field(default=None, alias="objectId")
    """Id of the Customer or Vendor asked about."""
    status: Lenient[Annotated[GetNetworkStatusResponseStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """Connection status."""
    request_id: Lenient[str] | None = Field(default=None, alias="requestId")
    """Invitation request id, when status is 1 or 2; CancelInvite takes it."""
    network_id: Lenient[str] | None = Field(default=None, alias="networkId")
    """Payment Network ID (PNI) of the connected organization (SendVendorInvite invitations)."""
    logo_url: Lenient[str] | None = Field(default=None, alias="logoUrl")
    """URL of the organization's logo (SendVendorInvite invitations)."""
