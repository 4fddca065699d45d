"""One store fixture for both backends: ``store_url`` (a SQLite path or a PostgreSQL URL) and ``any_store``.

The PostgreSQL server is ``SMSDESK_TEST_PG_URL`` when set (CI's .ci/run sets it), else a
throwaway cluster started for the session when PostgreSQL's binaries exist; the
PostgreSQL half is skipped, saying why, only when neither is there. Each test gets a fresh
database cloned from a migrated template (fast), dropped afterwards. For the PostgreSQL
half ``SMSDESK_DATABASE_URL`` is set too, so child processes and ``open_store()`` use it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.pg_cluster import Cluster, binaries

BACKENDS = ["sqlite", "postgresql"]


def _admin(url: str) -> Any:
    import psycopg

    return psycopg.connect(url, autocommit=True)


def with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The admin URL of a PostgreSQL server for the tests."""
    url = os.environ.get("SMSDESK_TEST_PG_URL", "").strip()
    if url:
        yield url
        return
    if binaries() is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed and SMSDESK_TEST_PG_URL is not set")
    cluster = Cluster().start()
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A database migrated to the current schema once; each test's database is a copy of it."""
    from smsdesk.core.pg_store import PgStore

    name = f"smsdesk_tmpl_{uuid.uuid4().hex[:10]}"
    with _admin(pg_server) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    mp = pytest.MonkeyPatch()
    scratch = tempfile.mkdtemp(prefix="smsdesk-tmpl-")  # the migrating desk's own folder (desk-kv.json)
    mp.setenv("SMSDESK_HOME", scratch)
    try:
        PgStore(with_database(pg_server, name)).close()
    finally:
        mp.undo()
        shutil.rmtree(scratch, ignore_errors=True)
    yield name
    with _admin(pg_server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh migrated PostgreSQL database for this test; SMSDESK_DATABASE_URL points at it."""
    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_template")
    name = f"smsdesk_t_{uuid.uuid4().hex[:12]}"
    with _admin(server) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = with_database(server, name)
    monkeypatch.setenv("SMSDESK_DATABASE_URL", url)
    yield url
    with _admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, home: Path) -> str:
    """Where the test's store is: the data folder's SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(home / "smsdesk.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def any_store(store_url: str) -> Iterator[Any]:
    from smsdesk.core.store import open_store

    store = open_store(store_url)
    yield store
    store.close()
