"""Read once: while a `Repository` is open, each input file is opened once and each parse is kept.

The loaders (`read_text`, `load_yaml_file`, `load_markdown_file`, the key figures, the meetings
archive) ask `remember` for their result; outside an open repository they simply compute it, so
a function that is handed a bare layout still works. Kept per run, never on disk, and thrown away
when the command ends, so an edit between two runs is always seen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

_MEMORY: ContextVar[dict[Hashable, Any] | None] = ContextVar("rapportlinja_read_once", default=None)


@contextlib.contextmanager
def reading_once() -> Iterator[None]:
    token = _MEMORY.set({})
    try:
        yield
    finally:
        _MEMORY.reset(token)


def remember(key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or what it gave the first time for `key` while reading once."""
    memory = _MEMORY.get()
    if memory is None:
        return compute()
    if key not in memory:
        memory[key] = compute()
    result: T = memory[key]
    return result
