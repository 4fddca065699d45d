"""The send journal's cost on PostgreSQL against SQLite, in the same run (run by hand).

    python benchmarks/bench_journal_pg.py [--n 10000] [--url postgresql://user@host/postgres]

A 10,000-recipient TwSMS job to the simulator with no added latency and a rate no vendor
limits, through the real engine loop (mark in flight, fenced commits of the answers, lease
renewals): what is left of the time is mostly the journal. The job is created, then sent, on
a fresh SQLite file and on a fresh PostgreSQL database; the ratio says what the shared
workspace costs. The server: ``--url``, else ``SMSDESK_TEST_PG_URL``, else a throwaway
cluster started here (PostgreSQL's binaries needed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "smsdesk.core.credentials.MemoryKeyring")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import psycopg

from smsdesk.core.accounts import Accounts
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.store import Store, open_store
from smsdesk.sim.server import Simulator


def numbers(n: int) -> list[str]:
    return [f"+8869{10_000_000 + i:08d}" for i in range(n)]


def one_send(sim: Simulator, store: Store, n: int) -> tuple[float, float]:
    """Seconds to create the job and to send it."""
    accounts = Accounts(store)
    account = accounts.add(f"Bench {uuid.uuid4().hex[:6]}", "twsms",
                           {"username": "bench", "rate_per_s": 100_000, "concurrency": 8},
                           {"password": "bench-pass"}, base_url=sim.base_url("twsms"))
    people = [PlannedRecipient(p, f"客戶{i}", {"name": f"客戶{i}"}, f"客戶{i} 您好，本週特價 85 折！")
              for i, p in enumerate(numbers(n))]
    started = time.perf_counter()
    job, _ = Jobs(store).create(account.id, people, text="{name} 您好，本週特價 85 折！")
    created = time.perf_counter() - started
    started = time.perf_counter()
    summary = SendEngine(store, accounts).run(job)
    sent = time.perf_counter() - started
    assert summary.counts["submitted"] == n, summary.counts
    return created, sent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--url", default=os.environ.get("SMSDESK_TEST_PG_URL", ""))
    args = parser.parse_args()
    cluster = None
    server = args.url
    if not server:
        from support.pg_cluster import Cluster

        cluster = Cluster().start()
        server = cluster.url
    name = f"smsdesk_bench_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        results = {}
        with Simulator(hold_seconds=0.0) as sim:
            sim.vendors["twsms"].add_account("bench", "bench-pass", balance=10_000_000)
            for backend in ("sqlite", "postgresql"):
                home = Path(tempfile.mkdtemp(prefix="smsdesk-bench-"))
                os.environ["SMSDESK_HOME"] = str(home)
                location = str(home / "smsdesk.db") if backend == "sqlite" else server.rsplit("/", 1)[0] + "/" + name
                store = open_store(location)
                try:
                    results[backend] = one_send(sim, store, args.n)
                finally:
                    store.close()
        for backend, (created, sent) in results.items():
            print(f"{backend:10s}  create {created:6.2f} s   send {sent:6.2f} s   {args.n / sent:7.0f} msg/s")
        print(f"PostgreSQL / SQLite: create x{results['postgresql'][0] / results['sqlite'][0]:.2f}, "
              f"send x{results['postgresql'][1] / results['sqlite'][1]:.2f}")
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    main()
