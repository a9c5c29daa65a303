# Generated from spec/actions/GetBankBalance.yaml by codegen. Do not edit: run make generate.
"""Types of GetBankBalance: Return the balance of the organization's default bank account."""

from __future__ import annotations

from typing import ClassVar, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Date,
    Lenient,
    Number,
)

__all__ = ["GetBankBalanceParams", "GetBankBalanceParamsModel", "GetBankBalanceResponse"]


class GetBankBalanceParams(TypedDict, total=False):
    """Keyword arguments for GetBankBalance."""

    pass


class GetBankBalanceParamsModel(ParamsModel):
    """Validates and serializes `GetBankBalanceParams`."""


class GetBankBalanceResponse(BillComModel):
    """What GetBankBalance answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    bank_balance: Lenient[Number] | None = Field(default=None, alias="bankBalance")
    """Balance of the default bank account."""
    bank_balance_date: Lenient[Date] | None = Field(default=None, alias="bankBalanceDate")
    """Date the balance applies to."""
