"""Questions over documents a cadre's library really holds: one document uploaded twice (a .docx and a GBK .txt of
one 文号), a table that numbers none of its rows, 第1条 asked of a plan that has items, not articles, a place typed
with one homophone however short (安山市, 横阳), a place that starts a news site's name, and a page that prints no
place of its own. Excerpts of real documents; the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

HENGYANG = """衡政办发〔2025〕11号
各县市区人民政府,市直有关单位:
《推进招商引资机制改革实施方案》已经市人民政府同意,现印发给你们,请认真组织实施。
衡阳市人民政府办公室
2025年7月11日
推进招商引资机制改革实施方案
一、重塑组织体系,构建招商新格局
1.构建招商体系。构建"商务主管部门牵头、相关部门协同配合、各类主体联动、属地承接落地"的大招商格局。(牵头单位:市商务局;责任单位:市贸促会、市工商联、市发改委、市科技局、市工信局)
"""

CHANGSHA = """<html><body>
<p>长沙市人民政府关于对2012年《政府工作报告》目标任务实施责任分解管理的通知</p>
<p>(长政发〔2012〕6号)</p>
<p>长沙市人民政府</p>
<p>二〇一二年三月六日</p>
<table border="1">
<thead><tr><th>牵头单位</th><th>目 标 任 务</th><th>责 任 单 位</th></tr></thead>
<tbody>
<tr><td rowspan="2">长沙先导区管委会</td><td>推进河西商业配套建设</td><td>商务局、高新区、岳麓区</td></tr>
<tr><td>继续开展岳麓山景区综合整治</td><td>环保局、城投集团、林业局</td></tr>
<tr><td>市监察局</td><td>严肃查处利用职权或公共资源谋取私利的腐败行为,建设诚信、廉洁的政府</td><td>审计局、财政局和市直各单位、各区县市</td></tr>
<tr><td rowspan="2">市发改委</td><td>地区生产总值增长13%</td><td>统计局和市直相关单位、各区县市、各园区</td></tr>
<tr><td>固定资产投资增长20%</td></tr>
</tbody>
</table>
</body></html>
"""

ANSHAN = """鞍山市人民政府关于印发《2024年市〈政府工作报告〉任务分解和责任分工方案》的通知
鞍政发〔2024〕1号
一、主要预期目标
4.社会消费品零售总额增长9%。
牵头单位:市商务局
责任单位:各县(市)区政府、各开发区管委会
"""

JIYUAN = """【大河财立方消息】日前,济源市人民政府发布通知,明确政府工作报告提出的2021年重点工作责任单位。
一、今年经济社会发展主要预期目标
1.生产总值增长8%。(责任单位:发展改革和统计局)
二、保持经济平稳运行,强化高质量发展支撑
10.开工建设济源产教融合园区(职业技术学院新校区)项目,满足2万名本科生办学要求。(牵头单位:投资集团有限公司;责任单位:职业技术学院、轵城镇人民政府)
"""

JISHUI = """<html><body><p>一、10件民生实事任务分解表</p>
<table><tr><th>序号</th><th>具体工作任务和要求</th><th>责任领导</th><th>责任单位</th></tr>
<tr><td>1</td><td>推动义务教育基本均衡向优质均衡发展,完成吉水二中迁建项目,增加义务教育学位5000个。</td><td>毛晓青</td><td>县教体局 各相关乡镇政府</td></tr>
<tr><td>2</td><td>完成县妇幼保健院主体工程建设,吉水二中周边实现县域内就诊率91%以上。</td><td>毛晓青</td><td>县卫健委 各相关乡镇政府</td></tr>
</table></body></html>
"""


CHONGQING = """渝满天星专班办〔2026〕2号
重庆市满天星行动计划工作专班办公室关于印发《重庆市迭代推进“满天星”行动计划打造“未来星”OPC创业生态工作方案》的通知
一、总体目标
重点发展面向数字营销、数字内容等领域的“模式创新型”OPC。2026年底前OPC社区生态初见雏形，吸引创业者签约入驻，社区服务模式与产业协同机制趋于成熟。到2027年底，建成一批具有重庆辨识度的OPC社区。
二、重点任务
（一）构建具有重庆辨识度的OPC社区。布局一批定位清晰、功能完善的OPC创新创业创意社区。（责任单位：市经济信息委，有关区县）
（二）提供一站式OPC创业服务。探索建立“零租金、零等待、零审批”的OPC开办绿色通道服务。（责任单位：市经济信息委、市科技局、市发展改革委，有关区县）
"""

TONGZHOU = """北京城市副中心(通州区)国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要区级任务分工方案
(一)约束性指标(15项)
1.北运河水质(重要时段重点河段)达到Ⅳ类。
牵头单位:区水务局
2.城区道路路网密度达到5.1公里/平方公里。
牵头单位:区交通局
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "hengyang.txt": HENGYANG,
            # the same notice again, as another file would carry it: another copy, not another document
            "hengyang_copy.md": HENGYANG.replace("(牵头单位", "\n(牵头单位"),
            "changsha.html": CHANGSHA,
            "anshan.md": ANSHAN,
            "jiyuan.txt": JIYUAN,
            "jishui.html": JISHUI,
            "chongqing.md": CHONGQING,
            "tongzhou.md": TONGZHOU,
        },
    )


