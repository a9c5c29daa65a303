# Generated from spec/entities/APConvFee.yaml by codegen. Do not edit: run make generate.
"""APConvFee: A convenience fee charged on an outgoing payment."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from .._models import BillComModel
from .._types import (
    ABSENT,
    Lenient,
    Number,
    Timestamp,
)

__all__ = ["APConvFee"]


class APConvFee(BillComModel):
    """A convenience fee charged on an outgoing payment."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["amount", "chartOfAccountId", "createdTime", "id", "paymentDate", "refNumber"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    entity: Lenient[str] = Field(default="APConvFee", alias="entity")
    """The wire name of the object's type: "APConvFee"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix apf)."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the fee was created (UTC)."""
    ref_number: Lenient[str] | None = Field(default=None, alias="refNumber")
    """Fee reference number."""
    payment_date: Lenient[str] | None = Field(default=None, alias="paymentDate")
    """Fee payment date."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Fee amount."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """ChartOfAccount the fee is booked to."""
