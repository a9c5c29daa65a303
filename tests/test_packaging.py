"""The built wheel, installed outside the repository, is a working package: with and without
the `testing` extra. Built and installed offline (uv's cache holds what `make setup` fetched)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import billcom

ROOT = Path(__file__).resolve().parent.parent
UV = Path(sys.executable).parent / "uv"


def run(*args: str | Path, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    if check and done.returncode != 0:
        raise AssertionError(f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build = (UV, "build", "--no-build-isolation", "--offline", "--wheel", "--python")
    run(*build, sys.executable, "--out-dir", out, cwd=ROOT)
    (built,) = out.glob("billcom-*.whl")
    return built


def venv(where: Path, wheel: str, *groups: str) -> Path:
    """A new environment with `wheel` and exactly the locked versions of what it needs.

    The locked dependencies are exported with their file URLs, so uv installs them from its
    cache without asking an index.
    """
    extras = ["--extra", "testing"] if wheel.endswith("[testing]") else []
    chosen = [arg for group in groups for arg in ("--group", group)] or ["--no-dev"]
    lock = where / "pylock.toml"
    exported = run(
        UV, "export", "--frozen", "--quiet", "--format", "pylock.toml", "--no-emit-project",
        *extras, *chosen, "--project", ROOT, cwd=where,
    ).stdout  # fmt: skip
    lock.write_text(exported)
    run(UV, "venv", "--quiet", "--python", sys.executable, where / "venv", cwd=where)
    python = where / "venv" / "bin" / "python"
    install = (UV, "pip", "install", "--quiet", "--offline", "--python", python)
    run(*install, "-r", lock, cwd=where)
    run(*install, "--no-deps", wheel.removesuffix("[testing]"), cwd=where)
    run(UV, "pip", "check", "--quiet", "--python", python, cwd=where)  # the wheel's own needs met
    return python


CHECK = """
import importlib.metadata as md, importlib.resources as res, billcom
files = {str(f) for f in md.files("billcom")}
assert billcom.__version__ == md.version("billcom"), billcom.__version__
assert any(f.endswith("licenses/LICENSE") for f in files), sorted(files)[:5]
assert res.files("billcom").joinpath("py.typed").is_file()
assert res.files("billcom").joinpath("openapi.json").read_text().startswith("{")
assert "billcom" not in __import__("sys").path[0]
print(billcom.__version__)
"""


def test_the_plain_wheel_is_a_typed_package_and_names_the_missing_extra(
    wheel: Path, tmp_path: Path
) -> None:
    python = venv(tmp_path, str(wheel))
    assert run(python, "-c", CHECK, cwd=tmp_path).stdout.strip() == billcom.__version__
    served = run(python, "-m", "billcom.testing", "serve", "--port", "0", cwd=tmp_path, check=False)
    assert served.returncode == 1
    (line,) = served.stderr.strip().splitlines()  # one line, no traceback
    assert 'pip install "billcom[testing]"' in line


def test_the_testing_extra_serves_the_fake_and_brings_the_pytest_plugin(
    wheel: Path, tmp_path: Path
) -> None:
    python = venv(tmp_path, f"{wheel}[testing]", "dev")
    run(python, "-c", CHECK, cwd=tmp_path)
    port_file = tmp_path / "port"
    server = subprocess.Popen(
        [python, "-m", "billcom.testing", "serve", "--port", "0", "--port-file", port_file],
        cwd=tmp_path,
        stderr=subprocess.DEVNULL,
    )
    try:
        client = textwrap.dedent(f"""
            import pathlib, time
            from billcom import BillCom
            from billcom.testing import FakeBillCom
            path = pathlib.Path({str(port_file)!r})
            for _ in range(400):
                if path.exists() and path.read_text().strip():
                    break
                time.sleep(0.05)
            creds = FakeBillCom().credentials(f"http://127.0.0.1:{{path.read_text().strip()}}/api/v2")
            with BillCom(**creds) as client:
                print(client.vendors.create(name="Installed").name)
            """)
        assert run(python, "-c", client, cwd=tmp_path).stdout.strip() == "Installed"
    finally:
        server.terminate()
        server.wait(timeout=10)
    (tmp_path / "test_mine.py").write_text(
        textwrap.dedent("""
            import httpx

            def test_fixtures(billcom_client, billcom_fake, billcom_server):
                vendor = billcom_client.vendors.create(name="Acme")
                assert billcom_fake.get("Vendor", vendor.id)["name"] == "Acme"
                answer = httpx.post(f"{billcom_server}/Login.json", data={})
                assert answer.json()["response_status"] == 1
            """)
    )
    tested = run(
        python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_mine.py", cwd=tmp_path
    )
    assert "1 passed" in tested.stdout
