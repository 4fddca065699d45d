"""Notice accounts changed by another process (the command line) while the window is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from smsdesk.gui.context import AppContext


class AccountsWatcher(QObject):
    """Emits ``ctx.events.accounts_changed`` when the accounts table changed under us.

    Another process writes the database's WAL file (SQLite), so that file (and the database, for
    a checkpoint) is watched; the app coming back to the front is a second, watcher-free hint.
    Either only asks for a cheap fingerprint of the accounts table, after a short pause so that a
    send writing thousands of rows costs one query, not thousands.
    """

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.known = ctx.accounts.fingerprint()
        self.timer = QTimer(self, singleShot=True, interval=400)
        self.timer.timeout.connect(self.check)
        db = Path(ctx.store.path)
        self.files = QFileSystemWatcher(self)
        self.paths = [str(p) for p in (db, db.with_name(db.name + "-wal")) if p.exists()]
        if self.paths:
            self.files.addPaths(self.paths)
        self.files.fileChanged.connect(self._file_changed)
        ctx.events.accounts_changed.connect(self._seen)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _file_changed(self, path: str) -> None:
        if path not in self.files.files() and Path(path).exists():
            self.files.addPath(path)  # replaced rather than written (a checkpoint): watch the new one
        self.timer.start()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.timer.start()

    def _seen(self) -> None:
        if self.ctx.store.closed:
            return
        self.known = self.ctx.accounts.fingerprint()

    def check(self) -> bool:
        """Re-read the fingerprint; True (and the signal) when the accounts changed."""
        if self.ctx.store.closed:  # the app is quitting; a late file event has nothing to update
            return False
        now = self.ctx.accounts.fingerprint()
        if now == self.known:
            return False
        self.known = now
        self.ctx.events.accounts_changed.emit()
        return True
