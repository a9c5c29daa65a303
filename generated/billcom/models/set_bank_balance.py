# Generated from spec/actions/SetBankBalance.yaml by codegen. Do not edit: run make generate.
"""Types of SetBankBalance: Set the balance of the organization's default bank account."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import NotRequired, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import Date, Number

__all__ = [
    "SetBankBalanceBankBalancesItemParams",
    "SetBankBalanceBankBalancesItemParamsModel",
    "SetBankBalanceParams",
    "SetBankBalanceParamsModel",
]


class SetBankBalanceBankBalancesItemParams(TypedDict, total=False):
    """Keyword arguments for SetBankBalanceBankBalancesItem."""

    chart_of_account_id: NotRequired[str | None]
    chart_of_account_balance: NotRequired[Decimal | float | None]


class SetBankBalanceBankBalancesItemParamsModel(ParamsModel):
    """Validates and serializes `SetBankBalanceBankBalancesItemParams`."""

    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    chart_of_account_balance: Number | None = Field(default=None, alias="chartOfAccountBalance")


class SetBankBalanceParams(TypedDict, total=False):
    """Keyword arguments for SetBankBalance."""

    bank_balance: Required[Decimal | float]
    bank_balance_date: Required[dt.date]
    bank_balances: NotRequired[list[SetBankBalanceBankBalancesItemParams] | None]


class SetBankBalanceParamsModel(ParamsModel):
    """Validates and serializes `SetBankBalanceParams`."""

    bank_balance: Number = Field(alias="bankBalance")
    bank_balance_date: Date = Field(alias="bankBalanceDate")
    bank_balances: list[SetBankBalanceBankBalancesItemParamsModel] | None = Field(
        default=None, alias="bankBalances"
    )
