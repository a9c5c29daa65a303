"""Wall time of a whole generation (load spec, render, ruff), into a temporary folder."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from codegen.generate import ROOT, write_package
from codegen.spec import load_spec


def measure(runs: int = 3) -> dict[str, float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            write_package(load_spec(ROOT / "spec"), Path(tmp))
            times.append(time.perf_counter() - started)
    return {"seconds": statistics.median(times)}


if __name__ == "__main__":
    print(f"generate: {measure()['seconds']:.2f} s")
