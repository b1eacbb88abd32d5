"""Where parsed documents live on disk: one JSON file per document plus the original upload.

Layout under the data dir::

    incoming/<token>/<name>    an upload received but not yet parsed and stored (the ingest journal)
    sources/<file name>        the bytes the user gave us, never modified
    documents/<doc_id>.json    the parsed PolicyDocument in an envelope: its checksum and its source's hash
    quarantine/<token>-<name>  an upload that could not be parsed, with <…>.json beside it saying why

Every write goes to a temporary file first and is renamed into place, so a crash never leaves half a file.
An upload is journalled in ``incoming/`` before it is parsed, so a process killed mid-ingest loses nothing:
the next start finds it there and ingests it again.
"""

from __future__ import annotations

import contextlib
import hashlib
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

# What a half-written or hand-edited record raises when read back (pydantic's ValidationError is a ValueError).
_DAMAGE = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, UnicodeDecodeError)
# A record is an envelope of known depth (document → tasks → task → targets → target …): anything nested
# deeper is not ours, and is refused before json.loads walks it (200,000 "[" was a RecursionError at start).
MAX_RECORD_DEPTH = 12
MAX_RECORD_BYTES = 512 * 1024 * 1024
RECORD_FORMAT = 2
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_ENVELOPE = re.compile(
    rb'\A\{"format": ?2, ?"sha256": ?"([0-9a-f]{64})", ?"source_sha256": ?"([0-9a-f]{64}|)", ?"document": ?'
)
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
    """A documents/*.json file that no longer loads, and why; ``source_sha256`` when its envelope still says."""

    doc_id: str
    path: Path
    reason: str
    source_sha256: str = ""
    source_name: str = ""


@dataclass(frozen=True)
class Quarantined:
    """An upload that could not be parsed, kept aside with the reason it was refused."""

    name: str  # the file name as uploaded
    path: Path
    reason: str
    at: str  # ISO time it was set aside


class RecordDamage(ValueError):
    """A record that reads as JSON but is not a whole, unaltered record of ours."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_depth(raw: bytes) -> None:
    """Refuse nesting deeper than a record has, counting brackets outside strings, before json.loads."""
    brackets = _STRING.sub(b'""', raw).translate(None, _NOT_BRACKET)
    depth = 0
    for byte in brackets:
        if byte in b"[{":
            depth += 1
            if depth > MAX_RECORD_DEPTH:
                raise RecordDamage(f"嵌套超过 {MAX_RECORD_DEPTH} 层")
        else:
            depth -= 1


def encode_record(doc: PolicyDocument, source_sha256: str = "") -> bytes:
    """The record file: an envelope whose ``sha256`` covers the document's exact bytes."""
    body = json.dumps(doc.to_json(), ensure_ascii=False).encode("utf-8")
    head = json.dumps({"format": RECORD_FORMAT, "sha256": sha256(body), "source_sha256": source_sha256})
    return head[:-1].encode("ascii") + b', "document": ' + body + b"}"


def decode_record(raw: bytes) -> tuple[PolicyDocument, str]:
    """The document and its source's hash, or RecordDamage / a validation error saying what is wrong."""
    if len(raw) > MAX_RECORD_BYTES:
        raise RecordDamage(f"记录超过 {MAX_RECORD_BYTES // (1024 * 1024)} MB")
    match = _ENVELOPE.match(raw)
    if match is None and raw.startswith(b'{"doc_id"'):
        raise RecordDamage("旧格式的记录，没有校验信息，按新格式重建")
    if match is None or not raw.endswith(b"}"):
        raise RecordDamage("缺少校验信息（不是完整的记录）")
    body = raw[match.end() : -1]
    if sha256(body) != match.group(1).decode():
        raise RecordDamage("校验和不符（内容被改动或损坏）")
    _check_depth(body)
    doc = PolicyDocument.from_json(json.loads(body))
    _check_offsets(doc)
    return doc, match.group(2).decode()


