#!/usr/bin/env bash
# Creates .venv at the repo root with the pinned stack; re-running is a no-op when nothing changed.
# torch is installed first and pinned on every line: unpinned, sentence-transformers pulls a CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
stamp=.venv/.installed
want=$(sha256sum requirements.lock pyproject.toml | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q torch==2.13.0
.venv/bin/pip install -q torch==2.13.0 -r requirements.lock
echo "$want" > "$stamp"
