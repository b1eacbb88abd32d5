"""Target questions: the quantitative targets of the matching tasks, per document, with their sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant import compose, wording
from assistant.answer import Finding
from assistant.answer_open import answer_open
from assistant.answer_tasks import RELATIVE_SCORE, TASK_FLOOR
from assistant.claims import amounts
from assistant.compose import Draft
from assistant.evidence import coverage, doc_support, is_supported, local_topic
from assistant.llm import INSTRUCTION_LIKE
from assistant.understand import Question
from assistant.vocabulary import document_subject
from corpus.model import PolicyDocument, Target

if TYPE_CHECKING:
    from assistant.answering import Assistant

_MAX_TARGETS_PER_DOC = 6
# A target record matching the question this well answers it; below, a sentence stating a figure that matches
# better by _PASSAGE_MARGIN answers instead.
_RECORD_SURE = 0.8
_PASSAGE_MARGIN = 0.15
_GOAL_WORDS = re.compile(r"目标|指标")


# An undated document's introduction: the year it names there is the one its figures are for.
_INTRO = 400


def answer_targets(
    assistant: Assistant, q: Question, docs: Sequence[PolicyDocument], strict_year: bool = True
) -> Draft | None:
    vocab = assistant.workspace.vocabulary
    focus = set(q.focus) if q.follow_up else set()
    per_doc: dict[str, list[tuple[float, Finding, str]]] = {}
    # "目标是多少" asks for a stated goal: items headed 总体目标 / 工作目标 beat conditions elsewhere.
    asks_goal = bool(_GOAL_WORDS.search(q.text))
    for doc in docs:
        topic = local_topic(q.topic, document_subject(doc)) or q.topic
        for task in doc.tasks:
            if focus and (doc.doc_id, task.section) not in focus:
                continue
            for target in task.targets:
                if q.years and strict_year and not states_year(doc, target, q.years):
                    continue
                clause = compose.target_clause(doc, target).quote
                sentence_text = compose.sentence_span(doc, target.start, target.end).quote
                # A figure stated inside an instruction to the model is an injection, not a target.
                if INSTRUCTION_LIKE.search(sentence_text):
                    continue
                context = f"{task.heading_path}\n{task.title}\n{target.metric}\n{sentence_text}"
                found = doc_support(q.topic, document_subject(doc), [context], vocab)
                if not (is_supported(found, assistant.threshold) or found.coverage >= TASK_FLOOR):
                    continue
                score = found.coverage + 0.1 * coverage(topic, f"{target.metric}{clause}", vocab)
                if asks_goal and _GOAL_WORDS.search(f"{task.heading_path}{task.title}"):
                    score += 0.2
                if target.column:
                    # A figure alone in a table cell: the row is the quote, the column's header says what it counts.
                    # "全市…是多少": the row of the whole place (太原市 / 合计), not a county's
                    if _TOTAL_ASKED.search(q.text) and _is_total_row(task.title, doc.jurisdiction):
                        score += 0.2
                    span = compose.Span(task.quote.strip(), task.start, task.start + len(task.quote.strip()))
                    finding = compose.finding_for_target(doc, task, target, span, score)
                    sentence = (
                        f"{task.title}“{target.column}”一栏为{target.value_text}（该行：“{span.quote}”）。"
                    )
                    per_doc.setdefault(doc.doc_id, []).append((score, finding, sentence))
                    continue
                span = compose.sentence_span(doc, target.start, target.end)
                year = compose.stated_year(target, span)
                if year:
                    span = compose.sentence_span(doc, target.start, target.end, must_contain=str(year))
                finding = compose.finding_for_target(doc, task, target, span, score)
                sentence = compose.target_sentence(doc, target, span)
                per_doc.setdefault(doc.doc_id, []).append((score, finding, sentence))
    if not per_doc and q.years and strict_year:
        staged = _stage_goals(q, docs)
        if staged is not None:
            return staged  # a goal set for the year in words ("2026年底前…初见雏形")
    if not per_doc and q.years and strict_year:
        # The plan covers the year asked (2024 in a 2023-2025 plan) but sets no target for it: say so, then
        # show what it does set.
        fallback = answer_targets(assistant, q, docs, strict_year=False)
        if fallback is not None and any(f"{y}年" in f.quote for f in fallback.findings for y in q.years):
            return fallback  # a sentence found another way states the year asked: that is the answer
        by_id = {d.doc_id: d for d in docs}
        if (
            fallback is not None
            and fallback.findings
            and issued_year(by_id[fallback.findings[0].doc_id]) in q.years
            and not _ANY_YEAR.search(fallback.findings[0].quote)
        ):
            # The document is the year's own work ("…行动方案(2025)") and the sentence dates its figure no other
            # way ("1996年…直接经济损失约46亿元" is another year's): its figures are that year's.
            return fallback
        top_doc = by_id[fallback.findings[0].doc_id] if fallback is not None and fallback.findings else None
        if (
            top_doc is not None
            and not issued_year(top_doc)
            and not _ANY_YEAR.search(top_doc.meta.title)
            and any(f"{y}年" in top_doc.text[:_INTRO] for y in q.years)
            and not _ANY_YEAR.search(fallback.findings[0].quote)
        ):
            # An undated table of indicators whose introduction names the year it sets them for ("2018年,我们继续
            # 制定和公开相关指标"), no figure of it dated otherwise: its figures are that year's.
            return fallback
        if fallback is not None:
            # Nothing is set for the year asked: that is a decline, shown with what the document does set.
            # No digits in the note: the year asked is in no quote.
            return replace(
                fallback,
                text="文件中没有找到所问年份的目标；写明的目标如下：\n" + fallback.text,
                declines=True,
            )
    if not per_doc:
        return answer_open(assistant, q, docs, numbers_only=True)
    best = {d: max(s for s, _, _ in items) for d, items in per_doc.items()}
    top = max(best.values())
    if top < _RECORD_SURE and not q.compare and len(q.jurisdictions) <= 1:
        # The figures the parser recorded match weakly; a sentence stating a figure may match the question
        # far better (a 奖励 written "最高可获15万元初创补贴" that no target record holds): the better one answers.
        stated = answer_open(assistant, q, docs, numbers_only=True)
        if stated is not None and stated.findings and stated.findings[0].score >= top + _PASSAGE_MARGIN:
            return stated
    keep = [d for d in best if q.compare or len(q.jurisdictions) > 1 or best[d] >= RELATIVE_SCORE * top]
    keep.sort(key=lambda d: best[d], reverse=True)
    lines, findings = [], []
    docs_by_id = {d.doc_id: d for d in docs}
    for doc_id in keep:
        items = sorted(per_doc[doc_id], key=lambda x: x[0], reverse=True)
        items = [x for x in items if x[0] >= 0.9 * items[0][0]][:_MAX_TARGETS_PER_DOC]
        sentences = compose.without_contained(list(dict.fromkeys(s for _, _, s in items)))
        line = f"{compose.doc_name(docs_by_id[doc_id])}：{''.join(sentences)}"
        lines.append(line + _whole_sentence(q, line, items[0][1].quote))
        findings.extend(f for _, f, _ in items)
    return Draft("\n".join(lines), tuple(findings))


# "2026年底前OPC社区生态初见雏形": a goal the text sets for a year in words, not in a figure.
_STAGE_GOAL = r"(?:到|至|于)?{year}年(?:年?底|末|上半年|下半年)?(?:前|之前|以前)?[，,]?(?![\d一二三四五六七八九十]{{1,2}}月)([^。；;\n]{{6,80}})"


_HOW_MANY = re.compile(r"多少|几(?:个|家|项|张|名|人|所|亿|万|成)|比例|百分之|比重")


def _stage_goals(q: Question, docs: Sequence[PolicyDocument]) -> Draft | None:
    """The goal a named document sets for the year asked in words ("2026年底前OPC社区生态初见雏形"), when it sets
    no figure for it: the clause from the year to the sentence's end, quoted; None when none does."""
    if len(docs) > 2 or not (q.named_docs or q.place_docs) or _HOW_MANY.search(q.text):
        return None  # (a figure asked is a figure's question: words are no answer to "多少")
    # The words of the topic beyond the asking of a goal itself: the clause must be about them.
    asked = [
        w for w in q.topic.split() if not re.fullmatch(r"(?:阶段性?|总体|主要|工作)?(?:目标|任务|要求)?", w)
    ]
    lines, findings = [], []
    for doc in docs:
        for year in q.years:
            for m in re.finditer(_STAGE_GOAL.format(year=year), doc.text):
                clause = m.group(0).strip("，, ")
                if wording.YEAR.fullmatch(clause) or re.search(r"印发|发布|成文|通过|施行|实施之日", clause):
                    continue  # a date of issue, not a goal
                if clause[:12] in doc.title or re.search(
                    r"(?:通知|方案|意见|计划|办法|规定|要点|分解)$", clause
                ):
                    continue  # the document's own name ("2008年省人民政府工作目标责任分解的通知"), not a goal
                if not all(any(w[i : i + 2] in clause for i in range(len(w) - 1)) for w in asked):
                    continue  # every word the topic asks of is the clause's
                span = compose.Span(clause, m.start(), m.start() + len(clause))
                findings.append(compose.finding_for_task_span(doc, span, 0.5))
                lines.append(f"{compose.doc_name(doc)}写明：“{clause}”。")
                break
    if not findings:
        return None
    return Draft("\n".join(dict.fromkeys(lines)), tuple(findings))


