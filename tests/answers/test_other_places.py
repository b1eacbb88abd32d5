"""Documents from other places read and asked as a cadre there would: a city that a provincial list names as a
unit, a figure whose item has a lead, a short name of a title, a date printed under the title, a place typed
inside a title's name, a title ending in 政策（试行）. Real excerpts (宁波 甬政办发〔2026〕7号, 杭州 AI+OPC 行动计划,
浙江省 算力 清单, 深圳经济特区外商投资条例, 杭州大江东产业集聚区管理条例, 柳河县 and 沙湾县 招商 policies, 广州市
居家社区养老服务管理办法), the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

NINGBO = """宁波市人民政府办公厅关于支持人工智能OPC创新创业发展的若干意见
甬政办发〔2026〕7号
（一）建设OPC实体社区。支持中心城区盘活利用存量楼宇打造OPC社区。到2028年底，打造市级OPC社区10个以上，全市集聚OPC创业者超过10000人。（责任单位：市经信局、市发改委。列第一位的为牵头单位，下同）
（三）加强算力服务供给。统筹全市算力基础设施建设，为OPC提供轻量化、低成本算力服务。（责任单位：市发改委、市数据局、通商控股集团）支持OPC开展自主研发或深度应用，按不超过算力、语料、模型（算法）合同执行金额的30%、最高800万元的标准给予补助。（责任单位：市经信局）
宁波市人民政府办公厅
2026年4月20日
"""

HANGZHOU = """杭州市打造全国“AI+OPC”创业新高地行动计划（2026—2028年）（征求意见稿）
二、重点任务
14.做好OPC陪跑服务。支持市相关部门及属地政府设立OPC服务驿站和服务专员，编制“OPC入市陪伴手册”。到2028年，全市组建OPC创业陪跑团50个以上。（责任单位：市市场监管局、市审管办、市科技局）
杭州市科学技术局2026年5月25日发布，征求意见截止2026年6月24日。
"""

ZHEJIANG = """浙江省人工智能算力重点任务清单
1.建设省级算力调度平台。（责任单位：省发展改革委、杭州市）
"""

SHENZHEN = """深圳经济特区外商投资条例
第十三条 市商务部门应当会同其他相关部门通过优化资金、人才、物流、通关等措施，鼓励外国投资者在特区内设立跨国公司地区总部和各类功能性机构。
第二十六条 市商务部门负责外商投资企业及其投资者的投诉处理，受理涉及市级事权、影响重大、上级部门转交以及跨区的外商投资投诉事项，并定期通报投诉处理情况。
第四十六条 本条例自2022年11月1日起实施。
"""

DAJIANGDONG = """杭州大江东产业集聚区管理条例
第四条 杭州大江东产业集聚区管理委员会（以下简称大江东集聚区管委会）是市人民政府的派出机构，负责大江东集聚区的建设和管理工作。
在保持萧山区行政区划、司法管辖和汇总统计口径不变的前提下，大江东集聚区管委会在其管理范围内依法行使相当于县级的经济管理权限。
第十三条 大江东集聚区管委会依照有关法律、法规的规定，负责征收集体所有土地房屋的补偿管理工作。
第十四条 大江东集聚区管委会受市人民政府的委托，负责大江东集聚区内国有土地上房屋的征收补偿工作。
第十条 大江东集聚区的控制性详细规划由大江东集聚区管委会组织编制，经市城乡规划主管部门审查后，由大江东集聚区管委会和市城乡规划主管部门共同报请市人民政府批准。
第三十条 本条例自2017年5月1日起施行。
"""

LIUHE = """中共柳河县委 柳河县人民政府
关于支持重点产业加快发展的实施意见
(2023年2月8日)
一、政策支持
第1条 设立总规模不低于1亿元的重点产业发展引导资金。
二、组织保障
第20条 成立柳河县重点产业工作领导小组，领导小组下设办公室。办公室主任由分管副县长兼任，副主任由县商务局局长和县工信局局长兼任。县商务局负责新建重点产业项目相关工作，县工信局负责技改重点产业项目相关工作。
"""

SHAWAN = """沙湾县鼓励投资和招商引资优惠政策（试行）
第一条 为营造良好的投资环境，鼓励投资者参与沙湾县开发建设，制定本优惠办法。
第二十五条 本优惠办法由县招商局商园区管委会负责解释。
中共沙湾县委办公室
2014年3月29日印发
"""

GUANGZHOU = """广州市人民政府办公厅关于印发广州市居家社区养老服务管理办法的通知 - 广州市人民政府门户网站
第十四条 社会力量承租政府和国有企业事业单位所有的非住宅房产用于养老服务，租赁期最长可延长至20年。可按以下标准享受租金优惠：
（一）承租政府和事业单位公有非住宅房产的，租金标准以市场租金参考价或评估价的50%计算和收取；
（二）承租国有企业非住宅房产的，租金标准以市场租金参考价或评估价的75%计算和收取。
第五条 市民政部门是本市居家社区养老服务工作的主管部门，负责居家社区养老服务的统筹、指导、管理以及监督等工作。
第六条 市、区财政部门负责居家社区养老服务财政资金保障工作。市医疗保障部门负责组织实施长期护理保险制度工作。
第三十三条 居家社区养老服务组织运营区级、街道（镇）级社区养老服务设施满12个月且经服务评估评定为合格及以上等级的，应当享受相应等级的服务奖励。
（一）区级社区养老服务设施服务评估为优秀、良好、合格等级的，每年每个分别给予40万元、30万元、20万元服务奖励。
（二）街道（镇）级社区养老服务设施服务评估为优秀、良好、合格等级的，每年每个分别给予30万元、20万元、10万元服务奖励。
第五十二条 本办法自印发之日起施行，有效期5年。
"""


YIWU = """义乌国际贸易综合改革试验区条例
第七条 义乌国际贸易综合改革试验区管理委员会（以下简称义乌试验区管委会）作为省人民政府的派出机构，负责义乌试验区的统筹规划、开发建设管理、重大项目招商布局等工作。
第九条 省人民政府及其有关部门、金华市人民政府应当按照规定职责，支持义乌试验区的各项工作。
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "ningbo.txt": NINGBO,
            "hangzhou.txt": HANGZHOU,
            "zhejiang.txt": ZHEJIANG,
            "shenzhen.txt": SHENZHEN,
            "dajiangdong.txt": DAJIANGDONG,
            "liuhe.txt": LIUHE,
            "shawan.txt": SHAWAN,
            "guangzhou.txt": GUANGZHOU,
            "yiwu.txt": YIWU,
        },
    )


