"""Time questions: a document's own dates, a task's 完成时限, else the sentence stating a date, span or rhythm."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant import compose, passages, wording
from assistant.answer import Intent
from assistant.answer_tasks import Ranked, answer_tasks, best_per_document, rank_tasks, task_confidence
from assistant.compose import Draft
from assistant.evidence import coverage, local_topic, term_present, topic_terms
from assistant.naming import strip_words
from assistant.understand import Question, inside_a_title
from assistant.vocabulary import document_subject
from corpus.model import PolicyDocument
from corpus.numerals import date_in_words
from corpus.script import fold

if TYPE_CHECKING:
    from assistant.answering import Assistant

# A task with a 完成时限 answers a time question when it matches at least this well (else: passages).
_TASK_TIME_MATCH = 0.6
# Where the asked attribute itself filters the candidates (a sentence stating a date or a span), the best
# candidate is taken on its rank when it covers at least this much of the topic.
RANKED_FLOOR = 0.35
# "X条例哪天施行": the words besides the asked event must name a document's title this well.
_TITLE_MATCH = 0.7


def answer_time(assistant: Assistant, q: Question, docs: Sequence[PolicyDocument]) -> Draft | None:
    """A document's own dates, a task's 完成时限 (with who leads it), else the sentence stating the date,
    span or rhythm."""
    dated = document_dates(assistant, q, docs)
    valid = validity(q, docs, assistant.workspace.vocabulary)
    if dated is not None and valid is not None and not valid.declines:
        # "哪天印发的，有效期多长": both asked, both answered.
        return replace(dated, text=f"{dated.text}\n{valid.text}", findings=dated.findings + valid.findings)
    if dated is not None:
        return dated
    if valid is not None:
        return valid
    if q.topic:
        ranked = [r for r in rank_tasks(assistant, q, docs) if r.task.deadline]
        chosen = best_per_document(assistant, q, ranked)[:1]
        if chosen and chosen[0].score >= _TASK_TIME_MATCH:
            return task_deadline(assistant, q, docs, chosen)
    vocab = assistant.workspace.vocabulary
    # The stated date, span or rhythm is itself strong evidence: ranked, no all-words gate. A question asking a
    # closing date or a number of days wants a passage stating that, not any date ("征求意见到哪天截止").
    asked = next(
        (a.value for a in wording.ATTRIBUTES if a.name in _TIME_ATTRIBUTES and a.asked.search(q.text)), None
    )
    findings = []
    # "专班多久开一次会": only a sentence stating a rhythm answers; a dated line nearby does not.
    musts = (
        (wording.RHYTHM,)
        if asked is None and wording.ASKS_RHYTHM.search(q.text)
        else (asked, wording.TIME_VALUE)
    )
    for must in musts:
        if must is not None and not findings:
            findings = passages.best_passages(
                assistant.workspace.index, q, docs, vocab, threshold=RANKED_FLOOR, must=must, ranked=True
            )
    if not findings:
        return None
    top = findings[0]
    return Draft(passages.passage_sentence(vocab.document(top.doc_id), top), tuple(findings))


# Asked attributes (assistant/lexicon.toml [[attributes]]) that are spans or deadlines.
_TIME_ATTRIBUTES = ("完成时限", "天数或期限")
_ASKS_VALIDITY = re.compile(
    r"有效期|管几年|几年有效|多久有效|到哪年|什么时候到期|啥时候到期|何时到期|时效|试行(?:多久|多长|几年|期)|管多久|执行多久|"
    r"(?:政策|实施|执行|适用)期限|还有效|是否有效|有没有效|失效|废止|还管用|现行有效"
)
# "有效期3年", "暂定三年", "自正式发布之日起试行一年": the sentence stating how long a document holds.
_VALIDITY = re.compile(
    r"[^。\n]*(?:有效期|(?:暂定|试行|执行)(?:期)?[一二三四五六七八九十两半\d]+(?:年|个月)|"
    r"(?:政策|实施|执行|适用)期限(?:为|是|自|至))[^。\n]*。?"
    # a page's status line or record field: "(已失效)", "有效性：失效", "时效性：现行有效"
    r"|^[（(]\s*(?:已失效|已废止|失效|废止|现行有效|有效)\s*[)）]$|^(?:有效性|时效性|效力状态)[：:][^\n]{1,10}$",
    re.M,
)


_NUMERAL = r"[\d０-９一二三四五六七八九十两半]"
_STATES_TERM = re.compile(
    rf"有效期(?:为|是)?(?:至|到)?\s*{_NUMERAL}|(?:暂定|试行|执行)(?:期)?{_NUMERAL}|期限(?:为|是|自)\s*{_NUMERAL}"
)
# Words calling the document itself, never a thing it grants.
_DOCUMENT_WORDS = frozenset({"政策", "文件", "举措", "本文", "这个", "这份"})


def validity(q: Question, docs: Sequence[PolicyDocument], vocab) -> Draft | None:
    """ "有效期多久": the sentence of a named document that states how long it is valid (its last such, the
    closing article), not a rhythm or a deadline elsewhere. "生态社区认定以后有效期几年" asks how long something the
    document grants holds, not the document: its own term does not answer."""
    if (
        not _ASKS_VALIDITY.search(q.part_text or q.text)
        or not (q.named_docs or q.place_docs or q.doc_ids)
        or len(docs) > 3
    ):
        return None
    lines, findings = [], []
    skipped = 0
    for doc in docs:
        found = list(_VALIDITY.finditer(doc.text))
        if not found:
            continue
        # The sentence stating the term ("有效期5年", "有效期至…"), not one speaking of it ("有效期届满，…评估修订").
        stating = [f for f in found if _STATES_TERM.search(f.group())]
        m = (stating or found)[-1]
        quote = m.group().strip()
        if _term_of_something_else(q.topic, doc, quote):
            skipped += 1
            continue
        at = doc.text.find(quote, m.start())
        span = compose.Span(quote, at, at + len(quote))
        lines.append(f"{compose.doc_name(doc)}写道：“{span.quote}”")
        findings.append(compose.finding_for_task_span(doc, span, 1.0))
    if not findings and skipped:
        return None  # the term of something else is asked: the passages stating it answer
    if not findings:
        # The documents named state no term: a decline that says so, not a rhythm or a deadline elsewhere.
        names = "、".join(compose.doc_name(d) for d in docs)
        return Draft(f"{names}没有写明有效期。", (), confidence=0.0, declines=True)
    return Draft("\n".join(lines), tuple(findings), confidence=1.0)


def _term_of_something_else(topic: str, doc: PolicyDocument, quote: str) -> bool:
    """The question names a thing the document speaks of elsewhere but its term's sentence does not ("生态社区认定"):
    how long that thing holds is asked, not the document. Neither what else is asked of the document (its 印发 date),
    nor a term claimed ("是三年吗"), nor words calling the document itself name such a thing."""
    asked = [*wording.DATE_CUES, *wording.SIGNED_CUES]
    subject = local_topic(_ASKS_VALIDITY.sub(" ", strip_words(topic, asked)), document_subject(doc))
    return any(
        not re.search(_NUMERAL, t)
        and t not in wording.GENERIC_TITLE_WORDS
        and t not in _DOCUMENT_WORDS
        and t in doc.text
        and not term_present(t, quote)
        for t in topic_terms(subject)
    )


def task_deadline(
    assistant: Assistant, q: Question, docs: Sequence[PolicyDocument], chosen: list[Ranked]
) -> Draft | None:
    """A task's 完成时限, with who leads it when that is asked too, and the task's own sentence stating the time
    (the 完成时限 column may be coarser than its wording: "每季度" vs "每季度第二十五日前")."""
    doc, task = chosen[0].doc, chosen[0].task
    asks_who = bool(wording.LEAD.search(q.text) or wording.ALL_UNITS.search(q.text))
    if asks_who:
        draft = answer_tasks(assistant, replace(q, asks_time=True, intent=Intent.LEAD), docs, chosen=chosen)
        if draft is None:
            return None
    else:
        # "总结报告最晚啥时候报": only the time is asked; the item's unit (who may not be the one the dated sentence
        # binds) is not named.
        head = f"{compose.doc_name(doc)}“{compose.task_name(task)}”完成时限：{task.deadline}。"
        finding = compose.finding_for_task(doc, task, chosen[0].score)
        draft = Draft(head, (finding,), confidence=task_confidence(chosen))
    stated = [
        s
        for _, s in passages._sentences(task.quote, False, wording.TIME_VALUE)
        if s.strip() not in draft.text
    ]
    if stated:
        best = max(stated, key=lambda s: coverage(q.topic, s, assistant.workspace.vocabulary)).strip()
        return replace(draft, text=f"{draft.text}原文写道：“{best}”")
    if not asks_who:
        return replace(draft, text=f"{draft.text}原文写道：“{task.quote.strip()[:200]}”")
    return draft


_POSTED_ASKED = re.compile(r"挂出|挂网|挂到|挂上|上网|贴出|网站上|网上|网页|页面|转载")


def document_dates(assistant: Assistant, q: Question, docs: Sequence[PolicyDocument]) -> Draft | None:
    """ "哪天通过、什么时候施行": each asked event from the line that dates it (通过 / 施行 / 印发 …)."""
    # A cue inside the named document's own title ("实施意见" holds 实施) names the document, not an event.
    titles = [d.title for d in docs if d.title]
    # (the topic holds a cue typed with a homophone, read right: "几时开始施形")
    asked = f"{q.text} {q.topic}"
    cues = [c for c in wording.DATE_CUES if c in asked and not inside_a_title(asked, c, titles)]
    if not cues and _POSTED_ASKED.search(q.text):
        cues = ["发布", "发表"]  # "在政府网上啥时候挂出来的": the day the page posted it (发布时间, 发表日期)
    if not cues and any(c in q.text for c in wording.SIGNED_CUES):
        cues = ["成文"]  # "是哪天发的", "什么时候批的": the document's own date
    if len(cues) > 1 and "修正" in cues:
        cues.remove(
            "修正"
        )  # "第二次修正是哪天通过、哪天批准的": the amendment names which 通过 and 批准 are asked
    rest = q.topic
    for word in wording.SIGNED_CUES:
        rest = rest.replace(word, "")
    rest = re.sub(
        r"挂出来?|挂网|挂到|挂上|上网|贴出来?|(?:政府)?网站上?|网上|网页上?|(?:转载)?页面上?|转载|显示的?|时间|日期",
        "",
        rest,
    )
    for cue in cues:
        rest = rest.replace(cue, "")
    if not cues:
        return None
    rest = re.sub(r"[那这][篇份个]|[后前的起开始之日经]", "", rest).strip()
    if len(rest.replace(" ", "")) > 4 or len(docs) > 3:
        # What is left must name the document ("会展业条例" for 《测试市会展业促进条例》), nothing else.
        vocab = assistant.workspace.vocabulary
        # (a title printed in 繁體 is matched through its simplified shadow)
        by_title = [
            (max(coverage(rest, fold(d.title), vocab), _words_in(rest, fold(d.title))), d) for d in docs
        ]
        best = max((c for c, _ in by_title), default=0.0)
        if best < _TITLE_MATCH and len(docs) == 1 and _chars_in(rest, fold(docs[0].title)) >= _TYPED_TITLE:
            # "石家庄市优化营商环境条列": the one document asked, its title typed with a slip
            best, by_title = _TITLE_MATCH, [(_TITLE_MATCH, docs[0])]
        if best < _TITLE_MATCH:
            return None
        docs = [d for c, d in by_title if c >= 0.95 * best][:3]
    latest = bool(wording.LATEST.search(q.text))
    lines, findings = [], []
    for doc in docs:
        quotes: list[compose.Span] = []
        for cue in cues:
            for span in dated_lines(doc, cue, latest):
                if span not in quotes:
                    quotes.append(span)
        if not quotes:
            continue
        lines.append(
            f"{compose.doc_name(doc)}："
            + "；".join(f"“{s.quote}”{_in_plain_digits(s.quote)}" for s in quotes)
            + "。"
        )
        findings.extend(compose.finding_for_task_span(doc, s, 1.0) for s in quotes)
    if not findings:
        return None
    return Draft("\n".join(lines), tuple(findings), confidence=1.0 if len(lines) == 1 else 0.8)


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _in_plain_digits(quote: str) -> str:
    """ "(2020年１月18日…通过)": a date printed with full-width digits, said again as it is typed ("（即2020年1月18日）");
    '' when the quote prints none."""
    if not re.search("[０-９]", quote):
        return ""
    dates = re.findall(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", quote.translate(_FULL_WIDTH_DIGITS))
    plain = "、".join(re.sub(r"\s+", "", d) for d in dates)
    return f"（即{plain}）" if dates else ""


# Of the words left naming the one document a place picked, this share of characters must be its title's.
_TYPED_TITLE = 0.85


def _chars_in(words: str, title: str) -> float:
    chars = [c for c in words if "\u4e00" <= c <= "\u9fff"]
    return sum(c in title for c in chars) / len(chars) if chars else 0.0


def _words_in(words: str, title: str) -> float:
    """1.0 when every word of ``words`` is in the title ("OPC措施" in 《…OPC发展若干措施》), whatever joins them."""
    terms = topic_terms(words)
    return 1.0 if terms and all(t in title for t in terms) else 0.0


def dated_lines(doc: PolicyDocument, cue: str, latest: bool = False) -> list[compose.Span]:
    """The line dating ``cue``; for the document's own date, each form it is printed in (a page's 成文日期 field
    "2005年06月11日" and the signature "二〇〇五年六月十一日" are the same day, and a reader may know either)."""
    first = dated_line(doc, cue, latest)
    if first is None:
        return []
    forms = _printed_dates(doc)
    others = (
        [w for w in forms if w not in first.quote and w in doc.text]
        # (the signature's date, when it is the document's own: a 公告's signature may date it otherwise)
        if cue in _SIGNATURE_CUES and any(w in first.quote for w in forms)
        else []
    )
    if not others:
        return [first]
    at = doc.text.find(others[0])
    return [first, compose.Span(others[0], at, at + len(others[0]))]


_SIGNATURE_CUES = ("印发", "落款", "成文", "签发")
_SIGNED_DATE = re.compile(
    r"(?m)^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|委员会|办公室|办公厅|局|厅|委|办)[ \t\u3000]*\n[ \t\u3000]*"
    r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零ＯO一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"[ \t\u3000]*$"
)
_CLOSING_CUES = ("截止", "截至")
_PERIOD_END = re.compile(r"起?\s*(?:至|到)\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# Words for the day a text takes effect: "自…起施行 / 实施 / 执行 / 生效" all say it.
_IN_FORCE = ("施行", "实施", "执行", "生效")


def _printed_dates(doc: PolicyDocument) -> tuple[str, ...]:
    """The document's own date as it may be printed: 2006年5月23日, 2006年05月23日, 二〇〇六年五月二十三日."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.meta.date or ""):
        return ()
    year, month, day = (int(x) for x in doc.meta.date.split("-"))
    words = date_in_words(year, month, day)
    # A zero in words may be printed as the letter O or 零 ("二ＯＯ六年三月十四日"): the form the text prints.
    printed = re.search(re.sub("〇", "[〇ＯO○零]", re.escape(words)), doc.text)
    return (
        f"{year}年{month}月{day}日",
        f"{year}年{month:02d}月{day:02d}日",
        printed.group() if printed else words,
    )


