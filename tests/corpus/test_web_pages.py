"""Government web pages of many shapes: the body read right, the page furniture never a task or a unit, and
the page's 索引号 table kept as quotable 文件信息 lines (发布日期 included) that are never a task."""

from __future__ import annotations

from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes

PAGE_FURNITURE = (
    "导航",
    "当前位置",
    "现在的位置",
    "打印本页",
    "关闭窗口",
    "分享",
    "扫一扫",
    "字体",
    "相关链接",
    "浙江省人民政府关于扩大开放的意见",  # a link title under 相关链接
    "版权所有",
    "ICP备",
    "浏览次数",
    "门户网站",  # the site's <title>
    "相关文件",
    "招商引资奖励办法",  # a link title under 相关文件
)


def parse(text: str, name: str = "page.html"):
    return parse_bytes(name, text.encode("utf-8"))


def leads(doc) -> dict[str, tuple[tuple[str, ...], LeadBasis]]:
    return {t.label: (t.lead_units, t.lead_basis) for t in doc.tasks if t.units and t.kind != "inline_duty"}


def assert_no_furniture(doc) -> None:
    for junk in PAGE_FURNITURE:
        assert junk not in doc.text, junk
    for task in doc.tasks:
        assert task.section != "文件信息" and not task.title.startswith(("主题词", "主 题 词", "索引号"))


# A provincial portal: metadata table, breadcrumbs and font tools above <div id="zoom">, the body in
# <p><font>/<span> soup with an item split over three <p>, share / QR / related links / footer below.
ZOOM_PAGE = """<html><head><title>浙江省人民政府办公厅关于印发浙江省促进外资增长若干措施的通知_省政府办公厅文件_浙江省人民政府门户网站</title></head>
<body>
<div class="top"><a href="/">网站首页</a> <a href="/zwgk">政务公开</a> <a href="/hd">互动交流</a></div>
<div class="nav">导航</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 省政府办公厅文件</div>
<table class="xxgk_table">
<tr><td>索引号：</td><td>11330000002482870W/2023-00123</td><td>主题分类：</td><td>商贸、海关、旅游</td></tr>
<tr><td>发布机构：</td><td>浙江省人民政府办公厅</td><td>成文日期：</td><td>2023年03月15日</td></tr>
<tr><td>名称：</td><td colspan="3">浙江省人民政府办公厅关于印发浙江省促进外资增长若干措施的通知</td></tr>
<tr><td>文号：</td><td>浙政办发〔2023〕12号</td><td>发布日期：</td><td>2023年03月20日</td></tr>
</table>
<div class="tools">【字体：<a>大</a> <a>中</a> <a>小</a>】 【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div id="zoom">
<p align="center"><font size="5"><b>浙江省人民政府办公厅关于印发浙江省促进外资增长若干措施的通知</b></font></p>
<p align="center"><font>浙政办发〔2023〕12号</font></p>
<p>各市、县（市、区）人民政府，省政府直属各单位：</p>
<p>　　《浙江省促进外资增长若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。</p>
<p align="right">浙江省人民政府办公厅</p>
<p align="right">2023年3月15日</p>
<p align="center"><span style="font-size:16pt"><b>浙江省促进外资增长若干措施</b></span></p>
<p><span>　　一、加大招商引资力度</span></p>
<p><span>　　（一）</span><span>强化重点产业招商。</span><font>围绕先进制造业集群，</font><font>开展产业链精准招商，每年举办重点招商活动不少于20场。</font><span>（责任单位：省商务厅、省发展改革委、省经信厅，列第一位的为牵头单位，下同）</span></p>
<p>　　（二）优化外资项目服务。</p>
<p>　　建立重大外资项目专班服务机制，协调解决项目落地中的用地、用能等问题。</p>
<p>　　（责任单位：省商务厅、省自然资源厅、省能源局）</p>
<p>　　二、强化要素保障</p>
<p>　　（三）保障项目用地。对符合条件的重大外资项目优先安排用地指标。（责任单位：省自然资源厅、省商务厅）</p>
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="related"><h3>相关链接</h3><ul><li><a>浙江省人民政府关于扩大开放的意见</a></li><li><a>关于做好2023年稳外资工作的通知</a></li></ul></div>
<div class="foot"><p>主办：浙江省人民政府办公厅　承办：浙江省大数据发展管理局</p><p>版权所有：浙江省人民政府　浙ICP备05001234号-1　浙公网安备 33010002000092号</p><p>网站标识码：3300000080</p></div>
</body></html>
"""


