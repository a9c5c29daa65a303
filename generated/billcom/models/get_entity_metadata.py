# Generated from spec/actions/GetEntityMetadata.yaml by codegen. Do not edit: run make generate.
"""Types of GetEntityMetadata: Return entity schemas, including enum code-to-label maps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["GetEntityMetadataParams", "GetEntityMetadataParamsModel"]


class GetEntityMetadataParams(TypedDict, total=False):
    """Keyword arguments for GetEntityMetadata."""

    entity: Required[Sequence[str]]


class GetEntityMetadataParamsModel(ParamsModel):
    """Validates and serializes `GetEntityMetadataParams`."""

    entity: list[str] = Field(alias="entity")
