"""一对一上门招商计划书: the plan for calling on one target company, point by point as the action plans ask."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from drafting.basis import PolicyBasis, basis_paragraphs
from drafting.fields import FieldReader, require_items, require_text
from drafting.format import OfficialDocument
from drafting.narrative import Phrase, form_facts
from drafting.sanitize import safe_filename

KIND = "plan"
LABEL = "一对一上门招商计划书"
TOPIC = "上门招商计划书 一对一 潜在投资者 合作内容 项目建设内容 投资规模 合作模式 要素供给 决策人"


@dataclass(frozen=True)
class DecisionMaker:
    """对接决策人: a person at the target company with the power to decide."""

    name: str
    position: str = ""

    def __str__(self) -> str:
        return f"{self.name}（{self.position}）" if self.position else self.name


@dataclass(frozen=True)
class ScheduleItem:
    """One step of the 行程安排."""

    when: str
    activity: str
    place: str = ""


@dataclass(frozen=True)
class PlanForm:
    target_company: str
    industry_chain: str
    cooperation: str  # 合作内容
    construction: str  # 项目建设内容
    investment: str  # 投资规模
    cooperation_mode: str  # 合作模式
    factor_supply: str  # 要素供给情况
    decision_makers: tuple[DecisionMaker, ...]  # 对接决策人
    schedule: tuple[ScheduleItem, ...]  # 行程安排
    project_name: str = ""
    company_profile: str = ""
    advantages: str = ""  # 我方优势
    contact_person: str = ""
    contact_phone: str = ""
    issuer: str = ""
    date: dt.date | None = None

    def __post_init__(self) -> None:
        for value, label in (
            (self.target_company, "目标企业"),
            (self.industry_chain, "产业链"),
            (self.cooperation, "合作内容"),
            (self.construction, "项目建设内容"),
            (self.investment, "投资规模"),
            (self.cooperation_mode, "合作模式"),
            (self.factor_supply, "要素供给情况"),
        ):
            require_text(value, label)
        require_items(self.decision_makers, "对接决策人")
        require_items(self.schedule, "行程安排")

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> PlanForm:
        """Read the form from JSON-like data; keys in English or Chinese."""
        f = FieldReader(data)
        makers = tuple(
            DecisionMaker(r.text("name", "姓名", required=True), r.text("position", "职务"))
            for r in f.records("decision_makers", "对接决策人", "决策人", required=True)
        )
        schedule = tuple(
            ScheduleItem(
                when=r.text("when", "时间", "日期"),
                activity=r.text("activity", "安排", "活动", "内容", "name", required=True),
                place=r.text("place", "地点"),
            )
            for r in f.records("schedule", "行程安排", "行程", required=True)
        )
        values = {
            "target_company": f.text("target_company", "目标企业", "企业名称", required=True),
            "industry_chain": f.text("industry_chain", "产业链", "所属产业链", required=True),
            "cooperation": f.text("cooperation", "合作内容", required=True),
            "construction": f.text("construction", "项目建设内容", "建设内容", required=True),
            "investment": f.text("investment", "投资规模", required=True),
            "cooperation_mode": f.text("cooperation_mode", "合作模式", required=True),
            "factor_supply": f.text("factor_supply", "要素供给情况", "要素供给", required=True),
            "decision_makers": makers,
            "schedule": schedule,
            "project_name": f.text("project_name", "项目名称"),
            "company_profile": f.text("company_profile", "企业简介", "企业基本情况"),
            "advantages": f.text("advantages", "我方优势", "比较优势"),
            "contact_person": f.text("contact_person", "联系人"),
            "contact_phone": f.text("contact_phone", "联系电话"),
            "issuer": f.text("issuer", "编制单位", "发文机关"),
            "date": f.date("date", "成文日期", "编制日期"),
        }
        f.raise_missing()
        return cls(**values)


def title(form: PlanForm) -> str:
    return f"赴{form.target_company}{LABEL}"


def filename(form: PlanForm) -> str:
    return f"{safe_filename(form.target_company)[:50]}_{LABEL}.docx"


def compose(form: PlanForm, basis: PolicyBasis, phrase: Phrase | None = None) -> OfficialDocument:
    """The plan: the company, what to cooperate on, how much, how, what we supply, whom to meet and when."""
    doc = OfficialDocument(title(form))
    doc.title(title(form))
    who = form.issuer or "我们"
    project = f"推动{form.project_name}尽快签约落地" if form.project_name else "推动合作项目尽快签约落地"
    opening = (
        f"为精准对接{form.industry_chain}产业链潜在投资者，{who}拟赴{form.target_company}开展“一对一”上门招商，"
        f"深度对接企业关键决策人员，{project}。现将有关计划报告如下。"
    )
    doc.paragraph(phrase(LABEL, opening, form_facts(form)) if phrase else opening)
    doc.heading1("目标企业基本情况")
    doc.paragraph(
        form.company_profile or f"{form.target_company}是{form.industry_chain}产业链重点锁定的潜在投资者。"
    )
    for heading, value in (
        ("合作内容", form.cooperation),
        ("项目建设内容", form.construction),
        ("投资规模", form.investment),
        ("合作模式", form.cooperation_mode),
        ("要素供给情况", form.factor_supply),
    ):
        doc.heading1(heading)
        doc.paragraph(value)
    if form.advantages:
        doc.heading1("我方比较优势")
        doc.paragraph(form.advantages)
    doc.heading1("对接安排")
    doc.heading2("对接决策人。", "、".join(str(m) for m in form.decision_makers) + "。")
    doc.heading2("行程安排。")
    for n, step in enumerate(form.schedule, start=1):
        when = f"{step.when}，" if step.when else ""
        place = f"（地点：{step.place}）" if step.place else ""
        doc.paragraph(f"{n}.{when}{step.activity}{place}")
    doc.heading1("政策依据")
    for text in basis_paragraphs(basis):
        doc.paragraph(text)
    if form.contact_person or form.contact_phone:
        contact = "，".join(
            part
            for part in (
                f"联系人：{form.contact_person}" if form.contact_person else "",
                f"联系电话：{form.contact_phone}" if form.contact_phone else "",
            )
            if part
        )
        doc.blank()
        doc.paragraph(contact + "。")
    doc.signature(form.issuer, form.date or dt.date.today())
    return doc


EXAMPLE: dict[str, object] = {
    "target_company": "深圳某新能源电池材料股份有限公司",
    "industry_chain": "绿色矿业及新材料",
    "project_name": "锰基正极材料生产基地项目",
    "company_profile": "该公司是国内锂电池正极材料领域的骨干企业，2025年营业收入约86亿元，在华南、西南建有4个生产基地，正在规划新增锰基正极材料产能。",
    "cooperation": "围绕我州电解锰资源，合作建设锰基正极材料生产基地，配套建设前驱体生产线和研发中心。",
    "construction": "新建年产3万吨锰酸锂正极材料生产线、1万吨前驱体生产线及配套仓储、检测中心，用地约300亩，分两期建设。",
    "investment": "项目总投资约15亿元，其中一期投资6亿元，建成后预计年产值30亿元、税收1.5亿元。",
    "cooperation_mode": "由企业在湘西高新区设立独立法人公司投资建设，园区平台公司按“代建+租赁”方式提供标准厂房，适时引入产业基金参股。",
    "factor_supply": "园区可提供净地300亩，水、电、气、路、讯五通到位；110千伏变电站距项目地块1.5公里；本地锰矿资源及电解锰产能可保障原料供应。",
    "advantages": "我州锰资源储量居全国前列，电解锰产业基础扎实，湘西高新区为省级“五好”园区，物流成本较沿海低约15%。",
    "decision_makers": [
        {"name": "李建华", "position": "董事长"},
        {"name": "周敏", "position": "副总裁（分管投资发展）"},
    ],
    "schedule": [
        {
            "when": "12月8日上午",
            "activity": "赴企业总部座谈，介绍我州锰资源及园区承载条件",
            "place": "深圳市南山区",
        },
        {"when": "12月8日下午", "activity": "参观企业生产基地，了解工艺路线和用地用电需求"},
        {"when": "12月9日上午", "activity": "与企业投资发展部商谈合作框架协议主要条款"},
    ],
    "contact_person": "田晓峰",
    "contact_phone": "0743-8225678",
    "issuer": "湘西自治州商务局",
    "date": "2026-11-23",
}


FORM = PlanForm
