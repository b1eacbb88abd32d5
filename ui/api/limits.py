"""Refuse an oversized API request from its Content-Length, before the body is spooled to disk."""

from __future__ import annotations

import json

# Multipart framing and form fields around the file itself.
_OVERHEAD = 256 * 1024


class BodyLimit:
    """ASGI middleware: a POST to ``/api`` declaring more than the upload limit gets 413 JSON at once."""

    def __init__(self, app, max_upload_mb: int):
        self.app = app
        self.max_upload_mb = max_upload_mb
        self.limit = max_upload_mb * 1024 * 1024 + _OVERHEAD

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope.get("path", "").startswith("/api"):
            length = dict(scope.get("headers", [])).get(b"content-length", b"0")
            if length.isdigit() and int(length) > self.limit:
                body = json.dumps(
                    {"error": f"上传内容超过 {self.max_upload_mb} MB 上限，请拆分或压缩后再上传。"},
                    ensure_ascii=False,
                ).encode()
                headers = [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ]
                await send({"type": "http.response.start", "status": 413, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
