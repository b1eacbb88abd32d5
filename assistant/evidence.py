"""How well a passage supports a question: IDF-weighted coverage of the question's topic bigrams.

Character bigrams survive typos (产业练招商 still shares 产业/招商 with 产业链招商) and rewording (谁负责 vs
责任单位 is handled by the intent, not the topic). BM25 rank alone cannot tell "the best of poor matches" from
a real match; coverage can, so abstention is decided on coverage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.vocabulary import Vocabulary, bigrams
from assistant.wording import ASKED_KINDS, RUN_TAILS, SYNONYMS
from corpus.numerals import cn_to_number, digits_to_int
from retrieval.tokenize import pos_tags
from retrieval.tokenize import words as jieba_words

# Asking a coverage threshold of a topic this short would be meaningless; such questions rely on intent.
SUPPORT_THRESHOLD = 0.5
# When most of the topic is found, a single odd term (a typo) does not make the question unanswerable.
TYPO_TOLERANCE = 0.65  # chosen on the dev split of evals/robustness.jsonl (0.72 before)
# A spoken word's bigrams ("出来", "弄完") count this much of a word naming a thing.
SPOKEN_WEIGHT = 0.5


@dataclass(frozen=True)
class Support:
    """Coverage of the topic by a text, and the topic terms the text lacks."""

    coverage: float
    missing: tuple[str, ...]


def topic_terms(topic: str) -> list[str]:
    """Content terms of the topic (jieba words of two or more characters)."""
    words = (w.strip().lstrip("的是由和与及在各").rstrip("的是由各要在了和与及") for w in jieba_words(topic))
    return [w for w in words if len(w) >= 2 and not w.isdigit()]


# A count or amount in Chinese numerals before its measure word: 五百万, 一百二十七号, 三十日, 二〇一九年.
_CN_AMOUNT = re.compile(
    r"([零〇一二三四五六七八九十百千两]+)(万|亿)?(?=[万亿元个家项名次年月日天号成级类批倍人所强%％])|([零〇一二三四五六七八九十百千两]+)(万|亿)"
)


def arabic_numbers(text: str) -> str:
    """``text`` with counts and amounts in Chinese numerals written in digits ("五百万以下" → "500万以下"), so a
    question and a document that write the same figure differently share its bigrams."""

    def digits(match: re.Match[str]) -> str:
        run, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        if run in ("零", "〇"):
            return match.group(0)
        # 二〇一九 reads digit by digit; 一百二十七 by its 十 / 百 / 千.
        value = digits_to_int(run) if not any(c in "十百千" for c in run) else int(cn_to_number(run))
        return f"{value}{unit or ''}"

    return _CN_AMOUNT.sub(digits, text)


@lru_cache(maxsize=65536)
def present_grams(text: str) -> frozenset[str]:
    """The bigrams a passage offers, with everyday synonyms of what it says (cached: passages repeat).

    A short bracketed list is also read run together: "10个省（区、市）" offers 省区 and 区市, as typed."""
    grams = set(bigrams(text))
    # "国家级（Ⅰ级）": a Roman numeral is read as the Chinese one a question types (一级).
    if _ROMAN_NUMERAL.search(text):
        text = text.translate(_ROMAN)
        grams.update(bigrams(text))
    joined = _SHORT_BRACKET.sub(lambda m: m.group(1).replace("、", ""), text)
    # So is a list of single characters: "煤、电、油、气等运行情况" offers 煤电油气, as typed.
    joined = _SINGLE_CHARACTER_LIST.sub(lambda m: m.group(0).replace("、", ""), joined)
    if joined != text:
        grams.update(bigrams(joined))
    in_digits = arabic_numbers(text)
    if in_digits != text:
        grams.update(bigrams(in_digits))
    return frozenset(_expanded(grams, text))


_ROMAN_CHARS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
_ROMAN = str.maketrans(_ROMAN_CHARS, "一二三四五六七八九十")
_ROMAN_NUMERAL = re.compile(f"[{_ROMAN_CHARS}]")
_SHORT_BRACKET = re.compile(r"[（(]([^（）()]{1,8})[）)]")
_SINGLE_CHARACTER_LIST = re.compile(r"[\u4e00-\u9fff](?:、[\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff]*、)")


def _expanded(gram_set: set[str], text: str) -> set[str]:
    extra = set()
    # Everyday words and abbreviations (assistant/lexicon.toml): a passage saying any member offers the others.
    for word, alternatives in SYNONYMS.items():
        if word not in text and any(a in text for a in alternatives):
            extra.update(bigrams(word))
    return gram_set | extra


@lru_cache(maxsize=256)
def _word_grams(topic: str) -> tuple[str, ...]:
    """Bigrams inside each jieba word of the topic: "开发项目" → 开发, 项目 (not the 发项 the typing made)."""
    return tuple(g for word in jieba_words(topic) for g in bigrams(word))


@lru_cache(maxsize=256)
def _spoken_grams(topic: str) -> frozenset[str]:
    """Bigrams found only inside the topic's words that name no thing ("要建出来", "用完", "做些"): how a
    cadre says it, weighed at SPOKEN_WEIGHT against the words naming what is asked."""
    things, spoken = set(), set()
    for word, _ in pos_tags(topic):
        (things if names_a_thing(word) else spoken).update(bigrams(word))
    return frozenset(spoken - things)


def _share(
    grams: Sequence[str], present: set[str], vocab: Vocabulary, spoken: frozenset[str] = frozenset()
) -> float:
    weights = [(g, vocab.weight(g) * (SPOKEN_WEIGHT if g in spoken else 1.0)) for g in grams]
    total = sum(w for _, w in weights)
    return sum(w for g, w in weights if g in present) / total if total else 0.0


def coverage(topic: str, text: str, vocab: Vocabulary) -> float:
    """IDF-weighted share of the topic's bigrams found in ``text`` (1.0 for an empty topic).

    Half over all character bigrams (keeps word order and typos in view), half over bigrams inside words
    (a question's own word junctions, 开发|项目, are not evidence either way).
    """
    topic = arabic_numbers(topic)
    grams = bigrams(topic)
    if not grams:
        return 1.0
    present = present_grams(text)
    words = _word_grams(topic) or tuple(grams)
    spoken = _spoken_grams(topic)
    return 0.5 * _share(grams, present, vocab, spoken) + 0.5 * _share(words, present, vocab, spoken)


@lru_cache(maxsize=4096)
def local_topic(topic: str, title: str) -> str:
    """The topic without the words its document's title has ("无废城市", "政府网站集约化试点"): every part of
    that document is about them, so within it they tell nothing apart, and no part of it lacks them. The
    topic's runs stay apart where a title word is taken out (no junction the question never typed)."""
    if not title:
        return topic
    runs: list[str] = []
    for run in topic.split():
        current = ""
        for word in jieba_words(run):
            # 职教 names a title's 职业教育 as well (the shipped synonyms).
            if len(word) >= 2 and (word in title or len(word) == 2 and term_present(word, title)):
                if current:
                    runs.append(current)
                current = ""
            else:
                current += word
        if current:
            runs.append(current)
    return " ".join(r for r in runs if len(r) >= 2)


def term_present(term: str, text: str) -> bool:
    """A term is present if at least half of its bigrams are (tolerates one wrong character)."""
    grams = bigrams(term)
    if not grams:
        return term in text
    present = present_grams(text)
    found = sum(1 for g in grams if g in present)
    return found * 2 >= len(grams) if len(grams) > 1 else found == 1


# What is asked beyond the document's own subject must be this long to decline a passage lacking all of it (a bare
# "一级" or "数量" left over says too little).
_ASKED_CHARS = 4


def _without_kinds(run: str) -> str:
    for kind in ASKED_KINDS:
        run = run.replace(kind, "")
    return run


def _without_tails(topic: str) -> str:
    """ "解释工作" → 解释: what must be found of a topic is what it names, not the generic noun closing it."""
    out = []
    for run in topic.split():
        for tail in RUN_TAILS:
            if run.endswith(tail) and len(run) - len(tail) >= 2:
                run = run[: -len(tail)]
                break
        out.append(run)
    return " ".join(out)


def support(topic: str, texts: Iterable[str], vocab: Vocabulary) -> Support:
    """Coverage of the topic by the joined texts, and which topic terms are absent."""
    joined = "\n".join(texts)
    topic = arabic_numbers(_without_tails(topic))
    # Only a distinctive term can be "missing": a common word (建设, 工作) absent here says little.
    missing = tuple(t for t in topic_terms(topic) if not term_present(t, joined) and vocab.is_rare(t))
    return Support(coverage(topic, joined, vocab), missing)


@lru_cache(maxsize=8192)
def names_a_thing(term: str) -> bool:
    """Some word of ``term`` is a noun, a verbal noun, an abbreviation or a Latin word by the tokenizer's tags."""
    return any(flag.startswith("n") or flag in ("vn", "j", "eng") for _, flag in pos_tags(term))


def doc_coverage(topic: str, title: str, text: str, vocab: Vocabulary) -> float:
    """Coverage of a passage read inside its document: the topic as asked, or without the words of the
    document's own title, whichever the passage covers better. A passage that repeats the title's subject
    ("国家农业机械化发展协调推进机制") keeps the credit; one that does not ("10个省（区、市）" under 《政府网站集约化
    试点工作方案》) is not faulted for words only the title says."""
    own = local_topic(topic, title)
    plain = coverage(topic, text, vocab)
    bare = _without_tails(topic)
    if bare != topic:
        # "解释工作" against "…负责解释": the generic noun closing the topic is credited where a passage has it
        # and not held against one that names the work alone.
        plain = max(plain, coverage(bare, text, vocab))
    return plain if own == topic else max(plain, coverage(own, text, vocab) if own else plain)


def doc_support(topic: str, title: str, texts: Iterable[str], vocab: Vocabulary) -> Support:
    """``support`` read the same way as ``doc_coverage``: the better of the topic as asked and without the
    title's words."""
    texts = list(texts)
    plain = support(topic, texts, vocab)
    own = local_topic(topic, title)
    if own == topic or not own:
        return plain
    local = support(own, texts, vocab)
    asked = " ".join(w for w in (_without_kinds(run) for run in own.split()) if len(w) >= 2)
    if local.coverage == 0.0 and len(asked.replace(" ", "")) >= _ASKED_CHARS:
        # "毕节营商条例里谁受理营商环境投诉" against "…应当加强对优化营商环境工作的组织领导": only the words every
        # part of the document shares are there; nothing of what is asked of it (a kind of answer asked, "数量",
        # is no such thing).
        return local
    return local if (local.coverage, -len(local.missing)) > (plain.coverage, -len(plain.missing)) else plain


def is_supported(found: Support, threshold: float = SUPPORT_THRESHOLD) -> bool:
    """Enough of the topic is there, and any absent term is tolerable (most of the topic matched)."""
    if found.coverage < threshold:
        return False
    return not found.missing or found.coverage >= TYPO_TOLERANCE
