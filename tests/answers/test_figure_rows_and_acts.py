"""A county's figure asked from a table of targets (its row, its column's header), the whole place's row asked as
全市, paragraphs each closed by their own lead bracket, the act asked done by a body later in the item's sentence
("…报送市人民政府督查室，市人民政府督查室将适时…进行督办检查"), and the one sentence of an item that speaks of
what is asked when several name a body for the same act. Excerpts written in the form such documents take; the
real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

TARGET_TABLE = """测试市人民政府办公厅关于下达2013年全市招商引资责任目标的通知
测政办发〔2013〕27号
各县(市、区)人民政府:
经市政府同意,现将2013年全市招商引资责任目标分解下达给你们。
一、招商引资责任目标
单位名称 | 签约项目总投资(亿元) | 实际利用外资(万美元) | 实际引进外来资金(亿元)
测试市 | 2090 | 78232 | 774
甲山区 | 150 | 2500 | 81.6
乙水县 | 180 | 1000 | 42.6
二、工作要求
(一)强化领导,明确责任。各县(市、区)要成立由主要负责人任组长的项目推进领导组。
"""

PARAGRAPH_LEADS = """测试市2012年重点工作任务分工
(6)促进人口健康发展。
维护妇女儿童合法权益,发展妇女儿童事业。(市妇联牵头)
发展社会养老服务,鼓励社会力量兴办养老机构。全市养老机构床位总数达到6万张。(市民政局牵头)
(7)提高社会管理水平。
做好人民信访工作,完善大调解工作体系。(市信访办牵头)
加强地震监测预报、震灾预防和紧急救援体系建设。(市地震局牵头)
"""

NOTICE = """测试市人民政府办公厅关于印发2018年重点工作任务责任分解方案的通知
一、各项任务的责任分解见附表。
二、请各牵头单位和责任单位于2018年3月9日前将各项工作落实措施报送市人民政府督查室,市人民政府督查室将适时对各单位目标完成情况进行督办检查。
"""

SCORES = """测试区直属机关单位效能目标管理考核暂行办法
第六条 考核内容和分值
5.政务督查(2分)、公文办理(2分)由区政府办公厅考核;机关作风目标(4分)由区纪委监委考核;“窗口”及便民服务目标(4分)由区政务服务中心考核。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "mubiao.txt": TARGET_TABLE,
            "fengong.txt": PARAGRAPH_LEADS,
            "fenjie.txt": NOTICE,
            "kaohe.txt": SCORES,
        },
    )


def test_a_countys_figure_is_its_row_under_the_columns_header(assistant: Assistant):
    answer = assistant.ask("测试市2013年招商目标里乙水县签约项目总投资是多少亿元？")
    assert not answer.abstained
    assert "180" in answer.answer and "签约项目总投资(亿元)" in answer.answer
    assert any(c.quote.startswith("乙水县 | 180") for c in answer.citations)
    assert "150" not in answer.answer  # another county's figure is not this one's


def test_the_whole_places_figure_is_the_row_of_the_place(assistant: Assistant):
    answer = assistant.ask("测试市全市2013年实际引进外来资金目标是多少亿元？")
    assert not answer.abstained
    assert "774" in answer.answer and "81.6" not in answer.answer


def test_each_paragraph_is_answered_with_its_own_bracket(assistant: Assistant):
    elders = assistant.ask("测试市重点工作分工里养老服务体系这块哪个部门牵头？")
    assert elders.lead_unit == "市民政局"
    beds = assistant.ask("测试市重点工作分工提出养老机构床位总数要达到多少？")
    assert not beds.abstained and "6万张" in beds.answer
    petitions = assistant.ask("测试市重点工作分工里信访工作谁牵头？")
    assert petitions.lead_unit == "市信访办"


def test_the_act_asked_is_done_by_the_body_the_sentence_names_later(assistant: Assistant):
    answer = assistant.ask("测试市责任分解通知里，各单位的落实措施报上去以后由谁来督办检查？")
    assert not answer.abstained
    assert answer.answer.startswith("市人民政府督查室")


def test_of_several_bodies_doing_the_act_the_sentence_about_what_is_asked_answers(assistant: Assistant):
    answer = assistant.ask("测试区效能考核里“窗口”和便民服务那4分，由谁考核？")
    assert not answer.abstained
    assert answer.answer.startswith("区政务服务中心")


def test_a_place_opening_a_platforms_name_is_no_place_asked(assistant: Assistant):
    assert "测试市" in assistant.understand("测试的落实措施报上去由谁督办检查？").jurisdictions
    q = assistant.understand("落实措施通过测试e登记平台报上去由谁来督办检查？")
    assert "测试市" not in q.jurisdictions
    assert not q.compare and not q.asks_time
