# Generated from spec/entities/BillPay.yaml by codegen. Do not edit: run make generate.
"""Operations on BillPay: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.bill_pay import (
    BillPay,
    BillPayFilter,
    BillPaySort,
)

__all__ = ["AsyncBillPays", "BillPays"]


class BillPays(SyncAPIResource):
    """The portion of a sent payment applied to one bill."""

    def read(self, id: str) -> BillPay:
        """Read one BillPay by id (`Crud/Read/BillPay`)."""
        return self._client.call(ops.by_id("Read", "BillPay", id, BillPay))

    def list(
        self,
        *,
        filters: Sequence[BillPayFilter] | None = None,
        sort: Sequence[BillPaySort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[BillPay]:
        """Every BillPay matching `filters`, fetched lazily page by page (`List/BillPay`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "BillPay",
            BillPay,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncBillPays(AsyncAPIResource):
    """The portion of a sent payment applied to one bill."""

    async def read(self, id: str) -> BillPay:
        """Read one BillPay by id (`Crud/Read/BillPay`)."""
        return await self._client.call(ops.by_id("Read", "BillPay", id, BillPay))

    def list(
        self,
        *,
        filters: Sequence[BillPayFilter] | None = None,
        sort: Sequence[BillPaySort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[BillPay]:
        """Every BillPay matching `filters`, fetched lazily page by page (`List/BillPay`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "BillPay",
            BillPay,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
