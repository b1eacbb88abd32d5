"""Page records and tables as real uploads print them: a 文号 and its date in words on one line, a regulation under
the standing committee's 公告, a law database's field table, a task table's group row labelling its lead, measures
numbered inside one cell each closed by its own unit, a ministry's 牵头负责司局 column, "A、B分别牵头" under a
first-listed rule stated after an exception, an article whose other bodies only support its lead, a circled number
below "(1)", a plan's preamble goals, and page fields (a labelled date over a bare one, 信息来源 as the issuer when
nothing else names one). Excerpts of real documents; the real pipeline."""

from __future__ import annotations

from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes


def _doc(name: str, text: str, encoding: str = "utf-8"):
    return parse_bytes(name, text.encode(encoding))


def _by_section(doc):
    return {t.section: t for t in doc.tasks if t.kind in ("item", "table_row")}


SICHUAN = """四川省人民政府
关于落实《政府工作报告》重点工作
部门分工的意见
川府发〔2011〕8号 二○一一年三月十七日
省政府各部门、各直属机构:
一、努力扩大内需,促进经济平稳较快发展
认真落实中央积极的财政政策和稳健的货币政策。省级财政拟安排超过100亿元资金用于新村建设。(财政厅牵头)
"""


def test_a_doc_number_and_a_date_in_words_on_one_line_are_both_read():
    meta = _doc("sichuan_gbk.txt", SICHUAN, "gbk").meta
    assert meta.doc_number == "川府发〔2011〕8号"
    assert meta.date == "2011-03-17"
    assert meta.title == "四川省人民政府关于落实《政府工作报告》重点工作部门分工的意见"


BIJIE = """毕节市人民代表大会
常务委员会公告
(2025第9号)
《毕节市优化营商环境条例》已于2025年8月29日经毕节市第三届人民代表大会常务委员会第二十九次会议通过,2025年12月3日经贵州省第十四届人民代表大会常务委员会第二十次会议批准,现予公布,自2026年1月1日起施行。
毕节市人民代表大会常务委员会
2025年12月5日
毕节市优化营商环境条例
(2025年8月29日毕节市第三届人民代表大会常务委员会第二十九次会议通过  2025年12月3日贵州省第十四届人民代表大会常务委员会第二十次会议批准)
第一条  为了持续优化本市营商环境,制定本条例。
第五条  县级以上人民政府应当加强对优化营商环境工作的组织领导,建立健全工作协调机制。
"""


def test_a_regulation_printed_under_its_announcement_is_the_document():
    meta = _doc("bijie.txt", BIJIE).meta
    assert meta.title == "毕节市优化营商环境条例"
    assert meta.issuer == "毕节市人民代表大会常务委员会"  # never "经毕节市…"


LANZHOU = """<html><body>
<table>
<tr><th>id</th><td>NDAyOGFiY2M2MTI3Nzc5MzAxNjEyN2Y3Nzk1NTM3ZmU%3D</td></tr>
<tr><th>title</th><td>兰州高新技术产业开发区条例</td></tr>
<tr><th>office</th><td>兰州市人民代表大会常务委员会</td></tr>
<tr><th>type</th><td>地方性法规</td></tr>
<tr><th>status</th><td>有效</td></tr>
<tr><th>url</th><td>https://flk.npc.gov.cn/detail2.html?NDAy</td></tr>
</table>
<p>兰州高新技术产业开发区条例</p>
<p>第四条<br>兰州高新技术产业开发区管理委员会(以下简称高新区管委会)按照市人民政府授予的职权，对高新区内的经济、行政和社会事务进行管理。</p>
<p>市人民政府各部门和各县、区人民政府应当在各自的职责范围内，支持、配合高新区管委会做好管理和服务工作。</p>
<p>第二十六条<br>高新区的专业技术职称评审机构，按专业技术职称管理权限，负责对各类专业技术人员申报职称的评定、审核和推荐等工作。</p>
</body></html>"""


def test_a_law_databases_field_table_is_the_pages_record_not_its_tasks():
    doc = _doc("lanzhou.html", LANZHOU)
    assert doc.meta.issuer == "兰州市人民代表大会常务委员会"
    assert doc.meta.jurisdiction == "兰州市"
    assert not any(t.label in ("id", "title", "office", "url") for t in doc.tasks)


