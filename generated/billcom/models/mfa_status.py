# Generated from spec/actions/MFAStatus.yaml by codegen. Do not edit: run make generate.
"""Types of MFAStatus: Check whether a stored mfaId is still trusted."""

from __future__ import annotations

from typing import NotRequired, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["MFAStatusParams", "MFAStatusParamsModel"]


class MFAStatusParams(TypedDict, total=False):
    """Keyword arguments for MFAStatus."""

    mfa_id: NotRequired[str | None]
    device_id: NotRequired[str | None]


class MFAStatusParamsModel(ParamsModel):
    """Validates and serializes `MFAStatusParams`."""

    mfa_id: str | None = Field(default=None, alias="mfaId")
    device_id: str | None = Field(default=None, alias="deviceId")