def test_a_provincial_portal_page_reads_its_zoom_body_and_drops_the_furniture_around_it():
    doc = parse(ZOOM_PAGE)
    assert_no_furniture(doc)
    assert doc.title == "浙江省人民政府办公厅关于印发浙江省促进外资增长若干措施的通知"
    assert doc.meta.doc_number == "浙政办发〔2023〕12号" and doc.meta.jurisdiction == "浙江省"
    assert leads(doc) == {
        "(一)": (("省商务厅",), LeadBasis.DOCUMENT_RULE),
        "(二)": (("省商务厅",), LeadBasis.DOCUMENT_RULE),  # title, body and 责任单位 in three <p>
        "(三)": (("省自然资源厅",), LeadBasis.DOCUMENT_RULE),
    }


def test_the_page_metadata_table_becomes_document_meta_and_a_quotable_file_info_block():
    doc = parse(ZOOM_PAGE)
    assert doc.meta.issuer == "浙江省人民政府办公厅"
    assert doc.meta.date == "2023-03-15"  # 成文日期
    assert doc.meta.published == "2023-03-20"  # 发布日期, a different day
    info = doc.section("文件信息")
    assert info is not None and info.heading == "文件信息"
    block = doc.text[info.start : info.end]
    assert "发布日期：2023年03月20日" in block and "成文日期：2023年03月15日" in block
    assert "文号：浙政办发〔2023〕12号" in block
    assert not [t for t in doc.tasks if t.start < info.end]


# A city portal: the metadata table with "：" in cells of their own and an empty 主题词, a 来源/发布时间/浏览次数
# line, the whole document in one <font> with <br> lines (a sentence broken after a comma, <span>/<font>
# pieces inside a line) in a TRS_Editor div, bracketed print/close tools and a share line.
TRS_PAGE = """<html><body>
<div class="header"><ul><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政策文件</a></li></ul></div>
<div class="bread">您现在的位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 市政府文件</div>
<table width="100%" class="zwgk-meta">
<tr><td class="t">索 引 号</td><td>：</td><td>014352645/2022-00567</td><td class="t">发文机关</td><td>：</td><td>台州市人民政府办公室</td></tr>
<tr><td class="t">发文字号</td><td>：</td><td>台政办发〔2022〕45号</td><td class="t">成文日期</td><td>：</td><td>2022-08-09</td></tr>
<tr><td class="t">发布日期</td><td>：</td><td>2022-08-12</td><td class="t">主 题 词</td><td>：</td><td></td></tr>
</table>
<div class="article-title"><h1>台州市人民政府办公室关于印发台州市招商引资攻坚行动实施方案的通知</h1></div>
<div class="article-info">来源：市政府办公室　发布时间：2022-08-12 10:30　浏览次数：1024</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
<font face="仿宋_GB2312" size="4">各县（市、区）人民政府，市政府各部门：<br>
　　经市政府同意，现将《台州市招商引资攻坚行动实施方案》印发给你们，请认真组织实施。<br>
<br>
　　一、重点任务<br>
　　1.开展产业链招商。<span>聚焦新能源汽车、电子信息等产业链，</span>绘制招商图谱，全年引进亿元以上项目50个。<font>牵头单位：市商务局；配合单位：市发改委、市工信局。</font><br>
　　2.强化以商招商。发挥在外商会作用，<br>
　　引进一批产业链配套项目。牵头单位：市工商联；配合单位：市商务局。<br>
　　二、保障措施<br>
　　3.强化考核督查。将招商引资纳入年度绩效考核。牵头单位：市委督查室、市政府督查室。<br>
</font></div></div>
<div class="bottom-tools"><span>【<a>打印本页</a>】</span><span>【<a>关闭窗口</a>】</span></div>
<div class="related"><p>相关文件</p><p><a>台州市招商引资奖励办法</a></p><p><a>关于进一步优化营商环境的若干意见</a></p></div>
<div class="bottom-tools">分享：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="ewm">扫一扫在手机打开当前页</div>
<div class="footer">版权所有：台州市人民政府办公室 地址：台州市中山路1号 备案号：浙ICP备12345678号</div>
</body></html>
"""


