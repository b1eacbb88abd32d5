"""What a yes/no question claims, checked against the matched record: 是 / 不是, never a guess.

"是不是X牵头？" claims a lead, "X有没有参与" a part in the task, "是不是要超过三千万美元" a figure. The verdict
is read from the record the answer quotes; when the record cannot settle the claim there is no verdict and the
answer says what the document does say.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence

from assistant import wording
from assistant.answer import Finding
from assistant.vocabulary import Vocabulary

_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(万亿|亿|万|千|百)?(?:个)?\s*(成|%|％)?")
_SCALE = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2, None: 1.0}


def to_arabic(text: str) -> str:
    """Chinese numerals and colloquial amounts as digits: 三千万 → 30000000, 四成 → 4成, 八十个亿 → 80个亿."""
    import cn2an

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return cn2an.transform(text, "cn2an")
        except (ValueError, KeyError, IndexError):
            return text


def amounts(text: str) -> set[float]:
    """Every figure in ``text`` as a plain value (3000万 → 3e7, 四成 / 40% → 40; years are left out)."""
    values: set[float] = set()
    for match in _AMOUNT.finditer(to_arabic(text)):
        number, scale, share = match.groups()
        if re.fullmatch(r"(19|20)\d{2}", number) and text[match.end() : match.end() + 1] in "年":
            continue
        value = float(number) * _SCALE[scale]
        if share == "成":
            value *= 10
        values.add(round(value, 6))
    return values


def verdict(
    question_text: str,
    claimed_units: Sequence[str],
    finding: Finding,
    answer_text: str,
    vocab: Vocabulary,
) -> bool | None:
    """True / False when the matched record settles the claim, None when it cannot."""
    if claimed_units:
        joins = wording.COOPERATING_VERBS.search(question_text) and not wording.LEAD_VERBS.search(
            re.sub(r"负责", "", question_text)
        )
        pool = finding.units if joins else finding.lead_units
        if not finding.lead_units and not joins:
            return None
        return any(
            vocab.unit_matches(claimed, written, finding.jurisdiction)
            or claimed in written
            or written in claimed
            for claimed in claimed_units
            for written in pool
        )
    claimed_figures = amounts(wording.YEAR.sub(" ", question_text))
    if claimed_figures:
        stated = amounts(wording.YEAR.sub(" ", answer_text))
        if not stated:
            return None
        return claimed_figures <= stated
    return None
