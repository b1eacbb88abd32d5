"""Answers, sources and task rows turned into what the page shows; everything from documents is HTML-escaped."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from html import escape

from assistant.answer import Answer, Citation, Intent
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
    """The lead unit, cooperating units and figures, set above the answer text so they are seen first."""
    lines = []
    if answer.lead_unit:
        lines.append(f"**牵头单位：{escape(answer.lead_unit)}**")
        others = [u for u in answer.units if u != answer.lead_unit]
        if others:
            lines.append(f"配合单位：{escape('、'.join(others))}")
    if answer.targets:
        lines.append("**指标：" + escape("；".join(target_text(t) for t in answer.targets)) + "**")
    return "\n\n".join(lines)


# An answer paragraph about one document starts "《title》（place）".
# A per-document paragraph names its document once as 《title》（place） — after the lead, which comes first.
_DOC_PARAGRAPH = re.compile(r"《(?P<title>[^》]+)》（(?P<place>[^）]{1,12})）")
# "…牵头的任务有：a；b，作为配合单位参与的任务有：c" — a second enumeration starts at "，作为".
_SECOND_LIST = re.compile(r"，(?=作为)")


def _listed(text: str) -> str:
    """A paragraph whose enumerations ("有：a；b；c", or several sentences of figures) become Markdown lists."""
    out: list[str] = []
    for segment in _SECOND_LIST.split(text):
        head, colon, rest = segment.partition("：")
        items = [i.strip().rstrip("。") for i in rest.split("；") if i.strip()]
        if not colon or len(items) < 2:
            items = [x.strip() for x in re.split(r"(?<=。)", rest) if x.strip()]
        if colon and len(items) >= 2:
            out.append(head + "：\n" + "\n".join(f"- {i}" for i in items))
        else:
            out.append(segment)
    return "\n\n".join(out)


def _leads_by_title(answer: Answer) -> dict[str, list[str]]:
    leads: dict[str, list[str]] = {}
    for f in answer.findings:
        names = leads.setdefault(f.doc_title, [])
        names += [u for u in f.lead_units if u not in names]
    return leads


def _unit_counts(answer: Answer, title: str) -> str:
    """``｜州商务局 牵头 8 项、配合 3 项`` for a unit's tasks in one document, from the answer's findings."""
    found = [f for f in answer.findings if f.doc_title == title]
    units = [u for u in answer.units if any(u in f.units or u in f.lead_units for f in found)]
    if not found or not units:
        return ""
    lead = sum(1 for f in found if set(units) & set(f.lead_units))
    parts = [f"牵头 {lead} 项"] if lead else []
    if len(found) > lead:
        parts.append(f"配合 {len(found) - lead} 项")
    return f"｜{'、'.join(units)} " + "、".join(parts)


def chat_reply(answer: Answer) -> str:
    """The assistant's chat message: per document a bold line named by place, the answer, then its sources.

    A document's title is cited once (in its paragraph); the sources line names places and sections only.
    """
    # Document text is escaped even here: the chat renders Markdown, and a document is not trusted markup.
    paragraphs = [p.strip() for p in answer.answer.split("\n") if p.strip()]
    per_document = bool(paragraphs) and all(_DOC_PARAGRAPH.search(p) for p in paragraphs)
    parts: list[str] = []
    if per_document:
        leads = _leads_by_title(answer)
        for paragraph in paragraphs:
            match = _DOC_PARAGRAPH.search(paragraph)
            place, title = match["place"], match["title"]
            names = leads.get(title, []) if answer.intent == Intent.LEAD else []
            head = f"{place}｜牵头单位：{'、'.join(names)}" if names else place
            if answer.intent == Intent.UNIT_TASKS:
                head = place + _unit_counts(answer, title)
            # The place is in the bold line already; the paragraph keeps the title (its one citation).
            body = paragraph[: match.start()] + f"《{title}》" + paragraph[match.end() :]
            parts.append(f"**{escape(head)}**\n\n{_listed(escape(body))}")
    else:
        parts.append(facts_markdown(answer))
        parts += [_listed(escape(p)) for p in paragraphs]
    if answer.citations:
        places = {m["title"]: m["place"] for m in map(_DOC_PARAGRAPH.search, paragraphs) if m}
        parts.append("出处：" + _references(answer.citations, places if per_document else None))
    return "\n\n".join(p for p in parts if p)


def _references(citations: Sequence[Citation], places: Mapping[str, str] | None) -> str:
    """``湘西州 [1] 二/(三)、[2] 二/(六)`` grouped per document: named by its place when the answer already
    cites its title, else by the title (once)."""
    # A section cited twice is listed once with both numbers: "[13][14] 三/(二)/3".
    groups: dict[str, dict[str, list[int]]] = {}
    for n, c in enumerate(citations, 1):
        groups.setdefault(c.doc_title, {}).setdefault(c.section, []).append(n)
    names = {t: (f"{escape(places[t])} " if places and t in places else f"《{escape(t)}》") for t in groups}
    return "；".join(
        names[title]
        + "、".join("".join(f"[{n}]" for n in ns) + f" {escape(sec)}" for sec, ns in secs.items())
        for title, secs in groups.items()
    )


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


# The register's columns: what was asked for first (任务, 牵头单位), the document as a group header instead.
REGISTER_COLUMNS = ("任务", "牵头单位", "配合单位", "时限", "指标")


def _cell(label: str, text: str, css: str = "") -> str:
    css = css if text else f"{css} pa-blank".strip()
    cls = f' class="{css}"' if css else ""
    return f'<td data-label="{label}"{cls}>{escape(text) if text else "—"}</td>'


def _targets_brief(targets: Sequence[Target], shown: int = 2) -> str:
    """The first targets as written, then how many more (the XLSX export has them all)."""
    text = "；".join(target_text(x) for x in targets[:shown])
    return text + (f"；等共 {len(targets)} 项指标" if len(targets) > shown else "")


def task_register_html(rows: Sequence[TaskRow], with_role: bool = False) -> str:
    """The task register as one HTML table: a header row per document (named by place), then its tasks.

    On a narrow screen the CSS turns each row into a card whose cells carry their column name.
    """
    if not rows:
        return '<div class="pa-register"><p class="pa-empty">没有找到符合条件的任务。</p></div>'
    columns = REGISTER_COLUMNS + (("本单位角色",) if with_role else ())
    head = "".join(f"<th>{c}</th>" for c in columns)
    body: list[str] = []
    current = None
    for r in rows:
        if r.doc_id != current:
            current = r.doc_id
            count = sum(1 for x in rows if x.doc_id == r.doc_id)
            place = f"{escape(r.jurisdiction)} · " if r.jurisdiction else ""
            body.append(
                f'<tr class="pa-doc-row"><th colspan="{len(columns)}">{place}《{escape(r.doc_title)}》'
                f'<span class="pa-count">{count} 项</span></th></tr>'
            )
        t = r.task
        label = f'<span class="pa-label">{escape(t.label)}</span>' if t.label else ""
        cells = [
            f'<td data-label="任务" class="pa-task">{label}{escape(t.title or t.body[:40])}</td>',
            _cell("牵头单位", "、".join(t.lead_units), "pa-lead"),
            _cell("配合单位", "、".join(t.cooperating_units), "pa-coop"),
            _cell("时限", t.deadline),
            _cell("指标", _targets_brief(t.targets)),
        ]
        if with_role:
            cells.append(_cell("本单位角色", ROLE_LABELS.get(r.role, str(r.role))))
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<div class="pa-register"><table><thead><tr>' + head + "</tr></thead><tbody>"
        + "".join(body) + "</tbody></table></div>"
    )  # fmt: skip


# Titles that are headings rather than tasks ("工作机制", "总体目标"), or start with a year or a number, make odd
# questions ("谁牵头工作机制？"): a title reads as a task when it is a plain phrase of 5–14 characters.
_ODD_TITLE = re.compile(r"^[\d一二三四五六七八九十（(]|[\d，,。“”\"《》：:、；;]|[A-Za-z]")


def reads_as_task(title: str) -> bool:
    """Whether "谁牵头{title}？" reads as a natural question."""
    return 5 <= len(title) <= 14 and not _ODD_TITLE.search(title)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def suggest_questions(
    question: str, titles: Sequence[str], limit: int = 3, answers: Callable[[str], bool] | None = None
) -> list[str]:
    """Up to ``limit`` "谁牵头{title}？" whose titles share the most character pairs with the question.

    ``answers``, when given, says whether a suggestion gets an answer; those that would not are skipped.
    """
    asked = _bigrams(re.sub(r"\W", "", question))
    scored = []
    for title in dict.fromkeys(t for t in titles if reads_as_task(t)):
        shared = len(asked & _bigrams(title))
        if shared:
            scored.append((-shared, -len(set(question) & set(title)) / len(title), title))
    found: list[str] = []
    for *_, title in sorted(scored):
        suggestion = f"谁牵头{title}？"
        if answers is None or answers(suggestion):
            found.append(suggestion)
        if len(found) == limit:
            break
    return found
