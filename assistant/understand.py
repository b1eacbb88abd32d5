"""Turn a cadre's question into a typed ``Question``: intent, places, units and the words naming the task."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant import wording
from assistant.answer import Intent
from assistant.claims import CLAIMED_FIGURE
from assistant.evidence import local_topic
from assistant.naming import (
    DOCUMENT_KINDS,
    ISSUING_PREFIX,
    LEADING_REFERENCE,
    PICKED_KINDS,
    QUOTED_TITLE,
    REFERENCE,
    SHORT_REFERENCE,
    STATUS_NOTE,
    SUBJECT_OF,
    TITLE_KIND_REFERENCE,
    TITLE_ONLY_KINDS,
    contracts,
    doc_numbers,
    document_reference,
    longest_naming,
    named_issuer,
    naming_score,
    part_titles,
    quoted_title,
    strip_words,
    title_forms,
    title_hint,
    titled_with,
    unplaced_titled,
)
from assistant.vocabulary import UNIT_LIKE, Vocabulary, document_subject, jurisdiction_stem, pinyin_of
from corpus.model import PolicyDocument, Role
from corpus.numerals import digits_to_int, numeral_value
from corpus.script import folded
from corpus.structure import ARTICLE_LABEL
from corpus.units import GENERIC_PARTY, ends_like_a_phrase, looks_like_unit
from retrieval.tokenize import dictionary_tag, pos_tags, words

INTENTS = tuple(Intent)

_PUNCT = re.compile(r"[\s，。、；：？！,.;:?!“”\"'（）()【】\[\]《》<>…—\-]+")


@dataclass(frozen=True)
class Question:
    """A parsed question. ``topic`` is what is left once asking words, places and units are removed."""

    text: str
    intent: Intent
    compare: bool = False
    role: Role = Role.ANY  # for units and a unit's tasks: which part was asked about
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
    named_docs: tuple[str, ...] = ()  # documents the question names by their title ("行动计划里", "若干意见")
    focus: tuple[tuple[str, str], ...] = ()  # (doc_id, section) the previous answer was about
    yes_no: bool = False  # "是不是X牵头？": the answer opens with 是 / 不是
    asks_time: bool = False  # a date, a deadline or a frequency is (also) asked
    asks_frequency: bool = False  # "多久一次", "每季度": a rhythm, not a date
    asks_figure: bool = False  # an amount, a count, a share is (also) asked
    place_docs: tuple[str, ...] = ()  # documents of the places named (by title or opening lines, or 文号)
    ordinal: int = 0  # "第一项任务": the document's numbered item at that place (0: none named so)
    article: int = 0  # "第三条里…": the article of that number (0: none named)
    # The topic read with the words that called a document by a short name kept ("外资条例"): asked again so
    # when the topic without them finds nothing. Empty when no short name was read.
    named_as: str = ""
    # The words of the one part this question asks, when it is a part of a longer question ("…补贴多少？…住几天？"):
    # the attribute that part asks is read from them, not from the whole.
    part_text: str = ""
    # "省一级谁负总责": the level of government whose body is asked for (省 / 市 / 州 / 县 / 区; "" when none).
    level: str = ""

    @property
    def answer_intent(self) -> Intent:
        if self.yes_no:
            return Intent.YES_NO
        return Intent.COMPARE if self.compare else self.intent


# "省一级", "市级的", "县里头": a level of government asked for.
_LEVEL_ASKED = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[由归在]))([省市州县区])(?:一级|这一级|级|层面|里头|里)(?=的|谁|哪|由|是|，|,|$)"
)

# "全省人参产业管理工作由哪个部门负责": the work of the whole province is asked, so a body of that level answers
# ahead of the lower levels' bodies doing the same in their own areas.
_WHOLE_LEVEL = re.compile(r"全([省市州县区])(?!人民|政府|委|范围内各)")


def _whole_level(text: str, intent, mentions) -> str:
    m = _WHOLE_LEVEL.search(text) if intent == Intent.LEAD and not mentions else None
    return m.group(1) if m else ""


_CLAIMED_DAY = re.compile(r"\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:起|之前|前|以前)?")

# "第三条里点到了哪几个单位": an article of the document asked by its number.
_ARTICLE_ASKED = re.compile(
    r"第\s*[（(]?\s*([一二三四五六七八九十百零〇]+|\d{1,3})\s*[)）]?\s*条(?:里|中|规定|说)?"
)

# The choice closing the question: "…的是发改还是人社？".
_CLOSING_CHOICE = re.compile(rf"是(?:{wording.CHOICE.pattern})[？?。！!]?$")


def _asks_which_body(text: str, mentions: Sequence[str], vocab: Vocabulary) -> bool:
    """The question closes on a choice between two bodies: units it names, or everyday short names of
    departments the documents name (发改 for 市发展改革部门, 人社 for 市人力资源社会保障部门)."""
    m = _CLOSING_CHOICE.search(text.strip())
    if m is None:
        return False
    return _names_a_body(m.group(1), mentions, vocab) and _names_a_body(m.group(2), mentions, vocab)


def _names_a_body(word: str, mentions: Sequence[str], vocab: Vocabulary) -> bool:
    """A unit the question names, or an everyday short name of a department the documents name (住建, 人社)."""
    if any(word in u or u in word for u in mentions) or UNIT_LIKE.fullmatch(word):
        return True
    forms = {word} | {
        alt for key, alts in wording.SYNONYMS.items() if key.startswith(word) for alt in (key, *alts)
    }
    return any(len(f) >= 2 and f in name for f in forms for name in vocab.unit_names)


def _without_choices(topic: str, asking: str, mentions: Sequence[str], vocab: Vocabulary) -> str:
    """The topic without the bodies a choice offers ("是国土房管局牵头还是住建"): they are checked against the
    record, not searched for."""
    offered = {
        side.removeprefix("是")
        for m in wording.CHOICE.finditer(asking)
        for side in (m.group(1), m.group(2))
        if _names_a_body(side.removeprefix("是"), mentions, vocab)
    }
    return " ".join(w for w in topic.split() if w not in offered) if offered else topic


_DOCUMENT_DATE_ASKED = re.compile(
    r"(?:哪天|哪一天|什么时候|啥时候|何时|几号|几月几[日号]|几点(?:钟)?)(?:正式)?"
    r"(?:发布|印发|出台|成文|签发|公布|发的|下发|挂出|挂网|挂到|上网|贴出)|"
    r"(?:发布|印发|出台|成文|签发|公布|下发|落款)(?:的)?(?:日期|时间)(?:是|为)?(?:哪天|哪一天|什么时候|何时|多少|几号)"
)


# A body claimed to answer for an item (not to punish or handle a case: "是不是商务部门来罚" asks of a provision).
_CLAIMED_LEAD = re.compile(r"牵头|负责|主办|主抓|主责|负总责")


def _intent(text: str, has_unit: bool, mentions: Sequence[str] = ()) -> tuple[Intent, Role]:
    """(intent, role) from the wording alone (``mentions``: the bodies named, whose names hold no role word)."""
    if (
        has_unit
        and wording.UNIT_TASKS.search(text)
        # "牵头配合都有哪些单位": the units of a task are asked, not a unit's tasks
        and not re.search(r"谁|哪个(单位|部门)|(?:哪些|哪几个|哪几家|什么)(?:单位|部门)", text)
    ):
        leads, joins = (
            bool(re.search(r"牵头|主抓|主办", text)),
            bool(re.search(r"配合|参与|协同|协助|协办", text)),
        )
        if re.search(r"作为(?:责任单位|责任部门)|以责任单位", text):
            # "作为责任单位参与了哪几项": listed among the units at all, whatever the place
            leads = joins = False
        return (
            Intent.UNIT_TASKS,
            Role.LEAD if leads and not joins else Role.COOPERATING if joins and not leads else Role.ANY,
        )
    if _DOCUMENT_DATE_ASKED.search(text) and not re.search(r"谁|哪个(?:单位|部门|机关)|哪些|哪家", text):
        # "责任分工那个通知落款日期是哪天": the document's date, whatever words of its title ask otherwise (分工).
        return Intent.TIME, Role.ANY
    if wording.BOTH_ROLES.search(text):
        return Intent.UNITS, Role.ANY
    if wording.COOPERATING.search(text):
        return Intent.UNITS, Role.COOPERATING
    if wording.ALL_UNITS.search(text):
        return Intent.UNITS, Role.ANY
    if wording.LEAD.search(text):
        return Intent.LEAD, Role.LEAD
    claim = wording.YES_NO.search(text)
    bare = text
    for mention in mentions:
        bare = bare.replace(mention, "　" * len(mention))
    if (
        has_unit
        and claim
        and re.search(r"由\u3000{2,}(?:来|去)?(?!商量|商|会同|和|与|及|同)[\u4e00-\u9fff]", bare)
    ):
        # "片区招商引资由片区管理机构统筹开展吗": the body claimed to do the work, whatever verb says what it does.
        return Intent.LEAD, Role.LEAD
    if has_unit and claim and _CLAIMED_LEAD.search(bare, claim.start()) and wording.TARGET.search(text):
        # "规上工业增加值要涨12%左右，是不是省工信委负责": a body claimed to lead, whatever figure the item states.
        return Intent.LEAD, Role.LEAD
    if _DOCUMENT_DATE_ASKED.search(text):
        # "那份目标任务通知在网上是哪天发布的": the document's date, whatever its title says (目标任务).
        return Intent.TIME, Role.ANY
    figure_cues = {m.group() for m in wording.TARGET.finditer(text)}
    if (
        wording.TIME_STRONG.search(text)
        and figure_cues <= {"目标", "指标"}
        and re.search(r"(?:目标|指标)表?(?:里|中|当中|上)", text)
    ):
        # "工信部2018年指标中创建国家级示范区要在几月完成": 指标 names where; only when is asked.
        return Intent.TIME, Role.ANY
    if figure_cues and re.search(r"目标|指标", text):
        # "数量目标是多少、到哪年": a target is answered with the year it is set for.
        return Intent.TARGET, Role.ANY
    if wording.TIME_STRONG.search(text):
        return Intent.TIME, Role.ANY
    if wording.TARGET.search(text):
        return Intent.TARGET, Role.ANY
    if wording.TIME.search(text):
        return Intent.TIME, Role.ANY
    return Intent.OPEN, Role.ANY


# "国家层面", "国家的文件", "国家出台的": 国家 asked as the level whose documents are meant ("国家级企业技术中心"
# is a rank a local measure rewards, no level's document).
_NATIONAL_LEVEL = re.compile(
    r"国家(?=的|层面|层级|级的?(?:文件|政策|规定|层面)|出台|印发|文件|政策|那|这|规定|要求|部委|有关部门|和|与|跟|、|[，,？?])"
)


def _find_jurisdictions(text: str, vocab: Vocabulary) -> list[str]:
    return _jurisdictions_of(text, _jurisdiction_hits(text, vocab), vocab)


def _jurisdiction_hits(text: str, vocab: Vocabulary) -> list[tuple[int, int, str, str]]:
    """(start, end, jurisdiction, alias as typed) of each place the question names, longest first then leftmost,
    without overlaps."""
    hits: list[tuple[int, int, str, str]] = []
    for alias, name in vocab.jurisdiction_aliases.items():
        if alias == "国家" and not _NATIONAL_LEVEL.search(text):
            continue  # 国家粮食局, 国家自主创新示范区: the word opens a name, it names no level
        # "海南e登记平台": a place opening a platform's or product's name, Latin letters after it, names no place
        for named in re.finditer(re.escape(alias) + r"(?![A-Za-z])", text):
            if name.startswith(alias) and alias != name and _other_level(text, named.end(), {name[-1]}):
                continue  # "兰西城市群": 西城 followed by 市 is no 西城区
            hits.append((named.start(), named.end(), name, alias))
    # "海东兰西" is 海东, never the 东兰 across the two names.
    return _without_overlaps(hits, len(text))


def _without_overlaps(hits: Sequence[tuple], length: int) -> list[tuple]:
    """Hits (start, end, …) longest first, then leftmost, each kept only where no kept one already lies."""
    taken = [False] * length
    kept = []
    for hit in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        start, end = hit[0], hit[1]
        if not any(taken[start:end]):
            taken[start:end] = [True] * (end - start)
            kept.append(hit)
    return kept


def _jurisdictions_of(text: str, hits: list[tuple[int, int, str, str]], vocab: Vocabulary) -> list[str]:
    spans = [(start, end, name) for start, end, name, _ in hits]
    aliases: dict[str, str] = {}
    for _, _, name, alias in hits:
        aliases.setdefault(name, alias)
    found = sorted(aliases, key=lambda n: (-len(aliases[n]), aliases[n]))
    # "北京西城区": a place written right before another only says where the second is; it is no side of its own.
    qualifying = {
        name
        for _, end, name in spans
        if all(any(s == e and other != name for s, _, other in spans) for _, e, n in spans if n == name)
    }
    found = [name for name in found if name not in qualifying] or found
    # "全州" / "州里" / "州级" name the only jurisdiction of that level, if there is only one, and only when the
    # question names no place: "广州…区级社区养老设施" is a level inside 广州, not the corpus's only district.
    if found:
        return found
    for level, name in vocab.level_words.items():
        if (
            re.search(rf"(全{level}|{level}里|{level}级|本{level}|我{level}|{level}一级)", text)
            and name not in found
        ):
            found.append(name)
    return found


def _outside_titles(
    text: str, jurisdictions: list[str], named: Sequence[str], vocab: Vocabulary
) -> list[str]:
    """The places the question names outside the title of a document it names: "九江支持大南昌都市圈方案" names
    九江's 《九江市支持大南昌都市圈发展行动方案》; the 南昌 inside its title words is no second place."""
    docs = [d for d in (vocab.document(i) for i in named) if d is not None]

    def titled(name: str) -> bool:
        others = [d.title for d in docs if d.jurisdiction != name]
        typed = [alias for alias, of in vocab.jurisdiction_aliases.items() if of == name and alias in text]
        return bool(typed) and all(inside_a_title(text, alias, others) for alias in typed)

    kept = [j for j in jurisdictions if not titled(j)]
    return kept or list(jurisdictions)


