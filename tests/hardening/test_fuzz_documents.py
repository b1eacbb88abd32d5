"""A fuzzer over document structure through the parse worker: every input is a document or a Chinese refusal.

Hypothesis draws .docx bodies (paragraphs, tables nested at random depth, w:gridSpan / w:vMerge attribute values
of any text, sizes), HTML pages (nesting, colspan / rowspan values) and PDFs (text, objects, byte damage). The
worker must answer each one with a PolicyDocument or a PolicyAssistantError, and still parse a plan afterwards:
whatever a document does stays inside the worker.
"""

from __future__ import annotations

from html import escape as html_escape
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.big_docs import package
from corpus.errors import PolicyAssistantError
from corpus.model import PolicyDocument
from corpus.worker import ParseWorker, WorkerLimits
from tests.corpus.test_loaders import minimal_pdf

pytestmark = pytest.mark.slow

PLAN = "某某县招商工作要点\n一、重点任务\n(一)建设飞地园区。推进飞地园区建设。(责任单位:县商务局、县发改局)\n"
FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_text = st.text(
    alphabet=st.sampled_from(
        "招商引资项目建设县商务局牵头责任单位一二三、()（）1234567890.。，:：\t <>&\"'abcXYZ"
    ),
    max_size=40,
)
_attribute = st.one_of(
    st.integers(-(10**12), 10**12).map(str),
    st.sampled_from(
        ["", " ", "abc", "1.5", "²", "0x10", "NaN", "-1", "99999999999999999999", "continue", "restart"]
    ),
    st.text(max_size=12),
)


def _docx_cell(draw, depth: int) -> str:
    props = ""
    if draw(st.booleans()):
        props = f"<w:tcPr><w:gridSpan w:val={quoteattr(_xml_safe(draw(_attribute)))}/>"
        if draw(st.booleans()):
            props += f"<w:vMerge w:val={quoteattr(_xml_safe(draw(_attribute)))}/>"
        props += "</w:tcPr>"
    inner = ""
    if depth > 0 and draw(st.integers(0, 3)) == 0:
        inner = _docx_table(draw, depth - 1)
    return f"<w:tc>{props}<w:p><w:r><w:t>{xml_escape(_xml_safe(draw(_text)))}</w:t></w:r></w:p>{inner}</w:tc>"


def _docx_table(draw, depth: int) -> str:
    rows = draw(st.integers(0, 4))
    cols = draw(st.integers(0, 4))
    body = "".join(
        "<w:tr>" + "".join(_docx_cell(draw, depth) for _ in range(cols)) + "</w:tr>" for _ in range(rows)
    )
    return f"<w:tbl>{body}</w:tbl>"


def _xml_safe(text: str) -> str:
    return "".join(
        ch for ch in text if ch in "\t\n\r" or (" " <= ch <= "\ud7ff") or ("\ue000" <= ch <= "\ufffd")
    )


@st.composite
def docx_documents(draw) -> bytes:
    parts = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["p", "p", "tbl", "tbl", "deep", "raw"]))
        if kind == "p":
            parts.append(f"<w:p><w:r><w:t>{xml_escape(_xml_safe(draw(_text)))}</w:t></w:r></w:p>")
        elif kind == "tbl":
            parts.append(_docx_table(draw, draw(st.integers(0, 6))))
        elif kind == "deep":
            depth = draw(st.sampled_from([5, 50, 255, 300]))
            parts.append("<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth)
        else:  # markup that may not even be well-formed
            parts.append(
                draw(st.sampled_from(["<w:p>", "</w:tbl>", "<w:t>&bogus;</w:t>", "<!DOCTYPE x>", "\x00"]))
            )
    body = "".join(parts) * draw(st.sampled_from([1, 1, 1, 200]))
    data = package(body)
    if draw(st.integers(0, 3)) == 0:  # damage a byte of the package itself
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    return data


@st.composite
def html_documents(draw) -> bytes:
    def node(depth: int) -> str:
        tag = draw(st.sampled_from(["p", "div", "table", "tr", "td", "th", "span", "li", "script", "br"]))
        attrs = ""
        if tag in {"td", "th"}:
            attrs = f' colspan="{html_escape(draw(_attribute))}" rowspan="{html_escape(draw(_attribute))}"'
        children = "".join(node(depth - 1) for _ in range(draw(st.integers(0, 3)))) if depth > 0 else ""
        return f"<{tag}{attrs}>{html_escape(draw(_text))}{children}</{tag}>"

    depth = draw(st.integers(0, 5))
    page = "<html><body>" + "".join(node(depth) for _ in range(draw(st.integers(1, 4)))) + "</body></html>"
    if draw(st.booleans()):
        page = "<div>" * draw(st.sampled_from([10, 300, 3000])) + page
    return page.encode(draw(st.sampled_from(["utf-8", "gb18030"])), errors="ignore")


@st.composite
def pdf_documents(draw) -> bytes:
    text = "".join(ch for ch in draw(_text) if ch.isascii() and ch not in "()\\")
    data = minimal_pdf(text)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
    if draw(st.booleans()):
        data = data.replace(b"/Count 1", b"/Count " + draw(_attribute).encode("utf-8", "ignore"))
    return data


@pytest.fixture(scope="module")
def worker():
    worker = ParseWorker(WorkerLimits(seconds=30, memory_mb=1024))
    yield worker
    worker.close()


def _parsed_or_refused(worker: ParseWorker, name: str, data: bytes) -> None:
    try:
        doc = worker.parse(name, data)
    except PolicyAssistantError as exc:
        assert exc.message and any("\u4e00" <= ch <= "\u9fff" for ch in exc.message), exc.message
        assert "Traceback" not in exc.message
    else:
        assert isinstance(doc, PolicyDocument)


@FUZZ
@given(data=docx_documents())
def test_any_docx_structure_is_parsed_or_refused_in_chinese(worker, data):
    _parsed_or_refused(worker, "fuzz.docx", data)


@FUZZ
@given(data=html_documents())
def test_any_html_structure_is_parsed_or_refused_in_chinese(worker, data):
    _parsed_or_refused(worker, "fuzz.html", data)


@FUZZ
@given(data=pdf_documents())
def test_any_pdf_structure_is_parsed_or_refused_in_chinese(worker, data):
    _parsed_or_refused(worker, "fuzz.pdf", data)


def test_the_worker_still_parses_a_plan_after_the_fuzzing(worker):
    assert worker.parse("飞地方案.txt", PLAN.encode()).tasks[0].lead_units == ("县商务局",)
