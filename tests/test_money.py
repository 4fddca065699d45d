"""True money against the simulators: net points after cancels and refunds, EngageLab in messages, balances."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.balances import low_threshold, read_balance
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs
from smsdesk.core.money import job_cost
from smsdesk.core.planner import create_job, plan_send
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.tracking import jobs_overview, refresh_job
from smsdesk.sim.server import Simulator
from smsdesk.vendors.base import VendorClient
from smsdesk.vendors.http import HttpPolicy

SEP_KEY = "sk_sep_" + "c3" * 16
EL_KEY, EL_SECRET = "el-dev-key", "el-dev-secret-0123"
TW_USER, TW_PASS = "shop", "tw-Secret-pa55"
TH = ["+66812345670", "+66812345671", "+66812345672"]


class Env:
    def __init__(self, sim: Simulator, home: Path) -> None:
        self.sim = sim
        self.store = Store(home / "smsdesk.db")
        self.accounts = Accounts(self.store)
        self.engine = SendEngine(self.store, self.accounts, client_factory=self.client)

    def client(self, account: Account) -> VendorClient:
        http = HttpPolicy(secrets=[SEP_KEY, EL_SECRET, TW_PASS], read_timeout=2, connect_timeout=0.5, backoff=0.01)
        return self.accounts.client(account, http=http)

    def send(self, account: Account, **kwargs: object) -> int:
        plan = plan_send(self.store, account, **kwargs)  # type: ignore[arg-type]
        job = create_job(self.store, account, plan)
        self.engine.run(job)
        return job


@pytest.fixture
def env(sim: Simulator, home: Path) -> Iterator[Env]:
    e = Env(sim, home)
    yield e
    e.store.close()


def sepsms(env: Env) -> Account:
    env.sim.vendors["sepsms"].add_account(SEP_KEY, credit=100)
    return env.accounts.add("Thai", "sepsms", {"origin": "SEPSMS"}, {"api_key": SEP_KEY},
                            base_url=env.sim.base_url("sepsms"))


def test_cancelled_scheduled_job_reports_net_points(env: Env) -> None:
    account = sepsms(env)
    job = env.send(account, phones=TH[:2], text="later", schedule_at=datetime.now(UTC) + timedelta(hours=2))
    before = env.engine.summary(job)
    assert before.counts["scheduled"] == 2 and before.points == before.charged == 2
    assert env.sim.vendors["sepsms"].credit(SEP_KEY) == 98
    summary = env.engine.cancel_job(job)
    assert summary.counts["cancelled"] == 2
    assert (summary.charged, summary.refunded, summary.points) == (2, 2, 0)
    assert env.sim.vendors["sepsms"].credit(SEP_KEY) == 100  # what the vendor did agrees
    assert summary.as_text()["cost"] == "0 credits (2 charged, 2 refunded)"
    [row] = jobs_overview(env.store)
    assert row.points == 0 and row.cost is not None and row.cost.refunded == 2


def test_sepsms_refunds_for_failed_deliveries_report_net_points(env: Env) -> None:
    account = sepsms(env)
    job = env.send(account, phones=TH, text="hello")
    sep = env.sim.vendors["sepsms"]
    first = Jobs(env.store).find_message(job, TH[0])
    assert first is not None
    uuid = first.vendor_batch_id or first.vendor_msg_id
    assert uuid
    sep.deliver(uuid, TH[0])
    sep.fail(uuid, TH[1])
    assert sep.credit(SEP_KEY) == 98  # SepSMS gave the failed one back (its refundedCount is 1)
    refresh_job(env.store, env.accounts, job, client_factory=env.client)
    states = {m.phone: m.state for m in Jobs(env.store).messages(job)}
    assert states[TH[1]] is State.FAILED
    cost = job_cost(env.store, job)
    assert (cost.charged, cost.refunded, cost.net, cost.unit) == (3, 1, 2, "credits")
    assert env.engine.summary(job).points == 2


def test_engagelab_cost_is_counted_in_messages(env: Env) -> None:
    env.sim.vendors["engagelab"].add_account(EL_KEY, EL_SECRET, templates={"t1": "Hi {{name}}"})
    account = env.accounts.add("Eng", "engagelab", {"dev_key": EL_KEY, "templates": [
        {"id": "t1", "name": "Hello", "params": ["name"], "preview": "Hi {{name}}"}]}, {"dev_secret": EL_SECRET},
        base_url=env.sim.base_url("engagelab"))
    job = env.send(account, phones=["+886912345678", "+886912345679"], template_id="t1", params={"name": "A"})
    summary = env.engine.summary(job)
    assert summary.counts["submitted"] == 2
    assert (summary.points, summary.unit) == (2, "messages")
    assert summary.as_text()["cost"] == "2 messages"


def test_zero_and_under_the_default_threshold_are_warnings(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0")
    sandbox = env.accounts.ensure_sandbox()
    assert sandbox is not None and sandbox.low_balance is None
    assert low_threshold(env.store, sandbox) == 100  # on by default
    reading = read_balance(env.store, env.accounts, sandbox)
    assert reading.balance == 500 and not reading.low
    env.send(sandbox, phones=[f"09{12_000_000 + i:08d}" for i in range(450)], text="Hi")
    reading = read_balance(env.store, env.accounts, sandbox)
    assert reading.balance == 50 and reading.low and not reading.empty
    assert low_threshold(env.store, sandbox) == 450  # the last job cost more than 100
    plan = plan_send(env.store, sandbox, phones=["0911000001"], text="Hi")
    assert any("under the low-balance warning of 450" in w for w in plan.warnings), plan.warnings
    env.send(sandbox, phones=[f"09{13_000_000 + i:08d}" for i in range(50)], text="Hi")
    reading = read_balance(env.store, env.accounts, sandbox)
    assert reading.balance == 0 and reading.low and reading.empty
    plan = plan_send(env.store, sandbox, phones=["0911000001"], text="Hi")
    assert any(w.startswith("The balance is 0: the vendor will refuse the send.") for w in plan.warnings)


def test_points_ran_out_says_who_is_left_and_what_they_need(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0")
    sandbox = env.accounts.ensure_sandbox()
    assert sandbox is not None
    job = env.send(sandbox, phones=[f"09{12_000_000 + i:08d}" for i in range(700)], text="Hi")
    summary = env.engine.summary(job)
    assert summary.status.value == "paused" and summary.counts["queued"] == 200
    assert "200 recipients have not been sent this message yet; they need about 200 points." in summary.note