_DEPARTMENT_AFTER = re.compile(r"(?:等)?(?:有关|相关|主管)?(?:部门|单位|机构)")


def _find_units(text: str, vocab: Vocabulary) -> list[str]:
    # Asking phrases are never part of a unit's name ("特区这块算不算市委…" is not a unit).
    for phrase in _SCAFFOLDING_PHRASES:
        text = text.replace(phrase, "　" * len(phrase))
    mentions: list[str] = []
    taken = [False] * len(text)
    # A unit whose name holds a place, typed without its opening ("人民银行永州市分行" for 中国人民银行永州市分行):
    # read before place names are masked, or the place would cut the name in two.
    for name, tails in vocab.placed_unit_tails():
        for tail in tails:
            start = text.find(tail)
            if start >= 0 and not any(taken[start : start + len(tail)]):
                mentions.append(name)
                taken[start : start + len(tail)] = [True] * len(tail)
                break
    # A unit whose own name opens with its place ("湘西海关", "长沙海关") is that unit, typed whole.
    for name in vocab.place_named_units():
        # ("郑州市政府": a government typed without 人民 is the 郑州市人民政府 the documents name)
        for typed in dict.fromkeys((name, name.replace("人民政府", "政府"))):
            start = text.find(typed)
            if start >= 0 and not any(taken[start : start + len(typed)]):
                mentions.append(name)
                taken[start : start + len(typed)] = [True] * len(typed)
                break
    # Place names are not part of a unit name typed after them ("湘西的商务局" → "商务局").
    for alias in vocab.jurisdiction_aliases:
        for match in re.finditer(re.escape(alias), text):
            for i in range(match.start(), match.end()):
                taken[i] = True
    for name in vocab.unit_names:
        start = text.find(name)
        while start >= 0:
            # "人社部门" is a department of 人社, not the ministry 人社部 and a stray 门: read whole, as typed.
            typed = (
                name + "门"
                if name.endswith("部") and text[start + len(name) : start + len(name) + 1] == "门"
                else name
            )
            # A field a list names in place of its department ("审批、监督管理、服务等有关部门" records 服务) is that
            # department only where the question says so ("服务部门"), never inside a word ("海洋服务业").
            bare_field = (
                not looks_like_unit(typed)
                and not typed.startswith(("各", "全", "省", "市", "县", "区", "州"))
                and not _DEPARTMENT_AFTER.match(text, start + len(typed))
            )
            if not any(taken[start : start + len(typed)]) and not bare_field:
                mentions.append(typed)
                for i in range(start, start + len(typed)):
                    taken[i] = True
            start = text.find(name, start + 1)
    masked = "".join("　" if t else c for c, t in zip(text, taken, strict=True))
    known = set(vocab.unit_names)
    for word, alternatives in wording.SYNONYMS.items():
        # "团委" → 共产主义青年团委员会: the lexicon's everyday name of a body the documents name in full, too short
        # to be read as a unit by its ending (longer ones, 发改委, are read below).
        named = [a for a in alternatives if a in known]
        # "市政府" too: typed for 市人民政府, never a short form of a longer body ("市区党委和政府"), and not when a
        # place is typed before it ("山西省政府" is no 省人民政府 of the documents').
        level_government = re.fullmatch(r"(?:[州市县区省乡镇旗]|自治区|自治州|自治县)政府", word)
        if level_government and re.search(
            rf"[\u4e00-\u9fff](?<![是由归让请给向和与及的在被里跟同对])(?={word})", masked
        ):
            continue
        short = len(word) < 3 or level_government
        if named and short and word not in known and word in masked:
            mentions.append(named[0])
            masked = masked.replace(word, "　" * len(word))
    for match in UNIT_LIKE.finditer(masked):
        name = match.group(0)
        if masked[match.end() - 1 : match.end() + 1] in wording.SUFFIX_IN_A_WORD:
            continue  # "整体部署": 部 opens a word (部署), it ends no body's name
        # Keep the tail after any question or function word: "项目是哪个局" is not a unit, "的数据局" → "数据局".
        cut = max((i for i, ch in enumerate(name) if ch in wording.NOT_UNIT_CHARS), default=-1)
        # A role verb typed before the name ("会同经信部门") is no part of it.
        name = re.sub(
            r"^(?:要|应当|应|需要|需|须|并|也|还)?(?:会同|牵头|配合|参与|协同|协助|联合)+",
            "",
            name[cut + 1 :],
        )
        # A phrase the directory does not know counts only with a clear body suffix ("深圳市商务局"),
        # never a verb phrase that happens to end in 办 ("完善考核督办").
        if re.match(r"^[一两二三四五六七八九十几多]+(?:类|个|家|种|级)", name):
            continue  # "牵头办理的是哪两类部门": a count of bodies asked, no body's name
        if GENERIC_PARTY.match(name) or _place_and_a_class(name, vocab):
            # "会同其他部门": a class of bodies, not one asked about; "宁夏部门管理机构考核办法": a place and a
            # bare 部门 name no body
            continue
        if len(name) >= 3 and not vocab.units.resolve(name) and vocab.abbreviated_unit(name):
            # "文广新局": a known unit typed by the first characters of its words (read as it in understand).
            mentions.append(name)
        elif (
            len(name) >= 3
            and not ends_like_a_phrase(name)
            and (vocab.units.resolve(name) or wording.STRONG_SUFFIX.search(name))
        ):
            mentions.append(name)
    return mentions


