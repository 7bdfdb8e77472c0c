"""The quotes stage: every direct quotation in an article, with its speaker and cue.

The stage has these parts, each one job:

- marks.py: where quoted stretches start and end, in every quotation convention;
- speakers.py: speech cues before and after a quotation, and who they name;
- phrases.py: the grammar of speaker phrases (pronoun, description, name) those cues read;
- resolve.py: from a speaker phrase to an actor, a description or a pronoun's referent;
- find.py: the entry point that ties them together and tells quotes from terms.

Only `find_quotes` is public: `find_quotes(article, sentences, actors) -> tuple[Quote, ...]`.
"""

from __future__ import annotations

from briefing.analysis.quotes.find import find_quotes

__all__ = ["find_quotes"]
