"""The shared workspace: the store on a PostgreSQL server (psycopg 3), same API as :class:`Store`.

Every repository runs unchanged: statements go through :data:`POSTGRESQL`'s translation
(core/sql_dialect.py), rows index by position and by name like ``sqlite3.Row``, and the
server's errors are turned into the sqlite3 exceptions the callers already handle, in one
place (:func:`_sqlite_error`): a lock wait that ran out is ``sqlite3.OperationalError``
"database is locked", a broken constraint ``sqlite3.IntegrityError``; a lost connection is
a :class:`StoreError` of kind "unreachable" in words.

Writers serialise exactly as SQLite's ``BEGIN IMMEDIATE`` makes them: every write
transaction first takes one transaction-scoped advisory lock, so the read-decide-write code
of leases, wire journal and engine stays correct across desks. Each committed write
transaction sends ``NOTIFY smsdesk_changes`` (payload :attr:`PgStore.origin`), which the
other desks' windows listen for (core/live.py).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.adapt import Loader
from psycopg.types.numeric import Int8Dumper

from smsdesk.core import paths
from smsdesk.core.desk import DESK_ID_KEY
from smsdesk.core.sql_dialect import POSTGRESQL, Dialect
from smsdesk.core.store import BUSY_TIMEOUT_MS, MIGRATIONS, Migration, Params, SchemaTooNew, Store, StoreError
from smsdesk.core.timestamps import utcnow
from smsdesk.core.workspace_url import WorkspaceUrl
from smsdesk.i18n import translate

log = logging.getLogger("smsdesk.store")

WRITE_LOCK = 0x534D5344  # "SMSD": the advisory lock every write transaction takes first
CHANNEL = "smsdesk_changes"
VERSION_TABLE = "smsdesk_schema"
# kv keys that belong to this computer, not the workspace: kept in the data folder
# (desk-kv.json). The keychain, and with it the adoption of legacy entries, is per desk; so
# is the Sandbox (it pretends to send from this computer only), and the desk id that names it.
LOCAL_KV = ("keychain_legacy_adopted", "sandbox_created", "store.opened_at", DESK_ID_KEY)


class Row(Sequence[Any]):
    """A result row like ``sqlite3.Row``: ``row[0]``, ``row["name"]`` (any case), ``keys()``."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: Sequence[Any], index: dict[str, int]) -> None:
        self._values = tuple(values)
        self._index = index

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            try:
                return self._values[self._index[key.lower()]]
            except KeyError:
                raise IndexError("No item with that key") from None
        return self._values[key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __eq__(self, other: object) -> bool:
        return tuple(self) == (tuple(other) if isinstance(other, (Row, tuple)) else other)

    def __hash__(self) -> int:
        return hash(self._values)

    def keys(self) -> list[str]:
        return list(self._index)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=False))!r})"


def _row_factory(cursor: Any) -> Any:
    description = cursor.description
    if description is None:
        return tuple
    index: dict[str, int] = {}
    for i, column in enumerate(description):
        index.setdefault(column.name.lower(), i)
    return lambda values: Row(values, index)


class _BoolAsInt(Int8Dumper):
    """A Python bool parameter as 1/0, as SQLite stores it (flags are INTEGER columns on both)."""

    def dump(self, obj: Any) -> bytes:
        return b"1" if obj else b"0"

    def quote(self, obj: Any) -> bytes:
        return self.dump(obj)


class _NumericLoader(Loader):
    """``numeric`` (what sum() of big integers gives) as int or float, as SQLite hands them back."""

    def load(self, data: Any) -> int | float:
        text = bytes(data).decode()
        return int(text) if text.lstrip("-").isdigit() else float(text)


def _sqlite_error(exc: psycopg.Error) -> BaseException:
    """The server's error as the sqlite3 exception the repositories already handle (the ONE mapping)."""
    text = str(exc).strip()
    if isinstance(exc, (pg_errors.LockNotAvailable, pg_errors.QueryCanceled, pg_errors.DeadlockDetected,
                        pg_errors.SerializationFailure)):
        return sqlite3.OperationalError(f"database is locked (shared workspace: {text})")
    if isinstance(exc, psycopg.IntegrityError):
        return sqlite3.IntegrityError(text)
    if isinstance(exc, psycopg.DataError):
        return sqlite3.DataError(text)
    return sqlite3.OperationalError(text)


