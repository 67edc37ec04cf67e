# Every target sets up what it needs itself: a bare Debian + Python 3.11 is enough.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint screenshots clean system-deps

$(STAMP): pyproject.toml
	bash packaging/linux/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps:
	bash packaging/linux/system-deps.sh

run: $(STAMP)
	$(VENV)/bin/crisiscell start --demo-if-missing

test: $(STAMP)
	$(PY) -m ruff check app db ui tests
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench.py

lint: $(STAMP)
	$(PY) -m ruff check app db ui tests

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
