# Generated from spec/actions/SetCustomerAuthorization.yaml by codegen. Do not edit: run make generate.
"""Types of SetCustomerAuthorization: Record whether a customer has authorized BILL to debit their bank account."""

from __future__ import annotations

from typing import NotRequired, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import Boolean

__all__ = ["SetCustomerAuthorizationParams", "SetCustomerAuthorizationParamsModel"]


class SetCustomerAuthorizationParams(TypedDict, total=False):
    """Keyword arguments for SetCustomerAuthorization."""

    customer_id: NotRequired[str | None]
    has_authorized_to_charge: NotRequired[bool | None]


class SetCustomerAuthorizationParamsModel(ParamsModel):
    """Validates and serializes `SetCustomerAuthorizationParams`."""

    customer_id: str | None = Field(default=None, alias="customerId")
    has_authorized_to_charge: Boolean | None = Field(default=None, alias="hasAuthorizedToCharge")
