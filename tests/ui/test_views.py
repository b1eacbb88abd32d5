"""What the page shows is built from document text, so markup in a document must arrive as plain text."""

from __future__ import annotations

from assistant.answer import Answer, Citation
from corpus.model import DocumentMeta, PolicyDocument
from ui.web.views import chat_reply, sources_html, unit_summary

HOSTILE = '（一）建设<img src="http://example.com/x.png" onerror="alert(1)">产业园。（责任单位：县商务局）'


def _document() -> PolicyDocument:
    text = "前言。" + HOSTILE + "后文。"
    return PolicyDocument(
        doc_id="d1", source_name="d1.txt", meta=DocumentMeta(title="<b>方案</b>"), text=text
    )


def _answer(doc: PolicyDocument) -> Answer:
    start = doc.text.index(HOSTILE)
    citation = Citation("d1", "<b>方案</b>", "一/(一)", HOSTILE, start, start + len(HOSTILE))
    return Answer(question="谁牵头？", answer=f"牵头单位是县商务局。{HOSTILE}", abstained=False,
                  citations=(citation,), lead_unit="县商务局", units=("县商务局",))  # fmt: skip


def test_sources_escape_markup_and_mark_the_quote_inside_its_context():
    doc = _document()
    html = sources_html(_answer(doc), {"d1": doc})
    assert "<img" not in html and "&lt;img" in html
    assert "&lt;b&gt;方案&lt;/b&gt;" in html
    assert html.index("前言。") < html.index("<mark>") < html.index("后文。")


def test_the_chat_reply_puts_the_lead_unit_first_and_escapes_document_text():
    reply = chat_reply(_answer(_document()))
    assert reply.startswith("**牵头单位：县商务局**")
    assert "<img" not in reply


def test_a_quote_whose_offsets_do_not_match_is_shown_alone():
    doc = _document()
    answer = _answer(doc)
    moved = Answer(question="q", answer="a", abstained=False,
                   citations=(Citation("d1", "t", "s", answer.citations[0].quote, 0, 5),))  # fmt: skip
    html = sources_html(moved, {"d1": doc})
    assert "前言。" not in html and "<mark>" in html


def test_an_abstention_says_there_is_no_source():
    html = sources_html(Answer(question="q", answer="文件中没有找到", abstained=True), {})
    assert "没有找到可引用的原文" in html


def test_a_unit_summary_counts_lead_and_cooperating_rows():
    class Row:
        def __init__(self, role):
            self.role = role

    assert (
        unit_summary("州工信局", [Row("lead"), Row("cooperating"), Row("cooperating")])
        == "州工信局：牵头 1 项，配合 2 项"
    )
