# Generated from spec/actions by codegen. Do not edit: run make generate.
"""Network actions: ConnectLargeBillerAsVendor, GetLargeBillerPaymentAddress, LargeBillerSearch, NetworkSearch, SearchEntity, SendInvite, SendVendorInvite."""

from __future__ import annotations

from typing import Any, Unpack

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.get_large_biller_payment_address import (
    GetLargeBillerPaymentAddressResponse,
)
from ..models.send_vendor_invite import SendVendorInviteParams, SendVendorInviteParamsModel

__all__ = ["AsyncNetwork", "Network"]


class Network(SyncAPIResource):
    """Network action endpoints."""

    def connect_large_biller_as_vendor(
        self,
    ) -> dict[str, Any]:
        """Connect a large biller (RPPS) as a vendor of the organization.

        `ConnectLargeBillerAsVendor`.
        """
        return self._client.call(
            ops.action(
                "ConnectLargeBillerAsVendor",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=False,
            )
        )

    def get_large_biller_payment_address(
        self,
    ) -> GetLargeBillerPaymentAddressResponse:
        """Get a large biller's (RPPS) payment address.

        `GetLargeBillerPaymentAddress`.
        """
        return self._client.call(
            ops.action(
                "GetLargeBillerPaymentAddress",
                None,
                {},
                GetLargeBillerPaymentAddressResponse,
                safe_to_repeat=True,
            )
        )

    def large_biller_search(
        self,
    ) -> dict[str, Any]:
        """Search the large billers (RPPS verified national vendors).

        `LargeBillerSearch`.
        """
        return self._client.call(
            ops.action(
                "LargeBillerSearch",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=True,
            )
        )

    def network_search(
        self,
    ) -> dict[str, Any]:
        """Search the BILL network.

        `NetworkSearch`.
        """
        return self._client.call(
            ops.action(
                "NetworkSearch",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=True,
            )
        )

    def search_entity(
        self,
    ) -> dict[str, Any]:
        """Find a vendor or customer on the BILL network.

        `SearchEntity`.
        """
        return self._client.call(
            ops.action(
                "SearchEntity",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=True,
            )
        )

    def send_invite(
        self,
    ) -> dict[str, Any]:
        """Send a BILL network invitation.

        `SendInvite`; needs an MFA-trusted session.
        """
        return self._client.call(
            ops.action(
                "SendInvite",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=False,
            )
        )

    def send_vendor_invite(
        self,
        **params: Unpack[SendVendorInviteParams],
    ) -> None:
        """Invite a vendor to connect with the organization on the BILL network.

        `SendVendorInvite`; needs an MFA-trusted session.
        """
        return self._client.call(
            ops.action_no_content(
                "SendVendorInvite",
                SendVendorInviteParamsModel,
                params,
                safe_to_repeat=False,
            )
        )


class AsyncNetwork(AsyncAPIResource):
    """Network action endpoints."""

    async def connect_large_biller_as_vendor(
        self,
    ) -> dict[str, Any]:
        """Connect a large biller (RPPS) as a vendor of the organization.

        `ConnectLargeBillerAsVendor`.
        """
        return await self._client.call(
            ops.action(
                "ConnectLargeBillerAsVendor",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=False,
            )
        )

    async def get_large_biller_payment_address(
        self,
    ) -> GetLargeBillerPaymentAddressResponse:
        """Get a large biller's (RPPS) payment address.

        `GetLargeBillerPaymentAddress`.
        """
        return await self._client.call(
            ops.action(
                "GetLargeBillerPaymentAddress",
                None,
                {},
                GetLargeBillerPaymentAddressResponse,
                safe_to_repeat=True,
            )
        )

    async def large_biller_search(
        self,
    ) -> dict[str, Any]:
        """Search the large billers (RPPS verified national vendors).

        `LargeBillerSearch`.
        """
        return await self._client.call(
            ops.action(
                "LargeBillerSearch",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=True,
            )
        )

    async def network_search(
        self,
    ) -> dict[str, Any]:
        """Search the BILL network.

        `NetworkSearch`.
        """
        return await self._client.call(
            ops.action(
                "NetworkSearch",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=True,
            )
        )

    async def search_entity(
        self,
    ) -> dict[str, Any]:
        """Find a vendor or customer on the BILL network.

        `SearchEntity`.
        """
        return await self._client.call(
            ops.action(
                "SearchEntity",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=True,
            )
        )

    async def send_invite(
        self,
    ) -> dict[str, Any]:
        """Send a BILL network invitation.

        `SendInvite`; needs an MFA-trusted session.
        """
        return await self._client.call(
            ops.action(
                "SendInvite",
                None,
                {},
                dict[str, Any],
                safe_to_repeat=False,
            )
        )

    async def send_vendor_invite(
        self,
        **params: Unpack[SendVendorInviteParams],
    ) -> None:
        """Invite a vendor to connect with the organization on the BILL network.

        `SendVendorInvite`; needs an MFA-trusted session.
        """
        return await self._client.call(
            ops.action_no_content(
                "SendVendorInvite",
                SendVendorInviteParamsModel,
                params,
                safe_to_repeat=False,
            )
        )