def test_a_city_some_list_names_as_a_unit_does_not_sink_answers_about_its_own_plan(corpus: Assistant):
    # 杭州市 is a responsible unit in the provincial list; the answer names 杭州's plan with its place.
    answer = corpus.ask("杭州AI+OPC行动计划里陪跑服务是哪些部门负责？")
    assert not answer.abstained
    assert answer.units[:2] == ("市市场监管局", "市审管办")
    assert "（杭州市）" in answer.answer


def test_a_figure_from_an_item_names_the_items_lead_first(corpus: Assistant):
    answer = corpus.ask("宁波给OPC买算力语料的补助，按合同金额的多少比例，封顶多少？")
    assert not answer.abstained
    assert answer.answer.startswith("牵头单位是市经信局")
    assert answer.lead_unit == "市经信局"
    assert "30%" in answer.answer and "最高800万元" in answer.answer
    # The lead is quoted: the item's bracket is among the citations.
    assert any("（责任单位：市经信局）" in c.quote for c in answer.citations)


def test_a_target_names_the_lead_of_its_own_item(corpus: Assistant):
    answer = corpus.ask("宁波到二〇二八年底要建成多少个市级OPC社区？")
    assert answer.lead_unit == "市经信局"
    assert "10个以上" in answer.answer


def test_a_sentence_with_its_own_actor_is_not_given_the_items_lead(corpus: Assistant):
    # 第二十六条's actor is in the quoted sentence itself; nothing is put before it.
    answer = corpus.ask("深圳外资条例里外企投诉归哪个部门处理？")
    assert not answer.abstained
    assert answer.lead_unit == "市商务部门"


