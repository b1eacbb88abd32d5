"""Questions in a cadre's words over documents that print little about themselves: 主办 / 协办 asked as lead and
helpers, a body claimed to lead beside a figure, a place or a unit typed with one homophone (秦黄岛, 省工信卫), where
the asker sits said first ("哈尔滨这边想问"), a page with no title named by what it is about, a page printing no
place named by the place it speaks of throughout, and an item asked as 第（二）条. Excerpts of real documents; the
real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

HEILONGJIANG = """黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见
发布日期:2013-03-27
一、全省经济社会发展主要目标
(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)
(三)全社会固定资产投资增长30%以上。(省发改委主办,省工信委、国土资源厅、住建厅、环保厅协办)
(四)规模以上工业增加值增长12%左右。(省工信委负责)
"""

QINHUANGDAO = """为深入贯彻党中央、国务院决策部署,促进我市房地产市场平稳健康发展,结合实际,制定如下措施。
一、落实税收优惠政策
(一)对出售自有住房并在现住房出售后1年内在市场重新购买住房的纳税人,对其出售现住房已缴纳的个人所得税予以退税优惠。(责任单位:国家税务总局秦皇岛市税务局)
二、加大金融支持力度
(八)支持开发贷款、信托贷款等存量融资合理展期。(责任单位:中国人民银行秦皇岛市分行)
(九)落实“认房不认贷”政策。(责任单位:中国人民银行秦皇岛市分行、国家金融监督管理总局秦皇岛监管分局)
(十)职工本人及其配偶无自有住房且租住商品房申请提取住房公积金的,全市执行统一标准,提取额度上限调整为每人每年12000元。(责任单位:市住房公积金管理中心)
三、优化土地供应
(十八)根据市场需求合理确定土地出让计划,准确把握土地供应节奏。(责任单位:市自然资源和规划局)
(二十九)房地产开发建设用地竞买保证金缴纳比例,按照不低于土地出让起始价的20%确定。(责任单位:市自然资源和规划局)
"""

XIANGYIN = """为切实增强我县对国内外投资者的吸引力,推动我县招商引资工作取得新成效,现就进一步加强招商引资工作提出如下实施意见。
一、统一思想,强力推进招商引资工作
(一)将招商引资作为加快县域经济发展的第一抓手。全县各级各部门要解放思想,把招商引资工作作为加快县域经济发展的第一抓手。(牵头责任单位:县委办、政府办)
(二)将优化环境作为吸引投资的首要任务。要打造湘阴品牌,擦亮湘阴名片,展示湘阴优势。(牵头责任单位:县发改局、政务中心、法制办)
(三)将招商引资的机遇和优势转化为加快发展的强劲动力。要宣传推广湘阴投资环境。
"""


SHENGSI = """索引号 11330922090963010M/2023-31395
 组配分类 政府工作报告执行  发布机构 嵊泗县人民政府办公室
 生成日期 2023-02-22  公开方式 主动公开
2023年政府工作报告重点工作责任分解
发布时间:2023-02-22 09:12
一、重点工作
1.一般公共预算收入与经济增长基本同步。
责任单位:县财政局
2.编制实施嵊泗国际旅游岛战略性总体规划。
责任单位:县文广旅体局
"""

WUJIANG = """区政府2024年重点工作目标任务分解落实方案
苏州市吴江区人民政府
一、主要预期目标
1.地区生产总值增长5%以上。
责任单位:区发改委、统计局
2.规上工业总产值增长5%左右。
责任单位:区工信局、统计局
3.工业投资增长10%以上。
责任单位:区工信局、统计局
"""


LANZHOU = """1、在兰州设立综合配套改革试验区事宜
由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《兰州综合配套改革试验区实施方案》,在省政府批准兰州市为甘肃省综合配套改革试验区后,加强和国家发改委的衔接沟通。
2、兰州市大气污染成因及防治对策研究项目
由吴继德副市长负责,市环保局牵头,相关部门配合,细化分工、落实责任,并和环保部、国家发改委进一步衔接。
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "hlj.txt": HEILONGJIANG,
            "qhd.md": QINHUANGDAO,
            "xy.md": XIANGYIN,
            "ss.md": SHENGSI,
            "wj.txt": WUJIANG,
            "lz.txt": LANZHOU,
        },
    )


def test_zhuban_is_asked_as_the_lead_and_xieban_as_the_helpers(library):
    lead = library.ask("黑龙江分工意见里公共财政收入那项由哪个单位主办？")
    assert lead.lead_unit == "省财政厅"
    helpers = library.ask("黑龙江省重点工作分工里，固定资产投资增长由哪些单位协办？")
    assert "省工信委" in helpers.answer and "国土资源厅" in helpers.answer


