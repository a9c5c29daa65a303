# Generated from spec/actions by codegen. Do not edit: run make generate.
"""Network actions: CancelInvite, ConnectLargeBillerAsVendor, DisconnectCustomerFromNetwork, DisconnectVendorFromNetwork, GetLargeBillerPaymentAddress, GetNetworkStatus, LargeBillerSearch, NetworkSearch, SearchEntity, SendInvite, SendVendorInvite."""

from __future__ import annotations

import builtins
from typing import Unpack

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.cancel_invite import CancelInviteParams, CancelInviteParamsModel
from ..models.connect_large_biller_as_vendor import (
    ConnectLargeBillerAsVendorParams,
    ConnectLargeBillerAsVendorParamsModel,
)
from ..models.disconnect_customer_from_network import (
    DisconnectCustomerFromNetworkParams,
    DisconnectCustomerFromNetworkParamsModel,
)
from ..models.disconnect_vendor_from_network import (
    DisconnectVendorFromNetworkParams,
    DisconnectVendorFromNetworkParamsModel,
)
from ..models.get_large_biller_payment_address import (
    GetLargeBillerPaymentAddressParams,
    GetLargeBillerPaymentAddressParamsModel,
    GetLargeBillerPaymentAddressResponse,
)
from ..models.get_network_status import (
    GetNetworkStatusParams,
    GetNetworkStatusParamsModel,
    GetNetworkStatusResponse,
)
from ..models.large_biller_search import (
    LargeBillerSearchParams,
    LargeBillerSearchParamsModel,
    LargeBillerSearchResponse,
)
from ..models.network_search import (
    NetworkSearchParams,
    NetworkSearchParamsModel,
    NetworkSearchResponseItem,
)
from ..models.search_entity import SearchEntityParams, SearchEntityParamsModel
from ..models.send_invite import SendInviteParams, SendInviteParamsModel, SendInviteResponse
from ..models.send_vendor_invite import SendVendorInviteParams, SendVendorInviteParamsModel
from ..models.vendor import Vendor

__all__ = ["AsyncNetwork", "Network"]


