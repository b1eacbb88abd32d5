"""Score answers against the gold set; the same rules for our system and for the baseline.

Lead unit and unit set are read from the answer *text* a cadre reads (first unit named / all units named), so
a system gets no credit for a field the user never sees, and the baseline is judged on equal terms.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.answer import Answer
from assistant.verify import unsupported, without_titles
from evals.gold import GoldQuestion

_YES_NO = re.compile(r"^(是|不是)")
_PAREN = re.compile(r"[（(][^（）()]*[）)]")


def norm_text(text: str) -> str:
    return (
        re.sub(r"\s+", "", text).replace("％", "%").replace("，", ",").replace("（", "(").replace("）", ")")
    )


_ROLE_TAIL = re.compile(r"(等)?(牵头|按职责分工负责|负责)$")


# The levels of government a regulation's body is qualified by: "县级以上人民政府统计部门" is the 统计部门 a key
# names, at every level the article binds ("省、设区的市、县（市、区）人才工作主管部门").
_LEVEL = r"(?:自治区|自治州|自治县|设区的市|省|市|县|区|州|旗|盟|乡|镇)"
_LEVEL_QUALIFIER = re.compile(
    rf"^(?:企业住所地|本市|本省)?(?:各级|(?:旗县|县|地|设区的市|市|省)级以上(?:地方)?(?:各级)?)?(?:人民政府)?"
    rf"(?:{_LEVEL}(?:\([^()]*\))?(?:、|和|及))*{_LEVEL}?(?:\([^()]*\))?"
    r"(?:人民政府)?"
)
_QUALIFIED = re.compile(rf"^(?:企业住所地)?(?:(?:旗县|县|地|设区的市)级以上|{_LEVEL}(?:和|及){_LEVEL})")


def norm_unit(name: str) -> str:
    """市数据局（营商环境建设局） ~ 市数据局; 各县市区政府 ~ 县市区政府; 省发展改革委牵头 ~ 省发展改革委;
    县级以上人民政府统计部门 ~ 统计部门.

    A role word glued to a name ("省发展改革委牵头", read so by a parser from "省发展改革委牵头，…") still names
    that unit to a reader. A department qualified by the levels of government it sits at is that department.
    """
    name = _ROLE_TAIL.sub("", _PAREN.sub("", re.sub(r"\s+", "", name)))
    name = name[1:] if name.startswith("各") else name
    bare = _LEVEL_QUALIFIER.sub("", name, count=1) if "、" in name or _QUALIFIED.match(name) else name
    # Only a department's or an office's name is stripped of its levels, never a government's own.
    return bare if bare != name and re.search(r"(?:部门|机构|机关)$", bare) and len(bare) >= 4 else name


def same_unit(a: str, b: str) -> bool:
    """One body: equal names, or one written with its place before the level word ("罗湖区科技和工业信息化局" in a
    罗湖 document is "区科技和工业信息化局")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return (
        short[:1] in "省市区县州"
        and re.fullmatch(r"[\u4e00-\u9fff]{2,4}" + re.escape(short), long) is not None
    )


def norm_label(label: str) -> str:
    """ "二/(三)" → "三", "(一)/1" → "1", "1." → "1"."""
    last = label.split("/")[-1]
    return re.sub(r"[()（）、.．\s]", "", last)


def norm_path(label: str) -> str:
    """A label written with its parents, as a key may ("二、1", "四（二）"), or a section path ("二/1"): "二1"."""
    return re.sub(r"[()（）、.．\s/]", "", label)


def units_named(text: str, unit_names: Sequence[str], exact: Sequence[str] = ()) -> list[str]:
    """Known unit names in reading order, longest match first, no overlaps (titles in 《》 ignored).

    Names shorter than three characters are too likely to be part of other words, except the gold's own
    (``exact``): a gold lead written "国办" is named by an answer that says "国办".
    """
    # Nested titles too (《市政府办公室关于印发《…计划》的通知》 names no unit), and the place written beside one.
    body = without_titles(text)
    spans: list[tuple[int, str]] = []
    taken = [False] * len(body)
    for name in sorted(set(unit_names), key=len, reverse=True):
        if len(name) < 3 and name not in exact:
            continue
        for match in re.finditer(re.escape(name), body):
            if any(taken[match.start() : match.end()]):
                continue
            for i in range(match.start(), match.end()):
                taken[i] = True
            spans.append((match.start(), name))
    return [name for _, name in sorted(spans)]


