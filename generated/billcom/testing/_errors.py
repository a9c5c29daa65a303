"""The error the fake answers with: a Bill.com code, its message from the spec, an HTTP status."""

from __future__ import annotations

from .._errors import CODES


class FakeError(Exception):
    """An error envelope to answer with."""

    def __init__(self, code: str, *params: object, http_status: int = 200) -> None:
        message = CODES[code][1] if code in CODES else code
        for i, value in enumerate(params):
            message = message.replace(f"${{paramName{i}}}", str(value))
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
        self.http_status = http_status
