"""The send engine against the simulator: faults, crashes, resume, batching, never twice."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.credentials import Credentials
from smsdesk.core.engine import SendControl, SendEngine
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.states import State
from smsdesk.core.store import Store, open_store
from smsdesk.sim.server import Fault, Simulator

TESTS = Path(__file__).resolve().parent


def twsms_account(sim: Simulator, accounts: Accounts, *, balance: float = 100_000, **settings: Any) -> Account:
    sim.vendors["twsms"].add_account("shop", "pa55-word!", balance=balance)
    return accounts.add("Shop", "twsms", {"username": "shop", **settings}, {"password": "pa55-word!"},
                        base_url=sim.base_url("twsms"))


def phones(n: int, start: int = 0) -> list[str]:
    return [f"+8869{10_000_000 + start + i:08d}" for i in range(n)]


def make_job(store: Store, account: Account, numbers: list[str], text: str = "hello") -> int:
    job_id, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered=text) for p in numbers], text=text)
    return job_id


def accepted_mobiles(sim: Simulator) -> Counter[str]:
    twsms = sim.vendors["twsms"]
    with twsms.lock:
        return Counter(m.mobile for m in list(twsms.messages.values()))


def accepted_count(sim: Simulator) -> int:
    twsms = sim.vendors["twsms"]
    with twsms.lock:
        return len(twsms.messages)


@pytest.fixture
def env(sim: Simulator, store_url: str) -> tuple[Store, Accounts]:
    store = open_store(store_url)  # SQLite and PostgreSQL (tests/support/db.py)
    yield store, Accounts(store)
    store.close()


def test_plain_send_records_vendor_ids_and_points(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    account = twsms_account(sim, accounts)
    job = make_job(store, account, phones(20))
    summary = SendEngine(store, accounts).run(job)
    assert summary.counts["submitted"] == 20 and summary.status is JobStatus.DONE
    assert summary.points == 20
    rows = Jobs(store).messages(job)
    assert all(r.vendor_msg_id and r.points == 1 and not r.inflight for r in rows)
    assert sum(accepted_mobiles(sim).values()) == 20


@pytest.mark.parametrize("fault, state, retried", [
    (Fault.HTTP_500, State.UNKNOWN, False),
    (Fault.TIMEOUT, State.UNKNOWN, False),
    (Fault.GARBAGE, State.UNKNOWN, False),
    (Fault.HTML, State.UNKNOWN, False),
    (Fault.DROP_AFTER_ACCEPT, State.UNKNOWN, False),
    (Fault.RATE_LIMIT, State.SUBMITTED, True),
])
def test_each_fault_ends_in_the_right_state_and_nothing_ambiguous_is_resent(
        sim: Simulator, env: tuple[Store, Accounts], fault: Fault, state: State, retried: bool) -> None:
    store, accounts = env
    account = twsms_account(sim, accounts, concurrency=1, read_timeout=0.5)
    numbers = phones(3)
    job = make_job(store, account, numbers)
    sim.inject("twsms", fault, path="sms_send", times=1)
    engine = SendEngine(store, accounts, client_factory=lambda a: _fast_client(accounts, a))
    summary = engine.run(job)
    first = Jobs(store).find_message(job, numbers[0])
    assert first is not None and first.state is state
    sends = [r for r in sim.requests_to("twsms", "sms_send")]
    assert len(sends) == (4 if retried else 3), [r.fault for r in sends]
    # The other recipients were sent normally, once each.
    assert summary.counts["submitted"] == (3 if retried else 2)
    if state is State.UNKNOWN:
        assert first.error_text and "not known" in first.error_text
    counts = accepted_mobiles(sim)
    assert all(v == 1 for v in counts.values())


def _fast_client(accounts: Accounts, account: Account) -> Any:
    from smsdesk.vendors.http import HttpPolicy

    config = accounts.config(account)
    return account.spec.client(config, http=HttpPolicy(secrets=list(config.secrets.values()), read_timeout=0.5,
                                                       connect_timeout=0.5, backoff=0.01))


def test_wrong_password_pauses_and_resume_sends_after_fix(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    account = twsms_account(sim, accounts)
    accounts.update(account, secrets={"password": "wrong-password"})
    job = make_job(store, account, phones(5))
    engine = SendEngine(store, accounts)
    summary = engine.run(job)
    assert summary.status is JobStatus.PAUSED
    assert "password" in summary.note.lower()
    assert summary.counts["queued"] == 5  # surely not accepted: back in the queue
    accounts.update(account, secrets={"password": "pa55-word!"})
    again = engine.resume(job)
    assert again.status is JobStatus.DONE and again.counts["submitted"] == 5
    assert sum(accepted_mobiles(sim).values()) == 5


def test_cancel_stops_before_the_next_request(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    account = twsms_account(sim, accounts, concurrency=2)
    job = make_job(store, account, phones(40))
    control = SendControl()
    seen: list[int] = []

    def progress(p: Any) -> None:
        seen.append(p.requests)
        if p.requests >= 4:
            control.cancel()

    summary = SendEngine(store, accounts).run(job, control=control, progress=progress)
    assert summary.status is JobStatus.CANCELLED
    submitted = summary.counts["submitted"]
    # Requests already under way when Cancel was pressed finish and are recorded; no new one starts.
    assert 4 <= submitted <= 4 + 2
    assert summary.counts["cancelled"] == 40 - submitted
    assert sum(accepted_mobiles(sim).values()) == submitted


def test_a_finished_job_sends_nothing_again(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    account = twsms_account(sim, accounts)
    job = make_job(store, account, phones(5))
    engine = SendEngine(store, accounts)
    engine.run(job)
    engine.run(job)
    engine.resume(job)
    assert sum(accepted_mobiles(sim).values()) == 5


# -- kill -9 in the middle of a send ----------------------------------------------------

def _child_env(home: Path, keyring_file: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SMSDESK_HOME",)}
    env.update({
        "PYTHON_KEYRING_BACKEND": "support.file_keyring.FileKeyring",
        "SMSDESK_TEST_KEYRING": str(keyring_file),
        "PYTHONPATH": os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")]),
    })
    return env


@pytest.mark.slow
def test_kill_9_at_random_points_then_resume_never_sends_twice(sim: Simulator, tmp_path: Path) -> None:
    rng = random.Random(20261122)
    sim.vendors["twsms"].add_account("shop", "pa55-word!", balance=10_000_000)
    sim.set_latency("twsms", 0.002)
    concurrency = 16
    size = 600  # at TwSMS's documented ~190/s (the engine never goes faster): about 3 s a run
    mid_send_kills = 0
    attempts = 0
    while mid_send_kills < 10 and attempts < 25:
        attempts += 1
        home = tmp_path / f"run{attempts}"
        keyring_file = tmp_path / f"keyring{attempts}.json"
        env = _child_env(home, keyring_file)
        cli = [sys.executable, "-m", "smsdesk.cli", "--home", str(home)]
        subprocess.run([*cli, "account", "add", "Shop", "--vendor", "twsms", "--set", "username=shop",
                        "--set", f"concurrency={concurrency}", "--set", "rate_per_s=5000",
                        "--base-url", sim.base_url("twsms"), "--secret-stdin"],
                       input="pa55-word!\n", text=True, env=env, check=True, capture_output=True, timeout=60)
        numbers = phones(size, start=attempts * 10_000)
        before = accepted_count(sim)
        child = subprocess.Popen([*cli, "send", "--account", "Shop", "--to", *numbers, "--message", "hi",
                                  "--yes", "--json"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # Kill once sending is under way, at a random point of it.
        target = rng.randint(1, size - size // 10)
        deadline = time.monotonic() + 60
        while accepted_count(sim) - before < target and child.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.002)
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        sent_at_kill = accepted_count(sim) - before
        if not 0 < sent_at_kill < size:
            continue
        mid_send_kills += 1
        resumed = subprocess.run([*cli, "resume", "--json"], env=env, capture_output=True, text=True,
                                 timeout=120)
        report = json.loads(resumed.stdout)
        # 3: finished, with the unknowns of the kill (if any) said on stderr.
        assert resumed.returncode == (3 if report["recovered_unknown"] else 0), resumed.stderr
        assert report["recovered_unknown"] <= concurrency
        store = Store(home / "smsdesk.db")
        try:
            jobs = Jobs(store)
            (job,) = jobs.list()
            counts = jobs.counts(job.id)
            assert counts["queued"] == 0 and counts["scheduled"] == 0
            assert counts["unknown"] <= concurrency
            assert counts["submitted"] + counts["unknown"] == size
            assert jobs.get(job.id).status is JobStatus.DONE
            accepted = accepted_mobiles(sim)
            mine = {("0" + p[4:]) for p in numbers}
            assert all(accepted[m] == 1 for m in mine if m in accepted), "a recipient was accepted twice"
            # Every recipient the journal says submitted was accepted exactly once; unknowns at most once.
            for row in jobs.messages(job.id):
                mobile = "0" + row.phone[4:]
                if row.state is State.SUBMITTED:
                    assert accepted[mobile] == 1
                else:
                    assert row.state is State.UNKNOWN and accepted[mobile] <= 1
        finally:
            store.close()
    assert mid_send_kills >= 10, f"only {mid_send_kills} kills landed mid-send in {attempts} attempts"


def test_file_keyring_is_only_for_tests() -> None:
    """The app's own code never names a file-based keyring."""
    root = TESTS.parent / "smsdesk"
    for path in root.rglob("*.py"):
        assert "file_keyring" not in path.read_text("utf-8"), path