def test_a_short_name_of_the_title_names_the_document_not_the_topic(corpus: Assistant):
    answer = corpus.ask("深圳外资条例里吸引跨国公司设地区总部，哪个部门会同其他部门？")
    assert not answer.abstained
    assert "市商务部门" in answer.answer


def test_a_place_typed_inside_a_titles_name_is_not_a_place_of_its_own(corpus: Assistant):
    # 江东 is a place name; typed inside 大江东产业集聚区 it names the regulation.
    answer = corpus.ask("大江东产业集聚区管理条例从哪天起施行？")
    assert not answer.abstained
    assert "2017年5月1日" in answer.answer


def test_the_date_printed_under_the_title_dates_the_document(corpus: Assistant):
    # "实施意见" holds 实施: it names the document; "哪天出的" asks its own date.
    answer = corpus.ask("柳河支持重点产业加快发展的实施意见是哪天出的？")
    assert not answer.abstained
    assert "2023年2月8日" in answer.answer


def test_a_policy_titled_zhengce_has_its_title_and_its_printing_date(corpus: Assistant):
    doc = next(d for d in corpus.workspace.documents if d.doc_id == "shawan")
    assert doc.title == "沙湾县鼓励投资和招商引资优惠政策（试行）"
    assert doc.meta.date == "2014-03-29"
    assert doc.meta.issuer == "中共沙湾县委办公室"
    answer = corpus.ask("沙湾县招商引资优惠政策是什么时候印发的？")
    assert "“2014年3月29日印发”" in answer.answer


def test_a_page_titles_site_suffix_is_not_the_documents_title(corpus: Assistant):
    doc = next(d for d in corpus.workspace.documents if d.doc_id == "guangzhou")
    assert doc.title == "广州市人民政府办公厅关于印发广州市居家社区养老服务管理办法的通知"


def test_each_body_acting_in_its_own_clause_answers_its_own_work(corpus: Assistant):
    # "县商务局负责新建…工作，县工信局负责技改…工作": the clause carrying 技改 names who does it.
    answer = corpus.ask("柳河重点产业意见里技改项目是县商务局负责的吧？")
    assert answer.answer.startswith("不是")
    assert "县工信局" in answer.answer
    answer = corpus.ask("柳河重点产业政策，企业搞技术改造的项目是哪个部门负责？")
    assert answer.lead_unit == "县工信局"


def test_a_claim_closing_with_guan_claims_who_is_responsible(corpus: Assistant):
    answer = corpus.ask("柳河2023年那个意见，新建重点产业项目是不是商务局管？")
    assert answer.answer.startswith("是")
    assert "县商务局" in answer.answer


def test_a_short_name_that_is_also_the_asked_subject_is_read_again_as_topic(corpus: Assistant):
    # The short name "外资条例" leaves the topic; where nothing is found without it, it is read as topic too.
    q = corpus.understand("深圳外资条例里外企投诉归哪个部门处理？")
    # (条例 alone, the kind of document, is no topic word either way.)
    assert "外资" not in q.topic and "外资" in q.named_as


def test_an_item_whose_sentences_carry_their_own_brackets_is_answered_sentence_by_sentence(corpus: Assistant):
    # （三） names 市发改委… after its first sentence and 市经信局 after its second: no one lead for the item.
    # Asked by the item's heading: the sentence it matches best (算力服务) answers with its lead, or, where the
    # sentences match alike, each sentence's lead is given; never "未写明牵头单位".
    answer = corpus.ask("宁波那个意见里加强算力服务供给谁牵头？")
    assert answer.answer.startswith("牵头单位是市发改委")
    assert "未写明牵头单位" not in answer.answer
    # Asked in the words of one sentence, that sentence's lead answers.
    answer = corpus.ask("宁波意见里统筹全市算力基础设施建设谁牵头？")
    assert answer.lead_unit == "市发改委"


