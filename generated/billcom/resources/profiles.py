# Generated from spec/entities/Profile.yaml by codegen. Do not edit: run make generate.
"""Operations on Profile: create, read, update, list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.profile import (
    Profile,
    ProfileCreateParams,
    ProfileCreateParamsModel,
    ProfileFilter,
    ProfileSort,
    ProfileUpdateParams,
    ProfileUpdateParamsModel,
)

__all__ = ["AsyncProfiles", "Profiles"]


class Profiles(SyncAPIResource):
    """A user role that governs what its users may do, such as approve or pay."""

    def create(self, **params: Unpack[ProfileCreateParams]) -> Profile:
        """Create a Profile (`Crud/Create/Profile`); returns it as stored."""
        return self._client.call(ops.create("Profile", ProfileCreateParamsModel, params, Profile))

    def read(self, id: str) -> Profile:
        """Read one Profile by id (`Crud/Read/Profile`)."""
        return self._client.call(ops.by_id("Read", "Profile", id, Profile))

    def update(self, obj: Profile, /, **changes: Unpack[ProfileUpdateParams]) -> Profile:
        """Send `obj` back with `changes` applied (`Crud/Update/Profile`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("Profile", ProfileUpdateParamsModel, obj, changes, Profile)
        )

    def list(
        self,
        *,
        filters: Sequence[ProfileFilter] | None = None,
        sort: Sequence[ProfileSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Profile]:
        """Every Profile matching `filters`, fetched lazily page by page (`List/Profile`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` includes child lists.
        """
        return self._paginate(
            "Profile",
            Profile,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncProfiles(AsyncAPIResource):
    """A user role that governs what its users may do, such as approve or pay."""

    async def create(self, **params: Unpack[ProfileCreateParams]) -> Profile:
        """Create a Profile (`Crud/Create/Profile`); returns it as stored."""
        return await self._client.call(
            ops.create("Profile", ProfileCreateParamsModel, params, Profile)
        )

    async def read(self, id: str) -> Profile:
        """Read one Profile by id (`Crud/Read/Profile`)."""
        return await self._client.call(ops.by_id("Read", "Profile", id, Profile))

    async def update(self, obj: Profile, /, **changes: Unpack[ProfileUpdateParams]) -> Profile:
        """Send `obj` back with `changes` applied (`Crud/Update/Profile`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("Profile", ProfileUpdateParamsModel, obj, changes, Profile)
        )

    def list(
        self,
        *,
        filters: Sequence[ProfileFilter] | None = None,
        sort: Sequence[ProfileSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Profile]:
        """Every Profile matching `filters`, fetched lazily page by page (`List/Profile`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` includes child lists.
        """
        return self._paginate(
            "Profile",
            Profile,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
