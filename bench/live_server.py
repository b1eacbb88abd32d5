"""A real ``python -m assistant serve`` process on a free 127.0.0.1 port, for browser tests and the benchmark."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """Starts the server with its own data dir; ``started_at`` is taken just before the process is spawned."""

    def __init__(self, data_dir: Path, token: str = "", max_upload_mb: int = 20):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PA_DATA_DIR": str(data_dir), "PA_API_TOKEN": token,
               "PA_MAX_UPLOAD_MB": str(max_upload_mb), "PYTHONUNBUFFERED": "1"}  # fmt: skip
        self.log = open(Path(data_dir).parent / f"server-{self.port}.log", "wb")  # noqa: SIM115
        self.started_at = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve", "--port", str(self.port)],
            cwd=REPO, env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip

    def wait_ready(self, timeout: float = 90.0, headers: dict[str, str] | None = None) -> float:
        """Seconds from process start until /api/health answers; raises if the server dies or never answers."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}; see {self.log.name}")
            try:
                if httpx.get(f"{self.url}/api/health", headers=headers, timeout=2).status_code == 200:
                    return time.perf_counter() - self.started_at
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"server not ready after {timeout} s; see {self.log.name}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
