"""The recipients of a plan, kept out of memory: a list while few, a scratch file beyond.

A plan for a million recipients must not hold a million objects until the user confirms it.
Rows are appended in order; past :data:`SPILL_AFTER` they go to a private SQLite file next
to the data file (not /tmp, which is often RAM), written :data:`CHUNK` at a time, and are read
back a chunk at a time. Each row remembers whether its person already got this message (a
repeat), so the plan includes or skips them without planning again. The file is removed when
the plan is closed or dropped; one left by a crash is removed by a later plan.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, overload

from smsdesk.core.jobs import PlannedRecipient

SPILL_AFTER = 20_000  # rows kept in memory before the plan moves them to its scratch file
CHUNK = 10_000  # rows per write and per read
STALE_AFTER_S = 2 * 86400  # a scratch file this old belongs to no open plan

# phone, name, variables (JSON), rendered, segments, points, given (as the user wrote it), repeat
Row = tuple[str, str, str, str, int, float, str, int]


@dataclass
class Totals:
    count: int = 0
    segments: int = 0
    points: float = 0.0
    max_segments: int = 0

    def add(self, segments: int, points: float) -> None:
        self.count += 1
        self.segments += segments
        self.points += points
        self.max_segments = max(self.max_segments, segments)

    def __add__(self, other: Totals) -> Totals:
        return Totals(self.count + other.count, self.segments + other.segments, self.points + other.points,
                      max(self.max_segments, other.max_segments))


def recipient(row: Row) -> PlannedRecipient:
    return PlannedRecipient(row[0], row[1], json.loads(row[2] or "{}"), row[3], row[4], row[5])


def _row(r: PlannedRecipient, given: str, repeat: bool) -> Row:
    return (r.phone, r.name, json.dumps(r.variables, ensure_ascii=False), r.rendered, r.segments,
            float(r.points), given, int(repeat))


def scratch_dir(store_path: Path | None) -> Path:
    if store_path is None or store_path.name in ("", ":memory:"):
        return Path(tempfile.gettempdir())
    return store_path.parent / "scratch"


def _remove(db: sqlite3.Connection, path: Path) -> None:
    db.close()
    with contextlib.suppress(OSError):
        path.unlink()


class PlannedRows:
    """Planned recipients in order, each marked repeat or not; thread-safe (planned on a worker)."""

    def __init__(self, *, folder: Path | None = None, spill_after: int | None = None) -> None:
        self._folder = folder
        self._spill_after = max(1, SPILL_AFTER if spill_after is None else spill_after)
        self._rows: list[Row] = []  # every row while in memory; once spilled, those not yet written
        self._db: sqlite3.Connection | None = None
        self._path: Path | None = None
        self._lock = threading.RLock()
        self._closer: weakref.finalize[..., PlannedRows] | None = None
        self.totals = {False: Totals(), True: Totals()}  # by repeat

    @property
    def spilled(self) -> bool:
        return self._db is not None

    def add(self, r: PlannedRecipient, *, given: str = "", repeat: bool = False) -> None:
        with self._lock:
            self._rows.append(_row(r, given or r.phone, repeat))
            self.totals[repeat].add(r.segments, float(r.points))
            if (self._db is None and len(self._rows) > self._spill_after) or (
                    self._db is not None and len(self._rows) >= CHUNK):
                self._flush()

    def count(self, repeat: bool | None = None) -> int:
        if repeat is None:
            return self.totals[False].count + self.totals[True].count
        return self.totals[repeat].count

    def view(self, repeat: bool | None = None) -> RowsView:
        """Rows in order: all of them (None), only the repeats (True) or only the others (False)."""
        return RowsView(self, repeat)

    def raw(self, repeat: bool | None = None) -> Iterator[Row]:
        """Rows as stored, in order, a chunk at a time."""
        with self._lock:
            if self._db is None:
                rows, memory = self._rows, True
            else:
                self._flush()
                rows, memory = [], False
        if memory:
            yield from (r for r in rows if repeat is None or r[7] == repeat)
            return
        after = 0
        while True:
            with self._lock:
                assert self._db is not None, "read after close"
                page = self._db.execute(
                    "SELECT seq, phone, name, variables, rendered, segments, points, given, repeat FROM rows"
                    " WHERE seq > ? AND (? IS NULL OR repeat = ?) ORDER BY seq LIMIT ?",
                    (after, repeat, repeat, CHUNK)).fetchall()
            if not page:
                return
            after = page[-1][0]
            yield from (tuple(r[1:]) for r in page)

    def row_at(self, index: int, repeat: bool | None = None) -> Row:
        n = self.count(repeat)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError(index)
        with self._lock:
            if self._db is None:
                return next(islice((r for r in self._rows if repeat is None or r[7] == repeat), index, None))
            self._flush()
            found = self._db.execute(
                "SELECT phone, name, variables, rendered, segments, points, given, repeat FROM rows"
                " WHERE (? IS NULL OR repeat = ?) ORDER BY seq LIMIT 1 OFFSET ?", (repeat, repeat, index)).fetchone()
        return tuple(found)

    def rewrite(self, change: Callable[[PlannedRecipient], PlannedRecipient]) -> None:
        """Replace every recipient by ``change(recipient)`` (order, given value and repeat mark kept)."""
        with self._lock:
            rows = list(self.raw())
            self._drop_file()
            self._rows = []
            self.totals = {False: Totals(), True: Totals()}
            for row in rows:
                self.add(change(recipient(row)), given=row[6], repeat=bool(row[7]))

    def close(self) -> None:
        with self._lock:
            self._drop_file()
            self._rows = []

    # -- the scratch file ---------------------------------------------------
    def _flush(self) -> None:
        if self._db is None:
            self._open()
        assert self._db is not None
        if self._rows:
            with self._db:
                self._db.executemany(
                    "INSERT INTO rows(phone, name, variables, rendered, segments, points, given, repeat)"
                    " VALUES (?,?,?,?,?,?,?,?)", self._rows)
            self._rows = []

    def _open(self) -> None:
        folder = self._folder or Path(tempfile.gettempdir())
        folder.mkdir(parents=True, exist_ok=True)
        _clear_stale(folder)
        fd, name = tempfile.mkstemp(prefix="plan-", suffix=".db", dir=folder)  # private to this user
        os.close(fd)
        self._path = Path(name)
        db = sqlite3.connect(name, check_same_thread=False, isolation_level="DEFERRED")
        # Scratch: nothing in it is lost by a crash that the plan itself would not lose.
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA cache_size=-4000")  # at most about 4 MB of pages in memory
        db.execute("CREATE TABLE rows(seq INTEGER PRIMARY KEY, phone TEXT, name TEXT, variables TEXT,"
                   " rendered TEXT, segments INTEGER, points REAL, given TEXT, repeat INTEGER)")
        self._db = db
        self._closer = weakref.finalize(self, _remove, db, self._path)

    def _drop_file(self) -> None:
        if self._closer is not None:
            self._closer()
        self._db, self._path, self._closer = None, None, None


def _clear_stale(folder: Path) -> None:
    cutoff = time.time() - STALE_AFTER_S
    for path in folder.glob("plan-*.db"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


class RowsView:
    """A read-only sequence of :class:`PlannedRecipient` over some of a plan's rows."""

    def __init__(self, rows: PlannedRows, repeat: bool | None) -> None:
        self._rows = rows
        self._repeat = repeat

    def __len__(self) -> int:
        return self._rows.count(self._repeat)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[PlannedRecipient]:
        return (recipient(r) for r in self._rows.raw(self._repeat))

    @overload
    def __getitem__(self, index: int) -> PlannedRecipient: ...
    @overload
    def __getitem__(self, index: slice) -> list[PlannedRecipient]: ...

    def __getitem__(self, index: int | slice) -> PlannedRecipient | list[PlannedRecipient]:
        if isinstance(index, slice):
            return list(self)[index]
        return recipient(self._rows.row_at(index, self._repeat))

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, RowsView | list | tuple):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def raw(self) -> Iterator[Row]:
        return self._rows.raw(self._repeat)

    def __repr__(self) -> str:
        return f"RowsView({len(self)} recipients)"