class Network(SyncAPIResource):
    """Network action endpoints."""

    def cancel_invite(
        self,
        **params: Unpack[CancelInviteParams],
    ) -> None:
        """Cancel a pending BILL network invitation.

        `CancelInvite`.
        """
        return self._client.call(
            ops.action_no_content(
                "CancelInvite",
                CancelInviteParamsModel,
                params,
                safe_to_repeat=True,
            )
        )

    def connect_large_biller_as_vendor(
        self,
        **params: Unpack[ConnectLargeBillerAsVendorParams],
    ) -> None:
        """Connect a verified national vendor (large biller, RPPS) to one of the organization's vendors.

        `ConnectLargeBillerAsVendor`.
        """
        return self._client.call(
            ops.action_no_content(
                "ConnectLargeBillerAsVendor",
                ConnectLargeBillerAsVendorParamsModel,
                params,
                safe_to_repeat=False,
            )
        )

    def disconnect_customer(
        self,
        **params: Unpack[DisconnectCustomerFromNetworkParams],
    ) -> None:
        """Disconnect a customer's organization on the BILL network from the organization.

        `DisconnectCustomerFromNetwork`.
        """
        return self._client.call(
            ops.action_no_content(
                "DisconnectCustomerFromNetwork",
                DisconnectCustomerFromNetworkParamsModel,
                params,
                safe_to_repeat=True,
            )
        )

    def disconnect_vendor(
        self,
        **params: Unpack[DisconnectVendorFromNetworkParams],
    ) -> None:
        """Disconnect a vendor's organization (or verified national vendor) on the BILL network from the organization.

        `DisconnectVendorFromNetwork`.
        """
        return self._client.call(
            ops.action_no_content(
                "DisconnectVendorFromNetwork",
                DisconnectVendorFromNetworkParamsModel,
                params,
                safe_to_repeat=True,
            )
        )

    def get_large_biller_payment_address(
        self,
        **params: Unpack[GetLargeBillerPaymentAddressParams],
    ) -> GetLargeBillerPaymentAddressResponse:
        """List the payment addresses of a verified national vendor (large biller, RPPS).

        `GetLargeBillerPaymentAddress`.
        """
        return self._client.call(
            ops.action(
                "GetLargeBillerPaymentAddress",
                GetLargeBillerPaymentAddressParamsModel,
                params,
                GetLargeBillerPaymentAddressResponse,
                safe_to_repeat=True,
            )
        )

    def get_status(
        self,
        **params: Unpack[GetNetworkStatusParams],
    ) -> GetNetworkStatusResponse:
        """Get the BILL network connection status of a customer or vendor.

        `GetNetworkStatus`.
        """
        return self._client.call(
            ops.action(
                "GetNetworkStatus",
                GetNetworkStatusParamsModel,
                params,
                GetNetworkStatusResponse,
                safe_to_repeat=True,
            )
        )

    def large_biller_search(
        self,
        **params: Unpack[LargeBillerSearchParams],
    ) -> LargeBillerSearchResponse:
        """Search the verified national vendors (large billers, RPPS).

        `LargeBillerSearch`.
        """
        return self._client.call(
            ops.action(
                "LargeBillerSearch",
                LargeBillerSearchParamsModel,
                params,
                LargeBillerSearchResponse,
                safe_to_repeat=True,
            )
        )

    def network_search(
        self,
        **params: Unpack[NetworkSearchParams],
    ) -> builtins.list[NetworkSearchResponseItem]:
        """Search the BILL network for a customer, vendor or verified national vendor.

        `NetworkSearch`.
        """
        return self._client.call(
            ops.action(
                "NetworkSearch",
                NetworkSearchParamsModel,
                params,
                list[NetworkSearchResponseItem],
                safe_to_repeat=True,
            )
        )

    def search_entity(
        self,
        **params: Unpack[SearchEntityParams],
    ) -> builtins.list[Vendor]:
        """Search objects (currently only vendors) by keyword.

        `SearchEntity`.
        """
        return self._client.call(
            ops.action(
                "SearchEntity",
                SearchEntityParamsModel,
                params,
                list[Vendor],
                safe_to_repeat=True,
            )
        )

    def send_invite(
        self,
        **params: Unpack[SendInviteParams],
    ) -> SendInviteResponse:
        """Invite a customer or vendor organization already on the BILL network to connect.

        `SendInvite`; needs an MFA-trusted session.
        """
        return self._client.call(
            ops.action(
                "SendInvite",
                SendInviteParamsModel,
                params,
                SendInviteResponse,
                safe_to_repeat=False,
            )
        )

    def send_vendor_invite(
        self,
        **params: Unpack[SendVendorInviteParams],
    ) -> str:
        """Invite a vendor not yet on the BILL network to connect with the organization.

        `SendVendorInvite`; needs an MFA-trusted session.
        """
        return self._client.call(
            ops.action(
                "SendVendorInvite",
                SendVendorInviteParamsModel,
                params,
                str,
                safe_to_repeat=False,
            )
        )


