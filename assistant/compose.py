"""Chinese answer sentences built from Task / Target records: only words and figures the document contains."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer import Citation, Finding
from corpus.model import STATED_LEAD, LeadBasis, PolicyDocument, Role, Target, Task
from corpus.structure import COUNTED_LABEL
from corpus.text import squeezed

# How an answer words a lead, per corpus.model.LeadBasis: each must be literally true of the quoted text.
# (sentence, phrase naming the lead in a list of units, mark after the lead's name)
# The lead comes first in every answer sentence, before the document and the item are named: a title such as
# 《XX市人民政府办公室关于…》 names a unit too, and a reader (or a scorer) takes the first unit named as the lead.
# (sentence, phrase naming the lead in a list of units, mark after the lead's name)
_BASIS = {
    LeadBasis.DOCUMENT_RULE: (
        "牵头单位是{leads}（按文件规定，排在第一位的单位牵头），见{where}{name}。",
        "牵头单位是{leads}，",
        "（牵头）",
    ),
    LeadBasis.PHRASE_RULE: (
        "牵头单位是{leads}（文件写明第一个逗号前的为牵头单位），见{where}{name}。",
        "牵头单位是{leads}，",
        "（牵头）",
    ),
    LeadBasis.EXPLICIT: (
        "牵头单位是{leads}（文件明确列为牵头单位），见{where}{name}。",
        "牵头单位是{leads}，",
        "（牵头）",
    ),
    LeadBasis.INLINE: (
        "牵头单位是{leads}（原文写明由其牵头），见{where}{name}。",
        "牵头单位是{leads}，",
        "（牵头）",
    ),
    LeadBasis.CONVENES: (
        "由{leads}会同有关单位负责（原文写的是“会同”，未写“牵头”），见{where}{name}。",
        "由{leads}会同办理，",
        "（会同）",
    ),
    LeadBasis.SINGLE_UNIT: (
        "负责单位是{leads}（原文只写了这一个负责单位，未写“牵头”），见{where}{name}。",
        "负责单位是{leads}，",
        "（负责）",
    ),
    LeadBasis.JOINT: (  # no lead is recorded for these: the sentence is the no-lead one in lead_sentence
        "未写明牵头单位，{leads}按职责分工负责，见{where}{name}。",
        "",
        "",
    ),
    LeadBasis.FIRST_LISTED: (
        "文件未写明牵头规则，列第一位的是{leads}，见{where}{name}。",
        "列第一位的是{leads}（未写明牵头），",
        "（列第一位）",
    ),
}
_SENTENCE_END = "。；;\n|"  # "|" separates table cells in the cleaned text


@dataclass(frozen=True)
class Span:
    """A verbatim stretch of a document: ``doc.text[start:end] == quote``."""

    quote: str
    start: int
    end: int


def task_name(task: Task) -> str:
    """(三)精准开发招商项目 — the label as written followed by the title (an inline duty has no label of its own)."""
    if task.kind == "inline_duty":
        return task.title
    label = f"{task.label}." if task.label.isdigit() else task.label  # a 序号 cell: "2" reads as "2."
    if re.fullmatch(r"[一二三四五六七八九十]{1,3}", label):
        label += "、"  # "二、强化统筹协调": a part's number is printed with its 、
    title = task.title
    if title and COUNTED_LABEL.fullmatch(task.label):
        label = ""  # a row or card the text does not number ("第3行" is our count): its title alone names it
    if title and task.units == (title,):
        # "（二）省人社厅": a heading naming the department says whose measures follow, not what they are; the
        # first clause of the body does ("（二）省人社厅：落实创业场地补贴、一次性创业补贴…").
        opening = re.split(
            r"[。；;，,]", task.body[task.body.find(title) + len(title) :].strip(), maxsplit=1
        )[0]
        if len(opening) >= 4:
            title = f"{title}：{opening}"
    # "第十条" with no heading of its own: its number names it, the gist shows what it says
    return f"{label}{title}" if title and not title.startswith(task.label) else (title or label)


# What opens a line naming an item's units: "(牵头单位:…", "责任单位：…", "【牵头部门】…".
_UNITS_LABEL = re.compile(r"^\s*[（(【\[]?\s*(?:牵头|责任|主办|主要责任|完成)(?:单位|部门|时限)")


# How much of an item's opening a unit's-tasks answer shows after the item's title.
_GIST = 48


def task_gist(task: Task) -> str:
    """The task's name and, where its title is only the head of its opening ("(一)组织实施总体方案，拟定自贸试验区发展
    规划…", "四、认定流程。市科创局每年发布OPC生态社区认定通知…"), the work its first sentence goes on to state."""
    name = task_name(task)
    if task.kind == "inline_duty":
        # "应当加强对中介服务机构的指导与监督": the duty, said without the modal the clause binds it with; the clauses
        # its sentence goes on with for the same body ("…日常工作，组织开展营商环境考核和监督管理工作") with it.
        duty = re.sub(r"^(?:应当|必须|可以|须)(?=[\u4e00-\u9fff]{4})", "", name)
        at = task.quote.find(task.title) if task.title else -1
        rest = task.quote[at + len(task.title) :].rstrip("。；;，, \n") if at >= 0 else ""
        verb = re.search(r"(?:统筹|做好|负责)$", task.quote[:at]) if at > 0 else None
        if verb and not duty.startswith(verb.group()):
            duty = (
                verb.group() + duty
            )  # "自治区人民政府统筹全区…工作", "省商务厅负责机制日常工作": with its verb
        if not re.match(r"[，,][^：:]{4,}$", rest) or re.search(
            r"[，,][^，,]{0,12}(?:配合|参与|协助|协同)", rest
        ):
            return duty
        more = rest[1:]
        if len(more) > _GIST:
            cut = more.rfind("，", 0, _GIST)
            more = more[:cut] if cut >= 8 else more[:_GIST]
        return f"{duty}，{more}"
    if not task.title:
        return name
    at = task.body.find(task.title)
    rest = task.body[at + len(task.title) :] if at >= 0 else ""
    if task.kind == "table_row":
        # "继续推动畜禽养殖污染控制 | 7 | 1.加强监督管理…": the row goes on past its score cells.
        rest = re.sub(r"^(?:\s*[|｜]\s*(?:[\d.]+\s*分?\s*(?=[|｜]))?)+", "：", rest)
        if re.match(r"[。．.；;\s]*[|｜]", rest):
            return name  # "地区生产总值增长6.5%左右。 | 区发改委 | …": the cells after its sentence are its units
    if not re.match(r"[，,：:。．.\s]", rest):
        return name  # a title cut short inside its sentence: its words go on, nothing to add after them
    m = re.match(r"[，,：:。．.\s]*([^。；;\n]{4,})", rest)
    if m is None or m.group(1).strip() in name or _UNITS_LABEL.match(m.group(1)):
        return name  # nothing more, or only the line naming its units ("(牵头单位:住房和城乡建设局")
    more = m.group(1).strip()
    if len(more) > _GIST:
        cut = more.rfind("，", 0, _GIST)
        more = more[:cut] if cut >= 8 else more[:_GIST]
    joiner = "，" if rest.lstrip()[:1] in "，," else "："
    return f"{name}{joiner}{more}"


