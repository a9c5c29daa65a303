# Generated from spec/actions/LargeBillerSearch.yaml by codegen. Do not edit: run make generate.
"""Types of LargeBillerSearch: Search the large billers (RPPS verified national vendors)."""

from __future__ import annotations

from typing import TypedDict

from .._models import ParamsModel

__all__ = ["LargeBillerSearchParams", "LargeBillerSearchParamsModel"]


class LargeBillerSearchParams(TypedDict, total=False):
    """Keyword arguments for LargeBillerSearch."""

    pass


class LargeBillerSearchParamsModel(ParamsModel):
    """Validates and serializes `LargeBillerSearchParams`."""
