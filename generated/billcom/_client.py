# Generated from spec by codegen. Do not edit: run make generate.
"""The clients: one attribute per entity resource and per action group, each imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.actg_classes import ActgClasses, AsyncActgClasses
    from .resources.approval_policies import ApprovalPolicies, AsyncApprovalPolicies
    from .resources.approval_policy_approvers import (
        ApprovalPolicyApprovers,
        AsyncApprovalPolicyApprovers,
    )
    from .resources.approvals import Approvals, AsyncApprovals
    from .resources.bank_accounts import AsyncBankAccounts, BankAccounts
    from .resources.bill_approvers import AsyncBillApprovers, BillApprovers
    from .resources.bill_credits import AsyncBillCredits, BillCredits
    from .resources.bill_pays import AsyncBillPays, BillPays
    from .resources.bills import AsyncBills, Bills
    from .resources.card_accounts import AsyncCardAccounts, CardAccounts
    from .resources.chart_of_accounts import AsyncChartOfAccounts, ChartOfAccounts
    from .resources.credit_memos import AsyncCreditMemos, CreditMemos
    from .resources.customer_bank_accounts import AsyncCustomerBankAccounts, CustomerBankAccounts
    from .resources.customer_contacts import AsyncCustomerContacts, CustomerContacts
    from .resources.customers import AsyncCustomers, Customers
    from .resources.departments import AsyncDepartments, Departments
    from .resources.documents import AsyncDocuments, Documents
    from .resources.employees import AsyncEmployees, Employees
    from .resources.invoice_credits import AsyncInvoiceCredits, InvoiceCredits
    from .resources.invoices import AsyncInvoices, Invoices
    from .resources.items import AsyncItems, Items
    from .resources.jobs import AsyncJobs, Jobs
    from .resources.locations import AsyncLocations, Locations
    from .resources.money_movements import AsyncMoneyMovements, MoneyMovements
    from .resources.network import AsyncNetwork, Network
    from .resources.organization import AsyncOrganization, Organization
    from .resources.organizations import AsyncOrganizations, Organizations
    from .resources.payment_terms import AsyncPaymentTerms, PaymentTerms
    from .resources.payments import AsyncPayments, Payments
    from .resources.profiles import AsyncProfiles, Profiles
    from .resources.purchase_orders import AsyncPurchaseOrders, PurchaseOrders
    from .resources.receivables import AsyncReceivables, Receivables
    from .resources.received_pays import AsyncReceivedPays, ReceivedPays
    from .resources.recurring_bills import AsyncRecurringBills, RecurringBills
    from .resources.recurring_invoices import AsyncRecurringInvoices, RecurringInvoices
    from .resources.rp_conv_fees import AsyncRpConvFees, RpConvFees
    from .resources.sent_pays import AsyncSentPays, SentPays
    from .resources.session import AsyncSession, Session
    from .resources.users import AsyncUsers, Users
    from .resources.vendor_bank_accounts import AsyncVendorBankAccounts, VendorBankAccounts
    from .resources.vendor_credit_approvers import AsyncVendorCreditApprovers, VendorCreditApprovers
    from .resources.vendor_credits import AsyncVendorCredits, VendorCredits
    from .resources.vendors import AsyncVendors, Vendors

__all__ = ["AsyncBillCom", "BillCom"]


class BillCom(SyncAPIClient):
    """Client for the Bill.com v2 API.

    Credentials default to BILLCOM_USERNAME, BILLCOM_PASSWORD, BILLCOM_ORG_ID and
    BILLCOM_DEV_KEY; the base URL to BILLCOM_BASE_URL, else production. The client logs in
    on first use and sends every later call to the endpoint Login returned. Pass the
    `mfa_id` and `device_id` of a remembered MFA trust to get MFA-trusted sessions.
    """

    @cached_property
    def actg_classes(self) -> ActgClasses:
        """An accounting class, a dimension for coding transactions."""
        from .resources.actg_classes import ActgClasses

        return ActgClasses(self)

    @cached_property
    def approval_policies(self) -> ApprovalPolicies:
        """A rule requiring approvals for bills or vendor credits above an amount."""
        from .resources.approval_policies import ApprovalPolicies

        return ApprovalPolicies(self)

    @cached_property
    def approval_policy_approvers(self) -> ApprovalPolicyApprovers:
        """A mandatory approver of an approval policy."""
        from .resources.approval_policy_approvers import ApprovalPolicyApprovers

        return ApprovalPolicyApprovers(self)

    @cached_property
    def bank_accounts(self) -> BankAccounts:
        """One of the organization's own bank accounts."""
        from .resources.bank_accounts import BankAccounts

        return BankAccounts(self)

    @cached_property
    def bills(self) -> Bills:
        """A payable invoice received from a vendor."""
        from .resources.bills import Bills

        return Bills(self)

    @cached_property
    def bill_approvers(self) -> BillApprovers:
        """An approver slot on a bill."""
        from .resources.bill_approvers import BillApprovers

        return BillApprovers(self)

    @cached_property
    def bill_credits(self) -> BillCredits:
        """One application of a vendor credit to a bill within a payment."""
        from .resources.bill_credits import BillCredits

        return BillCredits(self)

    @cached_property
    def bill_pays(self) -> BillPays:
        """The portion of a sent payment applied to one bill."""
        from .resources.bill_pays import BillPays

        return BillPays(self)

    @cached_property
    def card_accounts(self) -> CardAccounts:
        """A card the organization can fund payments with."""
        from .resources.card_accounts import CardAccounts

        return CardAccounts(self)

    @cached_property
    def chart_of_accounts(self) -> ChartOfAccounts:
        """A ledger account of the organization's chart of accounts."""
        from .resources.chart_of_accounts import ChartOfAccounts

        return ChartOfAccounts(self)

    @cached_property
    def credit_memos(self) -> CreditMemos:
        """A customer credit that reduces what the customer owes on invoices."""
        from .resources.credit_memos import CreditMemos

        return CreditMemos(self)

    @cached_property
    def customers(self) -> Customers:
        """A company or person the organization invoices and receives payments from."""
        from .resources.customers import Customers

        return Customers(self)

    @cached_property
    def customer_bank_accounts(self) -> CustomerBankAccounts:
        """A customer's bank account that the organization can debit through ChargeCustomer."""
        from .resources.customer_bank_accounts import CustomerBankAccounts

        return CustomerBankAccounts(self)

    @cached_property
    def customer_contacts(self) -> CustomerContacts:
        """A contact person of a customer who receives its invoice emails."""
        from .resources.customer_contacts import CustomerContacts

        return CustomerContacts(self)

    @cached_property
    def departments(self) -> Departments:
        """A department, a dimension for coding transactions."""
        from .resources.departments import Departments

        return Departments(self)

    @cached_property
    def employees(self) -> Employees:
        """An employee as an expense-coding dimension (not a User)."""
        from .resources.employees import Employees

        return Employees(self)

    @cached_property
    def invoices(self) -> Invoices:
        """A receivable invoice the organization sends to a customer."""
        from .resources.invoices import Invoices

        return Invoices(self)

    @cached_property
    def invoice_credits(self) -> InvoiceCredits:
        """The application of a credit memo to one invoice."""
        from .resources.invoice_credits import InvoiceCredits

        return InvoiceCredits(self)

    @cached_property
    def items(self) -> Items:
        """A product or service the organization sells or buys, including discount and sales-tax items."""
        from .resources.items import Items

        return Items(self)

    @cached_property
    def jobs(self) -> Jobs:
        """A job or project, a dimension for coding transactions."""
        from .resources.jobs import Jobs

        return Jobs(self)

    @cached_property
    def locations(self) -> Locations:
        """A location, a dimension for coding transactions."""
        from .resources.locations import Locations

        return Locations(self)

    @cached_property
    def money_movements(self) -> MoneyMovements:
        """A movement of funds into or out of an organization bank account."""
        from .resources.money_movements import MoneyMovements

        return MoneyMovements(self)

    @cached_property
    def organizations(self) -> Organizations:
        """A company using BILL, the legal entity that users and bank accounts belong to."""
        from .resources.organizations import Organizations

        return Organizations(self)

    @cached_property
    def payment_terms(self) -> PaymentTerms:
        """A named payment term that sets how many days a payer has to pay."""
        from .resources.payment_terms import PaymentTerms

        return PaymentTerms(self)

    @cached_property
    def profiles(self) -> Profiles:
        """A user role that governs what its users may do, such as approve or pay."""
        from .resources.profiles import Profiles

        return Profiles(self)

    @cached_property
    def purchase_orders(self) -> PurchaseOrders:
        """A purchase order placed with a vendor."""
        from .resources.purchase_orders import PurchaseOrders

        return PurchaseOrders(self)

    @cached_property
    def rp_conv_fees(self) -> RpConvFees:
        """A convenience fee charged on a received payment."""
        from .resources.rp_conv_fees import RpConvFees

        return RpConvFees(self)

    @cached_property
    def received_pays(self) -> ReceivedPays:
        """A payment received from a customer, recorded offline or charged online through BILL."""
        from .resources.received_pays import ReceivedPays

        return ReceivedPays(self)

    @cached_property
    def recurring_bills(self) -> RecurringBills:
        """A template that generates bills from a vendor on a schedule."""
        from .resources.recurring_bills import RecurringBills

        return RecurringBills(self)

    @cached_property
    def recurring_invoices(self) -> RecurringInvoices:
        """A recurring-invoice profile that generates invoices for a customer on a schedule."""
        from .resources.recurring_invoices import RecurringInvoices

        return RecurringInvoices(self)

    @cached_property
    def sent_pays(self) -> SentPays:
        """One outgoing vendor payment, online or recorded offline."""
        from .resources.sent_pays import SentPays

        return SentPays(self)

    @cached_property
    def users(self) -> Users:
        """A person who can sign in to the organization, with a role profile."""
        from .resources.users import Users

        return Users(self)

    @cached_property
    def vendors(self) -> Vendors:
        """A company or person the organization pays."""
        from .resources.vendors import Vendors

        return Vendors(self)

    @cached_property
    def vendor_bank_accounts(self) -> VendorBankAccounts:
        """A vendor's bank account for ePayments."""
        from .resources.vendor_bank_accounts import VendorBankAccounts

        return VendorBankAccounts(self)

    @cached_property
    def vendor_credits(self) -> VendorCredits:
        """A credit memo received from a vendor, applied against its bills."""
        from .resources.vendor_credits import VendorCredits

        return VendorCredits(self)

    @cached_property
    def vendor_credit_approvers(self) -> VendorCreditApprovers:
        """An approver slot on a vendor credit."""
        from .resources.vendor_credit_approvers import VendorCreditApprovers

        return VendorCreditApprovers(self)

    @cached_property
    def approvals(self) -> Approvals:
        """Approvals actions: Approve, ClearApprovers, Deny, GetAllBillApproverPolicy, ListApprovers, ListUserApprovals, SetApprovers."""
        from .resources.approvals import Approvals

        return Approvals(self)

    @cached_property
    def documents(self) -> Documents:
        """Documents actions: GetDocumentPages, GetDocuments, GetObjectUrl, UploadAttachment."""
        from .resources.documents import Documents

        return Documents(self)

    @cached_property
    def network(self) -> Network:
        """Network actions: CancelInvite, ConnectLargeBillerAsVendor, DisconnectCustomerFromNetwork, DisconnectVendorFromNetwork, GetLargeBillerPaymentAddress, GetNetworkStatus, LargeBillerSearch, NetworkSearch, SearchEntity, SendInvite, SendVendorInvite."""
        from .resources.network import Network

        return Network(self)

    @cached_property
    def organization(self) -> Organization:
        """Organization actions: Errors, GetBankBalance, GetEntityMetadata, GetProfilePermissions, ListMessage, SendMessage, SetBankBalance."""
        from .resources.organization import Organization

        return Organization(self)

    @cached_property
    def payments(self) -> Payments:
        """Payments actions: CancelAPPayment, GetAPSummary, GetCheckImageData, GetDisbursementData, GetDynamicExchangeRateQuote, ListPayments, PayBills, RecordAPPayment, VoidAPPayment."""
        from .resources.payments import Payments

        return Payments(self)

    @cached_property
    def receivables(self) -> Receivables:
        """Receivables actions: ChargeCustomer, GetARSummary, RecordARPayment, SetCustomerAuthorization, VoidARPayment."""
        from .resources.receivables import Receivables

        return Receivables(self)

    @cached_property
    def session(self) -> Session:
        """Session actions: CurrentTime, GetSessionInfo, ListOrgs, Login, Logout, MFAAuthenticate, MFAChallenge, MFAStatus."""
        from .resources.session import Session

        return Session(self)


