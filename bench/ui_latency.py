"""Latency the people see: cold start to first answer (process start → first /api/ask), API answer times, and
the answer time in a real browser (click → sources shown). Prints figures; asserts nothing.

    python bench/ui_latency.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.live_server import LiveServer  # noqa: E402

QUESTIONS = [
    "谁牵头精准开发招商项目？",
    "州工信局牵头哪些任务？",
    "长沙市商务局负责哪些工作？",
    "永州市招商引资的目标是多少？",
    "咸宁市2021年招商引资工作目标是什么？",
]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def cold_start(data_dir: Path, label: str) -> LiveServer:
    """Start a server and time process start → health, and → the first answer."""
    server = LiveServer(data_dir)
    ready = server.wait_ready(timeout=180)
    response = httpx.post(f"{server.url}/api/ask", json={"question": QUESTIONS[0]}, timeout=120)
    first = time.perf_counter() - server.started_at
    assert response.status_code == 200, response.text
    print(f"{label}: process start → ready {ready:.2f} s, → first /api/ask answered {first:.2f} s")
    return server


def api_answers(server: LiveServer, rounds: int) -> None:
    times = []
    for _ in range(rounds):
        for question in QUESTIONS:
            start = time.perf_counter()
            httpx.post(f"{server.url}/api/ask", json={"question": question}, timeout=60).raise_for_status()
            times.append(time.perf_counter() - start)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"API /api/ask over {len(times)} questions: median {statistics.median(times) * 1000:.0f} ms, "
          f"p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")  # fmt: skip


def browser_answers(server: LiveServer, rounds: int) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900}, locale="zh-CN")
        start = time.perf_counter()
        page.goto(server.url + "/")
        page.wait_for_selector("#pa-question textarea", timeout=60_000)
        print(f"browser: page load → question box ready {time.perf_counter() - start:.2f} s")
        times = []
        for n, question in enumerate(QUESTIONS * rounds, 1):
            page.fill("#pa-question textarea", question)
            start = time.perf_counter()
            page.click("#pa-send")
            # The n-th assistant reply has rendered once the chat holds n replies and the box is cleared.
            page.wait_for_function(
                f"document.querySelectorAll('#pa-chat .bot').length >= {n} && "
                "document.querySelector('#pa-question textarea').value === ''",
                timeout=60_000,
            )
            times.append(time.perf_counter() - start)
        browser.close()
    shown = ", ".join(f"{t * 1000:.0f}" for t in times)
    times.sort()
    print(f"browser: click 提问 → answer shown, ms per question: {shown}")
    print(
        f"browser: click 提问 → answer shown over {len(times)} questions: median "
        f"{statistics.median(times) * 1000:.0f} ms, p90 {times[int(len(times) * 0.9) - 1] * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the questions (API and browser)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pa-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        server = cold_start(data_dir, "cold start, empty data dir (ingest + index build)")
        server.stop()
        server = cold_start(data_dir, "cold start, existing data dir and index")
        try:
            api_answers(server, args.rounds)
            browser_answers(server, args.rounds)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
