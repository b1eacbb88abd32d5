"""项目推进提醒函: a letter to the unit responsible for a signed project that lags in 履约, 开工 or 资金到位."""

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

KIND = "reminder"
LABEL = "项目推进提醒函"
TOPIC = "项目推进提醒函 未履约 履约 开工 资金到位 整改 推进"
LAG_STAGES = ("履约", "开工", "资金到位")

_STAGE_WORDS = {
    "履约": ("履约",),
    "开工": ("开工", "动工", "建设"),
    "资金到位": ("资金", "到位", "到资"),
}
_STAGE_PROBLEM = {
    "履约": "未按投资协议约定履约",
    "开工": "未按计划开工建设",
    "资金到位": "项目资金未按约定到位",
}
_STAGE_ACTION = {
    "履约": "对照投资协议逐条梳理履约情况，督促签约企业按约定履行投资义务，对影响履约的困难问题逐一提出解决办法。",
    "开工": "倒排工期、挂图作战，加快办理用地、规划、环评、施工许可等前期手续，推动项目尽快开工建设。",
    "资金到位": "督促签约企业按协议约定足额、按期注入项目资金，及时核实并报送实际到位资金凭证。",
}
_CLOSING_ACTION = "建立问题清单和整改台账，明确责任领导、责任人和完成时限，定期调度推进，确保整改到位。"


def lag_stage(word: str) -> str:
    """The canonical stage (履约 / 开工 / 资金到位) a ledger or form word names; InvalidField when none."""
    text = word.strip()
    for stage, words in _STAGE_WORDS.items():
        if any(w in text for w in words):
            return stage
    raise InvalidField("滞后环节", f"“{text[:20]}”不是履约、开工、资金到位之一")


def lag_stages(words: tuple[str, ...]) -> tuple[str, ...]:
    """Canonical stages in their natural order, each once; words may hold several ("履约、开工")."""
    found = set()
    for word in words:
        for part in word.replace("，", "、").replace(",", "、").replace("/", "、").split("、"):
            if part.strip():
                found.add(lag_stage(part))
    return tuple(s for s in LAG_STAGES if s in found)


@dataclass(frozen=True)
class ReminderForm:
    """The fields of one 项目推进提醒函; ``required_actions`` defaults to the standard steps per stage."""

    addressee: str  # 主送单位: the county, park or department the project sits with
    project_name: str
    signing_date: dt.date
    lagging: tuple[str, ...]  # one or more of LAG_STAGES
    reply_deadline: dt.date  # 反馈（整改）期限
    contact_person: str
    contact_phone: str
    issuer: str
    date: dt.date
    required_actions: tuple[str, ...] = ()
    company: str = ""  # 签约企业
    investment: str = ""  # 协议投资额, as written: "5亿元"
    situation: str = ""  # what the lag looks like, in the ledger's words

    def __post_init__(self) -> None:
        require_text(self.addressee, "主送单位")
        require_text(self.project_name, "项目名称")
        if not isinstance(self.signing_date, dt.date):
            raise InvalidField("签约时间", "应为日期")
        require_items(self.lagging, "滞后环节")
        object.__setattr__(self, "lagging", lag_stages(tuple(self.lagging)))
        require_text(self.contact_person, "联系人")
        require_text(self.contact_phone, "联系电话")
        require_text(self.issuer, "发函单位")
        if self.reply_deadline < self.date:
            raise InvalidField("反馈期限", "早于发函日期")

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> ReminderForm:
        """Read the form from JSON-like data; keys in English or Chinese."""
        f = FieldReader(data)
        values = {
            "addressee": f.text("addressee", "主送单位", "责任单位", "承办单位", "所在县市区", required=True),
            "project_name": f.text("project_name", "项目名称", "项目", required=True),
            "signing_date": f.date("signing_date", "签约时间", "签约日期", required=True),
            "lagging": f.texts("lagging", "滞后环节", "滞后事项", required=True),
            "required_actions": f.texts("required_actions", "整改要求", "工作要求"),
            "reply_deadline": f.date("reply_deadline", "反馈期限", "整改期限", "回复期限", required=True),
            "contact_person": f.text("contact_person", "联系人", required=True),
            "contact_phone": f.text("contact_phone", "联系电话", "电话", required=True),
            "issuer": f.text("issuer", "发函单位", "发文机关", required=True),
            "date": f.date("date", "发函日期", "成文日期") or dt.date.today(),
            "company": f.text("company", "签约企业", "投资主体", "企业名称"),
            "investment": f.text("investment", "协议投资额", "投资额", "投资规模"),
            "situation": f.text("situation", "滞后情况", "情况说明", "备注"),
        }
        f.raise_missing()
        return cls(**values)


def title(form: ReminderForm) -> str:
    return f"关于加快推进{form.project_name}的提醒函"


def filename(form: ReminderForm) -> str:
    return f"{safe_filename(form.project_name)[:50]}_{LABEL}.docx"


def compose(form: ReminderForm, basis: PolicyBasis, phrase: Phrase | None = None) -> OfficialDocument:
    """The letter: facts of the project, what lags, the policy basis, what to do by when, whom to call."""
    doc = OfficialDocument(title(form))
    doc.title(title(form))
    doc.addressee(form.addressee)
    signed_by = []
    if form.company:
        signed_by.append(f"签约企业：{form.company}")
    if form.investment:
        signed_by.append(f"协议投资额：{form.investment}")
    detail = f"（{'，'.join(signed_by)}）" if signed_by else ""
    problems = "、".join(_STAGE_PROBLEM[s] for s in form.lagging)
    opening = (
        f"{form.project_name}{detail}于{chinese_date(form.signing_date)}正式签约。"
        f"经跟踪调度，截至{chinese_date(form.date)}，该项目存在{problems}等问题，推进进度滞后于预期。"
    )
    doc.paragraph(phrase(LABEL, opening, form_facts(form)) if phrase else opening)
    if form.situation:
        doc.paragraph(f"具体情况：{form.situation}")
    for i, text in enumerate(basis_paragraphs(basis)):
        doc.paragraph(text, lead="政策依据：" if i == 0 else "")
    doc.paragraph("为推动项目早履约、早开工、早见效，现函告你单位，请高度重视，抓紧做好以下工作：")
    actions = form.required_actions or (*(_STAGE_ACTION[s] for s in form.lagging), _CLOSING_ACTION)
    for n, action in enumerate(actions, start=1):
        doc.paragraph(f"（{chinese_numeral(n)}）{action}")
    doc.paragraph(
        f"请于{chinese_date(form.reply_deadline)}前将整改落实情况及下一步工作安排书面反馈{form.issuer}。"
    )
    doc.paragraph(f"联系人：{form.contact_person}，联系电话：{form.contact_phone}。")
    doc.signature(form.issuer, form.date)
    return doc


EXAMPLE: dict[str, object] = {
    "addressee": "泸溪县人民政府",
    "project_name": "年产5万吨锰基新材料项目",
    "company": "湖南某新材料科技有限公司",
    "investment": "8亿元",
    "signing_date": "2025-06-18",
    "lagging": ["开工", "资金到位"],
    "situation": "项目用地已摘牌，施工许可尚未办结，协议约定首期资金2亿元，目前到位0.6亿元。",
    "required_actions": [],
    "reply_deadline": "2026-12-10",
    "contact_person": "向明",
    "contact_phone": "0743-8221234",
    "issuer": "湘西自治州商务局",
    "date": "2026-11-23",
}


FORM = ReminderForm
