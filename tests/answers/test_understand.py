"""Parsing questions: intent, jurisdiction and unit words derived from the corpus, topic words."""

import pytest

from assistant.understand import Question


@pytest.mark.parametrize(
    ("text", "intent", "role"),
    [
        ("谁牵头精准开发招商项目", "lead", "lead"),
        ("湘西招商平台建设哪个部门牵头？", "lead", "lead"),
        ("湘西那个方案里产业链招商的责任单位有哪些", "units", "any"),
        ("精准开发招商项目的配合单位有哪些", "units", "cooperating"),
        ("到2025年外资目标是多少", "target", "any"),
        ("州工信局要牵头哪些事", "unit_tasks", "lead"),
        ("永州市商务局配合哪些工作", "unit_tasks", "cooperating"),
        ("州人社局有哪些任务", "unit_tasks", "any"),
        ("州科技局要牵头什么", "unit_tasks", "lead"),
        ("湘西怎么对接粤港澳大湾区", "open", "any"),
        ("州商务局负责考核哪些项目", "unit_tasks", "any"),
        ("州发改委牵头的活有哪些", "unit_tasks", "lead"),
        ("州人社局单独考核的有哪几项", "unit_tasks", "any"),
    ],
)
def test_colloquial_wording_gives_the_intent(helper, text, intent, role):
    q = helper.understand(text)
    assert (q.intent, q.role) == (intent, role)


def test_jurisdiction_words_come_from_the_documents(helper):
    assert helper.understand("湘西产业链招商谁牵头").jurisdictions == ("湘西州",)
    assert helper.understand("永州绘链精准招商谁牵头").jurisdictions == ("永州市",)
    assert helper.understand("咸宁网络招商谁负责").jurisdictions == ("咸宁市",)


def test_the_only_prefecture_is_meant_by_quanzhou(helper):
    assert helper.understand("州里精准选择招商方式是谁牵头").jurisdictions == ("湘西州",)


def test_shangwuju_in_a_question_about_xiangxi_means_the_prefecture_bureau(helper):
    q = helper.understand("湘西的商务局负责哪些任务")
    assert q.units == ("州商务局",)
    assert q.intent == "unit_tasks"


def test_a_prefecture_unit_name_implies_its_jurisdiction(helper):
    q = helper.understand("州工信局要牵头哪些事")
    assert q.units == ("州工信局",)
    assert q.jurisdictions == ("湘西州",)


def test_topic_keeps_the_task_words_and_drops_the_asking(helper):
    assert helper.understand("湘西那个方案里产业链招商的责任单位有哪些").topic == "产业链招商"
    assert helper.understand("谁牵头精准开发招商项目").topic == "精准开发招商项目"


def test_years_are_read(helper):
    assert helper.understand("到2025年外资目标是多少").years == (2025,)


def test_a_place_the_corpus_never_mentions_is_flagged(helper):
    assert helper.understand("杭州的招商引资政策有哪些").unknown_places == ("杭州",)


def test_two_jurisdictions_make_a_comparison(helper):
    q = helper.understand("永州和湘西的外资目标分别是多少")
    assert q.compare and set(q.jurisdictions) == {"湘西州", "永州市"}
    assert q.answer_intent == "compare"


def test_a_short_follow_up_inherits_the_previous_topic(helper):
    first = helper.understand("湘西产业链招商谁牵头")
    follow = helper.understand("那配合单位呢？", history=first)
    assert isinstance(follow, Question)
    assert follow.follow_up and follow.intent == "units" and follow.role == "cooperating"
    assert follow.topic == "产业链招商" and follow.jurisdictions == ("湘西州",)


def test_a_typo_in_an_asking_word_is_read_as_the_word(helper):
    q = helper.understand("湘西精准招商项目开发谁牵投")
    assert q.intent == "lead" and "牵投" not in q.topic
    assert q.text == "湘西精准招商项目开发谁牵投"
    assert helper.understand("精准开发招商项目的配和单位有哪些").role == "cooperating"


@pytest.mark.parametrize(
    ("text", "asking"),
    [
        ("咸宁每年要谋划多大的产业项目", "多大"),
        ("进博会那场在哪个城市", "那场"),
        ("进博会那场在哪个城市", "城市"),
    ],
)
def test_asking_words_and_deictic_fillers_are_not_topic(helper, text, asking):
    assert asking not in helper.understand(text).topic


def test_a_five_year_plan_s_short_name_is_offered_by_its_full_wording():
    from assistant.evidence import present_grams

    assert {"十三", "三五"} <= present_grams("《某市国民经济和社会发展第十三个五年规划纲要》")
    assert {"能耗"} <= present_grams("单位地区生产总值能源消耗降低15%")


def test_a_place_name_before_ji_is_a_level_kept_in_the_topic():
    from assistant.understand import _strip_keeping_levels

    stripped = _strip_keeping_levels("按国家粮食应急预案，出现国家级一级粮食应急状态", ["国家"])
    assert "国家级一级粮食应急状态" in stripped and "按 粮食应急预案" in stripped


def test_a_roman_numeral_level_is_offered_as_the_chinese_one():
    from assistant.evidence import present_grams

    assert {"级一", "一级"} <= present_grams("出现国家级（Ⅰ级）粮食应急状态时")
