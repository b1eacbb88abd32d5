"""The access token: API calls send it as a header, browsers once as ``?token=`` and then carry a cookie."""

from __future__ import annotations

import hashlib
import hmac
import json
from html import escape
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, quote, urlencode

COOKIE = "pa_session"

_LOGIN_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>招商政策助手</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;max-width:28rem;margin:6rem auto;color:#222}}
input{{font-size:1rem;padding:.4rem;width:100%;box-sizing:border-box}}button{{margin-top:.8rem;font-size:1rem}}</style>
</head><body><h2>招商政策助手</h2><p>{message}</p>
<form method="get"><input type="password" name="token" placeholder="访问令牌" autofocus>
<button type="submit">进入</button></form></body></html>"""


def _session_value(token: str) -> str:
    # The cookie holds a digest, so the token itself is not written into the browser's cookie store.
    return hashlib.sha256(f"policy-assistant:{token}".encode()).hexdigest()


class TokenGate:
    """ASGI middleware: with a token configured, nothing is served without it (``/api`` answers 401 JSON)."""

    def __init__(self, app, token: str):
        self.app = app
        self.token = token
        self.session = _session_value(token) if token else ""

    async def __call__(self, scope, receive, send):
        if not self.token or scope["type"] not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self._header_ok(headers) or self._cookie_ok(headers):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 4401})
            return
        path = scope.get("path", "")
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if path.startswith("/api") or path == "/openapi.json":
            await _respond(
                send,
                401,
                "application/json",
                _api_error(bool(headers.get("authorization") or headers.get("x-api-token"))),
            )
            return
        if "token" in query and hmac.compare_digest(query["token"], self.token):
            rest = urlencode({k: v for k, v in query.items() if k != "token"})
            location = quote(path) + (f"?{rest}" if rest else "")
            cookie = f"{COOKIE}={self.session}; Path=/; HttpOnly; SameSite=Strict"
            await _respond(
                send, 303, "text/plain; charset=utf-8", b"", [("location", location), ("set-cookie", cookie)]
            )
            return
        message = "访问令牌不正确，请重新输入。" if "token" in query else "请输入管理员提供的访问令牌。"
        await _respond(
            send, 401, "text/html; charset=utf-8", _LOGIN_PAGE.format(message=escape(message)).encode()
        )

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
        return morsel is not None and hmac.compare_digest(morsel.value, self.session)


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
