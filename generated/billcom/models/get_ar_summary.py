# Generated from spec/actions/GetARSummary.yaml by codegen. Do not edit: run make generate.
"""Types of GetARSummary: Return an overview of receivables."""

from __future__ import annotations

from typing import TypedDict

from .._models import ParamsModel

__all__ = ["GetARSummaryParams", "GetARSummaryParamsModel"]


class GetARSummaryParams(TypedDict, total=False):
    """Keyword arguments for GetARSummary."""

    pass


class GetARSummaryParamsModel(ParamsModel):
    """Validates and serializes `GetARSummaryParams`."""
