"""Balances tab: every account's credit, read concurrently on worker threads."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.balances import BalanceReading, history, read_balance, stored_readings
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.icons import icon
from smsdesk.gui.models import alive
from smsdesk.i18n import fmt_iso, fmt_number
from smsdesk.vendors.base import unit_label

COLUMNS = 7


class Sparkline(QWidget):
    """A tiny line of past balance readings, drawn by the app."""

    def __init__(self, values: list[float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = values
        self.setAccessibleName(self.tr("Balance trend"))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if len(self.values) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        low, high = min(self.values), max(self.values)
        span = (high - low) or 1.0
        w, h = self.width() - 6, self.height() - 6
        step = w / (len(self.values) - 1)
        points = [QPointF(3 + i * step, 3 + h - (v - low) / span * h) for i, v in enumerate(self.values)]
        painter.setPen(QPen(self.palette().color(self.foregroundRole()), 1.5))
        painter.drawPolyline(points)
        painter.end()


class BalancesTab(QWidget):
    low_balance = Signal(str, float)  # account, balance: once per crossing of its threshold

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Credit left on every account. Refresh asks all vendors at once; "
                               "a slow or failing vendor does not hold up the others."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Account"), self.tr("Vendor"), self.tr("Balance"), self.tr("Unit"),
            self.tr("Read at"), self.tr("Trend"), self.tr("Status"),
        ])
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(5, 120)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Balances"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrow keys move between cells
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh all"))
        self.refresh_button.setIcon(icon("refresh"))
        self.refresh_button.setToolTip(self.tr("Ask every vendor for its balance now (F5)"))
        self.refresh_button.clicked.connect(self.refresh_all)
        self.topup_button = QPushButton(self.tr("Top up the Sandbox"))
        self.topup_button.setIcon(icon("top-up"))
        self.topup_button.setToolTip(self.tr("Add 500 free practice points to the Sandbox account"))
        self.topup_button.clicked.connect(self.top_up_sandbox)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.topup_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.pending = 0
        self._shown_at: dict[str, str] = {}  # account name -> read_at of the reading on screen
        ctx.events.accounts_changed.connect(self.reload)
        ctx.events.balances_stale.connect(self.refresh_account)  # a send spent from it: read it again
        self.reload()

    def reload(self) -> None:
        accounts = self.ctx.accounts.all()
        self.table.setRowCount(len(accounts))
        self._rows = {a.name: i for i, a in enumerate(accounts)}
        self._accounts = {a.name: a for a in accounts}  # readings arrive per account: no store read then
        for i, account in enumerate(accounts):
            name = account.name + (self.tr(" (practice)") if account.is_sandbox else "")
            self._set(i, 0, name)
            self._set(i, 1, account.spec.label)
            if not account.spec.capabilities.balance:
                self._set(i, 6, self.tr("This vendor has no balance query."))
        self.topup_button.setVisible(any(a.is_sandbox for a in accounts))

    def _set(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if column == 2:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)
        return item

    def refresh_all(self) -> None:
        accounts = self.ctx.accounts.all()
        self.pending = len(accounts)
        self.refresh_button.setEnabled(False)
        for account in accounts:
            row = self._rows.get(account.name)
            if row is not None:
                self._set(row, 6, self.tr("Asking\u2026"))
            self.ctx.worker.submit(read_balance, self.ctx.store, self.ctx.accounts, account,
                                   on_result=self.show_reading, on_finished=self._one_done)

    def refresh_account(self, account_id: int) -> None:
        """Read one account's balance again (after a send), so no figure shown is known to be stale."""
        account = next((a for a in self._accounts.values() if a.id == account_id), None)
        if account is None or not account.spec.capabilities.balance:
            return
        row = self._rows.get(account.name)
        if row is not None:
            self._set(row, 6, self.tr("Asking\u2026"))
        self.ctx.worker.submit(read_balance, self.ctx.store, self.ctx.accounts, account, on_result=self.show_reading)

    def _one_done(self) -> None:
        self.pending -= 1
        if self.pending <= 0:
            self.refresh_button.setEnabled(True)

    def show_stored(self) -> None:
        """Readings another desk (or the command line) took since, from the database; no vendor is asked."""
        accounts = [a for a in self._accounts.values() if a.spec.capabilities.balance]
        self.ctx.worker.submit(stored_readings, self.ctx.store, accounts, on_result=self._stored)

    @alive
    def _stored(self, readings: list[BalanceReading]) -> None:
        for reading in readings:
            if reading.read_at > self._shown_at.get(reading.account, ""):
                self.show_reading(reading)

    def show_reading(self, reading: BalanceReading) -> None:
        row = self._rows.get(reading.account)
        if row is None:
            return
        self._shown_at[reading.account] = reading.read_at
        self._set(row, 2, "" if reading.balance is None else fmt_number(reading.balance))
        self._set(row, 3, unit_label(reading.unit))
        self._set(row, 4, fmt_iso(reading.read_at))
        status = reading.detail or reading.error or self.tr("OK")
        if reading.empty:
            status = self.tr("Empty: nothing can be sent until you top up.") + " " + (reading.error or "")
        elif reading.low:
            status = self.tr("Low balance (under {threshold}): top up soon.").format(
                threshold=fmt_number(reading.threshold)) + " " + (reading.error or "")
        item = self._set(row, 6, status.strip())
        if reading.low or (reading.error and not reading.detail):
            theme.tint(item, theme.Tone.ERROR)
            item.setToolTip(status)
        account = self._accounts.get(reading.account)
        if account is not None and account.spec.capabilities.balance:
            self.ctx.worker.submit(history, self.ctx.store, account,
                                   on_result=partial(self._show_trend, row))
        if reading.crossed_low:
            self.low_balance.emit(reading.account, reading.balance or 0.0)

    def _show_trend(self, row: int, points: list[tuple[str, float]]) -> None:
        spark = Sparkline([p[1] for p in points])
        spark.setToolTip(self.tr("{n} readings").format(n=len(points)))
        self.table.setCellWidget(row, 5, spark)

    def top_up_sandbox(self) -> None:
        sandboxes = [a for a in self.ctx.accounts.all() if a.is_sandbox]
        self.ctx.worker.submit(_top_up, self.ctx.accounts, sandboxes, on_finished=self.refresh_all)


def _top_up(accounts: Accounts, sandboxes: list[Account]) -> None:
    from smsdesk.vendors.sandbox import SandboxClient

    for account in sandboxes:
        client = accounts.client(account)
        try:
            if isinstance(client, SandboxClient):
                client.top_up()
        finally:
            client.close()