_TOTAL_ASKED = re.compile(r"全(?:市|省|州|县|区|盟)|合计|总计|总共|一共")
_TOTAL_ROW = re.compile(r"^(?:全(?:市|省|州|县|区|盟)|合计|总计|小计|共计)")


def _is_total_row(label: str, jurisdiction: str) -> bool:
    """A table row standing for the whole place: 合计 / 全市, or the document's own place (太原市)."""
    label = label.strip()
    return bool(_TOTAL_ROW.match(label)) or (bool(jurisdiction) and label == jurisdiction)


def states_year(doc: PolicyDocument, target: Target, years: Sequence[int]) -> bool:
    sentence = compose.sentence_span(doc, target.start, target.end)
    stated = compose.stated_year(target, sentence)
    if stated is None and not _ANY_YEAR.search(sentence.quote):
        # A target with no year of its own, in a document of one year's work (a 政府工作报告 split issued
        # 湘政发〔2019〕1号, a plan titled "…行动方案(2025)"): the year it was issued for.
        return issued_year(doc) in years
    return stated in years or any(str(y) in sentence.quote for y in years)


_ANY_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
_ONE_YEARS_WORK = re.compile(r"政府工作报告|重点工作|工作要点|年度|工作计划|目标任务")


def issued_year(doc: PolicyDocument) -> int | None:
    """The year a document of one year's work was issued for: the one year its title names ("2025年…工作要点",
    "…专项行动方案(2025)"); for a 政府工作报告 split or a 工作要点 whose title names none, its 文号's year, else its
    date's. None for a title naming a period ("2023—2025年")."""
    title = doc.meta.title
    named = set(wording.BARE_YEAR.findall(title))
    if len(named) == 1:
        return int(named.pop())
    if not _ONE_YEARS_WORK.search(title) or named:
        return None
    number = re.search(r"[〔\[［(（]((?:19|20)\d{2})[〕\]］)）]", doc.meta.doc_number)
    if number:
        return int(number.group(1))
    return int(doc.meta.date[:4]) if re.match(r"\d{4}-", doc.meta.date) else None


def _whole_sentence(q: Question, said: str, sentence: str) -> str:
    """A question asking two figures ("投几个亿，年产能力多少根", "最高补多少，按金额的几成") is answered by the
    whole sentence when the clause shown leaves a figure of it out."""
    if len(wording.ASKING.findall(q.text)) < 2:
        return ""
    unsaid = amounts(sentence) - amounts(said)
    return f"原文写道：“{sentence.strip()}”" if unsaid else ""