def test_a_year_calling_a_document_by_its_date_filters_nothing(corpus: Assistant):
    # "2023年产业意见" is the 意见 issued in 2023, not a target year.
    assert corpus.understand("柳河2023年产业意见里引导资金总规模多少？").years == ()
    answer = corpus.ask("柳河2023年产业意见里引导资金总规模多少？")
    assert not answer.abstained and "1亿元" in answer.answer


def test_a_body_consulting_or_acting_for_another_is_the_one_that_acts(corpus: Assistant):
    # "县招商局商园区管委会负责解释", "管委会受市人民政府的委托，负责…": one acting body, not one long name.
    answer = corpus.ask("沙湾县招商优惠政策（试行）最后由谁负责解释？")
    assert answer.lead_unit == "县招商局"
    answer = corpus.ask("大江东那个条例，国有土地上的房屋征收补偿谁来搞？")
    assert answer.lead_unit == "大江东集聚区管委会"


def test_a_target_for_a_year_the_document_sets_none_for_is_declined_showing_what_it_sets(corpus: Assistant):
    answer = corpus.ask("宁波到2026年底要建成多少个市级OPC社区？")
    assert answer.abstained
    assert answer.answer.startswith("文件中没有找到所问年份的目标")
    assert "10个以上" in answer.answer and any("10个以上" in c.quote for c in answer.citations)


def test_parts_compared_inside_the_one_document_named_are_not_a_comparison_of_documents(corpus: Assistant):
    # "分别" compares 优秀、良好、合格 within 广州's rule; "区级" is a level inside 广州, not another place.
    q = corpus.understand("广州养老办法里区级社区养老设施评估优秀、良好、合格分别奖多少？")
    assert not q.compare and q.jurisdictions == ("广州市",)
    answer = corpus.ask("广州养老办法里区级社区养老设施评估优秀、良好、合格分别奖多少？")
    assert "40万元、30万元、20万元" in answer.answer


def test_a_body_typed_short_before_its_head_noun_is_found(corpus: Assistant):
    # 市医保部门 for 市医疗保障部门, 大江东管委会 for 大江东集聚区管委会.
    answer = corpus.ask("市医保部门在广州这个养老办法里负责什么？")
    assert not answer.abstained and "长期护理保险制度" in answer.answer
    assert corpus.workspace.vocabulary.abbreviated_unit("大江东管委会") == "大江东集聚区管委会"


def test_a_units_tasks_asked_about_a_field_are_those_of_that_field(corpus: Assistant):
    answer = corpus.ask("大江东管委会在土地房屋征收上管哪些事？")
    assert "征收集体所有土地房屋的补偿管理工作" in answer.answer
    assert "建设和管理工作" not in answer.answer
    assert answer.answer.count("在《杭州大江东产业集聚区管理条例》") == 1


def test_a_claim_naming_another_body_where_the_rule_names_its_own_is_answered_no(corpus: Assistant):
    answer = corpus.ask("大江东集聚区管委会是萧山区政府的派出机构吗？")
    assert answer.answer.startswith("不是")
    answer = corpus.ask("大江东集聚区管委会是市人民政府的派出机构吗？")
    assert answer.answer.startswith("是")


def test_two_documents_one_named_by_its_place_the_other_by_its_subject_are_each_answered(corpus: Assistant):
    # "管理条例" holds 管, an asking word alone ("谁管") but part of a name here; 实施 and 施行 both date it.
    answer = corpus.ask("深圳外商投资条例和大江东管理条例各是哪天施行的？")
    assert "2022年11月1日" in answer.answer and "2017年5月1日" in answer.answer


def test_a_document_named_by_its_subject_before_the_asking_word(corpus: Assistant):
    q = corpus.understand("大江东那边的控规是哪几家一起报市政府批的？")
    assert q.named_docs == ("dajiangdong",)
    # 控规 is the 控制性详细规划 the article writes, 市政府 its 市人民政府; the bodies named are whole names,
    # not "…和市城乡规划主管部门共同报请市人民政府".
    answer = corpus.ask("大江东那边的控规是哪几家一起报市政府批的？")
    assert not answer.abstained and "大江东集聚区管委会" in answer.answer
    assert not any("共同" in u or "报请" in u for u in answer.units)


