"""Notice accounts changed by another process (the command line) while the window is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from smsdesk.gui.context import AppContext
from smsdesk.gui.models import alive


class AccountsWatcher(QObject):
    """Emits ``ctx.events.accounts_changed`` when the accounts table changed under us.

    Another process writes the database's WAL file (SQLite), so that file (and the database, for
    a checkpoint) is watched; the app coming back to the front is a second, watcher-free hint.
    Either only asks for a cheap fingerprint of the accounts table, after a short pause so that a
    send writing thousands of rows costs one query, not thousands; the query runs on the worker.
    """

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.known: tuple[object, ...] | None = None  # until the first read comes back
        self._read(self._remember)
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

    def _read(self, then: Callable[[tuple[object, ...]], None]) -> None:
        if not self.ctx.store.closed:  # the app is quitting: a late file event has nothing to update
            self.ctx.worker.submit(self.ctx.accounts.fingerprint, on_result=then)

    @alive
    def _remember(self, fingerprint: tuple[object, ...]) -> None:
        self.known = fingerprint

    def _seen(self) -> None:
        self._read(self._remember)

    def check(self) -> None:
        """Re-read the fingerprint (on the worker); ``accounts_changed`` when the accounts changed."""
        self._read(self._compare)

    @alive
    def _compare(self, fingerprint: tuple[object, ...]) -> None:
        known, self.known = self.known, fingerprint
        if known is not None and fingerprint != known:
            self.ctx.events.accounts_changed.emit()
