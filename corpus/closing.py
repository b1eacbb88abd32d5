"""The closing of a plan, 意见 or 通知: the paragraphs after its last numbered item, the signature and the date.

"体育总局要会同有关方面做好指导、督查和总结工作…", "各有关部门…于2018年12月31日前报送国务院办公厅。",
"本通知自印发之日起施行", then "国务院办公厅 / 2018年12月11日 / （此件公开发布）". None of it belongs to the
last item: it is a section of its own (``结尾``), so a question about it cites it and not item 三十.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.layout import Line

CLOSING = "结尾"  # the closing's section id, label and heading

_DOC_KINDS = r"(?:通知|意见|实施意见|方案|实施方案|工作方案|办法|实施办法|细则|实施细则|措施|若干措施|规划|计划|行动计划|规定|决定)"
# A paragraph that opens the closing even inside an item whose text runs on (no unit bracket ends it).
_CLOSING_CUES = re.compile(
    rf"^(?:感谢|特此(?:通知|函复|复函|批复)|此复|以上意见|本{_DOC_KINDS}自.{{0,30}}(?:施行|实施|执行)"
    rf"|(?:请)?各(?:地区|地)?[、，]?各(?:有关)?部门(?:要|应)?(?:结合实际[，,]?)?认真贯彻)"
)
_DATE_LINE = re.compile(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$"
)
_PUBLICATION_NOTE = re.compile(
    r"^[（(](?:此件|本件)?(?:公开发布|不公开|本文有删减|有删减|删减)[^）)]{0,10}[）)]$"
)
_ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff（）()、\s]{2,40}$")


def closing_start(lines: Sequence[Line], last_item_line: int, last_item_end: int) -> int | None:
    """Index of the line that opens the closing, or None when the document has none.

    ``last_item_line`` is the line the last numbered item starts on, ``last_item_end`` where its text ends:
    text after that end is closing text; inside an item that runs to the end, a closing cue ("感谢…",
    "本通知自印发之日起施行") or the signature block opens it.
    """
    if last_item_line < 0:
        return None
    after = next((n for n in range(last_item_line + 1, len(lines)) if lines[n].start > last_item_end), None)
    signature = _signature_start(lines, last_item_line)
    if after is not None and (signature is None or after <= signature):
        return after if lines[after].table < 0 else None
    for n in range(last_item_line + 1, signature if signature is not None else len(lines)):
        if lines[n].table < 0 and _CLOSING_CUES.match(lines[n].text.strip()):
            return n
    return signature


def _signature_start(lines: Sequence[Line], floor: int) -> int | None:
    """The signature block at the very end: issuer line(s), the date line, a publication note."""
    n = len(lines)
    while n > floor + 1 and _PUBLICATION_NOTE.match(lines[n - 1].text.strip()):
        n -= 1
    if n <= floor + 1 or not _DATE_LINE.match(lines[n - 1].text.strip().replace(" ", "")):
        return None
    n -= 1
    while n > floor + 1 and lines[n - 1].table < 0 and _is_issuer(lines[n - 1].text.strip()):
        n -= 1
    return n


def _is_issuer(text: str) -> bool:
    """'国务院办公厅', '中共湘西州委办公室　湘西州人民政府办公室': names alone on the line, no sentence."""
    return bool(_ISSUER_LINE.match(text)) and bool(
        re.search(r"(?:国务院|办公厅|办公室|人民政府|委员会|政府|局|厅|部|委|署|会)$", text.replace(" ", ""))
    )
