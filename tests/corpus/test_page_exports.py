"""Plain-text and PDF exports of printed pages: page numbers and running headers dropped, wrapped lines joined
before brackets are read, so a "（X、Y负责）" bracket broken over two lines (or two pages) is read whole."""

from __future__ import annotations

from corpus.load import load_plain_text
from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes
from corpus.reflow import drop_page_furniture, reflow
from corpus.structure import starts_numbered_item

# A State Council opinion saved as text from its printed PDF: 28 characters a line, a running header on each
# page, "— 1 —" and "第 1 页 共 3 页" below each page, item 1's bracket broken over a page break.
WRAPPED_EXPORT = """国务院公报　2019年第3号
国务院关于促进综合保税区高水平开放高质量发展的若干意见
国发〔2019〕3号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
综合保税区是设立在内陆地区的具有保税港区功能的海关特殊监
管区域，实行封闭管理，是开放型经济的重要平台。为促进综合
保税区高水平开放高质量发展，现提出以下意见。
一、统筹国际国内两个市场两种资源，加快培育新动能新优势
1.拓展保税加工业务。吸引境内外高技术、高附加值的加工制
造企业入区发展，推动综合保税区发展成为具有全球影响力和竞
— 1 —
第 1 页 共 3 页
国务院公报　2019年第3号
争力的加工制造中心。（海关总署、财政部、税务总局、商务部
等按职责分工负责。排在第一位的部门为牵头部门，下同）
2.支持研发设计业务。支持在综合保税区内设立研发中心，推
动综合保税区发展成为研发设计中心。（商务部、海关总署、科
技部、工业和信息化部负责）
3.推进检测维修业务。支持综合保税区内企业开展高技术、高
附加值、符合环保要求的检测维修业务。（海关总署、商务部、
生态环境部、市场监管总局等按职责分工负责）
— 2 —
第 2 页 共 3 页
国务院公报　2019年第3号
— 3 —
第 3 页 共 3 页
"""


def test_a_wrapped_text_export_reads_its_brackets_whole_and_drops_page_furniture():
    doc = parse_bytes("export.txt", WRAPPED_EXPORT.encode("utf-8"))
    for junk in ("国务院公报", "— 1 —", "第 2 页", "共 3 页"):
        assert junk not in doc.text, junk
    assert doc.title == "国务院关于促进综合保税区高水平开放高质量发展的若干意见"
    assert doc.meta.doc_number == "国发〔2019〕3号"
    assert (
        "推动综合保税区发展成为具有全球影响力和竞争力的加工制造中心。（海关总署、财政部、税务总局、商务部等按职责分工负责。"
        in doc.text
    )
    leads = {t.label: (t.units, t.lead_units, t.lead_basis) for t in doc.tasks if t.units}
    assert leads["1."] == (
        ("海关总署", "财政部", "税务总局", "商务部"),
        ("海关总署",),
        LeadBasis.DOCUMENT_RULE,
    )
    assert leads["2."][1] == ("商务部",) and leads["2."][0][-1] == "工业和信息化部"  # "科" / "技部" joined
    assert leads["3."][0] == ("海关总署", "商务部", "生态环境部", "市场监管总局")


def test_text_written_one_paragraph_a_line_is_left_as_it_is():
    text = (
        "某县招商引资工作方案\n"
        "一、工作目标\n"
        "全年引进项目30个\n"
        "二、重点任务\n"
        "（一）精准招商。围绕主导产业开展招商。（责任单位：县商务局）\n"
    )
    assert [b.text for b in load_plain_text(text)] == text.strip().split("\n")


def test_pdf_pages_lose_their_numbers_and_running_headers_and_keep_a_bracket_split_over_lines():
    # What pypdf returns for three pages of a provincial 分工方案 printed with a header and page numbers.
    header = "浙江省人民政府办公厅文件"
    pages = [
        [
            header,
            "浙江省促进外资增长若干措施",
            "浙政办发〔2023〕12号",
            "一、加大招商引资力度",
            "（一）强化重点产业招商。围绕先进制造业集群，开展产业链",
            "精准招商，每年举办重点招商活动不少于20场。（省商务",
            "3",
        ],
        [
            header,
            "厅、省发展改革委、省经信厅按职责分工负责，列第一位",
            "的为牵头单位，下同）",
            "（二）优化外资项目服务。建立重大外资项目专班服务机制，",
            "协调解决项目落地中的用地、用能等问题。（省商务厅、",
            "- 4 -",
        ],
        [header, "省自然资源厅负责）", "2023年3月15日", "第 5 页"],
    ]
    paragraphs = reflow(drop_page_furniture(pages, bare_digits=True), starts_numbered_item)
    assert paragraphs == [
        "浙江省促进外资增长若干措施",
        "浙政办发〔2023〕12号",
        "一、加大招商引资力度",
        "（一）强化重点产业招商。围绕先进制造业集群，开展产业链精准招商，每年举办重点招商活动不少于20场。"
        "（省商务厅、省发展改革委、省经信厅按职责分工负责，列第一位的为牵头单位，下同）",
        "（二）优化外资项目服务。建立重大外资项目专班服务机制，协调解决项目落地中的用地、用能等问题。"
        "（省商务厅、省自然资源厅负责）",
        "2023年3月15日",
    ]
