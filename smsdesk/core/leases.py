"""Who is sending a job right now: a lease per job, held for the length of a send.

Two SMS Desk processes share one data folder (the window and the command line, or
two windows). Without a lease, one process's start-up recovery would mark the
other's in-flight messages unknown while their requests are still under way, and
both could send the same queued recipients of one job. A lease row says which
process sends the job; it is renewed every few seconds and counts as held while
it is fresh and, on the same computer, while its process is alive — so a crash
frees it at once here, and after :data:`STALE_AFTER` seconds anywhere.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import sys
import threading
import time
import uuid

from smsdesk.core.store import Store
from smsdesk.i18n import translate

RENEW_EVERY = 5.0  # seconds between heartbeats
STALE_AFTER = 30.0  # a lease not renewed for this long is free (its holder hung or is gone)
HOST = socket.gethostname()


class JobBusy(RuntimeError):
    """The job is being sent by another process (or another send in this one)."""

    def __init__(self, job_id: int, pid: int, host: str) -> None:
        where = str(pid) if host == HOST else f"{pid}@{host}"
        super().__init__(translate(
            "Engine",
            "Job {job} is being sent right now by another SMS Desk window or the command line "
            "(process {where}). Nothing was sent twice. Wait until that send finishes, then look at the job "
            "on the Status tab.",
        ).format(job=job_id, where=where))
        self.job_id = job_id


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (True when it cannot be told)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # type: ignore[attr-defined]  # access denied: it exists
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


def _held(host: str, pid: int, heartbeat: float, now: float) -> bool:
    if now - heartbeat > STALE_AFTER:
        return False
    return host != HOST or pid_alive(pid)


def held_jobs(db: sqlite3.Connection) -> set[int]:
    """Jobs some live process is sending now (read inside the caller's transaction)."""
    now = time.time()
    rows = db.execute("SELECT job_id, host, pid, heartbeat_at FROM job_leases").fetchall()
    return {int(r[0]) for r in rows if _held(r[1], int(r[2]), float(r[3]), now)}


class JobLease:
    """Hold a job for one send: ``with JobLease(store, job_id): ...`` (raises :class:`JobBusy`)."""

    def __init__(self, store: Store, job_id: int) -> None:
        self.store = store
        self.job_id = job_id
        self.owner = uuid.uuid4().hex  # per send, so two sends in one process also exclude each other
        self._stop = threading.Event()
        self._keeper: threading.Thread | None = None

    def acquire(self) -> None:
        now = time.time()
        with self.store.transaction() as db:
            row = db.execute("SELECT owner, host, pid, heartbeat_at FROM job_leases WHERE job_id=?",
                             (self.job_id,)).fetchone()
            if row is not None and row[0] != self.owner and _held(row[1], int(row[2]), float(row[3]), now):
                raise JobBusy(self.job_id, int(row[2]), row[1])
            db.execute("INSERT OR REPLACE INTO job_leases(job_id, owner, host, pid, heartbeat_at) VALUES (?,?,?,?,?)",
                       (self.job_id, self.owner, HOST, os.getpid(), now))
        self._keeper = threading.Thread(target=self._renew, name=f"lease-{self.job_id}", daemon=True)
        self._keeper.start()

    def _renew(self) -> None:
        while not self._stop.wait(RENEW_EVERY):
            try:
                self.store.execute("UPDATE job_leases SET heartbeat_at=? WHERE job_id=? AND owner=?",
                                   (time.time(), self.job_id, self.owner))
            except Exception:  # a closed store at shutdown: the lease just goes stale
                return

    def release(self) -> None:
        self._stop.set()
        if self._keeper is not None:
            self._keeper.join()
        self.store.execute("DELETE FROM job_leases WHERE job_id=? AND owner=?", (self.job_id, self.owner))

    def __enter__(self) -> JobLease:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