def dated_line(doc: PolicyDocument, cue: str, latest: bool = False) -> compose.Span | None:
    """The sentence that dates ``cue`` (通过 / 施行 …); for 印发 / 落款 the signature date when no line says it."""
    if cue == "印发":
        # A 版记 line "广州市人民政府办公厅秘书处 2025年7月4日印发" dates the printing itself, which may be days after
        # the signature.
        printed = [m for m in wording.FULL_DATE.finditer(doc.text) if doc.text.startswith("印发", m.end())]
        if printed:
            m = printed[-1]
            return compose.Span(doc.text[m.start() : m.end() + 2], m.start(), m.end() + 2)
    if cue == "落款":
        # "毕节市人民代表大会常务委员会" / "2025年12月5日": the date printed under the signing body's name.
        signed = _SIGNED_DATE.search(doc.text)
        if signed:
            return compose.Span(signed.group(1), signed.start(1), signed.end(1))
    forms = _printed_dates(doc) if cue in _SIGNATURE_CUES else ()
    if forms:
        # The last one printed is the signature's (a page's header block may print it first); a page's record may
        # print it only as "生成日期：2023-02-22".
        found, written = max((doc.text.rfind(w), w) for w in forms)
        if found < 0:
            found, written = doc.text.find(doc.meta.date), doc.meta.date
        if found >= 0:
            # "2014年3月29日印发": the word the line dates it with is quoted with it.
            event = re.match(r"\s*(?:印发|发布|签发|公布)", doc.text[found + len(written) :])
            end = found + len(written) + (event.end() if event else 0)
            return compose.Span(doc.text[found:end], found, end)
    every = [
        _closed(doc, compose.sentence_span(doc, m.start(), m.end()))
        for m in wording.FULL_DATE.finditer(doc.text)
    ]
    spans = [s for s in every if cue in s.quote]
    if not spans and cue in _CLOSING_CUES:
        # "征求意见时间为2026年4月28日起至2026年5月28日": a period's last day is when it closes.
        spans = [s for s in every if _PERIOD_END.search(s.quote)]
    # The article that sets the day ("本条例自2007年5月1日起施行") is the authority, not a header line repeating it.
    enacting = [s for s in spans if re.search(rf"自.{{0,20}}起.{{0,4}}{cue}", s.quote)]
    if not enacting and cue in _IN_FORCE:
        # "自2022年11月1日起实施" asked as 施行: the day a text takes effect, whichever of the words it uses.
        enacting = [
            s for s in every if re.search(rf"自.{{0,20}}起.{{0,4}}(?:{'|'.join(_IN_FORCE)})", s.quote)
        ]
    # "…2026年4月24日发布", "发布日期：2019年1月17日": the date written against the event itself, not a sentence that
    # only counts from it ("自发布之日起施行，有效期至…").
    direct = [
        s
        for s in spans
        if re.search(rf"\d\s*日\s*{cue}|{cue}(?:日期|时间)?\s*[：:为于]?\s*\d{{4}}\s*年", s.quote)
    ]
    if not spans:
        # A page's field "发布时间:2020-02-03 17:29": the date written with dashes against the event.
        # ("实施日期：2021-09-01" asked as 施行: the day in force, whichever word the field uses)
        said = f"(?:{'|'.join(_IN_FORCE)})" if cue in _IN_FORCE else cue
        field = re.search(
            rf"{said}(?:日期|时间)\s*[：:]?\s*(?:19|20)\d{{2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*\d{{1,2}}"
            r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?",
            doc.text,
        )
        if field:
            return compose.Span(field.group(0), field.start(), field.end())
    if latest and not enacting and len(spans) > 1:
        # Each amendment on its own line: the one dated last ("…第三次修正").
        return max(spans, key=lambda s: _last_date(s.quote))
    return (enacting or direct or spans or [None])[0]


def _closed(doc: PolicyDocument, span: compose.Span) -> compose.Span:
    """A bracket the span opens and a line break cuts ("（2021年7月28日青海省第十三届人民代表大会" / "常务委员会第二十六次
    会议通过）") read to its close."""
    if span.quote.count("（") + span.quote.count("(") <= span.quote.count("）") + span.quote.count(")"):
        return span
    close = re.search(r"[）)]", doc.text[span.end : span.end + 80])
    if close is None:
        return span
    end = span.end + close.end()
    return compose.Span(doc.text[span.start : end], span.start, end)


def _last_date(quote: str) -> tuple[int, int, int]:
    dates = [
        tuple(int(x) for x in m.groups()) for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日", quote)
    ]
    return max(dates, default=(0, 0, 0))
