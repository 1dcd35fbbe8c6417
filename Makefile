# Two entry points (see README): `make ingest` and `make test`.
# The interpreter .venv is made from: scripts/fast-python says which, and why.
PYTHON ?= $(shell scripts/fast-python)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install ingest test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

ingest: $(STAMP)
	$(BIN)/timeline ingest data/raw

lint: $(STAMP)
	$(BIN)/ruff check src tests alembic bench

test: $(STAMP) lint
	scripts/with-postgres $(BIN)/pytest

clean:
	rm -rf $(VENV) data/db/*.db

bench: $(STAMP)
	$(BIN)/python bench/run.py