def test_a_city_portal_page_whose_body_is_one_font_of_br_lines_reads_each_item_whole():
    doc = parse(TRS_PAGE)
    assert_no_furniture(doc)
    assert doc.meta.doc_number == "台政办发〔2022〕45号"
    assert doc.meta.date == "2022-08-09" and doc.meta.published == "2022-08-12"
    assert (
        "1.开展产业链招商。聚焦新能源汽车、电子信息等产业链，绘制招商图谱，全年引进亿元以上项目50个。"
        in doc.text
    )
    assert "2.强化以商招商。发挥在外商会作用，引进一批产业链配套项目。" in doc.text
    first = next(t for t in doc.tasks if t.label == "1.")
    assert first.lead_units == ("市商务局",) and first.lead_basis == LeadBasis.EXPLICIT
    assert first.cooperating_units == ("市发改委", "市工信局")
    assert [t.label for t in doc.tasks if t.units] == ["1.", "2.", "3."]


# The same kind of page saved as plain text (tags removed, one line per cell): each metadata key on its own
# line above its value, and 主题词 left empty so the title's first line follows it.
TEXT_EXPORT = """索 引 号：
000014349/2018-00229
主题分类：
民政、扶贫、救灾\\扶贫
发文机关：
国务院办公厅
成文日期：
2018年12月30日
标　　题：
国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见
发文字号：
国办发〔2018〕129号
发布日期：
2019年01月14日
主 题 词：
国务院办公厅关于深入开展消费扶贫
助力打赢脱贫攻坚战的指导意见
国办发〔2018〕129号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
一、动员社会各界扩大贫困地区产品和服务消费
（一）推动各级机关带头参与消费扶贫。将消费扶贫纳入中央单位定点扶贫工作内容。（扶贫办、中央统战部等和各省级人民政府负责）
国务院办公厅
2018年12月30日
扫一扫在手机打开当前页
"""


def test_a_page_saved_as_text_keeps_each_metadata_line_with_the_value_below_it():
    doc = parse(TEXT_EXPORT, "page.txt")
    assert_no_furniture(doc)
    assert doc.meta.date == "2018-12-30" and doc.meta.published == "2019-01-14"
    assert doc.meta.doc_number == "国办发〔2018〕129号" and doc.meta.issuer == "国务院办公厅"
    info = doc.section("文件信息")
    assert "发布日期：2019年01月14日" in doc.text[info.start : info.end]
    assert "主题词" not in doc.text  # left empty on the page
    assert doc.text.count("国务院办公厅关于深入开展消费扶贫") == 2  # the 标题 line and the printed title
    (task,) = [t for t in doc.tasks if t.units]
    assert task.units == ("扶贫办", "中央统战部", "各省级人民政府")


# A policy page from a site generator: a front-matter header, the page's own style block, and a closing line that
# signs and dates the measures at once (罗湖区支持人工智能OPC发展若干措施, 罗科工〔2026〕7号; excerpt).
GENERATED_PAGE = """---
layout: default
title: 罗湖区支持人工智能OPC发展若干措施（试行）
---

<style>
  .policy-body { font-size: 16px; }
</style>
<div class="policy-body">
<h1 class="policy-title">罗湖区支持人工智能OPC发展若干措施（试行）</h1>
<div class="policy-doc-no">罗科工〔2026〕7号</div>
<h2>第一条 办公空间支持</h2>
<p>依托罗湖区级OPC社区，为经认定的OPC划定专属创新区域，对经认定的OPC提供不少于一年的专属空间支持。</p>
<p class="responsible-unit">（责任单位：区科技和工业信息化局、各OPC社区）</p>
<h2>第二条 贷款贴息</h2>
<p>对经认定的OPC获得的银行贷款，按贷款利息的50%给予贴息，每年最高不超过50万元。</p>
<p class="responsible-unit">（责任单位：区科技和工业信息化局）</p>
<p class="sig-line">罗湖区科技和工业信息化局（乡村振兴和协作交流局）2026年4月24日发布。</p>
</div>
"""


