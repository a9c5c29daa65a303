# Generated from spec/entities/Organization.yaml by codegen. Do not edit: run make generate.
"""Organization: A company using BILL, the legal entity that users and bank accounts belong to."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, NotRequired, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import Code, Lenient, Timestamp

__all__ = [
    "Organization",
    "OrganizationCreateParams",
    "OrganizationCreateParamsModel",
    "OrganizationField",
    "OrganizationFilter",
    "OrganizationFilterField",
    "OrganizationIsActive",
    "OrganizationSort",
    "OrganizationUpdateParams",
    "OrganizationUpdateParamsModel",
]


class OrganizationIsActive(StrEnum):
    """Codes of `Organization.isActive`: Whether the organization is active."""

    ACTIVE = "1"
    INACTIVE = "2"


class Organization(BillComModel):
    """A company using BILL, the legal entity that users and bank accounts belong to."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "id", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    is_active: Lenient[Annotated[OrganizationIsActive, Code]] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the organization is active."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the organization was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the organization was last changed (UTC)."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Organization name (orgName in ListOrgs)."""
    phone: Lenient[str] | None = Field(default=None, alias="phone")
    """Phone number."""
    email: Lenient[str] | None = Field(default=None, alias="email")
    """Email address."""
    tax_id: Lenient[str] | None = Field(default=None, alias="taxId")
    """Tax id."""


class OrganizationCreateParams(TypedDict, total=False):
    """Keyword arguments for Organization."""

    is_active: NotRequired[OrganizationIsActive | str | None]
    name: NotRequired[str | None]
    phone: NotRequired[str | None]
    email: NotRequired[str | None]
    tax_id: NotRequired[str | None]


class OrganizationCreateParamsModel(ParamsModel):
    """Validates and serializes `OrganizationCreateParams`."""

    __entity__: ClassVar[str | None] = "Organization"

    is_active: OrganizationIsActive | str | None = Field(default=None, alias="isActive")
    name: str | None = Field(default=None, alias="name")
    phone: str | None = Field(default=None, alias="phone")
    email: str | None = Field(default=None, alias="email")
    tax_id: str | None = Field(default=None, alias="taxId")


class OrganizationUpdateParams(TypedDict, total=False):
    """Keyword arguments for Organization."""

    is_active: NotRequired[OrganizationIsActive | str | None]
    name: NotRequired[str | None]
    phone: NotRequired[str | None]
    email: NotRequired[str | None]
    tax_id: NotRequired[str | None]


class OrganizationUpdateParamsModel(ParamsModel):
    """Validates and serializes `OrganizationUpdateParams`."""

    __entity__: ClassVar[str | None] = "Organization"

    is_active: OrganizationIsActive | str | None = Field(default=None, alias="isActive")
    name: str | None = Field(default=None, alias="name")
    phone: str | None = Field(default=None, alias="phone")
    email: str | None = Field(default=None, alias="email")
    tax_id: str | None = Field(default=None, alias="taxId")


OrganizationField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "name",
    "phone",
    "email",
    "taxId",
]
"""A field of Organization that List sorts may name."""

OrganizationFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
]
"""A field of Organization that List filters may name: the API filters on these only."""


class OrganizationFilter(TypedDict):
    """A List filter on Organization, e.g. `{"field": "id", "op": "=", "value": "1"}`."""

    field: OrganizationFilterField
    op: FilterOperator
    value: Any


class OrganizationSort(TypedDict):
    """A List sort key on Organization."""

    field: OrganizationField
    asc: bool
