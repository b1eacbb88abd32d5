"""Reciprocal rank fusion rewards agreement between rankings."""

from retrieval.fusion import reciprocal_rank_fusion


def test_an_item_ranked_well_by_both_lists_beats_one_ranked_first_by_one_list():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d", "a"]])
    assert [item for item, _ in fused][:2] == ["b", "a"]
    assert {item for item, _ in fused} == {"a", "b", "c", "d"}


def test_fusion_of_a_single_ranking_keeps_its_order():
    assert [item for item, _ in reciprocal_rank_fusion([["x", "y", "z"]])] == ["x", "y", "z"]
