"""Chinese numerals as used in policy numbering (一 … 九十九, 〇/零) and the label forms built on them."""

from __future__ import annotations

_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    # A web copy may type the zero of a date in words as the letter O: 二ＯＯ六年三月十四日.
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_NUMERAL_CHARS = "一二三四五六七八九十百零〇两"


def cn_to_int(text: str) -> int | None:
    """'十三' -> 13, '二十' -> 20, '一百零五' -> 105; None if the text is not a Chinese numeral."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch] if current else _DIGITS[ch]
    return total + current


def numeral_value(text: str) -> int | None:
    """A number as a label writes it, in digits or in Chinese numerals: '13' / '十三' -> 13; None otherwise."""
    return int(text) if text.isdigit() else cn_to_int(text)


def int_to_cn(n: int) -> str:
    """13 -> '十三'; used to show normalised labels."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return str(n)


def digits_to_int(text: str) -> int | None:
    """'二〇一九' -> 2019: numerals read digit by digit (a year, a serial number); None if any is not a digit."""
    if not text or any(ch not in _DIGITS for ch in text):
        return None
    return int("".join(str(_DIGITS[ch]) for ch in text))


def date_in_words(year: int, month: int, day: int) -> str:
    """二〇〇六年五月二十三日: a date as a signature writes it."""
    return f"{''.join('〇一二三四五六七八九'[int(d)] for d in str(year))}年{int_to_cn(month)}月{int_to_cn(day)}日"


def cn_to_number(text: str) -> float:
    """'3000' -> 3000.0, '1.5' -> 1.5, '六十' -> 60.0, '百' -> 100.0, '千' -> 1000.0, '万' -> 10000.0."""
    try:
        return float(text)
    except ValueError:
        pass
    total, section, current = 0, 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in "十百千":
            section += (current or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            current = 0
        elif ch == "万":
            total += (section + current or 1) * 10000
            section, current = 0, 0
    return float(total + section + current)
