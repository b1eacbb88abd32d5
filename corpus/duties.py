"""Duties stated in running text, read through the catalogue's inline entries (corpus/conventions.py).

'X牵头负责Y', '由X牵头，A、B配合', 'X会同A、B等部门Y', 'X负责Y', '由X责令…', and in an article of a regulation
(第X条) the body a duty sentence opens with. Each duty keeps its exact span, so an item whose sentences bind
different bodies yields clause-level records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from corpus.conventions import (
    ACTING_BODY,
    ACTS_AFTER_BY_ONLY,
    ADDRESSED_TO_A_MODEL,
    APPROVING_BODY,
    ASSISTS,
    CLOSING_ROLE_BRACKET,
    CONVENES,
    COOPERATING_CLAUSE,
    DEFINED_NAME,
    DUTY_SUBJECT,
    DUTY_TRIGGER,
    INLINE_LEAD,
    LEVEL_PARTY,
    NAMED_LEAD_IN_TEXT,
    NAMES_ROLE,
    OFFICE_SEAT,
    PARTICIPANTS,
    PLAN_ACTION,
    PLAN_DUTY,
    POST_LEADS,
    PROCEDURE_STEP,
    RESPECTIVE,
    RESPONSIBLE,
    RESPONSIBLE_PERSON,
    SET_UP_BODY,
    inline_convention,
)
from corpus.model import LeadBasis
from corpus.numerals import CN_NUMERAL_CHARS
from corpus.text import SENTENCE, sentence_start
from corpus.units import (
    GENERIC_PARTY,
    NAME_ENDING,
    ORG_SUFFIX,
    SHORT_NAME_NOTE,
    looks_like_government_body,
    looks_like_unit,
    reporting_body,
    split_units,
)


@dataclass(frozen=True)
class InlineDuty:
    """'市商务局牵头负责世界500强企业的引进工作' read as lead, cooperating units and the duty text."""

    lead_units: tuple[str, ...]
    cooperating_units: tuple[str, ...]
    duty: str
    start: int  # offsets relative to the text searched
    end: int
    basis: LeadBasis = LeadBasis.INLINE  # which catalogue entry read it (牵头 / 会同 / 负责 / 应当 …)
    convention: str = ""

    def __post_init__(self) -> None:
        # "由市口岸服务部门提请市人民政府…审批": the body that reports acts, not the one it reports to.
        acting = []
        for name in self.lead_units:
            # "。(省发展改革委牵头,省统计局参加)": the bracket opening the clause is no part of the name.
            opened = name[:1] in "(（〔【[［"
            name = name.lstrip("(（〔【[［")
            cut = reporting_body(name)
            # "（广东金融监管局、深圳金融监管局牵头负责，…）": bodies listed together in a bracket are each a unit.
            acting.extend(split_units(cut) if cut != name or (opened and "、" in cut) else [name])
        object.__setattr__(self, "lead_units", tuple(dict.fromkeys(acting)))


# "会同有关方面", "会同有关部门和单位", "会同各有关部门": a class of bodies, never a unit (corpus.units.GENERIC_PARTY).
_CONVENED_CLASS = re.compile(
    r"^(?:各)?(?:有关|相关|其他有关)(?:方面|部门|单位|地方|机构)(?:(?:和|及|、)(?:各)?(?:有关|相关)?(?:方面|部门|单位|地方|机构))?"
    r"(?=[^，,。；;、和及等]{2})"
)
# 由 naming the body that acts; not the 由 of a word (自由贸易试验区, 理由, 缘由).
_BY = re.compile(r"(?<![自理缘经因])由")
# Verbs that set up a body ("设立重庆市台商投诉协调中心，负责…"); a mechanism is set up by these and more.
_SET_UP_VERBS = "设立|成立|组建"
_SET_UP_BODY = re.compile(
    rf"(?:{_SET_UP_VERBS})(?!的)([^，,。；;]{{2,40}}?)(?:（以下(?:简)?称[“\"]?(?P<short>[^）“”\"]{{1,16}})[”\"]?）)?[，,]"
)
_SETS_UP = re.compile(rf"(?:{_SET_UP_VERBS}|建立|健全|完善|构建|形成)(?:由)?(?=[\u4e00-\u9fff]{{2}})")
_CLAUSE_BREAK = re.compile(r"[。；;，,：:\n（(\s\u3000]")
ARTICLE_OPENING = re.compile(rf"^第[{CN_NUMERAL_CHARS}\d]{{1,5}}条")
# "（3）公安部负责维护…": an item's number where its first clause begins is no part of the body's name.
_ITEM_NUMBER = re.compile(
    rf"^[\s\u3000]*(?:[（(][{CN_NUMERAL_CHARS}\d]{{1,3}}[）)]|\d{{1,2}}[.．、](?!\d)|[{CN_NUMERAL_CHARS}]{{1,3}}是|"
    rf"[{CN_NUMERAL_CHARS}]{{1,3}}、)"
)
_ELLIPTICAL_NAME = re.compile(r"(?:市|省|区|县|州)?[\u4e00-\u9fff]{2,10}")
# "市科学技术部门和经济信息化部门": two full names joined by 和 / 及 / 与 are two bodies.
_JOINED_NAMES = re.compile(r"(?<=[局厅委办府门关构])(?:和|及|与)(?!有关|相关|其他)")
# "各级各部门", "全市有关部门": every body, no one unit. "各级卫生健康部门" names the bodies of one field and is kept.
_EVERY_BODY = re.compile(r"(?:各级|全市|全州|全省|全县)(?:各|有关|相关|其他)*(?:部门|单位|机关)")
# "2004年发展改革委会同水利部…", "今年起市商务局…": when a clause opens with its time, the body follows it.
_LEADING_TIME = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:底|末|初)?(?:前|起|以来)?|(?:今年|明年|近年|目前|当前|此前|同时)(?:起|以来)?)[，,]?"
)
_STRENGTH = {LeadBasis.INLINE: 3, LeadBasis.CONVENES: 2}
# "根据X授权…": X's authority is followed; "协调配合X等部门": a duty towards X. Neither makes X the body acting.
_BASIS = "根据|按照|依照|依据"
_BASIS_CLAUSE = re.compile(rf"\s*(?:{_BASIS})")
# A body entrusting or authorising another to act opens the sentence; the other is the one the duty binds.
_ENTRUSTING = re.compile(
    r"([^，,。；;、]{2,30}?(?:政府|委员会|部门|局|厅|委|办|部))(?:委托|授权)"
    r"(?=[^，,。；;]{2,40}?(?:政府|委员会|部门|局|厅|委|办|机构|管委会)(?:依法|负责|行使|管理|承担|实施))"
)
_OPENS_NO_BODY = re.compile(rf"\s*(?:{_BASIS}|协调配合|协调|配合|协助|会同|由(?=[\u4e00-\u9fff]))")


_WITH_A_CLASS = re.compile(
    r"(?<=[\u4e00-\u9fff]{3})(?:和|及|与|以及)(?:相关|有关|其他|各)[\u4e00-\u9fff]{0,4}(?:部门|单位)$"
)


def find_inline_duties(text: str, place_names: Sequence[str] = (), article: bool = False) -> list[InlineDuty]:
    """Duties stated in running text, read through the catalogue's inline entries.

    'X牵头负责Y', '由X牵头，A、B配合', 'X会同A、B等部门Y', 'X负责Y', 'X应当Y' (a regulation's duty sentence).
    """
    duties: list[InlineDuty] = []
    each_own, respective = _respective_duties(text)
    closed, brackets = _closing_role_brackets(text, place_names)
    consumed: list[tuple[int, int]] = []  # spans already read as a cooperating list ("…，Y具体负责")
    for m in DUTY_TRIGGER.finditer(text):
        convention = inline_convention(m.group())
        if _inside_department_name(text, m.start()):
            continue  # "…人民政府负责中小企业促进工作的综合管理部门": 负责 names the department, it binds nobody
        subject_start = _clause_start(text, m.start())
        if any(a <= subject_start < b for a, b in consumed) or any(
            a <= m.start() < b for a, b in (*respective, *brackets)
        ):
            continue
        subject = text[subject_start : m.start()]
        subject = _LEADING_TIME.sub("", _ITEM_NUMBER.sub("", ARTICLE_OPENING.sub("", subject)))
        if _BASIS_CLAUSE.match(subject):
            continue  # "根据X授权…负责…": X's authority is followed; X is not the body acting
        subject = re.sub(
            r"^(?:将|已|拟|正在|并|另)?(?:由|并由|另由)|^(?:并|要|应|请|将)(?=[\u4e00-\u9fff]{2})",
            "",
            subject,
        )
        if convention is INLINE_LEAD:
            # "鼓励和支持拉面产业行业协会牵头制定拉面团体标准": the body encouraged leads the work named.
            subject = re.sub(
                r"^(?:鼓励和支持|鼓励支持|支持和鼓励|鼓励|支持|引导)(?=[\u4e00-\u9fff]{3})", "", subject
            )
        mechanism = _SETS_UP.search(subject)
        if mechanism:
            # "各省（区、市）政府要建立省级政府办公厅牵头、省级有关部门参与的工作机制": the mechanism's lead is the
            # body after the verb that sets it up; the body before the verb has a duty of its own (要).
            subject = subject[mechanism.end() :]
        by = [m.end() for m in _BY.finditer(subject, 1)]
        if by:
            subject = subject[by[-1] :]
        whole = subject  # a post keeps what it is in charge of: "联系商务工作的市政府副秘书长"
        if "的" in subject.replace("设区的市", "") and not _named_under_government(subject):
            # "联系商务工作的市政府副秘书长" → 市政府副秘书长; "设区的市" is a level's name, not a 的 to cut at.
            at = max(i for i, ch in enumerate(subject) if ch == "的" and subject[i - 2 : i + 2] != "设区的市")
            subject = subject[at + 1 :]
        # "由区科技经信局和相关责任部门负责牵头": the named body acts; the class beside it names nobody.
        subject = _WITH_A_CLASS.sub("", subject)
        spoken = SHORT_NAME_NOTE.sub("", subject)
        subject = _unit_prefix(spoken)
        if _NOUN_TRIGGERS.fullmatch(m.group()) and _MODAL_PREDICATE.match(spoken[len(subject) :]):
            # "人力资源和社会保障部门应当为市场主体提供用工指导": 指导 is what the body's duty (应当…) provides, read
            # with the whole sentence by the duty-subject entry, not a role of its own.
            continue
        if (
            not subject.strip()
            and convention is INLINE_LEAD
            and duties
            and duties[-1].lead_units
            and re.fullmatch(r"[^。；;\n]*[，,]\s*", text[duties[-1].start : m.start()])
        ):
            # "县级以上人民政府商务主管部门负责外商投资权益保护工作，牵头协调…跨部门问题": the clause goes on with the
            # same body, which it now writes as 牵头.
            duties[-1] = replace(duties[-1], basis=INLINE_LEAD.basis, convention=INLINE_LEAD.name)
            continue
        if (
            not subject.strip()
            and convention is RESPONSIBLE
            and duties
            and duties[-1].convention == NAMES_ROLE.name
            and len(duties[-1].lead_units) == 1
            and re.fullmatch(r"[^。；;\n]*[，,]\s*", text[duties[-1].start : m.start()])
        ):
            # "X是本市就业见习基地日常管理机构，负责…申请材料受理和评估": the body named to the role does the work.
            previous = duties[-1]
            end = _clause_end(text, m.end())
            duties[-1] = replace(previous, duty=f"{previous.duty}，{text[m.start() : end]}", end=end)
            continue
        if (
            not subject.strip()
            and convention is CONVENES
            and duties
            and len(duties[-1].lead_units) == 1
            and re.fullmatch(r"[^。\n]*[；;，,]\s*", text[duties[-1].start : m.start()])
            and re.search(r"[；;]\s*$", text[: m.start()])
        ):
            # "市人力资源社会保障部门负责…；会同市发展改革部门制定…目录；…": the sentence's body goes on, convening.
            subject, subject_start = duties[-1].lead_units[0], m.start()
        if not subject.strip() and convention is INLINE_LEAD:
            # "市科技局加强统筹协调,牵头做好产学研用协同创新…": the sentence's opening body goes on to lead.
            opening = sentence_start(text, m.start())
            before = text[opening : m.start()]
            body = (
                _opening_body(_ITEM_NUMBER.sub("", before).lstrip())
                if re.search(r"[，,]\s*$", before)
                else ""
            )
            if body and looks_like_unit(body) and not re.search(r"[。；;]", before):
                subject, subject_start = body, opening + before.find(body)
        if not subject.strip() and convention is RESPONSIBLE:
            # "设立重庆市台商投诉协调中心，负责受理…": the body the clause before sets up is the one responsible.
            opening = sentence_start(text, m.start())
            # "省人民政府在…各片区设立派出机构（以下简称片区管理机构），负责…": whoever sets it up, the body set up is
            # the one responsible, called by the name the text goes on to use.
            before = ARTICLE_OPENING.sub("", text[opening : m.start()]).strip()
            set_up = next((b for b in _SET_UP_BODY.finditer(before) if b.end() == len(before)), None)
            # (a body given a short name is read once, by the defined-name reading: _defined_names)
            named = set_up and not set_up.group("short") and set_up.group(1)
            if named and looks_like_unit(named):
                subject = named
                subject_start = text.find(subject, opening)
        if OFFICE_SEAT.pattern.fullmatch(subject):
            continue  # "联席会议办公室设在…机构,负责…": the office and its seat, read by the office-seat entry
        assisted = ASSISTS.pattern.fullmatch(subject)
        helpers: tuple[str, ...] = ()
        if assisted and looks_like_unit(assisted.group("lead")) and looks_like_unit(assisted.group("helper")):
            # "银行配合财政部门做好…": the body helped acts, the subject helps it.
            helpers, subject = (assisted.group("helper"),), assisted.group("lead")
            subject_start = m.start() - len(assisted.group())
        post = convention is INLINE_LEAD and bool(POST_LEADS.pattern.match(subject))
        # "由省人民政府工业和信息化主管部门和市、县级人民政府确定的…综合管理部门牵头办理": two bodies joined by 和,
        # together longer than any one name.
        joined = split_units(_JOINED_NAMES.sub("、", subject), place_names)
        two_bodies = len(joined) > 1 and all(looks_like_unit(u) for u in joined)
        if (not looks_like_unit(subject) and not post and not two_bodies) or _EVERY_BODY.fullmatch(subject):
            continue
        if _GOVERNMENTS_DEPARTMENT.search(subject):
            continue  # "自治区人民政府和…县（市、区）人民政府林业草原（枸杞）管理部门": whose department is not said
        if not helpers:
            subject_start = m.start() - len(subject) if text[: m.start()].endswith(subject) else subject_start
        leads = tuple(split_units(_JOINED_NAMES.sub("、", subject), place_names)) or (subject,)
        if not all(looks_like_unit(u) for u in leads):
            leads = tuple(split_units(subject, place_names)) or (subject,)
        if post:
            # the post as written, with what it is in charge of ("联系商务工作的市政府副秘书长")
            subject = whole.strip() if POST_LEADS.pattern.match(whole.strip()) else subject
            leads = (subject,)
        after_end = _clause_end(text, m.end())
        after = text[m.end() : after_end]
        cooperating: tuple[str, ...] = helpers
        duty = after
        convened_class = _CONVENED_CLASS.match(after) if convention is CONVENES else None
        if convened_class:
            # "体育总局要会同有关方面做好指导、督查和总结工作": a class of bodies is convened, no unit of its own;
            # the duty is what follows it, and the body before 会同 acts.
            duty = after[convened_class.end() :]
        elif convention is CONVENES:
            # "会同公路、城市道路等道路管理部门定期排查…": the list may close with the department's own field.
            tail = re.match(
                r"^(.+?)(?:等(?:相关|有关)?(?:[\u4e00-\u9fff]{2,6}?)?(?:部门|单位))", after
            ) or re.match(r"^([^，,。；;]+?)(?=[，,。；;]|$)", after)
            if tail:
                # "会同市规划资源等部门": names before a shared "等部门" are departments written elliptically.
                shared = tail.re.pattern.startswith("^(.+?)(?:等")
                named = split_units(tail.group(1), place_names)
                if shared and named and not all(looks_like_unit(u) for u in named):
                    # "会同公安、资源规划等有关部门": the names share one head noun, so the list is one party,
                    # kept verbatim as the text writes it (as a subject list is), never a head ("公安",
                    # "同级科学技术、教育") without its noun.
                    cooperating = (tail.group(),) if all(_ELLIPTICAL_NAME.fullmatch(u) for u in named) else ()
                else:
                    cooperating = tuple(u for u in named if looks_like_unit(u))
                end = tail.end()
                if not shared:
                    # "会同州生态环境局做好用地保障": the convened bodies end where the verb begins.
                    named_before_verb, verb_at = _convened_before_verb(after)
                    if named_before_verb:
                        cooperating, end = named_before_verb, verb_at
                duty = after[end:].lstrip("，, ")
                following = (
                    re.match(r"[，,]\s*([^。；;\n]+)", text[after_end:]) if article and not duty else None
                )
                if following:
                    # "X应当会同A、B等单位，统筹推进…": the convened list fills its clause; the duty is the next
                    # (an article's; a plan's item says the work in its own title).
                    duty, after_end = following.group(1), after_end + following.end()
        elif convention is NAMED_LEAD_IN_TEXT:
            members = _members_before(text, subject_start, place_names)
            if set(leads) <= set(members):
                cooperating = tuple(u for u in members if u not in leads)
        elif convention is INLINE_LEAD or convention is RESPONSIBLE:
            # '由X牵头，A、B配合' / 'X负责…，A配合' — the next clause names the cooperating units (配合 / 参与 …).
            nxt = COOPERATING_CLAUSE.pattern.match(text[after_end : after_end + 160])
            if nxt and convention is RESPONSIBLE and not nxt.group().endswith(("配合", "参与", "协助")):
                nxt = None  # "X负责A，Y具体负责B": Y has a duty of its own, it does not cooperate with X
            if nxt:
                cooperating = tuple(u for u in split_units(nxt.group(1), place_names) if looks_like_unit(u))
                consumed.append((after_end, after_end + nxt.end()))
        if convention is NAMES_ROLE:
            # "国务院办公厅是全国政务新媒体工作的主管单位": what the body is in charge of is the role itself.
            duty = m.group().lstrip("是为")
        if mechanism:
            # The duty is the mechanism itself: "省级政府办公厅牵头、省级有关部门参与的工作机制".
            duty = text[subject_start:after_end]
        read_by = ASSISTS if helpers else convention
        duty_record = InlineDuty(
            leads,
            cooperating,
            duty.strip("，, "),
            subject_start,
            after_end,
            read_by.basis,
            read_by.name,
        )
        if duties and duties[-1].start == subject_start and duties[-1].lead_units == leads:
            # "市商务部门应当会同…": one subject, two triggers; the stronger reading stands.
            previous = duties[-1]
            if _STRENGTH.get(duty_record.basis, 0) > _STRENGTH.get(previous.basis, 0):
                duties[-1] = duty_record
            continue
        duties.append(duty_record)
    duties += each_own
    duties += closed
    duties += _subject_duties(text, place_names, duties, article)
    duties += _defined_names(text, duties)
    duties += _set_up_bodies(text, duties)
    duties += _office_seats(text, duties)
    duties += _responsible_persons(text, duties)
    duties = [d for d in duties if not _addressed_to_a_model(text, d.start)]
    duties.sort(key=lambda d: d.start)
    return _extend_to_next_duty(text, duties)


def _lists_bodies(listed: str) -> bool:
    names = split_units(listed)
    return bool(names) and all(looks_like_unit(u) and not GENERIC_PARTY.match(u) for u in names)


def _closing_role_brackets(
    text: str, place_names: Sequence[str]
) -> tuple[list[InlineDuty], list[tuple[int, int]]]:
    """Each sentence closed by the bracket naming who leads it ("…左右。(市人口计生委、市公安局牵头)…降低20%。
    (市经委牵头)"): a record of that sentence, and the bracket's span, which no other reading takes.

    A bracket right before a sentence's end ("…降低20%（市经委牵头）。") always closes it. One standing right after a
    sentence's end closes that sentence too — unless some bracket of the text opens its sentence instead (stands
    where no sentence precedes it, "1.（市商务局牵头）加快…"): then such brackets may open the next sentence, and
    only those before an end are read.
    """
    found: list[
        tuple[int, int, int, re.Match[str]]
    ] = []  # (sentence start, sentence end, bracket end, match)
    opens_sentences = False
    last = 0
    brackets = list(CLOSING_ROLE_BRACKET.pattern.finditer(text))
    bare = [
        m
        for m in brackets
        if not m.group("role") and (m.group("after") or m.group("before")) and _lists_bodies(m.group("units"))
    ]
    for m in brackets:
        if not m.group("role") and (len(bare) < 2 or m not in bare):
            continue  # a lone bracket of names is the item's list, read with the document's rule
        if m.group("after"):
            end = m.start()
        elif m.group("before"):
            end = m.start("before") + 1
        else:
            continue
        start = max(sentence_start(text, end - 1 if m.group("before") else end), last)
        paragraph = text.rfind("\n", 0, end) + 1
        if (
            m.group("before")
            and not text[m.end() :].split("\n", 1)[0].strip()
            and not _ITEM_NUMBER.match(text[paragraph:end])
        ):
            # "积极探索…,完善外来人口落户政策。加强流动人口服务管理。(市公安局牵头)": a bracket closing its paragraph
            # closes the paragraph's sentences since the last bracket, not only the last sentence.
            start = max(paragraph, last)
        sentence = _ITEM_NUMBER.sub("", text[start:end].strip())
        if len(sentence.strip("。；; ")) < 4:
            opens_sentences = opens_sentences or not m.group("after")
            last = m.end()
            continue
        found.append((start, end, m.end(), m))
        last = m.end()
    duties: list[InlineDuty] = []
    spans: list[tuple[int, int]] = []
    for start, end, bracket_end, m in found:
        if opens_sentences and not m.group("after"):
            continue
        units = tuple(split_units(m.group("units"), place_names))
        if not units or not all(looks_like_unit(u) for u in units):
            continue
        lead = m.group("role") == "牵头"
        if not lead and len(found) < 2:
            # "（海关总署、证监会负责）" closing an item is its units list, read with the document's stated rule
            # (列第一位者为牵头单位) by the list reader; a sentence's own bracket matters where there are several.
            continue
        at = start + len(text[start:end]) - len(text[start:end].lstrip())
        duty = text[at:end].strip().rstrip("。；;")
        if not lead and len(units) > 1:
            # "发挥出口的支撑作用…。(省商务厅、省经济和信息化委…等负责)" after another paragraph's own bracket: this
            # paragraph's list, first listed first (the extractor applies a stated rule, 列第一位的为牵头单位).
            listed = InlineDuty(
                units[:1], units[1:], duty, at, bracket_end, LeadBasis.FIRST_LISTED, CLOSING_ROLE_BRACKET.name
            )
            duties.append(listed)
            spans.append((m.start(), m.end()))
            continue
        basis = LeadBasis.INLINE if lead else LeadBasis.SINGLE_UNIT
        duties.append(InlineDuty(units, (), duty, at, bracket_end, basis, CLOSING_ROLE_BRACKET.name))
        spans.append((m.start(), m.end()))
    return duties, spans


def _office_seats(text: str, found: list[InlineDuty]) -> list[InlineDuty]:
    """'…下设领导小组办公室，办公室设在市经合局': the host body runs the office (OFFICE_SEAT)."""
    out: list[InlineDuty] = []
    for m in OFFICE_SEAT.pattern.finditer(text):
        body = m.group("body")
        if not looks_like_unit(body) or any(d.start <= m.start("body") < d.end for d in found):
            continue
        end = _clause_end(text, m.end())
        if re.match(r"[，,]\s*(?:承担|负责|具体负责)", text[end:]):
            # "…设在省人民政府商务主管部门，承担领导小组日常工作": the office's work is part of its record
            end = _clause_end(text, end + 1)
        office = m.group("office")
        if office in ("办公室", "秘书处"):
            # "下设领导小组办公室，办公室设在…": the office the sentence set up just before.
            before = re.search(rf"下设([\u4e00-\u9fff]{{0,16}}{office})[，,]\s*$", text[: m.start()])
            office = before.group(1) if before else office
        duty = office + text[m.end() : end]
        out.append(InlineDuty((body,), (), duty, m.start(), end, OFFICE_SEAT.basis, OFFICE_SEAT.name))
    return out


# A post named as a person answering for work: "各包抓领导", "各项目责任单位主要负责人", "市招商局责任人".
_PERSON_POST = re.compile(r"(?:领导|负责人|责任人|负责同志)$")


def _responsible_persons(text: str, found: list[InlineDuty]) -> list[InlineDuty]:
    """'各包抓领导为项目推进工作总负责人，负责协调解决…' (RESPONSIBLE_PERSON): the body or post before 为 answers for
    the role and the clauses after it, up to the sentence's next ；or 。."""
    out: list[InlineDuty] = []
    for m in RESPONSIBLE_PERSON.pattern.finditer(text):
        opening = sentence_start(text, m.start(), "。；;：:，,\n")
        subject = _ITEM_NUMBER.sub("", text[opening : m.start()]).strip()
        if not 2 <= len(subject) <= 20:
            continue
        if not (looks_like_unit(subject) or _PERSON_POST.search(subject)):
            continue
        if any(d.start <= m.start() < d.end and subject in d.lead_units for d in found):
            continue
        end = re.search(r"[。；;\n]|$", text[m.end() :]).start() + m.end()
        start = text.find(subject, opening)
        out.append(
            InlineDuty(
                (subject,),
                (),
                text[m.start("role") : end],
                start,
                end,
                RESPONSIBLE_PERSON.basis,
                RESPONSIBLE_PERSON.name,
            )
        )
    return out


# A run of matters the sentence lists: "立项用地规划许可、工程建设许可、施工许可、竣工验收各阶段".
_MATTER_RUN = re.compile(r"[^，,。；;：:、\n（）()]{1,30}(?:、[^，,。；;：:、\n（）()]{1,30})+")
# What closes the run's last matter: "各阶段", "等环节", "四个方面" (the class is kept for the records' titles).
_MATTER_CLASS = re.compile(
    r"^(.{2,}?)(?:各|等|共|这|[两二三四五六七八九十\d]+个)?(阶段|环节|方面|领域|事项|类|项)?(?:工作)?$"
)
# Where the first matter begins: after the words that open the run ("是指工程建设项目在…", "对…").
_MATTER_OPENER = re.compile(r".*(?:在|对|将|把|按|于|的|即|包括|涉及|指)")
_AND = re.compile(r"以及|和|及|与")


def _respective_duties(text: str) -> tuple[list[InlineDuty], list[tuple[int, int]]]:
    """'在A、B、C、D各阶段…，分别由W、X、Y和Z部门牵头负责': each body answers for its matter, in order.

    Returns the clause-level records and the spans the catalogue's other inline entries must not read again.
    """
    duties: list[InlineDuty] = []
    spans: list[tuple[int, int]] = []
    for m in RESPECTIVE.pattern.finditer(text):
        opening = sentence_start(text, m.start())
        runs = list(_MATTER_RUN.finditer(text, opening, m.start()))
        bodies = [b.strip() for b in m.group(1).split("、")]
        if not runs or any(not b for b in bodies):
            continue
        run = runs[-1]
        matters = run.group().split("、")
        matters[0] = _MATTER_OPENER.sub("", matters[0]) if len(matters[0]) > 8 else matters[0]
        last = _MATTER_CLASS.match(matters[-1])
        kind = (last.group(2) or "") if last else ""
        matters[-1] = last.group(1) if last else matters[-1]
        # Counted against each other: a list may close with 和 ("…和住房城乡建设部门"), and only where the count
        # asks for it is the last piece split there (工业和信息化 is one department's name).
        matters = _split_last(matters, len(bodies))
        bodies = _split_last(bodies, len(matters))
        if len(matters) != len(bodies) or len(bodies) < 2 or any(len(x) < 2 for x in (*matters, *bodies)):
            continue
        end = _clause_end(text, m.end())
        basis = LeadBasis.INLINE if "牵头" in m.group(2) else LeadBasis.SINGLE_UNIT
        for matter, body in zip(matters, bodies, strict=True):
            title = matter + kind if kind and not matter.endswith(kind) else matter
            duties.append(InlineDuty((body,), (), title, opening, end, basis, RESPECTIVE.name))
        spans.append((m.start(), m.end()))
    return duties, spans


def _split_last(pieces: list[str], wanted: int) -> list[str]:
    """['A', 'B', 'C和D'] → ['A', 'B', 'C', 'D'] when four are wanted; otherwise as they are."""
    if len(pieces) + 1 != wanted:
        return pieces
    for joiner in reversed(list(_AND.finditer(pieces[-1]))):
        left, right = pieces[-1][: joiner.start()], pieces[-1][joiner.end() :]
        if len(left) >= 2 and len(right) >= 2:
            return [*pieces[:-1], left, right]
    return pieces


def _set_up_bodies(text: str, found: list[InlineDuty]) -> list[InlineDuty]:
    """A body set up and made to answer for work in one sentence ("本市设立优化营商环境工作委员会,…,负责统筹协调…")
    where no other reading binds that sentence (SET_UP_BODY)."""
    out: list[InlineDuty] = []
    for m in SET_UP_BODY.pattern.finditer(text):
        body = m.group("body")
        start = sentence_start(text, m.start())
        # the name is the text's own ("优化营商环境工作委员会" opens with a verb, as such bodies' names may)
        if re.match(r"(?:各|有关|相关|其他)", body) or any(
            d.start <= m.end() < d.end or start <= d.start < m.end() for d in found
        ):
            continue
        out.append(_duty_after(text, body, start, m.end(), SET_UP_BODY))
    return out


def _duty_after(text: str, body: str, start: int, at: int, convention) -> InlineDuty:
    """The duty of ``body`` stated from ``at`` to its clause's end, in the sentence opening at ``start``."""
    end = _clause_end(text, at)
    return InlineDuty((body,), (), text[at:end].strip("，, "), start, end, convention.basis, convention.name)


def _defined_names(text: str, found: list[InlineDuty]) -> list[InlineDuty]:
    """Bodies a sentence binds under the short name it defines for them ("…办公室（以下简称市跨境电商综试办），负责…"),
    where no other reading already bound that sentence."""
    out: list[InlineDuty] = []
    for m in DEFINED_NAME.pattern.finditer(text):
        name = m.group(1)
        if not looks_like_unit(name):
            continue
        start = sentence_start(text, m.start())
        before = ARTICLE_OPENING.sub("", text[start : m.start()].strip()).strip()
        full = _opening_body(before)
        if full and full == before and looks_like_unit(full):
            # "自治区政府…考核办公室(以下简称政府考核办)承担…": the body is named in full right before its short
            # name; the record keeps the full name (the short one is its alias).
            name = full
        bound = [u for d in found if d.start <= m.start() < d.end for u in d.lead_units]
        if name in bound or any(text.endswith(u, 0, m.start()) for u in bound):
            continue  # the short name, or the full name it abbreviates, is already bound here
        out.append(_duty_after(text, name, start, m.end(), DEFINED_NAME))
    return out


_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_SUBJECT_END = re.compile(
    "(?:" + "|".join(sorted(ORG_SUFFIX, key=len, reverse=True)) + r")(?:[（(][^）)]{1,20}[）)])?"
)
# A one-character ending (处, 所, 部 …) ends a subject only before what starts a predicate: "行政处罚" is no 处.
_WEAK_END = re.compile(r"^[处所室站队部院会中办司]$")
_PREDICATE_START = "应负对依按会可在是和、，,及与由将须要自"


_LEVEL_LIST = re.compile(
    r"^(?:(?:各)?(?:地级以上|县级以上)?(?:省|市|区|县|州|乡|镇|自治区|直辖市|自治州|设区的市|县级市)(?:[（(][^）)]{1,10}[）)])?、)+"
)


_LEVELS_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fff]{4})(?:省|市|区|县|州|乡|镇)、(?=(?:省|市|区|县|州|乡|镇|设区的市))"
)


