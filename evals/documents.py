"""Score the parser on real documents from other places: each ``<stem>.<ext>`` beside a ``<stem>.key.json``.

The key lists the document's tasks (label, title, units, lead_units, cooperating_units, lead_basis, deadline,
targets) and its metadata (title, doc_number, issuer, date, jurisdiction), written by reading the document.
Parsed tasks are matched to key tasks by label and title similarity; then per document:

- tasks — key tasks matched / key tasks (and how many tasks with units the parser found);
- lead accuracy — key tasks with units whose parsed *stated* lead set equals the key's, an empty set where the
  key names no lead (an unmatched task is wrong). A first-listed presumption on a list with no stated rule
  (LeadBasis.FIRST_LISTED, which answers word as a presumption, as the issue asks) is not a stated lead; nor is a
  key's own ``first_listed_no_rule``. Keys differ on whether to write such a presumption down, so the strict
  figure — every parsed lead, presumed or stated, against every key lead — is printed beside it;
- wrong leads — parsed stated leads that differ from the key (the worst outcome: a confident error);
- unit F1 — micro F1 of parsed vs key unit sets over key tasks;
- target recall — key targets whose number (and unit) appears among the matched task's targets;
- metadata — non-empty key fields read exactly;
- junk — unit names the parser produced anywhere in the document that the key never names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from corpus.model import LeadBasis, PolicyDocument, Task
from corpus.pipeline import parse_file

META_FIELDS = ("title", "doc_number", "issuer", "date", "jurisdiction")
# The keys' own words for how a lead was read, mapped to corpus.model.LeadBasis values.
_KEY_BASIS = {
    "sole_responsible": "single_unit",
    "first_listed_no_rule": "first_listed",
    "none": "",
}


@dataclass
class DocScore:
    name: str
    key_tasks: int = 0
    matched: int = 0
    parsed_with_units: int = 0
    lead_total: int = 0
    lead_right: int = 0
    strict_right: int = 0
    presumed: int = 0
    wrong_leads: int = 0
    basis_right: int = 0
    unit_tp: int = 0
    unit_fp: int = 0
    unit_fn: int = 0
    target_total: int = 0
    target_found: int = 0
    meta_total: int = 0
    meta_right: int = 0
    meta_wrong: list[str] = field(default_factory=list)
    units_out: int = 0
    junk: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def lead_accuracy(self) -> float:
        return self.lead_right / self.lead_total if self.lead_total else 1.0

    @property
    def unit_f1(self) -> float:
        return _f1(self.unit_tp, self.unit_fp, self.unit_fn)

    @property
    def junk_rate(self) -> float:
        return len(self.junk) / self.units_out if self.units_out else 0.0


def _f1(tp: int, fp: int, fn: int) -> float:
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text or "").replace("（", "(").replace("）", ")")


def _norm_meta(name: str, value: str) -> str:
    """Keys differ on a congress's session ("第十二届") and a meeting number; the body is the same."""
    value = _norm(value)
    if name == "issuer":
        value = re.sub(r"第[一二三四五六七八九十百零〇\d]+届", "", value)
        value = re.sub(r"第[一二三四五六七八九十百零〇\d]+次会议$", "", value)
    if name == "jurisdiction":
        # "江苏省苏州市" and "苏州市" name one city: the province above it is not part of its level.
        value = re.sub(
            r"^[\u4e00-\u9fff]{2,7}?(?:省|自治区)(?=[\u4e00-\u9fff]{2,}(?:市|州|盟|地区))", "", value
        )
    return value


def _norm_label(label: str) -> str:
    return re.sub(r"[()（）、.．\s]", "", (label or "").split("/")[-1])


def _similarity(key_task: dict, task: Task) -> float:
    # A key may write the label with its parents ("八1", "四（二）"), as the section path does ("八/1").
    key_label = _norm_label(key_task.get("label", ""))
    # "第四条-1", "一-2": a key may score an article's or item's clauses one by one; the clause records cut out
    # of that item are its candidates, and the title picks among them.
    clause = re.fullmatch(r"(.+?)-(\d{1,2})", key_label)
    if clause:
        key_label = clause.group(1)
    path = re.sub(r"[()（）、.．\s/]", "", task.section)
    label = (
        1.0
        if key_label in (_norm_label(task.label), path) or (len(key_label) >= 3 and path.endswith(key_label))
        else 0.0
    )
    if clause and task.kind != "inline_duty":
        label *= 0.5
    key_title, title = _norm(key_task.get("title", "")), _norm(task.title)
    if not key_title or not title:
        text = 0.0
    elif key_title in _norm(task.body) and (
        key_title.startswith(title[:6]) or title.startswith(key_title[:6])
    ):
        text = 1.0
    else:
        text = SequenceMatcher(None, key_title, title).ratio()
    # Keys list items (articles, numbered clauses, table rows): an item beats the clause-level record cut
    # out of it when both carry the label.
    kind = 0.2 if (task.kind != "inline_duty") != bool(clause) else 0.0
    return label * 0.6 + text * 0.4 + kind


