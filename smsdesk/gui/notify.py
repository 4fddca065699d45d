"""Desktop notifications: the system tray where there is one, the status bar otherwise."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from smsdesk.core.settings import notifications_enabled
from smsdesk.i18n import headed


class Notifier(QObject):
    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon(), window)
            self.tray.setToolTip(window.windowTitle())
            self.tray.show()
        self.shown: list[tuple[str, str]] = []  # what was announced, for tests and the log

    @property
    def enabled(self) -> bool:
        return notifications_enabled(self.settings)

    def notify(self, title: str, text: str) -> None:
        if not self.enabled:
            return
        self.shown.append((title, text))
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        self.window.statusBar().showMessage(headed(title, text), 15000)
