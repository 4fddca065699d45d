"""Dialogs shared by the tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from smsdesk.core.planner import Plan


class ConfirmSendDialog(QDialog):
    """Everything that is about to be spent, before it is spent. Cancel is the default."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Send this message?"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        headline = QLabel(self.tr("{n} recipients, about {points:g} points.").format(
            n=len(plan.recipients), points=plan.points))
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        layout.addWidget(headline)
        self.details = QPlainTextEdit(plan.describe())
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Send summary"))
        self.details.setMinimumSize(480, 260)
        layout.addWidget(self.details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
