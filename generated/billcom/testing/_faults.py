"""Time and trouble for the fake: a clock tests can move, and fault injection rules.

Fault rules are written `OUTCOME[@after][/PATH-PREFIX]=RATE`, comma-separated:

- `BDC_1322=0.2`: 20% of requests are refused with that error code before any work;
- `502/Crud/Read=0.05`: 5% of Crud/Read requests get HTTP 502 before any work;
- `502@after/Crud/Create=0.03`: 3% of creates are done, then answered with HTTP 502,
  the ambiguous failure a money-moving client must survive.
"""

from __future__ import annotations

import random
import re
import time
from dataclasses import dataclass

_RULE = re.compile(r"^(?P<outcome>BDC_\d{4}|[45]\d\d)(?P<after>@after)?(?:/(?P<prefix>[\w/]+))?$")


class FakeClock:
    """A clock that stands still until moved: `clock.advance(36 * 60)` ends idle sessions."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass(frozen=True)
class FaultRule:
    outcome: str  # a BDC code, or an HTTP status as text
    after: bool  # True: do the work, then fail
    prefix: str  # applies to paths starting with this ("" for all)
    rate: float

    @property
    def http_status(self) -> int | None:
        return None if self.outcome.startswith("BDC_") else int(self.outcome)


def parse_faults(text: str) -> list[FaultRule]:
    """Parse `--fault-rate`; raise ValueError naming the bad rule."""
    rules = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        key, _, rate = item.partition("=")
        match = _RULE.match(key.strip())
        try:
            value = float(rate)
        except ValueError:
            value = -1.0
        if match is None or not 0.0 <= value <= 1.0:
            raise ValueError(
                f"bad fault rule {item!r}: expected OUTCOME[@after][/PATH]=RATE, "
                "e.g. BDC_1322=0.2 or 502@after/Crud/Create=0.03"
            )
        rules.append(
            FaultRule(match["outcome"], bool(match["after"]), match["prefix"] or "", value)
        )
    return rules


class Faults:
    """Decides, with its own seeded random stream, which requests fail and how."""

    def __init__(self, rules: list[FaultRule], seed: int | None = None) -> None:
        self.rules = rules
        self._random = random.Random(seed)

    def pick(self, path: str) -> FaultRule | None:
        for rule in self.rules:
            if path.startswith(rule.prefix) and self._random.random() < rule.rate:
                return rule
        return None