@dataclass
class Record:
    gold: GoldQuestion
    answer: Answer
    seconds: float
    lead_ok: bool | None = None
    unit_f1: float | None = None
    facts: float | None = None
    citation: float | None = None
    unsupported: int = 0
    yes_ok: bool | None = None  # a yes/no question: did the answer open with the right 是 / 不是
    wrong_lead: bool = False  # answered, and the first unit named is not the gold lead (the worst outcome)
    problems: list[str] = field(default_factory=list)

    @property
    def declined_answerable(self) -> bool:
        return self.gold.answerable and self.answer.abstained

    @property
    def correct(self) -> bool:
        """Everything asked is right: an unanswerable question declined, or every checked part of an answer."""
        if not self.gold.answerable:
            return self.answer.abstained
        return (
            not self.answer.abstained
            and self.lead_ok is not False
            and (self.facts is None or self.facts >= 1.0)
            and self.yes_ok is not False
            and self.unsupported == 0
        )


def score_one(gold: GoldQuestion, answer: Answer, seconds: float, unit_names: Sequence[str]) -> Record:
    """Every metric for one question."""
    record = Record(gold, answer, seconds)
    text = answer.answer
    # The gold's own unit names are recognised too: which names the system's parser happened to extract must
    # not decide whether "市商务部门" in an answer is read as 市商务部门 or as the shorter 商务部门.
    names = [*unit_names, gold.lead_unit, *gold.units]
    own = [n for n in (gold.lead_unit, *gold.units) if n]
    named = [norm_unit(n) for n in units_named(text, [n for n in names if n], exact=own)]
    if gold.answerable and gold.lead_unit:
        record.lead_ok = bool(named) and same_unit(named[0], norm_unit(gold.lead_unit))
        record.wrong_lead = not record.lead_ok and not answer.abstained and bool(named)
        if not record.lead_ok:
            record.problems.append(
                f"牵头单位应为 {gold.lead_unit}，答案首个单位为 {named[0] if named else '无'}"
            )
    if gold.answerable and gold.yes is not None and not answer.abstained:
        opening = _YES_NO.match(text.strip())
        said = None if opening is None else opening.group(1) == "是"
        record.yes_ok = said == gold.yes
        if not record.yes_ok:
            record.problems.append(f"应以“{'是' if gold.yes else '不是'}”开头")
    elif gold.answerable and gold.yes is not None:
        record.yes_ok = False
    if gold.answerable and gold.units and gold.intent in ("lead", "units"):
        want = {norm_unit(u) for u in gold.units}
        got = set(named)
        tp = len(want & got)
        precision = tp / len(got) if got else 0.0
        recall = tp / len(want)
        record.unit_f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    if gold.answerable and gold.facts:
        hits = [f for f in gold.facts if norm_text(f) in norm_text(text)]
        record.facts = len(hits) / len(gold.facts)
        missing = [f for f in gold.facts if f not in hits]
        if missing:
            record.problems.append(f"答案缺少：{'、'.join(missing)}")
    if gold.answerable and gold.doc_ids:
        satisfied = 0
        for doc_id in gold.doc_ids:
            wanted = {norm_label(s) for s in gold.sections}
            paths = {norm_path(s) for s in gold.sections}
            if any(
                c.doc_id == doc_id
                and (
                    not wanted
                    or norm_label(c.section) in wanted
                    or any(len(p) >= 2 and norm_path(c.section).endswith(p) for p in paths)
                )
                for c in answer.citations
            ):
                satisfied += 1
        record.citation = satisfied / len(gold.doc_ids)
        if record.citation < 1:
            cited = ", ".join(f"{c.doc_id[:3]}:{c.section}" for c in answer.citations[:4]) or "无"
            record.problems.append(
                f"出处应为 {'/'.join(d[:3] for d in gold.doc_ids)} {gold.sections}，实际 {cited}"
            )
    if not answer.abstained:
        record.unsupported = len(unsupported(text, [c.quote for c in answer.citations], unit_names))
        if record.unsupported:
            record.problems.append(f"无出处的数字/单位 {record.unsupported} 个")
    if gold.answerable == answer.abstained:
        record.problems.append("不该拒答却拒答了" if gold.answerable else "应拒答却作答了")
    return record


