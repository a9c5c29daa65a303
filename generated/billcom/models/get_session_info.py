# Generated from spec/actions/GetSessionInfo.yaml by codegen. Do not edit: run make generate.
"""Types of GetSessionInfo: Return the organization and user of the current session."""

from __future__ import annotations

from typing import ClassVar, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Lenient,
)

__all__ = ["GetSessionInfoParams", "GetSessionInfoParamsModel", "GetSessionInfoResponse"]


class GetSessionInfoParams(TypedDict, total=False):
    """Keyword arguments for GetSessionInfo."""

    pass


class GetSessionInfoParamsModel(ParamsModel):
    """Validates and serializes `GetSessionInfoParams`."""


class GetSessionInfoResponse(BillComModel):
    """What GetSessionInfo answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    organization_id: Lenient[str] | None = Field(default=None, alias="organizationId")
    """Organization the session is signed in to."""
    user_id: Lenient[str] | None = Field(default=None, alias="userId")
    """User the session is signed in as."""
