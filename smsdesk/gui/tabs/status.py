"""Status tab: every job, and each job's recipients with their delivery state.

Delivery reports are polled on worker threads (:class:`~smsdesk.core.tracking.Poller`
decides which jobs are due); the GUI thread only reads pages of rows.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import notes
from smsdesk.core.accounts import Account
from smsdesk.core.callbacks import describe_urls
from smsdesk.core.engine import SendControl
from smsdesk.core.job_report import JobReport, job_report
from smsdesk.core.jobs import JobStatus
from smsdesk.core.settings import callback_settings, default_region, status_poll_seconds
from smsdesk.core.states import ALL_STATES, State
from smsdesk.core.timestamps import parse_time
from smsdesk.core.tracking import (
    RESENDABLE,
    JobOverview,
    Poller,
    RefreshResult,
    export_job,
    jobs_overview,
    message_phones,
    no_status_query_text,
    poll_due,
    refresh_job,
)
from smsdesk.gui import theme
from smsdesk.gui.check_vendor import CheckWithVendorButton
from smsdesk.gui.context import AppContext
from smsdesk.gui.dialogs import ConfirmSendDialog
from smsdesk.gui.icons import icon
from smsdesk.gui.models import MessagesModel, alive
from smsdesk.gui.tabs.status_actions import RESUMABLE, StatusJobActions
from smsdesk.gui.tabs.status_report import JobReportChart, StateBar, job_status_text, state_legend
from smsdesk.gui.widgets import EmptyState, focus_all
from smsdesk.i18n import fmt_datetime, fmt_int, fmt_iso, fmt_number, join_list

POLL_TICK_MS = 5000  # how often the poller is asked which jobs are due


def _date_range(key: str, now: datetime | None = None) -> tuple[datetime | None, datetime | None]:
    local = (now or datetime.now(UTC)).astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if key == "today":
        return midnight, None
    if key == "yesterday":
        return midnight - timedelta(days=1), midnight
    if key == "7d":
        return midnight - timedelta(days=6), None
    if key == "30d":
        return midnight - timedelta(days=29), None
    if key == "older":
        return None, midnight - timedelta(days=29)
    return None, None


def _poll_round(poller: Poller, task: Any) -> list[Any]:
    return poll_due(poller, cancelled=task.cancelled)


class StatusTab(StatusJobActions):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[JobOverview] = []
        self._loaded_once = False
        self._reload_pending = False
        self._loading_jobs = False
        self._polling = False
        self._last_problems: dict[int, str] = {}
        self.confirm_dialog: ConfirmSendDialog | None = None
        self.poller = Poller(ctx.store, ctx.accounts, floor=self._poll_floor())

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.empty = EmptyState(
            self.tr("No messages sent yet"),
            self.tr("Every message you send appears here with who received it, who did not and why. "
                    "Start on the Compose tab; the free Sandbox account lets you try it."),
            self.tr("Write a message"),
            on_action=self._go_compose,
        )
        if self.empty.button is not None:
            self.empty.button.setIcon(icon("new-message"))
        self.stack.addWidget(self.empty)

        body = QWidget()
        layout = QVBoxLayout(body)
        filters = QHBoxLayout()
        self.date_filter = QComboBox()
        for key, text in (("all", self.tr("Any date")), ("today", self.tr("Today")),
                          ("yesterday", self.tr("Yesterday")), ("7d", self.tr("Last 7 days")),
                          ("30d", self.tr("Last 30 days")), ("older", self.tr("Older than 30 days"))):
            self.date_filter.addItem(text, key)
        self.date_filter.setAccessibleName(self.tr("Filter jobs by date"))
        self.account_filter = QComboBox()
        self.account_filter.setAccessibleName(self.tr("Filter jobs by account"))
        self.job_state_filter = QComboBox()
        self.job_state_filter.addItem(self.tr("Any state"), None)
        for state in ALL_STATES:
            self.job_state_filter.addItem(self.tr("With {state}").format(state=state.label.lower()), str(state))
        self.job_state_filter.setAccessibleName(self.tr("Show jobs with recipients in this state"))
        self.job_search = QLineEdit()
        self.job_search.setPlaceholderText(self.tr("Search message, account, job or phone"))
        self.job_search.setClearButtonEnabled(True)
        self.job_search.setAccessibleName(self.tr("Search jobs"))
        self.job_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        for w in (self.date_filter, self.account_filter, self.job_state_filter):
            filters.addWidget(w)
            w.currentIndexChanged.connect(self.reload)
        filters.addWidget(self.job_search, 1)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.reload)
        self.job_search.textChanged.connect(lambda _t: self._search_timer.start())
        layout.addLayout(filters)

        split = QSplitter(Qt.Orientation.Vertical)
        self.jobs_table = QTableWidget(0, 9)
        self.jobs_table.setHorizontalHeaderLabels([
            self.tr("Job"), self.tr("Account"), self.tr("Time"), self.tr("Message"), self.tr("Recipients"),
            self.tr("States"), self.tr("Points"), self.tr("Status"), self.tr("Sent by"),
        ])
        for column, tip in ((5, self.tr("How many recipients are in each state. Submitted: sent, no report yet. "
                                        "Expired: the phone stayed off. Unknown: it may or may not have gone "
                                        "out, and is not resent.")),
                            (6, self.tr("Estimated from the segments of each message; the vendor's bill decides")),
                            (7, self.tr("Where the job is: Sending, Paused, Interrupted (the app stopped; resume "
                                        "sends the rest), Done, Cancelled or Scheduled")),
                            (8, self.tr("The desk (computer) and user that created the job"))):
            item = self.jobs_table.horizontalHeaderItem(column)
            assert item is not None  # setHorizontalHeaderLabels made it
            item.setToolTip(tip)
        header = self.jobs_table.horizontalHeader()
        for column in (0, 1, 2, 4, 6, 7, 8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        self.jobs_table.setColumnWidth(5, 260)
        self.jobs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs_table.verticalHeader().hide()
        self.jobs_table.setWordWrap(False)
        self.jobs_table.setAccessibleName(self.tr("Jobs"))
        self.jobs_table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrow keys move between cells
        self.jobs_table.itemSelectionChanged.connect(self._job_selected)
        self.no_jobs = QLabel(self.tr("No job matches these filters."))
        self.no_jobs.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_jobs.hide()
        jobs_box = QWidget()
        jl = QVBoxLayout(jobs_box)
        jl.setContentsMargins(0, 0, 0, 0)
        jl.addWidget(self.jobs_table)
        jl.addWidget(self.no_jobs)
        split.addWidget(jobs_box)

        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Job-level actions: what a crash, a closed laptop or an account problem left unsent.
        self.resume_button = QPushButton(self.tr("&Resume…"))
        self.resume_button.setIcon(icon("resume"))
        self.resume_button.setToolTip(self.tr("Send the recipients this job has not sent yet, after you confirm. "
                                              "Unknown ones are not resent."))
        self.resume_button.clicked.connect(self.resume_selected)
        self.cancel_job_button = QPushButton(self.tr("Cancel &job…"))
        self.cancel_job_button.setIcon(icon("stop-sending"))
        self.cancel_job_button.setToolTip(self.tr("Cancel what this job has not sent yet: here, and at the vendor "
                                                  "for messages it keeps for a later time"))
        self.cancel_job_button.clicked.connect(self.cancel_selected)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignTop)
        summary_row.addWidget(self.cancel_job_button, 0, Qt.AlignmentFlag.AlignTop)
        summary_row.insertWidget(1, self._build_live_controls(), 0, Qt.AlignmentFlag.AlignTop)
        dl.addLayout(summary_row)
        self.control: SendControl | None = None  # the resume under way, if any
        self.busy_job: int | None = None  # a job being resumed or cancelled from here
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setOpenExternalLinks(False)
        theme.set_tone(self.notice, theme.Tone.NOTE, box=True)
        self.notice.linkActivated.connect(self.open_callback_settings)
        self.notice.hide()
        dl.addWidget(self.notice)
        chart_row = QHBoxLayout()
        self.chart = StateBar()
        chart_row.addWidget(self.chart, 1)
        dl.addLayout(chart_row)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        dl.addWidget(self.legend)
        self.report_chart = JobReportChart()
        dl.addWidget(self.report_chart)
        bar = QHBoxLayout()
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All states"), None)
        for state in ALL_STATES:
            self.state_filter.addItem(state.label, str(state))
        self.state_filter.setAccessibleName(self.tr("Filter recipients by state"))
        self.state_filter.currentIndexChanged.connect(self._filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search phone or name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search recipients"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        # Ctrl+F anywhere in this tab goes to its search box (as on the Recipients tab).
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(partial(focus_all, self.search))
        self._detail_timer = QTimer(self, singleShot=True, interval=250)
        self._detail_timer.timeout.connect(self._filter)
        self.search.textChanged.connect(lambda _t: self._detail_timer.start())
        self.refresh_button = QPushButton(self.tr("Refresh now"))
        self.refresh_button.setIcon(icon("refresh"))
        self.refresh_button.setToolTip(self.tr("Ask the vendor for the latest delivery reports (F5)"))
        self.refresh_button.clicked.connect(self.refresh_selected)
        self.resend_button = QPushButton(self.tr("Send again\u2026"))
        self.resend_button.setIcon(icon("send"))
        self.resend_button.setToolTip(self.tr("Send the selected failed or unknown recipients a new message "
                                              "(as a new job, after you confirm the cost)"))
        self.resend_button.clicked.connect(self.resend_selected)
        self.resend_failed_button = QPushButton(self.tr("Resend failed\u2026"))
        self.resend_failed_button.setIcon(icon("send"))
        self.resend_failed_button.setToolTip(self.tr("Send every failed recipient of this job a new message, "
                                                     "no need to select them (as a new job, after you confirm)"))
        self.resend_failed_button.clicked.connect(self.resend_all_failed)
        self.copy_button = QPushButton(self.tr("Copy numbers"))
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected numbers, or every number shown, to the clipboard"))
        self.copy_button.clicked.connect(self.copy_numbers)
        self.export_button = QPushButton(self.tr("Export\u2026"))
        self.export_button.setIcon(icon("export"))
        self.export_button.setToolTip(self.tr("Save this job's report as an Excel file"))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.state_filter)
        bar.addWidget(self.search, 1)
        self.check_button = CheckWithVendorButton(self)
        for button in (self.refresh_button, self.check_button, self.resend_button, self.resend_failed_button,
                       self.copy_button, self.export_button):
            bar.addWidget(button)
        dl.addLayout(bar)
        self.model = MessagesModel(ctx.store, self, loader=self._load)
        self.model.region = default_region(ctx.settings)
        self.model.loaded.connect(self._rows_loaded)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        theader = self.table.horizontalHeader()
        # The time column fits the locale's longest date and time ("2026/12/28 下午11:59").
        longest = self.fontMetrics().horizontalAdvance(fmt_datetime(datetime(2026, 12, 28, 23, 59))) + 24
        for column, width in ((0, 140), (1, 140), (2, 110), (3, 110), (4, max(130, longest))):
            self.table.setColumnWidth(column, width)
        theader.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Recipients of the selected job"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrow keys move between cells
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        dl.addWidget(self.table, 1)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([170, 510])
        layout.addWidget(split)
        self.stack.addWidget(body)

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_TICK_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()
        ctx.events.jobs_changed.connect(self.reload)
        ctx.events.job_created.connect(self._job_created)
        ctx.events.accounts_changed.connect(self._load_accounts)
        self._load_accounts()
        self.reload()

    # -- helpers --------------------------------------------------------------------------
    def _go_compose(self) -> None:
        window = self.window()
        tabs, compose = getattr(window, "tabs", None), getattr(window, "compose", None)
        if tabs is not None and compose is not None:
            tabs.setCurrentWidget(compose)

    def _load(self, fn: Any, args: tuple[Any, ...], done: Any) -> None:
        self.ctx.worker.submit(fn, *args, on_result=done)

    def _poll_floor(self) -> float:
        return float(status_poll_seconds(self.ctx.settings))

    def _account(self, account_id: int) -> Account | None:
        try:
            return self.ctx.accounts.get(account_id)
        except Exception:
            return None

    def _load_accounts(self) -> None:
        current = self.account_filter.currentData()
        self.account_filter.blockSignals(True)
        self.account_filter.clear()
        self.account_filter.addItem(self.tr("All accounts"), None)
        for account in self.ctx.accounts.all():
            self.account_filter.addItem(account.name, account.id)
        index = self.account_filter.findData(current)
        self.account_filter.setCurrentIndex(max(0, index))
        self.account_filter.blockSignals(False)

    # -- jobs list ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the jobs list on a worker (coalesced: one read at a time)."""
        if self._loading_jobs:
            self._reload_pending = True
            return
        self._loading_jobs = True
        since, until = _date_range(self.date_filter.currentData() or "all")
        state = self.job_state_filter.currentData()
        self.ctx.worker.submit(
            jobs_overview, self.ctx.store, since=since, until=until, account_id=self.account_filter.currentData(),
            state=State(state) if state else None, search=self.job_search.text().strip(),
            on_result=self._show_jobs, on_finished=self._jobs_loaded,
        )

    @alive
    def _jobs_loaded(self) -> None:
        self._loading_jobs = False
        if self._reload_pending:
            self._reload_pending = False
            self.reload()

    def _filtered(self) -> bool:
        return bool(self.date_filter.currentIndex() or self.account_filter.currentIndex()
                    or self.job_state_filter.currentIndex() or self.job_search.text().strip())

    @alive
    def _show_jobs(self, rows: list[JobOverview]) -> None:
        selected = self.selected_job()
        self.rows = rows
        self._loaded_once = True
        self.stack.setCurrentIndex(1 if rows or self._filtered() else 0)
        self.no_jobs.setVisible(not rows)
        self.jobs_table.setVisible(bool(rows))
        self.jobs_table.blockSignals(True)
        self.jobs_table.setRowCount(len(rows))
        now = datetime.now(UTC)
        for i, r in enumerate(rows):
            job = r.job
            when = parse_time(r.when)
            time_text = fmt_iso(r.when)
            if job.schedule_at and when is not None and when > now:
                time_text = self.tr("{time} (scheduled)").format(time=time_text)
            states = join_list(f"{State(k).label} {fmt_int(v)}" for k, v in r.counts.items() if v)
            preview = r.preview
            values = [str(job.id), r.account, time_text, preview[:120], fmt_int(r.total), states, fmt_number(r.points),
                      job_status_text(self.ctx, r, self._account(job.account_id)), job.created_by]
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
                self.jobs_table.setItem(i, c, item)
            if job.id == selected:
                self.jobs_table.selectRow(i)
        self.jobs_table.blockSignals(False)
        if rows and self.selected_job() is None:
            self.jobs_table.selectRow(0)  # emits: loads the detail
        elif self.selected_job() is not None and self.selected_job() == selected:
            self._update_summary()
            self.model.states_changed()
        else:
            self._job_selected()

    def selected_job(self) -> int | None:
        items = self.jobs_table.selectedItems()
        if not items:
            return None
        item = self.jobs_table.item(items[0].row(), 0)
        return int(item.text()) if item else None

    def selected_overview(self) -> JobOverview | None:
        job = self.selected_job()
        return next((r for r in self.rows if r.job.id == job), None)

    def select_job(self, job_id: int) -> bool:
        for i, r in enumerate(self.rows):
            if r.job.id == job_id:
                self.jobs_table.selectRow(i)
                return True
        return False

    def _job_created(self, job_id: int) -> None:
        self.poller.poke(job_id)
        self.reload()

    def _job_selected(self) -> None:
        self._filter()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        # The legend's colours are baked into its rich text: redo it for the new scheme.
        legend = getattr(self, "legend", None)  # also called while __init__ runs
        if event.type() == QEvent.Type.PaletteChange and legend is not None and legend.text():
            legend.setText(state_legend(self.chart.counts))
        super().changeEvent(event)

    def _update_summary(self) -> None:
        row = self.selected_overview()
        if row is None:
            self.summary.setText("")
            self.chart.set_counts({})
            self.legend.setText("")
            self.notice.hide()
            self._update_buttons()
            return
        job = row.job
        cost = row.cost.words() if row.cost is not None else fmt_number(row.points)
        text = self.tr("Job {job} \u00b7 {account} \u00b7 {status} \u00b7 {n} recipients \u00b7 {cost}").format(
            job=job.id, account=row.account, status=job_status_text(self.ctx, row, self._account(job.account_id)),
            n=fmt_int(row.total), cost=cost)
        if job.note:
            text += "\n" + notes.shown(job.note)
        self.summary.setText(text)
        self.chart.set_counts(row.counts)
        self.legend.setText(state_legend(row.counts))
        self.ctx.worker.submit(job_report, self.ctx.store, job.id, on_result=self._show_report)
        account = self._account(job.account_id)
        caps = account.spec.capabilities if account else None
        if account is not None and caps is not None and not caps.status_query:
            text = html.escape(no_status_query_text(account.spec))
            if caps.push_callbacks:
                text += " <a href='settings'>" + self.tr("Open the callback receiver settings") + "</a>"
                for line in self._callback_lines(account):
                    text += "<br>" + html.escape(line)
            self.notice.setText(text)
            self.notice.show()
        else:
            self.notice.hide()
        self._update_buttons()

    @alive
    def _show_report(self, report: JobReport) -> None:
        self.report_chart.set_report(report)

    def _callback_lines(self, account: Account) -> list[str]:
        """The addresses to give the vendor, once the receiver is on and has a public URL."""
        cb = callback_settings(self.ctx.settings)
        if not cb.enabled or not cb.public_url:
            return []
        return describe_urls(self.ctx.store, account, cb.public_url)

    @alive
    def _update_buttons(self) -> None:
        row = self.selected_overview()
        account = self._account(row.job.account_id) if row else None
        can_poll = bool(account and account.spec.capabilities.status_query)
        self.refresh_button.setEnabled(row is not None and can_poll)
        self.refresh_button.setToolTip(
            self.tr("Ask the vendor for the latest delivery reports (F5)") if can_poll or row is None
            else self.tr("This vendor cannot be asked; see the note above."))
        self.check_button.update_for(row, account)
        self.resend_button.setEnabled(bool(self.selected_resendable()))
        self.resend_failed_button.setEnabled(bool(row and row.counts.get(str(State.FAILED))))
        unsent = row.counts.get(str(State.QUEUED), 0) if row else 0
        waiting = unsent + (row.counts.get(str(State.SCHEDULED), 0) if row else 0)
        idle = row is not None and self.busy_job is None and row.job.status is not JobStatus.SENDING
        self.resume_button.setEnabled(row is not None and idle and unsent > 0 and row.job.status in RESUMABLE)
        self.cancel_job_button.setEnabled(idle and waiting > 0)
        self._update_live_buttons()  # a job this window is sending: Pause/Resume and Cancel work on it
        self.copy_button.setEnabled(row is not None)
        self.export_button.setEnabled(row is not None)

    # -- detail table ---------------------------------------------------------------------------
    def _filter(self) -> None:
        state = self.state_filter.currentData()
        self.model.set_job(self.selected_job(), states=[State(state)] if state else None,
                           search=self.search.text().strip())

    @alive
    def _rows_loaded(self) -> None:
        self._update_buttons()

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_resendable(self) -> list[str]:
        rows = self.selected_rows()
        if not rows or len(rows) > 50_000:
            return []
        return [m.phone for m in self.model.lines(rows) if m.state in RESENDABLE]

    # -- refresh and polling ------------------------------------------------------------------
    def refresh_selected(self) -> None:
        job = self.selected_job()
        if job is None or not self.refresh_button.isEnabled():
            return
        self.refresh_button.setEnabled(False)
        self.poller.poke(job)
        self.ctx.worker.submit(refresh_job, self.ctx.store, self.ctx.accounts, job,
                               on_result=self._refreshed, on_error=self._refresh_failed,
                               on_finished=self._update_buttons)

    @alive
    def _refreshed(self, result: RefreshResult) -> None:
        self.reload()  # asked for by the user (F5): show what the store holds now, whatever changed
        text = self.tr("Job {job}: {n} recipients updated.").format(job=result.job, n=result.applied)
        if result.note:
            text += " " + result.note
        self.ctx.events.status_message.emit(text)

    @alive
    def _refresh_failed(self, exc: Exception) -> None:
        self.ctx.events.status_message.emit(str(exc))
        self._update_buttons()

    def poll(self) -> None:
        """Timer tick: let a worker ask about the jobs that are due (one round at a time)."""
        if self._polling:
            return
        self._polling = True
        self.poller.floor = self._poll_floor()
        self.ctx.worker.submit(_poll_round, self.poller, wants_task=True, on_result=self._polled,
                               on_finished=self._poll_done)

    @alive
    def _poll_done(self) -> None:
        self._polling = False

    @alive
    def _polled(self, results: list[Any]) -> None:
        changed = False
        for r in results:
            if isinstance(r, RefreshResult):
                self._last_problems.pop(r.job, None)
                changed = changed or bool(r.applied or r.other_jobs)
            else:
                job, problem = r
                if self._last_problems.get(job) != problem:  # say it once, not every round
                    self._last_problems[job] = problem
                    self.ctx.events.status_message.emit(
                        self.tr("Delivery reports for job {job} could not be read: {problem}").format(
                            job=job, problem=problem))
        if changed:
            self.reload()

    # -- actions --------------------------------------------------------------------------------
    def open_callback_settings(self, _link: str = "") -> None:
        from smsdesk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.callbacks_enabled.setFocus()

    def copy_numbers(self) -> list[str]:
        row = self.selected_overview()
        if row is None:
            return []
        rows = self.selected_rows()
        if rows:
            phones = [m.phone for m in self.model.lines(rows)]
        else:
            state = self.state_filter.currentData()
            phones = message_phones(self.ctx.store, row.job.id, states=[State(state)] if state else None,
                                    search=self.search.text().strip())
        QGuiApplication.clipboard().setText("\n".join(phones))
        self.ctx.events.status_message.emit(self.tr("Copied {n} numbers.").format(n=fmt_int(len(phones))))
        return phones

    def export(self) -> None:
        row = self.selected_overview()
        if row is None:
            return
        default = str(Path.home() / f"sms-job-{row.job.id}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export job report"), default,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        row = self.selected_overview()
        if row is None:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.export_button.setEnabled(False)
        self.ctx.worker.submit(export_job, self.ctx.store, self.ctx.accounts, row.job.id, path,
                               on_result=self._exported, on_error=self._export_failed,
                               on_finished=self._update_buttons)

    @alive
    def _exported(self, path: Path) -> None:
        self.ctx.events.status_message.emit(self.tr("Report saved to {path}.").format(path=path))

    @alive
    def _export_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Export failed"), str(exc))
