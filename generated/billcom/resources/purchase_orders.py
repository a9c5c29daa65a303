# Generated from spec/entities/PurchaseOrder.yaml by codegen. Do not edit: run make generate.
"""Operations on PurchaseOrder: create, list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.purchase_order import (
    PurchaseOrder,
    PurchaseOrderCreateParams,
    PurchaseOrderCreateParamsModel,
    PurchaseOrderFilter,
    PurchaseOrderSort,
)

__all__ = ["AsyncPurchaseOrders", "PurchaseOrders"]


class PurchaseOrders(SyncAPIResource):
    """A purchase order placed with a vendor."""

    def create(self, **params: Unpack[PurchaseOrderCreateParams]) -> PurchaseOrder:
        """Create a PurchaseOrder (`Crud/Create/PurchaseOrder`); returns it as stored."""
        return self._client.call(
            ops.create("PurchaseOrder", PurchaseOrderCreateParamsModel, params, PurchaseOrder)
        )

    def list(
        self,
        *,
        filters: Sequence[PurchaseOrderFilter] | None = None,
        sort: Sequence[PurchaseOrderSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[PurchaseOrder]:
        """Every PurchaseOrder matching `filters`, fetched lazily page by page (`List/PurchaseOrder`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "PurchaseOrder",
            PurchaseOrder,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncPurchaseOrders(AsyncAPIResource):
    """A purchase order placed with a vendor."""

    async def create(self, **params: Unpack[PurchaseOrderCreateParams]) -> PurchaseOrder:
        """Create a PurchaseOrder (`Crud/Create/PurchaseOrder`); returns it as stored."""
        return await self._client.call(
            ops.create("PurchaseOrder", PurchaseOrderCreateParamsModel, params, PurchaseOrder)
        )

    def list(
        self,
        *,
        filters: Sequence[PurchaseOrderFilter] | None = None,
        sort: Sequence[PurchaseOrderSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[PurchaseOrder]:
        """Every PurchaseOrder matching `filters`, fetched lazily page by page (`List/PurchaseOrder`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "PurchaseOrder",
            PurchaseOrder,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
