"""What a yes/no question claims, checked against the matched record: 是 / 不是, never a guess.

"是不是X牵头？" claims a lead, "X有没有参与" a part in the task, "是不是要超过三千万美元" a figure. The verdict
is read from the record the answer quotes; when the record cannot settle the claim there is no verdict and the
answer says what the document does say.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import replace

from assistant import wording
from assistant.answer import Finding
from assistant.naming import SHORT_REFERENCE
from assistant.vocabulary import UNIT_LIKE, Vocabulary, bigrams, unit_level
from corpus.script import fold as folded_text
from corpus.script import folded
from corpus.text import SENTENCE
from corpus.units import looks_like_unit

_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*个?\s*(万亿|亿|万|千|百)?\s*个?\s*(成|%|％)?")
_SCALE = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2, None: 1.0}


def to_arabic(text: str) -> str:
    """Chinese numerals and colloquial amounts as digits: 三千万 → 30000000, 四成 → 4成, 八十个亿 → 80个亿."""
    import cn2an

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return cn2an.transform(text, "cn2an")
        except (ValueError, KeyError, IndexError):
            return text


# Place names written with a numeral (四川, 三亚, 六安, 十堰) and words like 一般, 统一: never a figure.
_NUMERAL_PLACES = re.compile(
    "|".join(
        sorted(
            (
                p
                for p in (*wording.PROVINCES, *wording.CITIES, *wording.NUMERAL_WORDS)
                if re.search("[一二三四五六七八九十百千万两]", p)
            ),
            key=len,
            reverse=True,
        )
    )
    or "(?!)"
)


def amounts(text: str) -> set[float]:
    """Every figure in ``text`` as a plain value (3000万 → 3e7, 四成 / 40% → 40; years are left out)."""
    values: set[float] = set()
    arabic = to_arabic(_NUMERAL_PLACES.sub(" ", text))
    # "七成五" reads 7成5: seventy-five per cent.
    for match in re.finditer(r"(\d)成(\d)(?!\d)", arabic):
        values.add(float(match.group(1)) * 10 + float(match.group(2)))
    arabic = re.sub(r"(\d)成(\d)(?!\d)", " ", arabic)
    for match in _AMOUNT.finditer(arabic):
        number, scale, share = match.groups()
        if re.fullmatch(r"(19|20)\d{2}", number) and text[match.end() : match.end() + 1] in "年":
            continue
        value = float(number) * _SCALE[scale]
        if share == "成":
            value *= 10
        values.add(round(value, 6))
    return values


_LEVEL = re.compile(r"^[省市州县区]")
_BODY = re.compile(r"(主管部门|部门|委员会|局|厅|委|办)$")
# A figure as a claim states it: 一千个亿, 三成, 五百万, 3000万美元 (kept out of the topic of a yes/no question).
CLAIMED_FIGURE = re.compile(
    r"(\d+(\.\d+)?|[一二三四五六七八九十两][一二三四五六七八九十百千万亿两零]*)\s*个?\s*"
    r"(亿元|万元|亿美元|万美元|亿|万|元|美元|%|成|名|家|项|次(?!性)|场|个)"
)


def _cores(unit: str) -> set[str]:
    """市发改委 → {市发改委, 发改委, 发改, 发展改革 …}: the forms a document may write a unit in."""
    bare = _BODY.sub("", _LEVEL.sub("", unit))
    forms = {unit, _LEVEL.sub("", unit)}
    if len(bare) >= 2:
        forms.add(bare)
    for form in list(forms):
        forms.update(w for w in wording.SYNONYMS.get(form, ()) if len(w) >= 2)
        forms.update(_BODY.sub("", w) for w in wording.SYNONYMS.get(form, ()) if len(_BODY.sub("", w)) >= 2)
    return forms


def _named_elsewhere(
    claimed_units: Sequence[str], quote: str, vocab: Vocabulary, joins: bool = False
) -> bool | None:
    """Without units on record: False when the quote names other units but never the claimed one; for a claimed
    part in the work ("有没有参与"), True when the quote names it."""
    if any(form in quote for unit in claimed_units for form in _cores(unit)):
        return True if joins else None
    others = [n for n in vocab.unit_names if len(n) >= 3 and n in quote]
    return False if others else None


_BRACKET = re.compile(r"\s*[（(][^（）()]{2,80}[）)]")
_GUIDE = re.compile(r"\s*[（(]([\u4e00-\u9fff、，,]{2,80}?)指导[）)]")


def guiding_units(
    question_text: str, claimed_units: Sequence[str], finding: Finding, vocab: Vocabulary
) -> tuple[tuple[str, ...], int, int]:
    """The bodies a measure's "（A、B指导）" names, when the question claims guidance ("是不是X指导的").

    A bracket right after the measure's full stop is the measure's ("…试点。（A指导）", the State Council way);
    one opening a paragraph is the measure's that follows it. A bracket the quote opens with, after the previous
    sentence's full stop, belongs to that sentence and is skipped. Returns the units and the span of the document
    that holds the measure and its bracket (nothing when the question claims no guidance or no bracket settles it)."""
    none: tuple[tuple[str, ...], int, int] = ((), 0, 0)
    if (
        not claimed_units
        or "指导" not in question_text
        or wording.LEAD_VERBS.search(question_text.replace("指导", ""))
    ):
        return none
    doc = vocab.document(finding.doc_id)
    if doc is None or doc.text[finding.start : finding.end] != finding.quote:
        return none
    text, start, end = doc.text, finding.start, finding.end
    if text[start - 1 : start] in ("（", "("):  # a quote may begin inside the bracket that opens its measure
        start -= 1
    body = text[start:end]
    opening = _BRACKET.match(body)
    if opening:
        before = text[:start].rstrip()
        guide = _GUIDE.match(body)
        if guide and (not before or text[start - 1 : start] == "\n" or not before.endswith(("。", "；"))):
            return _units_of(guide.group(1)), start, end
        if before.endswith(("。", "；")):
            body = body[opening.end() :]
            start += opening.end()
    if _GUIDE.search(body):
        return none  # the quote spans several measures' brackets: which one is asked is not known
    trailing = _GUIDE.match(text, end)
    if trailing is None or not body.rstrip().endswith(("。", "；")):
        return none
    return _units_of(trailing.group(1)), start, trailing.end()


def _units_of(bracket: str) -> tuple[str, ...]:
    return tuple(u.strip() for u in re.split(r"[、，,]", bracket) if u.strip())


def _guidance_verdict(
    question_text: str, claimed_units: Sequence[str], finding: Finding, vocab: Vocabulary
) -> bool | None:
    """ "是不是X指导的" against a measure's "（A、B指导）": the bracket settles it, whoever the item's lead is."""
    guides = guiding_units(question_text, claimed_units, finding, vocab)[0]
    if not guides:
        return None
    return any(form in g for g in guides for unit in claimed_units for form in _cores(unit))


# A claim that a body is among the units an item lists ("也算责任单位吗", "是参与单位吗").
_LISTED_ROLE = re.compile(r"责任单位|责任部门|参与单位|成员单位|涉及(?:的)?(?:单位|部门)")


def verdict(
    question_text: str,
    claimed_units: Sequence[str],
    finding: Finding,
    answer_text: str,
    vocab: Vocabulary,
    provision: str = "",
) -> bool | None:
    """True / False when the matched record settles the claim, None when it cannot. ``provision`` is the whole
    item the finding lies in (an exception may follow the sentence that matched)."""
    if folded_text(finding.quote) != finding.quote:
        # A record printed in traditional characters is judged in the simplified ones the claim is typed in.
        finding = replace(
            finding,
            quote=folded_text(finding.quote),
            units=tuple(folded(u) for u in finding.units),
            lead_units=tuple(folded(u) for u in finding.lead_units),
        )
        provision = folded_text(provision)
        claimed_units = tuple(dict.fromkeys(folded(u) for u in claimed_units))
    dated = _deadline_verdict(claim_of(question_text), f"{finding.quote}\n{provision}")
    if dated is None:
        dated = _date_verdict(question_text, finding.quote)
    if dated is not None:
        return dated
    claimed_units = units_claimed(question_text, claimed_units)
    if wording.ROLE_CLAIMED.search(question_text):
        # "把市场监督管理部门定为优化营商环境主管部门，对吗": the role's own name (…主管部门) is what is claimed of the
        # body, not a second body claimed.
        claimed_units = tuple(u for u in claimed_units if not u.endswith("主管部门")) or claimed_units
    guided = _guidance_verdict(question_text, claimed_units, finding, vocab)
    if guided is not None:
        return guided
    alone = _sole_verdict(question_text, claimed_units, finding, vocab)
    if alone is not None:
        return alone
    member = _member_verdict(question_text, claimed_units, finding, vocab)
    if member is not None:
        return member
    listed = _LISTED_ROLE.search(claim_of(question_text))
    if claimed_units and finding.units and listed and not wording.LEAD_VERBS.search(claim_of(question_text)):
        # "西咸新区管委会也算责任单位吗": one of the units the item lists, whatever its place in the list.
        return all(
            any(same_body(claimed, written, finding.jurisdiction, vocab) for written in finding.units)
            for claimed in claimed_units
        )
    # A role word inside a claimed unit's name ("军队主管部门") claims no role.
    roles_text = question_text
    for unit in claimed_units:
        inside = wording.LEAD_VERBS.search(unit) or wording.COOPERATING_VERBS.search(unit)
        if inside and inside.start() > 0:  # "牵头部门" is the role asked; "军队主管部门" a body's name
            roles_text = roles_text.replace(unit, "　" * len(unit))
    if claimed_units and not (
        wording.LEAD_VERBS.search(roles_text) or wording.COOPERATING_VERBS.search(roles_text)
    ):
        # "是不是要海关批准": the quote says the claimed unit does the claimed act ("经海关批准"); otherwise a unit is
        # named but no part in the work is claimed ("发改委是不是同意了"), and there is no verdict.
        if _acts_as_claimed(question_text, claimed_units, finding.quote):
            return True
        held = _holder_verdict(question_text, finding.quote)
        if held is None:
            held = _actor_verdict(question_text, claimed_units, finding, vocab, provision)
        if held is None:
            held = _record_verdict(claimed_units, finding, vocab)
        return held
    split = _split_roles_verdict(question_text, claimed_units, finding, vocab)
    if split is not None:
        return split
    if claimed_units:
        joins = wording.COOPERATING_VERBS.search(roles_text) and not wording.LEAD_VERBS.search(
            re.sub(r"负责", "", roles_text)
        )
        pool = finding.units if joins else finding.lead_units
        if not pool:
            return _named_elsewhere(claimed_units, finding.quote, vocab, bool(joins))
        return any(
            same_body(claimed, written, finding.jurisdiction, vocab)
            for claimed in claimed_units
            for written in pool
        )
    # Only a figure after the yes/no cue is claimed ("是不是要超过三千万美元"); one before it is part of the
    # subject ("加价2分钱的请求，是不是同意了").
    claim = claim_of(question_text)
    # "再定一个负面清单": 一个 before a noun is an article, not a figure claimed.
    claimed_figures = amounts(_ONE_OF.sub(" ", wording.YEAR.sub(" ", claim)))
    cells = " ".join(t.cell_figure for t in finding.targets)
    if claimed_figures and cells:
        # "经济区签约项目总投资是220亿元吗" against the table's cell "220" under "签约项目总投资(亿元)": the cell
        # with its column's unit decides.
        in_cell = amounts(cells)
        return True if claimed_figures <= in_cell else (False if not claimed_figures & in_cell else None)
    if claimed_figures:
        stated = amounts(wording.YEAR.sub(" ", answer_text))
        if not stated:
            return None
        deciding = _figure_sentence(question_text, answer_text)
        if deciding is not None:
            # "补贴期限是3年吗" against "住房租赁补贴期限为5年": the sentence stating what the claim is about
            # decides, not a 3 stated elsewhere in the article.
            # "2022年20亿以上项目开工率达到60%以上": within that sentence, the clause about the same measure
            # ("2022 年 20 亿元以上项目开工率达 50%以上"), not its neighbour's rate.
            if _RATE.search(claim):
                deciding = _figure_clause(question_text, deciding) or deciding
            said = amounts(wording.YEAR.sub(" ", deciding))
            if claimed_figures <= said:
                return True
            if not claimed_figures & said:
                return False
            # The sizes that pick the projects agree and the rate claimed is another: the rate decides.
            rates = _RATE.findall(claim)
            written = _RATE.findall(deciding)
            if rates and written and not {float(r) for r in rates} & {float(w) for w in written}:
                return False
        if claimed_figures <= stated:
            return True
        # The matched record itself may state what the answer's sentence does not (a lead answer shows no
        # figures but the item's label): it settles the claim before any other figure can contradict it.
        if claimed_figures <= amounts(wording.YEAR.sub(" ", finding.quote)):
            return True
        if not claimed_figures & stated:
            return False  # the answer states the figure, and it is another one
        return None  # part of the claim is stated, the rest nowhere
    held = _holder_verdict(question_text, finding.quote)
    if held is not None:
        return held
    deputy = _deputy_verdict(claim, finding.quote)
    if deputy is not None:
        return deputy
    negated = _negated(claim, finding.quote)
    if negated is not None:
        return negated
    if _listed(question_text, finding.quote):
        return True
    return _rule_verdict(question_text, claim, finding.quote, vocab, provision or finding.quote)


# A month a deadline falls in: "2018年7月底前" (7), "2018年年底前" / "2018年底" (12).
_DEADLINE = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月(?:底|末)?|年?(?:底|末))\s*(?:前|以前|之前)?"
)


def _deadline_verdict(claim: str, quote: str) -> bool | None:
    """ "是不是要求2018年年底前修订完" against "2018年7月底前修订完善…": the claimed deadline's month against the one the
    quote states for the same year; None when the claim names no such deadline or the quote none for its year."""
    claimed = {(m.group(1), int(m.group(2) or 12)) for m in _DEADLINE.finditer(claim)}
    if len(claimed) != 1:
        return None
    year, month = next(iter(claimed))
    stated = {int(m.group(2) or 12) for m in _DEADLINE.finditer(quote) if m.group(1) == year}
    if not stated:
        return None
    if month not in stated:
        return False
    # The deadline holds; whether the rest of the claim does (a figure beside it) is for the other readings.
    rest = _DEADLINE.sub(" ", claim)
    return None if amounts(wording.YEAR.sub(" ", rest)) else True


def _figure_sentence(claim: str, text: str) -> str | None:
    """The one sentence of ``text`` stating a figure that shares clearly the most words with the claim (its
    figures left out): what the claimed figure is compared with."""
    words = set(bigrams(CLAIMED_FIGURE.sub(" ", claim)))
    scored = sorted(
        (
            (len(words & set(bigrams(sentence))), sentence)
            for sentence in re.split(r"[。；;！？?\n]", text)
            if amounts(wording.YEAR.sub(" ", sentence))
        ),
        reverse=True,
    )
    if (
        not scored
        or scored[0][0] < 3
        or (len(scored) > 1 and scored[1][0] >= scored[0][0] and scored[1][1] != scored[0][1])
    ):
        return None
    return scored[0][1]


_RATE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")


def _figure_clause(claim: str, sentence: str) -> str | None:
    """The clause of ``sentence`` (between commas) stating a rate that shares clearly the most words with the
    claim; None when no clause stands out."""
    words = set(bigrams(CLAIMED_FIGURE.sub(" ", claim)))
    scored = sorted(
        (
            (len(words & set(bigrams(clause))), clause)
            for clause in re.split(r"[，,、]", sentence)
            if _RATE.search(clause)
        ),
        reverse=True,
    )
    if len(scored) < 2 or scored[0][0] < 3 or scored[1][0] >= scored[0][0]:
        return None
    return scored[0][1]


# A post claimed ("是区长本人担任吗") and the post the quote writes ("由分管副区长担任"): 副区长 is another post.
_POST = re.compile(r"(?<!副)(区长|县长|市长|州长|省长|局长|厅长|主任|书记|组长|部长)")


def _deputy_verdict(claim: str, quote: str) -> bool | None:
    """False when the post the claim names is written in the quote only as its deputy's (副区长 for 区长)."""
    for m in _POST.finditer(claim):
        post = m.group(1)
        if post in quote and all(
            quote[at.start() - 1 : at.start()] == "副" for at in re.finditer(post, quote)
        ):
            return False
    return None


