"""The quotes stage: every direct quotation in an article, with its speaker and cue.

The stage has four parts, each one job:

- marks.py: where quoted stretches start and end, in every quotation convention;
- speakers.py: speech cues and the phrase that names who spoke;
- resolve.py: from a speaker phrase to an actor, a description or a pronoun's referent;
- find.py: the entry point that ties them together and tells quotes from terms.

Only `find_quotes` is public: `find_quotes(article, sentences, actors) -> tuple[Quote, ...]`.
"""

from __future__ import annotations

from briefing.analysis.quotes.find import find_quotes

__all__ = ["find_quotes"]
