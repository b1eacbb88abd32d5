"""A project ledger (台账) as rows of facts: read .csv (UTF-8 or GBK) or .xlsx, tolerate header variants.

Every data row becomes either a ``LedgerRow`` or a ``RowProblem`` carrying its spreadsheet row number and the
reason, so a cadre can fix the row and run again. Which columns are understood is documented in
drafting/README.md; ``COLUMNS`` below is the single source of those names.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from drafting.dates import parse_date
from drafting.errors import DraftingError, LedgerError
from drafting.organs import as_addressee
from drafting.reminder import LAG_STAGES, ReminderForm, lag_stages
from drafting.sanitize import clean_text

# The columns a ledger may have are the reminder form's fields (their labels and aliases, declared once in
# drafting/reminder.py), plus one status column per stage. A ledger's 滞后情况 column lists stages (履约、开工)
# where a form's 滞后情况 is prose, and its 资金到位 column may hold a rate: both are said here.
_FORM_COLUMNS = (
    "project_name", "addressee", "signing_date", "company", "investment", "total_investment", "lagging", "situation",
    "required_actions", "reply_deadline", "contact_person", "contact_phone",
)  # fmt: skip
_STATUS_COLUMNS: dict[str, tuple[str, ...]] = {
    "履约": ("履约", "履约情况", "是否履约", "履约状态"),
    "开工": ("开工", "开工情况", "是否开工", "开工状态"),
    "资金到位": ("资金到位", "资金到位情况", "资金是否到位", "资金到位率", "到位率", "到位资金情况"),
}


def _columns() -> dict[str, tuple[str, ...]]:
    specs = {spec.key: spec for spec in ReminderForm.specs()}
    columns = {key: (specs[key].label, *specs[key].aliases) for key in _FORM_COLUMNS}
    columns["lagging"] = (*columns["lagging"], "滞后情况")
    columns["situation"] = tuple(a for a in columns["situation"] if a != "滞后情况")
    return {**columns, **_STATUS_COLUMNS}


# canonical column → header spellings seen in ledgers (compared after removing blanks, * and line breaks)
COLUMNS: dict[str, tuple[str, ...]] = _columns()
# A unit in a header: 协议投资额（亿元）, 总投资(万元), 资金到位率（%）.
_HEADER_UNIT = re.compile(r"[（(]\s*(亿元|万元|万美元|亿美元|元|%|％)\s*[)）]")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
HEADER_SEARCH_ROWS = 10  # a title line or two often sits above the header
_LAGGING_WORDS = ("未", "否", "滞后", "逾期", "延期", "停滞", "没有", "×", "✗", "✘")
_ON_TRACK_WORDS = ("是", "已", "正常", "完成", "按期", "到位", "√", "✓", "✔")


@dataclass(frozen=True)
class LedgerRow:
    """One project of the ledger, values as written (dates parsed), stages that lag in natural order."""

    row: int  # the spreadsheet row number, as the cadre sees it
    project_name: str
    addressee: str
    signing_date: dt.date
    lagging: tuple[str, ...]
    company: str = ""
    investment: str = ""
    situation: str = ""
    required_actions: tuple[str, ...] = ()
    reply_deadline: dt.date | None = None
    contact_person: str = ""
    contact_phone: str = ""
    total_investment: str = ""
    fund_rate: str = ""  # 资金到位率 as the ledger gives it: "30%"
    warnings: tuple[str, ...] = ()  # what was completed or left out (a bare place as addressee…)


@dataclass(frozen=True)
class RowProblem:
    row: int
    project_name: str
    reason: str

    def __str__(self) -> str:
        name = f"（{self.project_name}）" if self.project_name else ""
        return f"第{self.row}行{name}：{self.reason}"


@dataclass(frozen=True)
class Ledger:
    source_name: str
    rows: tuple[LedgerRow, ...]
    problems: tuple[RowProblem, ...]
    columns: tuple[str, ...]  # canonical names of the columns found, in sheet order


def _normalise_header(cell: object) -> str:
    return re.sub(r"[\s*＊:：]", "", clean_text(cell))


def _match_column(header: str) -> str | None:
    if not header:
        return None
    for name, aliases in COLUMNS.items():
        if header in aliases:
            return name
    # "协议投资额（亿元）", "签约时间(年月日)": a known spelling followed by a qualifier.
    best: tuple[int, str] | None = None
    for name, aliases in COLUMNS.items():
        for alias in aliases:
            if len(alias) >= 3 and header.startswith(alias) and (best is None or len(alias) > best[0]):
                best = (len(alias), name)
    return best[1] if best else None


def _header(rows: list[tuple[int, list[object]]]) -> tuple[int, dict[int, str], dict[str, str]]:
    """The header row's index, column → canonical name, and canonical name → unit its header states."""
    for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping: dict[int, str] = {}
        units: dict[str, str] = {}
        for col, cell in enumerate(cells):
            name = _match_column(_normalise_header(cell))
            if name and name not in mapping.values():
                mapping[col] = name
                unit = _HEADER_UNIT.search(clean_text(cell))
                if unit:
                    units[name] = unit.group(1).replace("％", "%")
        if "project_name" in mapping.values():
            return index, mapping, units
    raise LedgerError("台账中找不到表头行：前10行里没有“项目名称”列。")


