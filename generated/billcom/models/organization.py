# Generated from spec/entities/Organization.yaml by codegen. Do not edit: run make generate.
"""Organization: A company using BILL, the legal entity that users and bank accounts belong to."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import Field

from .._models import BillComModel
from .._types import (
    ABSENT,
    Boolean,
    Code,
    Integer,
    Lenient,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "Organization",
    "OrganizationIsActive",
    "OrganizationTaxIdType",
    "OrganizationTimezoneId",
]


class OrganizationIsActive(StrEnum):
    """Codes of `Organization.isActive`: Whether the organization is active."""

    ACTIVE = "1"
    INACTIVE = "2"


class OrganizationTimezoneId(StrEnum):
    """Codes of `Organization.timezoneId`: Organization's time zone."""

    HAWAII_ALEUTIAN = "1"
    """HST"""
    ALASKA = "2"
    """AST"""
    PACIFIC = "3"
    """PST"""
    MOUNTAIN = "4"
    """MST"""
    CENTRAL = "5"
    """CST"""
    EASTERN = "6"
    """EST"""
    PUERTO_RICO_VIRGIN_ISLANDS = "7"
    """PRT"""
    ARGENTINA = "8"
    """AGT"""
    GREENWICH_MEAN = "9"
    """GMT"""
    EUROPEAN_CENTRAL = "10"
    """ECT"""
    EGYPT = "11"
    """ART"""
    EASTERN_AFRICAN = "12"
    """EAT"""
    INDIA = "13"
    """IST"""
    BANGLADESH = "14"
    """BST"""
    VIETNAM = "15"
    """VST"""
    CHINA = "16"
    """PRC"""
    JAPAN = "17"
    """JST"""
    AUSTRALIA_EASTERN = "18"
    """AET"""
    SOLOMON = "19"
    """SST"""
    NEW_ZEALAND = "21"
    """NST"""
    MST7MDT = "22"
    """US Mountain with daylight saving (MST7MDT)"""
    EST5EDT = "23"
    """US Eastern with daylight saving (EST5EDT)"""


class OrganizationTaxIdType(StrEnum):
    """Codes of `Organization.taxIdType`: Kind of tax id in taxId."""

    EIN = "1"
    SSN = "2"


class Organization(BillComModel):
    """A company using BILL, the legal entity that users and bank accounts belong to."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "accountingSoftware",
            "address1",
            "address2",
            "address3",
            "address4",
            "addressCity",
            "addressCountry",
            "addressState",
            "addressZip",
            "createdTime",
            "displayName",
            "fax",
            "id",
            "industry",
            "isActive",
            "mailAddrSameAsPhys",
            "mailingAddress1",
            "mailingAddress2",
            "mailingAddress3",
            "mailingAddress4",
            "mailingAddressCity",
            "mailingAddressCountry",
            "mailingAddressState",
            "mailingAddressZip",
            "name",
            "networkConnections",
            "phone",
            "primaryCompanyOwner",
            "rptCustom1",
            "rptCustom2",
            "rptCustom3",
            "taxId",
            "taxIdType",
            "timezoneId",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    entity: Lenient[str] = Field(default="Organization", alias="entity")
    """The wire name of the object's type: "Organization"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 008); the orgId of Login and ListOrgs."""
    is_active: Lenient[Annotated[OrganizationIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the organization is active."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the organization was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the organization was last changed (UTC)."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Organization name (orgName in ListOrgs)."""
    display_name: Lenient[str] | None = Field(default=None, alias="displayName")
    """Name shown for the organization in the BILL web app."""
    address1: Lenient[str] | None = Field(default=None, alias="address1")
    """Physical address, line 1."""
    address2: Lenient[str] | None = Field(default=None, alias="address2")
    """Physical address, line 2."""
    address3: Lenient[str] | None = Field(default=None, alias="address3")
    """Physical address, line 3."""
    address4: Lenient[str] | None = Field(default=None, alias="address4")
    """Physical address, line 4."""
    address_city: Lenient[str] | None = Field(default=None, alias="addressCity")
    """Physical address city."""
    address_state: Lenient[str] | None = Field(default=None, alias="addressState")
    """Physical address state."""
    address_zip: Lenient[str] | None = Field(default=None, alias="addressZip")
    """Physical address postal code."""
    address_country: Lenient[str] | None = Field(default=None, alias="addressCountry")
    """Physical address country."""
    mail_addr_same_as_phys: Lenient[Boolean] | None = Field(
        default=None, alias="mailAddrSameAsPhys"
    )
    """True when mail goes to the physical address."""
    mailing_address1: Lenient[str] | None = Field(default=None, alias="mailingAddress1")
    """Mailing address, line 1."""
    mailing_address2: Lenient[str] | None = Field(default=None, alias="mailingAddress2")
    """Mailing address, line 2."""
    mailing_address3: Lenient[str] | None = Field(default=None, alias="mailingAddress3")
    """Mailing address, line 3."""
    mailing_address4: Lenient[str] | None = Field(default=None, alias="mailingAddress4")
    """Mailing address, line 4."""
    mailing_address_city: Lenient[str] | None = Field(default=None, alias="mailingAddressCity")
    """Mailing address city."""
    mailing_address_state: Lenient[str] | None = Field(default=None, alias="mailingAddressState")
    """Mailing address state."""
    mailing_address_zip: Lenient[str] | None = Field(default=None, alias="mailingAddressZip")
    """Mailing address postal code."""
    mailing_address_country: Lenient[str] | None = Field(
        default=None, alias="mailingAddressCountry"
    )
    """Mailing address country."""
    phone: Lenient[str] | None = Field(default=None, alias="phone")
    """Phone number."""
    fax: Lenient[str] | None = Field(default=None, alias="fax")
    """Fax number."""
    accounting_software: Lenient[str] | None = Field(default=None, alias="accountingSoftware")
    """Accounting system the organization uses."""
    timezone_id: Lenient[Annotated[OrganizationTimezoneId, Code] | UnknownCode] | None = Field(
        default=None, alias="timezoneId"
    )
    """Organization's time zone."""
    rpt_custom1: Lenient[str] | None = Field(default=None, alias="rptCustom1")
    """Partner-only custom field 1."""
    rpt_custom2: Lenient[str] | None = Field(default=None, alias="rptCustom2")
    """Partner-only custom field 2."""
    rpt_custom3: Lenient[str] | None = Field(default=None, alias="rptCustom3")
    """Partner-only custom field 3."""
    primary_company_owner: Lenient[str] | None = Field(default=None, alias="primaryCompanyOwner")
    """Name of the organization's owner."""
    tax_id: Lenient[str] | None = Field(default=None, alias="taxId")
    """Tax id number."""
    tax_id_type: Lenient[Annotated[OrganizationTaxIdType, Code] | UnknownCode] | None = Field(
        default=None, alias="taxIdType"
    )
    """Kind of tax id in taxId."""
    industry: Lenient[str] | None = Field(default=None, alias="industry")
    """Business industry."""
    network_connections: Lenient[Integer] | None = Field(default=None, alias="networkConnections")
    """Number of BILL network connections."""
