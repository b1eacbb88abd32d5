"""Where the drafts' policy documents come from: the document store, or the shipped corpus when it is empty."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.answer import Answer
from corpus.errors import CorpusError
from corpus.model import PolicyDocument
from corpus.store import DocumentStore


def policy_documents(data_dir: Path, corpus_dir: Path) -> list[PolicyDocument]:
    """Stored documents; if none are stored yet, the corpus folder parsed on the fly (unreadable files skipped)."""
    store = DocumentStore(Path(data_dir))
    if not store.is_empty():
        return store.documents()
    try:
        from corpus.pipeline import parse_file
    except ImportError:  # the parser is not part of this build yet
        return []
    documents = []
    folder = Path(corpus_dir)
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.is_file() and not path.name.startswith("."):
            try:
                documents.append(parse_file(path))
            except CorpusError:
                continue
    return documents


def assistant_ask(settings: object) -> Callable[[str], Answer] | None:
    """``Assistant.ask`` when the answering layer is present and builds from settings; otherwise None."""
    try:
        from assistant.assistant import Assistant
    except ImportError:
        return None
    factory = getattr(Assistant, "from_settings", None)
    if factory is None:
        return None
    try:
        return factory(settings).ask
    except Exception:  # noqa: BLE001 - no assistant means the task-record fallback, which is always available
        return None
