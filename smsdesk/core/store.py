"""The database: the embedded SQLite file (:class:`Store`), migrations, and :func:`open_store`.

Repositories (accounts, contacts, jobs, ...) live in their own core modules and run
their SQL through a store; only this module (and core/pg_store.py for a shared
workspace on PostgreSQL) opens or migrates a database. Both backends run the same
ordered :data:`MIGRATIONS`; each migration gets the :class:`~smsdesk.core.sql_dialect.Dialect`
and writes its DDL through it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from smsdesk.core import store_faults
from smsdesk.core.sql_dialect import SQLITE, Dialect
from smsdesk.core.timestamps import utcnow as utcnow  # re-exported: the store writes them
from smsdesk.i18n import translate

log = logging.getLogger("smsdesk.store")


class StoreError(Exception):
    """A problem with the database file, described for the user.

    ``kind`` is "locked", "full", "unwritable" or "damaged" (see core/store_faults.py)
    when the file itself is the problem, "unreachable" when a shared workspace's server
    cannot be reached (core/pg_store.py), "" otherwise.
    """

    def __init__(self, message: str, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind


class SchemaTooNew(StoreError):
    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        self.path, self.found, self.supported = path, found, supported
        super().__init__(
            translate(
                "Store",
                "The data file {path} was written by a newer version of SMS Desk "
                "(data version {found}; this version understands up to {supported}). "
                "It was not changed. Install the newer SMS Desk to open it.",
            ).format(path=path, found=found, supported=supported)
        )


def like_pattern(text: str) -> str:
    """``%text%`` for ``LIKE ? ESCAPE '\\'``, with the user's own % and _ taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


Migration = Callable[[sqlite3.Connection, Dialect], None]  # the connection of either backend
Params = tuple[object, ...] | dict[str, object]  # a statement's ? or :name values

BUSY_TIMEOUT_MS = 30_000  # how long a statement waits for another program's write lock


def run_script(db: sqlite3.Connection, dialect: Dialect, script: str) -> None:
    """Run portable DDL statement by statement: executescript() would COMMIT the migration's transaction."""
    for statement in dialect.ddl(script):
        db.execute(statement)


