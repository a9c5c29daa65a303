# Generated from spec/actions/Logout.yaml by codegen. Do not edit: run make generate.
"""Types of Logout: End the current session."""

from __future__ import annotations

from typing import TypedDict

from .._models import ParamsModel

__all__ = ["LogoutParams", "LogoutParamsModel"]


class LogoutParams(TypedDict, total=False):
    """Keyword arguments for Logout."""

    pass


class LogoutParamsModel(ParamsModel):
    """Validates and serializes `LogoutParams`."""
