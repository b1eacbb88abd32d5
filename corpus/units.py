"""Responsible units: what a unit name looks like, splitting 责任单位 lists, and a directory of names and aliases.

Units are kept verbatim and in document order. The directory maps what people type ("商务局", "湘西州商务局",
"发展改革委") to the names a document uses ("州商务局"), within one jurisdiction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.script import fold
from corpus.text import PEOPLES_ORGANISATIONS, UNIT_SUFFIXES

ORG_SUFFIX = UNIT_SUFFIXES
_LONGEST_FIRST = sorted(ORG_SUFFIX, key=lambda w: (-len(w), w))
_ORG_END = re.compile("(?:" + "|".join(_LONGEST_FIRST) + r")(?:[（(][^）)]{1,20}[）)])?$")
NAME_ENDING = re.compile("(?:" + "|".join(_LONGEST_FIRST) + ")")
_BARE_GENERIC = {"政府", "人民政府", "党委", "管委会", "党工委", "党委和政府"}
_TRAILING_ETC = re.compile(
    r"(?:及其(?:有关|相关|所属|工作)?(?:部门|单位|机构)|"
    r"等(?:相关|有关|其他)?(?:部门和单位|单位和部门|部门和地方|部门|单位|成员单位)?|等)$"
)
_LEVEL_PREFIX = re.compile(r"^(?:省|市|州|县|区|各)")


def _load_alias_table() -> tuple[tuple[str, ...], ...]:
    """Standard short names of bodies (corpus/data/unit_aliases.txt): each line is one body's forms."""
    path = Path(__file__).with_name("data") / "unit_aliases.txt"
    groups = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            groups.append(tuple(line.split()))
    return tuple(groups)


ALIAS_TABLE = _load_alias_table()
# "科学技术部（以下简称科技部）": a document defining its own short form.
_SHORT_FORM_DEFINED = re.compile(
    r"([\u4e00-\u9fff]{2,40}?)[（(](?:以下简称|以下称|简称)[“\"]?([\u4e00-\u9fff]{2,16})[”\"]?[)）]"
)


# "（以下简称义乌试验区管委会）": a definition note, not part of the name.
# Notes inside a list that name no party of their own: "（以下简称…）", and what a party includes
# ("各区人民政府〈含开发区、长江新区、风景区管委会，下同〉", "（含功能区）").
SHORT_NAME_NOTE = re.compile(
    r"[（(](?:以下简称|以下统称|以下称|简称)[^）)]*[）)]|[（(〈<《]\s*(?:含|包括|下同)[^（）()〈〉<>《》]*[）)〉>》]"
)

# 相关/有关… opens a class of bodies, except the governments of named levels ("相关市、县政府": a party) and the
# places concerned named by their levels alone ("（责任单位：市经济信息委，有关区县）").
_RELATED_NOT_LEVELS = r"(?:相关|有关)(?!(?:[省市县区州乡镇、（）()]|街道|自治)+(?:(?:人民)?政府)?$)"
GENERIC_PARTY = re.compile(
    r"^(?:相关|有关|其他|各|成员|责任|牵头|配合|项目|本级|同级|上级|下级|行政主管|业务主管|主管|职能)*"
    r"(?:单位|部门|机构|成员单位|责任单位|牵头单位|配合单位|部门和单位)$"
    rf"|^{_RELATED_NOT_LEVELS}"
)
# Classes of bodies a running sentence may name ("市人民政府有关部门", "行政机关"): not units of their own, though
# a 责任单位 list may still name "市直相关单位" as a party.
_GENERIC_CLASS = re.compile(
    # (the departments of one level named as a party, "省直有关部门", "市级相关单位", are a party of a list)
    r"^(?![省市县区州]直(?:各)?(?:有关|相关))"
    r".*(?:有关|相关|其他|起草|下列|上述|不同|同一)(?:部门|单位|机构|机关)$|"
    # (司法行政部门 is the justice department by name, not a class of organs; so is 行政审批部门 the bureau that
    # holds the approvals moved to it)
    r"^(?!(?:本市|本省|本级|各级|同级|各)*(?:司法行政|行政审批(?:服务)?)部门$)"
    r"(?:本市|本省|本级|各级|同级|各|国家|行政|司法|有权|审批|审查|执法|行政执法|行政审批|相应|其他)*(?:机关|部门|机构)$|"
    r"^(?:本市|本省|本级|各级|同级|上级|下级|当地|所在地)?(?:人民)?政府$|^.*(?:国家机关|大厅)$|"
    r"^本(?:部门|单位|机关)[\u4e00-\u9fff]{0,8}(?:机构|部门)$|"
    # a rank of bodies an assessment table sorts them into ("重点考核部门 | 县农粮局")
    r"^(?:重点|一般|非重点|主要|其余|其它)(?:考核|责任|工作|联系|参与)?(?:部门|单位|机构)$"
)


