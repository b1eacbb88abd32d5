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


NEIMENGGU = """各盟行政公署、市人民政府,各旗县人民政府,自治区各委、办、厅、局:
现将《内蒙古自治区加快打造市场化法治化国际化一流营商环境实施方案》印发给你们,并提出以下要求,请一并贯彻落实。
一、深化营商环境改革。各重点产业链牵头部门要逐链梳理完善配套支持政策,细化“一链一策”,推动优化营商环境与产业升级协同联动。
二、强化统筹协调。自治区发展改革委负责牵头抓总,建立常态化调度督办机制,实行清单化管理。
"""

LINXIA = """关于进一步提升全州优化营商环境的工作方案
一、总体要求
围绕省委提出的“西部领先、全国靠前”总体目标,聚焦政务环境、法治环境、市场环境、涉企服务、信用建设等五大领域提升。
二、主要任务
1.提高窗口人员素质。对州县政务大厅派驻人员进行业务资格复查,不断提高窗口人员的综合业务服务能力。(责任单位:州政务服务中心)
"""

XIANGXI = """湘西自治州优势产业精准招商行动计划(2023-2025年)
一、精准选择招商方式
1.定期组织开展专题性、实质性的客商湘西行活动。(牵头单位:州商务局)
"""

TIANJIN = """天津市促进会展业发展条例
第八条　市人民政府应当将会展业发展纳入国民经济和社会发展规划，发挥会展业对本市经济社会发展的促进作用。
第九条　市会展工作部门应当会同有关部门编制会展业发展规划，报市人民政府批准后，向社会公布并组织实施。
"""

JILIN = """吉林省人参产业条例
第四条　省人民政府农业主管部门负责全省人参产业管理工作。
市（州）、县级人民政府农业主管部门负责本行政区域内的人参产业管理工作。
第十六条　对使用采伐迹地种植人参实行许可管理。县级以上人民政府林业主管部门负责实施许可。
第四十八条　违反本条例第十六条规定，未经许可使用采伐迹地种植人参的，由县级以上人民政府林业行政主管部门责令限期恢复原状，并处罚款。
"""


QINGHAI = """青海省优化营商环境条例
第五条　省人民政府发展改革主管部门应当建立营商环境监测机制，建设全省统一的营商环境监测平台。
第二十五条　省人民政府应当建设全省一体化政务服务平台，建立全省统一的政务服务数据管理标准规范体系。
第六十条　本条例自2021年10月1日起施行。
"""

NINGXIA = """宁夏回族自治区枸杞产业促进条例
第三十六条　自治区人民政府林业草原（枸杞）管理部门应当建立枸杞及其制品综合信息发布平台，定期向社会发布信息。
第三十七条　县级以上人民政府市场监督管理部门应当定期组织实施对枸杞及其制品的抽查检验，按照规定向社会公布抽查检验结果。
第五十条　本条例自2022年1月1日起施行。
"""


TONGZHOU = """北京城市副中心(通州区)国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要区级任务分工方案
一、主要指标(30项)
(一)约束性指标(15项)
1.北运河水质(重要时段重点河段)达到Ⅳ类。
牵头单位:区水务局
2.城区道路路网密度达到5.1公里/平方公里。
牵头单位:区交通局
3.森林覆盖率达到36.5%。
牵头单位:区园林绿化局
"""


GANNAN = """2016年是“十三五”規劃開局之年,更是縱深推進贛南等原中央蘇區振興發展的關鍵之年。
一、統籌抓好六項重點工作
贛南等原中央蘇區要統籌抓好精準扶貧、產業發展、基礎設施、生態文明、改革開放、對口支援等六項重點工作。
二、加大支持力度
支持贛南等原中央蘇區加快發展,贛南等原中央蘇區各地要加強組織領導。
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
            "neimenggu.txt": NEIMENGGU,
            "linxia.txt": LINXIA,
            "xiangxi.txt": XIANGXI,
            "tianjin.txt": TIANJIN,
            "jilin.txt": JILIN,
            "qinghai.txt": QINGHAI,
            "ningxia.txt": NINGXIA,
            "tongzhou.txt": TONGZHOU,
            "gannan.md": GANNAN,
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


def test_the_role_asked_stays_the_topic_when_it_is_what_the_question_is_about(library):
    answer = library.ask("内蒙古自治区加快打造一流营商环境实施方案的印发通知里，牵头抓总的是哪个部门？")
    assert answer.lead_unit == "自治区发展改革委"
    claimed = library.ask("内蒙古一流营商环境实施方案的通知里，牵头抓总的是自治区发展改革委吗？")
    assert claimed.answer.startswith("是")


def test_a_title_quoted_whole_names_a_page_printing_no_place_whatever_place_words_it_holds(library):
    answer = library.ask(
        "《关于进一步提升全州优化营商环境的工作方案》里，提高政务窗口工作人员素质由哪个单位负责？"
    )
    assert answer.lead_unit == "州政务服务中心"
    goal = library.ask("进一步提升全州优化营商环境的工作方案围绕的总体目标是什么？")
    assert "西部领先、全国靠前" in goal.answer and "湘西" not in goal.answer


def test_an_act_claimed_of_a_body_is_what_the_record_must_say(library):
    answer = library.ask("天津会展条例里会展业发展规划是市发改委编的吗？")
    assert answer.answer.startswith("不是")
    assert "市会展工作部门" in answer.answer and "第九条" in answer.citations[0].section


def test_the_whole_provinces_work_is_its_own_levels_body_and_a_permit_is_not_its_penalty(library):
    whole = library.ask("吉林省人参产业条例规定，全省人参产业管理工作由哪个部门负责？")
    assert whole.lead_unit == "省人民政府农业主管部门"
    permit = library.ask("吉林人参条例里，用采伐迹地种人参的许可归哪个部门批？")
    assert permit.lead_unit == "县级以上人民政府林业主管部门"
    assert "第十六条" in permit.citations[0].section


def test_when_asked_with_a_word_typed_by_its_sound_reads_the_dated_article(library):
    answer = library.ask("青海营商环境条例几时开始施形？")
    assert "2021年10月1日" in answer.answer


def test_a_units_own_share_asked_as_what_it_builds_lists_its_duties(library):
    answer = library.ask("青海营商条例里，省政府自己要牵头建的平台和机制有哪些？")
    assert "政务服务平台" in answer.answer and "监测平台" not in answer.answer
    bracketed = library.ask("宁夏枸杞条例中，自治区林业草原（枸杞）管理部门要牵头建立哪些体系或平台？")
    assert "综合信息发布平台" in bracketed.answer


def test_an_everyday_word_for_a_check_finds_the_text_saying_it_in_full(library):
    answer = library.ask("那个宁夏枸杞的条例，枸杞产品抽检是归哪个部门搞？")
    assert answer.lead_unit == "县级以上人民政府市场监督管理部门"


def test_targets_asked_as_a_headings_list_are_its_items_each_with_its_figure(library):
    answer = library.ask("北京城市副中心十四五区级任务分工方案列了哪些约束性指标？")
    for item in ("北运河水质", "5.1公里/平方公里", "36.5%"):
        assert item in answer.answer
    assert not answer.answer.startswith("牵头单位")  # no one item's lead stands for the list


def test_a_traditional_page_printing_no_place_answers_for_the_place_it_names_and_its_province(library):
    answer = library.ask("江西赣南苏区振兴发展2016年工作要点要统筹抓好哪几项重点工作？")
    assert not answer.abstained
    assert "精準扶貧" in answer.answer
