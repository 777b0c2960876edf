# incident-monitor: `make demo` (offline, embedded runtime) and `make test` (everything).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install dev lint typecheck unit integration kafka-jars prometheus bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[kafka,test]'
	touch $(STAMP) $@

install: $(STAMP)

$(VENV)/.bench: $(VENV)/.dev
	$(BIN)/pip install -q -e '.[kafka,test,bench]'
	touch $@

dev: $(VENV)/.dev

demo: $(STAMP)
	$(BIN)/incident-monitor demo

kafka-jars:
	bash tools/kafka/fetch.sh

prometheus:
	bash tools/prometheus/ensure.sh

lint: dev
	$(BIN)/ruff check monitor agents tests bench tools
	$(BIN)/mypy

typecheck: lint

unit: dev
	$(BIN)/python -m pytest -m "not kafka and not prometheus"

test: dev kafka-jars prometheus
	$(BIN)/ruff check monitor agents tests bench tools
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(VENV)/.bench
	$(BIN)/python -m bench.extract
	$(BIN)/python -m bench.quality
	$(BIN)/python -m bench.dedup
	$(BIN)/python -m bench.kafka

clean:
	rm -rf $(VENV) var .cache .pytest_cache .mypy_cache .ruff_cache
