"""Field values are data: markup, template syntax, control characters and huge values come out as plain text."""

from __future__ import annotations

import zipfile

import pytest

from drafting.kinds import KINDS, draft_document
from drafting.sanitize import clean_text, safe_filename
from drafting.wording import clause
from tests.drafting.docx_facts import body_text, open_docx

MARKUP = '</w:t></w:r></w:p><w:p><w:r><w:t>注入</w:t> & <b>粗体</b> ]]> "引号"'
TEMPLATES = "{{ 7*7 }} {% for x in y %}循环{% endfor %} ${jndi:ldap://x} {0.__class__} %s #{1+1}"
CONTROL = "控制\x00字\x07符\x1b保\x0b留\ufffe正文"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_markup_and_template_syntax_appear_verbatim_as_text(kind, corpus_documents):
    fields = dict(KINDS[kind].example)
    text_key = {"plan": "cooperation", "visit-report": "destination", "reminder": "situation"}[kind]
    fields[text_key] = f"{MARKUP}\n{TEMPLATES}"
    draft = draft_document(kind, fields, corpus_documents)
    text = body_text(open_docx(draft.content))
    assert MARKUP in text
    assert TEMPLATES in text
    assert "49" not in text.replace("0743", "")


def test_control_characters_are_stripped_and_the_rest_is_kept(corpus_documents):
    fields = dict(KINDS["reminder"].example, situation=CONTROL, project_name="项目\x01名称")
    draft = draft_document("reminder", fields, corpus_documents)
    text = body_text(open_docx(draft.content))
    assert "控制字符保留正文" in text
    assert "项目名称" in draft.title
    assert not any(ord(ch) < 9 or ch == "\x1b" for ch in text)


def test_ten_thousand_character_values_survive_whole(corpus_documents):
    long_value = ("要素供给保障到位。" * 1200)[:10_000]
    fields = dict(KINDS["plan"].example, factor_supply=long_value, target_company="甲" * 10_000)
    draft = draft_document("plan", fields, corpus_documents)
    text = body_text(open_docx(draft.content))
    assert long_value in text
    assert "甲" * 10_000 in text
    assert len(draft.filename) <= 90 and draft.filename.endswith("_一对一上门招商计划书.docx")


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "a/b\\c",
        "..",
        "/absolute/path",
        "C:\\Windows\\system32",
        "名称\x00截断",
        "   ",
        'a:b*c?d|e<f>g"h',
    ],
)
def test_names_from_fields_become_one_harmless_file_name(name):
    safe = safe_filename(name)
    assert safe and "/" not in safe and "\\" not in safe and ".." not in safe
    assert not any(ch in safe for ch in ':*?"<>|\x00')
    assert not safe.startswith(".")


def test_a_draft_file_name_from_a_traversal_project_name_stays_a_plain_name(corpus_documents):
    fields = dict(KINDS["reminder"].example, project_name="../../../tmp/evil")
    draft = draft_document("reminder", fields, corpus_documents)
    assert "/" not in draft.filename and ".." not in draft.filename
    assert draft.filename.endswith(".docx")


def test_clean_text_keeps_tabs_and_line_breaks():
    assert clean_text("a\tb\r\nc\rd") == "a\tb\nc\nd"


def test_docx_package_is_valid_zip_with_escaped_markup(corpus_documents, tmp_path):
    fields = dict(KINDS["reminder"].example, situation=MARKUP)
    path = tmp_path / "x.docx"
    path.write_bytes(draft_document("reminder", fields, corpus_documents).content)
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        xml = package.read("word/document.xml").decode("utf-8")
    assert "&lt;/w:t&gt;" in xml and "<w:t>注入</w:t>" not in xml


def test_any_text_in_any_field_drafts_a_document_that_shows_it(corpus_documents):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(min_size=1, max_size=200).filter(lambda s: clean_text(s).strip()))
    def check(value):
        fields = dict(KINDS["reminder"].example, situation=value)
        text = body_text(open_docx(draft_document("reminder", fields, corpus_documents).content))
        for line in clean_text(value).split("\n"):
            # A line's closing marks may become the 。 a 公文 sentence ends with; the words stay verbatim.
            assert clause(line) in text

    check()
