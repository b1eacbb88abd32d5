"""What the assistant returns: an answer, the findings it rests on, and the citations that prove it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from corpus.model import Target


@dataclass(frozen=True)
class Citation:
    """A verbatim passage: ``document.text[start:end] == quote``."""

    doc_id: str
    doc_title: str
    section: str
    quote: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Finding:
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

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "doc_title": self.doc_title,
            "jurisdiction": self.jurisdiction,
            "section": self.section,
            "task": self.task,
            "lead_units": list(self.lead_units),
            "units": list(self.units),
            "targets": [t.to_json() for t in self.targets],
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    abstained: bool
    intent: str = "open"
    findings: tuple[Finding, ...] = ()
    citations: tuple[Citation, ...] = ()
    lead_unit: str = ""
    units: tuple[str, ...] = ()
    targets: tuple[Target, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "intent": self.intent,
            "lead_unit": self.lead_unit,
            "units": list(self.units),
            "targets": [t.to_json() for t in self.targets],
            "findings": [f.to_json() for f in self.findings],
            "citations": [c.to_json() for c in self.citations],
        }
