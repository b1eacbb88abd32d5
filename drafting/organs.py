"""Who writes, to whom, under whom: the issuer's place and level, how it names itself, a proper 主送机关.

A 公文 never has the issuer name itself in the body (“书面反馈湘西自治州商务局”): a 局 says 我局, a 委 says 我委.
A ledger's 责任单位 may be a bare place (泸溪县) or a park (湘西高新区); as a 主送机关 they are 泸溪县人民政府 and
湘西高新区管委会. The 政策依据 rests on the issuer's own documents, then on its 上级's (a county's 州, a 州's
province), never on a sibling's: the place table below is what "上级" means here.
"""

from __future__ import annotations

import re

from corpus.text import jurisdiction_stem

# place → the place one level up. Kept to the provinces the offices using this tool work in; a place missing
# here still finds its own documents (by name), it only has no 上级 to fall back on.
PARENT: dict[str, str] = {
    **dict.fromkeys(
        ("吉首市", "泸溪县", "凤凰县", "花垣县", "保靖县", "古丈县", "永顺县", "龙山县", "湘西高新区"),
        "湘西州",
    ),
    **dict.fromkeys(
        ("芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区", "长沙县", "浏阳市", "宁乡市"), "长沙市"
    ),
    **dict.fromkeys(
        (
            "长沙市",
            "株洲市",
            "湘潭市",
            "衡阳市",
            "邵阳市",
            "岳阳市",
            "常德市",
            "张家界市",
            "益阳市",
            "郴州市",
            "永州市",
            "怀化市",
            "娄底市",
            "湘西州",
        ),
        "湖南省",
    ),  # fmt: skip
    **dict.fromkeys(
        (
            "武汉市",
            "黄石市",
            "十堰市",
            "宜昌市",
            "襄阳市",
            "鄂州市",
            "荆门市",
            "孝感市",
            "荆州市",
            "黄冈市",
            "咸宁市",
            "随州市",
            "恩施州",
        ),
        "湖北省",
    ),  # fmt: skip
    **dict.fromkeys(("咸安区", "嘉鱼县", "通城县", "崇阳县", "通山县", "赤壁市"), "咸宁市"),
}
# Long official names people write for a place in the table: 湘西土家族苗族自治州 is 湘西州.
_FULL_NAMES = {"湘西土家族苗族自治州": "湘西州", "湘西自治州": "湘西州", "恩施土家族苗族自治州": "恩施州"}
_PARKS = (
    "高新技术产业开发区",
    "经济技术开发区",
    "高新区",
    "经开区",
    "开发区",
    "工业园区",
    "产业园区",
    "园区",
)
_PLACE_ENDINGS = ("自治州", "自治县", "州", "市", "县", "区", "省")
# How an issuing organ names itself in its own text, by the ending of its name.
_SELF = (
    ("领导小组办公室", "我办"), ("办公室", "我办"), ("管理委员会", "我委"), ("管委会", "我委"),
    ("委员会", "我委"), ("委", "我委"), ("人民政府", "我府"), ("政府", "我府"), ("局", "我局"),
    ("厅", "我厅"), ("办", "我办"), ("中心", "我中心"), ("商会", "我会"), ("协会", "我会"),
)  # fmt: skip


def place_of(organ: str) -> str:
    """The place an organ's name starts with, as the table spells it (湘西自治州商务局 → 湘西州); "" if none."""
    name = organ.strip()
    for full, short in _FULL_NAMES.items():
        if name.startswith(full):
            return short
    known = sorted({*PARENT, *PARENT.values()}, key=lambda w: (-len(w), w))
    for place in known:
        if name.startswith(place):
            return place
    for place in known:
        # 湘西州商务局, 长沙商务局: the place by its stem (长沙县 was matched whole above).
        if name.startswith(jurisdiction_stem(place)):
            return place
    match = re.match(r"^(.{2,6}?(?:自治州|自治县|州|市|县|区|省))", name)
    return match.group(1) if match else ""


def place_chain(organ: str) -> tuple[str, ...]:
    """The organ's own place and every level above it: 泸溪县商务局 → (泸溪县, 湘西州, 湖南省)."""
    place = place_of(organ)
    chain: list[str] = []
    while place and place not in chain:
        chain.append(place)
        place = PARENT.get(place, "")
    return tuple(chain)


def same_place(a: str, b: str) -> bool:
    """Whether two spellings name one place: 湘西州 / 湘西自治州 / 湘西土家族苗族自治州, 长沙市 / 长沙."""
    a, b = _FULL_NAMES.get(a, a), _FULL_NAMES.get(b, b)
    return bool(a and b) and jurisdiction_stem(a) == jurisdiction_stem(b)


def self_reference(issuer: str) -> str:
    """How the issuer names itself in its own text: 湘西自治州商务局 → 我局; "" when it cannot tell."""
    name = issuer.strip()
    for ending, word in _SELF:
        if name.endswith(ending):
            return word
    return ""


def as_addressee(unit: str) -> tuple[str, str]:
    """The 主送机关 for a 责任单位 as written, and a warning when it had to be completed.

    泸溪县 → 泸溪县人民政府, 湘西高新区 → 湘西高新区管委会; trailing colons and blanks are dropped; anything
    else that is already an organ (…人民政府, …管委会, …局) stands as written.
    """
    name = re.sub(r"[\s:：,，。;；]+$", "", unit.strip())
    name = re.sub(r"^\s*[:：]", "", name).strip()
    if not name:
        return "", ""
    if name.endswith(_PARKS):
        fixed = f"{name}管委会"
    elif name.endswith(_PLACE_ENDINGS) and not name.endswith(("政府", "社区")):
        fixed = f"{name}人民政府"
    else:
        return name, ""
    return fixed, f"责任单位“{name}”是地名，主送机关写作“{fixed}”，请核对"
