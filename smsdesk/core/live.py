"""Notice that another desk (or another program) changed the data, so the window can show it.

A :class:`ChangeFeed` runs one background thread and calls ``on_change(hint)`` from it:

* **PostgreSQL** (:class:`PgChangeFeed`): a connection of its own ``LISTEN smsdesk_changes``
  (the store sends ``NOTIFY`` after every committed write); it reconnects after a lost
  connection (calling back once then: changes may have been missed meanwhile). Where ``LISTEN``
  is refused it polls ``pg_current_wal_lsn()``, which moves with every write.
* **SQLite** (:class:`SqliteChangeFeed`): ``PRAGMA data_version`` every ~2 s, which changes when
  any *other* connection committed: another process's send or fetched replies. Polled on the
  store's own connection, so this window's own writes (already shown) do not count.

Callers coalesce (the window refreshes at most once a second). Qt-free.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger("smsdesk.live")

CHANNEL = "smsdesk_changes"
POLL_SECONDS = 2.0
RECONNECT_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0)  # waits between attempts, the last repeated

OnChange = Callable[[str], None]


class ChangeFeed(ABC):
    """A background thread that calls ``on_change`` when the data changed elsewhere; start() / stop()."""

    def __init__(self, on_change: OnChange, *, interval: float = POLL_SECONDS) -> None:
        self.on_change = on_change
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.mode = ""  # "listen", "poll" or "" (not connected), for the status line and tests

    def start(self) -> ChangeFeed:
        if self._thread is None:
            self._thread = threading.Thread(target=self._guarded, name=type(self).__name__, daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def _fire(self, hint: str = "") -> None:
        if self._stop.is_set():
            return
        try:
            self.on_change(hint)
        except Exception:  # a failing listener must not end the feed
            log.exception("change listener failed")

    def _guarded(self) -> None:
        try:
            self.run()
        except Exception:
            log.exception("change feed stopped")

    @abstractmethod
    def run(self) -> None:
        """The feed's loop, on its thread, until stop()."""


class SqliteChangeFeed(ChangeFeed):
    """Polls ``PRAGMA data_version``: of ``store``'s own connection when given one, so only *other*
    connections' commits count (this window's own writes do not make it reload); else of a read-only
    connection of its own to ``path``, which also sees this process's commits."""

    def __init__(self, path: Path | str, on_change: OnChange, *, interval: float = POLL_SECONDS,
                 store: Any = None) -> None:
        super().__init__(on_change, interval=interval)
        self.path = Path(path)
        self.store = store
        self._own: sqlite3.Connection | None = None

    def _open(self) -> Callable[[], int]:
        if self.store is not None:
            version: Callable[[], int] = self.store.data_version
            return version
        # Read-only and never creating the file: the feed must not be what makes a database.
        conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=1,
                               isolation_level=None, check_same_thread=False)
        self._own = conn
        return lambda: int(conn.execute("PRAGMA data_version").fetchone()[0])

    def run(self) -> None:
        version: Callable[[], int] | None = None
        last: int | None = None
        try:
            while not self._stop.is_set():
                if self.store is not None and self.store.closed:
                    return
                try:
                    if version is None:
                        version = self._open()
                        self.mode = "poll"
                    now = version()
                    if last is not None and now != last:
                        self._fire()
                    last = now
                except Exception as exc:  # locked for a while, the file went away, the store was closed
                    log.debug("data_version: %s", exc)
                self._stop.wait(self.interval)
        finally:
            if self._own is not None:
                self._own.close()


class PgChangeFeed(ChangeFeed):
    """``connect_kwargs`` are psycopg.connect's (password included: kept in memory only)."""

    def __init__(self, connect_kwargs: Mapping[str, Any], on_change: OnChange, *, interval: float = POLL_SECONDS,
                 listen: bool = True, own_origin: str = "") -> None:
        super().__init__(on_change, interval=interval)
        self._kwargs = dict(connect_kwargs)
        self._listen = listen
        self._own_origin = own_origin  # this window's own commits (PgStore.origin) are not news
        self._kwargs.setdefault("application_name", "SMS Desk changes")
        # A connection that died without a word (a pulled cable, a sleeping NAS) is found by TCP keepalives
        # within about a minute: notifies() then raises and the feed reconnects.
        for key, value in (("keepalives", 1), ("keepalives_idle", 30), ("keepalives_interval", 10),
                           ("keepalives_count", 3)):
            self._kwargs.setdefault(key, value)
        self.connections = 0  # how many times it (re)connected, for tests

    def run(self) -> None:
        import psycopg

        attempt = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(**self._kwargs, autocommit=True) as conn:
                    self.connections += 1
                    attempt = 0
                    if self.connections > 1:
                        self._fire("reconnected")  # what happened while we were away is not known
                    self._serve(conn)
            except psycopg.Error as exc:
                self.mode = ""
                log.info("change feed lost its connection: %s", exc)
            if self._stop.is_set():
                return
            self._stop.wait(RECONNECT_SECONDS[min(attempt, len(RECONNECT_SECONDS) - 1)])
            attempt += 1

    def _serve(self, conn: Any) -> None:
        import psycopg

        listening = False
        if self._listen:
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                listening = True
            except psycopg.Error as exc:  # a pooler or a standby refuses it: poll instead
                log.info("LISTEN refused (%s); polling for changes instead", exc)
        self.mode = "listen" if listening else "poll"
        last = None
        while not self._stop.is_set():
            if listening:
                # Wakes at least every half second, so stop() is prompt; a dead server raises here.
                for note in conn.notifies(timeout=0.5):
                    if not (self._own_origin and note.payload == self._own_origin):
                        self._fire(note.payload)
            else:
                now = conn.execute("SELECT pg_current_wal_lsn()::text").fetchone()[0]
                if last is not None and now != last:
                    self._fire()
                last = now
                self._stop.wait(self.interval)


def feed_for_store(store: Any, on_change: OnChange, *, password: str | None = None,
                   interval: float = POLL_SECONDS) -> ChangeFeed:
    """The feed that fits ``store``: SQLite by its file; PostgreSQL by ``store.connect_kwargs()`` when it
    offers them, else by its URL (``store.url``, without password) and ``password``."""
    from smsdesk.core.store import Store

    if isinstance(store, Store) and store.dialect.name == "sqlite":  # PgStore is a Store too
        return SqliteChangeFeed(store.path, on_change, interval=interval, store=store)
    own = getattr(store, "connect_kwargs", None)  # a PostgreSQL store that knows its own connection
    if callable(own):
        return PgChangeFeed(own(), on_change, interval=interval, own_origin=str(getattr(store, "origin", "")))
    from smsdesk.core.workspace import Workspace

    workspace = Workspace.from_url(str(store.url))
    return PgChangeFeed(workspace.connect_kwargs(password), on_change, interval=interval)
