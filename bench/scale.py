"""Scale benchmark: ingest, index build, index size, query latency and peak memory at 1,000 / 10,000 plans.

Run from the repository root:

    .venv/bin/python bench/scale.py --docs shipped,1000,10000    # lexical path
    .venv/bin/python bench/scale.py --docs 1000 --embedder PATH  # with vectors from a local model
    .venv/bin/python bench/scale.py --docs 50                    # smoke run, a few seconds

Each corpus size runs in its own child process so that peak RSS belongs to that size alone. When
corpus.pipeline exists the generated plans are written as .txt files and parsed by it (the real ingest);
otherwise the generator's own structure is indexed and the ingest column says so.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
}.items():
    os.environ.setdefault(_key, _value)

from bench.synthetic import OBJECTS, PLACES, generate_corpus  # noqa: E402
from corpus.model import PolicyDocument  # noqa: E402
from retrieval.embeddings import load_embedder  # noqa: E402
from retrieval.index import SearchIndex  # noqa: E402


@dataclass(frozen=True)
class Query:
    text: str
    doc_ids: tuple[str, ...] | None = None
    jurisdictions: tuple[str, ...] | None = None
    expect_title: str = ""  # when set, the top hit should be an item with this title


@dataclass(frozen=True)
class Result:
    docs: int
    chunks: int
    ingest: str  # "parser" or "generator"
    ingest_docs_per_s: float
    build_s: float
    index_mb: float
    open_ms: float
    first_query_ms: float
    p50_ms: float
    p95_ms: float
    max_ms: float
    queries: int
    title_at_1: float
    peak_rss_mb: float


def _parse_with_corpus(
    sources: list[tuple[str, str]], folder: Path
) -> tuple[list[PolicyDocument], float] | None:
    """Write the plans as .txt files and parse them with the real pipeline, if it exists."""
    try:
        from corpus.pipeline import parse_file
    except ImportError:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in sources:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    started = time.perf_counter()
    docs = [parse_file(path) for path in paths]
    return docs, time.perf_counter() - started


def _queries(docs: list[PolicyDocument], count: int, seed: int) -> list[Query]:
    """A deterministic mix of question shapes, with and without document / jurisdiction filters."""
    rng = random.Random(seed)
    with_tasks = [d for d in docs if d.tasks]
    queries: list[Query] = []
    while len(queries) < count:
        doc = rng.choice(with_tasks)
        task = rng.choice(doc.tasks)
        shape = len(queries) % 6
        if shape == 0:
            queries.append(Query(task.title, doc_ids=(doc.doc_id,), expect_title=task.title))
        elif shape == 1:
            queries.append(Query(f"{task.title}的牵头单位是谁", jurisdictions=(doc.jurisdiction,)))
        elif shape == 2:
            place = rng.choice(PLACES)
            queries.append(Query(f"{place[1]}实际使用外资目标是多少", jurisdictions=(place[1],)))
        elif shape == 3 and task.units:
            queries.append(Query(f"{rng.choice(task.units)}负责哪些任务"))
        elif shape == 4:
            queries.append(Query(f"怎样{rng.choice(OBJECTS)}"))
        else:
            queries.append(
                Query(f"{doc.jurisdiction}{task.title}", doc_ids=(doc.doc_id,), expect_title=task.title)
            )
    return queries


def _dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _cold_start(index_root: Path, embedder_path: str) -> tuple[float, float]:
    """Open time and first-query time in a fresh process (jieba's dictionary load lands on the first query)."""
    command = [sys.executable, __file__, "--cold-open", str(index_root), "--embedder", embedder_path]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = next(x for x in output.splitlines() if x.startswith("COLD "))
    open_ms, first_ms = json.loads(line[len("COLD ") :])
    return open_ms, first_ms


def _measure_cold_open(index_root: Path, embedder_path: str) -> None:
    embedder = load_embedder(embedder_path)
    started = time.perf_counter()
    index = SearchIndex.open(index_root, embedder=embedder)
    open_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    index.search("招商引资项目的牵头单位", k=10)
    first_ms = (time.perf_counter() - started) * 1000
    print("COLD " + json.dumps([round(open_ms, 1), round(first_ms, 1)]))


def _shipped_documents() -> tuple[list[PolicyDocument], float]:
    from corpus.pipeline import parse_file

    started = time.perf_counter()
    docs = [parse_file(p) for p in sorted((REPO / "corpus" / "documents").glob("*.txt"))]
    return docs, time.perf_counter() - started


def run_one(
    count: int, work: Path, embedder_path: str, n_queries: int, seed: int, use_parser: bool
) -> Result:
    """Generate (or, for count 0, take the shipped corpus), ingest, build, open and query one corpus."""
    if count == 0:
        docs, seconds = _shipped_documents()
        ingest, ingest_rate = "parser", len(docs) / seconds
    else:
        generated = list(generate_corpus(count, seed))
        sources = [(g.file_name, g.document.text) for g in generated]
        parsed = _parse_with_corpus(sources, work / "sources") if use_parser else None
        if parsed is None:
            docs, ingest, ingest_rate = [g.document for g in generated], "generator", 0.0
        else:
            docs, seconds = parsed
            ingest, ingest_rate = "parser", count / seconds
        del generated, sources
    embedder = load_embedder(embedder_path)
    started = time.perf_counter()
    SearchIndex.build(docs, work / "index", embedder=embedder)
    build_s = time.perf_counter() - started

    open_ms, first_query_ms = _cold_start(work / "index", embedder_path)
    index = SearchIndex.open(work / "index", embedder=embedder)
    queries = _queries(docs, n_queries, seed)
    index.search("招商引资", k=10)  # warm-up: the steady state is what the latency columns describe
    latencies, correct, judged = [], 0, 0
    for query in queries:
        started = time.perf_counter()
        hits = index.search(query.text, k=10, doc_ids=query.doc_ids, jurisdictions=query.jurisdictions)
        latencies.append((time.perf_counter() - started) * 1000)
        if query.expect_title:
            judged += 1
            correct += bool(hits) and hits[0].chunk.heading_path.endswith(query.expect_title)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return Result(
        docs=len(docs),
        chunks=len(index.chunks),
        ingest=ingest,
        ingest_docs_per_s=round(ingest_rate, 1),
        build_s=round(build_s, 2),
        index_mb=round(_dir_mb(work / "index"), 1),
        open_ms=round(open_ms, 1),
        first_query_ms=round(first_query_ms, 1),
        p50_ms=round(statistics.median(latencies), 2),
        p95_ms=round(_percentile(latencies, 0.95), 2),
        max_ms=round(max(latencies), 2),
        queries=len(latencies),
        title_at_1=round(correct / judged, 3) if judged else 0.0,
        peak_rss_mb=round(peak_kb / 1024, 1),
    )


def _table(results: list[Result]) -> str:
    header = (
        "| docs | chunks | ingest | ingest docs/s | build s | index MB | cold open ms | cold 1st query ms "
        "| p50 ms | p95 ms | max ms | title@1 | peak RSS MB |"
    )
    lines = [header, "|" + "---|" * 13]
    for r in results:
        rate = f"{r.ingest_docs_per_s:.0f}" if r.ingest == "parser" else "n/a"
        lines.append(
            f"| {r.docs} | {r.chunks} | {r.ingest} | {rate} | {r.build_s} | {r.index_mb} | {r.open_ms} "
            f"| {r.first_query_ms} | {r.p50_ms} | {r.p95_ms} | {r.max_ms} | {r.title_at_1} | {r.peak_rss_mb} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--docs", default="shipped,1000,10000", help="comma-separated sizes; 'shipped' = corpus/"
    )
    parser.add_argument("--embedder", default="", help="local sentence-transformers model directory")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument(
        "--work-dir", default="", help="where to write sources and indexes (default: a temp dir)"
    )
    parser.add_argument(
        "--no-parser", action="store_true", help="index the generator's structure, skip corpus/"
    )
    parser.add_argument("--child", type=int, default=-1, help=argparse.SUPPRESS)
    parser.add_argument("--cold-open", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.cold_open:
        _measure_cold_open(Path(args.cold_open), args.embedder)
        return 0

    if args.child >= 0:
        work = Path(args.work_dir)
        result = run_one(args.child, work, args.embedder, args.queries, args.seed, not args.no_parser)
        print("RESULT " + json.dumps(asdict(result)))
        return 0

    # "shipped" (child size 0) measures the five documents in corpus/documents.
    sizes = [0 if s.strip() == "shipped" else int(s) for s in args.docs.split(",") if s.strip()]
    results = []
    root = Path(args.work_dir) if args.work_dir else Path(tempfile.mkdtemp(prefix="pa-scale-"))
    try:
        for size in sizes:
            work = root / f"n{size}"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            command = [
                sys.executable,
                __file__,
                "--child",
                str(size),
                "--work-dir",
                str(work),
                "--queries",
                str(args.queries),
                "--seed",
                str(args.seed),
                "--embedder",
                args.embedder,
            ]
            if args.no_parser:
                command.append("--no-parser")
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            line = next(x for x in output.splitlines() if x.startswith("RESULT "))
            results.append(Result(**json.loads(line[len("RESULT ") :])))
            print(f"done: {size} documents", file=sys.stderr)
    finally:
        if not args.work_dir:
            shutil.rmtree(root, ignore_errors=True)
    print(_table(results))
    print(f"\nmachine: {os.cpu_count()} cores; embedder: {args.embedder or 'none (lexical)'}")
    print("reproduce: " + " ".join([Path(sys.executable).name, "bench/scale.py", *(argv or sys.argv[1:])]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