class AsyncNetwork(AsyncAPIResource):
    """Network action endpoints."""

    async def cancel_invite(
        self,
        **params: Unpack[CancelInviteParams],
    ) -> None:
        """Cancel a pending BILL network invitation.

        `CancelInvite`.
        """
        return await self._client.call(
            ops.action_no_content(
                "CancelInvite",
                CancelInviteParamsModel,
                params,
                safe_to_repeat=True,
            )
        )

    async def connect_large_biller_as_vendor(
        self,
        **params: Unpack[ConnectLargeBillerAsVendorParams],
    ) -> None:
        """Connect a verified national vendor (large biller, RPPS) to one of the organization's vendors.

        `ConnectLargeBillerAsVendor`.
        """
        return await self._client.call(
            ops.action_no_content(
                "ConnectLargeBillerAsVendor",
                ConnectLargeBillerAsVendorParamsModel,
                params,
                safe_to_repeat=False,
            )
        )

    async def disconnect_customer(
        self,
        **params: Unpack[DisconnectCustomerFromNetworkParams],
    ) -> None:
        """Disconnect a customer's organization on the BILL network from the organization.

        `DisconnectCustomerFromNetwork`.
        """
        return await self._client.call(
            ops.action_no_content(
                "DisconnectCustomerFromNetwork",
                DisconnectCustomerFromNetworkParamsModel,
                params,
                safe_to_repeat=True,
            )
        )

    async def disconnect_vendor(
        self,
        **params: Unpack[DisconnectVendorFromNetworkParams],
    ) -> None:
        """Disconnect a vendor's organization (or verified national vendor) on the BILL network from the organization.

        `DisconnectVendorFromNetwork`.
        """
        return await self._client.call(
            ops.action_no_content(
                "DisconnectVendorFromNetwork",
                DisconnectVendorFromNetworkParamsModel,
                params,
                safe_to_repeat=True,
            )
        )

    async def get_large_biller_payment_address(
        self,
        **params: Unpack[GetLargeBillerPaymentAddressParams],
    ) -> GetLargeBillerPaymentAddressResponse:
        """List the payment addresses of a verified national vendor (large biller, RPPS).

        `GetLargeBillerPaymentAddress`.
        """
        return await self._client.call(
            ops.action(
                "GetLargeBillerPaymentAddress",
                GetLargeBillerPaymentAddressParamsModel,
                params,
                GetLargeBillerPaymentAddressResponse,
                safe_to_repeat=True,
            )
        )

    async def get_status(
        self,
        **params: Unpack[GetNetworkStatusParams],
    ) -> GetNetworkStatusResponse:
        """Get the BILL network connection status of a customer or vendor.

        `GetNetworkStatus`.
        """
        return await self._client.call(
            ops.action(
                "GetNetworkStatus",
                GetNetworkStatusParamsModel,
                params,
                GetNetworkStatusResponse,
                safe_to_repeat=True,
            )
        )

    async def large_biller_search(
        self,
        **params: Unpack[LargeBillerSearchParams],
    ) -> LargeBillerSearchResponse:
        """Search the verified national vendors (large billers, RPPS).

        `LargeBillerSearch`.
        """
        return await self._client.call(
            ops.action(
                "LargeBillerSearch",
                LargeBillerSearchParamsModel,
                params,
                LargeBillerSearchResponse,
                safe_to_repeat=True,
            )
        )

    async def network_search(
        self,
        **params: Unpack[NetworkSearchParams],
    ) -> builtins.list[NetworkSearchResponseItem]:
        """Search the BILL network for a customer, vendor or verified national vendor.

        `NetworkSearch`.
        """
        return await self._client.call(
            ops.action(
                "NetworkSearch",
                NetworkSearchParamsModel,
                params,
                list[NetworkSearchResponseItem],
                safe_to_repeat=True,
            )
        )

    async def search_entity(
        self,
        **params: Unpack[SearchEntityParams],
    ) -> builtins.list[Vendor]:
        """Search objects (currently only vendors) by keyword.

        `SearchEntity`.
        """
        return await self._client.call(
            ops.action(
                "SearchEntity",
                SearchEntityParamsModel,
                params,
                list[Vendor],
                safe_to_repeat=True,
            )
        )

    async def send_invite(
        self,
        **params: Unpack[SendInviteParams],
    ) -> SendInviteResponse:
        """Invite a customer or vendor organization already on the BILL network to connect.

        `SendInvite`; needs an MFA-trusted session.
        """
        return await self._client.call(
            ops.action(
                "SendInvite",
                SendInviteParamsModel,
                params,
                SendInviteResponse,
                safe_to_repeat=False,
            )
        )

    async def send_vendor_invite(
        self,
        **params: Unpack[SendVendorInviteParams],
    ) -> str:
        """Invite a vendor not yet on the BILL network to connect with the organization.

        `SendVendorInvite`; needs an MFA-trusted session.
        """
        return await self._client.call(
            ops.action(
                "SendVendorInvite",
                SendVendorInviteParamsModel,
                params,
                str,
                safe_to_repeat=False,
            )
        )
