"""Regulations a page ran together article by article ("…制定本条例。第二条 …"), the duties their paragraphs bind
(应 before a verb, 各级人民政府 alone, "银行配合财政部门做好…", "行使下列职权：", a subject set off by a comma or given
a short name, "由X协同Y…" and "由X或者Y…"), tables whose lead column is merged over rows that stop short, a header
naming the document it follows, and page heads: a plan's title over three lines, a district under its city, a
news item's "发布通知,明确…", a heading naming a table, a front matter's office, a province's own office. Excerpts of
real documents; the real pipeline."""

from __future__ import annotations

from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes


def _doc(name: str, text: str, encoding: str = "utf-8"):
    return parse_bytes(name, text.encode(encoding))


def _item(doc, section: str):
    return next(t for t in doc.tasks if t.section == section and t.kind in ("item", "table_row"))


def _clauses(doc, section: str):
    return [t for t in doc.tasks if t.section == section and t.kind == "inline_duty"]


NEIMENGGU = """内蒙古自治区预算外资金管理条例(1995修正)

第一条 为加强预算外资金管理,搞好社会财力综合平衡,促进自治区经济发展,根据宪法和有关法律、法规的规定,结合我区实际,制定本条例。第二条 自治区各级国家机关、社会团体、事业单位预算外资金收支活动,适用本条例。第三条 预算外资金是指根据国家、自治区有关规定收取、提留不纳入国家预算的资金。包括:

  (一)财政部门管理的各项附加收入;

  (二)行政事业单位收取、提留的不纳入国家预算的资金;

  (三)按照国家或者国家授权自治区规定应当纳入预算外管理的各种基金及其他资金。第四条 国家机关、社会团体、事业单位预算外资金,按照国家、自治区有关规定自主安排,计划使用。第五条 预算外资金是国家资金的重要组成部分,各级人民政府根据宏观调控的需要,可以对单位预算外资金适当集中使用。具体办法由自治区人民政府另行规定。第六条 各级人民政府应加强对预算外资金的管理工作,并制定具体管理办法,定期检查、审计,定期向同级人民代表大会常务委员会报告预算外资金管理情况。第七条 各级财政部门是管理预算外资金的行政主管部门。

  各级审计机关按照国家有关规定,对预算外资金的收支进行审计监督。

  银行配合财政部门做好专户储存工作,监督各单位按时交存和按计划使用预算外资金。第八条 行政事业性收费严格执行国家、自治区规定的项目和标准。
"""


def test_articles_a_page_ran_together_are_read_one_by_one_across_paragraphs():
    doc = _doc("neimenggu.md", NEIMENGGU)
    articles = [t.label for t in doc.tasks if t.kind == "item" and t.label.endswith("条")]
    assert articles == [f"第{n}条" for n in "一二三四五六七八"]  # 第四条 was glued to the end of item (三)
    assert _item(doc, "第六条").lead_units == ("各级人民政府",)


def test_an_article_binding_several_bodies_leads_with_none_and_each_paragraph_is_a_record():
    doc = _doc("neimenggu.md", NEIMENGGU)
    assert _item(doc, "第七条").lead_units == ()
    by_lead = {t.lead_units: t for t in _clauses(doc, "第七条")}
    assert set(by_lead) == {("各级财政部门",), ("各级审计机关",), ("财政部门",)}
    assert "主管部门" in by_lead[("各级财政部门",)].title  # "是管理预算外资金的行政主管部门"
    # "银行配合财政部门做好专户储存工作": the body helped leads, the subject helps it
    helped = by_lead[("财政部门",)]
    assert helped.cooperating_units == ("银行",)
    assert helped.lead_basis is LeadBasis.INLINE
    assert "专户储存" in helped.title


HEBEI = """河北省预算外资金管理条例(1998修正)

第一章 总则第一条 为加强预算外资金管理,正确引导预算外资金的使用方向,制定本条例。第二条 本条例适用于本省有预算外资金收支活动的机关、团体和事业单位。第三条 预算外资金是指未纳入国家预算管理的财政性资金。第四条 预算外资金必须纳入财政管理。第五条 各级人民政府应当加强对预算外资金的管理,接受同级人民代表大会常务委员会的监督。第六条 各级人民代表大会常务委员会,定期听取预算外资金收支情况的汇报。
"""


def test_a_chapter_heading_run_into_its_first_article_and_a_subject_set_off_by_a_comma():
    doc = _doc("hebei.md", HEBEI)
    assert [t.label for t in doc.tasks if t.kind == "item"] == [f"第{n}条" for n in "一二三四五六"]
    assert any(s.label == "第一章" for s in doc.sections)
    assert _item(doc, "第一章/第六条").lead_units == ("各级人民代表大会常务委员会",)
    assert _item(doc, "第一章/第五条").lead_units == ("各级人民政府",)


SHANDONG_TALENT = """第五十六条 各级国家机关应当依法保护人才的合法权益。

各级人民政府、有关部门和用人单位应当履行对各类人才依法作出的政策承诺。

县级以上人民政府应当加强人才发展领域的政务诚信建设。
"""


