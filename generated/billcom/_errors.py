# Generated from spec/errors.yaml by codegen. Do not edit: run make generate.
"""Exception classes by error family, and the table of known Bill.com error codes."""

from __future__ import annotations

from ._exceptions import APIError

__all__ = [
    "CODES",
    "AuthenticationError",
    "ConcurrencyLimitError",
    "MFARequiredError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "SessionExpiredError",
    "ValidationError",
    "error_class",
]


class AuthenticationError(APIError):
    """Credentials, developer key or organization rejected; never retried."""


class ConcurrencyLimitError(APIError):
    """Too many requests in flight for the organization; back off and retry."""


class MFARequiredError(APIError):
    """The call needs an MFA-trusted session (MFAChallenge then MFAAuthenticate, or a trusted Login)."""


class NotFoundError(APIError):
    """No object matches the request."""


class PermissionDeniedError(APIError):
    """The user or organization may not do this."""


class RateLimitError(APIError):
    """The hourly request quota is used up until the next clock hour."""


class ServerError(APIError):
    """Bill.com failed internally; the outcome may be unknown."""


class SessionExpiredError(APIError):
    """The session is invalid or expired; the client logs in again."""


class ValidationError(APIError):
    """The request is malformed or its data is invalid; fix it before retrying."""


#: Code -> (exception class, message template with ${paramNameN} placeholders).
CODES: dict[str, tuple[type[APIError], str]] = {
    "BDC_1001": (ServerError, "System error occurred."),
    "BDC_1002": (ValidationError, "Unknown error occurred."),
    "BDC_1003": (ValidationError, "Unknown version."),
    "BDC_1005": (ValidationError, "Version ${paramName0} is not supported."),
    "BDC_1101": (AuthenticationError, "User name and/or password do not match our records."),
    "BDC_1102": (AuthenticationError, "Developer key is invalid."),
    "BDC_1103": (AuthenticationError, "Developer key is inactive."),
    "BDC_1104": (AuthenticationError, "Developer terms are not accepted."),
    "BDC_1105": (AuthenticationError, "Organization has no API access."),
    "BDC_1106": (
        AuthenticationError,
        "Partner type of the API user and the organization being accessed do not match.",
    ),
    "BDC_1107": (AuthenticationError, "Organization is locked out."),
    "BDC_1108": (ValidationError, "Missing parameter value for parameter: ${paramName0}."),
    "BDC_1109": (SessionExpiredError, "Session is invalid.  Please log in."),
    "BDC_1110": (AuthenticationError, "Login is locked."),
    "BDC_1111": (AuthenticationError, "No active user for: ${paramName0}, ${paramName1}."),
    "BDC_1113": (AuthenticationError, "Login error."),
    "BDC_1114": (ValidationError, "Invalid entity type: ${paramName0}."),
    "BDC_1115": (ValidationError, "Invalid CRUD operation: ${paramName0}."),
    "BDC_1116": (ValidationError, "Invalid CRUD operation entity: ${paramName0}."),
    "BDC_1117": (ValidationError, "Missing required data for: ${paramName0}."),
    "BDC_1118": (
        ValidationError,
        "Entity from CRUD operation: ${paramName0} does not match the entity specified in the data: ${paramName1}.",
    ),
    "BDC_1119": (ValidationError, "Invalid field,value: ${paramName0}, ${paramName1}."),
    "BDC_1120": (NotFoundError, "No data found."),
    "BDC_1121": (ValidationError, "API not supported."),
    "BDC_1122": (ValidationError, "Error Parsing Json Object. Please check your request."),
    "BDC_1123": (AuthenticationError, "Invalid organization id."),
    "BDC_1124": (ValidationError, "Invalid field datatype: ${paramName0}."),
    "BDC_1125": (ValidationError, "Error uploading sync log file."),
    "BDC_1126": (ValidationError, "Invalid log session id."),
    "BDC_1127": (ValidationError, "No sync log file found."),
    "BDC_1128": (ValidationError, "Invalid List entity: ${paramName0}."),
    "BDC_1129": (
        ValidationError,
        "Invalid parameter value for parameter,value: ${paramName0}, ${paramName1}.",
    ),
    "BDC_1130": (ValidationError, "Invalid list filter field: ${paramName0}."),
    "BDC_1131": (ValidationError, "Invalid list filter operator: ${paramName0}."),
    "BDC_1144": (RateLimitError, "Max number of allowed requests per hour reached: 20000."),
    "BDC_1150": (PermissionDeniedError, "User cannot make online payments."),
    "BDC_1322": (
        ConcurrencyLimitError,
        "Max number of concurrent requests per organization reached.",
    ),
    "BDC_1332": (
        ValidationError,
        "Cannot send via US Mail now because customer mailing address is incomplete.",
    ),
    "BDC_1333": (
        ValidationError,
        "Cannot send via US Mail now because customer mailing address is a Non US address.",
    ),
    "BDC_1361": (MFARequiredError, "Session expired or untrusted."),
}


def error_class(code: str) -> type[APIError]:
    """The exception class for a code; plain APIError for codes the spec does not know."""
    known = CODES.get(code)
    return known[0] if known else APIError
