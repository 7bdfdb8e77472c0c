"""A YAML loader that refuses alias bombs: what a document expands to is bounded by what is written.

YAML aliases (`*name`) repeat an anchored node without writing it again. Loaded, the repeats
share one Python object, so loading is cheap; but a briefing is then walked as text, and a
3.5 KB file whose aliases nest ten deep repeats one sentence 10,000 times (20 s and 580 MB of
analysis; at 7 KB, a `MemoryError`). The "billion laughs" attack on XML is the same idea.

So before a document is constructed, its node graph is measured twice: as written (each node
once) and as expanded (each node as often as it is reached through aliases). Sizes count the
characters of scalars plus one per node, computed once per node, so the measure itself is
linear in the written size however deep the nesting. A document may expand to `EXPANSION`
times what is written, or to `FLOOR` characters, whichever is more: enough for any real reuse
of an actor's name or a sentence, and far short of a blow-up.
"""

from __future__ import annotations

from typing import Any

import yaml

EXPANSION = 10
"""How many times its written size a document may expand to through aliases."""
FLOOR = 200_000
"""Characters any document may expand to, whatever its written size."""

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LimitedSafeLoader(_Base):  # type: ignore[misc]
    """yaml's safe loader (libyaml's when built) that refuses documents whose aliases expand
    past the limit, with a `ConstructorError` marking the first alias."""

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        check_expansion(node)
        return self.construct_document(node)


def check_expansion(root: yaml.Node) -> None:
    """Raise `yaml.constructor.ConstructorError` if aliases expand `root` past the limit."""
    written, expanded, first_alias = _measure(root)
    limit = max(EXPANSION * written, FLOOR)
    if expanded > limit:
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"aliases (*name) of anchors such as the one here repeat the text to "
            f"{expanded:,} characters, over {EXPANSION} times the {written:,} written; "
            "write the repeated text out instead",
            first_alias,
        )


def _measure(root: yaml.Node) -> tuple[int, int, Any]:
    """(written size, expanded size, mark of the first repeated node) of a node graph.

    An iterative post-order walk (a deep document must not hit the recursion limit), with
    each node's expanded size memoised by identity: a node reached again through an alias
    adds its size again without being walked again.
    """
    expanded: dict[int, int] = {}
    written = 0
    first_alias = None
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in expanded and not children_done:
            if first_alias is None:
                first_alias = node.start_mark
            continue
        children = _children(node)
        if not children_done:
            if key in expanded:
                continue
            expanded[key] = -1  # being walked: a cycle back to it adds nothing more
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in expanded)
            for child in children:
                if id(child) in expanded and first_alias is None:
                    first_alias = child.start_mark
            continue
        own = 1 + (len(node.value) if isinstance(node, yaml.ScalarNode) else 0)
        written += own
        expanded[key] = own + sum(max(expanded.get(id(child), 0), 0) for child in children)
    return written, max(expanded.get(id(root), 0), 0), first_alias


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []
