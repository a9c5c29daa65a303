# Generated from spec/actions/CancelInvite.yaml by codegen. Do not edit: run make generate.
"""Types of CancelInvite: Cancel a pending BILL network invitation."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["CancelInviteParams", "CancelInviteParamsModel"]


class CancelInviteParams(TypedDict, total=False):
    """Keyword arguments for CancelInvite."""

    id: Required[str]


class CancelInviteParamsModel(ParamsModel):
    """Validates and serializes `CancelInviteParams`."""

    id: str = Field(alias="id")
