# Generated from spec/actions/GetObjectUrl.yaml by codegen. Do not edit: run make generate.
"""Types of GetObjectUrl: Get the web-app URL of an object, to hand a signed-in user over to the web app."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["GetObjectUrlParams", "GetObjectUrlParamsModel"]


class GetObjectUrlParams(TypedDict, total=False):
    """Keyword arguments for GetObjectUrl."""

    id: Required[str]


class GetObjectUrlParamsModel(ParamsModel):
    """Validates and serializes `GetObjectUrlParams`."""

    id: str = Field(alias="id")
