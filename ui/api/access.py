"""The access token: API calls send it as a header; browsers post it once on the login page, then carry a cookie.

The cookie is a session, not the token: a random id issued at each login, signed with a key derived from the
token and a per-install secret kept in the data dir (``.session-secret``), so it changes at every login, says
nothing about the token, and every session ends when the token or the secret changes. After login the browser
goes back only to a path on this site (``//evil.example/…`` and the like go to ``/``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import time
from html import escape
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

COOKIE = "pa_session"
LOGIN_PATH = "/login"
SESSION_SECONDS = 7 * 24 * 3600
_MAX_FORM_BYTES = 8 * 1024

_LOGIN_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>招商政策助手 · 登录</title>
<style>
body{{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f7f7f8;
font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1f2937}}
main{{width:min(26rem,calc(100vw - 2rem));background:#fff;border:1px solid #e5e7eb;border-radius:12px;
padding:1.6rem 1.6rem 1.8rem;box-shadow:0 1px 3px rgba(0,0,0,.06)}}
h1{{font-size:1.35rem;margin:0 0 .4rem;color:#b91c1c}}p{{margin:.2rem 0 1rem;color:#4b5563;line-height:1.6}}
label{{display:block;font-size:.95rem;margin-bottom:.35rem}}
input{{font-size:1rem;padding:.6rem .7rem;width:100%;box-sizing:border-box;border:1px solid #d1d5db;border-radius:8px}}
input:focus{{outline:2px solid #fca5a5;border-color:#ef4444}}
button{{margin-top:1rem;width:100%;font-size:1rem;padding:.6rem;border:0;border-radius:8px;background:#dc2626;
color:#fff;cursor:pointer}}button:hover{{background:#b91c1c}}
</style></head><body><main><h1>招商政策助手</h1><p>{message}</p>
<form method="post" action="{action}"><label for="pa-token">访问令牌</label>
<input id="pa-token" type="password" name="token" placeholder="请输入访问令牌" autocomplete="current-password" autofocus>
<input type="hidden" name="next" value="{next}"><button type="submit">进入</button></form></main></body></html>"""


def safe_next(target: str) -> str:
    """A same-origin relative path to return to after login; anything else (another host, a scheme) is ``/``."""
    target = (target or "").strip()
    # Browsers drop tabs and newlines and read "\" as "/": "/\t/evil" and "/\evil" are other hosts.
    if re.search(r"[\x00-\x1f\x7f\\]", target) or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


def _install_secret(data_dir: Path | None) -> bytes:
    """The per-install secret (created once, owner-only); a process without a data dir keeps one in memory."""
    if data_dir is None:
        return secrets.token_bytes(32)
    path = Path(data_dir) / ".session-secret"
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        pass
    secret = secrets.token_bytes(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".session-secret.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secret.hex())
    os.replace(tmp, path)
    return secret


class TokenGate:
    """ASGI middleware: with a token configured, nothing is served without it (``/api`` answers 401 JSON)."""

    def __init__(self, app, token: str, data_dir: Path | None = None):
        self.app = app
        self.token = token
        self._key = (
            hmac.new(_install_secret(data_dir), f"session:{token}".encode(), hashlib.sha256).digest()
            if token
            else b""
        )

    # -- sessions ------------------------------------------------------------------------------------------

    def new_session(self) -> str:
        """A fresh signed session value: ``<random id>.<issued at>.<signature>``."""
        body = f"{secrets.token_urlsafe(18)}.{int(time.time())}"
        return f"{body}.{self._sign(body)}"

    def _sign(self, body: str) -> str:
        return hmac.new(self._key, body.encode(), hashlib.sha256).hexdigest()

    def session_ok(self, value: str) -> bool:
        body, _, signature = value.rpartition(".")
        if not body or not hmac.compare_digest(signature, self._sign(body)):
            return False
        issued = body.rpartition(".")[2]
        return issued.isdigit() and 0 <= time.time() - int(issued) <= SESSION_SECONDS

    # -- the gate ------------------------------------------------------------------------------------------

    async def __call__(self, scope, receive, send):
        if not self.token or scope["type"] not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if scope["type"] == "http" and path == LOGIN_PATH and scope.get("method") == "POST":
            # A login, even from a browser with a session: it gets a new one.
            form = await _read_form(receive)
            await self._login(send, form.get("token", ""), safe_next(form.get("next", "/")))
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self._header_ok(headers) or self._cookie_ok(headers):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 4401})
            return
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if path.startswith("/api") or path == "/openapi.json":
            await _respond(
                send,
                401,
                "application/json",
                _api_error(bool(headers.get("authorization") or headers.get("x-api-token"))),
            )
            return
        rest = urlencode({k: v for k, v in query.items() if k != "token"})
        # Judged on the decoded path ("/\\host" and "//host" both leave the site), then sent percent-encoded.
        here = quote(path) + (f"?{rest}" if rest else "") if safe_next(path) == path else "/"
        if "token" in query:  # a bookmarked ?token= link still works, and the token leaves the address bar
            await self._login(send, query["token"], here)
            return
        await self._login_page(send, "请输入管理员提供的访问令牌。", here)

    async def _login(self, send, given: str, target: str) -> None:
        target = quote(target, safe="/?&=%#:@!$'()*+,;~-._")  # a header carries ASCII only
        if given and hmac.compare_digest(given.encode(), self.token.encode()):
            cookie = (
                f"{COOKIE}={self.new_session()}; Path=/; HttpOnly; SameSite=Strict; Max-Age={SESSION_SECONDS}"
            )
            await _respond(
                send, 303, "text/plain; charset=utf-8", b"", [("location", target), ("set-cookie", cookie)]
            )
            return
        await self._login_page(send, "访问令牌不正确，请重新输入。", target)

    async def _login_page(self, send, message: str, target: str) -> None:
        page = _LOGIN_PAGE.format(message=escape(message), action=LOGIN_PATH, next=escape(target, quote=True))
        await _respond(send, 401, "text/html; charset=utf-8", page.encode())

    def _header_ok(self, headers: dict[str, str]) -> bool:
        given = headers.get("x-api-token", "")
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        return bool(given) and hmac.compare_digest(given.encode(), self.token.encode())

    def _cookie_ok(self, headers: dict[str, str]) -> bool:
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 - a malformed cookie header is simply not a session
            return False
        morsel = cookie.get(COOKIE)
        return morsel is not None and self.session_ok(morsel.value)


async def _read_form(receive) -> dict[str, str]:
    """A small urlencoded login form; a longer body is not a login and is cut off."""
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if len(body) > _MAX_FORM_BYTES or not message.get("more_body"):
            break
    return dict(parse_qsl(body[:_MAX_FORM_BYTES].decode("utf-8", errors="replace")))


def _api_error(token_given: bool) -> bytes:
    message = (
        "访问令牌不正确，请核对后重试。"
        if token_given
        else "缺少访问令牌：请在请求头中加入 Authorization: Bearer <令牌> 或 X-API-Token: <令牌>。"
    )
    return json.dumps({"error": message}, ensure_ascii=False).encode()


async def _respond(send, status: int, content_type: str, body: bytes, extra: list | None = None) -> None:
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode("latin-1")) for k, v in extra or []]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
