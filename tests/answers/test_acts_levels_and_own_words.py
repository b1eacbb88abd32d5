"""Questions in a cadre's own words over regulations and plans: who does one act of an article ("由谁来定",
"要哪个部门批", "接受哪个部门监督"), a penalty asked in the words of the duty it punishes by number, a sub-item
answered by the bracket of the heading it sits under, a plan's measures asked with no topic, a document named by
an abbreviation of its title (经开区条例), a page's posting day ("网站上哪天挂出来"), the 文号 of each place's
document compared, and "牵头单位里有没有X". Excerpts written in the form such documents take; the real pipeline,
store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

ZONE_REGULATION = """测试市经济技术开发区条例
第一章　总则
第一条 为了加快测试市经济技术开发区建设，制定本条例。
第二章　组织管理
第六条 测试市人民政府主管外国投资工作的部门是开发区的管理机构，对开发区行使以下职权：
（一）制订和发布开发区的具体管理规定；
（二）审批开发区内的投资项目。
第八条 开发区公司按照市人民政府批准的发展规划，负责本开发区内的基础设施建设、土地房产经营。
第三章　投资与经营
第十三条 外商投资企业必须设置完整的会计帐簿，进行独立核算，按照规定报送会计报表，并接受财政税务部门的监督。
第四章　优惠待遇
第二十三条 开发区内的外商投资企业，按规定纳税有困难的，经企业申请、税务部门批准，可减征或免征地方税。
第二十四条 对涉及两个以上行政管理部门的审批办证事项，由同级人民政府确定一个主办部门，负责统一受理申请。
第五章　附则
第三十条 本条例自1989年1月1日起施行。
"""

BUSINESS_REGULATION = """测试市优化营商环境条例
第三十一条 网信部门应当建立营商环境网络舆情的监测、研判、处置机制。
新闻媒体应当客观报道。任何单位和个人不得捏造虚假信息或者歪曲事实进行不实报道，不得利用新闻报道向市场主体索取财物。
第三十二条 市场监督管理部门应当依法查处不正当竞争行为。
第三十六条 违反本条例第三十一条第二款规定的，由新闻出版行政部门会同有关部门共同查处，没收违法所得，并处一万元以上三万元以下罚款。
"""

CITY_PLAN = """<html><head><title>测试市人民政府办公室关于印发测试市营商环境优化提升工作方案的通知</title></head><body>
<p>测试府办发〔2020〕18号</p>
<p>各区、县人民政府,市政府各工作部门:</p>
<p>《测试市营商环境优化提升工作方案》已经市政府研究同意,现印发给你们,请认真抓好落实。</p>
<p>测试市人民政府办公室</p><p>2020年3月30日</p>
<p>一、主要举措</p>
<p>(一)普法与宣传。〔牵头单位:市委宣传部、市投资促进局、市司法局;责任单位:市招商营商工作领导小组成员单位〕</p>
<p>1.深入贯彻国务院《营商环境优化条例》,加强对一线工作人员培训和普法,梳理不符合要求的地方性规章制度,及时修订或废止。</p>
<p>2.新闻媒体及时、准确宣传优化营商环境的措施和成效。</p>
<p>(二)“证照分离”改革。〔牵头单位:市市场监管局、市司法局;责任单位:“证照分离”改革成员单位〕</p>
<p>在2020年前全市实现“证照分离”改革全覆盖。</p>
</body></html>"""

PROVINCE_SPLIT = """首页 > 专题中心 > 政务公开 > 通知公告
广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知
时间 : 2021-05-14 22:01:43 来源 : 本网原创稿
粤府〔2021〕99号
各地级以上市人民政府,省政府各部门:
现印发给你们,请认真贯彻执行。执行过程中遇到的问题,请径向省政府办公厅反映。
广东省人民政府
2021年3月21日
一、主要预期目标
1.地区生产总值增长6%以上。(省发展改革委牵头,各地、各部门配合)
"""

CITY_SPLIT = """当前位置: 首页 > 政务公开 > 市政府文件
广州市人民政府关于印发2021年市政府工作报告部署工作责任分工的通知
2021-03-05
来源: 广州市人民政府办公厅
穗府〔2021〕98号
各区人民政府,市政府各部门:
现印发给你们,请认真贯彻执行。
广州市人民政府
2021年2月23日
1.加快建设链接全市域科技创新关键节点的科技创新轴。(市科技局牵头,黄埔区、南沙区政府配合)
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "zone.txt": ZONE_REGULATION,
            "business.txt": BUSINESS_REGULATION,
            "plan.html": CITY_PLAN,
            "province.txt": PROVINCE_SPLIT,
            "city.txt": CITY_SPLIT,
        },
    )


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("开发区条例里，审批事项牵涉两个以上部门时，主办部门由谁来定？", "同级人民政府"),
        ("开发区条例里外资企业交税有困难，想减免地方税，要哪个部门批？", "税务部门"),
        ("开发区条例里外资企业的会计帐簿和报表接受哪个部门监督？", "财政税务部门"),
    ],
)
def test_who_does_the_act_asked_is_the_body_the_text_has_do_it(
    assistant: Assistant, question: str, body: str
):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert answer.lead_unit == body
    assert answer.answer.index(body) < 8  # named first
    assert any(body in c.quote for c in answer.citations)


