"""How well a passage supports a question: IDF-weighted coverage of the question's topic bigrams.

Character bigrams survive typos (产业练招商 still shares 产业/招商 with 产业链招商) and rewording (谁负责 vs
责任单位 is handled by the intent, not the topic). BM25 rank alone cannot tell "the best of poor matches" from
a real match; coverage can, so abstention is decided on coverage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.vocabulary import Vocabulary, bigrams
from assistant.wording import SYNONYMS
from retrieval.tokenize import words as jieba_words

# Asking a coverage threshold of a topic this short would be meaningless; such questions rely on intent.
SUPPORT_THRESHOLD = 0.5
# When most of the topic is found, a single odd term (a typo) does not make the question unanswerable.
TYPO_TOLERANCE = 0.65  # chosen on the dev split of evals/robustness.jsonl (0.72 before)


@dataclass(frozen=True)
class Support:
    """Coverage of the topic by a text, and the topic terms the text lacks."""

    coverage: float
    missing: tuple[str, ...]


def topic_terms(topic: str) -> list[str]:
    """Content terms of the topic (jieba words of two or more characters)."""
    words = (w.strip().lstrip("的是由和与及在各").rstrip("的是由各要在了和与及") for w in jieba_words(topic))
    return [w for w in words if len(w) >= 2 and not w.isdigit()]


@lru_cache(maxsize=65536)
def present_grams(text: str) -> frozenset[str]:
    """The bigrams a passage offers, with everyday synonyms of what it says (cached: passages repeat)."""
    return frozenset(_expanded(set(bigrams(text)), text))


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


def _share(grams: Sequence[str], present: set[str], vocab: Vocabulary) -> float:
    total = sum(vocab.weight(g) for g in grams)
    return sum(vocab.weight(g) for g in grams if g in present) / total if total else 0.0


def coverage(topic: str, text: str, vocab: Vocabulary) -> float:
    """IDF-weighted share of the topic's bigrams found in ``text`` (1.0 for an empty topic).

    Half over all character bigrams (keeps word order and typos in view), half over bigrams inside words
    (a question's own word junctions, 开发|项目, are not evidence either way).
    """
    grams = bigrams(topic)
    if not grams:
        return 1.0
    present = present_grams(text)
    words = _word_grams(topic) or tuple(grams)
    return 0.5 * _share(grams, present, vocab) + 0.5 * _share(words, present, vocab)


def term_present(term: str, text: str) -> bool:
    """A term is present if at least half of its bigrams are (tolerates one wrong character)."""
    grams = bigrams(term)
    if not grams:
        return term in text
    present = present_grams(text)
    found = sum(1 for g in grams if g in present)
    return found * 2 >= len(grams) if len(grams) > 1 else found == 1


def support(topic: str, texts: Iterable[str], vocab: Vocabulary) -> Support:
    """Coverage of the topic by the joined texts, and which topic terms are absent."""
    joined = "\n".join(texts)
    # Only a distinctive term can be "missing": a common word (建设, 工作) absent here says little.
    missing = tuple(t for t in topic_terms(topic) if not term_present(t, joined) and vocab.is_rare(t))
    return Support(coverage(topic, joined, vocab), missing)


def is_supported(found: Support, threshold: float = SUPPORT_THRESHOLD) -> bool:
    """Enough of the topic is there, and any absent term is tolerable (most of the topic matched)."""
    if found.coverage < threshold:
        return False
    return not found.missing or found.coverage >= TYPO_TOLERANCE
