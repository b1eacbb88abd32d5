"""What the page shows is built from document text, so markup in a document must arrive as plain text."""

from __future__ import annotations

import re

from assistant.answer import Answer, Citation
from corpus.model import DocumentMeta, PolicyDocument
from ui.web.views import chat_reply, sources_html, unit_summary

HOSTILE = '（一）建设<img src="http://example.com/x.png" onerror="alert(1)">产业园。（责任单位：县商务局）'


def _document() -> PolicyDocument:
    text = "前言。" + HOSTILE + "后文。"
    return PolicyDocument(
        doc_id="d1", source_name="d1.txt", meta=DocumentMeta(title="<b>方案</b>"), text=text
    )


def _answer(doc: PolicyDocument) -> Answer:
    start = doc.text.index(HOSTILE)
    citation = Citation("d1", "<b>方案</b>", "一/(一)", HOSTILE, start, start + len(HOSTILE))
    return Answer(question="谁牵头？", answer=f"牵头单位是县商务局。{HOSTILE}", abstained=False,
                  citations=(citation,), lead_unit="县商务局", units=("县商务局",))  # fmt: skip


def test_sources_escape_markup_and_mark_the_quote_inside_its_context():
    doc = _document()
    html = sources_html(_answer(doc), {"d1": doc})
    assert "<img" not in html and "&lt;img" in html
    assert "&lt;b&gt;方案&lt;/b&gt;" in html
    assert html.index("前言。") < html.index("<mark>") < html.index("后文。")


def test_the_chat_reply_puts_the_lead_unit_first_and_escapes_document_text():
    reply = chat_reply(_answer(_document()))
    assert reply.startswith("**牵头单位：县商务局**")
    assert "<img" not in reply


def test_a_quote_whose_offsets_do_not_match_is_shown_alone():
    doc = _document()
    answer = _answer(doc)
    moved = Answer(question="q", answer="a", abstained=False,
                   citations=(Citation("d1", "t", "s", answer.citations[0].quote, 0, 5),))  # fmt: skip
    html = sources_html(moved, {"d1": doc})
    assert "前言。" not in html and "<mark>" in html


def test_an_abstention_says_there_is_no_source():
    html = sources_html(Answer(question="q", answer="文件中没有找到", abstained=True), {})
    assert "没有找到可引用的原文" in html


def test_a_unit_summary_counts_lead_and_cooperating_rows():
    class Row:
        def __init__(self, role):
            self.role = role

    assert (
        unit_summary("州工信局", [Row("lead"), Row("cooperating"), Row("cooperating")])
        == "州工信局：牵头 1 项，配合 2 项"
    )


# -- answers per document, lists, suggestions ---------------------------------------------------------------------


def _two_place_answer() -> Answer:
    from assistant.answer import Finding, Intent

    text = (
        "《湘西自治州优势产业精准招商行动计划》（湘西州）“(十一)加强招商队伍建设”的牵头单位是州人社局。"
        "配合单位：州商务局、州科技局。\n"
        "《长沙市人民政府关于强力推进招商引资工作的若干意见》（长沙市）中，市商务局牵头的任务有：(一)甲；(二)乙；"
        "(三)丙，作为配合单位参与的任务有：(四)丁；(五)戊。"
    )
    findings = (
        Finding("d1", "湘西自治州优势产业精准招商行动计划", "湘西州", "三/(十一)", "加强招商队伍建设",
                ("州人社局",), ("州人社局", "州商务局"), (), "q", 0, 1),
        Finding("d2", "长沙市人民政府关于强力推进招商引资工作的若干意见", "长沙市", "一", "甲", (), (), (), "q", 0, 1),
    )  # fmt: skip
    citations = (
        Citation("d1", "湘西自治州优势产业精准招商行动计划", "三/(十一)", "q", 0, 1),
        Citation("d2", "长沙市人民政府关于强力推进招商引资工作的若干意见", "一", "q", 0, 1),
        Citation("d2", "长沙市人民政府关于强力推进招商引资工作的若干意见", "二", "q", 0, 1),
    )
    return Answer(question="谁牵头？", answer=text, abstained=False, intent=Intent.LEAD, findings=findings,
                  citations=citations, lead_unit="州人社局", units=("州人社局", "州商务局"))  # fmt: skip


def test_each_document_gets_one_bold_line_named_by_its_place():
    reply = chat_reply(_two_place_answer())
    assert reply.startswith("**湘西州｜牵头单位：州人社局**")
    assert "**长沙市**" in reply
    # Each title is cited once: in its paragraph, not again in the sources line.
    assert reply.count("湘西自治州优势产业精准招商行动计划") == 1
    assert reply.count("长沙市人民政府关于强力推进招商引资工作的若干意见") == 1
    assert "出处：湘西州 [1] 三/(十一)；长沙市 [2] 一、[3] 二" in reply
    assert "（湘西州）" not in reply  # the place is in the bold line already


