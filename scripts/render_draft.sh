#!/usr/bin/env bash
# Render DOCX drafts to PDF + PNG pages (LibreOffice headless, official fonts mapped to Noto CJK).
# Usage: scripts/render_draft.sh FILE.docx [FILE.docx ...] [--out DIR] [--dpi 80]
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
exec "$PY" -m drafting.render "$@"
