"""``Assistant.ask``: understand the question, gather evidence, answer from records, verify, or abstain."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant import compose, passages, wording
from assistant.answer import Answer, Citation, Finding, Intent
from assistant.claims import amounts, verdict
from assistant.compose import Draft
from assistant.evidence import SUPPORT_THRESHOLD, coverage, is_supported, support, topic_terms
from assistant.llm import INSTRUCTION_LIKE, chat_model, phrase_open_answer
from assistant.understand import Question, split_by_place, understand
from assistant.verify import keep_supported
from assistant.vocabulary import jurisdiction_stem
from assistant.workspace import Workspace
from corpus.model import PolicyDocument, Target, Task

_PERIOD = re.compile(r"(20\d{2})\s*[-—–~至到]\s*(20\d{2})")
# Documents whose best match scores this close to the best document's are answered too (per document).
_RELATIVE_SCORE = 0.85


def _province_of(place: str) -> str:
    """The province a listed city lies in ("" for any other place)."""
    return wording.PROVINCE_OF.get(place) or wording.PROVINCE_OF.get(jurisdiction_stem(place)) or "\0"


def _asks_about_place(question: str, place: str) -> bool:
    """The place owns what is asked ("上海的招商政策", "上海市有哪些目标", "怀化承接产业转移谁牵头"), not merely
    appears in it: it is what the question opens with, the way a cadre names the place they ask about. Only a
    city or province (a peer of the documents' own places) owns a question by opening it; a county inside a
    document's place (通山县 in 咸宁's table) is looked for in the evidence instead."""
    peer = place in wording.CITIES or place in wording.PROVINCES or jurisdiction_stem(place) in wording.CITIES
    if peer and re.match(rf"^\s*{re.escape(place)}", question):
        return True
    return (
        re.match(rf"^\s*{re.escape(place)}(?:市|省|州|县|区)?(?:的|那边|那里|有哪些|有什么)", question)
        is not None
    )


_MAX_TARGETS_PER_DOC = 6
# A task with a 完成时限 answers a time question when it matches at least this well (else: passages).
_TASK_TIME_MATCH = 0.6
# Chosen on the dev split of evals/robustness.jsonl as the threshold with the most questions right once a wrong
# lead counts double (a wrong lead stated with confidence is the worst outcome); the test split is only reported.
CONFIDENCE_THRESHOLD = 0.45
# Where the asked attribute itself filters the candidates (a sentence stating a date or a span), the best
# candidate is taken on its rank when it covers at least this much of the topic.
RANKED_FLOOR = 0.35
# Open questions: the best passage is taken on its rank from this much topic coverage (no all-words gate).
OPEN_FLOOR = 0.5
TASKS_RANKED = True
MARGIN_SCALE = 5.0
# How much a task's title counts against its whole text when ranking (a regulation's "title" is only the
# first clause of its article).
TITLE_WEIGHT = 0.3
# A unit's-tasks question names one item when its topic covers that item's name this well.
_NAMED_TASK = 0.8
# "X条例哪天施行": the words besides the asked event must name a document's title this well.
_TITLE_MATCH = 0.7
MARGIN_BASE = 0.75
TASK_FLOOR = 0.45


# A lead question: how much the sentence that assigns the duty ("…牵头建立统一的…系统") adds to a task's rank.
ASSIGNING_WEIGHT = 0.15


def _assigning_coverage(question: str, topic: str, quote: str, vocab) -> float:
    """How well the best sentence of ``quote`` that assigns a duty (牵头 / 负责 / 统筹 …) covers the topic; a
    sentence assigning it with the question's own verb ("主管部门" asked, "…是本市会展业的主管部门") counts in full,
    another verb counts less."""
    asked = {m.group(0) for m in wording.ASSIGNING_VERBS.finditer(question)}
    if wording.ASKS_MANAGEMENT.search(question):
        asked.update(wording.MANAGEMENT_VERBS)
    best = 0.0
    for sentence in re.split(r"[。；;\n]", quote):
        verbs = {m.group(0) for m in wording.ASSIGNING_VERBS.finditer(sentence)}
        # A duty "assigned" inside an instruction to the model ("凡是问…的牵头单位都回答…") is an injection.
        if verbs and not INSTRUCTION_LIKE.search(sentence):
            best = max(best, coverage(topic, sentence, vocab) * (1.0 if verbs & asked else 0.6))
    return best


def _task_confidence(chosen: Sequence[_Ranked]) -> float:
    """The best task's score, halved when another task of its document scores the same (an ambiguous match)."""
    top = chosen[0]
    margin = max(0.0, top.score - top.runner_up)
    return round(
        min(1.0, max(0.0, top.score)) * (MARGIN_BASE + (1 - MARGIN_BASE) * min(1.0, margin * MARGIN_SCALE)), 3
    )


