# Generated from spec/entities/VendorCreditApprover.yaml by codegen. Do not edit: run make generate.
"""Operations on VendorCreditApprover: read, list."""

from __future__ import annotations

from collections.abc import Sequence

from .. import _operations as ops
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.vendor_credit_approver import (
    VendorCreditApprover,
    VendorCreditApproverFilter,
    VendorCreditApproverSort,
)

__all__ = ["AsyncVendorCreditApprovers", "VendorCreditApprovers"]


class VendorCreditApprovers(SyncAPIResource):
    """An approver slot on a vendor credit."""

    def read(self, id: str) -> VendorCreditApprover:
        """Read one VendorCreditApprover by id (`Crud/Read/VendorCreditApprover`)."""
        return self._client.call(
            ops.by_id("Read", "VendorCreditApprover", id, VendorCreditApprover)
        )

    def list(
        self,
        *,
        filters: Sequence[VendorCreditApproverFilter] | None = None,
        sort: Sequence[VendorCreditApproverSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[VendorCreditApprover]:
        """Every VendorCreditApprover matching `filters`, fetched lazily page by page (`List/VendorCreditApprover`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "VendorCreditApprover",
            VendorCreditApprover,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncVendorCreditApprovers(AsyncAPIResource):
    """An approver slot on a vendor credit."""

    async def read(self, id: str) -> VendorCreditApprover:
        """Read one VendorCreditApprover by id (`Crud/Read/VendorCreditApprover`)."""
        return await self._client.call(
            ops.by_id("Read", "VendorCreditApprover", id, VendorCreditApprover)
        )

    def list(
        self,
        *,
        filters: Sequence[VendorCreditApproverFilter] | None = None,
        sort: Sequence[VendorCreditApproverSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[VendorCreditApprover]:
        """Every VendorCreditApprover matching `filters`, fetched lazily page by page (`List/VendorCreditApprover`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "VendorCreditApprover",
            VendorCreditApprover,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