@dataclass(frozen=True)
class Summary:
    n: int
    lead_accuracy: float | None
    unit_f1: float | None
    fact_containment: float | None
    citation_accuracy: float | None
    abstention_precision: float | None
    abstention_recall: float | None
    unsupported_claims: int
    declined_answerable: float | None
    wrong_leads: int
    yes_no: float | None
    correct: float | None
    p50_ms: float
    p95_ms: float


def _mean(values: list[float | bool | None]) -> float | None:
    real = [float(v) for v in values if v is not None]
    return sum(real) / len(real) if real else None


def summarise(records: Sequence[Record]) -> Summary:
    """Aggregate metrics over a list of records."""
    abstained = [r for r in records if r.answer.abstained]
    unanswerable = [r for r in records if not r.gold.answerable]
    times = sorted(r.seconds * 1000 for r in records) or [0.0]
    p95_index = min(len(times) - 1, max(0, round(0.95 * len(times)) - 1))
    return Summary(
        n=len(records),
        lead_accuracy=_mean([r.lead_ok for r in records]),
        unit_f1=_mean([r.unit_f1 for r in records]),
        fact_containment=_mean([r.facts for r in records]),
        citation_accuracy=_mean([r.citation for r in records]),
        abstention_precision=(sum(not r.gold.answerable for r in abstained) / len(abstained))
        if abstained
        else None,
        abstention_recall=(sum(r.answer.abstained for r in unanswerable) / len(unanswerable))
        if unanswerable
        else None,
        unsupported_claims=sum(r.unsupported for r in records),
        declined_answerable=_mean([r.answer.abstained for r in records if r.gold.answerable]),
        wrong_leads=sum(r.wrong_lead for r in records),
        yes_no=_mean([r.yes_ok for r in records]),
        correct=_mean([r.correct for r in records]),
        p50_ms=statistics.median(times),
        p95_ms=times[p95_index],
    )


def run(
    questions: Sequence[GoldQuestion],
    ask: Callable[[str], Answer],
    unit_names: Sequence[str],
    clock: Callable[[], float],
) -> list[Record]:
    """Ask every gold question and score the answers."""
    records = []
    for gold in questions:
        started = clock()
        answer = ask(gold.question)
        records.append(score_one(gold, answer, clock() - started, unit_names))
    return records


def _fmt(value: float | None, percent: bool = True) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.1f}%" if percent else f"{value:.0f}"


def table(columns: dict[str, Summary]) -> str:
    """A plain-text table, one column per system."""
    rows = [
        ("questions", lambda s: str(s.n)),
        ("lead-unit accuracy", lambda s: _fmt(s.lead_accuracy)),
        ("unit-set F1", lambda s: _fmt(s.unit_f1)),
        ("fact containment", lambda s: _fmt(s.fact_containment)),
        ("citation accuracy (doc+section)", lambda s: _fmt(s.citation_accuracy)),
        ("abstention precision", lambda s: _fmt(s.abstention_precision)),
        ("abstention recall", lambda s: _fmt(s.abstention_recall)),
        ("unsupported claims", lambda s: str(s.unsupported_claims)),
        ("answerable declined", lambda s: _fmt(s.declined_answerable)),
        ("answers naming a wrong lead", lambda s: str(s.wrong_leads)),
        ("yes/no opens right", lambda s: _fmt(s.yes_no)),
        ("all parts right", lambda s: _fmt(s.correct)),
        ("latency p50 (ms)", lambda s: f"{s.p50_ms:.1f}"),
        ("latency p95 (ms)", lambda s: f"{s.p95_ms:.1f}"),
    ]
    names = list(columns)
    width = max(len(r[0]) for r in rows) + 2
    lines = ["metric".ljust(width) + "".join(n.rjust(14) for n in names)]
    for label, get in rows:
        lines.append(label.ljust(width) + "".join(get(columns[n]).rjust(14) for n in names))
    return "\n".join(lines)


