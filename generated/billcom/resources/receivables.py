# Generated from spec/actions by codegen. Do not edit: run make generate.
"""Receivables actions: ChargeCustomer, GetARSummary, RecordARPayment, SetCustomerAuthorization, VoidARPayment."""

from __future__ import annotations

from typing import Unpack

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.charge_customer import (
    ChargeCustomerParams,
    ChargeCustomerParamsModel,
    ChargeCustomerResponse,
)
from ..models.customer import Customer
from ..models.get_ar_summary import (
    GetARSummaryResponse,
)
from ..models.received_pay import ReceivedPay
from ..models.record_ar_payment import (
    RecordARPaymentParams,
    RecordARPaymentParamsModel,
)
from ..models.set_customer_authorization import (
    SetCustomerAuthorizationParams,
    SetCustomerAuthorizationParamsModel,
)
from ..models.void_ar_payment import VoidARPaymentParams, VoidARPaymentParamsModel

__all__ = ["AsyncReceivables", "Receivables"]


class Receivables(SyncAPIResource):
    """Receivables action endpoints."""

    def charge_customer(
        self,
        **params: Unpack[ChargeCustomerParams],
    ) -> ChargeCustomerResponse:
        """Debit a customer's bank account through BILL and apply the money to invoices.

        `ChargeCustomer`; moves money: never repeated after an ambiguous failure.
        """
        return self._client.call(
            ops.action(
                "ChargeCustomer",
                ChargeCustomerParamsModel,
                params,
                ChargeCustomerResponse,
                safe_to_repeat=False,
            )
        )

    def get_ar_summary(
        self,
    ) -> GetARSummaryResponse:
        """Return an overview of receivables: open invoices by due window and payments received or due.

        `GetARSummary`.
        """
        return self._client.call(
            ops.action(
                "GetARSummary",
                None,
                {},
                GetARSummaryResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    def record_ar_payment(
        self,
        **params: Unpack[RecordARPaymentParams],
    ) -> ReceivedPay:
        """Record a customer payment received outside BILL.

        `RecordARPayment`; moves money: never repeated after an ambiguous failure.
        """
        return self._client.call(
            ops.action(
                "RecordARPayment",
                RecordARPaymentParamsModel,
                params,
                ReceivedPay,
                safe_to_repeat=False,
            )
        )

    def set_customer_authorization(
        self,
        **params: Unpack[SetCustomerAuthorizationParams],
    ) -> Customer:
        """Record whether a customer has authorized the organization to debit their bank account.

        `SetCustomerAuthorization`.
        """
        return self._client.call(
            ops.action(
                "SetCustomerAuthorization",
                SetCustomerAuthorizationParamsModel,
                params,
                Customer,
                safe_to_repeat=True,
            )
        )

    def void_ar_payment(
        self,
        **params: Unpack[VoidARPaymentParams],
    ) -> None:
        """Void a recorded customer payment.

        `VoidARPayment`; moves money: never repeated after an ambiguous failure.
        """
        return self._client.call(
            ops.action_no_content(
                "VoidARPayment",
                VoidARPaymentParamsModel,
                params,
                safe_to_repeat=False,
            )
        )


class AsyncReceivables(AsyncAPIResource):
    """Receivables action endpoints."""

    async def charge_customer(
        self,
        **params: Unpack[ChargeCustomerParams],
    ) -> ChargeCustomerResponse:
        """Debit a customer's bank account through BILL and apply the money to invoices.

        `ChargeCustomer`; moves money: never repeated after an ambiguous failure.
        """
        return await self._client.call(
            ops.action(
                "ChargeCustomer",
                ChargeCustomerParamsModel,
                params,
                ChargeCustomerResponse,
                safe_to_repeat=False,
            )
        )

    async def get_ar_summary(
        self,
    ) -> GetARSummaryResponse:
        """Return an overview of receivables: open invoices by due window and payments received or due.

        `GetARSummary`.
        """
        return await self._client.call(
            ops.action(
                "GetARSummary",
                None,
                {},
                GetARSummaryResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    async def record_ar_payment(
        self,
        **params: Unpack[RecordARPaymentParams],
    ) -> ReceivedPay:
        """Record a customer payment received outside BILL.

        `RecordARPayment`; moves money: never repeated after an ambiguous failure.
        """
        return await self._client.call(
            ops.action(
                "RecordARPayment",
                RecordARPaymentParamsModel,
                params,
                ReceivedPay,
                safe_to_repeat=False,
            )
        )

    async def set_customer_authorization(
        self,
        **params: Unpack[SetCustomerAuthorizationParams],
    ) -> Customer:
        """Record whether a customer has authorized the organization to debit their bank account.

        `SetCustomerAuthorization`.
        """
        return await self._client.call(
            ops.action(
                "SetCustomerAuthorization",
                SetCustomerAuthorizationParamsModel,
                params,
                Customer,
                safe_to_repeat=True,
            )
        )

    async def void_ar_payment(
        self,
        **params: Unpack[VoidARPaymentParams],
    ) -> None:
        """Void a recorded customer payment.

        `VoidARPayment`; moves money: never repeated after an ambiguous failure.
        """
        return await self._client.call(
            ops.action_no_content(
                "VoidARPayment",
                VoidARPaymentParamsModel,
                params,
                safe_to_repeat=False,
            )
        )
