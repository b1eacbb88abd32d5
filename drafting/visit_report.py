"""外出招商考察报告: what a delegation saw, discussed and agreed on a trip, and what happens next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from drafting.basis import PolicyBasis, basis_paragraphs
from drafting.errors import InvalidField
from drafting.fields import FieldReader, require_items, require_text
from drafting.format import OfficialDocument, chinese_date, chinese_numeral
from drafting.narrative import Phrase, form_facts
from drafting.sanitize import safe_filename

KIND = "visit-report"
LABEL = "外出招商考察报告"
TOPIC = "外出招商考察报告 招商小分队 企业拜访 项目对接 在谈项目 潜在投资者信息库 走出去"


@dataclass(frozen=True)
class CompanyVisit:
    name: str
    summary: str = ""


@dataclass(frozen=True)
class ProjectInTalks:
    """One line of the 在谈项目 list."""

    name: str
    company: str = ""
    investment: str = ""
    progress: str = ""
    next_step: str = ""


@dataclass(frozen=True)
class VisitReportForm:
    start_date: dt.date
    destination: str
    delegation: tuple[str, ...]  # members as "姓名（单位职务）"; the first listed leads the delegation
    companies_visited: tuple[CompanyVisit, ...]
    talks: tuple[str, ...]  # 洽谈对接情况
    follow_up: tuple[str, ...]  # 下一步工作措施
    end_date: dt.date | None = None
    investment_intentions: tuple[str, ...] = ()
    projects_in_talks: tuple[ProjectInTalks, ...] = ()
    addressee: str = ""  # 主送机关, e.g. 州人民政府
    issuer: str = ""
    date: dt.date | None = None

    def __post_init__(self) -> None:
        require_text(self.destination, "考察地点")
        require_items(self.delegation, "考察团成员")
        require_items(self.companies_visited, "走访企业")
        require_items(self.talks, "洽谈情况")
        require_items(self.follow_up, "下一步工作措施")
        if self.end_date is not None and self.end_date < self.start_date:
            raise InvalidField("结束日期", "早于开始日期")

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> VisitReportForm:
        """Read the form from JSON-like data; keys in English or Chinese."""
        f = FieldReader(data)
        companies = tuple(
            CompanyVisit(
                r.text("name", "企业名称", "企业", required=True), r.text("summary", "走访情况", "情况")
            )
            for r in f.records("companies_visited", "走访企业", "考察企业", required=True)
        )
        projects = tuple(
            ProjectInTalks(
                name=r.text("name", "项目名称", "项目", required=True),
                company=r.text("company", "投资方", "企业"),
                investment=r.text("investment", "投资规模", "投资额"),
                progress=r.text("progress", "进展情况", "进展"),
                next_step=r.text("next_step", "下一步工作", "下一步"),
            )
            for r in f.records("projects_in_talks", "在谈项目")
        )
        values = {
            "start_date": f.date("start_date", "开始日期", "考察时间", "出发日期", required=True),
            "end_date": f.date("end_date", "结束日期", "返回日期"),
            "destination": f.text("destination", "考察地点", "目的地", required=True),
            "delegation": f.texts("delegation", "考察团成员", "团组成员", required=True),
            "companies_visited": companies,
            "talks": f.texts("talks", "洽谈情况", "洽谈对接情况", required=True),
            "investment_intentions": f.texts("investment_intentions", "投资意向", "达成意向"),
            "follow_up": f.texts("follow_up", "下一步工作措施", "跟进措施", required=True),
            "projects_in_talks": projects,
            "addressee": f.text("addressee", "主送机关", "主送单位"),
            "issuer": f.text("issuer", "报告单位", "发文机关"),
            "date": f.date("date", "成文日期", "报告日期"),
        }
        f.raise_missing()
        return cls(**values)


def title(form: VisitReportForm) -> str:
    return f"关于赴{form.destination}开展招商考察的报告"


def filename(form: VisitReportForm) -> str:
    return f"{safe_filename(form.destination)[:50]}_{LABEL}_{form.start_date.isoformat()}.docx"


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


def compose(form: VisitReportForm, basis: PolicyBasis, phrase: Phrase | None = None) -> OfficialDocument:
    """The report: who went where, whom they met, what was discussed and intended, the projects, next steps."""
    doc = OfficialDocument(title(form))
    doc.title(title(form))
    if form.addressee:
        doc.addressee(form.addressee)
    leader = form.delegation[0]
    names = [c.name for c in form.companies_visited]
    listed = "、".join(names[:3]) + ("等" if len(names) > 1 else "")
    opening = (
        f"{period(form.start_date, form.end_date)}，{leader}率考察团一行{len(form.delegation)}人赴"
        f"{form.destination}开展招商考察，先后走访{listed}{len(names)}家企业，开展项目对接洽谈。"
        "现将考察情况报告如下。"
    )
    doc.paragraph(phrase(LABEL, opening, form_facts(form)) if phrase else opening)
    doc.heading1("考察基本情况")
    doc.paragraph(f"考察团成员：{'、'.join(form.delegation)}。")
    doc.paragraph(f"考察期间，考察团先后走访了{'、'.join(names)}，与企业负责人就投资合作进行了深入交流。")
    doc.heading1("企业走访情况")
    for company in form.companies_visited:
        doc.heading2(f"{company.name}。", company.summary)
    doc.heading1("洽谈对接情况")
    for n, talk in enumerate(form.talks, start=1):
        doc.paragraph(f"（{chinese_numeral(n)}）{talk}")
    if form.investment_intentions:
        doc.heading1("达成的投资意向")
        for n, intention in enumerate(form.investment_intentions, start=1):
            doc.paragraph(f"（{chinese_numeral(n)}）{intention}")
    if form.projects_in_talks:
        doc.heading1("在谈项目情况")
        doc.paragraph(
            f"本次考察形成在谈项目{len(form.projects_in_talks)}个，已纳入在谈项目督导库，具体如下："
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
        doc.paragraph(f"（{chinese_numeral(n)}）{measure}")
    doc.heading1("政策依据")
    for text in basis_paragraphs(basis):
        doc.paragraph(text)
    doc.signature(form.issuer, form.date or form.end_date or form.start_date)
    return doc


EXAMPLE: dict[str, object] = {
    "addressee": "州人民政府",
    "start_date": "2026-11-10",
    "end_date": "2026-11-13",
    "destination": "广东省深圳市、东莞市",
    "delegation": [
        "彭志刚（州商务局局长）",
        "石红梅（州工信局副局长）",
        "龙飞（湘西高新区管委会副主任）",
        "向阳（州商务局投资促进科科长）",
    ],
    "companies_visited": [
        {
            "name": "深圳某电子科技有限公司",
            "summary": "该企业主营智能终端结构件，计划在中西部布局第二生产基地，对我州标准厂房和用工条件表示关注。",
        },
        {
            "name": "东莞某精密制造有限公司",
            "summary": "企业负责人为湘西籍企业家，有意返乡投资建设精密五金配件生产线。",
        },
        {
            "name": "深圳某食品集团股份有限公司",
            "summary": "双方就猕猴桃、茶叶等特色农产品精深加工合作交换了意见。",
        },
    ],
    "talks": [
        "与深圳某电子科技有限公司就租赁湘西高新区标准厂房3万平方米、分期导入生产线进行了洽谈，企业将于12月派员实地考察。",
        "与东莞某精密制造有限公司就返乡投资的用地、用工和物流补贴政策进行了对接，企业初步确定投资规模约2亿元。",
    ],
    "investment_intentions": [
        "东莞某精密制造有限公司有意在泸溪县投资2亿元建设精密五金配件生产线，计划2027年一季度签约。",
    ],
    "projects_in_talks": [
        {
            "name": "智能终端结构件生产基地项目",
            "company": "深圳某电子科技有限公司",
            "investment": "5亿元",
            "progress": "初步洽谈",
            "next_step": "12月组织企业实地考察",
        },
        {
            "name": "精密五金配件生产线项目",
            "company": "东莞某精密制造有限公司",
            "investment": "2亿元",
            "progress": "达成投资意向",
            "next_step": "起草投资协议",
        },
    ],
    "follow_up": [
        "建立项目跟踪服务专班，对在谈项目实行“一个项目、一名领导、一套方案”跟踪推进。",
        "将本次走访企业纳入潜在投资者信息库，定期更新企业投资动态。",
        "12月底前组织意向企业来州实地考察，推动尽快签约落地。",
    ],
    "issuer": "湘西自治州商务局",
    "date": "2026-11-16",
}


FORM = VisitReportForm
