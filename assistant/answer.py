"""What the assistant returns: an answer, the findings it rests on, and the citations that prove it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from corpus.model import LeadBasis, Record, Target


class Intent(StrEnum):
    """What a question asks for; answers, evals and the UI switch on these, spelt once."""

    LEAD = "lead"  # who leads task X
    UNITS = "units"  # which units are on task X (all / cooperating)
    TARGET = "target"  # a quantitative target
    UNIT_TASKS = "unit_tasks"  # what unit U is responsible for
    COMPARE = "compare"  # the same thing across documents
    YES_NO = "yesno"  # "是不是X牵头？" / "是不是要超过3000万美元": opens with 是 / 不是, then the facts
    TIME = (
        "time"  # a date (印发/施行/通过), a deadline (完成时限, 多少天内) or a frequency (每季度, 多久一次)
    )
    OPEN = "open"  # anything else, answered from passages
    ABSTAIN = "abstain"  # an answer that declines


@dataclass(frozen=True)
class Citation(Record):
    """A verbatim passage: ``document.text[start:end] == quote``."""

    doc_id: str
    doc_title: str
    section: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Finding(Record):
    """One task or passage that answers the question, with its structured facts."""

    doc_id: str
    doc_title: str
    jurisdiction: str
    section: str
    task: str
    lead_units: tuple[str, ...]
    units: tuple[str, ...]
    targets: tuple[Target, ...]
    quote: str
    start: int
    end: int
    score: float = 0.0
    # Which convention named the lead (document_rule, explicit, convenes, first_listed …): an answer's
    # confidence in a lead the document does not state (first_listed) is lower than in one it states.
    lead_basis: LeadBasis = LeadBasis.NONE


@dataclass(frozen=True)
class Answer(Record):
    question: str
    answer: str
    abstained: bool
    intent: Intent = Intent.OPEN
    findings: tuple[Finding, ...] = ()
    citations: tuple[Citation, ...] = ()
    lead_unit: str = ""
    units: tuple[str, ...] = ()
    targets: tuple[Target, ...] = ()
    notes: tuple[str, ...] = field(default=())
    # How sure the match is, 0..1: the evidence score of the best finding and its margin over the next.
    # Calibrated on the dev split of evals/robustness.jsonl (see evals/README.md); 0 for an abstention.
    confidence: float = 0.0
