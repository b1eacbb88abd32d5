"""A year's key-work task split (政府工作报告 责任分解): labelled 牵头责任单位 / 协同责任单位 per item, a district that
names itself only through its issuer or the city bureaus' district branches, indicators asked by their common
short names (GDP, 社零, 固投) and a target asked for the year the document was issued for. Excerpts written in the
form such notices take; the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

PROVINCE_SPLIT = """湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见
湘政发〔2019〕1号
各市州人民政府，省政府各厅委、各直属机构：
为确保《政府工作报告》确定的目标任务落到实处，现就重点工作部门分工提出如下意见。
一、主要预期目标
1.经济增长7.5%—8%，规模工业增加值增长7%。
牵头责任单位：省发展改革委
协同责任单位：省统计局、省工业和信息化厅
2.城镇调查失业率5%左右。
牵头责任单位：省人力资源社会保障厅
协同责任单位：省统计局
湖南省人民政府
2019年2月20日
"""

DISTRICT_SPLIT = """2023年区《政府工作报告》确定的重点工作任务责任分解方案
一、2023年全区经济社会发展主要预期目标
1.地区生产总值增长8%以上。(责任领导:张三;牵头单位:区发改局)
2.固定资产投资增长16%以上。(责任领导:张三;牵头单位:区发改局)
3.社会消费品零售总额增长11%以上。(责任领导:李四;牵头单位:区商务局)
4.完成省、市下达的环境保护考核目标任务。(责任领导:王五;牵头单位:市生态环境局咸安分局)
"""


BUREAU_SPLIT = """湖南省商务厅关于印发2019年全省商务重点工作分工方案的通知
各市州商务主管部门，厅机关各处室：
1.全年实际使用外资增长10%以上。
牵头责任单位：外资处
湖南省商务厅
2019年3月1日
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {"province.txt": PROVINCE_SPLIT, "district.txt": DISTRICT_SPLIT, "bureau.txt": BUREAU_SPLIT},
    )


def test_a_labelled_lead_responsible_unit_leads(assistant: Assistant):
    answer = assistant.ask("城镇调查失业率那项是哪个厅牵头？")
    assert answer.answer.startswith("牵头单位是省人力资源社会保障厅")


def test_a_district_named_only_by_its_bureaus_branches_is_found_by_its_name(assistant: Assistant):
    answer = assistant.ask("咸安区社零增长那个指标归哪个局抓？")
    assert not answer.abstained
    assert "区商务局" in answer.answer and answer.citations[0].doc_title.startswith("2023年区")


def test_an_indicator_asked_by_its_short_name_is_found(assistant: Assistant):
    answer = assistant.ask("咸安区今年GDP要增长多少？")
    assert "8%" in answer.answer


def test_a_target_of_no_stated_year_is_the_year_its_document_was_issued_for(assistant: Assistant):
    answer = assistant.ask("湖南2019年城镇调查失业率控制目标是多少？")
    assert not answer.abstained and "5%左右" in answer.answer


def test_a_split_notice_asked_when_it_was_issued_is_asked_a_date_not_its_units(assistant: Assistant):
    answer = assistant.ask("湖南省这个重点工作部门分工的意见是哪天印发的？")
    assert "2019年2月20日" in answer.answer


def test_the_body_that_issued_one_of_a_places_documents_names_it(assistant: Assistant):
    # Of 湖南's two documents, the one the 商务厅 issued prints no 文号: that is the answer, not the other's.
    answer = assistant.ask("湖南省商务厅那份分工方案的文号是多少？")
    assert answer.abstained and "湘政发" not in answer.answer
