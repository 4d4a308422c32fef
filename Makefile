# PyTorch Cookbook · PyTorch 实用手册
#   make serve            build and serve the site at http://127.0.0.1:8000/ with live reload
#   make test             the whole verification (what CI runs)
#   make update-outputs   re-run every snippet; rewrite its .out and its figures
#   make bench            time the verification against its floor, the site build and make test; SCALE=1.5:
#                         the same for a synthetic copy with one and a half times the pages
#   make test-gpu         on a GPU machine: every snippet on CUDA (its own python3 and torch; see README)
#   make test-version     every snippet on the CPU with the previous PyTorch release, in .venv-previous
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

# The previous PyTorch release, kept verified by `make test-version`, and the GPU machine's Python for the wheelhouse
PREVIOUS_TORCH ?= 2.14.1
PREVIOUS_TORCHVISION ?= 0.29.1
PREVIOUS := .venv-previous
GPU_PYTHON ?= python3
SCALE ?= 1
WHEEL_PYTHON ?= 3.12
WHEEL_PLATFORMS := $(foreach n,17 27 28,--platform manylinux_2_$(n)_x86_64) --platform manylinux2014_x86_64

.PHONY: serve test test-gpu test-version wheelhouse browser-tools update-outputs bench build clean

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

# On a GPU machine, with no network: its own python3 and CUDA build of torch; numpy, Pillow and matplotlib from
# wheelhouse/ (made beforehand with `make wheelhouse`) where that python lacks them.
test-gpu:
	@$(GPU_PYTHON) -c 'import numpy, PIL, matplotlib' 2>/dev/null || $(GPU_PYTHON) -m pip install --quiet \
		--no-index --find-links wheelhouse --target .gpu-site -r harness/verify/gpu-requirements.txt
	PYTHONPATH=.gpu-site MPLBACKEND=Agg $(GPU_PYTHON) -m harness.verify.passes gpu

# What test-gpu may need besides torch, as wheels for the GPU machine's Python (WHEEL_PYTHON), x86_64 Linux
wheelhouse:
	$(PYTHON) -m pip download --quiet --only-binary=:all: --python-version $(WHEEL_PYTHON) --implementation cp \
		$(WHEEL_PLATFORMS) -d wheelhouse -r harness/verify/gpu-requirements.txt
	@du -sh wheelhouse

$(PREVIOUS)/.installed: requirements.txt
	$(PYTHON) -m venv $(PREVIOUS)
	$(PREVIOUS)/bin/python -m pip --disable-pip-version-check --quiet install \
		$(if $(TORCH_INDEX_URL),--index-url $(TORCH_INDEX_URL)) torch==$(PREVIOUS_TORCH) torchvision==$(PREVIOUS_TORCHVISION)
	grep -vE '^torch(vision)?==' requirements.txt > $(PREVIOUS)/requirements.txt
	$(PREVIOUS)/bin/python -m pip --disable-pip-version-check --quiet install -r $(PREVIOUS)/requirements.txt
	touch $@

test-version: $(PREVIOUS)/.installed
	$(PREVIOUS)/bin/python -m harness.verify.passes version

update-outputs: $(VENV)/.installed
	$(BIN)/python -m harness.verify.update_outputs
	$(BIN)/python -m harness.site.generate

bench: $(VENV)/.installed browser-tools
	@test -f $(VENV)/npm/node_modules/lighthouse/cli/index.js || npm install --prefix $(VENV)/npm --no-save --no-audit \
		--no-fund --silent lighthouse@13.5.0 axe-core@4.14.1 || echo "make: could not install Lighthouse; bench skips it"
	$(BIN)/python -m harness.tools.bench --scale $(SCALE)

build: $(VENV)/.installed
	$(BIN)/mkdocs build --strict

clean:
	rm -rf site .pytest_cache .gpu-site
