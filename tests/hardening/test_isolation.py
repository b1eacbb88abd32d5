"""Nothing bricks the server: parsing in a worker process under limits, quarantine, jobs, a prompt stop.

The worker is real (``python -m corpus.worker``), the server is the real FastAPI app (and, for SIGTERM, a real
``python -m assistant serve`` process), the documents are real .docx bytes built here or in bench/big_docs.py.
"""

from __future__ import annotations

import contextlib
import json
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.settings import SHIPPED_CORPUS, load_settings
from assistant.workspace import Workspace
from bench.big_docs import big_plan_docx, grid_span_docx, package, paragraph
from corpus.errors import LimitExceeded, ParseFailed, UnreadableDocument
from corpus.load import ReadLimits
from corpus.store import DocumentStore
from corpus.worker import ParseWorker, WorkerLimits
from ui.app import create_app
from ui.service import AppService, configure_logging

PLAN = "某某县招商工作要点\n一、重点任务\n(一)建设飞地园区。推进飞地园区建设。(责任单位:县商务局、县发改局)\n"


@pytest.fixture(scope="module")
def worker():
    worker = ParseWorker()
    yield worker
    worker.close()


def _settings(data_dir: Path, **extra):
    return load_settings(data_dir=data_dir, corpus_dir=SHIPPED_CORPUS, llm_base_url="", llm_model="", **extra)


