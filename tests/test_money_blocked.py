"""SepSMS numbers it blocks are free, so their failure is no refund (against the simulator over HTTP)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs
from smsdesk.core.money import job_cost
from smsdesk.core.planner import create_job, plan_send
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.tracking import refresh_job
from smsdesk.sim.server import Simulator
from smsdesk.vendors.base import VendorClient
from smsdesk.vendors.http import HttpPolicy

SEP_KEY = "sk_sep_" + "d4" * 16
TH = ["+66812345670", "+66812345671", "+66812345672"]


class Env:
    def __init__(self, sim: Simulator, home: Path) -> None:
        self.sim = sim
        self.store = Store(home / "smsdesk.db")
        self.accounts = Accounts(self.store)

    def client(self, account: Account) -> VendorClient:
        http = HttpPolicy(secrets=[SEP_KEY], read_timeout=2, connect_timeout=0.5, backoff=0.01)
        return self.accounts.client(account, http=http)


@pytest.fixture
def env(sim: Simulator, home: Path) -> Iterator[Env]:
    e = Env(sim, home)
    yield e
    e.store.close()


def test_a_blocked_number_is_not_counted_as_refunded(env: Env) -> None:
    sep = env.sim.vendors["sepsms"]
    sep.add_account(SEP_KEY, credit=100, blocked_numbers={"0812345672"})
    account = env.accounts.add("Thai", "sepsms", {"origin": "SEPSMS"}, {"api_key": SEP_KEY},
                               base_url=env.sim.base_url("sepsms"))
    plan = plan_send(env.store, account, phones=TH, text="hello")
    job = create_job(env.store, account, plan)
    SendEngine(env.store, env.accounts, client_factory=env.client).run(job)
    assert sep.credit(SEP_KEY) == 98  # the blocked number cost nothing
    first = Jobs(env.store).find_message(job, TH[0])
    assert first is not None
    uuid = first.vendor_batch_id or first.vendor_msg_id
    assert uuid
    sep.deliver(uuid, TH[0])
    sep.deliver(uuid, TH[1])
    refresh_job(env.store, env.accounts, job, client_factory=env.client)
    states = {m.phone: m.state for m in Jobs(env.store).messages(job)}
    assert states == {TH[0]: State.DELIVERED, TH[1]: State.DELIVERED, TH[2]: State.FAILED}
    assert sep.credit(SEP_KEY) == 98  # and SepSMS refunded nothing (its refundedCount is 0)
    cost = job_cost(env.store, job)
    assert (cost.charged, cost.refunded, cost.net) == (2, 0, 2)
