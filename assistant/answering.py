"""``Assistant.ask``: understand the question, gather evidence, answer from records, verify, or abstain.

The answers themselves are built per intent: answer_tasks (who leads, which units), answer_time, answer_targets,
answer_units (a unit's tasks) and answer_open (passages).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant import compose, passages, wording
from assistant.answer import Answer, Citation, Finding, Intent
from assistant.answer_closing import closing_duty
from assistant.answer_open import answer_open
from assistant.answer_parts import answer_other_parts, asked_parts, listed_things, part_start
from assistant.answer_targets import answer_targets
from assistant.answer_tasks import Ranked, answer_tasks
from assistant.answer_time import answer_time, document_dates, task_deadline
from assistant.answer_units import answer_unit_tasks
from assistant.claims import acted_by, amounts, carved_out, guiding_units, limits_universal_claim, verdict
from assistant.compose import Draft
from assistant.evidence import SUPPORT_THRESHOLD, coverage
from assistant.llm import INSTRUCTION_LIKE, chat_model
from assistant.naming import contracts, longest_shared
from assistant.understand import (
    Question,
    fix_asking_typos,
    split_by_document,
    split_by_place,
    understand,
    years_by_place,
)
from assistant.verify import keep_supported, unsupported
from assistant.vocabulary import HALF_WIDTH, jurisdiction_stem
from assistant.workspace import Workspace
from corpus.conventions import APPROVING_BODY
from corpus.model import STATED_LEAD, LeadBasis, PolicyDocument, Role, Task
from corpus.numerals import numeral_value
from corpus.script import fold
from corpus.text import squeezed
from corpus.units import opens_like_a_name

_PERIOD = re.compile(r"(20\d{2})\s*[-—–~至到]\s*(20\d{2})")
# Chosen on the dev split of evals/robustness.jsonl as the threshold with the most questions right once a wrong
# lead counts double (a wrong lead stated with confidence is the worst outcome); the test split is only reported.
CONFIDENCE_THRESHOLD = 0.45
# An answer read from the only sentence of the kind asked (a recipient) in the one document asked.
KIND_CONFIDENCE = 0.5
# The most an answer is sure of a lead the document only lists first (no 牵头, no stated rule): above the
# threshold, so it is still given with its wording ("文件未写明牵头规则，列第一位的是…"), never as certain.
PRESUMED_LEAD_CONFIDENCE = 0.5
_FULL_SENTENCE = re.compile(r"[^。\n]+。?")
# Answers of these intents that come from one task name its lead first, as a lead answer does.
_LEAD_BESIDE = (Intent.TARGET, Intent.TIME, Intent.OPEN)
# How long a body's name is before it is a name of its own rather than a department every government has.
_OWN_NAME = 6
_CLAUSE = re.compile(r"[，,。；;]")
# A passage that assigns the work answers a claimed part in it when it matches within this much of the best.
_ASSIGNING_MARGIN = 0.15
# A clause's own acting body written without an office suffix ("试点城市政府要…", "供电企业接电时间不得…").
_OWN_ACTOR = re.compile(
    r"(?P<actor>[\u4e00-\u9fff]{2,12}?(?:政府|机构|企业|单位))[\u4e00-\u9fff]{0,6}?(?:要|应当|应|须|负责|不得)"
)


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


def _names_a_thing_there(question: str, place: str, vocab) -> bool:
    """The place opens a name a document writes ("郑州机场", "重庆自贸试验区" typed 重庆自贸区): the question asks
    about that thing in whichever document names it, not for the place's own policy documents."""
    m = re.match(rf"^\s*{re.escape(place)}([\u4e00-\u9fff]{{2}})", question)
    if m is None or re.match(r"[市省州县区的那这有都]", m.group(1)):
        return False
    written = place + m.group(1)
    return any(written in d.text for d in vocab.documents)


# The helpers asked by their label ("配合单位有哪些"): an item whose label names its lead alone names none.
_HELPERS_LABEL = re.compile(r"(?:配合|协办|协同|参与|协助)(?:单位|部门)")
# A person asked for ("责任领导是谁", "牵头市领导有谁", "责任人是哪位"); the role as asked names the answer.
_PERSON_ASKED = re.compile(
    r"(?P<role>(?:责任|牵头|分管|联系|包抓)(?:市|县|区|省)?领导|责任人)(?:是谁|是哪位|有谁|都有谁|是哪些|叫什么|为谁)?"
    r"|哪位领导"
)


def _one_copy_each(docs: Sequence[PolicyDocument], vocab) -> list[PolicyDocument]:
    """One document uploaded twice is asked once: the copy read with the most items answers for both."""
    kept: dict[str, PolicyDocument] = {}
    for doc in docs:
        first = vocab.copy_of(doc.doc_id)
        if first not in kept or (len(doc.tasks), len(doc.text)) > (
            len(kept[first].tasks),
            len(kept[first].text),
        ):
            kept[first] = doc
    return list(kept.values())


# "列了哪些约束性指标": targets asked as a list a heading holds.
_TARGETS_LISTED = re.compile(r"(?:列|列出)了?哪些")
# A figure asked ("多少", "几个", "百分之几"): answered from target records only, never from a sentence's words.
_ASKS_AMOUNT = re.compile(r"多少|几|百分|比例|比重|占比|增长|增速|规模|数量")


# How much of one document's title a question must type for it to be named whatever unknown place it is called by.
_TITLED_WHOLE = 12


def _titled_whole(q: Question, docs: Sequence[PolicyDocument]) -> bool:
    """The one document the question names by a long stretch of its title ("以控制成本为核心优化营商环境的若干具体实施
    措施"), not by the kind of title many places share ("优化营商环境条例")."""
    return (
        len(q.named_docs) == 1
        and len(docs) == 1
        and docs[0].doc_id == q.named_docs[0]
        and len(longest_shared(q.text, docs[0].title)) >= _TITLED_WHOLE
    )


def _names_unplaced(doc: PolicyDocument, places: Sequence[str]) -> bool:
    """A page printing no place of its own that names one of ``places`` ("吉水二中" of a 吉水 table)."""
    return not doc.jurisdiction and any(jurisdiction_stem(p) in doc.text for p in places)


def _written_in(question: str, place: str, docs: Sequence[PolicyDocument]) -> bool:
    """The place is the start of a longer name the cited page opens with ("大河财立方报道的…": the news site the
    page names as its source, not a place asked about), or the cited document prints no place of its own and names this
    one ("吉水县民生实事…" of a table naming 吉水二中)."""
    if any(_names_unplaced(d, [place]) for d in docs):
        return True
    at = question.find(place)
    if at < 0:
        return False
    longer = question[at : at + len(place) + 2]
    # (where the page names its source: the opening lines)
    return len(longer) == len(place) + 2 and any(longer in d.text[:300] for d in docs)


def _titled_place(doc: PolicyDocument, jurisdictions: Sequence[str]) -> bool:
    """The document's title names one of the places (by its stem: 广东 for 广东省)."""
    return any(jurisdiction_stem(j) in doc.title for j in jurisdictions)


