"""项目推进提醒函: a letter to the unit responsible for a signed project that lags in 履约, 开工 or 资金到位.

The letter says what was signed (by whom, for how much, when), what lags and by how much (the 资金到位率 when
known), what the 政策依据 asks, one action per lagging stage, and by when to reply to 我局. Nothing in it lacks a
field behind it: a stage that does not lag has no sentence.
"""

from __future__ import annotations

import datetime as dt

from pydantic import model_validator

from drafting.basis import PolicyBasis, basis_paragraphs
from drafting.errors import InvalidField
from drafting.fields import Day, Lines, OptionalLines, OptionalText, Phone, Text, field
from drafting.fields import OfficialForm as _OfficialForm  # noqa: N814
from drafting.format import OfficialDocument, chinese_date, chinese_numeral
from drafting.kind import DraftKind
from drafting.narrative import Phrase, form_facts
from drafting.organs import self_reference
from drafting.sanitize import safe_filename
from drafting.wording import sentence

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
_STAGE_AIM = {"履约": "按约履行", "开工": "尽快开工建设", "资金到位": "资金足额到位"}
_STAGE_ACTION = {
    "履约": "对照投资协议逐条梳理履约情况，督促签约企业按约定履行投资义务，对影响履约的困难问题逐一提出解决办法。",
    "开工": "倒排工期、挂图作战，加快办理用地、规划、环评、施工许可等前期手续，推动项目尽快开工建设。",
    "资金到位": "督促签约企业按协议约定足额、按期注入项目资金，及时核实并报送实际到位资金凭证。",
}
# A clause about 未履约项目 is no basis for a letter to a project that has 履约ed.
_NOT_FOR_ON_TRACK = {"履约": ("未履约",)}


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


class ReminderForm(_OfficialForm):
    """The fields of one 项目推进提醒函; ``required_actions`` defaults to one standard step per lagging stage."""

    addressee: Text = field("主送单位", "主送机关", "责任单位", "承办单位", "所在县市区", "所在地", "属地", "县市区",
                            "园区", example="泸溪县人民政府",
                            help="项目所在县市区人民政府或园区管委会")  # fmt: skip
    project_name: Text = field("项目名称", "项目", "项目名", example="年产5万吨锰基新材料项目")
    company: OptionalText = field("签约企业", "投资主体", "企业名称", "投资方", "投资企业", default="",
                                  example="湖南某新材料科技有限公司")  # fmt: skip
    investment: OptionalText = field("协议投资额", "投资额", "投资规模", "合同投资额", default="",
                                     example="8亿元", help="连同单位填写，如 8亿元、6000万元")  # fmt: skip
    total_investment: OptionalText = field("总投资", "计划总投资", "计划投资", "项目总投资", default="",
                                           help="连同单位填写，如 15亿元")  # fmt: skip
    signing_date: Day = field("签约时间", "签约日期", "签约年月", example="2025-06-18")
    lagging: Lines = field("滞后环节", "滞后事项", "存在问题类型", example=["开工", "资金到位"],
                           help="履约、开工、资金到位中的一项或几项")  # fmt: skip
    fund_rate: OptionalText = field("资金到位率", "到位率", default="", example="30%",
                                    help="如 30%，写入正文")  # fmt: skip
    situation: OptionalText = field("情况说明", "滞后情况", "滞后原因", "存在问题", "备注", default="",
                                    example="项目用地已摘牌，施工许可尚未办结，协议约定首期资金2亿元，目前到位0.6亿元")  # fmt: skip
    required_actions: OptionalLines = field("整改要求", "工作要求", "推进要求", default=(),
                                            help="每行一项；不填则按滞后环节写明标准要求")  # fmt: skip
    reply_deadline: Day = field("反馈期限", "整改期限", "回复期限", "办结时限", example="2026-12-10")
    contact_person: Text = field("联系人", example="向明")
    contact_phone: Phone = field("联系电话", "电话", example="0743-8221234")

    @model_validator(mode="after")
    def _consistent(self) -> ReminderForm:
        object.__setattr__(self, "lagging", lag_stages(tuple(self.lagging)))
        day = self.date or dt.date.today()
        if self.signing_date > day:
            raise InvalidField(
                "签约时间", f"{chinese_date(self.signing_date)}晚于发函日期{chinese_date(day)}，请核对"
            )
        if self.reply_deadline < day:
            raise InvalidField(
                "反馈期限", f"{chinese_date(self.reply_deadline)}早于发函日期{chinese_date(day)}"
            )
        return self


