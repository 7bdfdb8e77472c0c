"""Every section title `briefing` makes itself on the policy-dev articles, as a table to read.

Section titles have no automatic measure (issue 13): a reviewer reads them. This prints one
Markdown table row per self-made title (a section that no heading of the source opened), with
the section's first words so the title can be judged against what the section says; "intro" rows
are the fixed "Introduction" before an author's first heading. With `--headings`, the author's
headings (and subhead lines and run-in heads found in the body) are listed too, with the short
form the section list shows.

Run: `.venv/bin/python bench/titles.py [--headings] [CORPUS_DIR]`. Needs ../shared/corpus/policy-dev
(skips with a message when it is absent). Nothing of the corpus is written anywhere.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLICY_DEV = ROOT.parent / "shared" / "corpus" / "policy-dev"
_FIRST_WORDS = 8


def rows(folder: Path, headings: bool = False) -> list[tuple[str, str, str, str]]:
    """(article number, where the title came from, section's first words, title) per section."""
    from briefing.analysis.pipeline import analyze
    from briefing.analysis.sections.headings import heading_lines, run_in_heads
    from briefing.ingest import load_article

    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".txt", ".md") or not path.name[:2].isdigit():
            continue
        try:
            article = load_article(path)
        except Exception as error:  # a benchmark reports and goes on
            out.append((path.name[:2], "error", str(error)[:60], ""))
            continue
        briefing = analyze(article)
        texts = [paragraph.text for paragraph in article.paragraphs]
        authored = {heading.before for heading in article.headings}
        authored |= set(heading_lines(texts)) | set(run_in_heads(texts))
        for section in briefing.sections:
            first = article.paragraphs[section.first].text if article.paragraphs else ""
            words = " ".join(first.split()[:_FIRST_WORDS]).replace("|", "/")
            if section.first in authored:
                if not headings:
                    continue
                short = getattr(section, "short_title", None) or section.title
                title = section.title if short == section.title else f"{short} <- {section.title}"
                out.append((path.name[:2], "heading", words, title))
            elif section.title == "Introduction":
                out.append((path.name[:2], "intro", words, section.title))
            else:
                out.append((path.name[:2], "made", words, section.title))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=POLICY_DEV)
    parser.add_argument("--headings", action="store_true", help="list the author's headings too")
    options = parser.parse_args(argv)
    if not options.folder.is_dir():
        print(f"no corpus at {options.folder}: nothing to list")
        return 0
    sys.path.insert(0, str(ROOT))
    table = rows(options.folder, options.headings)
    print("| article | from | section's first words | title |")
    print("| --- | --- | --- | --- |")
    for number, origin, words, title in table:
        print(f"| {number} | {origin} | {words} | {title} |")
    made = sum(1 for row in table if row[1] == "made")
    print(f"\n{made} self-made titles (and the fixed 'Introduction' before a first heading)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
