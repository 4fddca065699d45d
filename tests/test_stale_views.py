"""Views that must follow the data: F5 under a filter, Done only when it is, Compose's last send
line, and accounts added by another process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.gui import opened_ctx, shown_main_window

from smsdesk.core.accounts import Account
from smsdesk.core.engine import SendEngine
from smsdesk.core.job_progress import reports_possible, status_label
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.compose import ComposeTab
from smsdesk.sim.server import Simulator
from smsdesk.vendors.base import Capabilities

TW_USER, TW_PASS = "shop", "tw-Secret-pa55"
A, B = "+886930000001", "+886930000002"


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


def twsms(ctx: AppContext, sim: Simulator, latency: float = 0.0) -> Account:
    sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=100_000)
    if latency:
        sim.set_latency("twsms", latency)
    return ctx.accounts.add("Shop", "twsms", {"username": TW_USER}, {"password": TW_PASS},
                            base_url=sim.base_url("twsms"))


def send(ctx: AppContext, account: Account, phones: list[str]) -> int:
    job, _ = Jobs(ctx.store).create(account.id, [PlannedRecipient(p, rendered="hi") for p in phones], text="hi")
    SendEngine(ctx.store, ctx.accounts).run(job)
    return job


# -- F5 under a filter ------------------------------------------------------------------


def test_f5_under_a_state_filter_refreshes_the_rows(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    send(ctx, twsms(ctx, sim), [A, B])
    window = shown_main_window(qtbot, ctx)
    status = window.status
    status.poll_timer.stop()
    window.tabs.setCurrentWidget(status)
    qtbot.waitUntil(lambda: status.model.rowCount() == 2 and not status.model.loading, timeout=10000)
    status.state_filter.setCurrentIndex(status.state_filter.findData("failed"))
    qtbot.waitUntil(lambda: status.model.rowCount() == 0 and not status.model.loading, timeout=10000)
    sim.vendors["twsms"].fail(B, "MOBERROR", push=False)
    qtbot.waitUntil(status.refresh_button.isEnabled)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    # The failed recipient joins the filtered table, without choosing the filter again.
    qtbot.waitUntil(lambda: status.model.rowCount() == 1 and not status.model.loading, timeout=10000)
    qtbot.waitUntil(lambda: (line := status.model.line(0)) is not None and line.phone == B, timeout=10000)
    assert "Failed 1" in status.legend.text()


# -- Done only when it is ----------------------------------------------------------------


def test_done_needs_every_outcome_or_a_vendor_that_cannot_report() -> None:
    waiting = {"submitted": 3, "delivered": 2}
    finished = {"delivered": 4, "failed": 1, "unknown": 1}  # unknown: no report is expected
    assert status_label(JobStatus.DONE, waiting, reports=True) == "Waiting for reports"
    assert status_label(JobStatus.DONE, finished, reports=True) == "Done"
    assert status_label(JobStatus.DONE, waiting, reports=False) == "Done"
    assert status_label(JobStatus.PAUSED, waiting, reports=True) == "Paused"
    now = datetime.now(UTC)
    sent = (now - timedelta(days=2)).isoformat()
    query = Capabilities(status_query=True, status_horizon=timedelta(days=7))
    assert reports_possible(query, callbacks_running=False, sent_at=sent, now=now)
    assert not reports_possible(query, callbacks_running=False, sent_at=sent, now=now + timedelta(days=6))
    push_only = Capabilities(push_callbacks=True)
    assert reports_possible(push_only, callbacks_running=True, sent_at=sent, now=now)
    assert not reports_possible(push_only, callbacks_running=False, sent_at=sent, now=now)
    assert not reports_possible(Capabilities(), callbacks_running=True, sent_at=sent, now=now)


def test_status_says_done_only_once_the_reports_are_in(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    from smsdesk.gui.tabs.status import StatusTab

    job = send(ctx, twsms(ctx, sim), [A, B])
    assert Jobs(ctx.store).get(job).status is JobStatus.DONE  # type: ignore[union-attr]  # every one attempted
    tab = StatusTab(ctx)
    tab.poll_timer.stop()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.jobs_table.rowCount() == 1, timeout=10000)
    assert tab.jobs_table.item(0, 7).text() == "Waiting for reports"
    assert "Waiting for reports" in tab.summary.text()
    sim.vendors["twsms"].deliver(A, push=False)
    sim.vendors["twsms"].fail(B, "MOBERROR", push=False)
    tab.refresh_selected()
    qtbot.waitUntil(lambda: tab.jobs_table.item(0, 7).text() == "Done", timeout=10000)
    assert "Done" in tab.summary.text()


# -- Compose after a send --------------------------------------------------------------


def test_composes_line_says_a_cancelled_job_stopped_and_clears(qtbot: QtBot, ctx: AppContext,
                                                               sim: Simulator) -> None:
    twsms(ctx, sim, latency=0.05)
    tab = ComposeTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    assert tab.select_account("Shop")
    tab.recipients.setPlainText("\n".join(f"+8869300{i:05d}" for i in range(30)))
    tab.message.setPlainText("Hello")
    ctx.events.job_created.connect(lambda _job: tab.cancel_button.click())
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=10000)
    tab.confirm_dialog.send_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: tab.job_id is not None and not tab.sending, timeout=20000)
    job = tab.job_id
    assert tab.progress.isHidden()  # no "2 / 30" left behind as if it were still going
    assert tab.progress_label.text().startswith(f"Job {job} cancelled: ")
    assert "Queued" not in tab.progress_label.text()
    tab.message.setPlainText("The next message")
    assert tab.progress_label.text() == ""
    tab.shutdown()


# -- accounts added from the command line ---------------------------------------------------


def test_an_account_added_by_the_cli_appears_in_compose(qtbot: QtBot, ctx: AppContext, home: Path) -> None:
    window = shown_main_window(qtbot, ctx)
    compose = window.compose
    names = lambda: [compose.account.itemText(i) for i in range(compose.account.count())]  # noqa: E731
    assert not any("From the CLI" in n for n in names())
    # Let the window come to the front first: that is a check of its own, not the one tested here.
    qtbot.waitUntil(lambda: QApplication.applicationState() == Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: window.accounts_watcher is not None and not window.accounts_watcher.timer.isActive())
    env = {**os.environ, "SMSDESK_HOME": str(home)}
    subprocess.run([sys.executable, "-m", "smsdesk.cli", "account", "add", "From the CLI", "--vendor", "twsms",
                    "--set", "username=cli-shop", "--base-url", "http://127.0.0.1:9/twsms", "--secret-stdin"],
                   env=env, check=True, capture_output=True, timeout=120, input=b"cli-password\n")
    # No click, no restart: the database write is noticed.
    qtbot.waitUntil(lambda: any("From the CLI" in n for n in names()), timeout=15000)
    window.close()
