"""When delivery status is asked for: the pure schedule, and the poller following each driver."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smsdesk.core.accounts import Accounts
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.poll_schedule import LONGEST_GAP_S, first_poll_age, poll_gap
from smsdesk.core.store import Store
from smsdesk.core.tracking import Poller, poll_due, refresh_job
from smsdesk.sim.server import Simulator
from smsdesk.sim.twsms import Sim as TwsmsSim
from smsdesk.vendors import get_spec


def schedule(delay: float | None, *, floor: float = 0.0, until: float = 7200.0) -> list[float]:
    """The ages at which a send is asked about, when every answer is 'not yet'."""
    ages = [first_poll_age(delay)]
    while ages[-1] < until:
        ages.append(ages[-1] + poll_gap(delay, ages[-1], floor=floor))
    return ages


def test_a_fast_vendor_is_asked_just_after_its_reports_are_ready() -> None:
    sandbox = get_spec("sandbox").capabilities.report_delay_s
    assert sandbox == 4.0  # 2-4 s after the send
    ages = schedule(sandbox, floor=60)
    assert ages[0] == pytest.approx(4.5)  # just after every report is ready
    assert poll_gap(sandbox, 0.0) == pytest.approx(4.5)  # from the send, whatever the user's interval
    # A report ready any time in the fast window after the last send is shown within 10 s.
    for ready in range(2, 24):
        shown = next(a for a in ages if a >= ready)
        assert shown - ready <= 10.0, (ready, shown)
    # The user's 60 s are the shortest gap once the fast window (6 report delays) is over.
    late = [b - a for a, b in itertools.pairwise(ages) if a >= 6 * sandbox]
    assert late and min(late) >= 60


def test_twsms_follows_its_document_and_old_sends_cost_an_hourly_question() -> None:
    tw = get_spec("twsms").capabilities.report_delay_s  # "Message Log 可於 5~10 sec"
    ages = schedule(tw, floor=15)
    assert ages[0] == pytest.approx(5.5) and ages[1] <= 11
    assert poll_gap(tw, 3 * 86400) == LONGEST_GAP_S  # a three-day-old send: once an hour
    # Fewer than 30 questions in the first two hours, whatever the vendor.
    assert len(schedule(tw, until=7200)) < 30


def test_a_vendor_declaring_nothing_keeps_the_users_interval_from_the_start() -> None:
    assert get_spec("tencent").capabilities.report_delay_s is None
    assert poll_gap(None, 0.0) == pytest.approx(10.5)
    assert poll_gap(None, 0.0, floor=60) == 60
    assert poll_gap(None, 100.0, floor=60) == 60
    assert poll_gap(None, 1000.0, floor=60) == 500


def test_failures_double_the_gap_up_to_the_longest() -> None:
    assert poll_gap(3.0, 10.0, failures=1) == pytest.approx(2 * poll_gap(3.0, 10.0))
    assert poll_gap(3.0, 10.0, failures=50) == LONGEST_GAP_S


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_poller_asks_the_sandbox_within_seconds_despite_a_long_interval(home: Path) -> None:
    store = Store(home / "smsdesk.db")
    accounts = Accounts(store)
    sandbox = accounts.ensure_sandbox()
    assert sandbox is not None
    job, _ = Jobs(store).create(sandbox.id, [PlannedRecipient("+886912345678", rendered="hi")], text="hi")
    sent = datetime.now(UTC) + timedelta(milliseconds=2)  # never before the stored (ms) creation time
    store.execute("UPDATE messages SET state='submitted', vendor_msg_id='m1', submitted_at=? WHERE job_id=?",
                  (sent.isoformat(), job))
    Jobs(store).set_status(job, JobStatus.DONE)
    clock = Clock()
    poller = Poller(store, accounts, floor=60, clock=clock, now=lambda: sent)
    assert poller.due() == []
    assert poller.next_due_in(job) == pytest.approx(4.5, abs=0.01)
    clock.t += 4.5
    assert poller.due() == [job]
    poller.started(job)
    poller.finished(job, 0)
    assert poller.next_due_in(job) == pytest.approx(4.0)  # not 60: the Sandbox reports fast
    store.close()


def test_a_resumed_job_is_asked_again_soon_after_its_latest_messages(home: Path) -> None:
    store = Store(home / "smsdesk.db")
    accounts = Accounts(store)
    sandbox = accounts.ensure_sandbox()
    assert sandbox is not None
    jobs = Jobs(store)
    job, _ = jobs.create(sandbox.id, [PlannedRecipient("+886912345678", rendered="hi")], text="hi")
    store.execute("UPDATE messages SET state='submitted', vendor_msg_id='m1' WHERE job_id=?", (job,))
    wall = [datetime.now(UTC) + timedelta(minutes=10)]  # ten minutes later: the schedule has widened
    clock = Clock()
    poller = Poller(store, accounts, floor=60, clock=clock, now=lambda: wall[0])
    jobs.set_status(job, JobStatus.DONE)
    store.execute("UPDATE jobs SET updated_at=? WHERE id=?", ((wall[0] - timedelta(minutes=10)).isoformat(), job))
    assert poller.due() == [job]  # first sight of an old job: asked once
    poller.started(job)
    poller.finished(job)
    assert poller.next_due_in(job) == pytest.approx(300, abs=1)  # half its age
    jobs.set_status(job, JobStatus.SENDING)  # resumed: new messages leave now
    clock.t += 1
    wall[0] += timedelta(seconds=1)
    store.execute("UPDATE jobs SET updated_at=? WHERE id=?", (wall[0].isoformat(), job))
    poller.due()
    assert poller.next_due_in(job) == pytest.approx(4.5, abs=1.1)
    store.close()


def test_a_100k_job_at_rest_costs_no_requests(home: Path, sim: Simulator) -> None:
    store = Store(home / "smsdesk.db")
    accounts = Accounts(store)
    tw = sim.vendors["twsms"]
    assert isinstance(tw, TwsmsSim)
    tw.add_account("shop", "tw-Secret-pa55", balance=10)
    account = accounts.add("Shop", "twsms", {"username": "shop"}, {"password": "tw-Secret-pa55"},
                           base_url=sim.base_url("twsms"))
    n = 100_000
    job, _ = Jobs(store).create(account.id, [PlannedRecipient(f"+8869{i:08d}", rendered="hi") for i in range(n)],
                                text="hi")
    with store.transaction() as db:  # every recipient already has its final report
        db.execute("UPDATE messages SET state='delivered', vendor_msg_id='m' || id, submitted_at=? WHERE job_id=?",
                   ((datetime.now(UTC) - timedelta(minutes=5)).isoformat(), job))
    clock = Clock()
    poller = Poller(store, accounts, clock=clock)
    for _ in range(3):
        poller.poke(job)
        assert poll_due(poller) == []
        clock.t += 3600
    assert refresh_job(store, accounts, job).asked == 0  # Refresh now (F5) asks nothing either
    assert sim.requests_to("twsms") == []
    store.close()