def _place_and_a_class(name: str, vocab: Vocabulary) -> bool:
    """A place typed before a class of bodies ("宁夏部门" in "宁夏部门管理机构考核办法") names no body."""
    if not name.endswith(("部门", "单位", "机构")):
        return False
    places = (*vocab.jurisdiction_aliases, *wording.PROVINCES)
    return any(
        len(p) >= 2 and name.startswith(p) and GENERIC_PARTY.match(name[len(p) :])
        for p in places
        if p != name
    )


def _places(text: str, vocab: Vocabulary, named: Sequence[str] = ()) -> tuple[list[str], list[str]]:
    """Place names (jieba 'ns') that are not our jurisdictions: (never in the corpus, mentioned in it). A word
    the tokenizer cuts across a place already read ("海东兰西": 东兰 across 海东) is none."""
    unknown, other = [], []
    taken = [False] * len(text)
    for place in named:
        for m in re.finditer(re.escape(place), text):
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
    at = 0
    for word, flag in pos_tags(text):
        start, at = at, at + len(word)
        if text[start:at] == word and any(taken[start:at]) and not all(taken[start:at]):
            continue
        listed = jurisdiction_stem(word) in wording.CITIES or word in wording.CITIES
        # Tagged a place here, and not a common word the dictionary files as something else (普及, 政府); a
        # place jieba only guesses (里湘, 商来州) counts when it is a listed city or names a county or district.
        if not listed and (flag != "ns" or len(word) < 2 or dictionary_tag(word) not in (None, "ns")):
            continue
        if not listed and dictionary_tag(word) is None and (word[-1:] not in "县区" or word[0] in "里中内"):
            continue  # "措施里县（区）政府…": 里 closes the document's name, 县 opens a body's
        if (
            word in wording.SYNONYMS or word in wording.STOP_TOKENS or word in wording.NOT_PLACES
        ):  # 加盟 is a word of ours, not a place
            continue
        if any(word in p or p in word for p in vocab.place_docs):
            continue
        if _inside_a_title(text, word, vocab):
            continue
        if word in vocab.jurisdiction_aliases or jurisdiction_stem(word) in vocab.jurisdiction_aliases:
            continue
        written = {word, jurisdiction_stem(word)}  # 通山县 is written 通山 in a table row
        (other if any(w in d.text for w in written for d in vocab.documents) else unknown).append(word)
    return unknown, other


def _contracted_in(mentions: Sequence[str], units: Sequence[str], doc) -> list[str]:
    """ "公积金中心" asked of a document that names 市住房公积金管理中心 and no 公积金中心: the one unit of that document
    the mention contracts (its characters in order, the same ending), when the units it resolved to are not there."""
    if doc is None:
        return []
    named = {u for t in doc.tasks for u in t.units}
    found = []
    for mention in mentions:
        if len(mention) < 4 or any(u in named for u in units) or mention in named:
            continue
        fits = [u for u in named if u.endswith(mention[-2:]) and contracts(mention, u)]
        if len(fits) == 1 and fits[0] not in units:
            found.append(fits[0])
    return found


_JOINED = re.compile(r"\s*(?:和|与|及|以及|、|跟)\s*")


def _tasks_asked_of(asking: str, mentions: Sequence[str]) -> str:
    """Of several bodies named, the one whose tasks a unit's-tasks question asks: the body right before the ask
    ("兰州对接发改委的事项中市建委负责牵头哪件事": 发改委 names the document); "" when one body alone is named, or the
    bodies are listed together ("A和B各自负责什么": each is asked)."""
    cue = wording.UNIT_TASKS.search(asking)
    if cue is None or len(set(mentions)) < 2:
        return ""
    at = {m: asking.rfind(m, 0, cue.start()) for m in set(mentions)}
    before = sorted((m for m in at if at[m] >= 0), key=lambda m: at[m])
    if any(
        _JOINED.fullmatch(asking[at[a] + len(a) : at[b]]) for a, b in zip(before, before[1:], strict=False)
    ):
        return ""
    return before[-1] if before else ""


# How often a document with no place of its own must name a place to be read as that place's.
_PLACE_MENTIONS = 3


def _placed_by_text(places: Sequence[str], vocab: Vocabulary) -> list[str]:
    """Documents that read no jurisdiction from their head but name one of ``places`` again and again ("湘阴优势",
    "湘阴品牌"): the place's own documents, as far as the library can tell."""
    found = []
    for place in places:
        stem = jurisdiction_stem(place)
        if len(stem) < 2:
            continue
        found += [d for d, text in vocab.unplaced_texts().items() if text.count(stem) >= _PLACE_MENTIONS]
    return list(dict.fromkeys(found))


def _inside_a_title(text: str, word: str, vocab: Vocabulary) -> bool:
    """The place is typed as part of a longer name a document's title has ("大江东产业集聚区" holds 江东), or is a
    name a title has whole (大江东): it names that document, not a place of its own."""
    titles = [d.title for d in vocab.documents if d.title]
    return (len(word) >= 3 and any(word in t for t in titles)) or inside_a_title(text, word, titles)


def inside_a_title(text: str, word: str, titles: Sequence[str]) -> bool:
    """Every time ``word`` is typed it is part of a longer stretch some title has ("实施意见" holds 实施, "大江东"
    holds 江东): there it names a document, it does not ask about itself."""
    found = False
    for m in re.finditer(re.escape(word), text):
        if not _in_title_at(text, m.start(), m.end(), titles):
            return False
        found = True
    return found


def _in_title_at(text: str, i: int, j: int, titles: Sequence[str]) -> bool:
    word = text[i:j]
    for a in range(max(0, i - 2), i + 1):
        for b in range(j, min(len(text), j + 2) + 1):
            if b - a > len(word) and any(text[a:b] in t for t in titles):
                return True
    return False


_CLOSING_MA = re.compile(r"(?<=[\u4e00-\u9fff\d%％])[码马玛蚂妈](?=[？?]?\s*$)")


def fix_asking_typos(text: str, vocab: Vocabulary) -> str:
    """A wrong character in a role word ("谁牵投", "负则", "配和单位", "签头的吗") is read as the word: the second one
    any, the first one only if it sounds the same.

    Only where the corpus never has the pair and the pair ends the asking (end of question, or before 单位 /
    部门 / 的 / 呢 …), so a junction between two real words ("项目谁") is never "corrected".
    """
    # "是47个码？": the question's closing 吗 typed by its sound.
    out = text = _CLOSING_MA.sub("吗", text)
    for i in range(len(text) - 1):
        pair = text[i : i + 2]
        if pair in vocab.corpus_bigrams or pair in wording.ASKING_WORDS:
            continue
        if not wording.AFTER_ASKING.match(text[i + 2 :]):
            continue
        for word in wording.ASKING_WORDS:
            # "牵投": the second character wrong; "签头": the first one, typed by its sound.
            if pair[0] == word[0] or (pair[1] == word[1] and pinyin_of(pair[0]) == pinyin_of(word[0])):
                out = out[:i] + word + out[i + 2 :]
                break
    return out


_SCAFFOLDING_PHRASES = tuple(
    w for w in wording.SCAFFOLDING if len(w) >= 2 and w not in ("负责", "牵头", "配合", "参与", "会同")
)
_PROTECTED = wording.SCAFFOLDING + tuple(wording.STOP_TOKENS) + tuple(wording.SYNONYMS) + wording.KEEP_CHARS


_KIND_AFTER_PLACE = re.compile(rf"^(?:的|那个|这个|那份|这份)*({TITLE_ONLY_KINDS}|{DOCUMENT_KINDS}|规划)")


def _of_the_kind_typed(
    text: str, places: Sequence[str], doc_ids: Sequence[str], vocab: Vocabulary
) -> list[str]:
    """ "宿迁清单第1条…": a place's one document whose title is of the kind typed right after the place's name."""
    for place in sorted(places, key=len, reverse=True):
        at = text.find(place)
        kind = _KIND_AFTER_PLACE.match(text[at + len(place) :]) if at >= 0 else None
        if kind:
            of_kind = [
                d for d in doc_ids if kind.group(1) in (vocab.document(d).title if vocab.document(d) else "")
            ]
            return of_kind if len(of_kind) == 1 else []
    return []


def _other_level_after(text: str, end: int, place: str, vocab: Vocabulary) -> bool:
    """ "兰西城市群": the level word after the place (西城 + 市) is not the level of any document of that place
    (西城区): the place is cut out of another name."""
    levels = {
        d.jurisdiction[len(place) :][:1]
        for d in (vocab.document(i) for i in vocab.place_docs.get(place, ()))
        if d is not None and d.jurisdiction.startswith(place) and len(d.jurisdiction) > len(place)
    }
    return bool(levels) and _other_level(text, end, levels)


def _other_level(text: str, end: int, levels: set[str]) -> bool:
    """A level word follows at ``end`` that is none of ``levels``, and opens no word of its own (贵州市场: 市场)."""
    from retrieval.tokenize import is_word

    after = text[end : end + 1]
    if not after or after not in "省市县区州" or after in levels:
        return False
    return not is_word(text[end : end + 2])


