# Generated from spec/actions by codegen. Do not edit: run make generate.
"""Organization actions: Errors, GetBankBalance, GetEntityMetadata, GetProfilePermissions, ListMessage, SendMessage, SetBankBalance."""

from __future__ import annotations

import builtins
from typing import Any, Unpack

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.get_bank_balance import (
    GetBankBalanceResponse,
)
from ..models.get_entity_metadata import GetEntityMetadataParams, GetEntityMetadataParamsModel
from ..models.get_profile_permissions import (
    GetProfilePermissionsParams,
    GetProfilePermissionsParamsModel,
    GetProfilePermissionsResponse,
)
from ..models.list_message import (
    ListMessageParams,
    ListMessageParamsModel,
    ListMessageResponseItem,
)
from ..models.send_message import (
    SendMessageParams,
    SendMessageParamsModel,
    SendMessageResponse,
)
from ..models.set_bank_balance import (
    SetBankBalanceParams,
    SetBankBalanceParamsModel,
)

__all__ = ["AsyncOrganization", "Organization"]


class Organization(SyncAPIResource):
    """Organization action endpoints."""

    def list_errors(
        self,
    ) -> dict[str, Any]:
        """Return BILL's whole error-code catalogue.

        `Errors`.
        """
        return self._client.call(
            ops.action(
                "Errors",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=True,
            )
        )

    def get_bank_balance(
        self,
    ) -> GetBankBalanceResponse:
        """Return the balance of the organization's default bank account.

        `GetBankBalance`.
        """
        return self._client.call(
            ops.action(
                "GetBankBalance",
                None,
                {},
                GetBankBalanceResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    def get_entity_metadata(
        self,
        **params: Unpack[GetEntityMetadataParams],
    ) -> dict[str, Any]:
        """Return entity schemas, including enum code-to-label maps.

        `GetEntityMetadata`.
        """
        return self._client.call(
            ops.action(
                "GetEntityMetadata",
                GetEntityMetadataParamsModel,
                params,
                dict[str, Any],
                safe_to_repeat=True,
            )
        )

    def get_profile_permissions(
        self,
        **params: Unpack[GetProfilePermissionsParams],
    ) -> GetProfilePermissionsResponse:
        """Return the permission flags of a user role profile.

        `GetProfilePermissions`.
        """
        return self._client.call(
            ops.action(
                "GetProfilePermissions",
                GetProfilePermissionsParamsModel,
                params,
                GetProfilePermissionsResponse,
                safe_to_repeat=True,
            )
        )

    def list_messages(
        self,
        **params: Unpack[ListMessageParams],
    ) -> builtins.list[ListMessageResponseItem]:
        """List the notes added to a BILL object such as a bill or invoice.

        `ListMessage`.
        """
        return self._client.call(
            ops.action(
                "ListMessage",
                ListMessageParamsModel,
                params,
                list[ListMessageResponseItem],
                safe_to_repeat=True,
            )
        )

    def send_message(
        self,
        **params: Unpack[SendMessageParams],
    ) -> SendMessageResponse:
        """Add a note to a BILL object such as a bill or invoice.

        `SendMessage`.
        """
        return self._client.call(
            ops.action(
                "SendMessage",
                SendMessageParamsModel,
                params,
                SendMessageResponse,
                safe_to_repeat=False,
            )
        )

    def set_bank_balance(
        self,
        **params: Unpack[SetBankBalanceParams],
    ) -> dict[str, Any]:
        """Set the balance of the organization's default bank account.

        `SetBankBalance`.
        """
        return self._client.call(
            ops.action(
                "SetBankBalance",
                SetBankBalanceParamsModel,
                params,
                dict[str, Any],
                safe_to_repeat=False,
            )
        )


class AsyncOrganization(AsyncAPIResource):
    """Organization action endpoints."""

    async def list_errors(
        self,
    ) -> dict[str, Any]:
        """Return BILL's whole error-code catalogue.

        `Errors`.
        """
        return await self._client.call(
            ops.action(
                "Errors",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=True,
            )
        )

    async def get_bank_balance(
        self,
    ) -> GetBankBalanceResponse:
        """Return the balance of the organization's default bank account.

        `GetBankBalance`.
        """
        return await self._client.call(
            ops.action(
                "GetBankBalance",
                None,
                {},
                GetBankBalanceResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    async def get_entity_metadata(
        self,
        **params: Unpack[GetEntityMetadataParams],
    ) -> dict[str, Any]:
        """Return entity schemas, including enum code-to-label maps.

        `GetEntityMetadata`.
        """
        return await self._client.call(
            ops.action(
                "GetEntityMetadata",
                GetEntityMetadataParamsModel,
                params,
                dict[str, Any],
                safe_to_repeat=True,
            )
        )

    async def get_profile_permissions(
        self,
        **params: Unpack[GetProfilePermissionsParams],
    ) -> GetProfilePermissionsResponse:
        """Return the permission flags of a user role profile.

        `GetProfilePermissions`.
        """
        return await self._client.call(
            ops.action(
                "GetProfilePermissions",
                GetProfilePermissionsParamsModel,
                params,
                GetProfilePermissionsResponse,
                safe_to_repeat=True,
            )
        )

    async def list_messages(
        self,
        **params: Unpack[ListMessageParams],
    ) -> builtins.list[ListMessageResponseItem]:
        """List the notes added to a BILL object such as a bill or invoice.

        `ListMessage`.
        """
        return await self._client.call(
            ops.action(
                "ListMessage",
                ListMessageParamsModel,
                params,
                list[ListMessageResponseItem],
                safe_to_repeat=True,
            )
        )

    async def send_message(
        self,
        **params: Unpack[SendMessageParams],
    ) -> SendMessageResponse:
        """Add a note to a BILL object such as a bill or invoice.

        `SendMessage`.
        """
        return await self._client.call(
            ops.action(
                "SendMessage",
                SendMessageParamsModel,
                params,
                SendMessageResponse,
                safe_to_repeat=False,
            )
        )

    async def set_bank_balance(
        self,
        **params: Unpack[SetBankBalanceParams],
    ) -> dict[str, Any]:
        """Set the balance of the organization's default bank account.

        `SetBankBalance`.
        """
        return await self._client.call(
            ops.action(
                "SetBankBalance",
                SetBankBalanceParamsModel,
                params,
                dict[str, Any],
                safe_to_repeat=False,
            )
        )
