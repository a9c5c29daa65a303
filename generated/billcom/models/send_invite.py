# Generated from spec/actions/SendInvite.yaml by codegen. Do not edit: run make generate.
"""Types of SendInvite: Invite a customer or vendor organization already on the BILL network to connect."""

from __future__ import annotations

from typing import ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Lenient,
)

__all__ = ["SendInviteParams", "SendInviteParamsModel", "SendInviteResponse"]


class SendInviteParams(TypedDict, total=False):
    """Keyword arguments for SendInvite."""

    network_id: Required[str]
    id: Required[str]


class SendInviteParamsModel(ParamsModel):
    """Validates and serializes `SendInviteParams`."""

    network_id: str = Field(alias="networkId")
    id: str = Field(alias="id")


class SendInviteResponse(BillComModel):
    """What SendInvite answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    request_id: Lenient[str] | None = Field(default=None, alias="requestId")
    """Invitation request id; CancelInvite takes it."""
