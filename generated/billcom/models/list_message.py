# Generated from spec/actions/ListMessage.yaml by codegen. Do not edit: run make generate.
"""Types of ListMessage: List the notes added to a BILL object such as a bill or invoice."""

from __future__ import annotations

from typing import ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    Integer,
    Lenient,
)

__all__ = [
    "ListMessageParams",
    "ListMessageParamsModel",
    "ListMessageResponseItem",
    "ListMessageResponseItemFrom",
]


class ListMessageParams(TypedDict, total=False):
    """Keyword arguments for ListMessage."""

    object_id: Required[str]
    start: Required[int]
    max: Required[int]


class ListMessageParamsModel(ParamsModel):
    """Validates and serializes `ListMessageParams`."""

    object_id: str = Field(alias="objectId")
    start: Integer = Field(alias="start")
    max: Integer = Field(alias="max")


class ListMessageResponseItemFrom(BillComModel):
    """Who added the note."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    users_org_name: Lenient[str] | None = Field(default=None, alias="usersOrgName")
    """Organization of the author."""
    users_first_name: Lenient[str] | None = Field(default=None, alias="usersFirstName")
    """Author's first name."""
    users_last_name: Lenient[str] | None = Field(default=None, alias="usersLastName")
    """Author's last name."""


class ListMessageResponseItem(BillComModel):
    """What ListMessage answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "from": ListMessageResponseItemFrom,
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
    from_: Lenient[ListMessageResponseItemFrom] | None = Field(default=None, alias="from")
    """Who added the note."""
