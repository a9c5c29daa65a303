# Generated from spec/actions/Errors.yaml by codegen. Do not edit: run make generate.
"""Types of Errors: Return BILL's whole error-code catalogue."""

from __future__ import annotations

from typing import TypedDict

from .._models import ParamsModel

__all__ = ["ErrorsParams", "ErrorsParamsModel"]


class ErrorsParams(TypedDict, total=False):
    """Keyword arguments for Errors."""

    pass


class ErrorsParamsModel(ParamsModel):
    """Validates and serializes `ErrorsParams`."""
