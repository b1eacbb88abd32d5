"""Access: every route refuses without the token, uploads stay inside the data dir, the server binds to
loopback by default, and neither the API token nor the LLM key is ever written to the logs.

tests/ui covers the token on /api/health, the cookie login and one ``../../etc/passwd.txt`` upload; this file
walks every route the app really has and a wider set of hostile file names.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from starlette.routing import Mount

from assistant.settings import load_settings
from bench.live_server import free_port
from corpus.store import DocumentStore
from tests.chat_server import FakeOpenAI
from ui.app import create_app

TOKEN = "tok-Hardening-7f3a9c"
PLAN = (
    "某县招商方案\n一、重点任务\n(一)引进物流企业。推进物流园建设。(责任单位:县商务局、县交通局)\n".encode()
)
REPO = Path(__file__).resolve().parents[2]


def flat_routes(routes, prefix: str = "") -> Iterator[tuple[str, set[str]]]:
    """(path, methods) of every HTTP route, through mounted apps and included routers."""
    for route in routes:
        if isinstance(route, Mount):
            sub = route.app
            while not hasattr(sub, "routes") and hasattr(sub, "app"):
                sub = sub.app
            yield from flat_routes(getattr(sub, "routes", []), prefix + route.path)
        elif hasattr(route, "original_router"):  # FastAPI's included router
            yield from flat_routes(route.original_router.routes, prefix + route.include_context.prefix)
        elif getattr(route, "methods", None):
            yield prefix + route.path, set(route.methods)


def concrete(path: str) -> str:
    """A request path for a route template: each parameter filled with a plausible value."""
    samples = {"doc_id": "000_43f5855859a223cb", "kind": "reminder", "name": "州商务局", "size": "192"}
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: samples.get(m.group(1), "x"), path)


@pytest.fixture(scope="module")
def locked(tmp_path_factory) -> tuple[TestClient, Path]:
    data_dir = tmp_path_factory.mktemp("locked") / "data"
    settings = load_settings(data_dir=data_dir, api_token=TOKEN, llm_base_url="", max_upload_mb=2)
    return TestClient(create_app(settings), follow_redirects=False), data_dir


def _routes(client: TestClient) -> list[tuple[str, str]]:
    return sorted(
        (method, concrete(path))
        for path, methods in flat_routes(client.app.routes)
        for method in methods - {"HEAD", "OPTIONS"}
    )


def test_the_app_has_the_api_routes_this_file_walks(locked):
    client, _ = locked
    api = {(m, p) for m, p in _routes(client) if p.startswith("/api")}
    assert ("POST", "/api/ask") in api and ("POST", "/api/documents") in api
    assert ("POST", "/api/drafts/reminder") in api and ("POST", "/api/reindex") in api
    assert len(api) >= 12


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"X-API-Token": TOKEN[:-1]}])
def test_every_route_refuses_a_caller_without_the_right_token(locked, headers):
    client, data_dir = locked
    client.cookies.clear()
    before = sorted(p.name for p in (data_dir / "documents").iterdir())
    for method, path in _routes(client):
        response = client.request(method, path, headers=headers, files=None)
        assert response.status_code == 401, (method, path, response.status_code)
        assert TOKEN not in response.text
    for method, path in [("POST", "/gradio_api/upload"), ("POST", "/gradio_api/queue/join"),
                         ("GET", "/gradio_api/info"), ("GET", f"/gradio_api/file={data_dir}/documents")]:  # fmt: skip
        assert client.request(method, path, headers=headers).status_code == 401, path
    response = client.post("/api/documents", headers=headers, files={"file": ("x.txt", PLAN)})
    assert response.status_code == 401
    assert sorted(p.name for p in (data_dir / "documents").iterdir()) == before  # nothing got in


def test_every_api_route_lets_the_token_through(locked):
    client, _ = locked
    client.cookies.clear()
    for method, path in _routes(client):
        if not path.startswith("/api") or (method, path) == ("DELETE", "/api/documents/000_43f5855859a223cb"):
            continue
        response = client.request(method, path, headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code != 401, (method, path)
        assert response.status_code < 500, (method, path, response.text)


def test_the_page_opens_with_the_token_cookie(locked):
    client, _ = locked
    client.cookies.clear()
    assert client.get("/").status_code == 401
    assert client.get(f"/?token={TOKEN}").status_code == 303
    assert client.get("/").status_code == 200
    assert client.get("/config").status_code == 200
    client.cookies.clear()


# --- login: same-origin redirects, fresh signed sessions, a token by POST ------------------------------------


@pytest.mark.parametrize(
    "path",
    ["//evil.example/phish", "///evil.example/phish", "/\\evil.example/phish", "//evil.example/%2F.."],
)
def test_a_login_link_to_another_host_goes_home_instead(locked, path):
    client, _ = locked
    client.cookies.clear()
    # A full URL: a bare "//host/…" would be read by the client itself as another host.
    response = client.get(f"http://testserver{path}", params={"token": TOKEN})
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    client.cookies.clear()


@pytest.mark.parametrize(
    "target", ["//evil.example/phish", "https://evil.example/", "/\\evil.example", "/\t/evil.example"]
)
def test_the_posted_login_form_returns_only_to_a_path_of_this_site(locked, target):
    client, _ = locked
    client.cookies.clear()
    response = client.post("/login", data={"token": TOKEN, "next": target.replace("\\t", "\t")})
    assert response.status_code == 303 and response.headers["location"] == "/"
    ok = client.post("/login", data={"token": TOKEN, "next": "/?tab=任务分工"})
    assert ok.headers["location"].startswith("/?tab=")
    client.cookies.clear()


def test_each_login_gets_a_new_session_that_is_not_derived_from_the_token(locked):
    client, data_dir = locked
    client.cookies.clear()
    first = client.post("/login", data={"token": TOKEN, "next": "/"}).cookies.get("pa_session")
    client.cookies.clear()
    second = client.post("/login", data={"token": TOKEN, "next": "/"}).cookies.get("pa_session")
    assert first and second and first != second
    assert TOKEN not in first and hashlib.sha256(f"policy-assistant:{TOKEN}".encode()).hexdigest() != first
    assert (data_dir / ".session-secret").stat().st_mode & 0o077 == 0  # the per-install secret is owner-only
    client.cookies.clear()
    client.cookies.set("pa_session", second)
    assert client.get("/").status_code == 200
    client.cookies.set("pa_session", second[:-1] + ("0" if second[-1] != "0" else "1"))  # a forged signature
    assert client.get("/").status_code == 401
    client.cookies.clear()


def test_a_wrong_posted_token_shows_the_chinese_login_page_again(locked):
    client, _ = locked
    client.cookies.clear()
    page = client.post("/login", data={"token": "wrong", "next": "/"})
    assert page.status_code == 401 and "访问令牌不正确" in page.text
    assert 'name="viewport"' in page.text and 'method="post"' in page.text
    assert not re.search(r">[^<]*[A-Za-z]{3,}[^<]*<", page.text.split("<body>")[1])  # no English words shown
    assert "set-cookie" not in page.headers


# --- uploads cannot escape the data dir -------------------------------------------------------------------


HOSTILE_NAMES = [
    "../../escape.txt",
    "..\\..\\escape.txt",
    "/etc/cron.d/escape.txt",
    "/../../../../tmp/escape.txt",
    "C:\\Windows\\escape.txt",
    "./.hidden.txt",
    "sources/../../escape.txt",
    "%2e%2e%2fescape.txt",
    "长" * 100 + ".txt",  # 304 bytes: past the file system's 255-byte limit (was a 500)
    "长" * 400 + ".txt",
    "a" * 5000 + ".txt",
    "名称\x00.txt",
    "escape.txt\x00.docx",
]


def _multipart(filename: str, data: bytes) -> tuple[bytes, str]:
    """A multipart body written by hand: clients refuse NUL bytes in names, attackers do not."""
    boundary = "hardeningboundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=lambda n: repr(n[:30]))
def test_an_upload_name_cannot_place_a_file_outside_the_data_dir(locked, name, tmp_path_factory):
    client, data_dir = locked
    root = data_dir.parent
    outside_before = {p for p in root.rglob("*") if data_dir not in p.parents and p != data_dir}
    body, content_type = _multipart(name, PLAN)
    response = client.post(
        "/api/documents",
        content=body,
        headers={"content-type": content_type, "Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code in (201, 400, 415, 422), response.text
    if name.endswith(".txt") and len(name) < 1000:  # 5,000 characters overflow the multipart header: 400
        assert response.status_code == 201, response.text  # a plain text plan, whatever its name says
    if response.status_code != 201:
        assert re.search(r"[\u4e00-\u9fff]", response.json()["error"])  # a Chinese reason
    else:
        stored = response.json()
        assert "/" not in stored["doc_id"] and "\\" not in stored["doc_id"] and "\x00" not in stored["doc_id"]
        assert len(stored["doc_id"]) <= 150
        sources = sorted(p.name for p in (data_dir / "sources").iterdir())
        assert all(len(n.encode()) <= 255 and "\x00" not in n and not n.startswith(".") for n in sources)
        client.delete(f"/api/documents/{stored['doc_id']}", headers={"Authorization": f"Bearer {TOKEN}"})
    outside_after = {p for p in root.rglob("*") if data_dir not in p.parents and p != data_dir}
    assert outside_after == outside_before
    assert not Path("/tmp/escape.txt").exists() and not Path("/etc/cron.d/escape.txt").exists()
    for path in data_dir.rglob("*"):
        assert path.resolve().is_relative_to(data_dir.resolve())
    assert DocumentStore(data_dir).damaged() == []


# --- a served process: where it listens and what it logs ----------------------------------------------------


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket in LISTEN state on ``port``, read from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].rsplit(":", 1)
            if int(hex_port, 16) == port and fields[3] == "0A":
                found.add(address)
    return found


@pytest.mark.slow
def test_a_served_process_listens_on_loopback_and_never_logs_its_secrets(tmp_path):
    model = FakeOpenAI()
    model.reply = "文件提出强化项目服务。"
    threading.Thread(target=model.serve_forever, daemon=True).start()
    llm_key = "sk-live-Hardening-0c1d2e3f4a5b"
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("PA_")}
    env.update(
        PA_DATA_DIR=str(tmp_path / "data"),
        PA_API_TOKEN=TOKEN,
        PA_LLM_BASE_URL=f"http://127.0.0.1:{model.server_address[1]}/v1",
        PA_LLM_MODEL="local-test",
        PA_LLM_API_KEY=llm_key,
        PYTHONUNBUFFERED="1",
    )
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve", "--port", str(port)],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            auth = {"Authorization": f"Bearer {TOKEN}"}
            deadline = time.monotonic() + 120
            while True:
                assert server.poll() is None, log_path.read_text(errors="replace")
                assert time.monotonic() < deadline, "server never became ready"
                try:
                    if httpx.get(f"{base}/api/health", headers=auth, timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.3)
            assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1 only, no 0.0.0.0 / ::

            assert httpx.get(f"{base}/api/health", timeout=5).status_code == 401
            assert (
                httpx.get(f"{base}/api/health", headers={"X-API-Token": "nope"}, timeout=5).status_code == 401
            )
            assert httpx.get(f"{base}/?token={TOKEN}", timeout=5).status_code == 303
            opened = httpx.post(
                f"{base}/api/ask", json={"question": "如何强化项目服务"}, headers=auth, timeout=60
            )
            assert opened.status_code == 200
            model.status = 500  # a failing model: the error path must not print the key either
            assert httpx.post(f"{base}/api/ask", json={"question": "如何优化营商环境"}, headers=auth,
                              timeout=60).status_code == 200  # fmt: skip
            upload = httpx.post(f"{base}/api/documents", files={"file": ("坏.docx", b"PK\x03\x04 x")},
                                headers=auth, timeout=60)  # fmt: skip
            assert upload.status_code == 422
        finally:
            server.terminate()
            server.wait(timeout=20)
            model.shutdown()
            model.server_close()
    assert model.authorizations and all(a == f"Bearer {llm_key}" for a in model.authorizations)
    output = log_path.read_text(encoding="utf-8", errors="replace")
    assert "招商政策助手已启动" in output  # the log was captured at all
    assert TOKEN not in output and llm_key not in output


def test_settings_and_the_chat_model_never_show_their_secrets_when_printed():
    from assistant.llm import chat_model

    settings = load_settings(
        api_token=TOKEN,
        llm_api_key="sk-live-print-me-not",
        llm_base_url="http://127.0.0.1:9/v1",
        llm_model="m",
    )
    assert settings.api_token == TOKEN and settings.llm_api_key == "sk-live-print-me-not"
    for shown in (repr(settings), str(settings), f"{settings!r}", repr(chat_model(settings))):
        assert TOKEN not in shown and "sk-live-print-me-not" not in shown