# A sentence that forbids what it names ("不得另行制定", "不以营利为目的", "严禁…"): a claim that it may be done
# is answered 不是.
_PROHIBITION = re.compile(
    r"不得|禁止|严禁|不准|不允许|不以|不能|不予|不应|不宜|无权|不可以|不再|不纳入|不列入|不属于|不适用|无需|不必|免于"
)
# A claim about every case ("是不是全国都要…", "都得…") is not settled by one sentence stating one case.
_ALL_CASES = re.compile(r"都|全部|所有|一律|全国|统统|一概|全都")
# How much of the claim the deciding sentence must state (IDF-weighted bigram coverage).
RULE_MATCH = 0.4
ACTOR_MATCH = 0.35


def _scored_sentences(question_text: str, quote: str, vocab: Vocabulary, leave_out: Sequence[str] = ()):
    """(coverage of the claim, sentence) for each sentence of the quote."""
    from assistant.evidence import coverage

    topic = _without_document_name(question_text)
    for word in leave_out:
        topic = topic.replace(word, " ")
    topic = wording.YES_NO.sub(" ", topic)
    return [
        (coverage(topic, m.group(0), vocab), m.group(0).strip())
        for m in SENTENCE.finditer(quote)
        if m.group(0).strip()
    ]


def _without_document_name(question_text: str) -> str:
    """The question without the words opening it by naming its document ("重庆专利条例…"): they are not what is
    claimed of it."""
    opening = next((m for m in SHORT_REFERENCE.finditer(question_text) if m.start() <= 6), None)
    return question_text.replace(opening.group(0), " ") if opening else question_text


