# Generated from spec/actions/CancelAPPayment.yaml by codegen. Do not edit: run make generate.
"""Types of CancelAPPayment: Cancel a scheduled PayBills payment before BILL's cut-off."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["CancelAPPaymentParams", "CancelAPPaymentParamsModel"]


class CancelAPPaymentParams(TypedDict, total=False):
    """Keyword arguments for CancelAPPayment."""

    sent_pay_id: Required[str]


class CancelAPPaymentParamsModel(ParamsModel):
    """Validates and serializes `CancelAPPaymentParams`."""

    sent_pay_id: str = Field(alias="sentPayId")
