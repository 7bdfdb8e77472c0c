"""The cyclic garbage collector, paused while an article is analysed.

The stages allocate hundreds of thousands of small objects per long text (tuples, lists,
readings, tokens) and free them by reference counting: they form no reference cycles. The
cyclic collector walks them all the same, and its passes grow with the live heap: a
100,000-word analysis ran 474 of them for 0.17-0.19 s (3 full passes alone 0.1 s; timed with
`gc.callbacks`, about 6% of its time under load), the seed two small ones (0.2 ms). Pausing
it for the analysis and resuming it after changes nothing else: a cycle made meanwhile is
collected then.

Threads share the switch: an analysis that found the collector paused leaves it so, and one
that paused it resumes it, so two analyses at once end with it on as before (at worst the
later one finishes with it on).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic collector off; on again after, if it was on before."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
