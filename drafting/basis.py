"""The 政策依据 of a draft: verbatim clauses of the corpus that call for this kind of document, with units.

``policy_basis(topic, documents, ask=None)`` asks the assistant when it is given one (``Assistant.ask``), and
otherwise — or when the assistant abstains or cites nothing checkable — selects from the documents' Task records
the items whose text shares the most keywords with the topic. Either way every quote is whole sentences and an
exact substring of its document: ``document.text[start:end] == quote``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answer import Answer
from assistant.llm import INSTRUCTION_LIKE
from corpus.conventions import BRACKETED_CLAUSE_OPEN
from corpus.model import PolicyDocument, Task
from corpus.text import SENTENCE as _SENTENCE

MAX_CLAUSES = 3
MIN_SCORE = 6.0  # one specific term (4+ characters, doubled as the anchor) or several shorter ones


@dataclass(frozen=True)
class BasisClause:
    """One quoted passage and the units responsible for it (lead units first)."""

    doc_id: str
    doc_title: str
    section: str  # the Section id, e.g. 二/(七)
    quote: str
    start: int
    end: int
    units: tuple[str, ...]
    lead_units: tuple[str, ...] = ()
    section_title: str = ""  # as a reader names it: (七)精准开展产业链招商
    part: str = ""  # the plan inside a compilation the clause belongs to, e.g. 长沙市招商引资行动方案


@dataclass(frozen=True)
class PolicyBasis:
    topic: str
    clauses: tuple[BasisClause, ...]
    source: str  # assistant / tasks / text / none

    @property
    def units(self) -> tuple[str, ...]:
        """Every responsible unit across the clauses, lead units first, each once."""
        seen: dict[str, None] = {}
        for clause in self.clauses:
            for unit in (*clause.lead_units, *clause.units):
                seen.setdefault(unit, None)
        return tuple(seen)

    @property
    def lead_units(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for clause in self.clauses:
            for unit in clause.lead_units:
                seen.setdefault(unit, None)
        return tuple(seen)


def topic_keywords(topic: str) -> tuple[str, ...]:
    """The topic's terms, split on spaces and Chinese enumeration marks; the first is the anchor."""
    return tuple(t for t in re.split(r"[\s,，、;；/]+", topic) if len(t) >= 2)


