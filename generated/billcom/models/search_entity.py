# Generated from spec/actions/SearchEntity.yaml by codegen. Do not edit: run make generate.
"""Types of SearchEntity: Find a vendor or customer on the BILL network."""

from __future__ import annotations

from typing import TypedDict

from .._models import ParamsModel

__all__ = ["SearchEntityParams", "SearchEntityParamsModel"]


class SearchEntityParams(TypedDict, total=False):
    """Keyword arguments for SearchEntity."""

    pass


class SearchEntityParamsModel(ParamsModel):
    """Validates and serializes `SearchEntityParams`."""