def test_bodies_that_only_support_an_articles_body_leave_it_the_lead():
    article = next(t for t in _doc("lanzhou.html", LANZHOU).tasks if t.label == "第四条" and t.kind == "item")
    assert article.lead_units == ("兰州高新技术产业开发区管理委员会",)
    assert "各县、区人民政府" in article.cooperating_units


def test_a_named_review_body_with_a_comma_before_its_duty_is_the_responsible_unit():
    article = next(
        t for t in _doc("lanzhou.html", LANZHOU).tasks if t.label == "第二十六条" and t.kind == "item"
    )
    assert article.lead_units == ("高新区的专业技术职称评审机构",)


CHONGQING = """<html><body>
<p>重庆市人民政府办公厅 关于印发《重庆市2025年度优化营商环境工作任务清单》的通知 重庆市人民政府办公厅</p>
<p>关于印发《重庆市2025年度优化营商环境工作任务清单》的通知</p>
<p>渝府办发〔2025〕27号</p>
<table>
<tr><th>序号</th><th>2025年度工作任务</th><th>责任单位</th></tr>
<tr><td colspan="3">一、对标先进优化提升专项行动</td></tr>
<tr><td colspan="3">(一)市场准入(牵头单位:市市场监管局)</td></tr>
<tr><td>1</td><td>加快建设“渝企在线”数字应用,完善登记注册申请表单智能预填。</td><td>市市场监管局</td></tr>
<tr><td>2</td><td>深化注册资本认缴登记制度改革。</td><td>市市场监管局</td></tr>
<tr><td colspan="3">(二)获取经营场所(牵头单位:市规划自然资源局、市住房城乡</td></tr>
</table></body></html>"""


def test_a_group_row_labelling_its_lead_is_an_item_and_a_repeated_title_line_is_read_once():
    doc = _doc("chongqing.html", CHONGQING)
    assert doc.meta.title == "重庆市人民政府办公厅关于印发《重庆市2025年度优化营商环境工作任务清单》的通知"
    rows = _by_section(doc)
    assert rows["(一)"].lead_units == ("市市场监管局",)
    assert rows["(一)"].lead_basis == LeadBasis.EXPLICIT
    assert rows["(一)/1"].lead_units == ("市市场监管局",)
    # a group row cut short at the page's end names no cut name
    assert all("市住房城乡" not in u for t in doc.tasks for u in t.units)


QIANJIANG = """<html><body><p>创新务实推进新发展阶段招商引资工作任务清单</p>
<table>
<tr><th>工作重点</th><th>市目标任务</th><th>序号</th><th>市工作举措</th><th>工作时限</th></tr>
<tr><td>产业生态招商</td><td>传统产业延链升级</td><td>1</td><td>1.石油化工。聚焦“减油增化”延链方向,重点招引精细化工项目。(潜江高新区) 2. 盐化工。依托地下盐卤资源优势,重点招引盐碱综合利用项目。(市自然资源和城乡建设局) 3. 纺织服装。以户外服饰加工优势为基础,针对服装面料、针织产品等</td><td></td></tr>
</table></body></html>"""

SHICHENG = """<html><body><p>石城县河长制工作责任单位考核细则</p>
<table>
<tr><th>序号</th><th>考核项目</th><th>考核内容及评分标准</th><th>责任单位</th></tr>
<tr><td>1</td><td>城镇污水治理</td><td>1.确保县城污水处理率达80%以上（10分） 2.完成污水管网建设任务（10分）</td><td>县城建局</td></tr>
</table></body></html>"""


def test_measures_numbered_inside_one_cell_are_items_each_with_its_own_unit():
    rows = _by_section(_doc("qianjiang.html", QIANJIANG))
    assert rows["1/1"].lead_units == ("潜江高新区",)
    assert rows["1/2"].lead_units == ("市自然资源和城乡建设局",)
    assert rows["1/2"].title == "盐化工"
    # the measure the page cut short names no unit, and takes none from its siblings
    assert rows["1/3"].units == ()


def test_measures_naming_no_unit_are_their_rows():
    rows = _by_section(_doc("shicheng.html", SHICHENG))
    assert rows["1/1"].units == ("县城建局",)
    assert rows["1/2"].lead_units == rows["1"].lead_units