class AsyncBillCom(AsyncAPIClient):
    """Async client for the Bill.com v2 API.

    Credentials default to BILLCOM_USERNAME, BILLCOM_PASSWORD, BILLCOM_ORG_ID and
    BILLCOM_DEV_KEY; the base URL to BILLCOM_BASE_URL, else production. The client logs in
    on first use and sends every later call to the endpoint Login returned. Pass the
    `mfa_id` and `device_id` of a remembered MFA trust to get MFA-trusted sessions.
    """

    @cached_property
    def actg_classes(self) -> AsyncActgClasses:
        """An accounting class, a dimension for coding transactions."""
        from .resources.actg_classes import AsyncActgClasses

        return AsyncActgClasses(self)

    @cached_property
    def approval_policies(self) -> AsyncApprovalPolicies:
        """A rule requiring approvals for bills or vendor credits above an amount."""
        from .resources.approval_policies import AsyncApprovalPolicies

        return AsyncApprovalPolicies(self)

    @cached_property
    def approval_policy_approvers(self) -> AsyncApprovalPolicyApprovers:
        """A mandatory approver of an approval policy."""
        from .resources.approval_policy_approvers import AsyncApprovalPolicyApprovers

        return AsyncApprovalPolicyApprovers(self)

    @cached_property
    def bank_accounts(self) -> AsyncBankAccounts:
        """One of the organization's own bank accounts."""
        from .resources.bank_accounts import AsyncBankAccounts

        return AsyncBankAccounts(self)

    @cached_property
    def bills(self) -> AsyncBills:
        """A payable invoice received from a vendor."""
        from .resources.bills import AsyncBills

        return AsyncBills(self)

    @cached_property
    def bill_approvers(self) -> AsyncBillApprovers:
        """An approver slot on a bill."""
        from .resources.bill_approvers import AsyncBillApprovers

        return AsyncBillApprovers(self)

    @cached_property
    def bill_credits(self) -> AsyncBillCredits:
        """One application of a vendor credit to a bill within a payment."""
        from .resources.bill_credits import AsyncBillCredits

        return AsyncBillCredits(self)

    @cached_property
    def bill_pays(self) -> AsyncBillPays:
        """The portion of a sent payment applied to one bill."""
        from .resources.bill_pays import AsyncBillPays

        return AsyncBillPays(self)

    @cached_property
    def card_accounts(self) -> AsyncCardAccounts:
        """A card the organization can fund payments with."""
        from .resources.card_accounts import AsyncCardAccounts

        return AsyncCardAccounts(self)

    @cached_property
    def chart_of_accounts(self) -> AsyncChartOfAccounts:
        """A ledger account of the organization's chart of accounts."""
        from .resources.chart_of_accounts import AsyncChartOfAccounts

        return AsyncChartOfAccounts(self)

    @cached_property
    def credit_memos(self) -> AsyncCreditMemos:
        """A customer credit that reduces what the customer owes on invoices."""
        from .resources.credit_memos import AsyncCreditMemos

        return AsyncCreditMemos(self)

    @cached_property
    def customers(self) -> AsyncCustomers:
        """A company or person the organization invoices and receives payments from."""
        from .resources.customers import AsyncCustomers

        return AsyncCustomers(self)

    @cached_property
    def customer_bank_accounts(self) -> AsyncCustomerBankAccounts:
        """A customer's bank account that the organization can debit through ChargeCustomer."""
        from .resources.customer_bank_accounts import AsyncCustomerBankAccounts

        return AsyncCustomerBankAccounts(self)

    @cached_property
    def customer_contacts(self) -> AsyncCustomerContacts:
        """A contact person of a customer who receives its invoice emails."""
        from .resources.customer_contacts import AsyncCustomerContacts

        return AsyncCustomerContacts(self)

    @cached_property
    def departments(self) -> AsyncDepartments:
        """A department, a dimension for coding transactions."""
        from .resources.departments import AsyncDepartments

        return AsyncDepartments(self)

    @cached_property
    def employees(self) -> AsyncEmployees:
        """An employee as an expense-coding dimension (not a User)."""
        from .resources.employees import AsyncEmployees

        return AsyncEmployees(self)

    @cached_property
    def invoices(self) -> AsyncInvoices:
        """A receivable invoice the organization sends to a customer."""
        from .resources.invoices import AsyncInvoices

        return AsyncInvoices(self)

    @cached_property
    def invoice_credits(self) -> AsyncInvoiceCredits:
        """The application of a credit memo to one invoice."""
        from .resources.invoice_credits import AsyncInvoiceCredits

        return AsyncInvoiceCredits(self)

    @cached_property
    def items(self) -> AsyncItems:
        """A product or service the organization sells or buys, including discount and sales-tax items."""
        from .resources.items import AsyncItems

        return AsyncItems(self)

    @cached_property
    def jobs(self) -> AsyncJobs:
        """A job or project, a dimension for coding transactions."""
        from .resources.jobs import AsyncJobs

        return AsyncJobs(self)

    @cached_property
    def locations(self) -> AsyncLocations:
        """A location, a dimension for coding transactions."""
        from .resources.locations import AsyncLocations

        return AsyncLocations(self)

    @cached_property
    def money_movements(self) -> AsyncMoneyMovements:
        """A movement of funds into or out of an organization bank account."""
        from .resources.money_movements import AsyncMoneyMovements

        return AsyncMoneyMovements(self)

    @cached_property
    def organizations(self) -> AsyncOrganizations:
        """A company using BILL, the legal entity that users and bank accounts belong to."""
        from .resources.organizations import AsyncOrganizations

        return AsyncOrganizations(self)

    @cached_property
    def payment_terms(self) -> AsyncPaymentTerms:
        """A named payment term that sets how many days a payer has to pay."""
        from .resources.payment_terms import AsyncPaymentTerms

        return AsyncPaymentTerms(self)

    @cached_property
    def profiles(self) -> AsyncProfiles:
        """A user role that governs what its users may do, such as approve or pay."""
        from .resources.profiles import AsyncProfiles

        return AsyncProfiles(self)

    @cached_property
    def purchase_orders(self) -> AsyncPurchaseOrders:
        """A purchase order placed with a vendor."""
        from .resources.purchase_orders import AsyncPurchaseOrders

        return AsyncPurchaseOrders(self)

    @cached_property
    def rp_conv_fees(self) -> AsyncRpConvFees:
        """A convenience fee charged on a received payment."""
        from .resources.rp_conv_fees import AsyncRpConvFees

        return AsyncRpConvFees(self)

    @cached_property
    def received_pays(self) -> AsyncReceivedPays:
        """A payment received from a customer, recorded offline or charged online through BILL."""
        from .resources.received_pays import AsyncReceivedPays

        return AsyncReceivedPays(self)

    @cached_property
    def recurring_bills(self) -> AsyncRecurringBills:
        """A template that generates bills from a vendor on a schedule."""
        from .resources.recurring_bills import AsyncRecurringBills

        return AsyncRecurringBills(self)

    @cached_property
    def recurring_invoices(self) -> AsyncRecurringInvoices:
        """A recurring-invoice profile that generates invoices for a customer on a schedule."""
        from .resources.recurring_invoices import AsyncRecurringInvoices

        return AsyncRecurringInvoices(self)

    @cached_property
    def sent_pays(self) -> AsyncSentPays:
        """One outgoing vendor payment, online or recorded offline."""
        from .resources.sent_pays import AsyncSentPays

        return AsyncSentPays(self)

    @cached_property
    def users(self) -> AsyncUsers:
        """A person who can sign in to the organization, with a role profile."""
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @cached_property
    def vendors(self) -> AsyncVendors:
        """A company or person the organization pays."""
        from .resources.vendors import AsyncVendors

        return AsyncVendors(self)

    @cached_property
    def vendor_bank_accounts(self) -> AsyncVendorBankAccounts:
        """A vendor's bank account for ePayments."""
        from .resources.vendor_bank_accounts import AsyncVendorBankAccounts

        return AsyncVendorBankAccounts(self)

    @cached_property
    def vendor_credits(self) -> AsyncVendorCredits:
        """A credit memo received from a vendor, applied against its bills."""
        from .resources.vendor_credits import AsyncVendorCredits

        return AsyncVendorCredits(self)

    @cached_property
    def vendor_credit_approvers(self) -> AsyncVendorCreditApprovers:
        """An approver slot on a vendor credit."""
        from .resources.vendor_credit_approvers import AsyncVendorCreditApprovers

        return AsyncVendorCreditApprovers(self)

    @cached_property
    def approvals(self) -> AsyncApprovals:
        """Approvals actions: Approve, ClearApprovers, Deny, GetAllBillApproverPolicy, ListApprovers, ListUserApprovals, SetApprovers."""
        from .resources.approvals import AsyncApprovals

        return AsyncApprovals(self)

    @cached_property
    def documents(self) -> AsyncDocuments:
        """Documents actions: GetDocumentPages, GetDocuments, GetObjectUrl, UploadAttachment."""
        from .resources.documents import AsyncDocuments

        return AsyncDocuments(self)

    @cached_property
    def network(self) -> AsyncNetwork:
        """Network actions: CancelInvite, ConnectLargeBillerAsVendor, DisconnectCustomerFromNetwork, DisconnectVendorFromNetwork, GetLargeBillerPaymentAddress, GetNetworkStatus, LargeBillerSearch, NetworkSearch, SearchEntity, SendInvite, SendVendorInvite."""
        from .resources.network import AsyncNetwork

        return AsyncNetwork(self)

    @cached_property
    def organization(self) -> AsyncOrganization:
        """Organization actions: Errors, GetBankBalance, GetEntityMetadata, GetProfilePermissions, ListMessage, SendMessage, SetBankBalance."""
        from .resources.organization import AsyncOrganization

        return AsyncOrganization(self)

    @cached_property
    def payments(self) -> AsyncPayments:
        """Payments actions: CancelAPPayment, GetAPSummary, GetCheckImageData, GetDisbursementData, GetDynamicExchangeRateQuote, ListPayments, PayBills, RecordAPPayment, VoidAPPayment."""
        from .resources.payments import AsyncPayments

        return AsyncPayments(self)

    @cached_property
    def receivables(self) -> AsyncReceivables:
        """Receivables actions: ChargeCustomer, GetARSummary, RecordARPayment, SetCustomerAuthorization, VoidARPayment."""
        from .resources.receivables import AsyncReceivables

        return AsyncReceivables(self)

    @cached_property
    def session(self) -> AsyncSession:
        """Session actions: CurrentTime, GetSessionInfo, ListOrgs, Login, Logout, MFAAuthenticate, MFAChallenge, MFAStatus."""
        from .resources.session import AsyncSession

        return AsyncSession(self)