def _deciding_sentence(question_text: str, quote: str, vocab: Vocabulary, leave_out: Sequence[str] = ()):
    """(coverage, sentence) of the quote's sentence that states most of what the question claims."""
    return max(_scored_sentences(question_text, quote, vocab, leave_out), default=(0.0, ""))


_NEAR = 0.05


def _acting_body(sentence: str) -> str | None:
    opened = wording.ACTOR.match(sentence)
    if opened is not None:
        return opened.group("actor")
    by = wording.BY_ACTOR.search(sentence)
    return by.group("actor") if by else None


def _rule_verdict(
    question_text: str, claim: str, quote: str, vocab: Vocabulary, provision: str = ""
) -> bool | None:
    """ "能不能另定一个负面清单" against "不得另行制定…负面清单": the sentence stating the claimed act forbids it
    (False) or states it as a duty or a permission (True); None when no sentence states enough of it, or the
    claim is about every case."""
    if _ALL_CASES.search(claim):
        return None
    score, sentence = _deciding_sentence(question_text, quote, vocab)
    if score < RULE_MATCH:
        return None
    # Another body named where the claim names its own (False), or a claimed body left open (None).
    bodies = _other_body(claim, sentence)
    if bodies is not True:
        return bodies
    if carved_out(question_text, sentence, provision or quote):
        return False
    return not _PROHIBITION.search(sentence)


