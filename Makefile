# The README's two commands call `make run` and `make test`.
export HF_HUB_OFFLINE=1
export TRANSFORMERS_OFFLINE=1
export GRADIO_ANALYTICS_ENABLED=False
export ANONYMIZED_TELEMETRY=False
export PYTHONDONTWRITEBYTECODE=1
PY := .venv/bin/python

.PHONY: setup system-deps run test test-fast lint eval bench
setup:
	@bash scripts/setup.sh

system-deps:
	@bash scripts/system-deps.sh

run: setup
	$(PY) -m assistant serve

test: setup system-deps
	$(PY) -m pytest -q

# The edit loop: everything but the tests marked slow (browser, LibreOffice renders, fuzzers, live servers).
test-fast: setup
	$(PY) -m pytest -q -m "not slow and not browser"

lint: setup
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

eval: setup
	$(PY) -m assistant eval

bench: setup
	$(PY) bench/scale.py
