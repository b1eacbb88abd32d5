"""The document kinds the assistant drafts, and the one entry point: fields + corpus in, a finished DOCX out.

A kind is one module with one ``drafting.kind.DraftKind``; registering it here is the only other step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from assistant.answer import Answer
from corpus.model import PolicyDocument
from drafting import plan, reminder, visit_report
from drafting.basis import PolicyBasis, basis_notes, policy_basis
from drafting.errors import DraftingError
from drafting.kind import DraftKind
from drafting.narrative import opening_phraser


@dataclass(frozen=True)
class Draft:
    kind: str
    title: str
    filename: str
    content: bytes  # the .docx file
    basis: PolicyBasis
    # What the cadre should know before sending, shown by the CLI and UI and never printed in the document:
    # an expired plan quoted, a 政策依据 paragraph left out because nothing fits.
    notes: tuple[str, ...] = ()


KINDS: dict[str, DraftKind] = {spec.name: spec for spec in (plan.SPEC, visit_report.SPEC, reminder.SPEC)}


def draft_kind(name: str) -> DraftKind:
    """The kind called ``name``; DraftingError naming the known kinds otherwise."""
    try:
        return KINDS[name]
    except KeyError:
        known = "、".join(f"{k}（{v.label}）" for k, v in KINDS.items())
        raise DraftingError(f"未知的公文类型“{name}”，可选：{known}") from None


def _narrow(basis: PolicyBasis, exclude: Sequence[str]) -> PolicyBasis:
    """A shared basis without the clauses this form must not cite."""
    if not exclude:
        return basis
    kept = tuple(c for c in basis.clauses if not any(word in c.quote for word in exclude))
    if len(kept) == len(basis.clauses):
        return basis
    return PolicyBasis(basis.topic, kept, basis.source if kept else "none", basis.scope)


def draft_document(
    kind: str,
    form: object,
    documents: Sequence[PolicyDocument],
    ask: Callable[[str], Answer] | None = None,
    basis: PolicyBasis | None = None,
    llm=None,
) -> Draft:
    """Draft one document of ``kind`` from a typed form or a mapping of fields.

    ``basis`` may be passed in when many documents share it (a batch of reminder letters looks it up once);
    clauses this form must not cite are dropped from it. ``llm`` (``assistant.llm.chat_model(settings)``) may
    rephrase the opening paragraph; the template's text stands whenever the model adds anything the form does
    not hold.
    """
    spec = draft_kind(kind)
    if isinstance(form, Mapping):
        form = spec.read_form(form)
    if not isinstance(form, spec.form):
        raise DraftingError(f"{spec.label}的表单类型不正确")
    exclude = spec.basis_excludes(form)
    if basis is None:
        basis = policy_basis(spec.topic, documents, ask=ask, prefer=form.issuer, exclude=exclude)
    else:
        basis = _narrow(basis, exclude)
    phrase = opening_phraser(llm) if llm is not None else None
    document = spec.compose(form, basis, phrase=phrase)
    return Draft(
        kind=kind,
        title=spec.title(form),
        filename=spec.filename(form),
        content=document.to_bytes(),
        basis=basis,
        notes=basis_notes(basis, form.issuer, spec.letter_date(form)),
    )