# A regulation names a department by the governments it sits under: "县级以上人民政府自然资源部门",
# "旗县级以上人民政府负责中小企业促进工作的综合管理部门", "省人民政府政务服务管理机构" — one body, the department.
_DEPARTMENT_OF_GOVERNMENT = re.compile(
    r"(?:(?:负责|主管)[^，,。；;、（）()的]{2,20}?工作的[^，,。；;、（）()\s的]{0,14}?|"
    r"管理[^，,。；;、（）()的]{2,12}?工作的[^，,。；;、（）()\s的]{1,14}?|"
    r"(?!及|和|与|有关|相关|其他|所属|各|应当|可以|依法|负责|会同|组织|建立|设立|成立|指定|确定|统筹|加强|完善|健全|推动|支持)"
    r"[^，,。；;、（）()\s的]{1,14}?)(?:行政主管部门|主管部门|部门|管理机构|服务机构|机构|机关)"
)


def _department_of_government(window: str, end: int) -> int:
    """Where a department named under the government that ends at ``end`` ends (0 if none): a predicate or a
    short-name note must follow it, and it must be no class of bodies ("有关部门")."""
    m = _DEPARTMENT_OF_GOVERNMENT.match(window, end)
    if not m or GENERIC_PARTY.match(m.group()):
        return 0
    following = window[m.end() : m.end() + 1]
    if not following or following in _PREDICATE_START or following in "（(\u3000":
        return m.end()
    return m.end() if window[m.end() :].startswith(DUTY_SUBJECT.words) else 0


