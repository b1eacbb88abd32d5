"""Questions as cadres type them over task tables, indicator tables and regulations: a quoted phrase, a preamble
setting the asked document against another, a date asked beside a lead, a unit asked what it joins that only
leads, a yes/no about a named item's unit, a passage that matches only the document's own subject, a city said in
one character and 市, 施行 asked of a page's 实施日期, a 公告's 落款, 几月 of an indicator table, a reward asked
where only an investment size is written, and a unit whose name holds 和. Excerpts of real documents; the real
pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over
from tests.corpus.test_records_rows_and_cell_measures import SICHUAN

CHONGQING = """<html><body>
<p>重庆市人民政府办公厅关于印发《重庆市2025年度优化营商环境工作任务清单》的通知</p>
<p>渝府办发〔2025〕27号</p>
<table>
<tr><th>序号</th><th>2025年度工作任务</th><th>责任单位</th></tr>
<tr><td colspan="3">(一)市场准入(牵头单位:市市场监管局)</td></tr>
<tr><td>1</td><td>加快建设“渝企在线”数字应用,完善登记注册申请表单智能预填。</td><td>市市场监管局</td></tr>
<tr><td>5</td><td>推进企业迁移登记“一件事”,深化市域内跨区县迁移“一次申请、一键办理、一次办结”。</td><td>市市场监管局</td></tr>
</table></body></html>"""

TONGCHUAN = """铜川市人民政府办公室关于
落实《政府工作报告》重点工作分工的意见
发文文号: 铜政办发〔2025〕1号
一、2025年年度目标
1. 生产总值增长6%左右。(市发展改革委负责)
2. 固定资产投资增长7%左右。(市发展改革委负责)
8. 社会消费品零售总额增长8%左右。(市商务局负责)
二、重点任务
10. 开展提振消费专项行动,精心举办“秦乐购”促消费活动150场次。(市商务局负责)
"""

GUANGXI = """当前位置:首 页 >文章正文
广西壮族自治区投资促进条例
【颁布机关】广西壮族自治区人民代表大会常务委员会
【发布文号】广西壮族自治区人大常委会公告13届第54号
【发布日期】2021-07-28
【实施日期】2021-09-01
广西壮族自治区投资促进条例
(2021年7月28日广西壮族自治区第十三届人民代表大会常务委员会第二十四次会议通过)
第四条 县级以上人民政府应当加强对投资促进工作的领导,将投资促进工作列入重要议事日程。
"""

BIJIE = """毕节市人民代表大会
常务委员会公告
(2025第9号)
《毕节市优化营商环境条例》已于2025年8月29日经毕节市第三届人民代表大会常务委员会第二十九次会议通过,现予公布。
毕节市人民代表大会常务委员会
2025年12月5日
毕节市优化营商环境条例
(2025年8月29日毕节市第三届人民代表大会常务委员会第二十九次会议通过)
第五条  县级以上人民政府应当加强对优化营商环境工作的组织领导,完善优化营商环境政策措施,建立健全工作协调机制。
"""

URUMQI = """乌鲁木齐市投资环境保障条例
第四十一条 实施行政事业性收费的单位应当持《收费登记卡》收费。《收费登记卡》由市价格行政管理部门统一印制，免费发送企业。
"""

MIIT = """<html><body><p>从2016年开始,我部每年都公开有关重点工作的关键业绩指标。2018年,我们继续制定和公开相关指标。</p>
<table>
<tr><th>序号</th><th>指标名称</th><th>预期效果</th><th>完成时限</th><th>指标 属性</th><th>牵头负责司局</th><th>备注</th></tr>
<tr><td>1</td><td>创建“中国制造2025”国家级示范区</td><td>确定首批示范区创建名单</td><td>6月</td><td>预期性</td><td>规划司</td><td></td></tr>
<tr><td>4</td><td>钢铁去产能规模</td><td>3000万吨左右</td><td>12月</td><td>约束性</td><td>原材料工业司</td><td></td></tr>
</table></body></html>"""

QIANJIANG = """<html><body><p>市人民政府办公室关于印发《创新务实推进新发展阶段招商引资工作任务清单》的通知</p>
<table>
<tr><th>工作重点</th><th>市目标任务</th><th>序号</th><th>市工作举措</th><th>工作时限</th></tr>
<tr><td>产业生态招商</td><td>传统产业延链升级,各产业链2025年招引亿元以上项目</td><td>1</td><td>1.石油化工。聚焦“减油增化”延链方向,支持企业开展技术改造。(潜江高新区) 2. 盐化工。依托地下盐卤资源优势,重点招引盐碱综合利用项目。(市自然资源和城乡建设局)</td><td></td></tr>
</table></body></html>"""

CHUXIONG = """楚雄州人民政府办公室关于印发楚雄州2021年民生工程工作方案的通知
一、工作任务
(一)实施民生工程
1.城乡居民增收工程
(1)增加城镇居民收入
①以就业促增收,增加城镇居民工资性收入。全面落实就业优先政策。(牵头部门:州人力资源和社会保障局;责任单位:10县市人民政府)
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "chongqing.html": CHONGQING,
            "tongchuan.txt": TONGCHUAN,
            "sichuan.txt": SICHUAN,
            "guangxi.md": GUANGXI,
            "bijie.txt": BIJIE,
            "urumqi.txt": URUMQI,
            "miit.html": MIIT,
            "qianjiang.html": QIANJIANG,
            "chuxiong.txt": CHUXIONG,
        },
    )


