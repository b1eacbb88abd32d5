"""Concurrent uploads, questions, re-indexes and drafts through the real app leave a consistent store.

Small and untimed: 4 threads × 10 requests against the FastAPI app in-process. Afterwards every record loads,
the journal is empty, the live index covers exactly the stored documents, and each upload is answerable.
"""

from __future__ import annotations

import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import docx
import pytest
from fastapi.testclient import TestClient

from assistant.answering import Assistant
from assistant.settings import load_settings
from corpus.store import DocumentStore
from drafting.reminder import EXAMPLE
from retrieval.index import SearchIndex, documents_signature
from tests.hardening.conftest import XIANGXI
from ui.app import create_app
from ui.service import DRAFTS_AT_ONCE, AppService

COUNTIES = ["甲溪县", "乙山县", "丙河县", "丁岭县", "戊江县", "己塘县", "庚坪县", "辛桥县"]
REMINDER = {**EXAMPLE, "lagging": ["开工"], "situation": "施工许可尚未办结。"}


def county_plan(county: str, as_docx: bool) -> tuple[str, bytes]:
    """A one-item plan whose task name and lead unit are unique to ``county``."""
    lines = [
        f"{county}招商引资工作方案",
        "一、重点任务",
        f"(一)建设{county[:2]}特色产业园。引进企业不少于5家。(责任单位:县商务局、县发改局)",
    ]
    if not as_docx:
        return f"{county}.txt", "\n".join(lines).encode("utf-8")
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return f"{county}.docx", buffer.getvalue()


@pytest.fixture(scope="module")
def app_client(tmp_path_factory) -> tuple[TestClient, AppService]:
    settings = load_settings(
        data_dir=tmp_path_factory.mktemp("concurrent") / "data",
        api_token="",
        llm_base_url="",
        max_upload_mb=5,
    )
    service = AppService(settings)
    return TestClient(create_app(settings, service=service)), service


def test_concurrent_uploads_questions_and_reindexes_leave_every_record_whole_and_indexed(app_client):
    client, service = app_client

    def worker(n: int) -> list[tuple[str, int]]:
        seen = []
        for step in range(10):
            if step % 5 == 0:
                name, data = county_plan(COUNTIES[(n * 2 + step // 5) % len(COUNTIES)], as_docx=bool(n % 2))
                response = client.post("/api/documents", files={"file": (name, data)})
                seen.append(("upload", response.status_code))
            elif step % 5 == 3 and n == 0:
                seen.append(("reindex", client.post("/api/reindex").status_code))
            else:
                response = client.post("/api/ask", json={"question": "谁牵头精准开发招商项目"})
                seen.append(("ask", response.status_code))
                if response.status_code == 200:
                    assert response.json()["lead_unit"] == "州商务局"
        return seen

    with ThreadPoolExecutor(4) as pool:
        outcomes = [item for result in pool.map(worker, range(4)) for item in result]

    assert all(status == 201 for kind, status in outcomes if kind == "upload"), outcomes
    assert all(status == 200 for kind, status in outcomes if kind == "ask"), outcomes
    assert all(status in (200, 409) for kind, status in outcomes if kind == "reindex"), outcomes

    store = DocumentStore(service.settings.data_dir)
    assert store.damaged() == [] and store.pending() == []
    documents = store.documents()
    assert len(documents) == 5 + len(COUNTIES)
    index = SearchIndex.open(service.settings.data_dir / "index")
    assert index.documents_signature == documents_signature(documents)

    helper = Assistant(service.workspace)
    for county in COUNTIES:
        answer = helper.ask(f"谁牵头建设{county[:2]}特色产业园")
        assert answer.lead_unit == "县商务局", (county, answer.answer)
        assert answer.citations[0].doc_id == county
    assert helper.ask("谁牵头精准开发招商项目").citations[0].doc_id == XIANGXI


class _CountingAssistant(Assistant):
    """The real assistant, counting how many drafts consult it at the same moment."""

    in_flight = 0
    most = 0
    lock = threading.Lock()

    def ask(self, *args, **kwargs):
        with self.lock:
            type(self).in_flight += 1
            type(self).most = max(type(self).most, type(self).in_flight)
        try:
            time.sleep(0.05)  # widen the window in which overlapping drafts would be seen
            return super().ask(*args, **kwargs)
        finally:
            with self.lock:
                type(self).in_flight -= 1


def test_no_more_than_two_drafts_are_built_at_once_and_every_one_completes(app_client):
    client, service = app_client
    service._assistant = _CountingAssistant(service.workspace)
    try:
        with ThreadPoolExecutor(8) as pool:
            responses = list(pool.map(lambda _: client.post("/api/drafts/reminder", json=REMINDER), range(8)))
    finally:
        service._assistant = None
    assert [r.status_code for r in responses] == [200] * 8
    for response in responses:
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
        assert "年产5万吨锰基新材料项目" in text
    assert 1 <= _CountingAssistant.most <= DRAFTS_AT_ONCE
