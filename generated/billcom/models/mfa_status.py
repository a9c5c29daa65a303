# Generated from spec/actions/MFAStatus.yaml by codegen. Do not edit: run make generate.
"""Types of MFAStatus: Check whether a stored mfaId is still trusted."""

from __future__ import annotations

from typing import ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    Lenient,
)

__all__ = ["MFAStatusParams", "MFAStatusParamsModel", "MFAStatusResponse"]


class MFAStatusParams(TypedDict, total=False):
    """Keyword arguments for MFAStatus."""

    mfa_id: Required[str]
    device_id: Required[str]


class MFAStatusParamsModel(ParamsModel):
    """Validates and serializes `MFAStatusParams`."""

    mfa_id: str = Field(alias="mfaId")
    device_id: str = Field(alias="deviceId")


class MFAStatusResponse(BillComModel):
    """What MFAStatus answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    is_trusted: Lenient[Boolean] | None = Field(default=None, alias="isTrusted")
    """false = the mfaId is no longer trusted; run MFAChallenge and MFAAuthenticate again."""
