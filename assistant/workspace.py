"""One data directory: the stored documents, the search index over them, and the vocabulary they define."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from assistant.settings import Settings
from assistant.vocabulary import Vocabulary
from corpus.ingest import Parser, ingest_paths, repair_damaged, reparse_outdated, resume_pending
from corpus.load import ReadLimits
from corpus.model import PolicyDocument
from corpus.pipeline import PARSER_VERSION
from corpus.store import DocumentStore
from corpus.text import DOCUMENT_SUFFIXES
from corpus.worker import WorkerLimits, shared_worker
from retrieval.embeddings import load_embedder
from retrieval.index import IndexCorrupt, IndexMissing, SearchIndex, documents_signature


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def worker_limits(settings: Settings) -> WorkerLimits:
    """The parse worker's limits as configured (PA_MAX_DOCUMENT_CHARS, PA_PARSE_MEMORY_MB …)."""
    read = ReadLimits(
        max_chars=settings.max_document_chars,
        max_table_cells=settings.max_table_cells,
        max_tasks=settings.max_document_tasks,
    )
    return WorkerLimits(read=read, memory_mb=settings.parse_memory_mb, seconds=settings.parse_seconds)


def parser_for(settings: Settings) -> Parser:
    """Parse in the shared worker process under the configured limits (looked up at each file, so a worker
    ended by a stop is replaced rather than kept as a dead reference)."""
    limits = worker_limits(settings)

    def parse(name: str, data: bytes) -> PolicyDocument:
        return shared_worker(limits).parse(name, data)

    return parse


class Workspace:
    """Owns the DocumentStore and SearchIndex under ``settings.data_dir``; build once, then ask many times."""

    def __init__(self, settings: Settings, notify: Callable[[str], None] = _say):
        self.settings = settings
        self.data_dir = Path(settings.data_dir)
        self.store = DocumentStore(self.data_dir)
        self.index_root = self.data_dir / "index"
        self.notify = notify
        self._embedder = None
        self._embedder_loaded = False
        self._index: SearchIndex | None = None
        self._documents: tuple[PolicyDocument, ...] | None = None
        self._vocabulary: Vocabulary | None = None
        self._retired: SearchIndex | None = None
        self.parse: Parser = parser_for(settings)

    @property
    def embedder(self):
        """The configured local embedding model, or None (lexical search only)."""
        if not self._embedder_loaded:
            self._embedder = (
                load_embedder(self.settings.embedding_model) if self.settings.embedding_model else None
            )
            self._embedder_loaded = True
        return self._embedder

    def recover(self) -> list[PolicyDocument] | None:
        """Finish half-done uploads; re-parse damaged records, and records an older parser made, from sources.

        Returns the stored documents when nothing needed repair (they were read anyway), else None.
        """
        resumed = resume_pending(self.store, self.parse)
        for r in resumed.results:
            outcome = f"已导入为 {r.doc_id}" if r.ok else f"未能导入：{r.error}"
            if r.quarantined:
                outcome += f"（文件已移到隔离区 {r.quarantined}）"
            self.notify(f"发现上次中断时未完成的上传 {r.path}，{outcome}")
        documents, damaged = self.store.scan()
        outdated = [d for d in documents if d.parser_version != PARSER_VERSION]
        if outdated:
            self.notify(f"解析规则已更新，正在从原文件重新解析 {len(outdated)} 份文档……")
            for r in reparse_outdated(self.store, outdated, self.parse).failed:
                self.notify(f"{r.path} 重新解析失败（{r.error}），保留原记录。")
        if not damaged:
            return None if outdated else documents
        for record in damaged:
            self.notify(f"文档记录已损坏：{record.path.name}（{record.reason}），正在从原文件重建……")
        repaired, lost = repair_damaged(self.store, damaged, self.parse)
        for r in repaired.ok:
            self.notify(f"已从原文件 {r.path} 重建文档记录 {r.doc_id}。")
        for doc_id in lost:
            self.notify(
                f"文档记录 {doc_id} 无法从原文件重建（原文件缺失或无法解析），已移出文档列表，请重新上传。"
            )
        return None

    def ensure_ready(self) -> None:
        """Recover, ingest the shipped corpus into an empty data dir, open the index (rebuilding it if needed)."""
        documents = self.recover()  # one read of every record, reused below when nothing was repaired
        if self.store.is_empty():
            corpus_dir = Path(self.settings.corpus_dir)
            paths = sorted(p for p in corpus_dir.glob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES)
            if paths:
                self.notify(f"数据目录为空，正在导入 {len(paths)} 份文件……")
                for r in ingest_paths(paths, self.store, progress=False, parse=self.parse).failed:
                    self.notify(f"{r.path} 未能导入：{r.error}")
            documents = None
        self._documents = tuple(documents if documents is not None else self.store.documents())
        try:
            index = SearchIndex.open(self.index_root, embedder=self.embedder)
        except IndexMissing:
            self.notify("尚未建立检索索引，正在建立……")
            index = self._build()
        except IndexCorrupt:
            self.notify("检索索引已损坏，正在重建……")
            index = self._build()
        else:
            if index.documents_signature != documents_signature(self._documents):
                self.notify("文档已变化，正在重建检索索引……")
                index = self._build()
        self._index = index
        self._vocabulary = None

    def _build(self) -> SearchIndex:
        return SearchIndex.build(list(self._documents or ()), self.index_root, embedder=self.embedder)

    def reindex(self) -> None:
        """Rebuild the index from the stored documents (after an upload or a delete).

        Documents, index and vocabulary are built aside and swapped together, so a question asked meanwhile sees
        the old set whole, never new documents over the old index. The index replaced the time before is closed
        now: one generation of grace for questions still running on it.
        """
        documents = tuple(self.store.documents())
        index = SearchIndex.build(list(documents), self.index_root, embedder=self.embedder)
        vocabulary = Vocabulary.from_documents(documents)
        if self._retired is not None:
            self._retired.close()
        self._retired = self._index
        self._documents, self._index, self._vocabulary = documents, index, vocabulary

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self.ensure_ready()
        assert self._index is not None
        return self._index

    @property
    def documents(self) -> tuple[PolicyDocument, ...]:
        if self._documents is None:
            self.ensure_ready()
        return self._documents or ()

    def document(self, doc_id: str) -> PolicyDocument | None:
        return next((d for d in self.documents if d.doc_id == doc_id), None)

    @property
    def vocabulary(self) -> Vocabulary:
        if self._vocabulary is None:
            self._vocabulary = Vocabulary.from_documents(self.documents)
        return self._vocabulary
