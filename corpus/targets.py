"""Quantitative targets: '实际使用外商直接投资金额超过3000万美元' -> metric, comparator, value, unit, year, scope."""

from __future__ import annotations

import re

from corpus.model import Target
from corpus.numerals import cn_to_number

FIGURE_UNITS = (
    "万美元|亿美元|万欧元|亿元|万元|元|万平方公里|平方公里|万平方米|平方米|万亩|亩|亿吨|万吨标准煤|吨标准煤|万吨|吨|"
    "亿千瓦时|万千瓦时|千瓦时|亿立方米|万立方米|立方米|万人次|万人|人次|个百分点|万名|"
    "万件|万台|万辆|万千瓦|千瓦|公里|件|宗|台|辆|"
    "%|％|‰|倍|家|个|场次|场|次|项|条|人|名|批|所|户|款|套|座|分钟|毫秒|ms|EFLOPS|PFLOPS|Gbps|亿|万"
)
# A count written in characters ("百项", "千款", "六十分钟"): read only where a comparator or verb says it is a goal.
_CN_COUNT = "[一二三四五六七八九十两百千万]{1,4}(?=[项款家个名分])"
_PREFIX_CMP = (
    "力争达到|力争突破|力争超过|力争实现|力争|不少于|不低于|不得低于|不超过|超过|突破|达到|至少|累计|完成|"
    "增长到|提高到|提升到|达|超|过"
)
TARGET_PATTERN = re.compile(
    rf"(?P<cmp>{_PREFIX_CMP})?\s*(?P<value>\d+(?:\.\d+)?|{_CN_COUNT})\s*(?P<unit>{FIGURE_UNITS})(?!工作日|小时|月份|月|日|年|元以上|号)"
    r"(?P<post>以上|左右|以内|以下)?"
)
# "到2025年", "2025年底", "2025年全年", and a paragraph opening with its year ("2025年,投资规模保持合理增长…").
_YEAR_PHRASE = re.compile(
    r"(?:到|至|在|于|力争到|争取到|力争在|力争|争取)\s*(\d{4})\s*年|(\d{4})\s*年(?:底|末|年底|年末)|(\d{4})\s*年(?:全年|度)"
    r"|^[ \t\u3000]*(\d{4})\s*年\s*[,，]",
    re.M,
)
_SCOPE = re.compile(
    r"^(全州|全市|全省|全县|全区|全国|各县市区|各县市|各县\(市、区\)|每个县市区|国家级园区|省级园区|各园区|园区)"
)
_CLAUSE_BREAK = re.compile(r"[，,；;。：:\n、|]")
_TARGET_VERB = re.compile(
    r"(引进|实现|完成|建成|培育|新增|达|谋划|储备|开发|组织|举办|开展|打造|形成|建设|设立|增长|支持|资助|培养|培训|"
    r"选拔|评选|遴选|扶持|筹集|选派|认定|招引|签约|集聚|吸引|带动|覆盖|新建|改造|提升|推动|发放|建立|引育|布局|"
    r"编制|制定|出台)"
    r"[^，,；;。]{0,12}$"
)


# What opens a clause before the measure it counts: "力争到2025年,", "其中", "到2026年年底".
_YEAR_OPENING = re.compile(
    r"^(?:力争|争取|其中|并|且|同时)?\s*(?:到|至|在)?\s*(?:\d{4}\s*年(?:年?末|年?底)?)?\s*[，,]?"
)


