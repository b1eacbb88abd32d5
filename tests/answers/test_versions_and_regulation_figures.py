"""Two versions of one plan told apart by the year in their titles ("安徽2025方案", "2025和2024两版"), figures a
regulation writes in Chinese numerals (三分之一, 二十个工作日, 三十日) asked and claimed in a cadre's own words, the
day a regulation takes effect asked as 执行, and a city's notice found by the place its 文号 abbreviates (十政办发 →
十堰). Excerpts written in the form such documents take; the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from assistant.claims import amounts
from assistant.understand import _topic
from tests.answers.corpora import assistant_over

PLAN_2025 = """<html><head><title>安徽省有效投资专项行动方案(2025)</title></head><body>
<p>经省政府同意,现将《安徽省有效投资专项行动方案(2025)》印发给你们,请认真贯彻落实。</p>
<p>安徽省人民政府办公厅</p><p>2025年4月1日</p>
<p>一、主要目标</p>
<p>2025年,投资规模保持合理增长,全省投资增长5%左右。新开工亿元以上重点项目1000个以上。</p>
<p>二、聚焦重点领域</p>
<p>1.加大新兴产业投资力度。深入推进数据中心集群建设,智能算力规模超20000P。(责任单位:省发展改革委、省科技厅)</p>
</body></html>"""

PLAN_2024 = """安徽省有效投资专项行动方案(2024)
一、总体要求
完善推进举措,力争2024年全省固定资产投资增长7%左右。
二、实施专项行动
(一)实施科技强省投资专项行动。力争2024年完成实物工作量300亿元。(责任单位:安徽省发展改革委、安徽省科技厅)
"""

REGULATION = """测试市促进中小企业发展条例
第一条 为了促进中小企业发展，制定本条例。
第十三条 在口岸开放范围内，码头、航站楼、车站等作业区需要对外开通启用的，由作业区运营单位向市口岸服务部门提出。
市口岸服务部门应当自受理之日起二十个工作日内牵头，会同口岸查验机构对作业区生产、安全、查验和监管条件等进行验收。
第十四条 市财政预算安排中小企业发展专项资金。市中小企业发展专项资金用于小企业的资金比例应当不低于三分之一。
第十五条 制定与市场主体生产经营活动密切相关的规范性文件，应当向社会公开征求意见。向社会公开征求意见的期限一般不少于三十日。
第四十七条 本条例自2011年6月1日起施行。
"""

CITY_NOTICE = """市人民政府办公室关于印发以控制成本为核心优化营商环境的若干具体实施措施的通知
十政办发〔2023〕19号
各县市区人民政府,市政府各部门:
(一)深化“互联网+政务服务”建设。打造“十堰事事通”政务服务品牌,实现证照数据全量归集。(牵头单位:市行政审批局;责任单位:市直相关单位)
(二)推行行政审批信用承诺制。落实湖北省有关要求。(牵头单位:市发改委)
2023年5月30日
"""


CHAPTERED = """测试省优化营商环境条例
第一章 总则
第一条 为了持续优化营商环境，制定本条例。
第二章 市场环境
第五条 县级以上人民政府应当依法保护各类市场主体的财产权。
第三章 政务环境
第九条 省人民政府政务服务管理部门负责推进一体化政务服务平台建设。
第四章 法治环境
第十二条 县级以上人民政府司法行政部门负责统筹推进法治政府建设。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "plan2025.html": PLAN_2025,
            "plan2024.txt": PLAN_2024,
            "regulation.txt": REGULATION,
            "notice.txt": CITY_NOTICE,
            "chaptered.txt": CHAPTERED,
        },
    )


def test_a_year_typed_in_a_plans_name_picks_that_version(assistant: Assistant):
    answer = assistant.ask("安徽2025有效投资方案里新开工亿元以上重点项目要多少个？")
    assert not answer.abstained and "1000个" in answer.answer
    assert {c.doc_title for c in answer.citations} == {"安徽省有效投资专项行动方案(2025)"}


def test_two_versions_compared_by_their_years(assistant: Assistant):
    answer = assistant.ask("2025和2024两版安徽有效投资方案，全省投资增速目标分别定多少？")
    assert not answer.abstained
    assert "5%" in answer.answer and "7%" in answer.answer


def test_a_figure_of_a_one_year_plan_with_no_year_of_its_own_is_that_years(assistant: Assistant):
    answer = assistant.ask("安徽2025那个方案，智能算力规模要搞到多大？")
    assert not answer.abstained and "20000P" in answer.answer


def test_a_year_asked_of_a_target_still_filters(assistant: Assistant):
    # "2024年…" asked of the 2024 plan's own figure: the year is the target's, the version follows from it.
    answer = assistant.ask("安徽到2024年全省固定资产投资增长目标是多少？")
    assert not answer.abstained and "7%" in answer.answer


def test_a_share_written_in_chinese_numerals_answers(assistant: Assistant):
    answer = assistant.ask("测试市中小企业发展专项资金里用于小企业的比例最低是多少？")
    assert not answer.abstained and "三分之一" in answer.answer


def test_a_span_asked_in_other_words_than_the_article(assistant: Assistant):
    answer = assistant.ask("测试市条例里，作业区申请对外开通启用被受理后，要在多长时间内组织验收？")
    assert not answer.abstained and "二十个工作日" in answer.answer


def test_a_claimed_span_against_the_one_written(assistant: Assistant):
    answer = assistant.ask("测试市条例规定的公开征求意见期限是不是一般不少于二十日？")
    assert answer.answer.startswith("不是") and "三十日" in answer.answer


def test_the_day_a_regulation_takes_effect_asked_as_execution(assistant: Assistant):
    answer = assistant.ask("测试市中小企业条例啥时候开始执行的？")
    assert not answer.abstained and "2011年6月1日" in answer.answer


def test_a_city_notice_found_by_the_place_its_document_number_abbreviates(assistant: Assistant):
    answer = assistant.ask("十堰营商环境实施措施里证照数据全量归集那条，牵头单位是哪个？")
    assert answer.lead_unit == "市行政审批局"


def test_words_written_with_a_numeral_state_no_figure():
    assert amounts("是不是一般不少于二十日") == {20.0}
    assert amounts("统一办理，三十日内") == {30.0}


def test_a_locative_glued_to_the_next_word_is_dropped():
    assert "里罚" not in _topic("码头擅自接靠国际船舶，口岸条例里罚多少钱")  # jieba glues 里罚 here
    assert "里程碑" in _topic("项目里程碑节点是哪天")  # a word of its own keeps it


def test_the_ways_a_regulation_works_are_its_chapters(assistant: Assistant):
    # "哪几方面" asks the parts, not which parties (哪几方) take part.
    answer = assistant.ask("测试省营商环境条例主要从哪几方面来优化营商环境？")
    assert not answer.abstained and "责任单位" not in answer.answer
    assert all(part in answer.answer for part in ("市场环境", "政务环境", "法治环境"))
