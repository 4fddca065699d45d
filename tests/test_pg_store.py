"""The shared workspace's store on a real PostgreSQL server, and what both backends share."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest

from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.pg_store import CHANNEL, WRITE_LOCK, PgStore
from smsdesk.core.sql_dialect import POSTGRESQL, SQLITE
from smsdesk.core.store import MIGRATIONS, SCHEMA_VERSION, SchemaTooNew, Store, StoreError, open_store
from smsdesk.core.store_faults import kind_of
from smsdesk.core.workspace_url import WorkspaceUrl


# -- the dialect ------------------------------------------------------------------------
def test_placeholders_become_the_drivers_and_literals_stay_as_written() -> None:
    sql = "SELECT '50% ?', \"a:b\" FROM t WHERE x = ? AND y LIKE :pat ESCAPE '\\' AND z::text = '%' -- ? 5%"
    assert POSTGRESQL.sql(sql) == ("SELECT '50%% ?', \"a:b\" FROM t WHERE x = %s AND y ILIKE %(pat)s ESCAPE '\\'"
                                   " AND z::text = '%%' -- ? 5%%")
    assert SQLITE.sql(sql) == sql
    assert POSTGRESQL.sql("SELECT 'it''s ?' , ?") == "SELECT 'it''s ?' , %s"


def test_ddl_maps_keys_money_and_nocase() -> None:
    script = """CREATE TABLE a (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,   -- one per name; case does not count
        price REAL
    );
    CREATE TABLE b(job_id INTEGER PRIMARY KEY REFERENCES a(id), v REAL NOT NULL)"""
    pg = POSTGRESQL.ddl(script)
    assert pg[0].split() == ["CREATE", "TABLE", "a", "(", "id", "BIGINT", "GENERATED", "BY", "DEFAULT", "AS", "IDENTITY", "PRIMARY", "KEY,", "name", "TEXT", "COLLATE", '"C"', "NOT", "NULL,", "price", "DOUBLE", "PRECISION", ")"]
    assert pg[1] == "CREATE UNIQUE INDEX a_name_nocase ON a (lower(name))"
    assert pg[2] == "CREATE TABLE b(job_id BIGINT PRIMARY KEY REFERENCES a(id), v DOUBLE PRECISION NOT NULL)"
    assert len(SQLITE.ddl(script)) == 2 and "COLLATE NOCASE" in SQLITE.ddl(script)[0]
    assert POSTGRESQL.greatest("a", "b") == "GREATEST(a, b)" and SQLITE.least("a", "b") == "min(a, b)"


# -- both backends ----------------------------------------------------------------------
def test_same_schema_version_and_rows_like_sqlite_rows(any_store: Store) -> None:
    assert any_store.version == SCHEMA_VERSION == len(MIGRATIONS)
    any_store.execute("INSERT INTO accounts(name, vendor, created_at, updated_at) VALUES ('Shop','sandbox','t','t')")
    row = any_store.query_one("SELECT id, name AS Name, low_balance FROM accounts WHERE name LIKE ?", ("shop",))
    assert row is not None and row[1] == row["name"] == row["NAME"] == "Shop" and row["low_balance"] is None
    assert list(row.keys()) in (["id", "Name", "low_balance"], ["id", "name", "low_balance"])
    assert tuple(row) == (1, "Shop", None)
    with pytest.raises(sqlite3.IntegrityError):  # the name is unique whatever its case
        any_store.execute("INSERT INTO accounts(name, vendor, created_at, updated_at) VALUES ('SHOP','x','t','t')")
    total = any_store.query_one("SELECT COALESCE(SUM(points), 0), count(*) FROM messages")
    assert total is not None and total[0] == 0 and type(total[1]) is int
    flag = any_store.query_one("SELECT count(*) FROM accounts WHERE is_sandbox = ?", (False,))
    assert flag is not None and flag[0] == 1  # a bool is 0/1 on both


def test_the_creating_desk_is_recorded(any_store: Store, home: Path) -> None:
    (home / "settings.ini").write_text('[General]\nworkspace.desk_name=櫃台 A\n', encoding="utf-8")
    any_store.execute("INSERT INTO accounts(name, vendor, created_at, updated_at) VALUES ('a','sandbox','t','t')")
    job_id, _ = Jobs(any_store).create(1, [PlannedRecipient("+886912345678")], text="hi")
    job = Jobs(any_store).get(job_id)
    assert job is not None and job.created_by.startswith("櫃台 A (") and job.created_by.endswith(")")


def test_a_reader_is_not_held_up_by_a_write_transaction(any_store: Store) -> None:
    entered, leave = threading.Event(), threading.Event()

    def writer() -> None:
        with any_store.transaction() as db:
            db.execute("INSERT INTO kv(key, value) VALUES ('w', '1')")
            entered.set()
            leave.wait(30)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert entered.wait(30)
        started = time.monotonic()
        assert any_store.query_one("SELECT value FROM kv WHERE key = 'w'") is None  # not committed yet
        assert time.monotonic() - started < 5
    finally:
        leave.set()
        thread.join()
    assert any_store.get_kv("w") == "1"


# -- PostgreSQL only ----------------------------------------------------------------------
@pytest.fixture
def pg(pg_url: str) -> Any:
    store = PgStore(pg_url)
    yield store
    store.close()


def test_a_held_write_lock_times_out_as_sqlite_locked(pg: PgStore, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as other:
        other.execute("BEGIN")
        other.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))  # another desk mid-write
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError) as info, pg.transaction(busy_timeout=0.3) as db:
            db.execute("INSERT INTO kv(key, value) VALUES ('x', '1')")
        assert 0.25 < time.monotonic() - started < 10
        assert kind_of(info.value) == "locked"
        assert pg.query_one("SELECT 1")[0] == 1  # reads go on meanwhile
        other.execute("ROLLBACK")
    pg.set_kv("x", "2")  # and the store is usable afterwards
    assert pg.get_kv("x") == "2"


def test_each_committed_write_notifies_the_other_desks(pg: PgStore, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as listener:
        listener.execute(f"LISTEN {CHANNEL}")
        with pytest.raises(RuntimeError), pg.transaction() as db:
            db.execute("INSERT INTO kv(key, value) VALUES ('gone', '1')")
            raise RuntimeError("rolled back: no notice")
        pg.set_kv("k", "v")
        notes = list(listener.notifies(timeout=5, stop_after=1))
        assert [(n.channel, n.payload) for n in notes] == [(CHANNEL, pg.origin)]
        assert list(listener.notifies(timeout=0.5)) == []  # exactly one: the rollback sent none
    assert pg.get_kv("gone") is None


def test_per_desk_keys_stay_in_the_data_folder(pg: PgStore, pg_url: str, home: Path) -> None:
    pg.set_kv("sandbox_created", "1")
    pg.set_kv("shared", "yes")
    assert pg.get_kv("sandbox_created") == "1"
    assert pg.query_one("SELECT count(*) FROM kv WHERE key = 'sandbox_created'")[0] == 0
    assert "sandbox_created" in (home / "desk-kv.json").read_text(encoding="utf-8")
    assert pg.query_one("SELECT value FROM kv WHERE key = 'shared'")[0] == "yes"


def test_a_newer_workspace_is_refused_and_not_altered(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("UPDATE smsdesk_schema SET version = %s", (SCHEMA_VERSION + 3,))
    with pytest.raises(SchemaTooNew) as info:
        PgStore(pg_url)
    assert "newer version of SMS Desk" in str(info.value) and str(SCHEMA_VERSION + 3) in str(info.value)
    with psycopg.connect(pg_url, autocommit=True) as admin:
        assert admin.execute("SELECT version FROM smsdesk_schema").fetchone() == (SCHEMA_VERSION + 3,)


def test_a_failed_migration_changes_nothing(pg_url: str) -> None:
    def broken(db: Any, dialect: Any) -> None:
        db.execute("ALTER TABLE accounts ADD COLUMN half TEXT")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        PgStore(pg_url, migrations=[*MIGRATIONS, broken])
    store = PgStore(pg_url)
    try:
        assert store.version == SCHEMA_VERSION
        assert store.query_one("SELECT count(*) FROM information_schema.columns WHERE column_name = 'half'")[0] == 0
    finally:
        store.close()


def test_a_lost_connection_is_unreachable_in_words_and_the_store_reconnects(pg: PgStore, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      " WHERE datname = current_database() AND pid <> pg_backend_pid()")
    with pytest.raises(StoreError) as info:
        pg.set_kv("after", "1")
    assert info.value.kind == "unreachable"
    assert "cannot be reached" in str(info.value) and "127.0.0.1" in str(info.value)
    pg.set_kv("after", "2")  # the next write connects again
    assert pg.get_kv("after") == "2"


def test_the_password_never_shows(pg_url: str) -> None:
    url = WorkspaceUrl.parse("postgresql://clerk:s3cret-Pw@nas.local:5433/shop")
    assert url.display == "postgresql://clerk@nas.local:5433/shop"
    assert url.keychain_entry == "workspace:clerk@nas.local/shop"
    assert "s3cret" not in url.redact("failed for postgresql://clerk:s3cret-Pw@nas.local/shop: s3cret-Pw")
    wrong = pg_url.replace("postgresql://smsdesk@", "postgresql://nobody:s3cret-Pw@")
    with pytest.raises(StoreError) as info:
        open_store(wrong)
    assert "s3cret" not in str(info.value) and info.value.kind in ("denied", "unreachable")


def test_a_missing_database_is_said(pg_url: str) -> None:
    with pytest.raises(StoreError) as info:
        open_store(pg_url.rsplit("/", 1)[0] + "/no_such_workspace_db")
    assert info.value.kind == "missing" and "no_such_workspace_db" in str(info.value)


def test_the_password_comes_from_the_keychain() -> None:
    from smsdesk.core.credentials import Credentials
    from smsdesk.core.workspace import Workspace

    url = WorkspaceUrl.parse("postgresql://clerk@nas.local/shop")
    assert "password" not in url.conninfo()
    # Where the Shared workspace dialog keeps it (core/workspace.py), this data folder's entry.
    key = Workspace.from_url("postgresql://clerk@nas.local/shop").keychain_key
    Credentials().set(key, "password", "from-keychain")
    try:
        assert "password=from-keychain" in url.conninfo()
        assert "from-keychain" not in url.display
    finally:
        Credentials().delete(key, "password")


def test_the_desk_setting_and_the_cli_option_pick_the_workspace(
        pg_url: str, home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from smsdesk.cli import main

    monkeypatch.delenv("SMSDESK_DATABASE_URL")
    local = open_store()
    assert isinstance(local, Store) and not isinstance(local, PgStore)  # no setting: the data folder's file
    local.close()
    (home / "settings.ini").write_text(f'[General]\nworkspace.url="{pg_url}"\nworkspace.desk_name=Front\n',
                                       encoding="utf-8")
    shared = open_store()
    try:
        assert isinstance(shared, PgStore) and shared.location == pg_url
        shared.execute("INSERT INTO accounts(name, vendor, created_at, updated_at) VALUES ('S','sandbox','t','t')")
        Jobs(shared).create(1, [PlannedRecipient("+886912345678")], text="hi")
    finally:
        shared.close()
    (home / "settings.ini").write_text("[General]\nworkspace.desk_name=Front\n", encoding="utf-8")
    assert main(["--database", pg_url, "jobs", "--json"]) == 0
    (job,) = json.loads(capsys.readouterr().out)
    assert job["created_by"].startswith("Front (")


def test_a_database_that_cannot_hold_chinese_is_refused(pg_server: str) -> None:
    import uuid

    from support.db import with_database

    name = f"smsdesk_ascii_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE \"{name}\" ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    try:
        with pytest.raises(StoreError) as info:
            PgStore(with_database(pg_server, name))
        assert info.value.kind == "unsupported" and "SQL_ASCII" in str(info.value) and "UTF8" in str(info.value)
        with psycopg.connect(with_database(pg_server, name)) as conn:  # nothing was created in it
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
    finally:
        with psycopg.connect(pg_server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
