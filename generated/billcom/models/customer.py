# Generated from spec/entities/Customer.yaml by codegen. Do not edit: run make generate.
"""Customer: A company or person the organization invoices and receives payments from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, NotRequired, Required, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Boolean,
    Code,
    CodeInput,
    Lenient,
    Number,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "Customer",
    "CustomerAccountType",
    "CustomerAccountTypeFilter",
    "CustomerAmountFilter",
    "CustomerCreateParams",
    "CustomerCreateParamsModel",
    "CustomerCreationSource",
    "CustomerCreationSourceFilter",
    "CustomerDefaultDeliveryMethod",
    "CustomerDefaultDeliveryMethodFilter",
    "CustomerField",
    "CustomerFilter",
    "CustomerFilterField",
    "CustomerFlagFilter",
    "CustomerIsActive",
    "CustomerIsActiveFilter",
    "CustomerSort",
    "CustomerTextFilter",
    "CustomerTimeFilter",
    "CustomerUpdateParams",
    "CustomerUpdateParamsModel",
]


class CustomerIsActive(StrEnum):
    """Codes of `Customer.isActive`: Whether the customer is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class CustomerAccountType(StrEnum):
    """Codes of `Customer.accountType`: Whether the customer is a business or a person."""

    NONE = "0"
    BUSINESS = "1"
    PERSON = "2"


class CustomerDefaultDeliveryMethod(StrEnum):
    """Codes of `Customer.defaultDeliveryMethod`: How invoices are sent to the customer by default."""

    EMAIL = "0"
    US_MAIL = "1"


class CustomerCreationSource(StrEnum):
    """Codes of `Customer.creationSource`: Where the customer was created."""

    UNKNOWN = "0"
    WEB_APP = "1"
    """The BILL web app."""
    WEB_APP_SEARCH = "2"
    """A search in the BILL web app."""


