"""Command-line usage the way every other error is: one line, and options in any order.

argparse reports a usage error as the whole usage block and then the error, where every other
failure of `briefing` is one line ("briefing: FILE: no such file"). `OneLineParser` says what
was wrong in one line that points at `--help`, and exits with argparse's status for usage
errors (2). `hoist_subcommand` lets the global `--library DIR` come before a subcommand
(`briefing --library DIR list`) as well as after it (`briefing list --library DIR`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

GLOBAL_OPTIONS = ("--library",)
"""Options that take one value and may stand before the subcommand."""


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr, status 2."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message} (see {self.prog.split()[0]} --help)", file=sys.stderr)
        raise SystemExit(2)


def hoist_subcommand(arguments: Sequence[str], subcommands: Sequence[str]) -> list[str]:
    """`--library DIR list ...` as `list --library DIR ...`; other arguments unchanged.

    Only leading `--library DIR` / `--library=DIR` pairs are moved, and only when a subcommand
    follows them; anything else is left for the parsers to judge.
    """
    moved: list[str] = []
    rest = list(arguments)
    while rest:
        head = rest[0]
        if head in GLOBAL_OPTIONS and len(rest) >= 2:
            moved += rest[:2]
            rest = rest[2:]
        elif head.split("=", 1)[0] in GLOBAL_OPTIONS and "=" in head:
            moved.append(head)
            rest = rest[1:]
        else:
            break
    if moved and rest and rest[0] in subcommands:
        return [rest[0], *moved, *rest[1:]]
    return list(arguments)
