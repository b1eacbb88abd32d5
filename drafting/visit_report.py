"""外出招商考察报告: what a delegation saw, discussed and agreed on a trip, and what happens next.

Each list appears once: the delegation in the opening, the companies under 企业走访情况. A 商会 visited is
counted as a 商会, not as a company; a visit with nothing to report is named in one sentence, not given a
heading of its own.
"""

from __future__ import annotations

import datetime as dt

from pydantic import model_validator

from drafting.basis import PolicyBasis, basis_paragraphs
from drafting.errors import InvalidField
from drafting.fields import (
    Day,
    FormModel,
    Lines,
    OfficialForm,
    OptionalDay,
    OptionalLines,
    OptionalText,
    Text,
    field,
    optional_records,
    records,
)
from drafting.format import OfficialDocument, chinese_date, chinese_numeral
from drafting.kind import DraftKind
from drafting.narrative import Phrase, form_facts
from drafting.sanitize import safe_filename
from drafting.wording import clause, is_association, person, sentence

KIND = "visit-report"
LABEL = "外出招商考察报告"
TOPIC = "外出招商考察报告 招商小分队 企业拜访 项目对接 在谈项目 潜在投资者信息库 走出去"


class CompanyVisit(FormModel):
    name: Text = field("企业名称", "企业", "名称", example="深圳某电子科技有限公司")
    summary: OptionalText = field("走访情况", "情况", default="", example="该企业主营智能终端结构件。")


class ProjectInTalks(FormModel):
    """One line of the 在谈项目 table."""

    name: Text = field("项目名称", "项目", example="智能终端结构件生产基地项目")
    company: OptionalText = field("投资方", "企业", default="", example="深圳某电子科技有限公司")
    investment: OptionalText = field("投资规模", "投资额", default="", example="5亿元")
    progress: OptionalText = field("进展情况", "进展", default="", example="初步洽谈")
    next_step: OptionalText = field("下一步工作", "下一步", default="", example="12月组织企业实地考察")


class VisitReportForm(OfficialForm):
    addressee: Text = field(
        "主送机关", "主送单位", example="州人民政府", help="报告报送的上级机关，如 州人民政府"
    )
    start_date: Day = field("开始日期", "考察时间", "出发日期", example="2026-11-10")
    end_date: OptionalDay = field("结束日期", "返回日期", default=None, example="2026-11-13")
    destination: Text = field("考察地点", "目的地", example="广东省深圳市、东莞市")
    delegation: Lines = field("考察团成员", "团组成员", example=[
        "彭志刚（州商务局局长）", "石红梅（州工信局副局长）", "龙飞（湘西高新区管委会副主任）",
        "向阳（州商务局投资促进科科长）",
    ], help="每行一人，如 彭志刚（州商务局局长）；第一位为带队领导")  # fmt: skip
    companies_visited: records(CompanyVisit) = field("走访企业", "考察企业", example=[
        {"name": "深圳某电子科技有限公司",
         "summary": "该企业主营智能终端结构件，计划在中西部布局第二生产基地，对我州标准厂房和用工条件表示关注。"},
        {"name": "东莞某精密制造有限公司", "summary": "企业负责人为湘西籍企业家，有意返乡投资建设精密五金配件生产线。"},
        {"name": "深圳某食品集团股份有限公司", "summary": "双方就猕猴桃、茶叶等特色农产品精深加工合作交换了意见。"},
    ], help="每行一家：名称、走访情况（商会、协会也可列入）")  # fmt: skip
    talks: Lines = field("洽谈情况", "洽谈对接情况", example=[
        "与深圳某电子科技有限公司就租赁湘西高新区标准厂房3万平方米、分期导入生产线进行了洽谈，企业将于12月派员实地考察。",
        "与东莞某精密制造有限公司就返乡投资的用地、用工和物流补贴政策进行了对接，企业初步确定投资规模约2亿元。",
    ])  # fmt: skip
    investment_intentions: OptionalLines = field("投资意向", "达成意向", default=(), example=[
        "东莞某精密制造有限公司有意在泸溪县投资2亿元建设精密五金配件生产线，计划2027年一季度签约。",
    ])  # fmt: skip
    projects_in_talks: optional_records(ProjectInTalks) = field("在谈项目", default=(), example=[
        {"name": "智能终端结构件生产基地项目", "company": "深圳某电子科技有限公司", "investment": "5亿元",
         "progress": "初步洽谈", "next_step": "12月组织企业实地考察"},
        {"name": "精密五金配件生产线项目", "company": "东莞某精密制造有限公司", "investment": "2亿元",
         "progress": "达成投资意向", "next_step": "起草投资协议"},
    ])  # fmt: skip
    follow_up: Lines = field("下一步工作措施", "跟进措施", example=[
        "建立项目跟踪服务专班，对在谈项目实行“一个项目、一名领导、一套方案”跟踪推进。",
        "将本次走访企业纳入潜在投资者信息库，定期更新企业投资动态。",
        "12月底前组织意向企业来州实地考察，推动尽快签约落地。",
    ])  # fmt: skip

    @model_validator(mode="after")
    def _dates_in_order(self) -> VisitReportForm:
        if self.end_date is not None and self.end_date < self.start_date:
            raise InvalidField(
                "结束日期", f"{chinese_date(self.end_date)}早于开始日期{chinese_date(self.start_date)}"
            )
        last_day = self.end_date or self.start_date
        if self.date is not None and self.date < last_day:
            raise InvalidField(
                "成文日期",
                f"{chinese_date(self.date)}早于考察结束日期{chinese_date(last_day)}，报告应在考察结束后成文",
            )
        return self


