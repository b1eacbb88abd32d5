"""The embedding seam: a sentence-transformers model loaded from a local directory, or none at all.

Only a path on disk is accepted, never a hub name, so nothing is ever downloaded at run time.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol, runtime_checkable

from corpus.errors import PolicyAssistantError


class EmbeddingModelUnavailable(PolicyAssistantError):
    """The configured embedding model cannot be loaded; ``message`` says what to fix."""

    code = "embedding_model_unavailable"


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into unit-length vectors of a fixed dimension."""

    name: str
    dim: int

    def embed(self, texts: list[str]) -> list[list[float]]: ...


class SentenceTransformerEmbedder:
    """A local sentence-transformers model on the CPU; vectors are normalised for cosine search."""

    def __init__(self, model_path: Path, batch_size: int = 32):
        # retrieval must not import assistant (layering), so it sets the offline switches it relies on itself.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer  # heavy import, only when a model is configured
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # a server log is no place for "Loading weights" bars

        try:
            self._model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)
        except (OSError, ValueError) as error:
            raise EmbeddingModelUnavailable(f"向量模型不可用：无法加载 {model_path}（{error}）") from error
        self.name = model_path.name
        self.dim = int(self._model.get_embedding_dimension() or 0)
        self._batch_size = batch_size

    def embed(self, texts: list[str]) -> list[list[float]]:
        """One normalised vector per passage, in order (the model's "document" prompt, if it has one)."""
        if not texts:
            return []
        vectors = self._model.encode_document(
            texts, batch_size=self._batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        """A question's vector; retrieval models such as bge / e5 prefix queries differently from passages."""
        vector = self._model.encode_query([text], normalize_embeddings=True, show_progress_bar=False)
        return vector[0].tolist()


def load_embedder(model_path: str | os.PathLike[str]) -> Embedder | None:
    """The model at a local path, or None for "" (lexical search only)."""
    if not str(model_path).strip():
        return None
    path = Path(model_path).expanduser()
    if not path.is_dir():
        raise EmbeddingModelUnavailable(
            f"向量模型不可用：目录不存在：{model_path}。请设置 PA_EMBEDDING_MODEL 为本地模型目录，或留空只用关键词检索。"
        )
    return SentenceTransformerEmbedder(path)
