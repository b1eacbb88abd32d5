"""Faults: a process killed mid-ingest or mid-index, and damaged files under the data dir.

The kills are real: ``python -m assistant ingest`` runs as a child process over a generated corpus big enough to
be caught at work, and is SIGKILLed once the data dir shows it is parsing (records appearing) or indexing (a
``.building-*`` version directory). No hook in the product code is needed for that.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from assistant.answering import Assistant
from assistant.settings import SHIPPED_CORPUS, load_settings
from assistant.workspace import Workspace
from bench.synthetic import generate_corpus
from corpus.store import DocumentStore
from retrieval.index import SearchIndex
from tests.hardening.conftest import XIANGXI

REPO = Path(__file__).resolve().parents[2]
LEAD_QUESTION = "谁牵头精准开发招商项目"


def _settings(data_dir: Path):
    return load_settings(data_dir=data_dir, corpus_dir=SHIPPED_CORPUS, llm_base_url="", llm_model="")


def _ready(data_dir: Path, messages: list[str] | None = None) -> Workspace:
    workspace = Workspace(_settings(data_dir), notify=(messages.append if messages is not None else print))
    workspace.ensure_ready()
    return workspace


def _asks_xiangxi_lead(workspace: Workspace, among_generated: bool = False) -> None:
    # Generated plans have tasks of the same name in other places: then ask within the 湘西 plan.
    answer = Assistant(workspace).ask(LEAD_QUESTION, doc_ids=[XIANGXI] if among_generated else None)
    assert answer.lead_unit == "州商务局"
    assert XIANGXI in {c.doc_id for c in answer.citations}


@pytest.fixture(scope="module")
def generated_plans(tmp_path_factory) -> Path:
    """150 generated action plans as .txt files: a few seconds of parsing and indexing."""
    folder = tmp_path_factory.mktemp("generated")
    for plan in generate_corpus(150):
        (folder / plan.file_name).write_text(plan.document.text, encoding="utf-8")
    return folder


def _start_ingest(folder: Path, data_dir: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO), PA_DATA_DIR=str(data_dir))
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", "ingest", str(folder), "--data-dir", str(data_dir), "--json"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill_when(process: subprocess.Popen, condition, timeout: float = 60.0) -> None:
    """SIGKILL the child as soon as ``condition()`` holds; fail if it finished or took too long first."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, "the child finished before it could be interrupted"
        assert time.monotonic() < deadline, "the child never reached the state to interrupt"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL


def _live_version(data_dir: Path) -> str:
    return (data_dir / "index" / "CURRENT").read_text(encoding="utf-8").strip()


# --- killed while working --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_an_ingest_killed_while_parsing_leaves_whole_records_and_the_previous_index(
    data_dir, generated_plans
):
    before = _live_version(data_dir)
    store = DocumentStore(data_dir)
    shipped = len(store.doc_ids())
    child = _start_ingest(generated_plans, data_dir)
    _kill_when(child, lambda: len(store.doc_ids()) >= shipped + 20)

    parsed = store.doc_ids()
    assert shipped + 20 <= len(parsed) < shipped + 150
    assert store.damaged() == []  # every record on disk is whole: writes are renamed into place
    assert _live_version(data_dir) == before
    old = SearchIndex.open(data_dir / "index")
    assert old.search("精准开发招商项目", k=1)[0].chunk.doc_id == XIANGXI

    messages: list[str] = []
    workspace = _ready(data_dir, messages)
    assert any("重建检索索引" in m for m in messages)
    assert len(workspace.documents) == len(parsed)
    _asks_xiangxi_lead(workspace, among_generated=True)


