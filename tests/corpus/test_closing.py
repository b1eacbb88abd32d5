"""The closing of a plan / 意见 / 通知 (section 结尾) and the duties a plan states as "X要…", on real excerpts."""

from __future__ import annotations

from corpus.closing import CLOSING
from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes


def parse(text: str, name: str = "doc.txt"):
    return parse_bytes(name, text.encode("utf-8"))


# 国办发〔2018〕121号 (体育竞赛表演产业), its last item and closing as printed on gov.cn.
SPORTS = (
    "国务院办公厅关于加快发展体育竞赛表演产业的指导意见\n"
    "国办发〔2018〕121号\n"
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "体育竞赛表演产业是体育产业的重要组成部分。经国务院同意，现提出以下意见。\n"
    "五、保障措施\n"
    "（十八）加强人才培养。鼓励高等院校开设体育竞赛表演相关专业。（教育部、体育总局负责）\n"
    "（十九）完善相关投入机制。推动体育竞赛表演产业与资本市场对接，引导社会力量参与。"
    "（体育总局、人民银行、银保监会、证监会、财政部负责）\n"
    "各地区、各有关部门要充分认识发展体育竞赛表演产业的重要意义，加强组织领导，健全工作机制，强化协同配合，务求取得实效。"
    "体育总局要会同有关方面做好指导、督查和总结工作，共同抓好落实，重大事项及时报告国务院。\n"
    "国务院办公厅\n"
    "2018年12月11日\n"
    "（此件公开发布）\n"
)


def test_closing_paragraphs_are_a_section_of_their_own_not_the_last_item():
    doc = parse(SPORTS)
    last = next(t for t in doc.tasks if t.label == "(十九)" and t.kind == "item")
    assert "体育总局要会同" not in last.body
    closing = doc.section(CLOSING)
    assert closing is not None
    assert doc.text[closing.start : closing.end].startswith("各地区、各有关部门要充分认识")
    assert doc.text[closing.start : closing.end].rstrip().endswith("（此件公开发布）")
    five = doc.section("五")
    assert five.end < closing.start  # the part above the last item ends where the closing begins


def test_a_duty_in_the_closing_is_read_with_its_convening_body():
    doc = parse(SPORTS)
    whole = next(t for t in doc.tasks if t.section == CLOSING and t.kind == "closing")
    assert whole.lead_units == ("体育总局",)
    assert whole.lead_basis is LeadBasis.CONVENES
    assert "有关方面" not in whole.units  # a class of bodies, never a unit
    duty = next(t for t in doc.tasks if t.section == CLOSING and t.kind == "inline_duty")
    assert duty.quote.startswith("体育总局要会同有关方面做好指导、督查和总结工作")
    assert doc.text[duty.start : duty.end] == duty.quote


# 国办发〔2018〕117号 (督查激励): the closing addresses several bodies; the mechanism it sets up has its own lead.
INCENTIVES = (
    "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知\n"
    "二十九、对开展农村人居环境整治成效明显的县（市、区、旗），在安排中央预算内投资时给予倾斜支持。（农业农村部负责）\n"
    "三十、对落实有关重大政策措施成效明显的市（地、州、盟），在下一年度实行“免督查”。（国务院办公厅负责）\n"
    "各有关部门要认真组织实施督查激励措施，及时制定或调整完善实施办法。各省（区、市）政府要建立省级政府办公厅牵头、"
    "省级有关部门参与的工作机制，统筹做好本地区督查激励措施组织落实工作。\n"
    "各有关部门制定或调整完善后的激励措施实施办法，于2018年12月31日前报送国务院办公厅。\n"
    "本通知自印发之日起施行，《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知》（国办发〔2016〕82号）同时废止。\n"
    "国务院办公厅\n"
    "2018年12月10日\n"
)


def test_a_closing_addressed_to_several_bodies_names_no_lead_but_each_clause_keeps_its_own():
    doc = parse(INCENTIVES)
    last = next(t for t in doc.tasks if t.label == "三十" and t.kind == "item")
    assert last.units == ("国务院办公厅",)
    assert "2018年12月31日前" not in last.body
    whole = next(t for t in doc.tasks if t.kind == "closing")
    assert whole.section == CLOSING and "2018年12月31日前报送国务院办公厅" in whole.body
    assert whole.lead_units == ()
    mechanism = next(t for t in doc.tasks if t.kind == "inline_duty" and "省级政府办公厅" in t.lead_units)
    assert mechanism.lead_basis is LeadBasis.INLINE
    provinces = next(
        t for t in doc.tasks if t.kind == "inline_duty" and t.lead_units == ("各省（区、市）政府",)
    )
    assert provinces.quote.startswith("各省（区、市）政府要建立省级政府办公厅牵头")


def test_the_signature_after_a_running_last_item_is_closing_text():
    doc = parse(
        "国务院办公厅对全国政协十届三次会议第2741号提案的答复\n"
        "一、研究制定指导性文件。目前，国办已会同国务院信息办组织力量起草了意见。\n"
        "二、抓紧推进标准化体系建设工作。国办将与国家标准委等单位一起，组织制定相关标准。\n"
        "感谢你们对政府网站建设工作的关心和支持，我们将会同有关部门共同做好政府网站的建设与管理工作。\n"
        "国务院办公厅\n"
        "二〇〇五年七月十四日\n"
    )
    last = next(t for t in doc.tasks if t.label == "二" and t.kind == "item")
    assert "感谢" not in last.body and "二〇〇五年" not in last.body
    assert doc.text[doc.section(CLOSING).start :].startswith("感谢你们")


def test_a_regulation_ending_with_its_last_article_has_no_closing():
    doc = parse(
        "某市优化营商环境条例\n第一条 为了优化营商环境，制定本条例。\n第二条 市人民政府应当加强领导。\n"
        "第三条 本条例自2020年4月30日起施行。\n"
    )
    assert doc.section(CLOSING) is None


# --- "X要…" duties in a plan (国发〔2018〕39号 (十三)) --------------------------------------------------------


def test_each_body_a_plan_binds_with_yao_is_a_clause_record_and_a_class_binds_nobody():
    doc = parse(
        "国务院关于做好当前和今后一个时期促进就业工作的若干意见\n"
        "五、落实各方责任\n"
        "（十三）明确部门组织协调责任。人力资源社会保障部要统筹协调促进就业政策制定、督促落实、统计监测等工作。"
        "财政部要加大资金支持力度，保障促进就业政策落实。其他有关部门和单位要立足职能职责，积极出台促进就业创业的政策措施。"
        "（各有关部门和单位按职责分工负责）\n"
    )
    item = next(t for t in doc.tasks if t.label == "(十三)" and t.kind == "item")
    assert {"人力资源社会保障部", "财政部"} <= set(item.units)
    assert item.lead_units == ()  # the bracket names only a class: nobody leads the item
    finance = next(t for t in doc.tasks if t.kind == "inline_duty" and t.lead_units == ("财政部",))
    assert finance.quote == "财政部要加大资金支持力度，保障促进就业政策落实"
    assert not any("其他有关部门" in u for t in doc.tasks for u in t.units)


def test_a_bracket_still_leads_an_item_whose_sentences_bind_other_bodies_with_yao():
    doc = parse(
        "某省促进消费实施方案\n"
        "（一）加强组织领导。省商务厅要会同有关部门建立工作专班。省财政厅要加大资金保障。（省商务厅牵头，省财政厅配合）\n"
    )
    item = next(t for t in doc.tasks if t.label == "(一)" and t.kind == "item")
    assert item.lead_units == ("省商务厅",)
    assert item.lead_basis is LeadBasis.EXPLICIT
