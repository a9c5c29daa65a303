# Generated from spec/entities/InvoiceCredit.yaml by codegen. Do not edit: run make generate.
"""Operations on InvoiceCredit: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.invoice_credit import (
    InvoiceCredit,
    InvoiceCreditFilter,
    InvoiceCreditSort,
)

__all__ = ["AsyncInvoiceCredits", "InvoiceCredits"]


class InvoiceCredits(SyncAPIResource):
    """The application of a credit memo to one invoice."""

    def read(self, id: str) -> InvoiceCredit:
        """Read one InvoiceCredit by id (`Crud/Read/InvoiceCredit`)."""
        return self._client.call(ops.by_id("Read", "InvoiceCredit", id, InvoiceCredit))

    def list(
        self,
        *,
        filters: Sequence[InvoiceCreditFilter] | None = None,
        sort: Sequence[InvoiceCreditSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[InvoiceCredit]:
        """Every InvoiceCredit matching `filters`, fetched lazily page by page (`List/InvoiceCredit`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "InvoiceCredit",
            InvoiceCredit,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncInvoiceCredits(AsyncAPIResource):
    """The application of a credit memo to one invoice."""

    async def read(self, id: str) -> InvoiceCredit:
        """Read one InvoiceCredit by id (`Crud/Read/InvoiceCredit`)."""
        return await self._client.call(ops.by_id("Read", "InvoiceCredit", id, InvoiceCredit))

    def list(
        self,
        *,
        filters: Sequence[InvoiceCreditFilter] | None = None,
        sort: Sequence[InvoiceCreditSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[InvoiceCredit]:
        """Every InvoiceCredit matching `filters`, fetched lazily page by page (`List/InvoiceCredit`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "InvoiceCredit",
            InvoiceCredit,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
