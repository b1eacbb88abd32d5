"""Shared fixtures: the shipped corpus, parsed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

import assistant  # noqa: F401  (sets the offline switches before any model library is imported)
from corpus.model import PolicyDocument
from corpus.pipeline import parse_file

SHIPPED = Path(__file__).resolve().parent.parent / "corpus" / "documents"


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
