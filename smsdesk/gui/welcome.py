"""First-run guide: try everything with the Sandbox, or add a real vendor account."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smsdesk.gui.icons import icon

SHOWN_KEY = "firstrun/done"


class WelcomeDialog(QDialog):
    try_sandbox = Signal()
    add_account = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to SMS Desk"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to SMS Desk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        text = QLabel(self.tr(
            "Send, schedule and track SMS to your customers.\n\n"
            "Start with the Sandbox: a free practice account built in. It behaves like a real vendor "
            "(deliveries, failures, replies, a balance) but nothing leaves your computer and nothing is "
            "charged.\n\n"
            "When you are ready, add your real account (TwSMS, SMS-Get, SepSMS, EngageLab or Tencent Cloud "
            "SMS) under Tools \u2192 Accounts. Your password is kept in the system keychain."))
        text.setWordWrap(True)
        text.setMinimumWidth(460)
        layout.addWidget(text)
        self.again = QCheckBox(self.tr("Show this guide next time"))
        layout.addWidget(self.again)
        buttons = QHBoxLayout()
        self.sandbox_button = QPushButton(self.tr("Try the Sandbox"))
        self.sandbox_button.setIcon(icon("sandbox"))
        self.sandbox_button.setDefault(True)
        self.account_button = QPushButton(self.tr("Add a real account\u2026"))
        self.account_button.setIcon(icon("add"))
        buttons.addStretch(1)
        buttons.addWidget(self.account_button)
        buttons.addWidget(self.sandbox_button)
        layout.addLayout(buttons)
        self.sandbox_button.setFocus()  # not the check box above it (once it is in the dialog)
        self.sandbox_button.clicked.connect(self._sandbox)
        self.account_button.clicked.connect(self._account)

    def _sandbox(self) -> None:
        self.accept()
        self.try_sandbox.emit()

    def _account(self) -> None:
        self.accept()
        self.add_account.emit()