def test_a_body_claimed_to_lead_beside_a_figure_is_checked_as_the_lead(library):
    answer = library.ask("黑龙江规上工业增加值要涨12%左右，是不是省工信卫负责？")
    assert answer.answer.startswith("是") and answer.lead_unit == "省工信委"
    wrong = library.ask("黑龙江分工意见里公共财政收入是省国税局主办的吧？")
    assert wrong.answer.startswith("不是") and "省财政厅" in wrong.answer


def test_where_the_asker_sits_is_not_what_is_asked(library):
    answer = library.ask("哈尔滨这边想问，省里2013年分工意见中公共财政收入要涨13%左右，这项的主办单位是谁？")
    assert answer.lead_unit == "省财政厅"


def test_a_page_without_a_title_is_named_by_what_it_is_about_and_its_place_by_a_homophone(library):
    answer = library.ask("秦皇岛房地产举措里租房提取公积金一年最多12000那事归谁管？")
    assert answer.lead_unit == "市住房公积金管理中心"
    typed = library.ask("秦黄岛房地产若干举措，土地竞买保证金比例这条由哪个部门负责？")
    assert typed.lead_unit == "市自然资源和规划局"


def test_a_page_printing_no_place_is_named_by_the_place_it_speaks_of(library):
    answer = library.ask("嗯，湘阴那个招商引资的意见，第（二）条优化投资环境，牵头的是哪几家？")
    assert not answer.abstained
    assert answer.answer.index("县发改局") < answer.answer.index("政务中心")
    claim = library.ask("湘阴县招商引资实施意见第（一）条的牵头责任单位是县委办和政府办吗？")
    assert claim.answer.startswith("是")


def test_an_item_naming_no_body_is_declined_when_asked_who(library):
    answer = library.ask("湘阴招商引资实施意见里，宣传推广湘阴投资环境那条的责任单位是谁？")
    assert answer.abstained


def test_a_record_dated_only_with_dashes_and_a_posting_time_of_day(library):
    dated = library.ask("嵊泗县2023年政府工作报告重点工作责任分解的成文日期是哪天？")
    assert "2023-02-22" in dated.answer
    posted = library.ask("嵊泗责任分解网页上几点发布的？")
    assert "09:12" in posted.answer


def test_a_unit_asked_as_one_of_the_units_is_found_where_it_is_listed_first(library):
    answer = library.ask("吴江区2024年分解方案里，区工信局作为责任单位参与了哪几项主要预期目标？")
    assert "规上工业总产值" in answer.answer and "工业投资" in answer.answer


def test_a_units_tasks_asked_by_its_role_written_after_it(library):
    answer = library.ask("黑龙江分工意见里国土资源厅当协办单位的是哪几项？")
    assert "全社会固定资产投资" in answer.answer and "配合" in answer.answer


def test_things_listed_before_one_shared_attribute_are_each_answered(library):
    each = library.ask("黑龙江分工意见里GDP和公共财政收入的增长目标各是多少？")
    assert "11%左右" in each.answer and "13%左右" in each.answer
    same = library.ask("黑龙江分工意见里固定资产投资目标跟工业增加值目标一样吗？")
    assert "30%以上" in same.answer and "12%左右" in same.answer


def test_a_short_name_the_document_writes_in_full_and_the_body_asked_after_another(library):
    centre = library.ask("秦皇岛房地产举措里公积金中心负责哪些事？")
    assert not centre.abstained and "市住房公积金管理中心" in centre.answer
    asked = library.ask("兰州对接发改委的事项中市环保局负责牵头哪件事？")
    assert asked.answer.startswith("市环保局") and "大气污染" in asked.answer


def test_wo_ting_in_a_notice_is_the_body_issuing_it(tmp_path_factory):
    notice = assistant_over(
        tmp_path_factory,
        {
            "hb.txt": "河北省司法厅关于《河北省优化营商环境条例(修订草案)(征求意见稿)》公开征求意见的通告\n"
            "为持续优化营商环境,省人大常委会和省人民政府将《河北省优化营商环境条例(修订)》列为2023年一类立法项目。"
            "我厅会同省发展改革委起草了《河北省优化营商环境条例(修订草案)(征求意见稿)》,现面向社会公开征求意见。\n"
            "河北省司法厅\n2023年5月26日\n"
        },
    )
    answer = notice.ask("河北营商环境条例修订草案征求意见稿是省司法厅会同省发改委起草的吗？")
    assert answer.answer.startswith("是") and "河北省司法厅" in answer.answer
    assert not answer.answer.startswith("是。我厅")


def test_bodies_listed_together_before_the_ask_are_each_asked(library):
    answer = library.ask("黑龙江分工意见里省财政厅和省工信委各自负责什么？")
    assert "公共财政收入" in answer.answer and "规模以上工业增加值" in answer.answer
