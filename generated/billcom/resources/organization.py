# Generated from spec/actions by codegen. Do not edit: run make generate.
"""Organization actions: Errors, GetBankBalance, GetEntityMetadata, SetBankBalance."""

from __future__ import annotations

from typing import Any, Unpack

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.get_bank_balance import (
    GetBankBalanceResponse,
)
from ..models.get_entity_metadata import GetEntityMetadataParams, GetEntityMetadataParamsModel
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
