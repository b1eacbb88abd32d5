"""A deterministic synthetic corpus of investment-promotion action plans, for scale benchmarks.

Each document reads like the shipped ones: a notice, a preamble, 一、总体要求 with (一)/(二), 二、重点任务 with
numbered items (some with 1./2. sub-points), each ending in a 责任单位 list of 州/市/县 units where the first
leads, quantitative targets ("实际使用外资超过3000万美元"), 三、保障措施, a validity line. Alongside the text the
generator returns the structure it wrote (sections, tasks with exact offsets), so the index can be built
without the corpus parser when it is not available.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from corpus.model import DocumentMeta, PolicyDocument, Section, Target, Task

NUMERALS = "一二三四五六七八九十"

# (place as written in titles, jurisdiction as the corpus records it, unit prefix)
PLACES = [
    ("湘西自治州", "湘西州", "州"),
    ("恩施土家族苗族自治州", "恩施州", "州"),
    ("黔东南苗族侗族自治州", "黔东南州", "州"),
    ("长沙市", "长沙市", "市"),
    ("株洲市", "株洲市", "市"),
    ("湘潭市", "湘潭市", "市"),
    ("衡阳市", "衡阳市", "市"),
    ("邵阳市", "邵阳市", "市"),
    ("岳阳市", "岳阳市", "市"),
    ("常德市", "常德市", "市"),
    ("张家界市", "张家界市", "市"),
    ("益阳市", "益阳市", "市"),
    ("郴州市", "郴州市", "市"),
    ("永州市", "永州市", "市"),
    ("怀化市", "怀化市", "市"),
    ("娄底市", "娄底市", "市"),
    ("咸宁市", "咸宁市", "市"),
    ("宜昌市", "宜昌市", "市"),
    ("襄阳市", "襄阳市", "市"),
    ("赣州市", "赣州市", "市"),
    ("九江市", "九江市", "市"),
    ("南阳市", "南阳市", "市"),
    ("洛阳市", "洛阳市", "市"),
    ("遵义市", "遵义市", "市"),
    ("柳州市", "柳州市", "市"),
    ("桂林市", "桂林市", "市"),
    ("芜湖市", "芜湖市", "市"),
    ("吉首市", "吉首市", "市"),
    ("浏阳市", "浏阳市", "市"),
    ("醴陵市", "醴陵市", "市"),
    ("凤凰县", "凤凰县", "县"),
    ("龙山县", "龙山县", "县"),
    ("宁乡市", "宁乡市", "市"),
    ("汨罗市", "汨罗市", "市"),
    ("花垣县", "花垣县", "县"),
]

DEPARTMENTS = [
    "商务局",
    "发改委",
    "工信局",
    "财政局",
    "自然资源和规划局",
    "生态环境局",
    "农业农村局",
    "文旅广电局",
    "科技局",
    "人社局",
    "税务局",
    "市场监管局",
    "审计局",
    "司法局",
    "政府办",
    "工商联",
    "贸促会",
    "侨联",
    "住建局",
    "交通运输局",
    "教育局",
    "卫健委",
    "金融办",
    "政务服务局",
    "招商和投资促进局",
    "统计局",
    "林业局",
    "外事办",
]
COLLECTIVES = {
    "州": ["各县市人民政府", "各省级园区管委会", "湘西高新区管委会"],
    "市": ["各区县(市)人民政府", "各园区管委会", "高新区管委会", "经开区管委会"],
    "县": ["各乡镇人民政府", "县工业集中区管委会"],
}

VERBS = [
    "精准开发",
    "精准培育",
    "精准构筑",
    "精准选择",
    "强化",
    "优化",
    "加快构建",
    "深化",
    "完善",
    "健全",
    "创新",
    "推进",
    "拓展",
    "提升",
    "做大做强",
    "大力发展",
    "着力打造",
    "持续开展",
]
OBJECTS = [
    "招商项目",
    "招商主体",
    "招商平台",
    "招商方式",
    "产业链招商",
    "招商工作机制",
    "投资环境",
    "招商监督管理",
    "以商招商",
    "外资利用",
    "跨境电商",
    "园区承载能力",
    "总部经济",
    "乡贤回归",
    "科技招商",
    "飞地经济",
    "驻点招商",
    "基金招商",
    "要素保障",
    "人才引进",
    "对外贸易",
    "企业走出去",
    "项目履约",
    "招商队伍建设",
    "招商信息平台",
    "营商环境",
    "产业园区建设",
    "招商宣传推介",
]
INDUSTRIES = [
    "新材料",
    "电子信息",
    "生物医药",
    "工程机械",
    "文化旅游",
    "特色农业",
    "商贸物流",
    "酒业",
    "绿色矿业",
    "新能源",
    "装备制造",
    "食品加工",
    "中医药",
    "数字经济",
    "现代服务业",
    "节能环保",
    "汽车零部件",
]
ACTIVITIES = ["“港洽周”", "“沪洽周”", "“中博会”", "“全球湘商大会”", "“进博会”", "“广交会”", "“投洽会”"]
REGIONS = ["粤港澳大湾区", "长三角", "京津冀", "成渝地区", "北部湾", "海峡西岸"]

TARGET_TEMPLATES = [
    ("实际使用外资", "超过", (500, 50000), "万美元"),
    ("实际使用外商直接投资金额", "超过", (500, 8000), "万美元"),
    ("实际到位省外境内资金", "超过", (50, 2000), "亿元"),
    ("引进“三类500强”企业投资项目", "不少于", (3, 60), "个"),
    ("新签约亿元以上项目", "不少于", (10, 300), "个"),
    ("外贸进出口总额", "力争达到", (10, 500), "亿美元"),
    ("园区招商到位资金占比", "超过", (50, 90), "%"),
    ("新引进外贸企业", "不少于", (5, 200), "家"),
]

FILLERS = [
    "按照“一主一特”“一主两特”产业定位,明确主导产业,避免同质化竞争。",
    "建立招商项目库,实行动态管理、及时销号、适时更新。",
    "加强高层对接、平台搭建、资源共享,对接优质客商资源,洽谈重大招商项目。",
    "落实招商引资“一把手”负责制,主要负责人要亲自研究、亲自部署、亲自推动。",
    "完善招商引资项目全生命周期管理和服务,推进项目早签约、早开工、早投产。",
    "定期召开招商引资工作调度会,通报项目进展,协调解决困难问题。",
    "健全重大项目联审机制,严格项目准入评估和合同审查。",
    "对纳入重点发布的招商项目实行监测分析和动态管理。",
    "积极兑现产业招商支持政策,对重大项目按“一事一议”给予支持。",
    "加强招商人才队伍建设,组织招商干部专题培训。",
]


@dataclass(frozen=True)
class SyntheticDocument:
    """One generated plan: its file name, text, and the structure the generator wrote into it."""

    file_name: str
    document: PolicyDocument


class _Writer:
    """Appends lines and remembers offsets, so sections and tasks point exactly into the text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def line(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text + "\n")
        self.length += len(text) + 1
        return start, start + len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _numeral(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    if n < 20:
        return "十" + NUMERALS[n - 11]
    return NUMERALS[n // 10 - 1] + "十" + (NUMERALS[n % 10 - 1] if n % 10 else "")


def _units(rng: random.Random, prefix: str) -> tuple[str, ...]:
    departments = rng.sample(DEPARTMENTS, rng.randint(2, 6))
    units = [prefix + d for d in departments]
    collectives = rng.sample(COLLECTIVES[prefix], rng.randint(0, min(2, len(COLLECTIVES[prefix]))))
    return tuple(units + collectives)


def _target(rng: random.Random, year: int, scope: str) -> tuple[str, Target]:
    metric, comparator, (low, high), unit = rng.choice(TARGET_TEMPLATES)
    value = rng.randint(low, high)
    sentence = f"力争到{year}年,{scope}{metric}{comparator}{value}{unit}。"
    target = Target(metric, comparator, float(value), str(value), unit, year, scope, "", 0, 0)
    return sentence, target


def _body(rng: random.Random, prefix: str, year: int) -> tuple[str, list[Target]]:
    sentences: list[str] = []
    targets: list[Target] = []
    chain = "、".join(rng.sample(INDUSTRIES, 3))
    sentences.append(
        f"围绕{chain}等{rng.randint(3, 12)}条优势产业链,梳理目标企业清单不少于{rng.randint(10, 50)}家。"
    )
    sentences.extend(rng.sample(FILLERS, rng.randint(1, 4)))
    if rng.random() < 0.5:
        sentences.append(
            f"赴{rng.choice(REGIONS)}开展驻点招商,参加{rng.choice(ACTIVITIES)}等重点经贸活动,"
            f"每年组织招商推介活动不少于{rng.randint(2, 12)}场次。"
        )
    if rng.random() < 0.6:
        sentence, target = _target(rng, year, "全" + prefix)
        sentences.append(sentence)
        targets.append(target)
    rng.shuffle(sentences)
    return "".join(sentences), targets


def generate_document(index: int, seed: int = 20240601) -> SyntheticDocument:
    """The index-th document of the synthetic corpus; the same (index, seed) always gives the same text."""
    rng = random.Random(seed * 1_000_003 + index)
    place, jurisdiction, prefix = rng.choice(PLACES)
    start_year = rng.randint(2018, 2024)
    kind = rng.choice(
        ["优势产业精准招商行动计划", "招商引资工作方案", "利用外资三年行动方案", "大抓招商行动实施方案"]
    )
    title = f"{place}{kind}({start_year}-{start_year + 2}年)"
    doc_id = f"syn_{index:06d}"
    w = _Writer()
    sections: list[Section] = []
    tasks: list[Task] = []

    w.line(f"各{'县市' if prefix == '州' else '区县'}人民政府,{prefix}直有关单位:")
    w.line(f"《{title}》已经{prefix}人民政府同意,现印发给你们,请认真贯彻落实。")
    w.line(f"{place}人民政府办公室")
    w.line(f"{start_year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")
    w.line(title)
    w.line(f"为深入实施开放崛起战略,推动招商引资高质量发展,结合{prefix}情实际,制定本方案。")

    item_no = 0
    parts = [("总体要求", 2), ("重点任务", rng.randint(6, 14)), ("保障措施", rng.randint(2, 4))]
    rule_written = False
    for part_no, (part_title, items) in enumerate(parts, start=1):
        part_label = _numeral(part_no)
        part_start, _ = w.line(f"{part_label}、{part_title}")
        part_index = len(sections)
        sections.append(Section(part_label, part_label, part_title, 1, part_start, part_start))
        for _ in range(items):
            item_no += 1
            label = f"({_numeral(item_no)})"
            item_title = (
                "总体目标" if part_no == 1 and item_no == 2 else f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}"
            )
            if part_no == 1 and item_no == 1:
                item_title = "指导思想"
            body, targets = _body(rng, prefix, start_year + 2)
            units = _units(rng, prefix) if part_no > 1 else ()
            note = ""
            if units:
                note = f"(责任单位:{'、'.join(units)}"
                note += "。列第一的为牵头单位,下同。)" if not rule_written else ")"
                rule_written = True
            subpoints = ""
            if rng.random() < 0.25:
                points = rng.sample(FILLERS, rng.randint(2, 3))
                subpoints = "".join(f"{n}.{point}" for n, point in enumerate(points, start=1))
            line = f"{label}{item_title}。{body}{subpoints}{note}"
            start, end = w.line(line)
            section_id = f"{part_label}/{label}"
            sections.append(Section(section_id, label, item_title, 2, start, end + 1))
            tasks.append(
                Task(
                    doc_id=doc_id,
                    section=section_id,
                    label=label,
                    title=item_title,
                    body=line,
                    units=units,
                    lead_units=units[:1],
                    cooperating_units=units[1:],
                    lead_basis="document_rule" if units else "",
                    deadline=f"到{start_year + 2}年",
                    targets=tuple(targets),
                    quote=line,
                    start=start,
                    end=end,
                    heading_path=f"{part_label}、{part_title}",
                )
            )
        old = sections[part_index]
        sections[part_index] = Section(old.id, old.label, old.heading, 1, old.start, w.length)
    w.line(f"本方案自印发之日起施行,有效期至{start_year + 2}年12月。")
    text = w.text()
    meta = DocumentMeta(title=title, issuer=f"{place}人民政府办公室", jurisdiction=jurisdiction)
    doc = PolicyDocument(doc_id, f"{doc_id}.txt", meta, text, tuple(sections), tuple(tasks))
    return SyntheticDocument(f"{doc_id}.txt", doc)


def generate_corpus(count: int, seed: int = 20240601) -> Iterator[SyntheticDocument]:
    """``count`` documents, deterministic for a given seed."""
    for index in range(count):
        yield generate_document(index, seed)