class Customer(BillComModel):
    """A company or person the organization invoices and receives payments from."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "availCredit",
            "balance",
            "createdTime",
            "hasAuthorizedToCharge",
            "hasBankAccount",
            "hasBankAccountAutoPay",
            "hasCreditCard",
            "hasCreditCardAutoPay",
            "hasCustomerCard",
            "hasNetBankAccount",
            "id",
            "mergedIntoId",
            "taxId",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["name"])
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "parentCustomerId": "string",
        "accountType": "enum",
        "paymentTermId": "string",
        "invoiceCurrency": "string",
        "defaultDeliveryMethod": "enum",
        "mergedIntoId": "string",
        "hasAuthorizedToCharge": "boolean",
        "balance": "number",
        "isAutoChargeDismissed": "boolean",
        "isTaxLiable": "boolean",
        "creationSource": "enum",
    }

    entity: Lenient[str] = Field(default="Customer", alias="entity")
    """The wire name of the object's type: "Customer"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 0cu); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[CustomerIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the customer is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the customer was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the customer was last changed (UTC); bumped on every write."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Customer display name, unique in the organization."""
    short_name: Lenient[str] | None = Field(default=None, alias="shortName")
    """Short or external identifier."""
    parent_customer_id: Lenient[str] | None = Field(default=None, alias="parentCustomerId")
    """Parent customer; twenty zeros when none."""
    company_name: Lenient[str] | None = Field(default=None, alias="companyName")
    """Company name."""
    contact_first_name: Lenient[str] | None = Field(default=None, alias="contactFirstName")
    """Primary contact's first name."""
    contact_last_name: Lenient[str] | None = Field(default=None, alias="contactLastName")
    """Primary contact's last name."""
    acc_number: Lenient[str] | None = Field(default=None, alias="accNumber")
    """Account number shown on invoices and the customer portal."""
    bill_address1: Lenient[str] | None = Field(default=None, alias="billAddress1")
    """Billing street line 1."""
    bill_address2: Lenient[str] | None = Field(default=None, alias="billAddress2")
    """Billing street line 2."""
    bill_address3: Lenient[str] | None = Field(default=None, alias="billAddress3")
    """Billing street line 3."""
    bill_address4: Lenient[str] | None = Field(default=None, alias="billAddress4")
    """Billing street line 4."""
    bill_address_city: Lenient[str] | None = Field(default=None, alias="billAddressCity")
    """Billing city."""
    bill_address_state: Lenient[str] | None = Field(default=None, alias="billAddressState")
    """Billing state."""
    bill_address_country: Lenient[str] | None = Field(default=None, alias="billAddressCountry")
    """Billing country; the observed value is 'USA'."""
    bill_address_zip: Lenient[str] | None = Field(default=None, alias="billAddressZip")
    """Billing postal code."""
    ship_address1: Lenient[str] | None = Field(default=None, alias="shipAddress1")
    """Shipping street line 1."""
    ship_address2: Lenient[str] | None = Field(default=None, alias="shipAddress2")
    """Shipping street line 2."""
    ship_address3: Lenient[str] | None = Field(default=None, alias="shipAddress3")
    """Shipping street line 3."""
    ship_address4: Lenient[str] | None = Field(default=None, alias="shipAddress4")
    """Shipping street line 4."""
    ship_address_city: Lenient[str] | None = Field(default=None, alias="shipAddressCity")
    """Shipping city."""
    ship_address_state: Lenient[str] | None = Field(default=None, alias="shipAddressState")
    """Shipping state."""
    ship_address_country: Lenient[str] | None = Field(default=None, alias="shipAddressCountry")
    """Shipping country."""
    ship_address_zip: Lenient[str] | None = Field(default=None, alias="shipAddressZip")
    """Shipping postal code."""
    email: Lenient[str] | None = Field(default=None, alias="email")
    """Customer email address; optional in v2."""
    phone: Lenient[str] | None = Field(default=None, alias="phone")
    """Phone number."""
    alt_phone: Lenient[str] | None = Field(default=None, alias="altPhone")
    """Alternate phone number."""
    fax: Lenient[str] | None = Field(default=None, alias="fax")
    """Fax number."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Free-text description of the customer."""
    print_as: Lenient[str] | None = Field(default=None, alias="printAs")
    """Name printed on documents."""
    account_type: Lenient[Annotated[CustomerAccountType, Code] | UnknownCode] | None = Field(
        default=None, alias="accountType"
    )
    """Whether the customer is a business or a person."""
    payment_term_id: Lenient[str] | None = Field(default=None, alias="paymentTermId")
    """Id of the customer's PaymentTerm."""
    tax_id: Lenient[str] | None = Field(default=None, alias="taxId")
    """Customer tax id."""
    invoice_currency: Lenient[str] | None = Field(default=None, alias="invoiceCurrency")
    """Invoice currency (ISO 4217 code); required when the customer is international."""
    default_delivery_method: (
        Lenient[Annotated[CustomerDefaultDeliveryMethod, Code] | UnknownCode] | None
    ) = Field(default=None, alias="defaultDeliveryMethod")
    """How invoices are sent to the customer by default."""
    merged_into_id: Lenient[str] | None = Field(default=None, alias="mergedIntoId")
    """Customer this one was merged into; twenty zeros unless merged."""
    has_authorized_to_charge: Lenient[Boolean] | None = Field(
        default=None, alias="hasAuthorizedToCharge"
    )
    """Whether the customer authorized charges; set only by SetCustomerAuthorization."""
    balance: Lenient[Number] | None = Field(default=None, alias="balance")
    """Open receivable balance."""
    avail_credit: Lenient[Number] | None = Field(default=None, alias="availCredit")
    """Unapplied payments and credits available to apply."""
    has_bank_account: Lenient[Boolean] | None = Field(default=None, alias="hasBankAccount")
    """Whether the customer has a bank account on file."""
    has_net_bank_account: Lenient[Boolean] | None = Field(default=None, alias="hasNetBankAccount")
    """Whether the customer has a network bank account."""
    has_bank_account_auto_pay: Lenient[Boolean] | None = Field(
        default=None, alias="hasBankAccountAutoPay"
    )
    """Whether bank-account auto-pay is set up."""
    has_credit_card: Lenient[Boolean] | None = Field(default=None, alias="hasCreditCard")
    """Whether the customer has a credit card on file."""
    has_credit_card_auto_pay: Lenient[Boolean] | None = Field(
        default=None, alias="hasCreditCardAutoPay"
    )
    """Whether credit-card auto-pay is set up."""
    is_auto_charge_dismissed: Lenient[Boolean] | None = Field(
        default=None, alias="isAutoChargeDismissed"
    )
    """Whether the auto-charge prompt was dismissed."""
    has_customer_card: Lenient[Boolean] | None = Field(default=None, alias="hasCustomerCard")
    """Whether a credit card is stored for the customer's auto-pay."""
    is_tax_liable: Lenient[Boolean] | None = Field(default=None, alias="isTaxLiable")
    """Whether the customer owes sales tax."""
    enabled_invoice_financing: Lenient[Boolean] | None = Field(
        default=None, alias="enabledInvoiceFinancing"
    )
    """Whether invoice financing is turned on for the customer."""
    creation_source: Lenient[Annotated[CustomerCreationSource, Code] | UnknownCode] | None = Field(
        default=None, alias="creationSource"
    )
    """Where the customer was created."""


