"""The Status tab: jobs list, paged detail table, refresh and polling on workers, resend, export."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from smsdesk.core.accounts import Account
from smsdesk.core.callbacks import callback_urls
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.phones import display
from smsdesk.core.states import State
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.status import StatusTab
from smsdesk.gui.tabs.status_model import CACHE_PAGES, PAGE, MessagesModel
from smsdesk.sim.server import Simulator

TW_USER, TW_PASS = "shop", "tw-Secret-pa55"


def tw_phones(n: int, start: int = 0) -> list[str]:
    return [f"+8869{30_000_000 + start + i:08d}" for i in range(n)]


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.open()
    yield context
    for _ in range(20):  # results may start more work (a reload): settle it while the widgets exist
        context.worker.wait(10000)
        QApplication.processEvents()
        if not context.worker.busy:
            break
    context.worker.cancel_all()
    context.worker.wait(10000)
    context.store.close()


def twsms(ctx: AppContext, sim: Simulator) -> Account:
    sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=100_000)
    return ctx.accounts.add("Shop", "twsms", {"username": TW_USER}, {"password": TW_PASS},
                            base_url=sim.base_url("twsms"))


def send(ctx: AppContext, account: Account, phones: list[str], text: str = "hello") -> int:
    job, _ = Jobs(ctx.store).create(account.id, [PlannedRecipient(p, f"Name {p[-4:]}", rendered=text)
                                                 for p in phones], text=text)
    SendEngine(ctx.store, ctx.accounts).run(job)
    return job


def make_tab(qtbot: QtBot, ctx: AppContext) -> StatusTab:
    tab = StatusTab(ctx)
    tab.poll_timer.stop()  # tests drive polling themselves
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    return tab


def wait_rows(qtbot: QtBot, tab: StatusTab, n: int) -> None:
    """The ids are in and every row's page has come from the worker (asking for each page not read yet)."""
    m = tab.model
    qtbot.waitUntil(lambda: m.rowCount() == n and not m.loading
                    and all([m.line(r) is not None for r in range(n)]), timeout=5000)


def states_shown(tab: StatusTab) -> dict[str, str]:
    """Each shown row's state, by phone (rows whose page is still being read are left out)."""
    m = tab.model
    lines = {r: m.line(r) for r in range(m.rowCount())}
    return {line.phone: m.data(m.index(r, 2)) for r, line in lines.items() if line is not None}


def select_rows(tab: StatusTab, rows: list[int]) -> None:
    sel = tab.table.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(tab.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)


def test_jobs_list_detail_refresh_and_poll(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    account = twsms(ctx, sim)
    a, b, c, d = tw_phones(4)
    job = send(ctx, account, [a, b, c, d], "週末特價")
    tab = make_tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.jobs_table.rowCount() == 1, timeout=5000)
    assert tab.stack.currentIndex() == 1
    assert tab.jobs_table.item(0, 0).text() == str(job)
    assert tab.jobs_table.item(0, 1).text() == "Shop" and tab.jobs_table.item(0, 3).text() == "週末特價"
    assert tab.jobs_table.item(0, 4).text() == "4" and "Submitted 4" in tab.jobs_table.item(0, 5).text()
    from smsdesk.core.desk import who

    assert tab.jobs_table.item(0, 8).text() == who() and "(" in who()  # Sent by: this desk and user
    wait_rows(qtbot, tab, 4)
    assert set(states_shown(tab).values()) == {"Submitted"}
    assert tab.model.data(tab.model.index(0, 1)) == f"Name {a[-4:]}"
    assert tab.notice.isHidden() and tab.refresh_button.isEnabled()
    # Refresh now: the vendor is asked on a worker and the table follows.
    tw = sim.vendors["twsms"]
    tw.deliver(a, push=False)
    tw.fail(b, "MOBERROR", push=False)
    tab.refresh_selected()
    qtbot.waitUntil(lambda: states_shown(tab).get(a) == "Delivered", timeout=5000)
    assert states_shown(tab)[b] == "Failed"
    problem = tab.model.data(tab.model.index(1, 5))
    assert "number" in problem  # the error in words
    qtbot.waitUntil(lambda: tab.chart.counts.get("delivered") == 1, timeout=5000)
    segments = tab.chart.segments(400.0)
    assert [s for s, _, _ in segments] == [State.SUBMITTED, State.DELIVERED, State.FAILED]
    assert sum(w for _, _, w in segments) == pytest.approx(400.0)
    assert "Delivered 1" in tab.legend.text()
    # The timer's round: the poller picks due jobs and a worker asks.
    tw.deliver(c, push=False)
    tab.poller.poke(job)
    tab.poll()
    qtbot.waitUntil(lambda: states_shown(tab).get(c) == "Delivered", timeout=5000)
    qtbot.waitUntil(lambda: not tab._polling, timeout=5000)
    # State filter and search on the detail table.
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("delivered"))
    wait_rows(qtbot, tab, 2)
    tab.state_filter.setCurrentIndex(0)
    tab.search.setText(d[-4:])
    wait_rows(qtbot, tab, 1)
    assert tab.model.data(tab.model.index(0, 0)) == f"0{d[4:7]}-{d[7:10]}-{d[10:]}"  # as Taiwan writes it
    tab.search.setText("")
    wait_rows(qtbot, tab, 4)
    # Sort by phone, descending.
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: (line := tab.model.line(0)) is not None and line.phone == d, timeout=5000)


