"""Tencent's sending statistics for a date range."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from smsdesk.gui.icons import icon
from smsdesk.gui.vendor_tool_tab import ToolTab

if TYPE_CHECKING:
    from smsdesk.gui.vendor_tools import VendorToolsDialog


class StatisticsTab(ToolTab):
    def __init__(self, dialog: VendorToolsDialog) -> None:
        super().__init__(dialog)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        today = QDate.currentDate()
        self.begin = QDateEdit(today.addDays(-6))
        self.end = QDateEdit(today)
        for edit, name in ((self.begin, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setIcon(icon("show"))
        self.show_button.clicked.connect(self.load)
        self.setFocusProxy(self.begin)  # the tab opens on its first field
        for text, edit in ((self.tr("&From:"), self.begin), (self.tr("&To:"), self.end)):
            label = QLabel(text)
            label.setBuddy(edit)
            top.addWidget(label)
            top.addWidget(edit)
        top.addWidget(self.show_button)
        top.addStretch(1)
        layout.addLayout(top)
        note = QLabel(self.tr("Whole days in China time (UTC+8, the same as Taiwan), both days included."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def set_busy(self, busy: bool) -> None:
        self.show_button.setEnabled(not busy)

    def _row(self, key: str, label: str, value: int) -> None:
        widget = QLabel(str(value))
        widget.setAccessibleName(label.rstrip(":"))
        self.form.addRow(label, widget)
        self.values[key] = widget

    def load(self) -> None:
        b, e = self.begin.date(), self.end.date()
        if b > e:
            self.show_message(self.tr("The From date is after the To date. Choose a From date on or before the "
                                      "To date."), error=True)
            return
        # Naive datetimes are Beijing time for the client; the end hour is included.
        begin = datetime(b.year(), b.month(), b.day(), 0)
        end = datetime(e.year(), e.month(), e.day(), 23)
        self.run(lambda c: (c.delivery_statistics(begin, end), c.report_statistics(begin, end)), self._loaded,
                 self.tr("Loading statistics\u2026"))

    def _loaded(self, result: tuple[Any, Any]) -> None:
        delivery, report = result
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values.clear()
        heading = QLabel(self.tr("Sending"))
        heading.setStyleSheet("font-weight: bold;")
        self.form.addRow(heading)
        self._row("submitted", self.tr("Submitted:"), delivery.request)
        self._row("accepted", self.tr("Accepted:"), delivery.success)
        self._row("billed", self.tr("Billed (long messages count per part):"), delivery.bill_number)
        heading = QLabel(self.tr("Delivery reports"))
        heading.setStyleSheet("font-weight: bold;")
        self.form.addRow(heading)
        self._row("reports", self.tr("Reports received:"), report.status)
        self._row("delivered", self.tr("Delivered:"), report.status_success)
        self._row("failed", self.tr("Not delivered:"), report.status_fail)
        for i, (label, n) in enumerate(report.failure_breakdown()):
            self._row(f"fail_{i}", "    " + self.tr("{reason}:").format(reason=label), n)
        self.show_message(self.tr("Statistics from {begin} to {end}.").format(
            begin=self.begin.date().toString("yyyy-MM-dd"), end=self.end.date().toString("yyyy-MM-dd")))