def _plain_number(value: object) -> Decimal | None:
    """A cell that is only a number (6.8, 150000, "150000", "1,500"), exactly as written; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        # str() of a float is its shortest exact spelling: 6.8 stays 6.8, never 6.79999.
        return Decimal(str(value))
    text = clean_text(value).strip().replace(",", "").replace("，", "")
    return Decimal(text) if _NUMBER.match(text) else None


def _spell(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text


def amount_text(value: object, unit: str) -> tuple[str, str]:
    """An amount cell as a cadre writes it, and a warning when it cannot be written.

    A cell that carries its own unit (8亿元) stands as written. A bare number takes the header's unit:
    6.8 under 协议投资额（亿元） is 6.8亿元; 150000 under 总投资（万元） is 15亿元 — converted only when the
    result is exact to two decimals, otherwise it stays 123456万元. A bare number with no unit anywhere is left
    out of the letter rather than guessed.
    """
    if value is None or not clean_text(value).strip():
        return "", ""
    number = _plain_number(value)
    if number is None:
        return clean_text(value).strip(), ""
    if unit == "万元" and number >= 10000:
        yi = number / 10000
        if yi == yi.quantize(Decimal("0.01")):
            return f"{_spell(yi)}亿元", ""
    if unit:
        return f"{_spell(number)}{unit}", ""
    return "", f"投资额“{_spell(number)}”未注明单位（请在表头写明亿元或万元），提醒函中未写投资额"


def rate_text(value: object) -> str:
    """A 资金到位 cell as a rate (30%), or "" when it holds a word (已到位) or nothing."""
    if value is None:
        return ""
    text = clean_text(value).strip()
    percent = re.fullmatch(r"(\d+(?:\.\d+)?)\s*[%％]", text)
    if percent:
        return f"{_spell(Decimal(percent.group(1)))}%"
    number = _plain_number(value)
    if number is None:
        return ""
    # Excel keeps a percentage cell as a fraction (0.35); a number above 1 is already in percent.
    return f"{_spell(number * 100 if number <= 1 else number)}%"


def status_lags(value: object, stage: str, fund_threshold: float) -> bool | None:
    """Whether a status cell says the stage lags; None when blank; ValueError when unreadable.

    Words (未开工 / 否 / 滞后 → lags; 已开工 / 是 / 正常 → on track) or, for 资金到位, a rate (35%, 0.35):
    a rate below ``fund_threshold`` percent lags.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        rate = float(value) * (100 if float(value) <= 1 else 1)
        if stage != "资金到位":
            raise ValueError(f"{stage}列应填“已{stage}/未{stage}”，不是数字")
        return rate < fund_threshold
    text = clean_text(value).strip()
    percent = re.fullmatch(r"(\d+(?:\.\d+)?)\s*[%％]", text)
    if percent:
        if stage != "资金到位":
            raise ValueError(f"{stage}列应填“已{stage}/未{stage}”，不是百分比")
        return float(percent.group(1)) < fund_threshold
    if _plain_number(text) is not None:
        return status_lags(float(_plain_number(text)), stage, fund_threshold)
    lowered = text.lower()
    if any(word in text for word in _LAGGING_WORDS) or lowered in {"n", "no", "false", "x"}:
        return True
    if any(word in text for word in _ON_TRACK_WORDS) or lowered in {"y", "yes", "true", "ok"}:
        return False
    raise ValueError(f"{stage}状态“{text[:20]}”无法识别（可填：已{stage} / 未{stage} / 滞后 / 正常）")