def carved_out(question_text: str, rule: str, provision: str) -> str:
    """ "只受了警告处罚的，是不是也要公示" against "…应当…向社会公示。仅受到警告行政处罚的不予公示。": the sentence of the same
    provision that carves out the case the claim names (a word of the claim the general rule lacks) and denies it;
    '' when none does."""
    from retrieval.tokenize import words

    asked = _without_document_name(question_text)
    claimed = {w for w in words(asked) if len(w) >= 2 and w not in rule and w not in wording.STOP_TOKENS}
    for m in SENTENCE.finditer(provision):
        other = m.group(0).strip()
        if other and other not in rule and _PROHIBITION.search(other) and any(w in other for w in claimed):
            return other
    return ""


# A body a claim names: a unit, a government written without 人民 ("萧山区政府"), or a district or county acting
# by its name ("是黄埔区吗").
_CLAIMED_BODY = re.compile(
    UNIT_LIKE.pattern + r"|[\u4e00-\u9fff]{1,8}?政府|(?<=是)[\u4e00-\u9fff]{2,3}[区县](?=吗|吧|么|嘛|[？?]|$)"
)
# The district or county a provision opens with as the one acting ("第二十四条 南沙区应当…").
_PLACE_ACTING = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+条\s*)?([\u4e00-\u9fff]{2,3}[区县])(?:应当|要|负责|可以|将)"
)


def _plain(text: str) -> str:
    """A name as compared: without bracketed notes or 人民 ("各省（区、市）人民政府" ~ "各省政府")."""
    return re.sub(r"[（(][^（）()]*[）)]|人民", "", text)