class CustomerCreateParams(TypedDict, total=False):
    """Keyword arguments for Customer."""

    is_active: NotRequired[CustomerIsActive | str | None]
    name: Required[str]
    short_name: NotRequired[str | None]
    parent_customer_id: NotRequired[str | None]
    company_name: NotRequired[str | None]
    contact_first_name: NotRequired[str | None]
    contact_last_name: NotRequired[str | None]
    acc_number: NotRequired[str | None]
    bill_address1: NotRequired[str | None]
    bill_address2: NotRequired[str | None]
    bill_address3: NotRequired[str | None]
    bill_address4: NotRequired[str | None]
    bill_address_city: NotRequired[str | None]
    bill_address_state: NotRequired[str | None]
    bill_address_country: NotRequired[str | None]
    bill_address_zip: NotRequired[str | None]
    ship_address1: NotRequired[str | None]
    ship_address2: NotRequired[str | None]
    ship_address3: NotRequired[str | None]
    ship_address4: NotRequired[str | None]
    ship_address_city: NotRequired[str | None]
    ship_address_state: NotRequired[str | None]
    ship_address_country: NotRequired[str | None]
    ship_address_zip: NotRequired[str | None]
    email: NotRequired[str | None]
    phone: NotRequired[str | None]
    alt_phone: NotRequired[str | None]
    fax: NotRequired[str | None]
    description: NotRequired[str | None]
    print_as: NotRequired[str | None]
    account_type: NotRequired[CustomerAccountType | str | None]
    payment_term_id: NotRequired[str | None]
    invoice_currency: NotRequired[str | None]
    default_delivery_method: NotRequired[CustomerDefaultDeliveryMethod | str | None]
    is_auto_charge_dismissed: NotRequired[bool | None]
    is_tax_liable: NotRequired[bool | None]
    enabled_invoice_financing: NotRequired[bool | None]
    creation_source: NotRequired[CustomerCreationSource | str | None]


