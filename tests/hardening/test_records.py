"""Records are validated when read: every kind of damage is set aside and rebuilt from the right source.

Kinds: a record of 200,000 "[" (was a RecursionError at start), ``"text": null`` under a valid checksum (was a
TypeError in the index build), spans outside the text, quotes that are not the text, single-bit flips (19 of 40
were accepted as changed text), and two sources of one stem (repair restored the older one).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from assistant.answering import Assistant
from assistant.settings import SHIPPED_CORPUS, load_settings
from assistant.workspace import Workspace
from corpus.store import DocumentStore, decode_record, sha256
from tests.hardening.conftest import XIANGXI

LEAD_QUESTION = "谁牵头精准开发招商项目"


def _ready(data_dir: Path, messages: list[str]) -> Workspace:
    settings = load_settings(data_dir=data_dir, corpus_dir=SHIPPED_CORPUS, llm_base_url="", llm_model="")
    workspace = Workspace(settings, notify=messages.append)
    workspace.ensure_ready()
    return workspace


def _sealed(document: dict, source_sha256: str = "") -> bytes:
    """A record whose checksum is right for ``document``: only the validation after it can refuse it."""
    body = json.dumps(document, ensure_ascii=False).encode("utf-8")
    head = json.dumps({"format": 2, "sha256": sha256(body), "source_sha256": source_sha256})
    return head[:-1].encode() + b', "document": ' + body + b"}"


def _document(record: Path) -> tuple[dict, str]:
    envelope = json.loads(record.read_bytes())
    return envelope["document"], envelope["source_sha256"]


def _with(document: dict, change) -> dict:
    document = json.loads(json.dumps(document))
    change(document)
    return document


DAMAGE = {
    "200,000 brackets": lambda doc, src: b"[" * 200_000,
    "brackets inside a sealed record": lambda doc, src: _sealed(
        _with(doc, lambda d: d.update(warnings=[json.loads("[" * 50 + "]" * 50)])), src
    ),
    "text null under a valid checksum": lambda doc, src: _sealed(
        _with(doc, lambda d: d.update(text=None)), src
    ),
    "a span past the end of the text": lambda doc, src: _sealed(
        _with(doc, lambda d: d["sections"][0].update(end=len(d["text"]) + 50)), src
    ),
    "a quote that is not the text": lambda doc, src: _sealed(
        _with(doc, lambda d: d["tasks"][0].update(quote="州发改委牵头" + d["tasks"][0]["quote"][6:])), src
    ),
    "a target quote moved": lambda doc, src: _sealed(
        _with(doc, lambda d: next(t for t in d["tasks"] if t["targets"])["targets"][0].update(start=0)), src
    ),
    "an old record without a checksum": lambda doc, src: json.dumps(doc, ensure_ascii=False).encode(),
    "truncated": lambda doc, src: _sealed(doc, src)[:5000],
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_each_kind_of_damaged_record_is_set_aside_and_rebuilt_from_its_source(data_dir, kind):
    record = data_dir / "documents" / f"{XIANGXI}.json"
    original = record.read_bytes()
    document, source_hash = _document(record)
    record.write_bytes(DAMAGE[kind](document, source_hash))
    messages: list[str] = []
    workspace = _ready(data_dir, messages)
    assert any("已损坏" in m and XIANGXI in m for m in messages), messages
    assert any("已从原文件" in m and XIANGXI in m for m in messages), messages
    assert record.read_bytes() == original
    assert Assistant(workspace).ask(LEAD_QUESTION).lead_unit == "州商务局"


def test_forty_single_bit_flips_in_a_record_are_all_refused(shipped_data):
    raw = (shipped_data / "documents" / f"{XIANGXI}.json").read_bytes()
    rng = random.Random(14)
    for _ in range(40):
        flipped = bytearray(raw)
        at = rng.randrange(len(flipped))
        flipped[at] ^= 1 << rng.randrange(8)
        with pytest.raises((ValueError, RecursionError)):
            decode_record(bytes(flipped))


def test_a_bit_flip_at_start_is_rebuilt_not_accepted_as_changed_text(data_dir):
    record = data_dir / "documents" / f"{XIANGXI}.json"
    original = record.read_bytes()
    flipped = bytearray(original)
    at = original.index("精准开发招商项目".encode())
    flipped[at + 1] ^= 0x01
    record.write_bytes(bytes(flipped))
    messages: list[str] = []
    _ready(data_dir, messages)
    assert record.read_bytes() == original


def test_repair_uses_the_source_the_record_was_made_from_when_two_share_a_stem(tmp_path):
    """plan.docx, then plan.txt replacing it: a damaged record comes back as the .txt version."""
    import io

    import docx

    data_dir = tmp_path / "data"
    messages: list[str] = []
    workspace = _ready(data_dir, messages)
    store = workspace.store
    old = docx.Document()
    for line in [
        "某某县旧方案",
        "一、重点任务",
        "(一)建设旧园区。推进旧园区建设。(责任单位:县林业局、县商务局)",
    ]:
        old.add_paragraph(line)
    buffer = io.BytesIO()
    old.save(buffer)
    new_text = "某某县新方案\n一、重点任务\n(一)建设新园区。推进新园区建设。(责任单位:县工信局、县商务局)\n"
    from corpus.ingest import ingest_bytes

    assert ingest_bytes("plan.docx", buffer.getvalue(), store, parse=workspace.parse).ok
    assert ingest_bytes("plan.txt", new_text.encode(), store, parse=workspace.parse).replaced
    assert not (store.sources_dir / "plan.docx").exists()  # the replaced version's source goes with it
    # Even when an older data dir kept both sources (the .docx the newer file on disk), the hash picks the .txt.
    (store.sources_dir / "plan.docx").write_bytes(buffer.getvalue())
    record = store.record_path("plan")
    raw = bytearray(record.read_bytes())
    raw[raw.index("新园区".encode())] ^= (
        0x02  # the body is damaged; the envelope still names its source's hash
    )
    record.write_bytes(bytes(raw))
    messages.clear()
    workspace = _ready(data_dir, messages)
    assert any("已从原文件 plan.txt" in m for m in messages), messages
    assert "新园区" in workspace.document("plan").text
    assert Assistant(workspace).ask("谁牵头建设新园区").lead_unit == "县工信局"


def test_a_record_that_lost_its_source_is_set_aside_once_and_reported_once(data_dir):
    store = DocumentStore(data_dir)
    yongzhou = next(i for i in store.doc_ids() if i.startswith("003_"))
    (store.sources_dir / store.get(yongzhou).source_name).unlink()
    store.record_path(yongzhou).write_bytes(b"[" * 200_000)
    messages: list[str] = []
    workspace = _ready(data_dir, messages)
    assert any(yongzhou in m and "无法从原文件重建" in m for m in messages), messages
    assert yongzhou not in {d.doc_id for d in workspace.documents}
    messages.clear()
    _ready(data_dir, messages)
    assert not any("损坏" in m for m in messages)