def _other_body(claim: str, sentence: str) -> bool | None:
    """ "是萧山区政府的派出机构吗" against "…是市人民政府的派出机构": the claim names a body the sentence does not,
    where the sentence names another in the same place (before the same words): False. A claimed body the
    sentence does not name, or names without what is claimed of it, settles nothing (None). True when every
    claimed body is there as claimed (or none is claimed)."""
    for m in _CLAIMED_BODY.finditer(claim):
        # The asking words and the verb before the body are no part of its name ("要不要经过综试办").
        body = re.sub(
            r"^(?:要不要|需不需要|是不是|是否|需要|要|得|都)?(?:经过|是|由|归|给|向|经|在)?", "", m.group(0)
        )
        after = re.split(r"[？?。！!，,]", claim[m.end() : m.end() + 3])[0]
        if len(body) < 3:
            continue
        if _plain(body) in _plain(sentence):
            if len(after) >= 2 and after[:2] not in ("吗", "吧") and after not in sentence:
                return None  # the body is there, but not in what is claimed of it ("…的派出机构")
            continue
        # "支持港澳青年创业的是黄埔区吗" against "南沙区应当采取下列措施支持…": the sentence's own district is
        # another one.
        if re.fullmatch(r"[\u4e00-\u9fff]{2,3}[区县]", body):
            opening = _PLACE_ACTING.match(sentence.strip())
            if opening and opening.group(1) != body and opening.group(1)[-1] == body[-1]:
                return False
        # What the claim says of its body follows another body in the sentence ("向山西省政府写书面检查" against
        # "向晋中市人民政府写出书面检查"): read on the words right after the body, down to the first one.
        for size in (3, 2, 1):
            tail = after[:size]
            if (
                len(tail) == size
                and tail[-1] not in "的是了吗吧嘛呢"
                and re.search(f"(?:{_CLAIMED_BODY.pattern}){re.escape(tail)}", sentence)
            ):
                return False
        return None
    return True


_CLAIMED_DATE = re.compile(r"((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?:\s*(\d{1,2})\s*日)?")
_DATED_EVENT = re.compile(r"通过|施行|实施|印发|发布|成文|公布|修订|修正|批准|生效")


def _date_verdict(question_text: str, quote: str) -> bool | None:
    """ "是2011年11月人大常委会才通过的吧" against "2007年7月27日 …会议通过": the event the claim dates is dated
    otherwise (False) or as claimed (True); None when the claim dates nothing or the quote does not date it."""
    claim = claim_of(question_text)
    claimed = _CLAIMED_DATE.search(claim)
    event = _DATED_EVENT.search(claim, claimed.end()) if claimed else None
    if claimed is None or event is None or event.start() - claimed.end() > 16:
        return None
    # The quote's dates of that event: "2007年7月27日 …第三十二次会议通过".
    stated = [
        m
        for m in _CLAIMED_DATE.finditer(quote)
        if m.group(2) and event.group() in quote[m.end() : m.end() + 40]
    ]
    if not stated:
        return None
    wanted = [g for g in claimed.groups() if g]
    for m in stated:
        have = [g for g in m.groups() if g]
        if [int(x) for x in have[: len(wanted)]] == [int(x) for x in wanted]:
            return True
    return False


def _split_roles_verdict(
    question_text: str, claimed_units: Sequence[str], finding: Finding, vocab: Vocabulary
) -> bool | None:
    """ "是经信部门牵头、统计部门配合吗", "是由区财政局会同制定的吗": a claim tying units to roles holds only when each
    holds its role (one said to lead or to convene leads; one said to cooperate is on the item and does not lead).
    None when the claim ties no unit to a role, or ties one unit to leading only (read as before)."""
    if not finding.lead_units or not claimed_units:
        return None
    roles: list[tuple[str, bool]] = []  # (the unit as typed, claimed to lead)
    tied = list(_ROLE_TIED.finditer(question_text))
    for m in tied:
        typed = m.group("unit")
        if not any(typed in u or same_body(typed, u, finding.jurisdiction, vocab) for u in claimed_units):
            resolved = vocab.abbreviated_unit(typed)
            if not resolved or resolved not in claimed_units:
                continue
        roles.append((typed, m.group("verb") not in _COOPERATING_ONLY))
    convenes = any(m.group("verb") == "会同" for m in tied)

    def held(unit: str, pool: Sequence[str]) -> bool:
        names = [unit, *filter(None, [vocab.abbreviated_unit(unit)])]
        return any(same_body(n, written, finding.jurisdiction, vocab) for n in names for written in pool)

    if any(not lead and held(unit, finding.lead_units) for unit, lead in roles) and len(tied) >= 2:
        # "是有关主管部门牵头、行政审批部门配合制定的吗" against "由行政审批部门会同有关主管部门制定": the body claimed
        # to cooperate is the one that leads, whoever the claim makes lead.
        return False
    if not roles or (len({lead for _, lead in roles}) < 2 and not convenes):
        return None

    others = [u for u in finding.units if u not in finding.lead_units]
    return all(
        held(unit, finding.lead_units) if lead else held(unit, others) and not held(unit, finding.lead_units)
        for unit, lead in roles
    )