def _inside_department_name(text: str, pos: int) -> bool:
    """Is the word at ``pos`` part of a department's name under its government ("旗县级以上人民政府负责中小企业
    促进工作的综合管理部门")?"""
    if not text.endswith(("政府", "行政公署"), 0, pos):
        return False
    m = _DEPARTMENT_OF_GOVERNMENT.match(text, pos)
    return bool(m) and m.group().startswith(("负责", "主管", "管理"))


def _named_under_government(subject: str) -> bool:
    """Does ``subject`` end with a department named under its government, its 的 inside that name?"""
    subject = re.sub(r"(?:应当|必须|须|要|可以|并|也)+\s*$", "", subject.rstrip())
    for m in re.finditer(r"(?:政府|行政公署)", subject):
        department = _DEPARTMENT_OF_GOVERNMENT.match(subject, m.end())
        if department and department.end() == len(subject) and "的" in department.group():
            return True
    # "区人民政府确定的会展工作部门": the department a government designates is named by its designation
    return bool(_DESIGNATED.search(subject))


_DESIGNATED = re.compile(
    r"(?:人民政府|政府|行政公署)(?:确定|指定|明确|设立|设置)的[\u4e00-\u9fff（）()]{2,20}?(?:部门|机构|单位)$"
)


# "各级人民政府应当加强对预算外资金的管理": the governments of every level, bound together by an article.
EVERY_LEVEL_GOVERNMENT = re.compile(r"^(?:各级|县级以上各级|地方各级)人民政府$")