# What a clause starts with when it is a verb phrase or a heading, not a body's name: "鼓励金融机构",
# "加快推进…", "建立由…", "第十二条…", "所有政府".
_NOT_A_NAME = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]{1,5}[条章节款项]|[\d一二三四五六七八九十]{1,3}个|鼓励|支持|引导|推动|推进|加快|建立|健全|认真|积极|所有|全面|切实|"
    r"严格|进一步|组织|开展|实施|完善|加强|强化|深化|提升|落实|坚持|依托|围绕|发挥|充分|做好|协调|督促|指导|"
    r"统筹|负责|按照|根据|依照|对于|对(?!外)|在|向|与|经(?!济|贸|信|营|(?:合|发|科)[局委办])|由|被|将|把|为|以|从|按|如|若|凡|其|该|各项|"
    rf"{_RELATED_NOT_LEVELS}|"
    # a year's plan opens a phrase, not a name ("年度政府投资项目计划")
    r"(?:上一?|本|当|每|全|下一?)?年度|"
    r"其他|任何|各自|本条|本规定|本办法|本条例|监督|管理|设立|成立|组建|制定|编制|探索|研究|培育|打造|构建|优化|"
    # ("完成县妇幼保健院主体工程建设": a verb before a county's body, no county of its own)
    r"完成|实现|启动|新增|增加|提高|确保|力争|争取|"
    r"(?:协同|会同|配合|协助)(?=[省市县区州镇乡]))"
)


# Everyday words that end like a body's name (…局, …部, …会, …站) but name none: "产业结构布局", "政府网站",
# "东部", "推介会", "会议室". A name ending in one of them is a phrase, not a unit.
_NOT_A_BODY_END = re.compile(
    r"(?:布局|格局|大局|全局|结局|开局|新局|当局|网站|站点|全部|局部|内部|外部|干部|总部|东部|西部|南部|北部|中部|"
    r"底部|头部|顶部|腹部|社会|机会|年会|展会|推介会|交易会|博览会|洽谈会|座谈会|发布会|见面会|对接会|峰会|"
    r"运动会|会议室|办公室内|场所|住所|团队|之处|好处|用处|难处|出处|到处|各处)$"
)


def ends_like_a_phrase(name: str) -> bool:
    """ "产业结构布局", "政府网站": ends like a body's name, but in an everyday word that names none."""
    return bool(_NOT_A_BODY_END.search(name))


# A name may quote a short part of itself: 市“人工智能+”专项工作组, 市“十四五”规划办.
_QUOTED_PART = re.compile(r"(?<=[\u4e00-\u9fff])“[\u4e00-\u9fffA-Za-z0-9+＋]{1,10}”(?=[\u4e00-\u9fff])")


# A department named by the field it governs under its government: "上海市人民政府主管外国投资工作的部门",
# "县级以上人民政府负责中小企业促进工作的部门" — one body, its 的 inside the name.
_FIELD_DEPARTMENT = re.compile(
    r"(?:政府|行政公署)(?:负责|主管)[^，,。；;的]{2,20}?工作的[\u4e00-\u9fff]{0,6}(?:部门|机构|机关)$"
)


def looks_like_unit(name: str) -> bool:
    """A named body ('市商务局', '各县市人民政府'), not a pronoun-like '相关单位' nor a verb phrase."""
    return (
        2 <= len(name) <= 40
        and bool(_ORG_END.search(name))
        and ("的" not in name.replace("设区的市", "设区市")[-6:] or bool(_FIELD_DEPARTMENT.search(name)))
        and not GENERIC_PARTY.match(name)
        and not _GENERIC_CLASS.match(name)
        and not _NOT_A_NAME.match(name)
        and not _VERB_INSIDE.search(name)
        and not ends_like_a_phrase(name)
        and not re.search(r"[，,。；;：:\"|]", _QUOTED_PART.sub("", name))
        and not re.search(r"[“”]", _QUOTED_PART.sub("", name))
        and name[0] not in ")）、"
    )


