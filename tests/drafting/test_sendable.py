"""A draft a cadre can send after one read-through: read back from the DOCX, as Word would see it."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from corpus.model import DocumentMeta, PolicyDocument
from drafting.basis import policy_basis
from drafting.batch import BatchOptions, NothingDrafted, draft_reminders
from drafting.errors import InvalidField, LedgerError
from drafting.format import TITLE_LINE_CHARS, display_width, title_lines
from drafting.kinds import KINDS, draft_document
from drafting.ledger import parse_ledger
from tests.drafting.docx_facts import body_text, open_docx

LEDGER_10 = Path(__file__).resolve().parents[2] / "drafting" / "previews" / "台账_10行.csv"
OPTIONS = BatchOptions(
    "湘西自治州商务局", dt.date(2026, 11, 23), contact_person="向明", contact_phone="0743-8221234"
)


def _document(kind, corpus_documents, **changes):
    draft = draft_document(kind, {**KINDS[kind].example, **changes}, corpus_documents)
    return draft, open_docx(draft.content)


def _body(document):
    return [p for p in document.paragraphs if p.style.name == "公文正文" and p.text.strip()]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_has_a_28_by_22_grid_and_justified_body(kind, corpus_documents):
    _, document = _document(kind, corpus_documents)
    grid = document.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    assert grid.get(qn("w:linePitch")) == "579"  # 225 mm type area / 22 lines, in twips
    # 156 mm / 28 characters = 15.79 pt: a 3号 (16 pt) character narrowed by charSpace/4096 pt
    pitch = 16 + int(grid.get(qn("w:charSpace"))) / 4096
    assert 28 * pitch <= 442.21 < 29 * pitch
    normal = document.styles["公文正文"].paragraph_format
    assert normal.alignment in (None, WD_ALIGN_PARAGRAPH.JUSTIFY)
    assert document.styles["Normal"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert normal.line_spacing.twips == 579


@pytest.mark.parametrize(("kind", "closing"), [("reminder", "特此函告。"), ("visit-report", "特此报告。")])
def test_keep_with_next_only_on_lone_headings_the_last_paragraph_and_the_signature(
    kind, closing, corpus_documents
):
    _, document = _document(kind, corpus_documents)
    paragraphs = document.paragraphs
    signature_start = max(i for i, p in enumerate(paragraphs) if p.text == closing)
    # the closing formula goes with the signature, and so does a short paragraph before it (the contact line)
    assert paragraphs[signature_start].paragraph_format.keep_with_next
    before = paragraphs[signature_start - 1]
    assert bool(before.paragraph_format.keep_with_next) == (
        kind == "reminder"
    )  # the report ends on a long quote
    for p in paragraphs[: signature_start - 1]:
        if not p.paragraph_format.keep_with_next:
            continue
        lone_heading = p.style.name == "公文一级标题" or (p.style.name == "公文二级标题" and len(p.runs) == 1)
        before_table = p.text.endswith("具体如下：")
        assert lone_heading or before_table or p.style.name == "公文标题", p.text
    # a （一） heading that carries its own text flows with the page
    carrying = [p for p in paragraphs if p.style.name == "公文二级标题" and len(p.runs) > 1]
    assert not any(p.paragraph_format.keep_with_next for p in carrying)
    assert carrying or kind == "reminder"


def test_the_visit_report_keeps_its_table_lead_with_the_table(corpus_documents):
    _, document = _document("visit-report", corpus_documents)
    lead = next(p for p in document.paragraphs if p.text.endswith("具体如下："))
    assert lead.paragraph_format.keep_with_next
    assert lead._p.getnext().tag == qn("w:tbl")


def test_core_properties_name_the_issuer_in_chinese_and_nothing_of_the_template(corpus_documents):
    draft, document = _document("reminder", corpus_documents)
    props = document.core_properties
    assert props.author == "湘西自治州商务局" and props.language == "zh-CN"
    assert props.created.year >= 2026 and props.title == draft.title
    raw = draft.content
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        xml = "".join(z.read(n).decode("utf-8", "ignore") for n in z.namelist() if n.endswith(".xml"))
    assert "python-docx" not in xml and "ja-JP" not in xml


def test_titles_break_at_word_boundaries_never_inside_a_name_and_in_at_most_three_lines():
    name = "深圳某新能源电池材料股份有限公司"
    lines = title_lines(f"赴{name}一对一上门招商计划书", keep=(name,))
    assert lines == [f"赴{name}", "一对一上门招商计划书"]
    long = (
        "关于加快推进湘西自治州泸溪县武溪镇年产5万吨锰基新材料及配套锂电池正极材料产业园一期工程项目的提醒函"
    )
    lines = title_lines(long)
    assert 2 <= len(lines) <= 3 and "".join(lines) == long
    assert all(display_width(line) <= TITLE_LINE_CHARS for line in lines)


def test_the_letter_says_我局_and_closes_with_特此函告(corpus_documents):
    _, document = _document("reminder", corpus_documents)
    text = body_text(document)
    body = "\n".join(p.text for p in _body(document))
    assert "书面反馈我局。" in text and "经我局跟踪调度" in text
    assert "湘西自治州商务局" not in body.replace("湘西自治州商务局\n2026年11月23日", "")
    assert "特此函告。" in text
    assert "（签约企业：" not in text and "：8亿元" not in text


def test_a_sibling_jurisdictions_plan_is_never_cited(corpus_documents):
    # 怀化 is 湘西's neighbour: the corpus holds nothing of 怀化 or 湖南省, so nothing is quoted.
    for kind in KINDS:
        draft, document = _document(kind, corpus_documents, issuer="怀化市商务局")
        assert draft.basis.clauses == ()
        assert "湘西自治州优势产业精准招商行动计划" not in body_text(document)
        assert any("略去政策依据段落" in note for note in draft.notes)
    # 长沙 gets 长沙's documents, 泸溪县 its 州's plan (its 上级), 咸宁 only 咸宁's.
    for issuer, place in (("长沙市商务局", "长沙市"), ("泸溪县商务局", "湘西州"), ("咸宁市商务局", "咸宁市")):
        basis = policy_basis(KINDS["plan"].topic, corpus_documents, prefer=issuer)
        by_id = {d.doc_id: d for d in corpus_documents}
        assert all(by_id[c.doc_id].jurisdiction == place for c in basis.clauses), issuer


def test_an_expired_plan_is_flagged_in_the_notes_not_in_the_letter(corpus_documents):
    draft, document = _document("plan", corpus_documents)
    assert any("实施期为2023—2025年" in note for note in draft.notes)
    assert "实施期为" not in body_text(document)


def test_no_placeholder_sentence_when_nothing_fits():
    unrelated = PolicyDocument(
        "x", "x.txt", DocumentMeta(title="某某通知", jurisdiction="湘西州"), "请做好值班。"
    )
    draft = draft_document("reminder", KINDS["reminder"].example, [unrelated])
    text = body_text(open_docx(draft.content))
    assert "政策依据" not in text and "未找到" not in text and "补充" not in text
    assert draft.notes and "略去政策依据段落" in draft.notes[0]


def test_the_clause_on_unfulfilled_projects_is_not_cited_for_a_project_that_has_fulfilled(corpus_documents):
    fulfilled, _ = _document("reminder", corpus_documents, lagging=["资金到位"])
    assert not any("未履约" in c.quote for c in fulfilled.basis.clauses)
    unfulfilled, document = _document("reminder", corpus_documents, lagging=["履约"])
    assert any("未履约项目" in c.quote for c in unfulfilled.basis.clauses)
    text = body_text(document)
    assert "为推动该项目按约履行，" in text and "尽快开工建设" not in text


def test_visit_report_counts_a_chamber_of_commerce_apart_and_lists_companies_once(corpus_documents):
    companies = [*KINDS["visit-report"].example["companies_visited"], {"name": "江苏省湖南商会"}]
    _, document = _document("visit-report", corpus_documents, companies_visited=companies)
    text = body_text(document)
    assert "走访企业3家、商会（协会）1家" in text
    assert text.count("东莞某精密制造有限公司。") == 1
    assert "此外，考察团还走访了江苏省湖南商会。" in text
    assert "（四）江苏省湖南商会" not in text and "督导库，具体" not in text
    assert text.count("深圳某食品集团股份有限公司") == 1


def test_plan_items_are_numbered_with_a_space_and_sentences_are_closed(corpus_documents):
    _, document = _document("plan", corpus_documents)
    numbered = [p.text for p in document.paragraphs if p.text[:2] in ("1.", "2.", "3.")]
    assert numbered and all(t[2] == " " and t.endswith("。") for t in numbered)


@pytest.mark.parametrize(
    ("kind", "changes", "field", "words"),
    [
        ("reminder", {"signing_date": "2026-12-01"}, "签约时间", "晚于发函日期"),
        ("reminder", {"contact_phone": "abc"}, "联系电话", "不是电话号码"),
        ("visit-report", {"date": "2026-11-09"}, "成文日期", "早于考察结束日期"),
    ],
)
def test_impossible_dates_and_phone_numbers_are_refused_in_chinese(kind, changes, field, words):
    with pytest.raises(InvalidField) as caught:
        KINDS[kind].read_form({**KINDS[kind].example, **changes})
    assert caught.value.field == field and words in caught.value.message
    assert not any(ch.isascii() and ch.isalpha() for ch in caught.value.reason.replace("abc", ""))


def test_the_ten_row_ledger_carries_every_figure_with_its_unit(tmp_path, corpus_documents):
    ledger = parse_ledger(LEDGER_10.name, LEDGER_10.read_bytes())
    report = draft_reminders(ledger, OPTIONS, corpus_documents, tmp_path / "out")
    assert len(report.letters) == 8 and len(report.on_track) == 2 and not report.problems
    texts = {
        e.project_name: body_text(open_docx((tmp_path / "out" / e.filename).read_bytes()))
        for e in report.letters
    }
    first = texts["年产5万吨锰基新材料项目"]
    assert first.startswith("关于加快推进\n年产5万吨锰基新材料项目的提醒函")
    assert "泸溪县人民政府：" in first
    assert "总投资15亿元、协议投资额6.8亿元，于2025年6月18日签约" in first
    assert "资金到位率仅为30%" in first and "施工许可尚未办结。" in first
    assert "未履约项目" not in first  # 已履约
    assert "123456万元" in texts["酒业文旅融合综合体项目"]
    assert "资金到位率为0%" in texts["民族工艺品文创产业园项目"]
    second = texts["猕猴桃精深加工项目"]
    assert "（一）督促企业完成设立登记。" in second and "（二）协调办理项目用地手续。" in second
    assert "发送‘项目推进提醒函’" in second  # 未履约: the clause applies
    assert texts["锂电池隔膜生产线项目"].count("湘西高新区管委会：") == 1
    assert any("“泸溪县”是地名" in w for w in report.warnings)
    assert any("实施期为2023—2025年" in n for n in report.notes)


def test_a_batch_where_every_row_is_skipped_fails_and_leaves_no_zip(tmp_path, corpus_documents):
    data = "项目名称,责任单位,签约时间,滞后环节\n甲项目,泸溪县,明年,开工\n乙项目,凤凰县,去年,开工\n".encode()
    with pytest.raises(NothingDrafted) as caught:
        draft_reminders(parse_ledger("a.csv", data), OPTIONS, corpus_documents, tmp_path / "l.zip")
    assert "2行都未能起草" in caught.value.message and "第2行（甲项目）" in caught.value.message
    assert not (tmp_path / "l.zip").exists()


def test_a_damaged_excel_ledger_is_explained_without_english_error_names():
    with pytest.raises(LedgerError) as caught:
        parse_ledger("台账.xlsx", b"not a zip")
    assert "Error" not in caught.value.message and "另存为" in caught.value.message


def test_a_sealed_letter_with_number_and_copy_block(corpus_documents):
    changes = {"sealed": "是", "doc_number": "州商务函〔2026〕12号", "copy_to": "州人民政府办公室，州发改委"}
    _, document = _document("reminder", corpus_documents, **changes)
    paragraphs = document.paragraphs
    assert (
        paragraphs[0].text == "州商务函〔2026〕12号" and paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    )
    date = next(p for p in paragraphs if p.text == "2026年11月23日")
    assert date._p.pPr.find(qn("w:ind")).get(qn("w:rightChars")) == "400"  # 右空四字
    issuer = next(p for p in paragraphs if p.text == "湘西自治州商务局")
    # centred over the date: 4 + (7 − 8) / 2 characters from the right margin (the date is 7 wide)
    assert issuer._p.pPr.find(qn("w:ind")).get(qn("w:rightChars")) == "350"
    assert paragraphs[-1].text == "抄送：州人民政府办公室，州发改委。"
    assert paragraphs[-1]._p.pPr.find(qn("w:pBdr")) is not None