def _check_offsets(doc: PolicyDocument) -> None:
    """Every span inside the text, and every quote exactly the text it points at."""
    size = len(doc.text)
    for section in doc.sections:
        if not 0 <= section.start <= section.end <= size:
            raise RecordDamage(f"条款 {section.id} 的位置超出正文")
    for task in doc.tasks:
        if not 0 <= task.start <= task.end <= size or doc.text[task.start : task.end] != task.quote:
            raise RecordDamage(f"任务 {task.section} 的引文与正文不符")
        for target in task.targets:
            if (
                not 0 <= target.start <= target.end <= size
                or doc.text[target.start : target.end] != target.quote
            ):
                raise RecordDamage(f"指标“{target.metric}”的引文与正文不符")


class DocumentStore:
    """Parsed documents and their sources under one data directory."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.documents_dir = self.data_dir / "documents"
        self.sources_dir = self.data_dir / "sources"
        self.incoming_dir = self.data_dir / "incoming"
        self.quarantine_dir = self.data_dir / "quarantine"
        # Records already read, by (mtime, size, inode): a re-index after an upload decodes only the new record.
        self._cache: dict[Path, tuple[int, int, PolicyDocument, int]] = {}

    def doc_ids(self) -> list[str]:
        if not self.documents_dir.exists():
            return []
        # Dot-files are temporary writes (possibly left by a crash), never records.
        return sorted(p.stem for p in self.documents_dir.glob("*.json") if not p.name.startswith("."))

    def is_empty(self) -> bool:
        return not self.doc_ids()

    def record_path(self, doc_id: str) -> Path:
        return self.documents_dir / f"{safe_file_name(doc_id)}.json"

    def get(self, doc_id: str) -> PolicyDocument | None:
        """The stored document; raises (RecordDamage, a validation error …) when its record is damaged."""
        path = self.record_path(doc_id)
        try:
            stat = path.stat()
        except FileNotFoundError:
            return None
        cached = self._cache.get(path)
        if cached is not None and cached[:2] == (stat.st_mtime_ns, stat.st_size) and cached[3] == stat.st_ino:
            return cached[2]
        doc = decode_record(path.read_bytes())[0]
        self._cache[path] = (stat.st_mtime_ns, stat.st_size, doc, stat.st_ino)
        return doc

    def scan(self) -> tuple[list[PolicyDocument], list[DamagedRecord]]:
        """Every record read once: the documents that load, and those that do not (with why)."""
        docs, damaged = [], []
        for doc_id in self.doc_ids():
            path = self.record_path(doc_id)
            try:
                doc = self.get(doc_id)
            except _DAMAGE as exc:
                damaged.append(self._damaged(doc_id, path, exc))
                continue
            if doc is not None:
                docs.append(doc)
        return docs, damaged

    @staticmethod
    def _damaged(doc_id: str, path: Path, exc: BaseException) -> DamagedRecord:
        reason = exc.args[0] if isinstance(exc, RecordDamage) else f"{type(exc).__name__}: {exc}"
        head = b""
        with contextlib.suppress(OSError), path.open("rb") as handle:
            head = handle.read(4096)
        # What the envelope still says, even when the body is damaged: which source made this record.
        match = _ENVELOPE.match(head)
        source_hash = match.group(2).decode() if match else ""
        name = re.search(rb'"source_name": ?"((?:[^"\\]|\\.){1,300})"', head)
        source_name = ""
        if name:
            with contextlib.suppress(ValueError):
                source_name = json.loads(b'"' + name.group(1) + b'"')
        return DamagedRecord(doc_id, path, str(reason)[:200], source_hash, source_name)

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

    def source_for(self, doc_id: str, source_sha256: str = "", source_name: str = "") -> Path | None:
        """The stored source a record was made from: by content hash when the record kept one.

        Without a hash (an older record, or an envelope too damaged to read), the source the record names, else
        the newest source whose file name yields ``doc_id`` — two files of one stem (a .docx, then a .txt
        replacing it) must not bring back the older one.
        """
        sources = self.sources()
        if source_sha256:
            for path in sources:
                with contextlib.suppress(OSError):
                    if sha256(path.read_bytes()) == source_sha256:
                        return path
            return None
        if source_name:
            named = self.sources_dir / safe_file_name(source_name)
            if named.is_file():
                return named
        same_stem = []
        for path in sources:
            try:
                if doc_id_for(path.name) == doc_id:
                    same_stem.append(path)
            except CorpusError:
                continue
        return max(same_stem, key=lambda p: p.stat().st_mtime_ns, default=None)

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
        """Store the source bytes first, then the parsed record: a crash in between loses nothing.

        A record replacing one made from another file (plan.docx, then plan.txt) removes that file's source,
        so the data dir never keeps two candidate sources for one document.
        """
        previous = None
        with contextlib.suppress(*_DAMAGE, OSError):
            previous = self.get(doc.doc_id)
        source_hash = ""
        if source is not None:
            atomic_write_bytes(self.sources_dir / safe_file_name(doc.source_name), source)
            source_hash = sha256(source)
        else:
            stored = self.sources_dir / safe_file_name(doc.source_name)
            with contextlib.suppress(OSError):
                source_hash = sha256(stored.read_bytes())
        path = self.record_path(doc.doc_id)
        atomic_write_bytes(path, encode_record(doc, source_hash))
        stat = path.stat()
        self._cache[path] = (stat.st_mtime_ns, stat.st_size, doc, stat.st_ino)
        if previous is not None and safe_file_name(previous.source_name) != safe_file_name(doc.source_name):
            (self.sources_dir / safe_file_name(previous.source_name)).unlink(missing_ok=True)

    # -- quarantine ------------------------------------------------------------------------------------------

    def quarantine(self, name: str, data_or_path: bytes | Path, reason: str) -> Path:
        """Set an unparseable upload aside with why (a JSON beside it); it never blocks a start again."""
        stamp = time.strftime("%Y%m%dT%H%M%S")
        target = self.quarantine_dir / f"{stamp}-{uuid.uuid4().hex[:6]}-{safe_file_name(name)}"
        self.quarantine_dir.mkdir(parents=True, exist_ok=True)
        if isinstance(data_or_path, Path):
            os.replace(data_or_path, target)
        else:
            atomic_write_bytes(target, data_or_path)
        note = {"name": safe_file_name(name), "reason": reason, "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
        atomic_write_bytes(
            target.with_name(target.name + ".json"), json.dumps(note, ensure_ascii=False).encode("utf-8")
        )
        return target

    def discard_quarantined(self, stored_as: str) -> bool:
        """Delete one set-aside upload and its note (``stored_as`` is its file name in quarantine/)."""
        path = self.quarantine_dir / safe_file_name(stored_as)
        if path.suffix == ".json" or not path.is_file():
            return False
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".json").unlink(missing_ok=True)
        return True

    def quarantined(self) -> list[Quarantined]:
        """Uploads set aside, newest first."""
        if not self.quarantine_dir.exists():
            return []
        found = []
        for note in self.quarantine_dir.glob("*.json"):
            path = note.with_suffix("")
            if note.name.startswith(".") or not path.exists():
                continue
            try:
                info = json.loads(note.read_text(encoding="utf-8")[:20000])
                found.append(Quarantined(str(info["name"]), path, str(info["reason"]), str(info["at"])))
            except (*_DAMAGE, OSError):
                found.append(Quarantined(path.name, path, "（原因记录已损坏）", ""))
        return sorted(found, key=lambda q: q.path.name, reverse=True)

    def sources(self) -> list[Path]:
        if not self.sources_dir.exists():
            return []
        return sorted(p for p in self.sources_dir.iterdir() if p.is_file() and not p.name.startswith("."))

    def delete(self, doc_id: str) -> bool:
        doc = self.get(doc_id)
        if doc is None:
            return False
        self.record_path(doc_id).unlink(missing_ok=True)
        (self.sources_dir / safe_file_name(doc.source_name)).unlink(missing_ok=True)
        return True
