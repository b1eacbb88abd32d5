"""Pages printed in traditional characters (a government site's 繁體 view: "列第一位的為牽頭部門", "市財政局").

The catalogue of conventions and every word list are written in simplified characters. A document printed in
traditional ones is read through a shadow of its text in simplified characters, character for character (so every
offset holds), and every quote, title and unit name is then taken back from the document as printed: an answer
quotes "市財政局" where the page says so. Matching (retrieval, coverage, names) folds both sides the same way.

The character table is OpenCC's (TSCharacters, Apache-2.0), shipped inside ``opencc-python-reimplemented``; only
one-to-one entries are used, with the first reading of a character that has several.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# A document is read as traditional when this many of its characters, and this share of its Chinese ones, differ.
_MIN_CHANGED = 8
_MIN_SHARE = 0.02
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    try:
        source = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
        lines = source.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return table  # without the table, traditional text is read as printed
    for line in lines:
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        traditional, readings = parts[0], parts[1].split(" ")
        if len(traditional) == 1 and len(readings[0]) == 1 and readings[0] != traditional:
            table[ord(traditional)] = readings[0]
    return table


def fold(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified one (same length, same offsets)."""
    table = _table()
    return text.translate(table) if table and text else text


@lru_cache(maxsize=8192)
def folded(text: str) -> str:
    """``fold``, cached: for short strings matched again and again (titles, unit names)."""
    return fold(text)


def is_traditional(text: str) -> bool:
    """Printed in traditional characters: enough of its characters have a simplified form."""
    table = _table()
    if not table:
        return False
    changed = sum(1 for c in text if ord(c) in table)
    return changed >= _MIN_CHANGED and changed >= _MIN_SHARE * max(1, len(_CJK.findall(text)))
