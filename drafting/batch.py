"""Reminder letters in bulk: one 项目推进提醒函 per lagging project of a ledger, plus a summary table.

Output goes to a folder or, when the target ends in .zip, into one zip file. A row that cannot be drafted is
reported with its row number and reason and skipped; the rest are drafted.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from assistant.answer import Answer
from corpus.model import PolicyDocument
from drafting import reminder
from drafting.basis import PolicyBasis, policy_basis
from drafting.errors import DraftingError, MissingField
from drafting.format import OfficialDocument, chinese_date
from drafting.kinds import draft_document
from drafting.ledger import Ledger, LedgerRow, RowProblem
from drafting.sanitize import safe_filename

SUMMARY_XLSX = "提醒函汇总表.xlsx"
SUMMARY_DOCX = "提醒函汇总表.docx"
DEFAULT_REPLY_DAYS = 15


@dataclass(frozen=True)
class BatchOptions:
    """What every letter of the batch shares; a ledger column (反馈期限, 联系人, 联系电话) wins per row."""

    issuer: str
    date: dt.date
    reply_deadline: dt.date | None = None  # default: DEFAULT_REPLY_DAYS after ``date``
    contact_person: str = ""
    contact_phone: str = ""

    def __post_init__(self) -> None:
        if not self.issuer.strip():
            raise MissingField("发函单位")


class NothingDrafted(DraftingError):
    """Every row of the ledger was skipped: there is no letter to hand out, and the reasons say why."""

    code = "nothing_drafted"


def check_options(ledger: Ledger, options: BatchOptions) -> None:
    """Before drafting: MissingField for what every letter needs and neither the form nor the ledger gives."""
    missing = []
    if not options.contact_person.strip() and not any(r.contact_person for r in ledger.rows):
        missing.append("联系人")
    if not options.contact_phone.strip() and not any(r.contact_phone for r in ledger.rows):
        missing.append("联系电话")
    if missing:
        raise MissingField(*missing)


@dataclass(frozen=True)
class LetterEntry:
    row: int
    project_name: str
    addressee: str
    signing_date: dt.date
    lagging: tuple[str, ...]
    reply_deadline: dt.date
    filename: str


@dataclass(frozen=True)
class BatchReport:
    output: Path
    letters: tuple[LetterEntry, ...]
    on_track: tuple[LedgerRow, ...]  # rows read fine, nothing lagging: no letter
    problems: tuple[RowProblem, ...]  # skipped rows, by row number
    basis: PolicyBasis
    warnings: tuple[str, ...] = ()  # drafted, but a cadre should look: "第3行（…）：责任单位“泸溪县”是地名…"
    notes: tuple[str, ...] = ()  # about the 政策依据: an expired plan, none found

    def summary(self) -> str:
        return (
            f"已起草提醒函 {len(self.letters)} 份，无需提醒 {len(self.on_track)} 个项目，"
            f"跳过 {len(self.problems)} 行。"
        )

    def details(self) -> list[str]:
        """Skipped rows, warnings and notes, one line each."""
        return (
            [f"跳过 {problem}" for problem in self.problems]
            + [f"注意 {warning}" for warning in self.warnings]
            + [f"提示 {note}" for note in self.notes]
        )

    def lines(self) -> list[str]:
        """A plain-language account for the terminal or a UI message."""
        return [f"{self.summary()}输出：{self.output}", *(f"  {line}" for line in self.details())]


def _form(row: LedgerRow, options: BatchOptions) -> reminder.ReminderForm:
    deadline = row.reply_deadline or options.reply_deadline or options.date + dt.timedelta(DEFAULT_REPLY_DAYS)
    return reminder.ReminderForm(
        addressee=row.addressee,
        project_name=row.project_name,
        signing_date=row.signing_date,
        lagging=row.lagging,
        reply_deadline=deadline,
        contact_person=row.contact_person or options.contact_person,
        contact_phone=row.contact_phone or options.contact_phone,
        issuer=options.issuer,
        date=options.date,
        required_actions=row.required_actions,
        company=row.company,
        investment=row.investment,
        situation=row.situation,
        total_investment=row.total_investment,
        fund_rate=row.fund_rate,
    )


def _summary_xlsx(report_rows: Sequence[LetterEntry], on_track, problems) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "提醒函清单"
    sheet.append(["序号", "台账行号", "项目名称", "主送单位", "签约时间", "滞后环节", "反馈期限", "文件名"])
    for n, e in enumerate(report_rows, start=1):
        sheet.append(
            [n, e.row, e.project_name, e.addressee, chinese_date(e.signing_date), "、".join(e.lagging),
             chinese_date(e.reply_deadline), e.filename]
        )  # fmt: skip
    skipped = book.create_sheet("未起草的行")
    skipped.append(["台账行号", "项目名称", "原因"])
    for p in problems:
        skipped.append([p.row, p.project_name, p.reason])
    fine = book.create_sheet("无需提醒")
    fine.append(["台账行号", "项目名称", "主送单位"])
    for r in on_track:
        fine.append([r.row, r.project_name, r.addressee])
    for ws in book.worksheets:
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
        for column in ws.columns:
            longest = max(len(str(c.value or "")) for c in column)
            ws.column_dimensions[column[0].column_letter].width = min(60, max(8, longest * 2 + 2))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _summary_docx(letters: Sequence[LetterEntry], problems, options: BatchOptions) -> bytes:
    doc = OfficialDocument("项目推进提醒函发送情况汇总表", author=options.issuer)
    doc.title("项目推进提醒函发送情况汇总表")
    doc.paragraph(f"本批次共起草项目推进提醒函{len(letters)}份，具体如下：", keep_with_next=True)
    doc.table(
        ("序号", "项目名称", "主送单位", "滞后环节", "反馈期限"),
        [
            (str(n), e.project_name, e.addressee, "、".join(e.lagging), chinese_date(e.reply_deadline))
            for n, e in enumerate(letters, start=1)
        ],
    )
    if problems:
        doc.paragraph(f"另有{len(problems)}行台账数据不完整，未起草提醒函：")
        for p in problems:
            doc.paragraph(str(p))
    doc.signature(options.issuer, options.date)
    return doc.to_bytes()


class _Sink:
    """Files written either into a folder or into a zip that appears only when complete."""

    def __init__(self, out: Path):
        self.out = out
        self.zip_path = out if out.suffix.lower() == ".zip" else None
        self._tmp: str | None = None
        if self.zip_path:
            self.zip_path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(dir=self.zip_path.parent, prefix=".tmp-", suffix=".zip")
            os.close(fd)
            self._zip = zipfile.ZipFile(self._tmp, "w", compression=zipfile.ZIP_DEFLATED)
        else:
            out.mkdir(parents=True, exist_ok=True)

    def write(self, name: str, content: bytes) -> None:
        if self.zip_path:
            self._zip.writestr(name, content)
        else:
            (self.out / name).write_bytes(content)

    def close(self, ok: bool) -> None:
        if not self.zip_path or self._tmp is None:
            return
        self._zip.close()
        if ok:
            os.replace(self._tmp, self.zip_path)
        else:
            Path(self._tmp).unlink(missing_ok=True)


def draft_reminders(
    ledger: Ledger,
    options: BatchOptions,
    documents: Sequence[PolicyDocument],
    out: Path,
    ask: Callable[[str], Answer] | None = None,
) -> BatchReport:
    """Draft a letter for every lagging project of ``ledger`` into ``out`` (a folder, or a .zip file).

    NothingDrafted (and no output) when every row is skipped; MissingField when no row has a 联系人 and the
    options give none.
    """
    check_options(ledger, options)
    spec = reminder.SPEC
    bases: dict[tuple[str, ...], PolicyBasis] = {}  # one look-up per set of words a letter must not cite
    letters: list[LetterEntry] = []
    problems = list(ledger.problems)
    warnings: list[str] = []
    notes: dict[str, None] = {}
    on_track = [row for row in ledger.rows if not row.lagging]
    sink = _Sink(Path(out))
    ok = False
    try:
        for row in (r for r in ledger.rows if r.lagging):
            try:
                form = _form(row, options)
                exclude = spec.basis_excludes(form)
                if exclude not in bases:
                    bases[exclude] = policy_basis(
                        spec.topic, documents, ask=ask, prefer=options.issuer, exclude=exclude
                    )
                draft = draft_document("reminder", form, documents, basis=bases[exclude])
            except DraftingError as exc:
                problems.append(RowProblem(row.row, row.project_name, exc.message))
                continue
            notes.update(dict.fromkeys(draft.notes))
            warnings += [str(RowProblem(row.row, row.project_name, w)) for w in row.warnings]
            name = f"{len(letters) + 1:03d}_{safe_filename(row.project_name)[:60]}_{reminder.LABEL}.docx"
            sink.write(name, draft.content)
            letters.append(
                LetterEntry(row.row, row.project_name, row.addressee, row.signing_date, form.lagging,
                            form.reply_deadline, name)
            )  # fmt: skip
        problems.sort(key=lambda p: p.row)
        if not letters and not on_track:
            reasons = "；".join(str(p) for p in problems[:5]) + ("……" if len(problems) > 5 else "")
            raise NothingDrafted(f"台账中的{len(problems)}行都未能起草提醒函：{reasons}")
        sink.write(SUMMARY_XLSX, _summary_xlsx(letters, on_track, problems))
        sink.write(SUMMARY_DOCX, _summary_docx(letters, problems, options))
        ok = True
    finally:
        sink.close(ok)
    basis = next(iter(bases.values()), PolicyBasis(reminder.TOPIC, (), "none"))
    return BatchReport(
        Path(out), tuple(letters), tuple(on_track), tuple(problems), basis, tuple(warnings), tuple(notes)
    )
