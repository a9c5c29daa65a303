"""The generator is deterministic, and `check` catches a stale or hand-edited package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from codegen.generate import ROOT, _tree, write_package
from codegen.spec import load_spec


def codegen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_generating_twice_gives_identical_bytes(tmp_path: Path) -> None:
    spec = load_spec(ROOT / "spec")
    first = _tree(write_package(spec, tmp_path / "a"))
    second = _tree(write_package(spec, tmp_path / "b"))
    assert first == second
    # ...and equal to what is checked in.
    assert first == _tree(ROOT / "generated" / "billcom")


def test_check_passes_on_the_checked_in_tree() -> None:
    result = codegen("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_fails_with_a_readable_diff_after_a_hand_edit(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated" / "billcom", out / "billcom")
    target = out / "billcom" / "models" / "vendor.py"
    target.write_text(target.read_text().replace("class Vendor(", "class Vendorr("))

    result = codegen("check", "--out", str(out))

    assert result.returncode == 1
    assert "run `make generate`" in result.stderr
    assert "billcom/models/vendor.py (checked in)" in result.stdout
    assert "-class Vendorr(BillComModel):" in result.stdout
    assert "+class Vendor(BillComModel):" in result.stdout


def test_check_fails_when_the_spec_changed_without_regenerating(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    vendor = spec / "entities" / "Vendor.yaml"
    vendor.write_text(vendor.read_text().replace("description: ", "description: Renamed. ", 1))

    result = codegen("check", "--spec", str(spec))

    assert result.returncode == 1
    assert '+    """Renamed. ' in result.stdout


def test_generated_files_carry_the_header_runtime_files_do_not() -> None:
    package = ROOT / "generated" / "billcom"
    assert (
        (package / "models" / "bill.py")
        .read_text()
        .startswith(
            "# Generated from spec/entities/Bill.yaml by codegen. Do not edit: run make generate.\n"
        )
    )
    runtime = ROOT / "codegen" / "runtime"
    for source in runtime.rglob("*.py"):
        copy = package / source.relative_to(runtime)
        assert copy.read_text() == source.read_text(), f"{copy} is not a verbatim copy"


def test_a_method_the_spec_does_not_allow_does_not_exist() -> None:
    from billcom.resources.customers import Customers
    from billcom.resources.vendors import Vendors

    assert all(
        hasattr(Vendors, op) for op in ("create", "read", "update", "delete", "undelete", "list")
    )
    spec = load_spec(ROOT / "spec")
    for entity in spec.resources:
        module = __import__(f"billcom.resources.{entity.resource_attr}", fromlist=["x"])
        for cls in (
            getattr(module, entity.resource_class),
            getattr(module, "Async" + entity.resource_class),
        ):
            for op in ("create", "read", "update", "delete", "undelete", "list"):
                assert hasattr(cls, op) == (op in entity.operations), (cls, op)
    assert Customers is not None


def test_mypy_rejects_a_disallowed_or_misspelt_call(tmp_path: Path) -> None:
    sample = tmp_path / "misuse.py"
    sample.write_text(
        "from datetime import date\n"
        "from billcom import BillCom\n"
        "def f(client: BillCom) -> None:\n"
        "    client.vendors.create(nam='x')\n"
        "    client.vendors.create(name='x', balance=3)\n"
        "    client.bills.create(vendor_id='v')\n"
        "    client.vendors.list(filters=[{'field': 'nmae', 'op': '=', 'value': 'x'}])\n"
        "    client.vendors.list(filters=[{'field': 'isActive', 'op': '~', 'value': 'x'}])\n"
        "    client.vendor_bank_accounts.update\n"
        "    client.payments.pay_bills(bill_pays=[{'bill_id': 'b'}])\n"
        "    client.vendors.list(filters=[{'field': 'name', 'op': '=', 'value': 'x'}])\n"
        "    client.vendors.list(sort=[{'field': 'name', 'asc': True}])\n"
        "    client.bills.list(filters=[{'field': 'amount', 'op': '>', 'value': 0.5}])\n"
        "    client.bills.list(filters=[{'field': 'isActive', 'op': '=', 'value': 1}])\n"
        "    client.bills.list(filters=[{'field': 'dueDate', 'op': '<', 'value': '2024-01-01'}])\n"
        "    client.bills.list(filters=[{'field': 'dueDate', 'op': 'in', 'value': [date.today()]}])\n"
        "    client.bills.create(vendor_id='v', invoice_number='1', invoice_date=date.today(),\n"
        "        due_date='2024-01-31', bill_line_items=[{'amount': 0.1}])\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(sample)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert 'Unexpected keyword argument "nam"' in result.stdout
    assert 'Unexpected keyword argument "balance"' in result.stdout  # read-only
    assert 'Missing named argument "invoice_number"' in result.stdout
    errors = {int(line.split(":")[1]) for line in result.stdout.splitlines() if ": error:" in line}
    assert {7, 8} <= errors  # a misspelt filter field, an operator the API lacks
    assert '"VendorBankAccounts" has no attribute "update"' in result.stdout
    assert '"amount"' in result.stdout  # a required key of a nested request record
    assert 11 in errors  # name is not a field the API filters on...
    assert 12 not in errors  # ...but any scalar field can be sorted on
    # A filter value's type follows its field: a float amount, an int code, a date as text.
    assert {13, 14, 15} <= errors
    assert 16 not in errors  # `in` takes a list of the field's values
    assert '"float"' in result.stdout and 18 in errors  # never a float amount
