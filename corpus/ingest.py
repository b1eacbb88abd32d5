"""Batch ingestion: files or folders in, parsed documents stored, a per-file report out.

One unreadable file never stops the others: its error is recorded in the report and the batch goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpus.errors import CorpusError
from corpus.load import SUPPORTED_SUFFIXES
from corpus.model import PolicyDocument
from corpus.pipeline import MAX_DOCUMENT_BYTES, parse_bytes
from corpus.store import DocumentStore


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
        return ingest_bytes(path.name, data, store, label=str(path))
    except OSError as exc:
        return FileResult(str(path), error=f"无法读取文件：{exc.strerror or exc}")


def ingest_bytes(name: str, data: bytes, store: DocumentStore, label: str = "") -> FileResult:
    """Parse one upload and store it with its original bytes."""
    try:
        doc = parse_bytes(name, data)
    except CorpusError as exc:
        return FileResult(label or name, error=exc.message)
    except RecursionError:
        return FileResult(label or name, error="文件结构嵌套过深，无法解析。")
    store.save(doc, source=data)
    return FileResult.of(label or name, doc)
