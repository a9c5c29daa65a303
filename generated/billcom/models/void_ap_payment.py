# Generated from spec/actions/VoidAPPayment.yaml by codegen. Do not edit: run make generate.
"""Types of VoidAPPayment: Void a payment (void and credit, void and reissue, or void only)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    CodeInput,
)

__all__ = ["VoidAPPaymentParams", "VoidAPPaymentParamsModel", "VoidAPPaymentVoidRequestType"]


class VoidAPPaymentVoidRequestType(StrEnum):
    """Codes of `VoidAPPayment.voidRequestType`: How to void; required for online payments."""

    VOID_AND_CREDIT = "0"
    """Refund to the paying account after initial funding completes"""
    VOID_AND_REISSUE = "1"
    """New check on the next valid process date, same SentPay"""
    VOID_ONLY = "2"
    VOID_AND_REISSUE_VCARD = "3"


class VoidAPPaymentParams(TypedDict, total=False):
    """Keyword arguments for VoidAPPayment."""

    sent_pay_id: Required[str]
    void_request_type: NotRequired[VoidAPPaymentVoidRequestType | str | None]
    reason: NotRequired[str | None]


class VoidAPPaymentParamsModel(ParamsModel):
    """Validates and serializes `VoidAPPaymentParams`."""

    sent_pay_id: str = Field(alias="sentPayId")
    void_request_type: Annotated[VoidAPPaymentVoidRequestType | str, CodeInput] | None = Field(
        default=None, alias="voidRequestType"
    )
    reason: str | None = Field(default=None, alias="reason")
