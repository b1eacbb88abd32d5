"""The search index: finds items by their words, filters before truncating, survives reopen and crashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.index import (
    IndexCorrupt,
    IndexMissing,
    IndexOutdated,
    SearchIndex,
    documents_signature,
)
from tests.retrieval.conftest import changsha_plan, make_document, xiangxi_plan


def test_query_with_an_item_title_returns_that_item_first(hand_index):
    top = hand_index.search("精准开发招商项目", k=5)[0]
    assert top.chunk.section == "二/(三)"
    assert top.chunk.doc_id.startswith("000_")
    assert top.lexical_rank == 1 and top.dense_rank is None


def test_reworded_question_still_finds_the_item(hand_index):
    top = hand_index.search("招商项目开发由谁牵头", k=3)[0]
    assert top.chunk.heading_path.endswith("(三)精准开发招商项目")


def test_jurisdiction_filter_returns_only_that_places_chunks(hand_index):
    hits = hand_index.search("外资", k=10, jurisdictions=["湘西州"])
    assert hits
    assert all(h.chunk.doc_id.startswith("000_") for h in hits)
    changsha = hand_index.search("外资", k=10, jurisdictions=["长沙市"])
    assert {h.chunk.doc_id for h in changsha} == {"900_changsha"}


def test_filters_apply_before_top_k_so_weaker_matches_are_not_lost(hand_index):
    # Unfiltered, 长沙's two 外资 chunks outrank everything; a k=1 search limited to 湘西 must still answer.
    unfiltered = hand_index.search("扩大利用外资", k=1)
    assert unfiltered[0].chunk.doc_id == "900_changsha"
    filtered = hand_index.search("扩大利用外资", k=1, doc_ids=[xiangxi_plan().doc_id])
    assert len(filtered) == 1 and filtered[0].chunk.doc_id.startswith("000_")


def test_filters_combine_and_unknown_values_give_no_hits(hand_index):
    assert hand_index.search("外资", doc_ids=["900_changsha"], jurisdictions=["湘西州"]) == []
    assert hand_index.search("外资", jurisdictions=["咸宁市"]) == []
    assert hand_index.search("外资", doc_ids=[]) == []


def test_a_single_string_filter_means_that_one_value(hand_index):
    hits = hand_index.search("外资", jurisdictions="长沙市")
    assert hits and {h.chunk.jurisdiction for h in hits} == {"长沙市"}


def test_a_question_with_no_indexed_words_gets_no_hits(hand_index):
    assert hand_index.search("的是什么？") == []
    assert hand_index.search("   ") == []


def test_hits_point_at_exact_document_text(hand_index, hand_documents):
    texts = {d.doc_id: d.text for d in hand_documents}
    for hit in hand_index.search("招商引资项目", k=20):
        assert texts[hit.chunk.doc_id][hit.chunk.start : hit.chunk.end] == hit.chunk.quote


def test_index_answers_the_same_after_reopening(hand_index):
    reopened = SearchIndex.open(hand_index.directory.parent.parent)
    assert reopened.chunks == hand_index.chunks
    assert reopened.documents_signature == hand_index.documents_signature
    before = [h.chunk.chunk_id for h in hand_index.search("以商招商大使")]
    assert [h.chunk.chunk_id for h in reopened.search("以商招商大使")] == before


def test_signature_changes_when_a_document_changes(hand_documents):
    assert documents_signature(hand_documents) == documents_signature(list(reversed(hand_documents)))
    assert documents_signature(hand_documents) != documents_signature(hand_documents[:1])


def test_opening_an_empty_directory_says_the_index_is_missing(tmp_path):
    with pytest.raises(IndexMissing):
        SearchIndex.open(tmp_path)


def test_rebuild_switches_to_the_new_documents_and_prunes_old_versions(tmp_path):
    SearchIndex.build([xiangxi_plan()], tmp_path)
    SearchIndex.build([changsha_plan()], tmp_path)
    latest = SearchIndex.build([xiangxi_plan(), changsha_plan()], tmp_path)
    assert {c.doc_id for c in SearchIndex.open(tmp_path).chunks} == {"900_changsha", xiangxi_plan().doc_id}
    versions = sorted(p.name for p in (tmp_path / "versions").iterdir())
    assert len(versions) == 2 and latest.version in versions


class _FailingEmbedder:
    """An embedding model that dies part-way through a build (as an out-of-memory kill would)."""

    name = "failing"
    dim = 3

    def __init__(self):
        self.calls = 0

    def embed(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        raise RuntimeError("embedding model crashed")


def test_a_build_that_crashes_midway_leaves_the_previous_version_answering(tmp_path):
    SearchIndex.build([changsha_plan()], tmp_path)
    embedder = _FailingEmbedder()
    with pytest.raises(RuntimeError):
        SearchIndex.build([xiangxi_plan(), changsha_plan()], tmp_path, embedder=embedder)
    assert embedder.calls == 1  # the BM25 files and chunks were already written when it died
    index = SearchIndex.open(tmp_path)
    assert {c.doc_id for c in index.chunks} == {"900_changsha"}
    assert index.search("扩大利用外资")[0].chunk.doc_id == "900_changsha"
    assert not [p for p in (tmp_path / "versions").iterdir() if p.name.startswith(".building")]


def test_a_garbled_current_pointer_is_reported_as_corrupt(tmp_path):
    SearchIndex.build([changsha_plan()], tmp_path)
    (tmp_path / "CURRENT").write_text("../../etc")
    with pytest.raises(IndexCorrupt):
        SearchIndex.open(tmp_path)


@pytest.mark.parametrize("lost", ["chunks.json", "manifest.json", "bm25"])
def test_missing_index_files_are_reported_as_corrupt(tmp_path, lost):
    index = SearchIndex.build([changsha_plan()], tmp_path)
    target = index.directory / lost
    if target.is_dir():
        for child in target.iterdir():
            child.unlink()
        target.rmdir()
    else:
        target.unlink()
    with pytest.raises(IndexCorrupt) as raised:
        SearchIndex.open(tmp_path)
    assert "重建索引" in raised.value.message


def test_truncated_chunks_file_is_reported_as_corrupt(tmp_path):
    index = SearchIndex.build([changsha_plan()], tmp_path)
    path: Path = index.directory / "chunks.json"
    path.write_text(path.read_text()[:100])
    with pytest.raises(IndexCorrupt):
        SearchIndex.open(tmp_path)


class _TinyEmbedder:
    name = "tiny"
    dim = 2

    def embed(self, texts: list[str]) -> list[list[float]]:
        return [[1.0, 0.0] for _ in texts]


def test_opening_a_lexical_index_with_an_embedder_asks_for_a_rebuild(tmp_path):
    SearchIndex.build([changsha_plan()], tmp_path)
    with pytest.raises(IndexOutdated):
        SearchIndex.open(tmp_path, embedder=_TinyEmbedder())


def test_an_index_of_no_documents_opens_and_finds_nothing(tmp_path):
    SearchIndex.build([], tmp_path)
    index = SearchIndex.open(tmp_path)
    assert index.chunks == () and index.search("外资") == []


def test_a_document_without_numbered_items_is_searchable_as_passages(tmp_path):
    doc = make_document(
        "700_plain", "株洲市", "通知", "关于做好外资招引工作的通知\n请各单位加大外资招引力度。\n"
    )
    hits = SearchIndex.build([doc], tmp_path).search("外资招引")
    assert hits and all(h.chunk.task_index == -1 for h in hits)
    assert "加大外资招引力度" in "".join(h.chunk.quote for h in hits)
