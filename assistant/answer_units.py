"""A unit's tasks: what a named unit leads and joins in each document, or its part in one named item."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant import compose, wording
from assistant.answer_tasks import Ranked, rank_tasks
from assistant.compose import Draft
from assistant.evidence import coverage, local_topic, topic_terms
from assistant.understand import Question
from assistant.vocabulary import document_subject
from corpus.model import PolicyDocument, Role
from corpus.structure import ARTICLE_LABEL
from corpus.units import looks_like_unit

if TYPE_CHECKING:
    from assistant.answering import Assistant

# A unit's-tasks question names one item when its topic covers that item's name this well.
_NAMED_TASK = 0.8
# An item named by so many characters of distinctive words ("盐化工", "外资招引"): fewer name nothing.
_NAME_CHARS = 3
# A unit's task is about the field a question names when it covers the field's words this well.
_ON_TOPIC = 0.6


def answer_unit_tasks(assistant: Assistant, q: Question, docs: Sequence[PolicyDocument]) -> Draft | None:
    vocab = assistant.workspace.vocabulary
    lines, findings = [], []
    named = named_task(assistant, q, docs)
    if named is not None and any(t.section.startswith(f"{named.task.section}/") for t in named.doc.tasks):
        # "推广举措里…参与了哪几项": the words name a part holding many items, not one item: its items answer.
        docs = [named.doc]
        named = None
    if named is not None and not any(
        vocab.unit_matches(u, w, named.doc.jurisdiction) for u in q.units for w in named.task.units
    ):
        # "教育局在加大外资招引力度那项里负责什么": the item named does not list the unit, so the document
        # gives it no part there: the answer declines and says so.
        finding = compose.finding_for_task(named.doc, named.task, named.score)
        said = compose.lead_first(named.task)
        if q.yes_no and said:
            # "企业迁移登记是不是也归商务部门": the claim is answered — no, and who the item names instead.
            return Draft(
                f"不是。{said}{compose.doc_name(named.doc)}该项的责任单位中没有"
                f"{'、'.join(q.unit_mentions or q.units)}。",
                (finding,),
                confidence=min(named.score, 1.0),
            )
        return Draft(
            f"{compose.doc_name(named.doc)}“{compose.task_name(named.task)}”一项的责任单位中没有"
            f"{'、'.join(q.unit_mentions or q.units)}。",
            (compose.finding_for_task(named.doc, named.task, named.score),),
            confidence=named.score,
            declines=True,
        )
    answered: set[tuple[str, tuple[int, ...]]] = set()
    for unit in q.units:
        for doc in docs:
            leads, cooperates, names = [], [], []
            for task in doc.tasks:
                matches = [u for u in task.units if vocab.unit_matches(unit, u, doc.jurisdiction)]
                if not matches:
                    continue
                names.append(matches[0])
                (leads if matches[0] in task.lead_units else cooperates).append(task)
            if not leads and not cooperates:
                continue
            # The unit as asked where the document writes it so ("市商务部门", not the "市、区商务部门" of one
            # article), or as typed where the document defines that short name for it ("（以下简称投资促进主管部门）"),
            # else the name it writes most.
            defined = _defined_short_name(doc, q.unit_mentions, unit, vocab)
            name = defined or (unit if unit in names else _name_at_level(unit, q, names))
            leads, cooperates = _without_items_split(leads, cooperates)
            leads = [_named_by_its_item(doc, t) for t in leads]
            cooperates = [_named_by_its_item(doc, t) for t in cooperates]
            leads, cooperates = _on_topic(q, doc, leads, vocab), _on_topic(q, doc, cooperates, vocab)
            if q.role == Role.LEAD and wording.ASKS_ALONE.search(q.text):
                # "单独牵头的是哪几项": only the items it leads with no other lead beside it.
                leads = [t for t in leads if len(t.lead_units) == 1]
            # Two names of one body (大江东集聚区管委会 and its full name) find the same tasks: said once.
            said = (doc.doc_id, tuple(t.start for t in leads + cooperates))
            if not leads and not cooperates or said in answered:
                continue
            answered.add(said)
            # The unit first, then the document: a title names a unit too (《…市人民政府办公室关于…》), and the first
            # unit an answer names is read as the one it is about.
            sentence = compose.unit_tasks_sentence(name, leads, cooperates, q.role)
            lines.append(sentence.replace(name, f"{name}在{compose.doc_name(doc)}中", 1))
            shown_leads, shown_cooperates = compose.shown_unit_tasks(leads, cooperates, q.role)
            findings.extend(_naming(doc, t, name, 1.0) for t in shown_leads)
            findings.extend(_naming(doc, t, name, 0.5) for t in shown_cooperates)
    if not findings:
        return None
    # The unit was matched by name in the records: nothing approximate to doubt.
    return Draft("\n".join(lines), tuple(findings), confidence=1.0)


_LEVEL_WORD = re.compile(r"^(?:自治区|自治州|省|市|州|县|区|旗)")


def _name_at_level(unit: str, q: Question, names: list[str]) -> str:
    """The name the document writes most, of those at the level the question typed ("自治区人社部门" is the
    自治区人民政府人力资源和社会保障部门, not the 县级以上人民政府… of another article), one body before a list of
    them ("省商务厅" is the 省人民政府商务主管部门 rather than the 发展改革、商务主管部门 of one sentence)."""
    counts = Counter(names)
    typed = [*q.unit_mentions, unit]
    levels = {m.group() for m in (_LEVEL_WORD.match(x) for x in typed) if m}
    for mention in q.unit_mentions:
        before = q.text[: max(q.text.find(mention), 0)]
        levels.update(m.group() for m in [re.search(r"(?:自治区|自治州|省|市|州|县|区|旗)$", before)] if m)
    at_level = [n for n in counts if any(n.startswith(level) for level in levels)] or list(counts)
    return max(at_level, key=lambda n: ("、" not in n, counts[n]))


def _defined_short_name(doc: PolicyDocument, typed: Sequence[str], unit: str, vocab) -> str:
    """The name as typed, where ``doc`` defines it as the short name of ``unit`` ("…行政主管部门（以下简称投资促进
    主管部门）"); "" otherwise."""
    for mention in typed:
        note = re.search(rf"(?:以下简称|下称|简称)[“\"]?{re.escape(mention)}(?![\u4e00-\u9fff])", doc.text)
        if note and (mention == unit or vocab.unit_matches(mention, unit, doc.jurisdiction)):
            return mention
    return ""


def _named_by_its_item(doc: PolicyDocument, task):
    """A plan's clause record shown under its item's name ("强化能源保障：深化电力市场化改革…"), the way a reader
    finds it in the plan; an article's sentence is its own name."""
    if task.kind != "inline_duty":
        return task
    item = compose.holding_item(doc, task.start)
    if item is None or not item.title or ARTICLE_LABEL.match(item.label) or item.title in task.title:
        return task
    # (its title, not its number: a number the cited clause does not hold is no figure to state)
    return replace(task, title=f"{item.title}：{task.title}")


def _without_items_split(leads: list, cooperates: list) -> tuple[list, list]:
    """An article whose sentences give the unit duties of their own is said by those sentences, not once more
    as the whole article beside them."""
    clauses = [t for t in leads + cooperates if t.kind == "inline_duty"]

    def split(task) -> bool:
        if task.kind == "inline_duty" or not ARTICLE_LABEL.match(task.label):
            return False  # a plan's item keeps its own name ("推进乡镇敬老院规划建设"), an article has none
        inside = [
            c for c in clauses if c.section == task.section and task.start <= c.start and c.end <= task.end
        ]
        # Only where they say most of it: "X是…主管部门，应当承担以下职责：…" keeps the article, whose list is X's.
        return sum(c.end - c.start for c in inside) >= 0.5 * (task.end - task.start)

    return [t for t in leads if not split(t)], [t for t in cooperates if not split(t)]


def _on_topic(q: Question, doc: PolicyDocument, tasks: list, vocab) -> list:
    """ "大江东管委会在土地房屋征收上管哪些事": of the unit's tasks, those about the field the question names; all of
    them when it names none (or none of them is about it clearly)."""
    # "承担哪些职责": the duties asked for are all of them, not those whose text says 职责.
    topic = re.sub(r"职责|职能", " ", local_topic(q.topic, document_subject(doc))).strip()
    if len(topic.replace(" ", "")) < 2 or not any(vocab.is_rare(t) for t in topic_terms(topic)):
        return tasks
    if coverage(topic, doc.title, vocab) >= _ON_TOPIC:
        return tasks  # "自贸区措施": words naming the document (自贸区 for 自由贸易试验区), not a field within it
    about = [
        t for t in tasks if coverage(topic, f"{t.heading_path}\n{t.title}\n{t.body}", vocab) >= _ON_TOPIC
    ]
    return about or tasks


def _naming(doc: PolicyDocument, task, unit: str, score: float):
    """The task's finding, its quote widened to the sentence naming ``unit`` when the task's own quote does not
    (a duty clause "组织协调、统筹推进…" under "司法部负责…"): the unit an answer names is in what it cites."""
    span = compose.task_span(task)
    if unit not in span.quote:
        wider = compose.sentence_span(doc, task.start, task.end, must_contain=unit)
        if unit in wider.quote:
            span = wider
    return compose.finding_for_task(doc, task, score, span)


def named_task(assistant: Assistant, q: Question, docs: Sequence[PolicyDocument]) -> Ranked | None:
    """The one task a unit's-tasks question names by its words ("…那项"), if it names one clearly."""
    vocab = assistant.workspace.vocabulary
    # Generic words ("工作", "任务") name no item; a distinctive one ("外资招引") may.
    if len(q.topic.replace(" ", "")) < _NAME_CHARS or not any(vocab.is_rare(t) for t in topic_terms(q.topic)):
        return None
    if len(q.topic.replace(" ", "")) < 4 and looks_like_unit(q.topic.replace(" ", "")):
        return None  # "省政府" left of a unit typed with its other name names a body, not an item
    ranked = rank_tasks(assistant, q, docs)
    if not ranked:
        return None
    top = ranked[0]
    # Words the document's title has name the document ("广州积分入户里人社部门干哪些活"), never one of its items.
    own = local_topic(q.topic, document_subject(top.doc))
    if (
        len(own.replace(" ", "")) < _NAME_CHARS
        or coverage(own, compose.task_name(top.task), vocab) < _NAMED_TASK
    ):
        return None
    return top
