"""What the corpus itself tells us about words: jurisdictions and their aliases, unit names, known bigrams.

Everything here is derived from the loaded documents (meta.jurisdiction, task units, text), never from a
fixed list, so a new document about a new city brings its own words with it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from assistant.wording import CAPITALS, CITIES, SYNONYMS
from corpus.model import PolicyDocument
from corpus.script import fold, folded
from corpus.text import PEOPLES_ORGANISATIONS, UNIT_SUFFIXES, jurisdiction_stem
from corpus.units import NAME_ENDING, UnitDirectory, looks_like_unit

_CJK_OR_WORD = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]+")
# Full-width digits, letters and ％ read as their ASCII forms.
HALF_WIDTH = str.maketrans(
    {
        chr(c): chr(c - 0xFEE0)
        for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
    }
    | {"％": "%", "．": "."}
)
# A unit-like phrase typed by a user: "商务局", "州工信局", "市发改委", "园区管委会".
UNIT_LIKE = re.compile(
    # "县（区）政府", "县（市、区）民政部门": a level qualified in brackets opens the name.
    r"[州市县区省][（(][市区县州、]{1,6}[）)](?:人民政府|政府|[\u4e00-\u9fff]{1,8}?(?:部门|局|委|办))|"
    # "自治区林业草原（枸杞）管理部门": a field qualified in brackets inside the name.
    r"(?:自治区|自治州|[州市县区省])?[\u4e00-\u9fff]{2,8}[（(][\u4e00-\u9fff]{1,6}[）)][\u4e00-\u9fff]{0,6}?(?:部门|局|委|办|机构)|"
    r"(?:自治区|自治州|[州市县区省])?[\u4e00-\u9fff]{1,8}?(?:人民政府|管委会|工商联|贸促会|侨联|领导小组|办公室|部门|局|委|办|厅|部|(?<!部)署|海关|支行|分行|集团|中心)"
)


_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LIST_JOINS = frozenset("、和与及")
_NATIONAL_WORDS = frozenset({"国家", "全国", "中国", "中央", "中华人民共和国"})
_FUNCTION_CHARS = frozenset(
    "要的得是在有把被给让都也就还再和与及或对从向由将可能会该这那哪谁啥咋怎几多了着过吗呢吧啊呀"
)
_TITLE_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:省|市|自治州)")
# A development zone or new area named in a title; its stem names the document as a place does.
_ZONE = re.compile(
    r"(?<![^《（）()“”区省市县、])([^\W\d_a-zA-Z区市省县]{2,4}?)(?:新片区|片区|新区|经开区|高新区|经济开发区|经济技术开发区|开发区|工业园区)"
)
_GENERIC_ZONE = re.compile(
    r"关于|推进|加快|支持|促进|印发|发展|建设|管理|加强|国家|产业|综合|保税|示范|试验|自由|贸易|高新|经济|技术|开发|工业|科技|创新|现代|特色|重点|全|各"
)
_PINYIN: dict[str, str] = {}


# Where a second name runs on from the first's ending (市经信局|市新经济委).
_GLUED_NAMES = re.compile(r"(?<=[\u4e00-\u9fff]{2}[局委办厅])(?=[省市区县州][\u4e00-\u9fff]{2,}[局委办厅]$)")


def _zone_stem(name: str) -> str:
    """湖南湘江 → 湘江, 宁波大榭 → 大榭: a province's or city's name before a zone's is not the zone's own."""
    from assistant.wording import CITIES, PROVINCES

    for place in (*PROVINCES, *CITIES):
        if name.startswith(place) and len(name) - len(place) >= 2:
            return name[len(place) :]
    return name


def _reads_as_place(doc: PolicyDocument, stem: str) -> bool:
    """The jurisdiction's stem is in the title, or is a listed city, or reads as a place name (jieba "ns"), or the document prints the
    place's own government standing alone or under its city ("蔡甸区人民政府办公室", "北京市大兴区人民政府") or a city bureau's branch in it
    ("市生态环境局咸安分局"): a user word the corpus added hides the tag jieba's dictionary gives a place."""
    from retrieval.tokenize import pos_tags

    if not stem:
        return False
    if stem in doc.title or stem in CITIES or any(flag == "ns" and stem in w for w, flag in pos_tags(stem)):
        return True  # (a prefecture city the lexicon lists is a place whatever jieba tags it: 三明, 六安)
    name = re.escape(doc.jurisdiction)
    # standing alone, or under the city or province it belongs to ("北京市大兴区人民政府办公室")
    own = (
        rf"(?:(?<![\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]{{2}}[市省])|(?<=自治区)|(?<=[\u4e00-\u9fff]{{2}}州))"
        rf"{name}(?:人民政府|政府|委员会|党委)|局{re.escape(stem)}分局"
    )
    return bool(re.search(own, f"{doc.meta.issuer}\n{doc.text}"))


def _pinyin(text: str, lazy_pinyin) -> list[str]:
    out = []
    for ch in text:
        if ch not in _PINYIN:
            _PINYIN[ch] = lazy_pinyin(ch)[0]
        out.append(_PINYIN[ch])
    return out


def pinyin_of(text: str) -> list[str]:
    """Toneless pinyin of each character (cached per character)."""
    from pypinyin import lazy_pinyin

    return _pinyin(text, lazy_pinyin)


_QUOTE_MARKS = re.compile(r"[“”\"'‘’「」『』]")


def bigrams(text: str) -> list[str]:
    """Character bigrams inside runs of CJK / alphanumeric characters (never across punctuation).

    Quotation marks do not break a run: “飞地”园区 must still match 飞地园区.
    """
    out: list[str] = []
    # A text layer's full-width digits and letters ("到２０２５年") are the figures a question types in ASCII.
    # Traditional characters are read as the simplified ones a question types (corpus.script).
    plain = folded(text) if len(text) < 200 else fold(text)
    for run in _CJK_OR_WORD.findall(_QUOTE_MARKS.sub("", plain.translate(HALF_WIDTH))):
        if len(run) == 1:
            continue
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