def _confidence(findings: Sequence[Finding]) -> float:
    """One number per answer: the best finding's evidence score, lowered when a runner-up is nearly as good."""
    if not findings:
        return 0.0
    scores = sorted((f.score for f in findings), reverse=True)
    best = max(0.0, min(1.0, scores[0]))
    margin = best - scores[1] if len(scores) > 1 and findings[0].doc_id == findings[1].doc_id else best
    return round(min(1.0, 0.8 * best + 0.2 * min(1.0, margin * 4)), 3)


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
        vocab = self.workspace.vocabulary
        parts = (
            (split_by_place(q, vocab) or split_by_document(q, vocab))
            if not (doc_ids or jurisdictions)
            else []
        )
        if len(parts) > 1:
            # "广州X和湘西Y分别谁牵头": each place's part is matched in that place's documents, in its own words.
            return _joined(q, [self._answer(part, None, None) for part in parts], vocab.unit_names)
        if len(q.jurisdictions) >= 2 and not (doc_ids or jurisdictions):
            # "南充和武汉…一样吗": each place's documents answer the shared question on their own, so one place's
            # better match does not crowd the other out; a place with no evidence says so.
            own_years = years_by_place(q, vocab)  # "滁州2020年和阜阳2019年…": each place its own year
            answers = [
                self._answer(replace(q, jurisdictions=(j,), years=own_years.get(j, q.years)), None, None)
                for j in q.jurisdictions
            ]
            answers = [
                a if not a.abstained else replace(a, answer=f"{j}的文件中没有找到相关内容。")
                for j, a in zip(q.jurisdictions, answers, strict=True)
            ]
            return _joined(q, answers, vocab.unit_names)
        answer = self._answer(q, doc_ids, jurisdictions)
        if answer.abstained and q.named_as:
            # The words that called the document by a short name may also be what is asked about ("强力推进招商的
            # 意见是根据哪个文件出的" is answered by the sentence saying why it was written): read them as topic.
            again = self._answer(replace(q, topic=q.named_as, named_as=""), doc_ids, jurisdictions)
            answer = again if not again.abstained else answer
        if answer.abstained and not q.compare:
            answer = self._by_parts(q, doc_ids, jurisdictions) or answer
        if not answer.abstained and not q.compare and not q.yes_no:
            answer = self._other_parts(q, answer, doc_ids, jurisdictions)
        return answer

    def _other_parts(
        self, q: Question, answer: Answer, doc_ids: Sequence[str] | None, jurisdictions: Sequence[str] | None
    ) -> Answer:
        """ "综试区建设谁负责、全市规划报谁批、哪天施行": parts the answer leaves open, each answered on its own in the
        document the answer comes from, in that part's own words; a part with no answer there adds nothing."""
        asked = asked_parts(q.text)
        cited = list(dict.fromkeys(c.doc_id for c in answer.citations))
        if len(asked) < 2 or len(cited) != 1:
            return answer
        vocab = self.workspace.vocabulary
        lead_in = q.text[: part_start(q.text, asked[0])]
        things = listed_things(q.text)  # each thing listed before one ask must be named by what answers it
        texts, citations = [answer.answer], list(answer.citations)
        # The first part too: the answer may have matched a later part better ("一网通办谁会同？一网慧治呢").
        for part in asked:
            alone = understand(f"{lead_in}{part}", vocab)
            if not alone.topic and not alone.asks_time:
                continue
            thing = next((t for t in things if part.startswith(t)), "")
            said = "".join(texts)
            if alone.topic and _part_answered(alone, said, vocab) and (not thing or thing in said):
                continue  # the answer already speaks of it (its item's sentences, answer_parts)
            # An attribute another part asks is not this part's to state.
            more = self._answer(
                replace(alone, text=q.text, part_text=alone.text, compare=False), cited, jurisdictions
            )
            if (
                more.abstained
                or not more.citations
                or more.answer in texts
                or all(c.quote.strip() in said for c in more.citations)
            ):
                continue  # nothing the answer does not already quote
            texts.append(more.answer)
            citations += [c for c in more.citations if c not in citations]
        if len(texts) == 1:
            return answer
        return replace(answer, answer="\n".join(texts), citations=tuple(citations))

    def _by_parts(
        self, q: Question, doc_ids: Sequence[str] | None, jurisdictions: Sequence[str] | None
    ) -> Answer | None:
        """A question asking two things at once ("几天内要办好，材料不全让补的话给几天") whose words, taken
        together, match no one passage: the first part that can be answered on its own is, and the answer adds
        what its item says of the other parts (answer_parts)."""
        asked = asked_parts(q.text)
        if len(asked) < 2:
            return None
        lead_in = q.text[: part_start(q.text, asked[0])]
        for n, part in enumerate(asked):
            # The words before the first asking part (the document, the place) frame every part.
            alone = understand(
                f"{lead_in}{part}" if n else q.text[: part_start(q.text, part)] + part,
                self.workspace.vocabulary,
            )
            if not alone.topic:
                continue
            if not (alone.named_docs or alone.place_docs or alone.jurisdictions):
                # "广州…办法的主管部门是谁，有效期多久": a part naming no document asks of the one the question names.
                alone = replace(
                    alone, named_docs=q.named_docs, place_docs=q.place_docs, jurisdictions=q.jurisdictions
                )
            # What another part asks ("…几天？") is no attribute this part must state.
            answer = self._answer(replace(alone, text=q.text, part_text=alone.text), doc_ids, jurisdictions)
            if not answer.abstained:
                return answer
        return None

    def _answer(
        self, q: Question, doc_ids: Sequence[str] | None, jurisdictions: Sequence[str] | None
    ) -> Answer:
        vocab = self.workspace.vocabulary
        if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", q.text):
            return replace(self._abstain(q, ""), answer="请输入要查询的问题，例如“产业链招商谁牵头”。")
        if q.intent == Intent.OPEN and not q.topic and not q.follow_up and not (q.named_docs or q.doc_ids):
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
            if q.jurisdictions and not scope and not q.named_docs:
                # A document another level issued about the place (《国务院办公厅关于广东与香港…的复函》) is the
                # place's document too, beside the place's own.
                picked += [
                    d
                    for d in vocab.documents_in(None, None)
                    if d.doc_id in q.place_docs
                    and d not in picked
                    # a document printing no place of its own is the place's whose name its text keeps using
                    and (_titled_place(d, q.jurisdictions) or not d.jurisdiction)
                ]
            if not picked and not q.jurisdictions:
                picked = [d for d in vocab.documents_in(scope, None) if d.doc_id in q.place_docs]
            docs = picked or docs
        if not docs and q.named_docs and not (doc_ids or q.doc_ids or scope):
            # 《关于进一步提升全州优化营商环境的工作方案》: a document printing no place, named by its title, is not
            # contradicted by a place the question's words suggest ("全州").
            docs = [d for d in vocab.documents_in(None, q.named_docs) if not d.jurisdiction]
        if not docs and (q.named_docs or q.place_docs) and not (doc_ids or q.doc_ids):
            # A title phrase that contradicts the place named is a weaker hint than the place: drop it.
            docs = vocab.documents_in(scope or q.jurisdictions, None)
        if q.other_places and not (q.jurisdictions or q.named_docs or q.place_docs or doc_ids or q.doc_ids):
            # "吉水民生实事第2件…": a page printing no place of its own answers for the place its text names.
            docs = [d for d in docs if _names_unplaced(d, q.other_places)] or docs
        docs = _one_copy_each(docs, vocab)
        if (
            q.yes_no
            and q.units
            and q.jurisdictions
            and not q.named_docs
            and len(docs) > 1
            and len({d.jurisdiction for d in docs}) == 1
            and not q.compare
        ):
            # "山西那个责任分解，行政监察那块是省监察委员会牵头的吧": of the place's documents the question leaves
            # open, the one naming the body claimed is the one meant.
            naming = [d for d in docs if any(u in d.text for u in q.units)]
            docs = naming if naming and len(naming) < len(docs) else docs
        if q.years and q.compare:
            # "西城区2020年和大兴区2023年的…": each side has its own year; a document named by its title stays.
            docs = [d for d in docs if d.doc_id in q.named_docs or any(_covers_year(d, y) for y in q.years)]
        elif q.years:
            docs = [d for d in docs if all(_covers_year(d, y) for y in q.years)]
        if not docs:
            subject = "、".join(f"{y}年" for y in q.years) if q.years else q.topic
            return self._abstain(q, subject)
        if q.unknown_places and not _titled_whole(q, docs):
            # (a document the question names by its title answers, whatever unknown place it is called by: a page
            # may never print its own county, "房县…以控制成本为核心优化营商环境的具体措施")
            return self._abstain(q, "、".join(q.unknown_places))
        # A place a document's title names (义乌 in 《义乌…试验区条例》) has that document.
        # So does a city inside a province a document covers (大连 in 《…关于辽宁省…的函》; a city of 浙江省).
        titled = [
            p
            for p in q.other_places
            if any(p in d.title or _province_of(p) in f"{d.title}{d.jurisdiction}" for d in vocab.documents)
        ]
        owners = [
            p
            for p in q.other_places
            if _asks_about_place(q.text, p) and p not in titled and not _names_a_thing_there(q.text, p, vocab)
        ]
        if owners and not q.jurisdictions:
            # "上海的招商政策": the corpus mentions 上海 but holds no document of its own.
            place = "、".join(owners)
            return replace(
                self._abstain(q, place),
                answer=f"文件中没有找到{place}的政策文件：文件库里只有别处的文件提到{place}。",
            )
        if q.unit_mentions and not (doc_ids or q.doc_ids or q.named_docs or q.place_docs) and len(docs) > 1:
            # A body named in the question picks the documents that name it ("大江东集聚区管委会主任由谁兼任"):
            # another document's 主任 is not its.
            naming = _documents_naming(q, docs, vocab)
            if naming:
                docs = naming
        unassigned = _unassigned_unit(q, docs, vocab)
        if unassigned:
            where = f"《{docs[0].title}》" if len(docs) == 1 else "所查文件"
            return replace(
                self._abstain(q, unassigned),
                answer=f"{where}没有提到{unassigned}，没有给它分配任务。",
            )
        numbered = None
        if wording.ASKS_DOC_NUMBER.search(q.text) or wording.ASKS_ISSUER.search(q.text):
            # (each place's document the words name: "成都和四川的OPC政策分别是哪个单位发的" → each place's OPC one)
            titled = _titled_per_place(q, docs, vocab) if len(docs) > 1 and q.topic else []
            own = titled or (docs if len(docs) <= 3 else [])
            numbered = _document_number(q, own) if wording.ASKS_DOC_NUMBER.search(q.text) else None
            if numbered is None and wording.ASKS_ISSUER.search(q.text):
                numbered = _document_issuer(q, own)
        if numbered is None and wording.ASKS_PLACED.search(q.text) and (q.topic or q.unit_mentions):
            numbered = passages.placed_office(q, docs, vocab)
        if (
            numbered is not None
            and not numbered.declines
            and q.asks_time
            and (wording.ASKS_ISSUER.search(q.text) or wording.ASKS_DOC_NUMBER.search(q.text))
        ):
            # "哪天发的，落款是哪个单位": the document's date is asked beside what it says of itself.
            dated = document_dates(self, q, docs)
            if dated is not None:
                numbered = Draft(
                    f"{numbered.text}\n{dated.text}", numbered.findings + dated.findings, confidence=1.0
                )
        if numbered is not None and numbered.declines:
            return gap_answer(self._abstain(q, q.topic), numbered.text)
        if numbered is not None:
            return self._verified(q, numbered)
        if q.article and len(docs) == 1 and q.intent in (Intent.LEAD, Intent.UNITS, Intent.OPEN):
            article = _article(docs[0], q.article)
            if article is not None:
                # "第三条里点到了哪几个单位": the article of that number answers, whatever its words.
                asked = q if q.intent == Intent.UNITS else replace(q, intent=Intent.LEAD)
                draft = answer_tasks(self, asked, docs, chosen=[Ranked(1.0, docs[0], article)])
                if draft is not None:
                    return self._verified(asked, replace(draft, confidence=1.0))
        numbered = _numbered_item(docs[0], q.ordinal) if q.ordinal and len(docs) == 1 else None
        if (
            q.ordinal
            and len(docs) == 1
            and q.intent in (Intent.LEAD, Intent.UNITS, Intent.OPEN)
            # "第1项的责任领导是谁": a person is asked, not the item's units, unless the item names its persons
            and (not re.search(r"领导|负责人|责任人", q.text) or (numbered is not None and numbered.persons))
        ):
            if numbered is None:
                # The one document asked has no item at that place: that is the answer.
                return self._abstain(q, f"第{q.ordinal}项")
            # "各自第一项任务是谁牵头": the item at that place answers, whatever its words.
            asked = q if q.intent == Intent.UNITS else replace(q, intent=Intent.LEAD)
            draft = answer_tasks(self, asked, docs, chosen=[Ranked(1.0, docs[0], numbered)])
            if draft is not None and q.yes_no and q.units:
                # "第1条的责任单位里有市商务局吗": the claim checked against that item's units (or its lead).
                listed = numbered.units if q.intent == Intent.UNITS else numbered.lead_units
                holds = all(
                    any(vocab.unit_matches(u, w, docs[0].jurisdiction) for w in listed) for u in q.units
                )
                draft = replace(draft, text=f"{'是' if holds else '不是'}。{draft.text}")
            if draft is not None:
                return self._verified(asked, replace(draft, confidence=1.0))
        if (q.article or q.ordinal) and len(docs) == 1 and q.intent == Intent.TIME:
            # "宿迁清单第1条完成时限是啥": the deadline of the item at that number, whatever its words.
            item = _article(docs[0], q.article) if q.article else _numbered_item(docs[0], q.ordinal)
            if item is not None and item.deadline:
                draft = task_deadline(self, q, docs, [Ranked(1.0, docs[0], item)])
                if draft is not None:
                    return self._verified(q, replace(draft, confidence=1.0))
        handler = {
            Intent.TIME: answer_time,
            Intent.LEAD: answer_tasks,
            Intent.UNITS: answer_tasks,
            Intent.TARGET: answer_targets,
            Intent.UNIT_TASKS: answer_unit_tasks,
        }.get(q.intent, answer_open)
        listing = (
            passages.section_listing(q, docs, vocab, listed=bool(_TARGETS_LISTED.search(q.text)))
            if q.intent == Intent.TARGET and not _ASKS_AMOUNT.search(q.text) and not q.yes_no
            else None
        )
        # "通州区十四五分工方案列了哪些约束性指标": a heading's items listed, not one target of them
        draft = listing or handler(self, q, docs)
        # "推广清单第十五项是谁指导的": an item asked by its number is that item or none, never another one whose
        # words happen to match.
        if (
            q.ordinal
            and draft is not None
            and draft.findings
            and not draft.declines
            and not any(_item_number(f.section) == q.ordinal for f in draft.findings)
        ):
            return self._abstain(q, f"第{q.ordinal}项")
        if q.intent in (Intent.LEAD, Intent.UNITS) and not q.compare and not (draft and draft.declines):
            # Work assigned after the last numbered item ("体育总局要会同有关方面做好…督查和总结工作").
            top = draft.findings[0] if draft is not None and draft.findings else None
            draft = closing_duty(q, docs, vocab, top) or draft
        if draft is None and q.intent in (Intent.LEAD, Intent.UNITS) and q.topic and len(docs) == 1:
            # No item matches, but a sentence of the document may say who ("执行过程中遇到的问题，请径向省政府
            # 办公厅反映" in a notice's own text): the body it has act, or receive, answers.
            sent = passages.RECEIVING if wording.ASKED_RECIPIENT.search(q.text) else None
            draft = self._who_in_passage(q, docs, must=sent)
        if draft is None and q.intent in (Intent.LEAD, Intent.UNITS) and not q.topic and not q.focus:
            return self._abstain(q, q.topic, hint="请说明要问的是哪一项工作，例如“产业链招商谁牵头”。")
        if draft is None and q.intent == Intent.UNIT_TASKS:
            return self._abstain(q, f"{'、'.join(q.unit_mentions or q.units)}承担的任务")
        if draft is None and q.intent == Intent.TARGET and q.topic and not _ASKS_AMOUNT.search(q.text):
            # "方案围绕的总体目标是什么": a goal asked in words, not a figure, may be a sentence no target record
            # holds ("围绕省委提出的“西部领先、全国靠前”总体目标").
            draft = answer_open(self, q, docs)
        if draft is None:
            return self._abstain(q, q.topic)
        asks_act = bool(wording.ASKED_ACT.search(q.text) or wording.ASKED_RECIPIENT.search(q.text))
        acts_asked = asks_act and q.intent in (Intent.LEAD, Intent.UNITS) and not q.compare and not q.yes_no
        if draft.declines and draft.findings and acts_asked:
            # "落实措施报上去由谁来督办检查": an item that names no lead may still say who does the act asked
            # ("…报送市人民政府督查室，市人民政府督查室将适时…进行督办检查").
            top = draft.findings[0]
            acted = passages.asked_act_draft(q, vocab.document(top.doc_id), top, vocab)
            if acted is not None:
                draft = replace(acted, confidence=draft.confidence)
        if draft.declines and draft.findings:
            # A decline that shows what the documents do say: verified and cited like an answer, marked declined
            # (one naming what the quote does not hold, "…责任单位中没有X", is said as it is).
            shown = self._verified(q, draft)
            if not shown.abstained and not shown.notes:
                return replace(shown, abstained=True, confidence=0.0, lead_unit="", units=())
        if draft.declines:
            return gap_answer(self._abstain(q, q.topic), draft.text)
        top = draft.findings[0] if draft.findings else None
        if top is not None and acts_asked:
            # "主办部门由谁来定": the body the item's text has do the asked act answers, not the item's lead.
            acted = passages.asked_act_draft(q, vocab.document(top.doc_id), top, vocab)
            if acted is None and len(docs) == 1 and wording.ASKED_RECIPIENT.search(q.text):
                # "公示有意见找哪个局": the sentence sending it somewhere ("如有异议,请…向三明市商务局反映") may be
                # no item of the document at all.
                acted = self._who_in_passage(q, docs, must=passages.RECEIVING)
            if acted is not None:
                draft = acted if acted.confidence is not None else replace(acted, confidence=draft.confidence)
                top = acted.findings[0]
        # A unit may be named by a sentence the item hangs from ("X…履行下列职责：" above "（六）负责…"), cited too.
        said = (
            [squeezed(top.quote), *(squeezed(c.quote) for c in draft.extra_citations)]
            if top is not None
            else []
        )
        unquoted = top is not None and not any(u in s for u in top.units for s in said)
        lead_quoted = top is not None and any(u in s for u in top.lead_units for s in said)
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
            elif acting is None and not (q.intent == Intent.LEAD and wording.LEAD_VERBS.search(q.text)):
                # "可以由谁来收结汇", "跟哪些单位一起搞": not a lead asked by its verb; the sentence stating the work
                # answers it as written, naming no lead.
                quoted = passages.quoted_draft(
                    q, self.workspace.vocabulary.document(top.doc_id), top, self.workspace.vocabulary
                )
                if quoted is None:
                    declined = self._abstain(q, q.topic)
                    return replace(
                        declined, answer=f"文件中“{top.task[:40]}”一项没有写明牵头单位，请以原文为准。"
                    )
                said = quoted.findings[0].quote
                names_one = _names_a_body(said) or any(
                    u in said for u in self.workspace.vocabulary.unit_names
                )
                if "由" not in said and not names_one:
                    # Asked who, and the sentence stating the work names no one: the document does not say.
                    return gap_answer(
                        self._abstain(q, q.topic), f"文件写了“{top.task[:40]}”，但没有写由谁负责。"
                    )
                draft = replace(quoted, confidence=draft.confidence)
            elif acting is None:
                declined = self._abstain(q, q.topic)
                return replace(
                    declined, answer=f"文件中“{top.task[:40]}”一项没有写明牵头单位，请以原文为准。"
                )
            else:
                draft = replace(acting, confidence=draft.confidence)
        claims_role = (
            wording.LEAD_VERBS.search(q.text)
            or wording.COOPERATING_VERBS.search(q.text)
            or wording.PART_CLAIM.search(q.text)
        )
        # A guiding unit the measure's own bracket names ("（工业和信息化部指导）") is settled where the verdict is.
        guided = top is not None and bool(guiding_units(q.text, q.unit_mentions + q.units, top, vocab)[0])
        if (
            top is not None
            and q.yes_no
            and q.unit_mentions
            and q.intent == Intent.OPEN
            and claims_role
            and not guided
        ):
            # "X有没有参与 / 是不是X负责": the answer names who does the work before the document and the item
            # are named (their titles may name a unit too), as a lead or units answer does. A claim of a part in
            # the work is settled by a passage that assigns it: one naming who acts beats a slightly better match
            # that names no one.
            top = self._assigning_finding(draft, top)
            draft = self._who_first(q, draft, top) or draft
        draft = answer_other_parts(q, draft, vocab)
        draft = self._document_date_part(q, draft)
        gap = _missing_attribute(q, draft)
        if gap:
            # The asked figure may close the provision the matched clause opens ("…由…责令改正…；情节严重的，处
            # 二十万元以上五十万元以下的罚款"): read on within the item before saying the document lacks it.
            draft = _read_on_for(q, draft, vocab) or draft
            gap = _missing_attribute(q, draft)
        if gap:
            return gap_answer(self._abstain(q, q.topic), gap)
        # A place the question names (武汉) must be in the evidence, or the answer is about somewhere else.
        # The item's name is evidence too ("珠江科技新星项目" heads the sentence quoted for it).
        # So is the document's title: a place it names (乌鲁木齐 in 《…同意乌鲁木齐…的批复》) is what it is about.
        quotes = "".join(f"{f.task}\n{f.quote}\n{f.doc_title}" for f in draft.findings)
        # A place inside what a yes/no question claims ("是不是金华市政府的派出机构") is checked, not required.
        cue = wording.YES_NO.search(q.text) if q.yes_no else None
        claimed = q.text[cue.start() :] if cue else ""
        cited = [vocab.document(f.doc_id) for f in draft.findings[:3]]
        absent = [
            p
            for p in q.other_places
            if p not in quotes and p not in claimed and not _written_in(q.text, p, [d for d in cited if d])
        ]
        if absent:
            return self._abstain(q, "、".join(absent))
        top = draft.findings[0] if draft.findings else None
        if (
            q.intent == Intent.UNITS
            and q.role == Role.COOPERATING
            and _HELPERS_LABEL.search(q.text)
            and not q.compare
            and not q.yes_no
            and top is not None
            and top.lead_basis in (LeadBasis.EXPLICIT, LeadBasis.INLINE)
            and top.lead_units
            and not [u for u in top.units if u not in top.lead_units]
        ):
            # "北运河水质那条的配合单位有哪些": the item names its lead and no one else; the document does not say.
            return replace(
                self._abstain(q, q.topic),
                answer=f"文件中没有写配合单位：《{top.doc_title}》“{top.task}”一项只写了{'、'.join(top.lead_units)}。",
                findings=(top,),
                citations=(compose.citation_for(top),),
            )
        # A comparison names each place; say so plainly where one of them has no evidence.
        answered = {f.jurisdiction for f in draft.findings}
        missing = [j for j in q.jurisdictions if j not in answered] if q.compare else []
        if missing:
            subject = q.topic or "该问题"
            gaps = "".join(f"\n{j}的文件中没有找到“{subject}”的相关内容。" for j in missing)
            draft = replace(draft, text=draft.text + gaps)
        return self._verified(q, self._lead_first(q, draft))

    def _who_in_passage(
        self, q: Question, docs: Sequence[PolicyDocument], must: re.Pattern[str] | None = None
    ) -> Draft | None:
        vocab = self.workspace.vocabulary
        if must is not None:
            found = passages.sentences_saying(q, docs, must, vocab)
        else:
            found = passages.best_passages(self.workspace.index, q, docs, vocab, limit=1)
        if not found:
            return None
        top = found[0]
        doc = vocab.document(top.doc_id)
        acted = passages.asked_act_draft(q, doc, top, vocab)
        if acted is None and must is None:
            acted = passages.actor_draft(q, doc, top, vocab)
        if acted is None:
            return None
        # The one document asked holds a sentence of the very kind asked ("…向三明市商务局反映" for "找哪个局"):
        # that is evidence the words it shares with the question do not measure.
        confidence = _confidence(found) if must is None else max(_confidence(found), KIND_CONFIDENCE)
        return replace(acted, confidence=confidence)

    def _lead_first(self, q: Question, draft: Draft) -> Draft:
        """A figure, deadline or passage that comes from a task: its lead is named first, from the task's own
        record and quoted from it, so the answer says who is responsible as a lead answer would."""
        if q.intent not in _LEAD_BESIDE or q.yes_no or q.compare or draft.declines or not draft.findings:
            return draft
        if q.intent == Intent.TIME and any(c in q.text for c in (*wording.DATE_CUES, *wording.SIGNED_CUES)):
            return draft  # the document's own dates (印发, 施行, 落款): no item's lead is asked
        top = draft.findings[0]
        if not top.lead_units or len({f.doc_id for f in draft.findings}) > 1:
            return draft
        if draft.listing:
            return draft  # a heading's items listed, each with its own lead: no one lead is the answer's
        doc = self.workspace.vocabulary.document(top.doc_id)
        task = compose.holding_task(doc, top) if doc is not None else None
        said = compose.lead_first(task) if task is not None else ""
        if not said or task.lead_units != top.lead_units:
            return draft
        # A quoted sentence with its own actor ("2021年3月底前，试点城市政府…报生态环境部") is answered by that
        # sentence, not by the item's lead: name none rather than one the sentence contradicts.
        bodies = self._bodies_in(top.quote)
        if any(not any(u in lead or lead in u for lead in task.lead_units) for u in bodies):
            return draft
        if any(
            lead in m.group() for m in APPROVING_BODY.pattern.finditer(task.quote) for lead in task.lead_units
        ):
            return (
                draft  # a body that only approves ("经省级以上人民政府批准") is not who a provision is about
            )
        citation = Citation(top.doc_id, top.doc_title, task.section, task.quote, task.start, task.end)
        return replace(
            draft,
            text=said + draft.text,
            extra_citations=(*draft.extra_citations, citation),
            names_lead=True,
        )

    def _bodies_in(self, quote: str) -> list[str]:
        """The bodies a quote makes act (a clause opening with one: "试点城市政府要…") and the known units it names."""
        actors = [
            m.group("actor")
            for clause in _CLAUSE.split(quote)
            for m in (wording.ACTOR.match(clause.strip()) or _OWN_ACTOR.match(clause.strip()),)
            if m
        ]
        return actors + [u for u in self.workspace.vocabulary.unit_names if len(u) >= 3 and u in quote]

    def _assigning_finding(self, draft: Draft, top: Finding) -> Finding:
        """The best finding, or one within a small margin of it that names who acts when the best names no one."""
        if self._bodies_in(top.quote):
            return top
        close = (
            f for f in draft.findings if f.score >= top.score - _ASSIGNING_MARGIN and self._bodies_in(f.quote)
        )
        return next(close, top)

    def _who_first(self, q: Question, draft: Draft, top: Finding) -> Draft | None:
        """The matched passage answered as its item's units (lead first), or as the body its sentence makes act."""
        doc = self.workspace.vocabulary.document(top.doc_id)
        if doc is None:
            return None
        closed = _closing_bracket(doc, top)
        if closed is not None:
            # "大力推进商事制度改革…。（市场监管总局负责）": the bracket closing the sentence names who does it.
            listed = "、".join(closed.units)
            text = f"责任单位是：{listed}，见{compose.doc_name(doc)}：“{closed.quote}”"
            return Draft(text, (closed,), confidence=draft.confidence)
        # The innermost item holding the passage: "(三)负责高新区招商引资…", not the article listing it.
        holders = [
            t for t in doc.tasks if t.start <= top.start < t.end and t.kind != "inline_duty" and t.units
        ]
        holder = min(holders, key=lambda t: t.end - t.start) if holders else None
        # (a lead the item's quote does not name may be named by the sentence it hangs from, "X行使下列职权：",
        # which the task answer cites beside it)
        if holder is not None and holder.lead_units:
            joins = wording.COOPERATING_VERBS.search(q.text) and not wording.LEAD_VERBS.search(q.text)
            asked = replace(q, intent=Intent.UNITS if joins else Intent.LEAD)
            chosen = [Ranked(top.score, doc, holder)]
            tasks = answer_tasks(self, asked, [doc], chosen=chosen)
            return replace(tasks, confidence=draft.confidence) if tasks is not None else None
        acting = passages.actor_draft(q, doc, top, self.workspace.vocabulary)
        return replace(acting, confidence=draft.confidence) if acting is not None else None

    def _document_date_part(self, q: Question, draft: Draft) -> Draft:
        """``draft`` with the cited document's own date where another part of the question asks it ("川府发〔2011〕8号是
        哪天印发的？积极财政政策那段谁牵头？"): the item answers its part, the document's dated line this one."""
        parts = asked_parts(q.text)
        if len(parts) < 2 or q.compare or not draft.findings:
            return draft
        doc = self.workspace.vocabulary.document(draft.findings[0].doc_id)
        if doc is None:
            return draft
        for part in parts:
            if not wording.TIME.search(part) or wording.LEAD.search(part):
                continue
            dated = document_dates(self, understand(part, self.workspace.vocabulary), [doc])
            if dated is None or dated.declines or not dated.findings or dated.text in draft.text:
                continue
            return replace(
                draft, text=f"{draft.text}\n{dated.text}", findings=draft.findings + dated.findings
            )
        return draft

    def _limiting_sentence(self, q: Question, top: Finding) -> compose.Span | None:
        """The sentence of the matched item that grants what a universal claim asks ("是不是都要…") only under a
        condition, with another rule for the rest."""
        doc = self.workspace.vocabulary.document(top.doc_id)
        if doc is None:
            return None
        holder = next((t for t in doc.tasks if t.start <= top.start < t.end), None)
        start, end = (holder.start, holder.end) if holder else (top.start, top.end)
        # Whole sentences to 。: the rest's rule follows a semicolon ("…实行核准管理；其他项目实行备案管理。").
        for match in _FULL_SENTENCE.finditer(doc.text, start, end):
            if limits_universal_claim(q.text, match.group(0)):
                quote = match.group(0).strip()
                at = doc.text.find(quote, match.start())
                return compose.Span(quote, at, at + len(quote))
        return None

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
        draft = self._with_persons(q, draft)
        citations = tuple(compose.citation_for(f) for f in draft.findings) + draft.extra_citations
        citations = tuple(dict.fromkeys(citations))
        text, dropped = keep_supported(
            draft.text, [c.quote for c in citations], self.workspace.vocabulary.unit_names
        )
        if not text or not re.search(r"[\u4e00-\u9fff]{4,}", text.replace("文件中没有找到", "")):
            return self._abstain(q, q.topic)
        top = draft.findings[0] if draft.findings else None
        named = q.intent in (Intent.LEAD, Intent.UNITS) or draft.names_lead
        lead = top.lead_units[0] if top and top.lead_units and named else ""
        if lead and q.yes_no and len(top.lead_units) > 1:
            # "市工信局算不算牵头单位" of an item two bodies lead: the lead claimed is the one said to lead.
            vocab = self.workspace.vocabulary
            claimed = [
                u
                for u in top.lead_units
                if any(vocab.unit_matches(c, u, top.jurisdiction) for c in q.unit_mentions + q.units)
            ]
            lead = claimed[0] if claimed else lead
        units = top.units if top and named else ()
        if q.intent == Intent.UNIT_TASKS:
            units = q.units
        targets = tuple(t for f in draft.findings for t in f.targets) if q.intent == Intent.TARGET else ()
        notes = tuple(f"已删除无出处的内容：{c.text}" for c in dropped)
        confidence = draft.confidence if draft.confidence is not None else _confidence(draft.findings)
        if lead and top is not None and top.lead_basis == LeadBasis.FIRST_LISTED:
            # A lead the document does not state (only listed first, no rule) is a presumption, said as one.
            confidence = min(confidence, PRESUMED_LEAD_CONFIDENCE)
        if confidence < self.min_confidence:
            return self._abstain(q, q.topic)
        if q.yes_no and top is not None:
            # Both the names as typed (工信部) and as resolved (工业和信息化部) are what the question claims.
            claimed_units = tuple(dict.fromkeys(q.unit_mentions + q.units))
            # The claim as meant: "是市教育局签头的吗" claims a lead.
            claim = fix_asking_typos(q.text, self.workspace.vocabulary)
            doc = self.workspace.vocabulary.document(top.doc_id)
            holder = compose.holding_item(doc, top.start) if doc is not None else None
            provision = holder.quote if holder is not None and top.quote.strip() in holder.quote else ""
            said = verdict(
                claim, claimed_units, _clause_read(doc, top), text, self.workspace.vocabulary, provision
            )
            exception = carved_out(claim, top.quote, provision) if said is False and provision else ""
            actor, act = (
                acted_by(claim, claimed_units, provision) if said is not None and provision else ("", "")
            )
            for deciding in (exception, act):
                at = doc.text.find(deciding) if deciding and doc is not None else -1
                if at >= 0 and deciding not in text:
                    # The sentence that decides is shown first, and cited: it names who does what is claimed
                    # (the body itself said before the sentence quoting it: "由区经济发展局负责召集").
                    named = f"原文写明由{actor}负责。" if deciding == act and actor else ""
                    text = f"{named}原文写道：“{deciding}”" + text
                    span = compose.Span(deciding, at, at + len(deciding))
                    citations += (compose.citation_for(compose.finding_for_task_span(doc, span, 1.0)),)
            if said is None and not (
                wording.LEAD_VERBS.search(claim) or wording.COOPERATING_VERBS.search(claim)
            ):
                # The best match does not settle the claim; another matched passage may ("第七条 …是省人民政府的
                # 派出机构" against "是不是金华市政府的派出机构"): it decides, and is shown.
                for other in draft.findings[1:3]:
                    if other.score < _NEAR_AS_GOOD * top.score:
                        continue  # a passage matching the question much worse settles nothing about it
                    said = verdict(
                        claim,
                        claimed_units,
                        _clause_read(self.workspace.vocabulary.document(other.doc_id), other),
                        other.quote,
                        self.workspace.vocabulary,
                    )
                    if said is not None:
                        text += f"原文另写道：“{other.quote.strip()}”"
                        break
            limit = self._limiting_sentence(q, top) if said is None else None
            if limit is not None:
                # "是不是都得走核准" against "属于…目录的，实行核准管理；其他项目实行备案管理": not all of them.
                said = False
                text += f"原文写道：“{limit.quote}”"
                citations += (
                    Citation(top.doc_id, top.doc_title, top.section, limit.quote, limit.start, limit.end),
                )
            guides, start, end = guiding_units(q.text, claimed_units, top, self.workspace.vocabulary)
            if said is not None and guides:
                # "是不是X指导的": the measure's own bracket answers, not the lead of the item it sits in.
                quote = self.workspace.vocabulary.document(top.doc_id).text[start:end].strip()
                lead, units = guides[0], guides
                text = f"指导单位是{'、'.join(guides)}，见《{top.doc_title}》：“{quote}”"
                citations = (
                    Citation(top.doc_id, top.doc_title, top.section, quote, start, start + len(quote)),
                )
            if (
                said
                and not lead
                and claimed_units
                and top.lead_units
                and top.lead_basis in (*STATED_LEAD, LeadBasis.SINGLE_UNIT)
                and all(u in top.quote for u in top.lead_units)
                and not re.search(r"(?:牵头|负责|责任)单位是", text)
            ):
                # "是管委会先初审吗" answered by "由高新区管委会负责初审": the body the record binds is said, as the
                # record's basis words it, before the passage.
                role = "牵头单位" if top.lead_basis in STATED_LEAD else "负责单位"
                lead = top.lead_units[0]
                text = f"{role}是{'、'.join(top.lead_units)}。{text}"
            if said is not None and not re.match(r"(是|不是)[。，]", text):
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
            citations=citations + self._in_copies(citations),
            lead_unit=lead,
            units=tuple(units),
            targets=targets,
            notes=notes,
            confidence=confidence,
        )

    def _with_persons(self, q: Question, draft: Draft) -> Draft:
        """ "第2件的责任领导是谁": the persons the matched row names in its 责任领导 column, said first (they are
        persons, never units); the draft as it is when no person is asked or the row names none."""
        asked = _PERSON_ASKED.search(q.text)
        if asked is None or not draft.findings or draft.declines:
            return draft
        top = draft.findings[0]
        doc = self.workspace.vocabulary.document(top.doc_id)
        holder = compose.holding_item(doc, top.start) if doc is not None else None
        if holder is None or not holder.persons or not all(p in top.quote for p in holder.persons):
            return draft
        role = asked.group("role") or "责任领导"
        said = f"{role}：{'、'.join(holder.persons)}（“{compose.task_name(holder)}”一项）。"
        return replace(draft, text=said + draft.text)

    def _in_copies(self, citations: Sequence[Citation]) -> tuple[Citation, ...]:
        """The same passages in the other copies of a cited document (one document uploaded twice): the answer
        rests on each copy alike."""
        out: list[Citation] = []
        for c in citations:
            if not c.quote.strip():
                continue
            for copy in self.workspace.vocabulary.copies(c.doc_id):
                at = copy.text.find(c.quote)
                if at < 0:
                    continue
                holder = compose.holding_item(copy, at)
                section = holder.section if holder is not None else ""
                cite = Citation(copy.doc_id, copy.title, section, c.quote, at, at + len(c.quote))
                if cite not in out and cite not in citations:
                    out.append(cite)
        return tuple(out)


