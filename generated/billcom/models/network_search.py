# Generated from spec/actions/NetworkSearch.yaml by codegen. Do not edit: run make generate.
"""Types of NetworkSearch: Search the BILL network."""

from __future__ import annotations

from typing import TypedDict

from .._models import ParamsModel

__all__ = ["NetworkSearchParams", "NetworkSearchParamsModel"]


class NetworkSearchParams(TypedDict, total=False):
    """Keyword arguments for NetworkSearch."""

    pass


class NetworkSearchParamsModel(ParamsModel):
    """Validates and serializes `NetworkSearchParams`."""