def _named_places(text: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """Documents of the places a question names (上海, 广东 …), and the place words found.

    Longest first, then leftmost, without overlaps: "山东省" is 山东, never the tail 东省 of another name.
    """
    hits = [
        (m.start(), m.end(), place)
        for place in vocab.place_docs
        for m in re.finditer(re.escape(place), text)
        if not _other_level_after(text, m.end(), place, vocab)
    ]
    named = list(dict.fromkeys(place for _, _, place in _without_overlaps(hits, len(text))))
    docs: set[str] = set().union(*(vocab.place_docs[place] for place in named))
    return sorted(docs), [f"{p}{s}" for p in named for s in ("省", "市", "")]


# A year typed with two digits ("97年那次", "03年12月下旬", "18年印发的"), where what follows makes it a date, not
# a span of years ("满10年", "10年内").
_SHORT_YEAR = re.compile(
    r"(?<![\d满近超连每第共约])(0[0-9]|[5-9][0-9])年(?=[\u4e00-\u9fff\d])|"
    r"(?<![\d满近超连每第共约])([0-9]{2})年(?=\d{1,2}月|[一二三四五六七八九十]{1,2}月|那|这|的时候|底|初|上半年|下半年|出台|印发|发布|发的|颁布|签发)"
)


def _years_asked(text: str, years: tuple[int, ...], doc_ids: list[str], vocab: Vocabulary) -> tuple[int, ...]:
    """The years that filter: not one that is part of a named document's title as typed ("1997年地震趋势那个通知"
    names 《…关于1997年地震趋势和…的通知》; "到2025年" beside a "2023—2025年" title still asks 2025)."""
    docs = [d for d in (vocab.document(i) for i in doc_ids) if d is not None]
    titles = [d.title for d in docs]
    if not years or not titles:
        return years
    dated = {d.meta.date[:4] for d in docs if d.meta.date}

    def in_title(year: int) -> bool:
        for m in re.finditer(f"{year}年", text):
            after = text[m.end() : m.end() + 2]
            if len(after) == 2 and any(f"{year}年{after}" in t for t in titles):
                return True
            # "2023年那个产业意见": the year the document was issued, calling it by its date.
            if str(year) in dated and _DATED_NAME.match(text, m.end()):
                return True
        return False

    return tuple(y for y in years if not in_title(y))


def _named_by_year(
    text: str, years: tuple[int, ...], candidates: Sequence[str], vocab: Vocabulary
) -> tuple[list[str], set[int]]:
    """Of several candidate documents, those whose title names one year only, picked by that year as typed
    ("安徽2025方案" for 《…专项行动方案(2025)》 beside its 2024 version); a year asked as a target's
    ("到2025年", "2025年底") picks none."""
    docs = [d for d in (vocab.document(i) for i in candidates) if d is not None]
    if len(docs) < 2:
        return [], set()
    single = {
        d.doc_id: int(ys.pop()) for d in docs if len(ys := set(wording.BARE_YEAR.findall(d.title))) == 1
    }
    picked: list[str] = []
    naming: set[int] = set()
    for year in years:
        if re.search(rf"(?:到|至|截至|截止)\s*{year}|{year}\s*年\s*(?:底|末|前|以前)", text):
            continue
        mine = [
            i for i, y in single.items() if y == year and _typed_as_name(text, year, vocab.document(i).title)
        ]
        if mine and len(mine) < len(docs):
            picked += [i for i in mine if i not in picked]
            naming.add(year)
    return picked, naming


def _typed_as_name(text: str, year: int, title: str) -> bool:
    """The year is written as part of the document's name: before words of its title or its kind ("2025有效投资
    方案", "2025那个方案"), or beside another version's ("2025和2024两版"); not before what is asked of it
    ("2019年城镇调查失业率…目标")."""
    if re.search(r"[两几]版|哪版|版本|新版|旧版", text):
        return True
    for m in re.finditer(rf"{year}\s*年?(?:的|那个|那份|这个|这份|版)?", text):
        after = text[m.end() : m.end() + 2]
        if len(after) == 2 and (after in title or re.match(DOCUMENT_KINDS, after)):
            return True
    return False


# A year followed by a name of the document it dates ("2023年那个产业意见", "23年的办法").
_DATED_NAME = re.compile(
    rf"(?:的|那个|这个|那份|这份|出的|发的|印发的)?[\u4e00-\u9fffA-Za-z0-9]{{0,8}}?(?:{PICKED_KINDS})"
)


_OWNED_PART = re.compile(
    r"(?:员会)?的(?!任务|职责|工作|事|活|分工|责任|牵头|配合|负责|主要|具体|哪|什么|啥)[\u4e00-\u9fff]"
)


_ISSUED_IT = (
    r"(?:出|发|印发|发布|下发|出台|制定)(?:的|了)(?:那份|这份|那个|这个|文件|方案|计划|通知|意见|办法)"
)
_SET_UP = r"(?:建立|成立|组建|设立|筹建|组成|健全|完善)(?:了|起)?"


def _owns_what_is_asked(text: str, mention: str) -> bool:
    """``mention`` is followed by "的" and a part of it ("…委员会的办公室", "…协调委的主任"), not by its duties."""
    at = text.find(mention)
    cue = wording.YES_NO.search(text)
    if at < 0 or (cue is not None and at >= cue.start()):
        return False  # a unit after "是不是" is what the claim is about
    return _OWNED_PART.match(text, at + len(mention)) is not None


# A stretch names a picked document when this share of its characters is in the title.
_SHORT_NAME_SHARE = 0.75


_NAME_KIND = re.compile(rf"(?:{PICKED_KINDS})(?=(?:{STATUS_NOTE})?$)")


def _fits_name(doc, stretch: str, share: float, kind: str, alone: bool = False) -> bool:
    """The stretch's characters are mostly in the document's title or one of its parts' headings, and the kind of
    document it says (方案, 办法…) is what that title or heading says, or what the text calls itself (本办法)."""
    names = [doc.title, *part_titles(doc)]
    untitled = not doc.title or doc.title == doc.doc_id
    if untitled:
        # A document printing no title is named by what its opening says it is for ("为把我县旅游业培育成为…") or
        # what its parts are headed ("一、…房地产…"); what kind of document it is, it does not say.
        names.append(doc.text[:_UNTITLED_OPENING])
        names.append(" ".join(s.heading for s in doc.sections if s.level == 1))
    for name in names:
        if sum(ch in name for ch in stretch) < share:
            continue
        # (a page printing no title says no kind either: its words name it only as the one document of its place)
        if (
            (untitled and alone)
            or not kind
            or kind in name
            or re.search(rf"本[\u4e00-\u9fff]{{0,4}}{kind}", doc.text)
        ):
            return True
    return False


# How much of an untitled document's opening stands for its title.
_UNTITLED_OPENING = 300


# "广州积分入户里…", "广州积分入户，…": after the place, the words up to 里 or a comma may call the document by
# its subject, with no kind word (used only when no stretch ends in one).
_LEADING_NAME = re.compile(
    r"^[\s　]*([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:这个|那个)?(?:里面|里|当中|中|那边|[，,：:])"
)


_LEADING_PAIRS = 0.6


def _title_pairs(stretch: str, title: str) -> float:
    """Share of the stretch's character pairs the title has ("积分入户" in 《…积分制入户管理办法…》: 积分, 入户)."""
    pairs = [stretch[i : i + 2] for i in range(len(stretch) - 1)]
    return sum(p in title for p in pairs) / len(pairs) if pairs else 0.0


def _issued_by(doc, body: str) -> bool:
    """The document's issuer is the body typed (省政府办公厅 for 湖北省人民政府办公厅)."""
    if doc is None or len(body) < 4 or not doc.meta.issuer:
        return False
    return body.replace("人民", "") in doc.meta.issuer.replace("人民", "")


def _short_names(
    text: str, doc_ids: Sequence[str], vocab: Vocabulary, jurisdictions: Sequence[str] = ()
) -> tuple[list[str], list[str]]:
    """Stretches calling a picked document by a short name of its title ("外资条例" for 《深圳经济特区外商投资
    条例》, "招商优惠办法" for 《…招商引资优惠政策》): most of the stretch's characters are the title's. Returns
    the stretches and the one document they name (none when they fit several)."""
    docs = [d for d in (vocab.document(i) for i in dict.fromkeys(doc_ids)) if d is not None and d.title]
    found: list[str] = []
    named: set[str] = set()
    references = [
        *SHORT_REFERENCE.finditer(text),
        *TITLE_KIND_REFERENCE.finditer(text),
        *_LEADING_NAME.finditer(text),
    ]
    for m in references:
        if found and m.re is _LEADING_NAME:
            break  # a stretch ending in a kind word named it
        stretch = re.sub(
            r"^(?:这个|那个|这份|那份|这篇|那篇|的)+",
            "",
            re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", m.group(1)),
        )
        if len(stretch) < 2:
            continue
        share = _SHORT_NAME_SHARE * len(stretch)
        kind = _NAME_KIND.search(m.group(0))
        fits = [
            d for d in docs if _fits_name(d, stretch, share, kind.group(0) if kind else "", len(docs) == 1)
        ]
        if m.re is TITLE_KIND_REFERENCE:
            fits = [d for d in fits if m.group(2) in d.title]  # only a title of that kind is called so
        if m.re is _LEADING_NAME:
            # No kind word says it is a document's name: its words must be the title's own, pair by pair.
            fits = [d for d in fits if _title_pairs(stretch, d.title) >= _LEADING_PAIRS]
        if len(fits) > 1:
            # "河南营商条例": of the province's and its cities' 营商条例, the one of the place named itself.
            fits = [d for d in fits if d.jurisdiction in jurisdictions] or fits
        if len(fits) > 1 and all(d.meta.title for d in fits):
            # "乡镇河长制考核细则" of a county's two 考核细则: the one whose title holds the name's pairs best (a
            # document printing no title has none to weigh, so no title wins over it).
            scored = sorted(((_title_pairs(stretch, d.title), d) for d in fits), key=lambda x: -x[0])
            if scored[0][0] > scored[1][0]:
                fits = [scored[0][1]]
        fits = [d.doc_id for d in fits]
        # A name that fits several of the documents picks none of them: its words stay, to rank within them.
        if len(fits) == 1:
            found.append(m.group(0))
            named.update(fits)
    if not named:
        # "广州科技创新工程在组织领导方面…": the question opens with words standing whole in one title only; they
        # pick it, and stay in the topic (they may be what is asked as well).
        opening = re.match(r"[\s　]*([\u4e00-\u9fff]{5,})", text)
        for size in range(min(len(opening.group(1)), 16) if opening else 0, 4, -1):
            words = opening.group(1)[:size]
            whole = titled_with(words, docs)
            if whole:
                return found, whole if len(whole) == 1 else []
    return found, sorted(named) if len(named) == 1 else []


_TITLE_WRAPPER = re.compile(
    r"^.*?关于(?:印发|转发|同意)?|的(?:通知|批复|函|复函)$|[《》“”\"]|[（(][^（）()]*[）)]"
)
_TITLE_KIND = re.compile(
    r"(?:的)?(?:若干措施|若干意见|实施意见|指导意见|实施方案|行动方案|行动计划|工作方案|管理办法|实施细则|"
    r"条例|办法|方案|意见|措施|举措|规定|细则|计划|通知)$"
)


def _title_subject(doc: PolicyDocument | None, vocab: Vocabulary) -> str:
    """The work a document is about, from its title: "北京市数字经济促进条例" → "数字经济促进"."""
    if doc is None or not doc.title or doc.title == doc.doc_id:
        return ""
    # Twice: "…关于印发《X关于Y的意见》的通知" loses the outer wrapper, then the inner one.
    title = _TITLE_KIND.sub("", _TITLE_WRAPPER.sub("", _TITLE_WRAPPER.sub("", doc.title)))
    for place in sorted(vocab.jurisdiction_aliases, key=len, reverse=True):
        title = title.replace(place, " ")
    subject = _topic(re.sub(r"^(?:支持|关于|促进|加快|推进|进一步)(?=[\u4e00-\u9fff]{4})", "", title.strip()))
    # The whole of the document's place is what its overall lead answers for ("全市数字经济促进工作", not a
    # district's "本行政区域…").
    level = next((lv for lv in ("市", "省", "州", "县", "区") if doc.jurisdiction.endswith(lv)), "")
    return f"{subject} 全{level}" if subject and level else subject


def _beyond_titles(topic: str, doc_ids: list[str], vocab: Vocabulary) -> str:
    """The topic without the words of the one document named (all of it when none or several are)."""
    docs = [d for d in (vocab.document(i) for i in dict.fromkeys(doc_ids)) if d is not None]
    if len(docs) != 1 or not topic:
        return topic
    return local_topic(topic, document_subject(docs[0]))


_CN_YEAR = re.compile(r"((?:一九|二〇|二零)[〇零一二三四五六七八九]{2})年")


def _full_years(text: str) -> str:
    """``text`` with two-digit years written in full (97年 → 1997年, 03年 → 2003年)."""

    def full(m: re.Match[str]) -> str:
        two = m.group(1) or m.group(2)
        return f"{'19' if int(two) >= 50 else '20'}{two}年"

    # "二〇二八年" is 2028年, a year like any typed in digits.
    text = _CN_YEAR.sub(lambda m: f"{digits_to_int(m.group(1))}年", text)
    return _SHORT_YEAR.sub(full, text)


_CLOSING_NOTE = re.compile(r"\s*[（(][^（）()]{2,30}[）)]\s*$")


# "哈尔滨这边想问，…", "我们县这边想了解…": where the asker sits, said before the question; it names no document.
_ASKERS_PLACE = re.compile(
    r"^[\s　]*(?:我们|我|咱们)?[\u4e00-\u9fff]{0,6}?(?:这边|这里|那边)(?:想问|问一下|问下|想了解|想咨询|咨询一下)[一下个]*"
    r"[，,：:\s]*"
)

# "和铜川分工意见不同，呈贡那份若干政策措施…是多少": a clause setting what is asked against another document is
# context, not scope; what follows its comma is the question.
_CONTRAST_PREAMBLE = re.compile(
    r"^[\s　]*(?:和|跟|与|同|像|不同于|区别于)[^，,。？?！!]{2,40}?"
    r"(?:不同|不一样|一样|相同|类似|相比|比起来|对比|相对|有别)[的地]?[，,]\s*"
)


def _spoken_places(text: str, vocab: Vocabulary) -> str:
    """ "乌市投资环境条例": a city said by its first character and 市 is that city, where the corpus has it."""
    for spoken, full in wording.SPOKEN_PLACES.items():
        if (
            spoken in text
            and full not in text
            and (full in vocab.place_docs or full[:-1] in vocab.place_docs)
        ):
            text = re.sub(rf"{spoken}(?![场民长委区])", full, text)  # not 乌市场, 哈市民
    return text


# "跟拉萨营商条例一样也是地方性法规的兰州高新区条例，…": the document set beside the asked one only describes it.
_CONTRAST_MODIFIER = re.compile(
    r"^[\s　]*(?:和|跟|与|同|像)[^，,。？?！!]{2,30}?(?:一样|相同|类似)[^，,。？?！!]{0,16}?的(?=[\u4e00-\u9fff]{4})"
)


def _without_contrast(text: str) -> str:
    rest = _CONTRAST_PREAMBLE.sub("", text, count=1)
    if rest == text:
        rest = _CONTRAST_MODIFIER.sub("", text, count=1)
    asks = wording.ASKING.search(rest) or wording.YES_NO.search(rest)
    return rest if rest != text and len(rest) >= 6 and asks else text


def _with_word(topic: str, word: str) -> str:
    """``topic`` with ``word`` among its words (unchanged when it has it, or when ``word`` is empty)."""
    return topic if not word or word in topic else f"{topic} {word}".strip()


def _title_pieces(question: str, title: str, rest: str) -> list[str]:
    """The pieces of ``rest`` inside the longest stretch (eight characters or more) the question shares with a
    document's title."""
    title = folded(title)
    best = ""
    for i in range(len(question)):
        for j in range(len(question), i + len(best), -1):
            if question[i:j] in title:
                best = question[i:j]
                break
    if len(best) < 8:
        return []
    pieces, i = [], 0
    while i < len(best):
        j = i + 2
        if best[i:j] not in rest:
            i += 1
            continue
        while j < len(best) and best[i : j + 1] in rest:
            j += 1
        pieces.append(best[i:j])
        i = j
    return pieces


def _without_conditions(text: str) -> str:
    """ "没有具体责任部门的，由谁牵头", "涉及好几个部门的": the case a provision covers names no body and asks no list."""
    return wording.BODILESS_CASE.sub(lambda m: "　" * len(m.group(0)), text)


# The kinds of document a body's or zone's name may open the name of ("高新区条例", "管委会办法").
_NAMED_KIND = "条例|办法|规定|细则|实施意见|若干措施|措施"


# How much of an unplaced page's title a question must type for it to name that page whatever place it says.
_UNPLACED_TITLE_CHARS = 8


def understand(text: str, vocab: Vocabulary, history: Question | None = None) -> Question:
    """Parse ``text``; with ``history`` a short follow-up ("那配合单位呢?") inherits the previous topic."""
    raw = _spoken_places(_without_contrast(text.strip()), vocab)
    asked = wording.CAPITAL_ASKED.sub(lambda m: wording.CAPITALS[m.group(1)], _ASKERS_PLACE.sub("", raw))
    clean = vocab.correct_homophones(fix_asking_typos(_full_years(asked), vocab), _PROTECTED)
    # A 文号 names a document; its year is part of the name, never a year filter.
    number_docs, clean_for_years = doc_numbers(clean, vocab)
    place_docs, place_words_named = _named_places(clean_for_years, vocab)
    if place_docs:
        place_docs = list(dict.fromkeys([*place_docs, *unplaced_titled(clean, vocab)]))
    place_hits = _jurisdiction_hits(clean, vocab)
    jurisdictions = _jurisdictions_of(clean, place_hits, vocab)
    # A unit typed with a homophone ("人设部") is the known unit that sounds the same, when only one does.
    # The issuing prefix of a 文号 (国办发〔2018〕118号) names a document, not a unit the question asks about.
    # ("发文机关是谁": the document's issuer asked, no unit named)
    unmasked = wording.ASKS_ISSUER.sub(lambda m: "　" * len(m.group(0)), _without_conditions(clean))
    typed = _find_units(ISSUING_PREFIX.sub(lambda m: "　" * len(m.group(0)), unmasked), vocab)
    # "建立领导小组这项": a body the work sets up is what the item is about, not a unit asked of it.
    typed = [m for m in typed if not re.search(_SET_UP + re.escape(m), clean)]
    # "海口市政府办公室出的那份行动计划": the body issuing the document names it; it is no unit asked about.
    issuing = [m for m in typed if re.search(re.escape(m) + _ISSUED_IT, clean)]
    # "兰州高新区条例里…": a name a document's own name opens with (its zone, its body) is no unit asked about.
    issuing += [
        m
        for m in typed
        if m not in issuing and re.search(rf"{re.escape(m)}(?:{_NAMED_KIND})(?:里|中|上|的|，|,)", clean)
    ]
    typed = [m for m in typed if m not in issuing]
    mentions = [
        m if vocab.units.resolve(m) else vocab.homophone_unit(m) or vocab.abbreviated_unit(m) or m
        for m in typed
    ]
    units: list[str] = []
    for mention in mentions:
        scope = jurisdictions or [None]
        for j in scope:
            for canonical in vocab.canonical_units(mention, j):
                if canonical not in units:
                    units.append(canonical)
    # A unit with a jurisdiction-specific name (州工信局) tells us the jurisdiction when the question does not.
    # Only a level word one jurisdiction owns (州工信局 → 湘西州) says where; 市场监管局 could be any city's.
    if not jurisdictions and units and not place_docs and any(m[:1] in vocab.level_words for m in mentions):
        trusted = set(vocab.jurisdiction_aliases.values())
        owners = set().union(*(vocab.jurisdictions_of_unit(u) for u in units)) & trusted
        if len(owners) == 1:
            jurisdictions = sorted(owners)
    # "…是财政部牵头认定的吗？（国办发〔2018〕124号）": a note closing the question does not end what it asks.
    asking = _without_conditions(_CLOSING_NOTE.sub("", clean))
    intent, role = _intent(asking, bool(mentions), mentions)
    if intent not in (Intent.LEAD, Intent.UNITS, Intent.UNIT_TASKS) and _asks_which_body(
        asking, mentions, vocab
    ):
        intent, role = Intent.LEAD, Role.LEAD  # "…的是发改还是人社": which of two bodies does it
    subject = _tasks_asked_of(asking, mentions) if intent == Intent.UNIT_TASKS else ""
    if subject:
        kept = {c for j in (jurisdictions or [None]) for c in vocab.canonical_units(subject, j)} | {subject}
        mentions = [subject]
        units = [u for u in units if u in kept] or units
    years = tuple(int(m.group(1)) for m in wording.YEAR.finditer(clean_for_years))
    place_words = list(dict.fromkeys(alias for _, _, _, alias in place_hits)) + place_words_named
    # 国家 opening a name (国家粮食应急预案) names no level, but is no topic word either: the national documents
    # say it of everything.
    place_words += [a for a in ("国家",) if a in clean and a in vocab.jurisdiction_aliases]
    place_words += [f"全{lv}" for lv in vocab.level_words] + [f"{lv}里" for lv in vocab.level_words]
    issuer_docs, issuer_words = [], []
    if not jurisdictions and not place_docs and not number_docs:
        # "国务院说要把…建成哪几个中心": the body that issued a document, opening the question, picks its documents.
        issuer_docs, issuer_words = named_issuer(clean, vocab)
        place_docs = issuer_docs
    # "协调委员会的办公室设在哪", "机场协调委的主任是谁": a body whose own part is asked is what the question is
    # about, not a unit it asks a role of; it stays in the topic.
    owners_asked = [m for m in dict.fromkeys(mentions + typed) if _owns_what_is_asked(clean, m)]
    named_units = [m for m in mentions + typed if m not in owners_asked]
    stripped = _strip_keeping_levels(clean_for_years, place_words + named_units + issuer_words + issuing)
    # 集采 → 集中采购: an abbreviation the documents never write, in the words they do write.
    rest = vocab.expand_abbreviations(wording.YEAR.sub(" ", stripped), _PROTECTED)
    named_docs, title_words = title_hint(rest, vocab)
    quoted = quoted_title(clean, vocab)
    if quoted and not set(named_docs) & set(quoted):
        # "《关于进一步提升全州优化营商环境的工作方案》里": the title quoted whole names its document, whatever place
        # words ("全州") it holds; its words leave the topic.
        named_docs = quoted
        title_words = [w for t in QUOTED_TITLE.findall(rest) for w in t.split() if len(w) >= 2]
        rest = QUOTED_TITLE.sub(" ", rest)
    if not named_docs:
        # "营商环境创新2022年行动计划里": a title with its year inside is named with the year kept; the year's
        # neighbours leave the topic as title words.
        dated_docs, dated_words = title_hint(vocab.expand_abbreviations(stripped, _PROTECTED), vocab)
        if dated_docs and any(wording.YEAR.search(w) for w in dated_words):
            named_docs = dated_docs
            title_words = [p for w in dated_words for p in wording.YEAR.sub(" ", w).split() if len(p) >= 2]
    if named_docs and place_docs and not set(named_docs) & set(place_docs):
        unplaced = all(not (d := vocab.document(doc_id)) or not d.jurisdiction for doc_id in named_docs)
        if unplaced and sum(len(w) for w in title_words) >= _UNPLACED_TITLE_CHARS:
            # "绍兴市政府2020年重点工作一季度进展情况表里…": a page printing no place, named by a long stretch of its
            # title; the place typed is the one the page leaves out, not another document's.
            place_docs = list(named_docs)
        else:
            # "湖北条例里…向社会公开征求意见": words some other places' titles have ("征求意见稿") name none of the
            # documents of the place the question names; the place picks them, the words stay in the topic.
            named_docs, title_words = [], []
    if not named_docs and not number_docs and not jurisdictions and not place_docs:
        # A place named picks its documents; without one, the subject a cadre calls a document by may.
        named_docs, title_words = document_reference(rest, vocab)
    elif number_docs:
        # "国发39号稳就业意见": the subject beside the 文号 names the same document; its words leave the topic.
        also, words_naming = document_reference(rest, vocab)
        if also and set(also) <= set(number_docs):
            title_words = list(title_words) + list(words_naming)
    short_named_words = False
    if (place_docs or number_docs) and title_words:
        # "上海推进科创中心建设条例": the title's tail named the document; the place's short name may hold more of
        # its words ("推进科创"), which leave the topic too.
        longer, short_named = _short_names(rest, [*place_docs, *number_docs], vocab, jurisdictions)
        if short_named and any(t in w for t in title_words for w in longer):
            title_words = longer
            named_docs = [d for d in named_docs if d in short_named] or named_docs
    elif place_docs or number_docs:
        # "深圳外资条例里", "杭州AI+OPC行动计划里": the place picked the document; the words calling it by a short
        # name of its title name it too, they are not asked about.
        title_words, short_named = _short_names(rest, [*place_docs, *number_docs], vocab, jurisdictions)
        short_named_words = bool(title_words)
        if len(set(place_docs) | set(number_docs)) > 1:
            # Of the place's several documents, the short name picks the one whose title it is.
            named_docs = short_named or _of_the_kind_typed(
                clean_for_years, place_words_named, place_docs, vocab
            )
    elif len(jurisdictions) == 1 and not named_docs:
        # "湖北省政府办公厅那份OPC若干措施": of the place's documents, the one a short name of its title calls.
        in_place = [d.doc_id for d in vocab.documents if d.jurisdiction == jurisdictions[0]]
        words_naming, short_named = _short_names(rest, in_place, vocab, jurisdictions)
        if short_named and len(in_place) > len(short_named):
            named_docs, title_words = short_named, words_naming
    if number_docs and set(named_docs) & set(number_docs):
        # "穗府〔2021〕3号在广州市政府网站上…": the 文号 names the one document; words its title shares with others
        # of the place (市政府) name no other.
        named_docs = [d for d in named_docs if d in number_docs]
    candidates = named_docs or number_docs or place_docs
    # A body after a yes/no cue ("配合单位是天河区政府吗") is what is claimed, not who issued the document.
    claim_cue = wording.YES_NO.search(asking)
    issuing = [m for m in mentions if not claim_cue or 0 <= asking.find(m) < claim_cue.start()]
    if len(candidates) > 1 and issuing:
        # "湖北省政府办公厅那份OPC若干措施": the body that issued one of them names it (not the office's tasks).
        issued = [d for d in candidates if any(_issued_by(vocab.document(d), m) for m in issuing)]
        if issued and len(issued) < len(candidates):
            named_docs = issued
            units = [u for u in units if not any(_issued_by(vocab.document(d), u) for d in issued)]
    typed_years = years
    years = _years_asked(clean_for_years, years, [*named_docs, *place_docs], vocab)
    # (a year that names a document by its date still picks that document among the place's others)
    by_year, naming_years = _named_by_year(clean_for_years, typed_years, named_docs or place_docs, vocab)
    if by_year:
        # "安徽2025方案", "2025和2024两版…方案": the year picks the version of the document, it filters nothing.
        named_docs = by_year
        years = tuple(y for y in years if y not in naming_years)
    if named_docs and len(jurisdictions) > 1:
        jurisdictions = _outside_titles(clean, jurisdictions, named_docs, vocab)
    ordinal_match = wording.ORDINAL_ITEM.search(rest)
    ordinal = 0
    if ordinal_match:
        number = ordinal_match.group(1)
        ordinal = numeral_value(number) or 0
        rest = rest.replace(ordinal_match.group(0), " ")
    article_match = _ARTICLE_ASKED.search(rest)
    article = 0
    if article_match:
        number = article_match.group(1)
        article = numeral_value(number) or 0
        rest = rest.replace(article_match.group(0), " ")
    if len(named_docs) == 1 and (named := vocab.document(named_docs[0])) is not None:
        # "进一步提升全州优化营商环境的工作方案…": the stretch of the named title the question repeats leaves the
        # topic whole, with the pieces a place word ("全州") parted from it.
        title_words = list(title_words) + _title_pieces(clean, named.title, rest)
    topic = _topic(strip_words(strip_words(rest, title_words), list(wording.ASKING_PHRASES)))
    # "牵头抓总的是哪个部门": the role asked is what the question is about (kept again below, through the claimed
    # body's removal: "…是发改委吗")
    role_topic = next((r for r in wording.ROLE_TOPICS if r in clean), "")
    topic = _with_word(topic, role_topic)
    if named_docs or place_docs or number_docs:
        # "海淀措施给…": with the document picked by its place, the kind word left behind names it, nothing more.
        topic = " ".join(run for run in topic.split() if not re.fullmatch(PICKED_KINDS, run))
    # "查处腐败那一条": the count word pointing at an item is no word of the item's
    topic = " ".join(
        run
        for run in (re.sub(r"(?:那|这)一?(?:条|项|件)$", "", r) for r in topic.split())
        if run
        if not re.fullmatch(r"(?:那|这)?一?(?:条|项|件)", run)
    )
    # A title named by a short form of its words ("外资条例" for 《…外商投资条例》) is a short name too.
    titles = [vocab.document(d).title for d in named_docs if vocab.document(d)]
    short_named_words = short_named_words or any(
        not any(w in t for t in titles) and any(w in f for t in titles for f in title_forms(t))
        for w in title_words
    )
    # The topic with a short name's words kept: a second reading when the first finds nothing.
    named_as = _topic(strip_words(rest, list(wording.ASKING_PHRASES))) if short_named_words else ""
    if not topic and (named_docs or place_docs or number_docs) and wording.ASKS_MANAGEMENT.search(clean):
        # "…办法的主管部门是谁": the document's own 主管部门 is asked; the sentence naming it is the topic.
        topic = "主管部门"
    one_doc = set(named_docs or number_docs or place_docs)
    if (
        article
        and not ordinal
        and len(one_doc) == 1
        and not _has_articles(vocab.document(next(iter(one_doc))))
    ):
        # "宿迁清单第1条": a list with no 第X条 articles calls its first item so.
        ordinal, article = article, 0
    if one_doc and not jurisdictions:
        # "民主法治意见里政法委…": a short name the directory knows in several places means the body of the
        # place whose document is named (市委政法委 of 广州, not a province's 省政法委).
        units = _units_of_place(mentions, units, one_doc, vocab)
    if len(one_doc) == 1:
        units = [*units, *_contracted_in(mentions, units, vocab.document(next(iter(one_doc))))]
    if not topic and intent == Intent.LEAD and len(one_doc) == 1 and wording.ASKS_OVERALL_LEAD.search(clean):
        # "数字经济条例总体上是哪个部门牵头": the work the document is about is asked of; the provision saying who
        # leads it ("市经济和信息化部门负责具体组织协调指导全市数字经济促进工作") names the lead.
        topic = _title_subject(vocab.document(next(iter(one_doc))), vocab)
    if intent == Intent.LEAD and mentions:
        topic = _without_choices(topic, asking, mentions, vocab)
    level_asked = _LEVEL_ASKED.search(clean) if intent == Intent.LEAD and not mentions else None
    if level_asked:
        # "省一级谁负总责": the level is who is asked for, not a word a passage must say.
        topic = _topic(topic.replace(level_asked.group(0), " "))
    cue = wording.YES_NO.search(asking)
    yes_no = bool(cue)
    if yes_no and intent == Intent.OPEN and mentions and wording.ROLE_CLAIMED.search(asking[: cue.end()]):
        # "人工智能产业主管部门是不是市科技创新部门": which body is the field's 主管部门 is asked, as a lead, and the
        # body claimed is checked against the one the document names to it.
        intent, role = Intent.LEAD, Role.LEAD
        topic = topic if "主管部门" in topic else f"{topic} 主管部门".strip()
    if yes_no:
        # The figure a yes/no question claims is checked against the record, not searched for as a topic.
        topic = _topic(CLAIMED_FIGURE.sub(" ", topic))
        # So is a day it claims ("是2020年1月20日起施行的吗").
        topic = _topic(_CLAIMED_DAY.sub(" ", topic))
        # So is a date it claims ("是2011年11月通过的吧"): the year is what is checked, not a filter.
        claimed_years = {int(m.group(1)) for m in wording.YEAR.finditer(asking[cue.start() :])}
        if claimed_years and set(years) <= claimed_years:
            years = ()
    topic = _with_word(topic, role_topic)
    claimed_act = wording.CLAIMED_ACT.search(clean) if yes_no and mentions else None
    if claimed_act and claimed_act.group(1) in wording.ACT_FORMS:
        # "会展业发展规划是市发改委编的吗": the act claimed of the body is what the record must say (编制).
        topic = _with_word(topic, wording.ACT_FORMS[claimed_act.group(1)].split("|")[0])
    asks_time = bool(wording.TIME.search(clean))
    asks_figure = bool(wording.TARGET.search(clean_for_years))
    # A 文号's issuing characters (中科城发) are no place the question names.
    unknown, other = _places(clean_for_years, vocab, [p for p in place_words if len(p) >= 2])
    placed = _placed_by_text([*other, *unknown], vocab)
    if placed and not place_docs and not number_docs:
        # "湘阴县加强招商引资工作的实施意见": a document printing no place of its own that speaks of 湘阴 throughout
        # (in 繁體 too: "贛南等原中央蘇區" is the 赣南 a question types).
        place_docs = placed
        named_docs = [d for d in named_docs if d in placed]
        texts = [vocab.unplaced_texts()[d] for d in placed]
        named = [p for p in [*other, *unknown] if any(jurisdiction_stem(p) in t for t in texts)]
        other = [p for p in other if p not in named]
        # "江西赣南苏区…": the province typed before the place the pages speak of is where that place lies
        containers = [
            p
            for p in unknown
            if p in wording.PROVINCES
            and any(re.search(rf"{re.escape(p)}省?{re.escape(n)}", clean) for n in named)
        ]
        unknown = [p for p in unknown if p not in named and p not in containers]
        # (the places that picked the pages name them, as a place named in the library would: no topic words)
        for place in [*named, *containers]:
            topic = " ".join(w for w in topic.replace(place, " ").split() if len(w) >= 2)
    if cue and (named_docs or place_docs or number_docs):
        # "广州青年条例里支持…的是黄埔区吗": a place after the cue is what is claimed of the document named, checked
        # against it; it neither filters nor is a place the library must hold.
        claimed = [p for p in unknown + other if asking.find(p, cue.start()) >= 0]
        unknown = [p for p in unknown if p not in claimed]
        topic = " ".join(w for w in topic.split() if w not in claimed)
    if unknown and named_docs and not place_docs:
        # "房县以控制成本为核心优化营商环境的若干具体实施措施里…": a document named by its title, called by a place the
        # library never prints, is still the one meant; the place's name is no topic word.
        topic = " ".join(w for w in topic.split() if w not in unknown) or topic
    compare = bool(wording.COMPARE.search(clean)) or len(jurisdictions) >= 2
    if (
        compare
        and len(jurisdictions) <= 1
        and len(set(named_docs) or set(place_docs) | set(number_docs)) == 1
    ):
        # "广州养老办法里优秀、良好、合格分别奖多少": the parts compared are inside the one document named.
        compare = False
    if intent == Intent.OPEN and units and not _beyond_titles(topic, [*named_docs, *place_docs], vocab):
        # A bare unit name ("州商务局"), or one beside words of its document's title only ("罗湖住建局负责OPC措施
        # 哪几项"), asks what that unit is responsible for.
        intent = Intent.UNIT_TASKS
    question = Question(
        text=raw,
        intent=intent,
        compare=compare,
        role=role,
        jurisdictions=tuple(jurisdictions),
        unit_mentions=tuple(mentions),
        units=tuple(units),
        topic=topic,
        years=years,
        named_docs=tuple(named_docs),
        unknown_places=tuple(unknown),
        other_places=tuple(other),
        yes_no=yes_no,
        asks_time=asks_time,
        asks_frequency=bool(wording.FREQUENCY.search(clean)),
        asks_figure=asks_figure,
        ordinal=ordinal,
        article=article,
        named_as=named_as,
        place_docs=tuple(sorted(set(number_docs) | set(place_docs))) if number_docs else tuple(place_docs),
        level=level_asked.group(1) if level_asked else _whole_level(clean, intent, mentions),
    )
    if history is not None and _is_follow_up(question):
        # "那永州呢？" keeps the topic but moves to another place: the previous documents no longer apply.
        moved = bool(question.jurisdictions) and set(question.jurisdictions) != set(history.jurisdictions)
        question = replace(
            question,
            follow_up=True,
            topic=question.topic or history.topic,
            jurisdictions=question.jurisdictions or history.jurisdictions,
            units=question.units or (history.units if intent == Intent.UNIT_TASKS else ()),
            doc_ids=() if moved else history.doc_ids,
            focus=() if moved else history.focus,
            intent=history.intent if intent == Intent.OPEN else intent,
            compare=question.compare or history.compare,
        )
    return question


# A phrase the asker quotes (“渝企在线”) is the document's own wording: it stays whole in the topic, never cut into
# jieba tokens whose function characters are stripped (在线 is no 线).
_QUOTED_PHRASE = re.compile(r"[“\"「‘]([^“”\"「」‘’《》]{2,20})[”\"」’]")


def _topic(text: str) -> str:
    """What the question is about: jieba tokens minus asking words; kept neighbours stay joined; a quoted phrase
    whole."""
    runs: list[str] = []
    at = 0
    for quoted in _QUOTED_PHRASE.finditer(text):
        runs.extend(_token_runs(text[at : quoted.start()]))
        phrase = _PUNCT.sub("", quoted.group(1))
        if len(phrase) >= 2 and phrase not in wording.STOP_TOKENS:
            runs.append(phrase)
        at = quoted.end()
    runs.extend(_token_runs(text[at:]))
    return " ".join(runs)


def _token_runs(text: str) -> list[str]:
    """Runs of topic tokens: jieba tokens minus asking words, neighbours joined."""
    runs: list[str] = []
    current = ""
    for token in words(_PUNCT.sub(" ", text)):
        # jieba glues a function character onto a content word now and then ("各由", "比要").
        token = token.strip()
        if len(token) > 1 and token not in wording.STOP_TOKENS:
            # (an asking word is dropped whole first: 主要 is no 主 before a stripped 要)
            token = token.lstrip(wording.LEADING_FUNCTION).rstrip(wording.TRAILING_FUNCTION)
            if (
                len(token) == 2
                and token[0] in wording.GLUED_LOCATIVE
                and token not in wording.GLUED_LOCATIVE_WORDS
            ):
                token = token[1:]  # "条例里罚多少钱": jieba's 里罚 is 罚
        if not token or token in wording.STOP_TOKENS:
            if current:
                runs.append(current)
            current = ""
            continue
        current += token
    if current:
        runs.append(current)
    return [r for r in runs if len(r) >= 2]


def _is_follow_up(question: Question) -> bool:
    """Short, topic-less questions continue the conversation."""
    if wording.FOLLOW_UP.search(question.text) and len(question.topic) <= 4:
        return True
    return (
        not question.topic
        and not question.units
        and question.intent in (Intent.LEAD, Intent.UNITS, Intent.TARGET)
    )


def split_by_place(q: Question, vocab: Vocabulary) -> list[Question]:
    """A question naming two places, each with words of its own ("广州X和湘西Y分别谁牵头"), as one question per
    place; [] when the places share one topic ("湘西和咸宁的队伍建设分别谁牵头" stays whole).

    A part without asking words takes the whole question's intent and role.
    """
    text = q.text
    starts: list[tuple[int, str]] = []
    for place in sorted(vocab.place_docs, key=lambda w: (-len(w), w)):
        at = text.find(place)
        if at >= 0 and not any(s <= at < s + len(p) for s, p in starts):
            starts.append((at, place))
    if len(starts) < 2:
        return []
    starts.sort()
    pieces = [text[a:b] for (a, _), (b, _) in zip(starts, [*starts[1:], (len(text), "")], strict=True)]
    if starts[0][0] > 0:
        pieces[0] = text[: starts[0][0]] + pieces[0]
    parts = []
    seen: set[str] = set()
    # "广东外商条例和浙江民营企业条例，各自的总主管部门是谁": a part that only names its document asks what the
    # last part asks after naming its own.
    named = list(SHORT_REFERENCE.finditer(pieces[-1]))
    shared = pieces[-1][named[0].end() :] if named else ""
    if not named and len(q.jurisdictions) < 2:
        # "朝阳和海淀对OPC社区的资金支持…分别是多少": places the corpus does not hold as jurisdictions of their own
        # (a district, a name two places share) ask, each, what the last one asks.
        shared = pieces[-1][len(starts[-1][1]) :]
    for piece in pieces:
        part = understand(piece, vocab)
        if not part.topic and shared and piece is not pieces[-1]:
            part = understand(_TRAILING_JOIN.sub("", piece) + shared, vocab)
        # A part naming its one document may ask only its time or its targets ("各自把目标定到哪一年").
        of_its_document = len(set(part.named_docs or part.place_docs)) == 1 and (
            part.asks_time or part.intent == Intent.TARGET
        )
        if not part.topic and not of_its_document:
            return []
        if part.intent == Intent.OPEN and q.intent != Intent.OPEN:
            part = replace(
                part, intent=q.intent, role=q.role, asks_time=q.asks_time, asks_figure=q.asks_figure
            )
        # Places one inside another (威海 in 山东) share documents: then the question stays whole.
        if not part.place_docs or seen & set(part.place_docs):
            return []
        seen |= set(part.place_docs)
        # A yes/no asked across the parts ("是不是同一天") is not a claim either part can settle alone.
        parts.append(replace(part, compare=False, yes_no=False))
    return parts


_TRAILING_JOIN = re.compile(r"[，,和与跟及、\s]+$")


def _strip_keeping_levels(text: str, words: list[str]) -> str:
    """``strip_words``, except a name written before 级 ("国家级一级粮食应急状态", "省级储备"): that is a level the
    topic names, not the place or body the question points at."""
    kept: dict[str, str] = {}
    for n, word in enumerate(sorted({w for w in words if w}, key=lambda w: (-len(w), w))):
        # ("罗湖区级OPC社区" is the district's own: a name with its level is the place, and is stripped.)
        if f"{word}级" in text and word[-1] not in "省市区县州盟旗乡镇":
            mark = f"\ue000{n}\ue001"
            text = text.replace(f"{word}级", mark)
            kept[mark] = f"{word}级"
    text = strip_words(text, words)
    for mark, level in kept.items():
        text = text.replace(mark, level)
    return text


def years_by_place(q: Question, vocab: Vocabulary) -> dict[str, tuple[int, ...]]:
    """The years written in each place's stretch of the question ("滁州2020年和阜阳2019年的…目标"): each place
    asks its own. {} unless every place has a year of its own and a year written before the first place is none."""
    spots: dict[str, tuple[int, str]] = {}
    for alias, place in vocab.jurisdiction_aliases.items():
        at = q.text.find(alias)
        if place in q.jurisdictions and at >= 0 and (place not in spots or at < spots[place][0]):
            spots[place] = (at, alias)
    if len(spots) < 2 or len(spots) != len(q.jurisdictions):
        return {}
    order = sorted(spots.items(), key=lambda kv: kv[1][0])
    ends = [at for _, (at, _) in order[1:]] + [len(q.text)]
    found = {
        place: tuple(int(m.group(1)) for m in wording.YEAR.finditer(q.text[at:end]))
        for (place, (at, _)), end in zip(order, ends, strict=True)
    }
    if wording.YEAR.search(q.text[: order[0][1][0]]) or not all(found.values()):
        return {}
    return found


def _opening_naming(stretch: str, vocab: Vocabulary) -> tuple[str, float, str] | None:
    """The longest opening of ``stretch`` (at least four characters) standing whole in one title only and naming
    that document ("民生幸福工程总体目标…"); words a title does not hold whole are the part's topic."""
    for size in range(min(len(stretch), 12), 4, -1):
        words = stretch[:size]
        if len(titled_with(words, vocab.documents)) != 1:
            continue
        named = naming_score(words, vocab)
        if named is not None:
            return words, named[0], named[1]
    return None


def _has_articles(doc) -> bool:
    """Does ``doc`` number its parts as articles (第X条)?"""
    return doc is not None and any(ARTICLE_LABEL.match(t.label) for t in doc.tasks)


def _units_of_place(mentions: list[str], units: list[str], doc_ids: set[str], vocab: Vocabulary) -> list[str]:
    """The units asked, each read as the body of the one place all ``doc_ids`` belong to where it is known there."""
    places = {d.jurisdiction for d in (vocab.document(i) for i in doc_ids) if d is not None}
    if len(places) != 1:
        return units
    place = next(iter(places))
    local: list[str] = []
    for mention in mentions:
        # A name the place's documents do not write (市场监管局 for a State Council regulation's 市场监督管理部门)
        # is matched as typed, not as another place's body.
        found = vocab.units.resolve(mention, jurisdiction=place) or [mention]
        local += [u for u in found if u not in local]
    return local or units


def split_by_document(q: Question, vocab: Vocabulary) -> list[Question]:
    """A question naming two documents by their subjects ("综保区意见和稳就业意见，各自…", "督查激励里A那条和稳就业
    意见里B那条，各是…") as one question per document, each answered from its own document; [] otherwise.

    A part before the last is asked with the words after the last document named (what both parts ask:
    "，分别是哪天成文的").
    """
    # Two places are split by place; one place may name one of the documents ("深圳外商投资条例和大江东管理条例"),
    # or several ("山东开发区条例…和国办三级医院考核意见…": each part's own words pick its document).
    if len(q.jurisdictions) >= 2:
        return []
    text = _full_years(q.text)
    refs: list[tuple[int, int, str]] = []
    # ("州人力资源和社会保障局": a unit's own 和 joins no two documents)
    masked = text
    for mention in q.unit_mentions:
        at = masked.find(mention)
        if at >= 0:
            masked = masked[:at] + re.sub("[和与跟及]", "＆", mention) + masked[at + len(mention) :]
    for span in re.finditer(r"[^，,。；;和与跟及]+", masked):
        clause, at = text[span.start() : span.end()], span.start()
        found = [(m.start(0), m.end(0), m.group(1), m.group(0)) for m in REFERENCE.finditer(clause)]
        leading = LEADING_REFERENCE.match(clause) or SUBJECT_OF.match(clause)
        if leading and not found:
            found = [(leading.start(0), leading.end(0), leading.group(1), leading.group(0))]
        # The cue, not the flag: "会展业条例和外商投资条例分别…" compares two documents even where the first one
        # named made the question look like one document's.
        prefix = False
        if not found:
            # "体育竞赛表演产业总规模和全国农作物…机械化率分别是多少", "民生幸福工程总体目标定在哪一年，党建创新里…":
            # each part's own subject, opening it, may name its document.
            subject = re.split(r"的|分别|各自|都|是|有|要|在|定", clause)[0]
            found = [(0, len(subject), subject, subject)] if len(subject) >= 4 else []
            prefix = True
        for start, end, stretch, whole in found[:1]:
            if prefix and not wording.COMPARE.search(text):
                named = _opening_naming(stretch, vocab)
            else:
                named = longest_naming(stretch, vocab) or longest_naming(
                    vocab.expand_abbreviations(stretch, _PROTECTED), vocab
                )
                if named is None and prefix:
                    named = _opening_naming(stretch, vocab)
            if named:
                refs.append((at + start, at + end, named[2]))
            elif q.place_docs:
                # "山东开发区条例": among the place's documents, the one whose title the short name is.
                _, picked = _short_names(whole, q.place_docs, vocab)
                if picked:
                    refs.append((at + start, at + end, picked[0]))
    if len({doc for _, _, doc in refs}) < 2:
        return []
    # The last clause, after the last document named and its own words, is what every part asks
    # ("…，分别是哪天成文的"); a question with no such clause shares nothing.
    cut = max(text.rfind("，"), text.rfind(","))
    tail = text[cut:] if cut >= refs[-1][1] else ""
    parts: list[Question] = []
    bounds = [r[0] for r in refs[1:]] + [len(text)]
    for n, ((start, _, doc_id), end) in enumerate(zip(refs, bounds, strict=True)):
        own = text[(start if n else 0) : end]
        last = n == len(refs) - 1
        part = understand(own if last else _TRAILING_JOIN.sub("", own) + tail, vocab)
        if not last and not _beyond_titles(part.topic, [doc_id], vocab):
            # "稳就业意见和体育意见里职工培训分别谁牵头": a part naming only its document asks what the last does.
            part = understand(_TRAILING_JOIN.sub("", own) + text[refs[-1][1] :], vocab)
        if part.intent == Intent.OPEN and q.intent != Intent.OPEN:
            part = replace(
                part, intent=q.intent, role=q.role, asks_time=q.asks_time, asks_figure=q.asks_figure
            )
        # What a document says of itself (who issued it, its 文号) needs no topic.
        of_itself = wording.ASKS_ISSUER.search(text) or wording.ASKS_DOC_NUMBER.search(text)
        if not part.topic and not part.asks_time and not part.ordinal and not of_itself:
            return []
        # A year the question opens with ("到2025年，A和B…") is asked of every part.
        years = part.years or tuple(y for y in q.years if str(y) in text[: refs[0][0]])
        parts.append(replace(part, named_docs=(doc_id,), compare=False, yes_no=False, years=years))
    return parts
