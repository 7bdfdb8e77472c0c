"""The analysis gives the same answer whatever Python's string-hash seed (PYTHONHASHSEED).

A set of strings iterates in an order that depends on the process's hash seed, and a float sum
over it rounds differently in different orders (0.1 + 0.2 + 0.3 is 0.6000000000000001 one way
and 0.6 another). Near-tied scores then swap two section titles in some processes and not in
others. Scores summed over sets use `math.fsum` (correctly rounded, so the same in any order).

Each check runs in subprocesses with hash seeds chosen so that a plain `sum` over
{"alpha", "beta", "gamma"} rounds differently between them (seeds 0 and 1 do).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ("0", "1", "3")

_RANK = """
from briefing.analysis.sections.titles import _Sentence, _rank_sentences
weights = {"alpha": 0.1, "beta": 0.2, "gamma": 0.3, "delta": 0.6, "eps": 0.0, "zeta": 0.0}
# Exactly tied: the same weight over three terms each; a stable sort keeps text order.
first = _Sentence("delta eps zeta", frozenset({"delta", "eps", "zeta"}), False, False)
second = _Sentence("alpha beta gamma", frozenset({"alpha", "beta", "gamma"}), False, False)
print([(repr(score), sentence.text) for score, sentence in _rank_sentences([first, second], weights)])
"""

_ANALYSE = """
import sys
from briefing.analysis.pipeline import analyze
from briefing.ingest.text import parse_text
from briefing.serialize import to_json
print(to_json(analyze(parse_text(sys.stdin.read()))))
"""

# Paragraphs that repeat one another's words in shifted combinations, so that terms, sentences
# and title candidates tie or nearly tie across sections.
_PARTS = (
    "Armenia weighs closer security ties with the European Union after the war.",
    "The European Union weighs a civilian mission to Armenia and its border with Azerbaijan.",
    "Azerbaijan and Armenia dispute the border while Russia watches the mission closely.",
    "Russia offers Armenia security guarantees, but the guarantees ring hollow in Yerevan.",
    "Energy markets and transit routes tie Georgia, Armenia and Azerbaijan to Europe.",
    "Georgia offers its ports to Armenia as Europe seeks new transit routes for energy.",
)


def _tied_text() -> str:
    paragraphs = ["Security and transit in the South Caucasus"]
    for round_ in range(6):
        for shift in range(len(_PARTS)):
            paragraphs.append(" ".join(_PARTS[(shift + k + round_) % len(_PARTS)] for k in range(3)))
    return "\n\n".join(paragraphs) + "\n"


def _run(code: str, seed: str, stdin: str = "") -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    return done.stdout


def test_tied_sentence_scores_do_not_depend_on_the_hash_seed() -> None:
    outputs = {seed: _run(_RANK, seed) for seed in SEEDS}
    assert len(set(outputs.values())) == 1, outputs
    assert "'delta eps zeta'" in outputs[SEEDS[0]].split(",")[1]  # the tie keeps text order


def test_analysis_json_does_not_depend_on_the_hash_seed() -> None:
    text = _tied_text()
    outputs = {seed: _run(_ANALYSE, seed, text) for seed in SEEDS}
    assert outputs[SEEDS[0]].strip(), "no output"
    assert len(set(outputs.values())) == 1, [seed for seed in SEEDS]
