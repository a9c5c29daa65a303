# Generated from spec/entities/BankAccount.yaml by codegen. Do not edit: run make generate.
"""Operations on BankAccount: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.bank_account import (
    BankAccount,
    BankAccountFilter,
    BankAccountSort,
)

__all__ = ["AsyncBankAccounts", "BankAccounts"]


class BankAccounts(SyncAPIResource):
    """One of the organization's own bank accounts."""

    def read(self, id: str) -> BankAccount:
        """Read one BankAccount by id (`Crud/Read/BankAccount`)."""
        return self._client.call(ops.by_id("Read", "BankAccount", id, BankAccount))

    def list(
        self,
        *,
        filters: Sequence[BankAccountFilter] | None = None,
        sort: Sequence[BankAccountSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[BankAccount]:
        """Every BankAccount matching `filters`, fetched lazily page by page (`List/BankAccount`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "BankAccount",
            BankAccount,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncBankAccounts(AsyncAPIResource):
    """One of the organization's own bank accounts."""

    async def read(self, id: str) -> BankAccount:
        """Read one BankAccount by id (`Crud/Read/BankAccount`)."""
        return await self._client.call(ops.by_id("Read", "BankAccount", id, BankAccount))

    def list(
        self,
        *,
        filters: Sequence[BankAccountFilter] | None = None,
        sort: Sequence[BankAccountSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[BankAccount]:
        """Every BankAccount matching `filters`, fetched lazily page by page (`List/BankAccount`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "BankAccount",
            BankAccount,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
