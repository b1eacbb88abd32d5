"""Who leads, which units: tasks ranked by how well they carry the question's topic, answered from the record."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant import compose, passages, wording
from assistant.answer import Citation, Intent
from assistant.compose import Draft
from assistant.evidence import (
    Support,
    coverage,
    doc_coverage,
    doc_support,
    is_supported,
    local_topic,
    topic_terms,
)
from assistant.llm import INSTRUCTION_LIKE
from assistant.understand import Question
from assistant.vocabulary import document_subject, unit_level
from corpus.conventions import NAMES_ROLE
from corpus.model import STATED_LEAD, LeadBasis, PolicyDocument, Task
from corpus.references import referred_text
from retrieval.tokenize import words as jieba_words

if TYPE_CHECKING:
    from assistant.answering import Assistant

# Documents whose best match scores this close to the best document's are answered too (per document).
RELATIVE_SCORE = 0.85
TASKS_RANKED = True
MARGIN_SCALE = 5.0
# How much a task's title counts against its whole text when ranking (a regulation's "title" is only the
# first clause of its article).
TITLE_WEIGHT = 0.3
MARGIN_BASE = 0.75
TASK_FLOOR = 0.45
# Below TASK_FLOOR, a record both rankers put first in its document by this margin still answers, down to
# AGREED_FLOOR (_agree).
AGREED_FLOOR = 0.4
AGREED_MARGIN = 0.08
AGREED_CONFIDENCE = 0.5
# A lead question: how much the sentence that assigns the duty ("…牵头建立统一的…系统") adds to a task's rank.
ASSIGNING_WEIGHT = 0.15
# A lead asked with 牵头 prefers a record of the same span whose lead the text writes as such, when it ranks
# within this much of the best.
ROLE_MARGIN = 0.15
# A question asking the lead and something else: an item this short is quoted whole when no one sentence of it
# covers the other part.
_SHORT_ITEM = 120
# A clause record of a lead-less item answers for it when it matches this much better than the item's next clause.
_CLAUSE_MARGIN = 0.05
_BRACKET_LEAD = (LeadBasis.DOCUMENT_RULE, LeadBasis.PHRASE_RULE, LeadBasis.EXPLICIT)
# A clause record read from its own labelled bracket ("（责任单位：各区镇）"), not from a sentence's actor.
_LABELLED_CLAUSE = re.compile(r"(?:牵头单位|责任单位|配合单位|牵头部门|责任部门)\s*[：:]")


@dataclass(frozen=True)
class Ranked:
    """A task with its match score for a question (and the next task's score in its document)."""

    score: float
    doc: PolicyDocument
    task: Task
    runner_up: float = 0.0  # the next task's score in the same document
    agreed: bool = False  # taken below the coverage gate because both rankers put it first (_agree)
    referred: str = (
        ""  # the duty a penalty article punishes by number, read with it when a violation is asked
    )


def assigning_coverage(question: str, topic: str, quote: str, vocab) -> float:
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


def task_confidence(chosen: Sequence[Ranked]) -> float:
    """The best task's score, halved when another task of its document scores the same (an ambiguous match)."""
    top = chosen[0]
    margin = max(0.0, top.score - top.runner_up)
    confidence = round(
        min(1.0, max(0.0, top.score)) * (MARGIN_BASE + (1 - MARGIN_BASE) * min(1.0, margin * MARGIN_SCALE)), 3
    )
    # Two rankers agreeing on it by a margin is evidence the word overlap alone does not show.
    return max(confidence, AGREED_CONFIDENCE) if top.agreed else confidence


# A violation or its penalty asked: "…的，罚多少", "由谁查处", "怎么处罚", "追究什么责任".
_VIOLATION_ASKED = re.compile(r"违反|违规|违法|罚|查处|处分|追究|法律责任")
_PUNISHES = re.compile(r"罚款|处罚|查处|责令|处分|追究|没收|吊销")
PENALTY_WEIGHT = 0.1
# Asked who acts where no body is in charge, the provision stating that case is preferred by this much.
FALLBACK_WEIGHT = 0.4
# A penalty provision: "违反本条例第十八条第三款规定，未经许可…的，由…责令限期恢复原状，并处…罚款".
_BREACH = re.compile(r"违反本(?:条例|办法|规定)|未经[^，,。；;]{0,12}(?:许可|批准|同意)[^，,。；;]{0,30}的")


# An article saying what the regulation applies to: it names every matter and binds no body.
_SCOPE_ARTICLE = re.compile(r"适用本(?:条例|办法|规定|细则|决定)")


def rank_tasks(assistant: Assistant, q: Question, docs: Sequence[PolicyDocument]) -> list[Ranked]:
    vocab = assistant.workspace.vocabulary
    bonus: dict[tuple[str, int], float] = {}
    if q.topic:
        hits = assistant.workspace.index.search(q.topic, k=30, doc_ids=[d.doc_id for d in docs])
        for rank, hit in enumerate(hits):
            if hit.chunk.task_index >= 0:
                bonus.setdefault((hit.chunk.doc_id, hit.chunk.task_index), 1.0 / (rank + 2))
    ranked = []
    penalty = bool(_VIOLATION_ASKED.search(q.text))
    fallback = bool(wording.BODILESS_CASE.search(q.text))
    rare = _rare_words(q.topic, vocab)
    for doc in docs:
        # Read inside its document: words only the document's title says, or most of its items say ("长者饭堂" in a
        # 长者饭堂 办法), are not held against an item.
        subject = _subject_of(doc, rare)
        topic = local_topic(q.topic, subject) or q.topic
        for i, task in enumerate(doc.tasks):
            title = doc_coverage(q.topic, subject, compose.task_name(task), vocab)
            # "借报道索财的罚多少": a penalty article is read with the duty it punishes by number.
            referred = referred_text(doc, task.quote) if penalty else ""
            full = doc_coverage(
                q.topic, subject, f"{task.heading_path}\n{task.title}\n{task.body}\n{referred}", vocab
            )
            score = TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * full + 0.1 * bonus.get((doc.doc_id, i), 0.0)
            if q.intent in (Intent.LEAD, Intent.UNITS) and not task.units:
                score -= 0.1
            if fallback and wording.BODILESS_CASE.search(task.quote):
                score += FALLBACK_WEIGHT  # "…没有具体责任部门的，由谁牵头": the provision for that case
                if _SCOPE_ARTICLE.search(task.quote):
                    score -= 0.1  # "…人才培养…等活动，适用本条例": a scope lists every matter, binding no one
            if q.intent == Intent.LEAD:
                score += ASSIGNING_WEIGHT * assigning_coverage(q.text, topic, task.quote, vocab)
            if referred and _PUNISHES.search(task.quote):
                score += PENALTY_WEIGHT  # a violation asked: the article punishing it, not the one setting the duty
            elif (
                not penalty
                and q.intent in (Intent.LEAD, Intent.UNITS)
                and _PUNISHES.search(task.quote)
                and _BREACH.search(task.quote)
            ):
                # "许可归哪个部门批": the article granting it answers, not the one punishing use without it
                score -= PENALTY_WEIGHT
            ranked.append(Ranked(score, doc, task, referred=referred))
    ranked.sort(key=lambda r: r.score, reverse=True)
    if q.intent == Intent.LEAD and ranked and wording.ASKS_WRITTEN_LEAD.search(q.text):
        ranked = _written_lead_first(ranked)
    if q.intent == Intent.LEAD and ranked:
        # The plan's task table labelling the item's lead answers before any clause of the item's text.
        ranked = _clause_of_item_first(_labelled_record_first(ranked))
    if (q.intent == Intent.LEAD or q.yes_no) and ranked and q.topic:
        ranked = _sentence_of_article_first(ranked, q.topic, vocab)
    if (q.intent in (Intent.LEAD, Intent.UNITS) or q.yes_no) and ranked:
        ranked = _labelled_record_first(ranked)
    if (q.intent == Intent.LEAD or q.yes_no) and ranked and q.topic:
        ranked = _sub_item_with_lead_first(ranked, q.topic, vocab)
    if (
        (q.intent == Intent.LEAD or q.yes_no)
        and ranked
        and (_ASKED_ROLE_NOUN.search(q.topic) or wording.ASKS_MANAGEMENT.search(q.text))
    ):
        role = _ASKED_ROLE_NOUN.search(q.topic)
        ranked = _definition_first(ranked, role.group() if role else "")
    if (q.intent in (Intent.LEAD, Intent.UNITS) or q.yes_no) and ranked and q.topic:
        ranked = _assigned_elsewhere(ranked, q.topic, vocab)
    if (q.intent == Intent.LEAD or q.yes_no) and ranked and q.topic:
        ranked = _field_in_charge_first(ranked, q.topic, vocab)
    if (q.intent in (Intent.LEAD, Intent.UNITS) or q.yes_no) and ranked and q.topic:
        ranked = _complete_first(ranked, q.topic, vocab)
    if q.level and ranked:
        ranked = _asked_level_first(ranked, q.level, q.text)
    return ranked


def _with_heading_units(top: Ranked) -> Ranked:
    """A numbered sub-item naming no units ("1.深入贯彻…条例，加强对一线工作人员培训") answers with the item it sits
    under, whose heading bracket names them for all its sub-items ("(一)普法与宣传。〔牵头单位:…;责任单位:…〕")."""
    if top.task.units or top.task.kind == "inline_duty" or "/" not in top.task.section:
        return top
    above = [
        t
        for t in top.doc.tasks
        if t.kind == "item"
        and t.units
        # (a bracket or a label naming the units, not an article's subject: its clauses name their own actors)
        and (t.lead_basis in STATED_LEAD or t.lead_basis == LeadBasis.FIRST_LISTED)
        and top.task.section.startswith(t.section + "/")
    ]
    if not above:
        return top
    holder = max(above, key=lambda t: t.section.count("/"))
    return replace(top, task=holder)


def _complete_first(ranked: list[Ranked], topic: str, vocab) -> list[Ranked]:
    """Of records scoring about the same, one writing its lead and saying every distinctive asked word ("市民政部门牵头
    会…拟订…制度" has 拟订) answers ahead of one lacking some: a record missing the asked act is about something
    else of the same subject."""
    top = ranked[0]
    if not _task_support(topic, top, vocab).missing:
        return ranked
    for n, other in enumerate(ranked[1:], start=1):
        if top.score - other.score > ROLE_MARGIN:
            break
        # (over a record naming no lead, any record binding its body will do: "…市场监督管理部门应当定期组织实施对
        # 枸杞及其制品的抽查检验" for 抽检 asked, not an article of two governments' encouragements)
        writes = other.task.lead_basis in STATED_LEAD or (not top.task.lead_units and other.task.lead_units)
        if writes and not _task_support(topic, other, vocab).missing:
            return _lifted(ranked, n)
    return ranked


def _task_support(topic: str, item: Ranked, vocab) -> Support:
    task = item.task
    # A clause opening a list ("…提供下列服务：") is read with the works it lists.
    body = _with_its_list(item) if task.kind == "inline_duty" else task.body
    return doc_support(
        topic, document_subject(item.doc), [task.heading_path, task.title, body, item.referred], vocab
    )


def _asked_level_first(ranked: list[Ranked], level: str, question: str) -> list[Ranked]:
    """Asked for one level's body ("省一级谁负总责"), the best record within a small margin whose lead is of that level
    ("省、自治区、直辖市人民政府对…负总责") answers, ahead of another level's body ("地方各级人民政府"); a record
    saying the asked verb itself (负总责) is looked for twice as far down."""
    asked = {m.group(0) for m in wording.ASSIGNING_VERBS.finditer(question)}
    top = ranked[0]
    for n, other in enumerate(ranked):
        gap = top.score - other.score
        if gap > 2 * ROLE_MARGIN:
            break
        says = asked & {m.group(0) for m in wording.ASSIGNING_VERBS.finditer(other.task.quote)}
        if gap > ROLE_MARGIN and not says:
            continue
        if other.task.lead_units and all(unit_level(u) == level for u in other.task.lead_units):
            return _lifted(ranked, n) if n else ranked
    return ranked


# A word most of a document's items say is its subject, like its title's words (in a document of this many items).
_SUBJECT_SHARE = 0.5
_SUBJECT_ITEMS = 6


def _rare_words(topic: str, vocab) -> list[str]:
    """The topic's words few documents say ("长者饭堂"; not "工作", which every document says): read once per question."""
    most = max(1, len(vocab.documents) // 10)
    return [
        w
        for w in dict.fromkeys(jieba_words(topic.replace(" ", "")))
        if len(w) >= 2 and sum(w in d.text for d in vocab.documents) <= most
    ]


def _item_quotes(doc: PolicyDocument) -> list[str]:
    """The quotes of a document's items (not of the clause records read inside them)."""
    return [t.quote for t in doc.tasks if t.kind != "inline_duty"]


def _subject_of(doc: PolicyDocument, rare: Sequence[str]) -> str:
    """The document's title, with the ``rare`` words (few documents say them) most of its items say ("长者饭堂"
    throughout a 助餐配餐 办法)."""
    items = _item_quotes(doc)
    own = document_subject(doc)
    if len(items) < _SUBJECT_ITEMS:
        return own
    common = [w for w in rare if w not in own and sum(w in q for q in items) >= _SUBJECT_SHARE * len(items)]
    return "|".join([own, *common])


# "县级以上人民政府人力资源社会保障部门负责本行政区域内的促进就业工作": a regulation naming the body in charge of a
# field's work in its area.
_IN_CHARGE = re.compile(r"负责本行政区域(?:内)?(?:的)?([^，,。；;]{2,30}?)工作")
# The field it names must be the asked work this fully.
_IN_CHARGE_MATCH = 0.8


def _field_in_charge_first(ranked: list[Ranked], topic: str, vocab) -> list[Ranked]:
    """Asked who is responsible for a field's work ("促进就业工作是哪个部门负责"), the sentence putting a body in charge of
    that work in its area answers, not a sentence that only speaks of the work (a 协调机制 the government sets up)."""
    top = ranked[0]

    def in_charge(task: Task) -> bool:
        m = _IN_CHARGE.search(task.quote)
        return bool(m and task.lead_units and coverage(topic, m.group(1), vocab) >= _IN_CHARGE_MATCH)

    found = next(
        (
            n
            for n, other in enumerate(ranked[:_DEFINITION_REACH])
            if other.doc.doc_id == top.doc.doc_id and other.score >= 0.8 * top.score and in_charge(other.task)
        ),
        None,
    )
    if found is None:
        return ranked
    # First, and ahead of the records it ties with too: the field's charge is what is asked.
    lifted = _lifted(ranked, found)
    return [replace(lifted[0], score=top.score + 10 * _TIE), *lifted[1:]]


# A clause assigning the asked work names who does it when it carries this much of the topic.
_ASSIGNED_MATCH = 0.8


def _assigned_elsewhere(ranked: list[Ranked], topic: str, vocab) -> list[Ranked]:
    """An item naming no one ("8.促进产学研用协同创新。支持高校…") whose work a 分工 paragraph of the same document
    assigns ("市科技局加强统筹协调,牵头做好产学研用协同创新…"): the assigning clause answers who does it."""
    top = ranked[0]
    if top.task.lead_units:
        return ranked
    for n, other in enumerate(ranked[1:], start=1):
        task = other.task
        # (the clause may be one of the top item's own: "10.明确责任分工。…市人社局负责创业空间、住宿保障…")
        if (
            other.doc.doc_id == top.doc.doc_id
            and task.kind == "inline_duty"
            and task.lead_units
            and (not top.task.units or top.task.start <= task.start < top.task.end)
            and wording.ASSIGNING_VERBS.search(task.quote)
            and coverage(topic, task.quote, vocab) >= _ASSIGNED_MATCH
        ):
            return _lifted(ranked, n)
    return ranked


# "营商环境工作主管部门是谁": the question names a role; the sentence saying which body holds it answers
# ("县级以上人民政府发展改革部门是优化营商环境工作的主管部门"), not a sentence whose actor is the role's own name.
_ASKED_ROLE_NOUN = re.compile(r"主管(?:部门|单位|机关)")
_DEFINITION_REACH = 12


def _definition_first(ranked: list[Ranked], asked_role: str = "") -> list[Ranked]:
    """The record saying which body holds the role asked answers; of several roles an article names ("行政主管部门",
    "日常管理机构"), the one asked ("主管部门是哪个局")."""
    top = ranked[0]

    def names(task: Task) -> bool:
        role = NAMES_ROLE.pattern.search(task.quote)
        return bool(role) and (not asked_role or asked_role in role.group())

    if top.task.lead_basis is not LeadBasis.NONE and names(top.task):
        return ranked
    for n, other in enumerate(ranked[1:_DEFINITION_REACH], start=1):
        if (
            other.task.lead_units
            and names(other.task)
            and not any(_ASKED_ROLE_NOUN.search(u) for u in other.task.lead_units)
            and other.score >= 0.5 * top.score
        ):
            return _lifted(ranked, n)
    return ranked


def _labelled_record_first(ranked: list[Ranked]) -> list[Ranked]:
    """A plan's text and its 任务分工 table name the same work ("6.优化转诊服务" and the table's row "优化转诊服务。"):
    asked who does it, the row whose lead is labelled (牵头单位 column) answers, not an actor one sentence of the
    text happens to name ("医联体牵头医院牵头、成员单位共同参与，成立…")."""
    top = ranked[0]
    if top.task.kind != "item" or top.task.lead_basis is LeadBasis.EXPLICIT:
        return ranked
    for n, other in enumerate(ranked[1:], start=1):
        if top.score - other.score > ROLE_MARGIN:
            break
        if (
            other.doc.doc_id == top.doc.doc_id
            and other.task.kind == "table_row"
            and other.task.lead_basis is LeadBasis.EXPLICIT
            and _same_name(other.task.title, top.task.title)
        ):
            return _lifted(ranked, n)
    return ranked


def _sub_item_with_lead_first(ranked: list[Ranked], topic: str, vocab) -> list[Ranked]:
    """An article naming several bodies and no lead ("第七条 领导小组负责…。市商务主管部门承担领导小组日常工作，履行下列
    职责：（一）…拟定自贸试验区发展规划…"): asked who does the work one of its sub-items states, that sub-item answers,
    with the body its list binds, when it carries the asked work as fully as the article does."""
    # The article may tie with one of its own clause records ranked first.
    tied = [r for r in ranked if r.score >= ranked[0].score - _TIE]
    top = next((r for r in tied if not r.task.lead_units and r.task.units and r.task.kind == "item"), None)
    if top is None:
        return ranked
    whole = _item_support(topic, top, vocab).coverage
    for n, other in enumerate(ranked[1:], start=1):
        if top.score - other.score > ROLE_MARGIN:
            break
        if (
            other.doc.doc_id == top.doc.doc_id
            and other.task.section.startswith(f"{top.task.section}/")
            and other.task.lead_units
            and _item_support(topic, other, vocab).coverage >= whole
        ):
            return _lifted(ranked, n)
    return ranked


def _same_name(a: str, b: str) -> bool:
    def bare(text: str) -> str:
        return re.sub(r"[\s。．.，,；;：:、（）()“”\"]", "", text)

    return bool(bare(a)) and bare(a) == bare(b)


def _lifted(ranked: list[Ranked], n: int) -> list[Ranked]:
    """``ranked`` with its ``n``-th record put first, at the top record's score (a re-ranking rule chose it)."""
    return [replace(ranked[n], score=ranked[0].score), *ranked[:n], *ranked[n + 1 :]]


def _splits_its_lead(item: Task) -> bool:
    """An item with units but no lead of its own: its clause records may carry theirs."""
    return not item.lead_units and bool(item.units) and item.kind != "inline_duty"


def _clause_of(item: Task, task: Task) -> bool:
    """``task`` is a clause record with a lead inside ``item`` (of the same document)."""
    return task.kind == "inline_duty" and bool(task.lead_units) and item.start <= task.start < item.end


def _clause_records(item: Ranked) -> list[Task]:
    """The clause records of a lead-less item whose sentences carry their own brackets, in reading order."""
    if not _splits_its_lead(item.task):
        return []
    inside = [t for t in item.doc.tasks if _clause_of(item.task, t)]
    # Only brackets a rule or a label reads (列第一位的为牵头单位, 牵头单位：): sentences that each open with their
    # own actor ("教育行政部门要…。发展改革部门要…") are duties of many bodies, not one item's split lead.
    if len(inside) < 2 or any(
        t.lead_basis not in _BRACKET_LEAD and not _LABELLED_CLAUSE.search(t.quote) for t in inside
    ):
        return []
    return sorted(inside, key=lambda t: t.start)


def _nested_clauses(ranked: list[Ranked]) -> list[tuple[int, Ranked]]:
    """(rank, record) of the clause records with a lead inside the best-ranked item, when that item has units and no
    lead of its own; none otherwise."""
    top = ranked[0]
    if not _splits_its_lead(top.task):
        return []
    return [
        (n, r)
        for n, r in enumerate(ranked[1:], start=1)
        if r.doc.doc_id == top.doc.doc_id and _clause_of(top.task, r.task)
    ]


def _clause_of_item_first(ranked: list[Ranked]) -> list[Ranked]:
    """An item whose sentences each carry their own bracket ("…（责任单位：A、B）…（责任单位：C）") has no one lead;
    asked who leads it, the clause record that matches the question clearly best answers, with its own lead."""
    nested = _nested_clauses(ranked)
    if not nested or (len(nested) > 1 and nested[0][1].score - nested[1][1].score < _CLAUSE_MARGIN):
        return ranked
    return _lifted(ranked, nested[0][0])


# The share of the topic words its article says that the answering sentence must say itself, and the share of what
# it says that its article's other sentences must not say.
_SENTENCE_SHARE = 0.5
_OWN_WORDS = 0.5


def _says_term(term: str, text: str) -> bool:
    return term in text or any(other in text for other in wording.SYNONYMS.get(term, ()))


def _sentence_of_article_first(given: list[Ranked], topic: str, vocab) -> list[Ranked]:
    """An article whose sentences bind different bodies has no lead of its own ("…具体执行标准由市、县（市）人民政府
    确定公布。…自然资源和规划部门应当组织…进行道路交通影响评价"): asked who does one of its works, the sentence that
    alone says a distinctive asked word answers, with its own body. Words the article says around its sentences (the
    projects its list names) choose none of them."""
    ranked = _outer_article_first(given)
    top = ranked[0]
    nested = _nested_clauses(ranked)
    if len(nested) < 2:
        return given
    terms = topic_terms(topic)
    said = [{t for t in terms if _says_term(t, _with_its_list(r))} for _, r in nested]

    spread = _spread_in_document(top.doc, terms)

    def weight(words: set[str]) -> float:
        # Words the whole document says (its title's, "长者饭堂" in a 长者饭堂 办法) tell its sentences apart little.
        return sum(vocab.weight(t) * (1.0 - spread[t]) for t in words)

    best = max(range(len(nested)), key=lambda i: weight(said[i]))
    others = [said[i] for i in range(len(nested)) if i != best]
    if len(said[best]) < 2 or any(weight(o) >= weight(said[best]) for o in others):
        return given
    # Mostly words of the question only this sentence says ("交通影响评价"), not ones its article's other sentences
    # say as well.
    if weight(said[best] - set().union(*others)) < _OWN_WORDS * weight(said[best]):
        return given
    # The sentence says most of what the article says of the asked work: the article's own sentences naming no body
    # ("总指挥由国家发展改革委主要负责人担任") are no clause's to take.
    if weight(said[best]) < _SENTENCE_SHARE * weight({t for t in terms if _says_term(t, top.task.quote)}):
        return given
    return _lifted(ranked, nested[best][0])


# A sentence opening a list of its own ("…为市场主体提供下列服务：（一）搭建…交流平台；（二）…").
_OPENS_A_LIST = re.compile(r"(?:下列|以下|如下)[\u4e00-\u9fff]{0,6}[：:]?\s*$")
_NEXT_ARTICLE = re.compile(r"\n\s*第[一二三四五六七八九十百零\d]{1,5}条")


def _with_its_list(record: Ranked) -> str:
    """A clause's words, with the list it opens ("提供下列服务：") up to its article's end: the listed works are
    that sentence's body's."""
    quote = record.task.quote
    if not _OPENS_A_LIST.search(quote):
        return quote
    text = record.doc.text
    following = text[record.task.end : record.task.end + 600]
    if not re.match(
        r"\s*[：:]?\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])",
        following,
    ):
        return quote
    end = _NEXT_ARTICLE.search(following)
    return quote + following[: end.start() if end else len(following)]


def _spread_in_document(doc: PolicyDocument, terms: Sequence[str]) -> dict[str, float]:
    """For each term, how much of ``doc`` says it: 0.9 for a word of its title, else the share of its items that do
    (at most 0.9)."""
    items = _item_quotes(doc) or [doc.text]
    return {
        t: 0.9 if _says_term(t, doc.title) else min(0.9, sum(_says_term(t, q) for q in items) / len(items))
        for t in terms
    }


# A clause record scoring within this much of its own article (whose heading, its first sentence, it shares) ties.
_ARTICLE_TIE = 0.02


def _outer_article_first(ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` with the lead-less article first when the best record is one of its own clauses scoring about the
    same: the clause borrows the article's heading (its first sentence), so the tie says nothing about the clause."""
    top = ranked[0]
    if top.task.kind != "inline_duty":
        return ranked
    for n, other in enumerate(ranked[1:], start=1):
        if top.score - other.score > _ARTICLE_TIE:
            break
        if (
            other.doc.doc_id == top.doc.doc_id
            and _splits_its_lead(other.task)
            and _clause_of(other.task, top.task)
        ):
            return _lifted(ranked, n)
    return ranked


def _written_lead_first(ranked: list[Ranked]) -> list[Ranked]:
    """ "由谁牵头" against one sentence read twice ("各省政府要建立省级政府办公厅牵头…的工作机制"): of the records
    of the best match's own span, the one the text writes as lead answers the verb asked; the body merely
    acting in that sentence does not. Nested records only: another item's written lead never jumps the queue."""
    top = ranked[0]
    if top.task.lead_basis in STATED_LEAD:
        return ranked
    for n, other in enumerate(ranked[1:], start=1):
        if top.score - other.score > ROLE_MARGIN:
            break
        nested = other.doc.doc_id == top.doc.doc_id and top.task.start <= other.task.start < top.task.end
        # ("…对企业发展中遇到的实际困难应当…协调解决。…没有具体责任部门或者涉及多个部门的，由同级中小企业促进工作
        # 管理部门牵头协调解决": another clause of the same article writes the lead asked)
        sibling = (
            other.doc.doc_id == top.doc.doc_id
            and top.task.kind == other.task.kind == "inline_duty"
            and other.task.section == top.task.section
        )
        if (nested or sibling) and other.task.lead_basis in STATED_LEAD:
            return _lifted(ranked, n)
    return ranked


def focused(q: Question, docs: Sequence[PolicyDocument]) -> list[Ranked]:
    wanted = set(q.focus)
    return [Ranked(1.0, d, t) for d in docs for t in d.tasks if (d.doc_id, t.section) in wanted]


_TIE = 1e-6


def _item_support(topic: str, item: Ranked, vocab) -> Support:
    """How well a record carries the topic: a clause record ("各区科创管理部门负责审核推荐") is read inside the
    item it belongs to, whose heading and other sentences say what the clause is about ("认定流程")."""
    task = item.task
    found = _task_support(topic, item, vocab)
    if task.kind != "inline_duty":
        return found
    outer = next(
        (
            t
            for t in item.doc.tasks
            if t.kind != "inline_duty" and t.start <= task.start and task.end <= t.end and t is not task
        ),
        None,
    )
    if outer is None:
        return found
    wider = _task_support(topic, replace(item, task=outer), vocab)
    # Only when the clause lacks nothing distinctive its item has: the item's other sentences speaking of the asked
    # work ("贷款" in the next sentence) make it theirs, not this clause's.
    if wider.coverage > found.coverage and set(found.missing) <= set(wider.missing):
        return wider
    return found


def best_per_document(assistant: Assistant, q: Question, ranked: list[Ranked]) -> list[Ranked]:
    """Each document's best-ranked task, kept when it carries enough of the topic (no all-words gate).

    The runner-up in the same document is remembered: a near tie lowers the answer's confidence.
    """
    vocab = assistant.workspace.vocabulary
    best: dict[str, Ranked] = {}
    runner_up: dict[str, float] = {}
    for item in ranked:
        doc_id = item.doc.doc_id
        if doc_id in best:
            # The item holding the chosen clause, or a clause of the chosen item, is the same answer, not a rival.
            if not _nested(best[doc_id].task, item.task):
                runner_up.setdefault(doc_id, item.score)
            continue
        if doc_id in runner_up and item.score < runner_up[doc_id] - _TIE:
            continue
        found = _item_support(q.topic, item, vocab)
        if is_supported(found, assistant.threshold) or (TASKS_RANKED and found.coverage >= TASK_FLOOR):
            best[doc_id] = item
            runner_up.pop(doc_id, None)
        else:
            # The document's best does not match: nothing ranked below it will, but a record tied with it (the item
            # holding a clause that ranked first) may.
            runner_up.setdefault(doc_id, item.score)
    # Agreement counts only inside the one document asked: across a library, a record first in some document is
    # no evidence that the question is about it.
    if ranked and q.topic and len({r.doc.doc_id for r in ranked}) == 1:
        _agree(assistant, q, ranked, best, runner_up)
    chosen = sorted(
        (replace(r, runner_up=runner_up.get(d, 0.0)) for d, r in best.items()),
        key=lambda r: r.score,
        reverse=True,
    )
    if not chosen:
        return []
    if q.compare or (len(q.jurisdictions) > 1):
        return chosen
    return [r for r in chosen if r.score >= RELATIVE_SCORE * chosen[0].score]


def _nested(a: Task, b: Task) -> bool:
    return a.start <= b.start < a.end or b.start <= a.start < b.end


def _agree(
    assistant: Assistant,
    q: Question,
    ranked: list[Ranked],
    best: dict[str, Ranked],
    runner_up: dict[str, float],
) -> None:
    """The one document's first record, marked agreed when both rankers put it first: the word match ahead of every
    other record by AGREED_MARGIN, and the lexical index's best passage of the document inside it. Agreed, it
    passes below the coverage gate down to AGREED_FLOOR — a question in a cadre's own words ("园区门口的禁行限行牌子
    归谁设置" of "公安机关应当科学合理设置产业园区禁行、限行标志") misses a word or two however well it is aimed — and
    its confidence is at least AGREED_CONFIDENCE."""
    first = ranked[0]
    doc_id = first.doc.doc_id
    taken = best.get(doc_id)
    if taken is not None and taken.task is not first.task:
        return
    second = next((r.score for r in ranked[1:] if not _nested(first.task, r.task)), 0.0)
    if first.score - second < AGREED_MARGIN or not _lexical_first(assistant, q, first):
        return
    if (
        taken is None
        and _item_support(q.topic, first, assistant.workspace.vocabulary).coverage < AGREED_FLOOR
    ):
        return
    best[doc_id] = replace(first, agreed=True)
    runner_up.pop(doc_id, None)


def _lexical_first(assistant: Assistant, q: Question, item: Ranked) -> bool:
    """The lexical index's best passage of the item's document lies in the item."""
    hits = assistant.workspace.index.search(q.topic, k=3, doc_ids=[item.doc.doc_id])
    top = next((h.chunk for h in hits if h.chunk.task_index >= 0), None)
    return top is not None and item.task.start <= top.start < item.task.end


def answer_tasks(
    assistant: Assistant, q: Question, docs: Sequence[PolicyDocument], chosen: list[Ranked] | None = None
) -> Draft | None:
    if chosen:
        pass
    elif q.follow_up and q.focus:
        chosen = focused(q, docs)
    elif not q.topic:
        return None
    else:
        chosen = best_per_document(assistant, q, rank_tasks(assistant, q, docs))
        if q.intent in (Intent.LEAD, Intent.UNITS):
            chosen = [_with_heading_units(r) for r in chosen]
    if not chosen:
        return None
    lines, findings, notes = [], [], []
    for item in chosen:
        clauses = _clause_records(item) if q.intent == Intent.LEAD else []
        if clauses:
            # No one lead for the item: each sentence's bracket names its own; all of them answer.
            lines.append(compose.clause_leads_sentence(item.task, clauses, compose.doc_name(item.doc)))
            findings.extend(compose.finding_for_task(item.doc, c, item.score) for c in clauses)
            continue
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
            more = passages.covering_sentence(q.topic, item.task.quote, body, assistant.workspace.vocabulary)
            whole = item.task.quote.strip()
            if not more and len(whole) <= _SHORT_ITEM and whole not in body:
                # "可以怎么支持，由谁来定": a one-sentence item states the other part in the words it uses.
                more = whole
            if more:
                body += f"原文还写道：“{more}”"
        lines.append(body)
        findings.append(compose.finding_for_task(item.doc, item.task, item.score))
        notes.extend(
            Citation(item.doc.doc_id, item.doc.title, item.task.section, span.quote, span.start, span.end)
            for span in extra
        )
    return Draft("\n".join(lines), tuple(findings), tuple(notes), confidence=task_confidence(chosen))
