"""The Replies tab's model/view list: pages read on the worker, selection, marks and keys kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot
from support.gui import opened_ctx
from support.sql_watch import statements_on_this_thread

from smsdesk.core.tracking import store_replies
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.replies import RepliesTab
from smsdesk.gui.tabs.replies_model import PAGE
from smsdesk.vendors.base import Reply


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


def phone(i: int) -> str:
    return f"+8869{21_000_000 + i:08d}"


def inbox(ctx: AppContext, n: int) -> None:
    """``n`` customers replied, customer 0 last (so first in the list)."""
    start = datetime.now(UTC) - timedelta(hours=1)
    store_replies(ctx.store, ctx.accounts.all()[0],
                  [Reply(phone(i), f"回覆 {i}", start + timedelta(seconds=n - i), f"r{i}") for i in range(n)])


def make_tab(qtbot: QtBot, ctx: AppContext) -> tuple[RepliesTab, QTabWidget]:
    tabs = QTabWidget()
    tab = RepliesTab(ctx)
    tab.timer.stop()
    tab.settings_timer.stop()
    tabs.addTab(tab, "Replies")
    qtbot.addWidget(tabs)
    tabs.resize(1000, 600)
    tabs.show()
    return tab, tabs


def test_pages_load_on_the_worker_as_the_list_scrolls(qtbot: QtBot, ctx: AppContext) -> None:
    n = PAGE * 2 + 50
    inbox(ctx, n)
    with statements_on_this_thread(ctx.store) as gui_sql:
        tab, tabs = make_tab(qtbot, ctx)
        qtbot.waitUntil(lambda: tab.model.rowCount() == PAGE, timeout=10000)
        assert tabs.tabText(0) == f"Replies ({n})"  # every unread customer counts, not just the first page
        assert tab.model.text(0, 0) == "0921-000-000" and tab.model.text(0, 1) == "回覆 0"
        assert tab.model.text(0, 4) == "1 new"
        for _ in range(3):  # the view asks for more as it nears the end
            tab.table.scrollToBottom()
            qtbot.wait(50)

        def all_read() -> bool:
            tab.table.scrollToBottom()
            return tab.model.rowCount() == n

        qtbot.waitUntil(all_read, timeout=10000)
        assert [c.phone for c in tab.conversations] == [phone(i) for i in range(n)]  # in order, none twice
        assert not tab.model.canFetchMore()
        # A customer far down the list: opening it marks it read, the list is read again, and it
        # stays in the list, selected.
        tab.table.selectRow(n - 1)
        assert tab.current_phone == phone(n - 1)
        qtbot.waitUntil(lambda: tabs.tabText(0) == f"Replies ({n - 1})", timeout=10000)
        qtbot.waitUntil(lambda: not ctx.worker.busy and tab.model.text(n - 1, 4) == "", timeout=10000)
        assert tab.model.rowCount() == n and tab.table.selectionModel().selectedRows()[0].row() == n - 1
        assert tab.current_phone == phone(n - 1) and "回覆" in tab.conversation.toPlainText()
        # Another search starts from its own first page.
        tab.search.setText("回覆 1")
        qtbot.waitUntil(lambda: 0 < tab.model.rowCount() <= PAGE
                        and all("回覆 1" in c.last_text for c in tab.conversations), timeout=10000)
        qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=10000)
    assert gui_sql == []


def test_selection_marks_and_keys_survive_reloads(qtbot: QtBot, ctx: AppContext) -> None:
    inbox(ctx, 5)
    tab, tabs = make_tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5, timeout=10000)
    bold = tab.model.data(tab.model.index(2, 0), Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()  # unread
    tab.table.selectRow(2)
    assert tab.current_phone == phone(2)
    qtbot.waitUntil(lambda: "回覆 2" in tab.conversation.toPlainText(), timeout=10000)
    # Opening it marked it read: the list is read again and the row stays selected.
    qtbot.waitUntil(lambda: tab.model.text(2, 4) == "" and tabs.tabText(0) == "Replies (4)", timeout=10000)
    assert tab.model.data(tab.model.index(2, 0), Qt.ItemDataRole.FontRole) is None
    assert tab.table.selectionModel().selectedRows()[0].row() == 2 and tab.current_phone == phone(2)
    tab.handled_button.click()
    qtbot.waitUntil(lambda: tab.model.text(2, 4) == "Handled", timeout=10000)
    assert tab.table.selectionModel().selectedRows()[0].row() == 2
    assert tab.handled_button.text() == "Mark not handled"
    # New replies arrive from elsewhere: still the same customer selected, wherever its row went.
    store_replies(ctx.store, ctx.accounts.all()[0], [Reply(phone(9), "new one", datetime.now(UTC), "r9")])
    ctx.events.replies_changed.emit()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6, timeout=10000)
    assert tab.model.text(0, 1) == "new one"
    assert tab.conversations[tab.table.selectionModel().selectedRows()[0].row()].phone == phone(2)
    # The keyboard: arrow keys move through the conversations, Ctrl+F goes to the search box.
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(tab.model.row_of(phone(2)), 0))
    QTest.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.current_phone == phone(3)
    qtbot.waitUntil(lambda: "回覆 3" in tab.conversation.toPlainText(), timeout=10000)
    QTest.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    tab.mark_unread()
    qtbot.waitUntil(lambda: tab.model.text(tab.model.row_of(phone(3)), 4) == "1 new", timeout=10000)
    assert tab.current() is None and not tab.table.selectionModel().selectedRows()