def _opening_body(window: str) -> str:
    """The government body a clause opens with: the first name followed by what starts a predicate, else the
    longest name ("…气象主管机构在本级人民政府的领导下" stops before 在, not at the later 人民政府)."""
    prefix = _LEVEL_LIST.match(window)
    skip = prefix.end() if prefix else 0
    subject = ""
    for m in _SUBJECT_END.finditer(window, skip):
        candidate = window[: m.end()]
        if candidate.endswith(("政府", "行政公署")):
            department = _department_of_government(window, m.end())
            if department:
                return window[:department]
        # "人民政治协商会议市、县（区）委员会": a level list inside a name does not make it a list of bodies.
        if re.search(r"[、|\s]|以及|和各", _LEVELS_INSIDE.sub("", _BRACKETED.sub("", candidate[skip:]))):
            break
        following = window[m.end() : m.end() + 1]
        if _WEAK_END.match(m.group()) and following and following not in _PREDICATE_START:
            continue
        if re.match(r"^[\u4e00-\u9fff]{1,4}的", window[m.end() :]) or window[m.end() :].strip() == "的":
            # "省人民政府设立的…机构": the body modifies what acts, it does not act; "诉求事项有明确主管部门的，…": a
            # condition the clause ends with
            continue
        # (the governments of every level bound alone; listed with classes of bodies, "各级人民政府、有关部门和
        # 用人单位应当…", they are one class among others)
        every_level = EVERY_LEVEL_GOVERNMENT.match(candidate[skip:]) and following not in "、和及与"
        if (looks_like_government_body(candidate[skip:]) or every_level) and not GENERIC_PARTY.match(
            candidate[skip:]
        ):
            # "市人民政府根据进博会组织委员会部署…": a duty verb after the first name ends the subject there.
            if (
                following
                and following in _PREDICATE_START
                or window[m.end() :].startswith(DUTY_SUBJECT.words)
                or PROCEDURE_STEP.match(window, m.end())  # a step ends the name, however long 小组 makes it
            ):
                return candidate
            subject = candidate
    return subject


