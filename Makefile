# qlik-catalog: every target creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
PY := $(BIN)/python
GEN := generated/qlik_catalog_api
# The generator's post-hooks call `ruff`; it must be the venv's pinned one.
export PATH := $(BIN):$(PATH)

.PHONY: install generate check-generated lint typecheck test check clean emulator demo bench bench-quick \
	conformance spec-drift

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

## generate: bundle openapi/*.yaml, regenerate generated/qlik_catalog_api and its tier table
generate: install
	$(PY) openapi/bundle.py --out $(GEN)/openapi.json --tiers $(GEN)/tiers.py
	$(BIN)/openapi-python-client generate --path $(GEN)/openapi.json \
		--config generator-config.yaml --meta none --output-path $(GEN) \
		--overwrite --fail-on-warning
	printf '' > $(GEN)/py.typed

## check-generated: fail when generated/ differs from what the specs produce
check-generated: generate
	@changes="$$(git status --porcelain -- generated/)"; \
	if [ -n "$$changes" ]; then \
		echo "generated/ does not match openapi/ (run 'make generate' and commit):"; \
		echo "$$changes"; git --no-pager diff --stat -- generated/; exit 1; \
	fi; echo "generated/ matches the specs"

## Qlik's official JS client @qlik/api (pinned in conformance/package.json) in conformance/node_modules
conformance/node_modules/.installed: conformance/package.json conformance/package-lock.json
	cd conformance && npm ci --no-audit --no-fund --loglevel=error
	touch $@

CONTRACT := conformance/.out/contract.json

$(CONTRACT): conformance/node_modules/.installed conformance/contract.mjs
	node conformance/contract.mjs --out $@

## conformance: @qlik/api drives the emulator on loopback; every answer checked against its types
conformance: install conformance/node_modules/.installed
	node --test conformance/validate.test.mjs
	bash conformance/run.sh

## spec-drift: every difference between openapi/ and @qlik/api's types (DRIFT_ALL=1: explained too)
spec-drift: install $(CONTRACT)
	$(PY) openapi/drift.py --contract $(CONTRACT) $(if $(DRIFT_ALL),--all)

lint: install
	$(BIN)/ruff check qlik_catalog tests openapi benchmarks
	$(BIN)/ruff format --check qlik_catalog tests openapi benchmarks

typecheck: install
	$(BIN)/mypy qlik_catalog benchmarks

## test: the whole test suite
test: install
	$(BIN)/pytest

check: lint typecheck test check-generated

## demo: the main job on an in-process emulated tenant: export, plan and apply, then a summary
demo: install
	$(BIN)/qlik-catalog demo --out-dir demo-output

$(VENV)/.bench: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $@

BENCH_OUT ?= benchmarks

## bench: all five benchmarks at full size; writes $(BENCH_OUT)/results.md and results.png
bench: $(VENV)/.bench
	$(PY) -m benchmarks.run --out $(BENCH_OUT)

## bench-quick: the same five figures at small sizes (under 3 minutes)
bench-quick: $(VENV)/.bench
	$(PY) -m benchmarks.run --quick --out $(BENCH_OUT)

## emulator: serve an emulated tenant seeded with the demo catalog on http://127.0.0.1:8080
emulator: install
	$(BIN)/qlik-catalog emulator --port 8080 --seed demo

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache demo-output conformance/node_modules conformance/.out
