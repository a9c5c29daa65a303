# Generated from spec/actions/ListOrgs.yaml by codegen. Do not edit: run make generate.
"""Types of ListOrgs: List the organizations a login can reach."""

from __future__ import annotations

from typing import ClassVar, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Lenient,
)

__all__ = ["ListOrgsParams", "ListOrgsParamsModel", "ListOrgsResponseItem"]


class ListOrgsParams(TypedDict, total=False):
    """Keyword arguments for ListOrgs."""

    pass


class ListOrgsParamsModel(ParamsModel):
    """Validates and serializes `ListOrgsParams`."""


class ListOrgsResponseItem(BillComModel):
    """What ListOrgs answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    org_id: Lenient[str] | None = Field(default=None, alias="orgId")
    """Organization id (prefix 008)."""
    org_name: Lenient[str] | None = Field(default=None, alias="orgName")
    """Organization name."""
