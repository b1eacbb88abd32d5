"""Small corpora written for one test module: the real pipeline, store and index over a few documents."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from assistant.settings import load_settings
from assistant.workspace import Workspace


def assistant_over(tmp_path_factory: pytest.TempPathFactory, documents: dict[str, str]) -> Assistant:
    """An extractive Assistant (no LLM) over ``documents`` (file name → UTF-8 text), ingested and indexed."""
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in documents.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"), corpus_dir=corpus, llm_base_url="")
    workspace = Workspace(settings, notify=lambda _: None)
    workspace.ensure_ready()
    return Assistant(workspace)
