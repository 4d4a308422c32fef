# PyTorch Cookbook · PyTorch 实用手册
#   make serve            build and serve the site at http://127.0.0.1:8000/ with live reload
#   make test             the whole verification (what CI runs)
#   make update-outputs   re-run every snippet; rewrite its .out and its figures
#   make bench            time the verification against its floor, and the site build
# Each target creates .venv and installs requirements.txt on first use.
# CPU-only machine: make test TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TORCH_INDEX_URL ?=
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
SUDO := $(if $(filter 0,$(shell id -u)),,sudo -n)
AXE := $(VENV)/npm/node_modules/axe-core/axe.min.js

export MPLBACKEND := Agg
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test test-code browser-tools update-outputs bench build clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(if $(TORCH_INDEX_URL),$(PIP) install --index-url $(TORCH_INDEX_URL) $$(grep -E '^torch(vision)?==' requirements.txt))
	$(PIP) install -r requirements.txt
	touch $@

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(VENV)/.installed browser-tools
	$(BIN)/python -m pytest

# The browser tests need Debian's Chromium and axe-core (npm); where they cannot be installed, those tests skip.
browser-tools:
	@command -v chromium >/dev/null || $(SUDO) sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null' \
		|| echo "make: could not install Chromium; the browser tests will be skipped"
	@test -f $(AXE) || npm install --prefix $(VENV)/npm --no-save --no-audit --no-fund --silent axe-core@4.14.1 \
		|| echo "make: could not install axe-core; the accessibility tests will be skipped"

test-code: $(VENV)/.installed   # only the code blocks (the GPU job; COOKBOOK_RECORD=1 records the devices)
	$(BIN)/python -m pytest tests/test_codeblocks.py

update-outputs: $(VENV)/.installed
	$(BIN)/python -m harness.update_outputs

bench: $(VENV)/.installed browser-tools
	@test -f $(VENV)/npm/node_modules/lighthouse/cli/index.js || npm install --prefix $(VENV)/npm --no-save --no-audit \
		--no-fund --silent lighthouse@13.5.0 axe-core@4.14.1 || echo "make: could not install Lighthouse; bench skips it"
	$(BIN)/python -m harness.bench

build: $(VENV)/.installed
	$(BIN)/mkdocs build --strict

clean:
	rm -rf site .pytest_cache