# Words no body's name contains: a span with them is a clause, not a unit ("具体办法由市标准化主管部门").
_VERB_INSIDE = re.compile(
    r"应当|可以|会同|认为|需要|申请|举办|鼓励|通过|选择|不能|推行|(?<!机构)编制|实行|记载|依法|办法|以下统称|"
    r"^(?:指定|明确|确定|委托|授权|安排|允许|支持|鼓励|推动|引导|几个|多个|各个)|涉及|向|(?<![自理缘经因])由|经(?!济|贸|信|营|委|开|(?:合|发|科)[局委办])|属于|按照|负责(?![^，,。；;的]{2,20}?工作的)|规定|设立|建立|在办|提供|对其|及其|作为|[及和与](?:有关|相关|其他)|"
    r"报请|共同(?!体)|用于|[%％]|协助|配合|(?<=[局委办厅府门构关心])是(?=[\u4e00-\u9fff])|"
    # a body that reports to another ("省级粮食应急工作指挥部报同级人民政府"): a clause naming two bodies
    r"(?<=[部委局厅府办组])(?:报|提请|商请|征求)(?=同级|上级|本级|国务院|[省市县州区])|"
    # a body consulting another ("县招商局商园区管委会负责解释"): two bodies, the first acting
    r"(?<=[部委局厅府办组])商(?!务|贸|业|会|品|标|户|家|铺|圈|城)(?=[\u4e00-\u9fff]{2})|"
    # a body acting for another ("大江东集聚区管委会受市人民政府的委托，负责…"): the first acts
    r"(?<=[部委局厅府办组会])受(?!理)(?=[\u4e00-\u9fff]{2})|"
    # a body entrusting another ("省人民政府委托郑州市人民政府依法管理管委会"): the second acts
    r"(?<=[部委局厅府办组会])(?:委托|授权)(?=[\u4e00-\u9fff]{2})"
)
# What a regulation's duty sentence may open with: a government body, not a market actor or a venue.
_GOVERNMENT_END = re.compile(
    r"(?:部门|(?<=的)部门或者机构|(?<=的)部门或机构|人民政府|政府|机关|委员会|局|厅|委|办|办公室|管委会|海关|总局|署|办事机构|工作机构|执法机构|法院|检察院|办事处|主管机构|"
    r"小组|工作组|考核组|评审组|督查组|专班|生产建设兵团|天文台|"
    + "|".join(PEOPLES_ORGANISATIONS)
    + r"|(?<![公上])司|管理机构|促进机构|监管机构|派出机构|法制机构|法制工作机构|评审机构|审批机构|认定机构|审核机构|(?<=[\u4e00-\u9fff]{2})(?<!俱乐)(?<![总内外全干本支分东西南北底头腹局])部)"
    r"(?:[（(][^）)]{1,20}[）)])?$"  # 部: a ministry (财政部, 人力资源社会保障部), not 俱乐部 / 总部 / 干部
)
_MARKET_ACTOR = re.compile(
    r"(?:协会|商会|(?<!人民)银行|企业|公司|事务所|学校|医院|组织|单位|中心|集团|居民委员会|村民委员会|业主委员会)"
    r"(?:[（(][^）)]*[）)])?$|(?<!人民)银行|公司"
)


def opens_like_a_name(text: str) -> bool:
    """The text does not open with a verb, a preposition or a count ("加强政府…", "由…", "10个…")."""
    return not _NOT_A_NAME.match(text)


def looks_like_government_body(name: str) -> bool:
    """'市商务部门', '县级以上人民政府财政部门' — not '举办单位', '行业协会', '商业银行'."""
    return looks_like_unit(name) and bool(_GOVERNMENT_END.search(name)) and not _MARKET_ACTOR.search(name)


