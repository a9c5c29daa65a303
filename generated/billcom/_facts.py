# Generated from spec/api.yaml by codegen. Do not edit: run make generate.
"""Transport-level facts of the Bill.com v2 API, from the spec."""

from __future__ import annotations

from typing import Literal

PRODUCTION_BASE_URL: str = "https://api.bill.com/api/v2"
SANDBOX_BASE_URL: str = "https://api-stage.bill.com/api/v2"
LIST_MAX_PAGE_SIZE: int = 999
BULK_MAX_ITEMS: int = 100
SESSION_IDLE_TIMEOUT_MINUTES: int = 35
MAX_CONCURRENT_REQUESTS_PER_ORG: int = 3
REQUESTS_PER_HOUR_PER_DEV_KEY: int = 20000
LOGIN_REQUESTS_PER_HOUR_PER_DEV_KEY: int = 200
PAY_BILLS_MAX_BILLS: int = 200
LIST_RETURNS_CHILDREN: bool = True
LIST_FILTER_OPERATORS: frozenset[str] = frozenset(["=", "<", ">", "<=", ">=", "!=", "in", "nin"])
SAFE_TO_REPEAT_OPERATIONS: frozenset[str] = frozenset(["read", "list", "delete", "undelete"])
CREDENTIAL_FIELDS: dict[str, str] = {
    "userName": "username",
    "password": "password",
    "orgId": "org_id",
    "devKey": "dev_key",
}
SECRET_FIELDS: frozenset[str] = frozenset(["password", "devKey", "sessionId", "mfaId"])

#: An operator List filters accept.
FilterOperator = Literal[
    "=",
    "<",
    ">",
    "<=",
    ">=",
    "!=",
    "in",
    "nin",
]

#: Python attribute names of the secret fields, hidden in reprs.
SECRET_ATTRIBUTES: frozenset[str] = frozenset(["dev_key", "mfa_id", "password", "session_id"])