@pytest.fixture(scope="module")
def shipped_data(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("isolation") / "data"
    Workspace(_settings(data_dir), notify=lambda _: None).ensure_ready()
    return data_dir


@pytest.fixture
def data_dir(shipped_data, tmp_path) -> Path:
    import shutil

    copy = tmp_path / "data"
    shutil.copytree(shipped_data, copy)
    return copy


# --- the worker ----------------------------------------------------------------------------------------------


def test_a_plan_parsed_in_the_worker_names_its_lead_unit_and_the_warm_worker_is_fast(worker):
    worker.parse("warm.txt", PLAN.encode())
    started = time.perf_counter()
    doc = worker.parse("飞地方案.txt", PLAN.encode())
    assert time.perf_counter() - started < 1.0  # no process start, no imports: the child is warm
    assert doc.tasks[0].lead_units == ("县商务局",)
    assert worker.started == 1


def test_a_non_numeric_grid_span_is_refused_naming_the_cell_and_the_worker_goes_on(worker):
    with pytest.raises(UnreadableDocument) as info:
        worker.parse("坏表格.docx", grid_span_docx("abc"))
    assert "gridSpan" in info.value.message and "第 1 行第 1 格" in info.value.message
    assert "abc" in info.value.message
    assert worker.parse("飞地方案.txt", PLAN.encode()).tasks


def test_the_character_limit_is_met_while_reading_and_names_the_part():
    worker = ParseWorker(WorkerLimits(read=ReadLimits(max_chars=20_000)))
    try:
        started = time.perf_counter()
        with pytest.raises(LimitExceeded) as info:
            worker.parse("大方案.docx", big_plan_docx(3000))
        assert time.perf_counter() - started < 10
        assert info.value.limit == "max_chars"
        assert "20,000" in info.value.message and "正文第" in info.value.message
    finally:
        worker.close()


def test_the_table_cell_and_task_limits_refuse_in_chinese():
    worker = ParseWorker(WorkerLimits(read=ReadLimits(max_table_cells=100, max_tasks=50)))
    try:
        row = "<w:tr>" + "<w:tc><w:p><w:r><w:t>单位</w:t></w:r></w:p></w:tc>" * 4 + "</w:tr>"
        with pytest.raises(LimitExceeded) as cells:
            worker.parse("表格.docx", package(paragraph("某某方案") + "<w:tbl>" + row * 40 + "</w:tbl>"))
        assert cells.value.limit == "max_table_cells" and "单元格" in cells.value.message
        with pytest.raises(LimitExceeded) as tasks:
            worker.parse("大方案.docx", big_plan_docx(120))
        assert tasks.value.limit == "max_tasks" and "任务" in tasks.value.message
    finally:
        worker.close()


def test_a_parse_past_the_wall_clock_limit_is_killed_and_the_next_file_gets_a_fresh_worker():
    worker = ParseWorker(WorkerLimits(seconds=0.3))
    try:
        worker.start()
        first = worker.pid
        with pytest.raises(ParseFailed) as info:
            worker.parse("大方案.docx", big_plan_docx(20000))
        assert info.value.limit == "seconds" and "时间上限" in info.value.message
        assert worker.pid is None  # killed
        assert worker.parse("飞地方案.txt", PLAN.encode()).tasks
        assert worker.pid not in (None, first)
    finally:
        worker.close()


def test_a_parse_past_the_memory_cap_is_refused_and_the_worker_replaced():
    worker = ParseWorker(WorkerLimits(memory_mb=120, read=ReadLimits(max_chars=50_000_000)))
    try:
        big = ("围绕产业链开展精准招商，推动项目落地见效。" * 4000 + "\n").encode() * 150  # ~38 MB of text
        with pytest.raises(ParseFailed) as info:
            worker.parse("巨大.txt", big)
        assert info.value.limit == "memory_mb" and "120 MB" in info.value.message
        assert worker.parse("飞地方案.txt", PLAN.encode()).tasks
    finally:
        worker.close()


def test_a_worker_killed_from_outside_while_idle_is_replaced(worker):
    import os

    worker.start()
    os.kill(worker.pid, signal.SIGKILL)
    time.sleep(0.2)
    assert worker.parse("飞地方案.txt", PLAN.encode()).tasks


# --- quarantine and start-up ----------------------------------------------------------------------------------


def test_the_grid_span_docx_gets_a_4xx_is_quarantined_and_the_server_restarts_cleanly(data_dir):
    settings = _settings(data_dir)
    with TestClient(create_app(settings)) as client:
        response = client.post("/api/documents", files={"file": ("坏表格.docx", grid_span_docx())})
        assert response.status_code == 422
        assert "gridSpan" in response.json()["error"] and "隔离区" in response.json()["error"]
        listed = client.get("/api/documents").json()
        assert [q["file"] for q in listed["quarantined"]] == ["坏表格.docx"]
        assert "gridSpan" in listed["quarantined"][0]["reason"]
    store = DocumentStore(data_dir)
    assert store.pending() == []  # out of the journal: nothing for the next start to trip on
    note = next((data_dir / "quarantine").glob("*.json"))
    assert "gridSpan" in json.loads(note.read_text(encoding="utf-8"))["reason"]
    with TestClient(create_app(settings)) as again:  # the restart
        assert again.get("/api/health").json()["documents"] == 5


def test_a_journalled_upload_that_cannot_be_parsed_is_quarantined_at_start_and_start_goes_on(data_dir):
    """What a server killed mid-parse of the bad file left behind once bricked every start."""
    store = DocumentStore(data_dir)
    store.receive("坏表格.docx", grid_span_docx())
    store.receive("飞地方案.txt", PLAN.encode())
    service = AppService(_settings(data_dir))
    assert len(service.documents()) == 6  # the good upload was resumed
    notices = service.take_notices()
    assert any("坏表格" in n and "隔离区" in n for n in notices), notices
    assert service.take_notices() == []  # shown once
    assert [q.name for q in service.quarantined()] == ["坏表格.docx"]
    assert store.pending() == []


# --- jobs -----------------------------------------------------------------------------------------------------


@pytest.fixture
def client(data_dir):
    with TestClient(create_app(_settings(data_dir))) as client:
        yield client


def test_an_upload_without_waiting_answers_202_and_its_job_reports_the_result(client):
    response = client.post("/api/documents?wait=false", files={"file": ("飞地方案.txt", PLAN.encode())})
    assert response.status_code == 202
    job_url = response.json()["status_url"]
    deadline = time.monotonic() + 30
    while (job := client.get(job_url).json())["status"] not in {"done", "failed"}:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert job["status"] == "done" and job["progress"] == 1.0
    assert job["result"]["documents"][0]["doc_id"] == "飞地方案"
    assert client.get("/api/tasks", params={"unit": "县商务局", "role": "lead"}).json()["count"] >= 1


def test_several_files_uploaded_at_once_are_one_job_and_one_index_rebuild(client, data_dir):
    service = client.app.state.service
    rebuilds = []
    original = service.workspace.reindex
    service.workspace.reindex = lambda: (rebuilds.append(1), original())[1]
    other = PLAN.replace("飞地园区", "跨境电商园").replace("县发改局", "县工信局")
    files = [
        ("file", ("飞地方案.txt", PLAN.encode())),
        ("file", ("电商方案.txt", other.encode())),
        ("file", ("坏表格.docx", grid_span_docx())),
    ]
    body = client.post("/api/documents", files=files).json()
    assert sorted(d["doc_id"] for d in body["documents"]) == ["电商方案", "飞地方案"]
    assert body["refused"][0]["file"] == "坏表格.docx" and body["refused"][0]["quarantined"]
    assert rebuilds == [1]
    answer = client.post("/api/ask", json={"question": "谁牵头建设跨境电商园？"}).json()
    assert answer["lead_unit"] == "县商务局"


def test_an_unknown_job_is_a_chinese_404(client):
    response = client.get("/api/jobs/nope")
    assert response.status_code == 404 and "任务" in response.json()["error"]


# Far above a round trip on any machine, far below a request that waits for the whole parse.
_BLOCKED_S = 10.0


def test_health_and_ask_answer_while_a_large_upload_is_parsed_and_indexed(client):
    response = client.post("/api/documents?wait=false", files={"file": ("大方案.docx", big_plan_docx(1500))})
    job_url = response.json()["status_url"]
    slowest, seen_running = 0.0, False
    while (job := client.get(job_url).json())["status"] not in {"done", "failed"}:
        seen_running = True
        started = time.perf_counter()
        assert client.get("/api/health").status_code == 200
        answer = client.post("/api/ask", json={"question": "谁牵头精准开发招商项目？"}).json()
        slowest = max(slowest, time.perf_counter() - started)
        assert answer["lead_unit"] == "州商务局"  # the old index answers until the swap
    assert job["status"] == "done", job
    # Answered while the job ran, not after it: a request blocked behind the parse took 17.7 s for /api/health alone.
    # The latency itself is measured, not asserted (`python bench/hardening.py`: p50 / p95 / max while a 6,000-task
    # plan is parsed); on a loaded 2-core machine the slowest round trip here ranges about 0.4–2.1 s, the first answer
    # after the swap included.
    assert seen_running and slowest < _BLOCKED_S


# --- logging --------------------------------------------------------------------------------------------------


def test_the_log_level_comes_from_the_setting(tmp_path, monkeypatch):
    import logging

    monkeypatch.setenv("PA_LOG_LEVEL", "ERROR")
    configure_logging(load_settings(data_dir=tmp_path))
    assert logging.getLogger("policy_assistant").level == logging.ERROR
    configure_logging(load_settings(data_dir=tmp_path, log_level="INFO"))
    assert logging.getLogger("policy_assistant").level == logging.INFO


def test_download_folders_live_under_the_data_dir_and_are_emptied_at_start(data_dir):
    stale = data_dir / "downloads" / "old" / "提醒函.docx"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    before = set(Path("/tmp").glob("pa-downloads-*"))
    create_app(_settings(data_dir))
    assert not stale.exists() and (data_dir / "downloads").is_dir()
    assert set(Path("/tmp").glob("pa-downloads-*")) == before


# --- SIGTERM --------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_sigterm_while_a_large_upload_is_parsed_stops_the_server_and_its_worker_within_ten_seconds(data_dir):
    from bench.live_server import LiveServer

    big = big_plan_docx(25000)  # several seconds of parsing
    server = LiveServer(data_dir)
    try:
        server.wait_ready()
        sender = threading.Thread(
            target=_post_quietly, args=(f"{server.url}/api/documents", "大方案.docx", big)
        )
        sender.start()
        deadline = time.monotonic() + 30
        while not any((data_dir / "incoming").glob("*/大方案.docx")):
            assert time.monotonic() < deadline
            time.sleep(0.02)
        time.sleep(0.5)  # inside the parse
        workers = _worker_pids(server.process.pid)
        assert workers, "the parse worker should be running"
        started = time.monotonic()
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=10)
        assert time.monotonic() - started < 10
        sender.join(timeout=10)
        time.sleep(0.2)
        assert not any(Path(f"/proc/{pid}").exists() for pid in workers)  # no orphan left parsing
    finally:
        server.stop()
    # The upload stayed journalled and is ingested at the next start.
    assert DocumentStore(data_dir).pending()


