"""Who is sending a job right now: a fenced lease per job, held for the length of a send.

Two SMS Desk processes share one data folder (the window and the command line, two
windows, or later two computers on one database server). The lease is a row, not a
file lock, so the same design works on a shared database:

* ``generation`` is a fencing token. Taking a lease over adds one, and every write a
  sender makes to its job (:meth:`JobLease.transaction`) first checks, in the same
  transaction, that the row still carries *its* owner and generation. A sender that
  lost its lease can therefore neither mark another request in flight (so it sends
  nothing more) nor overwrite rows the new holder owns.
* ``beat`` counts renewals. A lease held by a process alive on this computer is never
  taken over, however long it has been quiet (it may be suspended or waiting for the
  data file). A holder on another computer is judged by watching: the taker measures
  on its own monotonic clock how long ``beat`` stays unchanged, and takes over only
  after :data:`STALE_AFTER` seconds without a renewal. Wall-clock stamps are shown
  to people, never compared across processes.
* Renewals that fail (e.g. the file is locked by another program) are retried; if the
  lease cannot be confirmed for :data:`STALE_AFTER` seconds the sender stops before its
  next request (:class:`LeaseUnconfirmed`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from smsdesk.core.store import Store, StoreError
from smsdesk.i18n import fmt_int, translate

log = logging.getLogger("smsdesk.leases")


def _stale_after() -> float:
    try:
        return max(0.2, float(os.environ.get("SMSDESK_LEASE_STALE_AFTER") or 30.0))
    except ValueError:
        return 30.0


# Seconds a holder on another computer may stay silent before it is taken over
# (SMSDESK_LEASE_STALE_AFTER shortens it for tests).
STALE_AFTER = _stale_after()
RENEW_EVERY = min(5.0, STALE_AFTER / 6)  # seconds between heartbeats: several per stale window
WATCH_EVERY = min(0.5, STALE_AFTER / 10)  # how often a taker looks at a remote holder's beat
# This computer's identity in lease rows (SMSDESK_HOST_ID lets tests play another computer).
def _hostname() -> str:
    if hasattr(os, "uname"):  # POSIX: the same name as socket.gethostname(), without importing socket
        return os.uname().nodename
    import socket

    return socket.gethostname()


HOST = os.environ.get("SMSDESK_HOST_ID") or _hostname()


class LeaseError(RuntimeError):
    """A send cannot start or go on because of who holds the job."""

    def __init__(self, message: str, job_id: int) -> None:
        super().__init__(message)
        self.job_id = job_id


def _where(pid: int, host: str) -> str:
    return str(pid) if host == HOST else f"{pid}@{host}"


class JobBusy(LeaseError):
    """The job is being sent by another process (or another send in this one)."""

    def __init__(self, job_id: int, pid: int, host: str, quiet_for: float | None = None) -> None:
        message = translate(
            "Engine",
            "Job {job} is being sent right now by another SMS Desk window or the command line "
            "(process {where}). Nothing was sent twice. Wait until that send finishes, then look at the job "
            "on the Status tab.",
        ).format(job=job_id, where=_where(pid, host))
        if quiet_for is not None:
            message += " " + translate(
                "Engine",
                "That process has not renewed its hold on the job for {seconds} s (it may be suspended or "
                "waiting for the data file), but it is still running on this computer, so its send is not "
                "taken over. Let it finish or end that process, then resume the job.",
            ).format(seconds=fmt_int(round(quiet_for)))
        super().__init__(message, job_id)


class LeaseLost(LeaseError):
    """Another process took the job over (this one was frozen or cut off too long)."""

    def __init__(self, job_id: int, pid: int, host: str) -> None:
        super().__init__(translate(
            "Engine",
            "This send of job {job} stopped: another SMS Desk (process {where}) took the job over while this "
            "one could not renew its hold (it was suspended or cut off from the data file). Nothing more was "
            "sent from here and nothing was sent twice; the other send finishes the job. Messages whose "
            "answers had not come back are shown as unknown and are not resent.",
        ).format(job=job_id, where=_where(pid, host)), job_id)


class LeaseUnconfirmed(LeaseError):
    """The lease could not be confirmed within the staleness window (the data file was busy)."""

    def __init__(self, job_id: int, seconds: float, error: str) -> None:
        super().__init__(translate(
            "Engine",
            "Sending job {job} stopped before its next message: for {seconds} s SMS Desk could not confirm "
            "that it still holds the job, because the data file could not be written ({error}). Nothing was "
            "sent twice. Close other programs that use the data file, then resume the job.",
        ).format(job=job_id, seconds=fmt_int(round(seconds)), error=error), job_id)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (True when it cannot be told)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True  # cannot tell: let the heartbeat decide
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_COLUMNS = "owner, host, pid, heartbeat_at, generation, beat"


def held_jobs(db: sqlite3.Connection) -> set[int]:
    """Jobs some live process may be sending now (read inside the caller's transaction).

    Used by start-up recovery, which cannot wait and watch: a holder on another computer
    counts as live while its last stamp is recent. Getting that wrong only makes its
    in-flight rows unknown early (never resent); its own fenced answers still land.
    """
    now = time.time()
    held = set()
    for row in db.execute(f"SELECT job_id, {_COLUMNS} FROM job_leases WHERE owner != ''").fetchall():
        job, _owner, host, pid, stamp = int(row[0]), row[1], row[2], int(row[3]), float(row[4])
        if (pid_alive(pid) if host == HOST else now - stamp <= STALE_AFTER):
            held.add(job)
    return held


class JobLease:
    """Hold a job for one send: ``with JobLease(store, job_id) as lease: ...``.

    :meth:`acquire` raises :class:`JobBusy`; while held, write through :meth:`transaction`
    (raises :class:`LeaseLost` once another process took the job over).
    """

    def __init__(self, store: Store, job_id: int) -> None:
        self.store = store
        self.job_id = job_id
        # Per send, so two sends in one process also exclude each other (128 random bits, as uuid4;
        # without uuid, which imports platform at every start).
        self.owner = os.urandom(16).hex()
        self.generation = 0
        self.taken_over = False  # True when acquire() took the job from a holder that went quiet
        self._stop = threading.Event()
        self._keeper: threading.Thread | None = None
        self._state_lock = threading.Lock()
        self._failing_since: float | None = None  # monotonic start of the renewals failing now
        self.lost: LeaseError | None = None

    # -- taking it ----------------------------------------------------------
    def acquire(self) -> None:
        watched: tuple[str, int, int] | None = None
        since = time.monotonic()
        while True:
            row = self.store.query_one(f"SELECT {_COLUMNS} FROM job_leases WHERE job_id=?", (self.job_id,))
            key = (row[0], int(row[4]), int(row[5])) if row is not None else None
            if row is not None and row[0]:
                host, pid = row[1], int(row[2])
                if host == HOST:
                    if pid_alive(pid) or row[0] == self.owner:
                        quiet = time.time() - float(row[3])
                        raise JobBusy(self.job_id, pid, host, quiet if quiet > STALE_AFTER else None)
                elif watched != key:
                    if watched is not None:  # it renewed while we watched: alive
                        raise JobBusy(self.job_id, pid, host)
                    watched, since = key, time.monotonic()
                    continue
                elif time.monotonic() - since < STALE_AFTER:
                    time.sleep(WATCH_EVERY)
                    continue
            if self._take(key):
                break
            watched = None  # it changed between the look and the take: judge it again
        self._keeper = threading.Thread(target=self._renew, name=f"lease-{self.job_id}", daemon=True)
        self._keeper.start()

    def _take(self, seen: tuple[str, int, int] | None) -> bool:
        with self.store.transaction() as db:
            row = db.execute("SELECT owner, generation, beat FROM job_leases WHERE job_id=?",
                             (self.job_id,)).fetchone()
            if (None if row is None else (row[0], int(row[1]), int(row[2]))) != seen:
                return False
            self.generation = (int(row[1]) if row is not None else 0) + 1
            self.taken_over = bool(row is not None and row[0])
            db.execute(
                "INSERT INTO job_leases(job_id, owner, host, pid, heartbeat_at, generation, beat)"
                " VALUES (?,?,?,?,?,?,0) ON CONFLICT(job_id) DO UPDATE SET owner=excluded.owner,"
                " host=excluded.host, pid=excluded.pid, heartbeat_at=excluded.heartbeat_at,"
                " generation=excluded.generation, beat=0",
                (self.job_id, self.owner, HOST, os.getpid(), time.time(), self.generation),
            )
        if self.taken_over:
            log.info("job %s: took over a lease whose holder stopped renewing (generation %s)",
                        self.job_id, self.generation)
        return True

    # -- holding it ---------------------------------------------------------
    @contextmanager
    def transaction(self, *, busy_timeout: float | None = None) -> Iterator[sqlite3.Connection]:
        """A write transaction that happens only while this send still holds the job.

        Renews the lease in the same transaction (so every engine write is also a
        heartbeat); raises :class:`LeaseLost` and writes nothing when it was taken over.
        """
        if self.lost is not None:
            raise self.lost
        with self.store.transaction(busy_timeout=busy_timeout) as db:
            self._renew_in(db)
            yield db
        self._confirm()

    def _renew_in(self, db: sqlite3.Connection) -> None:
        changed = db.execute(
            "UPDATE job_leases SET beat=beat+1, heartbeat_at=? WHERE job_id=? AND owner=? AND generation=?",
            (time.time(), self.job_id, self.owner, self.generation),
        ).rowcount
        if changed == 1:
            return
        row = db.execute("SELECT pid, host FROM job_leases WHERE job_id=? AND owner != ''",
                         (self.job_id,)).fetchone()
        lost = LeaseLost(self.job_id, int(row[0]) if row else 0, row[1] if row else HOST)
        self.lost = lost
        raise lost

    def _confirm(self) -> None:
        with self._state_lock:
            self._failing_since = None

    def _window_left(self) -> float:
        """Seconds left before failed renewals have lasted the whole stale window."""
        now = time.monotonic()
        with self._state_lock:
            since = self._failing_since if self._failing_since is not None else now
        return since + STALE_AFTER - now

    def guarded_write(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        """Run ``sql`` for each row under the lease, retrying a busy data file for the stale window.

        The engine marks requests in flight this way just before they leave: if the
        lease cannot be confirmed in time nothing is marked and nothing leaves
        (:class:`LeaseUnconfirmed`; :class:`LeaseLost` when it was taken over).
        """
        while True:
            started = time.monotonic()
            try:
                # At least one short try even when renewals failed for the whole window:
                # a write that gets through is a confirmation (it is fenced).
                with self.transaction(busy_timeout=max(0.05, self._window_left())) as db:
                    db.executemany(sql, rows)
                return
            except sqlite3.OperationalError as exc:
                self._failed(exc, started)
                if self._window_left() <= 0:
                    raise LeaseUnconfirmed(self.job_id, STALE_AFTER, str(exc)) from None

    def _failed(self, exc: Exception, started: float) -> None:
        log.info("job %s: could not renew its lease (%s); retrying", self.job_id, exc)
        with self._state_lock:
            if self._failing_since is None:
                self._failing_since = started

    def _renew(self) -> None:
        while not self._stop.wait(RENEW_EVERY):
            started = time.monotonic()
            try:
                with self.store.transaction(busy_timeout=RENEW_EVERY) as db:
                    self._renew_in(db)
            except LeaseLost:
                return
            except sqlite3.ProgrammingError:  # the store was closed at shutdown: the lease goes stale
                return
            except (sqlite3.OperationalError, StoreError) as exc:
                # A busy file, or a shared workspace out of reach: retried; the engine's own
                # fenced writes fail the same way and stop the send before its next request.
                self._failed(exc, started)
                continue
            self._confirm()

    def release(self) -> None:
        self._stop.set()
        if self._keeper is not None:
            self._keeper.join()
        # The row stays (owner '') so the next holder's generation is higher than every earlier one.
        self.store.execute("UPDATE job_leases SET owner='', pid=0 WHERE job_id=? AND owner=? AND generation=?",
                           (self.job_id, self.owner, self.generation))

    def __enter__(self) -> JobLease:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
