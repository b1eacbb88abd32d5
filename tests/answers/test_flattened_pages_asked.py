"""Questions over pages as a cadre finds them: a provincial plan that prints no place of its own (its units name the
capital's branch of a national body), a title asked with its year inside ("营商环境创新2022年行动计划里"), unnumbered
task cards, a table's rows asked as a unit's share ("作为主要责任单位的有哪几项") and a second part asking only when.
Excerpts of real documents; the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

SHANDONG = """营商环境创新2022年行动计划
一、工作目标
对标最高标准、最优水平、最佳实践,深入实施营商环境创新提升行动,全面打造市场化法治化国际化一流营商环境。
二、主要任务
(一)开办企业领域。
1. 提升设立登记便利度。优化升级企业开办“一窗通”系统,9月底前,实现开办企业全流程1个环节、0成本、1天办结。(牵头单位:省市场监管局)
2. 提升银行开户效率。6月底前,探索企业账户账号在线推送模式,银行收到企业开户预约信息、完成账户开立后,在线反馈企业账户账号。(牵头单位:人民银行济南分行)
3. 探索推广代位注销模式。6月底前,明确代位注销适用情形、程序、申请材料,拓展特殊市场主体退出路径。(牵头单位:省市场监管局)
"""

# another province's plan in the library, so that 山东 is a place the library knows of
JINAN = """济南市人民政府办公厅关于印发济南市优化营商环境若干措施的通知
济政办字〔2021〕5号
一、深化商事制度改革
1.推行企业开办全程网办。(牵头单位:市市场监管局)
"""

GUANGDONG = (
    "近日\n\n广东省人民政府印发\n\n《2023年省〈政府工作报告〉\n\n工作任务分工方案》\n\n一起来看看吧~\n\n"
    "粮食产量1268万吨以上 部门分工:省农业农村厅牵头,各地、各部门配合。 大力推进20个战略性产业集群建设 "
    "工作措施:完成战略性产业集群“1+20”政策文件的中期评估及修订工作。出台未来产业集群专项行动计划。 "
    "部门分工:省工业和信息化厅牵头,省发展改革委、科技厅、农业农村厅、统计局、政务服务数据管理局、能源局等配合。\n"
)

QIAOCHENG = """<html><body><p>谯城区2025年政府工作报告重点工作任务分解表</p>
<table><tr><th>序号</th><th>重点工作任务</th><th>主要责任单位</th><th>协同配合单位</th></tr>
<tr><td>1</td><td>地区生产总值增长6.5%左右。</td><td>区发改委</td><td>区政府各部门</td></tr>
<tr><td>2</td><td>社会消费品零售总额增长8.2%左右。</td><td>区商务局</td><td>区发改委、区市场监管局</td></tr>
<tr><td>3</td><td>固定资产投资增长7.5%左右。</td><td>区发改委</td><td>区工信局、区住建局</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "shandong.txt": SHANDONG,
            "jinan.txt": JINAN,
            "guangdong.md": GUANGDONG,
            "qiaocheng.html": QIAOCHENG,
        },
    )


def test_a_provincial_page_printing_no_place_is_the_province_its_capitals_branch_names(library):
    answer = library.ask("请问山东那个营商环境创新计划里，推广代位注销是谁牵头的？")
    assert not answer.abstained
    assert answer.lead_unit == "省市场监管局"


def test_a_title_asked_with_its_year_inside_names_the_document(library):
    q = library.understand("营商环境创新2022年行动计划里，企业开办“一窗通”系统升级这件事由哪个单位牵头？")
    assert q.named_docs and "shandong" in q.named_docs[0]
    answer = library.ask(
        "山东那份营商环境创新2022年行动计划里，企业开办“一窗通”系统升级这件事由哪个单位牵头？"
    )
    assert answer.lead_unit == "省市场监管局"


def test_a_part_asking_only_when_is_answered_from_the_items_own_text(library):
    answer = library.ask("山东营商环境创新计划里银行开户效率那条谁牵头？要求几月底前完成？")
    assert answer.lead_unit == "人民银行济南分行"
    assert "6月底前" in answer.answer


def test_an_unnumbered_card_is_answered_by_its_title_without_our_count(library):
    answer = library.ask("广东2023年省政府工作报告分工方案里，粮食产量那项由哪个厅牵头？")
    assert answer.lead_unit == "省农业农村厅"
    assert "省农业农村厅" in answer.answer and "任务1" not in answer.answer
    helpers = library.ask("辛苦查下，广东2023年分工方案中推进战略性产业集群建设的配合部门有哪些？")
    assert "能源局" in helpers.answer


def test_a_units_share_asked_as_its_role_in_the_table_lists_its_rows_without_their_cells(library):
    answer = library.ask("麻烦您看下，谯城区2025年分解表里区发改委作为主要责任单位的有哪几项？")
    assert not answer.abstained
    assert "地区生产总值增长6.5%左右" in answer.answer and "固定资产投资增长7.5%左右" in answer.answer
    assert "|" not in answer.answer