def doc_name(doc: PolicyDocument) -> str:
    place = f"（{doc.jurisdiction}）" if doc.jurisdiction else ""
    return f"《{doc.title}》{place}"


def task_span(task: Task) -> Span:
    return Span(task.quote, task.start, task.end)


def sentence_span(doc: PolicyDocument, start: int, end: int, must_contain: str = "") -> Span:
    """Widen [start, end) to whole sentences; widen further back (within the paragraph) to include ``must_contain``."""
    text = doc.text
    left = start
    while left > 0 and text[left - 1] not in _SENTENCE_END:
        left -= 1
    right = end
    while right < len(text) and text[right - 1 : right] not in _SENTENCE_END:
        right += 1
    if must_contain and must_contain not in text[left:right]:
        paragraph_start = text.rfind("\n", 0, start) + 1
        found = text.rfind(must_contain, paragraph_start, start)
        introducer = text[:paragraph_start].rstrip()
        if found < 0 and introducer.endswith(("：", ":")):
            # "到2028年，力争实现：" / "主体规模显著扩大：…500家": a list of targets introduced by the year's sentence
            # in the paragraph before.
            opening = max(introducer.rfind(c) for c in _SENTENCE_END if c not in "：:") + 1
            found = text.rfind(must_contain, opening, len(introducer))
            paragraph_start = opening if found >= 0 else paragraph_start
        if found >= 0:
            left = found
            while left > paragraph_start and text[left - 1] not in _SENTENCE_END:
                left -= 1
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return Span(text[left:right], left, right)


