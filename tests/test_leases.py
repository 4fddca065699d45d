"""One send per job at a time, across threads and processes; a dead sender's job is recovered."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from smsdesk.core import leases
from smsdesk.core.accounts import Accounts
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.leases import JobBusy, JobLease
from smsdesk.core.states import State
from smsdesk.core.store import Store, open_store
from smsdesk.sim.server import Simulator

TESTS = Path(__file__).resolve().parent


def phones(n: int) -> list[str]:
    return [f"+8869{40_000_000 + i:08d}" for i in range(n)]


def until(condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def inflight(store: Store, job: int) -> int:
    return int(store.query_one("SELECT count(*) FROM messages WHERE job_id=? AND inflight=1", (job,))[0])


@pytest.fixture
def env(sim: Simulator, store_url: str) -> tuple[Store, Accounts]:
    store = open_store(store_url)  # SQLite and PostgreSQL (tests/support/db.py)
    yield store, Accounts(store)
    store.close()


def test_a_job_being_sent_is_not_sent_cancelled_or_recovered_by_anyone_else(
        sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    sim.vendors["twsms"].add_account("shop", "pa55-word!", balance=1000)
    account = accounts.add("Shop", "twsms", {"username": "shop", "concurrency": 1}, {"password": "pa55-word!"},
                           base_url=sim.base_url("twsms"))
    job, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered="hi") for p in phones(3)], text="hi")
    sim.set_latency("twsms", 0.6)
    engine = SendEngine(store, accounts)
    results: list[object] = []
    first = threading.Thread(target=lambda: results.append(engine.run(job)))
    first.start()
    until(lambda: inflight(store, job) == 1)
    # A second send of the same job (the Status tab's Resume, the scheduler) is refused...
    with pytest.raises(JobBusy, match=f"Job {job} is being sent"):
        engine.run(job)
    with pytest.raises(JobBusy):
        engine.resume(job)
    with pytest.raises(JobBusy):
        engine.cancel_job(job)
    # ...and start-up recovery leaves its in-flight request alone: it is under way, not lost.
    assert Jobs(store).recover_inflight() == 0
    assert inflight(store, job) == 1 and Jobs(store).get(job).status is JobStatus.SENDING
    first.join(30)
    counts = Jobs(store).counts(job)
    assert counts["submitted"] == 3 and counts["unknown"] == 0
    assert sum(1 for m in sim.vendors["twsms"].messages.values()) == 3
    assert [tuple(r) for r in store.query("SELECT owner, pid FROM job_leases")] == [("", 0)]  # released
    engine.run(job)  # free again (nothing left to send)


def test_another_computers_lease_is_taken_over_only_after_it_stops_renewing(
        env: tuple[Store, Accounts], monkeypatch: pytest.MonkeyPatch) -> None:
    store, accounts = env
    job, _ = Jobs(store).create(accounts.ensure_sandbox().id, [PlannedRecipient("+886912345678", rendered="hi")],
                                text="hi")
    monkeypatch.setattr(leases, "STALE_AFTER", 0.6)
    monkeypatch.setattr(leases, "WATCH_EVERY", 0.05)
    # Another computer sharing the data: its wall-clock stamp is ignored (clocks differ), its beat is watched.
    store.execute("INSERT INTO job_leases(job_id, owner, host, pid, heartbeat_at, generation, beat)"
                  " VALUES (?,?,?,?,?,?,?)", (job, "other", "another-pc", 4242, time.time() - 3600, 7, 0))
    stop = threading.Event()

    def renewing() -> None:
        while not stop.wait(0.1):
            store.execute("UPDATE job_leases SET beat=beat+1 WHERE job_id=?", (job,))

    beater = threading.Thread(target=renewing)
    beater.start()
    try:
        with pytest.raises(JobBusy, match="4242@another-pc"):
            JobLease(store, job).acquire()
    finally:
        stop.set()
        beater.join()
    # It went quiet: after STALE_AFTER of watching on our own clock, the job is taken over, generation + 1.
    monkeypatch.setattr(leases, "RENEW_EVERY", 0.05)
    lease = JobLease(store, job)
    started = time.monotonic()
    lease.acquire()
    assert time.monotonic() - started >= 0.6
    assert lease.taken_over and lease.generation == 8
    beat = int(store.query_one("SELECT beat FROM job_leases")[0])
    until(lambda: int(store.query_one("SELECT beat FROM job_leases")[0]) > beat, timeout=5)
    assert tuple(store.query_one("SELECT owner, pid, generation FROM job_leases")) == (lease.owner, os.getpid(), 8)
    lease.release()
    assert tuple(store.query_one("SELECT owner, generation FROM job_leases")) == ("", 8)
    # The next holder's generation is higher still: a token is never reused.
    with JobLease(store, job) as again:
        assert again.generation == 9 and not again.taken_over


def test_a_live_local_holder_is_never_taken_over_however_old_its_heartbeat(
        env: tuple[Store, Accounts], monkeypatch: pytest.MonkeyPatch) -> None:
    store, accounts = env
    job, _ = Jobs(store).create(accounts.ensure_sandbox().id, [PlannedRecipient("+886912345678", rendered="hi")],
                                text="hi")
    monkeypatch.setattr(leases, "STALE_AFTER", 0.2)
    store.execute("INSERT INTO job_leases(job_id, owner, host, pid, heartbeat_at, generation, beat)"
                  " VALUES (?,?,?,?,?,?,?)", (job, "frozen", leases.HOST, os.getpid(), time.time() - 3600, 3, 0))
    with pytest.raises(JobBusy, match="still running on this computer"):
        JobLease(store, job).acquire()
    # A dead pid on this computer frees it at once.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    store.execute("UPDATE job_leases SET pid=?", (int(dead.stdout),))
    with JobLease(store, job) as lease:
        assert lease.generation == 4 and lease.taken_over
        # The old holder's writes are fenced off: its generation no longer matches.
        old = JobLease(store, job)
        old.owner, old.generation = "frozen", 3
        with pytest.raises(leases.LeaseLost, match="took the job over"), old.transaction() as db:
            db.execute("UPDATE jobs SET note='overwritten'")
        assert Jobs(store).get(job).note == ""


def _child_env(home: Path, keyring_file: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SMSDESK_HOME"}
    env.update({"PYTHON_KEYRING_BACKEND": "support.file_keyring.FileKeyring",
                "SMSDESK_TEST_KEYRING": str(keyring_file),
                "PYTHONPATH": os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])})
    return env


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_another_process_sending_blocks_then_its_death_frees_the_job(sim: Simulator, tmp_path: Path) -> None:
    sim.vendors["twsms"].add_account("shop", "pa55-word!", balance=1000)
    sim.set_latency("twsms", 0.5)
    home = tmp_path / "home"
    env = _child_env(home, tmp_path / "keyring.json")
    cli = [sys.executable, "-m", "smsdesk.cli", "--home", str(home)]
    subprocess.run([*cli, "account", "add", "Shop", "--vendor", "twsms", "--set", "username=shop",
                    "--set", "concurrency=1", "--base-url", sim.base_url("twsms"), "--secret-stdin"],
                   input="pa55-word!\n", text=True, env=env, check=True, capture_output=True, timeout=60)
    child = subprocess.Popen([*cli, "send", "--account", "Shop", "--to", *phones(40), "--message", "hi", "--yes"],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    store = Store(home / "smsdesk.db")
    try:
        until(lambda: store.query_one("SELECT count(*) FROM job_leases")[0] == 1
              and store.query_one("SELECT count(*) FROM messages WHERE inflight=1")[0] == 1, timeout=60)
        job = int(store.query_one("SELECT job_id FROM job_leases")[0])
        # What the window does at start-up while the command line sends: nothing to that job.
        assert Jobs(store).recover_inflight() == 0
        cancel = subprocess.run([*cli, "cancel", str(job)], env=env, capture_output=True, text=True, timeout=60)
        assert cancel.returncode == 1 and f"Job {job} is being sent" in cancel.stderr
        assert f"process {child.pid}" in cancel.stderr
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        # The sender is gone: its lease no longer holds, its in-flight request becomes unknown.
        assert Jobs(store).recover_inflight() == 1
        assert Jobs(store).get(job).status is JobStatus.INTERRUPTED
        sim.set_latency("twsms", 0)
        resumed = subprocess.run([*cli, "resume", str(job), "--json"], env=env, capture_output=True, text=True,
                                 timeout=120)
        assert resumed.returncode == 3, resumed.stderr  # finished, one recipient unknown
        assert "1 recipient" in resumed.stderr
        (summary,) = json.loads(resumed.stdout)["jobs"]
        assert summary["status"] == "done" and summary["unknown"] == 1
        assert summary["submitted"] + summary["unknown"] == 40
        rows = Jobs(store).messages(job)
        assert sum(r.state is State.UNKNOWN for r in rows) == 1
        accepted = [m.mobile for m in sim.vendors["twsms"].messages.values()]
        assert len(accepted) == len(set(accepted))  # nobody twice
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate(timeout=30)
        store.close()
