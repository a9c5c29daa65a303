# Generated from spec/actions/NetworkSearch.yaml by codegen. Do not edit: run make generate.
"""Types of NetworkSearch: Search the BILL network for a customer, vendor or verified national vendor."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    Code,
    CodeInput,
    Integer,
    Lenient,
    Number,
    UnknownCode,
)

__all__ = [
    "NetworkSearchNetworks",
    "NetworkSearchParams",
    "NetworkSearchParamsModel",
    "NetworkSearchResponseItem",
    "NetworkSearchResponseItemAccountType",
    "NetworkSearchResponseItemType",
]


class NetworkSearchNetworks(StrEnum):
    """Codes of `NetworkSearch.networks`: Networks to search (one or both)."""


class NetworkSearchResponseItemType(StrEnum):
    """Codes of `NetworkSearchResponseItem.type`: Network the result belongs to."""

    BILL = "0"
    """BILL network."""
    LARGE_BILLER = "1"
    """Verified national vendor (RPPS) network."""


class NetworkSearchResponseItemAccountType(StrEnum):
    """Codes of `NetworkSearchResponseItem.accountType`: Kind of account (BILL network only)."""

    NONE = "none"
    BUSINESS = "business"
    PERSON = "person"


class NetworkSearchParams(TypedDict, total=False):
    """Keyword arguments for NetworkSearch."""

    name: Required[str]
    acc_number: NotRequired[str | None]
    address_zip: NotRequired[str | None]
    networks: NotRequired[Sequence[NetworkSearchNetworks | str] | None]
    for_vendor: NotRequired[bool | None]


class NetworkSearchParamsModel(ParamsModel):
    """Validates and serializes `NetworkSearchParams`."""

    name: str = Field(alias="name")
    acc_number: str | None = Field(default=None, alias="accNumber")
    address_zip: str | None = Field(default=None, alias="addressZip")
    networks: list[Annotated[NetworkSearchNetworks | str, CodeInput]] | None = Field(
        default=None, alias="networks"
    )
    for_vendor: Boolean | None = Field(default=None, alias="forVendor")


class NetworkSearchResponseItem(BillComModel):
    """What NetworkSearch answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    display_name: Lenient[str] | None = Field(default=None, alias="displayName")
    """Organization name."""
    show_display_name_in_network: Lenient[Boolean] | None = Field(
        default=None, alias="showDisplayNameInNetwork"
    )
    """Whether the name is shown in the network."""
    type: Lenient[Annotated[NetworkSearchResponseItemType, Code] | UnknownCode] | None = Field(
        default=None, alias="type"
    )
    """Network the result belongs to."""
    network_id: Lenient[str] | None = Field(default=None, alias="networkId")
    """Payment Network ID (PNI) of the organization; send it to SendInvite."""
    address_line1: Lenient[str] | None = Field(default=None, alias="addressLine1")
    """Address line 1 (BILL network only)."""
    address_city: Lenient[str] | None = Field(default=None, alias="addressCity")
    """City (BILL network only)."""
    address_state: Lenient[str] | None = Field(default=None, alias="addressState")
    """State (BILL network only)."""
    address_country: Lenient[str] | None = Field(default=None, alias="addressCountry")
    """Country (BILL network only)."""
    address_zip: Lenient[str] | None = Field(default=None, alias="addressZip")
    """Zip code (BILL network only)."""
    verified_email_domain: Lenient[str] | None = Field(default=None, alias="verifiedEmailDomain")
    """E-mail domain BILL has verified for the organization."""
    number_of_connections: Lenient[Integer] | None = Field(
        default=None, alias="numberOfConnections"
    )
    """How many network connections the organization has."""
    managed_by_name: Lenient[str] | None = Field(default=None, alias="managedByName")
    """Name of who manages the organization (BILL network only)."""
    managed_by_email: Lenient[str] | None = Field(default=None, alias="managedByEmail")
    """E-mail of who manages the organization (BILL network only)."""
    rank: Lenient[Integer] | None = Field(default=None, alias="rank")
    """Position in the results."""
    match_score: Lenient[Number] | None = Field(default=None, alias="matchScore")
    """Match score; results are sorted by it, highest first."""
    account_type: (
        Lenient[Annotated[NetworkSearchResponseItemAccountType, Code] | UnknownCode] | None
    ) = Field(default=None, alias="accountType")
    """Kind of account (BILL network only)."""
    match_mode: Lenient[str] | None = Field(default=None, alias="matchMode")
    """What the result was matched on."""