_REPORTS_TO = re.compile(
    r"(?<=[部委局厅府办组门构关])(?:报|提请|商请)(?:同级|上级|本级|国务院|[省市县州区])[\u4e00-\u9fff]{0,20}$"
)


def reporting_body(name: str) -> str:
    """A body read with the one it reports to ("区住房保障部门报同级人民政府", "市口岸服务部门提请市人民政府"): the
    first, which acts."""
    return _REPORTS_TO.sub("", name)


# "…和各县市区", "岳麓区和市直相关单位": a body joined to a collective of bodies by 和 / 及 is two parties.
_AND_THE_REST = re.compile(
    r"(?:和|及|以及)(?=各)|(?<=[局委办厅区县府署院会室部心司行])(?:和|及|以及)(?=[省市县区州]直)"
)


_EXCEPT_CLAUSE = re.compile(r"除[^，,。；;]{1,24}(?:外|以外)")


def split_units(text: str, place_names: Sequence[str] = ()) -> list[str]:
    """'州商务局、州发改委,各县市人民政府' -> ['州商务局', '州发改委', '各县市人民政府'].

    Names stay verbatim, so every one can be found in the quoted text: an elliptical piece stays joined to its
    neighbour ("各县市区党委、政府" is one responsible party), "等相关部门" tails are dropped, and names glued
    together by a lost comma are split at a place name.
    """
    text = SHORT_NAME_NOTE.sub("", _spaces_between_names(text)).strip("。；;，,、")
    pieces: list[tuple[str, str]] = []
    for chunk, separator in _split_top_level(text):
        for n, piece in enumerate(re.split(_AND_THE_REST, chunk)):
            for m, glued in enumerate(_split_glued(piece, place_names)):
                pieces.append((glued, separator if n == 0 and m == 0 else ""))
    units: list[str] = []
    # Bare level words share the name after them ("市、区人民政府" is one party, "省、自治区、直辖市…" too);
    # with no name after them they are a collective of their own ("各区、县级市").
    pending = ""
    elliptical: list[str] = []  # names without an ending, waiting for a shared "…部门"
    for piece, separator in pieces:
        # "区住房保障部门报同级人民政府批准": the body that reports acts; the one it reports to is not listed.
        piece = _REPORTS_TO.sub("", piece)
        raw = piece.strip("。；;，,、 ")
        piece = _TRAILING_ETC.sub("", raw)
        piece = re.sub(r"^(?:和|及|以及|由|并)", "", piece)
        if not piece or _EXCEPT_CLAUSE.fullmatch(piece):
            continue  # ("除标注“分别牵头”外,列第一位为牵头单位": the exception a rule states first is no party)
        if (
            elliptical
            and separator == "、"
            and re.search(r"等(?:有关|相关)?部门$", raw)
            and (not _ORG_END.search(piece) or len(elliptical) >= 2)
        ):
            # "…、市场监督管理等部门": the shared noun ends the party, kept verbatim; so it does after fields named
            # bare ("国土、住建、环保、市场监管、金融办等部门"), though the last is a bureau's short name.
            piece = raw
        elif re.search(r"等(?:有关|相关)?部门$", raw) and not _ORG_END.search(piece) and len(piece) <= 6:
            piece = raw  # "财政等有关部门": a field alone is no body; with its shared noun it is a party
        if pending and separator not in ("、", ""):
            units.append(pending.rstrip("、"))
            pending = ""
        if _LEVEL_WORD.match(piece):
            pending += piece + "、"
            continue
        if pending:
            piece, pending = pending + piece, ""
        if (
            elliptical
            and separator == "、"
            and (piece.endswith("部门") or _places_share_government(elliptical, piece))
        ):
            # "市发展改革、商务、经济信息化部门": names sharing the list's last head noun are one party; so are places
            # sharing their government ("哈尔滨、黑河、绥芬河市政府").
            piece = "、".join(elliptical + [piece])
            units = units[: len(units) - len(elliptical)]
            elliptical = []
        elif separator != "、":
            elliptical = []
        if not _ORG_END.search(piece) and len(piece) <= 12 and not GENERIC_PARTY.match(piece):
            elliptical.append(piece)
        else:
            elliptical = []
        if piece in _BARE_GENERIC and units and separator:
            units[-1] = units[-1] + separator + piece
        elif _CUT_NAME.fullmatch(piece) and not _ORG_END.search(piece):
            continue  # "牵头单位:区商" at a page's end: a name cut short after its level, never a party
        elif piece not in units and not GENERIC_PARTY.match(piece):
            units.append(piece)
    if pending and len(pending.rstrip("、")) > 1:
        # (a lone level character is a list cut short — "责任单位:区" at a page's end — never a party)
        units.append(pending.rstrip("、"))
    return units


