"""Turn a cadre's question into a typed ``Question``: intent, places, units and the words naming the task."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import jieba
import jieba.posseg

from assistant.vocabulary import UNIT_LIKE, Vocabulary, jurisdiction_stem

INTENTS = ("lead", "units", "target", "unit_tasks", "open")

# Colloquial ways of asking each thing. Checked in this order; the first that fires decides the intent.
_UNIT_TASKS = re.compile(
    r"(牵头|负责|参与|配合|承担|管|干|做|抓)(了|的)?(哪些|什么|哪几|几)(项|件|个|条)?(事|任务|工作|活|项)"
    r"|(有|有哪些|都有)(什么|哪些)?(任务|工作|事)|(任务|工作|事)(有哪些|是什么|清单)|分工是什么|要干啥|要做啥|干啥"
    r"|(牵头|负责|参与|配合|承担)(了|的)?(什么|哪些|啥)[？?]?$"
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

# Words that carry the asking, not the topic: dropped from the topic (jieba tokens). Generic Chinese question
# words and the vocabulary of responsibility lists, nothing about any particular document.
_STOP_TOKENS = frozenset(
    [
        "的",
        "了",
        "是",
        "有",
        "要",
        "在",
        "和",
        "与",
        "及",
        "跟",
        "把",
        "被",
        "给",
        "让",
        "向",
        "从",
        "到",
        "为",
        "就",
        "都",
        "也",
        "还",
        "又",
        "那",
        "这",
        "由",
        "各",
        "呢",
        "吗",
        "啊",
        "呀",
        "吧",
        "嘛",
        "么",
        "得",
        "地",
        "着",
        "过",
        "谁",
        "哪",
        "哪个",
        "哪些",
        "哪几个",
        "哪几项",
        "哪家",
        "什么",
        "多少",
        "怎么",
        "怎么样",
        "如何",
        "怎样",
        "咋",
        "啥",
        "几",
        "几个",
        "几次",
        "几家",
        "几项",
        "多",
        "少",
        "请问",
        "请",
        "问",
        "问下",
        "想",
        "想问",
        "知道",
        "告诉",
        "我",
        "我们",
        "咱",
        "咱们",
        "你",
        "帮",
        "帮忙",
        "帮我",
        "查",
        "查查",
        "查一下",
        "看看",
        "一下",
        "麻烦",
        "这块",
        "那块",
        "方面",
        "这个",
        "那个",
        "这项",
        "那项",
        "这条",
        "那条",
        "这份",
        "那份",
        "里",
        "里面",
        "中",
        "当中",
        "上",
        "时候",
        "什么时候",
        "开始",
        "搞",
        "干",
        "干啥",
        "做",
        "弄",
        "抓",
        "涉及",
        "负责",
        "牵头",
        "配合",
        "协同",
        "参与",
        "协助",
        "承担",
        "主抓",
        "主管",
        "管",
        "来",
        "来抓",
        "来管",
        "单位",
        "部门",
        "机构",
        "责任",
        "责任单位",
        "牵头单位",
        "配合单位",
        "责任部门",
        "牵头部门",
        "配合部门",
        "主责",
        "分工",
        "事",
        "事情",
        "活",
        "任务",
        "目标",
        "指标",
        "数字",
        "数",
        "具体",
        "主要",
        "一般",
        "到底",
        "究竟",
        "分别",
        "各自",
        "对比",
        "比较",
        "区别",
        "不同",
        "差别",
        "差异",
        "相比",
        "比",
        "一样",
        "怎么回事",
        "回事",
        "咋回事",
        "咋办",
        "怎么办",
        "有没有",
        "没有",
        "是不是",
        "能不能",
        "可不可以",
        "会不会",
        "要不要",
        "有无",
        "地方",
        "哪里",
        "哪儿",
        "哪些地方",
        "什么地方",
        "哪些方面",
        "都是",
        "写",
        "写的",
        "说",
        "说的",
        "提到",
        "提出",
        "规定",
        "文件",
        "方案",
        "计划",
        "行动计划",
        "行动方案",
        "工作方案",
        "意见",
        "若干意见",
        "通知",
        "清单",
        "政策",
        "个",
        "家",
        "次",
        "项",
        "人",
        "条",
        "场",
        "年",
        "年底",
        "年末",
        "底",
        "前",
        "以内",
        "共",
        "总共",
        "一共",
        "全部",
        "所有",
        "要求",
        "需要",
        "应该",
        "能",
        "可以",
        "会",
    ]
)
_NOT_UNIT_CHARS = set("的之是了在和与为由及哪个些么谁啥什到对从向")
_STRONG_SUFFIX = re.compile(r"(局|委|厅|海关|管委会|人民政府|办公室|工商联|贸促会|侨联)$")
_LEADING_FUNCTION = "的是由和与及在各"
_TRAILING_FUNCTION = "的是由各要在了和与及"
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
    other_places: tuple[
        str, ...
    ] = ()  # places the corpus mentions that are not a jurisdiction (武汉, 粤港澳大湾区)
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
    # Place names are not part of a unit name typed after them ("湘西的商务局" → "商务局").
    for alias in vocab.jurisdiction_aliases:
        for match in re.finditer(re.escape(alias), text):
            for i in range(match.start(), match.end()):
                taken[i] = True
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
        name = match.group(0)
        # Keep the tail after any question or function word: "项目是哪个局" is not a unit, "的数据局" → "数据局".
        cut = max((i for i, ch in enumerate(name) if ch in _NOT_UNIT_CHARS), default=-1)
        name = name[cut + 1 :]
        # A phrase the directory does not know counts only with a clear body suffix ("深圳市商务局"),
        # never a verb phrase that happens to end in 办 ("完善考核督办").
        if len(name) >= 3 and (vocab.units.resolve(name) or _STRONG_SUFFIX.search(name)):
            mentions.append(name)
    return mentions


def _places(text: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """Place names (jieba 'ns') that are not our jurisdictions: (never in the corpus, mentioned in it)."""
    unknown, other = [], []
    for word, flag in jieba.posseg.cut(text):
        if flag != "ns" or len(word) < 2:
            continue
        if word in vocab.jurisdiction_aliases or jurisdiction_stem(word) in vocab.jurisdiction_aliases:
            continue
        (other if any(word in d.text for d in vocab.documents) else unknown).append(word)
    return unknown, other


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
    topic = _topic(_YEAR.sub(" ", _strip(clean, place_words + mentions)))
    unknown, other = _places(clean, vocab)
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
        unknown_places=tuple(unknown),
        other_places=tuple(other),
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


def _topic(text: str) -> str:
    """What the question is about: jieba tokens minus asking words; kept neighbours stay joined."""
    runs: list[str] = []
    current = ""
    for token in jieba.lcut(_PUNCT.sub(" ", text)):
        # jieba glues a function character onto a content word now and then ("各由", "比要").
        token = token.strip()
        if len(token) > 1:
            token = token.lstrip(_LEADING_FUNCTION).rstrip(_TRAILING_FUNCTION)
        if not token or token in _STOP_TOKENS:
            if current:
                runs.append(current)
            current = ""
            continue
        current += token
    if current:
        runs.append(current)
    return " ".join(r for r in runs if len(r) >= 2)


def _is_follow_up(question: Question) -> bool:
    """Short, topic-less questions continue the conversation."""
    if _FOLLOW_UP.search(question.text) and len(question.topic) <= 4:
        return True
    return not question.topic and not question.units and question.intent in ("lead", "units", "target")