# "市、区规划自然资源、住房城乡建设等部门制定…": departments named elliptically before a shared "部门".
_ELLIPTICAL_SUBJECT = re.compile(
    r"^(?:本市|市|区|县|省)?[^，,。；;：:“”\s]{2,200}?、[^，,。；;：:“”\s]{2,40}?(?<!、有关)(?<!、相关)(?<!、其他)(?:等)?部门(?=应当|负责|按照|依照|依法|对|可以|在|为|制定|会同|应|须|要(?!求)|与|以及|及(?!其)|[，,](?:应当|必须|按照各自|依照各自|在各自|按各自))"
)


def _one_party(listed: str) -> bool:
    """Departments listed before one shared "部门" are one party: no 的, 与 or 及 in the list, and 和 only inside
    one field's name ("发展和改革", "住房和城乡建设"), never joining two bodies ("…部门和…")."""
    listed = listed.replace("设区的市", "")
    return (
        not re.search(r"[的与及]", listed)
        # "市、县（市）自然资源和规划部门应当组织公安机关交通管理、交通运输…等部门": a body acting on the list
        and not re.search(r"应当|必须|负责|会同|组织|可以|依法", listed)
        and not _JOINED_NAMES.search(listed)
        and not re.search(r"和(?:有关|相关|其他)", listed)
    )


# Parties of one kind listed before a shared noun, bound "在各自职责范围内" or by 应当 (also after a comma).
_SHARED_NOUN_PARTIES = re.compile(
    r"^([^，,。；;：:“”\s的和与及]{2,60}?、[^，,。；;：:“”\s的和与及]{2,40}?等[\u4e00-\u9fff]{0,8}(?:单位|机构))"
    r"(?=[，,]?(?:应当|在各自职责|按照各自职责|按各自职责))"
)

_EACH_WITHIN_DUTIES = re.compile(
    r"^([^，,。；;：:“”\s]{2,80}?(?:、|以及)[^，,。；;：:“”\s]{2,60}?)[，,]?(?=(?:应当)?(?:在|按照|按)各自(?:的)?职责)"
)

_EACH_JOINER = re.compile(r"以及|(?<=部门|机构|单位)(?:和|及)")


def _parties_of(chunk: str, place_names: Sequence[str]) -> list[str]:
    """'乡（镇）人民政府、街道办事处' -> both; an elliptical list ('发展改革、财政等部门') stays whole; classes of
    bodies ('市有关部门') are no party."""
    names = [u for u in split_units(chunk, place_names) if not _GENERIC_CLASS_END.search(u)]
    if names and all(looks_like_unit(u) for u in names):
        return names
    return [] if _GENERIC_CLASS_END.search(chunk) else [chunk]


_GENERIC_CLASS_END = re.compile(r"(?:有关|相关|其他)(?:部门|单位|机构)$")


def _opening_bodies(window: str) -> str:
    """'乡（镇）人民政府、街道办事处应当…' -> '乡（镇）人民政府、街道办事处': a list of bodies opening a clause."""
    return _opening_parties(window)[0]


# "市、区财政应当…": a few departments are named by their field alone after a level word.
_BARE_DEPARTMENT = re.compile(
    r"^(?:(?:省|市|区|县|州)(?:[（(][^）)]{1,10}[）)])?、)*(?:省|市|区|县|州|县级以上|本级)(?:财政|税务|公安|审计|统计)"
    r"(?=应当|负责|按照|依照|依法|可以|会同|必须|须)"
)


def _opening_parties(window: str) -> tuple[str, list[str]]:
    """The list of bodies a clause opens with, and each body in it, as the text names them."""
    bare = _BARE_DEPARTMENT.match(window)
    if bare:
        return bare.group(), []
    elliptical = _ELLIPTICAL_SUBJECT.match(window)
    if elliptical and _one_party(elliptical.group()):
        subject = elliptical.group()
        # "市场监督管理、交通运输等部门与人民银行派出机构应当…": a named body joined to the departments.
        joined = re.match(r"与|和|以及|及", window[len(subject) :])
        more = _opening_body(window[len(subject) + joined.end() :]) if joined else ""
        if more:
            return window[: len(subject) + joined.end() + len(more)], [subject, more]
        return subject, []
    subject = _opening_body(window)
    parts = [subject] if subject else []
    while subject:
        # "省人民政府及其有关部门、金华市人民政府": the class after 及其 belongs to the body before it.
        joiner = re.match(
            r"(?:及其(?:有关|相关|所属)?(?:主管)?(?:部门|单位|机构))?(?:、|以及|和|及|与)",
            window[len(subject) :],
        )
        if not joiner:
            break
        more = _opening_body(window[len(subject) + joiner.end() :])
        if not more:
            break
        subject = window[: len(subject) + joiner.end() + len(more)]
        parts.append(more)
    return subject, parts


# A clause after a comma: "在送达行政处罚决定书时，市场监督管理部门应当书面告知…".
# "对…有突出贡献的单位和个人，市人民政府按照有关规定给予表彰": a body acting by rule inside a sentence.
# What follows a body when the sentence's subject is one of its departments: "管理专利工作的部门".
# ("…管理委员会作为省人民政府的派出机构，负责…": what the body is, said of the body itself)
# ("…应当建立城乡统筹的职业介绍机构": a duty's object, not the body's department)
_ITS_OWN_DEPARTMENT = re.compile(
    r"^(?!作为|是|为|系|应|必须|须|可以|负责|要)[^，,。；;、的（）()]{1,24}的[\u4e00-\u9fff]{0,6}(?:部门|机构|机关)"
)
_ITS_CLASS = re.compile(r"^(?:有关|相关|其他|各)(?:有关)?(?:主管|职能)?(?:部门|单位|机构)")
_ACTS_BY = ("按照", "依照", "依据", "根据", "负责", "给予", "予以")
_ITS_DEPARTMENTS = re.compile(r"^(?:及其|及|和)(?:有关|相关|所属|其他)?(?:主管)?(?:部门|单位|机构)")
# "…人民政府及其品牌培育促进、市场监督管理等部门应当…": departments of the body named by their fields.
_ITS_NAMED_DEPARTMENTS = re.compile(
    r"^及其((?!有关|相关|所属|其他)[^，,。；;]{2,150}?、[^，,。；;]{2,60}?(?:等)?(?:部门|机构))(?=应当|应|必须|须|要|可以|负责)"
)


