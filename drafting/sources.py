"""Where a draft's policy documents and its ``ask`` come from, given the settings.

With the answering layer present (assistant.answering / assistant.workspace) the drafts use the same workspace
as ``python -m assistant ask``: its documents and ``Assistant.ask``. Without it, the document store, or the
shipped corpus parsed on the fly when the store is empty; the policy basis then comes from task records.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from assistant.answer import Answer
from corpus.errors import CorpusError
from corpus.model import PolicyDocument
from corpus.store import DocumentStore

Ask = Callable[[str], Answer]


def _notify(message: str) -> None:
    print(message, file=sys.stderr)


def policy_documents(data_dir: Path, corpus_dir: Path) -> list[PolicyDocument]:
    """Stored documents; if none are stored yet, the corpus folder parsed on the fly (unreadable files skipped)."""
    store = DocumentStore(Path(data_dir))
    if not store.is_empty():
        return store.documents()
    try:
        from corpus.pipeline import parse_file
    except ImportError:  # a build without the parser
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


def drafting_sources(
    settings, notify: Callable[[str], None] = _notify
) -> tuple[list[PolicyDocument], Ask | None]:
    """The documents to quote and, when the answering layer is available, its ``ask``."""
    try:
        from assistant.answering import Assistant
        from assistant.workspace import Workspace
    except ImportError:
        return policy_documents(settings.data_dir, settings.corpus_dir), None
    try:
        workspace = Workspace(settings, notify=notify)
        workspace.ensure_ready()
        return list(workspace.documents), Assistant(workspace).ask
    except Exception as exc:  # noqa: BLE001 - the task-record basis needs no index; say so and carry on
        notify(f"提示：问答检索不可用（{type(exc).__name__}），政策依据改由任务记录直接选取。")
        return policy_documents(settings.data_dir, settings.corpus_dir), None
