# Generated from spec/entities/InvoiceLineItem.yaml by codegen. Do not edit: run make generate.
"""Operations on InvoiceLineItem: list."""

from __future__ import annotations

from collections.abc import Sequence

from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.invoice_line_item import (
    InvoiceLineItem,
    InvoiceLineItemFilter,
    InvoiceLineItemSort,
)

__all__ = ["AsyncInvoiceLineItems", "InvoiceLineItems"]


class InvoiceLineItems(SyncAPIResource):
    """One line of an invoice."""

    def list(
        self,
        *,
        filters: Sequence[InvoiceLineItemFilter] | None = None,
        sort: Sequence[InvoiceLineItemSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[InvoiceLineItem]:
        """Every InvoiceLineItem matching `filters`, fetched lazily page by page (`List/InvoiceLineItem`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` includes child lists.
        """
        return self._paginate(
            "InvoiceLineItem",
            InvoiceLineItem,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncInvoiceLineItems(AsyncAPIResource):
    """One line of an invoice."""

    def list(
        self,
        *,
        filters: Sequence[InvoiceLineItemFilter] | None = None,
        sort: Sequence[InvoiceLineItemSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[InvoiceLineItem]:
        """Every InvoiceLineItem matching `filters`, fetched lazily page by page (`List/InvoiceLineItem`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` includes child lists.
        """
        return self._paginate(
            "InvoiceLineItem",
            InvoiceLineItem,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
