"""Two desks (two data folders, real smsdesk-cli processes) on one PostgreSQL workspace, against the simulator."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from support.db import with_database
from support.pg_cluster import Cluster, binaries

from smsdesk.core.jobs import Jobs
from smsdesk.core.pg_store import PgStore
from smsdesk.core.states import State
from smsdesk.sim.server import Simulator

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

TESTS = Path(__file__).resolve().parent
SNUMBER = "51051"  # the shop's two-way code at TwSMS: replies come to it


def phones(n: int, start: int = 0) -> list[str]:
    return [f"+8869{40_000_000 + start + i:08d}" for i in range(n)]


def mobile(phone: str) -> str:
    return "0" + phone[4:]


def accepted(sim: Simulator) -> Counter[str]:
    twsms = sim.vendors["twsms"]
    with twsms.lock:
        return Counter(m.mobile for m in list(twsms.messages.values()))


def until(condition: Callable[[], bool], timeout: float = 90.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


@dataclass
class Desk:
    name: str
    home: Path
    env: dict[str, str]

    @property
    def cli(self) -> list[str]:
        return [sys.executable, "-m", "smsdesk.cli", "--home", str(self.home)]

    def run(self, *args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.cli, *args], env=self.env, input=stdin, capture_output=True, text=True,
                              timeout=timeout)

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen([*self.cli, *args], env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)


def make_desk(tmp_path: Path, name: str, url: str) -> Desk:
    home = tmp_path / name.replace(" ", "-")
    home.mkdir()
    (home / "settings.ini").write_text(f"[General]\nworkspace.desk_name={name}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("SMSDESK_HOME", "SMSDESK_HOST_ID")}
    env.update({"PYTHON_KEYRING_BACKEND": "support.file_keyring.FileKeyring",
                "SMSDESK_TEST_KEYRING": str(home / "keyring.json"),  # each desk its own keychain
                "SMSDESK_HOST_ID": name,  # two computers, as far as leases can tell
                "SMSDESK_LEASE_STALE_AFTER": "1.5",
                "SMSDESK_DATABASE_URL": url,
                "PYTHONPATH": os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])})
    return Desk(name, home, env)


def two_desks(sim: Simulator, tmp_path: Path, url: str, **settings: object) -> tuple[Desk, Desk]:
    sim.vendors["twsms"].add_account("shop", "pa55-word!", balance=1_000_000, snumbers={SNUMBER})
    a, b = make_desk(tmp_path, "Desk A", url), make_desk(tmp_path, "Desk B", url)
    sets = [x for k, v in {"username": "shop", "snumber": SNUMBER, **settings}.items() for x in ("--set", f"{k}={v}")]
    added = a.run("account", "add", "Shop", "--vendor", "twsms", *sets, "--base-url", sim.base_url("twsms"),
                  "--secret-stdin", stdin="pa55-word!\n")
    assert added.returncode == 0, added.stderr
    # The account is shared; its password is in each desk's own keychain.
    edited = b.run("account", "edit", "Shop", "--secret-stdin", stdin="pa55-word!\n")
    assert edited.returncode == 0, edited.stderr
    return a, b


def last_job(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT max(id) FROM jobs").fetchone()
        return int(row[0]) if row and row[0] is not None else 0


def test_both_desks_resume_one_job_at_once_and_no_number_is_sent_twice(
        sim: Simulator, tmp_path: Path, pg_url: str) -> None:
    a, b = two_desks(sim, tmp_path, pg_url, concurrency=2, rate_per_s=50)
    numbers = phones(40)
    sim.set_latency("twsms", 0.15)
    first = a.start("send", "--account", "Shop", "--to", *numbers, "--message", "hi", "--yes")
    until(lambda: sum(accepted(sim).values()) >= 5, what="the first messages")
    first.send_signal(signal.SIGKILL)  # desk A's computer stops mid-send
    first.communicate(timeout=30)
    job = last_job(pg_url)
    resumes = [a.start("resume", str(job)), b.start("resume", str(job))]
    results = [(p.wait(timeout=180), *p.communicate(timeout=30)) for p in resumes]
    # One sends; the other finds it busy (or finished); none fails for any other reason.
    assert all(code in (0, 1, 3) for code, _, _ in results), results
    for _ in range(3):  # one that found the job busy may go on once the other is done
        finished = b.run("resume", str(job))
        if finished.returncode in (0, 3):
            break
        time.sleep(2)
    sent = accepted(sim)
    assert max(sent.values()) == 1, [n for n, c in sent.items() if c > 1]
    listed = json.loads(b.run("jobs", "--json").stdout)
    (shown,) = [j for j in listed if j["job"] == job]
    assert shown["created_by"].startswith("Desk A (") and shown["created_by"].endswith(")")
    counts = shown["counts"]
    assert counts["queued"] == 0 and counts["submitted"] + counts["unknown"] == 40
    assert set(sent) <= {mobile(p) for p in numbers}


def test_an_opt_out_on_desk_b_stops_desk_a_s_next_send_and_a_reply_fetched_by_a_shows_on_b(
        sim: Simulator, tmp_path: Path, pg_url: str) -> None:
    a, b = two_desks(sim, tmp_path, pg_url, concurrency=1, rate_per_s=50)
    numbers = phones(20, start=100)
    sim.set_latency("twsms", 0.2)
    sending = a.start("send", "--account", "Shop", "--to", *numbers, "--message", "hi", "--yes")
    until(lambda: sum(accepted(sim).values()) >= 2, what="the first messages")
    added = b.run("optout", "add", numbers[-1])
    assert added.returncode == 0, added.stderr
    _, err = sending.communicate(timeout=180)
    assert sending.returncode == 0, err
    assert mobile(numbers[-1]) not in accepted(sim)
    store = PgStore(pg_url)
    try:
        (row,) = [r for r in Jobs(store).messages(last_job(pg_url)) if r.phone == numbers[-1]]
        assert row.state is State.CANCELLED and row.error_kind == "opted_out"
    finally:
        store.close()
    sim.vendors["twsms"].inject_reply(mobile(numbers[0]), "好的，謝謝", username="shop")
    assert json.loads(b.run("replies", "--json").stdout) == []
    fetched = a.run("replies", "--refresh", "--json")
    assert fetched.returncode == 0 and json.loads(fetched.stdout), (fetched.stdout, fetched.stderr)
    (reply,) = json.loads(b.run("replies", "--json").stdout)  # desk B fetched nothing itself
    assert reply["phone"] == numbers[0] and reply["text"] == "好的，謝謝" and reply["account"] == "Shop"


@pytest.fixture
def own_cluster() -> Iterator[Cluster]:
    """A server of this test's own: it is stopped and started again mid-test."""
    if binaries() is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    cluster = Cluster().start()
    try:
        yield cluster
    finally:
        cluster.stop()


