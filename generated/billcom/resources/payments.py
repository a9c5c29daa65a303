# Generated from spec/actions by codegen. Do not edit: run make generate.
"""Payments actions: CancelAPPayment, GetAPSummary, GetCheckImageData, GetDisbursementData, GetDynamicExchangeRateQuote, ListPayments, PayBills, RecordAPPayment, VoidAPPayment."""

from __future__ import annotations

from typing import Unpack

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.cancel_ap_payment import CancelAPPaymentParams, CancelAPPaymentParamsModel
from ..models.get_ap_summary import (
    GetAPSummaryResponse,
)
from ..models.get_check_image_data import (
    GetCheckImageDataParams,
    GetCheckImageDataParamsModel,
    GetCheckImageDataResponse,
)
from ..models.get_disbursement_data import (
    GetDisbursementDataParams,
    GetDisbursementDataParamsModel,
    GetDisbursementDataResponse,
)
from ..models.get_dynamic_exchange_rate_quote import (
    GetDynamicExchangeRateQuoteParams,
    GetDynamicExchangeRateQuoteParamsModel,
    GetDynamicExchangeRateQuoteResponse,
)
from ..models.list_payments import (
    ListPaymentsParams,
    ListPaymentsParamsModel,
    ListPaymentsResponse,
)
from ..models.pay_bills import (
    PayBillsParams,
    PayBillsParamsModel,
    PayBillsResponse,
)
from ..models.record_ap_payment import (
    RecordAPPaymentParams,
    RecordAPPaymentParamsModel,
)
from ..models.sent_pay import SentPay
from ..models.void_ap_payment import (
    VoidAPPaymentParams,
    VoidAPPaymentParamsModel,
)

__all__ = ["AsyncPayments", "Payments"]


