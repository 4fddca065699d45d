"""Fenced leases and honest in-flight marks, with real sender processes against the simulator.

A sender that is alive but frozen (SIGSTOP), cut off from the data file (another program
holds SQLite's write lock) or killed while it waits for rate slots must never make the
vendor accept a number twice, and must not leave never-sent recipients 'unknown'.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from smsdesk.cli import main
from smsdesk.core import leases
from smsdesk.core.accounts import Accounts
from smsdesk.core.engine import SendControl, SendEngine
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.pg_store import WRITE_LOCK
from smsdesk.core.states import State
from smsdesk.core.store import Store, open_store
from smsdesk.sim.server import Fault, Simulator

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP / SIGKILL")

TESTS = Path(__file__).resolve().parent
STALE = 1.5  # the lease timeout the child processes use (SMSDESK_LEASE_STALE_AFTER)


def phones(n: int) -> list[str]:
    return [f"+8869{30_000_000 + i:08d}" for i in range(n)]


def until(condition: Callable[[], bool], timeout: float = 60.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def accepted(sim: Simulator) -> Counter[str]:
    """Accepted requests per number, counted on the vendor's side."""
    twsms = sim.vendors["twsms"]
    with twsms.lock:
        return Counter(m.mobile for m in list(twsms.messages.values()))


def mobile(phone: str) -> str:
    return "0" + phone[4:]


@dataclass
class Shop:
    home: Path
    env: dict[str, str]
    cli: list[str]
    store: Store

    def run(self, *args: str, host: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = dict(self.env, **({"SMSDESK_HOST_ID": host} if host else {}))
        return subprocess.run([*self.cli, *args], env=env, capture_output=True, text=True, timeout=timeout)

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen([*self.cli, *args], env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)

    def job(self) -> int:
        return int(self.store.query_one("SELECT max(id) FROM jobs")[0])

    def lease(self) -> Any:
        return self.store.query_one("SELECT owner, pid, generation, beat, heartbeat_at FROM job_leases")


@contextmanager
def make_shop(sim: Simulator, tmp_path: Path, location: str | None = None, **settings: Any) -> Iterator[Shop]:
    sim.vendors["twsms"].add_account("shop", "pa55-word!", balance=1_000_000)
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("SMSDESK_HOME", "SMSDESK_HOST_ID")}
    env.update({"PYTHON_KEYRING_BACKEND": "support.file_keyring.FileKeyring",
                "SMSDESK_TEST_KEYRING": str(tmp_path / "keyring.json"),
                "SMSDESK_LEASE_STALE_AFTER": str(STALE),
                "PYTHONPATH": os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])})
    cli = [sys.executable, "-m", "smsdesk.cli", "--home", str(home)]
    sets = [arg for key, value in {"username": "shop", **settings}.items() for arg in ("--set", f"{key}={value}")]
    subprocess.run([*cli, "account", "add", "Shop", "--vendor", "twsms", *sets, "--base-url", sim.base_url("twsms"),
                    "--secret-stdin"], input="pa55-word!\n", text=True, env=env, check=True, capture_output=True,
                   timeout=60)
    store = open_store(location or str(home / "smsdesk.db"))
    try:
        yield Shop(home, env, cli, store)
    finally:
        store.close()


@pytest.fixture
def shop(sim: Simulator, tmp_path: Path) -> Iterator[Shop]:
    with make_shop(sim, tmp_path, concurrency=4, rate_per_s=25) as made:
        yield made


@pytest.fixture
def any_shop(sim: Simulator, tmp_path: Path, store_url: str) -> Iterator[Shop]:
    """The shop on SQLite and on a PostgreSQL workspace (the child processes inherit SMSDESK_DATABASE_URL)."""
    location = store_url if store_url.startswith("postgresql:") else None
    with make_shop(sim, tmp_path, location, concurrency=4, rate_per_s=25) as made:
        yield made