def _m1_initial(db: sqlite3.Connection, dialect: Dialect) -> None:
    run_script(
        db, dialect,
        """
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            vendor TEXT NOT NULL,
            settings TEXT NOT NULL DEFAULT '{}',   -- JSON, never secrets
            base_url TEXT,
            is_sandbox INTEGER NOT NULL DEFAULT 0,
            low_balance REAL,
            removed_at TEXT,                       -- kept for the history of its jobs
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE contact_lists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            columns TEXT NOT NULL DEFAULT '[]',    -- JSON list of extra column names
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            list_id INTEGER NOT NULL REFERENCES contact_lists(id) ON DELETE CASCADE,
            phone TEXT NOT NULL,                   -- E.164
            name TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL DEFAULT '{}',     -- JSON {column: value}
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (list_id, phone)
        );
        CREATE INDEX contacts_phone ON contacts(phone);
        CREATE TABLE optouts (
            phone TEXT PRIMARY KEY,                -- E.164
            source TEXT NOT NULL DEFAULT 'manual', -- manual | import | reply
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            status TEXT NOT NULL,                  -- see core.jobs.JobStatus
            text TEXT NOT NULL DEFAULT '',
            template_id TEXT,
            params TEXT NOT NULL DEFAULT '{}',
            schedule_at TEXT,                      -- ISO 8601 UTC
            local_schedule INTEGER NOT NULL DEFAULT 0,
            points_estimated REAL NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',         -- why it paused, in words
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            phone TEXT NOT NULL,                   -- E.164
            contact_name TEXT NOT NULL DEFAULT '',
            variables TEXT NOT NULL DEFAULT '{}',
            rendered TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            inflight INTEGER NOT NULL DEFAULT 0,   -- journal: request may have left
            attempts INTEGER NOT NULL DEFAULT 0,
            vendor_msg_id TEXT,
            vendor_batch_id TEXT,
            vendor_status TEXT NOT NULL DEFAULT '',
            error_kind TEXT,
            error_code TEXT,
            error_text TEXT NOT NULL DEFAULT '',
            segments INTEGER NOT NULL DEFAULT 0,
            points REAL,
            submitted_at TEXT,
            updated_at TEXT NOT NULL,
            UNIQUE (job_id, phone)                 -- one send per job and number
        );
        CREATE INDEX messages_job_state ON messages(job_id, state);
        CREATE INDEX messages_vendor_id ON messages(vendor_msg_id);
        CREATE INDEX messages_inflight ON messages(inflight) WHERE inflight = 1;
        CREATE TABLE delivery_events (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            source TEXT NOT NULL,                  -- send | poll | callback
            state TEXT NOT NULL,
            vendor_status TEXT NOT NULL DEFAULT '',
            event_at TEXT,
            received_at TEXT NOT NULL,
            dedupe_key TEXT UNIQUE                 -- the same report twice is applied once
        );
        CREATE INDEX delivery_events_message ON delivery_events(message_id);
        CREATE TABLE replies (
            id INTEGER PRIMARY KEY,
            account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
            phone TEXT NOT NULL,
            text TEXT NOT NULL,
            received_at TEXT NOT NULL,
            vendor_ref TEXT NOT NULL,
            is_read INTEGER NOT NULL DEFAULT 0,
            handled INTEGER NOT NULL DEFAULT 0,
            optout INTEGER NOT NULL DEFAULT 0,
            UNIQUE (account_id, vendor_ref)
        );
        CREATE INDEX replies_phone ON replies(phone);
        CREATE TABLE balance_snapshots (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            balance REAL,
            unit TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            read_at TEXT NOT NULL
        );
        CREATE INDEX balance_account ON balance_snapshots(account_id, read_at);
        CREATE TABLE kv (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


def _m2_message_phone_index(db: sqlite3.Connection, dialect: Dialect) -> None:
    # The inbox shows "the last message we sent this number": a lookup by phone across jobs.
    db.execute("CREATE INDEX IF NOT EXISTS messages_phone ON messages(phone, id)")


def _m3_job_leases(db: sqlite3.Connection, dialect: Dialect) -> None:
    # Which process is sending a job now (core/leases.py); heartbeat_at is Unix time.
    run_script(db, dialect,
        "CREATE TABLE IF NOT EXISTS job_leases(job_id INTEGER PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,"
        " owner TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, heartbeat_at REAL NOT NULL)"
    )


def _m4_resolution(db: sqlite3.Connection, dialect: Dialect) -> None:
    # How an unknown outcome was resolved, or why it stays unknown (core/resolution.py):
    # a code and its arguments as JSON, translated when shown.
    run_script(db, dialect, "ALTER TABLE messages ADD COLUMN resolution_code TEXT;"
               " ALTER TABLE messages ADD COLUMN resolution_args TEXT NOT NULL DEFAULT '{}'")


def _m5_lease_generation(db: sqlite3.Connection, dialect: Dialect) -> None:
    # Fencing (core/leases.py): generation goes up on every takeover and every engine write
    # checks it; beat counts renewals so a taker can judge staleness on its own monotonic
    # clock instead of comparing wall clocks across computers. A released lease keeps its row
    # (owner '') so the generation never starts over.
    db.execute("ALTER TABLE job_leases ADD COLUMN generation INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE job_leases ADD COLUMN beat INTEGER NOT NULL DEFAULT 0")


def _m6_who(db: sqlite3.Connection, dialect: Dialect) -> None:
    # Who did it, on a shared workspace: "<desk name> (<OS user>)" (core/desk.py).
    run_script(db, dialect, "ALTER TABLE jobs ADD COLUMN created_by TEXT NOT NULL DEFAULT '';"
               " ALTER TABLE replies ADD COLUMN handled_by TEXT NOT NULL DEFAULT ''")


# Ordered; index + 1 is the schema version it produces. Append only.
MIGRATIONS: list[Migration] = [_m1_initial, _m2_message_phone_index, _m3_job_leases, _m4_resolution,
                               _m5_lease_generation, _m6_who]
SCHEMA_VERSION = len(MIGRATIONS)


class Store:
    """The embedded SQLite file, safe to share between threads.

    SQLite serialises writers anyway; one lock keeps a transaction's statements
    together when worker threads and the GUI thread share the store. Reads outside a
    transaction go through a second connection with its own lock: in WAL mode a reader
    never waits for a writer, so the window's thread is not held up behind a send's
    write transaction. The thread inside a transaction reads through it (it sees its
    own writes).
    """

    dialect = SQLITE

    def __init__(self, path: Path | str, *, migrations: list[Migration] | None = None) -> None:
        self.path = Path(path)
        self._migrations = MIGRATIONS if migrations is None else migrations
        self._lock = threading.RLock()
        self._read_lock = threading.Lock()
        self._writer: int | None = None  # the thread inside transaction()
        self.repaired_from: Path | None = None  # the copy taken before a repair at opening
        self.closed = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self._check_marker.exists():  # a damaged page was met last time: check before use
                self._repair()
            self._open()
        except SchemaTooNew:
            raise
        except (sqlite3.DatabaseError, OSError) as exc:
            kind = store_faults.kind_of(exc)
            self._close_quietly()
            if kind is None:  # not the file's fault (a bug, a failed migration): as it is
                raise
            if kind != "damaged":
                raise StoreError(store_faults.advice(kind, self.path, exc, opening=True), kind) from exc
            self._repair(exc)
            try:
                self._open()
            except (sqlite3.DatabaseError, OSError) as again:
                self._close_quietly()
                raise StoreError(store_faults.advice("damaged", self.path, again, opening=True), "damaged") from again

    @property
    def _check_marker(self) -> Path:
        return self.path.with_name(self.path.name + ".check")

    def _repair(self, cause: BaseException | None = None) -> None:
        """Repair in place after a copy when only rebuildable parts are damaged, else refuse in words."""
        try:
            copy = store_faults.repair(self.path)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(store_faults.advice("damaged", self.path, cause or exc, opening=True),
                             "damaged") from exc
        if copy is not None:
            self.repaired_from = copy
            log.warning("repaired %s (indexes rebuilt); the file as it was is kept as %s", self.path, copy)
        self._check_marker.unlink(missing_ok=True)

    def _open(self) -> None:
        self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(self._migrations):
            self.conn.close()
            raise SchemaTooNew(self.path, version, len(self._migrations))
        self.conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed journal row survives power loss, which the send
        # journal's "never send twice" promise depends on.
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self._migrate(version)
        self.reader = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self.reader.row_factory = sqlite3.Row
        self.reader.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # A read-only file or folder opens without complaint: find out now, not in the middle of a send.
        # Briefly: another program holding the write lock (a send, perhaps a suspended one) proves
        # nothing about this file's permissions, and must not make opening wait 30 s.
        self.conn.execute("PRAGMA busy_timeout=200")
        try:
            self.conn.execute("INSERT INTO kv(key, value) VALUES('store.opened_at', ?) "
                              "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (utcnow(),))
        except sqlite3.OperationalError as exc:
            if store_faults.kind_of(exc) != "locked":
                raise
        finally:
            self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    def _close_quietly(self) -> None:
        for name in ("reader", "conn"):
            conn = getattr(self, name, None)
            if conn is not None:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """A problem with the file itself becomes a StoreError in words (others pass unchanged)."""
        try:
            yield
        except (sqlite3.DatabaseError, OSError) as exc:
            fault = self._fault(exc)
            if fault is None:
                raise
            raise fault from exc

    def _fault(self, exc: BaseException) -> StoreError | None:
        kind = store_faults.kind_of(exc)
        if kind is None or kind == "locked":  # a lock passes: it is waited out or worded by the caller
            return None
        if kind == "damaged":
            try:
                self._check_marker.touch()
            except OSError:
                pass
            message = translate("Store", "The data file {path} is damaged ({error}). Close SMS Desk and start it "
                                "again: it then checks the file and repairs what it can, after keeping a copy.")
            text = message.format(path=self.path, error=exc)
        else:
            text = store_faults.advice(kind, self.path, exc, opening=False)
        return StoreError(text, kind)

    # -- migrations -------------------------------------------------------
    def _migrate(self, version: int) -> None:
        if version == len(self._migrations):
            return
        if version > 0:
            self.backup_path = self._backup(version)
        for index in range(version, len(self._migrations)):
            with self.transaction() as db:
                self._migrations[index](db, self.dialect)
                db.execute(f"PRAGMA user_version={index + 1}")

    def _backup(self, version: int) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.v{version}-{stamp}.bak")
        with sqlite3.connect(target) as dst:
            self.conn.backup(dst)
        dst.close()
        return target

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version`` of the write connection: it moves only when another
        connection (another program, not this store's own writes) committed (core/live.py)."""
        with self._lock, self._guard():
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- access -----------------------------------------------------------
    @contextmanager
    def attached(self, path: Path, schema: str) -> Iterator[None]:
        """Another SQLite file readable as ``schema.table`` by this store's transactions in the block.

        The store's lock is held throughout: SQLite detaches only outside a transaction, and
        no other thread's statement runs against the connection while the file is attached.
        """
        if not schema.isidentifier():
            raise ValueError(f"not a schema name: {schema!r}")
        with self._lock:
            with self._guard():
                self.conn.execute(f"ATTACH DATABASE ? AS {schema}", (str(path),))
            try:
                yield
            finally:
                self.conn.execute(f"DETACH DATABASE {schema}")

    @contextmanager
    def transaction(self, *, busy_timeout: float | None = None) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; rolls back on any exception (a full disk included).

        ``busy_timeout`` (seconds) bounds how long this one transaction waits for another
        program's write lock, instead of the connection's 30 s (sqlite3.OperationalError
        'database is locked' when it runs out: a lock is passed on as such, for the lease's
        retries and the CLI's sentence).
        """
        with self._lock:
            if busy_timeout is not None:
                self.conn.execute(f"PRAGMA busy_timeout={max(1, int(busy_timeout * 1000))}")
            outer, self._writer = self._writer, threading.get_ident()
            try:
                with self._guard():
                    self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self.conn
                except BaseException as exc:
                    self._rollback()
                    fault = self._fault(exc) if isinstance(exc, (sqlite3.DatabaseError, OSError)) else None
                    if fault is not None:
                        raise fault from exc
                    raise
                try:
                    with self._guard():
                        self.conn.execute("COMMIT")
                except (StoreError, sqlite3.OperationalError):
                    self._rollback()
                    raise
            finally:
                self._writer = outer
                if busy_timeout is not None:
                    self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    def _rollback(self) -> None:
        if self.conn.in_transaction:  # SQLite may have rolled back already (e.g. on a full disk)
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error as exc:
                log.warning("rollback failed: %s", exc)

    @contextmanager
    def _read_conn(self) -> Iterator[sqlite3.Connection]:
        if self._writer == threading.get_ident():  # inside this thread's transaction: see its writes
            with self._lock, self._guard():
                yield self.conn
            return
        with self._read_lock, self._guard():
            yield self.reader

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for a few reads together, without a write lock (each sees the last commit).

        Read every cursor to its end (or close it) inside the block: SQLite keeps an unfinished
        statement's snapshot, and later reads on the connection would not see newer commits.
        """
        with self._read_conn() as db:
            yield db

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        with self._read_conn() as db:
            return db.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        with self._read_conn() as db:
            cursor = db.execute(sql, params)
            row: sqlite3.Row | None = cursor.fetchone()  # typed Any: row_factory
            cursor.close()  # an unfinished statement would hold the reader's snapshot
            return row

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        """One statement in its own transaction (autocommit)."""
        with self._lock, self._guard():
            return self.conn.execute(sql, params)

    def get_kv(self, key: str, default: str | None = None) -> str | None:
        row = self.query_one("SELECT value FROM kv WHERE key=?", (key,))
        return row[0] if row else default

    def set_kv(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO kv(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (key, value),
        )

    def close(self) -> None:
        with self._lock, self._read_lock:
            self.closed = True
            self.reader.close()
            self.conn.close()


def is_server_url(location: object) -> bool:
    return isinstance(location, str) and location.split(":", 1)[0].lower() in ("postgresql", "postgres")


def open_store(location: Path | str | None = None) -> Store:
    """The store at ``location``: a file path opens SQLite, a ``postgresql://`` URL the shared workspace.

    Without one: ``SMSDESK_DATABASE_URL``, else the desk's ``workspace.url`` setting, else the
    data folder's own file.
    """
    from smsdesk.core import netfs, paths

    if location is None:
        location = workspace_url()
    if location and is_server_url(location):
        from smsdesk.core.pg_store import PgStore

        return PgStore(str(location))
    target = Path(location or paths.db_path())
    netfs.refuse_network_folder(target.parent)  # SQLite on a share: refused in words (core/netfs.py)
    return Store(target)


def workspace_url() -> str | None:
    """The shared workspace this desk uses, if any (``SMSDESK_DATABASE_URL`` wins over the setting)."""
    import os

    from smsdesk.core.desk import WORKSPACE_URL, ini_setting

    return os.environ.get("SMSDESK_DATABASE_URL", "").strip() or ini_setting(WORKSPACE_URL)
