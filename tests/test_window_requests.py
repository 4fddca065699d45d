"""The schedule window check counts requests as the engine makes them: a personalised SepSMS job
(per-recipient variables) is one request per batch, not one per distinct text.

Real store, real plan and a real send to the SepSMS simulator over HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.batches import request_count
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs
from smsdesk.core.planner import PlanError, create_job, plan_send
from smsdesk.core.store import Store
from smsdesk.core.window import Pace
from smsdesk.sim.sepsms import Sim as SepSim
from smsdesk.sim.server import Simulator
from smsdesk.vendors.base import AccountConfig

N = 1200  # personalised recipients: 2 requests of at most 1,000, or 1,200 if counted per text
TEXT = "{姓名} 您好，本週八折。"


@pytest.fixture
def env(sim: Simulator, home: Path) -> Iterator[tuple[Store, Accounts, Account]]:
    store = Store(home / "smsdesk.db")
    accounts = Accounts(store)
    key = cast(SepSim, sim.vendors["sepsms"]).add_account(credit=10_000_000, origins=("SEPSMS",))
    account = accounts.add("Thai", "sepsms", {"origin": "SEPSMS"}, {"api_key": key}, base_url=sim.base_url("sepsms"))
    contacts = ContactRepository(store, "TH")
    lst = contacts.create_list("Members")
    with store.transaction() as db:  # N members at once: one transaction instead of N
        db.executemany("INSERT INTO contacts(list_id, phone, name, fields, created_at, updated_at)"
                       " VALUES (?,?,?,?,?,?)",
                       [(lst.id, f"+668{10_000_000 + i:08d}", f"會員{i}", "{}", "2026-01-01", "2026-01-01")
                        for i in range(N)])
    yield store, accounts, account
    store.close()


def test_a_personalised_sepsms_job_is_one_request_per_batch(sim: Simulator,
                                                             env: tuple[Store, Accounts, Account]) -> None:
    store, accounts, account = env
    caps = account.spec.capabilities
    pace = Pace.of(account.settings, caps)
    # Counted per distinct text, 1,200 requests at SepSMS's 120 a minute would take ten minutes
    # to leave, so this time would be refused; as the engine sends them it is two requests.
    assert pace.lead(N) > timedelta(minutes=5)
    when = datetime.now(UTC) + timedelta(minutes=4)
    plan = plan_send(store, account, lists=["Members"], text=TEXT, schedule_at=when)
    assert len(plan.recipients) == N
    rows = [(r[0], r[3], r[2]) for r in plan.recipients.raw()]
    client = account.spec.client(AccountConfig(account.name, account.vendor, dict(account.settings)))
    try:
        assert request_count(client, TEXT, None, rows) == 2
        assert request_count(client, "", None, rows) == N  # no shared template: one per distinct text
    finally:
        client.close()

    job = create_job(store, account, plan)
    summary = SendEngine(store, accounts).run(job)
    assert summary.counts["scheduled"] == N
    sends = sim.requests_to("sepsms", "/message/send")
    assert len(sends) == 2
    assert sorted(len(json.loads(r.body)["recipients"]) for r in sends) == [200, 1000]
    assert all(json.loads(r.body)["variables"] for r in sends)
    assert Jobs(store).counts(job)["scheduled"] == N


def test_a_time_too_soon_for_the_requests_is_still_refused(env: tuple[Store, Accounts, Account]) -> None:
    store, _accounts, account = env
    with pytest.raises(PlanError, match="at least"):
        plan_send(store, account, lists=["Members"], text=TEXT, schedule_at=datetime.now(UTC) + timedelta(seconds=40))
