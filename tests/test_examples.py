"""The worked examples run against the fake as written."""

from __future__ import annotations

import runpy

import pytest

from codegen.generate import ROOT


@pytest.mark.parametrize("script", ["demo.py", "payables_and_receivables.py"])
def test_example_runs(script: str, capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(ROOT / "examples" / script), run_name="__main__")
    out = capsys.readouterr().out
    if script == "demo.py":
        assert "INV-1001" in out and "1324.75" in out
    else:
        assert "paid 1324.75 to Acme Office Supplies for 2 bills" in out
        assert "INV-2001 is paid" in out