# A unit tied to the role right after it: "经信部门牵头", "统计部门配合", "区财政局会同".
_ROLE_TIED = re.compile(
    r"(?:^|(?<=[是由、，,和与跟及让]))(?P<unit>[^\s是的由和与跟及让、，,？?。]{2,20}?)"
    r"(?P<verb>牵头|主抓|负总责|会同|配合|参与|协同|协助)"
)
_COOPERATING_ONLY = ("配合", "参与", "协同", "协助")


def units_claimed(question_text: str, units: Sequence[str]) -> tuple[str, ...]:
    """The units the claim is about: those named after the yes/no cue ("是不是X牵头", "是X指导的吧"); a unit before
    it only sets the scene ("交给教育部门以后，能不能办成营利性的") unless the claim is a role ("X是牵头单位吗")."""
    cue = wording.YES_NO.search(question_text)
    if cue is None:
        return tuple(units)
    after = [u for u in units if question_text.find(u, cue.start()) >= 0]
    if after or (units and not any(u in question_text for u in units)):
        # (Names resolved from how they were typed, "科技部门" → 科学技术部门, cannot be placed: they are claimed.)
        # The resolved names of those typed after the cue (人社部 → 人力资源社会保障部) are not in the text at all.
        return tuple(u for u in units if u in after or u not in question_text)
    claim = claim_of(question_text)
    roles = (
        wording.LEAD_VERBS.search(claim)
        or wording.COOPERATING_VERBS.search(claim)
        or "单位" in claim
        or any(re.search(rf"由{re.escape(u)}", claim) for u in units)  # "…由X承担": X is claimed to do it
    )
    return tuple(units) if roles else ()


def claim_of(question_text: str) -> str:
    """What a yes/no question claims: the words from its cue on ("是不是X牵头"), or all of it when the cue is a tag
    closing the sentence ("…由X承担，对不对")."""
    cue = wording.YES_NO.search(question_text)
    if cue is None:
        return question_text
    claim = question_text[cue.start() :]
    return question_text if wording.CLOSING_TAG.fullmatch(claim) else claim


def same_body(claimed: str, written: str, jurisdiction: str, vocab: Vocabulary) -> bool:
    """The unit a claim names and a unit the document writes are one body (发改委 / 市发展改革部门, 人社部 /
    人力资源社会保障部), by the alias directory or by a form of either inside the other. Two levels of government
    written out (市科创局 / 各区科创管理部门) are two bodies."""
    claimed, written = folded(claimed), folded(written)
    levels = {unit_level(name) for name in (claimed, written)} - {""}
    if len(levels) > 1:
        return False
    return (
        vocab.unit_matches(claimed, written, jurisdiction)
        or written in claimed
        or any(form in written for form in _cores(claimed))
    )


def _names_any(units: Sequence[str], quote: str) -> bool:
    """The quote writes one of the units, in full or by a form of three or more characters (科技 of 科技部 is
    any 科技成果's word, not the ministry's name)."""
    return any(form in quote for unit in units for form in _cores(unit) if len(form) >= 3 or form == unit)


def _record_verdict(claimed_units: Sequence[str], finding: Finding, vocab: Vocabulary) -> bool | None:
    """ "是证监会指导的吧" against a row whose 指导部门 cell reads 中国证监会: the matched record's own units settle
    a claim that names no role verb (True when it lists the claimed unit, False when it lists only others)."""
    # Only a record that binds its units to the whole of it (a table row, a one-unit record): an article whose
    # clauses bind different bodies is settled clause by clause (_actor_verdict).
    if not finding.units or not claimed_units or (len(finding.units) > 1 and "|" not in finding.quote):
        return None
    if any(same_body(c, w, finding.jurisdiction, vocab) for c in claimed_units for w in finding.units):
        return True
    return None if _names_any(claimed_units, finding.quote) else False


def _actor_verdict(
    question_text: str, claimed_units: Sequence[str], finding: Finding, vocab: Vocabulary, provision: str = ""
) -> bool | None:
    """ "是发改委来组织开展的吗" against "市发展改革部门应当…开展营商环境评价": the body the deciding sentence makes
    act is the claimed one (True) or another one, the claimed one named nowhere in the quote (False)."""
    by, _ = acted_by(question_text, claimed_units, provision or finding.quote)
    if by:
        # "外资研发中心由市商务部门认定": the quote says who does the very act claimed.
        return any(same_body(c, by, finding.jurisdiction, vocab) for c in claimed_units)
    scored = _scored_sentences(question_text, finding.quote, vocab, claimed_units)
    best = max((score for score, _ in scored), default=0.0)
    if best < ACTOR_MATCH:
        return None
    # Of the sentences stating the claim about as well as the best, the one naming who acts decides.
    acting = [
        (score, actor, sentence)
        for score, sentence in scored
        if score >= best - _NEAR and (actor := _acting_body(sentence)) is not None
    ]
    if not acting:
        return None
    _, actor, sentence = max(acting)
    if any(same_body(c, actor, finding.jurisdiction, vocab) for c in claimed_units):
        return True
    if not _names_any(claimed_units, finding.quote):
        return False
    # "市、县（市）自然资源和规划部门应当组织公安机关交通管理、交通运输…等部门对…进行评价": the claimed body is named
    # only after the one acting, as a body it organises or convenes; the act claimed is the actor's.
    after = sentence[sentence.find(actor) + len(actor) :] if actor in sentence else ""
    convened = re.match(r"^\s*(?:应当|要|须|必须)?(?:组织|会同|协调|督促|指导)", after)
    named_after = _names_any(claimed_units, after) and not _names_any(
        claimed_units, finding.quote.replace(sentence, "")
    )
    return False if convened and named_after else None


