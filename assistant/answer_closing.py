"""Duties a document assigns after its last numbered item ("体育总局要会同有关方面做好指导、督查和总结工作",
"各省政府要建立省级政府办公厅牵头…的工作机制"): who does that work is read from the closing paragraph itself."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant import compose
from assistant.answer import Finding
from assistant.compose import Draft
from assistant.evidence import coverage
from assistant.understand import Question
from assistant.vocabulary import Vocabulary
from corpus.duties import find_inline_duties
from corpus.model import PolicyDocument

_SENTENCE = re.compile(r"[^。；;\n]+[。；;]?")
# "建立由X牵头的…机制": the body leading the mechanism follows the verb that sets it up, not the clause's subject.
_SETS_UP = re.compile(r"(?:建立|成立|组建|设立|健全)(?:由)?")
# A closing sentence answers when it covers this much of the topic, and clearly more than the matched item.
CLOSING_MATCH = 0.45
_CLOSING_MARGIN = 0.1


def closing_duty(
    q: Question, docs: Sequence[PolicyDocument], vocab: Vocabulary, top: Finding | None
) -> Draft | None:
    """The closing sentence that best covers the topic and names who does it, as a lead answer; None unless it
    covers the topic better than ``top`` (the item the question matched, if any) does.

    Words of the document's own title ("体育竞赛表演产业") are left out of the topic on both sides: every part of
    that document is about them, so they tell no sentence of it from another."""
    if not q.topic:
        return None
    matched = 0.0
    if top is not None:
        matched = coverage(_own_topic(q.topic, top.doc_title), f"{top.task}\n{top.quote}", vocab)
    best: tuple[float, PolicyDocument, compose.Span, tuple[str, ...], tuple[str, ...]] | None = None
    for doc in docs:
        items = [t for t in doc.tasks if t.kind != "inline_duty"]
        if not items:
            continue
        after = max(t.end for t in items)
        for match in _SENTENCE.finditer(doc.text, after):
            sentence = match.group(0).strip()
            if len(sentence) < 8:
                continue
            duty = _duty(sentence)
            if duty is None:
                continue
            score = coverage(_own_topic(q.topic, doc.title), sentence, vocab)
            if best is None or score > best[0]:
                at = doc.text.find(sentence, match.start())
                best = (score, doc, compose.Span(sentence, at, at + len(sentence)), *duty)
    if best is None:
        return None
    score, doc, span, leads, cooperating = best
    if score < CLOSING_MATCH or score < matched + _CLOSING_MARGIN:
        return None
    finding = replace(
        compose.finding_for_task_span(doc, span, score),
        task="",
        lead_units=leads,
        units=leads + cooperating,
    )
    also = f"，会同{'、'.join(cooperating)}" if cooperating else ""
    text = (
        f"{'、'.join(leads)}负责{also}（文件在各项任务之后写明），见{compose.doc_name(doc)}：“{span.quote}”"
    )
    return Draft(text, (finding,), confidence=min(1.0, score))


def _own_topic(topic: str, title: str) -> str:
    """The topic's words that are not the document's subject (its title's words); the topic if none are left."""
    own = " ".join(w for w in topic.split() if w not in title)
    return own or topic


def _duty(sentence: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(leads, cooperating units) a sentence assigns, each as the sentence writes it; None if it assigns none."""
    candidates = [sentence]
    for verb in _SETS_UP.finditer(sentence):
        candidates.insert(0, sentence[verb.end() :])
    for text in candidates:
        duties = find_inline_duties(text)
        for duty in duties:
            leads = tuple(u for u in duty.lead_units if u in sentence)
            if leads:
                return leads, tuple(u for u in duty.cooperating_units if u in sentence)
    return None
