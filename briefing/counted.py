"""Counts with their noun in the right number: "1 article", "2 articles", "0 articles".

Every count the library and the command line print goes through `counted`, so none says
"1 articles" (issue 15). English only, as the rest of the interface.
"""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """`number` and `noun` ("article"), or `plural` (default: noun + "s") unless it is 1;
    thousands are grouped ("1,204 articles")."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"
