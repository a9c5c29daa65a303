# Generated from spec/actions/SendInvoice.yaml by codegen. Do not edit: run make generate.
"""Types of SendInvoice: E-mail an invoice to the customer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NotRequired, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    Boolean,
)

__all__ = [
    "SendInvoiceContentParams",
    "SendInvoiceContentParamsModel",
    "SendInvoiceHeadersParams",
    "SendInvoiceHeadersParamsModel",
    "SendInvoiceParams",
    "SendInvoiceParamsModel",
]


class SendInvoiceHeadersParams(TypedDict, total=False):
    """Keyword arguments for SendInvoiceHeaders."""

    from_user_id: NotRequired[str | None]
    to_email_addresses: NotRequired[Sequence[str] | None]
    cc_me: NotRequired[bool | None]
    subject: NotRequired[str | None]


class SendInvoiceHeadersParamsModel(ParamsModel):
    """Validates and serializes `SendInvoiceHeadersParams`."""

    from_user_id: str | None = Field(default=None, alias="fromUserId")
    to_email_addresses: list[str] | None = Field(default=None, alias="toEmailAddresses")
    cc_me: Boolean | None = Field(default=None, alias="ccMe")
    subject: str | None = Field(default=None, alias="subject")


class SendInvoiceContentParams(TypedDict, total=False):
    """Keyword arguments for SendInvoiceContent."""

    body: NotRequired[str | None]


class SendInvoiceContentParamsModel(ParamsModel):
    """Validates and serializes `SendInvoiceContentParams`."""

    body: str | None = Field(default=None, alias="body")


class SendInvoiceParams(TypedDict, total=False):
    """Keyword arguments for SendInvoice."""

    invoice_id: Required[str]
    headers: Required[SendInvoiceHeadersParams]
    content: NotRequired[SendInvoiceContentParams | None]


class SendInvoiceParamsModel(ParamsModel):
    """Validates and serializes `SendInvoiceParams`."""

    invoice_id: str = Field(alias="invoiceId")
    headers: SendInvoiceHeadersParamsModel = Field(alias="headers")
    content: SendInvoiceContentParamsModel | None = Field(default=None, alias="content")
