"""Compose tab: account, recipients, message with a live cost counter, schedule, Send."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import segments
from smsdesk.core.accounts import Account
from smsdesk.core.engine import Progress, SendControl, SendSummary
from smsdesk.core.planner import Plan, create_job, plan_send
from smsdesk.gui.context import AppContext
from smsdesk.gui.dialogs import ConfirmSendDialog

SAMPLE_PHONE = "+886912345678"


def split_numbers(text: str) -> list[str]:
    # Keep "+886 912-345-678" together: split on newlines/commas first, spaces only
    # between things that each look like a whole number.
    parts: list[str] = []
    for chunk in re.split(r"[\n,;，；、]+", text):
        chunk = chunk.strip()
        if chunk:
            parts.append(chunk)
    return parts


class ComposeTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.control: SendControl | None = None
        self.sending = False
        self.confirm_dialog: ConfirmSendDialog | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.account = QComboBox()
        self.account.setAccessibleName(self.tr("Account"))
        self.account.currentIndexChanged.connect(self.update_counter)
        form.addRow(self.tr("&Account:"), self.account)
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("Phone numbers, one per line (0912-345-678, +886 912 345 678 \u2026)"))
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setMaximumHeight(90)
        self.recipients.setTabChangesFocus(True)
        self.recipients.textChanged.connect(self.update_counter)
        form.addRow(self.tr("&To:"), self.recipients)
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText(self.tr("Write your message. {name} inserts each customer's name."))
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTabChangesFocus(True)
        self.message.textChanged.connect(self.update_counter)
        form.addRow(self.tr("&Message:"), self.message)
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Length and cost"))
        self.counter.setWordWrap(True)
        form.addRow("", self.counter)
        when = QHBoxLayout()
        self.now = QRadioButton(self.tr("Send &now"))
        self.now.setChecked(True)
        self.later = QRadioButton(self.tr("Send &later:"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setEnabled(False)
        self.when.setAccessibleName(self.tr("Send at"))
        self.later.toggled.connect(self.when.setEnabled)
        self.later.toggled.connect(self.update_counter)
        self.tz_label = QLabel(datetime.now().astimezone().strftime("UTC%z"))
        for w in (self.now, self.later, self.when, self.tz_label):
            when.addWidget(w)
        when.addStretch(1)
        form.addRow(self.tr("When:"), when)
        layout.addLayout(form)
        self.schedule_note = QLabel()
        self.schedule_note.setWordWrap(True)
        layout.addWidget(self.schedule_note)
        actions = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress_label = QLabel()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop before the next request; nothing already sent is lost track of"))
        self.cancel_button.clicked.connect(self.stop_sending)
        self.send_button = QPushButton(self.tr("&Send\u2026"))
        self.send_button.setToolTip(self.tr("Review the cost and confirm (Ctrl+Enter)"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        for w in (self.progress, self.progress_label):
            actions.addWidget(w, 1)
        actions.addStretch(0)
        for w in (self.pause_button, self.cancel_button, self.send_button):
            actions.addWidget(w)
        self.pause_button.setVisible(False)
        self.cancel_button.setVisible(False)
        layout.addLayout(actions)
        layout.addStretch(1)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.send)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.send)
        ctx.events.accounts_changed.connect(self.load_accounts)
        self.load_accounts()
        self.update_counter()

    # -- form --------------------------------------------------------------
    def load_accounts(self) -> None:
        current = self.account.currentText()
        self.account.blockSignals(True)
        self.account.clear()
        for account in self.ctx.accounts.all():
            label = account.name + (self.tr(" (practice: nothing is really sent)") if account.is_sandbox else "")
            self.account.addItem(label, account.id)
        index = self.account.findText(current)
        self.account.setCurrentIndex(max(0, index))
        self.account.blockSignals(False)

    def current_account(self) -> Account | None:
        account_id = self.account.currentData()
        return None if account_id is None else self.ctx.accounts.get(int(account_id))

    def prefill(self, phone: str, account_name: str) -> None:
        self.recipients.setPlainText(phone)
        for i in range(self.account.count()):
            if self.account.itemText(i).startswith(account_name):
                self.account.setCurrentIndex(i)
        self.message.setFocus()

    def update_counter(self) -> None:
        account = self.current_account()
        text = self.message.toPlainText()
        numbers = split_numbers(self.recipients.toPlainText())
        if account is None:
            self.counter.setText(self.tr("Add an account first (the Sandbox is free)."))
            return
        info = segments.analyze(text)
        c = segments.cost(account.spec.cost_rule, text, SAMPLE_PHONE)
        parts = [
            self.tr("{chars} characters").format(chars=info.chars),
            info.encoding,
            self.tr("{n} segment(s)").format(n=c.segments),
            self.tr("{points} point(s) per recipient").format(points=c.points),
        ]
        if numbers:
            parts.append(self.tr("about {total} points for {n} recipients").format(
                total=c.points * len(numbers), n=len(numbers)))
        line = " \u00b7 ".join(parts)
        fixes = segments.ucs2_fixes(text)
        if fixes:
            chars = " ".join(f"\u201c{f.char}\u201d" for f in fixes)
            line += "\n" + self.tr("These characters make the message cost double: {chars}").format(chars=chars)
        if not c.allowed and text:
            line += "\n" + c.problem
        self.counter.setText(line)
        if self.later.isChecked() and not account.spec.capabilities.native_schedule:
            self.schedule_note.setText(self.tr("{vendor} cannot schedule messages itself: SMS Desk will send at "
                                               "that time, so leave the app running.").format(vendor=account.spec.label))
        else:
            self.schedule_note.setText("")

    # -- sending -----------------------------------------------------------
    def schedule_at(self) -> datetime | None:
        if not self.later.isChecked():
            return None
        return self.when.dateTime().toPython().astimezone()

    def send(self) -> None:
        if self.sending:
            return
        account = self.current_account()
        if account is None:
            return
        self.send_button.setEnabled(False)
        from smsdesk.gui.settings_dialog import default_region, quiet_hours

        self.ctx.worker.submit(
            plan_send, self.ctx.store, account, phones=split_numbers(self.recipients.toPlainText()),
            text=self.message.toPlainText(), schedule_at=self.schedule_at(),
            region=default_region(self.ctx.settings), quiet_hours=quiet_hours(self.ctx.settings),
            on_result=self._confirm, on_error=self._plan_failed,
        )

    def _plan_failed(self, exc: Exception) -> None:
        self.send_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Cannot send yet"), str(exc))

    def _confirm(self, plan: Plan) -> None:
        self.send_button.setEnabled(True)
        if not plan.recipients:
            QMessageBox.warning(self, self.tr("No one to send to"), plan.describe())
            return
        self.confirm_dialog = ConfirmSendDialog(plan, self)
        self.confirm_dialog.accepted.connect(lambda: self.start(plan))
        self.confirm_dialog.open()

    def start(self, plan: Plan) -> None:
        self.sending = True
        self.control = SendControl()
        self.send_button.setEnabled(False)
        self.progress.setRange(0, len(plan.recipients))
        self.progress.setValue(0)
        for w in (self.progress, self.pause_button, self.cancel_button):
            w.setVisible(True)
        self.ctx.worker.submit(
            _create_and_run, self.ctx, plan, self.control, wants_task=True,
            on_partial=self._on_progress, on_result=self._done, on_error=self._send_failed,
            on_finished=self._finished,
        )

    def _on_progress(self, payload: Any) -> None:
        if isinstance(payload, int):
            self.ctx.events.job_created.emit(payload)
            return
        if isinstance(payload, Progress):
            self.progress.setValue(payload.done)
            counts = {k: v for k, v in payload.counts.items() if v}
            from smsdesk.core.states import State

            self.progress_label.setText(", ".join(f"{State(k).label} {v}" for k, v in counts.items()))

    def _done(self, summary: SendSummary) -> None:
        data = summary.as_json()
        text = self.tr("Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, "
                       "{unknown} unknown; {points:g} points.").format(**data)
        if data["note"]:
            text += "\n" + data["note"]
        self.ctx.events.status_message.emit(text.replace("\n", " "))
        self.ctx.events.jobs_changed.emit()
        if summary.status.value == "paused":
            QMessageBox.warning(self, self.tr("Sending paused"), text)

    def _send_failed(self, exc: Exception) -> None:
        QMessageBox.critical(self, self.tr("Sending stopped"), str(exc))

    def _finished(self) -> None:
        self.sending = False
        self.control = None
        self.send_button.setEnabled(True)
        for w in (self.progress, self.pause_button, self.cancel_button):
            w.setVisible(False)
        self.progress_label.setText("")
        self.ctx.events.jobs_changed.emit()

    def toggle_pause(self) -> None:
        if self.control is None:
            return
        if self.control.paused:
            self.control.resume()
            self.pause_button.setText(self.tr("Pause"))
        else:
            self.control.pause()
            self.pause_button.setText(self.tr("Resume"))

    def stop_sending(self) -> None:
        if self.control is not None:
            self.control.cancel()


def _create_and_run(ctx: AppContext, plan: Plan, control: SendControl, task: Any) -> SendSummary:
    """Runs on a worker thread: journal the job, then send it (or leave it scheduled)."""
    job_id = create_job(ctx.store, plan.account, plan)
    task.emit(job_id)
    engine = ctx.engine
    if plan.local_schedule:
        return engine.summary(job_id)
    return engine.run(job_id, control=control, progress=task.emit)
