"""A regulation names a department by the governments it sits under ("县级以上人民政府自然资源部门", "旗县级以上人民政府
负责中小企业促进工作的综合管理部门", "省和市、县、自治县人民政府优化营商环境工作主管部门"): one body, never the
government before it. Excerpts in the form of provincial 条例 articles, read through parse_bytes."""

from __future__ import annotations

from corpus.duties import find_inline_duties
from corpus.pipeline import parse_bytes
from corpus.units import looks_like_unit

REGULATION = """某某省优化营商环境条例
第一章　总则
第二条　省和市、县、自治县人民政府优化营商环境工作主管部门负责组织、指导、督促、协调和推进优化营商环境日常工作。
第十一条　中小企业发展专项资金应当专款专用，由旗县级以上人民政府负责中小企业促进工作的综合管理部门提出使用计划。
第二十三条　县级以上人民政府自然资源部门应当加强用地保障和供地服务，推广投资项目用地清单制。
第二十四条　县级以上人民政府有关部门应当按照各自职责做好投资服务工作。
第二十五条　县级以上人民政府及有关部门应当支持市场主体发展对外贸易。
省人民政府发展改革、商务主管部门应当会同外事主管部门、知识产权主管部门、国际贸易促进委员会等单位，统筹推进对外贸易、境外投资发展，为市场主体提供下列服务：
（一）搭建对外贸易、境外投资交流平台；
（二）提供出口、投资国家和地区相关政策法规。
"""


def _records(section: str):
    doc = parse_bytes("tiaoli.txt", REGULATION.encode("utf-8"))
    return [t for t in doc.tasks if t.section.endswith(section)]


def test_a_department_under_its_governments_is_the_body_an_article_binds():
    (record,) = [t for t in _records("第二十三条") if t.kind == "item"]
    assert record.lead_units == ("县级以上人民政府自然资源部门",)
    levels = [t for t in _records("第二条") if t.kind == "inline_duty"]
    # the levels it sits at are no list of bodies: one department, responsible alone
    assert levels and all(
        t.lead_units == ("省和市、县、自治县人民政府优化营商环境工作主管部门",) for t in levels
    )


def test_a_department_named_by_the_work_it_is_in_charge_of_keeps_its_name():
    name = "旗县级以上人民政府负责中小企业促进工作的综合管理部门"
    assert looks_like_unit(name)
    assert [t.lead_units for t in _records("第十一条") if t.kind == "inline_duty"] == [(name,)]
    by = "政府采购投诉处理中对中小企业的认定，由企业住所地" + name + "负责。"
    assert {d.lead_units for d in find_inline_duties(by, article=True)} == {("企业住所地" + name,)}


def test_a_class_of_a_government_s_departments_binds_no_body():
    assert (
        find_inline_duties("县级以上人民政府有关部门应当按照各自职责做好投资服务工作。", article=True) == []
    )
    (record,) = [t for t in _records("第二十四条")]
    assert record.lead_units == () and "县级以上人民政府" not in record.units


def test_bodies_convening_a_list_that_fills_their_clause_lead_the_next_clause():
    clause = next(t for t in _records("第二十五条") if t.kind == "inline_duty" and "统筹推进" in t.title)
    assert clause.lead_units == ("省人民政府发展改革、商务主管部门",)
    assert clause.cooperating_units == ("外事主管部门", "知识产权主管部门", "国际贸易促进委员会")
    assert clause.title.startswith("统筹推进对外贸易、境外投资发展")
    assert str(clause.lead_basis) == "convenes"  # worded as 会同, never as 牵头


def test_departments_a_body_convenes_to_take_part_cooperate_in_its_duty():
    article = (
        "第十三条　县级以上人民政府应当开展投资项目投资前评估，对生态环境、投资风险等方面进行重点评估。\n"
        "投资前评估，应当组织发展和改革、自然资源、生态环境、营商环境等部门以及有关专家参加，或者委托第三方评估机构进行。"
    )
    (duty,) = find_inline_duties(article, article=True)
    assert duty.lead_units == ("县级以上人民政府",)
    assert duty.cooperating_units == ("发展和改革、自然资源、生态环境、营商环境等部门",)


def test_a_body_named_in_full_before_its_short_name_keeps_its_full_name():
    sentence = (
        "第三条 自治区政府效能建设工作领导小组目标责任制考核办公室(以下简称政府考核办)承担政府部门管理机构考核的具体组织、"
        "协调等工作。"
    )
    (duty,) = find_inline_duties(sentence, article=True)
    assert duty.lead_units == ("自治区政府效能建设工作领导小组目标责任制考核办公室",)
    described = "市人民政府设立的跨境电子商务综合试验区管理办公室（以下简称市综试办），负责综试区的建设和统筹管理工作。"
    # a body described by who set it up keeps the short name the sentence gives it
    assert [d.lead_units for d in find_inline_duties(described)] == [("市综试办",)]
