"""The pull-request workflow is valid and runs the make targets a developer runs."""

from __future__ import annotations

from typing import Any

import yaml

from codegen.generate import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "spec-diff.yml"


def load() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text())
    assert isinstance(data, dict)
    return data


def test_triggers_on_pull_requests_touching_the_spec() -> None:
    data = load()
    trigger = data.get("on", data.get(True))  # YAML 1.1 reads a bare `on` as true
    assert trigger == {"pull_request": {"paths": ["spec/**"]}}


def test_steps_regenerate_check_diff_and_gate_on_a_label() -> None:
    steps = load()["jobs"]["spec-diff"]["steps"]
    runs = "\n".join(step.get("run", "") for step in steps)
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("actions/checkout@") for u in uses)
    assert (
        next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))["with"][
            "fetch-depth"
        ]
        == 0
    )
    order = [runs.index(cmd) for cmd in ("make generate", "make check", "diff BASE=")]
    assert order == sorted(order)
    assert "FORMAT=markdown" in runs and "$GITHUB_STEP_SUMMARY" in runs and "FORMAT=json" in runs
    gate = steps[-1]
    assert "breaking-change-approved" in gate["if"] and "exit 1" in gate["run"]
    makefile = (ROOT / "Makefile").read_text()
    for target in ("generate:", "check:", "diff:", "changelog:"):
        assert f"\n{target}" in makefile
