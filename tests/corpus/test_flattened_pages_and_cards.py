"""Pages that lost their line breaks (a whole outline, a notice's head, or a list of task cards on one line, the breaks
turned to spaces), tasks printed as unnumbered cards closed by their line of units ("部门分工：X牵头，Y配合。"), a
title in 《》 printed over two lines, a markdown table's bars around a page's fields, a table row whose title cell is
empty, and a noun that is also a duty verb ("提供用工指导") inside a sentence another verb binds. Excerpts of real
documents; the real pipeline."""

from __future__ import annotations

from corpus.clean import split_run_on_outline
from corpus.duties import find_inline_duties
from corpus.pipeline import parse_bytes


def _doc(name: str, text: str, encoding: str = "utf-8"):
    return parse_bytes(name, text.encode(encoding))


def _items(doc):
    return [t for t in doc.tasks if t.kind in ("item", "table_row")]


HAIYAN = (
    "索引号: | 113304240025561412/2022-69894 | 成文日期: | 2022-04-18 |\n"
    "文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |\n"
    "发布机构: | 县政府办公室 | 有效性: |\n"
    "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 |\n"
    "各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解》已经县政府讨论确定,"
    "现印发给你们,请认真贯彻执行。 海盐县人民政府办公室 2022年4月18日 (此件公开发布) 政府工作报告2022年重点工作"
    "责任分解 一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%;城乡居民人均可支配收入"
    "与经济增长基本同步,收入倍差进一步缩小。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、"
    "县农业农村局 2.落实党政机关过紧日子的要求,节俭办一切事业,全县非刚性、非重点项目支出预算只减不增。 责任单位:"
    "县财政局 二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法,加强重大行政决策事前论证和事后评估。 "
    "责任单位:县司法局\n"
)


def test_an_outline_printed_on_one_line_is_split_at_each_next_number_and_units_line():
    doc = _doc("haiyan.md", HAIYAN)
    by_section = {t.section: t for t in _items(doc)}
    assert by_section["一/1"].lead_units == ("县发改局",)
    assert by_section["一/1"].cooperating_units == ("县财政局", "县税务局", "县农业农村局")
    assert by_section["一/2"].lead_units == ("县财政局",)
    assert by_section["二/1"].lead_units == ("县司法局",)
    # the leaders' headings name no unit and lead nothing
    assert all("县长" not in u for t in doc.tasks for u in t.units)


def test_a_pages_field_table_and_a_title_keep_no_table_bars():
    meta = _doc("haiyan.md", HAIYAN).meta
    assert meta.title == "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知"
    assert meta.issuer == "海盐县人民政府办公室"
    assert meta.doc_number == "盐政办发〔2022〕16号"
    assert meta.validity == ""


def test_a_lone_spaced_number_in_running_text_splits_nothing():
    line = (
        "为进一步优化营商环境,现就有关事项通知如下: 全年新增市场主体 1.5万户以上,力争实现各项指标稳中有进,"
        "推动全市经济社会高质量发展,确保各项工作任务落到实处,切实增强企业获得感和满意度,持续擦亮营商环境品牌。"
    )
    assert split_run_on_outline(line) == [line]


GUANGDONG = (
    "近日\n\n广东省人民政府印发\n\n《2023年省〈政府工作报告〉\n\n工作任务分工方案》\n\n"
    "今年省农业农村厅(乡村振兴局)\n\n都有哪些重点工作任务?\n\n一起来看看吧~\n\n"
    "粮食产量1268万吨以上 部门分工:省农业农村厅牵头,各地、各部门配合。 大力推进20个战略性产业集群建设 "
    "工作措施:完成战略性产业集群“1+20”政策文件的中期评估及修订工作。出台未来产业集群专项行动计划。 "
    "部门分工:省工业和信息化厅牵头,省发展改革委、科技厅、农业农村厅、统计局、政务服务数据管理局、能源局等配合。 "
    "促进数字经济和实体经济深度融合 工作措施:贯彻实施《广东省数字经济促进条例》。实施“广东强芯”工程。 "
    "部门分工:省工业和信息化厅牵头,省委网信办,省发展改革委、科技厅、商务厅等配合。\n"
)


def test_unnumbered_task_cards_run_on_one_line_are_items_closed_by_their_units():
    doc = _doc("guangdong.md", GUANGDONG)
    cards = _items(doc)
    assert [t.label for t in cards] == ["任务1", "任务2", "任务3"]
    assert cards[0].title.startswith("粮食产量1268万吨以上")
    assert cards[0].lead_units == ("省农业农村厅",)
    assert cards[1].title.startswith("大力推进20个战略性产业集群建设")
    assert cards[1].lead_units == ("省工业和信息化厅",)
    assert "能源局" in cards[1].cooperating_units
    assert "工作措施" in cards[1].quote  # the card's fields are its body
    assert cards[2].lead_units == ("省工业和信息化厅",)
    assert "省委网信办" in cards[2].cooperating_units