def test_a_front_matter_header_is_page_settings_and_a_signed_line_dates_the_document():
    doc = parse(GENERATED_PAGE)
    assert "layout" not in doc.text and "---" not in doc.text
    assert doc.title == "罗湖区支持人工智能OPC发展若干措施（试行）"
    assert doc.meta.doc_number == "罗科工〔2026〕7号"
    # A district's own measures are the district's; the closing line names who issued them, and when.
    assert doc.jurisdiction == "罗湖区"
    assert doc.meta.issuer == "罗湖区科技和工业信息化局"
    assert doc.meta.date == "2026-04-24"
    assert leads(doc)["第二条"] == (("区科技和工业信息化局",), LeadBasis.SINGLE_UNIT)


def test_a_front_matter_title_stands_for_a_body_that_prints_none():
    doc = parse_bytes(
        "notes.md", "---\ntitle: 某县招商引资工作方案\n---\n一、工作目标\n全年引进项目10个。\n".encode()
    )
    assert doc.title == "某县招商引资工作方案"
    assert "title:" not in doc.text


def test_a_page_saved_with_a_blank_line_after_each_paragraph_keeps_its_paragraphs_and_title():
    # Navigation, the title as a markdown heading and the site's byline, each a paragraph of its own.
    text = (
        "国内政策【切换】 国际政策\n\n您现在的位置: 首页 > 政策前沿\n\n# 加快西宁市流通业发展实施意见\n\n"
        "发布人:某网站  /  发布时间:2017-11-24 10:12:15\n\n"
        "为进一步深化流通业改革,优化我市流通业发展环境,加快流通业发展,全面提升流通业发展水平,服务民生,结合实际,"
        "现制定我市加快流通业发展实施意见。\n\n## 一、主要工作目标\n\n到2020年,我市商贸流通业实力显著提升。\n\n"
        "## 二、重点工作任务\n\n1.提高流通管理部门管理效能。建立分工明确、权责统一的流通管理体制。"
        "(牵头单位:市商务局;配合单位:市编办、市发改委)\n\n2.规范商贸流通市场秩序。加快建立市场监管体系。\n"
    )
    doc = parse_bytes("意见.md", text.encode())
    assert doc.meta.title == "加快西宁市流通业发展实施意见"
    assert doc.meta.jurisdiction == "西宁市"
    first = next(t for t in doc.tasks if t.label == "1.")
    assert first.lead_units == ("市商务局",) and first.title.startswith("提高流通管理部门管理效能")


def test_a_district_document_is_placed_by_its_full_issuer_or_by_the_city_bureaus_district_branches():
    notice = (
        "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n"
        "各街道办事处，区政府各部门：\n经区人民政府同意，现将方案印发给你们，请认真贯彻执行。\n"
        "1.地区生产总值增长7%以上。（责任单位：区发改局）\n"
        "蔡甸区人民政府办公室\n2023年1月3日\n"
    )
    meta = parse_bytes("方案.txt", notice.encode()).meta
    assert meta.issuer == "蔡甸区人民政府办公室" and meta.jurisdiction == "蔡甸区"
    split = (
        "2023年区《政府工作报告》确定的重点工作任务责任分解方案\n一、2023年全区经济社会发展主要预期目标\n"
        "1.地区生产总值增长8%以上。(责任领导:张三;牵头单位:区发改局)\n"
        "2.完成省、市下达的环境保护考核目标任务。(责任领导:李四;牵头单位:市生态环境局咸安分局)\n"
    )
    assert parse_bytes("分解.txt", split.encode()).meta.jurisdiction == "咸安区"
