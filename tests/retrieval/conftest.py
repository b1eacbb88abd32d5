"""Fixtures for retrieval tests: policy documents built by hand from real text, and built indexes.

The documents are marked up by a deliberately tiny reader (一、 and (一) lines, 责任单位 lists) so these tests
do not depend on the corpus parser; tests over the shipped corpus use the real parser when it exists.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import assistant  # noqa: F401  (sets the offline switches before any model library is imported)
from corpus.model import DocumentMeta, PolicyDocument, Section, Task
from retrieval.index import SearchIndex

SHIPPED = Path(__file__).resolve().parents[2] / "corpus" / "documents"
_PART = re.compile(r"^([一二三四五六七八九十]+)、(.*)$")
_ITEM = re.compile(r"^\(([一二三四五六七八九十]+)\)([^。]*)。")
_UNITS = re.compile(r"[(（]责任单位[:：]([^)）]*)")


def make_document(doc_id: str, jurisdiction: str, title: str, text: str) -> PolicyDocument:
    """A PolicyDocument whose 一、 lines are parts and whose (一) lines are task items."""
    sections: list[Section] = []
    tasks: list[Task] = []
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    part_label, part_heading = "", ""
    parts = [(s, line) for s, _, line in lines if _PART.match(line)]
    for i, (start, line) in enumerate(parts):
        end = parts[i + 1][0] if i + 1 < len(parts) else len(text)
        label, heading = _PART.match(line).groups()
        sections.append(Section(label, label, heading, 1, start, end))
    for start, end, line in lines:
        if _PART.match(line):
            part_label, part_heading = _PART.match(line).groups()
            continue
        item = _ITEM.match(line)
        if not item:
            continue
        label, item_title = item.groups()
        section_id = f"{part_label}/({label})"
        sections.append(Section(section_id, f"({label})", item_title, 2, start, end))
        found = _UNITS.search(line)
        units = tuple(u for u in re.split(r"[、,，]", found.group(1).split("。")[0]) if u) if found else ()
        tasks.append(
            Task(
                doc_id=doc_id,
                section=section_id,
                label=f"({label})",
                title=item_title,
                body=line,
                units=units,
                lead_units=units[:1],
                cooperating_units=units[1:],
                lead_basis="document_rule" if units else "",
                deadline="",
                targets=(),
                quote=line,
                start=start,
                end=end,
                heading_path=f"{part_label}、{part_heading}",
            )
        )
    sections.sort(key=lambda s: (s.start, s.level))
    meta = DocumentMeta(title=title, jurisdiction=jurisdiction)
    return PolicyDocument(doc_id, f"{doc_id}.txt", meta, text, tuple(sections), tuple(tasks))


def xiangxi_plan() -> PolicyDocument:
    """The real 湘西 action plan text, marked up by the tiny reader."""
    path = next(SHIPPED.glob("000_*.txt"))
    return make_document(
        path.stem, "湘西州", "湘西自治州优势产业精准招商行动计划(2023-2025年)", path.read_text()
    )


CHANGSHA_TEXT = """长沙市招商引资三年行动方案
为加快建设内陆开放新高地,制定本方案。
一、工作目标
到2025年,全市实际使用外资超过30亿美元,引进世界500强企业投资项目20个以上。
二、重点任务
(一)强化产业链招商。围绕工程机械、电子信息等产业链,开展精准招商,每年引进产业链重大项目50个以上。(责任单位:市商务局、市发改委、市工信局)
(二)扩大利用外资。积极引进外资研发中心和地区总部,实际使用外资年均增长10%以上。(责任单位:市商务局、市财政局,各区县(市)人民政府)
(三)优化营商环境。深化放管服改革,推行项目代办服务,降低企业制度性交易成本。(责任单位:市发改委、市政务服务局)
"""


def changsha_plan() -> PolicyDocument:
    return make_document("900_changsha", "长沙市", "长沙市招商引资三年行动方案", CHANGSHA_TEXT)


@pytest.fixture(scope="session")
def hand_documents() -> list[PolicyDocument]:
    return [xiangxi_plan(), changsha_plan()]


@pytest.fixture(scope="session")
def hand_index(hand_documents, tmp_path_factory) -> SearchIndex:
    return SearchIndex.build(hand_documents, tmp_path_factory.mktemp("hand-index"))


@pytest.fixture(scope="session")
def shipped_index(workspace) -> SearchIndex:
    """The five shipped documents' index, as tests/conftest.py built it once for the run."""
    return workspace.index
