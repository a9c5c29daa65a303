# Generated from spec/entities/User.yaml by codegen. Do not edit: run make generate.
"""Operations on User: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.user import (
    User,
    UserCreateParams,
    UserCreateParamsModel,
    UserFilter,
    UserSort,
    UserUpdateParams,
    UserUpdateParamsModel,
)

__all__ = ["AsyncUsers", "Users"]


class Users(SyncAPIResource):
    """A person who can sign in to the organization, with a role profile."""

    def create(self, *, username: str, **params: Unpack[UserCreateParams]) -> User:
        """Create a User (`Crud/Create/User`); returns it as stored."""
        return self._client.call(
            ops.create(
                "User",
                UserCreateParamsModel,
                params,
                User,
                options={
                    "username": username,
                },
            )
        )

    def read(self, id: str) -> User:
        """Read one User by id (`Crud/Read/User`)."""
        return self._client.call(ops.by_id("Read", "User", id, User))

    def update(
        self, obj: User, /, *, username: str | None = None, **changes: Unpack[UserUpdateParams]
    ) -> User:
        """Send `obj` back with `changes` applied (`Crud/Update/User`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update(
                "User",
                UserUpdateParamsModel,
                obj,
                changes,
                User,
                options={
                    "username": username,
                },
            )
        )

    def delete(self, id: str) -> User:
        """Deactivate a User (`Crud/Delete/User`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "User", id, User))

    def undelete(self, id: str) -> User:
        """Reactivate a deleted User (`Crud/Undelete/User`)."""
        return self._client.call(ops.by_id("Undelete", "User", id, User))

    def list(
        self,
        *,
        filters: Sequence[UserFilter] | None = None,
        sort: Sequence[UserSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[User]:
        """Every User matching `filters`, fetched lazily page by page (`List/User`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "User",
            User,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self,
        items: Sequence[UserCreateParams],
        *,
        username: str,
    ) -> builtins.list[User | APIError]:
        """Create many (`Bulk/Crud/Create/User`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create(
                "User",
                UserCreateParamsModel,
                items,
                User,
                options={
                    "username": username,
                },
            )
        )

    def bulk_update(
        self,
        objs: Sequence[User],
        *,
        username: str | None = None,
    ) -> builtins.list[User | APIError]:
        """Send many objects back (`Bulk/Crud/Update/User`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update(
                "User",
                UserUpdateParamsModel,
                objs,
                User,
                options={
                    "username": username,
                },
            )
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[User | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/User`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "User", ids, User))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[User | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/User`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "User", ids, User))


class AsyncUsers(AsyncAPIResource):
    """A person who can sign in to the organization, with a role profile."""

    async def create(self, *, username: str, **params: Unpack[UserCreateParams]) -> User:
        """Create a User (`Crud/Create/User`); returns it as stored."""
        return await self._client.call(
            ops.create(
                "User",
                UserCreateParamsModel,
                params,
                User,
                options={
                    "username": username,
                },
            )
        )

    async def read(self, id: str) -> User:
        """Read one User by id (`Crud/Read/User`)."""
        return await self._client.call(ops.by_id("Read", "User", id, User))

    async def update(
        self, obj: User, /, *, username: str | None = None, **changes: Unpack[UserUpdateParams]
    ) -> User:
        """Send `obj` back with `changes` applied (`Crud/Update/User`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update(
                "User",
                UserUpdateParamsModel,
                obj,
                changes,
                User,
                options={
                    "username": username,
                },
            )
        )

    async def delete(self, id: str) -> User:
        """Deactivate a User (`Crud/Delete/User`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "User", id, User))

    async def undelete(self, id: str) -> User:
        """Reactivate a deleted User (`Crud/Undelete/User`)."""
        return await self._client.call(ops.by_id("Undelete", "User", id, User))

    def list(
        self,
        *,
        filters: Sequence[UserFilter] | None = None,
        sort: Sequence[UserSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[User]:
        """Every User matching `filters`, fetched lazily page by page (`List/User`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "User",
            User,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self,
        items: Sequence[UserCreateParams],
        *,
        username: str,
    ) -> builtins.list[User | APIError]:
        """Create many (`Bulk/Crud/Create/User`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create(
                "User",
                UserCreateParamsModel,
                items,
                User,
                options={
                    "username": username,
                },
            )
        )

    async def bulk_update(
        self,
        objs: Sequence[User],
        *,
        username: str | None = None,
    ) -> builtins.list[User | APIError]:
        """Send many objects back (`Bulk/Crud/Update/User`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update(
                "User",
                UserUpdateParamsModel,
                objs,
                User,
                options={
                    "username": username,
                },
            )
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[User | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/User`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "User", ids, User))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[User | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/User`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "User", ids, User))
