"""A city's commitment list (承诺清单) as a page prints it — its title inside 《》, items numbered 1. 2. — asked for
"第1条" and by its short name, a place's regulation asked beside another place's 征求意见稿, and a place typed before a
bare 部门 in a document's name. Excerpts written in the form such pages take; the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from corpus.pipeline import parse_bytes
from tests.answers.corpora import assistant_over

PROMISES = """<html><head><title>《嘉兴市优化营商环境“三心”服务承诺清单》(2024年版)</title></head><body>
<p>《嘉兴市优化营商环境“三心”服务承诺清单》(2024年版)</p>
<p>一、政策制定更用心</p>
<p>1.落实企业家参与涉企政策制定。制定涉企政策前充分听取企业意见。责任单位：市政府办公室、市发展改革委、市商务局。完成时限：全年。</p>
<p>2.多形式开展营商环境政策解读。责任单位：市司法局、市数据局。完成时限：2024年6月底前。</p>
</body></html>"""

REGULATION = """湖北省某某促进条例
第四十三条　制定与市场主体生产经营活动密切相关的地方性法规、政府规章，应当向社会公开征求意见。向社会公开征求意见的期限一般不少于三十日。
"""

OTHER = """嘉兴市支持人工智能OPC创新发展若干措施
一、支持创业。市科技局负责OPC创业社区认定。
"""

DRAFT = """广东省某某市促进民营经济发展若干措施（征求意见稿）
一、优化政策征求意见机制。市发展改革局负责建立涉企政策征求意见机制。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {"chengnuo.html": PROMISES, "hubei.txt": REGULATION, "draft.txt": DRAFT, "opc.txt": OTHER},
    )


def test_a_title_printed_inside_book_title_marks_is_read_without_them():
    meta = parse_bytes("chengnuo.html", PROMISES.encode("utf-8")).meta
    assert meta.title == "嘉兴市优化营商环境“三心”服务承诺清单(2024年版)"
    quoted = parse_bytes(
        "q.txt", '"海南自由贸易港某某条例"\n第一条　为了优化营商环境，制定本条例。\n'.encode()
    )
    assert quoted.meta.title == "海南自由贸易港某某条例"


def test_the_first_article_of_a_list_without_articles_is_its_first_item(assistant: Assistant):
    answer = assistant.ask("三心清单第1条的责任单位有哪些？")
    assert "市政府办公室" in answer.answer and "市商务局" in answer.answer
    assert "市司法局" not in answer.answer.split("出处")[0]


def test_a_claim_that_a_unit_is_among_an_item_s_units(assistant: Assistant):
    assert assistant.ask("嘉兴三心清单第1条的责任单位里有市商务局吗？").answer.startswith("是")
    assert assistant.ask("嘉兴三心清单第1条的责任单位里有市司法局吗？").answer.startswith("不是")


def test_a_place_named_outweighs_words_another_place_s_title_has(assistant: Assistant):
    answer = assistant.ask("湖北条例里法规规章向社会公开征求意见，一般不少于多少天？")
    assert not answer.abstained and "三十日" in answer.answer
    assert all(c.doc_id.startswith("hubei") for c in answer.citations)


def test_a_place_s_document_of_the_kind_typed_and_its_numbered_item_s_deadline(assistant: Assistant):
    # 嘉兴 has a 清单 and a 措施: "嘉兴清单" is the list, and its second item's deadline is asked by number
    answer = assistant.ask("嘉兴清单第2条完成时限是什么？")
    assert not answer.abstained and "2024年6月底前" in answer.answer
    assert all(c.doc_id.startswith("chengnuo") for c in answer.citations)