def test_an_enumeration_becomes_a_list_and_the_cooperating_tasks_a_second_one():
    reply = chat_reply(_two_place_answer())
    assert "牵头的任务有：\n- (一)甲\n- (二)乙\n- (三)丙" in reply
    assert "作为配合单位参与的任务有：\n- (四)丁\n- (五)戊" in reply


def test_cooperating_units_are_labelled_as_such():
    from ui.web.views import facts_markdown

    answer = Answer(
        question="q", answer="a", abstained=False, lead_unit="州商务局", units=("州商务局", "州发改委")
    )
    assert facts_markdown(answer) == "**牵头单位：州商务局**\n\n配合单位：州发改委"


def test_titles_that_read_oddly_make_no_question():
    from ui.web.views import reads_as_task

    assert reads_as_task("精准开发招商项目")
    for odd in ("工作机制", "2021年全市招商引资工作目标", "1、制定目录", "提升专业化招商能力，强化正向激励"):
        assert not reads_as_task(odd), odd


def test_a_typo_is_answered_with_the_titles_that_share_the_most_character_pairs():
    from ui.web.views import suggest_questions

    titles = ["加强招商队伍建设", "精准开发招商项目", "完善外贸人才培养机制", "工作机制"]
    assert suggest_questions("招商对伍建设", titles)[0] == "谁牵头加强招商队伍建设？"
    assert suggest_questions("量子计算", titles) == []
    assert len(suggest_questions("招商", titles * 3)) <= 3
    # A suggestion that would not be answered is not offered.
    assert suggest_questions("招商对伍建设", titles, answers=lambda q: "队伍" not in q) == [
        "谁牵头精准开发招商项目？"
    ]


# -- the task register ----------------------------------------------------------------------------------------------


def test_the_register_puts_task_and_lead_first_under_a_header_per_document(service):
    from ui.web.views import task_register_html

    html = task_register_html(service.tasks(unit="州工信局"), with_role=True)
    heads = re.findall(r"<th>([^<]+)</th>", html)
    assert heads[:3] == ["任务", "牵头单位", "配合单位"] and heads[-1] == "本单位角色" and "文件" not in heads
    assert html.count('class="pa-doc-row"') == 1 and "湘西州 · 《湘西自治州优势产业精准招商行动计划" in html
    assert 'data-label="牵头单位" class="pa-lead">州商务局<' in html


def test_the_unit_picker_lists_each_place_apart_without_broken_names(service):
    from ui.web.tab_tasks import split_unit, unit_choices

    labels = [label for label, _ in unit_choices(service)]
    assert {"市商务局（长沙市）", "市商务局（永州市）", "州商务局（湘西州）"} <= set(labels)
    assert "州工信局（湘西州）" in labels and "市工信局（永州市）" in labels
    for broken in (
        "市单位（咸宁市）",
        "管理区（永州市）",
        "永州经开发（永州市）",
        "10条优势产业链建设牵头单位（湘西州）",
    ):
        assert broken not in labels
    assert split_unit("市商务局@长沙市") == ("市商务局", "长沙市")
    assert split_unit("市商务局（永州市）") == ("市商务局", "永州市")
    assert split_unit("工信局") == ("工信局", "")


def test_a_unit_filtered_by_place_reads_only_that_place(service):
    rows = service.tasks(unit="市商务局", place="长沙市")
    assert rows and {r.jurisdiction for r in rows} == {"长沙市"}
    both = service.tasks(unit="市商务局")
    assert {r.jurisdiction for r in both} == {"长沙市", "永州市"}


# -- the draft preview ----------------------------------------------------------------------------------------------


def test_a_docx_is_previewed_as_escaped_html_in_document_order():
    import io

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from ui.web.docx_preview import docx_html

    document = docx.Document()
    document.add_paragraph("关于<b>加快</b>推进项目的提醒函").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("泸溪县人民政府：")
    document.add_paragraph("正文第一段。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "锰基新材料"
    buffer = io.BytesIO()
    document.save(buffer)
    html = docx_html(buffer.getvalue())
    assert (
        html.index("<h3>关于&lt;b&gt;加快&lt;/b&gt;")
        < html.index("泸溪县人民政府")
        < html.index("正文第一段")
    )
    assert '<p class="pa-noindent">泸溪县人民政府：</p>' in html
    assert "<td>锰基新材料</td>" in html and "<b>" not in html
