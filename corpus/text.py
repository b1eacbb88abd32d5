"""Text knowledge every layer shares, declared once: sentence ends, unit-name endings, place levels, file types.

A second list of any of these in another module is a bug waiting to happen: import from here.
"""

from __future__ import annotations

import re

# A 文号 as printed: "长政发〔2017〕30号", "晋政发[2008]8号" (its year in any bracket, spaces tolerated).
DOC_NUMBER = r"[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号"

# What ends a sentence or a clause in policy text; 。 and ； both close a duty, so both end a "sentence" here.
SENTENCE_ENDS = "。；;！？!?"
# One sentence or clause, with its end mark when it has one (lines end one too).
SENTENCE = re.compile(rf"[^{SENTENCE_ENDS}\n]+[{SENTENCE_ENDS}]?")


def sentences(text: str) -> list[re.Match[str]]:
    """The sentences of ``text`` as matches, so callers keep exact offsets."""
    return list(SENTENCE.finditer(text))


def sentence_start(text: str, pos: int, ends: str = "。；;\n") -> int:
    """Where the sentence (a clause closed by ；, a line) holding ``pos`` starts."""
    return max(text.rfind(ch, 0, pos) for ch in ends) + 1


# People's organisations that act beside government departments, by the names their bodies end with (区残联, 市妇联,
# 县总工会); the short ones are what a cadre types for the body ("残联").
PEOPLES_ORGANISATIONS = (
    "残疾人联合会",
    "工商联",
    "总工会",
    "残联",
    "妇联",
    "科协",
    "侨联",
    "文联",
    "团委",
)

# What a unit name ends with; longest first matters where an alias is made by stripping an ending.
UNIT_SUFFIXES = (
    "人民政府",
    "管委会",
    "管理委员会",
    "党工委",
    "委员会",
    "办公室",
    "领导小组",
    "工作专班",
    "专班",
    "政府",
    "党委",
    "工商联",
    "侨联",
    "贸促会",
    "中心支行",
    "分行",
    "银行",
    "支行",
    "中心",
    "集团",
    "公司",
    "海关",
    "机关",
    "总局",
    "总署",  # 海关总署: State Council task lists name it in most trade and investment items
    "署",  # 国际发展合作署, 国家移民管理局's peers named 署
    "总社",  # 供销合作总社
    "小组",
    "工作组",  # 市“人工智能+”专项工作组
    "生产建设兵团",  # 新疆生产建设兵团, a province-level government body
    "天文台",  # 香港天文台
    "考核组",  # an assessment's own teams: 现场考核组, 专家评审组
    "评审组",
    "督查组",
    "专家组",
    "妇联",
    "科协",
    "残联",
    "文联",
    "供销社",
    "团中央",
    "局",
    "委",
    "办",
    "厅",
    "部",
    "院",
    "会",
    "处",
    "司",  # a ministry's department: 规划司, 原材料工业司 (公司 is listed above, and a market actor)
    "所",
    "室",
    "站",
    "队",
    "园区",
    "高新区",
    "经开区",
    "开发区",
    "管理区",
    "单位",
    "部门",
    "机构",
)

# The level words a place name ends with, longest first: 湘西土家族苗族自治州 → 湘西, 长沙市 → 长沙.
JURISDICTION_LEVELS = ("土家族苗族自治州", "自治州", "自治县", "地区", "州", "市", "县", "区", "省")


def jurisdiction_stem(name: str) -> str:
    """湘西州 → 湘西, 长沙市 → 长沙; a stem shorter than two characters is not a safe alias."""
    for suffix in JURISDICTION_LEVELS:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


# Words a document's title ends on or contains (方案, 意见, 条例 …): what makes a short line a title.
TITLE_WORDS = re.compile(
    r"方案|计划|意见|办法|细则|规定|清单|通知|措施|举措|纲要|要点|规划|决定|公告|批复|报告|条例|行动|图谱|答复|函$|纪要|指南|指引|导则|目录|分工表|分解表|任务表|一览表|情况表|进展表|汇总表|责任表|指标表|推进表|明细表|安排表|台账|(?:任务|工作|责任|部门)(?:分工|分解)$|考核任务$|目标任务$|[\u4e00-\u9fff]{4,}政策(?:[（(][^（）()]{1,6}[）)])?$"
)

# Files the corpus reads, by kind; uploads, folders and the shipped corpus all accept exactly these.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# .doc / .wps (.xls / .et) are converted to .docx (.xlsx) with LibreOffice when it is installed (corpus.convert), else refused.
# Excel task lists (任务分工表, 责任清单) are read sheet by sheet as tables (corpus.sheets).
SHEET_SUFFIXES = frozenset({".xlsx", ".xlsm"})
DOCUMENT_SUFFIXES = (
    TEXT_SUFFIXES | HTML_SUFFIXES | SHEET_SUFFIXES | {".docx", ".pdf", ".doc", ".wps", ".xls", ".et"}
)


# A space a page left inside a name ("节能与综合 利用司"): the name is read whole without it.
_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def in_order(short: str, full: str) -> bool:
    """Every character of ``short`` is in ``full``, in order ("高新区管委会" in "兰州高新技术产业开发区管理委员会")."""
    rest = iter(full)
    return all(ch in rest for ch in short)


def squeezed(text: str) -> str:
    """``text`` without spaces between Chinese characters."""
    return _INNER_SPACE.sub("", text)
