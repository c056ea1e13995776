# ward-archive: two commands set everything up on a machine with Python 3.11+.
#   make demo   offline demo: portal replica -> crawl -> Datasette
#   make test   the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= data/archive.db
PORT   ?= 8001

.PHONY: install test demo crawl serve eval bench clean

install: $(STAMP)

# Re-installs only when the project's dependency list changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

test: install
	$(BIN)/python -m pytest -q

demo: install
	$(BIN)/ward-archive demo --db $(DB) --port $(PORT)

crawl: install
	$(BIN)/ward-archive crawl --db $(DB)

serve: install
	$(BIN)/ward-archive serve --db $(DB) --port $(PORT)

eval: install
	$(BIN)/ward-archive eval

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) data .pytest_cache
