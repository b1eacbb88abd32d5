"""Retrieval over the five shipped documents, parsed by the real corpus pipeline."""

from __future__ import annotations

import pytest

from retrieval.chunks import chunk_document
from retrieval.index import IndexCorrupt, SearchIndex


def test_item_title_query_returns_the_xiangxi_item_first(shipped_index):
    top = shipped_index.search("精准开发招商项目", k=5)[0]
    assert top.chunk.doc_id.startswith("000_")
    assert top.chunk.section == "二/(三)"
    assert "州商务局、州发改委" in top.chunk.quote


def test_foreign_capital_filtered_to_xiangxi_only_returns_xiangxi_chunks(shipped_index):
    hits = shipped_index.search("外资", k=10, jurisdictions=["湘西州"])
    assert hits and all(h.chunk.doc_id.startswith("000_") for h in hits)
    assert any("实际使用外商直接投资金额超过3000万美元" in h.chunk.quote for h in hits)


def test_changsha_filter_covers_both_changsha_documents(shipped_index):
    hits = shipped_index.search("招商引资考核", k=20, jurisdictions=["长沙市"])
    assert {h.chunk.doc_id[:3] for h in hits} == {"001", "004"}


def test_a_question_about_a_target_finds_the_target_passage_of_the_named_place(shipped_index):
    top = shipped_index.search("永州实际使用外资要完成多少", k=3)[0]
    assert top.chunk.doc_id.startswith("003_")
    assert "3500万美元" in top.chunk.quote


def test_every_shipped_chunk_quotes_its_document_exactly(shipped_docs):
    for doc in shipped_docs.values():
        chunks = chunk_document(doc)
        assert chunks
        for chunk in chunks:
            assert doc.text[chunk.start : chunk.end] == chunk.quote
            assert len(chunk.quote) <= 400


def test_long_shipped_item_split_into_pieces_keeps_its_heading(xiangxi):
    pieces = [c for c in chunk_document(xiangxi, max_chars=150) if c.section == "二/(三)"]
    assert len(pieces) >= 3
    for piece in pieces:
        assert xiangxi.text[piece.start : piece.end] == piece.quote
        assert "二、重点工作 > (三)精准开发招商项目" in piece.text.splitlines()[0]


def test_compiled_plans_keep_their_own_plan_name_in_the_heading_path(changsha_plans):
    paths = {c.heading_path.split(" > ")[0] for c in chunk_document(changsha_plans) if c.task_index >= 0}
    assert {"长沙市对外贸易行动方案", "长沙市企业“走出去”行动方案", "长沙市招商引资行动方案"} <= paths


def test_table_rows_carry_the_table_header(yongzhou):
    rows = [c for c in chunk_document(yongzhou) if c.task_index >= 0 and "绘链精准招商" in c.heading_path]
    assert rows
    assert "重点任务 | 工作要点 | 具体举措 | 责任单位" in rows[0].text
    assert not [c for c in chunk_document(yongzhou) if c.quote.startswith("重点任务 | 工作要点")]


def test_shipped_index_answers_identically_after_reopening(shipped_index):
    reopened = SearchIndex.open(shipped_index.directory.parent.parent)
    for query in ["以商招商大使", "跨境电商", "季度互访"]:
        assert [h.chunk.chunk_id for h in reopened.search(query)] == [
            h.chunk.chunk_id for h in shipped_index.search(query)
        ]


class _DyingEmbedder:
    name = "dying"
    dim = 4

    def embed(self, texts: list[str]) -> list[list[float]]:
        raise MemoryError("killed while embedding")


def test_crash_while_rebuilding_the_shipped_corpus_keeps_the_old_index_answering(shipped_docs, tmp_path):
    first = SearchIndex.build([d for k, d in shipped_docs.items() if k.startswith("000_")], tmp_path)
    with pytest.raises(MemoryError):
        SearchIndex.build(list(shipped_docs.values()), tmp_path, embedder=_DyingEmbedder())
    survivor = SearchIndex.open(tmp_path)
    assert survivor.version == first.version
    assert survivor.search("精准开发招商项目")[0].chunk.section == "二/(三)"


def test_a_current_pointer_to_a_deleted_version_is_corrupt(shipped_docs, tmp_path):
    index = SearchIndex.build([next(iter(shipped_docs.values()))], tmp_path)
    for path in sorted(index.directory.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    index.directory.rmdir()
    with pytest.raises(IndexCorrupt):
        SearchIndex.open(tmp_path)
