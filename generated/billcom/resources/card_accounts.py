# Generated from spec/entities/CardAccount.yaml by codegen. Do not edit: run make generate.
"""Operations on CardAccount: list."""

from __future__ import annotations

from collections.abc import Sequence

from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.card_account import (
    CardAccount,
    CardAccountFilter,
    CardAccountSort,
)

__all__ = ["AsyncCardAccounts", "CardAccounts"]


class CardAccounts(SyncAPIResource):
    """A card the organization can fund payments with."""

    def list(
        self,
        *,
        filters: Sequence[CardAccountFilter] | None = None,
        sort: Sequence[CardAccountSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[CardAccount]:
        """Every CardAccount matching `filters`, fetched lazily page by page (`List/CardAccount`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "CardAccount",
            CardAccount,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncCardAccounts(AsyncAPIResource):
    """A card the organization can fund payments with."""

    def list(
        self,
        *,
        filters: Sequence[CardAccountFilter] | None = None,
        sort: Sequence[CardAccountSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[CardAccount]:
        """Every CardAccount matching `filters`, fetched lazily page by page (`List/CardAccount`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "CardAccount",
            CardAccount,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
