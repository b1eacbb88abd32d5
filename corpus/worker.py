"""Parse one file in a separate, warm process under a memory cap and a wall-clock limit.

Whatever a document does to the parser — raise an unexpected exception, exhaust memory, loop, crash the
interpreter — happens in the child (``python -m corpus.worker``) and comes back as a ``ParseFailed`` with a
Chinese message naming the limit and the part being read. The server and the CLI batch never see more.

One child is kept warm and reused (its start-up, about half a second of imports, is paid once per process);
a child that failed, ran out of memory or was killed is replaced at the next file. The child holds
``RLIMIT_AS`` (memory) and a per-file ``RLIMIT_CPU`` (so an orphan whose parent died mid-file still ends),
and the parent kills it when the wall-clock limit passes. Protocol: pickled tuples over two pipes.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from corpus import errors
from corpus.errors import ParseFailed, ParserStopped, PolicyAssistantError
from corpus.load import ReadLimits
from corpus.model import PolicyDocument

log = logging.getLogger("policy_assistant.corpus.worker")

_REPO = Path(__file__).resolve().parent.parent
_POLL_SECONDS = 0.1  # how often a waiting parent looks up from the pipe (to honour close() and the deadline)
_START_SECONDS = 60  # a child that has not imported the parser by then is broken


@dataclass(frozen=True)
class WorkerLimits:
    """What one parse may use: ``read`` (characters, cells, tasks), memory in MB and wall-clock seconds."""

    read: ReadLimits = field(default_factory=ReadLimits)
    memory_mb: int = 1536
    seconds: float = 90.0


class ParseWorker:
    """One warm child process that parses files one at a time; thread-safe (callers queue on a lock)."""

    def __init__(self, limits: WorkerLimits | None = None):
        self.limits = limits or WorkerLimits()
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._send: Connection | None = None
        self._recv: Connection | None = None
        self._closed = False
        self.started = 0  # children started so far (a test and the bench read it)

    # -- life cycle --------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the child now (normally done at the first file), so the first upload does not wait for it."""
        with self._lock:
            self._ensure_child()

    def close(self) -> None:
        """End the child at once (SIGKILL); a parse in progress raises ``ParserStopped``. Safe from any thread."""
        self._closed = True
        self._kill()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None and self._process.poll() is None else None

    def _ensure_child(self) -> None:
        if self._closed:
            raise ParserStopped("服务正在停止，文件未解析，将在下次启动时继续导入。")
        if self._process is not None and self._process.poll() is None:
            return
        self._kill()
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_REPO), env.get("PYTHONPATH", "")) if p)
        process = subprocess.Popen(
            [sys.executable, "-m", "corpus.worker", str(to_child_r), str(from_child_w)],
            pass_fds=(to_child_r, from_child_w),
            stdin=subprocess.DEVNULL,
            cwd=str(_REPO),
            env=env,
            # Its own session: a Ctrl-C at the terminal reaches the server, which then ends the child itself.
            start_new_session=True,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._process = process
        self._send = Connection(to_child_w, readable=False)
        self._recv = Connection(from_child_r, writable=False)
        self._send.send(("limits", self.limits))
        self.started += 1
        # Wait for its imports, so that a file's time limit counts its parse only, never the child's start.
        try:
            ready = self._recv.poll(_START_SECONDS) and self._recv.recv() == ("ready",)
        except (EOFError, OSError):
            ready = False
        if not ready:
            self._kill()
            raise ParseFailed("解析进程无法启动，文件未解析，请稍后重试或联系管理员。")

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            with contextlib.suppress(OSError):
                process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)
        for conn in (self._send, self._recv):
            if conn is not None:
                with contextlib.suppress(OSError):
                    conn.close()
        self._send = self._recv = None

    # -- parsing -----------------------------------------------------------------------------------------------

    def parse(self, name: str, data: bytes) -> PolicyDocument:
        """The parsed document, or a ``PolicyAssistantError`` (a Chinese refusal) — never anything else."""
        with self._lock:
            self._ensure_child()
            assert self._send is not None and self._recv is not None
            try:
                self._send.send(("parse", name, data))
            except OSError:
                # The idle child had died (killed from outside): start another and try once more.
                self._kill()
                self._ensure_child()
                self._send.send(("parse", name, data))
            return self._await_result(name)

    def _await_result(self, name: str) -> PolicyDocument:
        limits = self.limits
        deadline = time.monotonic() + limits.seconds
        part = "开始读取"
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._kill()
                log.warning("parse of %s passed %.0f s at %s: worker killed", name, limits.seconds, part)
                raise ParseFailed(
                    f"解析 {name} 超过 {limits.seconds:g} 秒的时间上限（读到{part}时），已停止并拒绝这个文件。"
                    "请拆分文件后再导入，或由管理员调整 PA_PARSE_SECONDS。",
                    limit="seconds",
                    part=part,
                )
            recv = self._recv
            try:
                if recv is None or not recv.poll(min(remaining, _POLL_SECONDS)):
                    if self._closed:
                        raise ParserStopped("服务正在停止，文件未解析，将在下次启动时继续导入。")
                    continue
                message = recv.recv()
            except (EOFError, OSError):
                if self._closed:
                    raise ParserStopped("服务正在停止，文件未解析，将在下次启动时继续导入。") from None
                code = self._process.wait(timeout=5) if self._process is not None else None
                self._kill()
                log.warning("parse worker died on %s at %s (exit %s)", name, part, code)
                raise ParseFailed(
                    f"解析 {name} 时解析进程意外退出（读到{part}时，可能超出 {limits.memory_mb} MB 内存上限），"
                    "已拒绝这个文件。",
                    limit="memory_mb",
                    part=part,
                ) from None
            kind = message[0]
            if kind == "part":
                part = message[1]
            elif kind == "ok":
                return message[1]
            elif kind == "error":
                _, class_name, text, limit, where = message
                cls = getattr(errors, class_name, None)
                if not (isinstance(cls, type) and issubclass(cls, PolicyAssistantError)):
                    cls = ParseFailed
                error = cls(text)
                error.limit, error.part = limit, where
                raise error
            elif kind == "memory":
                self._kill()  # its heap is spent: the next file gets a fresh child
                log.warning(
                    "parse of %s passed the %d MB memory cap at %s", name, limits.memory_mb, message[1]
                )
                raise ParseFailed(
                    f"解析 {name} 时内存超过 {limits.memory_mb} MB 上限（读到{message[1]}时），已拒绝这个文件。"
                    "请拆分文件后再导入，或由管理员调整 PA_PARSE_MEMORY_MB。",
                    limit="memory_mb",
                    part=message[1],
                )
            elif kind == "crash":
                _, type_name, where = message
                self._kill()
                log.error("parser raised %s on %s at %s", type_name, name, where)
                raise ParseFailed(
                    f"解析 {name} 时出错（读到{where}时，{type_name}），文件可能已损坏或格式异常，已拒绝。",
                    limit="",
                    part=where,
                )


