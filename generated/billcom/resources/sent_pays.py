# Generated from spec/entities/SentPay.yaml by codegen. Do not edit: run make generate.
"""Operations on SentPay: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.sent_pay import (
    SentPay,
    SentPayFilter,
    SentPaySort,
)

__all__ = ["AsyncSentPays", "SentPays"]


class SentPays(SyncAPIResource):
    """One outgoing vendor payment, online or recorded offline."""

    def read(self, id: str) -> SentPay:
        """Read one SentPay by id (`Crud/Read/SentPay`)."""
        return self._client.call(ops.by_id("Read", "SentPay", id, SentPay))

    def list(
        self,
        *,
        filters: Sequence[SentPayFilter] | None = None,
        sort: Sequence[SentPaySort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[SentPay]:
        """Every SentPay matching `filters`, fetched lazily page by page (`List/SentPay`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "SentPay",
            SentPay,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncSentPays(AsyncAPIResource):
    """One outgoing vendor payment, online or recorded offline."""

    async def read(self, id: str) -> SentPay:
        """Read one SentPay by id (`Crud/Read/SentPay`)."""
        return await self._client.call(ops.by_id("Read", "SentPay", id, SentPay))

    def list(
        self,
        *,
        filters: Sequence[SentPayFilter] | None = None,
        sort: Sequence[SentPaySort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[SentPay]:
        """Every SentPay matching `filters`, fetched lazily page by page (`List/SentPay`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "SentPay",
            SentPay,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