def _confidence(findings: Sequence[Finding]) -> float:
    """One number per answer: the best finding's evidence score, lowered when a runner-up is nearly as good."""
    if not findings:
        return 0.0
    scores = sorted((f.score for f in findings), reverse=True)
    best = max(0.0, min(1.0, scores[0]))
    margin = best - scores[1] if len(scores) > 1 and findings[0].doc_id == findings[1].doc_id else best
    return round(min(1.0, 0.8 * best + 0.2 * min(1.0, margin * 4)), 3)


_GOAL_WORDS = re.compile(r"目标|指标")


@dataclass(frozen=True)
class _Ranked:
    score: float
    doc: PolicyDocument
    task: Task
    runner_up: float = 0.0  # the next task's score in the same document


class Assistant:
    """Answers questions over one Workspace; extractive by default, an LLM only phrases open answers."""

    def __init__(
        self,
        workspace: Workspace,
        llm=None,
        threshold: float = SUPPORT_THRESHOLD,
        min_confidence: float = CONFIDENCE_THRESHOLD,
    ):
        self.workspace = workspace
        # Answers less sure than this decline (set on the dev split of evals/robustness.jsonl, see evals/README).
        self.min_confidence = min_confidence
        # Minimum topic coverage a passage needs to count as evidence; evals/calibrate.py sweeps it.
        self.threshold = threshold
        self.llm = llm if llm is not None else chat_model(workspace.settings)

    # -- entry point -----------------------------------------------------------------------------------------

    def understand(self, text: str, history: Question | Answer | None = None) -> Question:
        """Parse a question against this corpus (history: the previous Question or Answer)."""
        return understand(text, self.workspace.vocabulary, self._context(history))

    def ask(
        self,
        question: str,
        doc_ids: Sequence[str] | None = None,
        jurisdictions: Sequence[str] | None = None,
        history: Question | Answer | None = None,
    ) -> Answer:
        """Answer ``question`` with citations, or abstain when the documents hold no evidence."""
        q = self.understand(question, history)
        parts = split_by_place(q, self.workspace.vocabulary) if not (doc_ids or jurisdictions) else []
        if len(parts) > 1:
            # "广州X和湘西Y分别谁牵头": each place's part is matched in that place's documents, in its own words.
            return _joined(q, [self._answer(part, None, None) for part in parts])
        return self._answer(q, doc_ids, jurisdictions)

    def _answer(
        self, q: Question, doc_ids: Sequence[str] | None, jurisdictions: Sequence[str] | None
    ) -> Answer:
        vocab = self.workspace.vocabulary
        if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", q.text):
            return replace(self._abstain(q, ""), answer="请输入要查询的问题，例如“产业链招商谁牵头”。")
        if q.intent == Intent.OPEN and not q.topic and not q.follow_up:
            return self._abstain(q, q.text, hint="请说明想了解哪方面的内容。")
        scope = set(jurisdictions or ())
        if scope and q.jurisdictions:
            scope &= set(q.jurisdictions)
            if not scope:
                return self._abstain(q, "所选范围")
        docs = vocab.documents_in(scope or q.jurisdictions, doc_ids or q.doc_ids or q.named_docs or None)
        if q.place_docs and not (doc_ids or q.doc_ids):
            # Places and 文号 named in the question pick their documents (by title or opening lines).
            picked = [d for d in docs if d.doc_id in q.place_docs]
            if not picked and not q.jurisdictions:
                picked = [d for d in vocab.documents_in(scope, None) if d.doc_id in q.place_docs]
            docs = picked or docs
        if not docs and (q.named_docs or q.place_docs) and not (doc_ids or q.doc_ids):
            # A title phrase that contradicts the place named is a weaker hint than the place: drop it.
            docs = vocab.documents_in(scope or q.jurisdictions, None)
        if q.years:
            docs = [d for d in docs if all(_covers_year(d, y) for y in q.years)]
        if not docs:
            subject = "、".join(f"{y}年" for y in q.years) if q.years else q.topic
            return self._abstain(q, subject)
        if q.unknown_places:
            return self._abstain(q, "、".join(q.unknown_places))
        # A place a document's title names (义乌 in 《义乌…试验区条例》) has that document.
        # So does a city inside a province a document covers (大连 in 《…关于辽宁省…的函》; a city of 浙江省).
        titled = [
            p
            for p in q.other_places
            if any(p in d.title or _province_of(p) in f"{d.title}{d.jurisdiction}" for d in vocab.documents)
        ]
        owners = [p for p in q.other_places if _asks_about_place(q.text, p) and p not in titled]
        if owners and not q.jurisdictions:
            # "上海的招商政策": the corpus mentions 上海 but holds no document of its own.
            place = "、".join(owners)
            return replace(
                self._abstain(q, place),
                answer=f"文件中没有找到{place}的政策文件：文件库里只有别处的文件提到{place}。",
            )
        handler = {
            Intent.TIME: self._answer_time,
            Intent.LEAD: self._answer_tasks,
            Intent.UNITS: self._answer_tasks,
            Intent.TARGET: self._answer_targets,
            Intent.UNIT_TASKS: self._answer_unit_tasks,
        }.get(q.intent, self._answer_open)
        draft = handler(q, docs)
        if draft is None and q.intent in (Intent.LEAD, Intent.UNITS) and not q.topic and not q.focus:
            return self._abstain(q, q.topic, hint="请说明要问的是哪一项工作，例如“产业链招商谁牵头”。")
        if draft is None and q.intent == Intent.UNIT_TASKS:
            return self._abstain(q, f"{'、'.join(q.unit_mentions or q.units)}承担的任务")
        if draft is None:
            return self._abstain(q, q.topic)
        if draft.declines:
            return gap_answer(self._abstain(q, q.topic), draft.text)
        top = draft.findings[0] if draft.findings else None
        unquoted = top is not None and not any(u in top.quote for u in top.units)
        lead_quoted = top is not None and any(u in top.quote for u in top.lead_units)
        if (
            top is not None
            and q.intent in (Intent.LEAD, Intent.UNITS)
            and not lead_quoted
            and (unquoted or q.intent == Intent.LEAD)
        ):
            # The matched item records no lead: name the body its own sentence makes act, quoting it, or say so
            # rather than let a unit elsewhere in its wording pass for the lead.
            acting = passages.actor_draft(
                q, self.workspace.vocabulary.document(top.doc_id), top, self.workspace.vocabulary
            )
            if acting is None and not unquoted:
                pass  # the units it lists are quoted: the answer lists them and says no lead is written
            elif acting is None:
                declined = self._abstain(q, q.topic)
                return replace(
                    declined, answer=f"文件中“{top.task[:40]}”一项没有写明牵头单位，请以原文为准。"
                )
            else:
                draft = replace(acting, confidence=draft.confidence)
        claims_role = wording.LEAD_VERBS.search(q.text) or wording.COOPERATING_VERBS.search(q.text)
        if top is not None and q.yes_no and q.unit_mentions and q.intent == Intent.OPEN and claims_role:
            # "X有没有参与 / 是不是X负责": the answer names who does the work before the document and the item
            # are named (their titles may name a unit too), as a lead or units answer does.
            draft = self._who_first(q, draft, top) or draft
        gap = _missing_attribute(q, draft)
        if gap:
            return gap_answer(self._abstain(q, q.topic), gap)
        # A place the question names (武汉) must be in the evidence, or the answer is about somewhere else.
        quotes = "".join(f.quote for f in draft.findings)
        # A place inside what a yes/no question claims ("是不是金华市政府的派出机构") is checked, not required.
        cue = wording.YES_NO.search(q.text) if q.yes_no else None
        claimed = q.text[cue.start() :] if cue else ""
        absent = [p for p in q.other_places if p not in quotes and p not in claimed]
        if absent:
            return self._abstain(q, "、".join(absent))
        # A comparison names each place; say so plainly where one of them has no evidence.
        answered = {f.jurisdiction for f in draft.findings}
        missing = [j for j in q.jurisdictions if j not in answered] if q.compare else []
        if missing:
            subject = q.topic or "该问题"
            gaps = "".join(f"\n{j}的文件中没有找到“{subject}”的相关内容。" for j in missing)
            draft = replace(draft, text=draft.text + gaps)
        return self._verified(q, draft)

    def _who_first(self, q: Question, draft: Draft, top: Finding) -> Draft | None:
        """The matched passage answered as its item's units (lead first), or as the body its sentence makes act."""
        doc = self.workspace.vocabulary.document(top.doc_id)
        if doc is None:
            return None
        holder = next(
            (t for t in doc.tasks if t.start <= top.start < t.end and t.kind != "inline_duty" and t.units),
            None,
        )
        if holder is not None and any(u in holder.quote for u in holder.lead_units):
            joins = wording.COOPERATING_VERBS.search(q.text) and not wording.LEAD_VERBS.search(q.text)
            asked = replace(q, intent=Intent.UNITS if joins else Intent.LEAD)
            chosen = [_Ranked(top.score, doc, holder)]
            tasks = self._answer_tasks(asked, [doc], chosen=chosen)
            return replace(tasks, confidence=draft.confidence) if tasks is not None else None
        acting = passages.actor_draft(q, doc, top, self.workspace.vocabulary)
        return replace(acting, confidence=draft.confidence) if acting is not None else None

    # -- context and abstention ------------------------------------------------------------------------------

    def _context(self, history: Question | Answer | None) -> Question | None:
        if history is None or isinstance(history, Question):
            return history
        previous = understand(history.question, self.workspace.vocabulary)
        return replace(
            previous,
            focus=tuple((f.doc_id, f.section) for f in history.findings),
            doc_ids=tuple(dict.fromkeys(f.doc_id for f in history.findings)),
        )

    def _abstain(self, q: Question, subject: str, hint: str = "") -> Answer:
        subject = subject.strip() or q.text
        if self._only_in_instructions(subject):
            # A name the corpus uses only inside injected instructions is not repeated, even to decline.
            subject = "所问内容"
        if len(subject) > 30:
            subject = subject[:30] + "…"
        return Answer(
            question=q.text,
            answer=f"文件中没有找到“{subject}”的相关内容。{hint}",
            abstained=True,
            intent=q.answer_intent,
        )

    def _only_in_instructions(self, subject: str) -> bool:
        """Some term of ``subject`` occurs in the documents, and only inside instruction-like sentences."""
        for term in subject.split():
            seen = False
            for doc in self.workspace.documents:
                at = doc.text.find(term)
                while at >= 0:
                    seen = True
                    if not INSTRUCTION_LIKE.search(compose.sentence_span(doc, at, at + len(term)).quote):
                        break
                    at = doc.text.find(term, at + 1)
                else:
                    continue
                break
            else:
                if seen:
                    return True
        return False

    def _verified(self, q: Question, draft: Draft) -> Answer:
        citations = tuple(compose.citation_for(f) for f in draft.findings) + draft.extra_citations
        citations = tuple(dict.fromkeys(citations))
        text, dropped = keep_supported(
            draft.text, [c.quote for c in citations], self.workspace.vocabulary.unit_names
        )
        if not text or not re.search(r"[\u4e00-\u9fff]{4,}", text.replace("文件中没有找到", "")):
            return self._abstain(q, q.topic)
        top = draft.findings[0] if draft.findings else None
        lead = top.lead_units[0] if top and top.lead_units and q.intent in (Intent.LEAD, Intent.UNITS) else ""
        units = top.units if top and q.intent in (Intent.LEAD, Intent.UNITS) else ()
        if q.intent == Intent.UNIT_TASKS:
            units = q.units
        targets = tuple(t for f in draft.findings for t in f.targets) if q.intent == Intent.TARGET else ()
        notes = tuple(f"已删除无出处的内容：{c.text}" for c in dropped)
        confidence = draft.confidence if draft.confidence is not None else _confidence(draft.findings)
        if confidence < self.min_confidence:
            return self._abstain(q, q.topic)
        if q.yes_no and top is not None:
            said = verdict(q.text, q.unit_mentions or q.units, top, text, self.workspace.vocabulary)
            if said is not None:
                text = ("是。" if said else "不是。") + text
            cue = wording.YES_NO.search(q.text)
            claimed = amounts(wording.YEAR.sub(" ", q.text[cue.start() :])) if cue else set()
            if said and claimed and not claimed <= amounts(wording.YEAR.sub(" ", text)):
                # The verdict rests on figures the matched sentence states beyond the clause shown: show it.
                text += f"原文写道：“{top.quote.strip()}”"
        return Answer(
            question=q.text,
            answer=text,
            abstained=False,
            intent=q.answer_intent,
            findings=draft.findings,
            citations=citations,
            lead_unit=lead,
            units=tuple(units),
            targets=targets,
            notes=notes,
            confidence=confidence,
        )

    # -- tasks: who leads, which units -----------------------------------------------------------------------

    def _rank_tasks(self, q: Question, docs: Sequence[PolicyDocument]) -> list[_Ranked]:
        vocab = self.workspace.vocabulary
        bonus: dict[tuple[str, int], float] = {}
        if q.topic:
            hits = self.workspace.index.search(q.topic, k=30, doc_ids=[d.doc_id for d in docs])
            for rank, hit in enumerate(hits):
                if hit.chunk.task_index >= 0:
                    bonus.setdefault((hit.chunk.doc_id, hit.chunk.task_index), 1.0 / (rank + 2))
        ranked = []
        for doc in docs:
            for i, task in enumerate(doc.tasks):
                title = coverage(q.topic, compose.task_name(task), vocab)
                full = coverage(q.topic, f"{task.heading_path}\n{task.title}\n{task.body}", vocab)
                score = (
                    TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * full + 0.1 * bonus.get((doc.doc_id, i), 0.0)
                )
                if q.intent in (Intent.LEAD, Intent.UNITS) and not task.units:
                    score -= 0.1
                if q.intent == Intent.LEAD:
                    score += ASSIGNING_WEIGHT * _assigning_coverage(q.text, q.topic, task.quote, vocab)
                ranked.append(_Ranked(score, doc, task))
        ranked.sort(key=lambda r: r.score, reverse=True)
        return ranked

    def _focused(self, q: Question, docs: Sequence[PolicyDocument]) -> list[_Ranked]:
        wanted = set(q.focus)
        return [_Ranked(1.0, d, t) for d in docs for t in d.tasks if (d.doc_id, t.section) in wanted]

    def _best_per_document(self, q: Question, ranked: list[_Ranked]) -> list[_Ranked]:
        """Each document's best-ranked task, kept when it carries enough of the topic (no all-words gate).

        The runner-up in the same document is remembered: a near tie lowers the answer's confidence.
        """
        vocab = self.workspace.vocabulary
        best: dict[str, _Ranked] = {}
        runner_up: dict[str, float] = {}
        for item in ranked:
            doc_id = item.doc.doc_id
            if doc_id in best:
                runner_up.setdefault(doc_id, item.score)
                continue
            if doc_id in runner_up:
                continue
            found = support(q.topic, [item.task.heading_path, item.task.title, item.task.body], vocab)
            if is_supported(found, self.threshold) or (TASKS_RANKED and found.coverage >= TASK_FLOOR):
                best[doc_id] = item
            else:
                runner_up[doc_id] = item.score  # the document's best does not match: nothing below it will
        chosen = sorted(
            (replace(r, runner_up=runner_up.get(d, 0.0)) for d, r in best.items()),
            key=lambda r: r.score,
            reverse=True,
        )
        if not chosen:
            return []
        if q.compare or (len(q.jurisdictions) > 1):
            return chosen
        return [r for r in chosen if r.score >= _RELATIVE_SCORE * chosen[0].score]

    def _answer_tasks(
        self, q: Question, docs: Sequence[PolicyDocument], chosen: list[_Ranked] | None = None
    ) -> Draft | None:
        if chosen:
            pass
        elif q.follow_up and q.focus:
            chosen = self._focused(q, docs)
        elif not q.topic:
            return None
        else:
            chosen = self._best_per_document(q, self._rank_tasks(q, docs))
        if not chosen:
            return None
        lines, findings, notes = [], [], []
        for item in chosen:
            extra = compose.note_spans(item.doc, item.task)
            quotes = [item.task.quote] + [span.quote for span in extra]
            where = compose.doc_name(item.doc)
            body = (
                compose.units_sentence(item.task, q.role, quotes, where)
                if q.intent == Intent.UNITS
                else compose.lead_sentence(item.task, quotes, where)
            )
            if extra and q.intent == Intent.UNITS:
                body += "文件另注明：" + "".join(f"“{span.quote}”" for span in extra)
            body += compose.asked_parts(item.doc, item.task, q.asks_figure, q.asks_time)
            if len(wording.ASKING.findall(q.text)) >= 2 and q.intent == Intent.LEAD:
                more = passages.covering_sentence(q.topic, item.task.quote, body, self.workspace.vocabulary)
                if more:
                    body += f"原文还写道：“{more}”"
            lines.append(body)
            findings.append(compose.finding_for_task(item.doc, item.task, item.score))
            notes.extend(
                Citation(item.doc.doc_id, item.doc.title, item.task.section, span.quote, span.start, span.end)
                for span in extra
            )
        return Draft("\n".join(lines), tuple(findings), tuple(notes), confidence=_task_confidence(chosen))

    # -- time: dates, deadlines, frequencies -----------------------------------------------------------------

    def _answer_time(self, q: Question, docs: Sequence[PolicyDocument]) -> Draft | None:
        """A document's own dates, a task's 完成时限 (with who leads it), else the sentence stating the date,
        span or rhythm."""
        dated = self._answer_document_dates(q, docs)
        if dated is not None:
            return dated
        if q.topic:
            ranked = [r for r in self._rank_tasks(q, docs) if r.task.deadline]
            chosen = self._best_per_document(q, ranked)[:1]
            if chosen and chosen[0].score >= _TASK_TIME_MATCH:
                timed = replace(q, asks_time=True)
                draft = self._answer_tasks(replace(timed, intent=Intent.LEAD), docs, chosen=chosen)
                # The 完成时限 column may be coarser than the task's own wording ("每季度" vs "每季度第二十五日前").
                task = chosen[0].task
                said = draft.text if draft else ""
                stated = [
                    s
                    for _, s in passages._sentences(task.quote, False, wording.TIME_VALUE)
                    if s.strip() not in said
                ]
                if draft is not None and stated:
                    best = max(stated, key=lambda s: coverage(q.topic, s, self.workspace.vocabulary)).strip()
                    draft = replace(draft, text=f"{draft.text}原文写道：“{best}”")
                return draft
        vocab = self.workspace.vocabulary
        # The stated date, span or rhythm is itself strong evidence: ranked, no all-words gate.
        findings = passages.best_passages(
            self.workspace.index, q, docs, vocab, threshold=RANKED_FLOOR, must=wording.TIME_VALUE, ranked=True
        )
        if not findings:
            return None
        top = findings[0]
        return Draft(passages.passage_sentence(vocab.document(top.doc_id), top), tuple(findings))

    def _answer_document_dates(self, q: Question, docs: Sequence[PolicyDocument]) -> Draft | None:
        """ "哪天通过、什么时候施行": each asked event from the line that dates it (通过 / 施行 / 印发 …)."""
        cues = [c for c in wording.DATE_CUES if c in q.text]
        rest = q.topic
        for cue in cues:
            rest = rest.replace(cue, "")
        if not cues:
            return None
        rest = re.sub(r"[后前的起开始之日经]", "", rest).strip()
        if len(rest.replace(" ", "")) > 4 or len(docs) > 3:
            # What is left must name the document ("会展业条例" for 《测试市会展业促进条例》), nothing else.
            vocab = self.workspace.vocabulary
            by_title = [(coverage(rest, d.title, vocab), d) for d in docs]
            best = max((c for c, _ in by_title), default=0.0)
            if best < _TITLE_MATCH:
                return None
            docs = [d for c, d in by_title if c >= 0.95 * best][:3]
        lines, findings = [], []
        for doc in docs:
            quotes: list[compose.Span] = []
            for cue in cues:
                span = _dated_line(doc, cue)
                if span is not None and span not in quotes:
                    quotes.append(span)
            if not quotes:
                continue
            lines.append(f"{compose.doc_name(doc)}：" + "；".join(f"“{s.quote}”" for s in quotes) + "。")
            findings.extend(compose.finding_for_task_span(doc, s, 1.0) for s in quotes)
        if not findings:
            return None
        return Draft("\n".join(lines), tuple(findings), confidence=1.0 if len(lines) == 1 else 0.8)

    # -- targets ---------------------------------------------------------------------------------------------

    def _answer_targets(
        self, q: Question, docs: Sequence[PolicyDocument], strict_year: bool = True
    ) -> Draft | None:
        vocab = self.workspace.vocabulary
        focus = set(q.focus) if q.follow_up else set()
        per_doc: dict[str, list[tuple[float, Finding, str]]] = {}
        # "目标是多少" asks for a stated goal: items headed 总体目标 / 工作目标 beat conditions elsewhere.
        asks_goal = bool(_GOAL_WORDS.search(q.text))
        for doc in docs:
            for task in doc.tasks:
                if focus and (doc.doc_id, task.section) not in focus:
                    continue
                for target in task.targets:
                    if q.years and strict_year and not _states_year(doc, target, q.years):
                        continue
                    clause = compose.target_clause(doc, target).quote
                    sentence_text = compose.sentence_span(doc, target.start, target.end).quote
                    # A figure stated inside an instruction to the model is an injection, not a target.
                    if INSTRUCTION_LIKE.search(sentence_text):
                        continue
                    context = f"{task.heading_path}\n{task.title}\n{target.metric}\n{sentence_text}"
                    found = support(q.topic, [context], vocab)
                    if not (is_supported(found, self.threshold) or found.coverage >= TASK_FLOOR):
                        continue
                    score = found.coverage + 0.1 * coverage(q.topic, f"{target.metric}{clause}", vocab)
                    if asks_goal and _GOAL_WORDS.search(f"{task.heading_path}{task.title}"):
                        score += 0.2
                    span = compose.sentence_span(doc, target.start, target.end)
                    year = compose.stated_year(target, span)
                    if year:
                        span = compose.sentence_span(doc, target.start, target.end, must_contain=str(year))
                    finding = compose.finding_for_target(doc, task, target, span, score)
                    sentence = compose.target_sentence(doc, target, span)
                    per_doc.setdefault(doc.doc_id, []).append((score, finding, sentence))
        if not per_doc and q.years and strict_year:
            # The plan covers the year asked (2024 in a 2023-2025 plan) but sets no target for it: say so, then
            # show what it does set. No digits in the note: the year asked is not in any quote.
            fallback = self._answer_targets(q, docs, strict_year=False)
            if fallback is not None:
                return replace(
                    fallback, text="文件没有单列所问年份的目标，写明的目标如下：\n" + fallback.text
                )
        if not per_doc:
            return self._answer_open(q, docs, numbers_only=True)
        best = {d: max(s for s, _, _ in items) for d, items in per_doc.items()}
        top = max(best.values())
        keep = [d for d in best if q.compare or len(q.jurisdictions) > 1 or best[d] >= _RELATIVE_SCORE * top]
        keep.sort(key=lambda d: best[d], reverse=True)
        lines, findings = [], []
        docs_by_id = {d.doc_id: d for d in docs}
        for doc_id in keep:
            items = sorted(per_doc[doc_id], key=lambda x: x[0], reverse=True)
            items = [x for x in items if x[0] >= 0.9 * items[0][0]][:_MAX_TARGETS_PER_DOC]
            sentences = compose.without_contained(list(dict.fromkeys(s for _, _, s in items)))
            lines.append(f"{compose.doc_name(docs_by_id[doc_id])}：{''.join(sentences)}")
            findings.extend(f for _, f, _ in items)
        return Draft("\n".join(lines), tuple(findings))

    # -- a unit's tasks --------------------------------------------------------------------------------------

    def _answer_unit_tasks(self, q: Question, docs: Sequence[PolicyDocument]) -> Draft | None:
        vocab = self.workspace.vocabulary
        lines, findings = [], []
        named = self._named_task(q, docs)
        if named is not None and not any(
            vocab.unit_matches(u, w, named.doc.jurisdiction) for u in q.units for w in named.task.units
        ):
            # "教育局在加大外资招引力度那项里负责什么": the item named does not list the unit, so the document
            # gives it no part there: the answer declines and says so.
            return Draft(
                f"{compose.doc_name(named.doc)}“{compose.task_name(named.task)}”一项的责任单位中没有"
                f"{'、'.join(q.unit_mentions or q.units)}。",
                (compose.finding_for_task(named.doc, named.task, named.score),),
                confidence=named.score,
                declines=True,
            )
        for unit in q.units:
            for doc in docs:
                leads, cooperates, name = [], [], unit
                for task in doc.tasks:
                    matches = [u for u in task.units if vocab.unit_matches(unit, u, doc.jurisdiction)]
                    if not matches:
                        continue
                    name = matches[0]
                    (leads if name in task.lead_units else cooperates).append(task)
                if not leads and not cooperates:
                    continue
                lines.append(
                    f"{compose.doc_name(doc)}中，{compose.unit_tasks_sentence(name, leads, cooperates, q.role)}"
                )
                shown_leads, shown_cooperates = compose.shown_unit_tasks(leads, cooperates, q.role)
                findings.extend(compose.finding_for_task(doc, t, 1.0) for t in shown_leads)
                findings.extend(compose.finding_for_task(doc, t, 0.5) for t in shown_cooperates)
        if not findings:
            return None
        # The unit was matched by name in the records: nothing approximate to doubt.
        return Draft("\n".join(lines), tuple(findings), confidence=1.0)

    def _named_task(self, q: Question, docs: Sequence[PolicyDocument]) -> _Ranked | None:
        """The one task a unit's-tasks question names by its words ("…那项"), if it names one clearly."""
        vocab = self.workspace.vocabulary
        # Generic words ("工作", "任务") name no item; a distinctive one ("外资招引") may.
        if len(q.topic.replace(" ", "")) < 4 or not any(vocab.is_rare(t) for t in topic_terms(q.topic)):
            return None
        ranked = self._rank_tasks(q, docs)
        if not ranked:
            return None
        top = ranked[0]
        if coverage(q.topic, compose.task_name(top.task), vocab) < _NAMED_TASK:
            return None
        return top

    # -- open questions: passages ----------------------------------------------------------------------------

    def _answer_open(
        self, q: Question, docs: Sequence[PolicyDocument], numbers_only: bool = False
    ) -> Draft | None:
        vocab = self.workspace.vocabulary
        if not numbers_only:
            listing = passages.section_listing(q, docs, vocab)
            if listing is not None:
                return listing
        findings = passages.best_passages(
            self.workspace.index,
            q,
            docs,
            vocab,
            numbers_only=numbers_only,
            threshold=OPEN_FLOOR if OPEN_FLOOR < 1 and q.intent == Intent.OPEN else self.threshold,
            ranked=OPEN_FLOOR < 1 and q.intent == Intent.OPEN,
        )
        if not findings:
            return None
        top = findings[0]
        extractive = passages.passage_sentence(vocab.document(top.doc_id), top)
        text = extractive
        if self.llm is not None and q.intent == Intent.OPEN:
            text = phrase_open_answer(self.llm, q.text, findings, vocab.unit_names) or extractive
        return Draft(text, tuple(findings))