def test_every_level_of_government_listed_with_classes_of_bodies_is_no_body_of_its_own():
    doc = _doc("talent.md", SHANDONG_TALENT)
    assert _item(doc, "第五十六条").lead_units == ("县级以上人民政府",)
    assert "各级人民政府" not in _item(doc, "第五十六条").units


LANZHOU = """---
title: "兰州经济技术开发区条例"
office: "兰州市人民代表大会常务委员会"
publish: ""
---

# 兰州经济技术开发区条例

第七条
兰州经济技术开发区管理委员会（以下简称开发区管委会）代表市人民政府行使政府部门经济管理权限，对开发区实行领导、管理和服务。

第十条 开发区管委会行使下列职权：

（一）负责国家法律、法规及相关政策在开发区的贯彻实施；

（三）按照规定权限负责审批开发区的投资项目，管理开发区的进出口贸易和对外经济技术合作；

第十七条
开发区因开发建设征地涉及的拆迁、补偿和安置工作，由开发区管委会协同市房屋拆迁管理机构按照有关规定办理。

第二十四条
开发区管委会应当建立城乡统筹的职业介绍机构、职业培训机构和再就业服务机构，为开发区城乡劳动力就业服务。

第二十六条
违反本条例规定的，由开发区管委会或者有关行政管理部门依照各自的职责予以查处。
"""


def test_a_front_matter_office_is_the_issuer_and_gives_the_place():
    doc = _doc("lanzhou.md", LANZHOU)
    assert doc.meta.issuer == "兰州市人民代表大会常务委员会"
    assert doc.jurisdiction == "兰州市"


def test_an_article_numbered_alone_on_its_line_is_titled_by_its_first_sentence_and_read():
    doc = _doc("lanzhou.md", LANZHOU)
    seventh = _item(doc, "第七条")
    assert seventh.title.startswith("兰州经济技术开发区管理委员会")
    assert seventh.lead_units == ("兰州经济技术开发区管理委员会",)  # named before its short name, 代表…行使
    assert _item(doc, "第二十四条").lead_units == ("开发区管委会",)  # "应当建立…的职业介绍机构" is its duty


def test_the_powers_a_body_exercises_are_its_own_and_a_body_it_works_with_cooperates():
    doc = _doc("lanzhou.md", LANZHOU)
    assert _item(doc, "第十条/(三)").lead_units == ("开发区管委会",)
    demolition = _item(doc, "第十七条")
    assert demolition.lead_units == ("开发区管委会",)
    assert demolition.cooperating_units == ("市房屋拆迁管理机构",)
    # "由开发区管委会或者有关行政管理部门…予以查处": either may act, neither leads
    assert _item(doc, "第二十六条").lead_units == ()


GUIZHOU = """贵州省外来投资服务和保障条例
第五条 县级以上人民政府应当建立健全由政府主要负责人召集、相关部门参加的外来投资服务保障联席会议(以下简称“联席会议”)制度。联席会议负责统筹、指导、协调、督促本行政区域内的外来投资服务和保障工作。
联席会议办公室设在同级人民政府投资促进工作机构,负责联席会议日常工作。
第七条 发展改革、国土资源、环境保护、住房城乡建设、规划、商务、公安、市场监督管理等行政主管部门按照各自职责,做好外来投资服务和保障工作。
"""


def test_an_office_seated_in_a_body_is_no_name_of_its_own_and_departments_in_their_own_remits_lead_not():
    doc = _doc("guizhou_gbk.txt", GUIZHOU, "gbk")
    leads = {t.lead_units for t in _clauses(doc, "第五条")}
    assert ("县级以上人民政府",) in leads
    assert not any("设在" in u for t in doc.tasks for u in t.units)
    assert _item(doc, "第七条").lead_units == ()


CHANGSHA = """<html><body>
<p>长沙市人民政府关于对2012年《政府工作报告》目标任务实施责任分解管理的通知</p>
<p>(长政发〔2012〕6号)</p>
<table border="1">
<thead><tr><th>牵头单位</th><th>目 标 任 务</th><th>责 任 单 位</th></tr></thead>
<tbody>
<tr><td rowspan="2">长沙先导区管委会</td><td>推进河西商业配套建设</td><td>商务局、高新区、岳麓区</td></tr>
<tr><td>继续开展岳麓山景区综合整治</td><td>环保局、城投集团、岳麓区和市直相关单位</td></tr>
<tr><td rowspan="3">市发改委</td><td>地区生产总值增长13%</td><td>统计局和市直相关单位、各区县市、各园区</td></tr>
<tr><td>固定资产投资增长20%</td></tr>
<tr><td>单位地区生产总值综合能耗下降3.5%</td></tr>
</tbody>
</table>
</body></html>
"""


def test_rows_stopping_short_under_a_merged_lead_cell_keep_the_lead_and_are_titled_by_their_task():
    doc = _doc("changsha.html", CHANGSHA)
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.title for t in rows] == [
        "推进河西商业配套建设",
        "继续开展岳麓山景区综合整治",
        "地区生产总值增长13%",
        "固定资产投资增长20%",
        "单位地区生产总值综合能耗下降3.5%",
    ]
    assert [t.lead_units for t in rows] == [("长沙先导区管委会",)] * 2 + [("市发改委",)] * 3
    assert rows[3].cooperating_units == ()  # the row has no units cell: empty, not the row above's
    # "…和市直相关单位": a body joined to a collective is two parties
    assert rows[1].cooperating_units == ("环保局", "城投集团", "岳麓区", "市直相关单位")
    assert rows[2].cooperating_units[:2] == ("统计局", "市直相关单位")


