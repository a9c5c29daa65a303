"""Lazy auto-pagination over List's start/max paging."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

__all__ = ["AsyncPaginator", "SyncPaginator"]


class SyncPaginator(Generic[T]):
    """Iterate every object across pages; nothing is fetched until iteration starts."""

    def __init__(self, fetch: Callable[[int, int], list[T]], *, start: int, page_size: int) -> None:
        self._fetch = fetch
        self._start = start
        self._page_size = page_size

    def iter_pages(self) -> Iterator[list[T]]:
        start = self._start
        while True:
            page = self._fetch(start, self._page_size)
            if page:
                yield page
            # A short page is the last one; the API answers [] past the end.
            if len(page) < self._page_size:
                return
            start += self._page_size

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page


class AsyncPaginator(Generic[T]):
    """`async for` over every object across pages."""

    def __init__(
        self, fetch: Callable[[int, int], Awaitable[list[T]]], *, start: int, page_size: int
    ) -> None:
        self._fetch = fetch
        self._start = start
        self._page_size = page_size

    async def iter_pages(self) -> AsyncIterator[list[T]]:
        start = self._start
        while True:
            page = await self._fetch(start, self._page_size)
            if page:
                yield page
            if len(page) < self._page_size:
                return
            start += self._page_size

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page:
                yield item
