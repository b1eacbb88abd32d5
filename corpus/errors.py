"""The one error root: every error a person can act on carries a Chinese ``message`` and a machine ``code``.

Each surface maps it in one place: the API's exception handler (``code`` → HTTP status), the CLI's ``main``
(exit code 2 and the message) and the Gradio callback wrapper (a Chinese toast). Layers raise their own
subclasses; nothing else defines a ``.message``.
"""

from __future__ import annotations


class PolicyAssistantError(Exception):
    """Base class: ``message`` is a sentence a cadre can act on, ``code`` a stable machine-readable name."""

    code = "error"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class CorpusError(PolicyAssistantError):
    """A document cannot be read, stored or found."""

    code = "corpus_error"


class UnreadableDocument(CorpusError):
    """The file cannot be read as a policy document (corrupt, empty, binary, unsupported type)."""

    code = "unreadable_document"


class UnsupportedFileType(UnreadableDocument):
    code = "unsupported_file_type"


class DocumentTooLarge(UnreadableDocument):
    code = "document_too_large"


class LimitExceeded(DocumentTooLarge):
    """A document grew past a limit while being read: ``limit`` names it, ``part`` says where reading was."""

    code = "limit_exceeded"

    def __init__(self, message: str, limit: str = "", part: str = ""):
        super().__init__(message)
        self.limit = limit
        self.part = part


class ParseFailed(UnreadableDocument):
    """The parse worker gave up on a file: too slow, too much memory, or a fault inside the parser."""

    code = "parse_failed"

    def __init__(self, message: str, limit: str = "", part: str = ""):
        super().__init__(message)
        self.limit = limit
        self.part = part


class ParserStopped(CorpusError):
    """The service is shutting down and ended the parse worker mid-file; the upload stays journalled."""

    code = "parser_stopped"
