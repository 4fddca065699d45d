"""Cancelling one due local schedule from the Status tab leaves the others due with it to be sent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.gui import opened_ctx
from test_status_tab import tw_phones, twsms

from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.states import State
from smsdesk.gui.context import AppContext
from smsdesk.gui.scheduler import Scheduler
from smsdesk.sim.server import Simulator


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


def test_cancelling_one_due_job_does_not_stop_the_next(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    account = twsms(ctx, sim)
    jobs = Jobs(ctx.store)
    at = datetime.now(UTC) + timedelta(minutes=30)
    first, _ = jobs.create(account.id, [PlannedRecipient(p, rendered="first") for p in tw_phones(40)],
                           text="first", schedule_at=at, local_schedule=True)
    second, _ = jobs.create(account.id, [PlannedRecipient(p, rendered="second") for p in tw_phones(3, 100)],
                            text="second", schedule_at=at, local_schedule=True)
    sim.set_latency("twsms", 0.25)  # the first job takes a few seconds: time to cancel it
    scheduler = Scheduler(ctx, interval_ms=3_600_000, first_tick_ms=None)
    assert scheduler.tick(now=at + timedelta(minutes=1))
    qtbot.waitUntil(lambda: ctx.sends.is_sending(first), timeout=10000)
    assert ctx.sends.cancel(first)  # the Status tab's Cancel job… for the job being sent
    qtbot.waitUntil(lambda: not scheduler.busy, timeout=30000)
    assert jobs.get(first).status is JobStatus.CANCELLED  # type: ignore[union-attr]
    states = [m.state for m in jobs.messages(second)]
    assert states == [State.SUBMITTED] * 3  # the other job due at that time was still sent
    scheduler.shutdown()
