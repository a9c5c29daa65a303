"""Base classes of the generated resources: a handle on the client and the List plumbing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from . import _operations as ops
from ._models import BillComModel
from ._operations import Filter, Sort
from ._pagination import AsyncPaginator, SyncPaginator

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

M = TypeVar("M", bound=BillComModel)


class SyncAPIResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _paginate(
        self,
        entity: str,
        model: type[M],
        *,
        filters: Sequence[Filter] | None,
        sort: Sequence[Sort] | None,
        page_size: int,
        start: int,
        nested: bool | None,
        show_audit: bool | None,
    ) -> SyncPaginator[M]:
        page = ops.list_pages(
            entity,
            model,
            page_size=page_size,
            filters=filters,
            sort=sort,
            nested=nested,
            show_audit=show_audit,
        )
        return SyncPaginator(
            lambda s, m: self._client.call(page(s, m)), start=start, page_size=page_size
        )


class AsyncAPIResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def _paginate(
        self,
        entity: str,
        model: type[M],
        *,
        filters: Sequence[Filter] | None,
        sort: Sequence[Sort] | None,
        page_size: int,
        start: int,
        nested: bool | None,
        show_audit: bool | None,
    ) -> AsyncPaginator[M]:
        page = ops.list_pages(
            entity,
            model,
            page_size=page_size,
            filters=filters,
            sort=sort,
            nested=nested,
            show_audit=show_audit,
        )
        return AsyncPaginator(
            lambda s, m: self._client.call(page(s, m)), start=start, page_size=page_size
        )
