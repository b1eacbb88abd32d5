"""Small rules of 公文 wording the kinds share: sentences end with 。, people are named 职务 + 姓名, items are
numbered "1. ", associations are not companies."""

from __future__ import annotations

import re

_END_MARKS = "。！？”’）"
_TRAILING = " \t,，;；、:：.。"
_PERSON = re.compile(
    r"^(?P<name>[^（(]{2,4})[（(](?P<title>[^（）()]+(?:[（(][^（）()]*[）)])?[^（）()]*)[）)]$"
)
# Names that end so are associations, not companies: a 商会 visited is not an enterprise visited.
ASSOCIATION_ENDINGS = ("商会", "协会", "联合会", "促进会", "学会", "联谊会", "同乡会", "研究会", "基金会")


def sentence(text: str) -> str:
    """``text`` as a finished sentence: trailing commas or blanks dropped, a 。 added when no end mark closes it."""
    body = text.strip()
    if body.endswith(tuple(_END_MARKS)) and not body.endswith("..."):
        return body
    body = body.rstrip(_TRAILING)
    return f"{body}。" if body else ""


def clause(text: str) -> str:
    """``text`` without its final mark, to continue a sentence."""
    return text.strip().rstrip(_TRAILING)


def person(member: str) -> str:
    """How a 公文 names a person: 彭志刚（州商务局局长） → 州商务局局长彭志刚; anything else as written."""
    match = _PERSON.match(member.strip())
    if not match:
        return member.strip()
    return f"{match.group('title').strip()}{match.group('name').strip()}"


def numbered(n: int, text: str) -> str:
    """An item of a numbered list: "1. " with a space, so the number never runs into a date (1. 12月8日)."""
    return f"{n}. {text}"


def is_association(name: str) -> bool:
    """Whether ``name`` is a 商会 / 协会 … rather than an enterprise."""
    return clause(name).endswith(ASSOCIATION_ENDINGS)
