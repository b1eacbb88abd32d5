"""Dense vectors in a Chroma directory: explicit embeddings only, filtered by document and jurisdiction."""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

COLLECTION = "policy_chunks"


def _client(path: Path) -> Any:
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb  # imported lazily: lexical-only deployments never pay for it
    from chromadb.config import Settings

    return chromadb.PersistentClient(path=str(path), settings=Settings(anonymized_telemetry=False))


def _where(doc_ids: Collection[str] | None, jurisdictions: Collection[str] | None) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if doc_ids is not None:
        clauses.append({"doc_id": {"$in": sorted(doc_ids)}})
    if jurisdictions is not None:
        clauses.append({"jurisdiction": {"$in": sorted(jurisdictions)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class DenseStore:
    """Chunk vectors keyed by chunk id, with doc_id and jurisdiction metadata for filtering."""

    def __init__(self, path: Path, create: bool = False):
        self.path = Path(path)
        self._client = _client(self.path)
        if create:
            # embedding_function=None: Chroma must never embed by itself (its default downloads an ONNX model).
            self._collection = self._client.create_collection(
                COLLECTION, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
        else:
            self._collection = self._client.get_collection(COLLECTION, embedding_function=None)

    def add(
        self, ids: Sequence[str], vectors: Sequence[Sequence[float]], metadatas: Sequence[dict[str, str]]
    ) -> None:
        """Store vectors in batches Chroma accepts."""
        batch = max(1, min(self._client.get_max_batch_size(), 4000))
        for i in range(0, len(ids), batch):
            self._collection.add(
                ids=list(ids[i : i + batch]),
                embeddings=[list(v) for v in vectors[i : i + batch]],
                metadatas=list(metadatas[i : i + batch]),
            )

    def close(self) -> None:
        """Release the Chroma system (SQLite handles, HNSW segment); the store is unusable afterwards."""
        self._client.close()

    def count(self) -> int:
        return self._collection.count()

    def query(
        self,
        vector: Sequence[float],
        k: int,
        doc_ids: Collection[str] | None = None,
        jurisdictions: Collection[str] | None = None,
    ) -> list[tuple[str, float]]:
        """The k nearest chunk ids with cosine similarity, filtered before the neighbours are chosen."""
        if k <= 0:
            return []
        if (doc_ids is not None and not doc_ids) or (jurisdictions is not None and not jurisdictions):
            return []
        result = self._collection.query(
            query_embeddings=[list(vector)],
            n_results=k,
            where=_where(doc_ids, jurisdictions),
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0] if result.get("distances") else [1.0] * len(ids)
        return [(chunk_id, 1.0 - float(d)) for chunk_id, d in zip(ids, distances, strict=True)]