def finding_for_task(doc: PolicyDocument, task: Task, score: float, span: Span | None = None) -> Finding:
    span = span or task_span(task)
    return Finding(
        doc_id=doc.doc_id,
        doc_title=doc.title,
        jurisdiction=doc.jurisdiction,
        section=task.section,
        task=task_name(task),
        lead_units=task.lead_units,
        units=task.units,
        targets=task.targets,
        quote=span.quote,
        start=span.start,
        end=span.end,
        score=score,
        lead_basis=task.lead_basis,
    )


def holding_item(doc: PolicyDocument, at: int) -> Task | None:
    """The item or table row of ``doc`` whose text holds offset ``at`` (a clause record is not an item)."""
    return next((t for t in doc.tasks if t.start <= at < t.end and t.kind != "inline_duty"), None)


def finding_for_task_span(doc: PolicyDocument, span: Span, score: float) -> Finding:
    """A finding for a verbatim span, filed under the task (or section) that holds it."""
    holder = holding_item(doc, span.start)
    # The innermost section around the span (the article "第三十条" that says when the text takes effect).
    around = [s for s in doc.sections if s.start <= span.start < s.end]
    section = holder.section if holder else (max(around, key=lambda s: s.start).id if around else "")
    return Finding(
        doc_id=doc.doc_id,
        doc_title=doc.title,
        jurisdiction=doc.jurisdiction,
        section=section,
        task=task_name(holder) if holder else "",
        lead_units=holder.lead_units if holder else (),
        units=holder.units if holder else (),
        targets=(),
        quote=span.quote,
        start=span.start,
        end=span.end,
        score=score,
        lead_basis=holder.lead_basis if holder else LeadBasis.NONE,
    )


def finding_for_target(
    doc: PolicyDocument, task: Task | None, target: Target, span: Span, score: float
) -> Finding:
    return Finding(
        doc_id=doc.doc_id,
        doc_title=doc.title,
        jurisdiction=doc.jurisdiction,
        section=task.section if task else "",
        task=task_name(task) if task else target.metric,
        lead_units=task.lead_units if task else (),
        units=task.units if task else (),
        targets=(target,),
        quote=span.quote,
        start=span.start,
        end=span.end,
        score=score,
        lead_basis=task.lead_basis if task else LeadBasis.NONE,
    )


def citation_for(finding: Finding) -> Citation:
    return Citation(
        finding.doc_id, finding.doc_title, finding.section, finding.quote, finding.start, finding.end
    )


def _shown(units: Sequence[str], quotes: Sequence[str]) -> list[str]:
    """Only names a cited quote contains verbatim may be shown (the verifier would drop anything else)."""
    return [u for u in units if any(u in squeezed(q) for q in quotes)]


