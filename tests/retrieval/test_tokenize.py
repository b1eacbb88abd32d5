"""Tokens: jieba words and CJK bigrams, unit names kept whole, punctuation and function words dropped."""

from __future__ import annotations

from retrieval.tokenize import add_user_words, tokenize, user_words


def test_unit_names_become_single_tokens_once_added_as_user_words():
    add_user_words(["州文旅广电局"])
    assert "州文旅广电局" in tokenize("州商务局、州文旅广电局牵头")
    assert "州文旅广电局" in user_words()


def test_punctuation_and_function_words_are_dropped():
    tokens = tokenize("(责任单位:州商务局。)精准招商的牵头单位是什么？")
    assert not {"(", ":", "。", ")", "？", "的", "是", "什么"} & set(tokens)
    assert "牵头" in tokens or "牵头单位" in tokens


def test_full_width_and_half_width_text_give_the_same_tokens():
    assert tokenize("（一）实际使用外资超过３０００万美元") == tokenize("(一)实际使用外资超过3000万美元")


def test_bigrams_let_a_reworded_question_share_tokens_with_the_passage():
    passage = "实际使用外商直接投资金额超过3000万美元"
    # jieba keeps "外商投资" whole, so without bigrams the question and the passage share no token at all.
    assert not set(tokenize("外商投资", bigrams=False)) & set(tokenize(passage, bigrams=False))
    assert {"外商", "投资"} <= set(tokenize("外商投资")) & set(tokenize(passage))


def test_function_words_break_bigram_runs():
    assert "的项" not in tokenize("开发招商的项目")
