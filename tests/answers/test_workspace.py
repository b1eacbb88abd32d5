"""The workspace ingests an empty data dir, opens the index, and rebuilds it when it is missing or broken."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.answering import Assistant
from assistant.settings import load_settings
from assistant.workspace import Workspace

SHIPPED = Path(__file__).resolve().parents[2] / "corpus" / "documents"


def _one_document_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SHIPPED / "000_43f5855859a223cb.txt", corpus)
    return corpus


def test_an_empty_data_dir_is_filled_from_the_corpus_dir(tmp_path):
    messages: list[str] = []
    settings = load_settings(data_dir=tmp_path / "data", corpus_dir=_one_document_corpus(tmp_path))
    workspace = Workspace(settings, notify=messages.append)
    workspace.ensure_ready()
    assert [d.doc_id for d in workspace.documents] == ["000_43f5855859a223cb"]
    assert workspace.documents[0].jurisdiction == "湘西州"
    assert any("导入" in m for m in messages) and any("建立" in m for m in messages)
    assert workspace.index.search("精准开发招商项目", k=1)[0].chunk.doc_id == "000_43f5855859a223cb"


def test_a_corrupt_index_is_rebuilt_with_a_message(tmp_path):
    settings = load_settings(data_dir=tmp_path / "data", corpus_dir=_one_document_corpus(tmp_path))
    Workspace(settings, notify=lambda _: None).ensure_ready()
    (tmp_path / "data" / "index" / "CURRENT").write_text("../../etc", encoding="utf-8")
    messages: list[str] = []
    workspace = Workspace(settings, notify=messages.append)
    workspace.ensure_ready()
    assert any("损坏" in m and "重建" in m for m in messages)
    assert workspace.index.search("产业链招商", k=1)


def test_reindex_picks_up_a_deleted_document(tmp_path):
    corpus = _one_document_corpus(tmp_path)
    shutil.copy(SHIPPED / "003_adeb8948083e6e68.txt", corpus)
    settings = load_settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    workspace = Workspace(settings, notify=lambda _: None)
    workspace.ensure_ready()
    assert len(workspace.documents) == 2
    workspace.store.delete("003_adeb8948083e6e68")
    workspace.reindex()
    assert [d.doc_id for d in workspace.documents] == ["000_43f5855859a223cb"]
    assert {h.chunk.doc_id for h in workspace.index.search("外资", k=20)} == {"000_43f5855859a223cb"}
    assert "永州市" not in workspace.vocabulary.all_jurisdictions()


def test_records_from_an_older_parser_are_reparsed_from_their_sources_at_start(tmp_path):
    import dataclasses

    from corpus.pipeline import PARSER_VERSION
    from corpus.store import DocumentStore

    settings = load_settings(data_dir=tmp_path / "data")
    Workspace(settings, notify=lambda _: None).ensure_ready()
    record = next((tmp_path / "data" / "documents").glob("000_*.json"))
    # Written through the store: a record edited by hand fails its checksum and is rebuilt as damaged.
    store = DocumentStore(tmp_path / "data")
    stale = dataclasses.replace(store.get(record.stem), parser_version=PARSER_VERSION - 1, tasks=())
    store.save(stale)  # what an older parser might have missed

    messages: list[str] = []
    workspace = Workspace(settings, notify=messages.append)
    workspace.ensure_ready()
    assert any("重新解析 1 份" in m for m in messages)
    xiangxi = workspace.document(record.stem)
    assert xiangxi.parser_version == PARSER_VERSION and xiangxi.tasks
    assert Assistant(workspace).ask("谁牵头精准开发招商项目").lead_unit == "州商务局"
