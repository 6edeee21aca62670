# qlik-catalog: every target creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
PY := $(BIN)/python
GEN := generated/qlik_catalog_api
# The generator's post-hooks call `ruff`; it must be the venv's pinned one.
export PATH := $(BIN):$(PATH)
# The Python versions `make test-all` runs the suite on (see test-all below).
PYVERSIONS := 3.11 3.12 3.13
TEST_VERSIONS := $(addprefix test-,$(PYVERSIONS))

.PHONY: install generate check-generated lint typecheck test check clean emulator demo bench bench-quick \
	conformance spec-drift check-wheel test-all $(TEST_VERSIONS)

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
		--config generator-config.yaml --custom-template-path templates --meta none --output-path $(GEN) \
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

## check-wheel: build the wheel, install it in a fresh venv outside the repo, run the README's pytest example there
check-wheel:
	bash .ci/check-wheel.sh

lint: install
	$(BIN)/ruff check qlik_catalog tests openapi benchmarks examples
	$(BIN)/ruff format --check qlik_catalog tests openapi benchmarks examples

typecheck: install
	$(BIN)/mypy qlik_catalog benchmarks tests examples

## test: the whole test suite, spread over the machine's cores (TEST_WORKERS=0: in one process)
# pytest-xdist's workers: on CI's two cores the suite takes about 3.5 minutes instead of 6.5.
TEST_WORKERS ?= auto
test: install
	$(BIN)/pytest -n $(TEST_WORKERS)

## test-all: the suite on each of $(PYVERSIONS), each in its own .venv-3.X, then one line per version
# The interpreter is pyenv's newest $(PYENV_ROOT)/versions/3.X.*, else python3.X on PATH (if it
# runs). A missing one is skipped with a SKIPPED line, unless its version is in REQUIRE_PYTHONS
# (e.g. REQUIRE_PYTHONS="3.11 3.13", from make's command line or the environment): then it fails.
# test-3.11, test-3.12, test-3.13 run one version; PYTEST_ARGS is passed to pytest (after
# -n $(TEST_WORKERS), as for `make test`).
PYENV_ROOT ?= $(HOME)/.pyenv
REQUIRE_PYTHONS ?=
PYTEST_ARGS ?=
TEST_RESULTS ?= /dev/null
FIND_PYTHON = py=""; \
	for p in $$(ls -d $(PYENV_ROOT)/versions/$$v.*/bin/python$$v 2>/dev/null | sort -rV) \
		$$(command -v python$$v 2>/dev/null); do \
		if "$$p" -c "import sys; sys.exit('%d.%d' % sys.version_info[:2] != '$$v')" >/dev/null 2>&1; \
		then py=$$p; break; fi; \
	done

test-all:
	@status=0; results=$$(mktemp); \
	for v in $(PYVERSIONS); do \
		$(MAKE) --no-print-directory test-$$v TEST_RESULTS=$$results || status=1; \
	done; \
	echo "== test-all:"; sed 's/^/   /' $$results; rm -f $$results; exit $$status

$(TEST_VERSIONS): test-%:
	@v=$*; venv=.venv-$$v; $(FIND_PYTHON); \
	if [ -z "$$py" ]; then \
		msg="Python $$v not found ($(PYENV_ROOT)/versions/$$v.*/bin/python$$v, python$$v on PATH)"; \
		case " $(REQUIRE_PYTHONS) " in *" $$v "*) \
			echo "ERROR: $$msg, and REQUIRE_PYTHONS requires it" >&2; \
			echo "$$v: MISSING (required)" >> $(TEST_RESULTS); exit 1;; \
		esac; \
		echo "SKIPPED: $$msg; the suite did not run on $$v"; \
		echo "$$v: SKIPPED (no interpreter)" >> $(TEST_RESULTS); exit 0; \
	fi; \
	if [ ! -x $$venv/bin/python ] || [ ! -f $$venv/.installed ] || [ pyproject.toml -nt $$venv/.installed ]; then \
		echo "== Python $$v: installing -e '.[dev]' into $$venv with $$py"; \
		rm -rf $$venv && "$$py" -m venv $$venv && echo '*' > $$venv/.gitignore && \
		$$venv/bin/python -m pip install --quiet --upgrade pip && \
		$$venv/bin/python -m pip install --quiet -e '.[dev]' && touch $$venv/.installed || exit 1; \
	fi; \
	echo "== $$($$venv/bin/python -V) ($$venv): pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)"; \
	{ PATH="$(CURDIR)/$$venv/bin:$$PATH" $$venv/bin/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS); echo $$? > $$venv/pytest.rc; } \
		| tee $$venv/pytest.log; \
	rc=$$(cat $$venv/pytest.rc); \
	echo "$$v: $$(tail -n 1 $$venv/pytest.log | tr -d '=' | sed 's/^ *//; s/ *$$//')" >> $(TEST_RESULTS); \
	exit $$rc

check: lint typecheck test check-generated

## demo: the main job on an in-process emulated tenant: export, plan and apply, then a summary
demo: install
	$(BIN)/qlik-catalog demo --out-dir demo-output

$(VENV)/.bench: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $@

BENCH_OUT ?= benchmarks

## bench: every benchmark at full size; writes $(BENCH_OUT)/results.md and results.png
bench: $(VENV)/.bench
	$(PY) -m benchmarks.run --out $(BENCH_OUT)

## bench-quick: the same figures at small sizes (under 3 minutes)
bench-quick: $(VENV)/.bench
	$(PY) -m benchmarks.run --quick --out $(BENCH_OUT)

## emulator: serve an emulated tenant seeded with the demo catalog on http://127.0.0.1:8080
emulator: install
	$(BIN)/qlik-catalog emulator --port 8080 --seed demo

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache demo-output conformance/node_modules conformance/.out
