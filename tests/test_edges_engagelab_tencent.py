"""EngageLab and Tencent edges as their documents describe them: whole jobs over real HTTP to the simulators.

A per-number limit (EngageLab 3004; Tencent 1022-1026, 1047) holds back only that number: it
fails with the reason, every other number of the batch and the job is sent, and the job ends
done instead of pausing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.sim.engagelab import Sim as EngageSim
from smsdesk.sim.server import Simulator
from smsdesk.sim.tencent import Sim as TencentSim
from smsdesk.vendors.base import ErrorKind

EL_KEY, EL_SECRET = "el-key", "el-Secret-1"
TC_APPID, TC_KEY = "1400055555", "tc-appkey-0123456789abcdef"
OTP = "Your code is {{code}}. It expires in 5 minutes."


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    s = Store(home / "smsdesk.db")
    yield s
    s.close()


@pytest.fixture
def accounts(store: Store) -> Accounts:
    return Accounts(store)


def engagelab(sim: Simulator, accounts: Accounts) -> tuple[Account, EngageSim]:
    el = cast(EngageSim, sim.vendors["engagelab"])
    el.add_account(EL_KEY, EL_SECRET)
    el.add_template(EL_KEY, "otp", OTP, otp_ttl=300)
    account = accounts.add("Engage", "engagelab", {"dev_key": EL_KEY, "templates": [
        {"id": "otp", "name": "OTP", "params": ["code"], "preview": OTP}]}, {"dev_secret": EL_SECRET},
        base_url=sim.base_url("engagelab"))
    return account, el


def tencent(sim: Simulator, accounts: Accounts) -> tuple[Account, TencentSim, int]:
    tc = cast(TencentSim, sim.vendors["tencent"])
    tc.add_account(TC_APPID, TC_KEY)
    tc.add_sign("Shop")
    tpl = tc.add_template("Hello {1}, your order is ready.")
    account = accounts.add("Cloud", "tencent", {"sdkappid": TC_APPID, "sign": "Shop"}, {"appkey": TC_KEY},
                           base_url=sim.base_url("tencent"))
    return account, tc, tpl


def run_template_job(store: Store, accounts: Accounts, account: Account, numbers: list[str], template: str,
                     values: dict[str, str]) -> tuple[int, Any]:
    rendered = json.dumps(values)
    job, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered=rendered) for p in numbers],
                                template_id=template, params=values)
    return job, SendEngine(store, accounts).run(job)


def states(store: Store, job: int) -> dict[str, tuple[State, str | None, str]]:
    return {m.phone: (m.state, m.error_kind, m.error_text) for m in Jobs(store).messages(job)}


# -- EngageLab 3004 -------------------------------------------------------------------------------


def test_engagelab_3004_fails_only_the_number_inside_its_code_validity(sim: Simulator, store: Store,
                                                                       accounts: Accounts) -> None:
    account, el = engagelab(sim, accounts)
    numbers = [f"+8869{10_000_000 + i:08d}" for i in range(7)]
    limited = numbers[4]
    first, _ = run_template_job(store, accounts, account, [limited], "otp", {"code": "111111"})
    assert states(store, first)[limited][0] is State.SUBMITTED
    job, summary = run_template_job(store, accounts, account, numbers, "otp", {"code": "222222"})
    assert summary.status is JobStatus.DONE  # never paused for one number
    got = states(store, job)
    assert got[limited][0] is State.FAILED and got[limited][1] == str(ErrorKind.RATE_LIMITED)
    assert "wait until that code expires" in got[limited][2]
    assert all(got[p][0] is State.SUBMITTED for p in numbers if p != limited)
    # Every other number reached EngageLab exactly once; the limited one only in its first job.
    accepted = el.accepted_numbers()
    assert sorted(accepted) == sorted(p[1:] for p in numbers)
    assert len(accepted) == len(set(accepted))


# -- Tencent 1022-1026, 1047 ----------------------------------------------------------------------


@pytest.mark.parametrize(("limit", "code"), [("30s", "1023"), ("1h", "1024"), ("day", "1025"),
                                             ("same_content", "1026")])
def test_tencent_number_limit_holds_back_only_that_number(sim: Simulator, store: Store, accounts: Accounts,
                                                          limit: str, code: str) -> None:
    account, tc, tpl = tencent(sim, accounts)
    china = [f"+86137000000{i:02d}" for i in range(5)]
    abroad = ["+886912000001", "+886912000002", "+886912000003"]  # one sendisms request each
    hit_cn, hit_tw = china[2], abroad[1]
    run_template_job(store, accounts, account, [hit_cn, hit_tw], str(tpl), {"1": "Amy"})
    tc.account(TC_APPID).limits[limit] = 1
    job, summary = run_template_job(store, accounts, account, china + abroad, str(tpl), {"1": "Amy"})
    assert summary.status is JobStatus.DONE
    got = states(store, job)
    for phone in (hit_cn, hit_tw):  # in a bulk request's detail and alone in its own request
        assert got[phone][0] is State.FAILED and got[phone][1] == str(ErrorKind.RATE_LIMITED), got[phone]
    row = Jobs(store).find_message(job, hit_tw)
    assert row is not None and row.error_code == code
    assert all(got[p][0] is State.SUBMITTED for p in china + abroad if p not in (hit_cn, hit_tw))
    assert sum(1 for m in tc.messages if m["phone"] in (hit_cn, hit_tw)) == 2  # only the first job's


def test_tencent_international_daily_limit_1047_fails_numbers_and_the_job_goes_on(
        sim: Simulator, store: Store, accounts: Accounts) -> None:
    account, tc, tpl = tencent(sim, accounts)
    tc.account(TC_APPID).limits["intl_day"] = 1
    china = ["+8613700000101", "+8613700000102"]
    abroad = ["+886912000011", "+886912000012"]
    job, summary = run_template_job(store, accounts, account, abroad + china, str(tpl), {"1": "Bo"})
    assert summary.status is JobStatus.DONE
    got = states(store, job)
    assert all(got[p][0] is State.SUBMITTED for p in china)
    assert sorted(got[p][0] for p in abroad) == [State.FAILED, State.SUBMITTED]
    [failed] = [p for p in abroad if got[p][0] is State.FAILED]
    row = Jobs(store).find_message(job, failed)
    assert row is not None and row.error_code == "1047" and "international" in row.error_text
