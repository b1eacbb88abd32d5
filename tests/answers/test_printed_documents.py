"""Questions about documents uploaded as typeset text layers and as web pages, in their readers' words: a year typed
in ASCII against a plan printing full-width digits, a 文号 typed so, an article asked by its number, the term of
something a document grants (not the document's own), a body named to an office's role doing its work, a document
called by its 举措. Real excerpts (贵州省培育壮大市场主体行动方案, 广州市就业见习基地管理办法, 温州 OPC 若干举措, 武汉 OPC
生态社区建设指引), the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over
from tests.corpus.test_typeset_text_layers import GUIZHOU

TRAINEES = """广州市人力资源和社会保障局广州市财政局关于印发广州市就业见习
基地管理办法的通知
穗人社规字〔2019〕6号
第三条 市人力资源社会保障局是本市就业见习基地管理工作行政主管部门，负责本办法组织实施。
市高校毕业生公共就业服务机构是本市就业见习基地日常管理机构，负责就业见习基地申请材料受理和评估。
市财政局按照职责，协同实施本办法。
第二十三条 本办法自印发之日起施行，有效期5年。
"""

WENZHOU = """关于加快打造人工智能OPC创业高地的若干举措
为构建人工智能OPC创业新生态，助力温州打造“人工智能OPC创业高地”，特制定以下17条举措。
一、支持对象
本政策适用于在温州市依法登记注册的人工智能OPC，以及按本政策可享受扶持政策的OPC社区运营主体。
1.建设OPC创业社区。到2028年底，全市建成10个以上OPC创业社区。
施行说明：
本政策自印发之日起施行，有效期至2028年12月31日。
温州市委教育科技人才一体化委员会办公室2026年3月中旬印发
"""

WUHAN = """武汉市人工智能OPC生态社区建设指引
四、认定流程
市科创局每年发布OPC生态社区认定通知，明确申报时间、材料要求及流程。各区科创管理部门负责审核推荐。
施行说明：本指引自2026年3月18日起施行，有效期至2028年12月31日。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {"guizhou.md": GUIZHOU, "trainees.txt": TRAINEES, "wenzhou.txt": WENZHOU, "wuhan.txt": WUHAN},
    )


def test_a_year_typed_in_ascii_finds_a_plan_printing_full_width_digits(assistant: Assistant):
    answer = assistant.ask("贵州培育市场主体方案，到2025年全省市场主体总量要突破多少万户？")
    assert not answer.abstained
    assert "５５０万户" in answer.answer  # quoted as printed


def test_a_doc_number_typed_in_ascii_names_the_printed_one(assistant: Assistant):
    answer = assistant.ask("黔府发〔2022〕8号里用地保障谁牵头？")
    assert answer.lead_unit == "省自然资源厅"


def test_an_article_asked_by_its_number(assistant: Assistant):
    answer = assistant.ask("广州见习基地管理办法第三条里点到了哪几个单位？")
    assert {"市人力资源社会保障局", "市高校毕业生公共就业服务机构", "市财政局"} <= set(answer.units)


def test_the_body_named_to_an_offices_role_does_its_work(assistant: Assistant):
    answer = assistant.ask("那个，穗人社规字〔2019〕6号里见习基地的申请材料受理和评估归哪个机构？")
    assert answer.lead_unit == "市高校毕业生公共就业服务机构"


def test_a_document_called_by_its_juocuo(assistant: Assistant):
    answer = assistant.ask("温州OPC若干举措有效期到什么时候？")
    assert "2028年12月31日" in answer.answer


def test_the_term_of_what_a_document_grants_is_not_the_documents_own(assistant: Assistant):
    answer = assistant.ask("武汉生态社区认定以后有效期几年？")
    assert "2028年12月31日" not in answer.answer  # the guide's own term answers nothing about a recognition
    own = assistant.ask("武汉OPC生态社区建设指引有效期到哪天？")
    assert "2028年12月31日" in own.answer


def test_a_plans_clause_is_listed_under_its_items_name(assistant: Assistant):
    answer = assistant.ask("贵州市场主体方案里，省税务局牵头的是哪些事？")
    assert "大力培育上市企业：" in answer.answer  # the item a reader finds the clause under


def test_the_sentence_stating_the_term_answers_not_one_speaking_of_it(
    tmp_path_factory: pytest.TempPathFactory,
):
    housing = """广州市公共租赁住房管理办法
第五十三条 公共租赁住房的具体管理细则由市住房城乡建设局另行制定。
第五十四条 本办法自印发之日起施行，有效期5年。有效期届满，根据实施情况依法评估修订。
"""
    answer = assistant_over(tmp_path_factory, {"housing.txt": housing}).ask("广州公租房办法有效期多久？")
    assert "有效期5年" in answer.answer
