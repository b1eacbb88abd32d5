"""Answers, sources and task rows turned into what the page shows; everything from documents is HTML-escaped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from assistant.answer import Answer, Citation
from corpus.model import PolicyDocument, Role, Target
from corpus.tasks import TaskRow

# Characters of the document shown on each side of a quoted passage.
CONTEXT_CHARS = 80

TASK_COLUMNS = ["文件", "条目", "任务", "牵头单位", "配合单位", "时限", "指标", "本单位角色"]
ROLE_LABELS = {Role.LEAD: "牵头", Role.COOPERATING: "配合", "": ""}


def target_text(target: Target) -> str:
    """``到2025年 实际利用外资 超过 3000 万美元`` as the document states it."""
    year = f"{target.year}年 " if target.year else ""
    parts = [target.scope, target.metric, target.comparator, f"{target.value_text}{target.unit}"]
    return year + " ".join(p for p in parts if p)


def facts_markdown(answer: Answer) -> str:
    """The lead unit, other units and figures, set above the answer text so they are seen first."""
    lines = []
    if answer.lead_unit:
        lines.append(f"**牵头单位：{escape(answer.lead_unit)}**")
    others = [u for u in answer.units if u != answer.lead_unit]
    if others:
        lines.append(f"涉及单位：{escape('、'.join(others))}")
    if answer.targets:
        lines.append("**指标：" + escape("；".join(target_text(t) for t in answer.targets)) + "**")
    return "\n\n".join(lines)


def chat_reply(answer: Answer) -> str:
    """The assistant's chat message: key facts, the answer, and numbered source titles."""
    # Document text is escaped even here: the chat renders Markdown, and a document is not trusted markup.
    parts = [facts_markdown(answer), escape(answer.answer)]
    if answer.citations:
        refs = "；".join(
            f"[{n}]《{escape(c.doc_title)}》{escape(c.section)}" for n, c in enumerate(answer.citations, 1)
        )
        parts.append(f"出处：{refs}")
    return "\n\n".join(p for p in parts if p)


def _passage(citation: Citation, document: PolicyDocument | None) -> str:
    """The quote marked inside its surrounding text, when the document is at hand and the offsets agree."""
    quote = escape(citation.quote)
    if document is None or document.text[citation.start : citation.end] != citation.quote:
        return f"<mark>{quote}</mark>"
    before = document.text[max(0, citation.start - CONTEXT_CHARS) : citation.start]
    after = document.text[citation.end : citation.end + CONTEXT_CHARS]
    lead = "…" if citation.start > CONTEXT_CHARS else ""
    tail = "…" if citation.end + CONTEXT_CHARS < len(document.text) else ""
    return f"{lead}{escape(before)}<mark>{quote}</mark>{escape(after)}{tail}"


def sources_html(answer: Answer, documents: Mapping[str, PolicyDocument]) -> str:
    """One card per cited passage: document title, section, the quote highlighted in context."""
    if not answer.citations:
        note = "文件中没有找到可引用的原文。" if answer.abstained else "本回答没有引用原文。"
        return f'<div class="pa-sources"><p class="pa-empty">{escape(note)}</p></div>'
    cards = []
    for n, c in enumerate(answer.citations, 1):
        cards.append(
            '<div class="pa-source">'
            f'<div class="pa-source-head">[{n}] 《{escape(c.doc_title)}》 <span class="pa-section">'
            f"{escape(c.section)}</span></div>"
            f'<div class="pa-quote">{_passage(c, documents.get(c.doc_id))}</div>'
            "</div>"
        )
    return '<div class="pa-sources">' + "".join(cards) + "</div>"


def task_table(rows: Sequence[TaskRow]) -> list[list[str]]:
    """Rows for the task table, one per task, in TASK_COLUMNS order."""
    return [
        [
            r.doc_title,
            r.task.section,
            r.task.title,
            "、".join(r.task.lead_units),
            "、".join(r.task.cooperating_units),
            r.task.deadline,
            "；".join(target_text(t) for t in r.task.targets),
            ROLE_LABELS.get(r.role, r.role),
        ]
        for r in rows
    ]


def unit_summary(unit: str, rows: Sequence[TaskRow]) -> str:
    """``州工信局：牵头 N 项，配合 M 项`` for a unit filter (rows already filtered by that unit)."""
    lead = sum(1 for r in rows if r.role == "lead")
    cooperate = sum(1 for r in rows if r.role == Role.COOPERATING)
    return f"{unit}：牵头 {lead} 项，配合 {cooperate} 项"