@pytest.mark.slow
def test_a_reindex_killed_mid_build_keeps_the_previous_index_and_is_redone_at_start(
    data_dir, generated_plans
):
    before = _live_version(data_dir)
    versions = data_dir / "index" / "versions"
    child = _start_ingest(generated_plans, data_dir)
    _kill_when(child, lambda: any(p.name.startswith(".building-") for p in versions.iterdir()))

    assert _live_version(data_dir) == before  # the half-built version is not live
    assert len(DocumentStore(data_dir).doc_ids()) == 5 + 150  # parsing had finished: nothing lost
    old = SearchIndex.open(data_dir / "index")
    assert old.search("精准开发招商项目", k=1)[0].chunk.doc_id == XIANGXI

    messages: list[str] = []
    workspace = _ready(data_dir, messages)
    assert any("重建检索索引" in m for m in messages)
    assert _live_version(data_dir) != before
    assert not any(p.name.startswith(".building-") for p in versions.iterdir())
    generated = next(d for d in workspace.documents if not d.doc_id.startswith("00"))
    assert workspace.index.search(generated.meta.title, k=5, doc_ids=[generated.doc_id])
    _asks_xiangxi_lead(workspace, among_generated=True)


# --- damaged index ---------------------------------------------------------------------------------------------


def _garble_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(7)
    for i in range(len(data) // 3, len(data) // 3 + max(32, len(data) // 10)):
        data[i] = rng.randrange(256)
    path.write_bytes(bytes(data))


def _version_dir(data_dir: Path) -> Path:
    return data_dir / "index" / "versions" / _live_version(data_dir)


DAMAGE = {
    "CURRENT deleted": lambda d: (d / "index" / "CURRENT").unlink(),
    "CURRENT garbled": lambda d: (d / "index" / "CURRENT").write_bytes(b"\xff\xfe\x00garbage"),
    "every version deleted": lambda d: shutil.rmtree(d / "index" / "versions"),
    "whole index deleted": lambda d: shutil.rmtree(d / "index"),
    "chunks.json truncated": lambda d: (_version_dir(d) / "chunks.json").write_bytes(
        (_version_dir(d) / "chunks.json").read_bytes()[:500]
    ),
    "manifest emptied": lambda d: (_version_dir(d) / "manifest.json").write_bytes(b""),
    "bm25 array garbled inside": lambda d: _garble_middle(_version_dir(d) / "bm25" / "indptr.csc.index.npy"),
    "bm25 vocabulary truncated": lambda d: (_version_dir(d) / "bm25" / "vocab.index.json").write_text("{"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_or_missing_index_is_rebuilt_at_start_with_a_message(data_dir, damage):
    DAMAGE[damage](data_dir)
    messages: list[str] = []
    workspace = _ready(data_dir, messages)
    assert any(("损坏" in m or "尚未建立" in m) and "建" in m for m in messages), messages
    _asks_xiangxi_lead(workspace)
    assert SearchIndex.open(data_dir / "index").search("精准开发招商项目", k=1)[0].chunk.doc_id == XIANGXI


# --- damaged records -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    [b"", b'{"doc_id": "000_43f5855859a223cb", "te', b"[1, 2, 3]", b"\xff\xfe\x00\x01", b'{"doc_id": 5}'],
)
def test_a_damaged_record_is_reported_and_rebuilt_from_its_source(data_dir, damage):
    record = data_dir / "documents" / f"{XIANGXI}.json"
    original = json.loads(record.read_text(encoding="utf-8"))
    record.write_bytes(damage)
    messages: list[str] = []
    workspace = _ready(data_dir, messages)
    assert any("已损坏" in m and XIANGXI in m for m in messages), messages
    assert any("已从原文件" in m and XIANGXI in m for m in messages), messages
    assert json.loads(record.read_text(encoding="utf-8")) == original
    _asks_xiangxi_lead(workspace)


def test_a_damaged_record_without_a_source_is_set_aside_and_the_rest_still_answer(data_dir):
    store = DocumentStore(data_dir)
    yongzhou = next(i for i in store.doc_ids() if i.startswith("003_"))
    source = store.sources_dir / store.get(yongzhou).source_name
    source.unlink()
    (data_dir / "documents" / f"{yongzhou}.json").write_text("{broken", encoding="utf-8")
    messages: list[str] = []
    workspace = _ready(data_dir, messages)
    assert any(yongzhou in m and "无法从原文件重建" in m for m in messages), messages
    assert yongzhou not in {d.doc_id for d in workspace.documents}
    assert (data_dir / "documents" / f"{yongzhou}.json.damaged").exists()  # kept for inspection
    _asks_xiangxi_lead(workspace)
    messages.clear()
    _ready(data_dir, messages)
    assert not any("损坏" in m for m in messages)  # reported once, not at every start


def test_temporary_files_left_by_a_crash_are_not_records(data_dir):
    (data_dir / "documents" / ".tmp-abc123.json").write_bytes(b'{"half": ')
    store = DocumentStore(data_dir)
    assert not any(i.startswith(".") or i.startswith("tmp") for i in store.doc_ids())
    assert store.damaged() == []
    _asks_xiangxi_lead(_ready(data_dir, []))


# --- the upload journal ----------------------------------------------------------------------------------------


def test_an_upload_received_but_never_parsed_is_ingested_at_the_next_start(data_dir):
    """What a process killed between receiving and storing an upload leaves behind: only the journal."""
    store = DocumentStore(data_dir)
    plan = "某某县招商工作要点\n一、重点任务\n(一)建设飞地园区。推进飞地园区建设。(责任单位:县商务局、县发改局)\n"
    received = store.receive("飞地方案.txt", plan.encode("utf-8"))
    assert store.pending() == [received]
    messages: list[str] = []
    workspace = _ready(data_dir, messages)
    assert any("未完成的上传" in m and "飞地方案" in m for m in messages), messages
    assert store.pending() == []
    assert not any((data_dir / "incoming").iterdir())
    answer = Assistant(workspace).ask("谁牵头建设飞地园区")
    assert answer.lead_unit == "县商务局"
    assert (data_dir / "sources" / "飞地方案.txt").read_text(encoding="utf-8") == plan


def test_an_unreadable_journalled_upload_is_reported_and_dropped(data_dir):
    store = DocumentStore(data_dir)
    store.receive("坏文件.docx", b"PK\x03\x04 not a zip")
    messages: list[str] = []
    _ready(data_dir, messages)
    assert any("未能导入" in m and "损坏" in m for m in messages), messages
    assert store.pending() == []


@pytest.mark.slow
def test_a_server_killed_while_parsing_an_upload_loses_nothing(data_dir):
    """POST /api/documents to a real server, SIGKILL it while the upload is parsed, start again: it is there."""
    from bench.live_server import LiveServer

    line = "围绕产业链开展精准招商，推动项目落地见效。" * 200
    body = "\n".join(f"({i})第{i}项工作。{line}" for i in range(1, 400))
    plan = f"某某县超长招商工作方案\n一、重点任务\n(一)建设云端产业园。推进园区建设。(责任单位:县商务局、县工信局)\n{body}\n"
    server = LiveServer(data_dir, max_upload_mb=20)
    try:
        server.wait_ready()
        incoming = data_dir / "incoming"
        sender = threading.Thread(
            target=lambda: _post_quietly(f"{server.url}/api/documents", "云端方案.txt", plan.encode("utf-8"))
        )
        sender.start()
        _kill_when(server.process, lambda: any(incoming.glob("*/云端方案.txt")))
        sender.join(timeout=30)
    finally:
        server.stop()
    assert "云端方案" not in DocumentStore(data_dir).doc_ids()  # it died before storing the record …

    messages: list[str] = []
    workspace = _ready(data_dir, messages)
    assert any("未完成的上传" in m and "云端方案" in m for m in messages), messages
    answer = Assistant(workspace).ask("谁牵头建设云端产业园")
    assert answer.lead_unit == "县商务局"  # … and the next start ingested it from the journal
    assert (data_dir / "sources" / "云端方案.txt").read_bytes() == plan.encode("utf-8")
    _asks_xiangxi_lead(workspace)


def _post_quietly(url: str, name: str, data: bytes) -> None:
    # The server is killed mid-request: the client sees a dropped connection.
    with contextlib.suppress(httpx.HTTPError):
        httpx.post(url, files={"file": (name, data)}, timeout=60)