class PgConnection:
    """What a repository gets from ``transaction()``/``reading()``: ``execute``/``executemany`` with ``?``."""

    def __init__(self, store: PgStore, conn: psycopg.Connection[Any]) -> None:
        self._store = store
        self._conn = conn
        self.dialect = store.dialect

    def execute(self, sql: str, params: Params = ()) -> Any:
        with self._store._errors(self._conn):
            cursor = self._conn.cursor()
            cursor.execute(self.dialect.sql(sql), params if params is not None else ())
            return cursor

    def executemany(self, sql: str, rows: Any) -> Any:
        with self._store._errors(self._conn):
            cursor = self._conn.cursor()
            cursor.executemany(self.dialect.sql(sql), list(rows))
            return cursor

    @property
    def in_transaction(self) -> bool:
        return self._conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE


class PgStore(Store):
    """The shared workspace at a ``postgresql://`` URL; safe to share between threads like Store.

    One connection writes (under a lock, like Store's), another reads: the window's thread
    never waits behind a send's write transaction.
    """

    dialect: Dialect = POSTGRESQL

    def __init__(self, url: str, *, migrations: list[Migration] | None = None) -> None:
        self.url = WorkspaceUrl.parse(url)
        self.location = self.url.display
        self.path = paths.db_path()  # this desk's data folder: keychain binding, scratch files
        self._migrations = MIGRATIONS if migrations is None else migrations
        self._lock = threading.RLock()
        self._read_lock = threading.Lock()
        self._writer: int | None = None
        self.repaired_from: Path | None = None
        self.closed = False
        self.origin = f"{socket.gethostname()}/{os.getpid()}/{os.urandom(4).hex()}"  # this store, not just this process
        self._origin_literal = "'" + self.origin.replace("'", "''") + "'"
        self._local_kv = paths.home() / "desk-kv.json"
        self._local_lock = threading.Lock()
        self._write_conn = self._connect()
        self._read_conn_pg: psycopg.Connection[Any] | None = None
        try:
            self._check_encoding()
            self._migrate_pg()
            self._read_conn_pg = self._connect()
            self._set_local("store.opened_at", utcnow())
        except BaseException:
            self._close_quietly()
            raise

    # -- connections ----------------------------------------------------------

    def connect_kwargs(self) -> dict[str, Any]:
        """psycopg.connect's arguments for another connection to this workspace (core/live.py's LISTEN)."""
        return {"conninfo": self.url.conninfo()}
    def _connect(self) -> psycopg.Connection[Any]:
        try:
            conn: psycopg.Connection[Any] = psycopg.connect(
                self.url.conninfo(), autocommit=True, row_factory=_row_factory,
                cursor_factory=psycopg.ClientCursor,  # typeless binding like SQLite's: '1' = 1 works
            )
        except psycopg.Error as exc:
            raise self.url.connect_error(exc) from None
        conn.adapters.register_loader("numeric", _NumericLoader)
        conn.adapters.register_dumper(bool, _BoolAsInt)
        return conn

    def _check_encoding(self) -> None:
        """Customers' names and messages are Chinese: a database that cannot hold them is refused."""
        row = self._write_conn.execute("SHOW server_encoding").fetchone()
        encoding = str(row[0] if row else "").upper()
        if encoding not in ("UTF8", "UTF-8"):
            raise StoreError(translate(
                "Store", "The database {database} on {server} stores text as {encoding}, which cannot hold "
                "Chinese names and messages. Nothing was changed. Create the database again with "
                "ENCODING 'UTF8' (see the README, “Shared workspace”).").format(
                    database=self.url.database, server=self.url.host_display, encoding=encoding), "unsupported")

    def _unreachable(self, exc: BaseException | None = None) -> BaseException:
        return self.url.unreachable(exc or "")

    def _usable(self, conn: psycopg.Connection[Any] | None) -> psycopg.Connection[Any]:
        """``conn``, or a new one after a lost connection (a StoreError "unreachable" when that fails)."""
        if self.closed:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        if conn is not None and not conn.closed and not conn.broken:
            return conn
        if conn is not None:
            conn.close()
        return self._connect()

    @contextmanager
    def _errors(self, conn: psycopg.Connection[Any]) -> Iterator[None]:
        try:
            yield
        except psycopg.Error as exc:
            if self.closed:
                raise sqlite3.ProgrammingError("Cannot operate on a closed database.") from None
            if conn.broken or conn.closed or isinstance(exc, (pg_errors.AdminShutdown, pg_errors.CrashShutdown,
                                                              pg_errors.CannotConnectNow)):
                raise self._unreachable(exc) from None
            raise _sqlite_error(exc) from exc

    def _close_quietly(self) -> None:
        for conn in (getattr(self, "_write_conn", None), getattr(self, "_read_conn_pg", None)):
            if conn is not None:
                try:
                    conn.close()
                except psycopg.Error:
                    pass

    # -- migrations -------------------------------------------------------------
    def _migrate_pg(self) -> None:
        """The same ordered migrations as SQLite; the version lives in a table. Desks starting at once
        take turns on the write lock, and each migration is one transaction (DDL included)."""
        with self.transaction() as db:
            db.execute(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)")
            if db.execute(f"SELECT count(*) FROM {VERSION_TABLE}").fetchone()[0] == 0:
                db.execute(f"INSERT INTO {VERSION_TABLE}(version) VALUES (0)")
        while True:
            with self.transaction() as db:
                found = int(db.execute(f"SELECT version FROM {VERSION_TABLE}").fetchone()[0])
                if found > len(self._migrations):
                    raise SchemaTooNew(self.location, found, len(self._migrations))
                if found == len(self._migrations):
                    return
                self._migrations[found](db, self.dialect)  # a PgConnection: the same API as sqlite3's
                db.execute(f"UPDATE {VERSION_TABLE} SET version=?", (found + 1,))

    @property
    def version(self) -> int:
        row = self.query_one(f"SELECT version FROM {VERSION_TABLE}")
        return int(row[0]) if row else 0

    # -- access -----------------------------------------------------------------
    @contextmanager
    def transaction(self, *, busy_timeout: float | None = None) -> Iterator[Any]:
        """BEGIN + the workspace's write lock ... NOTIFY + COMMIT; rolls back on any exception.

        ``busy_timeout`` (seconds) bounds the wait for another desk's write lock, as Store's
        does ("database is locked" when it runs out).
        """
        wait_ms = max(1, int(busy_timeout * 1000)) if busy_timeout is not None else BUSY_TIMEOUT_MS
        with self._lock:
            conn = self._write_conn = self._usable(self._write_conn)
            db = PgConnection(self, conn)
            outer, self._writer = self._writer, threading.get_ident()
            try:
                with self._errors(conn):
                    try:  # one round trip: a send marks every request in flight this way
                        conn.execute(f"BEGIN; SET LOCAL lock_timeout = {wait_ms};"
                                     f" SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                    except BaseException:
                        self._rollback_pg(conn)
                        raise
                try:
                    yield db
                    with self._errors(conn):
                        conn.execute(f"NOTIFY {CHANNEL}, {self._origin_literal}; COMMIT")
                except BaseException:
                    self._rollback_pg(conn)
                    raise
            finally:
                self._writer = outer

    @staticmethod
    def _rollback_pg(conn: psycopg.Connection[Any]) -> None:
        if conn.closed or conn.broken:
            return
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            try:
                conn.execute("ROLLBACK")
            except psycopg.Error as exc:
                log.warning("rollback failed: %s", exc)

    @contextmanager
    def _read_conn(self) -> Iterator[Any]:
        if self._writer == threading.get_ident():  # inside this thread's transaction: see its writes
            with self._lock:
                yield PgConnection(self, self._write_conn)
            return
        with self._read_lock:
            conn = self._read_conn_pg = self._usable(self._read_conn_pg)
            yield PgConnection(self, conn)

    def query(self, sql: str, params: Params = ()) -> list[Any]:
        rows: list[Any] = self._read_again(lambda: super(PgStore, self).query(sql, params))
        return rows

    def query_one(self, sql: str, params: Params = ()) -> Any:
        return self._read_again(lambda: super(PgStore, self).query_one(sql, params))

    def _read_again(self, read: Any) -> Any:
        """A read that met a connection lost since the last one is asked once more on a new one
        (reading twice is harmless; a write is never repeated here: its caller decides)."""
        try:
            return read()
        except StoreError as exc:
            if exc.kind != "unreachable" or self._writer == threading.get_ident():
                raise
            return read()

    def execute(self, sql: str, params: Params = ()) -> Any:
        """One statement in its own write transaction (on the write lock, like SQLite's autocommit write)."""
        with self.transaction() as db:
            return db.execute(sql, params)

    def get_kv(self, key: str, default: str | None = None) -> str | None:
        if key in LOCAL_KV:
            value = self._read_local().get(key)
            return value if isinstance(value, str) else default
        return super().get_kv(key, default)

    def set_kv(self, key: str, value: str) -> None:
        if key in LOCAL_KV:
            self._set_local(key, value)
        else:
            super().set_kv(key, value)

    def _read_local(self) -> dict[str, Any]:
        try:
            data = json.loads(self._local_kv.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _set_local(self, key: str, value: str) -> None:
        with self._local_lock:
            data = self._read_local()
            data[key] = value
            fresh = self._local_kv.with_name(self._local_kv.name + ".new")
            fresh.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(fresh, self._local_kv)

    def close(self) -> None:
        with self._lock, self._read_lock:
            self.closed = True
            self._close_quietly()
