# Generated from spec/actions/Login.yaml by codegen. Do not edit: run make generate.
"""Types of Login: Sign in to an organization and open a session."""

from __future__ import annotations

from typing import ClassVar, NotRequired, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Lenient,
)

__all__ = ["LoginParams", "LoginParamsModel", "LoginResponse"]


class LoginParams(TypedDict, total=False):
    """Keyword arguments for Login."""

    mfa_id: NotRequired[str | None]
    device_id: NotRequired[str | None]


class LoginParamsModel(ParamsModel):
    """Validates and serializes `LoginParams`."""

    mfa_id: str | None = Field(default=None, alias="mfaId")
    device_id: str | None = Field(default=None, alias="deviceId")


class LoginResponse(BillComModel):
    """What Login answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    session_id: Lenient[str] | None = Field(default=None, alias="sessionId")
    """Opaque session id for later calls."""
    org_id: Lenient[str] | None = Field(default=None, alias="orgId")
    """Organization of the session."""
    api_end_point: Lenient[str] | None = Field(default=None, alias="apiEndPoint")
    """API base URL to send all later calls to."""
    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """Id of the signed-in User."""
