"""The main window opens on every tab with its empty state, and remembers its geometry."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from support.gui import shown_main_window

from smsdesk.gui.context import AppContext
from smsdesk.gui.main_window import MainWindow


def make_window(qtbot: QtBot) -> MainWindow:
    return shown_main_window(qtbot, AppContext.open())


def test_every_tab_opens_and_has_an_empty_state(qtbot: QtBot, home: Path) -> None:
    window = make_window(qtbot)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Compose", "Recipients", "Status", "Replies", "Balances"]
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda i=i: window.tabs.currentWidget().isVisible())
    qtbot.waitUntil(lambda: window.status.stack.currentIndex() == 0)  # no jobs: the empty state
    assert "No messages sent yet" in window.status.empty.title.text()
    assert window.replies.stack.currentIndex() == 0
    # The Sandbox account is ready on first start and labelled as practice.
    assert "practice" in window.compose.account.currentText()
    assert window.balances.table.item(0, 0).text().startswith("Sandbox")
    window.close()
    window.ctx.close()


def test_geometry_and_tab_are_restored(qtbot: QtBot, home: Path) -> None:
    window = make_window(qtbot)
    window.resize(700, 520)  # within the offscreen screen, which restoreGeometry clamps to
    qtbot.waitUntil(lambda: window.width() >= 700)
    size = (window.width(), window.height())  # at least the requested size, never under the minimum
    window.tabs.setCurrentIndex(4)
    window.close()
    window.ctx.close()
    again = make_window(qtbot)
    assert again.tabs.currentIndex() == 4
    assert (again.width(), again.height()) == size
    again.close()
    again.ctx.close()


def test_messages_in_flight_at_startup_become_unknown_and_are_announced(qtbot: QtBot, home: Path) -> None:
    from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
    from smsdesk.core.states import State

    ctx = AppContext.open()
    sandbox = ctx.accounts.all()[0]
    jobs = Jobs(ctx.store)
    job, _ = jobs.create(sandbox.id, [PlannedRecipient("+886912345678", rendered="hi"),
                                      PlannedRecipient("+886912345679", rendered="hi")], text="hi")
    # As if the app died between "marked in flight" and "answer committed".
    ctx.store.execute("UPDATE messages SET inflight=1 WHERE phone='+886912345678'")
    ctx.close()
    window = make_window(qtbot)
    assert window.ctx.recovered_unknown == 1
    assert "marked Unknown" in window.statusBar().currentMessage()
    rows = {m.phone: m for m in Jobs(window.ctx.store).messages(job)}
    assert rows["+886912345678"].state is State.UNKNOWN and not rows["+886912345678"].inflight
    assert rows["+886912345679"].state is State.QUEUED
    assert Jobs(window.ctx.store).get(job).status is JobStatus.INTERRUPTED
    window.close()
    window.ctx.close()


def test_vendor_tools_menu_lists_only_accounts_with_tools(qtbot: QtBot, home: Path) -> None:
    window = make_window(qtbot)
    window._fill_vendor_tools()
    actions = window.vendor_tools_menu.actions()
    assert len(actions) == 1 and not actions[0].isEnabled()  # only the Sandbox: no tools
    window.ctx.accounts.add("Thai", "sepsms", {"origin": "SHOP"}, {"api_key": "sk_sep_x"})
    window._fill_vendor_tools()
    assert [a.text() for a in window.vendor_tools_menu.actions()] == ["Thai (SepSMS)"]
    window.close()
    window.ctx.close()


def test_first_run_guide_once_and_its_buttons(qtbot: QtBot, home: Path) -> None:
    window = make_window(qtbot)
    window.tabs.setCurrentWidget(window.balances)
    assert window.show_welcome_if_first_run() is True
    qtbot.waitUntil(lambda: window.welcome.isVisible())
    window.welcome.sandbox_button.click()
    assert window.tabs.currentWidget() is window.compose
    assert window.show_welcome_if_first_run() is False  # shown once
    window._show_guide()  # Help -> Getting started
    qtbot.waitUntil(lambda: window.welcome.isVisible())
    window.welcome.account_button.click()
    qtbot.waitUntil(lambda: window.accounts_dialog.isVisible())
    window.accounts_dialog.close()
    window.close()
    window.ctx.close()


def test_ctrl_f_goes_to_the_search_box_of_the_tab_in_use(qtbot: QtBot, home: Path) -> None:
    from PySide6.QtCore import Qt

    from smsdesk.core.jobs import Jobs, PlannedRecipient

    ctx = AppContext.open()
    Jobs(ctx.store).create(ctx.accounts.all()[0].id, [PlannedRecipient("+886912345678", rendered="hi")], text="hi")
    ctx.close()
    window = make_window(qtbot)
    qtbot.waitUntil(lambda: window.status.stack.currentIndex() == 1)  # the job list, not the empty state
    for tab, elsewhere in ((window.status, window.status.refresh_button),
                           (window.replies, window.replies.refresh_button)):
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(elsewhere.isVisible)
        tab.search.setText("0912")
        window.activateWindow()
        elsewhere.setFocus()
        qtbot.waitUntil(elsewhere.hasFocus)
        qtbot.keyClick(elsewhere, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda tab=tab: tab.search.hasFocus())
        assert tab.search.selectedText() == "0912"
    window.close()
    window.ctx.close()


def test_keyboard_shortcuts_reach_their_commands(qtbot: QtBot, home: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(window.status)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.compose
    # F5 on Balances reads every account again (its button is disabled while it asks).
    window.tabs.setCurrentWidget(window.balances)
    qtbot.waitUntil(lambda: window.balances.refresh_button.isEnabled(), timeout=5000)
    readings = window.ctx.store.query_one("SELECT count(*) FROM balance_snapshots")[0]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.ctx.store.query_one("SELECT count(*) FROM balance_snapshots")[0] > readings,
                    timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None
                    and window.settings_dialog.isVisible())
    window.settings_dialog.reject()
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "accounts_dialog", None) is not None
                    and window.accounts_dialog.isVisible())
    window.accounts_dialog.reject()
    qtbot.waitUntil(lambda: not window.ctx.worker.busy, timeout=5000)
    window.close()
    window.ctx.close()
