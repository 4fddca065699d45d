"""Controls that do what the user meant: the wheel scrolls Settings, a list's name ticks it, all
failed recipients can be resent at once, the quit question goes when its send stops, and a
destructive answer is marked as such."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from support.gui import opened_ctx, shown_main_window

from smsdesk.core.contacts import ContactRepository
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.widgets import ask
from smsdesk.sim.server import Simulator

TW_USER, TW_PASS = "shop", "tw-Secret-pa55"


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


def wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the mouse wheel over the middle of ``widget`` (down for negative steps)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def value(widget: QWidget) -> object:
    return widget.currentIndex() if isinstance(widget, QComboBox) else widget.text()  # type: ignore[attr-defined]


def test_no_wheel_event_changes_a_settings_value_without_focus(qtbot: QtBot, ctx: AppContext) -> None:
    from smsdesk.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.width(), 360)  # short: the page scrolls
    dialog.show()
    qtbot.waitExposed(dialog)
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, (QAbstractSpinBox, QComboBox))]
    assert len(controls) >= 5 and dialog.poll_replies in controls
    bar = dialog.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    dialog.buttons.setFocus()
    for control in controls:
        if not control.isEnabled():
            continue
        before = value(control)
        wheel(control)
        wheel(control, +1)
        wheel(control, -1)
        assert value(control) == before, control.accessibleName()
    # The wheel went on to the page instead.
    bar.setValue(0)
    wheel(dialog.poll_replies if dialog.poll_replies.isVisible() else controls[0])
    assert bar.value() > 0
    # With the focus (clicked or tabbed into) the wheel is the control's again.
    dialog.poll_replies.setFocus()
    qtbot.waitUntil(dialog.poll_replies.hasFocus)
    before = dialog.poll_replies.value()
    wheel(dialog.poll_replies, +1)
    assert dialog.poll_replies.value() != before


def test_clicking_a_lists_name_in_compose_ticks_it(qtbot: QtBot, ctx: AppContext) -> None:
    from smsdesk.gui.tabs.compose import ComposeTab

    repo = ContactRepository(ctx.store)
    repo.add_contact(repo.create_list("VIP").id, "0912345678", "Amy")
    tab = ComposeTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.lists.count() > 0 and any(
        tab.lists.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable for i in range(tab.lists.count())))
    item = next(tab.lists.item(i) for i in range(tab.lists.count())
                if tab.lists.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable)
    rect = tab.lists.visualItemRect(item)
    name = QPoint(rect.right() - 20, rect.center().y())  # on the name, far from the box
    qtbot.mouseClick(tab.lists.viewport(), Qt.MouseButton.LeftButton, pos=name)
    assert item.checkState() == Qt.CheckState.Checked
    qtbot.waitUntil(lambda: [lst.name for lst in tab.chosen_lists()] == ["VIP"])
    qtbot.mouseClick(tab.lists.viewport(), Qt.MouseButton.LeftButton, pos=name)
    assert item.checkState() == Qt.CheckState.Unchecked
    tab.shutdown()


def test_resend_failed_plans_every_failed_recipient_without_a_selection(qtbot: QtBot, ctx: AppContext,
                                                                      sim: Simulator) -> None:
    from smsdesk.gui.tabs.status import StatusTab

    sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=100_000)
    account = ctx.accounts.add("Shop", "twsms", {"username": TW_USER}, {"password": TW_PASS},
                               base_url=sim.base_url("twsms"))
    phones = [f"+88693000000{i}" for i in range(4)]
    job, _ = Jobs(ctx.store).create(account.id, [PlannedRecipient(p, rendered="hi") for p in phones], text="hi")
    SendEngine(ctx.store, ctx.accounts).run(job)
    sim.vendors["twsms"].fail(phones[1], "MOBERROR", push=False)
    sim.vendors["twsms"].fail(phones[3], "MOBERROR", push=False)
    sim.vendors["twsms"].deliver(phones[0], push=False)
    tab = StatusTab(ctx)
    tab.poll_timer.stop()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4 and not tab.model.loading, timeout=10000)
    assert not tab.resend_failed_button.isEnabled()  # nothing failed yet
    tab.refresh_selected()
    qtbot.waitUntil(tab.resend_failed_button.isEnabled, timeout=10000)
    assert not tab.selected_rows()
    tab.resend_failed_button.click()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=10000)
    assert tab.confirm_dialog is not None
    assert sorted(r.phone for r in tab.confirm_dialog.plan.recipients) == [phones[1], phones[3]]
    tab.confirm_dialog.reject()


def test_the_quit_question_goes_away_when_its_send_stops(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=100_000)
    sim.set_latency("twsms", 0.2)
    ctx.accounts.add("Shop", "twsms", {"username": TW_USER, "concurrency": "1"}, {"password": TW_PASS},
                     base_url=sim.base_url("twsms"))
    window = shown_main_window(qtbot, ctx)
    compose = window.compose
    assert compose.select_account("Shop")
    compose.recipients.setPlainText("\n".join(f"+8869300{i:05d}" for i in range(40)))
    compose.message.setPlainText("Hello")
    compose.send_button.click()
    qtbot.waitUntil(lambda: compose.confirm_dialog is not None and compose.confirm_dialog.isVisible(), timeout=10000)
    compose.confirm_dialog.send_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: compose.sending and compose.job_id is not None, timeout=10000)
    window.close()
    assert window.isVisible() and window.quit_box is not None and window.quit_box.isVisible()
    box = window.quit_box
    assert box.go_button.property("tone") == theme.Tone.ERROR  # type: ignore[attr-defined]
    compose.stop_sending()  # the send stops by itself (here: cancelled) while the question is up
    qtbot.waitUntil(lambda: not compose.sending, timeout=30000)
    qtbot.waitUntil(lambda: window.quit_box is None, timeout=5000)
    assert window.isVisible()  # not quit: the user never answered
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_destructive_answer_is_marked_and_cancel_carries_no_cross(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[bool] = []
    box = ask(parent, "Delete list", "Delete it?", "Delete", lambda: done.append(True), keep="Keep it")
    assert box.icon() == QMessageBox.Icon.Warning
    keep = box.button(QMessageBox.StandardButton.Cancel)
    assert keep.icon().isNull() and keep.text() == "Keep it" and box.defaultButton() is keep
    assert box.go_button.property("tone") == str(theme.Tone.ERROR)  # type: ignore[attr-defined]
    assert not box.go_button.icon().isNull()  # type: ignore[attr-defined]
    box.reject()
    gentle = ask(parent, "Resume", "Resume it?", "Resume", lambda: done.append(True), destructive=False)
    assert gentle.icon() == QMessageBox.Icon.Information and not gentle.go_button.property("tone")  # type: ignore[attr-defined]
    gentle.go_button.click()  # type: ignore[attr-defined]
    assert done == [True]
