"""The verifier: numbers and unit names in an answer must be inside a cited quote."""

from assistant.verify import claims, keep_supported, unsupported

UNITS = ["州商务局", "州发改委", "市商务局", "州工信局"]
QUOTE = "力争到2025年,推动利用内外资迈上新台阶,实际使用外商直接投资金额超过3000万美元"


def test_a_number_in_the_quote_is_supported():
    assert unsupported("到2025年，实际使用外商直接投资金额超过3000万美元。", [QUOTE], UNITS) == []


def test_an_invented_number_is_reported():
    missing = unsupported("实际使用外资超过5000万美元。", [QUOTE], UNITS)
    assert [c.text for c in missing] == ["5000"]


def test_a_number_must_match_whole_not_as_part_of_a_longer_number():
    assert [c.text for c in unsupported("目标是300万美元。", [QUOTE], UNITS)] == ["300"]


def test_a_unit_name_missing_from_the_quotes_is_reported():
    quote = "(责任单位:州商务局、州发改委)"
    missing = unsupported("牵头单位是州工信局。", [quote], UNITS)
    assert [(c.kind, c.text) for c in missing] == [("unit", "州工信局")]


def test_an_unknown_unit_like_name_is_still_checked():
    missing = unsupported("由省财政厅负责。", ["(责任单位:州商务局)"], UNITS)
    assert any(c.kind == "unit" and c.text.endswith("财政厅") for c in missing)


def test_document_titles_in_book_brackets_are_not_claims():
    text = "《湘西自治州优势产业精准招商行动计划(2023-2025年)》写明牵头单位是州商务局。"
    assert unsupported(text, ["(责任单位:州商务局、州发改委)"], UNITS) == []


def test_the_place_written_beside_a_title_is_not_a_claim():
    # A provincial plan lists 杭州市 as a responsible unit, so 杭州市 is a known unit name; the place an answer
    # writes beside the title of 杭州's own plan names the source, it claims nothing.
    units = [*UNITS, "杭州市", "市市场监管局"]
    quote = "14.做好OPC陪跑服务。（责任单位：市市场监管局、市审管办）"
    text = "责任单位是：市市场监管局，见《杭州市打造全国“AI+OPC”创业新高地行动计划》（杭州市）“14.做好OPC陪跑服务”。"
    assert unsupported(text, [quote], units) == []
    # The same name anywhere else is still a claim to check.
    assert [c.text for c in unsupported("杭州市负责陪跑服务。", [quote], units)] == ["杭州市"]


def test_full_width_digits_are_compared_as_digits():
    assert unsupported("占比不低于30%。", ["高技术外资占比不低于30％"], UNITS) == []


def test_only_the_sentence_with_an_unsupported_claim_is_dropped():
    text = "牵头单位是州商务局。另有补贴500万元。"
    kept, dropped = keep_supported(text, ["(责任单位:州商务局、州发改委)"], UNITS)
    assert kept == "牵头单位是州商务局。"
    assert [c.text for c in dropped] == ["500"]


def test_claims_lists_numbers_and_units_in_reading_order():
    found = claims("州商务局牵头，到2025年超过3000万美元。", UNITS)
    assert [c.text for c in found if c.kind == "number"] == ["2025", "3000"]
    assert [c.text for c in found if c.kind == "unit"] == ["州商务局"]


def test_line_breaks_between_documents_survive_verification():
    text = "《甲》州商务局牵头。\n《乙》市商务局牵头。"
    kept, _ = keep_supported(text, ["州商务局、市商务局"], ["州商务局", "市商务局"])
    assert kept == text


def test_nested_document_titles_are_not_claims():
    answer = "《衡阳市人民政府办公室关于印发《衡阳市招商引资三年攻坚行动方案》的通知》“2建设招商引资项目库”的牵头单位是市发改委。"
    assert (
        unsupported(
            answer, ["2 | 建设招商引资项目库 | 市发改委 | 市商务局"], ["市发改委", "衡阳市人民政府办公室"]
        )
        == []
    )