def test_a_title_in_book_marks_printed_over_two_lines_is_joined():
    assert _doc("guangdong.md", GUANGDONG).meta.title == "2023年省〈政府工作报告〉工作任务分工方案"


def test_unnumbered_paragraphs_with_one_units_line_are_no_cards():
    doc = _doc("one.md", "关于做好招商工作的说明\n\n全年引进项目30个以上。\n\n牵头单位:市商务局\n")
    assert [t.label for t in _items(doc)] == []


CHANGSHU = (
    "<html><body><p>常熟市人民政府办公室文件 常政办发〔2018〕32号 市政府办公室关于分解落实2018年 政府工作任务的通知 "
    "各镇人民政府,各街道办事处,市各委办局、直属单位(公司): 根据市十五届人大二次会议确定的全市经济社会发展目标任务,"
    "市政府将2018年政府工作分解为11项工作目标和138项工作任务,现下达给你们,请认真组织实施。 "
    "附件:常熟市2018年政府工作任务分解表 常熟市人民政府办公室 2018年2月24日 常熟市2018年政府工作任务分解表</p>"
    "<table><tr><td>序号</td><td>名称</td><td>工作任务</td><td>牵头责任单位</td></tr>"
    "<tr><td>1</td><td></td><td>地区生产总值增长7%以上,服务业增加值占GDP比重47.1%。</td><td>发改委</td></tr>"
    "<tr><td>2</td><td></td><td>全社会研发经费支出占GDP比重提高到2.8%。</td><td>科技局</td></tr>"
    "</table></body></html>"
)


def test_a_notices_head_on_one_line_gives_its_number_title_and_date():
    meta = _doc("changshu.html", CHANGSHU).meta
    assert meta.doc_number == "常政办发〔2018〕32号"
    assert meta.title == "市政府办公室关于分解落实2018年政府工作任务的通知"
    assert meta.date == "2018-02-24"


def test_a_row_with_an_empty_title_cell_is_titled_by_its_task_and_its_targets_take_the_plans_year():
    rows = _items(_doc("changshu.html", CHANGSHU))
    assert rows[1].title.startswith("全社会研发经费支出占GDP比重提高到2.8%")
    assert rows[1].lead_units == ("科技局",)
    assert [t.year for t in rows[1].targets] == [2018]


def test_a_noun_like_duty_verb_inside_a_modal_sentence_leaves_the_sentence_to_its_modal():
    text = (
        "第十五条\n人力资源和社会保障部门应当为市场主体提供用工指导、政策咨询、劳动关系协调等服务，"
        "支持市场主体采用灵活用工机制。\n"
    )
    duties = find_inline_duties(text, ["福建省", "福建"], article=True)
    assert [d.lead_units for d in duties] == [("人力资源和社会保障部门",)]
    assert duties[0].duty.startswith("应当为市场主体提供用工指导")
    # a body that guides, said as its role, is still read so
    guided = find_inline_duties("省发展改革委指导各地开展算力券发放工作。", ["浙江省"])
    assert [d.lead_units for d in guided] == [("省发展改革委",)]


HUANGGANG = """湖北省黄冈市人民政府办公室关于分解落实《政府工作报告》的通知
一、 2007年全市经济社会发展的主要预期目标
1、全市GDP增长10%以上(由市发展改革委、经委、农办、农业局、商务局、旅游局、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。
2、全社会固定资产投资增长20%以上(由市发展改革委、统计局负责)。
4、外贸出口增长15%以上(由市商务局、经委、财政局、国税局、统计局负责)。
"""


def test_a_rule_stated_inside_the_first_items_bracket_leads_it_and_those_below():
    items = {t.section: t for t in _items(_doc("huanggang.txt", HUANGGANG))}
    first = items["一/1"]
    assert first.lead_units == ("市发展改革委",)
    assert "经委" in first.cooperating_units and "原则上由" not in first.units  # the rule is no unit
    assert items["一/4"].lead_units == ("市商务局",)
    assert all(t.lead_basis.value == "document_rule" for t in items.values())
    # the item's own bracket is not read again as a clause binding its list jointly
    assert not [t for t in _doc("huanggang.txt", HUANGGANG).tasks if t.kind == "inline_duty"]


