"""The document kinds the assistant drafts, and the one entry point: fields + corpus in, a finished DOCX out."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from assistant.answer import Answer
from corpus.model import PolicyDocument
from drafting import plan, reminder, visit_report
from drafting.basis import PolicyBasis, policy_basis
from drafting.errors import DraftingError
from drafting.narrative import opening_phraser


@dataclass(frozen=True)
class DraftKind:
    """One kind of document: its form, the topic its 政策依据 is looked up by, and how it is laid out."""

    name: str  # plan / visit-report / reminder (CLI and API spelling)
    label: str  # 一对一上门招商计划书 …
    topic: str
    module: ModuleType

    @property
    def form(self) -> type:
        """The typed form class (PlanForm / VisitReportForm / ReminderForm)."""
        return self.module.FORM

    @property
    def example(self) -> Mapping[str, object]:
        return self.module.EXAMPLE

    def read_form(self, fields: Mapping[str, object]) -> Any:
        """The typed form from JSON-like fields; raises MissingField / InvalidField."""
        return self.form.from_mapping(fields)


@dataclass(frozen=True)
class Draft:
    kind: str
    title: str
    filename: str
    content: bytes  # the .docx file
    basis: PolicyBasis


KINDS: dict[str, DraftKind] = {
    m.KIND: DraftKind(m.KIND, m.LABEL, m.TOPIC, m) for m in (plan, visit_report, reminder)
}


def draft_kind(name: str) -> DraftKind:
    """The kind called ``name``; DraftingError naming the known kinds otherwise."""
    try:
        return KINDS[name]
    except KeyError:
        known = "、".join(f"{k}（{v.label}）" for k, v in KINDS.items())
        raise DraftingError(f"未知的公文类型“{name}”，可选：{known}") from None


def draft_document(
    kind: str,
    form: object,
    documents: Sequence[PolicyDocument],
    ask: Callable[[str], Answer] | None = None,
    basis: PolicyBasis | None = None,
    llm=None,
) -> Draft:
    """Draft one document of ``kind`` from a typed form or a mapping of fields.

    ``basis`` may be passed in when many documents share it (a batch of reminder letters looks it up once).
    ``llm`` (``assistant.llm.chat_model(settings)``) may rephrase the opening paragraph; the template's text
    stands whenever the model adds anything the form does not hold.
    """
    spec = draft_kind(kind)
    if isinstance(form, Mapping):
        form = spec.read_form(form)
    if not isinstance(form, spec.form):
        raise DraftingError(f"{spec.label}的表单类型不正确")
    if basis is None:
        basis = policy_basis(spec.topic, documents, ask=ask, prefer=getattr(form, "issuer", ""))
    phrase = opening_phraser(llm) if llm is not None else None
    document = spec.module.compose(form, basis, phrase=phrase)
    return Draft(
        kind=kind,
        title=spec.module.title(form),
        filename=spec.module.filename(form),
        content=document.to_bytes(),
        basis=basis,
    )
