"""Policy documents for the drafting tests.

When the lead's parser (corpus.pipeline) is present the shipped corpus goes through it. Until then the 湘西 plan
is structured here by a small reader of its own conventions — "(三)标题。正文(责任单位:甲、乙…。列第一的为牵头
单位)" — which is enough to exercise the policy-basis selection on real text; the other documents are kept as
plain text so the sentence fallback is exercised too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.model import DocumentMeta, PolicyDocument, Section, Task

CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus" / "documents"
XIANGXI = "000_43f5855859a223cb"
XIANGXI_TITLE = "湘西自治州优势产业精准招商行动计划(2023-2025年)"

_PART = re.compile(r"^([一二三四五六七八九十]+)、(.+)$", re.M)
_ITEM = re.compile(r"^\(([一二三四五六七八九十]+)\)([^。\n]*)。", re.M)
_DUTY = re.compile(r"[（(]责任单位[:：]([^)）]*?)(?:。列第一的为牵头单位,下同。)?[)）]")


def _structure_xiangxi(doc_id: str, text: str) -> PolicyDocument:
    parts = list(_PART.finditer(text))
    items = list(_ITEM.finditer(text))
    sections, tasks = [], []
    for i, part in enumerate(parts):
        end = parts[i + 1].start() if i + 1 < len(parts) else len(text)
        sections.append(Section(part.group(1), part.group(1), part.group(2), 1, part.start(), end))
    for item in items:
        line_end = text.find("\n", item.start())
        end = line_end if line_end >= 0 else len(text)
        part = next(p for p in reversed(parts) if p.start() < item.start())
        section_id = f"{part.group(1)}/({item.group(1)})"
        sections.append(Section(section_id, f"({item.group(1)})", item.group(2), 2, item.start(), end))
        duty = _DUTY.search(text, item.start(), end)
        units: tuple[str, ...] = ()
        if duty:
            units = tuple(u for u in re.split(r"[、,，]", duty.group(1).rstrip("。")) if u)
        tasks.append(
            Task(
                doc_id=doc_id,
                section=section_id,
                label=f"({item.group(1)})",
                title=item.group(2),
                body=text[item.end() : duty.start() if duty else end],
                units=units,
                lead_units=units[:1],
                cooperating_units=units[1:],
                lead_basis="document_rule" if units else "",
                deadline="",
                targets=(),
                quote=text[item.start() : end],
                start=item.start(),
                end=end,
                heading_path=part.group(0),
            )
        )
    meta = DocumentMeta(title=XIANGXI_TITLE, issuer="湘西自治州人民政府办公室", jurisdiction="湘西州")
    return PolicyDocument(doc_id, f"{doc_id}.txt", meta, text, tuple(sections), tuple(tasks))


def load_corpus() -> list[PolicyDocument]:
    try:
        from corpus.pipeline import parse_file
    except ImportError:
        parse_file = None
    docs = []
    for path in sorted(CORPUS_DIR.glob("*.txt")):
        if parse_file is not None:
            docs.append(parse_file(path))
            continue
        text = path.read_text(encoding="utf-8")
        if path.stem == XIANGXI:
            docs.append(_structure_xiangxi(path.stem, text))
        else:
            first_line = text.strip().splitlines()[0][:60]
            docs.append(PolicyDocument(path.stem, path.name, DocumentMeta(title=first_line), text))
    return docs


@pytest.fixture(scope="session")
def corpus_documents() -> list[PolicyDocument]:
    return load_corpus()


@pytest.fixture(scope="session")
def xiangxi(corpus_documents) -> PolicyDocument:
    return next(d for d in corpus_documents if d.doc_id == XIANGXI)
