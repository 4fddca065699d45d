"""The change feed fires when another connection (another desk, another process) changed the data."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.pgcluster import Cluster, needs_postgres, shop_cluster

from smsdesk.core.live import CHANNEL, PgChangeFeed, SqliteChangeFeed, feed_for_store
from smsdesk.core.store import Store

PASSWORD = "Live-pa55"


class Seen:
    def __init__(self) -> None:
        self.hints: list[str] = []
        self.event = threading.Event()

    def __call__(self, hint: str) -> None:
        self.hints.append(hint)
        self.event.set()

    def wait(self, seconds: float = 30) -> bool:
        ok = self.event.wait(seconds)
        self.event.clear()
        return ok


def until(check: Callable[[], bool], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_sqlite_commit_from_another_process_fires(tmp_path: Path) -> None:
    store = Store(tmp_path / "smsdesk.db")
    seen = Seen()
    feed = feed_for_store(store, seen, interval=0.1).start()
    try:
        assert isinstance(feed, SqliteChangeFeed)
        assert until(lambda: feed.mode == "poll")
        store.execute("INSERT INTO optouts(phone, created_at) VALUES('+886900000001', 'now')")
        time.sleep(0.4)  # a few polls: this store's own write is not news
        assert seen.hints == []
        subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                        "c.execute(\"INSERT INTO optouts(phone, created_at) VALUES('+886912345678', 'now')\"); "
                        "c.commit()", str(store.path)], check=True, timeout=60)
        assert seen.wait(), "no change seen after another process committed"
    finally:
        feed.stop()
        store.close()
    assert not feed._thread or not feed._thread.is_alive()


def test_a_feed_on_its_own_connection_sees_every_other_connection(tmp_path: Path) -> None:
    store = Store(tmp_path / "smsdesk.db")
    seen = Seen()
    feed = SqliteChangeFeed(store.path, seen, interval=0.1).start()
    try:
        assert until(lambda: feed.mode == "poll")
        store.execute("INSERT INTO optouts(phone, created_at) VALUES('+886900000001', 'now')")
        assert seen.wait()
    finally:
        feed.stop()
        store.close()


def test_sqlite_feed_never_creates_the_file(tmp_path: Path) -> None:
    feed = SqliteChangeFeed(tmp_path / "missing.db", Seen(), interval=0.05).start()
    time.sleep(0.3)
    feed.stop()
    assert not (tmp_path / "missing.db").exists()


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with shop_cluster(PASSWORD) as c:
        yield c


def desk_kwargs(cluster: Cluster) -> dict[str, object]:
    return {"host": "127.0.0.1", "port": cluster.port, "dbname": "shop", "user": "desk", "password": PASSWORD,
            "connect_timeout": 10}


def notify(cluster: Cluster, payload: str) -> None:
    import psycopg

    with psycopg.connect(**desk_kwargs(cluster), autocommit=True) as other:  # type: ignore[arg-type]
        other.execute(f"NOTIFY {CHANNEL}, '{payload}'")


@needs_postgres
def test_a_notify_from_another_connection_fires_and_survives_a_lost_connection(cluster: Cluster) -> None:
    import psycopg

    seen = Seen()
    feed = PgChangeFeed(desk_kwargs(cluster), seen).start()
    try:
        assert until(lambda: feed.mode == "listen")
        notify(cluster, "replies")
        assert seen.wait() and seen.hints == ["replies"]
        with psycopg.connect(cluster.admin_conninfo(), autocommit=True) as admin:  # the server drops the feed
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE application_name = 'SMS Desk changes'")
        assert until(lambda: feed.connections == 2 and feed.mode == "listen"), "did not reconnect"
        assert "reconnected" in seen.hints  # what was missed meanwhile is unknown: refresh once
        notify(cluster, "jobs")
        assert until(lambda: "jobs" in seen.hints)
    finally:
        feed.stop()


@needs_postgres
def test_polling_when_listen_is_not_used(cluster: Cluster) -> None:
    import psycopg

    seen = Seen()
    feed = PgChangeFeed(desk_kwargs(cluster), seen, interval=0.1, listen=False).start()
    try:
        assert until(lambda: feed.mode == "poll")
        time.sleep(0.3)
        seen.hints.clear()
        with psycopg.connect(**desk_kwargs(cluster), autocommit=True) as other:  # type: ignore[arg-type]
            other.execute("CREATE TABLE IF NOT EXISTS t(x int)")
            other.execute("INSERT INTO t VALUES (1)")
        assert seen.wait()
    finally:
        feed.stop()


@needs_postgres
def test_an_unreachable_server_is_retried_quietly(cluster: Cluster) -> None:
    kwargs = {**desk_kwargs(cluster), "password": "wrong"}
    feed = PgChangeFeed(kwargs, Seen()).start()
    time.sleep(0.5)
    assert feed.mode == "" and feed.connections == 0
    feed.stop()
    assert not feed._thread or not feed._thread.is_alive()


def test_another_desks_commit_fires_and_this_desks_own_does_not(pg_url: str) -> None:
    from smsdesk.core.store import open_store

    desk_a, desk_b = open_store(pg_url), open_store(pg_url)  # two desks on one workspace
    seen = Seen()
    feed = feed_for_store(desk_a, seen).start()
    try:
        assert isinstance(feed, PgChangeFeed)
        assert until(lambda: feed.mode == "listen")
        desk_a.execute("INSERT INTO optouts(phone, created_at) VALUES('+886900000001', 'now')")
        desk_b.query("SELECT 1")  # a round trip later, desk A's own notification has arrived
        time.sleep(0.6)  # more than one notifies() wake-up: this desk's own write is not news
        assert seen.hints == []
        desk_b.execute("INSERT INTO optouts(phone, created_at) VALUES('+886912345678', 'now')")
        assert seen.wait(), "no change seen after another desk committed"
        assert seen.hints == [desk_b.origin]
    finally:
        feed.stop()
        desk_a.close()
        desk_b.close()