def period(start: dt.date, end: dt.date | None) -> str:
    """2026年11月10日至13日 / 2026年11月28日至12月2日 / one day when start and end coincide."""
    if end is None or end == start:
        return chinese_date(start)
    if end.year != start.year:
        tail = chinese_date(end)
    elif end.month != start.month:
        tail = f"{end.month}月{end.day}日"
    else:
        tail = f"{end.day}日"
    return f"{chinese_date(start)}至{tail}"


def _title(form: VisitReportForm) -> str:
    return f"关于赴{form.destination}开展招商考察的报告"


def _visited(form: VisitReportForm) -> str:
    companies = sum(1 for c in form.companies_visited if not is_association(c.name))
    associations = len(form.companies_visited) - companies
    parts = [f"企业{companies}家"] if companies else []
    if associations:
        parts.append(f"商会（协会）{associations}家")
    return "、".join(parts)


def _opening(form: VisitReportForm) -> str:
    members = [person(m) for m in form.delegation]
    if len(members) == 1:
        who = f"{members[0]}赴"
    else:
        who = f"{members[0]}率{'、'.join(members[1:])}一行{len(members)}人赴"
    return (
        f"{period(form.start_date, form.end_date)}，{who}{clause(form.destination)}开展招商考察，"
        f"走访{_visited(form)}，开展项目对接洽谈。现将考察情况报告如下："
    )


class VisitReport(DraftKind):
    name = KIND
    label = LABEL
    topic = TOPIC
    form = VisitReportForm

    def title(self, form: VisitReportForm) -> str:
        return _title(form)

    def filename(self, form: VisitReportForm) -> str:
        return f"{safe_filename(form.destination)[:50]}_{LABEL}_{form.start_date.isoformat()}.docx"

    @property
    def example(self) -> dict[str, object]:
        return EXAMPLE

    def letter_date(self, form: VisitReportForm) -> dt.date:
        return form.date or form.end_date or form.start_date

    def compose(
        self, form: VisitReportForm, basis: PolicyBasis, phrase: Phrase | None = None
    ) -> OfficialDocument:
        """The report: who went where, whom they met, what was discussed and intended, the projects, next steps."""
        doc = OfficialDocument(_title(form), author=form.issuer)
        doc.doc_number(form.doc_number)
        doc.title(_title(form), keep=(form.destination,))
        doc.addressee(form.addressee)
        opening = _opening(form)
        doc.paragraph(phrase(LABEL, opening, form_facts(form)) if phrase else opening)
        doc.heading1("企业走访情况")
        described = [c for c in form.companies_visited if c.summary]
        bare = [clause(c.name) for c in form.companies_visited if not c.summary]
        for company in described:
            doc.heading2(f"{clause(company.name)}。", sentence(company.summary))
        if bare:
            also = "此外，考察团还走访了" if described else "考察团先后走访了"
            doc.paragraph(f"{also}{'、'.join(bare)}。")
        doc.heading1("洽谈对接情况")
        for n, talk in enumerate(form.talks, start=1):
            doc.paragraph(f"（{chinese_numeral(n)}）{sentence(talk)}")
        if form.investment_intentions:
            doc.heading1("达成的投资意向")
            for n, intention in enumerate(form.investment_intentions, start=1):
                doc.paragraph(f"（{chinese_numeral(n)}）{sentence(intention)}")
        if form.projects_in_talks:
            doc.heading1("在谈项目情况")
            doc.paragraph(
                f"本次考察形成在谈项目{len(form.projects_in_talks)}个，具体如下：", keep_with_next=True
            )
            doc.table(
                ("序号", "项目名称", "投资方", "投资规模", "进展情况", "下一步工作"),
                [
                    (str(n), p.name, p.company, p.investment, p.progress, p.next_step)
                    for n, p in enumerate(form.projects_in_talks, start=1)
                ],
            )
        doc.heading1("下一步工作措施")
        for n, measure in enumerate(form.follow_up, start=1):
            doc.paragraph(f"（{chinese_numeral(n)}）{sentence(measure)}")
        paragraphs = basis_paragraphs(basis)
        if paragraphs:
            doc.heading1("政策依据")
            for text in paragraphs:
                doc.paragraph(text)
        doc.paragraph("特此报告。")
        doc.signature(form.issuer, self.letter_date(form), sealed=form.sealed)
        doc.copy_to(form.copy_to)
        return doc


SPEC = VisitReport()
EXAMPLE: dict[str, object] = {**VisitReportForm.example(), "date": "2026-11-16"}
FORM = VisitReportForm
