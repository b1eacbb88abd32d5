"""The same question over the same documents gets the same answer in every process.

Python randomises string hashing per process, so anything that iterates a set of phrases (scaffolding removed
longest-first, aliases tried in turn) can answer differently from one run to the next when two candidates tie.
Two interpreters with different hash seeds must agree on every topic and answer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from evals.gold import GOLD_FILE, load_gold
from tests.conftest import SHIPPED_CORPUS

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import json, sys
from pathlib import Path
from assistant.answering import Assistant
from assistant.settings import load_settings
from assistant.workspace import Workspace
data_dir, corpus_dir, questions = sys.argv[1], sys.argv[2], json.loads(sys.stdin.read())
settings = load_settings(data_dir=Path(data_dir), corpus_dir=Path(corpus_dir), llm_base_url="", llm_model="")
workspace = Workspace(settings, notify=lambda _: None)
workspace.ensure_ready()
assistant = Assistant(workspace)
print(json.dumps([[assistant.understand(q).topic, assistant.ask(q).answer] for q in questions], ensure_ascii=False))
"""


def _answers(seed: str, data_dir: Path, questions: list[str]) -> list[list[str]]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(data_dir), str(SHIPPED_CORPUS)],
        input=json.dumps(questions),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_answers_do_not_depend_on_the_process_hash_seed(corpus_data_dir):
    evals = GOLD_FILE.parent
    files = (GOLD_FILE, evals / "heldout.jsonl", evals / "robustness.jsonl")
    questions = [q.question for f in files for q in load_gold(f)]
    first = _answers("0", corpus_data_dir, questions)
    second = _answers("5", corpus_data_dir, questions)
    differing = [(q, a, b) for q, a, b in zip(questions, first, second, strict=True) if a != b]
    assert not differing, differing[:3]
