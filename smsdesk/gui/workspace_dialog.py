"""Tools → Shared workspace: where the shared database is, Test connection, and moving this desk's data.

The password goes to this desk's keychain (never the settings file); saving sets ``workspace.url``
without it. Test connection and the move run on the worker: the checks and the copying are core's
(core/workspace.py, core/workspace_join.py); this dialog only shows them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.redact import redact
from smsdesk.core.workspace import (
    DEFAULT_PORT,
    WORKSPACE_DESK,
    WORKSPACE_URL,
    Verdict,
    Workspace,
    check_connection,
    default_desk_name,
)
from smsdesk.core.workspace_join import JoinCancelled, JoinError, JoinReport, join_workspace, open_target
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.help_viewer import show_help
from smsdesk.gui.icons import icon
from smsdesk.gui.models import alive
from smsdesk.gui.widgets import ask, help_label, initial_size
from smsdesk.gui.worker import TaskContext
from smsdesk.i18n import join_list


def _move(source: Any, ws: Workspace, password: str | None, desk: str, opener: Callable[[str], Any],
          stop: threading.Event, task: TaskContext) -> JoinReport | Verdict:
    """Worker thread: check the server, then copy; a refused connection comes back as its Verdict."""
    verdict = check_connection(ws, password)
    if not verdict.ok:
        return verdict
    target = opener(ws.url)
    try:
        return join_workspace(source, target, desk=desk, url=ws.url, progress=task.progress, cancelled=stop.is_set)
    finally:
        target.close()


class WorkspaceDialog(QDialog):
    saved = Signal(str)  # the workspace URL
    moved = Signal(object)  # the JoinReport, once this desk's data is in the workspace

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Shared workspace"))
        self.setModal(True)
        # The workspace's Store from its URL; open_store by default (a test may give a SQLite one).
        self.open_target: Callable[[str], Any] = open_target
        self._stop = threading.Event()
        self.moving = False
        layout = QVBoxLayout(self)
        intro = help_label(self.tr(
            "Several desks (computers) can share one history, one inbox and one opt-out list by keeping them in "
            "a PostgreSQL database on the shop's NAS, a PC or a hosted server. Each desk keeps its own window "
            "settings, passwords and Sandbox."))
        layout.addWidget(intro)
        form = QFormLayout()
        current = self._current()
        self.host = QLineEdit(current.host if current else "")
        self.host.setPlaceholderText("nas.local")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port if current else DEFAULT_PORT)
        self.database = QLineEdit(current.database if current else "smsdesk")
        self.user = QLineEdit(current.user if current else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        saved = current.password(ctx.accounts.credentials) if current else None
        if saved:
            self.password.setPlaceholderText(self.tr("saved in the keychain"))
        self.desk = QLineEdit(str(ctx.settings.value(WORKSPACE_DESK, "") or "") or default_desk_name())
        for widget, name in ((self.host, self.tr("Server")), (self.port, self.tr("Port")),
                             (self.database, self.tr("Database")), (self.user, self.tr("User")),
                             (self.password, self.tr("Password")), (self.desk, self.tr("Desk name"))):
            widget.setAccessibleName(name)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(QLabel(), help_label(self.tr("Kept in this computer's keychain, never in a file.")))
        form.addRow(self.tr("Des&k name:"), self.desk)
        form.addRow(QLabel(), help_label(self.tr("Shown beside the jobs this desk sends and the replies it "
                                                 "handles, so everyone sees who did what.")))
        layout.addLayout(form)

        row = QHBoxLayout()
        self.test_button = QPushButton(icon("test-connection"), self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.move_button = QPushButton(icon("export"), self.tr("&Move my data to the shared workspace\u2026"))
        self.move_button.setToolTip(self.tr("Copy this desk's lists, contacts, opt-outs, accounts (without "
                                            "passwords) and history into the shared workspace, once"))
        self.move_button.clicked.connect(self.ask_move)
        row.addWidget(self.test_button)
        row.addWidget(self.move_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.hide()
        layout.addWidget(self.verdict_label)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Copying progress"))
        self.cancel_move = QPushButton(self.tr("Stop c&opying"))
        self.cancel_move.clicked.connect(self.stop_move)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_move)
        self.progress_text = QLabel()
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_text)
        self._show_progress(False)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Help)
        self.buttons.helpRequested.connect(lambda: show_help(self, "workspace"))
        self.help_button = self.buttons.button(QDialogButtonBox.StandardButton.Help)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        initial_size(self, 620, 400)

    def _current(self) -> Workspace | None:
        url = str(self.ctx.settings.value(WORKSPACE_URL, "") or "")
        try:
            return Workspace.from_url(url) if url else None
        except ValueError:
            return None

    def _show_progress(self, on: bool) -> None:
        for widget in (self.progress, self.cancel_move, self.progress_text):
            widget.setVisible(on)

    def workspace(self) -> Workspace | None:
        """The fields as a workspace, or None after saying in the dialog what is missing."""
        missing = [label for label, edit in ((self.tr("the server"), self.host), (self.tr("the database"),
                   self.database), (self.tr("the user"), self.user)) if not edit.text().strip()]
        if missing:
            self._say(self.tr("Enter {fields}.").format(fields=join_list(missing)), theme.Tone.ERROR)
            return None
        return Workspace(self.host.text().strip(), self.database.text().strip(), self.user.text().strip(),
                         self.port.value())

    def _password(self, ws: Workspace) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        saved: str | None = ws.password(self.ctx.accounts.credentials)
        return saved

    def _say(self, text: str, tone: theme.Tone | None) -> None:
        self.verdict_label.setText(text)
        theme.set_tone(self.verdict_label, tone)
        self.verdict_label.show()

    def _busy(self, on: bool) -> None:
        for widget in (self.test_button, self.move_button, self.buttons.button(QDialogButtonBox.StandardButton.Save)):
            widget.setEnabled(not on)

    # -- Test connection -------------------------------------------------------------------
    def test_connection(self) -> None:
        ws = self.workspace()
        if ws is None:
            return
        self._busy(True)
        self._say(self.tr("Connecting to {host}\u2026").format(host=ws.host), theme.Tone.NOTE)
        self.ctx.worker.submit(check_connection, ws, self._password(ws), on_result=self._tested,
                               on_error=self._failed, on_finished=self._finished)

    @alive
    def _tested(self, verdict: Verdict) -> None:
        self._say(verdict.message, theme.Tone.OK if verdict.ok else theme.Tone.ERROR)

    @alive
    def _failed(self, exc: Exception) -> None:
        self._say(str(exc), theme.Tone.ERROR)

    @alive
    def _finished(self) -> None:
        self._busy(False)

    # -- Save -------------------------------------------------------------------------------
    def _keep_password(self, ws: Workspace) -> str:
        """The typed password into the keychain; what went wrong there, in words, or ""."""
        from smsdesk.core.credentials import KeyringUnavailable

        if self.password.text():
            try:
                ws.save_password(self.ctx.accounts.credentials, self.password.text())
            except KeyringUnavailable as exc:
                return str(exc)
        return ""

    def _keep_workspace(self, ws: Workspace) -> None:
        self.ctx.settings.setValue(WORKSPACE_URL, ws.url)
        self.ctx.settings.setValue(WORKSPACE_DESK, self.desk.text().strip() or default_desk_name())
        self.ctx.settings.sync()

    def _store_settings(self, ws: Workspace) -> bool:
        problem = self._keep_password(ws)
        if problem:
            self._say(problem, theme.Tone.ERROR)
            return False
        self._keep_workspace(ws)
        return True

    def save(self) -> None:
        ws = self.workspace()
        if ws is None or not self._store_settings(ws):
            return
        self.ctx.events.status_message.emit(self.tr(
            "The shared workspace {url} is used from the next start of SMS Desk.").format(url=ws.url))
        self.saved.emit(ws.url)
        self.accept()

    # -- Move my data -------------------------------------------------------------------------
    def ask_move(self) -> None:
        ws = self.workspace()
        if ws is None:
            return
        self.move_box = ask(self, self.tr("Move my data to the shared workspace"), self.tr(
            "Copy this desk's lists, contacts, opt-out list, accounts (without passwords) and history into "
            "{url}? Lists and accounts with the same name as one already there are merged. Afterwards this desk "
            "works in the shared workspace and its own data file is kept, read-only, as a backup.").format(
            url=ws.url), self.tr("Copy my data"), lambda: self.start_move(ws), destructive=False)

    def start_move(self, ws: Workspace) -> None:
        # The settings change only once the move has finished: a half-done move must not make the next
        # start open a workspace that lacks part of this desk's data.
        self._moving_to = ws
        self._stop.clear()
        self.moving = True
        self._busy(True)
        self.verdict_label.hide()
        self.progress.setRange(0, 0)
        self.progress_text.setText(self.tr("Checking the server\u2026"))
        self.cancel_move.setEnabled(True)
        self._show_progress(True)
        desk = self.desk.text().strip() or default_desk_name()
        self.ctx.worker.submit(_move, self.ctx.store, ws, self._password(ws), desk, self.open_target, self._stop,
                               wants_task=True, on_progress=self._progress, on_result=self._moved,
                               on_error=self._move_failed, on_finished=self._move_finished)

    @alive
    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if what:
            self.progress_text.setText(self.tr("Copying {what}: {done} of {total}").format(
                what=what, done=done, total=total))

    def stop_move(self) -> None:
        self._stop.set()
        self.cancel_move.setEnabled(False)
        self.progress_text.setText(self.tr("Stopping after the current batch\u2026"))

    @alive
    def _moved(self, outcome: JoinReport | Verdict) -> None:
        if isinstance(outcome, Verdict):
            self._say(outcome.message, theme.Tone.ERROR)
            return
        self.report = outcome
        self._keep_workspace(self._moving_to)  # the local file is a read-only backup now: the workspace it is
        problem = self._keep_password(self._moving_to)
        self._say(" ".join(t for t in (outcome.describe(), self.tr(
            "Restart SMS Desk to work in the shared workspace."), problem) if t),
            theme.Tone.WARNING if problem else theme.Tone.OK)
        self.move_button.setEnabled(False)  # done: a second move would find nothing left to copy
        self.moved.emit(outcome)

    @alive
    def _move_failed(self, exc: Exception) -> None:
        tone = theme.Tone.WARNING if isinstance(exc, JoinCancelled) else theme.Tone.ERROR
        self._say(str(exc) if isinstance(exc, (JoinCancelled, JoinError)) else self.tr(
            "The move stopped: {error}. What was copied stays in the workspace; start the move again to copy "
            "the rest.").format(error=redact(str(exc))), tone)

    @alive
    def _move_finished(self) -> None:
        self.moving = False
        self._show_progress(False)
        done = getattr(self, "report", None) is not None
        self._busy(False)
        self.move_button.setEnabled(not done)

    def reject(self) -> None:
        if self.moving:  # closing would leave the copy running unseen: stop it first
            self.stop_move()
            return
        super().reject()