def _worker_pids(parent: int) -> list[int]:
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError):
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
            cmdline = (status.parent / "cmdline").read_bytes()
            if fields.get("PPid", "").strip() == str(parent) and b"corpus.worker" in cmdline:
                pids.append(int(status.parent.name))
    return pids


def _post_quietly(url: str, name: str, data: bytes) -> None:
    with contextlib.suppress(httpx.HTTPError):
        httpx.post(url, files={"file": (name, data)}, timeout=30)


def test_a_reindex_without_waiting_is_a_job_that_reports_the_document_count(client):
    response = client.post("/api/reindex?wait=false")
    assert response.status_code == 202
    deadline = time.monotonic() + 30
    while (job := client.get(response.json()["status_url"]).json())["status"] not in {"done", "failed"}:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert job["kind"] == "reindex" and job["result"] == {"documents": 5}


def test_a_quarantined_upload_can_be_deleted_once_read(client):
    client.post("/api/documents", files={"file": ("坏表格.docx", grid_span_docx())})
    stored_as = client.get("/api/documents").json()["quarantined"][0]["stored_as"]
    assert client.delete(f"/api/quarantine/{stored_as}").status_code == 200
    assert client.get("/api/documents").json()["quarantined"] == []
    again = client.delete(f"/api/quarantine/{stored_as}")
    assert again.status_code == 404 and "隔离区" in again.json()["error"]
    assert client.delete("/api/quarantine/..%2F..%2Fsources%2Fx.txt").status_code == 404