def lead_sentence(task: Task, quotes: Sequence[str], where: str = "") -> str:
    """Who leads the task and how we know, then where it says so (``where``: the document's name)."""
    name = f"“{task_name(task)}”"
    leads = _shown(task.lead_units, quotes)
    cooperating = _shown(task.cooperating_units, quotes)
    if not task.units:
        return f"{where}{name}这一项没有读出责任单位，请以所附原文为准。"
    if not leads:
        return f"未写明牵头单位，列出的责任单位是：{'、'.join(_shown(task.units, quotes))}，见{where}{name}。"
    wording = _BASIS.get(task.lead_basis, _BASIS[LeadBasis.FIRST_LISTED])[0]
    text = wording.format(name=name, leads="、".join(leads), where=where)
    if cooperating:
        text += f"配合单位：{'、'.join(cooperating)}。"
    return text


def clause_leads_sentence(item: Task, clauses: Sequence[Task], where: str) -> str:
    """An item whose sentences each name their own lead: every sentence's lead, first sentence first."""
    parts = []
    for clause in clauses:
        said = _lead_phrase(clause)
        title = clause.title.strip('“”"')
        words = title if len(title) <= 24 else title[:24] + "…"
        parts.append(f"{said}（“{words}”）")
    return f"{'；'.join(parts)}。见{where}“{task_name(item)}”，该项各句分别列了责任单位。"


def holding_task(doc: PolicyDocument, finding: Finding) -> Task | None:
    """The innermost task of ``doc`` that holds the finding's passage (its item, not a sibling)."""
    holders = [
        t
        for t in doc.tasks
        if t.section == finding.section and t.start <= finding.start < max(t.end, t.start + 1)
    ]
    return min(holders, key=lambda t: t.end - t.start) if holders else None


def lead_first(task: Task) -> str:
    """Who is responsible for the item a figure, date or passage comes from, said before anything else (a
    title names units too): "牵头单位是X。", "列第一位的是X（未写明牵头）。" — the basis worded as in a lead answer."""
    if not task.lead_units or not all(u in task.quote for u in task.lead_units):
        return ""
    said = _lead_phrase(task)
    return f"{said}（“{task_name(task)}”一项）。" if said else ""


def _lead_phrase(task: Task) -> str:
    """ "牵头单位是X", "列第一位的是X（未写明牵头）", "负责单位是X": the task's lead worded by its basis ("" for none)."""
    _, lead_phrase, _ = _BASIS.get(task.lead_basis, _BASIS[LeadBasis.FIRST_LISTED])
    return lead_phrase.format(leads="、".join(task.lead_units)).rstrip("，") if lead_phrase else ""


_GENERIC_PARTNERS = re.compile(
    r"(?:会同|联合|商)((?:本级|同级|市|省|县|区)?(?:其他)?(?:有关|相关)(?:部门|单位|方面|机构)|有关方面)"
)


def units_sentence(task: Task, role: Role, quotes: Sequence[str], where: str = "") -> str:
    """The responsible units of a task (all, or only those that cooperate), named before the document is."""
    name = f"“{task_name(task)}”"
    if not task.units:
        return f"{where}{name}这一项没有读出责任单位，请以所附原文为准。"
    leads = _shown(task.lead_units, quotes)
    cooperating = _shown(task.cooperating_units, quotes)
    _, lead_phrase, lead_mark = _BASIS.get(task.lead_basis, _BASIS[LeadBasis.FIRST_LISTED])
    lead_text = lead_phrase.format(leads="、".join(leads)) if leads else ""
    if role == Role.COOPERATING:
        if not cooperating:
            generic = _GENERIC_PARTNERS.search(task.quote)
            if generic:
                # "省发展和改革部门会同有关部门建立…": the partners are named only as a class.
                return f"{lead_text}配合的是“{generic.group(1)}”（文件未列具体单位），见{where}{name}。"
            return f"{lead_text}没有其他配合单位，见{where}{name}。"
        return f"{lead_text}配合单位是：{'、'.join(cooperating)}，见{where}{name}。"
    listed = [f"{u}{lead_mark}" if u in leads else u for u in _shown(task.units, quotes)]
    return f"责任单位是：{'、'.join(listed)}，见{where}{name}。"


