# Two entry points (see README): `make ingest` and `make test`.
# The interpreter .venv is made from: scripts/fast-python says which, and why.
PYTHON ?= $(shell scripts/fast-python)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# (one stamp per kind of build, so that switching kinds rebuilds)
BUILT  := $(VENV)/.built-$(if $(filter 1,$(TIMELINE_PURE_PYTHON)),pure,compiled)
# The modules mypyc compiles (pyproject.toml, [tool.timeline]); editing one rebuilds them.
COMPILED := $(shell $(PYTHON) -c 'import tomllib; print(*("src/" + m for m in tomllib.load(open("pyproject.toml", "rb"))["tool"]["timeline"]["compiled"]))' 2>/dev/null)

.PHONY: install ingest test lint bench bench-scaling clean

# Dependencies, tools and the package (editable); its compiled modules come next.
$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	TIMELINE_PURE_PYTHON=1 $(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# C extensions next to their sources, which they shadow (setup.py; TIMELINE_PURE_PYTHON=1: none).
$(BUILT): $(STAMP) $(COMPILED)
	rm -f $(VENV)/.built-*
	$(BIN)/python setup.py --quiet build_ext --inplace
	touch $(BUILT)

install: $(BUILT)

ingest: $(BUILT)
	$(BIN)/timeline ingest data/raw

lint: $(STAMP)
	$(BIN)/ruff check src tests alembic bench
	$(BIN)/mypy

test: $(BUILT) lint
	scripts/with-postgres $(BIN)/pytest

clean:
	rm -rf $(VENV) build data/db/*.db src/timeline__mypyc.*.so
	find src/timeline -name '*.cpython-*.so' -delete

bench: $(BUILT)
	$(BIN)/python bench/run.py

bench-scaling: $(BUILT)
	$(BIN)/python bench/scaling.py
