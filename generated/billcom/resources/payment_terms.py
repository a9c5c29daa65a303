# Generated from spec/entities/PaymentTerm.yaml by codegen. Do not edit: run make generate.
"""Operations on PaymentTerm: create, read, update, list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.payment_term import (
    PaymentTerm,
    PaymentTermCreateParams,
    PaymentTermCreateParamsModel,
    PaymentTermFilter,
    PaymentTermSort,
    PaymentTermUpdateParams,
    PaymentTermUpdateParamsModel,
)

__all__ = ["AsyncPaymentTerms", "PaymentTerms"]


class PaymentTerms(SyncAPIResource):
    """A named payment term that sets how many days a payer has to pay."""

    def create(self, **params: Unpack[PaymentTermCreateParams]) -> PaymentTerm:
        """Create a PaymentTerm (`Crud/Create/PaymentTerm`); returns it as stored."""
        return self._client.call(
            ops.create("PaymentTerm", PaymentTermCreateParamsModel, params, PaymentTerm)
        )

    def read(self, id: str) -> PaymentTerm:
        """Read one PaymentTerm by id (`Crud/Read/PaymentTerm`)."""
        return self._client.call(ops.by_id("Read", "PaymentTerm", id, PaymentTerm))

    def update(
        self, obj: PaymentTerm, /, **changes: Unpack[PaymentTermUpdateParams]
    ) -> PaymentTerm:
        """Send `obj` back with `changes` applied (`Crud/Update/PaymentTerm`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("PaymentTerm", PaymentTermUpdateParamsModel, obj, changes, PaymentTerm)
        )

    def list(
        self,
        *,
        filters: Sequence[PaymentTermFilter] | None = None,
        sort: Sequence[PaymentTermSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[PaymentTerm]:
        """Every PaymentTerm matching `filters`, fetched lazily page by page (`List/PaymentTerm`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "PaymentTerm",
            PaymentTerm,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncPaymentTerms(AsyncAPIResource):
    """A named payment term that sets how many days a payer has to pay."""

    async def create(self, **params: Unpack[PaymentTermCreateParams]) -> PaymentTerm:
        """Create a PaymentTerm (`Crud/Create/PaymentTerm`); returns it as stored."""
        return await self._client.call(
            ops.create("PaymentTerm", PaymentTermCreateParamsModel, params, PaymentTerm)
        )

    async def read(self, id: str) -> PaymentTerm:
        """Read one PaymentTerm by id (`Crud/Read/PaymentTerm`)."""
        return await self._client.call(ops.by_id("Read", "PaymentTerm", id, PaymentTerm))

    async def update(
        self, obj: PaymentTerm, /, **changes: Unpack[PaymentTermUpdateParams]
    ) -> PaymentTerm:
        """Send `obj` back with `changes` applied (`Crud/Update/PaymentTerm`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("PaymentTerm", PaymentTermUpdateParamsModel, obj, changes, PaymentTerm)
        )

    def list(
        self,
        *,
        filters: Sequence[PaymentTermFilter] | None = None,
        sort: Sequence[PaymentTermSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[PaymentTerm]:
        """Every PaymentTerm matching `filters`, fetched lazily page by page (`List/PaymentTerm`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "PaymentTerm",
            PaymentTerm,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
