"""Chunking keeps items whole, splits long ones on sentence ends, and never loses an exact offset."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.model import DocumentMeta, PolicyDocument, Section, Task
from retrieval.chunks import chunk_document
from tests.retrieval.conftest import make_document, xiangxi_plan


def test_each_task_item_becomes_a_chunk_headed_by_its_section_path():
    doc = xiangxi_plan()
    chunks = chunk_document(doc)
    item = next(c for c in chunks if c.section == "二/(三)")
    assert item.task_index == 2
    assert doc.tasks[item.task_index].title == "精准开发招商项目"
    assert item.heading_path == "二、重点工作 > (三)精准开发招商项目"
    assert item.quote.startswith("(三)精准开发招商项目。")
    assert item.quote.endswith("列第一的为牵头单位,下同。)")
    assert "二、重点工作 > (三)精准开发招商项目" in item.text.splitlines()[0]


def test_every_chunk_quote_is_exactly_the_document_text_at_its_offsets():
    doc = xiangxi_plan()
    for chunk in chunk_document(doc):
        assert doc.text[chunk.start : chunk.end] == chunk.quote
        assert chunk.quote.strip() == chunk.quote and chunk.quote


def test_long_item_is_split_on_sentence_ends_and_every_piece_keeps_its_heading():
    doc = xiangxi_plan()
    pieces = [c for c in chunk_document(doc, max_chars=120) if c.section == "二/(三)"]
    assert len(pieces) >= 3
    for piece in pieces:
        assert len(piece.quote) <= 120
        assert doc.text[piece.start : piece.end] == piece.quote
        assert "(三)精准开发招商项目" in piece.text.splitlines()[0]
    # Pieces end at a sentence or clause end, never in the middle of a word run.
    assert all(p.quote[-1] in "。；;，,、)" for p in pieces[:-1])
    # Together they cover the item from its label to the 责任单位 note.
    assert pieces[0].quote.startswith("(三)精准开发招商项目")
    assert "州商务局、州发改委" in pieces[-1].quote


def test_text_outside_any_task_becomes_passage_chunks():
    doc = xiangxi_plan()
    chunks = chunk_document(doc)
    passages = [c for c in chunks if c.task_index == -1]
    assert any("现印发给你们" in c.quote for c in passages)
    assert any("有效期至2025年12月" in c.quote for c in passages)
    # Bare headings are not chunks of their own: their words live in the items' heading paths.
    assert not any(c.quote == "二、重点工作" for c in chunks)


def test_chunk_ids_are_numbered_in_document_order_and_stable():
    doc = xiangxi_plan()
    first, second = chunk_document(doc), chunk_document(doc)
    assert [c.chunk_id for c in first] == [f"{doc.doc_id}#{n}" for n in range(len(first))]
    assert first == second
    assert [c.start for c in first] == sorted(c.start for c in first)


def test_table_row_chunk_carries_the_table_header_names():
    text = "责任清单\n重点任务\t工作要点\t具体举措\t责任单位\n建强产业链\t绘链精准招商\t梳理产业链图谱和招商目录。\t市商务局\n"
    row_start = text.index("建强产业链")
    row_end = text.index("市商务局") + len("市商务局")
    task = Task(
        doc_id="t",
        section="建强产业链",
        label="建强产业链",
        title="绘链精准招商",
        body="",
        units=("市商务局",),
        lead_units=("市商务局",),
        cooperating_units=(),
        lead_basis="single_unit",
        deadline="",
        targets=(),
        quote=text[row_start:row_end],
        start=row_start,
        end=row_end,
        kind="table_row",
    )
    section = Section("建强产业链", "建强产业链", "建强产业链", 5, row_start, row_end)
    doc = PolicyDocument(
        "t", "t.txt", DocumentMeta(title="清单", jurisdiction="永州市"), text, (section,), (task,)
    )
    row = next(c for c in chunk_document(doc) if c.task_index == 0)
    assert "重点任务 | 工作要点 | 具体举措 | 责任单位" in row.text
    assert row.quote == text[row_start:row_end]


_sentences = st.lists(
    st.text(alphabet="招商引资项目外资园区州市局。；，、 \n", min_size=1, max_size=60),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(body=_sentences, max_chars=st.integers(min_value=10, max_value=200))
def test_pieces_of_any_text_stay_within_the_limit_and_quote_exactly(body, max_chars):
    text = "一、重点工作\n(一)测试任务。" + "".join(body) + "\n"
    doc = make_document("h", "湘西州", "测试", text)
    for chunk in chunk_document(doc, max_chars=max_chars):
        assert doc.text[chunk.start : chunk.end] == chunk.quote
        assert 0 < len(chunk.quote) <= max_chars
