"""The application service: the one object the CLI, the API routes and the Gradio tabs call.

It is the one place that opens a data dir (through ``assistant.workspace.Workspace``), holds the locks, ingests,
reindexes, answers and drafts. It only validates, calls corpus/ assistant/ drafting/, and returns their records;
each capability calls its layer in exactly one method here. Errors a person can fix are raised as ``UserError``
(a ``PolicyAssistantError``) with a Chinese message.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.answer import Answer
from assistant.settings import Settings
from corpus.errors import CorpusError, PolicyAssistantError
from corpus.ingest import FileResult, IngestReport, finish_received, ingest_paths
from corpus.load import SUPPORTED_SUFFIXES
from corpus.model import PolicyDocument, Role
from corpus.store import DocumentStore, Quarantined, safe_file_name
from corpus.tasks import TaskRow, picker_units, task_rows
from ui.jobs import Job, JobFailed, JobRunner

log = logging.getLogger("policy_assistant.ui")

_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the moment of the record (a test's capture, a redirected CLI)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:  # StreamHandler.__init__ assigns it; the current stderr always wins
        pass


def configure_logging(settings: Settings) -> None:
    """Log to stderr at ``PA_LOG_LEVEL`` (server and CLI); repairs, quarantines and drops are warnings."""
    level = logging.getLevelName(settings.log_level.strip().upper())
    if not isinstance(level, int):
        level = logging.INFO
    root = logging.getLogger()
    if not any(getattr(h, "_policy_assistant", False) for h in root.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter(_LOG_FORMAT))
        handler._policy_assistant = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    # Other libraries speak at WARNING and above only (model loading, HTTP clients); ours at PA_LOG_LEVEL.
    root.setLevel(max(level, logging.WARNING))
    logging.getLogger("policy_assistant").setLevel(level)


Progress = Callable[[float, str], None]
DRAFTS_AT_ONCE = 2


class UserError(PolicyAssistantError):
    """Something the person can act on: ``message`` is shown as is, ``status`` is the HTTP code."""

    code = "bad_request"

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class BatchResult:
    """A zip of reminder letters and the plain-language account of what was drafted or skipped."""

    filename: str
    content: bytes
    letters: int
    lines: tuple[str, ...]


def _quiet(fraction: float, message: str) -> None:
    log.info("%.0f%% %s", fraction * 100, message)


class AppService:
    """Documents, the search workspace, the assistant and the drafting layer for one ``Settings``."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.store = DocumentStore(Path(settings.data_dir))
        # One re-index at a time; uploads and deletes wait for it so the index never misses a document.
        self._index_lock = threading.Lock()
        self._workspace = None
        self._assistant = None
        self._workspace_lock = threading.Lock()
        # Drafting is CPU-bound under the GIL: more than two at once adds no throughput, only memory. With
        # 20 clients drafting at once the server's RSS climbed from 0.4 to 1.4 GB (bench/load.py).
        self._draft_slots = threading.BoundedSemaphore(DRAFTS_AT_ONCE)
        self.jobs = JobRunner()
        # What start-up recovery did (repairs, quarantines, dropped documents): logged, and shown once in 文档管理.
        self._notices: list[str] = []
        self._notices_lock = threading.Lock()

    def _notify(self, message: str) -> None:
        log.warning("%s", message)
        with self._notices_lock:
            self._notices.append(message)

    def take_notices(self) -> list[str]:
        """Start-up and background messages not yet shown; each is returned once."""
        with self._notices_lock:
            notices, self._notices = self._notices, []
        return notices

    @property
    def worker(self):
        """The warm parse worker for these settings' limits (shared by every service in the process)."""
        from assistant.workspace import worker_limits
        from corpus.worker import shared_worker

        return shared_worker(worker_limits(self.settings))

    def close(self) -> None:
        """Stop now (SIGTERM): fail unfinished jobs, end the parse worker; journalled uploads resume next start."""
        self.jobs.close()
        self.worker.close()

    # -- workspace (assistant/) ------------------------------------------------------------------------------

    @property
    def workspace(self):
        """The answering workspace, opened (and the shipped corpus ingested into an empty data dir) once."""
        with self._workspace_lock:
            if self._workspace is None:
                from assistant.workspace import Workspace

                workspace = Workspace(self.settings, notify=self._notify)
                workspace.ensure_ready()
                self._workspace = workspace
            return self._workspace

    @property
    def assistant(self):
        if self._assistant is None:
            from assistant.answering import Assistant

            self._assistant = Assistant(self.workspace)
        return self._assistant

    def warm_up(self) -> None:
        """Open the index and load the word dictionaries now, so the first question is answered at full speed."""
        # Each first use (index search, question parsing) loads a jieba dictionary, about a second apiece.
        self.worker.start()
        self.workspace.index.search("招商引资", k=1)
        self.assistant.understand("招商引资")

    # -- documents (corpus/) ---------------------------------------------------------------------------------

    def documents(self) -> list[PolicyDocument]:
        """Stored documents (the shipped corpus is ingested into an empty data dir first)."""
        # The workspace's tuple is re-read on every upload, delete and re-index, so it is never stale.
        return list(self.workspace.documents)

    def document(self, doc_id: str) -> PolicyDocument:
        doc = self.store.get(_doc_id(doc_id))
        if doc is None:
            raise UserError(f"没有找到文档“{doc_id}”，请刷新文档列表后重试。", 404)
        return doc

    def reports(self) -> list[FileResult]:
        """Each stored document's parse report: tasks, units, targets found and warnings."""
        return [FileResult.of(doc.source_name, doc) for doc in self.documents()]

    def report(self, doc_id: str) -> FileResult:
        """One stored document's parse report (UserError 404 when there is none)."""
        doc = self.document(doc_id)
        return FileResult.of(doc.source_name, doc)

    def check_upload(self, name: str, size: int) -> str:
        """The safe file name for an upload, or UserError for a wrong type or an oversized file."""
        try:
            safe = safe_file_name(name or "")
        except CorpusError:
            raise UserError("文件名无效，请改用普通的文件名（如 行动计划.docx）后重新上传。") from None
        suffix = Path(safe).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            kinds = "、".join(sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES))
            raise UserError(f"不支持“{suffix or '无扩展名'}”文件，请上传 {kinds} 格式的文件。", 415)
        limit = self.settings.max_upload_mb * 1024 * 1024
        if size > limit:
            raise UserError(
                f"文件 {safe} 大小为 {size / 1024 / 1024:.1f} MB，超过 {self.settings.max_upload_mb} MB 上限，"
                "请拆分或压缩后再上传。",
                413,
            )
        if size == 0:
            raise UserError(f"文件 {safe} 是空文件，请检查后重新上传。")
        return safe

    def quarantined(self) -> list[Quarantined]:
        """Uploads that could not be parsed, set aside with their reasons."""
        return self.store.quarantined()

    def discard_quarantined(self, stored_as: str) -> None:
        """Delete an upload from the quarantine once its reason has been read."""
        try:
            found = self.store.discard_quarantined(stored_as)
        except CorpusError:
            found = False
        if not found:
            raise UserError(f"隔离区中没有文件“{stored_as}”，请刷新文档列表后重试。", 404)

    def upload(self, name: str, data: bytes, progress: Progress = _quiet) -> FileResult:
        """Parse and store one file, then rebuild the index; UserError when it cannot be read."""
        job = self.submit_uploads([(name, data)], progress)
        try:
            return job.future.result()[0]
        except JobFailed as exc:
            raise UserError(exc.message, exc.status) from None

    def submit_uploads(self, files: Sequence[tuple[str, bytes]], progress: Progress | None = None) -> Job:
        """Journal the uploads now and parse them in a background job: one index rebuild for all of them.

        The job's result is one FileResult per file (refused ones carry their error and quarantine place); it
        fails (422, naming the reason) only when no file could be read.
        """
        if not files:
            raise UserError("请先选择要上传的文件。")
        checked = [(self.check_upload(name, len(data)), data) for name, data in files]
        self.workspace  # noqa: B018 - ingest the shipped corpus first, so an upload never counts as "the corpus"
        received = [self.store.receive(safe, data) for safe, data in checked]

        def work(job: Job) -> list[FileResult]:
            def report(fraction: float, message: str) -> None:
                job.report(fraction, message)
                if progress is not None:
                    progress(fraction, message)

            results = []
            with self._index_lock:
                for n, (path, (safe, data)) in enumerate(zip(received, checked, strict=True)):
                    report(0.05 + 0.6 * n / len(received), f"正在解析 {safe}（{n + 1}/{len(received)}）")
                    results.append(finish_received(path, self.store, safe, self.workspace.parse, data))
                for r in results:
                    if r.quarantined:
                        self._notify(f"{r.path} 无法解析，已移到隔离区 {r.quarantined}：{r.error}")
                if any(r.ok for r in results):
                    report(0.7, "正在重建检索索引")
                    self.workspace.reindex()
            if not any(r.ok for r in results):
                raise UserError("；".join(_refusal(r) for r in results), 422)
            report(1.0, "完成")
            return results

        return self.jobs.submit("upload", work)

    def ingest_files(
        self, paths: Sequence[Path], reindex: bool = True, progress: bool = False
    ) -> IngestReport:
        """Parse files or folders into the data dir (one index rebuild at the end); report each file."""
        workspace = self.workspace  # the shipped corpus goes into an empty data dir first, as for uploads
        with self._index_lock:
            report = ingest_paths(paths, self.store, progress=progress, parse=workspace.parse)
            if reindex and report.ok:
                workspace.reindex()
        return report

    def delete(self, doc_id: str, progress: Progress = _quiet) -> None:
        """Remove a document and its source, then rebuild the index."""
        doc = self.document(doc_id)
        with self._index_lock:
            self.store.delete(doc.doc_id)
            progress(0.5, "正在重建检索索引")
            self.workspace.reindex()
        progress(1.0, "完成")

    def submit_reindex(self) -> Job:
        """Re-index in the background (GET /api/jobs/{id}); 409 at once while another re-index or upload runs."""
        if self._index_lock.locked():
            raise UserError("正在重建索引，请稍候再试。", 409)
        return self.jobs.submit("reindex", lambda job: self.reindex(progress=job.report))

    def reindex(self, progress: Progress = _quiet) -> int:
        """Rebuild the index aside and swap it in; the old one answers meanwhile. Returns the document count."""
        if not self._index_lock.acquire(blocking=False):
            raise UserError("正在重建索引，请稍候再试。", 409)
        try:
            progress(0.1, "正在读取文档")
            workspace = self.workspace
            progress(0.3, "正在建立检索索引")
            workspace.reindex()
            progress(1.0, "索引已更新")
            return len(workspace.documents)
        finally:
            self._index_lock.release()

    # -- tasks (corpus/) -------------------------------------------------------------------------------------

    def tasks(
        self, unit: str = "", doc: str = "", role: str = Role.ANY, keyword: str = "", place: str = ""
    ) -> list[TaskRow]:
        """The task table, filtered by unit (lead / cooperating / any), document, keyword and place."""
        try:
            wanted = Role(role)
        except ValueError:
            raise UserError("role 只能是 lead（牵头）、cooperating（配合）或 any（全部）。", 422) from None
        return task_rows(
            self.documents(),
            unit=unit.strip() or None,
            doc=doc.strip() or None,
            role=wanted,
            keyword=keyword.strip() or None,
            jurisdiction=place.strip() or None,
        )

    def task_units(self) -> list[tuple[str, str]]:
        """(place, unit) pairs for a unit picker, one per place, broken readings left out."""
        return picker_units(self.documents())

    # -- answers (assistant/) --------------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        doc_ids: Sequence[str] | None = None,
        jurisdictions: Sequence[str] | None = None,
        history: Answer | str | None = None,
    ) -> Answer:
        """A cited answer (or an abstention); ``history`` is the previous Answer or question for follow-ups."""
        question = question.strip()
        if not question:
            raise UserError("请输入问题，例如：谁牵头精准开发招商项目？", 422)
        if len(question) > 500:
            raise UserError("问题太长了，请控制在 500 字以内。", 422)
        known = {d.doc_id for d in self.documents()}
        unknown = [d for d in doc_ids or () if d not in known]
        if unknown:
            raise UserError(f"没有找到文档：{'、'.join(unknown)}，请刷新文档列表后重试。", 404)
        assistant = self.assistant
        context = assistant.understand(history) if isinstance(history, str) and history.strip() else None
        if isinstance(history, Answer):
            context = history
        return assistant.ask(
            question, doc_ids=list(doc_ids or ()) or None, jurisdictions=list(jurisdictions or ()) or None,
            history=context,
        )  # fmt: skip

    def jurisdictions(self) -> list[str]:
        return sorted({d.jurisdiction for d in self.documents() if d.jurisdiction})

    # -- drafts (drafting/) ----------------------------------------------------------------------------------

    def draft_kinds(self) -> dict[str, str]:
        """Kind name -> its Chinese label (plan → 一对一上门招商计划书 …)."""
        from drafting.kinds import KINDS

        return {name: kind.label for name, kind in KINDS.items()}

    def draft_example(self, kind: str) -> dict[str, object]:
        from drafting.kinds import draft_kind

        return dict(self._drafting(lambda: draft_kind(kind)).example)

    def draft_fields(self, kind: str) -> list[dict[str, object]]:
        """Each field of a kind's form: key, label, required, example, help, shape (for forms and the API)."""
        from dataclasses import asdict

        from drafting.kinds import draft_kind

        return [asdict(spec) for spec in self._drafting(lambda: draft_kind(kind)).fields()]

    def draft(self, kind: str, fields: object, use_llm: bool = False):
        """One DOCX (drafting.kinds.Draft) from form fields; UserError names every missing field.

        ``use_llm``: the configured chat model may rephrase the opening (the CLI's default; the web keeps the
        template's wording so a form always gives the same text).
        """
        from drafting.kinds import draft_document

        documents = list(self.workspace.documents)
        llm = self.assistant.llm if use_llm else None
        with self._draft_slots:
            return self._drafting(
                lambda: draft_document(kind, fields, documents, ask=self.assistant.ask, llm=llm)
            )

    def draft_reminders_to(self, ledger, options, out: Path):
        """Reminder letters for a parsed ledger written to ``out`` (a folder or a .zip); the batch report.

        Raises NothingDrafted (a DraftingError) when every row is skipped, so the CLI exits non-zero.
        """
        from drafting.batch import draft_reminders

        documents = list(self.workspace.documents)
        with self._draft_slots:
            return draft_reminders(ledger, options, documents, Path(out), ask=self.assistant.ask)

    def draft_reminders(
        self,
        ledger_name: str,
        ledger: bytes,
        issuer: str,
        date: str = "",
        reply_deadline: str = "",
        contact_person: str = "",
        contact_phone: str = "",
        progress: Progress = _quiet,
    ) -> BatchResult:
        """A zip of reminder letters, one per lagging project of the ledger, plus the summary tables."""
        from drafting.batch import BatchOptions, check_options, draft_reminders
        from drafting.ledger import parse_ledger

        safe = safe_file_name(ledger_name or "台账.csv")
        if Path(safe).suffix.lower() not in {".csv", ".xlsx", ".txt", ".tsv"}:
            raise UserError("台账请上传 .csv 或 .xlsx 文件。", 415)
        if len(ledger) > self.settings.max_upload_mb * 1024 * 1024:
            raise UserError(f"台账文件超过 {self.settings.max_upload_mb} MB 上限。", 413)
        progress(0.1, "正在读取台账")
        parsed = self._drafting(lambda: parse_ledger(safe, ledger))
        letter_date = _date(date, "发函日期") or dt.date.today()
        options = self._drafting(
            lambda: BatchOptions(
                issuer=issuer.strip(),
                date=letter_date,
                reply_deadline=_date(reply_deadline, "反馈期限"),
                contact_person=contact_person.strip(),
                contact_phone=contact_phone.strip(),
            )
        )
        # Say what is missing before any letter is drafted, not after fifty failed rows.
        self._drafting(lambda: check_options(parsed, options))
        progress(0.3, f"正在起草 {len(parsed.rows)} 个项目的提醒函")
        documents = list(self.workspace.documents)
        with self._draft_slots, tempfile.TemporaryDirectory(prefix="pa-reminders-") as tmp:
            out = Path(tmp) / "提醒函.zip"
            report = self._drafting(
                lambda: draft_reminders(parsed, options, documents, out, ask=self.assistant.ask)
            )
            content = out.read_bytes()
        progress(1.0, "完成")
        return BatchResult("提醒函.zip", content, len(report.letters), (report.summary(), *report.details()))

    @staticmethod
    def _drafting(call):
        from drafting.errors import DraftingError

        try:
            return call()
        except DraftingError as exc:
            raise UserError(exc.message, 422) from None


def _date(text: str, label: str) -> dt.date | None:
    """A date field of the batch form; blank means "use the default"."""
    from drafting.dates import parse_date

    if not (text or "").strip():
        return None
    day = parse_date(text)
    if day is None:
        raise UserError(f"“{label}”不是有效日期：{text}（请写成 2026-11-23 或 2026年11月23日）。", 422)
    return day


def _refusal(result: FileResult) -> str:
    where = f"（文件已移到隔离区 {result.quarantined}）" if result.quarantined else ""
    return f"无法读取 {result.path}：{result.error}{where}"


def _doc_id(doc_id: str) -> str:
    try:
        return safe_file_name(doc_id)
    except CorpusError:
        raise UserError(f"文档编号无效：{doc_id}", 404) from None