def _title(form: ReminderForm) -> str:
    return f"关于加快推进{form.project_name}的提醒函"


def _opening(form: ReminderForm, we: str) -> str:
    who = f"由{form.company}投资建设，" if form.company else ""
    amounts = [f"总投资{form.total_investment}"] if form.total_investment else []
    amounts += [f"协议投资额{form.investment}"] if form.investment else []
    amount = f"{'、'.join(amounts)}，" if amounts else ""
    signed = f"{form.project_name}{who}{amount}于{chinese_date(form.signing_date)}签约。"
    problems = []
    for stage in form.lagging:
        if stage == "资金到位" and form.fund_rate:
            only = "为" if form.fund_rate.strip("%") in ("0", "0.0") else "仅为"
            problems.append(f"资金到位率{only}{form.fund_rate}，{_STAGE_PROBLEM[stage]}")
        else:
            problems.append(_STAGE_PROBLEM[stage])
    tracked = f"经{we}跟踪调度" if we else "经跟踪调度"
    status = f"{tracked}，截至{chinese_date(form.date or dt.date.today())}，该项目{'，'.join(problems)}，推进进度滞后。"
    return signed + status + (sentence(form.situation) if form.situation else "")


class Reminder(DraftKind):
    name = KIND
    label = LABEL
    topic = TOPIC
    form = ReminderForm

    def title(self, form: ReminderForm) -> str:
        return _title(form)

    def filename(self, form: ReminderForm) -> str:
        return f"{safe_filename(form.project_name)[:50]}_{LABEL}.docx"

    def basis_excludes(self, form: ReminderForm) -> tuple[str, ...]:
        return tuple(
            w for stage, words in _NOT_FOR_ON_TRACK.items() if stage not in form.lagging for w in words
        )

    def compose(
        self, form: ReminderForm, basis: PolicyBasis, phrase: Phrase | None = None
    ) -> OfficialDocument:
        """The letter: facts of the project, what lags, the policy basis, what to do by when, whom to call."""
        we = self_reference(form.issuer)
        doc = OfficialDocument(_title(form), author=form.issuer)
        doc.doc_number(form.doc_number, align_right=True)
        doc.title(_title(form), keep=(form.project_name,))
        doc.addressee(form.addressee)
        opening = _opening(form, we)
        doc.paragraph(phrase(LABEL, opening, form_facts(form)) if phrase else opening)
        # The addressee needs the clause, not the list of 州 departments that share it: the letter stays a page.
        for i, text in enumerate(basis_paragraphs(basis, with_units=False)):
            doc.paragraph(text, lead="政策依据：" if i == 0 else "")
        aims = "、".join(_STAGE_AIM[s] for s in form.lagging)
        doc.paragraph(f"为推动该项目{aims}，现将有关事项函告如下，请你单位高度重视，抓紧做好以下工作：")
        actions = form.required_actions or tuple(_STAGE_ACTION[s] for s in form.lagging)
        for n, action in enumerate(actions, start=1):
            doc.paragraph(f"（{chinese_numeral(n)}）{sentence(action)}")
        to = we or form.issuer
        doc.paragraph(
            f"请于{chinese_date(form.reply_deadline)}前将整改落实情况及下一步工作安排书面反馈{to}。"
        )
        doc.paragraph(f"联系人：{form.contact_person}，联系电话：{form.contact_phone}。")
        doc.paragraph("特此函告。")
        doc.signature(form.issuer, form.date or dt.date.today(), sealed=form.sealed)
        doc.copy_to(form.copy_to)
        return doc


SPEC = Reminder()
EXAMPLE: dict[str, object] = {**ReminderForm.example(), "date": "2026-11-23"}
FORM = ReminderForm
