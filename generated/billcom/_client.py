# Generated from spec/entities by codegen. Do not edit: run make generate.
"""The clients: one attribute per entity resource, each imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.bills import AsyncBills, Bills
    from .resources.customers import AsyncCustomers, Customers
    from .resources.invoices import AsyncInvoices, Invoices
    from .resources.vendors import AsyncVendors, Vendors

__all__ = ["AsyncBillCom", "BillCom"]


class BillCom(SyncAPIClient):
    """Client for the Bill.com v2 API.

    Credentials default to BILLCOM_USERNAME, BILLCOM_PASSWORD, BILLCOM_ORG_ID and
    BILLCOM_DEV_KEY; the base URL to BILLCOM_BASE_URL, else production. The client logs in
    on first use and sends every later call to the endpoint Login returned.
    """

    @cached_property
    def bills(self) -> Bills:
        """A payable invoice received from a vendor."""
        from .resources.bills import Bills

        return Bills(self)

    @cached_property
    def customers(self) -> Customers:
        """A company or person the organization invoices and receives payments from."""
        from .resources.customers import Customers

        return Customers(self)

    @cached_property
    def invoices(self) -> Invoices:
        """A receivable invoice the organization sends to a customer."""
        from .resources.invoices import Invoices

        return Invoices(self)

    @cached_property
    def vendors(self) -> Vendors:
        """A company or person the organization pays."""
        from .resources.vendors import Vendors

        return Vendors(self)


class AsyncBillCom(AsyncAPIClient):
    """Async client for the Bill.com v2 API.

    Credentials default to BILLCOM_USERNAME, BILLCOM_PASSWORD, BILLCOM_ORG_ID and
    BILLCOM_DEV_KEY; the base URL to BILLCOM_BASE_URL, else production. The client logs in
    on first use and sends every later call to the endpoint Login returned.
    """

    @cached_property
    def bills(self) -> AsyncBills:
        """A payable invoice received from a vendor."""
        from .resources.bills import AsyncBills

        return AsyncBills(self)

    @cached_property
    def customers(self) -> AsyncCustomers:
        """A company or person the organization invoices and receives payments from."""
        from .resources.customers import AsyncCustomers

        return AsyncCustomers(self)

    @cached_property
    def invoices(self) -> AsyncInvoices:
        """A receivable invoice the organization sends to a customer."""
        from .resources.invoices import AsyncInvoices

        return AsyncInvoices(self)

    @cached_property
    def vendors(self) -> AsyncVendors:
        """A company or person the organization pays."""
        from .resources.vendors import AsyncVendors

        return AsyncVendors(self)