def per_intent(records: Sequence[Record]) -> str:
    """One line per gold intent: accuracy beside declined-answerable rate, wrong leads and yes/no correctness."""
    lines = [
        f"{'intent':<12}{'n':>4}{'correct':>9}{'lead':>8}{'unitF1':>8}{'facts':>8}{'cite':>8}"
        f"{'declined':>10}{'wrongLead':>10}{'yes/no':>8}{'abstain ok':>11}"
    ]
    groups = sorted({r.gold.intent for r in records}) + ["(all)"]
    for intent in groups:
        group = [r for r in records if intent == "(all)" or r.gold.intent == intent]
        s = summarise(group)
        answerable = [r for r in group if r.gold.answerable]
        declined = (
            _fmt(sum(r.declined_answerable for r in answerable) / len(answerable)) if answerable else "—"
        )
        yes = [r.yes_ok for r in group if r.yes_ok is not None]
        ok = sum(r.answer.abstained != r.gold.answerable for r in group) / len(group)
        lines.append(
            f"{intent:<12}{len(group):>4}{_fmt(sum(r.correct for r in group) / len(group)):>9}"
            f"{_fmt(s.lead_accuracy):>8}{_fmt(s.unit_f1):>8}{_fmt(s.fact_containment):>8}"
            f"{_fmt(s.citation_accuracy):>8}{declined:>10}{sum(r.wrong_lead for r in group):>10}"
            f"{_fmt(_mean(yes)):>8}{_fmt(ok):>11}"
        )
    return "\n".join(lines)


THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def coverage_curve(records: Sequence[Record], thresholds: Sequence[float] = THRESHOLDS) -> str:
    """Coverage vs accuracy if answers below each confidence were declined.

    coverage: answerable questions answered; accuracy: answers given that are right in every checked part
    (an answer to an unanswerable question counts as wrong); declined-unanswerable; wrong leads still stated.
    """
    lines = [
        f"{'threshold':>10}{'coverage':>10}{'accuracy':>10}{'correct':>9}{'unans declined':>16}{'wrongLead':>10}"
    ]
    answerable = [r for r in records if r.gold.answerable]
    unanswerable = [r for r in records if not r.gold.answerable]
    for t in thresholds:
        kept = [r for r in records if not r.answer.abstained and r.answer.confidence >= t]
        right = [r for r in kept if r.gold.answerable and r.correct]
        declined_unans = sum(r not in kept for r in unanswerable)
        overall = (len(right) + declined_unans) / len(records) if records else 0.0
        lines.append(
            f"{t:>10.2f}{_fmt(sum(r.gold.answerable for r in kept) / len(answerable) if answerable else None):>10}"
            f"{_fmt(len(right) / len(kept) if kept else None):>10}{_fmt(overall):>9}"
            f"{_fmt(declined_unans / len(unanswerable) if unanswerable else None):>16}"
            f"{sum(r.wrong_lead for r in kept):>10}"
        )
    return "\n".join(lines)


def failures(records: Sequence[Record]) -> str:
    """Every question with a problem, what was expected and what came back."""
    out = []
    for r in records:
        if not r.problems:
            continue
        out.append(f"[{r.gold.id}] {r.gold.question}  ({r.gold.intent})")
        for problem in r.problems:
            out.append(f"    - {problem}")
        out.append(f"    答：{r.answer.answer[:160]}")
    return "\n".join(out) or "（无）"
