"""Batch ingestion: files or folders in, parsed documents stored, a per-file report out.

One unreadable file never stops the others: its error is recorded in the report and the batch goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from corpus.errors import CorpusError
from corpus.load import SUPPORTED_SUFFIXES
from corpus.model import PolicyDocument
from corpus.pipeline import MAX_DOCUMENT_BYTES, PARSER_VERSION, parse_bytes
from corpus.store import DamagedRecord, DocumentStore


@dataclass(frozen=True)
class FileResult:
    path: str
    doc_id: str = ""
    title: str = ""
    jurisdiction: str = ""
    tasks: int = 0
    units: int = 0
    targets: int = 0
    error: str = ""
    warnings: tuple[str, ...] = ()
    replaced: bool = False  # a stored document of the same doc_id was replaced by this one

    @property
    def ok(self) -> bool:
        return not self.error

    @classmethod
    def of(cls, path: str, doc: PolicyDocument) -> FileResult:
        return cls(
            path=path,
            doc_id=doc.doc_id,
            title=doc.title,
            jurisdiction=doc.jurisdiction,
            tasks=sum(1 for t in doc.tasks if t.kind != "inline_duty"),
            units=len({u for t in doc.tasks for u in t.units}),
            targets=sum(len(t.targets) for t in doc.tasks),
            warnings=doc.warnings,
        )


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)

    @property
    def ok(self) -> list[FileResult]:
        return [r for r in self.results if r.ok]

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if not r.ok]


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders walked for supported documents (hidden files skipped)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in SUPPORTED_SUFFIXES
                    and not child.name.startswith(".")
                ):
                    yield child
        else:
            yield path


def ingest_paths(paths: Iterable[Path], store: DocumentStore, progress: bool = False) -> IngestReport:
    """Parse and store each file; returns what was found in each, and why any file was refused."""
    files = list(expand_paths(paths))
    report = IngestReport()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(files), desc="导入", unit="份", file=sys.stderr)
    for path in files:
        report.results.append(ingest_file(path, store))
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return report


def ingest_file(path: Path, store: DocumentStore) -> FileResult:
    try:
        if not path.exists():
            return FileResult(str(path), error="文件不存在。")
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            return FileResult(str(path), error=f"文件超过 {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB 上限。")
        data = path.read_bytes()
        # A file on disk needs no journal: if we die, it is still where the user keeps it.
        return ingest_bytes(path.name, data, store, label=str(path), journal=False)
    except OSError as exc:
        return FileResult(str(path), error=f"无法读取文件：{exc.strerror or exc}")


def ingest_bytes(
    name: str, data: bytes, store: DocumentStore, label: str = "", journal: bool = True
) -> FileResult:
    """Parse one upload and store it with its original bytes.

    The bytes are journalled first (``store.receive``): if the process dies while parsing, the next start
    finds them in ``resume_pending`` instead of losing the upload.
    """
    if not journal:
        return _parse_and_save(name, data, store, label)
    received = store.receive(name, data)
    # If this raises (a bug, KeyboardInterrupt) the journal entry stays and the upload is retried at start.
    result = _parse_and_save(name, data, store, label)
    store.done(received)
    return result


def _parse_and_save(name: str, data: bytes, store: DocumentStore, label: str) -> FileResult:
    try:
        doc = parse_bytes(name, data)
    except CorpusError as exc:
        return FileResult(label or name, error=exc.message)
    except RecursionError:
        return FileResult(label or name, error="文件结构嵌套过深，无法解析。")
    replaced = doc.doc_id in store.doc_ids()
    store.save(doc, source=data)
    return replace(FileResult.of(label or name, doc), replaced=replaced)


def resume_pending(store: DocumentStore) -> IngestReport:
    """Ingest uploads that a killed process had received but not finished; each is then out of the journal."""
    report = IngestReport()
    for path in store.pending():
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.results.append(FileResult(path.name, error=f"无法读取文件：{exc.strerror or exc}"))
            continue
        result = _parse_and_save(path.name, data, store, path.name)
        store.done(path)
        report.results.append(result)
    return report


def repair_damaged(
    store: DocumentStore, records: Sequence[DamagedRecord] | None = None
) -> tuple[IngestReport, list[str]]:
    """Re-parse each damaged record from its stored source; returns what was rebuilt and the doc_ids lost."""
    report, lost = IngestReport(), []
    for record in store.damaged() if records is None else records:
        source = store.source_for(record.doc_id)
        result = None
        if source is not None:
            result = _parse_and_save(source.name, source.read_bytes(), store, source.name)
            report.results.append(result)
        if result is None or not result.ok or result.doc_id != record.doc_id:
            store.set_aside(record)
            lost.append(record.doc_id)
    return report, lost


def reparse_outdated(store: DocumentStore, documents: Sequence[PolicyDocument]) -> IngestReport:
    """Re-parse, from its stored source, every record an older parser made (records without a source stay)."""
    report = IngestReport()
    for doc in documents:
        if doc.parser_version == PARSER_VERSION:
            continue
        source = store.source_for(doc.doc_id)
        if source is not None:
            report.results.append(_parse_and_save(source.name, source.read_bytes(), store, source.name))
    return report
