"""What to tell the user when the database cannot be opened or written, and self-repair.

The data file is the send journal: the only record of which messages left. Advice
therefore never says to move, rename or delete it (a fresh file would invite sending
everything again); it names what to check (another copy of the app, the disk, the
file's permissions), and where the file can be rebuilt without losing a row (its
tables read whole; indexes and free pages are made anew), :func:`repair` does it
after copying the file aside.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from smsdesk.i18n import translate

_LOCKED = ("database is locked", "database table is locked", "database schema is locked")
_FULL = ("database or disk is full",)
_UNWRITABLE = ("readonly database", "unable to open database file", "disk i/o error", "authorization denied",
               "attempt to write a readonly")
_DAMAGED = ("malformed", "file is not a database", "file is encrypted")



def kind_of(exc: BaseException) -> str | None:
    """"locked" | "full" | "unwritable" | "damaged" for a problem with the file itself, else None."""
    if isinstance(exc, OSError):
        return "full" if exc.errno == errno.ENOSPC else "unwritable" if exc.errno in (
            errno.EACCES, errno.EPERM, errno.EROFS, errno.EIO) else None
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(exc, sqlite3.IntegrityError):
        return None
    text = str(exc).lower()
    for kind, needles in (("locked", _LOCKED), ("full", _FULL), ("unwritable", _UNWRITABLE), ("damaged", _DAMAGED)):
        if any(n in text for n in needles):
            return kind
    return None


def advice(kind: str, path: Path, error: object, *, opening: bool) -> str:
    """The sentence for ``kind`` (see :func:`kind_of`); never tells anyone to move the file away."""
    keep = translate("Store", "Do not move or delete the file: it is the record of every message sent, and "
                     "without it SMS Desk could send them again.")
    if kind == "locked":
        text = translate("Store", "The data file {path} is in use by another copy of SMS Desk or smsdesk-cli. "
                         "Close the other copy, then try again.")
    elif kind == "full":
        text = translate("Store", "The disk holding the data file {path} is full, so SMS Desk stopped before "
                         "writing more. Nothing was lost and nothing was sent twice: free some space on that "
                         "disk, then resume the job (Status tab, or smsdesk-cli resume).")
    elif kind == "damaged":
        text = translate("Store", "The data file {path} is damaged ({error}) and SMS Desk could not repair it "
                         "without losing records. It was not changed. Close SMS Desk and ask your support to "
                         "look at the file.")
    elif opening:
        text = translate("Store", "SMS Desk cannot open its data file {path} for reading and writing ({error}). "
                         "Close any other copy of SMS Desk or smsdesk-cli, check that the disk is connected "
                         "and not full, and that your user account may read and write the file and its "
                         "folder (neither may be read-only), then start SMS Desk again.")
    else:
        text = translate("Store", "SMS Desk could not write to its data file {path} ({error}). Check that the "
                         "disk is connected and not full and that your user account may write the file and "
                         "its folder, then resume the job (Status tab, or smsdesk-cli resume).")
    return text.format(path=path, error=error) + " " + keep


def repaired_notice(copy: Path) -> str:
    return translate("Store", "SMS Desk found damage in its data file and repaired it without losing records. "
                     "The file as it was is kept as {copy}.").format(copy=copy)


def repair(path: Path) -> Path | None:
    """Rebuild the file from its tables when they read whole; returns the copy of it taken first.

    None when the file is healthy. Indexes and free pages are made anew from the
    tables, so damage there (the usual kind) costs nothing; when a table itself cannot
    be read, :class:`sqlite3.DatabaseError` is raised and the file is left as it was.
    """
    fresh = path.with_name(path.name + ".repairing")
    src = sqlite3.connect(path, isolation_level=None)
    try:
        try:
            if [str(r[0]) for r in src.execute("PRAGMA integrity_check(100)")] == ["ok"]:
                return None
        except sqlite3.DatabaseError:  # a damaged index root page makes the check itself fail
            pass
        _rebuild(src, fresh)
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    copy = backup_copy(path)
    for suffix in ("-wal", "-shm"):  # their content is in the copy and in the rebuilt file
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(fresh, path)
    return copy


def _rebuild(src: sqlite3.Connection, target: Path) -> None:
    """A new file with ``src``'s schema and every row of its tables, read without their indexes."""
    target.unlink(missing_ok=True)
    dst = sqlite3.connect(target, isolation_level=None)
    try:
        schema = src.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                             "AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
        dst.execute("BEGIN")
        tables = [name for kind, name, _ in schema if kind == "table"]
        for kind, _, sql in schema:
            if kind == "table":
                dst.execute(sql)
        for name in tables:
            quoted = '"' + name.replace('"', '""') + '"'
            rows = src.execute(f"SELECT * FROM {quoted} NOT INDEXED")
            marks = ",".join("?" * len(rows.description))
            while batch := rows.fetchmany(1000):
                dst.executemany(f"INSERT INTO {quoted} VALUES ({marks})", batch)
        for kind, _, sql in schema:
            if kind != "table":
                dst.execute(sql)
        dst.execute(f"PRAGMA user_version={int(src.execute('PRAGMA user_version').fetchone()[0])}")
        dst.execute("COMMIT")
        if [str(r[0]) for r in dst.execute("PRAGMA integrity_check(10)")] != ["ok"]:
            raise sqlite3.DatabaseError("database disk image is malformed (the rebuilt file failed its check)")
    finally:
        dst.close()


def backup_copy(path: Path) -> Path:
    """A byte copy of the file and its WAL, made before anything is changed."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}.bak")
    shutil.copy2(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.copy2(side, target.with_name(target.name + suffix))
    return target
