"""Does anything brick the server? /api/health during a ~6,000-task upload, and refusing ~190 MB of XML.

Starts ``python -m assistant serve`` on a free 127.0.0.1 port with a temporary data dir, then:

1. uploads a generated ~6,000-task plan (.docx, bench/big_docs.py) without waiting, and polls /api/health (and
   now and then /api/ask) until the upload's job has finished: p50 / p95 / max latency (target p95 < 200 ms);
2. uploads a generated .docx of ~190 MB of XML (compressed ~20x, so it passes the zip-bomb checks) and reports
   the time until it is refused and the peak RSS of the server and its parse worker (targets: < 60 s, < 2 GB);
   then the same for ~190 MB of formatting markup with no text (nothing trips a limit: it is read to the end);
3. stops the server with SIGTERM and reports how long that took.

    .venv/bin/python bench/hardening.py                      # the figures in the report
    .venv/bin/python bench/hardening.py --tasks 2000 --xml-mb 60   # a quicker run

Only talks to 127.0.0.1; every request has a timeout. Nothing is asserted: the figures are printed.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.big_docs import big_plan_docx, markup_docx, xml_bomb_docx  # noqa: E402
from bench.live_server import LiveServer  # noqa: E402


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class RssPeak:
    """Samples the RSS of the server and of its children (the parse worker) every 50 ms."""

    def __init__(self, pid: int):
        self.pid, self.server, self.worker, self._stop = pid, 0.0, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.server = max(self.server, _rss_mb(self.pid))
            self.worker = max(self.worker, sum(_rss_mb(c) for c in _children(self.pid)))
            time.sleep(0.05)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _ms(values: list[float]) -> str:
    return (
        f"n={len(values)}  p50 {_percentile(values, 0.5) * 1000:.0f} ms  "
        f"p95 {_percentile(values, 0.95) * 1000:.0f} ms  max {max(values, default=0) * 1000:.0f} ms"
    )


def upload_while_polling(base: str, name: str, data: bytes, timeout: float) -> dict:
    """POST without waiting, then poll health (and ask every 10th time) until the job ends."""
    started = time.perf_counter()
    response = httpx.post(f"{base}/api/documents?wait=false", files={"file": (name, data)}, timeout=timeout)
    response.raise_for_status()
    job_url = base + response.json()["status_url"]
    health, ask, n = [], [], 0
    with httpx.Client(timeout=timeout) as client:
        while True:
            t = time.perf_counter()
            client.get(f"{base}/api/health").raise_for_status()
            health.append(time.perf_counter() - t)
            n += 1
            if n % 10 == 0:
                t = time.perf_counter()
                client.post(
                    f"{base}/api/ask", json={"question": "谁牵头精准开发招商项目？"}
                ).raise_for_status()
                ask.append(time.perf_counter() - t)
            job = client.get(job_url).json()
            if job["status"] in {"done", "failed"}:
                break
            if time.perf_counter() - started > timeout:
                job = {"status": "timeout"}
                break
            time.sleep(0.05)
    return {"job": job, "seconds": time.perf_counter() - started, "health": health, "ask": ask}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=6000, help="tasks in the large plan")
    parser.add_argument("--xml-mb", type=int, default=190, help="MB of XML in the huge .docx")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds allowed for each upload")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="pa-hardening-") as tmp:
        plan = big_plan_docx(args.tasks)
        started = time.perf_counter()
        bomb = xml_bomb_docx(Path(tmp) / "inputs" / "huge.docx", xml_mb=args.xml_mb).read_bytes()
        markup = markup_docx(Path(tmp) / "inputs" / "markup.docx", xml_mb=args.xml_mb).read_bytes()
        built = time.perf_counter() - started
        print(f"inputs: plan {len(plan) / 1024:.0f} KB ({args.tasks} tasks); huge docx {len(bomb) / 2**20:.1f} MB "
              f"holding {args.xml_mb} MB of XML (built in {built:.0f} s)")  # fmt: skip
        # The upload limit is raised so that the huge file reaches the parser (the point of the measurement).
        limit_mb = max(20, int(max(len(bomb), len(markup)) / 2**20) + 5)
        server = LiveServer(Path(tmp) / "data", max_upload_mb=limit_mb)
        try:
            ready = server.wait_ready(timeout=180)
            pid = server.process.pid
            print(
                f"server ready after {ready:.1f} s; RSS {_rss_mb(pid):.0f} MB, worker {sum(map(_rss_mb, _children(pid))):.0f} MB"
            )

            with RssPeak(pid) as peak:
                first = upload_while_polling(server.url, "大方案.docx", plan, args.timeout)
            result = first["job"].get("result", {}).get("documents", [{}])
            print(f"\n1. {args.tasks}-task upload: {first['job']['status']} in {first['seconds']:.1f} s, "
                  f"{result[0].get('tasks', '?') if result else '?'} tasks found")  # fmt: skip
            print(f"   /api/health during it: {_ms(first['health'])}   (target p95 < 200 ms)")
            print(f"   /api/ask during it:    {_ms(first['ask'])}")
            print(f"   peak RSS: server {peak.server:.0f} MB, worker {peak.worker:.0f} MB")

            with RssPeak(pid) as peak:
                second = upload_while_polling(server.url, "巨大文件.docx", bomb, args.timeout)
            job = second["job"]
            print(f"\n2. {args.xml_mb} MB-of-XML docx: {job['status']} after {second['seconds']:.1f} s "
                  "(target: refused within 60 s)")  # fmt: skip
            print(f"   reason: {job.get('error', '')}")
            print(f"   peak RSS: server {peak.server:.0f} MB, worker {peak.worker:.0f} MB, "
                  f"together {peak.server + peak.worker:.0f} MB (target < 2048 MB)")  # fmt: skip
            print(f"   /api/health during it: {_ms(second['health'])}")
            print(f"   server RSS afterwards: {_rss_mb(pid):.0f} MB")

            with RssPeak(pid) as peak:
                third = upload_while_polling(server.url, "格式标记.docx", markup, args.timeout)
            job = third["job"]
            print(f"\n   {args.xml_mb} MB of markup, {len(markup) / 2**20:.1f} MB docx: {job['status']} after "
                  f"{third['seconds']:.1f} s; peak RSS server {peak.server:.0f} MB, worker {peak.worker:.0f} MB")  # fmt: skip
            print(f"   reason: {job.get('error', '')}")
            print(f"   /api/health during it: {_ms(third['health'])}")

            started = time.perf_counter()
            server.process.send_signal(signal.SIGTERM)
            server.process.wait(timeout=30)
            print(f"\n3. SIGTERM → exit in {time.perf_counter() - started:.2f} s (target < 10 s)")
        finally:
            if server.process.poll() is None:
                server.process.kill()
            server.log.close()
    print(f"\nrerun: .venv/bin/python bench/hardening.py --tasks {args.tasks} --xml-mb {args.xml_mb}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