def test_copy_numbers_and_export(qtbot: QtBot, ctx: AppContext, sim: Simulator, tmp_path: Path) -> None:
    account = twsms(ctx, sim)
    phones = tw_phones(3)
    send(ctx, account, phones, "=HYPERLINK(\"http://x\")")
    tab = make_tab(qtbot, ctx)
    wait_rows(qtbot, tab, 3)
    tab.copy_numbers()  # nothing selected: every number shown (read on the worker)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "\n".join(phones), timeout=5000)
    select_rows(tab, [0, 2])
    tab.copy_numbers()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "\n".join([phones[0], phones[2]]), timeout=5000)
    target = tmp_path / "report"
    tab.export_to(str(target))
    out = tmp_path / "report.xlsx"
    qtbot.waitUntil(out.exists, timeout=5000)
    qtbot.waitUntil(tab.export_button.isEnabled, timeout=5000)
    wb = openpyxl.load_workbook(out)
    recipients = wb.worksheets[1]
    assert [recipients.cell(row=r, column=1).value for r in range(2, 5)] == phones
    assert recipients.cell(row=2, column=9).data_type == "s"
    wb.close()


def test_resend_selected_failed_as_new_job(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    account = twsms(ctx, sim)
    a, b = tw_phones(2)
    job = send(ctx, account, [a, b], "Hi there")
    sim.vendors["twsms"].fail(b, push=False)
    tab = make_tab(qtbot, ctx)
    wait_rows(qtbot, tab, 2)
    tab.refresh_selected()
    qtbot.waitUntil(lambda: states_shown(tab).get(b) == "Failed", timeout=5000)
    select_rows(tab, [0])
    assert tab.selected_resendable() == [] and not tab.resend_button.isEnabled()  # delivered/submitted: no
    select_rows(tab, [0, 1])
    assert tab.selected_resendable() == [b] and tab.resend_button.isEnabled()
    tab.resend_selected()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=5000)
    dialog = tab.confirm_dialog
    assert dialog is not None
    assert "1 recipients" in dialog.headline.text()
    assert f"job {job}" in dialog.details.toPlainText()
    # The balance was read just before (not the one from before the first send).
    assert "(just checked)" in dialog.fields["balance"].text()
    sends_before = len(sim.requests_to("twsms", "/json/sms_send.php"))
    dialog.accept()
    qtbot.waitUntil(lambda: tab.jobs_table.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: len(sim.requests_to("twsms", "/json/sms_send.php")) == sends_before + 1,
                    timeout=5000)
    jobs = Jobs(ctx.store)
    new_job = max(j.id for j in jobs.list())
    assert [m.phone for m in jobs.messages(new_job)] == [b]
    assert jobs.messages(new_job)[0].rendered == "Hi there"
    assert {m.phone: m.state for m in jobs.messages(job)}[b] is State.FAILED  # the old row is untouched