def test_the_date_and_the_signing_body_asked_together(corpus: Assistant):
    answer = corpus.ask("嗯那个，宁波OPC意见是哪天发的，落款是哪个单位来着？")
    assert "2026年4月20日" in answer.answer and "宁波市人民政府办公厅" in answer.answer


def test_a_document_called_this_plan_with_its_short_name_is_dated(corpus: Assistant):
    # "这个…意见" opens the short name; "几月几号" only asks.
    answer = corpus.ask("宁波这个OPC若干意见是几月几号印发的？")
    assert "2026年4月20日" in answer.answer


def test_a_claim_the_best_match_leaves_open_is_settled_by_another_matched_passage(corpus: Assistant):
    # 第九条 names 金华市人民政府 but says nothing of a 派出机构; 第七条 says whose 派出机构 the 管委会 is.
    answer = corpus.ask("义乌试验区管委会是不是金华市政府的派出机构")
    assert answer.answer.startswith("不是")
    assert any("省人民政府的派出机构" in c.quote for c in answer.citations)


def test_a_body_with_a_name_of_its_own_picks_the_documents_that_name_it(corpus: Assistant):
    # 柳河's 领导小组办公室 has a 主任; nothing says who heads 大江东集聚区管委会.
    answer = corpus.ask("大江东集聚区管委会主任由谁兼任？")
    assert answer.abstained and "柳河" not in answer.answer


def test_a_document_that_prints_no_wen_hao_is_said_to_print_none(corpus: Assistant):
    answer = corpus.ask("柳河支持重点产业加快发展的实施意见文号是多少？")
    assert answer.abstained
    assert answer.answer == "《关于支持重点产业加快发展的实施意见》（柳河县）没有印出文号。"


def test_how_long_a_document_is_valid_is_read_from_the_sentence_stating_it(corpus: Assistant):
    answer = corpus.ask("广州养老办法的有效期是几年？")
    assert "有效期5年" in answer.answer
    # A document that states no term: said so, not a rhythm or a deadline from elsewhere.
    answer = corpus.ask("沙湾那个优惠政策什么时候到期？")
    assert answer.abstained and "没有写明有效期" in answer.answer


def test_a_second_part_asks_of_the_document_the_question_names(corpus: Assistant):
    # "有效期多久" names no document: it asks of 广州's 办法, not of whichever plan states a term.
    answer = corpus.ask("广州养老办法的主管部门是谁，有效期多久？")
    assert all(c.doc_id == "guangzhou" for c in answer.citations)
    assert "有效期5年" in answer.answer or "市民政部门" in answer.answer
    # The document's own 主管部门, asked with no other topic, is the body the text calls so.
    assert corpus.ask("广州养老办法的主管部门是谁？").lead_unit == "市民政部门"


def test_a_closing_date_asked_is_read_from_the_line_that_states_it(corpus: Assistant):
    answer = corpus.ask("杭州这个AI+OPC行动计划的征求意见什么时候截止？")
    assert not answer.abstained and "征求意见截止2026年6月24日" in answer.answer


def test_a_scale_asked_is_answered_by_counts(corpus: Assistant):
    # "啥规模" asks how many (社区, 创业者), not only how much money.
    answer = corpus.ask("宁波到2028年底OPC社区和创业者要做到啥规模？")
    assert not answer.abstained and "10个以上" in answer.answer


def test_two_documents_of_one_place_and_another_are_each_dated_without_an_items_lead(corpus: Assistant):
    answer = corpus.ask("大江东管理条例施行日期和深圳外商投资条例施行日期，哪个早？")
    assert "2017年5月1日" in answer.answer and "2022年11月1日" in answer.answer
    assert "负责单位" not in answer.answer and "牵头单位" not in answer.answer


def test_two_documents_of_one_place_compared_are_each_answered(corpus: Assistant):
    # The first is named by its short name, the second by its subject before 分别: each is dated.
    answer = corpus.ask("大江东管理条例和深圳外商投资条例分别是从哪天开始施行的")
    assert "2017年5月1日" in answer.answer and "2022年11月1日" in answer.answer
