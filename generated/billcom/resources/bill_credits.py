# Generated from spec/entities/BillCredit.yaml by codegen. Do not edit: run make generate.
"""Operations on BillCredit: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.bill_credit import (
    BillCredit,
    BillCreditFilter,
    BillCreditSort,
)

__all__ = ["AsyncBillCredits", "BillCredits"]


class BillCredits(SyncAPIResource):
    """One application of a vendor credit to a bill within a payment."""

    def read(self, id: str) -> BillCredit:
        """Read one BillCredit by id (`Crud/Read/BillCredit`)."""
        return self._client.call(ops.by_id("Read", "BillCredit", id, BillCredit))

    def list(
        self,
        *,
        filters: Sequence[BillCreditFilter] | None = None,
        sort: Sequence[BillCreditSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[BillCredit]:
        """Every BillCredit matching `filters`, fetched lazily page by page (`List/BillCredit`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "BillCredit",
            BillCredit,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncBillCredits(AsyncAPIResource):
    """One application of a vendor credit to a bill within a payment."""

    async def read(self, id: str) -> BillCredit:
        """Read one BillCredit by id (`Crud/Read/BillCredit`)."""
        return await self._client.call(ops.by_id("Read", "BillCredit", id, BillCredit))

    def list(
        self,
        *,
        filters: Sequence[BillCreditFilter] | None = None,
        sort: Sequence[BillCreditSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[BillCredit]:
        """Every BillCredit matching `filters`, fetched lazily page by page (`List/BillCredit`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "BillCredit",
            BillCredit,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
