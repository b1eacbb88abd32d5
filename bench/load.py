"""Bounded load test on loopback: concurrent clients asking questions and drafting letters against a live server.

Starts ``python -m assistant serve`` itself on a free 127.0.0.1 port with a temporary data dir (the shipped
corpus is ingested at start), then runs N client threads for a fixed time, each sending POST /api/ask (questions
from evals/gold.jsonl) and, every ``--draft-every`` requests, POST /api/drafts/reminder. It counts errors,
reports p50 / p95 / max latency per endpoint and samples the server's RSS once a second.

Run from the repository root:

    .venv/bin/python bench/load.py                               # 20 clients, 120 s
    .venv/bin/python bench/load.py --clients 4 --duration 10     # smoke run

Hard limits: it only ever talks to 127.0.0.1, stops at ``--max-requests`` or ``--duration`` (whichever first),
and every request has a timeout. Nothing is asserted: the figures are printed for a person to judge.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # never anything else: this tool must not load a machine other than this one
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from drafting.reminder import EXAMPLE as REMINDER  # noqa: E402  (the drafting kind's own realistic fields)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float | None:
    """Resident set size of a process in MB, from /proc (None once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def questions() -> list[str]:
    """Every question of the gold set: structured, open, comparing and unanswerable ones."""
    lines = (REPO / "evals" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


@dataclass
class Tally:
    """What the clients saw, shared between threads under one lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    sent: int = 0

    def claim(self, cap: int) -> bool:
        """Reserve one request under the hard cap."""
        with self.lock:
            if self.sent >= cap:
                return False
            self.sent += 1
            return True

    def record(self, endpoint: str, seconds: float, status: int | None, error: str = "") -> None:
        with self.lock:
            self.latencies.setdefault(endpoint, []).append(seconds)
            self.statuses[f"{endpoint} {status}"] += 1
            if error:
                self.errors[f"{endpoint}: {error}"] += 1


def start_server(data_dir: Path, port: int, log_path: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "PA_DATA_DIR": str(data_dir),
        "PA_HOST": HOST,
        "PA_API_TOKEN": "",
        "PA_LLM_BASE_URL": "",
        "PYTHONPATH": str(REPO),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--host", HOST, "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=log_path.open("wb"),
        stderr=subprocess.STDOUT,
    )


def wait_ready(process: subprocess.Popen, base: str, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                return time.monotonic() - started
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"server not ready after {timeout} s")


def client_loop(
    base: str, stop_at: float, tally: Tally, cap: int, draft_every: int, offset: int, timeout: float
) -> None:
    asked = questions()
    n = offset
    with httpx.Client(base_url=base, timeout=timeout) as http:
        while time.monotonic() < stop_at and tally.claim(cap):
            n += 1
            if draft_every and n % draft_every == 0:
                endpoint, call = "draft", lambda: http.post("/api/drafts/reminder", json=REMINDER)
            else:
                question = asked[n % len(asked)]
                endpoint, call = "ask", lambda q=question: http.post("/api/ask", json={"question": q})
            began = time.perf_counter()
            try:
                response = call()
            except httpx.HTTPError as exc:
                tally.record(endpoint, time.perf_counter() - began, None, type(exc).__name__)
                continue
            elapsed = time.perf_counter() - began
            bad = response.status_code >= 500 or (endpoint == "ask" and response.status_code != 200)
            if endpoint == "draft" and response.status_code == 200:
                bad = not response.content.startswith(b"PK")
            tally.record(
                endpoint, elapsed, response.status_code, f"HTTP {response.status_code}" if bad else ""
            )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20, help="concurrent client threads (max 64)")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds of load (max 600)")
    parser.add_argument("--max-requests", type=int, default=50_000, help="hard cap on requests sent")
    parser.add_argument("--draft-every", type=int, default=10, help="every n-th request drafts a letter")
    parser.add_argument("--timeout", type=float, default=60.0, help="per-request timeout, seconds")
    args = parser.parse_args(argv)
    clients = max(1, min(args.clients, 64))
    duration = max(1.0, min(args.duration, 600.0))

    with tempfile.TemporaryDirectory(prefix="pa-load-") as tmp:
        data_dir = Path(tmp) / "data"
        port = free_port()
        base = f"http://{HOST}:{port}"
        log_path = Path(tmp) / "server.log"
        server = start_server(data_dir, port, log_path)
        try:
            ready = wait_ready(server, base, timeout=180)
            samples: list[tuple[float, float]] = []
            idle = rss_mb(server.pid) or 0.0
            tally = Tally()
            began = time.monotonic()
            stop_at = began + duration
            threads = [
                threading.Thread(
                    target=client_loop,
                    args=(base, stop_at, tally, args.max_requests, args.draft_every, i * 7, args.timeout),
                    daemon=True,
                )
                for i in range(clients)
            ]
            for thread in threads:
                thread.start()
            while any(t.is_alive() for t in threads):
                value = rss_mb(server.pid)
                if value is not None:
                    samples.append((time.monotonic() - began, value))
                time.sleep(1.0)
                if time.monotonic() > stop_at + args.timeout + 5:
                    break  # a hung request must not hold the benchmark past its hard limit
            wall = time.monotonic() - began
            alive = server.poll() is None
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
        log_tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]

    report(args, clients, duration, ready, idle, samples, tally, wall, alive, log_tail)
    return 0 if not tally.errors and alive else 1


def report(args, clients, duration, ready, idle, samples, tally, wall, alive, log_tail) -> None:
    total = sum(len(v) for v in tally.latencies.values())
    print(f"server ready after {ready:.1f} s; idle RSS {idle:.0f} MB")
    print(
        f"{clients} clients × {wall:.0f} s: {total} requests, {total / wall:.1f} req/s, server alive: {alive}"
    )
    print(f"{'endpoint':10} {'n':>6} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9}")
    for endpoint, values in sorted(tally.latencies.items()):
        print(
            f"{endpoint:10} {len(values):6d} {percentile(values, 0.5) * 1000:9.0f} "
            f"{percentile(values, 0.95) * 1000:9.0f} {max(values) * 1000:9.0f}"
        )
    print("status codes:", dict(sorted(tally.statuses.items())))
    print("errors:", dict(tally.errors) or "none")
    if samples:
        values = [v for _, v in samples]
        fifth = max(1, len(values) // 5)
        first, last = statistics.mean(values[:fifth]), statistics.mean(values[-fifth:])
        print(
            f"server RSS over the run: min {min(values):.0f} MB, max {max(values):.0f} MB, "
            f"first fifth {first:.0f} MB → last fifth {last:.0f} MB ({len(values)} samples)"
        )
        marks = samples[:: max(1, len(samples) // 12)]
        print("RSS timeline (s: MB):", ", ".join(f"{t:.0f}: {v:.0f}" for t, v in marks))
    if tally.errors and log_tail.strip():
        print("--- end of server log ---\n" + log_tail)
    print(
        "rerun: .venv/bin/python bench/load.py "
        f"--clients {clients} --duration {duration:g} --max-requests {args.max_requests} "
        f"--draft-every {args.draft_every}"
    )


if __name__ == "__main__":
    sys.exit(main())
