# Generated from spec/actions/GetProfilePermissions.yaml by codegen. Do not edit: run make generate.
"""Types of GetProfilePermissions: Return the permission flags of a user role profile."""

from __future__ import annotations

from typing import ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    Lenient,
)

__all__ = [
    "GetProfilePermissionsParams",
    "GetProfilePermissionsParamsModel",
    "GetProfilePermissionsResponse",
]


class GetProfilePermissionsParams(TypedDict, total=False):
    """Keyword arguments for GetProfilePermissions."""

    id: Required[str]


class GetProfilePermissionsParamsModel(ParamsModel):
    """Validates and serializes `GetProfilePermissionsParams`."""

    id: str = Field(alias="id")


class GetProfilePermissionsResponse(BillComModel):
    """What GetProfilePermissions answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    can_approve: Lenient[Boolean] | None = Field(default=None, alias="canApprove")
    """May approve bills and vendor credits."""
    can_dual_control: Lenient[Boolean] | None = Field(default=None, alias="canDualControl")
    """May manage Dual Control."""
    can_manage_network: Lenient[Boolean] | None = Field(default=None, alias="canManageNetwork")
    """May manage BILL network connections with customers and vendors."""
    can_override_remittance: Lenient[Boolean] | None = Field(
        default=None, alias="canOverrideRemittance"
    )
    """May override remittance details."""
    can_pay_unapproved_bill: Lenient[Boolean] | None = Field(
        default=None, alias="canPayUnapprovedBill"
    )
    """May pay bills not yet approved (with a verified funding account)."""
    can_pay_unassigned_bill: Lenient[Boolean] | None = Field(
        default=None, alias="canPayUnassignedBill"
    )
    """May pay bills with no approver assigned (with a verified funding account)."""
    can_sync: Lenient[Boolean] | None = Field(default=None, alias="canSync")
    """May sync records with the accounting system beyond its own permissions."""
    edit_assigned_bill: Lenient[Boolean] | None = Field(default=None, alias="editAssignedBill")
    """May edit bills assigned to them for approval, without editBill."""
    edit_bill: Lenient[Boolean] | None = Field(default=None, alias="editBill")
    """May edit bills."""
    edit_billing: Lenient[Boolean] | None = Field(default=None, alias="editBilling")
    """May edit BILL billing details."""
    edit_card_transaction: Lenient[Boolean] | None = Field(
        default=None, alias="editCardTransaction"
    )
    """May edit card transactions."""
    edit_cashview: Lenient[Boolean] | None = Field(default=None, alias="editCashview")
    """May edit cash forecasts."""
    edit_chart_of_account: Lenient[Boolean] | None = Field(default=None, alias="editChartOfAccount")
    """May edit the chart of accounts."""
    edit_class: Lenient[Boolean] | None = Field(default=None, alias="editClass")
    """May edit accounting classes."""
    edit_customer: Lenient[Boolean] | None = Field(default=None, alias="editCustomer")
    """May edit customers."""
    edit_department: Lenient[Boolean] | None = Field(default=None, alias="editDepartment")
    """May edit departments."""
    edit_document: Lenient[Boolean] | None = Field(default=None, alias="editDocument")
    """May edit vendor and organization documents."""
    edit_employee: Lenient[Boolean] | None = Field(default=None, alias="editEmployee")
    """May edit employees."""
    edit_invoice: Lenient[Boolean] | None = Field(default=None, alias="editInvoice")
    """May edit invoices."""
    edit_invoice_template: Lenient[Boolean] | None = Field(
        default=None, alias="editInvoiceTemplate"
    )
    """May edit invoice templates."""
    edit_item: Lenient[Boolean] | None = Field(default=None, alias="editItem")
    """May edit items."""
    edit_job: Lenient[Boolean] | None = Field(default=None, alias="editJob")
    """May edit jobs."""
    edit_location: Lenient[Boolean] | None = Field(default=None, alias="editLocation")
    """May edit locations."""
    edit_org: Lenient[Boolean] | None = Field(default=None, alias="editOrg")
    """May edit organization details."""
    edit_payment: Lenient[Boolean] | None = Field(default=None, alias="editPayment")
    """May open Pay Bills, record bills as paid and cancel payments."""
    edit_payment_term: Lenient[Boolean] | None = Field(default=None, alias="editPaymentTerm")
    """May edit payment terms."""
    edit_purchase_order: Lenient[Boolean] | None = Field(default=None, alias="editPurchaseOrder")
    """May edit purchase orders."""
    edit_role: Lenient[Boolean] | None = Field(default=None, alias="editRole")
    """May edit user role profiles."""
    edit_unit_of_measure: Lenient[Boolean] | None = Field(default=None, alias="editUnitOfMeasure")
    """May edit units of measure."""
    edit_user: Lenient[Boolean] | None = Field(default=None, alias="editUser")
    """May manage users."""
    edit_vendor: Lenient[Boolean] | None = Field(default=None, alias="editVendor")
    """May manage vendors."""
    notify_denied_bill: Lenient[Boolean] | None = Field(default=None, alias="notifyDeniedBill")
    """Gets notified when bills or vendor credits are denied."""
    view_bank_account: Lenient[Boolean] | None = Field(default=None, alias="viewBankAccount")
    """May view bank accounts and transfer history."""
    view_bill: Lenient[Boolean] | None = Field(default=None, alias="viewBill")
    """May view bills."""
    view_billing: Lenient[Boolean] | None = Field(default=None, alias="viewBilling")
    """May see the card on file and past BILL statements."""
    view_card_transaction: Lenient[Boolean] | None = Field(
        default=None, alias="viewCardTransaction"
    )
    """May view card transactions."""
    view_cashview: Lenient[Boolean] | None = Field(default=None, alias="viewCashview")
    """May see the organization bank account balance."""
    view_chart_of_account: Lenient[Boolean] | None = Field(default=None, alias="viewChartOfAccount")
    """May view the chart of accounts."""
    view_class: Lenient[Boolean] | None = Field(default=None, alias="viewClass")
    """May view accounting classes."""
    view_customer: Lenient[Boolean] | None = Field(default=None, alias="viewCustomer")
    """May view customers."""
    view_department: Lenient[Boolean] | None = Field(default=None, alias="viewDepartment")
    """May view departments."""
    view_document: Lenient[Boolean] | None = Field(default=None, alias="viewDocument")
    """May view vendor and organization documents."""
    view_employee: Lenient[Boolean] | None = Field(default=None, alias="viewEmployee")
    """May view employees."""
    view_inbox: Lenient[Boolean] | None = Field(default=None, alias="viewInbox")
    """May view and process BILL Inbox files."""
    view_invoice: Lenient[Boolean] | None = Field(default=None, alias="viewInvoice")
    """May view invoices."""
    view_invoice_template: Lenient[Boolean] | None = Field(
        default=None, alias="viewInvoiceTemplate"
    )
    """May view invoice templates."""
    view_item: Lenient[Boolean] | None = Field(default=None, alias="viewItem")
    """May view items."""
    view_job: Lenient[Boolean] | None = Field(default=None, alias="viewJob")
    """May view jobs."""
    view_location: Lenient[Boolean] | None = Field(default=None, alias="viewLocation")
    """May view locations."""
    view_org: Lenient[Boolean] | None = Field(default=None, alias="viewOrg")
    """May view the organization address and preferences."""
    view_payment: Lenient[Boolean] | None = Field(default=None, alias="viewPayment")
    """May view payments (history, details, check images)."""
    view_payment_term: Lenient[Boolean] | None = Field(default=None, alias="viewPaymentTerm")
    """May view payment terms."""
    view_purchase_order: Lenient[Boolean] | None = Field(default=None, alias="viewPurchaseOrder")
    """May view purchase orders."""
    view_report: Lenient[Boolean] | None = Field(default=None, alias="viewReport")
    """May view reports."""
    view_role: Lenient[Boolean] | None = Field(default=None, alias="viewRole")
    """May view user role profiles."""
    view_unit_of_measure: Lenient[Boolean] | None = Field(default=None, alias="viewUnitOfMeasure")
    """May view units of measure."""
    view_user: Lenient[Boolean] | None = Field(default=None, alias="viewUser")
    """May view users."""
    view_vendor: Lenient[Boolean] | None = Field(default=None, alias="viewVendor")
    """May view vendors."""
    view_vendor_direct_details: Lenient[Boolean] | None = Field(
        default=None, alias="viewVendorDirectDetails"
    )
    """May view virtual card (Vendor Direct) details."""
    view_vendor_for_assigned_bill: Lenient[Boolean] | None = Field(
        default=None, alias="viewVendorForAssignedBill"
    )
    """May see vendor history while approving, without viewVendor."""
