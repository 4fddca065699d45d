"""Compose's send path: plan on the worker, confirm, send, show progress, start a new draft.

A mixin of :class:`~smsdesk.gui.tabs.compose.ComposeTab`: it builds the send row (progress,
Pause, Cancel, Send) and reads the draft from the tab's parts. The rules (quiet hours, the
repeat guard, the balance) are decided in core, exactly as the CLI applies them
(core/send_rules.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from smsdesk.core.contacts import contact_name
from smsdesk.core.drafts import Prepared, prepare_send, split_numbers
from smsdesk.core.engine import Progress, SendControl, SendSummary
from smsdesk.core.jobs import Jobs, JobStatus
from smsdesk.core.planner import Plan, create_job
from smsdesk.core.redact import redact
from smsdesk.core.send_rules import SendRules
from smsdesk.core.settings import account_region, default_region
from smsdesk.core.states import State
from smsdesk.gui.coalesce import Coalescer
from smsdesk.gui.context import AppContext
from smsdesk.gui.dialogs import ConfirmSendDialog
from smsdesk.gui.icons import icon
from smsdesk.gui.missed_schedule import offer_choice
from smsdesk.gui.tabs.compose_drafts import shown_phone
from smsdesk.gui.tabs.send_lines import outcome_line
from smsdesk.i18n import fmt_datetime, fmt_int, join_list, translate

if TYPE_CHECKING:
    from smsdesk.core.accounts import Account
    from smsdesk.core.contacts import ContactList
    from smsdesk.core.window import MissedSchedule
    from smsdesk.gui.scheduler import Scheduler
    from smsdesk.gui.tabs.compose_drafts import DraftBar
    from smsdesk.gui.tabs.compose_editor import MessageEditor
    from smsdesk.gui.tabs.compose_schedule import SchedulePicker
    from smsdesk.vendors.base import TemplateChoice


class ComposeSending(QWidget):
    """Send, confirm, progress and the controls of the send started here."""

    ctx: AppContext
    control: SendControl | None
    job_id: int | None
    reply_to: str | None  # the number a reply goes to, while Compose holds a reply
    _sending: bool
    _preparing: bool
    _last_counts: dict[str, int]
    _progress_gate: Coalescer[Progress] | None = None
    scheduler: Scheduler
    _clock: QTimer
    _analysis_timer: QTimer
    draft_bar: DraftBar
    confirm_dialog: ConfirmSendDialog | None
    message_box: QMessageBox | None
    progress: QProgressBar
    progress_label: QLabel
    blocker: QLabel
    pause_button: QPushButton
    cancel_button: QPushButton
    send_button: QPushButton
    recipients: QPlainTextEdit
    message: QPlainTextEdit
    editor_stack: MessageEditor
    schedule_picker: SchedulePicker
    if TYPE_CHECKING:
        current_template: Callable[[], TemplateChoice | None]
        current_account: Callable[[], Account | None]
        chosen_lists: Callable[[], list[ContactList]]
        schedule_at: Callable[[], datetime | None]
        _update_send_state: Callable[..., None]

    def _build_send_row(self) -> QHBoxLayout:
        """Progress, why Send is not available, and Pause / Cancel / Send."""
        actions = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.blocker = QLabel()
        self.blocker.setWordWrap(True)
        self.blocker.setAccessibleName(self.tr("Why Send is not available"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause stops after the requests under way; Resume goes on with the "
                                             "rest. Nobody gets the message twice."))
        self.pause_button.setIcon(icon("pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("Cancel sending"))
        self.cancel_button.setIcon(icon("stop-sending"))
        self.cancel_button.setToolTip(self.tr("Stop before the next request; everything already sent stays "
                                              "tracked"))
        self.cancel_button.clicked.connect(self.stop_sending)
        self.send_button = QPushButton(self.tr("&Send\u2026"))
        self.send_button.setIcon(icon("send"))
        self.send_button.setToolTip(self.tr("Review the recipients and the cost, then confirm (Ctrl+Enter)"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.progress_label, 1)
        actions.addWidget(self.blocker, 2)
        for button in (self.pause_button, self.cancel_button, self.send_button):
            actions.addWidget(button)
        self.pause_button.setVisible(False)
        self.cancel_button.setVisible(False)
        return actions

    # -- sending -----------------------------------------------------------
    @property
    def sending(self) -> bool:
        """A send started here, or a scheduled job the app is sending, is under way."""
        return self._sending or self.scheduler.sending

    def send_kwargs(self) -> dict[str, Any]:
        template = self.current_template()
        rules = SendRules.from_settings(self.ctx.settings)
        kwargs: dict[str, Any] = {
            "phones": split_numbers(self.recipients.toPlainText()),
            "lists": [lst.name for lst in self.chosen_lists()],
            "schedule_at": self.schedule_at(),
            "region": account_region(self.ctx.settings, account.spec) if (account := self.current_account())
            else default_region(self.ctx.settings),
            **rules.plan_kwargs(ignore_quiet_hours=self.schedule_picker.quiet_overridden()),
        }
        if template is not None:
            kwargs.update(template_id=template.id, params=self.editor_stack.templates.values(),
                          template_text=template.text or None)
        else:
            kwargs["text"] = self.message.toPlainText()
        return kwargs

    def send(self) -> None:
        """Refresh the balance, plan, and ask for confirmation (nothing is spent before that)."""
        if self._sending or self._preparing:
            return
        self.schedule_picker.update_note()
        self._update_send_state()
        account = self.current_account()
        if account is None or not self.send_button.isEnabled():
            return
        self._preparing = True
        self._update_send_state()
        if account.spec.capabilities.balance:
            self.blocker.setText(self.tr("Checking the balance\u2026"))
            self.blocker.setVisible(True)
        self.ctx.worker.submit(_prepare, self.ctx, account, self.send_kwargs(), self.reply_to,
                               on_result=self._confirm, on_error=self._plan_failed)

    def _notify(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        # open(), not exec(): the window stays responsive and tests can drive it.
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def _plan_failed(self, exc: Exception) -> None:
        self._preparing = False
        self._update_send_state()
        self._notify(self.tr("Cannot send yet"), str(exc))

    def _confirm(self, result: tuple[Prepared, str]) -> None:
        prepared, reply_title = result
        self._preparing = False
        self._update_send_state()
        plan = prepared.plan
        if not plan.recipients and not plan.repeats:
            self._notify(self.tr("No one to send to"), plan.describe())
            return
        self.confirm_dialog = ConfirmSendDialog(plan, self, balance_checked=prepared.balance_checked,
                                                balance_error=prepared.balance_error, title=reply_title)
        self.confirm_dialog.accepted.connect(lambda: self.start(plan))
        self.confirm_dialog.open()

    def start(self, plan: Plan) -> None:
        self._sending = True
        self.control = SendControl()
        self.job_id = None
        self._last_counts = {}
        if self._progress_gate is None:
            self._progress_gate = Coalescer(self._show_progress, self)
        self._progress_gate.discard()
        self.progress.setRange(0, len(plan.recipients))
        self.progress.setValue(0)
        self.progress.setFormat("%v / %m")
        self.progress_label.setText(self.tr("Starting\u2026"))
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setIcon(icon("pause"))
        local = plan.local_schedule
        for w in (self.progress, self.progress_label, self.pause_button, self.cancel_button):
            w.setVisible(not local)
        self.reply_to = None
        self.draft_bar.after_send()  # a new draft: the same campaign cannot go out twice by accident
        self._update_send_state()
        self.ctx.worker.submit(
            _create_and_run, self.ctx, plan, self.control, wants_task=True,
            on_partial=self._on_progress, on_result=partial(self._done, plan=plan), on_error=self._send_failed,
            on_finished=self._finished,
        )

    def _on_progress(self, payload: Any) -> None:
        if isinstance(payload, int):
            self.job_id = payload
            if self.control is not None:
                self.ctx.sends.add(payload, self.control)
            self.ctx.events.job_created.emit(payload)
            self.ctx.events.jobs_changed.emit()
            return
        if isinstance(payload, Progress):
            self.ctx.sends.report(payload)
            if self._progress_gate is not None:  # one report per message: repaint ~20 times a second
                self._progress_gate.push(payload)

    def _show_progress(self, payload: Progress) -> None:
        self.progress.setValue(payload.done)
        self._last_counts = payload.counts
        self.progress_label.setText(self._counts_text(payload.counts))

    def _counts_text(self, counts: dict[str, int]) -> str:
        shown = join_list(f"{State(k).label} {fmt_int(v)}" for k, v in counts.items() if v)
        if self.control is not None and self.control.paused:
            shown = self.tr("Paused. {counts}").format(counts=shown)
        return shown

    def _done(self, result: tuple[SendSummary, MissedSchedule | None], plan: Plan) -> None:
        summary, missed = result
        if self._progress_gate is not None:
            self._progress_gate.flush()
        data = summary.as_json()
        if plan.local_schedule and plan.schedule_at is not None:
            text = self.tr("Job {job} is scheduled for {when}. SMS Desk sends it then: leave the app running.").format(
                job=data["job"], when=fmt_datetime(plan.schedule_at))
        else:
            text = self.tr("Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, "
                           "{unknown} unknown, {cancelled} cancelled; {cost}.").format(**summary.as_text())
        if data["note"]:
            text += "\n" + data["note"]
        self.progress_label.setText(outcome_line(data["job"], summary.status, self._counts_text(summary.counts)))
        self.ctx.events.status_message.emit(text.replace("\n", " "))
        self.ctx.events.jobs_changed.emit()
        self.ctx.events.balances_stale.emit(plan.account.id)
        if missed is not None:  # the vendor refused part of it for its time: send the rest now, or cancel it
            self.message_box = offer_choice(
                self, missed, on_send_now=lambda: self._after_missed(self.ctx.engine.resume, summary.job, send_now=True),
                on_cancel=lambda: self._after_missed(self.ctx.engine.cancel_job, summary.job))
        elif summary.status.value == "paused":
            self._notify(self.tr("Sending paused"), text + "\n" + self.tr(
                "Fix the problem, then resume the job on the Status tab: numbers already sent are not sent again."))
        elif plan.local_schedule:
            self._notify(self.tr("Scheduled"), text, QMessageBox.Icon.Information)

    def _after_missed(self, action: Callable[..., SendSummary], job: int, **kwargs: Any) -> None:
        def done(result: tuple[SendSummary, int | None]) -> None:
            summary, account_id = result
            self.ctx.events.status_message.emit(self.tr(
                "Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, {unknown} unknown, "
                "{cancelled} cancelled; {cost}.").format(**summary.as_text()))
            self.ctx.events.jobs_changed.emit()
            if account_id is not None:
                self.ctx.events.balances_stale.emit(account_id)

        self.ctx.worker.submit(_then_account, self.ctx, action, job, on_result=done, on_error=self._send_failed,
                               **kwargs)

    def _send_failed(self, exc: Exception) -> None:
        self._notify(self.tr("Sending stopped"), self.tr("{error}\nNumbers already sent stay tracked on the Status "
                                                         "tab.").format(error=str(exc)), QMessageBox.Icon.Critical)

    def _finished(self) -> None:
        if self._progress_gate is not None:
            self._progress_gate.flush()
        self._sending = False
        if self.job_id is not None:
            self.ctx.sends.remove(self.job_id)
        self.control = None
        for w in (self.pause_button, self.cancel_button):
            w.setVisible(False)
        self.progress.setVisible(False)  # a finished job's "2 / 49500" would read as still going
        self._update_send_state()
        self.ctx.events.jobs_changed.emit()


    def _forget_last_send(self) -> None:
        """The next message is being written: the last job's outcome line has done its job."""
        if not self._sending:
            self.progress_label.clear()

    def toggle_pause(self) -> None:
        if self.control is None:
            return
        if self.control.paused:
            self.control.resume()
        else:
            self.control.pause()
        if self.job_id is not None:
            self.ctx.sends.changed.emit(self.job_id)
        self._show_pause_state()

    def _show_pause_state(self, *_: Any) -> None:
        """The Pause button and label follow the control, also when the Status tab paused it."""
        paused = self.control is not None and self.control.paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setIcon(icon("resume" if paused else "pause"))
        if self.control is not None and self._sending:  # once it stopped, the label says how it ended
            self.progress_label.setText(self._counts_text(self._last_counts))

    def shutdown(self) -> None:
        """Stop the timers (the window is closing); a send under way is left to :meth:`stop_sending`."""
        self._clock.stop()
        self._analysis_timer.stop()
        self.scheduler.shutdown()

    def halt_sending(self) -> None:
        """The app is closing: stop before the next request, keep the rest queued for resume."""
        if self.control is not None:
            self.control.halt()
        self.scheduler.halt()

    def stop_sending(self) -> None:
        """Cancel: stop before the next request; requests under way finish and are recorded."""
        if self.control is not None:
            self.control.cancel()
            self.pause_button.setVisible(False)
            self.progress_label.setText(self.tr("Cancelling after the requests under way\u2026"))
        self.scheduler.stop()


