"""What a document says about itself: title, issuer, 文号, date, jurisdiction, validity."""

from __future__ import annotations

import re
from collections import Counter

from corpus.layout import Line
from corpus.model import DocumentMeta
from corpus.structure import parse_heading

_TITLE_WORDS = re.compile(
    r"方案|计划|意见|办法|细则|规定|清单|通知|措施|纲要|要点|规划|决定|公告|批复|报告|条例|行动"
)
_PERIOD = re.compile(r"^[(（]\s*(?:\d{4}\s*[-—–至]\s*\d{4}\s*年?|征求意见稿|试行|草案|送审稿)\s*[)）]$")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_ISSUER_END = re.compile(
    r"(人民政府办公室|人民政府|办公室|委员会|领导小组|领导小组办公室|管委会|政府|局|厅|委)$"
)
_FUNCTION_CHARS = set("的了和与及在是为对把被括等")
_NOT_PLACE = set("全我本各该省城超上入县州开门股夜都每两一二三四五六七八九十")


def extract_meta(lines: list[Line], page_meta: dict[str, str]) -> DocumentMeta:
    texts = [ln.text for ln in lines if ln.table < 0]
    title = _title(texts, page_meta)
    issuer = page_meta.get("issuer", "") or _issuer(texts, title)
    doc_number = (
        page_meta.get("doc_number", "") if _DOC_NUMBER.search(page_meta.get("doc_number", "")) else ""
    )
    doc_number = doc_number or next((t for t in texts[:15] if _DOC_NUMBER.fullmatch(t.strip())), "")
    date = (
        _date(page_meta.get("date", "")) or _standalone_date(texts) or _date(page_meta.get("published", ""))
    )
    full_text = "\n".join(ln.text for ln in lines)
    return DocumentMeta(
        title=title,
        issuer=issuer,
        doc_number=doc_number.strip(),
        date=date,
        jurisdiction=jurisdiction_of(title + "\n" + issuer, full_text),
        validity=_validity(full_text, page_meta),
    )


def _title(texts: list[str], page_meta: dict[str, str]) -> str:
    if page_meta.get("title"):
        return page_meta["title"].strip()
    for i, text in enumerate(texts[:15]):
        t = text.strip()
        if len(t) > 60 or t.endswith(("。", "：", ":")) or parse_heading(t) or not _TITLE_WORDS.search(t):
            continue
        if re.match(r"^(附件|根据|按照|为)", t) or "，" in t or "," in t:
            continue
        if i + 1 < len(texts) and _PERIOD.match(texts[i + 1].strip()):
            t += texts[i + 1].strip()
        return t
    return ""


def _issuer(texts: list[str], title: str) -> str:
    m = re.match(r"^(.{2,20}?(?:人民政府|政府|办公室|委员会|局|厅))关于", title)
    if m:
        return m.group(1)
    for i, text in enumerate(texts):
        t = text.strip()
        if 3 <= len(t) <= 30 and _ISSUER_END.search(t) and not parse_heading(t) and "，" not in t:
            nxt = texts[i + 1].strip() if i + 1 < len(texts) else ""
            if _DATE.fullmatch(nxt):
                return t
    return ""


def _date(value: str) -> str:
    m = _DATE.search(value) or _ISO_DATE.search(value)
    if not m:
        return ""
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else ""


def _standalone_date(texts: list[str]) -> str:
    for text in texts:
        if _DATE.fullmatch(text.strip()):
            return _date(text)
    return ""


def _validity(text: str, page_meta: dict[str, str]) -> str:
    m = re.search(r"有效期(?:至|为)[^。，,；;\n]{1,30}", text)
    if m:
        return m.group()
    m = re.search(r"自\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日起(?:施行|执行|实施)", text)
    if m:
        return m.group()
    if re.search(r"自印发之日起(?:施行|执行|实施)", text):
        return re.search(r"自印发之日起(?:施行|执行|实施)", text).group()
    return page_meta.get("validity", "")


_PLACE_CONTEXT = re.compile(
    r"(?=([\u4e00-\u9fff]{2})(?:市|州|县)?(?:人民政府|委员会|经开区|高新区|经济开发区|经济技术开发区|金融监管分局|供电公司|"
    r"市分行|分行|中心支行|海关|市委|市政府|州委|州政府|县委|县政府))"
)


def jurisdiction_of(head: str, text: str) -> str:
    """The place the document governs: '湘西州', '长沙市' — read from its own title, issuer and text.

    A 自治州 in the title or issuer wins; otherwise the place name seen most often in front of a government
    body (X市人民政府, X经开区, X市分行 …), preferring one named in the title or issuer.
    """
    m = re.search(
        r"([\u4e00-\u9fff]{2,4}?)(?:土家族苗族|苗族侗族|藏族|彝族|[\u4e00-\u9fff]{0,4}族)?自治州", head
    )
    if m:
        return m.group(1) + "州"
    candidates: Counter[str] = Counter()
    for source, weight in ((head, 5), (text, 1)):
        for m in _PLACE_CONTEXT.finditer(source):
            name = m.group(1)
            if name[0] in _NOT_PLACE or name[0] in "市州县区省" or set(name) & _FUNCTION_CHARS:
                continue
            candidates[name] += weight
        for m in re.finditer(r"^([\u4e00-\u9fff]{2})(?:市|州|县)", source, re.M):
            if m.group(1)[0] not in _NOT_PLACE:
                candidates[m.group(1)] += weight
    if not candidates:
        return ""
    name = max(candidates, key=lambda n: (candidates[n], text.count(n)))
    kind = max(("市", "州", "县"), key=lambda k: text.count(name + k))
    return name + kind