class WriteLock:
    """Another program holding the database's write lock: SQLite's, or the workspace's advisory lock."""

    def __init__(self, shop: Shop) -> None:
        self.shop = shop
        self.conn: Any = None

    def take(self) -> None:
        if self.shop.store.dialect.name == "sqlite":
            self.conn = sqlite3.connect(self.shop.home / "smsdesk.db", isolation_level=None)
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn = psycopg.connect(os.environ["SMSDESK_DATABASE_URL"], autocommit=True)
            self.conn.execute("BEGIN")
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def frozen_sender(shop: Shop, sim: Simulator, numbers: list[str]) -> subprocess.Popen[str]:
    """A sender that has sent part of the job, then was suspended until its lease looks stale."""
    child = shop.start("send", "--account", "Shop", "--to", *numbers, "--message", "hi", "--yes", "--json")
    until(lambda: sum(accepted(sim).values()) >= 20 or child.poll() is not None, what="the send to get going")
    for _ in range(50):
        child.send_signal(signal.SIGSTOP)
        # What is tested is a lease gone stale, so freeze it outside a write transaction (a process
        # frozen holding SQLite's lock blocks every writer: see the locked-file test below).
        if not write_locked(shop):
            break
        child.send_signal(signal.SIGCONT)
        time.sleep(0.01)
    lease = shop.lease()
    # Frozen long past the lease timeout, seen by its heartbeat not moving.
    until(lambda: time.time() - float(shop.lease()[4]) > 2 * STALE, what="the lease to look stale")
    assert shop.lease()[3] == lease[3]
    assert 0 < sum(accepted(sim).values()) < len(numbers)
    return child