def test_a_group_headings_labelled_lead_leads_the_items_under_it_that_name_none():
    doc = _doc(
        "mulan.txt",
        "木兰县优化营商环境工作方案\n二、任务分工\n(一)构建法治环境保障体系(总牵头单位:县委依法治县委员会办公室)\n"
        "1.各级领导干部要切实增强法治、规则、契约意识,带头尊法学法守法用法。\n"
        "2.全面推行行政执法公示制度。(牵头单位:县司法局)\n",
    )
    items = {t.section: t for t in _items(doc)}
    assert items["二/(一)/1"].lead_units == ("县委依法治县委员会办公室",)
    assert items["二/(一)/2"].lead_units == ("县司法局",)


def test_a_department_a_government_designates_is_one_body():
    duties = find_inline_duties(
        "区人民政府确定的会展工作部门负责本行政区域内促进会展业发展相关工作。", ["天津市"]
    )
    assert [d.lead_units for d in duties] == [("区人民政府确定的会展工作部门",)]


def test_a_heading_run_on_before_its_body_is_the_items_title():
    line = (
        "第一部分:责任分解 一、于幼军省长负责的工作(李政文秘书长协助) 对主要工作任务负总责,同时具体负责以下工作: "
        "(一)省监察委员会牵头的工作 强化行政监察,建立健全教育、制度、监督并重的惩治和预防腐败体系。 协同部门:省政府"
        "办公厅、发展改革委、教育厅。 (二)省审计厅牵头的工作 强化审计监督,依法开展审计工作。 协同部门:省政府办公厅、财政厅。"
    )
    doc = _doc("shanxi.txt", "山西省人民政府印发工作目标责任分解的通知\n" + line + "\n")
    items = {t.section: t for t in _items(doc)}
    assert items["一/(一)"].title == "省监察委员会牵头的工作"
    assert items["一/(一)"].lead_units == ("省监察委员会",)
    assert "教育厅" in items["一/(一)"].cooperating_units
    assert items["一/(二)"].lead_units == ("省审计厅",)


def test_a_pages_posting_date_its_site_name_and_a_date_in_characters_are_read():
    page = (
        "<html><head><title>哈尔滨市木兰县人民政府 政策文件 关于印发《木兰县优化营商环境工作方案》的通知</title></head><body>"
        "<p>发表日期: 2020-11-18 来源:木兰县营商局 作者:胡艳玲 该信息已被浏览:</p>"
        "<p>木环组发〔2019〕1号</p><p>木兰县优化营商环境工作方案</p><p>一、指导思想</p><p>以优化营商环境为基础。</p>"
        "</body></html>"
    )
    meta = _doc("mulan.html", page).meta
    assert meta.title == "关于印发《木兰县优化营商环境工作方案》的通知"
    assert meta.published == "2020-11-18"
    shanxi = _doc(
        "shanxi.txt",
        "山西省人民政府印发工作目标责任分解的通知 晋政发〔2006〕10号 各市、县人民政府,省人民政府各委、厅,各直属机构:"
        " 《纲要报告》工作目标责任分解已经省人民政府同意,现印发给你们,请认真贯彻落实。 二○○六年五月十一日"
        " 《纲要报告》工作目标责任分解\n",
    ).meta
    assert shanxi.date == "2006-05-11" and shanxi.doc_number == "晋政发〔2006〕10号"


def test_the_parties_of_a_league_and_banner_region_and_a_list_set_off_by_a_comma_are_bound():
    league = find_inline_duties(
        "各盟市、旗县(市、区)要切实履行主体责任,对照先进地区经验做法。", ["内蒙古自治区"]
    )
    assert [d.lead_units for d in league] == [("各盟市、旗县(市、区)",)]
    listed = find_inline_duties(
        "县级以上人民政府林业、卫生、水利、食品药品监督管理等其他有关部门，按照各自职责，共同做好人参产业发展和管理工作。",
        ["吉林省"],
        article=True,
    )
    assert [d.lead_units for d in listed] == [
        ("县级以上人民政府林业、卫生、水利、食品药品监督管理等其他有关部门",)
    ]


def test_an_item_opening_with_its_year_is_an_item_titled_by_what_follows_and_a_figure_is_not():
    doc = _doc(
        "poyang.txt",
        "支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案\n一、加快基础设施建设(列第一位的为牵头部门)\n(一)加快公路建设\n"
        "1、加快国省道升级改造。(省发改委、省交通运输厅)\n(二)加快铁路建设。\n"
        "3、2017年,九景衢铁路建成通车,开工建设昌景黄铁路。(省发改委、省交通运输厅)\n",
    )
    items = {t.section: t for t in _items(doc)}
    assert items["一/(二)/3"].title.startswith("九景衢铁路建成通车")
    assert items["一/(二)/3"].lead_units == ("省发改委",)
    figures = _doc("f.txt", "关于做好招商工作的说明\n一、工作目标\n1.5万户以上市场主体完成登记。\n")
    assert "一/1" not in {t.section for t in _items(figures)}
