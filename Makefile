# Every target sets up what it needs itself: a bare Debian + Python 3.11 is enough.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint screenshots translations qm clean system-deps

$(STAMP): pyproject.toml
	bash packaging/linux/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(MAKE) --no-print-directory qm
	touch $(STAMP)

system-deps:
	bash packaging/linux/system-deps.sh

run: $(STAMP)
	$(VENV)/bin/crisiscell --demo-if-missing

# Compile the French translations again after editing the .ts (the build does it too).
translations: $(STAMP) qm

# French, and the English plural forms (the English texts are the sources).
qm:
	for ts in resources/translations/*.ts; do \
		$(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done

# A PNG of each tab on the demo plan, in French, into resources/screenshots/.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots resources/screenshots

test: $(STAMP)
	$(PY) -m ruff check app db ui tests
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench.py

lint: $(STAMP)
	$(PY) -m ruff check app db ui tests
	$(PY) -m mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