_shared: dict[WorkerLimits, ParseWorker] = {}
_shared_lock = threading.Lock()


def shared_worker(limits: WorkerLimits | None = None) -> ParseWorker:
    """The process-wide warm worker for ``limits`` (a pool of one per set of limits), ended at exit."""
    limits = limits or WorkerLimits()
    with _shared_lock:
        worker = _shared.get(limits)
        if worker is None or worker._closed:
            worker = _shared[limits] = ParseWorker(limits)
        return worker


def close_all() -> None:
    """End every shared worker (SIGTERM handling and interpreter exit)."""
    with _shared_lock:
        workers = list(_shared.values())
    for worker in workers:
        worker.close()


atexit.register(close_all)


def parse_in_worker(name: str, data: bytes) -> PolicyDocument:
    """Parse under the default limits in the shared worker (what ingestion uses unless told otherwise)."""
    return shared_worker().parse(name, data)


# -- the child ----------------------------------------------------------------------------------------------


def _child(read_fd: int, write_fd: int) -> None:
    import lxml.etree  # noqa: F401 - imported before "ready": the first .docx is then as fast as the rest

    from corpus.load import reading
    from corpus.pipeline import parse_bytes

    inbox = Connection(read_fd, writable=False)
    outbox = Connection(write_fd, readable=False)
    os.dup2(2, 1)  # stray prints from a library go to stderr, never into the protocol
    try:
        _, limits = inbox.recv()
    except EOFError:
        return
    cap = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    outbox.send(("ready",))
    cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    while True:
        try:
            message = inbox.recv()
        except (EOFError, OSError):
            return  # the parent is gone: nothing left to do
        _, name, data = message
        used = resource.getrusage(resource.RUSAGE_SELF)
        budget = int(used.ru_utime + used.ru_stime + limits.seconds) + 5
        if cpu_hard == resource.RLIM_INFINITY or budget < cpu_hard:
            resource.setrlimit(resource.RLIMIT_CPU, (budget, cpu_hard))
        state = {"part": "开始读取"}

        def on_part(part: str, state=state) -> None:
            state["part"] = part
            outbox.send(("part", part))

        try:
            with reading(limits.read, on_part):
                doc = parse_bytes(name, data)
            del data
            tasks = sum(1 for t in doc.tasks if t.kind != "inline_duty")
            if tasks > limits.read.max_tasks:
                raise errors.LimitExceeded(
                    f"文档识别出 {tasks:,} 项任务，超过 {limits.read.max_tasks:,} 项的上限，已拒绝。"
                    "请拆分文件后再导入，或由管理员调整 PA_MAX_DOCUMENT_TASKS。",
                    limit="max_tasks",
                    part="任务抽取",
                )
            reply = ("ok", doc)
        except MemoryError:
            reply = None
            with contextlib.suppress(Exception):
                outbox.send(("memory", state["part"]))
            os._exit(3)
        except RecursionError:
            reply = ("error", "UnreadableDocument", "文件结构嵌套过深，无法解析。", "depth", state["part"])
        except PolicyAssistantError as exc:
            reply = (
                "error",
                type(exc).__name__,
                exc.message,
                getattr(exc, "limit", ""),
                getattr(exc, "part", state["part"]),
            )
        except Exception as exc:  # noqa: BLE001 - any parser fault becomes a refusal of this one file
            reply = ("crash", type(exc).__name__, state["part"])
        try:
            outbox.send(reply)
        except MemoryError:
            with contextlib.suppress(Exception):
                outbox.send(("memory", "返回解析结果"))
            os._exit(3)
        except (OSError, EOFError):
            return


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _child(int(sys.argv[1]), int(sys.argv[2]))
