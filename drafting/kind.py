"""The one protocol every document kind implements; a new kind is one module with one ``DraftKind`` subclass.

A kind declares its form (a ``drafting.fields.OfficialForm`` model), the topic its 政策依据 is searched by, and
how the form becomes a title, a file name and a laid-out document. ``drafting.kinds`` registers the kinds and
drafts any of them the same way.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import ClassVar

from drafting.basis import PolicyBasis
from drafting.fields import FieldSpec, OfficialForm
from drafting.format import OfficialDocument
from drafting.narrative import Phrase


class DraftKind(ABC):
    """One kind of document: its form, its 政策依据 topic, its layout."""

    name: ClassVar[str]  # plan / visit-report / reminder (CLI and API spelling)
    label: ClassVar[str]  # 一对一上门招商计划书 …
    topic: ClassVar[str]  # space-separated terms, the first the most telling
    form: ClassVar[type[OfficialForm]]

    @property
    def example(self) -> Mapping[str, object]:
        """A complete, realistic set of fields (each field's declared example)."""
        return self.form.example()

    def fields(self) -> tuple[FieldSpec, ...]:
        """Per-field metadata (key, label, aliases, required, example, help, shape) for form builders."""
        return self.form.specs()

    def read_form(self, fields: Mapping[str, object]) -> OfficialForm:
        """The typed form from JSON-like fields; raises MissingField / InvalidField."""
        return self.form.read(fields)

    def letter_date(self, form: OfficialForm) -> dt.date:
        """The 成文日期 the document carries."""
        return form.date or dt.date.today()

    def basis_excludes(self, form: OfficialForm) -> tuple[str, ...]:
        """Words a quoted clause must not contain for this form (a reminder to a 已履约 project: 未履约)."""
        return ()

    @abstractmethod
    def title(self, form: OfficialForm) -> str: ...

    @abstractmethod
    def filename(self, form: OfficialForm) -> str: ...

    @abstractmethod
    def compose(
        self, form: OfficialForm, basis: PolicyBasis, phrase: Phrase | None = None
    ) -> OfficialDocument:
        """The laid-out document."""
