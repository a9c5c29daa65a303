"""Run every benchmark and print its ratio against the baseline measured in the same run."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_cli
import bench_client
import bench_fairness
import bench_fake_scale
import bench_fake_server
import bench_generate
import bench_import
import bench_sync


def main() -> None:
    imp = bench_import.measure()
    gen = bench_generate.measure()
    srv = bench_fake_server.measure()
    cli = bench_client.measure()
    fair = bench_fairness.measure()
    scale = bench_fake_scale.measure()
    sync = bench_sync.measure()
    start = bench_cli.measure()
    print("| benchmark | billcom | baseline | ratio | target |")
    print("|---|---|---|---|---|")
    print(
        f"| `import billcom` + build a client | {imp['billcom_ms']:.1f} ms | "
        f"{imp['baseline_ms']:.1f} ms (`import httpx, pydantic`) | {imp['ratio']:.2f}x | <= 1.25x |"
    )
    print(
        f"| `billcom --help` (a fresh process) | {start['cli_ms']:.0f} ms | "
        f'{start["baseline_ms"]:.0f} ms (`python -c "import billcom"`) | {start["ratio"]:.2f}x | '
        "<= 1.5x |"
    )
    print(f"| `make generate` (whole spec, formatted) | {gen['seconds']:.2f} s | - | - | < 3 s |")
    print(
        f"| served fake, Crud/Read over loopback | {srv['fake_rps']:.0f} req/s | "
        f"{srv['bare_rps']:.0f} req/s (same stack, same bytes, no work) | {srv['ratio']:.2f}x | "
        ">= 0.5x and >= 2000 req/s |"
    )
    print(
        f"| Crud/Read through the client (in-process transport) | {cli['call_us']:.0f} us | "
        f"{cli['raw_us']:.0f} us (raw httpx + json.loads) | {cli['per_call']:.2f}x | <= 1.15x |"
    )
    print(
        f"| 999-row Vendor page into models | {cli['page_ms']:.1f} ms | "
        f"{cli['loads_ms']:.1f} ms (json.loads) | {cli['page']:.2f}x | <= 2x |"
    )
    for kind in ("create", "read"):
        print(
            f"| fake with --db, Bill {kind} at 100k bills | {scale[kind + '_large_ms']:.2f} ms | "
            f"{scale[kind + '_small_ms']:.2f} ms (at 1k bills) | {scale[kind + '_ratio']:.2f}x | "
            "<= 1.5x |"
        )
    print(
        f"| full sync into DuckDB ({sync['rows']:,.0f} objects, 7 entities, served fake) | "
        f"{sync['sync_rps']:.0f} rows/s | {sync['list_rps']:.0f} rows/s (`list()` of the same) | "
        f"{sync['ratio']:.2f}x | >= 0.5x |"
    )
    for name, callers in (("threads", 30), ("tasks", 50)):
        f = fair[name]
        print(
            f"| {callers} {name} on one client, slow fake: calls per caller min / median / max"
            f" | {f['min']:.0f} / {f['median']:.0f} / {f['max']:.0f} | median | "
            f"{f['min'] / f['median']:.2f}x (min) | >= 0.5x |"
        )
        print(
            f"| {callers} {name}: p99 wait for a slot | - | median wait | "
            f"{f['p99_wait_ratio']:.2f}x | <= 3x |"
        )


if __name__ == "__main__":
    main()
