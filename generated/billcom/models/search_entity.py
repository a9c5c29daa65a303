# Generated from spec/actions/SearchEntity.yaml by codegen. Do not edit: run make generate.
"""Types of SearchEntity: Search objects (currently only vendors) by keyword."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["SearchEntityParams", "SearchEntityParamsModel"]


class SearchEntityParams(TypedDict, total=False):
    """Keyword arguments for SearchEntity."""

    term: Required[str]
    entity: Required[str]


class SearchEntityParamsModel(ParamsModel):
    """Validates and serializes `SearchEntityParams`."""

    term: str = Field(alias="term")
    entity: str = Field(alias="entity")
