# Generated from spec/actions/SetCustomerAuthorization.yaml by codegen. Do not edit: run make generate.
"""Types of SetCustomerAuthorization: Record whether a customer has authorized the organization to debit their bank account."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    Boolean,
)

__all__ = ["SetCustomerAuthorizationParams", "SetCustomerAuthorizationParamsModel"]


class SetCustomerAuthorizationParams(TypedDict, total=False):
    """Keyword arguments for SetCustomerAuthorization."""

    customer_id: Required[str]
    has_authorized_to_charge: Required[bool]


class SetCustomerAuthorizationParamsModel(ParamsModel):
    """Validates and serializes `SetCustomerAuthorizationParams`."""

    customer_id: str = Field(alias="customerId")
    has_authorized_to_charge: Boolean = Field(alias="hasAuthorizedToCharge")
