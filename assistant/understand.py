"""Turn a cadre's question into a typed ``Question``: intent, places, units and the words naming the task."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import jieba.posseg

from assistant.vocabulary import UNIT_LIKE, Vocabulary, jurisdiction_stem

INTENTS = ("lead", "units", "target", "unit_tasks", "open")

# Colloquial ways of asking each thing. Checked in this order; the first that fires decides the intent.
_UNIT_TASKS = re.compile(
    r"(牵头|负责|参与|配合|承担|管|干|做|抓)(了|的)?(哪些|什么|哪几|几)(项|件|个|条)?(事|任务|工作|活|项)"
    r"|(有|有哪些|都有)(什么|哪些)?(任务|工作|事)|(任务|工作|事)(有哪些|是什么|清单)|分工是什么|要干啥|要做啥|干啥"
)
_BOTH_ROLES = re.compile(r"(牵头|主责).{0,6}(配合|协同|参与)|(配合|协同|参与).{0,6}(牵头|主责)")
_COOPERATING = re.compile(r"配合单位|协同单位|配合部门|参与单位|协助单位|配合的|谁配合|哪些.{0,4}配合|还有谁")
_ALL_UNITS = re.compile(
    r"责任单位|责任部门|哪些单位|哪些部门|哪几个单位|哪几个部门|涉及.{0,4}(单位|部门)|分别由|分工|单位有|部门有|都有谁|有谁"
)
_LEAD = re.compile(
    r"谁牵头|谁负责|谁来|谁管|谁抓|谁主抓|谁主管|牵头单位|牵头部门|主责单位|主责部门|牵头的是|牵头是|由谁|哪个(单位|部门|局|机构)"
    r"|哪家(单位|部门)|什么(单位|部门)|牵头|主抓|负责单位|谁"
)
_TARGET = re.compile(
    r"目标|指标|多少|几个|几家|几次|几场|多大|占比|比例|比重|金额|规模|数量|达到|要求.{0,4}(数|量)|任务数|亿|万美元|百分之|%"
)
_COMPARE = re.compile(r"分别|对比|比较|区别|不同|差别|差异|各自|哪个(更|多|高)|相比|和.{1,8}比")
_FOLLOW_UP = re.compile(r"^(那|那么|还有|另外|再问|这个|这项|该项|它)|呢[？?]?$")
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)\s*年?")

# Words that carry the asking, not the topic; removed before matching the topic against tasks.
_FILLERS = (
    "请问",
    "麻烦",
    "帮我",
    "帮忙",
    "查一下",
    "查查",
    "看看",
    "一下",
    "告诉我",
    "我想知道",
    "想问",
    "问下",
    "那个",
    "这个",
    "那份",
    "这份",
    "文件里",
    "文件中",
    "方案里",
    "方案中",
    "计划里",
    "计划中",
    "政策里",
    "里面",
    "当中",
    "具体",
    "主要",
    "一般",
    "到底",
    "究竟",
    "都是",
    "分别是",
    "分别",
    "是什么",
    "是多少",
    "有哪些",
    "有什么",
    "是哪个",
    "是哪些",
    "是谁",
    "哪些",
    "哪个",
    "哪几个",
    "什么",
    "多少",
    "怎么",
    "如何",
    "咋",
    "啥",
    "吗",
    "呢",
    "啊",
    "呀",
    "吧",
    "嘛",
    "谁",
    "要求",
    "规定",
    "写的",
    "说的",
    "提到",
    "提出",
    "对比",
    "比较",
    "区别",
    "不同",
    "各自",
    "相比",
)
_ROLE_WORDS = (
    "牵头单位",
    "牵头部门",
    "配合单位",
    "配合部门",
    "责任单位",
    "责任部门",
    "协同单位",
    "参与单位",
    "主责单位",
    "负责单位",
    "牵头",
    "负责",
    "配合",
    "主抓",
    "主管",
    "单位",
    "部门",
    "来抓",
    "来管",
    "任务",
    "事情",
    "事",
    "工作",
    "目标",
    "指标",
    "数字",
    "几个",
    "几家",
)
_GENERIC_DOC_WORDS = (
    "行动方案",
    "行动计划",
    "工作方案",
    "实施方案",
    "方案",
    "计划",
    "意见",
    "文件",
    "政策",
    "通知",
)
_PUNCT = re.compile(r"[\s，。、；：？！,.;:?!“”\"'（）()【】\[\]《》<>…—\-]+")


@dataclass(frozen=True)
class Question:
    """A parsed question. ``topic`` is what is left once asking words, places and units are removed."""

    text: str
    intent: str  # lead / units / target / unit_tasks / open
    compare: bool = False
    role: str = "all"  # for units: all / lead / cooperating
    jurisdictions: tuple[str, ...] = ()  # canonical jurisdictions named (湘西 → 湘西州)
    unit_mentions: tuple[str, ...] = ()  # units as typed ("商务局")
    units: tuple[str, ...] = ()  # canonical units (州商务局), resolved against the named jurisdictions
    topic: str = ""
    years: tuple[int, ...] = ()
    unknown_places: tuple[str, ...] = ()  # place names the corpus never mentions (杭州)
    follow_up: bool = False
    doc_ids: tuple[str, ...] = ()  # documents the conversation is about (from history or the caller)
    focus: tuple[tuple[str, str], ...] = ()  # (doc_id, section) the previous answer was about

    @property
    def answer_intent(self) -> str:
        return "compare" if self.compare else self.intent


def _intent(text: str, has_unit: bool) -> tuple[str, str]:
    """(intent, role) from the wording alone."""
    if has_unit and _UNIT_TASKS.search(text) and not re.search(r"谁|哪个(单位|部门)", text):
        return "unit_tasks", "all"
    if _BOTH_ROLES.search(text):
        return "units", "all"
    if _COOPERATING.search(text):
        return "units", "cooperating"
    if _ALL_UNITS.search(text):
        return "units", "all"
    if _LEAD.search(text):
        return "lead", "lead"
    if _TARGET.search(text):
        return "target", "all"
    return "open", "all"


def _find_jurisdictions(text: str, vocab: Vocabulary) -> list[str]:
    found: list[str] = []
    for alias in sorted(vocab.jurisdiction_aliases, key=len, reverse=True):
        if alias in text and vocab.jurisdiction_aliases[alias] not in found:
            found.append(vocab.jurisdiction_aliases[alias])
    # "全州" / "州里" / "州级" name the only jurisdiction of that level, if there is only one.
    for level, name in vocab.level_words.items():
        if (
            re.search(rf"(全{level}|{level}里|{level}级|本{level}|我{level}|{level}一级)", text)
            and name not in found
        ):
            found.append(name)
    return found


def _find_units(text: str, vocab: Vocabulary) -> list[str]:
    mentions: list[str] = []
    taken = [False] * len(text)
    for name in vocab.unit_names:
        start = text.find(name)
        while start >= 0:
            if not any(taken[start : start + len(name)]):
                mentions.append(name)
                for i in range(start, start + len(name)):
                    taken[i] = True
            start = text.find(name, start + 1)
    masked = "".join("　" if t else c for c, t in zip(text, taken, strict=True))
    for match in UNIT_LIKE.finditer(masked):
        mentions.append(match.group(0))
    return mentions


def _unknown_places(text: str, vocab: Vocabulary) -> list[str]:
    """Place names (jieba 'ns') that appear nowhere in the corpus and are not one of our jurisdictions."""
    unknown = []
    for word, flag in jieba.posseg.cut(text):
        if flag != "ns" or len(word) < 2:
            continue
        if word in vocab.jurisdiction_aliases or jurisdiction_stem(word) in vocab.jurisdiction_aliases:
            continue
        if any(word in d.text for d in vocab.documents):
            continue
        unknown.append(word)
    return unknown


def _strip(text: str, words: list[str]) -> str:
    for word in sorted(set(words), key=len, reverse=True):
        if word:
            text = text.replace(word, " ")
    return text


def understand(text: str, vocab: Vocabulary, history: Question | None = None) -> Question:
    """Parse ``text``; with ``history`` a short follow-up ("那配合单位呢?") inherits the previous topic."""
    clean = text.strip()
    jurisdictions = _find_jurisdictions(clean, vocab)
    mentions = _find_units(clean, vocab)
    units: list[str] = []
    for mention in mentions:
        scope = jurisdictions or [None]
        for j in scope:
            for canonical in vocab.canonical_units(mention, j):
                if canonical not in units:
                    units.append(canonical)
    # A unit with a jurisdiction-specific name (州工信局) tells us the jurisdiction when the question does not.
    if not jurisdictions and units:
        owners = set().union(*(vocab.jurisdictions_of_unit(u) for u in units))
        if len(owners) == 1:
            jurisdictions = sorted(owners)
    intent, role = _intent(clean, bool(mentions))
    years = tuple(int(m.group(1)) for m in _YEAR.finditer(clean))
    place_words = [a for a in vocab.jurisdiction_aliases if a in clean]
    place_words += [f"全{lv}" for lv in vocab.level_words] + [f"{lv}里" for lv in vocab.level_words]
    topic = _strip(clean, place_words + mentions)
    topic = _YEAR.sub(" ", topic)
    topic = re.sub(r"到\s*年|年底前|年前", " ", topic)
    topic = _strip(topic, list(_FILLERS) + list(_ROLE_WORDS) + list(_GENERIC_DOC_WORDS))
    topic = re.sub(
        r"(?<![\u4e00-\u9fff])[的了是有要在和与及跟把被给对让向从到为就都也还又那这]+(?![\u4e00-\u9fff])",
        " ",
        topic,
    )
    topic = " ".join(t for t in _PUNCT.split(topic) if t)
    topic = " ".join(_trim_particles(t) for t in topic.split() if _trim_particles(t))
    compare = bool(_COMPARE.search(clean)) or len(jurisdictions) >= 2
    question = Question(
        text=clean,
        intent=intent,
        compare=compare,
        role=role,
        jurisdictions=tuple(jurisdictions),
        unit_mentions=tuple(mentions),
        units=tuple(units),
        topic=topic,
        years=years,
        unknown_places=tuple(_unknown_places(clean, vocab)),
    )
    if history is not None and _is_follow_up(question):
        question = replace(
            question,
            follow_up=True,
            topic=question.topic or history.topic,
            jurisdictions=question.jurisdictions or history.jurisdictions,
            units=question.units or (history.units if intent == "unit_tasks" else ()),
            doc_ids=history.doc_ids,
            focus=history.focus,
            intent=history.intent if intent == "open" else intent,
            compare=question.compare or history.compare,
        )
    return question


def _trim_particles(token: str) -> str:
    return token.strip("的了是呢吗啊呀吧嘛").rstrip("里中上")


def _is_follow_up(question: Question) -> bool:
    """Short, topic-less questions continue the conversation."""
    if _FOLLOW_UP.search(question.text) and len(question.topic) <= 4:
        return True
    return not question.topic and not question.units and question.intent in ("lead", "units", "target")
