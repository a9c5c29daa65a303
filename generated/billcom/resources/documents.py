# Generated from spec/actions by codegen. Do not edit: run make generate.
"""Documents actions: GetDocumentPages, GetDocuments, GetObjectUrl, UploadAttachment."""

from __future__ import annotations

from typing import Any, Unpack

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.get_document_pages import (
    GetDocumentPagesParams,
    GetDocumentPagesParamsModel,
    GetDocumentPagesResponse,
)
from ..models.get_documents import (
    GetDocumentsParams,
    GetDocumentsParamsModel,
    GetDocumentsResponse,
)
from ..models.get_object_url import (
    GetObjectUrlParams,
    GetObjectUrlParamsModel,
    GetObjectUrlResponse,
)
from ..models.upload_attachment import UploadAttachmentParams, UploadAttachmentParamsModel

__all__ = ["AsyncDocuments", "Documents"]


class Documents(SyncAPIResource):
    """Documents action endpoints."""

    def get_document_pages(
        self,
        **params: Unpack[GetDocumentPagesParams],
    ) -> GetDocumentPagesResponse:
        """Describe the document attached to a bill or vendor credit: file URL and page count.

        `GetDocumentPages`.
        """
        return self._client.call(
            ops.action(
                "GetDocumentPages",
                GetDocumentPagesParamsModel,
                params,
                GetDocumentPagesResponse,
                safe_to_repeat=True,
            )
        )

    def get_documents(
        self,
        **params: Unpack[GetDocumentsParams],
    ) -> GetDocumentsResponse:
        """List the documents attached to a bill.

        `GetDocuments`.
        """
        return self._client.call(
            ops.action(
                "GetDocuments",
                GetDocumentsParamsModel,
                params,
                GetDocumentsResponse,
                safe_to_repeat=True,
            )
        )

    def get_object_url(
        self,
        **params: Unpack[GetObjectUrlParams],
    ) -> GetObjectUrlResponse:
        """Get the web-app URL of an object, to hand a signed-in user over to the web app.

        `GetObjectUrl`.
        """
        return self._client.call(
            ops.action(
                "GetObjectUrl",
                GetObjectUrlParamsModel,
                params,
                GetObjectUrlResponse,
                safe_to_repeat=True,
            )
        )

    def upload_attachment(
        self,
        file: bytes,
        **params: Unpack[UploadAttachmentParams],
    ) -> dict[str, Any]:
        """Upload a file and attach it to an object, or to the BILL Inbox when no id is given.

        `UploadAttachment`.
        """
        return self._client.call(
            ops.action(
                "UploadAttachment",
                UploadAttachmentParamsModel,
                params,
                dict[str, Any],
                safe_to_repeat=False,
                form="multipart",
                file=file,
            )
        )


class AsyncDocuments(AsyncAPIResource):
    """Documents action endpoints."""

    async def get_document_pages(
        self,
        **params: Unpack[GetDocumentPagesParams],
    ) -> GetDocumentPagesResponse:
        """Describe the document attached to a bill or vendor credit: file URL and page count.

        `GetDocumentPages`.
        """
        return await self._client.call(
            ops.action(
                "GetDocumentPages",
                GetDocumentPagesParamsModel,
                params,
                GetDocumentPagesResponse,
                safe_to_repeat=True,
            )
        )

    async def get_documents(
        self,
        **params: Unpack[GetDocumentsParams],
    ) -> GetDocumentsResponse:
        """List the documents attached to a bill.

        `GetDocuments`.
        """
        return await self._client.call(
            ops.action(
                "GetDocuments",
                GetDocumentsParamsModel,
                params,
                GetDocumentsResponse,
                safe_to_repeat=True,
            )
        )

    async def get_object_url(
        self,
        **params: Unpack[GetObjectUrlParams],
    ) -> GetObjectUrlResponse:
        """Get the web-app URL of an object, to hand a signed-in user over to the web app.

        `GetObjectUrl`.
        """
        return await self._client.call(
            ops.action(
                "GetObjectUrl",
                GetObjectUrlParamsModel,
                params,
                GetObjectUrlResponse,
                safe_to_repeat=True,
            )
        )

    async def upload_attachment(
        self,
        file: bytes,
        **params: Unpack[UploadAttachmentParams],
    ) -> dict[str, Any]:
        """Upload a file and attach it to an object, or to the BILL Inbox when no id is given.

        `UploadAttachment`.
        """
        return await self._client.call(
            ops.action(
                "UploadAttachment",
                UploadAttachmentParamsModel,
                params,
                dict[str, Any],
                safe_to_repeat=False,
                form="multipart",
                file=file,
            )
        )