# One named level's government ("省人民政府", "自治区人民政府", "市人民政府") and the class of its departments acting.
_ONE_LEVEL = r"(?:省|市|自治区|自治州|州|县|区)人民政府"
_ONE_LEVELS_DEPARTMENTS = re.compile(r"^((?:其他)?有关部门)(?=应当|应|负责|按照|依照|可以|要)")


def _clause_end_of_sentence(text: str, sentence: re.Match[str]) -> int:
    """Where a duty read from ``sentence`` ends: the sentence's end; for a clause after a comma ("…,各级人民政府根据
    宏观调控的需要,可以对单位预算外资金适当集中使用。"), the end of the sentence it opens."""
    if sentence.re is not _CLAUSE_AFTER_COMMA:
        return sentence.end()
    stop = re.compile(r"[。；;\n]").search(text, sentence.end())
    return stop.start() if stop else len(text)


_CLAUSE_AFTER_COMMA = re.compile(r"(?<=[，,])[^，,。；;\n]+")


def _subject_duties(
    text: str, place_names: Sequence[str], found: list[InlineDuty], article: bool
) -> list[InlineDuty]:
    """Bodies named by "由X责令…", and in an article of a regulation (第X条) the body a duty sentence opens with.

    Plans state responsibility in clauses and brackets; only regulations bind a body by making it the
    subject of "应当 / 负责 / 依法…", so the sentence-subject reading is kept to articles.
    """
    taken = {d.start for d in found}
    spans = [(d.start, d.end) for d in found]
    out: list[InlineDuty] = []
    clauses = list(SENTENCE.finditer(text)) if article else []
    if not article:
        out += _plan_duties(text, place_names, spans)
    for sentence in clauses + (list(_CLAUSE_AFTER_COMMA.finditer(text)) if article else []):
        start = sentence.start()
        lead_in = re.match(rf"\s*(?:第[{CN_NUMERAL_CHARS}\d]{{1,5}}条)?\s*", sentence.group())
        start += lead_in.end()
        # "（七）根据…人民政府授权…负责…": an item's number opens no body's name.
        numbered = _ITEM_NUMBER.match(text[start : sentence.end()])
        if numbered and start + numbered.end() < sentence.end():
            start += numbered.end()
        entrusting = _ENTRUSTING.match(text[start : sentence.end()])
        if entrusting and looks_like_government_body(entrusting.group(1)):
            start += entrusting.end()  # "省人民政府委托郑州市人民政府依法管理管委会": the body entrusted acts
        head = text[start : sentence.end()]
        if _OPENS_NO_BODY.match(head):
            continue
        comma = re.search(r"[，,：:]", head)
        window = SHORT_NAME_NOTE.sub(
            lambda m: "\u3000" * len(m.group()), head[: comma.start() if comma else len(head)][:60]
        )
        subject, parts = _opening_parties(window)
        shared = _SHARED_NOUN_PARTIES.match(head) if "等" in head[:110] else None
        if not subject and shared:
            # "供水、供电、供气、供热等公用企事业单位，应当…": one party, bound by the article alongside its bodies.
            subject = shared.group(1)
        each = None if subject or "各自" not in head[:150] else _EACH_WITHIN_DUTIES.match(head)
        if each and NAME_ENDING.search(each.group(1)[-5:]):
            # "…的管理机构以及乡（镇）人民政府、街道办事处，在各自职责范围内做好…": each party named is bound.
            subject = each.group(1)
            parts = [
                piece for chunk in _EACH_JOINER.split(subject) for piece in _parties_of(chunk, place_names)
            ]
        elliptical = _ELLIPTICAL_SUBJECT.match(head)
        if (
            elliptical
            and (
                len(elliptical.group()) > len(window)
                or not subject
                or len(elliptical.group()) > len(subject) + 4
            )
            and _one_party(elliptical.group())
        ):
            # A long elliptical list ("发展改革、科学技术、商务……园区管理等部门应当…") outruns the window.
            subject = elliptical.group()
        # "X及其有关部门应当…" binds X (the class of departments after it is no unit).
        rest = _ITS_DEPARTMENTS.sub("", head[len(subject) :])
        if sentence.re is _CLAUSE_AFTER_COMMA and not (
            re.match(DUTY_SUBJECT.pattern.pattern, rest) or rest.startswith(_ACTS_BY)
        ):
            continue  # inside a sentence, only "，X应当… / ，X按照有关规定给予…" binds X
        if not subject or not (
            DUTY_SUBJECT.pattern.search(rest)
            # "各级人民代表大会常务委员会,定期听取…汇报": the subject set off by a comma before its duty; "…管理委员会
            # （以下简称开发区管委会）代表市人民政府行使…": by the short name it is given
            or SHORT_NAME_NOTE.sub("", rest).lstrip("，, ").startswith(DUTY_SUBJECT.words)
            or each
        ):
            continue
        if OFFICE_SEAT.pattern.fullmatch(subject):
            continue  # "联席会议办公室设在…机构,负责…": read by the office-seat entry, no body of its own
        if re.search(rf"(?:{_SET_UP_VERBS})(?!的)", subject):
            continue  # "省人民政府在…设立派出机构（以下简称…）": the body set up is read by the set-up reading
        if start in taken or any(a <= start < b for a, b in spans):
            continue
        one_level = _ONE_LEVELS_DEPARTMENTS.match(rest) if re.fullmatch(_ONE_LEVEL, subject) else None
        if one_level:
            # "省人民政府有关部门应当制定本部门审批事项容缺受理目录": the departments of one named government act as one
            # party, named as the text names them (a class with no level, "县级以上人民政府有关部门", names none).
            end = _clause_end_of_sentence(text, sentence)
            party = subject + one_level.group(1)
            out.append(
                InlineDuty(
                    (party,),
                    (),
                    text[start + len(party) : end].strip("，, 。；;"),
                    start,
                    end,
                    DUTY_SUBJECT.basis,
                    DUTY_SUBJECT.name,
                )
            )
            continue
        if _ITS_OWN_DEPARTMENT.match(SHORT_NAME_NOTE.sub("", rest)) or _ITS_CLASS.match(rest):
            # "市、区县人民政府管理专利工作的部门…负责…": the department acts, not the government; "县级以上人民政府
            # 有关部门应当…": a class of its departments acts, no body of its own
            continue
        named_departments = _ITS_NAMED_DEPARTMENTS.match(head[len(subject) :])
        if named_departments:
            # "自治县人民政府及其品牌培育促进、市场监督管理等部门应当…": the government and the departments it names
            # are bound together; the text says nothing of who leads.
            end = _clause_end_of_sentence(text, sentence)
            out.append(
                InlineDuty(
                    (),
                    (subject, named_departments.group(1)),
                    text[start + len(subject) + named_departments.end() : end].strip("，, 。；;"),
                    start,
                    end,
                    LeadBasis.JOINT,
                    DUTY_SUBJECT.name,
                )
            )
            continue
        leads = tuple(split_units(_JOINED_NAMES.sub("、", subject), place_names))
        if not leads or not all(looks_like_unit(u) for u in leads):
            # Split where the bodies were read ("…常务委员会、人民政治协商会议市、县（区）委员会").
            named = [_unit_prefix(p) for p in parts]
            if (each and parts) or (len(parts) == 2 and _ELLIPTICAL_SUBJECT.match(parts[0])):
                # as the text names them; an elliptical list stays one party ("…等部门与人民银行派出机构")
                leads = tuple(parts)
            else:
                leads = (
                    tuple(named) if len(named) > 1 and all(looks_like_unit(u) for u in named) else (subject,)
                )
        end = _clause_end_of_sentence(text, sentence)
        out.append(
            InlineDuty(
                leads,
                (),
                text[start + len(subject) : end].strip("，, 。；;"),
                start,
                end,
                DUTY_SUBJECT.basis,
                DUTY_SUBJECT.name,
            )
        )
    for m in PARTICIPANTS.pattern.finditer(text) if article else ():
        # "投资前评估，应当组织发展和改革、自然资源…等部门以及有关专家参加": the departments take part in the duty of
        # the body the article's sentence before (or this one) binds.
        at = max((n for n, d in enumerate(out) if d.start < m.start()), default=-1)
        if at >= 0 and out[at].convention == DUTY_SUBJECT.name and not out[at].cooperating_units:
            out[at] = replace(out[at], cooperating_units=(m.group(1),))
    for m in ACTING_BODY.pattern.finditer(text):
        if m.group(0).startswith("经") and m.group(0).endswith(ACTS_AFTER_BY_ONLY):
            continue
        body = _acting_body_name(m.group(1))
        name_end = m.end(1)
        if body == m.group(1) and _inside_department_name(text, name_end):
            # "由…旗县级以上人民政府负责中小企业促进工作的综合管理部门负责": the verb read was inside the name.
            name_end = _DEPARTMENT_OF_GOVERNMENT.match(text, name_end).end()
            body = text[m.start(1) : name_end]
            if not looks_like_government_body(body):
                continue
        if not body or any(a <= m.start() < b for a, b in spans):
            continue
        if text.startswith("的", m.end()):
            continue  # "行政审批决定由行政审批部门作出的，…": the case a sentence speaks of, not a duty it assigns
        # "由X会同Y负责解释": the 会同 reading of the same body holds Y too; this record says so, never that X
        # is the one unit named.
        convened = next(
            (
                d
                for d in found
                if d.start <= m.start(1) < d.end
                and d.lead_units == (body,)
                and (d.cooperating_units or d.convention == CONVENES.name)
            ),
            None,
        )
        if convened:
            cooperating, basis, convention = convened.cooperating_units, convened.basis, convened.convention
        else:
            approves = APPROVING_BODY.pattern.match(text, m.start())
            cooperating, basis = (), ACTING_BODY.basis
            convention = APPROVING_BODY.name if approves else ACTING_BODY.name
        end = _clause_end(text, max(m.end(), name_end))
        # (the body may close the span: "经企业申请、税务部门批准")
        body_at = m.start(1) + max(0, m.group(1).rfind(body)) if body in m.group(1) else m.start(1)
        bodies: tuple[str, ...] = (body,)
        joint = _JOINED_ACTORS.fullmatch(body)
        if joint and joint.group(3).startswith("其"):
            pass  # "由省人民代表大会或者其常务委员会决定": one body acting itself or by its own organ
        elif joint and looks_like_unit(joint.group(1)) and joint.group(2) in ("或者", "或"):
            # "由开发区管委会或者有关行政管理部门…予以查处": either may act; neither leads (a class of bodies beside
            # the named one is no unit)
            either = tuple(u for u in (joint.group(1), joint.group(3)) if looks_like_unit(u))
            bodies, cooperating, basis = (), either, LeadBasis.NONE
        elif joint and looks_like_unit(joint.group(1)) and looks_like_unit(joint.group(3)):
            # "由开发区管委会协同市房屋拆迁管理机构…办理": the first acts, the one it works with cooperates
            bodies, cooperating = (joint.group(1),), (joint.group(3), *cooperating)
        out.append(
            InlineDuty(
                bodies, cooperating, text[body_at + len(body) : end], m.start(), end, basis, convention
            )
        )
    read = [(d.start, d.end) for d in (*found, *out)]
    for m in _BY.finditer(text):
        if any(a <= m.start() < b for a, b in read):
            continue
        body = _named_after_by(text, m.end())
        if body:
            end = _clause_end(text, m.end() + len(body))
            duty = text[m.end() + len(body) : end]
            out.append(InlineDuty((body,), (), duty, m.start(), end, ACTING_BODY.basis, ACTING_BODY.name))
    return out


