# Generated from spec/actions/SendInvite.yaml by codegen. Do not edit: run make generate.
"""Types of SendInvite: Send a BILL network invitation."""

from __future__ import annotations

from typing import TypedDict

from .._models import ParamsModel

__all__ = ["SendInviteParams", "SendInviteParamsModel"]


class SendInviteParams(TypedDict, total=False):
    """Keyword arguments for SendInvite."""

    pass


class SendInviteParamsModel(ParamsModel):
    """Validates and serializes `SendInviteParams`."""
