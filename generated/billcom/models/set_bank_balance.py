# Generated from spec/actions/SetBankBalance.yaml by codegen. Do not edit: run make generate.
"""Types of SetBankBalance: Set the balance of the organization's default bank account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import NotRequired, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    DateInput,
    NumberInput,
)

__all__ = [
    "SetBankBalanceBankBalancesItemParams",
    "SetBankBalanceBankBalancesItemParamsModel",
    "SetBankBalanceParams",
    "SetBankBalanceParamsModel",
]


class SetBankBalanceBankBalancesItemParams(TypedDict, total=False):
    """Keyword arguments for SetBankBalanceBankBalancesItem."""

    chart_of_account_id: NotRequired[str | None]
    chart_of_account_balance: NotRequired[Decimal | int | str | None]


class SetBankBalanceBankBalancesItemParamsModel(ParamsModel):
    """Validates and serializes `SetBankBalanceBankBalancesItemParams`."""

    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    chart_of_account_balance: NumberInput | None = Field(
        default=None, alias="chartOfAccountBalance"
    )


class SetBankBalanceParams(TypedDict, total=False):
    """Keyword arguments for SetBankBalance."""

    bank_balance: Required[Decimal | int | str]
    bank_balance_date: Required[dt.date | str]
    bank_balances: NotRequired[Sequence[SetBankBalanceBankBalancesItemParams] | None]


class SetBankBalanceParamsModel(ParamsModel):
    """Validates and serializes `SetBankBalanceParams`."""

    bank_balance: NumberInput = Field(alias="bankBalance")
    bank_balance_date: DateInput = Field(alias="bankBalanceDate")
    bank_balances: list[SetBankBalanceBankBalancesItemParamsModel] | None = Field(
        default=None, alias="bankBalances"
    )
