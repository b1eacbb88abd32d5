"""Duties read clause by clause inside one item, and task tables headed in other words, on real excerpts
(国办发〔2019〕2号, 国办函〔2004〕25号, 国办发〔2018〕126号), through the real pipeline."""

from __future__ import annotations

from corpus.conventions import Field, field_of_header
from corpus.pipeline import parse_bytes

DEPARTMENT_DUTIES = """国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知
四、配套措施
（四）明确部门职责，做好政策衔接。为确保国家组织药品集中采购和使用试点达到降药价、促改革的目的，医保、医疗、医药主管部门要各司其职，协调联动。国家医保局承担制定试点方案、相关政策和监督实施的职责，指导各地医保部门做好医保支付、结算和总额预算管理等工作；各级卫生健康部门负责对医疗机构落实中选药品使用情况进行指导和监督，监测预警药品短缺信息，指导公立医院改革等；国家药监局负责对通过一致性评价的品种和药品生产企业相关资质进行认定。
五、组织形式
（一）成立联合采购办公室。由上海市医药集中招标采购事务管理所承担联合采购办公室日常工作。
（二）加强组织领导。全市各有关部门负责做好本部门的相关工作。
"""


def _duties(doc, section: str):
    return {t.lead_units: t.title for t in doc.tasks if t.kind == "inline_duty" and t.section == section}


def test_each_clause_of_an_item_records_the_body_it_binds():
    doc = parse_bytes("caigou.txt", DEPARTMENT_DUTIES.encode("utf-8"))
    duties = _duties(doc, "四/(四)")
    # 承担…的职责 binds a body as 负责 does; a body of one field at every level (各级卫生健康部门) is a body.
    assert ("国家医保局",) in duties and "制定试点方案" in duties[("国家医保局",)]
    assert ("各级卫生健康部门",) in duties and "指导和监督" in duties[("各级卫生健康部门",)]
    assert ("国家药监局",) in duties
    item = next(t for t in doc.tasks if t.kind == "item" and t.section == "四/(四)")
    assert set(item.units) >= {"国家医保局", "各级卫生健康部门", "国家药监局"}


def test_a_body_taking_on_daily_work_is_read_and_every_body_is_no_unit():
    doc = parse_bytes("caigou.txt", DEPARTMENT_DUTIES.encode("utf-8"))
    assert ("上海市医药集中招标采购事务管理所",) in _duties(doc, "五/(一)")
    # "全市各有关部门负责…" names every body, no one unit.
    assert not _duties(doc, "五/(二)")


def test_a_clause_opening_with_its_date_keeps_the_date_out_of_the_body():
    text = """国务院办公厅关于湖北省所提问题和建议办理情况的函
一、关于加大对荆南四河堤防建设投资比例问题
2004年发展改革委会同水利部研究提出了荆南四河堤防加固工程的投资安排意见。
"""
    doc = parse_bytes("hubei.txt", text.encode("utf-8"))
    leads = {u for t in doc.tasks for u in t.lead_units}
    assert "发展改革委" in leads
    assert not any(u.startswith("2004") for t in doc.tasks for u in t.units)


def test_table_headers_in_other_words_are_read_by_their_role():
    # 推广清单: 序号 | 改革举措 | 主要内容 | 指导部门 | 推广范围
    assert (
        field_of_header("改革举措") is Field.TITLE
    )  # written exactly as a title column, though 举措 is a body word
    assert field_of_header("主 要 内 容") is Field.BODY
    assert field_of_header("指导部门") is Field.UNITS
    assert field_of_header("推广范围") is Field.BODY  # neither units nor a deadline


def test_a_promotion_list_reads_its_guiding_departments_per_row():
    text = """国务院办公厅关于推广第二批支持创新相关改革举措的通知
附件
第二批支持创新相关改革举措推广清单
序号\t改革举措\t主要内容\t指导部门\t推广范围
1\t以降低侵权损失为核心的专利保险机制\t开发包括专利代理责任险等保险产品。\t国家知识产权局、中国银保监会\t全国
2\t区域性股权市场设置科技创新专板\t在区域性股权市场设置科技创新专板。\t中国证监会\t8个改革试验区域
"""
    doc = parse_bytes("tuiguang.txt", text.encode("utf-8"))
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    by_title = {t.title: t for t in rows}
    assert by_title["以降低侵权损失为核心的专利保险机制"].units == ("国家知识产权局", "中国银保监会")
    assert by_title["区域性股权市场设置科技创新专板"].units == ("中国证监会",)
    assert by_title["区域性股权市场设置科技创新专板"].lead_units == ("中国证监会",)


def test_a_body_named_as_the_one_in_charge_of_a_field_is_its_responsible_unit():
    text = """国务院办公厅关于推进政务新媒体健康有序发展的意见
二、明确工作职责
1.强化主管主办责任。国务院办公厅是全国政务新媒体工作的主管单位，负责推进、指导、协调、监督全国政务新媒体工作。地方各级人民政府办公厅（室）是本地区政务新媒体工作的主管单位。
"""
    doc = parse_bytes("xinmeiti.txt", text.encode("utf-8"))
    roles = {t.lead_units: t for t in doc.tasks if t.kind == "inline_duty"}
    assert ("国务院办公厅",) in roles and "主管单位" in roles[("国务院办公厅",)].title
    assert roles[("国务院办公厅",)].lead_basis == "single_unit"  # 主管, never written as 牵头
    assert ("地方各级人民政府办公厅（室）",) in roles


def test_a_body_named_deep_in_a_long_section_answers_for_its_sentence_not_for_the_section():
    text = (
        "某自治区人民政府关于加快国有粮食企业改革有关问题的通知\n"
        "一、积极筹措资金，妥善安置国有粮食企业职工\n"
        "妥善安置职工，是加快国有粮食企业改革的关键。国有粮食企业要全面实行劳动合同制。企业退休人员按照规定移交"
        "当地社区统一管理。改制为非国有控股企业或破产的，离休干部管理单位由当地党委和政府确定。\n"
        "二、切实加强领导\n各级人民政府要把国有粮食企业改革列入重要议事日程。\n"
    )
    doc = parse_bytes("通知.txt", text.encode())
    section = next(t for t in doc.tasks if t.kind == "item" and t.label == "一")
    assert section.lead_units == () and section.units == ("当地党委和政府",)
    clause = next(t for t in doc.tasks if t.kind == "inline_duty" and t.label == "一")
    assert clause.lead_units == ("当地党委和政府",) and "离休干部" in clause.quote


def test_a_body_named_after_by_before_the_way_it_acts_is_the_acting_body():
    from corpus.duties import find_inline_duties

    (duty,) = find_inline_duties("安置职工所需的资金，由市、县(市、区)人民政府依次从以下渠道筹措：")
    assert duty.lead_units == ("市、县(市、区)人民政府",)
    # A post filled from a body, and a name running on into what the body does, are no such reading.
    assert not find_inline_duties("联络员由各成员单位有关司局负责同志担任。")
    assert not find_inline_duties("由两个以上同级部门分别实施的具有关联性的行政审批事项，不得互为前置条件。")
    assert all(
        d.lead_units == ("上海市医药集中招标采购事务管理所",)
        for d in find_inline_duties(
            "由上海市医药集中招标采购事务管理所承担联合采购办公室日常工作并负责具体实施。"
        )
    )