def test_a_document_uploaded_twice_is_asked_once(library):
    assert sum(d.meta.doc_number == "衡政办发〔2025〕11号" for d in library.workspace.documents) == 2
    answer = library.ask("衡阳招商引资机制改革方案第1项的责任单位有哪些？")
    assert not answer.abstained
    assert answer.lead_unit == "市商务局" and "市工信局" in answer.answer


def test_article_one_of_a_plan_with_no_articles_is_its_first_item(library):
    answer = library.ask("衡政办发〔2025〕11号第1条谁牵头？")
    assert answer.lead_unit == "市商务局"


def test_a_row_the_table_does_not_number_is_named_by_its_task_and_its_merged_lead_is_said(library):
    units = library.ask("长沙2012年责任分解表中，推进河西商业配套建设的责任单位有哪些？")
    assert "长沙先导区管委会" in units.answer and "岳麓区" in units.answer
    assert "第1行" not in units.answer
    lead = library.ask("长沙2012年分解表里固定资产投资增长20%归哪个单位牵头？")
    assert lead.lead_unit == "市发改委" and "市发改委" in lead.answer


def test_a_place_typed_with_one_homophone_is_the_known_place(library):
    assert library.ask("安山市2024年任务分解方案里社会消费品零售总额的牵头单位是谁？").lead_unit == "市商务局"
    assert library.ask("横阳那个招商引资机制改革方案，招商体系这块哪个部门牵头？").lead_unit == "市商务局"
    # a pair cut from the words beside it is no place ("专利山东": 专利 and 山东 are words)
    assert library.understand("专利财产原值算不准，按山东的条例由谁核定？").jurisdictions != ("立山区",)


def test_a_place_starting_a_news_sites_name_is_not_asked_about(library):
    answer = library.ask("大河财立方报道的济源2021年重点工作里，职业技术学院新校区那个产教融合园区由谁牵头？")
    assert answer.lead_unit == "投资集团有限公司"


def test_a_page_printing_no_place_answers_for_the_place_it_names(library):
    answer = library.ask("吉水县民生实事任务分解表里计划增加多少个义务教育学位？")
    assert "5000个" in answer.answer
    units = library.ask("吉水民生实事里医改那件实事归哪些单位负责？")
    assert "县卫健委" in units.answer


def test_the_capital_named_by_its_role_is_the_city(library):
    answer = library.ask("湖南省会那份2012年政府工作报告任务分解，固定资产投资增长由哪个部门牵头？")
    assert answer.lead_unit == "市发改委"
    pointed = library.ask("呃，那个长沙2012年的责任分解表，查处腐败那一条是谁牵头来着？")
    assert pointed.lead_unit == "市监察局"


def test_a_goal_set_for_a_year_in_words_is_quoted(library):
    answer = library.ask("重庆满天星OPC方案对2026年底提出了什么阶段目标？")
    assert "OPC社区生态初见雏形" in answer.answer
    later = library.ask("重庆满天星OPC方案到2027年底要达到什么目标？")
    assert "建成一批具有重庆辨识度的OPC社区" in later.answer


def test_the_places_concerned_listed_by_their_levels_are_a_party(library):
    answer = library.ask("重庆“未来星”OPC工作方案里，提供一站式OPC创业服务的责任单位有哪些？")
    assert "市科技局" in answer.answer and "有关区县" in answer.answer


def test_helpers_asked_of_an_item_naming_only_its_lead_are_declined_with_what_it_names(library):
    answer = library.ask("通州十四五分工方案里北运河水质那条的配合单位有哪些？")
    assert answer.abstained
    assert "区水务局" in answer.answer and "没有写配合单位" in answer.answer


def test_the_persons_a_row_names_are_said_when_a_person_is_asked(library):
    answer = library.ask("吉水民生实事第2件的责任领导是谁？责任单位有哪些？")
    assert answer.answer.startswith("责任领导：毛晓青")
    assert "县卫健委" in answer.answer
    # a person is never a unit: asked who leads, the row's units answer
    assert library.ask("吉水县民生实事表里就诊率那件由哪个单位负责？").lead_unit == "县卫健委"
