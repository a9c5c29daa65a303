# Generated from spec/actions/SendMessage.yaml by codegen. Do not edit: run make generate.
"""Types of SendMessage: Add a note to a BILL object such as a bill or invoice."""

from __future__ import annotations

from typing import ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    Lenient,
)

__all__ = [
    "SendMessageParams",
    "SendMessageParamsModel",
    "SendMessageResponse",
    "SendMessageResponseFrom",
]


class SendMessageParams(TypedDict, total=False):
    """Keyword arguments for SendMessage."""

    object_id: Required[str]
    message: Required[str]
    is_public: NotRequired[bool | None]


class SendMessageParamsModel(ParamsModel):
    """Validates and serializes `SendMessageParams`."""

    object_id: str = Field(alias="objectId")
    message: str = Field(alias="message")
    is_public: Boolean | None = Field(default=None, alias="isPublic")


class SendMessageResponseFrom(BillComModel):
    """Who added the note."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    users_org_name: Lenient[str] | None = Field(default=None, alias="usersOrgName")
    """Organization of the author."""
    users_first_name: Lenient[str] | None = Field(default=None, alias="usersFirstName")
    """Author's first name."""
    users_last_name: Lenient[str] | None = Field(default=None, alias="usersLastName")
    """Author's last name."""


class SendMessageResponse(BillComModel):
    """What SendMessage answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "from": SendMessageResponseFrom,
    }

    id: Lenient[str] | None = Field(default=None, alias="id")
    """Note id (prefix act)."""
    object_id: Lenient[str] | None = Field(default=None, alias="objectId")
    """Id of the object the note belongs to."""
    message: Lenient[str] | None = Field(default=None, alias="message")
    """Text of the note."""
    is_public: Lenient[Boolean] | None = Field(default=None, alias="isPublic")
    """Whether network customers and vendors can see the note."""
    created_date: Lenient[str] | None = Field(default=None, alias="createdDate")
    """When the note was added."""
    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """User who added the note."""
    from_: Lenient[SendMessageResponseFrom] | None = Field(default=None, alias="from")
    """Who added the note."""
