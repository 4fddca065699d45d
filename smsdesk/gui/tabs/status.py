"""Status tab: every job, and each job's recipients with their delivery state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.jobs import Jobs
from smsdesk.core.states import ALL_STATES, State
from smsdesk.core.tracking import refresh_job
from smsdesk.gui.context import AppContext
from smsdesk.gui.models import MessagesModel
from smsdesk.gui.tabs.balances import local_time
from smsdesk.gui.widgets import EmptyState

STATE_COLORS = {
    State.QUEUED: "#9e9e9e", State.SCHEDULED: "#7e57c2", State.SUBMITTED: "#42a5f5",
    State.DELIVERED: "#43a047", State.FAILED: "#e53935", State.EXPIRED: "#fb8c00",
    State.CANCELLED: "#757575", State.UNKNOWN: "#fdd835",
}


def load_jobs(ctx_store: Any, accounts: Any) -> list[dict[str, Any]]:
    jobs = Jobs(ctx_store)
    names = {a.id: a.name for a in accounts.all()}
    out = []
    for job in jobs.list():
        counts = jobs.counts(job.id)
        out.append({
            "job": job, "account": names.get(job.account_id, f"#{job.account_id}"),
            "counts": counts, "total": sum(counts.values()), "points": jobs.points_charged(job.id),
        })
    return out


class StateBar(QWidget):
    """A small horizontal bar chart of the recipients' states, drawn by the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.setMinimumHeight(22)
        self.setAccessibleName(self.tr("Recipients by state"))

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        parts = [f"{State(k).label}: {v}" for k, v in counts.items() if v]
        self.setToolTip(", ".join(parts))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        total = sum(self.counts.values())
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 2, 0, -2)
        painter.fillRect(rect, QColor("#eeeeee"))
        if total:
            x = float(rect.left())
            for state in ALL_STATES:
                n = self.counts.get(str(state), 0)
                if not n:
                    continue
                width = rect.width() * n / total
                painter.fillRect(QRectF(x, rect.top(), width, rect.height()), QColor(STATE_COLORS[state]))
                x += width
        painter.end()


class StatusTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.empty = EmptyState(
            self.tr("No messages sent yet"),
            self.tr("Every message you send appears here with who received it, who did not and why. "
                    "Start on the Compose tab; the free Sandbox account lets you try it."),
            self.tr("Write a message"),
        )
        self.stack.addWidget(self.empty)
        body = QWidget()
        layout = QVBoxLayout(body)
        split = QSplitter(Qt.Orientation.Vertical)
        self.jobs_table = QTableWidget(0, 7)
        self.jobs_table.setHorizontalHeaderLabels([
            self.tr("Job"), self.tr("Account"), self.tr("Time"), self.tr("Message"), self.tr("Recipients"),
            self.tr("States"), self.tr("Points"),
        ])
        self.jobs_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.jobs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs_table.verticalHeader().hide()
        self.jobs_table.setAccessibleName(self.tr("Jobs"))
        self.jobs_table.itemSelectionChanged.connect(self._job_selected)
        split.addWidget(self.jobs_table)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All states"), None)
        for state in ALL_STATES:
            self.state_filter.addItem(state.label, str(state))
        self.state_filter.setAccessibleName(self.tr("Filter by state"))
        self.state_filter.currentIndexChanged.connect(self._filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search phone or name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search recipients"))
        self.search.textChanged.connect(self._filter)
        self.refresh_button = QPushButton(self.tr("Refresh now"))
        self.refresh_button.setToolTip(self.tr("Ask the vendor for the latest delivery reports (F5)"))
        self.refresh_button.clicked.connect(self.refresh_selected)
        for w in (self.state_filter, self.search, self.refresh_button):
            bar.addWidget(w)
        dl.addLayout(bar)
        self.chart = StateBar()
        dl.addWidget(self.chart)
        self.model = MessagesModel(ctx.store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Recipients of the selected job"))
        dl.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([200, 400])
        layout.addWidget(split)
        self.stack.addWidget(body)
        self.rows: list[dict[str, Any]] = []
        self.poll = QTimer(self)
        self.poll.setInterval(5000)
        self.poll.timeout.connect(self._poll)
        ctx.events.jobs_changed.connect(self.reload)
        ctx.events.job_created.connect(lambda _job: self.reload())
        self.reload()

    # -- jobs list ----------------------------------------------------------
    def reload(self) -> None:
        self.ctx.worker.submit(load_jobs, self.ctx.store, self.ctx.accounts, on_result=self._show_jobs)

    def _show_jobs(self, rows: list[dict[str, Any]]) -> None:
        selected = self.selected_job()
        self.rows = rows
        self.stack.setCurrentIndex(1 if rows else 0)
        self.jobs_table.blockSignals(True)
        self.jobs_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            job = r["job"]
            counts = r["counts"]
            states = ", ".join(f"{State(k).label} {v}" for k, v in counts.items() if v)
            when = job.schedule_at or job.created_at
            preview = (job.text or f"[{self.tr('template')} {job.template_id}]").replace("\n", " ")
            values = [str(job.id), r["account"], local_time(when), preview[:80], str(r["total"]), states,
                      f"{r['points']:g}"]
            for c, v in enumerate(values):
                self.jobs_table.setItem(i, c, QTableWidgetItem(v))
            if job.id == selected:
                self.jobs_table.selectRow(i)
        self.jobs_table.blockSignals(False)
        if selected is None and rows:
            self.jobs_table.selectRow(0)
        else:
            self._update_summary()
        self.poll.start()

    def selected_job(self) -> int | None:
        items = self.jobs_table.selectedItems()
        if not items:
            return None
        return int(self.jobs_table.item(items[0].row(), 0).text())

    def _job_selected(self) -> None:
        job = self.selected_job()
        self._filter()
        if job is not None:
            self._update_summary()

    def _update_summary(self) -> None:
        job = self.selected_job()
        row = next((r for r in self.rows if r["job"].id == job), None)
        if row is None:
            return
        self.chart.set_counts(row["counts"])
        self.summary.setText(self.tr("Job {job}: {status}. {note}").format(
            job=job, status=row["job"].status.label, note=row["job"].note))

    def _filter(self) -> None:
        state = self.state_filter.currentData()
        self.model.set_job(self.selected_job(), states=[State(state)] if state else None,
                           search=self.search.text().strip())

    # -- refresh --------------------------------------------------------------
    def refresh_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        self.refresh_button.setEnabled(False)
        self.ctx.worker.submit(refresh_job, self.ctx.store, self.ctx.accounts, job,
                               on_result=lambda _r: self._refreshed(), on_error=self._refresh_failed,
                               on_finished=lambda: self.refresh_button.setEnabled(True))

    def _refreshed(self) -> None:
        self.model.reload()
        self.reload()

    def _refresh_failed(self, exc: Exception) -> None:
        self.ctx.events.status_message.emit(str(exc))

    def _poll(self) -> None:
        """Quietly poll jobs that still have recipients in flight at the vendor."""
        for r in self.rows[:20]:
            counts = r["counts"]
            if counts.get("submitted") or counts.get("unknown"):
                account = next((a for a in self.ctx.accounts.all() if a.name == r["account"]), None)
                if account is not None and account.spec.capabilities.status_query:
                    self.ctx.worker.submit(refresh_job, self.ctx.store, self.ctx.accounts, r["job"].id,
                                           on_result=self._polled)
                    return

    def _polled(self, result: Any) -> None:
        if result.applied:
            self._refreshed()
