"""The Status tab's job actions: resume, cancel, send again, and the controls of a live send.

A mixin of :class:`~smsdesk.gui.tabs.status.StatusTab`. Every job this window is sending is
in ``ctx.sends`` (gui/active_sends.py), whichever tab started it: for the selected one the
tab offers Pause/Resume and Cancel and shows its progress live. Resume and Send again
confirm with the recipients, the cost and a balance read just before, on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from smsdesk.core.balances import read_balance
from smsdesk.core.drafts import Prepared
from smsdesk.core.engine import Progress, SendControl, SendSummary
from smsdesk.core.job_views import message_lines, message_phones
from smsdesk.core.jobs import JobStatus
from smsdesk.core.money import ResumeEstimate, resume_estimate
from smsdesk.core.planner import Plan, create_job
from smsdesk.core.resend import RESENDABLE, plan_resend
from smsdesk.core.settings import quiet_hours
from smsdesk.core.states import State
from smsdesk.gui.context import AppContext
from smsdesk.gui.dialogs import ConfirmSendDialog
from smsdesk.gui.icons import icon
from smsdesk.gui.missed_schedule import offer_choice
from smsdesk.gui.models import alive
from smsdesk.gui.widgets import ask
from smsdesk.i18n import fmt_int

if TYPE_CHECKING:
    from smsdesk.core.accounts import Account
    from smsdesk.core.job_views import JobOverview
    from smsdesk.gui.tabs.status_model import MessagesModel

RESUMABLE = (JobStatus.PAUSED, JobStatus.INTERRUPTED)
LIVE_RELOAD_MS = 1000  # the jobs list follows a live send at most this often


def _resume(ctx: AppContext, job_id: int, control: SendControl, send_now: bool, task: Any) -> SendSummary:
    """Worker thread: the engine sends what the job has not sent (never the unknown)."""
    return ctx.engine.resume(job_id, control=control, progress=task.emit, send_now=send_now)


def _plan_resend(ctx: AppContext, account: Account, job_id: int, phones: list[str], quiet: Any) -> Prepared:
    """Worker thread: a fresh balance, then the plan of a NEW job for the chosen recipients."""
    checked, error = False, ""
    if account.spec.capabilities.balance:
        reading = read_balance(ctx.store, ctx.accounts, account)
        checked, error = reading.balance is not None, reading.error
    return Prepared(plan_resend(ctx.store, account, job_id, phones, quiet_hours=quiet), checked, error)


def _plan_resend_rows(ctx: AppContext, account: Account, job_id: int, ids: list[int], quiet: Any) -> Prepared:
    """Worker thread: :func:`_plan_resend` for the chosen rows that failed or whose outcome is unknown."""
    lines = message_lines(ctx.store, ids)
    phones = [lines[i].phone for i in ids if i in lines and lines[i].state in RESENDABLE]
    return _plan_resend(ctx, account, job_id, phones, quiet)


def _plan_resend_failed(ctx: AppContext, account: Account, job_id: int, quiet: Any) -> Prepared:
    """Worker thread: :func:`_plan_resend` for every recipient of the job that failed."""
    return _plan_resend(ctx, account, job_id, message_phones(ctx.store, job_id, states=[State.FAILED]), quiet)


def _resend_and_run(ctx: AppContext, plan: Plan, control: SendControl, task: Any) -> SendSummary:
    """Worker thread: a NEW job for the chosen recipients, sent by the engine like any other."""
    job_id = create_job(ctx.store, plan.account, plan)
    task.emit(job_id)
    engine = ctx.engine
    if plan.local_schedule:
        return engine.summary(job_id)
    return engine.run(job_id, control=control, progress=task.emit)


class StatusJobActions(QWidget):
    """Resume, cancel, send again, pause: the Status tab's job-level actions."""

    ctx: AppContext
    control: SendControl | None
    busy_job: int | None
    confirm_dialog: ConfirmSendDialog | None
    resume_box: QMessageBox | None
    resume_button: QPushButton
    cancel_job_button: QPushButton
    resend_button: QPushButton
    resend_failed_button: QPushButton
    pause_job_button: QPushButton
    rows: list[JobOverview]
    if TYPE_CHECKING:
        selected_overview: Callable[[], JobOverview | None]
        selected_job: Callable[[], int | None]
        selected_resendable: Callable[[], list[str]]
        selected_rows: Callable[[], list[int]]
        _account: Callable[[int], Account | None]
        _update_buttons: Callable[[], None]
        _update_summary: Callable[..., None]
        model: MessagesModel
        reload: Callable[[], None]

    def _build_live_controls(self) -> QPushButton:
        """The Pause/Resume button of a live send (shown only for a job this window is sending)."""
        self.pause_job_button = QPushButton(self.tr("&Pause"))
        self.pause_job_button.setIcon(icon("pause"))
        self.pause_job_button.setToolTip(self.tr("Pause stops after the requests under way; press again to go on. "
                                                 "Nobody gets the message twice."))
        self.pause_job_button.clicked.connect(self.toggle_pause_selected)
        self.pause_job_button.setVisible(False)
        self.resume_box = None
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_RELOAD_MS)
        self._live_timer.timeout.connect(self.reload)
        self.ctx.sends.changed.connect(self._live_changed)
        self.ctx.sends.progress.connect(self._live_progress)
        return self.pause_job_button

    # -- a live send ---------------------------------------------------------------------------
    @property
    def sending(self) -> bool:
        return self.control is not None

    def live_job(self) -> int | None:
        """The selected job, when this window is sending it (from any tab)."""
        job = self.selected_job()
        return job if job is not None and self.ctx.sends.is_sending(job) else None

    def _update_live_buttons(self) -> None:
        job = self.live_job()
        self.pause_job_button.setVisible(job is not None)
        if job is not None:
            paused = self.ctx.sends.paused(job)
            self.pause_job_button.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
            self.pause_job_button.setIcon(icon("resume" if paused else "pause"))
            control = self.ctx.sends.control(job)
            self.pause_job_button.setEnabled(control is not None and not control.cancelled)
            self.cancel_job_button.setEnabled(control is not None and not control.cancelled)
            self.resume_button.setEnabled(False)

    @alive
    def _live_changed(self, job_id: int) -> None:
        self._update_buttons()
        self._live_timer.start()

    @alive
    def _live_progress(self, progress: Progress) -> None:
        for row in self.rows:
            if row.job.id == progress.job_id:
                row.counts = dict(progress.counts)
        if progress.job_id == self.selected_job():
            self._update_summary(details=False)  # the counts only: the report chart follows the reloads
        if not self._live_timer.isActive():
            self._live_timer.start()

    def toggle_pause_selected(self) -> None:
        job = self.live_job()
        if job is None:
            return
        if self.ctx.sends.paused(job):
            self.ctx.sends.resume(job)
        else:
            self.ctx.sends.pause(job)

    def halt_sending(self) -> None:
        """The app is closing: the resume stops before its next request, the rest stays queued."""
        if self.control is not None:
            self.control.halt()

    # -- resume ------------------------------------------------------------------------------
    def resume_selected(self) -> None:
        row = self.selected_overview()
        if row is None or not self.resume_button.isEnabled():
            return
        self.resume_button.setEnabled(False)
        self.ctx.worker.submit(self.ctx.engine.missed_schedule, row.job.id, on_result=partial(self._resume_row, row),
                               on_error=self._job_action_failed, on_finished=self._update_buttons)

    @alive
    def _resume_row(self, row: JobOverview, missed: Any) -> None:
        if missed is not None:  # a plain resume would be refused for its time again: offer the two ways out
            self.resume_box = offer_choice(self, missed, on_send_now=lambda: self.start_resume(row.job.id, send_now=True),
                                           on_cancel=lambda: self.start_cancel(row.job.id))
            return
        self.ctx.worker.submit(resume_estimate, self.ctx.store, self.ctx.accounts, row.job.id,
                               on_result=partial(self._ask_resume, row),
                               on_error=self._job_action_failed, on_finished=self._update_buttons)

    @alive
    def _ask_resume(self, row: JobOverview, estimate: ResumeEstimate) -> None:
        text = self.tr("Resume job {job}? {n} recipients who have not been sent this message yet are sent it now "
                       "from {account}.").format(job=row.job.id, n=fmt_int(estimate.queued), account=row.account)
        text += "\n" + estimate.words()
        if estimate.unknown:
            text += "\n" + self.tr("The {n} whose outcome is unknown are not resent: use Send again for them once "
                                   "you know.").format(n=fmt_int(estimate.unknown))
        self.resume_box = ask(self, self.tr("Resume sending"), text, self.tr("Resume sending"),
                              lambda: self.start_resume(row.job.id), keep=self.tr("Keep it as it is"),
                              destructive=False)

    def start_resume(self, job_id: int, *, send_now: bool = False) -> None:
        self.busy_job = job_id
        self.control = SendControl()
        self.ctx.sends.add(job_id, self.control)
        self._update_buttons()
        self.ctx.events.status_message.emit(self.tr("Job {job}: sending the rest…").format(job=job_id))
        account_id = self._account_of(job_id)
        self.ctx.worker.submit(_resume, self.ctx, job_id, self.control, send_now, wants_task=True,
                               on_partial=self._send_progress,
                               on_result=partial(self._resent, account_id=account_id),
                               on_error=self._job_action_failed,
                               on_finished=partial(self._job_action_done, job_id))

    # -- cancel ------------------------------------------------------------------------------
    def cancel_selected(self) -> None:
        row = self.selected_overview()
        if row is None or not self.cancel_job_button.isEnabled():
            return
        text = self.tr("Cancel job {job}? Recipients it has not sent yet are not sent; messages the vendor keeps "
                       "for later are cancelled there where the vendor allows it. What was sent stays sent.").format(
            job=row.job.id)
        self.cancel_box = ask(self, self.tr("Cancel the job"), text, self.tr("Cancel the job"),
                              lambda: self.start_cancel(row.job.id), keep=self.tr("Keep it as it is"),
                              go_icon="stop-sending")

    def start_cancel(self, job_id: int) -> None:
        if self.ctx.sends.cancel(job_id):  # sent by this window: it stops before its next request
            self.ctx.events.status_message.emit(
                self.tr("Job {job}: cancelling after the requests under way…").format(job=job_id))
            self._update_buttons()
            return
        self.busy_job = job_id
        self._update_buttons()
        self.ctx.worker.submit(lambda: self.ctx.engine.cancel_job(job_id), on_result=self._cancelled,
                               on_error=self._job_action_failed, on_finished=self._job_action_done)

    @alive
    def _cancelled(self, summary: SendSummary) -> None:
        text = self.tr("Job {job}: {cancelled} cancelled.").format(**summary.as_text())
        if summary.note:
            text += " " + summary.note
        self.ctx.events.status_message.emit(text)

    @alive
    def _job_action_failed(self, exc: Exception) -> None:
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The job was not changed"), str(exc),
                                     parent=self)
        self.error_box.open()

    @alive
    def _job_action_done(self, job_id: int | None = None) -> None:
        if job_id is not None:
            self.ctx.sends.remove(job_id)
        self.busy_job = None
        self.control = None
        self.ctx.events.jobs_changed.emit()
        self._update_buttons()

    # -- send again ----------------------------------------------------------------------------
    def resend_selected(self) -> None:
        row = self.selected_overview()
        ids = self.model.row_ids(self.selected_rows())
        if row is None or not ids or not self.resend_button.isEnabled():
            return
        account = self._account(row.job.account_id)
        if account is None:
            return
        self.resend_button.setEnabled(False)
        self.ctx.worker.submit(_plan_resend_rows, self.ctx, account, row.job.id, ids, quiet_hours(self.ctx.settings),
                               on_result=self._confirm_resend, on_error=self._resend_failed,
                               on_finished=self._update_buttons)

    def resend_all_failed(self) -> None:
        """Send again to every failed recipient of the job, no selection needed (a new job, confirmed)."""
        row = self.selected_overview()
        account = self._account(row.job.account_id) if row else None
        if row is None or account is None:
            return
        self.resend_failed_button.setEnabled(False)
        self.ctx.worker.submit(_plan_resend_failed, self.ctx, account, row.job.id, quiet_hours(self.ctx.settings),
                               on_result=self._confirm_resend, on_error=self._resend_failed,
                               on_finished=self._update_buttons)

    @alive
    def _resend_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Cannot send again"), str(exc))

    @alive
    def _confirm_resend(self, prepared: Prepared) -> None:
        plan = prepared.plan
        if not plan.recipients:
            QMessageBox.warning(self, self.tr("No one to send to"), plan.describe())
            return
        self.confirm_dialog = ConfirmSendDialog(plan, self, balance_checked=prepared.balance_checked,
                                                balance_error=prepared.balance_error)
        self.confirm_dialog.accepted.connect(lambda: self.start_resend(plan))
        self.confirm_dialog.open()

    def start_resend(self, plan: Plan) -> None:
        control = SendControl()
        self.ctx.worker.submit(_resend_and_run, self.ctx, plan, control, wants_task=True,
                               on_partial=lambda p: self._send_progress(p, control),
                               on_result=partial(self._resent, account_id=plan.account.id),
                               on_error=self._resend_stopped, on_finished=partial(self._resend_done, control))

    def _resend_done(self, control: SendControl) -> None:
        # Also after an error: a send that is not running must not keep its Pause and Cancel.
        for job in self.ctx.sends.jobs():
            if self.ctx.sends.control(job) is control:
                self.ctx.sends.remove(job)

    @alive
    def _send_progress(self, payload: Any, control: SendControl | None = None) -> None:
        if isinstance(payload, int):  # the new job's id, as soon as it is journalled
            if control is not None:
                self.ctx.sends.add(payload, control)
            self.ctx.events.job_created.emit(payload)
        elif isinstance(payload, Progress):
            self.ctx.sends.report(payload)

    @alive
    def _resend_stopped(self, exc: Exception) -> None:
        QMessageBox.critical(self, self.tr("Sending stopped"), str(exc))

    def _account_of(self, job_id: int) -> int | None:
        return next((r.job.account_id for r in self.rows if r.job.id == job_id), None)

    @alive
    def _resent(self, summary: SendSummary, account_id: int | None = None) -> None:
        if self.busy_job != summary.job:
            self.ctx.sends.remove(summary.job)  # a Send again job (a resume is removed when it finishes)
        data = summary.as_json()
        text = self.tr("Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown; "
                       "{cost}.").format(**summary.as_text())
        if data["note"]:
            text += " " + data["note"]
        self.ctx.events.status_message.emit(text)
        self.ctx.events.jobs_changed.emit()
        if account_id is not None:  # it spent from that account: the balance shown is out of date
            self.ctx.events.balances_stale.emit(account_id)