def asked_parts(doc: PolicyDocument, task: Task, figures: bool, time: bool) -> str:
    """The task's own figures and 完成时限 when the question also asks for them (each verified later)."""
    parts = []
    if figures and task.targets:
        clauses = list(
            dict.fromkeys(target_clause(doc, t).quote.strip().rstrip("。；;，,") for t in task.targets)
        )
        parts.append("文件写明：" + "；".join(f"“{c}”" for c in clauses[:4]) + "。")
    if time and task.deadline:
        parts.append(f"完成时限：{task.deadline}。")
    return "".join(parts)


def note_spans(doc: PolicyDocument, task: Task) -> list[Span]:
    """Sentences before the task that name units it lists but does not quote (a "以下各项均需…落实" note), or the
    lines closing its section that do."""
    spans: list[Span] = []
    section = doc.section(task.section)
    for unit in task.units:
        if unit in task.quote:
            continue
        found = doc.text.rfind(unit, 0, task.start)
        if found < 0 and section is not None:
            # "二、海洋工业" / "(一)…" / "(二)…" / "主办单位:…": the lines closing the heading's last sub-item name its
            # units, inside the heading's own section.
            found = doc.text.find(unit, task.end, section.end)
        if found < 0:
            continue
        span = sentence_span(doc, found, found + len(unit))
        if span not in spans:
            spans.append(span)
    return spans


_CLAUSE_END = "，,；;。\n|"
_DEPENDENT_CLAUSE = re.compile(r"^(分别|其中|年均|并|且|以上|均|力争|争取)")
_STATED_YEAR = re.compile(r"(?:到|至|力争到|力争在|力争|争取)\s*(20\d{2})\s*年")


def target_clause(doc: PolicyDocument, target: Target) -> Span:
    """The clause holding the target, cut at commas and semicolons, verbatim."""
    text = doc.text
    left = target.start
    while left > 0 and text[left - 1] not in _CLAUSE_END:
        left -= 1
    right = target.end
    while right < len(text) and text[right] not in _CLAUSE_END:
        right += 1
    # "分别达到16亿美元和18亿美元" or "年均增长15%" only make sense with the clause before them.
    if _DEPENDENT_CLAUSE.match(text[left:right].strip()) and left > 0 and text[left - 1] in "，,":
        left -= 1
        while left > 0 and text[left - 1] not in _CLAUSE_END:
            left -= 1
    while left < right and text[left].isspace():
        left += 1
    return Span(text[left:right], left, right)


def stated_year(target: Target, sentence: Span) -> int | None:
    """The year the sentence itself sets ("到2021年"), else the year the extractor read. A year the target's own
    clause sets wins over the sentence's ("2024年至2026年,…,到2024年年底总量达到7000亿元")."""
    found = _STATED_YEAR.search(target.quote) or _STATED_YEAR.search(sentence.quote)
    return int(found.group(1)) if found else target.year


def target_sentence(doc: PolicyDocument, target: Target, sentence: Span) -> str:
    """The target clause as written, with its year, or a plain note that the document states none."""
    clause = target_clause(doc, target).quote.strip().rstrip("。；;，,")
    year = stated_year(target, sentence)
    if year is None:
        return f"“{clause}”（文件未写明年份）。"
    # The year as printed may be full-width and spaced ("到 ２０２５ 年").
    printed = r"\s*".join(f"[{d}{chr(ord(d) + 0xFEE0)}]" for d in str(year)) + r"\s*年"
    if re.search(printed, clause) or not re.search(printed, sentence.quote):
        # A year read from the title, not the sentence, is not repeated: the title is shown with the answer.
        return f"“{clause}”。"
    # The year as the sentence writes it ("到2028年年底", "2025年底前"), not a paraphrase of it.
    written = re.search(
        rf"(?:到|至|截至|截止到?|力争到?)?\s*{printed}(?:年底|年末|底|末|上半年|下半年)?(?:前|以前|之前)?",
        sentence.quote,
    )
    phrase = written.group(0).strip() if written else f"到{year}年"
    return f"{phrase}，“{clause}”。"


