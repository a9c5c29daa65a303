# Generated from spec/entities/Organization.yaml by codegen. Do not edit: run make generate.
"""Operations on Organization: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.organization import (
    Organization,
    OrganizationFilter,
    OrganizationSort,
)

__all__ = ["AsyncOrganizations", "Organizations"]


class Organizations(SyncAPIResource):
    """A company using BILL, the legal entity that users and bank accounts belong to."""

    def read(self, id: str) -> Organization:
        """Read one Organization by id (`Crud/Read/Organization`)."""
        return self._client.call(ops.by_id("Read", "Organization", id, Organization))

    def list(
        self,
        *,
        filters: Sequence[OrganizationFilter] | None = None,
        sort: Sequence[OrganizationSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Organization]:
        """Every Organization matching `filters`, fetched lazily page by page (`List/Organization`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` includes child lists.
        """
        return self._paginate(
            "Organization",
            Organization,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncOrganizations(AsyncAPIResource):
    """A company using BILL, the legal entity that users and bank accounts belong to."""

    async def read(self, id: str) -> Organization:
        """Read one Organization by id (`Crud/Read/Organization`)."""
        return await self._client.call(ops.by_id("Read", "Organization", id, Organization))

    def list(
        self,
        *,
        filters: Sequence[OrganizationFilter] | None = None,
        sort: Sequence[OrganizationSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Organization]:
        """Every Organization matching `filters`, fetched lazily page by page (`List/Organization`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` includes child lists.
        """
        return self._paginate(
            "Organization",
            Organization,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
