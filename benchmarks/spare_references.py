"""Spare references to None, True and False for the long GUI benchmarks.

PySide6 6.12 on CPython 3.11 hands back None/True/False from Qt calls without a reference of
their own (it assumes 3.12's immortal singletons), so the tens of thousands of Qt calls of a long
benchmark would drain their counts and abort ("none_dealloc"). :func:`keep_alive` makes the spare
references and then freezes what exists out of the garbage collector, whose full passes would
otherwise walk the list's three million entries (and the imports) and be timed: call it once the
benchmark's imports are done, as each of them did inline before.
"""

import gc

SPARE: list[object] = []


def keep_alive() -> None:
    SPARE.extend([None, True, False] * 1_000_000)
    gc.freeze()