def acted_by(question_text: str, claimed_units: Sequence[str], quote: str) -> tuple[str, str]:
    """(body, sentence): the body the quote says does the act the claim names ("是不是科技部门认定" against
    "外资研发中心由市商务部门认定"), and that sentence; ('', '') when the quote does not name who does it that way."""
    from retrieval.tokenize import words

    ends = [question_text.find(u) + len(u) for u in claimed_units if u in question_text]
    cue = wording.YES_NO.search(question_text)
    if not ends and cue is None:
        return "", ""
    # The words after the claimed body (or, when it was typed another way, after the yes/no cue).
    tail = question_text[max(ends) :] if ends else question_text[cue.end() :]
    acts = [w for w in words(tail) if len(w) >= 2 and w not in wording.STOP_TOKENS and not looks_like_unit(w)]
    for act in acts:
        m = re.search(rf"由([\u4e00-\u9fff、（）()]{{2,30}}?)(?:负责)?{re.escape(act)}", quote)
        if m and looks_like_unit(m.group(1)):
            sentence = next(s for s in SENTENCE.finditer(quote) if s.start() <= m.start() < s.end())
            return m.group(1), sentence.group().strip()
    claimed = wording.CLAIMED_ACT.search(question_text)
    forms = wording.ACT_FORMS.get(claimed.group(1), "") if claimed else ""
    asked = set(bigrams(question_text))
    best: tuple[int, str, str] | None = None
    for sentence in SENTENCE.finditer(quote) if forms else ():
        # "分区规划是郑州市政府编的吧" against "管委会应当…编制实验区分区规划…，经郑州市人民政府批准后实施": the body
        # the sentence opens with does the act claimed (编 → 编制) when nothing else is said to do it; of several
        # such sentences, the one saying most of what is asked ("知识产权综合服务平台").
        text = re.sub(r"^\s*第[一二三四五六七八九十百零〇\d]+条\s*", "", sentence.group())
        done = re.search(forms, text)
        if not done:
            continue
        before = text[: done.start()]
        opened = _BODY_BEFORE_ACT.search(before)
        actor = _acting_body(text) or (opened.group(1) if opened else None)
        shared = len(asked & set(bigrams(text)))
        if best is None or shared > best[0]:
            # (the sentence saying most of it decides, even where its body is a class no name reads: "各有关部门要…
            # 建立本部门随机抽查事项清单")
            named = actor if actor and actor in before and looks_like_unit(actor) else ""
            best = (shared, named, sentence.group().strip())
    return (best[1], best[2]) if best and best[1] else ("", "")


# "市知识产权部门建设知识产权综合服务平台": a body's name right before the act it does.
_BODY_BEFORE_ACT = re.compile(
    r"^\s*([\u4e00-\u9fff（）()、]{2,30}?(?:部门|局|委|厅|办|人民政府|政府|管委会|机构|中心))$"
)


# "是不是只有科技局一家牵头", "是区发展改革局一家负责吗": the claim is that no other body is on the item.
_ONLY = re.compile(r"只有|只是|仅仅?|一家|独家|单独|单单|光是|一个部门|一个单位|自己一家")


def _sole_verdict(
    question_text: str, claimed_units: Sequence[str], finding: Finding, vocab: Vocabulary
) -> bool | None:
    """An exclusive claim against the matched record: False when it lists other units beside the claimed one,
    True when the claimed one is all it lists; None when there is no exclusive claim or the unit is not listed."""
    claim = claim_of(question_text)
    if not claimed_units or not (_ONLY.search(claim) or _ONLY.search(question_text)):
        return None
    _, sentence = _deciding_sentence(question_text, finding.quote, vocab)
    for form in (f for c in claimed_units for f in _cores(c) if len(f) >= 2):
        # "县纪委、绩效办、招商局负责受理投资企业投诉": the sentence stating the work lists others beside it.
        if re.search(
            rf"[\u4e00-\u9fff]{{2,12}}、{re.escape(form)}|{re.escape(form)}、[\u4e00-\u9fff]{{2,}}",
            sentence,
        ):
            return False
    named = [
        u for u in finding.units if any(same_body(c, u, finding.jurisdiction, vocab) for c in claimed_units)
    ]
    if not named:
        return None
    return len(named) == len(finding.units)


# "市科技局是责任单位之一，对吗", "发改委也在责任单位里吧": the claim is that the unit is on the item's list.
_MEMBER = re.compile(
    r"(责任单位|配合单位|参与单位|成员单位|责任部门)(之一|里|中|当中|名单)|之一|也在(名单|里面|其中)|算一家"
)


def _member_verdict(
    question_text: str, claimed_units: Sequence[str], finding: Finding, vocab: Vocabulary
) -> bool | None:
    """A claim that the unit is one of the item's units, settled by the item's list (None without such a claim
    or a list)."""
    if not claimed_units or not finding.units:
        return None
    if not (_MEMBER.search(question_text) or wording.MEMBER_CLAIM.search(question_text)):
        return None
    return any(same_body(c, u, finding.jurisdiction, vocab) for c in claimed_units for u in finding.units)