def match_tasks(key_tasks: Sequence[dict], tasks: Sequence[Task]) -> list[Task | None]:
    """Best one-to-one pairing, greedily by similarity; a pair needs the label or a close title."""
    pairs = sorted(
        ((_similarity(k, t), i, j) for i, k in enumerate(key_tasks) for j, t in enumerate(tasks)),
        reverse=True,
    )
    out: list[Task | None] = [None] * len(key_tasks)
    used: set[int] = set()
    for score, i, j in pairs:
        if score < 0.45:
            break
        if out[i] is None and j not in used:
            out[i] = tasks[j]
            used.add(j)
    return out


def _number(text: str) -> str:
    return str(text).replace(",", "").replace("，", "").strip()


def _target_found(key_target: dict | str, task: Task | None) -> bool:
    if task is None:
        return False
    if isinstance(key_target, str):
        # Some keys list a task's targets as their quoted wording only.
        key_target = {"quote": key_target}
    value = _number(key_target.get("value_text", ""))
    unit = key_target.get("unit") or ""
    value = re.sub(r"(?:及以上|以上|以下|左右|以内|多|余)$", "", value)  # "8.5%以上": the figure is 8.5%
    if unit and value.endswith(unit):
        # Some keys write the value with its unit ("3%", unit "%").
        value = value[: -len(unit)].strip()
    for t in task.targets:
        if value and _number(t.value_text) != value:
            continue
        if unit and t.unit and unit not in t.unit and t.unit not in unit:
            continue
        if not value and _norm(key_target.get("quote", ""))[:8] not in _norm(t.quote + t.metric):
            continue
        return True
    return False


def score_document(path: Path, key: dict, doc: PolicyDocument) -> DocScore:
    s = DocScore(path.name)
    key_tasks = key.get("tasks", [])
    s.key_tasks = len(key_tasks)
    s.parsed_with_units = sum(1 for t in doc.tasks if t.units and t.kind != "inline_duty")
    matched = match_tasks(key_tasks, list(doc.tasks))
    key_units_all = {_norm(u) for k in key_tasks for u in k.get("units", [])}
    for k, task in zip(key_tasks, matched, strict=True):
        s.matched += task is not None
        key_units = {_norm(u) for u in k.get("units", [])}
        got_units = {_norm(u) for u in task.units} if task else set()
        s.unit_tp += len(key_units & got_units)
        s.unit_fp += len(got_units - key_units)
        s.unit_fn += len(key_units - got_units)
        key_written = {_norm(u) for u in k.get("lead_units", [])}
        got_any = {_norm(u) for u in task.lead_units} if task else set()
        presumed = bool(task) and task.lead_basis == LeadBasis.FIRST_LISTED
        key_lead = set() if k.get("lead_basis") == "first_listed_no_rule" else key_written
        got_lead = set() if presumed else got_any
        # A task with units but no lead in the key counts too: stating a lead there is a wrong lead.
        if key_lead or key_units:
            s.lead_total += 1
            right = key_lead == got_lead
            s.lead_right += right
            s.strict_right += key_written == got_any
            s.presumed += presumed
            if got_lead and not right:
                s.wrong_leads += 1
            basis = _KEY_BASIS.get(k.get("lead_basis", ""), k.get("lead_basis", ""))
            s.basis_right += bool(task) and right and str(task.lead_basis) == basis
            if not right:
                label = k.get("label", "")
                s.misses.append(
                    f"{label} {k.get('title', '')[:14]}: key {'、'.join(k['lead_units'])} / "
                    f"got {'、'.join(task.lead_units) if task else '(no task)'}"
                    + (" (presumed)" if presumed else "")
                )
        for target in k.get("targets", []):
            s.target_total += 1
            s.target_found += _target_found(target, task)
    produced = {_norm(u) for t in doc.tasks for u in t.units}
    s.units_out = len(produced)
    s.junk = sorted(produced - key_units_all)
    for name in META_FIELDS:
        want = _norm_meta(name, key.get(name, ""))
        if not want:
            continue
        s.meta_total += 1
        got = _norm_meta(name, getattr(doc.meta, name, ""))
        if got == want:
            s.meta_right += 1
        else:
            s.meta_wrong.append(f"{name}: key {want!r} / got {got!r}")
    return s


