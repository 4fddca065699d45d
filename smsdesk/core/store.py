"""The one SQLite database: opening, pragmas, versioned migrations, backups.

Repositories (accounts, contacts, jobs, ...) live in their own core modules and
run their SQL through a :class:`Store`; only this module opens or migrates the file.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from smsdesk.core.timestamps import utcnow as utcnow  # re-exported: the store writes them
from smsdesk.i18n import translate


class StoreError(Exception):
    """A problem with the database file, described for the user."""


class SchemaTooNew(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
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


Migration = Callable[[sqlite3.Connection], None]


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would COMMIT the migration's transaction."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip():
        db.execute(buffer)


def _m1_initial(db: sqlite3.Connection) -> None:
    run_script(
        db,
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


def _m2_message_phone_index(db: sqlite3.Connection) -> None:
    # The inbox shows "the last message we sent this number": a lookup by phone across jobs.
    db.execute("CREATE INDEX IF NOT EXISTS messages_phone ON messages(phone, id)")


def _m3_job_leases(db: sqlite3.Connection) -> None:
    # Which process is sending a job now (core/leases.py); heartbeat_at is Unix time.
    db.execute(
        "CREATE TABLE IF NOT EXISTS job_leases(job_id INTEGER PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,"
        " owner TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, heartbeat_at REAL NOT NULL)"
    )


# Ordered; index + 1 is the schema version it produces. Append only.
MIGRATIONS: list[Migration] = [_m1_initial, _m2_message_phone_index, _m3_job_leases]
SCHEMA_VERSION = len(MIGRATIONS)


class Store:
    """A connection to the app database, safe to share between threads.

    SQLite serialises writers anyway; one lock keeps a transaction's statements
    together when worker threads and the GUI thread share the store.
    """

    def __init__(self, path: Path | str, *, migrations: list[Migration] | None = None) -> None:
        self.path = Path(path)
        self._migrations = MIGRATIONS if migrations is None else migrations
        self._lock = threading.RLock()
        self.closed = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(
                self.path, timeout=30, isolation_level=None, check_same_thread=False
            )
            self.conn.row_factory = sqlite3.Row
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                translate(
                    "Store",
                    "The data file {path} cannot be read ({error}). Restore a backup "
                    "copy or move the file away to start fresh.",
                ).format(path=self.path, error=exc)
            ) from exc
        if version > len(self._migrations):
            self.conn.close()
            raise SchemaTooNew(self.path, version, len(self._migrations))
        self.conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed journal row survives power loss, which the send
        # journal's "never send twice" promise depends on.
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=30000")
        self._migrate(version)

    # -- migrations -------------------------------------------------------
    def _migrate(self, version: int) -> None:
        if version == len(self._migrations):
            return
        if version > 0:
            self.backup_path = self._backup(version)
        for index in range(version, len(self._migrations)):
            with self.transaction() as db:
                self._migrations[index](db)
                db.execute(f"PRAGMA user_version={index + 1}")

    def _backup(self, version: int) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.v{version}-{stamp}.bak")
        with sqlite3.connect(target) as dst:
            self.conn.backup(dst)
        dst.close()
        return target

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- access -----------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; rolls back on any exception."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        with self._lock:
            return self.conn.execute(sql, params).fetchone()

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        """One statement in its own transaction (autocommit)."""
        with self._lock:
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
        with self._lock:
            self.closed = True
            self.conn.close()


def open_store(path: Path | str | None = None) -> Store:
    from smsdesk.core import paths

    return Store(path or paths.db_path())
