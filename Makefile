# Every target sets up what it needs itself: a bare Debian + Python 3.11 is enough.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint screenshots translations qm mo po clean system-deps

$(STAMP): pyproject.toml
	bash packaging/linux/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(MAKE) --no-print-directory qm mo
	touch $(STAMP)

system-deps:
	bash packaging/linux/system-deps.sh

run: $(STAMP)
	$(VENV)/bin/crisiscell --demo-if-missing

# Compile the French translations again after editing the .ts or the .po (the build does it too).
translations: $(STAMP) qm mo

# French, and the English plural forms (the English texts are the sources).
qm:
	for ts in resources/translations/*.ts; do \
		$(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done

# app/'s texts (log wording, printed papers): resources/locale/<lang>/LC_MESSAGES/crisiscell.po
# compiled to the .mo app/words/catalogue.py reads, by Babel's compiler (Babel is a dependency).
mo:
	$(VENV)/bin/pybabel -q compile --domain crisiscell --directory resources/locale

# After changing a text in app/: the .po files gain the new msgids (and lose the unused ones)
# for the translator, from the texts marked or looked up in the code.
po:
	mkdir -p build
	$(VENV)/bin/pybabel -q extract --no-location --width 100 --add-comments Translators: \
		--keywords "NN_:1,2 NC_:1c,2" --project "Crisis Cell" --version 0.1.0 \
		--msgid-bugs-address "" --output-file build/crisiscell.pot app
	$(VENV)/bin/pybabel -q update --domain crisiscell --input-file build/crisiscell.pot \
		--output-dir resources/locale --no-fuzzy-matching --ignore-obsolete --width 100

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
