# Generated from spec/entities/MoneyMovement.yaml by codegen. Do not edit: run make generate.
"""Operations on MoneyMovement: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.money_movement import (
    MoneyMovement,
    MoneyMovementFilter,
    MoneyMovementSort,
)

__all__ = ["AsyncMoneyMovements", "MoneyMovements"]


class MoneyMovements(SyncAPIResource):
    """A movement of funds into or out of an organization bank account."""

    def read(self, id: str) -> MoneyMovement:
        """Read one MoneyMovement by id (`Crud/Read/MoneyMovement`)."""
        return self._client.call(ops.by_id("Read", "MoneyMovement", id, MoneyMovement))

    def list(
        self,
        *,
        filters: Sequence[MoneyMovementFilter] | None = None,
        sort: Sequence[MoneyMovementSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[MoneyMovement]:
        """Every MoneyMovement matching `filters`, fetched lazily page by page (`List/MoneyMovement`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "MoneyMovement",
            MoneyMovement,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncMoneyMovements(AsyncAPIResource):
    """A movement of funds into or out of an organization bank account."""

    async def read(self, id: str) -> MoneyMovement:
        """Read one MoneyMovement by id (`Crud/Read/MoneyMovement`)."""
        return await self._client.call(ops.by_id("Read", "MoneyMovement", id, MoneyMovement))

    def list(
        self,
        *,
        filters: Sequence[MoneyMovementFilter] | None = None,
        sort: Sequence[MoneyMovementSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[MoneyMovement]:
        """Every MoneyMovement matching `filters`, fetched lazily page by page (`List/MoneyMovement`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "MoneyMovement",
            MoneyMovement,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
