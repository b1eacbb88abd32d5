"""Further parts of a question asked of the same item ("由哪两家牵头？碰到重大问题往哪报", "扩大到多大年纪的失业青年，
见习一般组织几个月"): each part the answer leaves out is answered by a sentence of the matched item's own text."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import compose, passages, wording
from assistant.answer import Citation
from assistant.compose import Draft
from assistant.evidence import coverage
from assistant.understand import Question, understand
from assistant.vocabulary import Vocabulary

# A question's parts: what lies between its commas and question marks.
_PART = re.compile(r"[^，,？?；;。！!：:\s]+")
# A sentence answers a part when it covers this much of the part's topic (asked figures and times help).
_PART_MATCH = 0.3
# A sentence stating what the part asks (a figure, a span) is preferred over one that only shares its words.
_ASKED_VALUE_BONUS = 0.2


# "目标年份、人才数量目标，以及贴息上限分别是多少": one closing ask shared by every thing listed before it.
_SHARED_ASK = re.compile(
    r"(?:分别|各自|各)(?:是|为)?(多少|什么|哪天|何时|谁|哪个部门|哪些部门|几[个项家年]?)$"
)
_LIST_JOIN = re.compile(r"、|以及")
# "后评价和绩效评价分别由哪个部门负责组织": things joined in one phrase, then one ask each of them is asked.
# "GDP和公共财政收入的增长目标各是多少": the attribute they share said once, after them.
_LISTED_ASK = re.compile(
    r"^(?P<things>[\u4e00-\u9fffA-Za-z0-9]{2,20}?(?:(?:和|与|以及|及|、|跟|同)[\u4e00-\u9fffA-Za-z0-9]{2,15}?)+)"
    r"(?P<attr>的[\u4e00-\u9fff]{1,8}?)?(?:分别|各自|各)(?P<ask>.+)$"
)
# "固定资产投资目标跟GDP目标一样吗", "两项的牵头单位有什么不同": each thing is asked the attribute compared.
_LISTED_SAME = re.compile(
    r"^(?P<things>[\u4e00-\u9fffA-Za-z0-9]{2,20}?(?:(?:和|与|以及|及|、|跟|同)[\u4e00-\u9fffA-Za-z0-9]{2,15}?)+)"
    r"(?P<attr>的[\u4e00-\u9fff]{1,8}?)?(?:是不是|是否)?(?:一样|相同|一致|有什么区别|有啥区别|有什么不同|有啥不同|有何不同|区别)"
)
_THING_JOIN = re.compile(r"和|与|以及|及|、|跟|同")
_LIST_COUNT = re.compile(r"(?:这|那)?[两二三四五六几](?:项|个|条|件)(?:目标|指标|任务|工作|事项)?$")
# What a compared attribute is asked as: a figure, a body, or anything else.
_ASKED_AS = (
    (re.compile(r"目标|指标|增长|增速|多少|金额|比例|额度"), "是多少"),
    (re.compile(r"单位|部门|牵头|负责"), "是谁"),
)


def asked_parts(text: str) -> list[str]:
    """The parts of a question that ask something: an asking word, or a closing 呢 that asks the same of its own
    subject ("…最多多少？额度和贴息比例呢"); things listed before a closing "分别是多少" are asked each."""
    pieces_all = _PART.findall(text)
    shared = _SHARED_ASK.search(pieces_all[-1]) if pieces_all else None
    if shared and len(pieces_all) > 1 and not wording.ASKING.search("".join(pieces_all[:-1])):
        # Each thing named before the shared ask is asked it ("…的目标年份" → "…的目标年份是多少").
        ask = "是" + shared.group(1)
        listed = [p for piece in pieces_all[:-1] for p in _LIST_JOIN.split(piece) if len(p) >= 2]
        return [p + ask for p in listed] + [re.sub(r"^(?:以及|及|和)", "", pieces_all[-1])]
    parts: list[str] = []
    for piece in pieces_all:
        things, ask = _listed_ask(piece)
        if things:
            parts += [t + ask for t in things]
            continue
        # "综试区建设谁负责、全市规划报谁批、哪天施行": a 、 between parts that each ask something separates them
        # (a 、 inside a list of units asked about does not: "市发改委、市财政局谁牵头").
        pieces = piece.split("、")
        if len(pieces) > 1 and all(wording.ASKING.search(p) for p in pieces):
            parts += pieces
        else:
            parts.append(piece)
    return [p for p in parts if wording.ASKING.search(p) or p.endswith("呢")]


def _listed_ask(piece: str) -> tuple[list[str], str]:
    """("后评价", "绩效评价"), "由哪个部门负责组织" of "后评价和绩效评价分别由哪个部门负责组织"; ([], "") when the piece
    is no such list. "永州和湘西的外资目标分别是多少" lists places of one thing, not two things."""
    listed = _LISTED_ASK.match(piece)
    ask = listed.group("ask") if listed else ""
    if listed and listed.group("attr") and re.fullmatch(r"(?:是|为)?[？?]?", ask):
        # "生产总值和固定资产投资两项目标的负责单位分别是？": the attribute named says what is asked.
        ask = _asked_as(listed.group("attr"))
    if listed is None:
        listed = _LISTED_SAME.match(piece)
        attr = (listed.group("attr") or listed.group("things")[-4:]) if listed else ""
        ask = _asked_as(attr) if listed else ""
    if not listed or not wording.ASKING.search(ask) or wording.ASKING.search(listed.group("things")):
        return [], ""
    # ("生产总值和固定资产投资两项目标的…": the count closing the list is no part of its last thing)
    things = [
        _LIST_COUNT.sub("", t)
        for t in _THING_JOIN.split(listed.group("things"))
        if len(_LIST_COUNT.sub("", t)) >= 2
    ]
    if len(things) < 2 or ("的" in things[-1] and "的" not in things[0]):
        return [], ""
    if listed.re is _LISTED_SAME and not listed.group("attr"):
        # "目标和负责部门一样吗": the things are what is compared; each is asked as what it is.
        return [t + _asked_as(t) for t in things], ""
    return things, (listed.group("attr") or "") + ask


def _asked_as(attribute: str) -> str:
    return next((a for pattern, a in _ASKED_AS if pattern.search(attribute)), "是什么")


def listed_things(text: str) -> list[str]:
    """The things a question lists before one shared ask ("后评价和绩效评价分别由哪个部门负责"), else []."""
    return [t for piece in _PART.findall(text) for t in _listed_ask(piece)[0]]


def answer_other_parts(q: Question, draft: Draft, vocab: Vocabulary) -> Draft:
    """``draft`` with the matched item's sentences that answer the question's other parts, each quoted and cited.

    Who leads is answered by the record itself, so a part asking it is left to the answer as built."""
    parts = asked_parts(q.text)
    if len(parts) < 2 or not draft.findings or q.compare or q.yes_no:
        return draft
    top = draft.findings[0]
    doc = vocab.document(top.doc_id)
    if doc is None:
        return draft
    holder = compose.holding_item(doc, top.start)
    start, quote, section = (
        (holder.start, holder.quote, holder.section)
        if holder
        else (
            top.start,
            top.quote,
            top.section,
        )
    )
    if doc.text[start : start + len(quote)] != quote:
        return draft
    sentences = [
        (at, s.strip())
        for at, s in passages._sentences(quote, False)
        if len(re.findall(r"[\u4e00-\u9fff]", s)) >= 6 and not s.strip().startswith(("（", "("))
    ]
    said = draft.text
    added: list[str] = []
    citations: list[Citation] = []
    for part in parts:
        if wording.LEAD.search(part) and not wording.TARGET.search(part) and not wording.TIME.search(part):
            continue
        topic = understand(part, vocab).topic
        figure, time = wording.TARGET.search(part), wording.TIME.search(part)
        if not topic and not time:
            continue
        # "要求几月底前完成": a part asking only when is answered by the item's sentence stating a time.
        scored = [
            (
                (coverage(topic, s, vocab) if topic else _PART_MATCH - _ASKED_VALUE_BONUS)
                + (
                    _ASKED_VALUE_BONUS
                    if (figure and wording.FIGURE_VALUE.search(s)) or (time and wording.TIME_VALUE.search(s))
                    else 0.0
                ),
                at,
                s,
            )
            for at, s in sentences
        ]
        if not scored:
            continue
        # Ties go to a sentence not yet said: two parts matched by the same words ask different sentences.
        best = max(scored, key=lambda x: (x[0], x[2] not in said and x[2] not in added))
        score, at, sentence = best
        if score < _PART_MATCH or sentence in said or sentence in added:
            continue
        added.append(sentence)
        begin = start + at + quote[at:].find(sentence)
        citations.append(Citation(doc.doc_id, doc.title, section, sentence, begin, begin + len(sentence)))
    if not added:
        return draft
    text = draft.text + "原文还写道：" + "".join(f"“{s}”" for s in added)
    return replace(draft, text=text, extra_citations=draft.extra_citations + tuple(citations))


def part_start(text: str, part: str) -> int:
    """Where ``part`` begins in ``text``: a part given its shared ask ("…目标年份是多少") is found by its own words."""
    for end in range(len(part), 1, -1):
        at = text.find(part[:end])
        if at >= 0:
            return at
    return 0
