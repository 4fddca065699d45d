"""Replies tab: customers' answers from every account that can receive them."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.accounts import Accounts
from smsdesk.core.store import Store
from smsdesk.core.tracking import ReplyRow, list_replies, refresh_replies
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.balances import local_time
from smsdesk.gui.widgets import EmptyState


def fetch_all(store: Store, accounts: Accounts) -> tuple[int, list[str]]:
    """Poll every account that has replies; failures are collected in words."""
    new, problems = 0, []
    for account in accounts.all():
        if not account.spec.capabilities.replies_poll:
            continue
        try:
            new += refresh_replies(store, accounts, account)
        except Exception as exc:  # one vendor's trouble must not hide the others' replies
            problems.append(f"{account.name}: {exc}")
    return new, problems


class RepliesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search phone or text"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search replies"))
        self.search.textChanged.connect(self.reload)
        self.refresh_button = QPushButton(self.tr("Check for replies"))
        self.refresh_button.setToolTip(self.tr("Ask every account that can receive replies (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.setToolTip(self.tr("Write a message to the selected customer"))
        self.reply_button.clicked.connect(self.reply)
        controls.addWidget(self.search, 1)
        controls.addWidget(self.refresh_button)
        controls.addWidget(self.reply_button)
        outer.addLayout(controls)
        self.stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr("No replies yet"),
            self.tr("When customers answer your messages, their replies appear here, grouped by phone "
                    "number, so you can answer them by hand. Replies are checked every minute."),
        )
        self.stack.addWidget(self.empty)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Received"), self.tr("Phone"), self.tr("Contact"), self.tr("Account"), self.tr("Text"),
        ])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Replies"))
        self.stack.addWidget(self.table)
        outer.addWidget(self.stack)
        self.rows: list[ReplyRow] = []
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.events.replies_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.ctx.worker.submit(list_replies, self.ctx.store, search=self.search.text().strip(),
                               on_result=self._show)

    def _show(self, rows: list[ReplyRow]) -> None:
        self.rows = rows
        self.stack.setCurrentIndex(1 if rows or self.search.text() else 0)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for c, v in enumerate([local_time(r.received_at), r.phone, r.contact, r.account, r.text]):
                self.table.setItem(i, c, QTableWidgetItem(v))

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.ctx.worker.submit(fetch_all, self.ctx.store, self.ctx.accounts, on_result=self._fetched,
                               on_finished=lambda: self.refresh_button.setEnabled(True))

    def _fetched(self, outcome: tuple[int, list[str]]) -> None:
        new, problems = outcome
        if problems:
            self.ctx.events.status_message.emit("; ".join(problems))
        if new:
            self.reload()

    def reply(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            r = self.rows[row]
            self.ctx.events.compose_to.emit(r.phone, r.account)
