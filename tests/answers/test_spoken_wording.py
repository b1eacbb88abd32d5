"""Questions in spoken wording over a regulation: fillers the documents never write, a condition stated in the
clause beside the asked span, and parts the question asks besides the lead."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from assistant.evidence import coverage
from tests.answers.corpora import assistant_over

REGULATION = """测试市优化营商环境条例
2020年12月20日 测试市人民代表大会常务委员会通过 2021年3月1日 施行
第一章 总则
第一条 为了持续优化营商环境，激发市场主体活力，根据有关法律、行政法规，结合本市实际，制定本条例。
第二条 市、县（区）人民政府应当加强对优化营商环境工作的组织领导，建立健全统筹推进、督促落实的工作机制。
第六条 市人民政府设立的营商环境建设领导小组，负责研究优化营商环境的重大问题，协调解决跨部门事项。
营商环境建设领导小组的办事机构设在市发展改革主管部门，承担领导小组日常工作。
第七条 以跨境电子商务方式出口货物的，可以由跨境电子商务企业或者其委托的外贸综合服务企业收结汇。
第八条 高新技术产业开发区管理委员会（以下简称高新区管委会）作为市人民政府的派出机构，负责高新区的开发建设和管理。
第二章 政务服务
第十七条 全市政务服务事项应当按照有关规定统一纳入一体化在线政务服务平台办理，实行统一身份认证。
第十八条 市、县（区）人民政府市场监管部门应当推广企业开办登记、变更登记全程电子化，建立企业信息共享互认体系。
一般经营项目的企业开办，申请人提交材料齐全的，相关部门应当当场办结；不能当场办结的，应当在一个工作日内办结。
市、县（区）人民政府市场监管部门施行企业住所告知承诺制。
第十九条 市、县（区）人民政府按照电子证照相关规定，建立统一的电子证照服务系统和电子证照归集、应用机制。
第二十条 支持发放算力券，对企业租用算力的合理费用，可按照不高于合同实际执行金额的30%，给予最高500万元补助。
（一）强化项目跟踪督办。建立重点项目跟踪服务机制，对重点项目进展情况实施“周调度、月通报、年观摩”。
（二）珠江科技英才项目。加大对35岁以下青年科技人员扶持培养力度，每年选拔资助不少于50名青年科技人员。
（三）规范涉企收费。清理规范水电气暖等公用事业收费。（责任单位：供水、供电、供气、供热等公用企事业单位）
第二十一条 对来本市创新创业的顶尖人才团队，市人才工作主管部门可以在引进程序、扶持政策等方面一事一议，给予支持。
第二十二条 企业技术改造项目属于政府核准投资项目目录的，依法实行核准管理；其他项目实行备案管理。
企业技术改造项目核准、备案手续，统一通过投资项目在线审批监管平台办理。
第三章 法律责任
第三十条 违反本条例规定的行为，法律、行政法规已有法律责任规定的，从其规定。
第三十一条 供水、供电、供气、供热等公用企事业单位、中介服务机构违反本条例规定损害营商环境的，由有关部门责令改正，依照有关法律、法规追究相关责任，并将违法情况纳入信用信息共享平台。
行业协会、商会违反本条例规定的，由登记管理机关责令改正；有违法所得的，没收违法所得，可以并处违法所得三倍以上五倍以下罚款。
第三十二条 本条例自2021年3月1日起施行。
"""


@pytest.fixture(scope="module")
def regulation(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"ceshi_yingshang_huanjing.txt": REGULATION})


def test_a_spoken_seam_weighs_less_than_a_real_word_the_documents_lack(regulation):
    vocab = regulation.workspace.vocabulary
    # "材料齐了但当场办不了" leaves 齐了 / 办不: no document writes them, no dictionary lists them.
    assert vocab.is_filler("办不") and vocab.is_filler("齐了")
    assert not vocab.is_filler("当场")
    # 珠江 is a real word this regulation never uses: it keeps the rarest weight and can still sink a question.
    assert not vocab.is_filler("珠江")
    assert vocab.weight("办不") < vocab.weight("珠江")
    sentence = "不能当场办结的，应当在一个工作日内办结。"
    assert coverage("但当场办不 办结", sentence, vocab) > coverage("珠江当场 办结", sentence, vocab)


def test_the_asked_span_is_quoted_with_the_condition_stated_beside_it(regulation):
    answer = regulation.ask("一般经营项目开办企业，材料齐了但当场办不了的，几个工作日内办结")
    assert not answer.abstained
    assert "一个工作日内办结" in answer.answer
    # The condition the question states (材料齐全, 不能当场办结) is quoted with the span.
    assert "申请人提交材料齐全的" in answer.answer
    assert answer.citations[0].section.endswith("第十八条")


def test_a_word_like_yiban_is_not_a_figure_the_question_states(regulation):
    # "一般" reads as 1; the question states no number of days, so "一个工作日" answers it.
    answer = regulation.ask("一般项目的企业开办，不能当场办结的要几个工作日内办结")
    assert not answer.abstained
    assert "一个工作日" in answer.answer


def test_a_body_named_mid_sentence_answers_where_the_work_is_placed(regulation):
    answer = regulation.ask("营商环境建设领导小组的办事机构设在哪个部门")
    assert not answer.abstained
    assert answer.lead_unit == "市发展改革主管部门"
    assert "办事机构设在市发展改革主管部门" in answer.answer


def test_who_does_it_is_answered_by_the_sentence_that_says_so_naming_no_lead(regulation):
    answer = regulation.ask("以跨境电子商务方式出口的货物，可以由谁来收结汇")
    assert not answer.abstained
    assert "外贸综合服务企业收结汇" in answer.answer
    assert answer.lead_unit == ""
    # Asked who leads by the verb, an item that writes no lead still says so.
    asked_lead = regulation.ask("跨境电子商务出口货物收结汇谁牵头")
    assert "没有写明牵头单位" in asked_lead.answer


def test_a_claimed_holder_of_a_role_the_quote_gives_another_body_is_answered_no(regulation):
    wrong = regulation.ask("高新区管委会是不是区政府的派出机构")
    assert wrong.answer.startswith("不是。")
    assert "作为市人民政府的派出机构" in wrong.answer
    right = regulation.ask("高新区管委会是不是市政府的派出机构")
    assert right.answer.startswith("是。")


def test_a_question_asking_two_figures_gets_the_sentence_stating_both(regulation):
    answer = regulation.ask("企业租用算力最高补多少，按合同实际执行金额的几成")
    assert not answer.abstained
    assert "30%" in answer.answer and "500万元" in answer.answer


def test_an_item_whose_heading_reads_like_a_body_still_answers_with_its_sentence(regulation):
    # "强化项目跟踪督办" ends as a body's name does (…办); quoted as the item's name it sank the answer.
    answer = regulation.ask("重点项目的调度节奏是怎样的")
    assert not answer.abstained
    assert "周调度、月通报、年观摩" in answer.answer


def test_a_place_word_in_the_items_name_is_evidence_for_the_place_asked(regulation):
    # 珠江 reads as a place; it is named by the item's heading, not by the sentence quoted for it.
    answer = regulation.ask("珠江科技英才每年资助多少名青年科技人员")
    assert not answer.abstained
    assert "50名" in answer.answer


def test_an_item_whose_heading_names_a_unit_the_quote_lacks_still_answers(regulation):
    # The article opens with bodies another item lists as responsible; the sentence quoted for the fine does not
    # name them, so the item is named by its label.
    answer = regulation.ask("行业协会商会违规有违法所得的，可以并处几倍的罚款")
    assert not answer.abstained
    assert "三倍以上五倍以下罚款" in answer.answer


def test_the_day_a_regulation_takes_effect_is_cited_from_its_enacting_article(regulation):
    answer = regulation.ask("测试市优化营商环境条例是哪天开始施行的")
    assert "2021年3月1日" in answer.answer
    assert answer.citations[0].section.endswith("第三十二条")


def test_a_lead_question_asking_something_else_too_quotes_the_short_item_whole(regulation):
    answer = regulation.ask("顶尖人才团队来创新创业，可以怎么特殊支持，由谁来定")
    assert not answer.abstained
    assert answer.lead_unit == "市人才工作主管部门"
    assert "一事一议" in answer.answer


def test_a_universal_claim_the_item_grants_only_under_a_condition_is_answered_no(regulation):
    answer = regulation.ask("企业技改项目是不是都得走核准")
    assert answer.answer.startswith("不是。")
    assert "其他项目实行备案管理" in answer.answer
    assert any("其他项目实行备案管理" in c.quote for c in answer.citations)