def test_a_company_acting_in_an_article_answers_who_does_the_work(assistant: Assistant):
    answer = assistant.ask("开发区条例里，开发区内的基础设施建设和土地房产经营由谁负责？")
    assert not answer.abstained and answer.answer.startswith("开发区公司")


def test_a_department_named_by_its_field_is_the_management_body(assistant: Assistant):
    answer = assistant.ask("测试市经济技术开发区条例规定开发区的管理机构是哪个部门？")
    assert not answer.abstained
    assert "测试市人民政府主管外国投资工作的部门" in answer.answer


def test_a_penalty_asked_in_the_duty_s_words(assistant: Assistant):
    fine = assistant.ask("营商环境条例对捏造虚假信息、借报道索财的罚款幅度是多少？")
    assert not fine.abstained and "一万元以上三万元以下罚款" in fine.answer
    who = assistant.ask("营商环境条例里，媒体捏造虚假信息、借报道向企业要钱的，由谁查处？")
    assert not who.abstained and who.lead_unit == "新闻出版行政部门"


def test_a_sub_item_is_answered_by_its_heading_s_bracket(assistant: Assistant):
    answer = assistant.ask(
        "测试市营商环境方案里，给一线工作人员培训普法、清理不合规的规章制度，这事找哪个部门？"
    )
    assert not answer.abstained
    assert answer.lead_unit == "市委宣传部"
    assert any("牵头单位:市委宣传部" in c.quote for c in answer.citations)


def test_a_plans_measures_asked_with_no_topic_are_its_measures_part(assistant: Assistant):
    answer = assistant.ask("测试市营商环境优化提升工作方案主要有哪些举措？")
    assert not answer.abstained
    assert "普法与宣传" in answer.answer and "“证照分离”改革" in answer.answer


def test_a_title_named_by_its_abbreviation_is_outlined(assistant: Assistant):
    answer = assistant.ask("测试市经开区条例主要规定了哪几方面内容？")
    assert not answer.abstained
    assert "组织管理" in answer.answer and "优惠待遇" in answer.answer


def test_the_day_a_page_posted_the_document(assistant: Assistant):
    answer = assistant.ask("穗府〔2021〕98号在广州市政府网站上是哪天挂出来的？")
    assert not answer.abstained and "2021-03-05" in answer.answer
    signed = assistant.ask("广州2021年政府工作报告责任分工那个通知落款日期是哪天？")
    assert not signed.abstained and "2021年2月23日" in signed.answer


def test_each_places_document_number_compared(assistant: Assistant):
    answer = assistant.ask("广州和广东的2021年政府工作报告分工文件，文号各是什么？")
    assert not answer.abstained
    assert "穗府〔2021〕98号" in answer.answer and "粤府〔2021〕99号" in answer.answer


def test_is_a_unit_among_the_leads(assistant: Assistant):
    answer = assistant.ask("测试市证照分离改革的牵头单位里有没有市投资促进局？")
    assert answer.answer.startswith("不是")
    assert "市市场监管局" in answer.answer


def test_to_whom_a_problem_is_taken_is_read_from_the_notice_s_own_text(assistant: Assistant):
    answer = assistant.ask("广东那个重点任务分工方案，执行中碰到问题该找哪个单位反映？")
    assert not answer.abstained
    assert answer.answer.startswith("省政府办公厅")
    assert any("向省政府办公厅反映" in c.quote for c in answer.citations)
