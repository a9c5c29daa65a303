"""`python -m codegen generate|check|openapi|diff|audit|learn`: errors are printed one per line, never as a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.generate import ROOT, GenerationError, check, write_package
from codegen.spec import SpecError, load_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "write the package from the spec"),
        ("check", "fail if the checked-in package differs from a fresh generation"),
    ):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("--spec", type=Path, default=ROOT / "spec", help="spec folder")
        cmd.add_argument("--out", type=Path, default=ROOT / "generated", help="output folder")
        cmd.add_argument(
            "--docs", type=Path, default=ROOT / "docs" / "reference", help="reference docs folder"
        )
    export = sub.add_parser("openapi", help="write the OpenAPI document of the spec")
    export.add_argument("--spec", type=Path, default=ROOT / "spec", help="spec folder")
    export.add_argument(
        "--out", type=Path, default=ROOT / "generated", help="folder for openapi.json"
    )
    compare = sub.add_parser("diff", help="classify the changes between two specs")
    compare.add_argument("old", help="a spec folder, a checkout, or a git revision (e.g. main)")
    compare.add_argument("new", help="a spec folder, a checkout, or a git revision")
    compare.add_argument(
        "--format", choices=("text", "markdown", "json", "changelog"), default="text"
    )
    check_ref = sub.add_parser("audit", help="compare the spec with OpenAPI documents of the API")
    check_ref.add_argument(
        "ref", nargs="+", type=Path, help="OpenAPI documents, or folders of them"
    )
    check_ref.add_argument("--spec", type=Path, default=ROOT / "spec", help="spec folder")
    check_ref.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    learn = sub.add_parser("learn", help="compare recorded answers with the spec")
    learn.add_argument("recordings", nargs="+", type=Path, help="recordings, or folders of them")
    learn.add_argument("--spec", type=Path, default=ROOT / "spec", help="spec folder")
    learn.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    learn.add_argument("--write", type=Path, help="write proposed spec edits (YAML) to this file")
    args = parser.parse_args(argv)

    if args.command == "diff":
        return _diff(args.old, args.new, args.format)
    if args.command == "audit":
        return _audit(args.ref, args.spec, args.format)
    if args.command == "learn":
        from codegen.learn import run

        return run(args.recordings, args.spec, args.format, args.write)

    try:
        spec = load_spec(args.spec)
    except SpecError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2

    if args.command == "openapi":
        from codegen.openapi import write

        print(f"wrote {write(spec, args.out)}")
        return 0
    if args.command == "generate":
        try:
            target = write_package(spec, args.out, args.docs)
        except GenerationError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"generated {target} from {len(spec.entities)} entities")
        return 0
    diff = check(spec, args.out, args.docs)
    if diff:
        sys.stdout.write(diff)
        print(
            "error: generated/ or docs/reference/ differs from a fresh generation; "
            "run `make generate` and commit",
            file=sys.stderr,
        )
        return 1
    print("generated/ is up to date")
    return 0


def _diff(old: str, new: str, fmt: str) -> int:
    """Exit 0 when nothing is breaking, 1 when something is, 2 when a spec cannot be loaded."""
    from codegen.diff import diff, load_side, render

    try:
        changes = diff(load_side(old, ROOT), load_side(new, ROOT))
    except SpecError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    sys.stdout.write(render(changes, fmt))
    return 1 if any(c.breaking for c in changes) else 0


def _audit(refs: list[Path], spec_dir: Path, fmt: str) -> int:
    """Exit 0 when every divergence is accepted, 1 when one is open, 2 when an input is unreadable."""
    from codegen.audit import audit, load_accepted, render
    from codegen.reference import ReferenceError, read_reference

    try:
        spec = load_spec(spec_dir)
        accepted = load_accepted(spec_dir / "audit")
        reference = read_reference(refs)
    except (SpecError, ReferenceError) as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    found, kept, coverage = audit(spec, reference, accepted)
    sys.stdout.write(render(found, kept, coverage, fmt))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