_PARENTHETICAL = re.compile(r"[（(][^（）()]*[）)]")


def _plain_government(name: str) -> str:
    return re.sub(r"^各|人民(?=政府)", "", _PARENTHETICAL.sub("", name))


def _bare_unit(name: str) -> str:
    """市数据局（营商环境建设局） → 数据局; 各县市区政府 → 县市区政府."""
    return re.sub(r"^(?:自治区|自治州|[省市州县区各])", "", _PARENTHETICAL.sub("", name))


# The level of government a unit's name opens with: 市科创局, 各区科创管理部门, 省发展改革委 (not 市场监管局).
_LEVEL_OPENING = re.compile(r"^各?([省市州县区])(?![场民级内外])")


# "（以下简称残疾人两项补贴）" in a document's opening: the short name it calls its own subject by.
_OWN_SHORT_NAME = re.compile(r"[（(](?:以下简称|以下统称|简称)[“\"]?([\u4e00-\u9fff]{2,12})[”\"]?[)）]")
_OPENING = 1500
# The defined thing's name must stand in the title this long (the whole of it, or its last characters).
_OWN_NAME = 6


def document_subject(doc) -> str:
    """A document's title with the short name its opening gives the thing its title names ("困难残疾人生活补贴和重度
    残疾人护理补贴（以下简称残疾人两项补贴）" in 《…困难残疾人生活补贴和重度残疾人护理补贴实施办法》): words every
    part of it is about, whichever name it uses. Short names of other things it defines are not its subject."""
    names = []
    opening = doc.text[:_OPENING]
    for m in _OWN_SHORT_NAME.finditer(opening):
        before = re.split(r"[^\u4e00-\u9fff]", opening[max(0, m.start() - 40) : m.start()])[-1]
        if len(before) >= _OWN_NAME and any(
            before[i:] in doc.title for i in range(len(before) - _OWN_NAME + 1)
        ):
            names.append(m.group(1))
    return "|".join([doc.title, *dict.fromkeys(names)]) if names else doc.title


def unit_level(name: str) -> str:
    """省 / 市 / 州 / 县 / 区 when the name opens with its level, else ""."""
    m = _LEVEL_OPENING.match(name)
    return m.group(1) if m else ""


# The share of its IDF a filler bigram (see Vocabulary.is_filler) keeps in coverage; chosen on the dev split of
# evals/robustness.jsonl.
FILLER_WEIGHT = 0.5


_LEVEL_ENDS = "市县州区省盟旗"


