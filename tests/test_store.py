"""The store: pragmas, ordered migrations with a backup, refusal of newer schemas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smsdesk.core.store import MIGRATIONS, SCHEMA_VERSION, SchemaTooNew, Store, StoreError


def test_new_database_is_migrated_with_wal_and_full_sync(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    assert store.version == SCHEMA_VERSION == len(MIGRATIONS)
    assert store.query_one("PRAGMA journal_mode")[0] == "wal"
    assert store.query_one("PRAGMA synchronous")[0] == 2  # FULL
    tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"accounts", "contact_lists", "contacts", "optouts", "jobs", "messages", "delivery_events",
            "replies", "balance_snapshots"} <= tables
    # No secret column anywhere in the accounts table.
    columns = {r[1] for r in store.query("PRAGMA table_info(accounts)")}
    assert not {c for c in columns if "pass" in c or "secret" in c or "key" in c}
    store.close()
    assert not list(tmp_path.glob("*.bak")), "a brand-new file needs no backup"


def test_migrations_run_in_order_and_back_up_first(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    Store(path, migrations=MIGRATIONS[:1]).close()

    def m2(db: sqlite3.Connection, dialect: object) -> None:
        db.execute("ALTER TABLE accounts ADD COLUMN color TEXT")

    def m3(db: sqlite3.Connection, dialect: object) -> None:
        db.execute("UPDATE accounts SET color='red'")

    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO accounts(name, vendor, created_at, updated_at) VALUES ('x','twsms','t','t')")
    conn.commit()
    conn.close()
    store = Store(path, migrations=[*MIGRATIONS[:1], m2, m3])
    assert store.version == 3
    assert store.query_one("SELECT color FROM accounts")[0] == "red"
    backups = list(tmp_path.glob("b.db.v1-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT name FROM accounts").fetchone()[0] == "x"
    old.close()
    store.close()


def test_failed_migration_rolls_back_and_keeps_version(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    Store(path).close()

    def broken(db: sqlite3.Connection, dialect: object) -> None:
        db.execute("ALTER TABLE accounts ADD COLUMN half TEXT")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        Store(path, migrations=[*MIGRATIONS, broken])
    store = Store(path)
    assert store.version == SCHEMA_VERSION
    assert "half" not in {r[1] for r in store.query("PRAGMA table_info(accounts)")}
    store.close()


def test_newer_schema_is_refused_and_not_altered(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew) as info:
        Store(path)
    assert "newer version of SMS Desk" in str(info.value)
    assert str(SCHEMA_VERSION + 5) in str(info.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_unreadable_file_gives_words(tmp_path: Path) -> None:
    path = tmp_path / "e.db"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.kind == "damaged" and "could not repair" in str(info.value)
    assert "move" not in str(info.value).replace("Do not move or delete", "")


def test_one_send_per_job_and_number(any_store: Store) -> None:
    from smsdesk.core.jobs import Jobs, PlannedRecipient

    store = any_store  # SQLite and PostgreSQL
    store.execute("INSERT INTO accounts(name, vendor, created_at, updated_at) VALUES ('a','sandbox','t','t')")
    jobs = Jobs(store)
    people = [PlannedRecipient("+886912345678"), PlannedRecipient("+886912345678"), PlannedRecipient("+886911111111")]
    job_id, dupes = jobs.create(1, people, text="hi")
    assert dupes == 1
    assert jobs.message_count(job_id) == 2
    with pytest.raises(sqlite3.IntegrityError):
        store.execute("INSERT INTO messages(job_id, phone, state, updated_at) VALUES (?, '+886911111111', 'queued', 't')",
                      (job_id,))