def _places_share_government(places: list[str], piece: str) -> bool:
    return bool(re.search(r"[市县区州](?:人民)?政府$", piece)) and all(2 <= len(p) <= 4 for p in places)


_CUT_NAME = re.compile(r"[省市县区州乡镇][^府委办局厅院\W\d]")


def _spaces_between_names(text: str) -> str:
    """'市自然资源局 市发改委' -> '市自然资源局、市发改委': a space between two whole names parts them (a cell or
    a line that lists units with spaces); any other whitespace is layout ('市人力资源和社会保障\n局') and goes."""
    tokens = re.split(r"\s+", text.strip())
    out = tokens[0]
    for token in tokens[1:]:
        left = re.split(r"[、，,；;]", out)[-1]
        right = re.split(r"[、，,；;]", token)[0]
        whole = len(left) >= 3 and len(right) >= 3 and looks_like_unit(left) and looks_like_unit(right)
        out += ("、" if whole else "") + token
    return out


def join_cell_lines(lines: Sequence[str], separators: Sequence[str] = ()) -> str:
    """The lines of one table cell as one text: a space between two whole unit names ('市商务局' / '市发改委',
    written one per line in a 责任单位 cell), so they stay two units; otherwise the given separator (default
    none: a sentence wrapped over lines is one sentence)."""
    out = lines[0] if lines else ""
    for n, line in enumerate(lines[1:]):
        left = re.split(r"[、，,；;\s]", out)[-1]
        right = re.split(r"[、，,；;\s]", line)[0]
        whole = len(left) >= 3 and len(right) >= 3 and looks_like_unit(left) and looks_like_unit(right)
        out += " " if whole else (separators[n] if n < len(separators) else "")
        out += line
    return out


# Level words that share the name after them in an elliptical list: "市、区人民政府" is one party.
_LEVEL_WORD = re.compile(
    r"^(?:各)?(?:有关|相关)?(?:省|市|区|县|州|乡|镇|乡镇|街道|自治区|直辖市|自治州|自治县|设区的市|县级市|市辖区|"
    r"县（市、区）|县\(市、区\)|县（市）|县（区）|省级|市级|县级|区级|乡级|国家)$"
)


def _split_top_level(text: str) -> list[tuple[str, str]]:
    """Split on 、，, but not inside brackets (市数据局（营商环境建设局） stays whole); keeps each separator."""
    out: list[tuple[str, str]] = []
    depth, current, separator = 0, "", ""
    for ch in text:
        if ch in "(（〔［[":  # 县〔市、区〕政府 prints its brackets as 〔〕 too
            depth += 1
        elif ch in ")）〕］]":
            depth = max(0, depth - 1)
        if ch in "、，,；;" and depth == 0:
            out.append((current, separator))
            current, separator = "", ch
        else:
            current += ch
    out.append((current, separator))
    return [(p, sep) for p, sep in out if p]


def _split_glued(piece: str, place_names: Sequence[str]) -> list[str]:
    for place in place_names:
        idx = piece.find(place, 1)
        left = piece[:idx]
        if (
            idx > 0
            and _LEVEL_PREFIX.match(left)
            and _ORG_END.search(left)
            and len(piece) - idx >= len(place) + 1
        ):
            return [piece[:idx], *_split_glued(piece[idx:], place_names)]
    return [piece]


# --- the directory ------------------------------------------------------------------------------


# A body of the party committee of a level (市委政法委, 省委组织部): the name after 市委 is what people type.
# A department of a level's government named with it ("省人民政府商务主管部门", "县级以上人民政府发展改革部门").
_GOVERNMENT_DEPARTMENT = re.compile(
    r"^(省|市|州|县|区|设区的市|县级以上|市级|县级)(?:人民政府|政府)([\u4e00-\u9fff、]{2,20}(?:部门|机构))$"
)
_PARTY_BODY = re.compile(r"^(?:省|市|州|县|区)委(?!员会)([\u4e00-\u9fff]{2,}(?:部|委|办|室|厅|局|会))$")


