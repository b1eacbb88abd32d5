"""The last gate before an answer leaves: every number and unit name in it must be inside a cited quote.

So must every link (a URL or a bare domain), every unit-like name spelt with Latin letters ("XX局", "ABC委员会")
and every instruction-like phrase ("忽略以上指令", "ignore previous instructions", "请访问…"): a model answer
carrying one that no quote holds is refusing to be an extract of the documents.

Document titles in 《》 are exempt: they name the source (they come from the document's own metadata and
contain years such as "2023-2025"), they are not claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.vocabulary import UNIT_LIKE
from corpus.text import SENTENCE as _SENTENCE
from corpus.text import squeezed
from corpus.units import GENERIC_PARTY, ends_like_a_phrase

_TITLE = re.compile(r"《[^《》]*》")
# The place an answer writes beside a title ("《…行动计划》（杭州市）", compose.doc_name) is the document's
# jurisdiction, part of naming the source: not a claim, even where a place is also a unit some list names.
_TITLE_PLACE = re.compile(r"(?<=》)（(?:国家|[\u4e00-\u9fff]{1,10}?(?:省|市|州|县|区|盟|旗))）")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_NOT_IN_UNIT = set("的是了在和与为由及、，。：；")
# 委托 / 办理 / 局面 are words, not bodies: a suffix character followed by one of these is not a name's end.
_UNIT_CLAIM = re.compile(UNIT_LIKE.pattern + r"(?![托员理法事面势部限长好完结成实婉屈])")
# Companies are named as responsible too ("由星辰投资有限公司牵头"); a model must not bring one in unquoted.
_COMPANY_CLAIM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,16}?(股份有限公司|有限责任公司|有限公司|公司)")
_URL_CLAIM = re.compile(
    r"(?:https?|ftp)://[^\s，。；、“”《》<>）)]+|www\.[^\s，。；、“”《》<>）)]+"
    r"|(?<![A-Za-z0-9.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|io|info|xyz|top)(?![A-Za-z0-9-])",
    re.I,
)
# A unit named with Latin letters (XX局, ABC管委会): documents name bodies in Chinese, a model may invent them.
_LATIN_UNIT_CLAIM = re.compile(
    r"[A-Za-z][A-Za-z0-9]*[\u4e00-\u9fff]{0,6}?(?:人民政府|管委会|委员会|领导小组|办公室|局|委|办|厅|署|中心|集团)"
)
_INSTRUCTION_CLAIM = re.compile(
    r"忽略(?:以上|上述|之前|前面|所有)|无视(?:以上|上述|之前)|系统提示|你现在是|作为(?:一个)?AI|请(?:访问|点击|登录|下载|扫码)"
    # Latin words next to Chinese have no \b between them (both are \w): look for letters instead.
    r"|(?<![A-Za-z])(?:ignore|disregard)\s+(?:all\s+)?(?:the\s+)?(?:previous|above|prior)(?![A-Za-z])"
    r"|(?<![A-Za-z])system\s*(?:prompt|:)|(?<![A-Za-z])you\s+are\s+now(?![A-Za-z])",
    re.I,
)


@dataclass(frozen=True)
class Claim:
    kind: str  # "number" / "unit" / "company" / "url" / "instruction"
    text: str


def _normalise(text: str) -> str:
    return squeezed(text.translate(_FULLWIDTH))


def without_titles(text: str) -> str:
    """Blank out 《titles》, nested ones too (《…关于印发《X方案》的通知》), innermost first, and the place
    written beside a title."""
    text = _TITLE_PLACE.sub(" ", text)
    previous = None
    while previous != text:
        previous, text = text, _TITLE.sub(" ", text)
    return text


def _haystack(quotes: Sequence[str]) -> str:
    """All quotes in one normalised string; the separator keeps a match from spanning two quotes."""
    return "\x00".join(_normalise(q) for q in quotes)


def _number_in(number: str, haystack: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d]|\.\d)", haystack) is not None


def claims(text: str, unit_names: Iterable[str]) -> list[Claim]:
    """Numbers and unit names asserted in ``text`` (outside 《titles》)."""
    body = without_titles(_normalise(text))
    found = [Claim("url", m.group(0)) for m in _URL_CLAIM.finditer(body)]
    found += [Claim("instruction", m.group(0)) for m in _INSTRUCTION_CLAIM.finditer(body)]
    found += [Claim("unit", m.group(0)) for m in _LATIN_UNIT_CLAIM.finditer(body)]
    # Digits inside a link are the link's, already checked whole.
    body = _URL_CLAIM.sub(" ", body)
    found += [Claim("number", m.group(0)) for m in _NUMBER.finditer(body)]
    masked = body
    for name in sorted(set(unit_names), key=lambda w: (-len(w), w)):
        if len(name) >= 2 and name in masked:
            found.append(Claim("unit", name))
            masked = masked.replace(name, "　" * len(name))
    for match in _UNIT_CLAIM.finditer(masked):
        candidate = match.group(0)
        # Keep the tail that looks like a name: cut at the last function character.
        cut = max((i for i, ch in enumerate(candidate) if ch in _NOT_IN_UNIT), default=-1)
        candidate = candidate[cut + 1 :]
        # "打造一体化发展格局", "产业结构布局": an everyday word ending like a body's name names none.
        # "主要指标的责任部门": a class of bodies (责任部门, 有关单位) names none, so it claims none.
        if len(candidate) >= 3 and not ends_like_a_phrase(candidate) and not GENERIC_PARTY.match(candidate):
            found.append(Claim("unit", candidate))
    for match in _COMPANY_CLAIM.finditer(masked):
        candidate = match.group(0)
        cut = max((i for i, ch in enumerate(candidate) if ch in _NOT_IN_UNIT), default=-1)
        candidate = candidate[cut + 1 :]
        # The suffix plus four characters of name: "投资有限公司" alone would accept any invented investor.
        if len(candidate) > len(match.group(1)):
            found.append(Claim("company", candidate[-(len(match.group(1)) + 4) :]))
    return found


def _unit_in(name: str, haystack: str) -> bool:
    if name in haystack:
        return True
    # An unknown name typed loosely ("由财政局"): accept if its last four characters are quoted.
    tail = name[-4:] if len(name) > 4 else None
    return bool(tail) and tail in haystack


def _company_in(name: str, haystack: str) -> bool:
    return name in haystack


def _verbatim_in(text: str, haystack: str) -> bool:
    return text.lower() in haystack.lower()


_CHECKS = {
    "number": _number_in,
    "unit": _unit_in,
    "company": _company_in,
    "url": _verbatim_in,
    "instruction": _verbatim_in,
}


def _missing(text: str, haystack: str, unit_names: Iterable[str]) -> list[Claim]:
    return [claim for claim in claims(text, unit_names) if not _CHECKS[claim.kind](claim.text, haystack)]


def unsupported(text: str, quotes: Sequence[str], unit_names: Iterable[str]) -> list[Claim]:
    """Claims in ``text`` that no quote contains."""
    return _missing(text, _haystack(quotes), unit_names)


def keep_supported(text: str, quotes: Sequence[str], unit_names: Iterable[str]) -> tuple[str, list[Claim]]:
    """Drop each sentence that makes an unsupported claim; return the rest (line breaks kept) and what was dropped."""
    names = list(unit_names)
    haystack = _haystack(quotes)
    lines: list[str] = []
    dropped: list[Claim] = []
    for line in text.split("\n"):
        kept: list[str] = []
        for sentence in _SENTENCE.findall(line):
            bad = _missing(sentence, haystack, names)
            if bad:
                dropped.extend(bad)
            else:
                kept.append(sentence)
        if "".join(kept).strip():
            lines.append("".join(kept).strip())
    return "\n".join(lines), dropped
