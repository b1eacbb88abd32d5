"""Background jobs: uploads and re-indexing run on one worker thread, off the web server's event loop.

A job reports its progress (``GET /api/jobs/{id}``) and ends with a result or a Chinese error and an HTTP
status. Jobs run one at a time, in order: the index is rebuilt by one writer, and the old index answers
questions until the new one is swapped in. ``close()`` (SIGTERM) fails what is queued or running at once, so
nobody waits on a server that is stopping.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass, field
from typing import Any

from corpus.errors import PolicyAssistantError

log = logging.getLogger("policy_assistant.ui.jobs")

KEPT_JOBS = 200  # finished jobs remembered for GET /api/jobs/{id}
STOPPING = "服务正在停止，任务未完成；已接收的上传会在下次启动时继续导入。"


@dataclass
class Job:
    """One unit of background work and what a client may know of it."""

    id: str
    kind: str  # upload / reindex
    status: str = "queued"  # queued / running / done / failed
    progress: float = 0.0
    message: str = "排队中"
    error: str = ""
    status_code: int = 0  # the HTTP status its outcome maps to
    created: float = field(default_factory=time.time)
    result: Any = None
    future: Future = field(default_factory=Future, repr=False)

    def report(self, fraction: float, message: str) -> None:
        """Progress callback for the work (``Progress`` in ui.service)."""
        self.progress = max(self.progress, min(1.0, fraction))
        self.message = message

    def to_json(self, result: Callable[[Any], Any] | None = None) -> dict[str, Any]:
        body = {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "progress": round(self.progress, 3),
            "message": self.message,
        }
        if self.error:
            body["error"] = self.error
        if self.status == "done" and result is not None:
            body["result"] = result(self.result)
        return body

    def _finish(self, status: str, result: Any = None, error: str = "", code: int = 200) -> None:
        if self.future.done():  # failed by close() while it ran: that outcome stands
            return
        self.status, self.result, self.error, self.status_code = status, result, error, code
        if status == "done":
            self.progress, self.message = 1.0, "完成"
        else:
            self.message = error
        try:
            if status == "done":
                self.future.set_result(result)
            else:
                self.future.set_exception(JobFailed(error, code))
        except InvalidStateError:  # close() got there between the check and now
            pass


class JobFailed(PolicyAssistantError):
    """A job ended in an error a person can act on; ``status`` is the HTTP code."""

    code = "job_failed"

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


class JobRunner:
    """One daemon thread running jobs in order (daemon: a stopping server never waits on an index build)."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Job, Callable[[Job], Any]] | None] = queue.Queue()
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._closed = False
        self._thread: threading.Thread | None = None
        self._serial = itertools.count(1)

    def submit(self, kind: str, work: Callable[[Job], Any]) -> Job:
        """Queue ``work(job)``; its return value is the job's result, a PolicyAssistantError its refusal."""
        job = Job(id=f"{next(self._serial)}-{uuid.uuid4().hex[:10]}", kind=kind)
        with self._lock:
            if self._closed:
                job._finish("failed", error=STOPPING, code=503)
                return job
            self._jobs[job.id] = job
            while len(self._jobs) > KEPT_JOBS:
                oldest = next(iter(self._jobs.values()))
                if oldest.status in {"queued", "running"}:
                    break
                self._jobs.popitem(last=False)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="pa-jobs", daemon=True)
                self._thread.start()
        self._queue.put((job, work))
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def busy(self, kind: str | None = None) -> bool:
        with self._lock:
            return any(
                j.status in {"queued", "running"} and kind in (None, j.kind) for j in self._jobs.values()
            )

    def close(self) -> None:
        """Refuse new jobs and fail every unfinished one now (their waiters answer 503 at once)."""
        with self._lock:
            self._closed = True
            unfinished = [j for j in self._jobs.values() if j.status in {"queued", "running"}]
        for job in unfinished:
            job._finish("failed", error=STOPPING, code=503)
        self._queue.put(None)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            job, work = item
            if job.status != "queued":
                continue
            job.status, job.message = "running", "处理中"
            try:
                result = work(job)
            except PolicyAssistantError as exc:
                code = getattr(exc, "status", None) or (503 if exc.code == "parser_stopped" else 422)
                job._finish("failed", error=exc.message, code=code)
            except Exception:  # noqa: BLE001 - a bug fails this job, never the runner
                log.exception("job %s (%s) failed", job.id, job.kind)
                job._finish(
                    "failed", error="处理时出现意外错误，已记入日志。请稍后重试，或联系管理员。", code=500
                )
            else:
                job._finish("done", result=result)
