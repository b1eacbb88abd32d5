"""Errors the corpus layer raises; the CLI, API and UI turn them into Chinese messages."""


class CorpusError(Exception):
    """Base class: ``message`` is a sentence a cadre can act on."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class UnreadableDocument(CorpusError):
    """The file cannot be read as a policy document (corrupt, empty, binary, unsupported type)."""


class UnsupportedFileType(UnreadableDocument):
    pass


class DocumentTooLarge(UnreadableDocument):
    pass
