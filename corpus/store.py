"""Where parsed documents live on disk: one JSON file per document plus the original upload.

Layout under the data dir::

    incoming/<token>/<name>    an upload received but not yet parsed and stored (the ingest journal)
    sources/<file name>        the bytes the user gave us, never modified
    documents/<doc_id>.json    the parsed PolicyDocument

Every write goes to a temporary file first and is renamed into place, so a crash never leaves half a file.
An upload is journalled in ``incoming/`` before it is parsed, so a process killed mid-ingest loses nothing:
the next start finds it there and ingests it again.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import CorpusError
from corpus.model import PolicyDocument
from corpus.pipeline import doc_id_for

# What a half-written or hand-edited record raises when read back.
_DAMAGE = (ValueError, KeyError, TypeError, AttributeError, IndexError)
# An incoming slot without a complete file is only removed once no writer can still be filling it.
_STALE_SECONDS = 300
_SAFE_NAME = re.compile(r"[^\w\u4e00-\u9fff.\-（）()]+")


# File systems cap a name at 255 bytes, and a Chinese character takes three: 150 characters did not fit.
MAX_NAME_BYTES = 180


def clip_utf8(text: str, max_bytes: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 encoding fits in ``max_bytes``."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")


def safe_file_name(name: str) -> str:
    """Reduce a user-supplied file name to one plain name inside our folder (no paths, no dot-files).

    A long name is shortened before its extension, which is kept: the type of a file is read from it.
    """
    base = re.split(r"[\\/]", name.replace("\x00", ""))[-1].strip()
    base = _SAFE_NAME.sub("_", base).lstrip(".")
    if not base or base in {".", ".."}:
        raise CorpusError(f"文件名无效：{name!r}")
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem or len(suffix) > 10:
        stem, suffix = base, ""
    suffix = f".{suffix}" if suffix else ""
    return clip_utf8(stem, MAX_NAME_BYTES - len(suffix.encode("utf-8"))) + suffix


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


@dataclass(frozen=True)
class DamagedRecord:
    """A documents/*.json file that no longer loads, and why."""

    doc_id: str
    path: Path
    reason: str


class DocumentStore:
    """Parsed documents and their sources under one data directory."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.documents_dir = self.data_dir / "documents"
        self.sources_dir = self.data_dir / "sources"
        self.incoming_dir = self.data_dir / "incoming"

    def doc_ids(self) -> list[str]:
        if not self.documents_dir.exists():
            return []
        # Dot-files are temporary writes (possibly left by a crash), never records.
        return sorted(p.stem for p in self.documents_dir.glob("*.json") if not p.name.startswith("."))

    def is_empty(self) -> bool:
        return not self.doc_ids()

    def get(self, doc_id: str) -> PolicyDocument | None:
        path = self.documents_dir / f"{safe_file_name(doc_id)}.json"
        if not path.exists():
            return None
        return PolicyDocument.from_json(json.loads(path.read_text(encoding="utf-8")))

    def scan(self) -> tuple[list[PolicyDocument], list[DamagedRecord]]:
        """Every record read once: the documents that load, and those that do not (with why)."""
        docs, damaged = [], []
        for doc_id in self.doc_ids():
            try:
                doc = self.get(doc_id)
            except _DAMAGE as exc:
                path = self.documents_dir / f"{safe_file_name(doc_id)}.json"
                damaged.append(DamagedRecord(doc_id, path, f"{type(exc).__name__}: {exc}"[:200]))
                continue
            if doc is not None:
                docs.append(doc)
        return docs, damaged

    def documents(self) -> list[PolicyDocument]:
        """All stored documents, in doc_id order; a damaged record is skipped, not fatal (see ``damaged``)."""
        return self.scan()[0]

    def damaged(self) -> list[DamagedRecord]:
        """Records that do not load (truncated, garbled, wrong shape): to be reported and re-parsed."""
        return self.scan()[1]

    def set_aside(self, record: DamagedRecord) -> Path:
        """Move a damaged record out of the way (kept for inspection) so it is not reported again."""
        target = record.path.with_name(record.path.name + ".damaged")
        os.replace(record.path, target)
        return target

    def source_for(self, doc_id: str) -> Path | None:
        """The stored source whose file name yields ``doc_id`` (how a damaged record is rebuilt)."""
        for path in self.sources():
            try:
                if doc_id_for(path.name) == doc_id:
                    return path
            except CorpusError:
                continue
        return None

    # -- the ingest journal ---------------------------------------------------------------------------------

    def receive(self, name: str, data: bytes) -> Path:
        """Journal an upload before parsing it; ``done`` removes it once it is stored or refused."""
        slot = self.incoming_dir / uuid.uuid4().hex
        path = slot / safe_file_name(name)
        atomic_write_bytes(path, data)
        return path

    def done(self, received: Path) -> None:
        received.unlink(missing_ok=True)
        for leftover in received.parent.glob(".tmp-*"):
            leftover.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            received.parent.rmdir()

    def pending(self) -> list[Path]:
        """Uploads received but never finished (the process died while parsing or storing them)."""
        if not self.incoming_dir.exists():
            return []
        found = []
        for slot in sorted(self.incoming_dir.iterdir()):
            if not slot.is_dir():
                continue
            files = [p for p in slot.iterdir() if p.is_file() and not p.name.startswith(".")]
            if files:
                found.extend(files)
            elif time.time() - slot.stat().st_mtime > _STALE_SECONDS:
                # Died before the bytes were complete: nothing was received, nothing to resume.
                shutil.rmtree(slot, ignore_errors=True)
        return found

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
