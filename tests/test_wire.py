"""The in-flight mark's group commit: when the write fails, no request of the group may leave.

Requests that reach the wire together share one transaction (core/wire.py). The leader writes
for the whole group; if that write fails with anything (a lost lease, a full disk, a lost
server), every request in the group must hear it: none was marked, so none may be sent, or a
resume would send it again. CI once saw exactly that: a follower's request went out unmarked
after the disk filled, and its number got the message twice.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from smsdesk.core.accounts import Accounts
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.leases import JobLease
from smsdesk.core.store import Store
from smsdesk.core.wire import WireJournal


def _until(condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_a_failed_mark_fails_every_request_of_its_group(tmp_path: Path) -> None:
    store = Store(tmp_path / "smsdesk.db")
    try:
        sandbox = Accounts(store).ensure_sandbox()
        job, _ = Jobs(store).create(sandbox.id, [PlannedRecipient(f"+88691234567{i}", rendered="hi")
                                                 for i in range(3)], text="hi")
        first, second, third = (int(r[0]) for r in store.query("SELECT id FROM messages WHERE job_id=? ORDER BY id",
                                                               (job,)))
        with JobLease(store, job) as lease:
            journal = WireJournal(lease)
            # Another program holds the write lock, so the first request's write waits while the
            # second and third queue behind it: they go out as one group next. Every write then
            # fails (a real SQLite error, not a lease's).
            blocker = sqlite3.connect(tmp_path / "smsdesk.db", isolation_level=None)
            blocker.execute("BEGIN IMMEDIATE")
            store.conn.set_authorizer(lambda action, table, *_: sqlite3.SQLITE_DENY
                                      if action == sqlite3.SQLITE_UPDATE and table == "messages" else sqlite3.SQLITE_OK)
            outcome: dict[int, BaseException | None] = {}

            def mark(message: int) -> None:
                try:
                    journal.mark([message])
                    outcome[message] = None  # marked: this request would now be sent
                except BaseException as exc:  # any failure means: not sent
                    outcome[message] = exc

            leader = threading.Thread(target=mark, args=(first,))
            leader.start()
            _until(lambda: journal._writing)
            group = [threading.Thread(target=mark, args=(m,)) for m in (second, third)]
            for thread in group:
                thread.start()
            _until(lambda: len(journal._pending) == 2)  # queued behind the first write, together
            blocker.rollback()
            blocker.close()
            for thread in (leader, *group):
                thread.join(30)
            store.conn.set_authorizer(None)
        assert set(outcome) == {first, second, third}
        assert all(exc is not None for exc in outcome.values()), outcome  # none of them may leave
        assert store.query_one("SELECT count(*) FROM messages WHERE inflight=1")[0] == 0
    finally:
        store.close()
