"""Provisions that point at others by number: "违反本条例第三十一条第三款规定的，由新闻出版行政部门…处…罚款".

A penalty article says what it punishes only by the number of the article that sets the duty; a cadre asks in
the duty's words ("借报道向企业索财的罚多少"). The referred text is read with the article for matching, never
quoted as its words.
"""

from __future__ import annotations

import re

from corpus.model import PolicyDocument
from corpus.numerals import numeral_value

_REFERENCE = re.compile(
    r"(?:违反|依照|按照|根据)?本(?:条例|办法|规定|细则)第([一二三四五六七八九十百零〇\d]+)条"
    r"(?:第([一二三四五六七八九十\d]+)款)?"
    r"(?:(?:、|和|或者|或)第([一二三四五六七八九十百零〇\d]+)条(?:第([一二三四五六七八九十\d]+)款)?)?"
)
_ARTICLE_LABEL = re.compile(r"第([一二三四五六七八九十百零〇\d]+)条")
_ARTICLE_HEAD = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条\s*")
_MAX_CHARS = 300


_CACHE: dict[int, tuple[PolicyDocument, dict[int, str]]] = {}
_CACHE_SIZE = 64


def _articles(doc: PolicyDocument) -> dict[int, str]:
    """Article number → its text (cached by the document object: hashing a whole document costs more)."""
    cached = _CACHE.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.clear()
    out: dict[int, str] = {}
    for task in doc.tasks:
        m = _ARTICLE_LABEL.fullmatch(task.label)
        if task.kind == "item" and m:
            number = numeral_value(m.group(1))
            if number and number not in out:
                out[number] = task.quote
    _CACHE[id(doc)] = (doc, out)
    return out


def _paragraph(article: str, paragraph: int | None) -> str:
    if not paragraph:
        return _ARTICLE_HEAD.sub("", article)
    lines = [line for line in article.split("\n") if line.strip()]
    return _ARTICLE_HEAD.sub("", lines[paragraph - 1]) if 0 < paragraph <= len(lines) else ""


def referred_text(doc: PolicyDocument, quote: str) -> str:
    """The text of the articles (or their paragraphs) ``quote`` refers to by number, joined; "" when none."""
    if "本" not in quote or "第" not in quote:
        return ""
    articles = _articles(doc)
    parts: list[str] = []
    for m in _REFERENCE.finditer(quote):
        for article_at, paragraph_at in ((1, 2), (3, 4)):
            number = numeral_value(m.group(article_at)) if m.group(article_at) else 0
            if not number or number not in articles:
                continue
            paragraph = numeral_value(m.group(paragraph_at)) if m.group(paragraph_at) else None
            text = _paragraph(articles[number], paragraph).strip()
            if text and text not in quote and text not in parts:
                parts.append(text)
    return " ".join(parts)[:_MAX_CHARS]
