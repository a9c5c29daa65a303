"""Cost of `import billcom` plus building a client, as a ratio to `import httpx, pydantic`.

Each sample is a fresh interpreter timing only the statements under test, so interpreter
start-up is excluded from both sides. Samples alternate to share the machine's noise.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

BASELINE = "import httpx, pydantic"
CANDIDATE = "import billcom; billcom.BillCom(username='u', password='p', org_id='o', dev_key='k')"

_TIMER = "import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"


def sample(code: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _TIMER.format(code=code)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(out)


def measure(runs: int = 30) -> dict[str, float]:
    base: list[float] = []
    cand: list[float] = []
    for _ in range(runs):
        base.append(sample(BASELINE))
        cand.append(sample(CANDIDATE))
    b, c = statistics.median(base), statistics.median(cand)
    return {"baseline_ms": b * 1000, "billcom_ms": c * 1000, "ratio": c / b}


if __name__ == "__main__":
    result = measure()
    print(
        f"import billcom + client: {result['billcom_ms']:.1f} ms; "
        f"import httpx, pydantic: {result['baseline_ms']:.1f} ms; "
        f"ratio {result['ratio']:.2f}x (target <= 1.25x)"
    )
