"""Where an import's contacts wait while the file is read, and how they reach the store.

The records go to a private scratch SQLite file as the rows are read (the parent is
otherwise idle while the reading child parses), so a million customers cost the parent
only the number -> first row map, and the write transaction holds the main database's
lock only for the final copy: on SQLite one ``INSERT ... SELECT`` from the attached
scratch file, sorted by number so both phone indexes fill in order (about half the time
of binding the same rows from Python, measured); on PostgreSQL pages of ``executemany``
read back from the scratch file. Nothing reaches the store before the last row was read:
a failure late in the file writes nothing, and no other writer waits on an import's read.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from smsdesk.core.import_errors import CancelledFn, ImportCancelled
from smsdesk.core.store import Store, utcnow

WRITE_CHUNK = 5000      # records per scratch write (or BATCH_CHARS of text)
BATCH_CHARS = 4_000_000
PG_PAGE = 5000          # records per executemany on PostgreSQL
CANCEL_STEPS = 200_000  # SQLite virtual machine steps between two looks at ``cancelled``
SCHEMA = "import_scratch"
STALE_AFTER_S = 2 * 86400

# The list id and the timestamp are the same for every row: written into the statement
# (an int and our own ISO timestamp, never user text) so that only the three values that
# differ are bound (PostgreSQL) or copied (SQLite).
_COLUMNS = "INSERT INTO contacts(list_id, phone, name, fields, created_at, updated_at) "
_VALUES = _COLUMNS + "VALUES ({list_id}, ?, ?, ?, '{now}', '{now}')"
# WHERE true: SQLite's parser needs it between a SELECT and ON CONFLICT.
_SELECT = _COLUMNS + ("SELECT {list_id}, phone, name, fields, '{now}', '{now}' FROM " + SCHEMA
                      + ".found WHERE true ORDER BY phone")
_ON_CONFLICT = (
    " ON CONFLICT(list_id, phone) DO UPDATE SET "
    "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE contacts.name END, "
    "fields = {merge}, "
    "updated_at = excluded.updated_at"
)
_TIMESTAMP = re.compile(r"[0-9T:.+\-]+")


class Found:
    """Distinct usable numbers in file order (their first row), and the records to write.

    ``batch`` is appended to by the import loop and moved to the scratch file by
    :meth:`flush`; the file is opened at the first flush and removed by :meth:`close`.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.first_row: dict[str, int] = {}
        self.batch: list[tuple[str, str, str]] = []  # (phone, name, fields JSON)
        self.count = 0
        self.path: Path | None = None
        self._folder = folder
        self._db: sqlite3.Connection | None = None

    def flush(self) -> None:
        if not self.batch:
            return
        if self._db is None:
            self._open()
        assert self._db is not None
        with self._db:  # one transaction per chunk, not one per row
            self._db.executemany("INSERT INTO found(phone, name, fields) VALUES (?, ?, ?)", self.batch)
        self.count += len(self.batch)
        self.batch.clear()  # the same list: the import loop holds its append

    def _open(self) -> None:
        folder = self._folder or Path(tempfile.gettempdir())
        folder.mkdir(parents=True, exist_ok=True)
        _clear_stale(folder)
        fd, name = tempfile.mkstemp(prefix="import-", suffix=".db", dir=folder)  # private to this user
        os.close(fd)
        self.path = Path(name)
        db = sqlite3.connect(name, isolation_level="DEFERRED", check_same_thread=False)
        # Scratch: a crash loses nothing the import itself would not lose.
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA cache_size=-4000")  # at most about 4 MB of pages in memory
        db.execute("CREATE TABLE found(phone TEXT NOT NULL, name TEXT NOT NULL, fields TEXT NOT NULL)")
        self._db = db

    def pages(self, size: int) -> Iterator[list[tuple[str, str, str]]]:
        """The records sorted by number, ``size`` at a time (for a store that cannot attach the file)."""
        self.flush()
        if self._db is None:
            return
        cursor = self._db.execute("SELECT phone, name, fields FROM found ORDER BY phone")
        while page := cursor.fetchmany(size):
            yield page

    def close(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            db.close()
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()


def _clear_stale(folder: Path) -> None:
    """Scratch files a crashed import left behind (an import never runs for days)."""
    cutoff = time.time() - STALE_AFTER_S
    for path in folder.glob("import-*.db"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


def write_contacts(
    store: Store, list_name: str, variables: list[str], found: Found, cancelled: CancelledFn | None,
) -> tuple[int, int]:
    """Create or update the list and write ``found`` into it in one transaction: (list id, updated)."""
    found.flush()
    now = utcnow()
    assert _TIMESTAMP.fullmatch(now)
    sqlite = store.dialect.name == "sqlite" and found.path is not None
    with contextlib.ExitStack() as stack:
        if sqlite:
            assert found.path is not None
            stack.enter_context(store.attached(found.path, SCHEMA))
        db = stack.enter_context(store.transaction())
        row = db.execute("SELECT id, columns FROM contact_lists WHERE lower(name) = lower(?)",
                         (list_name,)).fetchone()
        if row is None:
            cur = db.execute(
                "INSERT INTO contact_lists(name, columns, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id",
                (list_name, json.dumps(variables, ensure_ascii=False), now, now),
            )
            list_id, updated = int(cur.fetchone()[0]), 0
        else:
            list_id = int(row[0])
            try:
                old_columns = list(json.loads(row[1]))
            except (ValueError, TypeError):
                old_columns = []
            merged_columns = old_columns + [v for v in variables if v not in old_columns]
            db.execute("UPDATE contact_lists SET columns = ?, updated_at = ? WHERE id = ?",
                       (json.dumps(merged_columns, ensure_ascii=False), now, list_id))
            if sqlite:
                updated = int(db.execute(
                    f"SELECT count(*) FROM contacts c JOIN {SCHEMA}.found f ON f.phone = c.phone "
                    "WHERE c.list_id = ?", (list_id,)).fetchone()[0])
            else:
                first = found.first_row
                updated = sum(1 for (p,) in db.execute("SELECT phone FROM contacts WHERE list_id = ?",
                                                       (list_id,)) if p in first)
        conflict = "" if row is None else _ON_CONFLICT.format(
            merge=store.dialect.json_merge("contacts.fields", "excluded.fields"))
        if sqlite:
            _copy(db, (_SELECT + conflict).format(list_id=list_id, now=now), cancelled)
        else:
            for page in found.pages(PG_PAGE):
                db.executemany((_VALUES + conflict).format(list_id=list_id, now=now), page)
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
    return list_id, updated


def _copy(db: sqlite3.Connection, sql: str, cancelled: CancelledFn | None) -> None:
    """One statement copies every record; ``cancelled`` is still asked while it runs."""
    if cancelled is None:
        db.execute(sql)
        return
    stop = [False]

    def interrupt() -> int:
        stop[0] = stop[0] or bool(cancelled())
        return int(stop[0])

    db.set_progress_handler(interrupt, CANCEL_STEPS)
    try:
        db.execute(sql)
    except sqlite3.OperationalError:
        if stop[0]:
            raise ImportCancelled() from None
        raise
    finally:
        db.set_progress_handler(None, 0)
    if cancelled():  # asked once more before the commit: a short copy may finish between two looks
        raise ImportCancelled()
