"""Imported by the process pool's fork server: loads what the analysis needs before workers fork.

The analysis reads its word lists and gazetteer, and compiles its patterns, on first use
(about a second); imported here once, in the fork server, every worker forked from it starts
warm instead of paying that second each. Importing this module analyses one short article.
"""

from __future__ import annotations

from briefing.analysis.pipeline import analyze
from briefing.model import Article, Metadata, Paragraph

_SAMPLE = (
    "Officials in Moscow said on Monday that talks with Kyiv would resume. "
    '"We are ready," the minister told reporters, though analysts judged a deal unlikely.',
    "The European Union is likely to extend sanctions in March 2024, diplomats said.",
)

analyze(
    Article(
        Metadata(title="Warm-up"),
        tuple(Paragraph(index, text) for index, text in enumerate(_SAMPLE)),
    )
)