def test_a_quoted_phrase_is_matched_whole(assistant: Assistant):
    answer = assistant.ask("渝府办发〔2025〕27号里建“渝企在线”那项谁负责？")
    assert not answer.abstained
    assert answer.lead_unit == "市市场监管局"
    assert "渝企在线" in answer.answer


def test_a_preamble_setting_the_document_against_another_scopes_nothing(assistant: Assistant):
    answer = assistant.ask(
        "跟铜川分工意见里商贸那条归市商务局不一样，重庆任务清单里企业迁移登记是不是也归商务部门？"
    )
    assert answer.answer.startswith("不是")
    assert "市市场监管局" in answer.answer
    assert all("tongchuan" not in c.doc_id for c in answer.citations)


def test_the_documents_date_asked_beside_a_lead_is_answered_from_its_dated_line(assistant: Assistant):
    answer = assistant.ask("川府发〔2011〕8号是哪天印发的？积极财政政策那段谁牵头？")
    assert answer.lead_unit == "财政厅"
    assert "二○一一年三月十七日" in answer.answer


def test_two_listed_things_closed_by_their_attribute_are_asked_each(assistant: Assistant):
    answer = assistant.ask("铜川市2025年分工意见中，生产总值和固定资产投资两项目标的负责单位分别是？")
    assert "生产总值增长6%左右" in answer.answer and "固定资产投资增长7%左右" in answer.answer


def test_a_unit_asked_what_it_joins_is_told_what_it_leads(assistant: Assistant):
    answer = assistant.ask("铜川市分工意见中市商务局参与了哪些任务？")
    assert not answer.abstained
    assert "社会消费品零售总额" in answer.answer
    assert "没有作为配合单位参与的任务" in answer.answer


def test_a_regulations_number_and_day_in_force_from_its_page_record(assistant: Assistant):
    answer = assistant.ask("广西投资促进条例的发布文号是什么？哪天实施？")
    assert "广西壮族自治区人大常委会公告13届第54号" in answer.answer
    assert "2021-09-01" in assistant.ask("广西投资促进条例从哪天开始施行？").answer


def test_a_passage_matching_only_the_documents_own_subject_is_no_answer(assistant: Assistant):
    answer = assistant.ask("毕节市优化营商环境条例规定由哪个部门受理营商环境投诉？")
    assert answer.abstained
    assert "县级以上人民政府" not in answer.answer


def test_an_announcements_signature_date_is_its_落款(assistant: Assistant):
    answer = assistant.ask("毕节营商条例的公告落款日期？")
    assert "2025年12月5日" in answer.answer
    assert "8月29日" not in answer.answer


def test_a_city_said_in_one_character_and_市_is_that_city(assistant: Assistant):
    answer = assistant.ask("乌市投资环境保障条例里收费登记卡由哪个部门统一印制？")
    assert answer.lead_unit == "市价格行政管理部门"


def test_an_indicator_tables_month_and_its_departments(assistant: Assistant):
    assert "6月" in assistant.ask("工信部2018年指标中创建国家级示范区要在几月完成？").answer
    answer = assistant.ask("工信部2018年指标中，钢铁去产能是原材料工业司牵头吗？")
    assert answer.answer.startswith("是")
    assert answer.lead_unit == "原材料工业司"


def test_a_yes_no_about_one_measure_in_a_cell_is_settled_by_that_measure(assistant: Assistant):
    answer = assistant.ask("潜江招商任务清单里盐化工是潜江高新区负责吗？")
    assert answer.answer.startswith("不是")
    assert "市自然资源和城乡建设局" in answer.answer


def test_a_reward_asked_where_only_an_investment_size_is_written_is_declined(assistant: Assistant):
    answer = assistant.ask("潜政办发〔2025〕11号对引进亿元以上项目给多少奖励？")
    assert answer.abstained or "没有写" in answer.answer


def test_a_unit_whose_name_holds_和_is_asked_whole(assistant: Assistant):
    answer = assistant.ask("楚雄州民生方案里州人力资源和社会保障局牵头了哪项工作？")
    assert not answer.abstained
    assert "以就业促增收" in answer.answer
