"""Batch ingestion: files or folders in, parsed documents stored, a per-file report out.

One unreadable file never stops the others: its error is recorded in the report and the batch goes on. Every
file is parsed by a ``Parser`` — by default the shared worker process (``corpus.worker``), so no document can
take down the process that ingests it. An upload that cannot be parsed is set aside in ``quarantine/``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from corpus.errors import ParserStopped, PolicyAssistantError
from corpus.load import SUPPORTED_SUFFIXES
from corpus.model import PolicyDocument
from corpus.pipeline import MAX_DOCUMENT_BYTES, PARSER_VERSION
from corpus.review import suspicious_reads
from corpus.store import DamagedRecord, DocumentStore

log = logging.getLogger("policy_assistant.corpus.ingest")

# name, bytes -> document, or a PolicyAssistantError with a Chinese message
Parser = Callable[[str, bytes], PolicyDocument]


def _default_parser() -> Parser:
    from corpus.worker import parse_in_worker

    return parse_in_worker


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
    quarantined: str = ""  # where a refused upload was set aside (quarantine/…), if it was

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
            warnings=(*doc.warnings, *suspicious_reads(doc)),
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


def ingest_paths(
    paths: Iterable[Path], store: DocumentStore, progress: bool = False, parse: Parser | None = None
) -> IngestReport:
    """Parse and store each file; returns what was found in each, and why any file was refused."""
    files = list(expand_paths(paths))
    report = IngestReport()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(files), desc="导入", unit="份", file=sys.stderr)
    for path in files:
        report.results.append(ingest_file(path, store, parse))
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return report


def ingest_file(path: Path, store: DocumentStore, parse: Parser | None = None) -> FileResult:
    try:
        if not path.exists():
            return FileResult(str(path), error="文件不存在。")
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            return FileResult(str(path), error=f"文件超过 {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB 上限。")
        data = path.read_bytes()
        # A file on disk needs no journal: if we die, it is still where the user keeps it.
        return ingest_bytes(path.name, data, store, label=str(path), journal=False, parse=parse)
    except OSError as exc:
        return FileResult(str(path), error=f"无法读取文件：{exc.strerror or exc}")


def ingest_bytes(
    name: str,
    data: bytes,
    store: DocumentStore,
    label: str = "",
    journal: bool = True,
    parse: Parser | None = None,
) -> FileResult:
    """Parse one upload and store it with its original bytes; a refused upload goes to ``quarantine/``.

    The bytes are journalled first (``store.receive``): if the process dies while parsing, the next start
    finds them in ``resume_pending`` instead of losing the upload.
    """
    if not journal:
        return _parse_and_save(name, data, store, label, parse)
    return finish_received(store.receive(name, data), store, label or name, parse, data)


def finish_received(
    received: Path,
    store: DocumentStore,
    label: str = "",
    parse: Parser | None = None,
    data: bytes | None = None,
) -> FileResult:
    """Parse a journalled upload: stored and out of the journal, or refused and moved to quarantine.

    A stop of the service (``ParserStopped``) or a bug leaves it journalled, to be retried at the next start.
    """
    label = label or received.name
    if data is None:
        data = received.read_bytes()
    result = _parse_and_save(received.name, data, store, label, parse)
    if result.ok:
        store.done(received)
        return result
    where = store.quarantine(received.name, received, result.error)
    store.done(received)
    log.warning("upload %s refused and set aside in %s: %s", label, where.name, result.error)
    return replace(result, quarantined=str(where.relative_to(store.data_dir)))


def _parse_and_save(
    name: str, data: bytes, store: DocumentStore, label: str, parse: Parser | None = None
) -> FileResult:
    parse = parse or _default_parser()
    try:
        doc = parse(name, data)
    except ParserStopped:
        raise
    except PolicyAssistantError as exc:
        return FileResult(label or name, error=exc.message)
    except RecursionError:
        return FileResult(label or name, error="文件结构嵌套过深，无法解析。")
    replaced = doc.doc_id in store.doc_ids()
    store.save(doc, source=data)
    return replace(FileResult.of(label or name, doc), replaced=replaced)


def resume_pending(store: DocumentStore, parse: Parser | None = None) -> IngestReport:
    """Ingest uploads that a killed process had received but not finished; each is then out of the journal.

    Never raises for one file: an upload that cannot be read or parsed is reported and set aside.
    """
    report = IngestReport()
    for path in store.pending():
        try:
            report.results.append(finish_received(path, store, path.name, parse))
        except OSError as exc:
            error = f"无法读取文件：{exc.strerror or exc}"
            try:
                where = store.quarantine(path.name, path, error)
                store.done(path)
                quarantined = str(where.relative_to(store.data_dir))
            except OSError:
                quarantined = ""
            report.results.append(FileResult(path.name, error=error, quarantined=quarantined))
    return report


def repair_damaged(
    store: DocumentStore, records: Sequence[DamagedRecord] | None = None, parse: Parser | None = None
) -> tuple[IngestReport, list[str]]:
    """Re-parse each damaged record from its source (matched by content hash); returns rebuilt and lost ids."""
    report, lost = IngestReport(), []
    for record in store.damaged() if records is None else records:
        source = store.source_for(record.doc_id, record.source_sha256, record.source_name)
        result = None
        if source is not None:
            result = _parse_and_save(source.name, source.read_bytes(), store, source.name, parse)
            report.results.append(result)
        if result is None or not result.ok or result.doc_id != record.doc_id:
            if record.path.exists():
                store.set_aside(record)
            lost.append(record.doc_id)
    return report, lost


def reparse_outdated(
    store: DocumentStore, documents: Sequence[PolicyDocument], parse: Parser | None = None
) -> IngestReport:
    """Re-parse, from its stored source, every record an older parser made (records without a source stay)."""
    report = IngestReport()
    for doc in documents:
        if doc.parser_version == PARSER_VERSION:
            continue
        source = store.source_for(doc.doc_id, source_name=doc.source_name)
        if source is not None:
            report.results.append(
                _parse_and_save(source.name, source.read_bytes(), store, source.name, parse)
            )
    return report