def _prepare(ctx: AppContext, account: Any, kwargs: dict[str, Any], reply_to: str | None) -> tuple[Prepared, str]:
    """Worker side: a fresh balance and the plan; for a reply, who it goes to, in words."""
    prepared = prepare_send(ctx.store, ctx.accounts, account, kwargs)
    title = ""
    recipients = prepared.plan.recipients or prepared.plan.repeats
    if reply_to and len(recipients) == 1:
        phone = recipients[0].phone
        name = recipients[0].name or contact_name(ctx.store, phone)
        who = translate("ComposeSending", "{name} ({phone})").format(name=name, phone=shown_phone(phone)) \
            if name else shown_phone(phone)
        title = translate("ComposeSending", "Reply to {who}").format(who=who)
    return prepared, title


def _then_account(ctx: AppContext, action: Callable[..., SendSummary], job: int,
                  **kwargs: Any) -> tuple[SendSummary, int | None]:
    """Worker side: run ``action`` on the job, then read which account it spent from."""
    summary = action(job, **kwargs)
    sent = ctx.engine.jobs.get(summary.job)
    return summary, sent.account_id if sent is not None else None


def _create_and_run(ctx: AppContext, plan: Plan, control: SendControl,
                    task: Any) -> tuple[SendSummary, MissedSchedule | None]:
    """Runs on a worker thread: journal the job, then send it (or leave it to the scheduler).

    With the summary comes, for a job paused because the vendor refused its time, the choice to offer.
    """
    job_id = create_job(ctx.store, plan.account, plan)
    task.emit(job_id)
    engine = ctx.engine
    if plan.local_schedule:
        return engine.summary(job_id), None
    try:
        summary = engine.run(job_id, control=control, progress=task.emit)
        return summary, engine.missed_schedule(summary.job) if summary.status.value == "paused" else None
    except Exception as exc:
        # E.g. the password is no longer saved: the job stays resumable from the Status tab.
        jobs = Jobs(ctx.store)
        job = jobs.get(job_id)
        if job is not None and job.status is JobStatus.SENDING:
            jobs.set_status(job_id, JobStatus.PAUSED)
            jobs.set_note(job_id, redact(str(exc)))
        raise
