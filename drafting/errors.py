"""Errors the drafting layer raises; the CLI, API and UI turn ``message`` into what a cadre reads."""

from __future__ import annotations

from corpus.errors import PolicyAssistantError


class DraftingError(PolicyAssistantError):
    """Base class: ``message`` is a Chinese sentence a cadre can act on."""

    code = "drafting_error"


class MissingField(DraftingError):
    """Required form fields are absent or blank; ``field`` is the first one's Chinese name (e.g. 投资规模).

    ``fields`` lists every missing one, so a cadre fixes the form once rather than field by field.
    """

    code = "missing_field"

    def __init__(self, field: str, *more: str):
        self.field = field
        self.fields = (field, *more)
        super().__init__(f"缺少必填项：{'、'.join(self.fields)}")


class InvalidField(DraftingError):
    """A field is present but cannot be used (an unreadable date, a list where text is expected…)."""

    code = "invalid_field"

    def __init__(self, field: str, reason: str):
        self.field = field
        self.reason = reason
        super().__init__(f"“{field}”填写有误：{reason}")


class LedgerError(DraftingError):
    """The ledger file as a whole cannot be read (wrong type, no header row, no project-name column)."""

    code = "ledger_error"


class RenderError(DraftingError):
    """LibreOffice or pdftoppm is missing or failed to convert the document."""

    code = "render_error"