def document_files(folder: Path) -> list[tuple[Path, Path]]:
    """(document, key) pairs: every ``*.key.json`` with a document of the same stem beside it."""
    pairs = []
    for key in sorted(folder.glob("*.key.json")):
        stem = key.name[: -len(".key.json")]
        docs = [p for p in folder.glob(stem + ".*") if p != key and not p.name.endswith(".json")]
        if docs:
            pairs.append((docs[0], key))
    return pairs


def score_folder(folder: Path) -> list[DocScore]:
    scores = []
    for doc_path, key_path in document_files(folder):
        key = json.loads(key_path.read_text(encoding="utf-8"))
        try:
            doc = parse_file(doc_path)
        except Exception as exc:  # a document the parser refuses scores zero, with the reason shown
            s = DocScore(doc_path.name, key_tasks=len(key.get("tasks", [])), error=str(exc))
            s.lead_total = sum(1 for k in key.get("tasks", []) if k.get("lead_units"))
            scores.append(s)
            continue
        scores.append(score_document(doc_path, key, doc))
    return scores


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def report(scores: Sequence[DocScore], verbose: bool = False) -> str:
    head = "| document | tasks found/key | lead | wrong leads | unit F1 | targets | meta | junk |"
    lines = [head, "|---|---|---|---|---|---|---|---|"]
    for s in scores:
        targets = f"{s.target_found}/{s.target_total}" if s.target_total else "—"
        lines.append(
            f"| {s.name[:40]} | {s.matched}/{s.key_tasks} | {_pct(s.lead_accuracy)} ({s.lead_right}/{s.lead_total})"
            f" | {s.wrong_leads} | {_pct(s.unit_f1)} | {targets} | {s.meta_right}/{s.meta_total}"
            f" | {len(s.junk)}/{s.units_out} |"
        )
    total = DocScore("TOTAL")
    for s in scores:
        for name in [
            "key_tasks",
            "matched",
            "lead_total",
            "lead_right",
            "strict_right",
            "presumed",
            "wrong_leads",
            "basis_right",
            "unit_tp",
            "unit_fp",
            "unit_fn",
            "target_total",
            "target_found",
            "meta_total",
            "meta_right",
            "units_out",
        ]:
            setattr(total, name, getattr(total, name) + getattr(s, name))
        total.junk += s.junk
    lines.append(
        f"| **total** | {total.matched}/{total.key_tasks} | {_pct(total.lead_accuracy)} "
        f"({total.lead_right}/{total.lead_total}) | {total.wrong_leads} | {_pct(total.unit_f1)} | "
        f"{total.target_found}/{total.target_total} | {total.meta_right}/{total.meta_total} | "
        f"{len(total.junk)}/{total.units_out} ({_pct(total.junk_rate).strip()}) |"
    )
    lines.append(f"\nlead basis as keyed (of right leads): {total.basis_right}/{total.lead_right}")
    lines.append(
        f"strict lead (a first-listed presumption counted as a lead, on both sides): "
        f"{_pct(total.strict_right / total.lead_total if total.lead_total else 1.0).strip()} "
        f"({total.strict_right}/{total.lead_total}); presumptions among scored tasks: {total.presumed}"
    )
    for s in scores:
        extra = []
        if s.error:
            extra.append(f"  error: {s.error}")
        if s.junk:
            extra.append("  junk units: " + "、".join(s.junk[:15]) + (" …" if len(s.junk) > 15 else ""))
        if s.meta_wrong:
            extra.extend("  meta " + m for m in s.meta_wrong)
        if verbose and s.misses:
            extra.extend("  lead " + m for m in s.misses)
        if extra:
            lines.append(s.name)
            lines.extend(extra)
    return "\n".join(lines)


def main(folder: Path, verbose: bool = False) -> int:
    scores = score_folder(folder)
    if not scores:
        print(f"{folder}: 没有找到 <文件>.key.json 与同名文档。")
        return 2
    print(report(scores, verbose))
    return 0
