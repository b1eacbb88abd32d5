"""The domain model: policy documents, their numbered sections, tasks and quantitative targets.

Every record carries exact character offsets into the document's cleaned text, so that any citation
can be shown and checked: ``document.text[start:end] == quote``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any, Self

from pydantic import TypeAdapter


class Role(StrEnum):
    """A unit's part in a task: one spelling everywhere (CLI, API, UI, question analysis)."""

    ANY = "any"
    LEAD = "lead"  # 牵头单位
    COOPERATING = "cooperating"  # 配合单位


class LeadBasis(StrEnum):
    """How a task's lead was read; answers word the basis from this, so each value must be literally true."""

    NONE = ""  # no responsible unit
    DOCUMENT_RULE = "document_rule"  # the document says the first listed leads (列第一的为牵头单位)
    PHRASE_RULE = (
        "phrase_rule"  # the document says the units before the first comma lead (第一个逗号前为牵头单位)
    )
    EXPLICIT = "explicit"  # the text marks the lead: 牵头单位：X / X为牵头单位 / X（牵头）/ a 牵头单位 column
    INLINE = "inline"  # a sentence says so: X牵头，Y配合 / 由X牵头
    SINGLE_UNIT = (
        "single_unit"  # one responsible unit and no lead word (X负责): 负责单位, not "written as lead"
    )
    FIRST_LISTED = "first_listed"  # a list with no stated rule: the first listed is assumed to lead
    CONVENES = "convenes"  # X会同Y…: X acts and convenes Y; the text says 会同, not 牵头
    JOINT = "joint"  # A、B按职责分工负责 with no lead named and no rule: each responsible, nobody leads


# The bases under which the text (or a rule it states) says who leads: only these are worded as 牵头.
STATED_LEAD = frozenset(
    {LeadBasis.EXPLICIT, LeadBasis.INLINE, LeadBasis.DOCUMENT_RULE, LeadBasis.PHRASE_RULE}
)


@cache
def _adapter(cls: type) -> TypeAdapter:
    return TypeAdapter(cls)


class Record:
    """(De)serialisation for the frozen dataclasses of every layer, through pydantic, declared once.

    ``from_json`` validates types and shapes (a record with ``"text": null`` is refused, not half-loaded).
    """

    def to_json(self) -> dict[str, Any]:
        return _adapter(type(self)).dump_python(self, mode="json")

    @classmethod
    def from_json(cls, data: Any) -> Self:
        return _adapter(cls).validate_python(data)


@dataclass(frozen=True)
class Quote(Record):
    """A verbatim span of one document: ``document.text[start:end] == text``; what every citation rests on."""

    doc_id: str
    section: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Target(Record):
    """One quantitative target, e.g. 实际使用外商直接投资金额 超过 3000 万美元 (2025)."""

    metric: str
    comparator: str  # 超过 / 不少于 / 力争达到 / 以上 / "" when the text states a bare figure
    value: float
    value_text: str  # the number exactly as written ("3000", "1.5")
    unit: str  # 万美元 / 亿元 / % / 个 / 家 ...
    year: int | None
    scope: str  # 全州 / 全市 / 国家级园区 ... ("" when the text names none)
    quote: str
    start: int
    end: int
    qualitative: bool = False  # "达到全国先进水平", "实现全覆盖": value_text holds the goal, value is 0
    # a figure alone in a table cell: its column's header as printed ("签约项目总投资(亿元)")
    column: str = ""

    @property
    def cell_figure(self) -> str:
        """A table cell's figure with the unit its column's header gives it ("220亿元"); "" for any other."""
        return f"{self.value_text}{self.unit}" if self.column else ""


@dataclass(frozen=True)
class Section(Record):
    """A numbered heading and everything under it, e.g. id ``二/(三)``."""

    id: str  # path in the numbering hierarchy, labels joined by "/"
    label: str  # "二", "(三)", "7", "(1)", or a table row's first cell
    heading: str
    level: int  # 0 = part (a plan inside a compilation), 1 = 一、, 2 = (一), 3 = 1., 4 = (1), 5 = table row
    start: int
    end: int


@dataclass(frozen=True)
class Task(Record):
    """One actionable item: a numbered clause, a table row or an inline duty ("X牵头负责…")."""

    doc_id: str
    section: str  # Section.id of the item
    label: str  # the item's own number as written, normalised to ASCII brackets: "(三)", "7.", "1、"
    title: str  # 精准开发招商项目
    body: str
    units: tuple[str, ...]  # every responsible unit, verbatim and in document order
    lead_units: tuple[str, ...]  # 牵头单位
    cooperating_units: tuple[str, ...]  # everything in ``units`` that does not lead
    lead_basis: LeadBasis  # how the lead was read
    deadline: str  # "到2025年", "2021年底前", "每年" or ""
    targets: tuple[Target, ...]
    quote: str  # the evidence, exactly text[start:end]
    start: int
    end: int
    kind: str = (
        "item"  # item / table_row / inline_duty (a clause of an item with units of its own: "X牵头负责…",
    )
    # or a sentence run closed by its own 责任单位 bracket) / closing (the paragraphs after the last item,
    # section 结尾)
    heading_path: str = ""  # human-readable headings above the item, for display and chunk prefixes
    # The persons a row names beside its units (a 责任领导 / 牵头市领导 column): never units, shown when asked for
    persons: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Callers may pass the plain value ("explicit"); the record always holds the enum member.
        object.__setattr__(self, "lead_basis", LeadBasis(self.lead_basis))

    @property
    def evidence(self) -> Quote:
        return Quote(self.doc_id, self.section, self.quote, self.start, self.end)


@dataclass(frozen=True)
class DocumentMeta(Record):
    """What the document states about itself; empty strings where it does not say."""

    title: str = ""
    issuer: str = ""
    doc_number: str = ""  # 文号, e.g. 长政发〔2017〕30号
    date: str = ""  # ISO date when a full date is stated (成文日期)
    published: str = ""  # ISO 发布日期 a web page states beside the 成文日期; "" when it states none
    jurisdiction: str = ""  # 湘西州 / 长沙市 / 咸宁市 ...
    validity: str = ""  # 有效期至2025年12月 / 有效 / 自2018年1月1日起施行


@dataclass(frozen=True)
class PolicyDocument(Record):
    doc_id: str  # the source file's stem
    source_name: str  # the file name it was read from
    meta: DocumentMeta
    text: str  # cleaned text; all offsets point into it
    sections: tuple[Section, ...] = ()
    tasks: tuple[Task, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    parser_version: int = 0  # corpus.pipeline.PARSER_VERSION that produced this record; 0 = unknown/older

    @property
    def title(self) -> str:
        return self.meta.title or self.doc_id

    @property
    def jurisdiction(self) -> str:
        return self.meta.jurisdiction

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)