class Payments(SyncAPIResource):
    """Payments action endpoints."""

    def cancel(
        self,
        **params: Unpack[CancelAPPaymentParams],
    ) -> SentPay:
        """Cancel a scheduled PayBills payment before BILL's cut-off.

        `CancelAPPayment`; moves money: never repeated after an ambiguous failure.
        """
        return self._client.call(
            ops.action(
                "CancelAPPayment",
                CancelAPPaymentParamsModel,
                params,
                SentPay,
                safe_to_repeat=False,
            )
        )

    def get_ap_summary(
        self,
    ) -> GetAPSummaryResponse:
        """Return an overview of payables: overdue and upcoming bills and approvals.

        `GetAPSummary`.
        """
        return self._client.call(
            ops.action(
                "GetAPSummary",
                None,
                {},
                GetAPSummaryResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    def get_check_image_data(
        self,
        **params: Unpack[GetCheckImageDataParams],
    ) -> GetCheckImageDataResponse:
        """Get the image link of a cleared check.

        `GetCheckImageData`.
        """
        return self._client.call(
            ops.action(
                "GetCheckImageData",
                GetCheckImageDataParamsModel,
                params,
                GetCheckImageDataResponse,
                safe_to_repeat=True,
            )
        )

    def get_disbursement_data(
        self,
        **params: Unpack[GetDisbursementDataParams],
    ) -> GetDisbursementDataResponse:
        """Read how and when a payment was disbursed to the vendor.

        `GetDisbursementData`.
        """
        return self._client.call(
            ops.action(
                "GetDisbursementData",
                GetDisbursementDataParamsModel,
                params,
                GetDisbursementDataResponse,
                safe_to_repeat=True,
            )
        )

    def get_exchange_rate_quote(
        self,
        **params: Unpack[GetDynamicExchangeRateQuoteParams],
    ) -> GetDynamicExchangeRateQuoteResponse:
        """Quote exchange rates for paying international vendors.

        `GetDynamicExchangeRateQuote`.
        """
        return self._client.call(
            ops.action(
                "GetDynamicExchangeRateQuote",
                GetDynamicExchangeRateQuoteParamsModel,
                params,
                GetDynamicExchangeRateQuoteResponse,
                safe_to_repeat=True,
            )
        )

    def list_payments(
        self,
        **params: Unpack[ListPaymentsParams],
    ) -> ListPaymentsResponse:
        """List SentPays by disbursement status.

        `ListPayments`.
        """
        return self._client.call(
            ops.action(
                "ListPayments",
                ListPaymentsParamsModel,
                params,
                ListPaymentsResponse,
                safe_to_repeat=True,
            )
        )

    def pay_bills(
        self,
        **params: Unpack[PayBillsParams],
    ) -> PayBillsResponse:
        """Pay bills through BILL by ePayment (ACH) or paper check.

        `PayBills`; moves money: never repeated after an ambiguous failure; needs an MFA-trusted session.
        """
        return self._client.call(
            ops.action(
                "PayBills",
                PayBillsParamsModel,
                params,
                PayBillsResponse,
                safe_to_repeat=False,
                response_wraps="sentPays",
            )
        )

    def record_ap_payment(
        self,
        **params: Unpack[RecordAPPaymentParams],
    ) -> SentPay:
        """Record a bill payment made outside BILL.

        `RecordAPPayment`; moves money: never repeated after an ambiguous failure.
        """
        return self._client.call(
            ops.action(
                "RecordAPPayment",
                RecordAPPaymentParamsModel,
                params,
                SentPay,
                safe_to_repeat=False,
            )
        )

    def void(
        self,
        **params: Unpack[VoidAPPaymentParams],
    ) -> SentPay:
        """Void a payment (void and credit, void and reissue, or void only).

        `VoidAPPayment`; moves money: never repeated after an ambiguous failure.
        """
        return self._client.call(
            ops.action(
                "VoidAPPayment",
                VoidAPPaymentParamsModel,
                params,
                SentPay,
                safe_to_repeat=False,
            )
        )


class AsyncPayments(AsyncAPIResource):
    """Payments action endpoints."""

    async def cancel(
        self,
        **params: Unpack[CancelAPPaymentParams],
    ) -> SentPay:
        """Cancel a scheduled PayBills payment before BILL's cut-off.

        `CancelAPPayment`; moves money: never repeated after an ambiguous failure.
        """
        return await self._client.call(
            ops.action(
                "CancelAPPayment",
                CancelAPPaymentParamsModel,
                params,
                SentPay,
                safe_to_repeat=False,
            )
        )

    async def get_ap_summary(
        self,
    ) -> GetAPSummaryResponse:
        """Return an overview of payables: overdue and upcoming bills and approvals.

        `GetAPSummary`.
        """
        return await self._client.call(
            ops.action(
                "GetAPSummary",
                None,
                {},
                GetAPSummaryResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    async def get_check_image_data(
        self,
        **params: Unpack[GetCheckImageDataParams],
    ) -> GetCheckImageDataResponse:
        """Get the image link of a cleared check.

        `GetCheckImageData`.
        """
        return await self._client.call(
            ops.action(
                "GetCheckImageData",
                GetCheckImageDataParamsModel,
                params,
                GetCheckImageDataResponse,
                safe_to_repeat=True,
            )
        )

    async def get_disbursement_data(
        self,
        **params: Unpack[GetDisbursementDataParams],
    ) -> GetDisbursementDataResponse:
        """Read how and when a payment was disbursed to the vendor.

        `GetDisbursementData`.
        """
        return await self._client.call(
            ops.action(
                "GetDisbursementData",
                GetDisbursementDataParamsModel,
                params,
                GetDisbursementDataResponse,
                safe_to_repeat=True,
            )
        )

    async def get_exchange_rate_quote(
        self,
        **params: Unpack[GetDynamicExchangeRateQuoteParams],
    ) -> GetDynamicExchangeRateQuoteResponse:
        """Quote exchange rates for paying international vendors.

        `GetDynamicExchangeRateQuote`.
        """
        return await self._client.call(
            ops.action(
                "GetDynamicExchangeRateQuote",
                GetDynamicExchangeRateQuoteParamsModel,
                params,
                GetDynamicExchangeRateQuoteResponse,
                safe_to_repeat=True,
            )
        )

    async def list_payments(
        self,
        **params: Unpack[ListPaymentsParams],
    ) -> ListPaymentsResponse:
        """List SentPays by disbursement status.

        `ListPayments`.
        """
        return await self._client.call(
            ops.action(
                "ListPayments",
                ListPaymentsParamsModel,
                params,
                ListPaymentsResponse,
                safe_to_repeat=True,
            )
        )

    async def pay_bills(
        self,
        **params: Unpack[PayBillsParams],
    ) -> PayBillsResponse:
        """Pay bills through BILL by ePayment (ACH) or paper check.

        `PayBills`; moves money: never repeated after an ambiguous failure; needs an MFA-trusted session.
        """
        return await self._client.call(
            ops.action(
                "PayBills",
                PayBillsParamsModel,
                params,
                PayBillsResponse,
                safe_to_repeat=False,
                response_wraps="sentPays",
            )
        )

    async def record_ap_payment(
        self,
        **params: Unpack[RecordAPPaymentParams],
    ) -> SentPay:
        """Record a bill payment made outside BILL.

        `RecordAPPayment`; moves money: never repeated after an ambiguous failure.
        """
        return await self._client.call(
            ops.action(
                "RecordAPPayment",
                RecordAPPaymentParamsModel,
                params,
                SentPay,
                safe_to_repeat=False,
            )
        )

    async def void(
        self,
        **params: Unpack[VoidAPPaymentParams],
    ) -> SentPay:
        """Void a payment (void and credit, void and reissue, or void only).

        `VoidAPPayment`; moves money: never repeated after an ambiguous failure.
        """
        return await self._client.call(
            ops.action(
                "VoidAPPayment",
                VoidAPPaymentParamsModel,
                params,
                SentPay,
                safe_to_repeat=False,
            )
        )
