# The README's two commands call `make run` and `make test`.
export HF_HUB_OFFLINE=1
export TRANSFORMERS_OFFLINE=1
export GRADIO_ANALYTICS_ENABLED=False
export ANONYMIZED_TELEMETRY=False
export PYTHONDONTWRITEBYTECODE=1
PY := .venv/bin/python

.PHONY: setup system-deps run test lint eval bench
setup:
	@bash scripts/setup.sh

system-deps:
	@bash scripts/system-deps.sh

run: setup
	$(PY) -m assistant serve

test: setup system-deps
	$(PY) -m pytest -q

lint: setup
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

eval: setup
	$(PY) -m assistant eval

bench: setup
	$(PY) bench/scale.py