def _row(
    number: int, values: dict[str, object], fund_threshold: float, units: dict[str, str] | None = None
) -> LedgerRow | RowProblem:
    def text(name: str) -> str:
        return clean_text(values.get(name)).strip()

    units = units or {}
    project = text("project_name")
    if not project:
        return RowProblem(number, "", "缺少项目名称")
    addressee, addressee_warning = as_addressee(text("addressee"))
    if not addressee:
        return RowProblem(number, project, "缺少责任单位（提醒函的主送机关）")
    raw_signed = values.get("signing_date")
    if raw_signed in (None, "") or not clean_text(raw_signed).strip():
        return RowProblem(number, project, "缺少签约时间")
    signed = parse_date(raw_signed)
    if signed is None:
        return RowProblem(number, project, f"签约时间“{clean_text(raw_signed).strip()[:30]}”无法识别")
    deadline = None
    if text("reply_deadline"):
        deadline = parse_date(values.get("reply_deadline"))
        if deadline is None:
            return RowProblem(number, project, f"反馈期限“{text('reply_deadline')[:30]}”无法识别")
    found: set[str] = set()
    try:
        for stage in LAG_STAGES:
            if status_lags(values.get(stage), stage, fund_threshold):
                found.add(stage)
        listed = text("lagging")
        if listed and listed not in {"无", "—", "-", "/", "否"}:
            found.update(lag_stages((listed,)))
    except ValueError as exc:
        return RowProblem(number, project, str(exc))
    except DraftingError as exc:
        return RowProblem(number, project, exc.message)
    actions = tuple(a.strip() for a in re.split(r"[\n；;]", text("required_actions")) if a.strip())
    investment, investment_warning = amount_text(values.get("investment"), units.get("investment", ""))
    total, total_warning = amount_text(values.get("total_investment"), units.get("total_investment", ""))
    fund_rate = rate_text(values.get("资金到位"))
    warnings = tuple(w for w in (addressee_warning, investment_warning, total_warning) if w)
    return LedgerRow(
        row=number,
        project_name=project,
        addressee=addressee,
        signing_date=signed,
        lagging=tuple(s for s in LAG_STAGES if s in found),
        company=text("company"),
        investment=investment,
        total_investment=total,
        situation=text("situation"),
        required_actions=actions,
        reply_deadline=deadline,
        contact_person=text("contact_person"),
        contact_phone=text("contact_phone"),
        fund_rate=fund_rate,
        warnings=warnings,
    )


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise LedgerError("台账文件编码无法识别，请另存为 UTF-8 或 GBK 编码的 CSV。")


def _csv_rows(data: bytes) -> list[tuple[int, list[object]]]:
    text = _decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [(n, list(cells)) for n, cells in enumerate(csv.reader(io.StringIO(text), dialect), start=1)]


def _xlsx_rows(data: bytes) -> list[tuple[int, list[object]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file; all mean the same to the user
        raise LedgerError(
            "无法读取 Excel 台账：文件已损坏、加了密码或不是 .xlsx 格式，请在 Excel/WPS 中打开后另存为 .xlsx 或 .csv。"
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        return [(n, list(cells)) for n, cells in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        workbook.close()


def parse_ledger(name: str, data: bytes, fund_threshold: float = 100.0) -> Ledger:
    """The ledger in ``data`` (a .csv or .xlsx called ``name``): good rows and row-numbered problems."""
    suffix = Path(name).suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        rows = _xlsx_rows(data)
    elif suffix in {".csv", ".txt", ".tsv"}:
        rows = _csv_rows(data)
    elif suffix == ".xls":
        raise LedgerError("不支持旧版 .xls 台账，请在 Excel/WPS 中另存为 .xlsx 或 .csv。")
    else:
        raise LedgerError(f"不支持的台账文件类型“{suffix or name}”，请使用 .csv 或 .xlsx。")
    header_index, mapping, units = _header(rows)
    if "signing_date" not in mapping.values():
        raise LedgerError("台账缺少“签约时间”列。")
    if "addressee" not in mapping.values():
        raise LedgerError("台账缺少“责任单位”（或承办单位、所在县市区）列。")
    if not {"lagging", *LAG_STAGES} & set(mapping.values()):
        raise LedgerError("台账缺少履约、开工、资金到位状态列或“滞后环节”列，无法判断哪些项目滞后。")
    good, problems = [], []
    for number, cells in rows[header_index + 1 :]:
        if all(cell is None or not clean_text(cell).strip() for cell in cells):
            continue
        values = {name: cells[col] for col, name in mapping.items() if col < len(cells)}
        parsed = _row(number, values, fund_threshold, units)
        (problems if isinstance(parsed, RowProblem) else good).append(parsed)
    if not good and not problems:
        raise LedgerError("台账表头下没有项目数据行。")
    return Ledger(Path(name).name, tuple(good), tuple(problems), tuple(mapping[c] for c in sorted(mapping)))


def read_ledger(path: Path, fund_threshold: float = 100.0) -> Ledger:
    """Read a ledger file from disk."""
    path = Path(path)
    if not path.is_file():
        raise LedgerError(f"找不到台账文件：{path}")
    return parse_ledger(path.name, path.read_bytes(), fund_threshold)


EXAMPLE_CSV = """项目名称,签约企业,协议投资额（亿元）,责任单位,签约时间,履约情况,开工情况,资金到位率,反馈期限,情况说明
年产5万吨锰基新材料项目,湖南某新材料科技有限公司,8,泸溪县人民政府,2025-06-18,已履约,未开工,30%,2026-12-10,施工许可尚未办结
猕猴桃精深加工项目,湘西某农业开发有限公司,2.5,凤凰县,2025年3月2日,未履约,未开工,0%,,企业股东调整，协议约定的设立登记未完成
智能终端结构件生产基地项目,深圳某电子科技有限公司,5,湘西高新区管委会,2025/9/12,已履约,已开工,100%,,
酒业文旅融合综合体项目,湖南某酒业集团有限公司,12,永顺县人民政府,2024-11-30,已履约,已开工,45%,2026-12-15,二期资金未按协议到位
"""