# After "由" and a body's whole name, the way it acts opens what it does ("由市、县(市、区)人民政府依次从以下渠道筹措"),
# where the catalogue's verbs (ACTING_BODY) come later or not at all; any other word after a name ending may still
# be inside a longer name or a post ("由…管理所承担联合采购办公室日常工作").
_ACTS_BY_WAY = re.compile(r"^(?:依次|分别|逐级|先行|从|向|按照|按|根据|依据|结合|及时)")
_COUNTED = re.compile(r"^(?:[一二两三四五六七八九十\d]+个|多个|若干)")
_FILLS_POST = re.compile(r"担任|兼任|出任|同志|组成|构成")


# Two bodies read as the one acting: "开发区管委会协同市房屋拆迁管理机构", "开发区管委会或者有关行政管理部门".
_JOINED_ACTORS = re.compile(r"(.{2,30}?)(协同|会同|或者|或)(.{2,30})")


def _named_after_by(text: str, pos: int) -> str:
    """The government body "由" names when its whole name stands before the way it acts ("由市、县(市、区)人民政府
    依次从以下渠道筹措"); '' otherwise."""
    clause = text[pos : _clause_end(text, pos)]
    if clause.endswith("的") or _FILLS_POST.search(clause):
        return ""  # "决定由行政审批部门作出的，…" speaks of a case; "由…负责同志担任" fills a post
    clause = clause[:40]
    for m in sorted(NAME_ENDING.finditer(clause), key=lambda m: -m.end()):
        name = clause[: m.end()]
        way = _ACTS_BY_WAY.match(clause[m.end() :])
        if (
            way
            and looks_like_government_body(name)
            and not _COUNTED.match(name)
            and not re.match(r"[\u4e00-\u9fff]{1,6}的", clause[m.end() + way.end() :])
        ):
            return name  # (not "由两个以上同级部门分别实施的…事项": a case described, by bodies counted)
    return ""


# The body a plan's action sentence names is a department by its own name ("省科技厅", "市数据局", "财政部"),
# not a description ending in 部门 ("明确部门组织协调责任" is a heading, "医保部门" a field).
_PLAN_ACTOR = re.compile(
    r"^(?:省|市|区|县|州|盟|旗|国家|国务院|中央|自治区)|(?:局|厅|委|办|署|部|委员会|管委会)$"
)


_LEADING_BASIS = re.compile(r"(?:依照|按照|根据|依据|对照)[^，,。；;]{2,120}[，,]\s*")


def _plan_duties(text: str, place_names: Sequence[str], spans: list[tuple[int, int]]) -> list[InlineDuty]:
    """'财政部要加大资金支持力度': in a plan, a sentence that opens with a named body and 要 binds that body."""
    out: list[InlineDuty] = []
    for sentence in SENTENCE.finditer(text):
        lead_in = _ITEM_NUMBER.match(sentence.group()) or re.match(r"[\s\u3000]*", sentence.group())
        start = sentence.start() + lead_in.end()
        # "按照…专项整治三年行动要求，县（区）人民政府要加强协调": the body follows the basis it acts on.
        basis = _LEADING_BASIS.match(text, start, sentence.end())
        start = basis.end() if basis else start
        head = text[start : sentence.end()]
        window = SHORT_NAME_NOTE.sub(lambda m: "\u3000" * len(m.group()), head[:60])
        subject, _ = _opening_parties(window)
        level = LEVEL_PARTY.pattern.match(window) if not subject else None
        if level:
            # "各市要根据大病保险基金运行情况…确定筹资标准": a provincial plan binds every city (a party of its own).
            if any(a <= start < b for a, b in spans):
                continue
            duty = head[level.end() :].strip("，, 。；;")
            end = start + len(head.rstrip("。；;！？!?"))
            out.append(
                InlineDuty((level.group(1),), (), duty, start, end, LEVEL_PARTY.basis, LEVEL_PARTY.name)
            )
            continue
        if not subject:
            continue  # most sentences: no body where a sentence opens
        entry = PLAN_DUTY
        if not PLAN_DUTY.pattern.match(head[len(subject) :]):
            # "省科技厅出台专项扶持政策…": one named government body acting (never a place or a class).
            if not (PLAN_ACTION.pattern.match(head[len(subject) :]) and looks_like_government_body(subject)):
                continue
            if any(
                looks_like_government_body(head[:end]) for end in range(len(subject) + 2, len(subject) + 6)
            ):
                continue  # "市委组织部对…": the verb's characters go on the body's name (组织部), no act
            entry = PLAN_ACTION
        if any(a <= start < b for a, b in spans):
            continue
        leads = tuple(split_units(_JOINED_NAMES.sub("、", subject), place_names))
        if not leads or not all(looks_like_unit(u) for u in leads):
            continue
        if entry is PLAN_ACTION and not (
            len(leads) == 1 and _PLAN_ACTOR.search(leads[0]) and not GENERIC_PARTY.match(leads[0])
        ):
            continue
        out.append(
            InlineDuty(
                leads,
                (),
                head[len(subject) :].strip("，, 。；;"),
                start,
                start + len(head.rstrip("。；;！？!?")),
                entry.basis,
                entry.name,
            )
        )
    return out


