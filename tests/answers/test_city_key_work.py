"""Cities' key-work task splits as web pages publish them (a column label before the title, a site's name after
it, a "发布时间" field), a city whose name opens with a numeral, two cities asked each for its own year, and an
assessment table's rows asked for by the body that assesses them. Excerpts written in the form such pages take;
the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

JIUJIANG = """# 【市政府重点工作】九江市人民政府关于2022年重点工作及责任分解的通知

发布时间:2022-02-15 10:20

各县(市、区)人民政府，市政府各部门：

一、确保完成全年主要预期目标

1. 地区生产总值增长8%左右。
牵头责任单位:市发改委。
协同责任单位:市统计局。
完成时限:2022年12月31日

2. 固定资产投资增长9%以上。
牵头责任单位:市发改委。
协同责任单位:市工信局、市住建局。

3. 一般公共预算收入增长6%。
牵头责任单位:市财政局。
协同责任单位:市税务局。
"""

SUZHOU = """宿州市人民政府关于2021年重点工作及责任分解的通知-某某资讯平台
各县、区人民政府，市政府各部门：
一、主要预期目标
1.固定资产投资增长11%。
牵头责任单位:市发展改革委。
协同责任单位:市自然资源和规划局、市城乡建设局。
2.财政收入与经济增长同步。
牵头责任单位:市财政局。
协同责任单位:市税务局、人行宿州中心支行。
宿州市人民政府
二Ｏ二一年二月五日
"""

TOWNSHIP_TABLE = """<html><body><table border="1">
<caption>某县2021年度乡镇生态环境保护目标管理考核细则</caption>
<tr><th>序号</th><th>考核项目</th><th>分值</th><th>考核指标</th><th>负责考核部门</th></tr>
<tr><td>1</td><td>健全工作机制</td><td>10</td><td>明确乡镇分管领导和联络员，每月召开调度会，得10分。</td><td>县生态环境局</td></tr>
<tr><td>2</td><td>整治畜禽养殖污染</td><td>40</td><td>建立规模养殖场台账，粪污综合利用率达到85%以上，得40分。</td><td>县农业农村局</td></tr>
<tr><td>3</td><td>推进秸秆综合利用</td><td>20</td><td>落实秸秆禁烧责任，综合利用率达到90%以上，得20分。</td><td>县农业农村局</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {"jiujiang.md": JIUJIANG, "suzhou.txt": SUZHOU, "township.html": TOWNSHIP_TABLE},
    )


def test_a_page_s_column_label_and_site_name_are_not_the_title(assistant: Assistant):
    docs = {d.source_name: d for d in assistant.workspace.vocabulary.documents}
    assert docs["jiujiang.md"].title == "九江市人民政府关于2022年重点工作及责任分解的通知"
    assert docs["suzhou.txt"].title == "宿州市人民政府关于2021年重点工作及责任分解的通知"
    assert docs["jiujiang.md"].jurisdiction == "九江市"  # a city's name may open with a numeral


def test_two_cities_each_asked_for_its_own_year(assistant: Assistant):
    answer = assistant.ask("九江2022年和宿州2021年的固定资产投资增长目标分别是多少？")
    assert not answer.abstained
    assert "9%以上" in answer.answer and "11%" in answer.answer


def test_a_completion_date_written_as_a_whole_date(assistant: Assistant):
    answer = assistant.ask("九江GDP增长那项的完成时限是什么时候？")
    assert "2022年12月31日" in answer.answer


def test_a_page_s_publication_field(assistant: Assistant):
    answer = assistant.ask("九江那个重点工作分解的通知是什么时候发布的？")
    assert "2022-02-15" in answer.answer


def test_a_kind_of_task_asked_with_lei(assistant: Assistant):
    answer = assistant.ask("宿州财政收入类任务由谁牵头？")
    assert not answer.abstained and "市财政局" in answer.answer.split("，")[0]


def test_the_rows_a_body_assesses_are_listed_without_their_score_cells(assistant: Assistant):
    answer = assistant.ask("乡镇考核里县农业农村局负责考核哪些项目？")
    assert "整治畜禽养殖污染" in answer.answer and "推进秸秆综合利用" in answer.answer
    assert "| 40 |" not in answer.answer.split("出处")[0]


def test_the_work_a_body_leads_asked_as_its_jobs(assistant: Assistant):
    answer = assistant.ask("九江那个通知里市发改委牵头的活有哪些？")
    assert "地区生产总值增长8%左右" in answer.answer and "固定资产投资增长9%以上" in answer.answer


def test_a_claim_of_who_assesses_a_row_is_checked_against_the_row(assistant: Assistant):
    answer = assistant.ask("乡镇考核里畜禽养殖污染整治是县生态环境局考核的吗？")
    assert answer.answer.startswith("不是") and "整治畜禽养殖污染" in answer.answer


def test_a_claimed_deadline_month_is_checked_against_the_one_written(assistant: Assistant):
    assert assistant.ask("九江GDP那项是不是要求2022年6月底前完成？").answer.startswith("不是")
    assert assistant.ask("九江GDP那项是不是要求2022年年底前完成？").answer.startswith("是")


def test_a_signature_date_in_words_with_the_letter_o_for_zero(assistant: Assistant):
    answer = assistant.ask("宿州那个重点工作通知的落款日期是哪天？")
    assert "二Ｏ二一年二月五日" in answer.answer
