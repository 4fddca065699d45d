"""The window's scheduler: a local schedule found overdue (the computer was off) is asked about, not sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support.gui import opened_ctx

from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.gui.context import AppContext
from smsdesk.gui.scheduler import Scheduler
from smsdesk.sim.server import Simulator

APPID, APPKEY, SIGN = "1400012345", "5f03a35d00ee52a21327ab048186a2c4", "Shop"


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


def held_job(ctx: AppContext, sim: Simulator, phones: list[str], at: datetime) -> int:
    tencent = sim.vendors["tencent"]
    if not tencent.accounts:  # type: ignore[attr-defined]
        tencent.add_account(APPID, APPKEY)  # type: ignore[attr-defined]
        tencent.add_sign(SIGN)  # type: ignore[attr-defined]
    template = tencent.add_template("{1}")  # type: ignore[attr-defined]
    account = ctx.accounts.add("T", "tencent", {"sdkappid": APPID, "sign": SIGN}, {"appkey": APPKEY},
                               base_url=sim.base_url("tencent"))
    params = {"1": "Opening at noon"}
    job, _ = Jobs(ctx.store).create(
        account.id, [PlannedRecipient(p, rendered=json.dumps(params)) for p in phones],
        template_id=str(template), params=params, schedule_at=at, local_schedule=True)
    return job


def sent(sim: Simulator) -> list[str]:
    return [m["phone"] for m in sim.vendors["tencent"].messages]  # type: ignore[attr-defined]


def test_the_window_asks_about_an_overdue_schedule_instead_of_sending_it(
        qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    job = held_job(ctx, sim, ["+886912345678", "+886912345679"], datetime.now(UTC) - timedelta(minutes=30))
    parent = QWidget()
    qtbot.addWidget(parent)
    scheduler = Scheduler(ctx, parent, interval_ms=3_600_000, first_tick_ms=None)

    with qtbot.waitSignal(scheduler.late_found, timeout=20000) as found:
        assert scheduler.tick()
    assert [d.job_id for d in found.args[0]] == [job]
    qtbot.waitUntil(lambda: scheduler.late_box is not None and scheduler.late_box.isVisible(), timeout=10000)
    box = scheduler.late_box
    assert box is not None and f"job {job}" in box.text() and "30 minutes ago" in box.text()
    assert box.defaultButton() is not box.go_button  # type: ignore[attr-defined]  # Enter does not send
    assert sent(sim) == [] and Jobs(ctx.store).get(job).status is JobStatus.SCHEDULED  # type: ignore[union-attr]

    # The next tick neither sends it nor asks a second time while the question is open.
    late_again: list[object] = []
    scheduler.late_found.connect(late_again.append)
    assert scheduler.tick()
    qtbot.waitUntil(lambda: not scheduler.busy, timeout=20000)
    assert late_again == [] and sent(sim) == []

    with qtbot.waitSignal(scheduler.job_finished, timeout=30000) as finished:
        box.go_button.click()  # type: ignore[attr-defined]
    assert finished.args[0].job == job and finished.args[0].counts["submitted"] == 2
    qtbot.waitUntil(lambda: not scheduler.busy, timeout=20000)
    assert sorted(sent(sim)) == ["+886912345678", "+886912345679"]
    assert Jobs(ctx.store).get(job).status is JobStatus.DONE  # type: ignore[union-attr]


def test_a_schedule_due_a_minute_ago_goes_without_asking(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    job = held_job(ctx, sim, ["+886912345678"], datetime.now(UTC) - timedelta(minutes=1))
    parent = QWidget()
    qtbot.addWidget(parent)
    scheduler = Scheduler(ctx, parent, interval_ms=3_600_000, first_tick_ms=None)
    with qtbot.waitSignal(scheduler.job_finished, timeout=30000) as finished:
        assert scheduler.tick()
    assert finished.args[0].job == job and scheduler.late_box is None
    assert sent(sim) == ["+886912345678"]


def test_the_status_tab_offers_send_now_or_cancel_for_a_job_that_missed_its_time(
        qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    from smsdesk.core.engine import SendEngine
    from smsdesk.gui.tabs.status import StatusTab

    sim.vendors["twsms"].add_account("shop", "tw-Secret-pa55", balance=1000)  # type: ignore[attr-defined]
    account = ctx.accounts.add("Shop", "twsms", {"username": "shop"}, {"password": "tw-Secret-pa55"},
                               base_url=sim.base_url("twsms"))
    # Written past the planner, 30 s ahead: TwSMS wants a minute, so nothing can be scheduled for it.
    job, _ = Jobs(ctx.store).create(account.id, [PlannedRecipient(p, rendered="Sale") for p in
                                                 ("+886952000001", "+886952000002")],
                                    text="Sale", schedule_at=datetime.now(UTC) + timedelta(seconds=30))
    paused = SendEngine(ctx.store, ctx.accounts).run(job)
    assert paused.status is JobStatus.PAUSED and paused.counts["queued"] == 2
    tab = StatusTab(ctx)
    tab.poll_timer.stop()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.select_job(job))
    qtbot.waitUntil(tab.resume_button.isEnabled)
    tab.resume_button.click()
    qtbot.waitUntil(lambda: tab.resume_box is not None, timeout=10000)  # the choice is read on the worker
    box = tab.resume_box
    assert box is not None and "can no longer be scheduled" in box.text() and box.defaultButton() not in (
        box.send_now_button, box.cancel_rest_button)  # type: ignore[attr-defined]
    box.send_now_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: Jobs(ctx.store).get(job).status is JobStatus.DONE, timeout=20000)  # type: ignore[union-attr]
    assert Jobs(ctx.store).counts(job)["submitted"] == 2
    messages = list(sim.vendors["twsms"].messages.values())  # type: ignore[attr-defined]
    assert len(messages) == 2 and all(m.sendtime is None for m in messages)


def test_compose_offers_send_now_or_cancel_when_the_vendor_refuses_the_time(
        qtbot: QtBot, ctx: AppContext, sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QDateTime

    from smsdesk.gui.tabs.compose import ComposeTab

    twsms = sim.vendors["twsms"]
    twsms.add_account("shop", "tw-Secret-pa55", balance=1000)  # type: ignore[attr-defined]
    ctx.accounts.add("Shop TwSMS", "twsms", {"username": "shop"}, {"password": "tw-Secret-pa55"},
                     base_url=sim.base_url("twsms"))
    monkeypatch.setattr(twsms, "now", lambda: datetime.now(UTC) + timedelta(minutes=10))  # its clock is ahead
    tab = ComposeTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.lists.count() > 0)
    assert tab.select_account("Shop TwSMS")
    tab.recipients.setPlainText("0952000001\n0952000002")
    tab.message.setPlainText("Sale tomorrow")
    tab.later.setChecked(True)
    tab.when.setDateTime(QDateTime.fromSecsSinceEpoch(int((datetime.now(UTC) + timedelta(minutes=5)).timestamp())))
    assert tab.send_button.isEnabled(), tab.blocker.text()
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=10000)
    tab.confirm_dialog.send_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: tab.job_id is not None and not tab.sending, timeout=20000)
    job = tab.job_id
    qtbot.waitUntil(lambda: tab.message_box is not None and tab.message_box.isVisible(), timeout=10000)
    box = tab.message_box
    assert box is not None and "can no longer be scheduled" in box.text()
    assert Jobs(ctx.store).get(job).status is JobStatus.PAUSED and twsms.messages == {}  # type: ignore[union-attr, attr-defined]
    box.send_now_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: Jobs(ctx.store).get(job).status is JobStatus.DONE, timeout=20000)  # type: ignore[union-attr, arg-type]
    messages = list(twsms.messages.values())  # type: ignore[attr-defined]
    assert len(messages) == 2 and all(m.sendtime is None for m in messages)
