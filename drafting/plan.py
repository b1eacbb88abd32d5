"""一对一上门招商计划书: the plan for calling on one target company, point by point as the action plans ask."""

from __future__ import annotations

import datetime as dt

from drafting.basis import PolicyBasis, basis_paragraphs
from drafting.fields import (
    FormModel,
    OfficialForm,
    OptionalPhone,
    OptionalText,
    Text,
    field,
    records,
)
from drafting.format import OfficialDocument
from drafting.kind import DraftKind
from drafting.narrative import Phrase, form_facts
from drafting.organs import self_reference
from drafting.sanitize import safe_filename
from drafting.wording import clause, numbered, sentence

KIND = "plan"
LABEL = "一对一上门招商计划书"
TOPIC = "上门招商计划书 一对一 潜在投资者 合作内容 项目建设内容 投资规模 合作模式 要素供给 决策人"


class DecisionMaker(FormModel):
    """对接决策人: a person at the target company with the power to decide."""

    name: Text = field("姓名", example="李建华")
    position: OptionalText = field("职务", default="", example="董事长")

    def __str__(self) -> str:
        # 公文 name a person by office first: 董事长李建华.
        return f"{self.position}{self.name}"


class ScheduleItem(FormModel):
    """One step of the 行程安排."""

    when: OptionalText = field("时间", "日期", default="", example="12月8日上午")
    activity: Text = field("安排", "活动", "内容", "name", example="赴企业总部座谈")
    place: OptionalText = field("地点", default="", example="深圳市南山区")


class PlanForm(OfficialForm):
    target_company: Text = field("目标企业", "企业名称", example="深圳某新能源电池材料股份有限公司")
    industry_chain: Text = field("产业链", "所属产业链", example="绿色矿业及新材料",
                                 help="如 绿色矿业及新材料（不必写“产业链”）")  # fmt: skip
    project_name: OptionalText = field("项目名称", default="", example="锰基正极材料生产基地项目")
    company_profile: OptionalText = field("企业简介", "企业基本情况", default="", example=(
        "该公司是国内锂电池正极材料领域的骨干企业，2025年营业收入约86亿元，在华南、西南建有4个生产基地，"
        "正在规划新增锰基正极材料产能。"))  # fmt: skip
    cooperation: Text = field("合作内容", example=(
        "围绕我州电解锰资源，合作建设锰基正极材料生产基地，配套建设前驱体生产线和研发中心。"))  # fmt: skip
    construction: Text = field("项目建设内容", "建设内容", example=(
        "新建年产3万吨锰酸锂正极材料生产线、1万吨前驱体生产线及配套仓储、检测中心，用地约300亩，分两期建设。"))  # fmt: skip
    investment: Text = field(
        "投资规模", example="项目总投资约15亿元，其中一期投资6亿元，建成后预计年产值30亿元、税收1.5亿元。"
    )
    cooperation_mode: Text = field("合作模式", example=(
        "由企业在湘西高新区设立独立法人公司投资建设，园区平台公司按“代建+租赁”方式提供标准厂房，适时引入产业基金参股。"))  # fmt: skip
    factor_supply: Text = field("要素供给情况", "要素供给", example=(
        "园区可提供净地300亩，水、电、气、路、讯五通到位；110千伏变电站距项目地块1.5公里；"
        "本地锰矿资源及电解锰产能可保障原料供应。"))  # fmt: skip
    advantages: OptionalText = field("我方优势", "比较优势", default="", example=(
        "我州锰资源储量居全国前列，电解锰产业基础扎实，湘西高新区为省级“五好”园区，物流成本较沿海低约15%。"))  # fmt: skip
    decision_makers: records(DecisionMaker) = field("对接决策人", "决策人", example=[
        {"name": "李建华", "position": "董事长"},
        {"name": "周敏", "position": "副总裁（分管投资发展）"},
    ], help="每行一人：姓名、职务")  # fmt: skip
    schedule: records(ScheduleItem) = field("行程安排", "行程", example=[
        {"when": "12月8日上午", "activity": "赴企业总部座谈，介绍我州锰资源及园区承载条件", "place": "深圳市南山区"},
        {"when": "12月8日下午", "activity": "参观企业生产基地，了解工艺路线和用地用电需求"},
        {"when": "12月9日上午", "activity": "与企业投资发展部商谈合作框架协议主要条款"},
    ], help="每行一项：时间、安排、地点")  # fmt: skip
    addressee: OptionalText = field("主送机关", "主送单位", default="",
                                    help="报上级审定时填写，如 州人民政府；不填则作为工作计划印发")  # fmt: skip
    contact_person: OptionalText = field("联系人", default="", example="田晓峰")
    contact_phone: OptionalPhone = field("联系电话", default="", example="0743-8225678")


