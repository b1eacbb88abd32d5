"""Policy documents for the drafting tests: the shipped corpus, parsed by the real corpus pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.model import PolicyDocument
from corpus.pipeline import parse_file

CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus" / "documents"
XIANGXI = "000_43f5855859a223cb"  # 湘西自治州优势产业精准招商行动计划(2023-2025年)


def load_corpus() -> list[PolicyDocument]:
    return [parse_file(path) for path in sorted(CORPUS_DIR.glob("*.txt"))]


@pytest.fixture(scope="session")
def corpus_documents() -> list[PolicyDocument]:
    return load_corpus()


@pytest.fixture(scope="session")
def xiangxi(corpus_documents) -> PolicyDocument:
    return next(d for d in corpus_documents if d.doc_id == XIANGXI)
