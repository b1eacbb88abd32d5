"""Field values are data: strip what XML cannot hold, and reduce names to one harmless file name."""

from __future__ import annotations

import re
import unicodedata

# XML 1.0 allows \t \n \r and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NAME_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
MAX_NAME_CHARS = 80


def clean_text(value: object) -> str:
    """The value as text a .docx can store: XML-illegal control characters removed, line ends unified."""
    text = "" if value is None else str(value)
    text = _XML_ILLEGAL.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def safe_filename(name: str, fallback: str = "公文") -> str:
    """One plain file name: no directories, no traversal, no reserved characters, at most 80 characters."""
    text = unicodedata.normalize("NFC", clean_text(name))
    text = _NAME_UNSAFE.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip(" ._")
    text = re.sub(r"\.{2,}", ".", text)
    text = text[:MAX_NAME_CHARS].strip(" ._")
    return text or fallback
