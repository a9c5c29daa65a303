# Generated from spec/entities/CardAccount.yaml by codegen. Do not edit: run make generate.
"""CardAccount: A card the organization can fund payments with."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar, Literal, Never, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel
from .._types import (
    ABSENT,
    Boolean,
    Code,
    Lenient,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "CardAccount",
    "CardAccountCardType",
    "CardAccountField",
    "CardAccountFilter",
    "CardAccountFilterField",
    "CardAccountIsActive",
    "CardAccountSort",
    "CardAccountStatus",
]


class CardAccountCardType(StrEnum):
    """Codes of `CardAccount.cardType`: Card network."""

    VISA = "1"
    MASTERCARD = "2"
    DISCOVER_NETWORK = "3"
    AMERICAN_EXPRESS = "4"


class CardAccountStatus(StrEnum):
    """Codes of `CardAccount.status`: Verification status (VS codes)."""

    NOT_VERIFIED = "0"
    VERIFIED = "1"
    PENDING = "2"
    BLOCKED = "3"
    EXPIRED = "4"
    INVALID = "5"


class CardAccountIsActive(StrEnum):
    """Codes of `CardAccount.isActive`: Whether the card account is active."""

    ACTIVE = "1"
    INACTIVE = "2"


class CardAccount(BillComModel):
    """A card the organization can fund payments with."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "canDisburse",
            "canFund",
            "cardBrand",
            "cardType",
            "chartOfAccountId",
            "createdTime",
            "expMonth",
            "expYear",
            "fingerprint",
            "id",
            "isActive",
            "issuingBankName",
            "last4",
            "nameOnAcct",
            "primaryAP",
            "primaryAR",
            "status",
            "updatedTime",
            "usersId",
            "vgsCardToken",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    entity: Lenient[str] = Field(default="CardAccount", alias="entity")
    """The wire name of the object's type: "CardAccount"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix cat)."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the card account was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the card account was last changed (UTC)."""
    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """User the card belongs to."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """Mapped GL account."""
    issuing_bank_name: Lenient[str] | None = Field(default=None, alias="issuingBankName")
    """Issuing bank name."""
    name_on_acct: Lenient[str] | None = Field(default=None, alias="nameOnAcct")
    """Cardholder name."""
    fingerprint: Lenient[str] | None = Field(default=None, alias="fingerprint")
    """Card fingerprint."""
    card_brand: Lenient[str] | None = Field(default=None, alias="cardBrand")
    """Card brand."""
    last4: Lenient[str] | None = Field(default=None, alias="last4")
    """Last four digits of the card number."""
    exp_year: Lenient[str] | None = Field(default=None, alias="expYear")
    """Expiry year."""
    exp_month: Lenient[str] | None = Field(default=None, alias="expMonth")
    """Expiry month."""
    vgs_card_token: Lenient[str] | None = Field(default=None, alias="vgsCardToken")
    """VGS card token."""
    card_type: Lenient[Annotated[CardAccountCardType, Code] | UnknownCode] | None = Field(
        default=None, alias="cardType"
    )
    """Card network."""
    status: Lenient[Annotated[CardAccountStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """Verification status (VS codes)."""
    can_fund: Lenient[Boolean] | None = Field(default=None, alias="canFund")
    """Whether the card can fund payments."""
    can_disburse: Lenient[Boolean] | None = Field(default=None, alias="canDisburse")
    """Whether the card can receive disbursements."""
    primary_ap: Lenient[Boolean] | None = Field(default=None, alias="primaryAP")
    """Whether this is the default pay-from card."""
    primary_ar: Lenient[Boolean] | None = Field(default=None, alias="primaryAR")
    """Whether this is the default receiving card."""
    is_active: Lenient[Annotated[CardAccountIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the card account is active."""


CardAccountField = Literal[
    "id",
    "createdTime",
    "updatedTime",
    "usersId",
    "chartOfAccountId",
    "issuingBankName",
    "nameOnAcct",
    "fingerprint",
    "cardBrand",
    "last4",
    "expYear",
    "expMonth",
    "vgsCardToken",
    "cardType",
    "status",
    "canFund",
    "canDisburse",
    "primaryAP",
    "primaryAR",
    "isActive",
]
"""A field of CardAccount that List sorts may name."""

CardAccountFilterField = Never
"""A field of CardAccount that List filters may name: the API filters on these only."""


class CardAccountFilter(TypedDict):
    """A List filter on CardAccount: the API filters CardAccount on no field."""

    field: CardAccountFilterField
    op: FilterOperator
    value: Never


class CardAccountSort(TypedDict):
    """A List sort key on CardAccount."""

    field: CardAccountField
    asc: bool
