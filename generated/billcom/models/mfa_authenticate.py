# Generated from spec/actions/MFAAuthenticate.yaml by codegen. Do not edit: run make generate.
"""Types of MFAAuthenticate: Complete MFA with the texted token, making the current session MFA-trusted."""

from __future__ import annotations

from typing import ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    Lenient,
)

__all__ = ["MFAAuthenticateParams", "MFAAuthenticateParamsModel", "MFAAuthenticateResponse"]


class MFAAuthenticateParams(TypedDict, total=False):
    """Keyword arguments for MFAAuthenticate."""

    challenge_id: Required[str]
    token: Required[str]
    device_id: Required[str]
    machine_name: NotRequired[str | None]
    remember_me: Required[bool]


class MFAAuthenticateParamsModel(ParamsModel):
    """Validates and serializes `MFAAuthenticateParams`."""

    challenge_id: str = Field(alias="challengeId")
    token: str = Field(alias="token")
    device_id: str = Field(alias="deviceId")
    machine_name: str | None = Field(default=None, alias="machineName")
    remember_me: Boolean = Field(alias="rememberMe")


class MFAAuthenticateResponse(BillComModel):
    """What MFAAuthenticate answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    mfa_id: Lenient[str] | None = Field(default=None, alias="mfaId")
    """Remembered MFA id (30 days); returned only with rememberMe true."""
    machine_name: Lenient[str] | None = Field(default=None, alias="machineName")
    """The machineName sent in the request, echoed back."""