# "由省级以上市场监督管理部门结合工作实际规定": the body ends where an adverbial of the act begins.
# ("具体办法由自治区人民政府另行规定": 另行 / 另 / 分别 / 逐步 say how the body acts)
_ACTS_HOW = re.compile(
    r"^(?:结合|根据|按照|按|依照|依据|会同|商|通过|在|对|及时|统一|适时|集中|共同|另行|另|分别|逐步|负责)"
)


def _acting_body_name(span: str) -> str:
    """The government body that "由…" names, from the span before the act's verb; '' if none."""
    if looks_like_government_body(span):
        return span
    # "经企业申请、税务部门批准": the steps before the body's are another party's; the body approving is the last.
    last = re.split(r"、", span)[-1]
    if last != span and re.search(r"申请|提出|申报|报请|同意", span[: len(span) - len(last)]):
        return last if looks_like_government_body(last) else ""
    for m in reversed(list(NAME_ENDING.finditer(span))):
        head = span[: m.end()]
        if looks_like_government_body(head) and _ACTS_HOW.match(span[m.end() :]):
            return head
    return ""


_CONVENED_VERBS = (
    *DUTY_SUBJECT.words,
    "研究",
    "编制",
    "确定",
    "拟定",
    "处理",
    "共同",
    "联合",
    "做好",
    "开展",
    "负责",  # "由区科委会同区发改委负责解释"
    "解释",
)


def _joins_two(name: str) -> bool:
    """ "市发改委和市财政局" joins two bodies; "省经济和信息化主管部门" is one (what stands before its 和 names none)."""
    return any(
        looks_like_unit(name[: m.start()]) or NAME_ENDING.search(name[: m.start()]) or m.group() != "和"
        for m in re.finditer(r"[、和及与]", name)
    )


# A district or county named as a party among bodies ("浦东新区、奉贤区和…管委会"): its government.
_PLACE_AS_PARTY = re.compile(
    r"([^各全本该每有相其\W\d][\u4e00-\u9fff]{0,3}?(?:新区|区|县))(?:、|以及|和|及|与)"
)


def _convened_before_verb(after: str) -> tuple[tuple[str, ...], int]:
    """The longest run of named bodies that "会同" is followed by, and where it ends; none if there is none."""
    clause = re.match(r"[^，,。；;]*", after).group()
    names: list[str] = []
    pos = 0
    while pos < len(clause):
        place = _PLACE_AS_PARTY.match(clause, pos)
        if place:
            # "会同浦东新区、奉贤区和临港地区管委会制定": a district joined to bodies stands for its government.
            names.append(place.group(1))
            pos = place.end()
            continue
        # The longest name from here that a joiner or the duty's verb follows: "市发改委和市财政局制定办法".
        for m in reversed(list(NAME_ENDING.finditer(clause, pos))):
            name, rest = clause[pos : m.end()], clause[m.end() :]
            if not looks_like_unit(name) or GENERIC_PARTY.match(name) or _joins_two(name):
                continue
            joiner = re.match(r"、|以及|和|及|与", rest)
            # "…、徐汇区财政局等负责解释": a closing 等 ends the list before the verb.
            closing = None if joiner else re.match(r"等(?:有关|相关)?(?:部门|单位)?", rest)
            verb_at = closing.end() if closing else 0
            if joiner or rest[verb_at:].startswith(_CONVENED_VERBS):
                names.append(name)
                pos = m.end() + (joiner.end() if joiner else verb_at)
                break
        else:
            # "会同本级财政部门安排使用": the longest government body the clause opens with, whatever verb follows.
            last = _longest_body_before_verb(clause, pos)
            if not last:
                return (), 0
            names.append(clause[pos:last])
            return tuple(names), last
        if not joiner:
            return tuple(names), pos
    return (), 0


def _longest_body_before_verb(clause: str, pos: int) -> int:
    """Where the longest government body opening ``clause`` at ``pos`` ends, when a word follows it; 0 if none."""
    for m in reversed(list(NAME_ENDING.finditer(clause, pos))):
        name, rest = clause[pos : m.end()], clause[m.end() :]
        if (
            re.match(r"[\u4e00-\u9fff]{2}", rest)
            and not rest.startswith(("等", "和", "及", "与", "以及"))
            and looks_like_government_body(name)
            and not GENERIC_PARTY.match(name)
            and not _joins_two(name)
        ):
            return m.end()
    return 0


# "联席会议由教育部、发展改革委……9个部门和单位组成": the members of a body, listed before its lead is named.
_MEMBERS = re.compile(
    rf"由([^。；;：:]{{2,400}}?)(?:等)?(?:[\d{CN_NUMERAL_CHARS}]{{1,3}}个)?(?:部门和单位|部门|单位|成员单位)?组成[，,]\s*$"
)


def _members_before(text: str, pos: int, place_names: Sequence[str]) -> tuple[str, ...]:
    """The members a '由…组成' clause lists right before ``pos`` in the same sentence; none if there is none."""
    start = sentence_start(text, pos)
    m = _MEMBERS.search(text[start:pos])
    if not m:
        return ()
    members = tuple(split_units(m.group(1), place_names))
    return members if members and all(looks_like_unit(u) for u in members) else ()


def _addressed_to_a_model(text: str, pos: int) -> bool:
    """The sentence around ``pos`` instructs a model ("系统提示：…由X牵头"): it states no duty."""
    start = sentence_start(text, pos)
    ends = [i for i in (text.find(ch, pos) for ch in "。；;\n") if i >= 0]
    return bool(ADDRESSED_TO_A_MODEL.pattern.search(text, start, min(ends) if ends else len(text)))


def _extend_to_next_duty(text: str, duties: list[InlineDuty]) -> list[InlineDuty]:
    """A duty's evidence runs on to the end of its sentence or to where the next unit's duty begins.

    "市商务局做好…的收集和初审,报请市人民政府审定,建立市级重点招商项目库" is one duty in three clauses;
    "市商务局牵头负责A,市国资委牵头负责B" are two.
    """
    extended = []
    for n, duty in enumerate(duties):
        sentence_end = re.compile(r"[。；;\n]").search(text, duty.end)
        end = sentence_end.start() if sentence_end else len(text)
        if n + 1 < len(duties) and duties[n + 1].start < end:
            end = max(duty.end, duties[n + 1].start)
            # "…负责召集，“智云常经开”平台由联席会议负责监管": the matter the next duty is about opens its clause
            # (… 由 X), not this duty's
            topic = re.search(r"[，,][^，,。；;]*由\s*$", text[duty.end : end])
            if topic:
                end = duty.end + topic.start()
        while end > duty.end and text[end - 1] in "，,、 ":
            end -= 1
        extended.append(replace(duty, end=end))
    return extended


# Triggers that are nouns as often as verbs ("提供用工指导", "加强统筹"), and a predicate already open before them.
_NOUN_TRIGGERS = re.compile(r"指导|统筹|做好")
_MODAL_PREDICATE = re.compile(r"^(?:应当|应|必须|须|要|可以)[\u4e00-\u9fff，,、]{6,}")
_ADVERBIAL = re.compile(
    r"^(?:按|对|在|根据|从|向|与|就|为|以|将|把|要|应|统一|定期|及时|全面|进一步|作为|已|正在|还|也|均|都|拟|继续)"
)


def _unit_prefix(subject: str) -> str:
    """'市…办公室按引资实绩进行' -> '市…办公室': cut an adverbial phrase that follows the unit name."""
    if looks_like_unit(subject):
        return subject
    for m in reversed(list(NAME_ENDING.finditer(subject))):
        head, rest = subject[: m.end()], subject[m.end() :]
        if looks_like_unit(head) and _ADVERBIAL.match(rest):
            return head
    return subject


# Two governments and one department named after the second: the department of both, or of the second only.
_GOVERNMENTS_DEPARTMENT = re.compile(r"政府(?:和|及|与)[^，,。；;]*政府[^、，,。；;]{2,20}(?:部门|机构)$")
# How far back a clause's subject may start: two bodies' full names ("由省人民政府工业和信息化主管部门和市、县级人民政府
# 确定的促进中小企业发展工作的综合管理部门牵头办理").
_CLAUSE_REACH = 64


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause before ``pos``; a bracket closed inside it (县（市、区）人民政府) does not end it."""
    start, depth = pos, 0
    while start > 0:
        if pos - start >= _CLAUSE_REACH:
            return pos  # no clause boundary within reach: the subject's start is unknown, read none
        ch = text[start - 1]
        if ch in ")）":
            depth += 1
        elif ch in "(（" and depth:
            depth -= 1
        elif depth and ch in "、":
            pass
        elif _CLAUSE_BREAK.match(ch):
            break
        start -= 1
    return start


def _clause_end(text: str, pos: int) -> int:
    m = re.compile(r"[。；;，,\n]").search(text, pos)
    return m.start() if m else len(text)
