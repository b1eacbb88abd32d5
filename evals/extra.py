"""Extra documents for an evaluation: a folder of real documents ingested beside the shipped corpus."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from assistant.workspace import Workspace
from corpus.ingest import ingest_paths
from corpus.text import DOCUMENT_SUFFIXES


def add_documents(workspace: Workspace, folder: Path) -> None:
    """Ingest every document in ``folder`` (answer keys and all-capital notes skipped), then rebuild the index."""
    paths = sorted(
        p
        for p in Path(folder).iterdir()
        if p.suffix.lower() in DOCUMENT_SUFFIXES
        and not p.name.endswith(".key.json")
        # Notes beside the documents (README.md, SOURCES-A.md, RESULTS.md) are not documents.
        and not re.fullmatch(r"[A-Z][A-Z0-9_-]*", p.stem)
    )
    report = ingest_paths(paths, workspace.store, progress=False)
    for result in report.results:
        if not result.ok:
            print(f"未能导入 {result.path}：{result.error}", file=sys.stderr)
    workspace.reindex()
