"""How cadres word questions, read once from ``assistant/lexicon.toml``: intent cues, role verbs, question
scaffolding, stop words, document-number and year patterns, abbreviations and synonyms.

This module only loads and compiles; the words themselves are data, reviewed in the TOML file. Nothing there
names a document, a place or a unit.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from retrieval.tokenize import add_user_words

LEXICON_FILE = Path(__file__).with_name("lexicon.toml")

with LEXICON_FILE.open("rb") as _file:
    _LEX = tomllib.load(_file)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _rx(section: str, key: str) -> re.Pattern[str]:
    return re.compile(_LEX[section][key].strip())


# Intent cues, in the order understand._intent checks them.
UNIT_TASKS = _rx("intent", "unit_tasks")
UNIT_DUTY = _rx("intent", "unit_duty")
BOTH_ROLES = _rx("intent", "both_roles")
COOPERATING = _rx("intent", "cooperating")
# A claim that a body is one of a list ("…也是负责单位吧") asks the units as well.
ALL_UNITS = re.compile(f"{_LEX['role']['member_claim'].strip()}|{_LEX['intent']['all_units'].strip()}")
LEAD = _rx("intent", "lead")
TARGET = _rx("intent", "target")
COMPARE = _rx("intent", "compare")
FOLLOW_UP = _rx("intent", "follow_up")
YES_NO = _rx("intent", "yes_no")
TIME = _rx("intent", "time")
FREQUENCY = _rx("intent", "frequency")
TIME_STRONG = _rx("intent", "time_strong")
FIGURE_VALUE = _rx("intent", "figure_value")
# A year as written anywhere, 年 or not ("…行动方案(2025)", "安徽2025方案"): the years a title or a typed name holds.
BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
NUMERAL_WORDS = _words(_LEX["intent"]["numeral_words"])
ASKING = _rx("intent", "asking")
DATE_CUES = _words(_LEX["dates"]["cues"])
SIGNED_CUES = _words(_LEX["dates"]["signed"])
# "文号是多少", "发文字号": the document's own number is asked.
ASKS_DOC_NUMBER = re.compile(r"文号|发文字号|字号是|几号文")
# "是谁发的文", "发文机关是哪个": the body that issued the document is asked (not who does a task in it).
ASKS_ISSUER = re.compile(
    r"谁(发|印发|发布|下发|签发|颁布)的|(哪个|哪家|什么)(部门|单位|机关|机构)(发|印发|发布|下发|签发|颁布)的|"
    r"发文(机关|单位|机构|部门)|印发(机关|单位)|落款(单位|机关)|(是|由)谁(发|印发|发布)(的)?(文|这份|那份)|"
    r"落款(是|为)?(哪个|哪家|什么|哪几个|哪几家|哪些|哪两个)(单位|机关|部门)|落款(是|为)?谁"
)
# "是证监会指导的吧", "X有份吗": a claim that a unit has a part in an item, besides leading or cooperating.
PART_CLAIM = re.compile(r"指导|有份|有没有份")
# "办公室设在哪个单位", "联合办公室放在哪": where a body's office sits is asked (answered by "…设在X").
ASKS_PLACED = re.compile(
    r"(设|放|挂|安排)在(哪|什么|啥|哪个|哪家)|挂靠|办公室在哪|办公室(是不是|是否|是)?(设|放)在"
)
FULL_DATE = _rx("dates", "full_date")

YEAR = _rx("patterns", "year")
TIME_VALUE = _rx("patterns", "time_value")
ASKS_RHYTHM = _rx("patterns", "asks_rhythm")
RHYTHM = _rx("patterns", "rhythm")
DOC_NUMBER = _rx("patterns", "doc_number")
ACTOR = _rx("patterns", "actor")
PLACED_ACTOR = _rx("patterns", "placed_actor")
BY_ACTOR = _rx("patterns", "by_actor")
ASKED_ACT = _rx("patterns", "asked_act")
ASKED_RECIPIENT = _rx("patterns", "asked_recipient")
# An act asked by its short form ("谁来定", "要哪个部门批") and the words documents write it with (lexicon).
ACT_FORMS: dict[str, str] = {short: "|".join(_words(written)) for short, written in _LEX["act_forms"].items()}
# The case a fallback provision covers: "没有具体责任部门或者涉及多个部门的，由…牵头协调" (no body of its own).
BODILESS_CASE = re.compile(
    r"(?:没有|无|缺少|未明确|不明确)(?:具体|明确|专门)?的?(?:责任|主管)?(?:部门|单位)|"
    r"涉及(?:多个|几个|好几个|两个以上|两个及以上|多家|两家以上)(?:部门|单位)"
)
# "是市发改委编的吗", "由省商务厅批的吧": a one-character act claimed of the body named.
CLAIMED_ACT = re.compile(
    r"(?:是|由)[\u4e00-\u9fff（）()]{2,24}?(?:来|去|负责|牵头)?([\u4e00-\u9fff])的(?:吗|吧|嘛|呢|么)"
)
DOCUMENT_TYPE = _rx("patterns", "document_type")
STRONG_SUFFIX = _rx("patterns", "strong_suffix")
ORDINAL_ITEM = _rx("patterns", "ordinal_item")

# Scaffolding phrases, longest first so that "另外还有哪些单位" goes before "还有".
SCAFFOLDING = tuple(sorted(set(_words(_LEX["scaffolding"]["phrases"])), key=lambda w: (-len(w), w)))
# Asking phrases of two characters or more: a single one ("管") is part of many a name (管理条例).
ASKING_PHRASES = tuple(w for w in SCAFFOLDING if len(w) >= 2)
INTERJECTIONS = tuple(_words(_LEX["scaffolding"]["interjections"]))
STOP_TOKENS = frozenset(_words(_LEX["stop_tokens"]["words"]))
ROLE_TOPICS = tuple(sorted(_words(_LEX["scaffolding"]["role_topics"]), key=len, reverse=True))
RUN_TAILS = tuple(_words(_LEX["stop_tokens"]["run_tails"]))
ASKED_KINDS = tuple(_words(_LEX["stop_tokens"]["asked_kinds"]))

LEAD_VERBS = re.compile(_LEX["role"]["lead_verbs"])
# The lead asked by the word documents write it with ("谁牵头", "牵头单位", "主抓"), not merely who does it.
ASKS_WRITTEN_LEAD = re.compile(_LEX["role"]["written_lead"])
COOPERATING_VERBS = re.compile(_LEX["role"]["cooperating_verbs"])
MEMBER_CLAIM = _rx("role", "member_claim")
ASSIGNING_VERBS = re.compile(_LEX["role"]["assigning_verbs"])
ASKS_MANAGEMENT = re.compile(_LEX["role"]["asks_management"])
ASKS_ALONE = re.compile(_LEX["role"]["alone"])
ROLE_CLAIMED = re.compile(_LEX["role"]["role_claimed"])
CLOSING_TAG = _rx("intent", "closing_tag")
CHOICE = _rx("intent", "choice")
LATEST = _rx("dates", "latest")
ASKS_OVERALL_LEAD = re.compile(_LEX["role"]["overall_lead"])
MANAGEMENT_VERBS = _words(_LEX["role"]["management_verbs"])
NOT_UNIT_CHARS = set(_LEX["role"]["not_unit_chars"])
SUFFIX_IN_A_WORD = frozenset(_words(_LEX["role"]["suffix_opening_a_word"]))
LEADING_FUNCTION = _LEX["role"]["leading_function"]
TRAILING_FUNCTION = _LEX["role"]["trailing_function"]
GLUED_LOCATIVE = _LEX["role"]["glued_locative"]
GLUED_LOCATIVE_WORDS = frozenset(_words(_LEX["role"]["glued_locative_words"]))

GENERIC_TITLE_WORDS = frozenset(_words(_LEX["documents"]["generic_title_words"]))

ASKING_WORDS = _words(_LEX["typos"]["asking_words"])
KEEP_CHARS = _words(_LEX["typos"]["keep_chars"])
AFTER_ASKING = re.compile(_LEX["typos"]["after_asking"])

# word → the other members of its synonym group (symmetric).
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = tuple(tuple(g) for g in _LEX["synonyms"]["groups"])
SYNONYMS: dict[str, tuple[str, ...]] = {}
for _group in SYNONYM_GROUPS:
    for _word in _group:
        SYNONYMS[_word] = tuple(
            dict.fromkeys(SYNONYMS.get(_word, ()) + tuple(w for w in _group if w != _word))
        )

# The lexicon's words are words to the tokenizer too: "社零增长" is 社零 + 增长, never 社 + 零增长.
add_user_words(
    w for group in SYNONYM_GROUPS for w in group if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)
)

PROVINCES = _words(_LEX["places"]["provinces"])
# City → the province it lies in (places.cities lists each province's cities).
PROVINCE_OF: dict[str, str] = {
    city: province for province, cities in _LEX["places"]["cities"].items() for city in _words(cities)
}
CITIES = frozenset(PROVINCE_OF)
CAPITALS: dict[str, str] = dict(_LEX["places"]["capitals"])
SPOKEN_PLACES: dict[str, str] = dict(_LEX["places"]["spoken"])
# "湖南省会那份…", "广西的首府": the capital named by its role is that city.
CAPITAL_ASKED = re.compile(
    rf"({'|'.join(sorted(CAPITALS, key=len, reverse=True))})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)?(?:的)?(?:省会|首府)(?:城市)?"
)
NOT_PLACES = frozenset(_words(_LEX["places"]["not_places"]))


class Attribute:
    """An attribute a question may ask for (an amount, a span) and how documents state it."""

    def __init__(self, name: str, asked: str, value: str, payment: str = "", paid: str = ""):
        self.name = name
        self.asked = re.compile(asked.strip())
        self.value = re.compile(value.strip())
        self.payment = _words(payment)  # question words asking for a payment …
        self.paid = _words(paid)  # … which a quote must then state with one of these words


ATTRIBUTES = tuple(
    Attribute(a["name"], a["asked"], a["value"], a.get("payment", ""), a.get("paid", ""))
    for a in _LEX["attributes"]
)