def test_a_desk_that_loses_the_server_stops_before_its_next_request_and_resumes_without_duplicates(
        sim: Simulator, tmp_path: Path, own_cluster: Cluster) -> None:
    name = f"smsdesk_lost_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(own_cluster.url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = with_database(own_cluster.url, name)
    a = two_desks(sim, tmp_path, url, concurrency=1, rate_per_s=50)[0]
    numbers = phones(30, start=200)
    sim.set_latency("twsms", 0.2)
    sending = a.start("send", "--account", "Shop", "--to", *numbers, "--message", "hi", "--yes")
    until(lambda: sum(accepted(sim).values()) >= 3, what="the first messages")
    own_cluster.stop(remove=False)  # the server goes away mid-send
    at_loss = sum(accepted(sim).values())
    out, err = sending.communicate(timeout=120)
    after = sum(accepted(sim).values())
    assert sending.returncode == 1, (out, err)
    assert "cannot be reached" in err and "SMS Desk stopped before the next message" in err, err
    assert after - at_loss <= 1  # at most the one request already on its way
    assert after < len(numbers)
    own_cluster.start()
    job = last_job(url)
    resumed = a.run("resume", str(job))
    assert resumed.returncode in (0, 3), resumed.stderr
    sent = accepted(sim)
    assert max(sent.values()) == 1
    store_counts = json.loads(a.run("jobs", "--json").stdout)[0]["counts"]
    assert store_counts["queued"] == 0 and store_counts["submitted"] + store_counts["unknown"] == 30


def test_start_up_recovery_on_desk_b_leaves_desk_a_s_live_send_alone(
        sim: Simulator, tmp_path: Path, pg_url: str) -> None:
    a, b = two_desks(sim, tmp_path, pg_url, concurrency=1, rate_per_s=50)
    numbers = phones(12, start=400)
    sim.set_latency("twsms", 0.6)  # each request stays in flight a while; the lease is renewed meanwhile

    def in_flight() -> int:
        with psycopg.connect(pg_url) as conn:
            row = conn.execute("SELECT count(*) FROM messages WHERE inflight=1").fetchone()
            return int(row[0]) if row else 0

    sending = a.start("send", "--account", "Shop", "--to", *numbers, "--message", "hi", "--yes")
    until(lambda: sum(accepted(sim).values()) >= 2 and in_flight() >= 1, what="a request in flight on desk A")
    recovered = b.run("resume")  # desk B starts: its recovery runs over the shared journal
    assert recovered.returncode in (0, 3), recovered.stderr
    out, err = sending.communicate(timeout=180)
    assert sending.returncode == 0, (out, err)
    sent = accepted(sim)
    assert sorted(sent) == sorted(mobile(p) for p in numbers) and max(sent.values()) == 1
    counts = json.loads(b.run("jobs", "--json").stdout)[0]["counts"]
    assert counts["unknown"] == 0 and counts["submitted"] == len(numbers)  # none was marked unknown under A
