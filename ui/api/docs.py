"""``/docs``: the OpenAPI description as a plain page (FastAPI's Swagger UI loads its scripts from a CDN)."""

from __future__ import annotations

from html import escape
from typing import Any

_STYLE = """body{font-family:"Noto Sans CJK SC",sans-serif;max-width:60rem;margin:2rem auto;color:#222;line-height:1.5}
h2{border-bottom:1px solid #ddd}.op{margin:1rem 0;padding:.6rem .8rem;border:1px solid #ddd;border-radius:6px}
.m{display:inline-block;min-width:4.5rem;font-weight:700}code,pre{background:#f5f5f5;padding:0 .2rem}
pre{padding:.5rem;overflow-x:auto}td,th{padding:.1rem .6rem;text-align:left;vertical-align:top}"""


def _params(op: dict[str, Any]) -> str:
    rows = [
        f"<tr><td><code>{escape(p['name'])}</code></td><td>{escape(p.get('in', ''))}</td>"
        f"<td>{escape(p.get('description', '') or '')}</td></tr>"
        for p in op.get("parameters", [])
    ]
    return f"<table><tr><th>参数</th><th>位置</th><th>说明</th></tr>{''.join(rows)}</table>" if rows else ""


def _body(op: dict[str, Any], schemas: dict[str, Any]) -> str:
    content = op.get("requestBody", {}).get("content", {})
    if not content:
        return ""
    media, spec = next(iter(content.items()))
    ref = spec.get("schema", {}).get("$ref", "")
    schema = schemas.get(ref.rsplit("/", 1)[-1], spec.get("schema", {})) if ref else spec.get("schema", {})
    rows = [
        f"<tr><td><code>{escape(name)}</code></td><td>{escape(prop.get('description', '') or '')}</td></tr>"
        for name, prop in schema.get("properties", {}).items()
    ]
    table = f"<table><tr><th>字段</th><th>说明</th></tr>{''.join(rows)}</table>" if rows else ""
    return f"<p>请求体：<code>{escape(media)}</code></p>{table}"


def docs_page(openapi: dict[str, Any]) -> str:
    """Every route with its method, summary, parameters and request body fields."""
    schemas = openapi.get("components", {}).get("schemas", {})
    ops = []
    for path, methods in openapi.get("paths", {}).items():
        for method, op in methods.items():
            ops.append(
                f'<div class="op"><span class="m">{escape(method.upper())}</span><code>{escape(path)}</code>'
                f" — {escape(op.get('summary', ''))}{_params(op)}{_body(op, schemas)}</div>"
            )
    return (
        f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>接口文档</title>'
        f"<style>{_STYLE}</style></head><body><h1>招商政策助手 REST API</h1>"
        '<p>错误一律返回 <code>{"error": "中文说明"}</code> 与相应的 4xx 状态码。设置了访问令牌时，'
        "请求头需带 <code>Authorization: Bearer &lt;令牌&gt;</code> 或 <code>X-API-Token</code>。"
        '机器可读的描述：<a href="/openapi.json">/openapi.json</a>。</p>'
        f"<h2>接口</h2>{''.join(ops)}</body></html>"
    )