def test_vendor_without_status_query_points_to_callbacks(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    sim.vendors["smsget"].add_account("getter", "pw-123456")
    account = ctx.accounts.add("Get", "smsget", {"username": "getter"}, {"password": "pw-123456"},
                               base_url=sim.base_url("smsget"))
    send(ctx, account, ["+886912000001"])
    tab = make_tab(qtbot, ctx)
    wait_rows(qtbot, tab, 1)
    qtbot.waitUntil(tab.notice.isVisible, timeout=5000)
    assert "callback receiver" in tab.notice.text() and "href" in tab.notice.text()
    assert not tab.refresh_button.isEnabled()
    # Once the receiver is on, the note gives the addresses to enter at SMS-Get.
    ctx.settings.setValue("callbacks/enabled", True)
    ctx.settings.setValue("callbacks/public_url", "https://sms.example.com.tw")
    tab._update_summary()
    qtbot.waitUntil(lambda: "/dr" in tab.notice.text(), timeout=5000)  # the addresses are read on the worker
    assert callback_urls(ctx.store, account, "https://sms.example.com.tw")["dr"] in tab.notice.text()
    tab.open_callback_settings("settings")
    from smsdesk.gui.settings_dialog import SettingsDialog

    dialogs = tab.findChildren(SettingsDialog)
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].reject()


def test_jobs_filters_and_empty_states(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    tab = make_tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.stack.currentIndex() == 0, timeout=5000)
    assert "No messages sent yet" in tab.empty.title.text()
    account = twsms(ctx, sim)
    ctx.events.accounts_changed.emit()
    send(ctx, account, tw_phones(1), "first")
    ctx.events.jobs_changed.emit()
    qtbot.waitUntil(lambda: tab.jobs_table.rowCount() == 1 and tab.stack.currentIndex() == 1, timeout=5000)
    send(ctx, ctx.accounts.all()[0], ["+886912345678"], "sandbox one")  # the Sandbox account
    ctx.events.jobs_changed.emit()
    qtbot.waitUntil(lambda: tab.jobs_table.rowCount() == 2, timeout=5000)
    tab.account_filter.setCurrentIndex(tab.account_filter.findData(account.id))
    qtbot.waitUntil(lambda: tab.jobs_table.rowCount() == 1, timeout=5000)
    assert tab.jobs_table.item(0, 3).text() == "first"
    tab.account_filter.setCurrentIndex(0)
    tab.job_search.setText("nothing like this")
    qtbot.waitUntil(lambda: tab.no_jobs.isVisible(), timeout=5000)
    assert tab.stack.currentIndex() == 1  # filtered to nothing is not "no messages yet"
    tab.job_search.setText("")
    tab.date_filter.setCurrentIndex(tab.date_filter.findData("older"))
    qtbot.waitUntil(lambda: tab.no_jobs.isVisible(), timeout=5000)
    tab.date_filter.setCurrentIndex(tab.date_filter.findData("today"))
    qtbot.waitUntil(lambda: tab.jobs_table.rowCount() == 2 and tab.jobs_table.isVisible(), timeout=5000)


def test_model_pages_and_bounded_cache(qtbot: QtBot, ctx: AppContext) -> None:
    sandbox = ctx.accounts.all()[0]
    n = PAGE * (CACHE_PAGES + 10)
    job, _ = Jobs(ctx.store).create(sandbox.id, [PlannedRecipient(f"+8869{i:08d}", rendered="x")
                                                 for i in range(n)], text="x")
    model = MessagesModel(ctx.store)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    model.set_job(job)
    assert model.rowCount() == n and model.cached_pages <= 2
    for row in range(0, n, PAGE):
        assert model.data(model.index(row, 0)) == display(f"+8869{row:08d}")
    assert model.cached_pages == CACHE_PAGES  # memory stays flat however far one scrolls
    assert model.data(model.index(n - 1, 2)) == "Queued"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == display(f"+8869{n - 1:08d}")
    Jobs(ctx.store).apply_report(model.line(0).id, State.SUBMITTED)  # type: ignore[union-attr]
    model.refresh_rows()
    assert model.data(model.index(0, 2)) == "Submitted"


