"""Dates as cadres write them: 2026-03-15, 2026/3/15, 2026.3.15, 2026年3月15日, 20260315, Excel cells."""

from __future__ import annotations

import datetime as dt
import re

_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[ T].*)?$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(value: object) -> dt.date | None:
    """The calendar day ``value`` names, or None when it names none (blank, 2026年, 明年初, 2026-02-30)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A date cell exported without its number format arrives as an Excel serial day count.
        if 20000 <= value <= 80000:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        value = str(int(value)) if float(value).is_integer() else str(value)
    text = str(value or "").strip()
    # Full-width digits and separators come from Chinese input methods.
    text = text.translate(str.maketrans("０１２３４５６７８９／－．", "0123456789/-."))
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None
