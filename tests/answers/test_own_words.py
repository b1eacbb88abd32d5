"""Questions in a cadre's own words (issue 11): scaffolding, other role verbs, homophone typos, colloquial
numbers, 文号, yes/no, time, multi-part and cross-document questions, each answered from the records or declined
with what the document does say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import wording
from assistant.answer import Intent
from assistant.claims import amounts

ASSISTANT_DIR = Path(__file__).resolve().parents[2] / "assistant"


def test_the_lexicon_file_is_the_one_place_the_question_words_live():
    assert wording.LEXICON_FILE.name == "lexicon.toml"
    assert "另外还有" in wording.SCAFFOLDING and "主抓" in wording.SCAFFOLDING
    assert wording.LEAD.search("山东技改工作归口哪个部门管")
    assert wording.LEAD.search("这项工作谁在主抓")
    assert "技术改造" in wording.SYNONYMS["技改"] and "技改" in wording.SYNONYMS["技术改造"]


def test_no_module_of_the_assistant_uses_jiebas_process_wide_tokenizer():
    for path in ASSISTANT_DIR.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*import jieba|^\s*from jieba", source, re.M), path.name


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一千个亿", 1000e8),
        ("1000亿元", 1000e8),
        ("三千万美元", 3e7),
        ("3000万美元", 3e7),
        ("四成", 40),
        ("40%", 40),
    ],
)
def test_colloquial_amounts_read_as_the_figures_documents_write(text, value):
    assert value in amounts(text)


def test_a_homophone_typo_in_the_task_and_the_role_word_still_finds_the_lead(helper):
    answer = helper.ask("湘西精准开发招伤项目是哪个部门签头的")
    assert not answer.abstained
    assert answer.lead_unit == "州商务局"
    assert answer.answer.index("州商务局") < answer.answer.index("州发改委")


def test_a_yes_no_question_opens_with_yes_when_the_named_unit_leads(helper):
    answer = helper.ask("湘西精准开发招商项目是不是州商务局牵头？")
    assert answer.intent == Intent.YES_NO
    assert answer.answer.startswith("是。")


def test_a_yes_no_question_opens_with_no_and_names_the_real_lead_first(helper):
    answer = helper.ask("湘西精准开发招商项目是州发改委牵头吗")
    assert answer.answer.startswith("不是。")
    assert answer.answer.index("州商务局") < answer.answer.index("州发改委")


def test_a_claimed_figure_in_chinese_numerals_is_checked_against_the_quoted_target(helper):
    assert helper.ask("湘西到2025年实际到位省外境内资金是不是要超过三百四十亿元").answer.startswith("是。")
    assert helper.ask("湘西到2025年实际到位省外境内资金是不是要超过五百亿元").answer.startswith("不是。")


def test_the_year_inside_a_document_number_is_not_a_year_filter(helper):
    answer = helper.ask("长政发〔2017〕30号从哪天开始施行")
    assert not answer.abstained
    assert "2018年1月1日" in answer.answer


def test_the_date_a_plan_was_issued_is_read_from_its_signature_line(helper):
    answer = helper.ask("湘西行动计划是哪天印发的")
    assert "2022年12月26日" in answer.answer


def test_an_asked_amount_the_matched_item_does_not_state_is_declined_saying_what_it_does_say(helper):
    answer = helper.ask("湘西精准开发招商项目的专项经费是多少钱")
    assert answer.abstained
    assert "精准开发招商项目" in answer.answer and "没有写" in answer.answer


def test_a_two_part_question_gets_the_lead_and_the_figure_from_the_same_item(helper):
    answer = helper.ask("湘西精准开发招商项目谁牵头、每年要储备多少个")
    assert answer.lead_unit == "州商务局"
    assert "100个" in answer.answer


def test_each_place_in_a_cross_document_question_is_matched_in_its_own_words(helper):
    answer = helper.ask("湘西招商队伍建设和永州绘链精准招商分别是谁牵头")
    assert "州人社局" in answer.answer and "市商务局" in answer.answer
    assert {c.doc_id[:3] for c in answer.citations} >= {"000", "003"}


def test_every_answer_carries_one_confidence_and_a_declined_one_has_none(helper):
    answered = helper.ask("谁牵头精准开发招商项目")
    assert 0.0 < answered.confidence <= 1.0
    assert helper.ask("杭州的招商引资政策有哪些").confidence == 0.0


def test_a_city_jieba_reads_as_a_verb_and_that_has_no_document_is_declined(helper):
    answer = helper.ask("怀化承接产业转移的牵头单位是哪个")  # jieba tags 怀化 as a verb
    assert answer.abstained
    assert "怀化" in answer.answer


def test_a_yes_no_question_about_taking_part_names_the_items_units_lead_first(helper):
    answer = helper.ask("永州QFLP股权投资那块，市场监管局有没有参与")
    assert answer.answer.startswith("是。")
    assert (
        answer.answer.index("市商务局") < answer.answer.index("市市场监督管理局") < answer.answer.index("《")
    )