_ONE_OF = re.compile(r"(?<![\d一二三四五六七八九十百千万两零])一(?=个|家|项|条|次|份|种|张|套)")
_NEGATION = re.compile(r"(不宜|不得|不予|不再|不能|不可|无需|无须|不|未|非)$")
_CLAIM_FILLER = re.compile(
    r"^(是不是|是否|能不能|可不可以|可以|要不要|会不会|有没有|也|都|还|能|要|得|会|就|需要)+"
)


# "对象包括含山县吗", "三县里有没有和县": a member claimed of a list.
_MEMBER_CLAIMED = re.compile(
    r"(?:包括|包含|含有|里有没有|里有|中有|有没有)([\u4e00-\u9fff]{2,16}?)(?:吗|么|没有|呢|[？?]|$)"
)


def _listed(question_text: str, quote: str) -> bool:
    """True when the member a question claims stands in the quote's list ("(一)三县:含山县、和县、当涂县")."""
    m = _MEMBER_CLAIMED.search(question_text)
    if m is None:
        return False
    member = re.escape(m.group(1))
    return bool(re.search(rf"(?:^|[、：:，,(（\s]){member}(?=[、，,。；;)）\s]|$|等)", quote))


def _negated(claim: str, quote: str) -> bool | None:
    """False when the quote states the claimed act only negated ("不宜安排国债资金支持" for "也能安排国债资金支持")."""
    body = _CLAIM_FILLER.sub("", re.sub(r"[？?。！!吗呢吧\s]", "", claim))
    for size in range(len(body), 3, -1):
        for start in range(len(body) - size + 1):
            piece = body[start : start + size]
            places = [m.start() for m in re.finditer(re.escape(piece), quote)]
            if not places:
                continue
            negated = [p for p in places if _NEGATION.search(quote[max(0, p - 2) : p])]
            return False if negated and len(negated) == len(places) else None
    return None


def _acts_as_claimed(question_text: str, claimed_units: Sequence[str], quote: str) -> bool:
    """The quote joins a form of the claimed unit to the act the question joins it to ("海关批准")."""
    for unit in claimed_units:
        at = question_text.find(unit)
        act = re.match(r"[\u4e00-\u9fff]{2}", question_text[at + len(unit) :]) if at >= 0 else None
        if act and any(f"{form}{act.group(0)}" in quote for form in _cores(unit)):
            return True
    return False


# A body a claim names, and what it claims the body is or has ("金华市政府的派出机构", "省商务厅的职责").
_CLAIMED_HOLDER = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{1,14}?(?:人民政府|政府|主管部门|部门|委员会|管委会|局|厅|委|办公室|办))的"
    r"(?P<role>[\u4e00-\u9fff]{2,8}?)(?:吗|吧|嘛|呢|[？?。]|$)"
)
_QUOTED_HOLDER = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,14}(?:人民政府|政府|主管部门|部门|委员会|管委会|局|厅|委|办公室|办))的?$"
)


def _holder_verdict(question_text: str, quote: str) -> bool | None:
    """ "是不是金华市政府的派出机构" against "作为省人民政府的派出机构": the quote gives the claimed role to another
    body (False) or to the one claimed (True); None when the quote does not state the role with a body."""
    cue = wording.YES_NO.search(question_text)
    if cue is None:
        return None
    claimed = _CLAIMED_HOLDER.search(question_text[cue.end() :])
    if claimed is None:
        return None
    role = claimed.group("role")
    at = quote.find(role)
    if at < 0:
        return None
    before = re.split(r"[，,。；;：:、（）()\s]", quote[max(0, at - 20) : at])[-1]
    written = _QUOTED_HOLDER.search(before)
    if written is None:
        return None

    def plain(body: str) -> str:
        return re.sub(r"^(作为|是|为|由|属于)", "", body.replace("人民政府", "政府"))

    ours, theirs = plain(claimed.group("body")), plain(written.group("body"))
    return ours == theirs or ours.endswith(theirs) or theirs.endswith(ours)


_UNIVERSAL = re.compile(r"都|一律|全部|全都|所有|统统|一概")
_CLAIM_VERBS = re.compile(r"都|一律|全部|全都|所有|统统|一概|得|要|必须|需要|需|走|去|来|进行|办理|实行|搞")
# A rule that holds under a condition ("属于…的，") and another rule for the rest ("其他…", "…除外").
_CONDITION = re.compile(r"的[，,]")
_OTHERWISE = re.compile(r"其他|其余|以外|除外|另行")


def limits_universal_claim(question_text: str, sentence: str) -> bool:
    """ "是不是都得走核准" against "属于…目录的，依法实行核准管理；其他项目实行备案管理": the sentence grants the
    claimed act only under a condition and gives the rest another rule."""
    cue = wording.YES_NO.search(question_text)
    if cue is None:
        return False
    claim = re.sub(r"[？?。！!吗呢吧\s]", "", question_text[cue.end() :])
    if not _UNIVERSAL.search(claim):
        return False
    act = _CLAIM_VERBS.sub("", _CLAIM_FILLER.sub("", claim))
    condition = _CONDITION.search(sentence)
    if len(act) < 2 or condition is None:
        return False
    rule = sentence[condition.end() :]
    return act in rule and bool(_OTHERWISE.search(rule[rule.find(act) :]))