@dataclass
class Vocabulary:
    """Corpus-derived lookup tables used to understand questions and to judge evidence."""

    documents: tuple[PolicyDocument, ...]
    units: UnitDirectory
    jurisdiction_aliases: dict[str, str] = field(default_factory=dict)  # alias → canonical jurisdiction
    level_words: dict[str, str] = field(
        default_factory=dict
    )  # "州" → 湘西州 when only one jurisdiction is a 州
    unit_jurisdictions: dict[str, set[str]] = field(default_factory=dict)  # canonical unit → jurisdictions
    unit_names: tuple[str, ...] = ()  # every canonical name and alias, longest first
    bigram_df: Counter = field(default_factory=Counter)  # in how many tasks/paragraphs a bigram occurs
    passages: int = 1
    corpus_bigrams: set[str] = field(default_factory=set)
    # toneless pinyin of a bigram → the corpus bigram most often written with it (homophone typos: 招伤 → 招商)
    # toneless pinyin of a pair → the corpus pairs that sound so, most used first (共建, 攻坚 for gong jian)
    pinyin_bigrams: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # a place as questions name it (上海, 广东, 湘西) → documents whose title or opening lines name it
    place_docs: dict[str, set[str]] = field(default_factory=dict)
    # the bigrams each document's title and text use, and in how many documents each occurs: a question naming
    # a document by what it is about ("稳就业那个意见", "督查激励里") is matched at the document level
    doc_grams: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    doc_df: Counter = field(default_factory=Counter)
    _matches: dict[tuple[str, str, str], bool] = field(default_factory=dict, repr=False)
    _abbreviations: dict[str, str] = field(default_factory=dict, repr=False)
    _unit_abbreviations: dict[str, str] = field(default_factory=dict, repr=False)
    # toneless pinyin of a unit's or a place's name (3–10 characters) → the names sounding so (homophone typos:
    # 省工信卫 → 省工信委, 秦黄岛 → 秦皇岛)
    _unit_sounds: dict[tuple[str, ...], list[str]] = field(default_factory=dict, repr=False)
    _place_sounds: dict[tuple[str, ...], list[str]] = field(default_factory=dict, repr=False)
    _copy_of: dict[str, str] = field(default_factory=dict, repr=False)  # doc_id → the first copy's doc_id
    _place_named: list[str] | None = field(default=None, repr=False)
    _placed_tails: list[tuple[str, list[str]]] | None = field(default=None, repr=False)
    _weights: dict[str, float] = field(default_factory=dict, repr=False)
    _unplaced_texts: dict[str, str] | None = field(default=None, repr=False)

    @classmethod
    def from_documents(cls, documents: Sequence[PolicyDocument]) -> Vocabulary:
        """Build all tables from the documents in one pass."""
        docs = tuple(documents)
        vocab = cls(documents=docs, units=UnitDirectory.from_documents(list(docs)))
        vocab._read_jurisdictions()
        vocab._read_units()
        vocab._read_bigrams()
        vocab._read_places()
        return vocab

    def _read_jurisdictions(self) -> None:
        levels: dict[str, set[str]] = {}
        cities: dict[str, set[str]] = {}
        for doc in self.documents:
            name = doc.jurisdiction
            # A jurisdiction read from the text is trusted only where it reads as a place (not 组织市, 保护市).
            if not name or not _reads_as_place(doc, jurisdiction_stem(name)):
                continue
            self.jurisdiction_aliases[name] = name
            stem = jurisdiction_stem(name)
            self.jurisdiction_aliases.setdefault(stem, name)
            # Longer official spellings the document itself uses (湘西自治州), never a place inside the
            # jurisdiction (长沙黄花综合保税区, 湘西高新区): those are topics, not filters.
            for match in re.finditer(re.escape(stem) + r"(?:[\u4e00-\u9fff]{0,5}自治州|州|市)", doc.text):
                self.jurisdiction_aliases.setdefault(match.group(0), name)
            level = name[-1]
            if level in "省市州县区":  # 国家 is no level a question names by "家级" (国家级孵化器)
                levels.setdefault(level, set()).add(name)
            if level in "县区":
                # "鞍山市立山区人民政府文件": the city a district's document names it under.
                for match in re.finditer(rf"([\u4e00-\u9fff]{{2,3}})市{re.escape(name)}", doc.text[:3000]):
                    cities.setdefault(match.group(1), set()).add(name)
        for city, districts in cities.items():
            # Asked by the city too ("鞍山立山区…"), the one district the corpus has of it answers, unless the city
            # is a jurisdiction of its own.
            if len(districts) == 1 and city not in self.jurisdiction_aliases:
                for alias in (city, f"{city}市"):
                    self.jurisdiction_aliases.setdefault(alias, next(iter(districts)))
        for level, names in levels.items():
            if len(names) == 1:
                self.level_words[level] = next(iter(names))

    def _read_units(self) -> None:
        # Aliases must still look like a body's name: "商务局" yes; "单位" / "政府" / "财政" are too generic.
        aliases = {
            a
            for a in self.units.all_aliases()
            if (len(a) >= 3 and looks_like_unit(a))
            or (len(a) == 2 and a in PEOPLES_ORGANISATIONS)  # 残联: 区残联
        }
        names: set[str] = set(self.units.all_names()) | aliases
        for doc in self.documents:
            for task in doc.tasks:
                for unit in task.units:
                    for canonical in self.canonical_units(unit, doc.jurisdiction):
                        self.unit_jurisdictions.setdefault(canonical, set()).add(doc.jurisdiction)
                        names.add(canonical)
                    names.add(unit)
        self.unit_names = tuple(sorted((n for n in names if len(n) >= 2), key=lambda w: (-len(w), w)))

    def _read_bigrams(self) -> None:
        count = 0
        for doc in self.documents:
            # The short name a document gives its subject names it like its title ("两项补贴办法").
            title, body = frozenset(bigrams(document_subject(doc))), frozenset(bigrams(doc.text))
            self.doc_grams[doc.doc_id] = (title, body | title)
            self.doc_df.update(body | title)
            for paragraph in re.split(r"[\n。]", doc.text):
                grams = set(bigrams(paragraph))
                if not grams:
                    continue
                count += 1
                self.bigram_df.update(grams)
        self.passages = max(count, 1)
        self.corpus_bigrams = set(self.bigram_df)

    def _read_places(self) -> None:
        from assistant.wording import CITIES, PROVINCES

        for doc in self.documents:
            # (a page printed in traditional characters names its places so: 銀川 is 银川)
            title = folded(doc.title)
            opening = f"{title}\n{folded(doc.text[:300])}"
            names = {p for p in PROVINCES if p in opening}
            names.update(m.group(1) for m in _TITLE_PLACE.finditer(title))
            # A zone's own name in the title: 临港 of 临港新片区, 常州 of 常州经开区.
            names.update(
                _zone_stem(m.group(1)) for m in _ZONE.finditer(title) if not _GENERIC_ZONE.search(m.group(1))
            )
            # A title (or, when none was read, the first line) that opens with a place name: 义乌国际贸易…条例.
            from retrieval.tokenize import pos_tags

            heading = (
                title if doc.title and doc.title != doc.doc_id else folded(doc.text.strip().split("\n")[0])
            )
            first = pos_tags(heading[:12])[:1]
            if first and first[0][1] == "ns" and len(first[0][0]) >= 2:
                names.add(jurisdiction_stem(first[0][0]) or first[0][0])
            # A listed city opening the title however the tokenizer cuts it ("深圳经济特区…条例" is one word).
            names.update(c for c in CITIES if heading.startswith(c))
            stem = jurisdiction_stem(doc.jurisdiction) if doc.jurisdiction else ""
            if stem and _reads_as_place(doc, stem):
                names.add(stem)
            for name in names:
                # 国家 opens many a title's subject (国家自主创新示范区, 国家组织药品集中采购): it names no place.
                if len(name) >= 2 and name not in _NATIONAL_WORDS:
                    self.place_docs.setdefault(name, set()).add(doc.doc_id)
        self._place_titles_naming_places()
        self._place_untitled()

    def _place_titles_naming_places(self) -> None:
        """A title naming a place the library knows is that place's too, wherever the name sits in it: "…支持临港
        地区新一轮发展的若干意见" is a 临港 document as much as "临港新片区…若干措施" is; the question's other words
        then choose between them."""
        for place, docs in self.place_docs.items():
            docs.update(
                doc.doc_id
                for doc in self.documents
                if doc.title and doc.title != doc.doc_id and place in folded(doc.title)
            )

    def _place_untitled(self) -> None:
        """A document that names no place in its title or opening ("为把我县旅游业培育成为新的支柱产业…制定本意见",
        "2022年xxx市…实施方案") is the place's whose name its text keeps using ("在柳河新建", "来柳河旅游",
        "推动汉中经济高质量发展…汉中市招商引资工作领导小组"), when that place is one the library knows or a listed
        city, and no other is named as often."""
        from assistant.wording import CITIES

        placed = set().union(*self.place_docs.values()) if self.place_docs else set()
        known = sorted({p for p in self.place_docs if len(p) >= 2} | CITIES)
        for doc in self.documents:
            if doc.jurisdiction:
                continue
            # A name inside a longer one (鞍山 in 马鞍山) counts only where it stands alone.
            named = {p: doc.text.count(p) for p in known if p in doc.text}
            alone = {p: n - sum(named[q] for q in named if q != p and p in q) for p, n in named.items()}
            counts = sorted(((n, p) for p, n in alone.items() if n > 0), reverse=True)
            # A 文号 opens with its issuing place's first character (十政办发 of 十堰, 长政发 of 长沙): the one place
            # the text names that it abbreviates, whatever province its opening names.
            number = doc.meta.doc_number
            abbreviated = [p for _, p in counts if number and number[0] == p[0]]
            if len(abbreviated) == 1:
                self.place_docs.setdefault(abbreviated[0], set()).add(doc.doc_id)
                continue
            if doc.doc_id in placed:
                continue
            province = _province_by_capital(doc)
            if province:
                self.place_docs.setdefault(province, set()).add(doc.doc_id)
                continue
            # Named twice, or once in an opening that names no other place ("…开展马鞍山市招商引资“百日攻坚”活动").
            once_up_front = len(counts) == 1 and counts[0][1] in doc.text[:300]
            if (
                counts
                and (counts[0][0] >= 2 or once_up_front)
                and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0])
            ):
                self.place_docs.setdefault(counts[0][1], set()).add(doc.doc_id)

    def _read_pinyin(self) -> None:
        from pypinyin import lazy_pinyin

        for gram, count in self.bigram_df.most_common():
            if count < 2 or not _CJK_PAIR.fullmatch(gram):
                continue
            self.pinyin_bigrams.setdefault(tuple(_pinyin(gram, lazy_pinyin)), []).append(gram)

    def _strays(self, window: str, k: int) -> bool:
        """The character at ``k`` makes a pair the corpus never writes with a neighbour in ``window`` ("信卫" in 省工信卫;
        not 山 of "山西省政府", which the corpus writes)."""
        pairs = [window[j : j + 2] for j in (k - 1, k) if j >= 0 and j + 2 <= len(window)]
        return any(p not in self.corpus_bigrams for p in pairs)

    def _sounds(
        self, names: Iterable[str], lazy_pinyin, shortest: int = 3
    ) -> dict[tuple[str, ...], list[str]]:
        """Toneless pinyin → the names (``shortest``–10 characters) sounding so."""
        sounds: dict[tuple[str, ...], list[str]] = {}
        for name in names:
            if shortest <= len(name) <= 10 and "、" not in name:
                sounds.setdefault(tuple(_pinyin(name, lazy_pinyin)), []).append(name)
        return sounds

    def _known_homophones(
        self, text: str, sounds: dict, lazy_pinyin, stops: set[str], inner_only: bool = False
    ) -> str:
        """Each stretch typed one homophone off a known name ("省工信卫" for 省工信委, "秦黄岛" for 秦皇岛): the one name
        sounding the same, where the stretch is no known name, the typed character is no word of the question's own
        ("是商务部门" is no 市商务部门) and strays from the corpus's pairs (山西 is never 陕西). ``inner_only``: a place's
        last character is never the typed one, and its first only where the place is typed with its level word."""
        from retrieval.tokenize import is_word

        known = {n for names in sounds.values() for n in names}
        for size in range(10, 1, -1):
            at = 0
            while at + size <= len(text):
                window = text[at : at + size]
                if window in known or not all("\u4e00" <= ch <= "\u9fff" for ch in window):
                    at += 1
                    continue
                forms = set()
                for name in sounds.get(tuple(_pinyin(window, lazy_pinyin)), []):
                    typed = [k for k in range(size) if name[k] != window[k]]
                    if size == 2:
                        # "横阳" for 衡阳: a place's two-character name, where the typed pair is one the corpus
                        # never writes and no word
                        # and neither character makes a word with the one beside the pair ("专利山东" holds no
                        # 立山: 专利 and 山东 are words)
                        outer = [text[at - 1 : at + 1] if at else "", text[at + 1 : at + 3]]
                        if (
                            len(typed) == 1
                            and window[typed[0]] not in stops
                            and window not in self.corpus_bigrams
                            and not is_word(window)
                            and not any(len(p) == 2 and is_word(p) for p in outer)
                        ):
                            forms.add(folded(name))
                    elif (
                        len(typed) == 1
                        and window[typed[0]] not in stops
                        # (a place's first character may be the typed one where its level word follows:
                        # "安山市" for 鞍山市)
                        and not (
                            inner_only
                            and (typed[0] == size - 1 or (typed[0] == 0 and window[-1] not in _LEVEL_ENDS))
                        )
                        and self._strays(window, typed[0])
                    ):
                        forms.add(folded(name))
                if len(forms) == 1:
                    text = text[:at] + forms.pop() + text[at + size :]
                    at += size
                    continue
                at += 1
        return text

    def correct_homophones(self, text: str, protected: Iterable[str] = ()) -> str:
        """Replace a character typed with the wrong homophone (招伤 → 招商, 签头 → 牵头, 部们 → 部门).

        Only a character in a pair unknown to the corpus (and not a dictionary word) changes, and only into a
        character of the same toneless pinyin that makes that pair a dictionary word the corpus uses; pairs
        inside ``protected`` phrases (asking words) are left alone.
        """
        if not self.pinyin_bigrams:
            self._read_pinyin()
        from pypinyin import lazy_pinyin

        from retrieval.tokenize import is_word

        protected = tuple(protected)
        single_stops = {w for w in protected if len(w) == 1}
        if not self._unit_sounds:
            self._unit_sounds = self._sounds(self.unit_names, lazy_pinyin)
            self._place_sounds = self._sounds(self.jurisdiction_aliases, lazy_pinyin, shortest=2)
        text = self._known_homophones(text, self._place_sounds, lazy_pinyin, single_stops, inner_only=True)
        text = self._known_homophones(text, self._unit_sounds, lazy_pinyin, single_stops)
        guard = set()
        for phrase in protected:
            guard.update(phrase[i : i + 2] for i in range(len(phrase) - 1))
        chars = list(text)
        known = self.corpus_bigrams

        def cjk(i: int) -> bool:
            return 0 <= i < len(chars) and "\u4e00" <= chars[i] <= "\u9fff"

        masked = [False] * len(chars)
        for name in (*self.unit_names, *self.jurisdiction_aliases):
            start = text.find(name)
            while start >= 0:
                masked[start : start + len(name)] = [True] * len(name)
                start = text.find(name, start + 1)

        def supported(i: int, j: int) -> bool:
            if not (cjk(i) and cjk(j)):
                return False
            pair = chars[i] + chars[j]
            return pair in guard or is_word(pair) or self.bigram_df.get(pair, 0) >= 3

        def absent(i: int, j: int) -> bool:
            """The pair at (i, j) is not a corpus bigram (or there is no pair there)."""
            if not (cjk(i) and cjk(j)):
                return True
            pair = chars[i] + chars[j]
            return pair not in known and pair not in guard

        for i in range(len(chars)):
            # A character that makes a word, or a pair the corpus uses often, with either neighbour stays.
            if not cjk(i) or masked[i] or supported(i - 1, i) or supported(i, i + 1):
                continue
            if not (cjk(i - 1) or cjk(i + 1)):
                continue
            if chars[i] in single_stops:
                continue
            options: list[tuple[int, int, str]] = []
            for left, right in ((i - 1, i), (i, i + 1)):
                if not (cjk(left) and cjk(right)) or not absent(left, right):
                    continue
                if masked[left if right == i else right]:
                    continue  # "按山东": a character beside a place already read is not made into another (鞍山)
                pair = chars[left] + chars[right]
                if is_word(pair):
                    continue
                other = left if right == i else right
                # The most used pair of that sound keeping the other character, and only a real word (招商, 牵头,
                # 部门) or a place a document is of (大谢 → 大榭), never a junction the corpus happens to contain.
                found = next(
                    (
                        gram
                        for gram in self.pinyin_bigrams.get(tuple(_pinyin(pair, lazy_pinyin)), ())
                        if gram[other - left] == chars[other] and (is_word(gram) or gram in self.place_docs)
                    ),
                    None,
                )
                if not found:
                    continue
                new = found[i - left]
                saved, chars[i] = chars[i], new
                present = (not absent(i - 1, i)) + (not absent(i, i + 1))
                chars[i] = saved
                options.append((present, self.bigram_df.get(found, 0), new))
            if options:
                chars[i] = max(options)[2]
        return "".join(chars)

    def expand_abbreviations(self, text: str, protected: Iterable[str] = ()) -> str:
        """A word the documents never write, typed as characters of a phrase they do write, in the phrase's
        words: 集采 → 集中采购, 技改 → 技术改造, 自创区 → 自主创新示范区, 乌昌石 → 乌鲁木齐、昌吉、石河子. Only the
        corpus decides (no fixed table): the phrase must be written at least twice, and each of its words must
        open with a typed character (a name's last character may close it: 示范区)."""
        from retrieval.tokenize import words

        tokens = words(text)
        out: list[str] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            # jieba cuts 自创区 as 自创|区: a character after the token may close what was typed.
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if len(after) == 1 and _CJK_RUN.fullmatch(after) and after not in _FUNCTION_CHARS:
                joined = token + after
                phrase = self._abbreviation(joined) if self._may_abbreviate(joined, protected) else ""
                if phrase:
                    out.append(phrase)
                    i += 2
                    continue
            phrase = self._abbreviation(token) if self._may_abbreviate(token, protected) else ""
            out.append(phrase or token)
            i += 1
        return "".join(out)

    def _may_abbreviate(self, token: str, protected: Iterable[str]) -> bool:
        from retrieval.tokenize import dictionary_tag, is_word

        grams = [token[i : i + 2] for i in range(len(token) - 1)]
        unseen = [g for g in grams if g not in self.corpus_bigrams]
        return (
            2 <= len(token) <= 5
            and bool(_CJK_RUN.fullmatch(token))
            and token not in protected
            # a dictionary word is what it says, unless the dictionary calls it an abbreviation (技改: j) or
            # the documents never write it at all (自创)
            and (not is_word(token) or dictionary_tag(token) == "j" or len(unseen) == len(grams))
            # a function character glued to a word by the tokenizer ("要配") opens no abbreviation
            and token[0] not in _FUNCTION_CHARS
            and not UNIT_LIKE.fullmatch(token)
            and bool(unseen)
        )

    def _abbreviation(self, short: str) -> str:
        if short in self._abbreviations:
            return self._abbreviations[short]
        from retrieval.tokenize import words

        # Up to four characters (or a list's 、) between two typed ones, up to three after the last.
        pattern = re.compile(
            re.escape(short[0])
            + "".join(f"[\u4e00-\u9fff、]{{0,4}}?{re.escape(c)}" for c in short[1:])
            + "[\u4e00-\u9fff]{0,3}"
        )
        found: Counter = Counter()
        for doc in self.documents:
            for match in pattern.finditer(doc.text):
                span = match.group(0)
                for end in range(len(span), len(short), -1):
                    if _typed_from(short, [w for w in words(span[:end]) if w not in _LIST_JOINS]):
                        found[span[:end]] += 1
                        break
        phrase = ""
        if found:
            best, count = found.most_common(1)[0]
            phrase = best if count >= 2 else ""
        self._abbreviations[short] = phrase
        return phrase

    def idf(self, gram: str) -> float:
        """Rarer bigrams weigh more; unseen bigrams weigh like the rarest."""
        return math.log((self.passages + 1) / (self.bigram_df.get(gram, 0) + 0.5))

    def is_filler(self, gram: str) -> bool:
        """A bigram no document uses and no dictionary lists: the seam of a cadre's spoken wording
        ("当场办不了" → 场办, 办不; "材料齐了" → 齐了), which says nothing about what is asked."""
        from retrieval.tokenize import is_word

        return gram not in self.corpus_bigrams and not is_word(gram)

    def weight(self, gram: str) -> float:
        """How much a topic bigram counts in coverage: its IDF, a small share of it for filler bigrams.

        A real word the documents never use (珠江, 结汇 where no document has them) keeps the rarest weight: it
        is what tells an unanswerable question apart."""
        found = self._weights.get(gram)
        if found is None:
            found = self.idf(gram) * (FILLER_WEIGHT if self.is_filler(gram) else 1.0)
            self._weights[gram] = found
        return found

    def homophone_unit(self, name: str) -> str:
        """The one known unit name or alias typed with the same toneless pinyin ("人设部" → 人社部), else ""."""
        from pypinyin import lazy_pinyin

        sound = _pinyin(name, lazy_pinyin)
        same = [
            n
            for n in self.unit_names
            if len(n) == len(name) and n != name and _pinyin(n, lazy_pinyin) == sound
        ]
        # One name printed in both scripts (市发改委 / 市發改委) is one unit: the simplified form answers.
        forms = {folded(n) for n in same}
        if len(forms) == 1:
            return min(same, key=lambda n: n != folded(n))
        return ""

    def abbreviated_unit(self, name: str) -> str:
        """The one known unit whose words ``name`` is typed from ("文广新局" → 市文化广电新闻出版局, "市场监管局" →
        市场监督管理局), with the same level word in front when one is typed; else ""."""
        if name in self._unit_abbreviations:
            return self._unit_abbreviations[name]
        level = name[0] if name[:1] in "省市州县区" and len(name) > 3 else ""
        short = name[len(level) :]
        found = []
        for full in self.unit_names:
            if (level and not full.startswith(level)) or "、" in full:
                continue  # a list of departments ("财政、审计部门") is no one body a short name stands for
            # The name with its level word taken off (市文化广电和旅游局 → 文化广电和旅游局), or whole (市场监督管理局).
            bodies = (
                [full[len(level) :]] if level else [full, full[1:]] if full[:1] in "省市州县区" else [full]
            )
            # An abbreviation drops words, not two characters of a long name ("营商环境工作主管部门" typed is no short
            # name of a 营商环境建设工作主管部门 elsewhere: the department written "优化营商环境工作主管部门" may be it).
            if any(_short_for(short, body) and len(short) <= 0.8 * len(body) for body in bodies):
                found.append(full)
        # The shortest such name is the body itself; longer ones carry a place ("广州市文化广电新闻出版局").
        best = sorted(set(found), key=len)
        answer = best[0] if best and all(best[0] in other for other in best) else ""
        self._unit_abbreviations[name] = answer
        return answer

    def place_named_units(self) -> list[str]:
        """Known units whose name is a place followed by a body with no level word (湘西海关), longest first: typed
        whole, they name that unit, not the place's 海关 in general."""
        if self._place_named is None:
            aliases = [a for a in self.jurisdiction_aliases if len(a) >= 2]
            self._place_named = sorted(
                (
                    n
                    for n in self.unit_names
                    if len(n) >= 4
                    and any(n.startswith(a) and n[len(a) : len(a) + 1] not in "省市州县区" for a in aliases)
                ),
                key=len,
                reverse=True,
            )
        return self._place_named

    def placed_unit_tails(self) -> list[tuple[str, list[str]]]:
        """Units whose name holds a place after its opening ("中国人民银行永州市分行"), each with its tails of six
        or more characters that keep the place: what a question may type of it."""
        if self._placed_tails is None:
            aliases = [a for a in self.jurisdiction_aliases if len(a) >= 2]
            self._placed_tails = []
            for name in self.unit_names:
                tails = [name[k:] for k in range(len(name) - 5)]
                tails = [
                    t
                    for t in tails
                    if any(a in t for a in aliases) and not any(t.startswith(a) for a in aliases)
                ]
                if tails:
                    self._placed_tails.append((name, tails))
        return self._placed_tails

    def canonical_units(self, name: str, jurisdiction: str | None = None) -> list[str]:
        """Canonical names for a unit as written; the name itself when the directory does not know it."""
        try:
            found = self.units.resolve(name, jurisdiction=jurisdiction or None)
        except (KeyError, ValueError):
            found = []
        return list(found) or [name]

    def unit_matches(self, asked: str, written: str, jurisdiction: str) -> bool:
        """Does a unit as asked ("数据局", "商务局") name the unit as written in a document of ``jurisdiction``?"""
        key = (asked, written, jurisdiction)
        if key not in self._matches:
            # (a unit printed in traditional characters, "市財政局", is the 市财政局 asked)
            asked, written = folded(asked), folded(written)
            a, w = _bare_unit(asked), _bare_unit(written)
            level_a, level_w = unit_level(asked), unit_level(written)
            self._matches[key] = (
                asked == written
                or asked in self.canonical_units(written, jurisdiction)
                or (a == w and (not level_a or not level_w or level_a == level_w))
                # "文旅局" for 市文化广电旅游局: the short name a cadre types for the body.
                or ((not level_a or not level_w or level_a == level_w) and _short_for(a, w))
                or _listed_field(asked, written)
                or _same_in_lexicon(asked, written)
                or ((not level_a or not level_w or level_a == level_w) and _bureau_of_field(a, w))
                # "发展改革" in "分别由发展改革、…和住房城乡建设部门牵头": a field printed without the noun it shares.
                or (not NAME_ENDING.search(w[-4:]) and _bureau_of_field(a, w + "部门"))
                # "县（区）政府" for 各县（区）人民政府: one body, written with or without 各 and 人民.
                or (len(asked) >= 3 and _plain_government(asked) == _plain_government(written))
                or _without_its_modifier(asked, written)
            )
            parts = _GLUED_NAMES.split(written)
            if not self._matches[key] and len(parts) > 1:
                # "市经信局市新经济委": one body under two nameplates, printed run together; either name is it.
                self._matches[key] = any(self.unit_matches(asked, part, jurisdiction) for part in parts)
            government = _GOVERNMENT_S_DEPARTMENT.sub(r"\1", written)
            if not self._matches[key] and government != written:
                # "省政务服务管理部门" for 省人民政府政务服务管理部门: the department named with its level alone.
                self._matches[key] = self.unit_matches(asked, government, jurisdiction)
            levelled = _LEVELS_ABOVE.sub("", _LEVEL_LIST.sub("", written))
            if not self._matches[key] and levelled != written and len(levelled) >= 3:
                # "县级以上人民政府市场监督管理部门" is the 市场监督管理部门 of every level it names.
                self._matches[key] = self.unit_matches(asked, levelled, jurisdiction)
        return self._matches[key]

    def is_rare(self, term: str) -> bool:
        """A term most passages lack (a distinctive word such as 税率 or 深挖, not 建设 or 工作); its filler
        bigrams do not make it rare."""
        grams = [g for g in bigrams(term) if not self.is_filler(g)] or bigrams(term)
        if not grams:
            return True
        return min(self.bigram_df.get(g, 0) for g in grams) <= max(3, self.passages // 100)

    def jurisdictions_of_unit(self, canonical: str) -> set[str]:
        return set(self.unit_jurisdictions.get(canonical, set()))

    def document(self, doc_id: str) -> PolicyDocument | None:
        return next((d for d in self.documents if d.doc_id == doc_id), None)

    def copy_of(self, doc_id: str) -> str:
        """The first-read copy of the document ``doc_id`` is (itself when it has none): one document uploaded twice
        (a .docx and a GBK .txt of 衡政办发〔2025〕11号) is one document. Read once per corpus."""
        if not self._copy_of:
            firsts: dict[tuple[str, str], list[PolicyDocument]] = {}
            for doc in self.documents:
                same_key = firsts.setdefault(_copy_key(doc), [])
                first = next((f for f in same_key if _same_items(doc, f)), None)
                if first is None:
                    same_key.append(doc)
                self._copy_of[doc.doc_id] = (first or doc).doc_id
        return self._copy_of.get(doc_id, doc_id)

    def copies(self, doc_id: str) -> list[PolicyDocument]:
        """The other copies of the document ``doc_id``."""
        first = self.copy_of(doc_id)
        return [d for d in self.documents if d.doc_id != doc_id and self.copy_of(d.doc_id) == first]

    def all_jurisdictions(self) -> list[str]:
        return sorted({d.jurisdiction for d in self.documents if d.jurisdiction})

    def unplaced_texts(self) -> dict[str, str]:
        """The text of each document printing no place of its own, in simplified characters (read once per library:
        a question naming a place such a page speaks of finds it by these)."""
        if self._unplaced_texts is None:
            self._unplaced_texts = {d.doc_id: fold(d.text) for d in self.documents if not d.jurisdiction}
        return self._unplaced_texts

    def documents_in(self, jurisdictions: Iterable[str] | None, doc_ids: Iterable[str] | None = None) -> list:
        """Documents filtered by jurisdiction and id (no filter when a collection is empty or None)."""
        wanted_j = set(jurisdictions or ())
        wanted_d = set(doc_ids or ())
        return [
            d
            for d in self.documents
            if (not wanted_j or self._placed_in(d, wanted_j)) and (not wanted_d or d.doc_id in wanted_d)
        ]

    def _placed_in(self, doc, jurisdictions: set[str]) -> bool:
        """In one of ``jurisdictions``: by its own, or (printing none) by the place its text keeps naming."""
        if doc.jurisdiction:
            # A document whose title names the place (《广州--梅州全面对口帮扶…》 issued for 广东) is the place's too.
            return doc.jurisdiction in jurisdictions or any(
                len(stem) >= 2 and stem in folded(doc.title)
                for stem in (jurisdiction_stem(j) for j in jurisdictions)
            )
        return any(doc.doc_id in self.place_docs.get(jurisdiction_stem(j) or j, ()) for j in jurisdictions)


def _province_by_capital(doc: PolicyDocument) -> str:
    """A provincial page printing no place ("（牵头单位：省市场监管局）", "（牵头单位：人民银行济南分行）"): the
    province whose capital names the branches of national bodies among its units, when exactly one does."""
    units = {u for t in doc.tasks for u in t.units}
    if not any(u.startswith("省") for u in units):
        return ""
    named = {province for province, capital in CAPITALS.items() if any(capital in u for u in units)}
    return named.pop() if len(named) == 1 else ""


def _copy_key(doc: PolicyDocument) -> tuple[str, str]:
    """What two copies of one document share: their 文号, or their title and place (a page with neither: itself)."""
    title = doc.title if doc.title != doc.doc_id else ""
    key = ("文号", doc.meta.doc_number) if doc.meta.doc_number else (title, doc.jurisdiction)
    return key if key[0] else ("", doc.doc_id)


def _same_items(a: PolicyDocument, b: PolicyDocument) -> bool:
    """Two files sharing a 文号 (or a title and place) hold the same items, not two parts of a long document kept
    apart under its one title (数字广东…要点 一 and 五、六)."""
    titles = [{t.title for t in d.tasks if t.kind in ("item", "table_row") and t.title} for d in (a, b)]
    if all(titles):
        return len(titles[0] & titles[1]) >= 0.6 * min(len(titles[0]), len(titles[1]))
    shorter, longer = sorted((a.text, b.text), key=len)
    probes = [shorter[i : i + 30] for i in range(0, max(1, len(shorter) - 30), max(1, len(shorter) // 6))][:6]
    return sum(p in longer for p in probes) >= 0.6 * len(probes)


_GOVERNMENT_S_DEPARTMENT = re.compile(
    r"^(自治区|自治州|省|市|州|县|区)人民政府(?=[^、（）()]{2,}(?:部门|机构|局|厅|委))"
)
_LEVELS_ABOVE = re.compile(
    r"^(?:企业住所地|本市|本省)?(?:各级|(?:旗县|县|设区的市|地[（(]市[）)])级以上(?:地方)?(?:各级)?)人民政府"
)
# "市、县（市、区）公安机关交通管理部门", "省和市、县、自治县人民政府…主管部门": the department at each level.
_A_LEVEL = r"(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟)(?:[（(][^（）()]{1,8}[）)])?"
_LEVEL_LIST = re.compile(rf"^(?:{_A_LEVEL}(?:、|和|及))+{_A_LEVEL}(?:人民政府)?(?=[\u4e00-\u9fff]{{2}})")


_FIELD_HEAD = re.compile(r"(?:工作)?(?:行政)?(?:主管|管理|监督)?(?:部门|机构)$")


def _without_its_modifier(asked: str, written: str) -> bool:
    """ "营商环境工作主管部门" asked, "优化营商环境工作主管部门" written: a department's name typed without the two
    to four characters that open it, its field still named in full."""
    field = _FIELD_HEAD.sub("", asked)
    dropped = len(written) - len(asked)
    return (
        field != asked
        and len(field) >= 4
        and 2 <= dropped <= 4
        and written.endswith(asked)
        and not re.search(r"[、（）()]", written)
    )


def _same_in_lexicon(asked: str, written: str) -> bool:
    """The lexicon's everyday name and the documents' full name of one body (市场监管部门 ~ 市场监督管理部门)."""
    return written in SYNONYMS.get(asked, ())


_ELLIPTICAL_TAIL = re.compile(r"(?:等)?(?:有关|相关|其他)?(?:主管)?部门$")

# A regulation names a department by its field ("市大数据管理部门", "行政审批服务部门"); a cadre by its bureau
# ("大数据局", "审批局").
_BUREAU = re.compile(r"(?:管理)?(?:局|委员会|委|厅)$")
_FIELD_DEPARTMENT = re.compile(r"(?:主管|管理|服务)?(?:部门|机关)$")


def _bureau_of_field(asked: str, written: str) -> bool:
    """ "大数据局" asked, "大数据管理部门" written: the bureau typed is the department of that field."""
    if not (_BUREAU.search(asked) or _FIELD_DEPARTMENT.search(asked)) or not _FIELD_DEPARTMENT.search(
        written
    ):
        return False
    if "、" in written:
        return False
    typed = _FIELD_DEPARTMENT.sub("", _BUREAU.sub("", asked))
    field = _FIELD_DEPARTMENT.sub("", written)
    if len(typed) < 2 or len(field) < 2:
        return False
    return typed == field or _short_for(typed + "部门", field + "部门")


def _listed_field(asked: str, written: str) -> bool:
    """ "司法行政部门" asked, "发展改革、教育、司法行政、财政等相关部门" written: the field named in a list of
    departments that share one "部门" is that field's department (its everyday short name too: 市场监管)."""
    if (
        "、" not in written
        or not _ELLIPTICAL_TAIL.search(written)
        or not re.search(r"(?:部门|局|委|厅)$", asked)
    ):
        return False
    # "大数据局" asked of "大数据、地方金融监管等部门": the bureau is that field's department.
    typed = _LEVELS_ABOVE.sub("", _ELLIPTICAL_TAIL.sub("", _BUREAU.sub("", asked)))
    # "市商务部门" may be the 商务 of a list; "市场监管部门" opens with 市场, not with a level.
    candidates = {typed, re.sub(r"^[省市县区州](?!场)", "", typed)} - {""}
    fields = [f for f in re.split(r"[、，,]", _ELLIPTICAL_TAIL.sub("", written)) if f]
    names = candidates | {alt for c in candidates for alt in SYNONYMS.get(c, ())}
    return any(f in names for f in fields)


def _typed_from(short: str, parts: list[str]) -> bool:
    """``short`` is what a cadre types for the words ``parts``: each word opens with the next typed character,
    and the typed characters may run on inside a word (市场监管局 → 市场|监督|管理局). Three typed characters
    or more may name the last word by its last character instead (自创区 → 自主|创新|示范区)."""
    if len(parts) < 2:
        return False
    k = 0
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        if k >= len(short) or (len(part) < 2 and not last):
            return False
        if part[0] == short[k]:
            k += 1
            inside = 1
            while k < len(short) and inside < len(part) and part[inside] == short[k]:
                k += 1
                inside += 1
            if (
                last
                and k == len(short) - 1
                and len(short) >= 3
                and part[-1] == short[k]
                and inside < len(part)
            ):
                k += 1
        elif last and k == len(short) - 1 and len(short) >= 3 and part[-1] == short[k]:
            k += 1
        else:
            return False
    return k == len(short)


def _typed_skipping(short: str, parts: list[str]) -> bool:
    """A body's short name may leave out words between those it types: 文旅局 for 文化|广电|旅游局, 住建局 for
    住房|城乡|建设|局. The first typed character opens the first word, the last one ends the name (局, 委, 厅),
    and every one between opens a later word, in order."""
    if (
        len(short) < 3
        or len(parts) < 2
        or not parts[-1].endswith(short[-1])
        or not parts[0].startswith(short[0])
    ):
        return False
    k, n = 1, 1
    while k < len(short) - 1 and n < len(parts):
        if parts[n][0] == short[k]:
            k += 1
        n += 1
    return k == len(short) - 1 and (n < len(parts) or len(parts[-1]) > 1 or parts[-1] == short[-1])


def _short_for(short: str, full: str) -> bool:
    """``short`` is a short name typed from the words of ``full`` (文旅局 / 文化广电旅游局, 住建局 / 住房城乡建设局)."""
    if len(short) < 3 or len(full) <= len(short) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    from retrieval.tokenize import words

    parts = [w for w in words(full) if w not in _LIST_JOINS]
    return _typed_from(short, parts) or _typed_skipping(short, parts) or _typed_before_head(short, full)


# The head noun a short name keeps whole ("市医保部门" for 市医疗保障部门, "大江东管委会" for 大江东集聚区管委会):
# the corpus's own unit endings, longest first.
_HEADS = tuple(sorted(UNIT_SUFFIXES, key=len, reverse=True))


def _typed_before_head(short: str, full: str) -> bool:
    """Both end with the same head noun, and what the short name types before it is the full name's opening
    character followed by more of its characters, in order (医保 / 医疗保障, 大江东 / 大江东集聚区)."""
    head = next((h for h in _HEADS if short.endswith(h) and full.endswith(h)), "")
    typed, written = short[: len(short) - len(head)], full[: len(full) - len(head)]
    if not head or len(typed) < 2 or len(written) <= len(typed) or typed[0] != written[0]:
        return False
    at = 0
    for ch in typed:
        at = written.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True
