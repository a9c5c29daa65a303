# Generated from spec/actions/MailInvoice.yaml by codegen. Do not edit: run make generate.
"""Types of MailInvoice: Have BILL print an invoice and post it to the customer by US mail."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["MailInvoiceParams", "MailInvoiceParamsModel"]


class MailInvoiceParams(TypedDict, total=False):
    """Keyword arguments for MailInvoice."""

    invoice_id: Required[str]


class MailInvoiceParamsModel(ParamsModel):
    """Validates and serializes `MailInvoiceParams`."""

    invoice_id: str = Field(alias="invoiceId")
