# The README's commands. Needs Python 3.11+ and a running Docker engine; installs
# nothing on the system (the virtual environment lives in .venv).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test unit integration lint check image bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip uninstall --quiet --yes judge 2>/dev/null || true  # the distribution's old name
	$(BIN)/pip install --quiet -e '.[dev,plot]'
	touch $(STAMP)

image: $(STAMP)
	$(BIN)/judge sandbox build

demo: image
	$(BIN)/judge run binary_search examples/binary_search.py

# The golden folders (every submission of every problem judged for its verdict) run two
# at a time: a call's limit and the growth check count CPU, not a clock a busy machine
# stretches. The rest runs one test at a time (some count the containers on the engine).
GOLDEN := tests/integration/test_submissions.py
test: image
	$(BIN)/pytest -q --ignore=$(GOLDEN)
	$(BIN)/pytest -q -n 2 $(GOLDEN)

unit: $(STAMP)
	$(BIN)/pytest -q tests/unit

integration: image
	$(BIN)/pytest -q tests/integration --ignore=$(GOLDEN)
	$(BIN)/pytest -q -n 2 $(GOLDEN)

lint: $(STAMP)
	$(BIN)/ruff check judge tests bench
	$(BIN)/ruff format --check judge tests bench
	$(BIN)/mypy

check: lint test

bench: image
	$(BIN)/python bench/sandbox.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
