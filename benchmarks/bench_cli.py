"""Start-up of the `billcom` command (`billcom --help`, a fresh process) as a ratio to a fresh
`python -c "import billcom"`: what the command adds to the package itself.

Both are whole processes (interpreter start-up included on both sides); samples alternate so
the machine's noise hits both alike, and the medians are compared.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

BILLCOM = Path(sys.executable).parent / "billcom"


def _wall(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - started


def measure(runs: int = 20) -> dict[str, float]:
    base: list[float] = []
    cand: list[float] = []
    for _ in range(runs):
        base.append(_wall([sys.executable, "-c", "import billcom"]))
        cand.append(_wall([str(BILLCOM), "--help"]))
    b, c = statistics.median(base), statistics.median(cand)
    return {"baseline_ms": b * 1000, "cli_ms": c * 1000, "ratio": c / b}


if __name__ == "__main__":
    r = measure()
    print(
        f"billcom --help: {r['cli_ms']:.0f} ms; python -c 'import billcom': "
        f"{r['baseline_ms']:.0f} ms; ratio {r['ratio']:.2f}x (target <= 1.5x)"
    )