def _title(form: PlanForm) -> str:
    return f"赴{form.target_company}{LABEL}"


class Plan(DraftKind):
    name = KIND
    label = LABEL
    topic = TOPIC
    form = PlanForm

    def title(self, form: PlanForm) -> str:
        return _title(form)

    def filename(self, form: PlanForm) -> str:
        return f"{safe_filename(form.target_company)[:50]}_{LABEL}.docx"

    def compose(self, form: PlanForm, basis: PolicyBasis, phrase: Phrase | None = None) -> OfficialDocument:
        """The plan: the company, what to cooperate on, how much, how, what we supply, whom to meet and when."""
        doc = OfficialDocument(_title(form), author=form.issuer)
        doc.doc_number(form.doc_number)
        doc.title(_title(form), keep=(form.target_company,))
        if form.addressee:
            doc.addressee(form.addressee)
        we = self_reference(form.issuer) or form.issuer
        chain = clause(form.industry_chain).removesuffix("产业链")
        project = f"推动{form.project_name}尽快签约落地" if form.project_name else "推动合作项目尽快签约落地"
        ending = "现将有关计划报告如下：" if form.addressee else "特制定本计划。"
        opening = (
            f"为精准对接{chain}产业链潜在投资者，{we}拟赴{form.target_company}开展“一对一”上门招商，"
            f"深度对接企业关键决策人员，{project}。{ending}"
        )
        doc.paragraph(phrase(LABEL, opening, form_facts(form)) if phrase else opening)
        if form.company_profile:
            doc.heading1("目标企业基本情况")
            doc.paragraph(sentence(form.company_profile))
        for heading, value in (
            ("合作内容", form.cooperation),
            ("项目建设内容", form.construction),
            ("投资规模", form.investment),
            ("合作模式", form.cooperation_mode),
            ("要素供给情况", form.factor_supply),
        ):
            doc.heading1(heading)
            doc.paragraph(sentence(value))
        if form.advantages:
            doc.heading1("我方比较优势")
            doc.paragraph(sentence(form.advantages))
        doc.heading1("对接安排")
        doc.heading2("对接决策人。", "、".join(str(m) for m in form.decision_makers) + "。")
        doc.heading2("行程安排。")
        for n, step in enumerate(form.schedule, start=1):
            when = f"{clause(step.when)}，" if step.when else ""
            place = f"地点：{clause(step.place)}。" if step.place else ""
            doc.paragraph(numbered(n, f"{when}{sentence(step.activity)}{place}"))
        paragraphs = basis_paragraphs(basis)
        if paragraphs:
            doc.heading1("政策依据")
            for text in paragraphs:
                doc.paragraph(text)
        contact = "，".join(
            part
            for part in (
                f"联系人：{form.contact_person}" if form.contact_person else "",
                f"联系电话：{form.contact_phone}" if form.contact_phone else "",
            )
            if part
        )
        if contact:
            doc.paragraph(contact + "。")
        if form.addressee:
            doc.paragraph("特此报告。")
        doc.signature(form.issuer, form.date or dt.date.today(), sealed=form.sealed)
        doc.copy_to(form.copy_to)
        return doc


SPEC = Plan()
EXAMPLE: dict[str, object] = PlanForm.example()
FORM = PlanForm
