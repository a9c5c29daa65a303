# Every target that needs the environment depends on .venv, which `setup` builds from uv.lock.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.9
BASE ?= HEAD
FORMAT ?= text
# BILL's own v2 reference (OpenAPI 3.0 documents) that `make audit` compares the spec with.
REF ?= ../shared/reference/openapi

.PHONY: setup generate check lint test demo bench format clean diff changelog audit dist docs contract learn

setup: $(VENV)/.synced

$(VENV)/.synced: pyproject.toml uv.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --frozen --inexact --quiet
	touch $@

generate: setup
	$(PY) -m codegen generate

check: setup
	$(PY) -m codegen check

lint: setup
	$(PY) -m ruff check codegen generated tests benchmarks examples
	$(PY) -m ruff format --check codegen generated tests benchmarks examples
	$(PY) -m mypy generated/billcom
	$(PY) -m mypy codegen tests benchmarks examples --exclude codegen/runtime
	$(PY) -m tests.readme_snippets README.md

format: setup
	$(PY) -m ruff check --fix codegen tests benchmarks examples
	$(PY) -m ruff format codegen tests benchmarks examples

# The conformance suite runs against fakes it serves itself here, whatever the environment says.
test: check lint
	CONTRACT_BASE_URL= CONTRACT_RECORD= $(PY) -m pytest

# The conformance suite alone: against a fake served per test, or with BASE_URL=<a v2 base URL>
# against that server, logged in with BILLCOM_USERNAME/PASSWORD/ORG_ID/DEV_KEY (and
# BILLCOM_MFA_ID/DEVICE_ID); prefixed names, clean-up, a call budget (CONTRACT_BUDGET), no money
# unless CONTRACT_MONEY=1 (tests/conformance/contract.py). RECORD=DIR writes every exchange there,
# redacted, for `make learn`.
contract: setup
	CONTRACT_BASE_URL="$(if $(filter command line,$(origin BASE_URL)),$(BASE_URL))" \
	CONTRACT_RECORD="$(RECORD)" $(PY) -m pytest tests/conformance -rs

# Where recorded answers (RECORD=DIR) depart from the spec; WRITE=FILE proposes spec edits there.
learn: setup
	@$(PY) -m codegen learn $(RECORD) --format $(FORMAT) $(if $(WRITE),--write $(WRITE))

demo: generate
	$(PY) examples/demo.py

# Classify what the working tree's spec changes against BASE (a git revision or a folder).
diff: setup
	@$(PY) -m codegen diff $(BASE) spec --format $(FORMAT)

# The spec changes since the last release (.release-base; or since BASE=...) as a CHANGELOG
# entry in the generated client's terms.
LAST_RELEASE = $(shell grep -v '^\#' .release-base)
changelog: setup
	@$(PY) -m codegen diff $(if $(filter command line environment,$(origin BASE)),$(BASE),$(LAST_RELEASE)) spec --format changelog || test $$? -eq 1

# Where the spec and the reference part: exit 0 when every divergence is resolved or accepted.
audit: setup
	@$(PY) -m codegen audit $(REF) --format $(FORMAT)

# The wheel and sdist of the package, checked as a package index would render them.
dist: generate
	rm -rf dist
	$(UV) build --no-build-isolation --python $(PY) --out-dir dist
	$(PY) -m twine check --strict dist/*

# The docs site: guides and the generated reference, built offline (no fonts or plugins that
# fetch) into site/, then rendered in headless Chromium (Debian's package, installed if missing).
docs: setup
	UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --frozen --inexact --quiet --group docs
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --site-dir site
	$(PY) tests/docs_browser_check.py site

bench: setup
	PYTHONPATH=. $(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache dist site