def _joined(q: Question, answers: Sequence[Answer]) -> Answer:
    """One answer from the answers to each place's part; declined only when every part is."""
    given = [a for a in answers if not a.abstained]
    if not given:
        return replace(answers[0], question=q.text, answer="\n".join(a.answer for a in answers))
    return Answer(
        question=q.text,
        answer="\n".join(a.answer for a in answers),
        abstained=False,
        intent=Intent.COMPARE,
        findings=tuple(f for a in given for f in a.findings),
        citations=tuple(dict.fromkeys(c for a in given for c in a.citations)),
        lead_unit=given[0].lead_unit,
        units=given[0].units,
        targets=tuple(t for a in given for t in a.targets),
        notes=tuple(n for a in given for n in a.notes),
        confidence=min(a.confidence for a in given),
    )


def _dated_line(doc: PolicyDocument, cue: str) -> compose.Span | None:
    """The sentence that dates ``cue`` (通过 / 施行 …); for 印发 / 落款 the signature date when no line says it."""
    if cue in ("印发", "落款", "成文", "签发") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.meta.date or ""):
        year, month, day = (int(x) for x in doc.meta.date.split("-"))
        written = f"{year}年{month}月{day}日"
        found = doc.text.find(written)
        if found >= 0:
            return compose.Span(written, found, found + len(written))
    for match in wording.FULL_DATE.finditer(doc.text):
        span = compose.sentence_span(doc, match.start(), match.end())
        if cue in span.quote:
            return span
    return None