# A sentence naming any body at all ("报国家安全部门和通信主管部门备案", "由出口委托方收结汇" is read by 由).
_NAMES_A_BODY = re.compile(
    # (not vocabulary.UNIT_LIKE: its one-character endings 部/办 read "示范区部际…" as a body)
    r"[\u4e00-\u9fff]{2,}(?:部门|机关|机构|人民政府|政府|管委会|委员会|局|委|厅|办公室|中心|公司|单位|企业|协会|组织)"
)


def _names_a_body(text: str) -> bool:
    """A body named in the sentence ("由县政府…", "市商务局会同市发改委"), not a word like 政府 inside a phrase
    ("加强政府政务诚信建设"): the end of some match reads as a unit's name."""
    return any(
        m.group().startswith("各")
        or any(
            opens_like_a_name(end) and (end[0] in "省市县区州盟旗镇乡国中" or len(end) >= 4)
            for end in (m.group()[k:] for k in range(len(m.group()) - 2))
        )
        for m in _NAMES_A_BODY.finditer(text)
    )


# A part counts as answered when this much of its own topic is already in the answer.
_PART_ANSWERED = 0.7


def _part_answered(part: Question, said: str, vocab) -> bool:
    """The answer already speaks of the part: a sentence of it covers the part's topic, and states a figure when
    the part asks one ("OPC社区目标建多少个" is not answered by a sentence naming OPC社区 with no count)."""
    if coverage(part.topic, said, vocab) < _PART_ANSWERED:
        return False
    if not part.asks_figure:
        return True
    return any(
        coverage(part.topic, sentence, vocab) >= _PART_ANSWERED and wording.FIGURE_VALUE.search(sentence)
        for sentence in re.split(r"[。；;！？?\n]", said)
    )


