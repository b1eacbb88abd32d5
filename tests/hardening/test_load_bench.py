"""bench/load.py runs end to end: it starts its own loopback server, loads it briefly and prints its figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_load_benchmark_prints_latencies_memory_and_the_command_to_rerun():
    run = subprocess.run(
        [sys.executable, "bench/load.py", "--clients", "2", "--duration", "3", "--max-requests", "40"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    assert "server alive: True" in out and "errors: none" in out
    assert "ask " in out and "p95 ms" in out and "server RSS" in out
    requests = int(out.split(" requests,")[0].split(": ")[-1])
    assert 0 < requests <= 40  # the hard cap holds
    assert "rerun: .venv/bin/python bench/load.py --clients 2 --duration 3 --max-requests 40" in out
