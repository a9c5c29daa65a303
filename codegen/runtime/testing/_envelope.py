"""The answers of the fake: Bill.com's envelope, as bytes, with every field of an object.

Shared by the fake and the HTTP layers around it, so neither needs the other to answer.
"""

from __future__ import annotations

from typing import Any

from .. import _json as exact_json
from .._facts import LIST_RETURNS_CHILDREN
from ._catalog import ENTITIES
from ._errors import FakeError
from ._objects import child_entity

JSON = dict[str, Any]
#: (HTTP status, body, content type)
FakeResponse = tuple[int, bytes, str]


def _unset(field: JSON) -> Any:
    """How the API sends a field nobody set: a child collection as `[]` (as real replies show
    `"billCredits":[]`), anything else as null."""
    return () if field["type"] == "array" and child_entity(field) else None


#: Every field of each entity, in spec order, as sent unset: what `full` fills in. Children
#: only when every answer carries them (spec: list_returns_children), else a List leaves them out.
_UNSET: dict[str, dict[str, Any]] = {
    name: {
        f: _unset(field)
        for f, field in meta["fields"].items()
        if LIST_RETURNS_CHILDREN or not child_entity(field)
    }
    for name, meta in ENTITIES.items()
}


def success(data: Any) -> JSON:
    return {"response_status": 0, "response_message": "Success", "response_data": data}


def failure(code: str, message: str) -> JSON:
    return {
        "response_status": 1,
        "response_message": "Error",
        "response_data": {"error_code": code, "error_message": message},
    }


def as_bytes(status: int, payload: JSON) -> FakeResponse:
    return status, exact_json.dumps(payload).encode(), "application/json"


def refusal(error: FakeError, status: int | None = None) -> FakeResponse:
    """An error envelope for `error`, with its own HTTP status unless another is given."""
    return as_bytes(
        error.http_status if status is None else status, failure(error.code, error.message)
    )


def full(value: Any) -> Any:
    """Objects as the API returns them: every field of the entity, the unset ones null or []."""
    if isinstance(value, list):
        return [full(item) for item in value]
    if not isinstance(value, dict):
        return value
    out = {k: full(v) if isinstance(v, dict | list) else v for k, v in value.items()}
    unset = _UNSET.get(value.get("entity"))  # type: ignore[arg-type]
    return out if unset is None else {"entity": out["entity"], **unset, **out}


def check_text(value: Any) -> None:
    """Refuse text that is not valid Unicode (a lone surrogate): it could not be sent back."""
    if isinstance(value, str):
        value.encode("utf-8")  # UnicodeEncodeError is a ValueError
    elif isinstance(value, dict):
        for key, item in value.items():
            check_text(key)
            check_text(item)
    elif isinstance(value, list):
        for item in value:
            check_text(item)
