# Generated from spec/actions/DisconnectCustomerFromNetwork.yaml by codegen. Do not edit: run make generate.
"""Types of DisconnectCustomerFromNetwork: Disconnect a customer's organization on the BILL network from the organization."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["DisconnectCustomerFromNetworkParams", "DisconnectCustomerFromNetworkParamsModel"]


class DisconnectCustomerFromNetworkParams(TypedDict, total=False):
    """Keyword arguments for DisconnectCustomerFromNetwork."""

    customer_id: Required[str]


class DisconnectCustomerFromNetworkParamsModel(ParamsModel):
    """Validates and serializes `DisconnectCustomerFromNetworkParams`."""

    customer_id: str = Field(alias="customerId")
