# Generated from spec/entities/Profile.yaml by codegen. Do not edit: run make generate.
"""Operations on Profile: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.profile import (
    Profile,
    ProfileFilter,
    ProfileSort,
)

__all__ = ["AsyncProfiles", "Profiles"]


class Profiles(SyncAPIResource):
    """A user role that governs what its users may do, such as approve or pay."""

    def read(self, id: str) -> Profile:
        """Read one Profile by id (`Crud/Read/Profile`)."""
        return self._client.call(ops.by_id("Read", "Profile", id, Profile))

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
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
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

    async def read(self, id: str) -> Profile:
        """Read one Profile by id (`Crud/Read/Profile`)."""
        return await self._client.call(ops.by_id("Read", "Profile", id, Profile))

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
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
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
