# Generated from spec/actions/GetDynamicExchangeRateQuote2.yaml by codegen. Do not edit: run make generate.
"""Types of GetDynamicExchangeRateQuote2: Quote exchange rates for international invoices."""

from __future__ import annotations

from typing import TypedDict

from .._models import ParamsModel

__all__ = ["GetDynamicExchangeRateQuote2Params", "GetDynamicExchangeRateQuote2ParamsModel"]


class GetDynamicExchangeRateQuote2Params(TypedDict, total=False):
    """Keyword arguments for GetDynamicExchangeRateQuote2."""

    pass


class GetDynamicExchangeRateQuote2ParamsModel(ParamsModel):
    """Validates and serializes `GetDynamicExchangeRateQuote2Params`."""