# A passage other than the best settles a yes/no claim only when it matches the question about as well.
_NEAR_AS_GOOD = 0.8


def _joined(q: Question, answers: Sequence[Answer], unit_names: Sequence[str] = ()) -> Answer:
    """One answer from the answers to each place's part; declined only when every part is."""
    given = [a for a in answers if not a.abstained]
    if not given:
        return replace(answers[0], question=q.text, answer="\n".join(a.answer for a in answers))
    quotes = [c.quote for a in given for c in a.citations]
    # A declined part says so without naming a unit or a figure no quote of the answer holds (every unit and
    # number an answer shows is quoted: "没有找到“中国气象局承担的任务”" would name one).
    texts = [
        a.answer
        if not a.abstained or not unsupported(a.answer, quotes, unit_names)
        else "所问的其余内容，文件中没有找到。"
        for a in answers
    ]
    return Answer(
        question=q.text,
        answer="\n".join(texts),
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


def _read_on_for(q: Question, draft: Draft, vocab) -> Draft | None:
    """The best finding read on within its item to the sentence stating the attribute the question asks (an
    amount, an area, a span), as a passage answer; None when its item states none."""
    if not draft.findings:
        return None
    top = draft.findings[0]
    doc = vocab.document(top.doc_id)
    for attribute in wording.ATTRIBUTES:
        if not attribute.asked.search(q.text):
            continue
        longer = passages.read_on(doc, top, until=attribute.value) or passages.sentence_stating(
            doc, top, attribute.value, q.topic, vocab
        )
        if longer is not None:
            return Draft(
                passages.passage_sentence(doc, longer),
                (longer, *draft.findings[1:]),
                confidence=draft.confidence,
            )
    return None


# A phase or batch a figure belongs to: 首期, 二期, 第三批, 第二轮.
_PHASE = re.compile(
    r"(?:首|[一二三四五六七八九十两]|\d+)期(?!间|限|望|待|刊|末|初|中)|第[一二三四五六七八九十\d]+(?:批|轮|阶段)"
)


def _missing_phase(q: Question, draft: Draft) -> str:
    """ "二期规模是多少" answered from a sentence on the 首期 only: the phase asked is not the one stated."""
    asked = {m.group(0) for m in _PHASE.finditer(q.part_text or q.text)}
    quote = draft.findings[0].quote if draft.findings else ""
    stated = {m.group(0) for m in _PHASE.finditer(quote)}
    if asked and stated and not asked & stated:
        top = draft.findings[0]
        said = f"“{top.task}”" if top.task else "相关内容"
        return f"文件写了{said}（{'、'.join(sorted(stated))}），但没有写{'、'.join(sorted(asked))}。"
    return ""


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` around ``at``: between the marks that close clauses (，。；; and table bars)."""
    start = max(text.rfind(mark, 0, at) for mark in "，,。；;|\n") + 1
    ends = [e for e in (text.find(mark, at) for mark in "，,。；;|\n") if e >= 0]
    return text[start : min(ends) if ends else len(text)]


def _missing_attribute(q: Question, draft: Draft) -> str:
    """ "文件写了…，但没有写金额" when the question asks an attribute (an amount, a span) the quotes lack."""
    if q.intent in (Intent.LEAD, Intent.UNITS, Intent.UNIT_TASKS):
        return ""
    phase = _missing_phase(q, draft)
    if phase:
        return phase
    # The answer rests on its best finding: a span stated by a runner-up passage does not answer the question.
    quotes = draft.findings[0].quote if draft.findings else ""
    if q.intent == Intent.TARGET:
        # A table cell's figure takes its unit from the column's header ("签约项目总投资(亿元)" over "150").
        quotes = "".join(f.quote + "".join(t.cell_figure for t in f.targets) for f in draft.findings)
    quotes = fold(quotes)  # "100億元" is the figure a question asks as 亿
    for attribute in wording.ATTRIBUTES:
        # A figure the question itself states ("引进10亿元以上项目的奖励") does not answer it.
        found = list(attribute.value.finditer(quotes))
        stated = [m.group(0) for m in found]
        # Only a value the question states counts ("一般经营项目" reads as 1 but states no number of days).
        asking = q.part_text or q.text
        claimed = amounts(" ".join(m.group(0) for m in attribute.value.finditer(asking)))
        stated = [v for v in stated if not (amounts(v) and amounts(v) <= claimed)]
        asked = attribute.asked.search(asking)
        near = asking[max(0, asked.start() - 4) : asked.end() + 4] if asked else ""
        if asked and any(w in near for w in attribute.payment):
            # "奖励是多少": an investment size nearby is not the reward; the paying word is in the figure's clause.
            paid = {
                m.group(0) for m in found if any(w in _clause_at(quotes, m.start()) for w in attribute.paid)
            }
            stated = [v for v in stated if v in paid]
        if asked and not stated:
            top = draft.findings[0] if draft.findings else None
            said = f"“{top.task}”" if top and top.task else "相关内容"
            return f"文件写了{said}，但没有写{attribute.name}。"
    return ""


_BRACKET = re.compile(r"\s*[（(]([^（）()]{2,60}?)(?:牵头)?负责[）)]")


def _closing_bracket(doc: PolicyDocument, top: Finding) -> Finding | None:
    """``top`` with the units of the （X、Y负责） bracket right after its sentence, the bracket quoted too; None
    when no such bracket follows. The first unit leads only where the document's items say the first listed
    leads (or one unit is named)."""
    match = _BRACKET.match(doc.text, top.end)
    if match is None:
        return None
    holder = compose.holding_item(doc, top.start)
    known = holder.units if holder else ()
    units = tuple(u for u in re.split(r"[、，,和及]", match.group(1)) if u in known)
    if not units:
        return None
    first_leads = any(t.lead_units and t.lead_units[0] == t.units[0] for t in doc.tasks if t.kind == "item")
    leads = units[:1] if len(units) == 1 or first_leads else ()
    return replace(
        top, quote=doc.text[top.start : match.end()], end=match.end(), lead_units=leads, units=units
    )


_TITLE_PICK = 0.5


def _titled_per_place(q: Question, docs: Sequence[PolicyDocument], vocab) -> list[PolicyDocument]:
    """Of each place's documents, the one whose title the question's words cover best ("广州和广东的2021年政府工作报告
    分工文件" → each place's 政府工作报告 split); a place with no clear best gives none."""
    picked = []
    words = q.topic or q.text
    for place in q.jurisdictions:
        scored = sorted(
            ((coverage(words, d.title, vocab), d) for d in docs if d.jurisdiction == place),
            key=lambda x: x[0],
            reverse=True,
        )
        if scored and scored[0][0] >= _TITLE_PICK and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            picked.append(scored[0][1])
    return picked


def _document_number(q: Question, docs: Sequence[PolicyDocument]) -> Draft | None:
    """ "回函的文号是多少": the 文号 the document prints, quoted where it first prints it."""
    return _document_fact(q, docs, "文号", lambda d: d.meta.doc_number, last=False)


def _document_issuer(q: Question, docs: Sequence[PolicyDocument]) -> Draft | None:
    """ "分别是谁发的文": the body that issued each document, quoted where it last prints it (its signature)."""
    return _document_fact(q, docs, "发文机关", lambda d: d.meta.issuer, last=True)


def _document_fact(
    q: Question, docs: Sequence[PolicyDocument], name: str, value_of, last: bool
) -> Draft | None:
    """What a document says of itself (its 文号, its issuer), quoted where it prints it; only for documents the
    question names (up to three in scope)."""
    if not 1 <= len(docs) <= 3 or not (q.named_docs or q.place_docs or q.doc_ids):
        return None
    lines, findings = [], []
    for doc in docs:
        value = value_of(doc)
        span = _printed(doc.text, value, last)
        if span is None:
            lines.append(f"{compose.doc_name(doc)}没有印出{name}。")
            continue
        findings.append(compose.finding_for_task_span(doc, span, 1.0))
        printed = "".join(f"“{line.strip()}”" for line in span.quote.splitlines() if line.strip())
        lines.append(f"{compose.doc_name(doc)}的{name}是{value}（原文：{printed}）。")
    if not findings:
        # None of them prints it: that is the answer, a decline that says so.
        return Draft("\n".join(lines), (), confidence=0.0, declines=True)
    return Draft("\n".join(lines), tuple(findings), confidence=1.0)


def _printed(text: str, value: str, last: bool) -> compose.Span | None:
    """Where ``text`` prints ``value``; bodies issuing jointly ("A、B") are printed one above another, so their
    signature spans from the first name to the last."""
    if not value:
        return None
    at = text.rfind(value) if last else text.find(value)
    if at >= 0:
        return compose.Span(value, at, at + len(value))
    parts = value.split("、")
    if len(parts) < 2:
        return None
    # The names one under another, nothing else between them: "中关村…管理委员会\n北京市…信息化局".
    signature = re.compile(r"\s*".join(re.escape(p) for p in parts))
    found = list(signature.finditer(text))
    if not found:
        return None
    m = found[-1] if last else found[0]
    return compose.Span(m.group(), m.start(), m.end())


def _item_number(section: str) -> int:
    """The number an item's own label gives it ("附件/五/23" → 23, "二/(十一)" → 11; 0 when it has none)."""
    last = re.sub(r"[()（）.、\s]", "", section.rsplit("/", 1)[-1])
    return numeral_value(last) or 0


def _clause_read(doc: PolicyDocument | None, finding: Finding) -> Finding:
    """A passage matched inside an item whose clauses bind different bodies ("第五条 市发展改革部门负责…。市（区）公安
    机关负责核查…"), carrying no lead of the item's: the clause record that quotes it binds its body, and the claim is
    checked against that."""
    if doc is None or finding.lead_units:
        return finding
    quote = finding.quote.strip().rstrip("；;。")
    clause = next(
        (
            t
            for t in doc.tasks
            if t.kind == "inline_duty"
            and t.lead_units
            and quote
            and quote in t.quote
            and t.start <= finding.start < t.end + 2
        ),
        None,
    )
    if clause is None:
        return finding
    return replace(finding, lead_units=clause.lead_units, units=clause.units, lead_basis=clause.lead_basis)


def _article(doc: PolicyDocument, number: int) -> Task | None:
    """The article ``第{number}条`` of ``doc`` (an item, not a clause record), if it has one; in a plan with no
    articles ("衡政办发〔2025〕11号第1条谁牵头"), its item of that number."""
    articles = False
    for task in doc.tasks:
        m = re.fullmatch(r"第(.+)条", task.label)
        articles = articles or bool(m)
        if task.kind == "item" and m and numeral_value(m.group(1)) == number:
            return task
    return None if articles else _numbered_item(doc, number)


def _numbered_item(doc: PolicyDocument, ordinal: int) -> Task | None:
    """The ``ordinal``-th item of ``doc`` that assigns units, in reading order (None past the last)."""
    items = sorted(
        (
            t
            for t in doc.tasks
            if t.kind in ("item", "table_row") and t.units and all(len(u) >= 2 for u in t.units)
        ),
        key=lambda t: t.start,
    )
    return items[ordinal - 1] if 0 < ordinal <= len(items) else None


def _names_of(q: Question, mention: str, vocab) -> set[str]:
    """A unit as typed and every name it resolves to in the question's jurisdictions."""
    names = {mention}
    for j in q.jurisdictions or (None,):
        names.update(vocab.canonical_units(mention, j))
    return names


def _documents_naming(q: Question, docs: Sequence[PolicyDocument], vocab) -> list[PolicyDocument]:
    """The documents that name the most of the bodies the question names (by any of their names); none when
    such documents are many (市商务局 is named everywhere), so the choice would say nothing."""
    # Only a body with a name of its own (大江东集聚区管委会, 义乌试验区管委会) picks documents; a department any
    # government has (市场监管局, 商务部门) is named in many, under several names.
    names = [_names_of(q, m, vocab) for m in dict.fromkeys(q.unit_mentions) if len(m) >= _OWN_NAME]
    counts = [(sum(any(f in d.text for f in forms) for forms in names), d) for d in docs]
    most = max((c for c, _ in counts), default=0)
    naming = [d for c, d in counts if most and c == most]
    return naming if naming and len(naming) <= max(1, len(docs) // 3) else []


def _unassigned_unit(q: Question, docs: Sequence[PolicyDocument], vocab) -> str:
    """A unit whose own duties are asked ("X负责哪一条", "X负责的…是什么") that none of ``docs`` names: the
    documents assign it nothing, so any passage found for the rest of the question would answer something else.
    A yes/no claim about a unit ("是不是X牵头") is checked against the record instead."""
    if q.yes_no or wording.CHOICE.search(q.text):
        return ""  # "是统计局牵头还是经信厅牵头": a choice between bodies is settled by the record, as a claim is
    for mention in dict.fromkeys(q.unit_mentions):
        at = q.text.find(mention)
        if at < 0 or not wording.UNIT_DUTY.match(q.text[at + len(mention) :]):
            continue
        names = _names_of(q, mention, vocab) | {u for u in q.units if contracts(mention, u)}
        if not any(name in doc.text for doc in docs for name in names) and not any(
            vocab.unit_matches(mention, u, doc.jurisdiction)
            for doc in docs
            for t in doc.tasks
            for u in t.units
        ):
            return mention
    return ""


def gap_answer(declined: Answer, gap: str) -> Answer:
    return replace(declined, answer=gap)


def _covers_year(doc: PolicyDocument, year: int) -> bool:
    """A document speaks about a year if its title spans it, its text names it, or it is dated in it ("2013年分工意见"
    for a document issued 2013-03-27 that prints its year nowhere else)."""
    if doc.meta.date.startswith(str(year)):
        return True
    for match in _PERIOD.finditer(doc.title):
        if int(match.group(1)) <= year <= int(match.group(2)):
            return True
    text = doc.text.translate(HALF_WIDTH)  # "到２０２５年" names 2025
    if re.search(rf"{year}\s*年", text) or f"{year}年" in doc.title:  # a PDF's "2021 年" too
        return True
    # "二○一一年": a year printed in words, its zero written 〇, ○, 零 or Ｏ.
    zero = "[〇○零ＯO]"
    in_words = "".join(zero if d == "0" else "〇一二三四五六七八九"[int(d)] for d in str(year))
    if re.search(rf"{in_words}\s*年", text):
        return True
    # A period the text states ("(2017-2021年)") covers its years too.
    return any(int(m.group(1)) <= year <= int(m.group(2)) for m in _PERIOD.finditer(text))