def write_locked(shop: Shop) -> bool:
    if shop.store.dialect.name != "sqlite":
        with psycopg.connect(os.environ["SMSDESK_DATABASE_URL"], autocommit=True) as conn:
            row = conn.execute("SELECT pg_try_advisory_lock(%s)", (WRITE_LOCK,)).fetchone()
            if row and row[0]:
                conn.execute("SELECT pg_advisory_unlock(%s)", (WRITE_LOCK,))
            return not (row and row[0])
    probe = sqlite3.connect(shop.home / "smsdesk.db", timeout=0.05, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def finish(child: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = child.communicate(timeout=120)
    return child.returncode, out, err


def test_a_frozen_sender_on_this_computer_is_never_taken_over(sim: Simulator, shop: Shop) -> None:
    numbers = phones(150)
    child = frozen_sender(shop, sim, numbers)
    try:
        job = shop.job()
        resumed = shop.run("resume", str(job))
        assert resumed.returncode == 1
        assert f"process {child.pid}" in resumed.stderr and "still running on this computer" in resumed.stderr
        assert shop.lease()[0] and shop.lease()[2] == 1  # still its lease, same generation
    finally:
        child.send_signal(signal.SIGCONT)
    code, out, err = finish(child)
    assert code == 0, err
    summary = json.loads(out)
    assert summary["status"] == "done" and summary["submitted"] == 150 and summary["unknown"] == 0
    counts = accepted(sim)
    assert sorted(counts) == sorted(mobile(p) for p in numbers)
    assert set(counts.values()) == {1}


def test_a_frozen_sender_taken_over_from_another_computer_stops_and_sends_nothing_more(
        sim: Simulator, any_shop: Shop) -> None:
    shop = any_shop
    numbers = phones(150)
    child = frozen_sender(shop, sim, numbers)
    try:
        job = shop.job()
        before = accepted(sim)
        # The same data on a server, resumed from another computer: it watches the beat stand
        # still for the stale window on its own clock, takes over (generation 2) and finishes.
        resumed = shop.run("resume", str(job), "--json", host="other-pc")
        assert resumed.returncode in (0, 3), resumed.stderr
        (summary,) = json.loads(resumed.stdout)["jobs"]
        assert summary["status"] == "done" and summary["queued"] == 0
        assert tuple(shop.lease()[:3]) == ("", 0, 2)
        by_resumer = accepted(sim) - before
    finally:
        child.send_signal(signal.SIGCONT)
    code, out, err = finish(child)
    assert code == 1 and "took the job over" in err, (out, err)
    counts = accepted(sim)
    assert max(counts.values()) == 1, "a number was accepted twice"
    rows = {mobile(m.phone): m for m in Jobs(shop.store).messages(job)}
    # Whatever the thawed sender still had on its way out was already counted unknown by the
    # resumer (never resent); nothing else left it after the thaw, and it overwrote no row.
    late = counts - before - by_resumer
    assert len(late) <= 4 and all(rows[m].state is State.UNKNOWN for m in late)
    assert all(rows[m].state is not State.QUEUED and not rows[m].inflight for m in rows)
    assert Jobs(shop.store).get(job).status is JobStatus.DONE
    assert sum(r.state is State.SUBMITTED for r in rows.values()) + summary["unknown"] == 150


@pytest.mark.parametrize("held_for", [0.4, 3.0], ids=["shorter-than-the-timeout", "past-the-timeout"])
def test_a_write_lock_held_by_another_program_never_causes_a_duplicate(sim: Simulator, any_shop: Shop,
                                                                       held_for: float) -> None:
    shop = any_shop
    numbers = phones(150)
    sim.set_latency("twsms", 0.25)  # slow enough that a loaded machine still catches it mid-send
    child = shop.start("send", "--account", "Shop", "--to", *numbers, "--message", "hi", "--yes", "--json")
    until(lambda: sum(accepted(sim).values()) >= 20 or child.poll() is not None, what="the send to get going")
    blocker = WriteLock(shop)
    blocker.take()
    assert child.poll() is None and sum(accepted(sim).values()) < 150, "the send finished before the lock"
    try:
        held_at = sum(accepted(sim).values())
        # Another program holds the write lock. The sender may finish requests already on their
        # way, but nothing new leaves unconfirmed.
        stop = time.monotonic() + held_for * STALE
        until(lambda: time.monotonic() > stop, what="the lock to be held")
        assert sum(accepted(sim).values()) - held_at <= 4
    finally:
        blocker.release()
    code, out, err = finish(child)
    summary = json.loads(out)
    if held_for < 1:  # renewals and marks waited for the lock, then went on
        assert code == 0 and summary["status"] == "done", (out, err)
    elif code == 1:  # a request could not confirm its lease in time: it stopped before leaving, said why
        assert summary["status"] == "paused" and "could not confirm" in summary["note"], (summary, err)
        resumed = shop.run("resume", str(shop.job()), "--json")
        assert resumed.returncode in (0, 3), resumed.stderr
    else:  # the answers' commit waited the lock out first; the next write renewed (fenced) the lease
        assert code == 0 and summary["status"] == "done", (summary, err)
    counts = accepted(sim)
    assert max(counts.values()) == 1, "a number was accepted twice"
    job_counts = Jobs(shop.store).counts(shop.job())
    assert job_counts["queued"] == 0 and job_counts["submitted"] + job_counts["unknown"] == 150
    for row in Jobs(shop.store).messages(shop.job()):
        assert counts[mobile(row.phone)] == (1 if row.state is State.SUBMITTED else counts[mobile(row.phone)])


def test_a_kill_while_waiting_for_rate_slots_leaves_only_the_transmitting_requests_unknown(
        sim: Simulator, tmp_path: Path) -> None:
    with make_shop(sim, tmp_path, concurrency=16, rate_per_s=4) as shop:
        sim.set_latency("twsms", 0.1)
        numbers = phones(60)
        child = shop.start("send", "--account", "Shop", "--to", *numbers, "--message", "hi", "--yes", "--json")
        until(lambda: sum(accepted(sim).values()) >= 6, what="a few requests to go out")
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        job = shop.job()
        # Sixteen requests were waiting for their slots: they were never marked in flight. Unknown
        # are only those on the wire or answered in the last commit interval (a quarter second).
        unknown = Jobs(shop.store).recover_inflight()
        counts = Jobs(shop.store).counts(job)
        assert unknown == counts["unknown"] <= 4 and counts["queued"] >= 60 - 16
        reached = accepted(sim)
        never_sent = [r for r in Jobs(shop.store).messages(job, states=[State.UNKNOWN])
                      if mobile(r.phone) not in reached]
        assert len(never_sent) <= 1  # at most one killed between its mark and its first byte
        for row in Jobs(shop.store).messages(job, states=[State.QUEUED]):
            assert mobile(row.phone) not in reached  # queued means it never left


def test_429_back_off_keeps_the_recipient_queued_not_in_flight(home: Path) -> None:
    with Simulator(retry_after=1.5) as sim:
        store = Store(home / "smsdesk.db")
        try:
            sim.vendors["twsms"].add_account("shop", "pa55-word!", balance=1000)
            accounts = Accounts(store)
            account = accounts.add("Shop", "twsms", {"username": "shop", "concurrency": 1},
                                   {"password": "pa55-word!"}, base_url=sim.base_url("twsms"))
            job, _ = Jobs(store).create(account.id, [PlannedRecipient("+886912345678", rendered="hi")], text="hi")
            sim.inject("twsms", Fault.RATE_LIMIT, path="sms_send")
            done: list[Any] = []
            sender = threading.Thread(target=lambda: done.append(SendEngine(store, accounts).run(job)))
            sender.start()
            until(lambda: bool(sim.requests_to("twsms", "sms_send")), what="the refused request")
            row = store.query_one("SELECT state, inflight FROM messages WHERE job_id=?", (job,))
            assert tuple(row) == ("queued", 0)  # waiting out Retry-After: a crash now leaves it queued
            sender.join(30)
            assert done and Jobs(store).counts(job)["submitted"] == 1
            assert store.query_one("SELECT inflight FROM messages")[0] == 0
        finally:
            store.close()


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_send_and_resume_exit_3_and_say_how_many_are_unknown(
        sim: Simulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    sim.vendors["twsms"].add_account("shop", "pa55-word!", balance=1000)
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("pa55-word!\n"))
    code, _, err = cli(capsys, "account", "add", "Shop", "--vendor", "twsms", "--set", "username=shop",
                       "--set", "concurrency=1", "--base-url", sim.base_url("twsms"), "--secret-stdin")
    assert code == 0, err
    sim.inject("twsms", Fault.DROP_AFTER_ACCEPT, path="sms_send")  # accepted, then the answer is lost
    code, out, err = cli(capsys, "send", "--account", "Shop", "--to", "0912345678", "0912345679",
                         "--message", "hi", "--yes", "--json")
    summary = json.loads(out)
    assert code == 3 and summary["status"] == "done" and summary["unknown"] == 1 and summary["submitted"] == 1
    assert "unknown for 1 recipient(s) of job 1" in err
    code, out, err = cli(capsys, "resume", "1")
    assert code == 3 and "unknown for 1 recipient(s)" in err
    code, out, err = cli(capsys, "send", "--account", "Shop", "--to", "0912345670", "--message", "hi", "--yes")
    assert code == 0 and err == ""
    from smsdesk.i18n import uninstall_qt_translators

    try:  # qapp first: the CLI would otherwise make a bare QCoreApplication for its translator
        code, _, err = cli(capsys, "--lang", "zh_TW", "resume", "1")
    finally:
        uninstall_qt_translators()  # the rest of the session stays in English
    assert code == 3 and "1 位" in err and "不明" in err


def test_status_json_has_the_jobs_own_status(sim: Simulator, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "send", "--account", "Sandbox", "--to", "0912345678", "--message", "hi", "--yes",
                         "--json")
    assert code == 0, err
    job = json.loads(out)["job"]
    code, out, _ = cli(capsys, "status", str(job), "--json")
    data = json.loads(out)
    assert code == 0 and data["status"] == "done" and data["recipients"][0]["state"] == "submitted"
    assert data["status"] in {"queued", "scheduled", "sending", "paused", "interrupted", "done", "cancelled"}


def test_resume_refuses_in_words_while_a_suspended_sender_holds_the_write_lock(shop: Shop) -> None:
    # A sender suspended in the middle of a commit keeps SQLite's write lock. Resume needs no
    # write to see that the job is held by a live process here, so it says so at once.
    account = int(shop.store.query_one("SELECT id FROM accounts WHERE vendor='twsms'")[0])
    job, _ = Jobs(shop.store).create(account, [PlannedRecipient(p, rendered="hi") for p in phones(3)], text="hi")
    shop.store.execute("UPDATE messages SET inflight=1 WHERE job_id=? AND id=(SELECT min(id) FROM messages)",
                       (job,))
    shop.store.execute("INSERT INTO job_leases(job_id, owner, host, pid, heartbeat_at, generation, beat)"
                       " VALUES (?,?,?,?,?,1,0)", (job, "suspended", leases.HOST, os.getpid(), time.time() - 600))
    blocker = sqlite3.connect(shop.home / "smsdesk.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        resumed = shop.run("resume", str(job), timeout=25)
        assert time.monotonic() - started < 20
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert resumed.returncode == 1
    assert f"process {os.getpid()}" in resumed.stderr
    assert re.search(r"not renewed its hold on the job for 60\d s", resumed.stderr), resumed.stderr
    assert Jobs(shop.store).counts(job)["queued"] == 3  # nothing recovered or sent


def test_a_pause_keeps_requests_waiting_for_their_rate_slot_queued(sim: Simulator, home: Path) -> None:
    store = Store(home / "smsdesk.db")
    try:
        sim.vendors["twsms"].add_account("shop", "pa55-word!", balance=1000)
        accounts = Accounts(store)
        account = accounts.add("Shop", "twsms", {"username": "shop", "concurrency": 8, "rate_per_s": 3},
                               {"password": "pa55-word!"}, base_url=sim.base_url("twsms"))
        numbers = phones(12)
        job, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered="hi") for p in numbers], text="hi")
        control = SendControl()
        done: list[Any] = []
        sender = threading.Thread(target=lambda: done.append(SendEngine(store, accounts).run(job, control=control)))
        sender.start()
        until(lambda: sum(accepted(sim).values()) >= 2, what="the first requests")
        control.pause()
        at_pause = sum(accepted(sim).values())
        assert control.parked.wait(30)
        # Seven requests were waiting for slots when the pause came: none of them left.
        assert sum(accepted(sim).values()) <= at_pause + 1
        assert store.query_one("SELECT count(*) FROM messages WHERE inflight=1")[0] == 0
        assert Jobs(store).counts(job)["queued"] >= 12 - at_pause - 1
        control.resume()
        sender.join(60)
        assert done and done[0].counts["submitted"] == 12
        assert set(accepted(sim).values()) == {1}
    finally:
        store.close()
