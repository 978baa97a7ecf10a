# Lantern — the two commands are `make demo` and `make test`. CI runs `make test` (see .ci/run).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements/lock.txt
DEPS := pyproject.toml requirements/lock.txt
export LANTERN_DATA_DIR ?= $(CURDIR)/var
PYTEST_ARGS ?=

.PHONY: install demo serve smoke-demo test test-sqlite test-postgres lint check clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip

# Runtime only (make demo), or runtime + dev tools (make install / make test).
$(VENV)/.runtime: $(DEPS) | $(BIN)/python
	$(PIP) -e .
	touch $@

$(VENV)/.dev: $(DEPS) | $(BIN)/python
	$(PIP) -e '.[dev]'
	touch $@ $(VENV)/.runtime

install: $(VENV)/.dev  ## .venv with Lantern and its dev dependencies

demo: $(VENV)/.runtime  ## set up and serve the demo hub on SQLite
	$(BIN)/lantern demo
	$(BIN)/lantern serve

serve: $(VENV)/.runtime
	$(BIN)/lantern serve

# What `make demo` does, in a venv of its own with the runtime dependencies only (no dev extras):
# load the demo hub into a new data directory, serve it, and ask for every face of it.
SMOKE_VENV := .venv-runtime
smoke-demo:
	$(MAKE) --no-print-directory VENV=$(SMOKE_VENV) $(SMOKE_VENV)/.runtime
	$(SMOKE_VENV)/bin/python -m pip check
	$(SMOKE_VENV)/bin/python scripts/smoke_demo.py

lint: $(VENV)/.dev  ## static checks: dependencies consistent, ruff, migrations in step, deployment settings
	$(BIN)/python -m pip check
	$(BIN)/ruff check lantern tests scripts bench
	LANTERN_DATA_DIR=$$(mktemp -d) $(BIN)/python -m django makemigrations --check --dry-run --settings=lantern.settings
	LANTERN_ENV=production LANTERN_SECRET_KEY=check-deploy-$$(date +%s)-not-a-real-key-0123456789abcdefghijklmnop \
	  LANTERN_ALLOWED_HOSTS=hub.example.org LANTERN_DATA_DIR=$$(mktemp -d) \
	  $(BIN)/python -m django check --deploy --fail-level WARNING --settings=lantern.settings

# The search suites again on the database engine (LANTERN_SEARCH_ENGINE=database): SQLite FTS5 in
# test-sqlite, PostgreSQL full text in test-postgres; tantivy serves the main runs of both.
SEARCH_TESTS := tests/test_search.py tests/test_search_documents.py tests/test_search_understanding.py \
  tests/test_search_semantic.py tests/test_search_ann.py tests/test_public_pages.py tests/test_search_correctness.py \
  tests/test_search_relevance.py

test-sqlite: $(VENV)/.dev
	LANTERN_SEARCH_ENGINE=database $(BIN)/pytest -q $(SEARCH_TESTS)
	$(BIN)/pytest $(PYTEST_ARGS)

test-postgres: $(VENV)/.dev
	LANTERN_SEARCH_ENGINE=database $(BIN)/python scripts/with_postgres.py $(BIN)/pytest -q $(SEARCH_TESTS)
	$(BIN)/python scripts/with_postgres.py $(BIN)/pytest $(PYTEST_ARGS)

test: lint test-sqlite test-postgres  ## every test, on SQLite then on PostgreSQL

screenshots: $(VENV)/.dev  ## a screenshot of every page type, desktop and phone, in var/screenshots/
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) $(SMOKE_VENV) var .pytest_cache .ruff_cache