def unit_stem(name: str) -> str:
    """'州商务局' -> '商务局'; '湘西州商务局' -> '商务局' given place names are stripped by the caller."""
    return re.sub(r"^(?:省|市|州|县|区)(?!委员会)", "", name)


@dataclass
class UnitDirectory:
    """Canonical unit names per jurisdiction and the aliases that point at them."""

    by_jurisdiction: dict[str, set[str]] = field(default_factory=dict)
    aliases: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (jurisdiction, alias) -> names

    @classmethod
    def from_documents(cls, documents: Iterable) -> UnitDirectory:
        directory = cls()
        for doc in documents:
            place = doc.meta.jurisdiction
            names: set[str] = set()
            for task in doc.tasks:
                for unit in task.units:
                    directory.add(unit, place)
                    names.add(unit)
            directory.learn_short_forms(doc.text, names, place)
        return directory

    def learn_short_forms(self, text: str, names: Iterable[str], jurisdiction: str) -> None:
        """The document's own definitions: "X（以下简称Y）" makes Y an alias of the unit X names."""
        names = set(names)
        for m in _SHORT_FORM_DEFINED.finditer(text):
            full, short = m.group(1), m.group(2)
            # ("中国（新疆）自由贸易试验区工作办公室（以下简称自贸办）": the name read holds brackets the match stopped at)
            target = next(
                (
                    n
                    for n in sorted(names, key=lambda w: (-len(w), w))
                    if full.endswith(n) or n == short or (len(full) >= 6 and n.endswith(full))
                ),
                "",
            )
            if not target and looks_like_unit(full):
                target = full
            if target:
                self.aliases.setdefault((jurisdiction, short), set()).add(target)

    def add(self, name: str, jurisdiction: str) -> None:
        self.by_jurisdiction.setdefault(jurisdiction, set()).add(name)
        for alias in self._aliases_of(name, jurisdiction):
            self.aliases.setdefault((jurisdiction, alias), set()).add(name)

    def _aliases_of(self, name: str, jurisdiction: str) -> set[str]:
        bare_place = re.sub(r"(?:自治州|市|州|县|区)$", "", jurisdiction)
        stem = unit_stem(name)
        forms = {name, stem}
        level = name[0] if name[:1] in "省市州县区" else ""
        if bare_place and level:
            forms |= {bare_place + level + stem, bare_place + stem, jurisdiction + stem}
        government = _GOVERNMENT_DEPARTMENT.match(name)
        if government:
            # "省人民政府商务主管部门" is the 省商务主管部门 a cadre types (and a regulation may print).
            forms.add(government.group(1) + government.group(2))
        party = _PARTY_BODY.match(name)
        if party:
            forms.add(party.group(1))  # 市委政法委 is the 政法委 a cadre of that city types
        for group in ALIAS_TABLE:
            for form in list(forms):
                for written in group:
                    if form.endswith(written) and len(form) > len(written) - 1:
                        head = form[: -len(written)]
                        forms.update(head + other for other in group if other != written)
        if fold(name) != name:
            # "市財政局" printed in traditional characters is the 市财政局 a cadre types.
            forms |= self._aliases_of(fold(name), jurisdiction)
        return {f for f in forms if len(f) >= 2}

    def all_names(self) -> list[str]:
        return sorted({n for names in self.by_jurisdiction.values() for n in names})

    def all_aliases(self) -> list[str]:
        return sorted({alias for (_, alias) in self.aliases})

    def jurisdictions(self) -> list[str]:
        return sorted(j for j in self.by_jurisdiction if j)

    def resolve(self, name: str, jurisdiction: str | None = None) -> list[str]:
        """Canonical names a typed unit name can mean, optionally only within one jurisdiction."""
        name = re.sub(r"\s+", "", name)
        places = [jurisdiction] if jurisdiction else list(self.by_jurisdiction)
        found: list[str] = []
        for place in places:
            for candidate in self.aliases.get((place, name), ()):
                if candidate not in found:
                    found.append(candidate)
        return sorted(found)
