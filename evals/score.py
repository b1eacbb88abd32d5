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
from assistant.verify import unsupported
from evals.gold import GoldQuestion

_TITLE = re.compile(r"《[^《》]*》")
_PAREN = re.compile(r"[（(][^（）()]*[）)]")


def norm_text(text: str) -> str:
    return (
        re.sub(r"\s+", "", text).replace("％", "%").replace("，", ",").replace("（", "(").replace("）", ")")
    )


def norm_unit(name: str) -> str:
    """市数据局（营商环境建设局） ~ 市数据局; 各县市区政府 ~ 县市区政府."""
    name = _PAREN.sub("", re.sub(r"\s+", "", name))
    return name[1:] if name.startswith("各") else name


def norm_label(label: str) -> str:
    """ "二/(三)" → "三", "(一)/1" → "1", "1." → "1"."""
    last = label.split("/")[-1]
    return re.sub(r"[()（）、.．\s]", "", last)


def units_named(text: str, unit_names: Sequence[str]) -> list[str]:
    """Known unit names in reading order, longest match first, no overlaps (titles in 《》 ignored)."""
    body = _TITLE.sub(" ", text)
    spans: list[tuple[int, str]] = []
    taken = [False] * len(body)
    for name in sorted(set(unit_names), key=len, reverse=True):
        if len(name) < 3:
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
    problems: list[str] = field(default_factory=list)


def score_one(gold: GoldQuestion, answer: Answer, seconds: float, unit_names: Sequence[str]) -> Record:
    """Every metric for one question."""
    record = Record(gold, answer, seconds)
    text = answer.answer
    named = [norm_unit(n) for n in units_named(text, unit_names)]
    if gold.answerable and gold.lead_unit:
        record.lead_ok = bool(named) and named[0] == norm_unit(gold.lead_unit)
        if not record.lead_ok:
            record.problems.append(
                f"牵头单位应为 {gold.lead_unit}，答案首个单位为 {named[0] if named else '无'}"
            )
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
            if any(
                c.doc_id == doc_id and (not wanted or norm_label(c.section) in wanted)
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
    """One line per gold intent: count and the metrics that apply."""
    lines = [f"{'intent':<12}{'n':>4}{'lead':>9}{'unitF1':>9}{'facts':>9}{'cite':>9}{'abstain ok':>12}"]
    for intent in sorted({r.gold.intent for r in records}):
        group = [r for r in records if r.gold.intent == intent]
        s = summarise(group)
        ok = sum(r.answer.abstained != r.gold.answerable for r in group) / len(group)
        lines.append(
            f"{intent:<12}{len(group):>4}{_fmt(s.lead_accuracy):>9}{_fmt(s.unit_f1):>9}"
            f"{_fmt(s.fact_containment):>9}{_fmt(s.citation_accuracy):>9}{_fmt(ok):>12}"
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