def _score(text: str, keywords: Sequence[str]) -> float:
    score = 0.0
    for i, keyword in enumerate(keywords):
        if keyword in text:
            score += len(keyword) * (2.0 if i == 0 else 1.0)
    return score


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of whole sentences (ending in 。；！？) inside text[start:end], surrounding blanks trimmed."""
    spans = []
    for match in _SENTENCE.finditer(text, start, end):
        s, e = match.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _best_sentences(
    doc: PolicyDocument, start: int, end: int, keywords: Sequence[str]
) -> list[tuple[int, int]]:
    """The sentences of a span that carry the topic, adjacent ones merged into one quote."""
    scored = []
    for s, e in _sentences(doc.text, start, end):
        sentence = doc.text[s:e]
        # An order addressed to a model is not policy: it must never be quoted into an official document.
        if BRACKETED_CLAUSE_OPEN.match(sentence) or INSTRUCTION_LIKE.search(sentence):
            continue
        scored.append((_score(sentence, keywords), s, e))
    if not scored:
        return []
    best = max(score for score, _, _ in scored)
    if best <= 0:
        return []
    chosen = sorted((s, e) for score, s, e in scored if score >= best * 0.6)[:2]
    merged: list[tuple[int, int]] = []
    for s, e in chosen:
        between = doc.text[merged[-1][1] : s] if merged else None
        if merged and between is not None and not between.strip() and "\n" not in between:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _section_title(doc: PolicyDocument, task: Task | None, section_id: str) -> str:
    if task is not None:
        return f"{task.label}{task.title}".strip()
    section = doc.section(section_id)
    return f"{section.label}{section.heading}" if section else ""


def _part(doc: PolicyDocument, section_id: str) -> str:
    top = doc.section(section_id.split("/")[0]) if section_id else None
    return top.heading if top is not None and top.level == 0 else ""


def _task_at(doc: PolicyDocument, start: int, end: int) -> Task | None:
    """The narrowest task whose evidence span holds [start, end)."""
    holding = [t for t in doc.tasks if t.start <= start and end <= t.end]
    return min(holding, key=lambda t: t.end - t.start, default=None)


def _section_at(doc: PolicyDocument, start: int) -> str:
    holding = [s for s in doc.sections if s.start <= start < s.end]
    deepest = max(holding, key=lambda s: (s.level, s.start), default=None)
    return deepest.id if deepest else ""


def _clause(doc: PolicyDocument, s: int, e: int) -> BasisClause:
    task = _task_at(doc, s, e)
    section = task.section if task else _section_at(doc, s)
    return BasisClause(
        doc_id=doc.doc_id,
        doc_title=doc.title,
        section=section,
        quote=doc.text[s:e],
        start=s,
        end=e,
        units=task.units if task else (),
        lead_units=task.lead_units if task else (),
        section_title=_section_title(doc, task, section),
        part=_part(doc, section),
    )


def _prefers(doc: PolicyDocument, prefer: str) -> bool:
    place = doc.jurisdiction.rstrip("州市县区省")
    return bool(prefer and place and place in prefer)


def _from_tasks(
    keywords: Sequence[str], documents: Sequence[PolicyDocument], prefer: str
) -> list[BasisClause]:
    ranked: list[tuple[float, PolicyDocument, int, int]] = []
    own = [doc for doc in documents if _prefers(doc, prefer)]
    # A letter from 长沙市商务局 rests on 长沙's documents only; quoting another city's plan would mislead.
    # Where the corpus holds nothing of the issuer's jurisdiction, every document competes.
    for doc in own or documents:
        spans = [(t.start, t.end) for t in doc.tasks] or [(0, len(doc.text))]
        for start, end in spans:
            for s, e in _best_sentences(doc, start, end, keywords):
                score = _score(doc.text[s:e], keywords)
                if score >= MIN_SCORE:
                    ranked.append((score, doc, s, e))
    if not ranked:
        return []
    ranked.sort(key=lambda item: (-item[0], item[1].doc_id, item[2]))
    top = ranked[0][0]
    clauses: list[BasisClause] = []
    per_doc: dict[str, int] = {}
    for score, doc, s, e in ranked:
        # One clause per document unless it is as strong as the best; weak echoes elsewhere are noise.
        if score < top * 0.5 or per_doc.get(doc.doc_id, 0) >= (2 if score >= top else 1):
            continue
        per_doc[doc.doc_id] = per_doc.get(doc.doc_id, 0) + 1
        clauses.append(_clause(doc, s, e))
        if len(clauses) >= MAX_CLAUSES:
            break
    return clauses


def _from_answer(
    answer: Answer, keywords: Sequence[str], documents: Sequence[PolicyDocument]
) -> list[BasisClause]:
    by_id = {doc.doc_id: doc for doc in documents}
    clauses = []
    for citation in answer.citations:
        doc = by_id.get(citation.doc_id)
        if doc is None:
            continue
        start, end = citation.start, citation.end
        if doc.text[start:end] != citation.quote:
            # Offsets from another version of the text: trust only an exact, unique re-location.
            found = doc.text.find(citation.quote) if citation.quote else -1
            if found < 0:
                continue
            start, end = found, found + len(citation.quote)
        # The assistant answers a question; the draft needs the clause on this topic. A citation whose
        # sentences do not carry the topic is not a basis, however well it answers.
        for s, e in _best_sentences(doc, start, end, keywords):
            if _score(doc.text[s:e], keywords) >= MIN_SCORE:
                clauses.append(_clause(doc, s, e))
    unique = {(c.doc_id, c.start, c.end): c for c in clauses}
    return list(unique.values())[:MAX_CLAUSES]


def policy_basis(
    topic: str,
    documents: Sequence[PolicyDocument],
    ask: Callable[[str], Answer] | None = None,
    prefer: str = "",
) -> PolicyBasis:
    """Verbatim clauses behind a draft on ``topic`` (space-separated terms, the first the most telling).

    ``prefer`` (e.g. the issuing unit, 长沙市商务局): when the corpus holds documents of that jurisdiction,
    only they are quoted; otherwise every document competes.
    """
    keywords = topic_keywords(topic)
    if ask is not None:
        question = f"{keywords[0] if keywords else topic}有哪些工作要求？责任单位是哪些？"
        answer = ask(question)
        if not answer.abstained:
            own = [doc for doc in documents if _prefers(doc, prefer)]
            clauses = _from_answer(answer, keywords, own or documents)
            if clauses:
                return PolicyBasis(topic=topic, clauses=tuple(clauses), source="assistant")
    clauses = _from_tasks(keywords, documents, prefer)
    if clauses:
        source = "tasks" if any(doc.tasks for doc in documents) else "text"
        return PolicyBasis(topic=topic, clauses=tuple(clauses), source=source)
    return PolicyBasis(topic=topic, clauses=(), source="none")


def _unit_list(clause: BasisClause) -> str:
    leads = set(clause.lead_units)
    ordered = list(clause.lead_units) + [u for u in clause.units if u not in leads]
    return "、".join(f"{u}（牵头）" if u in leads else u for u in ordered)


def basis_paragraphs(basis: PolicyBasis) -> list[str]:
    """The 政策依据 as sentences ready for the body: the document, the section, the verbatim quote, the units."""
    if not basis.clauses:
        return ["经检索，现有政策文件库中未找到与本事项直接相关的条文，请结合上级有关文件补充政策依据。"]
    paragraphs = []
    for clause in basis.clauses:
        where = f"“{clause.section_title}”" if clause.section_title else ""
        part = (
            f"中《{clause.part.strip('《》')}》"
            if clause.part and clause.part not in clause.doc_title
            else ""
        )
        text = f"《{clause.doc_title.strip('《》')}》{part}{where}明确：“{clause.quote}”"
        units = _unit_list(clause)
        if units:
            text += f"责任单位：{units}。"
        paragraphs.append(text)
    return paragraphs
