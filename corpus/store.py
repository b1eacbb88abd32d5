"""Where parsed documents live on disk: one JSON file per document plus the original upload.

Layout under the data dir::

    sources/<file name>        the bytes the user gave us, never modified
    documents/<doc_id>.json    the parsed PolicyDocument

Every write goes to a temporary file first and is renamed into place, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from corpus.errors import CorpusError
from corpus.model import PolicyDocument

_SAFE_NAME = re.compile(r"[^\w\u4e00-\u9fff.\-（）()]+")


def safe_file_name(name: str) -> str:
    """Reduce a user-supplied file name to one plain name inside our folder (no paths, no dot-files)."""
    base = re.split(r"[\\/]", name.replace("\x00", ""))[-1].strip()
    base = _SAFE_NAME.sub("_", base).lstrip(".")
    if not base or base in {".", ".."}:
        raise CorpusError(f"文件名无效：{name!r}")
    return base[:150]


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class DocumentStore:
    """Parsed documents and their sources under one data directory."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.documents_dir = self.data_dir / "documents"
        self.sources_dir = self.data_dir / "sources"

    def doc_ids(self) -> list[str]:
        if not self.documents_dir.exists():
            return []
        return sorted(p.stem for p in self.documents_dir.glob("*.json"))

    def is_empty(self) -> bool:
        return not self.doc_ids()

    def get(self, doc_id: str) -> PolicyDocument | None:
        path = self.documents_dir / f"{safe_file_name(doc_id)}.json"
        if not path.exists():
            return None
        return PolicyDocument.from_json(json.loads(path.read_text(encoding="utf-8")))

    def documents(self) -> list[PolicyDocument]:
        """All stored documents, in doc_id order; a damaged record is skipped, not fatal."""
        docs = []
        for doc_id in self.doc_ids():
            try:
                doc = self.get(doc_id)
            except (ValueError, KeyError, TypeError):
                continue
            if doc is not None:
                docs.append(doc)
        return docs

    def save(self, doc: PolicyDocument, source: bytes | None = None) -> None:
        """Store the source bytes first, then the parsed record: a crash in between loses nothing."""
        if source is not None:
            atomic_write_bytes(self.sources_dir / safe_file_name(doc.source_name), source)
        payload = json.dumps(doc.to_json(), ensure_ascii=False).encode("utf-8")
        atomic_write_bytes(self.documents_dir / f"{safe_file_name(doc.doc_id)}.json", payload)

    def sources(self) -> list[Path]:
        if not self.sources_dir.exists():
            return []
        return sorted(p for p in self.sources_dir.iterdir() if p.is_file() and not p.name.startswith("."))

    def delete(self, doc_id: str) -> bool:
        doc = self.get(doc_id)
        if doc is None:
            return False
        (self.documents_dir / f"{safe_file_name(doc_id)}.json").unlink(missing_ok=True)
        (self.sources_dir / safe_file_name(doc.source_name)).unlink(missing_ok=True)
        return True
