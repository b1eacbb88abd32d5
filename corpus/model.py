"""The domain model: policy documents, their numbered sections, tasks and quantitative targets.

Every record carries exact character offsets into the document's cleaned text, so that any citation
can be shown and checked: ``document.text[start:end] == quote``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Target:
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

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["value"] = int(self.value) if float(self.value).is_integer() else self.value
        return data


@dataclass(frozen=True)
class Section:
    """A numbered heading and everything under it, e.g. id ``二/(三)``."""

    id: str  # path in the numbering hierarchy, labels joined by "/"
    label: str  # "二", "(三)", "7", "(1)", or a table row's first cell
    heading: str
    level: int  # 0 = part (a plan inside a compilation), 1 = 一、, 2 = (一), 3 = 1., 4 = (1), 5 = table row
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Task:
    """One actionable item: a numbered clause, a table row or an inline duty ("X牵头负责…")."""

    doc_id: str
    section: str  # Section.id of the item
    label: str  # the item's own number as written, normalised to ASCII brackets: "(三)", "7.", "1、"
    title: str  # 精准开发招商项目
    body: str
    units: tuple[str, ...]  # every responsible unit, verbatim and in document order
    lead_units: tuple[str, ...]  # 牵头单位
    cooperating_units: tuple[str, ...]  # everything in ``units`` that does not lead
    lead_basis: (
        str  # how the lead was read: document_rule / explicit / inline / single_unit / first_listed / ""
    )
    deadline: str  # "到2025年", "2021年底前", "每年" or ""
    targets: tuple[Target, ...]
    quote: str  # the evidence, exactly text[start:end]
    start: int
    end: int
    kind: str = "item"  # item / table_row / inline_duty
    heading_path: str = ""  # human-readable headings above the item, for display and chunk prefixes

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("units", "lead_units", "cooperating_units"):
            data[key] = list(data[key])
        data["targets"] = [t.to_json() for t in self.targets]
        return data


@dataclass(frozen=True)
class DocumentMeta:
    """What the document states about itself; empty strings where it does not say."""

    title: str = ""
    issuer: str = ""
    doc_number: str = ""  # 文号, e.g. 长政发〔2017〕30号
    date: str = ""  # ISO date when a full date is stated
    jurisdiction: str = ""  # 湘西州 / 长沙市 / 咸宁市 ...
    validity: str = ""  # 有效期至2025年12月 / 有效 / 自2018年1月1日起施行

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class PolicyDocument:
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

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source_name": self.source_name,
            "meta": self.meta.to_json(),
            "text": self.text,
            "sections": [s.to_json() for s in self.sections],
            "tasks": [t.to_json() for t in self.tasks],
            "warnings": list(self.warnings),
            "parser_version": self.parser_version,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PolicyDocument:
        def task(d: dict[str, Any]) -> Task:
            d = dict(d)
            d["targets"] = tuple(Target(**t) for t in d["targets"])
            for key in ("units", "lead_units", "cooperating_units"):
                d[key] = tuple(d[key])
            return Task(**d)

        return cls(
            doc_id=data["doc_id"],
            source_name=data["source_name"],
            meta=DocumentMeta(**data["meta"]),
            text=data["text"],
            sections=tuple(Section(**s) for s in data["sections"]),
            tasks=tuple(task(t) for t in data["tasks"]),
            warnings=tuple(data.get("warnings", ())),
            parser_version=int(data.get("parser_version", 0)),
        )
