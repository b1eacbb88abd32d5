"""The plain RAG baseline is a real langchain splitter + Chroma + MiniLM pipeline whose citations are exact."""

import pytest

from evals.baseline import PlainRag


@pytest.mark.slow  # loads MiniLM and builds a Chroma store: seconds, not milliseconds
def test_plain_rag_answers_with_its_top_chunk_and_cites_it_exactly(workspace, tmp_path):
    # One document keeps the embedding cost small; the pipeline is the same as in `assistant eval`.
    rag = PlainRag([workspace.document("000_43f5855859a223cb")], tmp_path / "chroma", k=4)
    answer = rag.ask("精准开发招商项目")
    assert not answer.abstained
    citation = answer.citations[0]
    assert citation.quote == answer.answer
    doc = workspace.document(citation.doc_id)
    assert doc.text[citation.start : citation.end] == citation.quote
    # A plain pipeline never declines, whatever is asked.
    assert not rag.ask("杭州的招商引资政策有哪些").abstained
