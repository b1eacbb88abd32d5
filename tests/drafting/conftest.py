"""Policy documents for the drafting tests: the shipped corpus as tests/conftest.py parsed it, once per run."""

from __future__ import annotations

import pytest

from corpus.model import PolicyDocument

XIANGXI = "000_43f5855859a223cb"  # 湘西自治州优势产业精准招商行动计划(2023-2025年)


@pytest.fixture(scope="session")
def corpus_documents(shipped_docs) -> list[PolicyDocument]:
    return list(shipped_docs.values())