def _missing_attribute(q: Question, draft: Draft) -> str:
    """ "文件写了…，但没有写金额" when the question asks an attribute (an amount, a span) the quotes lack."""
    if q.intent in (Intent.LEAD, Intent.UNITS, Intent.UNIT_TASKS):
        return ""
    # The answer rests on its best finding: a span stated by a runner-up passage does not answer the question.
    quotes = draft.findings[0].quote if draft.findings else ""
    if q.intent == Intent.TARGET:
        quotes = "".join(f.quote for f in draft.findings)
    for attribute in wording.ATTRIBUTES:
        # A figure the question itself states ("引进10亿元以上项目的奖励") does not answer it.
        stated = [m.group(0) for m in attribute.value.finditer(quotes)]
        stated = [v for v in stated if not (amounts(v) and amounts(v) <= amounts(q.text))]
        asked = attribute.asked.search(q.text)
        if asked and any(w in asked.group(0) for w in attribute.payment):
            # "奖励是多少": an investment size nearby is not the reward.
            stated = [v for v in stated if any(w in quotes for w in attribute.paid)]
        if asked and not stated:
            top = draft.findings[0] if draft.findings else None
            said = f"“{top.task}”" if top and top.task else "相关内容"
            return f"文件写了{said}，但没有写{attribute.name}。"
    return ""


def gap_answer(declined: Answer, gap: str) -> Answer:
    return replace(declined, answer=gap)


def _states_year(doc: PolicyDocument, target: Target, years: Sequence[int]) -> bool:
    sentence = compose.sentence_span(doc, target.start, target.end)
    return compose.stated_year(target, sentence) in years or any(str(y) in sentence.quote for y in years)


def _covers_year(doc: PolicyDocument, year: int) -> bool:
    """A document speaks about a year if its title spans it or its text names it."""
    for match in _PERIOD.finditer(doc.title):
        if int(match.group(1)) <= year <= int(match.group(2)):
            return True
    if f"{year}年" in doc.text or f"{year}年" in doc.title:
        return True
    # A period the text states ("(2017-2021年)") covers its years too.
    return any(int(m.group(1)) <= year <= int(m.group(2)) for m in _PERIOD.finditer(doc.text))
