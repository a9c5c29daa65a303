# Generated from spec/entities/ReceivedPay.yaml by codegen. Do not edit: run make generate.
"""Operations on ReceivedPay: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.received_pay import (
    ReceivedPay,
    ReceivedPayFilter,
    ReceivedPaySort,
)

__all__ = ["AsyncReceivedPays", "ReceivedPays"]


class ReceivedPays(SyncAPIResource):
    """A payment received from a customer, recorded offline or charged online through BILL."""

    def read(self, id: str) -> ReceivedPay:
        """Read one ReceivedPay by id (`Crud/Read/ReceivedPay`)."""
        return self._client.call(ops.by_id("Read", "ReceivedPay", id, ReceivedPay))

    def list(
        self,
        *,
        filters: Sequence[ReceivedPayFilter] | None = None,
        sort: Sequence[ReceivedPaySort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[ReceivedPay]:
        """Every ReceivedPay matching `filters`, fetched lazily page by page (`List/ReceivedPay`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "ReceivedPay",
            ReceivedPay,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncReceivedPays(AsyncAPIResource):
    """A payment received from a customer, recorded offline or charged online through BILL."""

    async def read(self, id: str) -> ReceivedPay:
        """Read one ReceivedPay by id (`Crud/Read/ReceivedPay`)."""
        return await self._client.call(ops.by_id("Read", "ReceivedPay", id, ReceivedPay))

    def list(
        self,
        *,
        filters: Sequence[ReceivedPayFilter] | None = None,
        sort: Sequence[ReceivedPaySort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[ReceivedPay]:
        """Every ReceivedPay matching `filters`, fetched lazily page by page (`List/ReceivedPay`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "ReceivedPay",
            ReceivedPay,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
