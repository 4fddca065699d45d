"""The send engine's adaptive pace over real HTTP, counted at the simulator (vendors/pacing.py).

What the vendor sees: requests in flight shrink when its latency rises, everyone waits out a
429's Retry-After, no second carries more than the documented rate whatever the settings say,
and the Advanced concurrency is a ceiling.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.engine import SendControl, SendEngine
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.store import Store
from smsdesk.sim.server import Fault, Simulator
from smsdesk.vendors import get_spec

DOCUMENTED = get_spec("twsms").capabilities.throughput_per_s


@pytest.fixture
def env(sim: Simulator, home: Path) -> Iterator[tuple[Store, Accounts]]:
    store = Store(home / "smsdesk.db")
    yield store, Accounts(store)
    store.close()


def shop(sim: Simulator, accounts: Accounts, **settings: Any) -> Account:
    sim.vendors["twsms"].add_account("shop", "pa55-word!", balance=1_000_000)
    return accounts.add("Shop", "twsms", {"username": "shop", **settings}, {"password": "pa55-word!"},
                        base_url=sim.base_url("twsms"))


def job_of(store: Store, account: Account, n: int) -> int:
    recipients = [PlannedRecipient(f"+8869{10_000_000 + i:08d}", rendered="hi") for i in range(n)]
    return Jobs(store).create(account.id, recipients, text="hi")[0]


def sends(sim: Simulator) -> list[tuple[float, int]]:
    """(arrival time, requests in flight then) of every TwSMS request so far."""
    with sim._lock:
        return [(at, n) for vendor, at, n in sim.arrivals if vendor == "twsms"]


def accepted(sim: Simulator) -> int:
    twsms = sim.vendors["twsms"]
    with twsms.lock:
        return len(twsms.messages)


class Background:
    """A send running on its own thread, as the window runs it on a worker."""

    def __init__(self, store: Store, accounts: Accounts, job: int) -> None:
        self.control = SendControl()
        self.status: JobStatus | None = None
        self.thread = threading.Thread(target=self._run, args=(SendEngine(store, accounts), job), daemon=True)
        self.thread.start()

    def _run(self, engine: SendEngine, job: int) -> None:
        self.status = engine.run(job, control=self.control).status

    def stop(self) -> None:
        self.control.cancel()
        self.thread.join(60)
        assert not self.thread.is_alive()


def wait_for(condition: Any, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_rising_latency_means_fewer_requests_in_flight(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    sim.set_latency("twsms", 0.05)
    send = Background(store, accounts, job_of(store, shop(sim, accounts), 5000))
    try:
        wait_for(lambda: accepted(sim) >= 300)  # the window has opened to what the rate can use
        quiet = max(n for _at, n in sends(sim)[-100:])
        sim.set_latency("twsms", 0.6)  # the vendor is queueing: 12x slower answers
        risen = time.monotonic()
        wait_for(lambda: time.monotonic() - risen > 4.5)
        late = [n for at, n in sends(sim) if at > risen + 3.0]
    finally:
        send.stop()
    assert late, "no requests after the latency rose"
    # A fixed window would keep every slot busy (up to 36); the adaptive one gave way.
    assert max(late) < quiet, (quiet, late)
    assert max(late) <= max(2, quiet // 2), (quiet, late)


def test_a_429_holds_every_sender_for_its_retry_after(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    sim.retry_after = 1.0
    sim.set_latency("twsms", 0.05)
    send = Background(store, accounts, job_of(store, shop(sim, accounts), 3000))
    try:
        wait_for(lambda: accepted(sim) >= 200)
        before = max(n for _at, n in sends(sim)[-50:])
        sim.inject("twsms", Fault.RATE_LIMIT, times=1)
        wait_for(lambda: any(r.fault == Fault.RATE_LIMIT for r in sim.requests_to("twsms")))
        answered_at = next(r.at for r in sim.requests_to("twsms") if r.fault == Fault.RATE_LIMIT)
        limited = time.monotonic() - (time.time() - answered_at)  # the 429 left the simulator then
        wait_for(lambda: time.monotonic() - limited > 2.5)
        after = [(at, n) for at, n in sends(sim) if at > limited]
    finally:
        send.stop()
    # Requests already on their way may land just after the 429; nothing new leaves until
    # Retry-After has passed (the whole limiter waits, not just the request that got it).
    assert not [at for at, _n in after if limited + 0.3 < at < limited + 0.8], after[:10]
    assert after, "the send did not go on after the Retry-After"
    resumed = [n for at, n in after if at > limited + 0.8]
    assert resumed and resumed[0] <= max(2, before), (before, resumed[:5])
    assert accepted(sim) > 200


def busiest_second(times: list[float]) -> int:
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - 1.0:
            j += 1
        best = max(best, i - j + 1)
    return best


def test_never_above_the_documented_rate_whatever_the_settings(sim: Simulator,
                                                                env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    account = shop(sim, accounts, rate_per_s=10_000, concurrency=64)  # asks for far more than documented
    job = job_of(store, account, 1200)
    summary = SendEngine(store, accounts).run(job)
    assert summary.status is JobStatus.DONE and accepted(sim) == 1200
    seen = busiest_second([at for at, _n in sends(sim)])
    assert seen <= DOCUMENTED, seen
    assert seen >= DOCUMENTED * 0.5  # and it did go at a real pace


def test_the_advanced_concurrency_is_a_ceiling(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    sim.set_latency("twsms", 0.05)
    account = shop(sim, accounts, concurrency=3)
    summary = SendEngine(store, accounts).run(job_of(store, account, 150))
    assert summary.status is JobStatus.DONE
    assert max(n for _at, n in sends(sim)) <= 3
    assert max(n for _at, n in sends(sim)) == 3  # latency stayed flat: it used all it may