def find_targets(text: str, offset: int = 0, default_year: int | None = None) -> list[Target]:
    """Every figure with a unit in ``text``; ``offset`` makes spans absolute in the document."""
    targets: list[Target] = []
    for m in TARGET_PATTERN.finditer(text):
        comparator = (m.group("cmp") or "").strip()
        post = m.group("post") or ""
        if _is_reference(text, m.start("value")):
            continue
        clause_start = _clause_start(text, m.start())
        metric = text[clause_start : m.start()].strip()
        if comparator and metric.endswith(comparator):
            metric = metric[: -len(comparator)]
        metric = _YEAR_OPENING.sub("", metric)
        if len(metric) <= 6:
            # Too short to say what is counted: the clause itself, verbatim and whole (never a "…" splice).
            follow = re.match(r"^[^，,；;。\n]{1,30}", text[m.end() :])
            if follow:
                head = text[m.start() - len(metric) if metric else m.start() : m.end()]
                metric = (head + follow.group()).strip() if metric else follow.group()
        if _is_qualifier(text, m.end()) and not _SIZE_BEFORE.search(text, 0, m.start()):
            continue  # "超2亿元(或外资3000万美元)的重大项目": a condition on what counts, not a target
        # "总投资1281.68亿元(详见附件1)。": a bracketed note closing the clause ends it too.
        ends_clause = (
            m.end() >= len(text)
            or text[m.end()] in "，,；;。)）\n"
            or bool(re.match(r"[(（][^()（）]{0,30}[)）]\s*(?:[，,；;。\n]|$)", text[m.end() :]))
        )
        verb_before = _TARGET_VERB.search(text[max(0, m.start() - 14) : m.start()])
        # "支持300名…赴境外培训，1000名…参加研修", "200名…、2000名…和10000名…": a figure that follows a target
        # closely in the same sentence continues the enumeration of targets.
        if not verb_before and targets:
            between = text[targets[-1].end - offset : m.start()]
            same_unit = targets[-1].unit == m.group("unit")
            if same_unit and len(between) <= 30 and not re.search(r"[。；;\n]|目前|基础上|现有", between):
                verb_before = _TARGET_VERB.search(targets[-1].quote) or targets[-1].comparator
        if not (comparator or post or ends_clause or verb_before):
            continue
        written_in_characters = not m.group("value")[0].isdigit()
        if written_in_characters and (not (comparator or verb_before) or cn_to_number(m.group("value")) < 10):
            continue  # "一个重点项目", "三个中心": a count in words below ten is wording, not a goal
        scope_match = _SCOPE.match(metric)
        sentence_start = max(text.rfind("。", 0, m.start()) + 1, 0)
        year = _year_before(text, m.start(), sentence_start) or default_year
        quote_start = clause_start
        quote = text[quote_start : m.end()]
        targets.append(
            Target(
                metric=metric.strip(),
                comparator=comparator + ("" if not post else ("" if not comparator else "…") + post),
                value=cn_to_number(m.group("value")),
                value_text=m.group("value"),
                unit=m.group("unit"),
                year=year,
                scope=scope_match.group(1) if scope_match else "",
                quote=quote,
                start=offset + quote_start,
                end=offset + m.end(),
            )
        )
    targets.extend(_magnitudes(text, offset, default_year))
    targets.extend(_qualitative(text, offset, default_year))
    return targets


# A size written as its order alone, after a goal's verb: "到2026年年底突破万亿元大关", "迈上千亿元台阶".
_MAGNITUDE = re.compile(
    r"(?P<cmp>力争突破|力争达到|突破|超过|达到|迈上|跨上|跃上|冲刺)(?P<value>[万千百])(?P<unit>亿元|亿美元|亿)"
)
_MAGNITUDE_VALUE = {"万": 10000.0, "千": 1000.0, "百": 100.0}


def _magnitudes(text: str, offset: int, default_year: int | None) -> list[Target]:
    out = []
    for m in _MAGNITUDE.finditer(text):
        clause_start = _clause_start(text, m.start())
        sentence_start = max(text.rfind("。", 0, m.start()) + 1, 0)
        opening = text[clause_start : m.start()].strip()
        metric = _YEAR_OPENING.sub("", opening) or text[clause_start : m.end()].strip()
        out.append(
            Target(
                metric=metric,
                comparator=m.group("cmp"),
                value=_MAGNITUDE_VALUE[m.group("value")],
                value_text=m.group("value"),
                unit=m.group("unit"),
                year=_year_before(text, m.start(), sentence_start) or default_year,
                scope=_SCOPE.match(metric).group(1) if _SCOPE.match(metric) else "",
                quote=text[clause_start : m.end()],
                start=offset + clause_start,
                end=offset + m.end(),
            )
        )
    return out


