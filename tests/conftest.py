"""Shared fixtures: the shipped corpus parsed once, and ingested and indexed once, per test run."""

from __future__ import annotations

from pathlib import Path

import pytest

import assistant  # noqa: F401  (sets the offline switches before any model library is imported)
from assistant.answering import Assistant
from assistant.settings import SHIPPED_CORPUS, load_settings
from assistant.workspace import Workspace
from corpus.model import PolicyDocument
from corpus.pipeline import parse_file

SHIPPED = Path(__file__).resolve().parent.parent / "corpus" / "documents"
XIANGXI = "000_43f5855859a223cb"
CHANGSHA_PLANS = "001_3f0b7341097c25f5"
XIANNING = "002_fa0f4c506b324a04"
YONGZHOU = "003_adeb8948083e6e68"
CHANGSHA_OPINIONS = "004_a4a6884a234733fb"


@pytest.fixture(scope="session")
def shipped_docs() -> dict[str, PolicyDocument]:
    """The five shipped documents keyed by jurisdiction-ish short name, parsed with the real pipeline."""
    docs = {p.stem: parse_file(p) for p in sorted(SHIPPED.glob("*.txt"))}
    assert len(docs) == 5
    return docs


def _by_prefix(docs: dict[str, PolicyDocument], prefix: str) -> PolicyDocument:
    return next(d for k, d in docs.items() if k.startswith(prefix))


@pytest.fixture(scope="session")
def xiangxi(shipped_docs) -> PolicyDocument:
    return _by_prefix(shipped_docs, "000_")


@pytest.fixture(scope="session")
def changsha_plans(shipped_docs) -> PolicyDocument:
    return _by_prefix(shipped_docs, "001_")


@pytest.fixture(scope="session")
def xianning(shipped_docs) -> PolicyDocument:
    return _by_prefix(shipped_docs, "002_")


@pytest.fixture(scope="session")
def yongzhou(shipped_docs) -> PolicyDocument:
    return _by_prefix(shipped_docs, "003_")


@pytest.fixture(scope="session")
def changsha_opinions(shipped_docs) -> PolicyDocument:
    return _by_prefix(shipped_docs, "004_")


@pytest.fixture(scope="session")
def corpus_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir holding the shipped corpus and its index, built once; tests that only read share it."""
    data_dir = tmp_path_factory.mktemp("shipped-data")
    workspace = Workspace(load_settings(data_dir=data_dir, corpus_dir=SHIPPED_CORPUS), notify=lambda _: None)
    workspace.ensure_ready()
    return data_dir


@pytest.fixture(scope="session")
def workspace(corpus_data_dir: Path) -> Workspace:
    ws = Workspace(
        load_settings(data_dir=corpus_data_dir, corpus_dir=SHIPPED_CORPUS, llm_base_url="", llm_model=""),
        notify=lambda _: None,
    )
    ws.ensure_ready()
    return ws


@pytest.fixture(scope="session")
def helper(workspace: Workspace) -> Assistant:
    """The extractive assistant (no LLM) over the shipped corpus."""
    return Assistant(workspace)
