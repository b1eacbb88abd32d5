"""Reciprocal rank fusion: combine several rankings by rank alone, so BM25 and cosine scales never mix."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

# 60 is the constant from Cormack et al. (2009); it damps the head so that agreement between rankings wins.
RRF_K = 60


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Hashable]], k: int = RRF_K
) -> list[tuple[Hashable, float]]:
    """Items from all rankings, best first, scored by the sum of 1 / (k + rank) (ranks start at 1)."""
    scores: dict[Hashable, float] = {}
    first_seen: dict[Hashable, tuple[int, int]] = {}
    for which, ranking in enumerate(rankings):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
            first_seen.setdefault(item, (rank, which))
    # Ties (the same rank in different lists) fall back to the best single rank, then to list order.
    return sorted(scores.items(), key=lambda pair: (-pair[1], first_seen[pair[0]]))
