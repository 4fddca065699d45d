"""Recipients tab: saved contact lists and the shared opt-out list."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from smsdesk.gui.context import AppContext
from smsdesk.gui.widgets import EmptyState


class RecipientsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("No contact lists yet"),
            self.tr("Import your customer spreadsheet (Excel or CSV) to make a list. Phone numbers are "
                    "cleaned up for you: a lost leading zero, full-width digits and +886 are all fine."),
            self.tr("Import a spreadsheet\u2026"),
        )
        layout.addWidget(self.empty)