# Goals without a figure: "达到全国先进水平", "实现全覆盖", "进入全省第一方阵".
QUALITATIVE_PATTERN = re.compile(
    r"(?P<cmp>达到|实现|保持|进入|位居|跻身|位于|走在|位列)"
    r"(?P<goal>(?:全国|全省|全市|国内|国际|世界|全球|同类城市|中部地区|西部地区|东部地区|省内)"
    r"[\u4e00-\u9fff]{0,4}?(?:先进|领先|一流|前列|前茅|第一方阵)(?:水平|行列)?|"
    r"[\u4e00-\u9fff“”]{0,12}?(?:全|基本全|全面)覆盖)"
)


def _qualitative(text: str, offset: int, default_year: int | None) -> list[Target]:
    out = []
    for m in QUALITATIVE_PATTERN.finditer(text):
        clause_start = _clause_start(text, m.start())
        metric = _YEAR_OPENING.sub("", text[clause_start : m.start()].lstrip()).strip()
        sentence_start = max(text.rfind("。", 0, m.start()) + 1, 0)
        out.append(
            Target(
                metric=metric or text[clause_start : m.end()],
                comparator=m.group("cmp"),
                value=0.0,
                value_text=m.group("goal"),
                unit="",
                year=_year_before(text, m.start(), sentence_start) or default_year,
                scope=(_SCOPE.match(metric).group(1) if _SCOPE.match(metric) else ""),
                quote=text[clause_start : m.end()],
                start=offset + clause_start,
                end=offset + m.end(),
                qualitative=True,
            )
        )
    return out


# "每年设立总额1000万元的“算力券”": a size set for what follows is the figure itself, not a condition.
_SIZE_BEFORE = re.compile(r"(?:总额|总规模|规模|额度|总计|共计)\s*$")


def _is_qualifier(text: str, pos: int) -> bool:
    """The figure describes the noun that follows it ("…以上的产业项目", "…万美元)的项目")."""
    rest = re.sub(r"^[)）]*(?:[(（][^()（）]{0,30}[)）])?[)）]*", "", text[pos : pos + 40])
    return rest.startswith("的")


def _is_reference(text: str, pos: int) -> bool:
    """Numbers inside document references (〔2022〕16号, 《…》) are not targets."""
    before = text[max(0, pos - 12) : pos]
    return "〔" in before and "〕" not in before[before.rfind("〔") :]


def _clause_start(text: str, pos: int) -> int:
    start = pos
    while start > 0 and not _CLAUSE_BREAK.match(text[start - 1]):
        start -= 1
    return start


def _year_before(text: str, pos: int, sentence_start: int) -> int | None:
    """The 'by year' phrase before the figure, in the same sentence, else earlier in the paragraph.

    A base year ("在2016年的基础上", "比2020年") is not the target's year; "到/至 YYYY年" wins over a bare year.
    """
    paragraph_start = text.rfind("\n", 0, pos) + 1
    for start in (sentence_start, paragraph_start):
        years = [m for m in _YEAR_PHRASE.finditer(text, start, pos) if not _is_base_year(text, m)]
        if years:
            by = [m for m in years if re.match(r"(?:力争|争取)?(?:到|至)", m.group())] or years
            return int(next(g for g in by[-1].groups() if g))
    return None


def _is_base_year(text: str, m: re.Match[str]) -> bool:
    after = text[m.end() : m.end() + 6]
    before = text[max(0, m.start() - 3) : m.start()]
    return bool(re.match(r"的?基础上|基数|水平上", after)) or bool(re.search(r"(?:比|较|与|同比)$", before))


def find_deadline(text: str) -> str:
    """'到2025年', '2021年底前', '每年' — the first deadline or cadence the item states."""
    m = re.search(
        r"(?:力争)?(?:到|至|于|在)\s*\d{4}\s*年(?:\d{1,2}月)?(?:底|末|年底|年末)?(?:前)?|\d{4}\s*年(?:\d{1,2}月)?(?:底|末)前?",
        text,
    )
    if m:
        return m.group().replace("力争", "")
    m = re.search(r"每(?:年|季度|半年|月|周)", text)
    return m.group() if m else ""
