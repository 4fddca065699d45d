"""The Status tab's jobs list: one row per job, the newest first, filled from a worker's read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from smsdesk.core import notes
from smsdesk.core.job_views import JobOverview
from smsdesk.core.states import State
from smsdesk.core.timestamps import parse_time
from smsdesk.i18n import fmt_int, fmt_iso, fmt_number, join_list, translate


class JobsTable(QTableWidget):
    """Job, account, time, message, recipients, states, points, status and who sent each job."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 9, parent)
        # The Status tab's words (context "StatusTab"), wherever its parts live.
        self.setHorizontalHeaderLabels([
            translate("StatusTab", "Job"), translate("StatusTab", "Account"), translate("StatusTab", "Time"),
            translate("StatusTab", "Message"), translate("StatusTab", "Recipients"),
            translate("StatusTab", "States"), translate("StatusTab", "Points"), translate("StatusTab", "Status"),
            translate("StatusTab", "Sent by"),
        ])
        states_tip = translate("StatusTab", "How many recipients are in each state. Submitted: sent, no report yet. "
                                            "Expired: the phone stayed off. Unknown: it may or may not have gone "
                                            "out, and is not resent.")
        points_tip = translate("StatusTab", "Estimated from the segments of each message; the vendor's bill decides")
        status_tip = translate("StatusTab", "Where the job is: Sending, Paused, Interrupted (the app stopped; resume "
                                            "sends the rest), Done, Cancelled or Scheduled")
        by_tip = translate("StatusTab", "The desk (computer) and user that created the job")
        for column, tip in ((5, states_tip), (6, points_tip), (7, status_tip), (8, by_tip)):
            item = self.horizontalHeaderItem(column)
            assert item is not None  # setHorizontalHeaderLabels made it
            item.setToolTip(tip)
        header = self.horizontalHeader()
        for column in (0, 1, 2, 4, 6, 7, 8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(5, 260)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setAccessibleName(translate("StatusTab", "Jobs"))
        self.setTabKeyNavigation(False)  # Tab moves on to the next control; arrow keys move between cells

    def fill(self, rows: list[JobOverview], status_text: Callable[[JobOverview], str], selected: int | None) -> None:
        """Show ``rows`` (without emitting selection changes), keeping ``selected`` selected."""
        self.blockSignals(True)
        self.setRowCount(len(rows))
        now = datetime.now(UTC)
        for i, r in enumerate(rows):
            job = r.job
            when = parse_time(r.when)
            time_text = fmt_iso(r.when)
            if job.schedule_at and when is not None and when > now:
                time_text = translate("StatusTab", "{time} (scheduled)").format(time=time_text)
            states = join_list(f"{State(k).label} {fmt_int(v)}" for k, v in r.counts.items() if v)
            preview = r.preview
            values = [str(job.id), r.account, time_text, preview[:120], fmt_int(r.total), states, fmt_number(r.points),
                      status_text(r), job.created_by]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c in (0, 4, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 3:
                    item.setToolTip(job.text or preview)
                if c == 5:
                    item.setToolTip(states)
                if c == 7 and job.note:
                    item.setToolTip(notes.shown(job.note))
                self.setItem(i, c, item)
            if job.id == selected:
                self.selectRow(i)
        self.blockSignals(False)

    def selected_job(self) -> int | None:
        items = self.selectedItems()
        if not items:
            return None
        item = self.item(items[0].row(), 0)
        return int(item.text()) if item else None
