"""Fixtures for the UI tests: a real app over a tmp data dir (the shipped corpus ingested), real documents."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from fastapi.testclient import TestClient

import assistant  # noqa: F401  (offline switches before gradio / chromadb load)
from assistant.settings import load_settings
from ui.app import create_app
from ui.service import AppService

TOKEN = "s3cret-token"


def plan_docx(title: str, items: list[str]) -> bytes:
    """A small action plan as a real .docx: a title, a preamble, 一、 heading and numbered items."""
    document = docx.Document()
    document.add_paragraph(title)
    document.add_paragraph("为推动县域经济高质量发展，结合实际，制定本方案。")
    document.add_paragraph("一、重点任务")
    for item in items:
        document.add_paragraph(item)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


FENGHUANG_ITEMS = [
    "（一）建设银杏深加工产业园。围绕银杏精深加工引进龙头企业，到2026年底新引进银杏加工企业不少于8家。"
    "（责任单位：县林业局、县商务局、县自然资源局。列第一的为牵头单位）",
    "（二）举办苗绣文创招商推介会。每年赴长三角举办专题推介会2场以上。（责任单位：县文旅局、县商务局）",
]


@pytest.fixture(scope="session")
def fenghuang_docx() -> bytes:
    return plan_docx("凤凰县2026年招商引资攻坚行动方案", FENGHUANG_ITEMS)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pa-data")


@pytest.fixture(scope="session")
def service(data_dir) -> AppService:
    """One service over the session's data dir; the shipped corpus is ingested on first use."""
    return AppService(load_settings(data_dir=data_dir, max_upload_mb=1, api_token=""))


@pytest.fixture(scope="session")
def client(service) -> TestClient:
    """The real app, no token."""
    return TestClient(create_app(service.settings, service=service))


@pytest.fixture(scope="session")
def locked_client(data_dir) -> TestClient:
    """The real app with an access token configured, over the same (already indexed) data dir."""
    settings = load_settings(data_dir=data_dir, max_upload_mb=1, api_token=TOKEN)
    return TestClient(create_app(settings), follow_redirects=False)
