"""Chinese text to search tokens: jieba words plus character bigrams, without punctuation or stopwords.

jieba alone is brittle for retrieval: the same phrase segments differently in different contexts
("开发招商项目" vs "精准开发招商项目"), and a question rarely repeats the document's exact wording. So every
run of consecutive content words also contributes its character bigrams; a query then still shares most of
its tokens with the passage it paraphrases. Stopwords break the runs so that
function words ("的", "是什么") add no bigrams.
"""

from __future__ import annotations

import logging
import re
import tempfile
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import jieba
import jieba.posseg

from corpus.script import fold

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORDISH = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Function words and question words: they occur everywhere (or only in questions) and would only add noise.
STOPWORDS = frozenset(
    """
    的 地 得 了 着 过 和 与 及 以及 或 或者 并 并且 而 而且 在 于 对 对于 为 是
    将 把 被 由 从 向 按 按照 根据 其 其中 之 等 等等 各 该 此 这 这个 这些 那
    那些 也 都 又 还 就 则 即 如 若 以 以上 以下 之一 个 之间 什么 哪些 哪个 哪 谁
    多少 几 是否 有没有 如何 怎么 怎样 怎么样 吗 呢 吧 啊 呀 请问 请 一下 告诉 我
    我们 你 你们 他们 有 有关 相关 关于 下同 方面 进行 开展 工作 具体 主要 要求 情况
    一是 二是 三是 四是 五是
    """.split()  # noqa: SIM905  (one compact block reads better than 100 lines)
)

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_pos: jieba.posseg.POSTokenizer | None = None
_pending_words: set[str] = set()
_known_words: set[str] = set()


def _cache_dir() -> Path:
    """jieba writes its dictionary cache here rather than into the shared system temp root."""
    path = Path(tempfile.gettempdir()) / "policy-assistant-jieba"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _ready_tokenizer() -> jieba.Tokenizer:
    """Initialise jieba once, lazily (it costs ~0.5 s), then apply user words added since."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = str(_cache_dir())
            tokenizer.initialize()
            _tokenizer = tokenizer
        if _pending_words:
            for word in sorted(_pending_words):
                # A high frequency makes jieba keep the whole name together even next to other words.
                _tokenizer.add_word(word, freq=max(1000, _tokenizer.suggest_freq(word, tune=False)))
            _known_words.update(_pending_words)
            _pending_words.clear()
        return _tokenizer


def warm_up() -> None:
    """Load jieba's dictionary in a background thread, so opening an index stays fast and the first
    question does not pay the ~0.5 s alone (it waits for the same lock if it arrives first)."""
    if _tokenizer is None or _pending_words:
        threading.Thread(target=_ready_tokenizer, name="jieba-warm-up", daemon=True).start()


def normalize(text: str) -> str:
    """Full-width to half-width and lower case, so "（一）" and "(一)", "ＧＤＰ" and "gdp" match."""
    # (and traditional characters folded to simplified ones: a 繁體 page matches the words a cadre types)
    return fold(unicodedata.normalize("NFKC", text).lower())


def add_user_words(words: Iterable[str]) -> None:
    """Make unit names and task titles single tokens; cheap, applied when the next text is tokenised."""
    with _lock:
        for word in words:
            word = normalize(word).strip()
            # Only compact CJK names help; long titles with punctuation would never match as one token.
            compact = 2 <= len(word) <= 20 and all(_CJK.match(ch) or ch.isalnum() for ch in word)
            if compact and word not in _known_words:
                _pending_words.add(word)


def user_words() -> list[str]:
    """Every user word registered so far (persisted with an index so queries tokenise like documents)."""
    with _lock:
        return sorted(_known_words | _pending_words)


def _content(word: str) -> bool:
    return bool(_WORDISH.search(word)) and word not in STOPWORDS


def _bigrams(run: str) -> list[str]:
    chars = [ch for ch in run if _CJK.match(ch)]
    return ["".join(chars[i : i + 2]) for i in range(len(chars) - 1)]


def tokenize(text: str, bigrams: bool = True) -> list[str]:
    """jieba (precise mode) words without punctuation/stopwords, plus CJK bigrams of each content run."""
    words = _ready_tokenizer().lcut(normalize(text), HMM=True)
    tokens: list[str] = []
    run: list[str] = []
    for word in words:
        word = word.strip()
        if _content(word):
            tokens.append(word)
            if _CJK.match(word[0]):
                run.append(word)
                continue
        if bigrams and run:
            tokens.extend(_bigrams("".join(run)))
        run = []
    if bigrams and run:
        tokens.extend(_bigrams("".join(run)))
    return tokens


def words(text: str) -> list[str]:
    """jieba words (precise mode) of ``text`` as written, with the user dictionary; the one tokenizer instance."""
    return _ready_tokenizer().lcut(text, HMM=True)


def pos_tags(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) pairs from the same tokenizer and user dictionary ("ns" = place name)."""
    global _pos
    tokenizer = _ready_tokenizer()
    with _lock:
        if _pos is None:
            _pos = jieba.posseg.POSTokenizer(tokenizer)
    return [(pair.word, pair.flag) for pair in _pos.cut(text)]


def is_word(text: str) -> bool:
    """``text`` is a word of jieba's dictionary (or a user word)."""
    return bool(_ready_tokenizer().FREQ.get(normalize(text)))


def dictionary_tag(word: str) -> str | None:
    """The part-of-speech jieba's dictionary gives ``word`` out of context (None when it is not listed)."""
    pos_tags("")  # make sure the POS tokenizer exists
    assert _pos is not None
    return _pos.word_tag_tab.get(word)
