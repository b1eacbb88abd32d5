"""Lexical ranking: a bm25s index over token lists, saved to and loaded from one directory.

Filters are applied to the full score vector before taking the top k, so restricting the search to a few
documents never loses their hits to better-scoring chunks elsewhere.
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Iterable
from pathlib import Path

import bm25s
import numpy as np

# bm25s reports progress through tqdm and logging; an index build inside a server must stay quiet.
logging.getLogger("bm25s").setLevel(logging.WARNING)


class LexicalIndex:
    """BM25 scores for chunks 0..n-1 (positions, not chunk ids)."""

    def __init__(self, model: bm25s.BM25, size: int):
        self._model = model
        self.size = size

    @classmethod
    def build(cls, token_lists: Iterable[list[str]]) -> LexicalIndex:
        """Index one token list per chunk (consumed lazily); empty lists are allowed (they never match)."""
        # Token ids are kept as 4-byte arrays as each chunk is tokenised: holding millions of token strings
        # (or Python ints) at once costs ~10x the memory and dominated peak RSS at 10,000 documents.
        vocab: dict[str, int] = {}
        corpus_ids: list[array] = []
        for tokens in token_lists:
            corpus_ids.append(array("i", [vocab.setdefault(t, len(vocab)) for t in tokens]))
        size = len(corpus_ids)
        if not vocab:
            vocab[""] = 0  # bm25s cannot index an empty vocabulary; "" is never a query token
        if not size:
            corpus_ids = [array("i", [0])]  # an empty data dir still gets a valid (never matching) index
        model = bm25s.BM25(k1=1.2, b=0.75)
        model.index((corpus_ids, vocab), show_progress=False)
        return cls(model, size)

    def save(self, directory: Path) -> None:
        self._model.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path, size: int) -> LexicalIndex:
        model = bm25s.BM25.load(str(directory), show_progress=False, verbosity=0)
        return cls(model, size)

    def top(
        self, query_tokens: list[str], k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The k best (position, score) pairs with a positive score, among ``allowed`` positions if given."""
        ids = self._model.get_tokens_ids(query_tokens)
        if not ids or k <= 0 or self.size == 0:
            return []
        scores = self._model.get_scores_from_ids(ids)
        if allowed is not None:
            masked = np.zeros_like(scores)
            masked[allowed] = scores[allowed]
            scores = masked
        positive = np.flatnonzero(scores > 0)
        if positive.size == 0:
            return []
        best = positive[np.argpartition(-scores[positive], k - 1)[:k]] if positive.size > k else positive
        # Ties broken by position so results are deterministic.
        order = sorted(best.tolist(), key=lambda i: (-float(scores[i]), i))
        return [(i, float(scores[i])) for i in order]