def test_polling_runs_off_the_gui_thread(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    account = twsms(ctx, sim)
    phones = tw_phones(600)
    job = send(ctx, account, phones)
    sim.set_latency("twsms", 0.002)  # each status question takes a little while, as over the internet
    tab = make_tab(qtbot, ctx)
    wait_rows(qtbot, tab, 600)
    for p in phones[:300]:
        sim.vendors["twsms"].deliver(p, push=False)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    tab.poller.poke(job)
    tab.poll()
    qtbot.waitUntil(lambda: not tab._polling, timeout=30000)
    timer.stop()
    qtbot.waitUntil(lambda: sum(1 for v in states_shown(tab).values() if v == "Delivered") == 300, timeout=5000)
    assert len(sim.requests_to("twsms", "/json/sms_query.php")) >= 600
    assert max(gaps) < 0.25, f"the GUI thread stalled for {max(gaps):.3f} s"


def stopped_job(ctx: AppContext, account: Account, status: JobStatus, *, unknown: int = 0) -> int:
    """A job a crash (or a closed laptop) left with unsent recipients; ``unknown`` of them lost their answer."""
    job, _ = Jobs(ctx.store).create(account.id, [PlannedRecipient(p, rendered="hi") for p in tw_phones(5, 500)],
                                    text="hi")
    Jobs(ctx.store).set_status(job, status)
    ctx.store.execute("UPDATE messages SET state='unknown', attempts=1 WHERE id IN "
                      "(SELECT id FROM messages WHERE job_id=? ORDER BY id LIMIT ?)", (job, unknown))
    return job


SEND = "/json/sms_send.php"


def open_resume(qtbot: QtBot, tab: StatusTab) -> Any:
    """Press Resume; the question comes once the cost is estimated and the balance read (on the worker)."""
    tab.resume_box = None
    tab.resume_button.click()
    qtbot.waitUntil(lambda: tab.resume_box is not None and tab.resume_box.isVisible(), timeout=10000)
    return tab.resume_box


def test_resume_sends_only_what_was_never_sent_after_confirming(
        qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    job = stopped_job(ctx, twsms(ctx, sim), JobStatus.INTERRUPTED, unknown=1)
    tab = make_tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.select_job(job))
    qtbot.waitUntil(tab.resume_button.isEnabled)
    box = open_resume(qtbot, tab)
    assert "4 recipients" in box.text() and "The 1 whose outcome is unknown are not resent" in box.text()
    # Recipients, cost and a balance read just now.
    assert "Recipients: 4. Estimated cost: about" in box.text() and "(just checked)" in box.text()
    assert box.defaultButton() is not box.go_button  # Enter keeps the job as it is
    box.defaultButton().click()
    # Only the balance was read: nothing was sent.
    assert Jobs(ctx.store).get(job).status is JobStatus.INTERRUPTED and not sim.requests_to("twsms", SEND)
    qtbot.waitUntil(tab.resume_button.isEnabled)
    open_resume(qtbot, tab).go_button.click()
    qtbot.waitUntil(lambda: Jobs(ctx.store).get(job).status is JobStatus.DONE, timeout=10000)
    counts = Jobs(ctx.store).counts(job)
    assert (counts["submitted"], counts["unknown"]) == (4, 1)
    assert len(sim.vendors["twsms"].messages) == 4
    qtbot.waitUntil(lambda: not tab.sending and not tab.resume_button.isEnabled(), timeout=5000)


def test_cancel_job_and_a_job_another_sender_holds(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    from smsdesk.core.leases import JobLease

    account = twsms(ctx, sim)
    paused = stopped_job(ctx, account, JobStatus.PAUSED)
    held = stopped_job(ctx, account, JobStatus.INTERRUPTED)
    tab = make_tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.select_job(paused))
    qtbot.waitUntil(tab.cancel_job_button.isEnabled)
    tab.cancel_job_button.click()
    tab.cancel_box.go_button.click()
    qtbot.waitUntil(lambda: Jobs(ctx.store).get(paused).status is JobStatus.CANCELLED, timeout=5000)
    assert Jobs(ctx.store).counts(paused)["cancelled"] == 5
    # The command line is sending the other job: the window says so and changes nothing.
    lease = JobLease(ctx.store, held)
    lease.acquire()
    try:
        qtbot.waitUntil(lambda: tab.select_job(held))
        qtbot.waitUntil(tab.resume_button.isEnabled)
        open_resume(qtbot, tab).go_button.click()
        qtbot.waitUntil(lambda: getattr(tab, "error_box", None) is not None and tab.error_box.isVisible(),
                        timeout=5000)
        assert f"Job {held} is being sent right now" in tab.error_box.text()
        assert Jobs(ctx.store).counts(held)["queued"] == 5 and Jobs(ctx.store).get(held).status is JobStatus.INTERRUPTED
    finally:
        lease.release()
    assert not sim.requests_to("twsms", SEND)  # only balance readings
    tab.error_box.close()
