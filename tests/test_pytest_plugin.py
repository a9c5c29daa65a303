"""The pytest plugin works for a user's test outside this suite, found through its entry point."""

from __future__ import annotations

import subprocess
import sys

from codegen.generate import ROOT


def test_sample_user_tests_pass_with_the_plugin_fixtures() -> None:
    sample = ROOT / "examples" / "pytest_plugin"
    assert not (sample / "conftest.py").exists()  # the fixtures come from the installed plugin
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-o", "addopts=", "-p", "no:cacheprovider", str(sample)],
        cwd=sample,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
