"""Which SQL statements ran on the calling thread: the GUI thread must not query the store."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from smsdesk.core.store import Store


@contextmanager
def statements_on_this_thread(store: Store) -> Iterator[list[str]]:
    """Every SQL statement the store's SQLite connections run on the calling (GUI) thread.

    SQLite's own trace hook, on each connection the store keeps (a separate read connection too).
    """
    me = threading.get_ident()
    seen: list[str] = []
    connections = [c for c in vars(store).values() if isinstance(c, sqlite3.Connection)]
    assert connections, "the store keeps its SQLite connection(s) as attributes"

    def trace(sql: str) -> None:
        if threading.get_ident() == me:
            seen.append(sql)

    for conn in connections:
        conn.set_trace_callback(trace)
    try:
        yield seen
    finally:
        for conn in connections:
            conn.set_trace_callback(None)
