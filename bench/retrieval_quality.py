"""Lexical retrieval quality on the shipped corpus, and what each tokenisation / chunk-text choice buys.

    .venv/bin/python bench/retrieval_quality.py

Questions are reworded the way a cadre would ask, never copied from the item titles; each names the
document and the item that answers it. Variants rebuild the BM25 index with (a) CJK bigrams on or off and
(b) the document's place and title in each chunk's indexed text or not, and report hit@1, hit@5 and MRR.
These are development figures on five documents, not a held-out evaluation.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import assistant  # noqa: E402,F401  (offline switches)
from corpus.pipeline import parse_file  # noqa: E402
from retrieval.bm25 import LexicalIndex  # noqa: E402
from retrieval.chunks import Chunk, chunk_document  # noqa: E402
from retrieval.index import _corpus_words  # noqa: E402
from retrieval.tokenize import add_user_words, tokenize  # noqa: E402

# (question, doc_id prefix, text the answering chunk's heading path contains)
QUESTIONS = [
    ("精准开发招商项目由哪个单位牵头", "000", "(三)精准开发招商项目"),
    ("湘西州实际使用外商直接投资要超过多少", "000", "(二)总体目标"),
    ("以商招商大使从哪些人中聘任", "000", "(四)精准培育招商主体"),
    ("湘西怎样开展产业链招商", "000", "(七)精准开展产业链招商"),
    ("重大招商项目签约前要经过哪些部门联合会审", "000", "(十三)强化招商监督管理"),
    ("湘西承接产业转移有什么举措", "000", "(八)精准承接产业转移"),
    ("湘西州招商队伍怎么建设", "000", "(十一)加强招商队伍建设"),
    ("长沙外贸进出口总额到2021年要达到多少", "001", "对外贸易行动方案 > 二、工作目标"),
    ("跨境电商等外贸新业态怎么发展", "001", "10、创新外贸发展模式"),
    ("在境外设立商务代表处", "001", "13、设立境外商务代表处"),
    ("走出去企业有哪些支持政策", "001", "22、出台“走出去”支持政策"),
    ("招商引资重点产业指导目录由谁制定", "001", "1、制定《全市招商引资重点产业指导目录》"),
    ("怎样引导湘商回长投资", "001", "6、对接优质湘商资源"),
    ("咸宁2021年招商引资到位资金目标是多少", "002", "(一)2021年全市招商引资工作目标"),
    ("市领导每人每年要谋划几个重大产业项目", "002", "(二)压实领导责任"),
    ("网络招商怎么拓展", "002", "(五)持续拓展网络招商"),
    ("咸宁如何借助节会招商", "002", "(八)借力重点节会招商"),
    ("永州实际使用外资要完成多少", "003", "总体目标"),
    ("产业链链长带队赴重点区域开展靶向招商", "003", "1.绘链精准招商"),
    ("季度互访怎么开展", "003", "8.开展季度互访"),
    ("项目履约率开工率资金到位率怎么提升", "003", "12.提升项目三率"),
    ("长沙怎样发展总部经济", "004", "(六)发展总部经济"),
    ("领头雁招引工程是什么", "004", "(十)实施“领头雁”招引工程"),
    ("长沙对招商引资工作怎么考核评价", "004", "(十四)健全考核评价制度"),
    ("长沙引进外资和外向型企业的措施", "004", "(八)加强外资和外向型企业引进"),
    ("签约项目的跟踪督办", "004", "(十三)强化项目跟踪督办"),
]


@dataclass(frozen=True)
class Score:
    variant: str
    hit_at_1: float
    hit_at_5: float
    mrr: float


def _text(chunk: Chunk, with_title: bool) -> str:
    """The chunk's indexed text with or without its document's place and title in the first line."""
    if with_title:
        return chunk.text
    return f"{chunk.heading_path}\n{chunk.quote}"


def evaluate(chunks: list[Chunk], with_title: bool, bigrams: bool, name: str) -> Score:
    lexical = LexicalIndex.build(tokenize(_text(c, with_title), bigrams=bigrams) for c in chunks)
    hits1 = hits5 = 0
    reciprocal = 0.0
    for question, prefix, heading in QUESTIONS:
        ranked = lexical.top(tokenize(question, bigrams=bigrams), 10)
        for rank, (position, _) in enumerate(ranked, start=1):
            chunk = chunks[position]
            if chunk.doc_id.startswith(prefix) and heading in chunk.heading_path:
                hits1 += rank == 1
                hits5 += rank <= 5
                reciprocal += 1 / rank
                break
    n = len(QUESTIONS)
    return Score(name, round(hits1 / n, 3), round(hits5 / n, 3), round(reciprocal / n, 3))


def main() -> int:
    docs = [parse_file(p) for p in sorted((REPO / "corpus" / "documents").glob("*.txt"))]
    add_user_words(_corpus_words(docs))
    chunks = [c for d in docs for c in chunk_document(d)]
    scores = [
        evaluate(chunks, True, True, "place+title prefix, bigrams (shipped)"),
        evaluate(chunks, True, False, "place+title prefix, no bigrams"),
        evaluate(chunks, False, True, "heading path only, bigrams"),
        evaluate(chunks, False, False, "heading path only, no bigrams"),
    ]
    print(f"{len(QUESTIONS)} reworded questions over {len(docs)} shipped documents, {len(chunks)} chunks\n")
    print("| variant | hit@1 | hit@5 | MRR |\n|---|---|---|---|")
    for s in scores:
        print(f"| {s.variant} | {s.hit_at_1} | {s.hit_at_5} | {s.mrr} |")
    print("\nreproduce: .venv/bin/python bench/retrieval_quality.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