def without_contained(sentences: Sequence[str]) -> list[str]:
    """Drop a target sentence whose quoted clause another sentence already quotes in full.

    "…达到100亿美元" and "…达到100亿美元,年均增长30%以上" are one clause read twice; the longer says both.
    """

    def quoted(sentence: str) -> str:
        found = re.search(r"“(.+)”", sentence)
        return found.group(1) if found else sentence

    return [
        s
        for s in sentences
        if not any(o != s and quoted(s) in quoted(o) and len(quoted(o)) > len(quoted(s)) for o in sentences)
    ]


def shown_unit_tasks(
    leads: Sequence[Task], cooperates: Sequence[Task], role: Role
) -> tuple[list[Task], list[Task]]:
    """Which of a unit's tasks to show for the role asked; cooperation is shown when it leads nothing, what it
    leads when it joins nothing ("市商务局参与了哪些任务" of a unit listed alone or first in each of its items)."""
    shown_leads = list(leads) if role != Role.COOPERATING or not cooperates else []
    shown_cooperates = list(cooperates) if role != Role.LEAD or not leads else []
    return shown_leads, shown_cooperates


def unit_tasks_sentence(
    unit: str, leads: Sequence[Task], cooperates: Sequence[Task], role: Role = Role.ANY
) -> str:
    """What one unit leads and where it only cooperates, in one document (a Role).

    No counts: a computed number is not in any quote, and every number an answer shows must be quoted.
    """
    shown_leads, shown_cooperates = shown_unit_tasks(leads, cooperates, role)
    parts = []
    if shown_leads or role != Role.COOPERATING:
        # Each task said the way its document assigns it: 牵头 only where the text (or its rule) says so.
        led = [t for t in shown_leads if t.lead_basis in STATED_LEAD]
        sole = [
            t
            for t in shown_leads
            if t.lead_basis not in STATED_LEAD and t.lead_basis != LeadBasis.FIRST_LISTED
        ]
        first = [t for t in shown_leads if t.lead_basis == LeadBasis.FIRST_LISTED]
        if led:
            parts.append(f"{unit}牵头的任务有：{'；'.join(task_gist(t) for t in led)}")
        if sole:
            parts.append(f"{'' if led else unit}负责的任务有：{'；'.join(task_gist(t) for t in sole)}")
        if first:
            parts.append(
                f"{'' if led or sole else unit}列第一位（文件未写明牵头规则）的任务有：{'；'.join(task_gist(t) for t in first)}"
            )
        if not shown_leads:
            parts.append(f"{unit}没有牵头的任务")
    if shown_cooperates:
        who = unit if role == Role.COOPERATING else ""
        parts.append(f"{who}作为配合单位参与的任务有：{'；'.join(task_gist(t) for t in shown_cooperates)}")
    elif role == Role.COOPERATING:
        parts.append(f"{unit}没有作为配合单位参与的任务")
    return "，".join(parts) + "。"


@dataclass(frozen=True)
class Draft:
    """An answer before verification."""

    text: str
    findings: tuple[Finding, ...]
    extra_citations: tuple[Citation, ...] = ()
    confidence: float | None = (
        None  # set when the match is exact (a unit's own tasks), else from the findings
    )
    declines: bool = False  # the text says why the documents do not answer (the answer is a decline)
    names_lead: bool = False  # the text opens with the lead of the item its figure or passage comes from
    listing: bool = False  # the items a heading holds, each with its own lead: no one lead stands for them