def test_credentials_default_backend_is_the_memory_one_here() -> None:
    assert "MemoryKeyring" in Credentials().backend_name() or "Memory" in type(Credentials().backend).__name__


def test_halt_when_the_app_closes_keeps_the_rest_queued_for_resume(sim: Simulator,
                                                                    env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    account = twsms_account(sim, accounts, concurrency=2)
    job = make_job(store, account, phones(30))
    control = SendControl()

    def progress(p: Any) -> None:
        if p.requests >= 4:
            control.halt()

    engine = SendEngine(store, accounts)
    summary = engine.run(job, control=control, progress=progress)
    assert summary.status is JobStatus.PAUSED and "closed" in summary.note
    assert summary.counts["cancelled"] == 0
    assert summary.counts["queued"] == 30 - summary.counts["submitted"]
    again = engine.resume(job)
    assert again.status is JobStatus.DONE and again.counts["submitted"] == 30
    assert all(v == 1 for v in accepted_mobiles(sim).values())


def test_cancel_a_scheduled_job_at_the_vendor(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    from datetime import UTC, datetime, timedelta

    store, accounts = env
    account = twsms_account(sim, accounts)
    numbers = phones(3)
    when = datetime.now(UTC) + timedelta(hours=2)
    job_id, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered="later") for p in numbers],
                                   text="later", schedule_at=when)
    engine = SendEngine(store, accounts)
    summary = engine.run(job_id)
    assert summary.counts["scheduled"] == 3
    balance_after_send = sim.vendors["twsms"].get_balance("shop")
    cancelled = engine.cancel_job(job_id)
    assert cancelled.counts["cancelled"] == 3 and cancelled.status is JobStatus.CANCELLED
    deletes = [r for r in sim.requests_to("twsms", "sms_query") if b"deltime=Y" in r.body]
    assert len(deletes) == 3
    assert sim.vendors["twsms"].get_balance("shop") == balance_after_send + 3  # refunded by the vendor


def test_cancel_a_locally_scheduled_job(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    from datetime import UTC, datetime, timedelta

    store, accounts = env
    account = twsms_account(sim, accounts)
    job_id, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered="x") for p in phones(2)], text="x",
                                   schedule_at=datetime.now(UTC) + timedelta(hours=1), local_schedule=True)
    engine = SendEngine(store, accounts)
    assert engine.start_due(job_id) is None  # its time is still ahead
    summary = engine.cancel_job(job_id)
    assert summary.counts["cancelled"] == 2 and summary.status is JobStatus.CANCELLED
    assert sim.requests_to("twsms") == []
