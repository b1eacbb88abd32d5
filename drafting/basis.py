"""The 政策依据 of a draft: verbatim clauses of the corpus that call for this kind of document, with units.

``policy_basis(topic, documents, ask=None, prefer=issuer)`` asks the assistant when it is given one
(``Assistant.ask``), and otherwise — or when the assistant abstains or cites nothing checkable — selects from the
documents' Task records the items whose text shares the most keywords with the topic. Either way every quote is
whole sentences and an exact substring of its document: ``document.text[start:end] == quote``.

Which documents may be quoted follows the issuer's place (``drafting.organs``): its own documents first, then
those of each level above; a sibling's (怀化 for a 湘西 issuer) never. The body shows the quote with typographic
punctuation (‘’ inside “”, full-width commas and brackets) — the same words, so a reader can still find them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answer import Answer
from assistant.llm import INSTRUCTION_LIKE
from corpus.conventions import BRACKETED_CLAUSE_OPEN
from corpus.model import STATED_LEAD, LeadBasis, PolicyDocument, Task
from corpus.text import SENTENCE as _SENTENCE
from drafting.organs import place_chain, same_place

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
    lead_basis: LeadBasis = LeadBasis.NONE  # how the document states the lead: the wording must be true of it
    section_title: str = ""  # as a reader names it: (七)精准开展产业链招商
    part: str = ""  # the plan inside a compilation the clause belongs to, e.g. 长沙市招商引资行动方案
    period: tuple[int, int] | None = None  # the plan's 实施期 in years, e.g. (2023, 2025), when it states one


@dataclass(frozen=True)
class PolicyBasis:
    topic: str
    clauses: tuple[BasisClause, ...]
    source: str  # assistant / tasks / text / none
    scope: tuple[str, ...] = ()  # the places whose documents were searched, own place first

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
    doc: PolicyDocument, start: int, end: int, keywords: Sequence[str], exclude: Sequence[str] = ()
) -> list[tuple[int, int]]:
    """The sentences of a span that carry the topic, adjacent ones merged into one quote."""
    scored = []
    for s, e in _sentences(doc.text, start, end):
        sentence = doc.text[s:e]
        # An order addressed to a model is not policy: it must never be quoted into an official document.
        if (
            BRACKETED_CLAUSE_OPEN.match(sentence)
            or INSTRUCTION_LIKE.search(sentence)
            or not _quotable(sentence, exclude)
        ):
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


_PERIOD = re.compile(r"(20\d{2})\s*[-—–－~～至到]\s*(20\d{2})\s*年")
_VALID_UNTIL = re.compile(r"有效期至\s*(20\d{2})\s*年")


def plan_period(doc: PolicyDocument) -> tuple[int, int] | None:
    """The years a plan runs, from its title (行动计划(2023-2025年)) or its stated validity (有效期至2025年)."""
    match = _PERIOD.search(doc.title)
    if match:
        return int(match.group(1)), int(match.group(2))
    match = _VALID_UNTIL.search(doc.meta.validity or "")
    if match:
        end = int(match.group(1))
        start = int(doc.meta.date[:4]) if doc.meta.date[:4].isdigit() else end
        return min(start, end), end
    return None


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
        lead_basis=task.lead_basis if task else LeadBasis.NONE,
        section_title=_section_title(doc, task, section),
        part=_part(doc, section),
        period=plan_period(doc),
    )


def _quotable(sentence: str, exclude: Sequence[str]) -> bool:
    return not any(word in sentence for word in exclude)


def _from_tasks(
    keywords: Sequence[str], documents: Sequence[PolicyDocument], exclude: Sequence[str] = ()
) -> list[BasisClause]:
    ranked: list[tuple[float, PolicyDocument, int, int]] = []
    for doc in documents:
        spans = [(t.start, t.end) for t in doc.tasks] or [(0, len(doc.text))]
        for start, end in spans:
            for s, e in _best_sentences(doc, start, end, keywords, exclude):
                score = _score(doc.text[s:e], keywords)
                if score >= MIN_SCORE:
                    ranked.append((score, doc, s, e))
    if not ranked:
        return []
    ranked.sort(key=lambda item: (-item[0], item[1].doc_id, item[2]))
    top = ranked[0][0]
    clauses: list[BasisClause] = []
    per_doc: dict[str, int] = {}
    seen_quotes: set[str] = set()
    for score, doc, s, e in ranked:
        # One clause per document unless it is as strong as the best; weak echoes elsewhere are noise.
        if score < top * 0.5 or per_doc.get(doc.doc_id, 0) >= (2 if score >= top else 1):
            continue
        # A compilation may repeat a sentence under two headings: quote it once.
        if doc.text[s:e] in seen_quotes or any(doc.text[s:e] in q or q in doc.text[s:e] for q in seen_quotes):
            continue
        seen_quotes.add(doc.text[s:e])
        per_doc[doc.doc_id] = per_doc.get(doc.doc_id, 0) + 1
        clauses.append(_clause(doc, s, e))
        if len(clauses) >= MAX_CLAUSES:
            break
    return clauses


def _from_answer(
    answer: Answer, keywords: Sequence[str], documents: Sequence[PolicyDocument], exclude: Sequence[str] = ()
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
        for s, e in _best_sentences(doc, start, end, keywords, exclude):
            if _score(doc.text[s:e], keywords) >= MIN_SCORE:
                clauses.append(_clause(doc, s, e))
    unique = {c.quote: c for c in reversed(clauses)}
    unique = {(c.doc_id, c.start, c.end): c for c in clauses if unique.get(c.quote) is c}
    return list(unique.values())[:MAX_CLAUSES]


def scopes(documents: Sequence[PolicyDocument], prefer: str) -> list[tuple[str, list[PolicyDocument]]]:
    """The documents an issuer may quote, level by level: its own place's, then each 上级's.

    No issuer (``prefer`` blank): one scope of every document. An issuer whose place is unknown: its own
    documents only, found by name (a sibling's plan is never a fallback).
    """
    if not prefer.strip():
        return [("", list(documents))]
    chain = place_chain(prefer)
    if not chain:
        return []
    out = []
    for place in chain:
        docs = [doc for doc in documents if doc.jurisdiction and same_place(doc.jurisdiction, place)]
        if docs:
            out.append((place, docs))
    return out


def policy_basis(
    topic: str,
    documents: Sequence[PolicyDocument],
    ask: Callable[[str], Answer] | None = None,
    prefer: str = "",
    exclude: Sequence[str] = (),
) -> PolicyBasis:
    """Verbatim clauses behind a draft on ``topic`` (space-separated terms, the first the most telling).

    ``prefer`` (the issuing unit, e.g. 泸溪县商务局): its own place's documents are searched first, then each
    level above (湘西州, 湖南省); the first level with a fitting clause is quoted. ``exclude``: words a quoted
    sentence must not contain (未履约 for a project that has 履约ed).
    """
    keywords = topic_keywords(topic)
    levels = scopes(documents, prefer)
    answer = None
    if ask is not None and levels:
        question = f"{keywords[0] if keywords else topic}有哪些工作要求？责任单位是哪些？"
        answer = ask(question)
    searched: list[str] = []
    for place, docs in levels:
        searched.append(place)
        if answer is not None and not answer.abstained:
            clauses = _from_answer(answer, keywords, docs, exclude)
            if clauses:
                return PolicyBasis(topic, tuple(clauses), "assistant", tuple(searched))
        clauses = _from_tasks(keywords, docs, exclude)
        if clauses:
            source = "tasks" if any(doc.tasks for doc in docs) else "text"
            return PolicyBasis(topic, tuple(clauses), source, tuple(searched))
    return PolicyBasis(topic=topic, clauses=(), source="none", scope=tuple(p for p in searched if p))


def basis_notes(basis: PolicyBasis, issuer: str, on: dt.date) -> tuple[str, ...]:
    """What the cadre should know about the 政策依据 before sending: an expired plan, or that there is none."""
    notes = []
    for title, period in dict.fromkeys((c.doc_title, c.period) for c in basis.clauses):
        if period and period[1] < on.year:
            notes.append(
                f"政策依据引用的《{typographic(title).strip('《》')}》实施期为{period[0]}—{period[1]}年，"
                "已期满，请核实是否仍可引用或有无接续文件。"
            )
    if not basis.clauses:
        where = "、".join(basis.scope) or (place_chain(issuer)[0] if place_chain(issuer) else "")
        if issuer.strip() and not place_chain(issuer):
            notes.append(f"未能从“{issuer}”判断所属地区，未引用政策依据；正文已略去政策依据段落。")
        elif where:
            notes.append(f"政策文件库中没有{where}适用于本文的条文，正文已略去政策依据段落，请人工补充。")
        else:
            notes.append("政策文件库中没有适用于本文的条文，正文已略去政策依据段落，请人工补充。")
    return tuple(notes)


# Lead bases under which the document itself says who leads (牵头): only these may be written as 牵头.


_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def typographic(text: str) -> str:
    """The same words with Chinese punctuation: full-width , ; : ( ), a year range with —, ‘’ for inner quotes."""
    text = _PERIOD.sub(lambda m: f"{m.group(1)}—{m.group(2)}年", text)
    out = []
    for i, ch in enumerate(text):
        if ch in _HALF_TO_FULL:
            before, after = text[i - 1 : i], text[i + 1 : i + 2]
            # 1,000 and 3:30 keep their marks; everything else in Chinese text is full-width.
            if ch in ",:" and before.isdigit() and after.isdigit():
                out.append(ch)
                continue
            out.append(_HALF_TO_FULL[ch])
        else:
            out.append(ch)
    return "".join(out)


def _inner_quotes(text: str) -> str:
    return text.replace("“", "‘").replace("”", "’")


def display_quote(quote: str) -> str:
    """A verbatim quote as it is printed inside “ ”: typographic punctuation, inner quotes as ‘ ’."""
    return _inner_quotes(typographic(quote))


def _unit_sentence(clause: BasisClause) -> str:
    """Who is responsible, worded only as the document states it: 牵头 where it says so, else as listed."""
    leads = list(clause.lead_units)
    others = [u for u in clause.units if u not in set(leads)]
    if clause.lead_basis == LeadBasis.SINGLE_UNIT and leads:
        return f"该项工作由{'、'.join(leads)}负责。"
    if clause.lead_basis == LeadBasis.CONVENES and leads:
        return f"该项工作由{'、'.join(leads)}会同{'、'.join(others)}负责。" if others else ""
    if clause.lead_basis not in STATED_LEAD:
        return f"责任单位为{'、'.join(clause.units)}。" if clause.units else ""
    if leads and others:
        return f"该项工作由{'、'.join(leads)}牵头，{'、'.join(others)}负责。"
    if leads:
        return f"该项工作由{'、'.join(leads)}牵头。"
    if others:
        return f"责任单位为{'、'.join(others)}。"
    return ""


def basis_paragraphs(basis: PolicyBasis, with_units: bool = True) -> list[str]:
    """The 政策依据 as sentences for the body: document, section, the quote, the units; [] when there is none.

    A draft never carries a placeholder: with no fitting clause the paragraph is left out and the draft's
    notes say so (``basis_notes``). ``with_units=False`` leaves out who leads the clause (a letter to a county
    need not list the 州's departments).
    """
    paragraphs = []
    for clause in basis.clauses:
        title = typographic(clause.doc_title.strip("《》"))
        part = (
            f"中《{typographic(clause.part.strip('《》'))}》"
            if clause.part and clause.part not in clause.doc_title
            else ""
        )
        where = f"在“{_inner_quotes(typographic(clause.section_title))}”中" if clause.section_title else ""
        quote = display_quote(clause.quote)
        units = _unit_sentence(clause) if with_units else ""
        text = f"《{title}》{part}{where}明确：“{quote}”{units}"
        paragraphs.append(text)
    return paragraphs
