# Generated from spec/actions/VoidARPayment.yaml by codegen. Do not edit: run make generate.
"""Types of VoidARPayment: Void a recorded customer payment."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["VoidARPaymentParams", "VoidARPaymentParamsModel"]


class VoidARPaymentParams(TypedDict, total=False):
    """Keyword arguments for VoidARPayment."""

    id: Required[str]


class VoidARPaymentParamsModel(ParamsModel):
    """Validates and serializes `VoidARPaymentParams`."""

    id: str = Field(alias="id")
