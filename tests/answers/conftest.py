"""The shipped corpus, ingested and indexed once per session in a temporary data dir, and an Assistant over it."""

from __future__ import annotations

from pathlib import Path

import pytest

import assistant  # noqa: F401  (sets the offline switches before any model library is imported)
from assistant.answering import Assistant
from assistant.settings import SHIPPED_CORPUS, load_settings
from assistant.workspace import Workspace

XIANGXI = "000_43f5855859a223cb"
CHANGSHA_PLANS = "001_3f0b7341097c25f5"
XIANNING = "002_fa0f4c506b324a04"
YONGZHOU = "003_adeb8948083e6e68"
CHANGSHA_OPINIONS = "004_a4a6884a234733fb"


@pytest.fixture(scope="session")
def corpus_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir holding the shipped corpus and its index (built once)."""
    data_dir = tmp_path_factory.mktemp("answers-data")
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
