# Generated from spec/entities/BillApprover.yaml by codegen. Do not edit: run make generate.
"""Operations on BillApprover: read."""

from __future__ import annotations

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.bill_approver import BillApprover

__all__ = ["AsyncBillApprovers", "BillApprovers"]


class BillApprovers(SyncAPIResource):
    """An approver slot on a bill."""

    def read(self, id: str) -> BillApprover:
        """Read one BillApprover by id (`Crud/Read/BillApprover`)."""
        return self._client.call(ops.by_id("Read", "BillApprover", id, BillApprover))


class AsyncBillApprovers(AsyncAPIResource):
    """An approver slot on a bill."""

    async def read(self, id: str) -> BillApprover:
        """Read one BillApprover by id (`Crud/Read/BillApprover`)."""
        return await self._client.call(ops.by_id("Read", "BillApprover", id, BillApprover))