MIIT = """<html><body><p>从2016年开始,我部每年都公开有关重点工作的关键业绩指标。2018年,我们继续制定和公开相关指标。</p>
<table>
<tr><th>序号</th><th>指标名称</th><th>预期效果</th><th>完成时限</th><th>指标 属性</th><th>牵头负责司局</th><th>备注</th></tr>
<tr><td>1</td><td>创建“中国制造2025”国家级示范区</td><td>确定首批示范区创建名单</td><td>6月</td><td>预期性</td><td>规划司</td><td></td></tr>
<tr><td>3</td><td>绿色制造示范典型发布数量</td><td>400项</td><td>10月</td><td>预期性</td><td>节能与综合 利用司</td><td></td></tr>
</table></body></html>"""


def test_a_ministrys_lead_column_names_its_departments_and_the_indicator_is_the_title():
    rows = _by_section(_doc("miit.html", MIIT))
    assert rows["1"].lead_units == ("规划司",)
    assert rows["1"].title == "创建“中国制造2025”国家级示范区"
    assert rows["1"].deadline == "6月"
    assert rows["3"].lead_units == ("节能与综合利用司",)


LISHUI = """市政府工作报告重点工作责任分解(2023年)
时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府
一、全市经济社会发展主要预期目标
1.生产总值增长6%以上。
责任单位:市发改委
4.固定资产投资增长10%。
责任单位:市发改委、市经信局、市科技局、市财政局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)
6.城乡居民收入增速保持全省领先、农民收入增速快于城镇居民。
责任单位:市人力社保局、市农业农村局分别牵头
"""


def test_a_rule_stated_after_an_exception_and_leads_each_leading_their_part():
    doc = _doc("lishui_gbk.txt", LISHUI, "gbk")
    rows = _by_section(doc)
    assert rows["一/4"].lead_units == ("市发改委",)
    assert rows["一/4"].lead_basis == LeadBasis.DOCUMENT_RULE
    assert rows["一/6"].lead_units == ("市人力社保局", "市农业农村局")
    assert not any("除标注" in u or "分别" in u or "列第一位" in u for t in doc.tasks for u in t.units)


def test_a_pages_source_body_is_the_issuer_when_nothing_else_names_one():
    meta = _doc("lishui_gbk.txt", LISHUI, "gbk").meta
    assert meta.issuer == "丽水市政府"
    assert meta.jurisdiction == "丽水市"


CHUXIONG = """楚雄州2021年8项民生工程和10件惠民实事工作方案
一、工作任务
(一)实施8项民生工程
1.城乡居民增收工程
(1)增加城镇居民收入
①以就业促增收,增加城镇居民工资性收入。全面落实就业优先政策。(牵头部门:州人力资源和社会保障局;责任单位:州就业工作领导小组各成员单位,10县市人民政府)
②以创业促发展,增加城镇居民经营性收入。继续加大创业担保贷款政策措施落实力度。
"""


def test_a_circled_number_sits_below_a_bracketed_one():
    rows = _by_section(_doc("chuxiong.txt", CHUXIONG))
    first = rows["一/(一)/1/(1)/①"]
    assert first.lead_units == ("州人力资源和社会保障局",)


JIANGMEN = """<html><body>
<p>江门市人民政府关于印发江门市推进招商引资高质量发展若干措施的通知</p>
<p>2023-07-21</p>
<p>发布日期:2023-07-28  浏览次数:-</p>
<p>各县(市、区)人民政府,市政府各部门:</p>
<p>江门市推进招商引资高质量发展若干措施</p>
<p>为深入贯彻落实党的二十大精神,切实做好招商引资各项工作,力争2023-2025年每年引进制造业项目计划投资额不少于1600亿元,10亿元以上项目每年不少于40个,重点产业链项目投资额占比不低于80%。</p>
<p>一、强化招商引资工作统筹协调</p>
<p>(一)强化组织领导。实施招商引资“一把手”工程。</p>
</body></html>"""


def test_a_plans_preamble_goals_are_a_record_with_their_figures():
    doc = _doc("jiangmen.html", JIANGMEN)
    goals = [t for t in doc.tasks if t.section == "开头" and t.targets]
    figures = {f"{g.value_text}{g.unit}" for t in goals for g in t.targets}
    assert {"1600亿元", "40个", "80%"} <= figures
    assert all(not t.units for t in goals)


def test_a_labelled_posting_date_overrules_a_bare_one():
    assert _doc("jiangmen.html", JIANGMEN).meta.published == "2023-07-28"
