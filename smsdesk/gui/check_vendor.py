"""The Status tab's **Check with vendor** button: ask the vendor about a job's unknown recipients.

Shown only for vendors that can find a message by phone number and time
(``capabilities.can_find_by_phone``); the query runs on a worker thread and the
per-recipient notes it stores appear in the recipients table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from smsdesk.core.resolution import CheckResult, can_check, check_with_vendor
from smsdesk.core.states import State
from smsdesk.gui.icons import icon
from smsdesk.gui.models import alive
from smsdesk.gui.worker import TaskContext


def _check(store: Any, accounts: Any, job_id: int, task: TaskContext) -> CheckResult:
    """Worker thread: one query per unknown recipient; stops between them when the window closes."""
    return check_with_vendor(store, accounts, job_id, cancelled=task.cancelled)


class CheckWithVendorButton(QPushButton):
    """``tab`` is the Status tab: its context, selected job and reload are used."""

    def __init__(self, tab: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check with vendor"), parent)
        self.tab = tab
        self.running: int | None = None  # the job being checked
        self.setIcon(icon("refresh"))
        self.setToolTip(self.tr("Ask the vendor, by phone number and send time, whether this job's unknown "
                                "recipients got the message. Nothing is sent."))
        self.clicked.connect(self.start)
        self.hide()

    def update_for(self, row: Any, account: Any) -> None:
        able = account is not None and can_check(account)
        self.setVisible(able)
        unknown = row.counts.get(str(State.UNKNOWN), 0) if row is not None else 0
        self.setEnabled(able and unknown > 0 and self.running is None)

    def start(self) -> None:
        job = self.tab.selected_job()
        if job is None or not self.isEnabled():
            return
        self.running = job
        self.setEnabled(False)
        ctx = self.tab.ctx
        ctx.worker.submit(_check, ctx.store, ctx.accounts, job, wants_task=True, on_result=self._done,
                          on_error=self._failed, on_finished=self._finished)

    @alive
    def _done(self, result: CheckResult) -> None:
        self.tab.ctx.events.status_message.emit(self.tr(
            "Job {job}: asked the vendor about {asked} unknown recipients; {resolved} resolved, {left} still "
            "unknown (see each one's note).").format(job=result.job, asked=result.asked, resolved=result.resolved,
                                                    left=result.still_unknown))

    @alive
    def _failed(self, exc: Exception) -> None:
        self.tab.ctx.events.status_message.emit(
            self.tr("Could not check with the vendor: {error} Try again later.").format(error=exc))

    @alive
    def _finished(self) -> None:
        self.running = None
        self.tab.reload()  # shows the new states and notes, and sets the buttons again
