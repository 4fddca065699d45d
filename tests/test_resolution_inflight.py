"""A report that may be about a message still in flight resolves no unknown (real HTTP, real SQLite).

Between a vendor's answer and the engine's journal commit the sent row holds no vendor
id yet; the vendor's report for it can arrive in that gap (a fast delivery, a busy
database). It must not be taken for an older unknown message to the same number.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_unknown_resolution import GET_PASS, GET_USER, Env, vendor

from smsdesk.core.jobs import PlannedRecipient
from smsdesk.core.states import State
from smsdesk.core.store import utcnow
from smsdesk.sim import smsget as smsget_sim
from smsdesk.sim.server import Simulator
from smsdesk.vendors.base import SendRequest


@pytest.fixture
def env(sim: Simulator, home: Path) -> Iterator[Env]:
    e = Env(sim, home)
    yield e
    e.close()


def test_report_for_a_message_in_flight_does_not_resolve_an_older_unknown(env: Env) -> None:
    get = vendor(env.sim, smsget_sim.Sim, "smsget")
    get.add_account(GET_USER, GET_PASS)
    account = env.accounts.add("Get", "smsget", {"username": GET_USER}, {"password": GET_PASS},
                               base_url=env.sim.base_url("smsget"))
    phone = "+886912100031"
    older = env.dropped_send(account, "smsget", "api_send", [phone])  # unknown, no id
    # A later job to the same number: its request has left (marked in flight as the engine
    # does) and SMS-Get answered, but the answer is not in the journal yet.
    later, _ = env.jobs.create(account.id, [PlannedRecipient(phone, rendered="hello again")], text="hello again")
    with env.store.transaction() as db:
        db.execute("UPDATE messages SET inflight=1, attempts=attempts+1, updated_at=? WHERE job_id=?",
                   (utcnow(), later))
    client = env.client(account)
    try:
        result = client.send(SendRequest(phones=[phone], text="hello again"))
    finally:
        client.close()
    sms_id = result.batch_id or result.recipients[0].vendor_msg_id
    assert sms_id and sms_id != get.messages[next(iter(get.messages))].sms_id
    get.deliver(sms_id, phone=phone)
    answer = get.delivery_callback(sms_id, url=env.cb(account, "dr")).emit()
    assert (answer.status_code, answer.text) == (200, "ok")
    row = env.row(older, phone)
    assert (row.state, row.vendor_msg_id) == (State.UNKNOWN, None)  # not the later message's report
    assert env.note(older, phone)[0] == "ambiguous"  # and it says why it is still unknown


def test_checking_with_the_vendor_does_not_stretch_the_send_window(env: Env) -> None:
    import time

    from test_unknown_resolution import tencent_account

    from smsdesk.core.resolution import Note, check_with_vendor
    from smsdesk.core.tracking import refresh_job

    account, tc, tpl = tencent_account(env)
    phone = "+8613788881061"
    job = env.dropped_send(account, "tencent", "sendsms", [phone], template_id=tpl)
    eight_days_ago = "datetime('now', '-8 days')"  # the send was eight days ago: past Tencent's 7-day horizon
    with env.store.transaction() as db:
        db.execute(f"UPDATE jobs SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', {eight_days_ago}) WHERE id=?",
                   (job,))
        db.execute(f"UPDATE messages SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', {eight_days_ago})"
                   " WHERE job_id=?", (job,))
    check_with_vendor(env.store, env.accounts, job, client_factory=env.client)
    assert env.note(job, phone)[0] == Note.NOTHING
    tc.deliver(phone, at=time.time())  # a report dated today is no report on a message of eight days ago
    refresh_job(env.store, env.accounts, job, client_factory=env.client)
    assert env.row(job, phone).state is State.UNKNOWN
