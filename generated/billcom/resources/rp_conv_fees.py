# Generated from spec/entities/RPConvFee.yaml by codegen. Do not edit: run make generate.
"""Operations on RPConvFee: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.rp_conv_fee import (
    RPConvFee,
    RPConvFeeFilter,
    RPConvFeeSort,
)

__all__ = ["AsyncRpConvFees", "RpConvFees"]


class RpConvFees(SyncAPIResource):
    """A convenience fee charged on a received payment."""

    def read(self, id: str) -> RPConvFee:
        """Read one RPConvFee by id (`Crud/Read/RPConvFee`)."""
        return self._client.call(ops.by_id("Read", "RPConvFee", id, RPConvFee))

    def list(
        self,
        *,
        filters: Sequence[RPConvFeeFilter] | None = None,
        sort: Sequence[RPConvFeeSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[RPConvFee]:
        """Every RPConvFee matching `filters`, fetched lazily page by page (`List/RPConvFee`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "RPConvFee",
            RPConvFee,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncRpConvFees(AsyncAPIResource):
    """A convenience fee charged on a received payment."""

    async def read(self, id: str) -> RPConvFee:
        """Read one RPConvFee by id (`Crud/Read/RPConvFee`)."""
        return await self._client.call(ops.by_id("Read", "RPConvFee", id, RPConvFee))

    def list(
        self,
        *,
        filters: Sequence[RPConvFeeFilter] | None = None,
        sort: Sequence[RPConvFeeSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[RPConvFee]:
        """Every RPConvFee matching `filters`, fetched lazily page by page (`List/RPConvFee`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "RPConvFee",
            RPConvFee,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
