"""Open questions: a section's listing, else the best passages, phrased by the LLM when one is configured."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant import passages
from assistant.answer import Intent
from assistant.compose import Draft
from assistant.llm import phrase_open_answer
from assistant.understand import Question
from corpus.model import PolicyDocument

if TYPE_CHECKING:
    from assistant.answering import Assistant

_SENTENCE_END = re.compile("。")
# Open questions: the best passage is taken on its rank from this much topic coverage (no all-words gate).
OPEN_FLOOR = 0.5


def answer_open(
    assistant: Assistant, q: Question, docs: Sequence[PolicyDocument], numbers_only: bool = False
) -> Draft | None:
    vocab = assistant.workspace.vocabulary
    if not numbers_only:
        listing = passages.section_listing(q, docs, vocab)
        if listing is not None:
            return listing
    findings = passages.best_passages(
        assistant.workspace.index,
        q,
        docs,
        vocab,
        numbers_only=numbers_only,
        threshold=OPEN_FLOOR if OPEN_FLOOR < 1 and q.intent == Intent.OPEN else assistant.threshold,
        ranked=OPEN_FLOOR < 1 and q.intent == Intent.OPEN,
    )
    if not findings:
        return None
    top = findings[0]
    if q.intent == Intent.OPEN and not q.yes_no and not q.unit_mentions:
        # "…怎么规定的": the provision, read on past the matched clause to the end of its item.
        top = passages.read_on(vocab.document(top.doc_id), top) or top
        findings = [top, *findings[1:]]
    elif not q.yes_no and not top.quote.rstrip().endswith("。"):
        # A figure or a span quoted from a clause: the sentence goes on with its other case ("…处五千元以上三万元
        # 以下罚款；情节严重的，处三万元以上十万元以下罚款。").
        top = passages.read_on(vocab.document(top.doc_id), top, until=_SENTENCE_END) or top
        findings = [top, *findings[1:]]
    extractive = passages.passage_sentence(vocab.document(top.doc_id), top)
    text = extractive
    if assistant.llm is not None and q.intent == Intent.OPEN:
        text = phrase_open_answer(assistant.llm, q.text, findings, vocab.unit_names) or extractive
    return Draft(text, tuple(findings))