XIAN = """<html><body>
<p>西安市贯彻落实陕西省《2022年深化“放管服”改革优化营商环境工作要点》分工方案</p>
<table border="1">
<tr><th>序号</th><th>陕西省《工作要点》部署任务</th><th>西安市落实措施</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th><th>备注</th></tr>
<tr><td colspan="7">一、全链条优化审批</td></tr>
<tr><td rowspan="2">(一)全面实施行政许可事项清单管理。</td><td rowspan="2">1.按照国务院要求,2022年底前编制并公布省、市、县三级行政许可事项清单。</td><td>(1)全面准确依法编制市、区(县)行政许可事项清单,8月底前编制完成市级行政许可事项清单并向社会公布。</td><td>市行政审批局<br>市司法局</td><td>市级相关单位,各区县政府、西咸新区管委会</td><td>2022年9月底</td><td></td></tr>
<tr><td>(2)严格落实行政许可事项清单之外一律不得违法实施行政许可的要求,大力清理整治变相许可。</td><td>市行政审批局<br>市司法局</td><td>市级相关单位,各区县政府、西咸新区管委会</td><td>2022年11月底</td><td></td></tr>
</table>
</body></html>
"""


def test_a_header_naming_the_document_it_follows_is_read_and_a_numbered_index_cell_groups_its_rows():
    doc = _doc("xian.html", XIAN)
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [t.section for t in rows] == ["(一)/1/(1)", "(一)/1/(2)"]
    assert all(t.lead_units == ("市行政审批局", "市司法局") for t in rows)
    assert rows[1].deadline == "2022年11月底"


TONGZHOU = """北京市!!!通州区!!!关于印发北京城市副中心(通州区)国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要区级任务分工方案的通知

通政办发〔2021〕8号

北京市通州区人民政府办公室
2021年8月9日

北京城市副中心(通州区)

国民经济和社会发展第十四个五年规划和

二〇三五年远景目标纲要区级任务分工方案

1.北运河水质(重要时段重点河段)达到Ⅳ类。

牵头单位:区水务局
"""


def test_a_plans_title_over_three_lines_and_a_district_its_city_office_names():
    doc = _doc("tongzhou.md", TONGZHOU)
    assert doc.meta.title == (
        "北京城市副中心(通州区)国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要区级任务分工方案"
    )
    assert doc.jurisdiction == "通州区"


def test_a_news_items_notice_a_heading_naming_a_table_and_no_county_made_of_a_verb():
    jiyuan = _doc(
        "jiyuan.txt",
        "【大河财立方消息】日前,济源市人民政府发布通知,明确政府工作报告提出的2021年重点工作责任单位。\n"
        "一、今年经济社会发展主要预期目标\n1.生产总值增长8%。(责任单位:发展改革和统计局)\n",
    )
    assert jiyuan.meta.title == "政府工作报告提出的2021年重点工作责任单位"
    jishui = _doc(
        "jishui.html",
        "<html><body><p>一、10件民生实事任务分解表</p><table><tr><th>序号</th><th>具体工作任务和要求</th>"
        "<th>责任单位</th></tr><tr><td>2</td><td>完成县妇幼保健院主体工程建设,实现县域内就诊率91%以上。</td>"
        "<td>县卫健委</td></tr></table></body></html>",
    )
    assert jishui.meta.title == "10件民生实事任务分解表"
    assert jishui.jurisdiction == ""  # "完成县妇幼保健院" names no county 完成县


def test_a_provinces_own_office_is_the_province_its_text_names():
    doc = _doc(
        "yinchuan.txt",
        "北測教的最新消息:今天,寧夏回族自治區人民政府網站發布了《自治區人民政府辦公廳關于印發銀川都市圈建設2019年工作計劃的通知》。\n"
        "一、基礎設施互聯互通\n(一)道路暢通工程。加快建設都市圈快速通道。(自治區交通運輸廳牽頭,自治區發展改革委配合)\n",
    )
    assert doc.jurisdiction == "宁夏回族自治区"
    assert _item(doc, "一/(一)").lead_units == ("自治區交通運輸廳",)


def test_a_government_bound_with_the_departments_it_names_leads_with_none_of_them():
    doc = _doc(
        "hualong.md",
        "第十一条　自治县人民政府及其品牌培育促进、发展改革、市场监督管理等部门应当建立拉面品牌培育与保护机制。\n"
        "第十二条　自治县人民政府市场监督管理部门应当加强对拉面品牌的保护。\n",
    )
    bound = _item(doc, "第十一条")
    assert bound.lead_units == ()
    assert bound.units[0] == "自治县人民政府"
    assert _item(doc, "第十二条").lead_units == ("自治县人民政府市场监督管理部门",)