class CustomerCreateParamsModel(ParamsModel):
    """Validates and serializes `CustomerCreateParams`."""

    __entity__: ClassVar[str | None] = "Customer"
    __model__: ClassVar[type[BillComModel] | None] = Customer

    is_active: Annotated[CustomerIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str = Field(alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    parent_customer_id: str | None = Field(default=None, alias="parentCustomerId")
    company_name: str | None = Field(default=None, alias="companyName")
    contact_first_name: str | None = Field(default=None, alias="contactFirstName")
    contact_last_name: str | None = Field(default=None, alias="contactLastName")
    acc_number: str | None = Field(default=None, alias="accNumber")
    bill_address1: str | None = Field(default=None, alias="billAddress1")
    bill_address2: str | None = Field(default=None, alias="billAddress2")
    bill_address3: str | None = Field(default=None, alias="billAddress3")
    bill_address4: str | None = Field(default=None, alias="billAddress4")
    bill_address_city: str | None = Field(default=None, alias="billAddressCity")
    bill_address_state: str | None = Field(default=None, alias="billAddressState")
    bill_address_country: str | None = Field(default=None, alias="billAddressCountry")
    bill_address_zip: str | None = Field(default=None, alias="billAddressZip")
    ship_address1: str | None = Field(default=None, alias="shipAddress1")
    ship_address2: str | None = Field(default=None, alias="shipAddress2")
    ship_address3: str | None = Field(default=None, alias="shipAddress3")
    ship_address4: str | None = Field(default=None, alias="shipAddress4")
    ship_address_city: str | None = Field(default=None, alias="shipAddressCity")
    ship_address_state: str | None = Field(default=None, alias="shipAddressState")
    ship_address_country: str | None = Field(default=None, alias="shipAddressCountry")
    ship_address_zip: str | None = Field(default=None, alias="shipAddressZip")
    email: str | None = Field(default=None, alias="email")
    phone: str | None = Field(default=None, alias="phone")
    alt_phone: str | None = Field(default=None, alias="altPhone")
    fax: str | None = Field(default=None, alias="fax")
    description: str | None = Field(default=None, alias="description")
    print_as: str | None = Field(default=None, alias="printAs")
    account_type: Annotated[CustomerAccountType | str, CodeInput] | None = Field(
        default=None, alias="accountType"
    )
    payment_term_id: str | None = Field(default=None, alias="paymentTermId")
    invoice_currency: str | None = Field(default=None, alias="invoiceCurrency")
    default_delivery_method: Annotated[CustomerDefaultDeliveryMethod | str, CodeInput] | None = (
        Field(default=None, alias="defaultDeliveryMethod")
    )
    is_auto_charge_dismissed: Boolean | None = Field(default=None, alias="isAutoChargeDismissed")
    is_tax_liable: Boolean | None = Field(default=None, alias="isTaxLiable")
    enabled_invoice_financing: Boolean | None = Field(default=None, alias="enabledInvoiceFinancing")
    creation_source: Annotated[CustomerCreationSource | str, CodeInput] | None = Field(
        default=None, alias="creationSource"
    )


class CustomerUpdateParams(TypedDict, total=False):
    """Keyword arguments for Customer."""

    is_active: NotRequired[CustomerIsActive | str | None]
    name: NotRequired[str | None]
    short_name: NotRequired[str | None]
    parent_customer_id: NotRequired[str | None]
    company_name: NotRequired[str | None]
    contact_first_name: NotRequired[str | None]
    contact_last_name: NotRequired[str | None]
    acc_number: NotRequired[str | None]
    bill_address1: NotRequired[str | None]
    bill_address2: NotRequired[str | None]
    bill_address3: NotRequired[str | None]
    bill_address4: NotRequired[str | None]
    bill_address_city: NotRequired[str | None]
    bill_address_state: NotRequired[str | None]
    bill_address_country: NotRequired[str | None]
    bill_address_zip: NotRequired[str | None]
    ship_address1: NotRequired[str | None]
    ship_address2: NotRequired[str | None]
    ship_address3: NotRequired[str | None]
    ship_address4: NotRequired[str | None]
    ship_address_city: NotRequired[str | None]
    ship_address_state: NotRequired[str | None]
    ship_address_country: NotRequired[str | None]
    ship_address_zip: NotRequired[str | None]
    email: NotRequired[str | None]
    phone: NotRequired[str | None]
    alt_phone: NotRequired[str | None]
    fax: NotRequired[str | None]
    description: NotRequired[str | None]
    print_as: NotRequired[str | None]
    account_type: NotRequired[CustomerAccountType | str | None]
    payment_term_id: NotRequired[str | None]
    invoice_currency: NotRequired[str | None]
    default_delivery_method: NotRequired[CustomerDefaultDeliveryMethod | str | None]
    is_auto_charge_dismissed: NotRequired[bool | None]
    is_tax_liable: NotRequired[bool | None]
    enabled_invoice_financing: NotRequired[bool | None]
    creation_source: NotRequired[CustomerCreationSource | str | None]


class CustomerUpdateParamsModel(ParamsModel):
    """Validates and serializes `CustomerUpdateParams`."""

    __entity__: ClassVar[str | None] = "Customer"
    __model__: ClassVar[type[BillComModel] | None] = Customer

    is_active: Annotated[CustomerIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str | None = Field(default=None, alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    parent_customer_id: str | None = Field(default=None, alias="parentCustomerId")
    company_name: str | None = Field(default=None, alias="companyName")
    contact_first_name: str | None = Field(default=None, alias="contactFirstName")
    contact_last_name: str | None = Field(default=None, alias="contactLastName")
    acc_number: str | None = Field(default=None, alias="accNumber")
    bill_address1: str | None = Field(default=None, alias="billAddress1")
    bill_address2: str | None = Field(default=None, alias="billAddress2")
    bill_address3: str | None = Field(default=None, alias="billAddress3")
    bill_address4: str | None = Field(default=None, alias="billAddress4")
    bill_address_city: str | None = Field(default=None, alias="billAddressCity")
    bill_address_state: str | None = Field(default=None, alias="billAddressState")
    bill_address_country: str | None = Field(default=None, alias="billAddressCountry")
    bill_address_zip: str | None = Field(default=None, alias="billAddressZip")
    ship_address1: str | None = Field(default=None, alias="shipAddress1")
    ship_address2: str | None = Field(default=None, alias="shipAddress2")
    ship_address3: str | None = Field(default=None, alias="shipAddress3")
    ship_address4: str | None = Field(default=None, alias="shipAddress4")
    ship_address_city: str | None = Field(default=None, alias="shipAddressCity")
    ship_address_state: str | None = Field(default=None, alias="shipAddressState")
    ship_address_country: str | None = Field(default=None, alias="shipAddressCountry")
    ship_address_zip: str | None = Field(default=None, alias="shipAddressZip")
    email: str | None = Field(default=None, alias="email")
    phone: str | None = Field(default=None, alias="phone")
    alt_phone: str | None = Field(default=None, alias="altPhone")
    fax: str | None = Field(default=None, alias="fax")
    description: str | None = Field(default=None, alias="description")
    print_as: str | None = Field(default=None, alias="printAs")
    account_type: Annotated[CustomerAccountType | str, CodeInput] | None = Field(
        default=None, alias="accountType"
    )
    payment_term_id: str | None = Field(default=None, alias="paymentTermId")
    invoice_currency: str | None = Field(default=None, alias="invoiceCurrency")
    default_delivery_method: Annotated[CustomerDefaultDeliveryMethod | str, CodeInput] | None = (
        Field(default=None, alias="defaultDeliveryMethod")
    )
    is_auto_charge_dismissed: Boolean | None = Field(default=None, alias="isAutoChargeDismissed")
    is_tax_liable: Boolean | None = Field(default=None, alias="isTaxLiable")
    enabled_invoice_financing: Boolean | None = Field(default=None, alias="enabledInvoiceFinancing")
    creation_source: Annotated[CustomerCreationSource | str, CodeInput] | None = Field(
        default=None, alias="creationSource"
    )


CustomerField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "name",
    "shortName",
    "parentCustomerId",
    "companyName",
    "contactFirstName",
    "contactLastName",
    "accNumber",
    "billAddress1",
    "billAddress2",
    "billAddress3",
    "billAddress4",
    "billAddressCity",
    "billAddressState",
    "billAddressCountry",
    "billAddressZip",
    "shipAddress1",
    "shipAddress2",
    "shipAddress3",
    "shipAddress4",
    "shipAddressCity",
    "shipAddressState",
    "shipAddressCountry",
    "shipAddressZip",
    "email",
    "phone",
    "altPhone",
    "fax",
    "description",
    "printAs",
    "accountType",
    "paymentTermId",
    "taxId",
    "invoiceCurrency",
    "defaultDeliveryMethod",
    "mergedIntoId",
    "hasAuthorizedToCharge",
    "balance",
    "availCredit",
    "hasBankAccount",
    "hasNetBankAccount",
    "hasBankAccountAutoPay",
    "hasCreditCard",
    "hasCreditCardAutoPay",
    "isAutoChargeDismissed",
    "hasCustomerCard",
    "isTaxLiable",
    "enabledInvoiceFinancing",
    "creationSource",
]
"""A field of Customer that List sorts may name."""

CustomerFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "parentCustomerId",
    "accountType",
    "paymentTermId",
    "invoiceCurrency",
    "defaultDeliveryMethod",
    "mergedIntoId",
    "hasAuthorizedToCharge",
    "balance",
    "isAutoChargeDismissed",
    "isTaxLiable",
    "creationSource",
]
"""A field of Customer that List filters may name: the API filters on these only."""


class CustomerTextFilter(TypedDict):
    """A List filter on id, parentCustomerId, paymentTermId, invoiceCurrency, mergedIntoId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "parentCustomerId",
        "paymentTermId",
        "invoiceCurrency",
        "mergedIntoId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class CustomerIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: CustomerIsActive | str | Sequence[CustomerIsActive | str]


class CustomerTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class CustomerAccountTypeFilter(TypedDict):
    """A List filter on accountType; `in` and `nin` take a sequence of values."""

    field: Literal["accountType",]
    op: FilterOperator
    value: CustomerAccountType | str | Sequence[CustomerAccountType | str]


class CustomerDefaultDeliveryMethodFilter(TypedDict):
    """A List filter on defaultDeliveryMethod; `in` and `nin` take a sequence of values."""

    field: Literal["defaultDeliveryMethod",]
    op: FilterOperator
    value: CustomerDefaultDeliveryMethod | str | Sequence[CustomerDefaultDeliveryMethod | str]


class CustomerFlagFilter(TypedDict):
    """A List filter on hasAuthorizedToCharge, isAutoChargeDismissed, isTaxLiable; `in` and `nin` take a sequence of values."""

    field: Literal[
        "hasAuthorizedToCharge",
        "isAutoChargeDismissed",
        "isTaxLiable",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


class CustomerAmountFilter(TypedDict):
    """A List filter on balance; `in` and `nin` take a sequence of values."""

    field: Literal["balance",]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class CustomerCreationSourceFilter(TypedDict):
    """A List filter on creationSource; `in` and `nin` take a sequence of values."""

    field: Literal["creationSource",]
    op: FilterOperator
    value: CustomerCreationSource | str | Sequence[CustomerCreationSource | str]


CustomerFilter = (
    CustomerTextFilter
    | CustomerIsActiveFilter
    | CustomerTimeFilter
    | CustomerAccountTypeFilter
    | CustomerDefaultDeliveryMethodFilter
    | CustomerFlagFilter
    | CustomerAmountFilter
    | CustomerCreationSourceFilter
)
"""A List filter on Customer, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class CustomerSort(TypedDict):
    """A List sort key on Customer."""

    field: CustomerField
    asc: bool
