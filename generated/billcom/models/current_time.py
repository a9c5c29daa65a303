# Generated from spec/actions/CurrentTime.yaml by codegen. Do not edit: run make generate.
"""Types of CurrentTime: Return BILL's current server time in UTC."""

from __future__ import annotations

from typing import ClassVar, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Lenient,
)

__all__ = ["CurrentTimeParams", "CurrentTimeParamsModel", "CurrentTimeResponse"]


class CurrentTimeParams(TypedDict, total=False):
    """Keyword arguments for CurrentTime."""

    pass


class CurrentTimeParamsModel(ParamsModel):
    """Validates and serializes `CurrentTimeParams`."""


class CurrentTimeResponse(BillComModel):
    """What CurrentTime answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    current_time: Lenient[str] | None = Field(default=None, alias="currentTime")
    """Server's current time, UTC."""
