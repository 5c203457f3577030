# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,formats,dask]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f reports/demo.sqlite
	$(BIN)/aidtracker ingest --db reports/demo.sqlite --manifest data/samples/manifest.csv data/samples
	$(BIN)/aidtracker report --db reports/demo.sqlite -o reports/aid-summary.xlsx

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info reports/*.xlsx reports/*.sqlite*
