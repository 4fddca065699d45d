"""Keyboard and screen-reader audit of the main window and the main dialogs.

Every focusable control must have a name a screen reader (Narrator, VoiceOver) can read,
symbol-only buttons also a tooltip; the Tab key walks the forms in reading order; dialogs
open on their first useful field, close on Esc and never send on Enter; every dialog fits a
1366x768 screen; the app asks Qt for unrounded high-DPI scale factors.

The names are checked the way Qt's accessibility bridge finds them on Windows and macOS
(``QAccessibleWidget::text(Name)``): the widget's accessibleName, a button's own text, the
text of a QLabel *sibling* whose buddy is the widget, or the title of the QGroupBox it sits
in. Item views (tables, lists) are only ever named by their accessibleName.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSlider,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.gui import shown_main_window

from smsdesk.core.accounts import Account
from smsdesk.core.credentials import Credentials, MemoryKeyring
from smsdesk.gui.context import AppContext
from smsdesk.sim.server import Simulator

ROOT = Path(__file__).resolve().parents[1]
CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QSlider, QTabBar)
# Parts of another control (a spin box's editor, a combo's list, a table's corner button,
# a tab bar's scroll arrows, a calendar popup): Qt names them through their owner.
INNER_OF = (QAbstractSpinBox, QComboBox, QCalendarWidget, QTabBar, QLineEdit, QAbstractItemView)
# What a window may take on a 1366x768 screen with the taskbar, its frame included; FRAME is a
# Windows title bar and borders (the offscreen platform draws none).
SCREEN_BUDGET = QSize(1280, 720)
FRAME = QSize(16, 40)


# -- the audit ------------------------------------------------------------------------------


def plain(text: str) -> str:
    """Text as spoken: mnemonic ampersands removed ("&&" is a literal "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def symbolic(text: str) -> bool:
    """No letter or digit: "×", "▶", "…", "" say nothing to a screen reader."""
    return not any(unicodedata.category(ch)[0] in "LN" for ch in text)


def buddy_text(widget: QWidget) -> str:
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget and plain(label.text()):
            return plain(label.text())
    if isinstance(parent, QGroupBox):
        return plain(parent.title())
    return ""


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` ("" = none)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractItemView):
        return ""
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    if isinstance(widget, QTabBar):
        texts = [plain(widget.tabText(i)) for i in range(widget.count())]
        return ", ".join(texts) if texts and all(texts) else ""
    return buddy_text(widget)


def is_inner(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, INNER_OF):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget, *, hidden: bool = False) -> list[QWidget]:
    """The focusable controls of ``root``'s window under ``root``: shown ones, or all of them."""
    window = root.window()
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or widget.window() is not window:
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or is_inner(widget, window):
            continue
        if not hidden and not widget.isVisible():
            continue
        if isinstance(widget, QTabBar) and not widget.count():
            continue  # tabs come later (the import report's); nothing to reach yet
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    """Which widget, in words a developer can find in the code: its attribute name and text."""
    where = type(widget).__name__
    owner = widget.parentWidget()
    while owner is not None:
        attr = next((k for k, v in vars(owner).items() if v is widget), None)
        if attr:
            where = f"{type(owner).__name__}.{attr} ({where})"
            break
        owner = owner.parentWidget()
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{where} text={text!r} tooltip={widget.toolTip()!r} in {widget.window().windowTitle()!r}"


def audit(root: QWidget, *, hidden: bool = False) -> list[str]:
    problems = []
    for widget in controls(root, hidden=hidden):
        if not spoken_name(widget):
            problems.append(f"no accessible name: {describe(widget)}")
        if (isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly()
                and not widget.tabChangesFocus()):
            problems.append(f"Tab types a tab character instead of moving on: {describe(widget)}")
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            # Tab would walk every cell before leaving; arrow keys move between cells.
            problems.append(f"Tab walks the cells instead of leaving: {describe(widget)}")
        if (isinstance(widget, QAbstractButton) and symbolic(plain(widget.text()))
                and (not widget.toolTip().strip() or not widget.accessibleName().strip())):
            problems.append(f"symbol-only button needs a tooltip and an accessible name: {describe(widget)}")
    return problems


def test_the_audit_finds_what_it_looks_for(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QPushButton, QTableWidget, QToolButton

    window = QDialog()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    unnamed = QLineEdit()
    named = QLineEdit()
    form.addRow("&Name:", named)  # a buddy label names it
    box = QWidget()
    QVBoxLayout(box).addWidget(unnamed)
    form.addRow("&Note:", box)  # the label's buddy is the box, not the field in it
    symbol = QToolButton()
    symbol.setText("\u00d7")
    table = QTableWidget(2, 2)
    table.setAccessibleName("Rows")
    editor = QPlainTextEdit()
    editor.setAccessibleName("Text")
    clash = QPushButton("&Now")
    for widget in (symbol, table, editor, clash):
        form.addRow(widget)
    window.show()
    qtbot.waitExposed(window)
    found = "\n".join(audit(window))
    assert found.count("no accessible name") == 1 and "no accessible name: QLineEdit" in found
    assert "symbol-only button" in found and "Tab walks the cells" in found and "tab character" in found
    assert len(unlinked_labels(window)) == 1
    assert mnemonic_clashes(window) == {"n": ["&Name:", "&Note:", "&Now"]}
    with pytest.raises(AssertionError, match="Tab does not leave"):
        tab_chain(qtbot, named, window)
    table.setTabKeyNavigation(False)
    editor.setTabChangesFocus(True)
    assert_reading_order(tab_chain(qtbot, named, window), window)
    QWidget.setTabOrder(table, unnamed)  # the second field after the table below it
    with pytest.raises(AssertionError, match="Tab order"):
        assert_reading_order(tab_chain(qtbot, named, window), window)


# -- data --------------------------------------------------------------------------------------

CUSTOMERS = [("王小明", "0912-345-678", "台北信義店"), ("陳美麗", "0912345000", "台中公益店"),
             ("張雅婷", "+886 934 567 897", "台北信義店"), ("吳建宏", "02-2345-6789", "台北信義店")]


@pytest.fixture
def ctx(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0.1")
    context = AppContext.open(credentials=Credentials(backend=MemoryKeyring()))
    yield context
    context.worker.cancel_all()
    context.worker.wait(10000)
    QApplication.processEvents()  # deliver the last results while the widgets still exist
    context.store.close()


def customers(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "手機", "門市"])
    for row in CUSTOMERS:
        sheet.append(list(row))
    book.save(path)
    return path


def seed(qtbot: QtBot, ctx: AppContext, sim: Simulator, folder: Path) -> dict[str, Any]:
    """What tools/screenshots.py shows: a list, a Sandbox job with outcomes and replies, vendor accounts."""
    from smsdesk.core.balances import read_all
    from smsdesk.core.importer import run_import
    from smsdesk.core.planner import create_job, plan_send
    from smsdesk.core.tracking import refresh_job, refresh_replies

    store, accounts = ctx.store, ctx.accounts
    sheet = customers(folder / "客戶名單.xlsx")
    run_import(store, sheet, "VIP 客戶")
    sandbox = accounts.all()[0]
    plan = plan_send(store, sandbox, lists=["VIP 客戶"], text="{姓名} 您好，{門市}週末全館 85 折！")
    job = create_job(store, sandbox, plan)
    ctx.engine.run(job)
    qtbot.waitUntil(lambda: refresh_job(store, accounts, job) is not None
                    and refresh_replies(store, accounts, sandbox) > 0, timeout=10000)
    sim.vendors["twsms"].add_account("myshop", "example-password", balance=1280, snumbers={"12345"})
    tw = accounts.add("門市 TwSMS", "twsms", {"username": "myshop", "snumber": "12345"},
                      {"password": "example-password"}, base_url=sim.base_url("twsms"))
    read_all(store, accounts, [tw])
    tencent = sim.vendors["tencent"].seed_demo()
    tc = accounts.add("Shop Tencent", "tencent", {"sdkappid": tencent["sdkappid"], "sign": tencent["sign"]},
                      {"appkey": tencent["appkey"]}, base_url=sim.base_url("tencent"))
    sep = sim.vendors["sepsms"].seed_demo()
    sp = accounts.add("Shop SepSMS", "sepsms", {"origin": sep["origin"]}, {"api_key": sep["api_key"]},
                      base_url=sim.base_url("sepsms"))
    return {"sheet": sheet, "job": job, "twsms": tw, "tencent": tc, "sepsms": sp}


@pytest.fixture
def seeded(qtbot: QtBot, ctx: AppContext, sim: Simulator, tmp_path: Path) -> dict[str, Any]:
    return seed(qtbot, ctx, sim, tmp_path)


def main_window(qtbot: QtBot, ctx: AppContext) -> Any:
    return shown_main_window(qtbot, ctx)


def show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    if dialog.parentWidget() is None:  # a parent, already registered, closes its dialogs
        qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


# -- names and tooltips ------------------------------------------------------------------------


def test_every_control_of_the_five_tabs_has_a_name(qtbot: QtBot, ctx: AppContext, seeded: dict[str, Any]) -> None:
    window = main_window(qtbot, ctx)
    compose = window.compose
    qtbot.waitUntil(lambda: bool(compose.lists.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable)
                    if compose.lists.count() else False)
    compose.lists.item(0).setCheckState(Qt.CheckState.Checked)
    compose.message.setPlainText("{姓名} 您好，週末全館 85 折！")
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        qtbot.waitUntil(tab.isVisible)
        if tab is window.status:
            qtbot.waitUntil(lambda: window.status.jobs_table.rowCount() > 0)
            window.status.jobs_table.selectRow(0)
            qtbot.waitUntil(lambda: window.status.table.model().rowCount() > 0)
        if tab is window.replies:
            qtbot.waitUntil(lambda: window.replies.model.rowCount() > 0)
            window.replies.table.selectRow(0)
        if tab is window.recipients:
            qtbot.waitUntil(lambda: window.recipients.lists_view.count() > 0)
            window.recipients.lists_view.setCurrentRow(0)
        problems += audit(window) + audit(tab, hidden=True) + unlinked_labels(tab)
        problems += [f"Alt+{key} is claimed by {texts}" for key, texts in mnemonic_clashes(window).items()]
    assert not problems, "\n".join(dict.fromkeys(problems))
    window.close()


def confirm_plan(ctx: AppContext, account: Account) -> Any:
    from smsdesk.core.planner import plan_send

    # Skipped rows (a duplicate, an invalid number) show the skipped table too.
    return plan_send(ctx.store, account, phones=["0912345678", "0912 345 678", "12345"], lists=["VIP 客戶"],
                     text="{姓名} 您好，週末全館 85 折！")


def all_dialogs(qtbot: QtBot, ctx: AppContext, data: dict[str, Any]) -> Iterator[tuple[str, QDialog]]:
    """Every dialog the audit covers, shown with data; each is closed when the caller moves on."""
    from smsdesk.core.contacts import ContactRepository
    from smsdesk.gui.account_editor import AccountEditor
    from smsdesk.gui.accounts_dialog import AccountManagerDialog
    from smsdesk.gui.dialogs import ConfirmSendDialog
    from smsdesk.gui.import_dialog import ImportDialog
    from smsdesk.gui.settings_dialog import SettingsDialog
    from smsdesk.gui.tabs.recipients_dialogs import ContactDialog, MergeDialog, OptOutDialog
    from smsdesk.gui.vendor_approvals import SignatureEditor, TemplateEditor
    from smsdesk.gui.vendor_tools import VendorToolsDialog
    from smsdesk.gui.welcome import WelcomeDialog

    manager = show(qtbot, AccountManagerDialog(ctx))
    yield "accounts", manager
    manager.add()
    editor = manager.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    for index in range(editor.vendor.count()):
        editor.vendor.setCurrentIndex(index)
        editor.advanced_toggle.setChecked(True)
        yield f"new {editor.vendor.currentData()} account", editor
    editor.reject()
    manager.reject()
    holder = QWidget()  # the vendor tools' editors need a parent
    qtbot.addWidget(holder)
    simple: list[tuple[str, Callable[[], QDialog]]] = [
        ("account editor", lambda: AccountEditor(ctx, data["twsms"])),
        ("settings", lambda: SettingsDialog(ctx)),
        ("confirm", lambda: ConfirmSendDialog(confirm_plan(ctx, ctx.accounts.all()[0]))),
        ("welcome", WelcomeDialog),
        ("contact", lambda: ContactDialog(ContactRepository(ctx.store).lists()[0])),
        ("opt-out", OptOutDialog),
        ("merge", lambda: MergeDialog(ContactRepository(ctx.store).lists(), 1)),
        ("template", lambda: TemplateEditor(holder)),
        ("signature", lambda: SignatureEditor(holder)),
    ]
    for what, make in simple:
        dialog = show(qtbot, make())
        yield what, dialog
        dialog.reject()
    importer = show(qtbot, ImportDialog(ctx, None, data["sheet"]))
    qtbot.waitUntil(lambda: not importer._previewing and importer.preview_table.rowCount() > 0, timeout=10000)
    yield "import", importer
    importer.new_name.setText("Audit list")
    with qtbot.waitSignal(importer.imported, timeout=20000):
        importer.import_button.click()
    qtbot.waitUntil(lambda: importer.pages.currentIndex() == 1)
    yield "import report", importer
    importer.reject()
    for account in (data["tencent"], data["sepsms"]):
        tools = show(qtbot, VendorToolsDialog(ctx, account))
        qtbot.waitUntil(lambda t=tools: not t.busy, timeout=10000)
        for index in range(tools.tabs.count()):
            tools.tabs.setCurrentIndex(index)
            yield f"vendor tools {account.vendor} {tools.tabs.tabText(index)}", tools
        tools.reject()


def test_every_control_of_the_dialogs_has_a_name(qtbot: QtBot, ctx: AppContext, seeded: dict[str, Any]) -> None:
    problems = []
    seen = []
    for what, dialog in all_dialogs(qtbot, ctx, seeded):
        seen.append(what)
        found = audit(dialog) + audit(dialog, hidden=True) + unlinked_labels(dialog)
        found += [f"Alt+{key} is claimed by {texts}" for key, texts in mnemonic_clashes(dialog).items()]
        problems += [f"[{what}] {p}" for p in found]
    assert len(seen) >= 20, seen
    assert not problems, "\n".join(dict.fromkeys(problems))


def field_controls(item: Any, window: QWidget) -> list[QWidget]:
    """The focusable controls a form field (a widget or a layout) holds."""
    if item is None:
        return []
    if item.widget() is not None:
        widget = item.widget()
        return [w for w in [widget, *widget.findChildren(QWidget)] if w in controls_set(window)]
    layout = item.layout()
    if layout is None:
        return []
    found: list[QWidget] = []
    for i in range(layout.count()):
        found += field_controls(layout.itemAt(i), window)
    return found


def controls_set(window: QWidget) -> set[QWidget]:
    return set(controls(window))


def unlinked_labels(root: QWidget) -> list[str]:
    """Visible form labels that are not the buddy of a control in their row (no Alt+key, no relation)."""
    from PySide6.QtWidgets import QFormLayout

    window = root.window()
    problems = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or not label.isVisible() or not plain(label.text()):
                continue
            fields = field_controls(form.itemAt(row, QFormLayout.ItemRole.FieldRole), window)
            if not fields or isinstance(fields[0], QAbstractButton):
                continue  # a heading over buttons that name themselves ("When:" over Now / Later)
            if label.buddy() not in fields:
                problems.append(f"label {label.text()!r} is not the buddy of {describe(fields[0])}")
    return problems


# -- keyboard: tab order ------------------------------------------------------------------------


def control_of(widget: QWidget | None, window: QWidget) -> QWidget | None:
    """The control that owns the focus widget (a spin box for its inner editor...)."""
    while widget is not None and (not isinstance(widget, CONTROLS) or is_inner(widget, window)):
        widget = widget.parentWidget()
    return widget


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_chain(qtbot: QtBot, first: QWidget, root: QWidget, *, limit: int = 60) -> list[QWidget]:
    """Press Tab from ``first`` until focus comes back to it; the controls of ``root`` visited."""
    window = root.window()
    activate(qtbot, window)
    QApplication.sendPostedEvents()  # lay out what the test just changed, as the event loop would
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: control_of(QApplication.focusWidget(), window) is first)
    chain = [first]
    stuck = 0
    for _ in range(limit):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        # A date-time edit tabs through its sections first; anything longer is a keyboard trap.
        stuck = stuck + 1 if now is before else 0
        assert stuck < 6, f"Tab does not leave {describe(control_of(now, window) or now)}"
        control = control_of(now, window)
        # A Tab stop that is no control (a scroll area, a bare panel) says nothing and does nothing.
        assert control is not None or isinstance(now, QGroupBox) or not root.isAncestorOf(now), (
            f"Tab stops at {describe(now)}")
        if control is first:
            return chain
        if control is not None and root.isAncestorOf(control) and control not in chain:
            chain.append(control)
    raise AssertionError(f"Tab never came back to {describe(first)}: {[describe(w) for w in chain]}")


def rect(widget: QWidget) -> QRect:
    """Where the widget sits in its window, as laid out (a scroll area's scrolling undone)."""
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            top_left -= parent.widget().pos()
        parent = parent.parentWidget()
    return QRect(top_left, widget.size())


def same_line(a: QRect, b: QRect) -> bool:
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    return overlap > min(a.height(), b.height()) // 2


def reading_order(widgets: Iterable[QWidget], panel: Callable[[QWidget], int] = lambda _w: 0) -> list[QWidget]:
    """Top to bottom, left to right within each panel; ``panel`` numbers the panels in reading order
    (a preview column beside the form, a scrolling form between fixed rows)."""
    widgets = list(widgets)
    order: list[QWidget] = []
    for key in sorted({panel(w) for w in widgets}):
        lines: list[list[QWidget]] = []
        for widget in sorted((w for w in widgets if panel(w) == key), key=lambda w: rect(w).center().y()):
            if lines and same_line(rect(lines[-1][0]), rect(widget)):
                lines[-1].append(widget)
            else:
                lines.append([widget])
        order += [w for line in lines for w in sorted(line, key=lambda w: rect(w).center().x())]
    return order


def reachable(root: QWidget) -> set[QWidget]:
    """Controls Tab should stop at: shown, enabled, tab-focusable (only the checked radio of a group)."""
    found = set()
    for widget in controls(root):
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked():
            continue
        found.add(widget)
    return found


def assert_reading_order(chain: list[QWidget], root: QWidget,
                         panel: Callable[[QWidget], int] = lambda _w: 0) -> None:
    names = [f"{describe(w)} at {rect(w).getRect()}" for w in chain]
    missed = reachable(root) - set(chain)
    assert not missed, "Tab never reaches: " + "; ".join(describe(w) for w in missed)
    expected = reading_order(chain, panel)
    assert chain == expected, "Tab order:\n  " + "\n  ".join(names) + "\nreading order:\n  " + "\n  ".join(
        describe(w) for w in expected)


def test_compose_tab_order_follows_the_form(qtbot: QtBot, ctx: AppContext, sim: Simulator,
                                           seeded: dict[str, Any]) -> None:
    from datetime import UTC, datetime, timedelta

    from smsdesk.core.schedule import TAIPEI
    from smsdesk.gui import settings_dialog as sd

    # Quiet hours around the scheduled time, so their override box is on the form too.
    now = datetime.now(UTC).astimezone(TAIPEI)
    ctx.settings.setValue(sd.QUIET_ENABLED, True)
    ctx.settings.setValue(sd.QUIET_START, (now - timedelta(hours=2)).strftime("%H:%M"))
    ctx.settings.setValue(sd.QUIET_END, (now + timedelta(hours=5)).strftime("%H:%M"))
    window = main_window(qtbot, ctx)
    compose = window.compose
    qtbot.waitUntil(lambda: compose.lists.count() > 0)
    compose.recipients.setPlainText("0912 345 678")
    # A curly quote (the UCS-2 fix) and a name typed numbers lack (the missing-value row).
    compose.message.setPlainText("Hello {name} \u201cfriend\u201d")
    compose.later.setChecked(True)
    qtbot.waitUntil(lambda: compose.fix_button.isVisible() and compose.missing_button.isVisible()
                    and compose.quiet_override.isVisible())
    compose.quiet_override.setChecked(True)
    qtbot.waitUntil(compose.send_button.isEnabled)
    assert not mnemonic_clashes(window)
    chain = tab_chain(qtbot, compose.account, compose)
    assert_reading_order(chain, compose, lambda w: int(compose.preview_box.isAncestorOf(w)))
    assert {compose.fix_button, compose.missing_button, compose.when, compose.quiet_override} <= set(chain)

    # A template vendor: the value fields are built when a template is chosen, after everything else.
    demo = sim.vendors["engagelab"].seed_demo()
    ctx.accounts.add("Shop EngageLab", "engagelab", {"dev_key": demo["dev_key"], "templates": demo["templates"]},
                     {"dev_secret": demo["dev_secret"]}, base_url=sim.base_url("engagelab"))
    ctx.events.accounts_changed.emit()
    assert compose.select_account("Shop EngageLab")
    compose.template.setCurrentIndex(compose.template.findData("marketing-template"))
    qtbot.waitUntil(lambda: len(compose.param_edits) == 2)
    assert compose._message_label.buddy() is compose.template
    assert not mnemonic_clashes(window)
    chain = tab_chain(qtbot, compose.account, compose)
    assert_reading_order(chain, compose, lambda w: int(compose.preview_box.isAncestorOf(w)))
    assert set(compose.param_edits.values()) <= set(chain)


def test_account_editor_tab_order(qtbot: QtBot, ctx: AppContext, seeded: dict[str, Any]) -> None:
    from smsdesk.gui.account_editor import AccountEditor

    def panels(editor: AccountEditor) -> Callable[[QWidget], int]:
        # The vendor's form scrolls between the fixed rows above and below it.
        def panel(widget: QWidget) -> int:
            if editor.scroll_area.isAncestorOf(widget):
                return 1
            return 0 if widget in (editor.vendor, editor.name) else 2
        return panel

    editor = show(qtbot, AccountEditor(ctx))
    for vendor in ("twsms", "engagelab", "tencent"):
        editor.vendor.setCurrentIndex(editor.vendor.findData(vendor))
        editor.advanced_toggle.setChecked(True)
        chain = tab_chain(qtbot, editor.vendor, editor)
        assert_reading_order(chain, editor, panels(editor))
    edit = show(qtbot, AccountEditor(ctx, seeded["twsms"]))
    chain = tab_chain(qtbot, edit.name, edit)
    assert_reading_order(chain, edit, panels(edit))


def test_import_dialog_tab_order(qtbot: QtBot, ctx: AppContext, seeded: dict[str, Any]) -> None:
    from smsdesk.gui.import_dialog import ImportDialog

    dialog = show(qtbot, ImportDialog(ctx, None, seeded["sheet"]))
    qtbot.waitUntil(lambda: not dialog._previewing and dialog.preview_table.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: dialog.existing_combo.count() > 0)
    chain = tab_chain(qtbot, dialog.file_edit, dialog)
    assert_reading_order(chain, dialog)


def test_settings_dialog_tab_order(qtbot: QtBot, ctx: AppContext) -> None:
    from smsdesk.gui.settings_dialog import SettingsDialog

    dialog = show(qtbot, SettingsDialog(ctx))
    dialog.quiet_enabled.setChecked(True)
    dialog.callbacks_enabled.setChecked(True)
    chain = tab_chain(qtbot, dialog.language, dialog)
    # The page scrolls above fixed OK/Cancel: all of it is read before them.
    page = dialog.scroll_area.widget()
    assert_reading_order(chain, dialog, lambda w: 0 if page.isAncestorOf(w) else 1)


def mnemonic(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def mnemonic_clashes(root: QWidget, *, hidden: bool = False) -> dict[str, list[str]]:
    """Alt+letter keys claimed twice in one window (the menu bar included): Qt then only cycles focus."""
    window = root.window()
    claimed: dict[str, list[str]] = {}
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not (hidden or widget.isVisible()):
            continue
        texts: list[str] = []
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions()]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            key = mnemonic(text)
            if key:
                claimed.setdefault(key, []).append(text)
    return {key: texts for key, texts in claimed.items() if len(texts) > 1}


# -- keyboard: first field, Esc, Enter ---------------------------------------------------------


def dialog_makers(ctx: AppContext, data: dict[str, Any], holder: QWidget
                  ) -> list[tuple[str, Callable[[], QDialog], Callable[[Any], QWidget]]]:
    """(what, make the dialog, the field it should open on)."""
    from smsdesk.core.contacts import ContactRepository
    from smsdesk.gui.account_editor import AccountEditor
    from smsdesk.gui.accounts_dialog import AccountManagerDialog
    from smsdesk.gui.dialogs import ConfirmSendDialog
    from smsdesk.gui.import_dialog import ImportDialog
    from smsdesk.gui.settings_dialog import SettingsDialog
    from smsdesk.gui.tabs.recipients_dialogs import ContactDialog, MergeDialog, OptOutDialog
    from smsdesk.gui.vendor_approvals import SignatureEditor, TemplateEditor
    from smsdesk.gui.vendor_tools import VendorToolsDialog
    from smsdesk.gui.welcome import WelcomeDialog
    from smsdesk.gui.workspace_dialog import WorkspaceDialog

    lists = ContactRepository(ctx.store).lists
    return [
        ("accounts", lambda: AccountManagerDialog(ctx), lambda d: d.list),
        ("new account", lambda: AccountEditor(ctx), lambda d: d.vendor),
        ("edit account", lambda: AccountEditor(ctx, data["twsms"]), lambda d: d.name),
        ("settings", lambda: SettingsDialog(ctx), lambda d: d.language),
        ("shared workspace", lambda: WorkspaceDialog(ctx), lambda d: d.host),
        ("confirm", lambda: ConfirmSendDialog(confirm_plan(ctx, ctx.accounts.all()[0])),
         lambda d: d.buttons.button(d.buttons.StandardButton.Cancel)),
        ("welcome", WelcomeDialog, lambda d: d.sandbox_button),
        ("contact", lambda: ContactDialog(lists()[0]), lambda d: d.phone),
        ("opt-out", OptOutDialog, lambda d: d.numbers),
        ("merge", lambda: MergeDialog(lists(), 1), lambda d: d.target),
        ("template", lambda: TemplateEditor(holder), lambda d: d.text),
        ("signature", lambda: SignatureEditor(holder), lambda d: d.text),
        ("import", lambda: ImportDialog(ctx), lambda d: d.browse_button),
        ("import a file", lambda: ImportDialog(ctx, None, data["sheet"]), lambda d: d.new_name),
        ("opt-out import", lambda: ImportDialog(ctx, None, data["sheet"], optouts=True), lambda d: d.phone_combo),
        ("tencent tools", lambda: VendorToolsDialog(ctx, data["tencent"]), lambda d: d.tools["templates"].table),
        ("sepsms tools", lambda: VendorToolsDialog(ctx, data["sepsms"]), lambda d: d.tools["otp"].phone),
    ]


def test_dialogs_open_on_their_first_field_and_close_on_escape(qtbot: QtBot, ctx: AppContext,
                                                                seeded: dict[str, Any]) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    wrong = []
    for what, make, first in dialog_makers(ctx, seeded, holder):
        dialog = show(qtbot, make())
        activate(qtbot, dialog)
        expected = first(dialog)
        qtbot.waitUntil(lambda d=dialog: d.isAncestorOf(QApplication.focusWidget()), timeout=2000)
        focused = control_of(QApplication.focusWidget(), dialog)
        if focused is not expected:
            wrong.append(f"{what} opens on {describe(focused)}, not on {describe(expected)}")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
        assert dialog.result() == QDialog.DialogCode.Rejected, what
    assert not wrong, "\n".join(wrong)


def test_enter_in_the_send_confirmation_never_sends(qtbot: QtBot, ctx: AppContext, seeded: dict[str, Any]) -> None:
    from smsdesk.core.jobs import Jobs

    window = main_window(qtbot, ctx)
    compose = window.compose
    compose.recipients.setPlainText("0912 345 678\n0912 345 678\n12345")  # skipped rows: the table shows
    compose.message.setPlainText("Hello")
    qtbot.waitUntil(compose.send_button.isEnabled)
    activate(qtbot, window)
    compose.message.setFocus()
    compose.message.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.waitUntil(compose.message.hasFocus)
    jobs_before = len(Jobs(ctx.store).list())
    qtbot.keyClick(compose.message, Qt.Key.Key_Return)  # a new line, nothing else
    assert compose.confirm_dialog is None and compose.message.toPlainText() == "Hello\n"
    qtbot.keyClick(compose.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: compose.confirm_dialog is not None and compose.confirm_dialog.isVisible(), timeout=10000)
    dialog = compose.confirm_dialog
    activate(qtbot, dialog)
    for widget in (dialog.skipped_table, dialog.first_message, dialog.details_toggle):
        assert widget in reachable(dialog)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        if not dialog.isVisible():
            break
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not compose.sending and len(Jobs(ctx.store).list()) == jobs_before
    window.close()


# -- sizes -------------------------------------------------------------------------------------


def test_every_dialog_fits_a_1366x768_screen_without_being_cramped(qtbot: QtBot, ctx: AppContext,
                                                                  seeded: dict[str, Any]) -> None:
    from smsdesk.gui.widgets import MAX_DIALOG_SIZE

    assert MAX_DIALOG_SIZE + FRAME == SCREEN_BUDGET
    # What Qt does to a window nobody sized: it opens at its size hint cut to 2/3 of the screen.
    two_thirds = QSize(1366 * 2 // 3, (768 - 40) * 2 // 3)
    problems: list[str] = []
    seen: list[QDialog] = []
    for what, dialog in all_dialogs(qtbot, ctx, seeded):
        if any(dialog is d for d in seen):
            continue
        seen.append(dialog)
        size, hint = dialog.size(), dialog.sizeHint()
        if (size + FRAME).boundedTo(SCREEN_BUDGET) != size + FRAME:
            problems.append(f"{what} opens at {size.toTuple()}: too big for a 1366x768 screen")
        if size.expandedTo(hint) != size:
            problems.append(f"{what} opens at {size.toTuple()}, smaller than it needs {hint.toTuple()}")
        if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) and hint.boundedTo(two_thirds) != hint:
            problems.append(f"{what} is not sized: a 1366x768 screen squeezes it from {hint.toTuple()}")
    assert len(seen) >= 13, seen
    assert not problems, "\n".join(problems)


def test_enter_in_the_otp_fields_sends_no_code(qtbot: QtBot, ctx: AppContext, seeded: dict[str, Any]) -> None:
    from smsdesk.gui.vendor_tools import VendorToolsDialog

    tools = show(qtbot, VendorToolsDialog(ctx, seeded["sepsms"]))
    otp = tools.tools["otp"]
    activate(qtbot, tools)
    otp.phone.setText("081 234 5678")
    for field in (otp.phone, otp.template):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert not tools.busy and otp.sent is None, "Enter sent a code (it costs a message)"
    assert tools.isVisible()


# -- tooltips ----------------------------------------------------------------------------------


def test_counters_headers_and_unclear_buttons_explain_themselves(qtbot: QtBot, ctx: AppContext,
                                                                 seeded: dict[str, Any]) -> None:
    window = main_window(qtbot, ctx)
    compose, status, replies = window.compose, window.status, window.replies
    assert "segment" in compose.counter.toolTip() and "points" in compose.counter.toolTip()
    assert "Resume" in compose.pause_button.toolTip()
    for button in (compose.cancel_button, compose.reload_templates_button, compose.fix_button,
                   compose.missing_button, compose.placeholder_button, replies.handled_button,
                   replies.unread_button, replies.optout_button, replies.reply_button, status.resend_button):
        assert button.toolTip(), describe(button)
    headers = {status.jobs_table.horizontalHeaderItem(c).text(): status.jobs_table.horizontalHeaderItem(c).toolTip()
               for c in range(status.jobs_table.columnCount())}
    assert "Unknown" in headers["States"] and "Interrupted" in headers["Status"]
    model = status.table.model()
    tips = {model.headerData(c, Qt.Orientation.Horizontal): model.headerData(c, Qt.Orientation.Horizontal,
                                                                             Qt.ItemDataRole.ToolTipRole)
            for c in range(model.columnCount())}
    assert "Unknown" in tips["State"] and tips["Vendor status"]
    window.close()


# -- high DPI ----------------------------------------------------------------------------------


def run_python(code: str, home: Path, **env: str) -> str:
    """``code`` in a fresh interpreter (Qt's scaling is fixed once per process); its stdout."""
    environment = {**os.environ, "SMSDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "SMSDESK_LANG": "en",
                   "PYTHON_KEYRING_BACKEND": "smsdesk.core.credentials.MemoryKeyring", **env}
    environment.pop("SMSDESK_SMOKE", None)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


# Qt 5 rounded 150 % up to 200 %; set that first, so only our entry code can make it PassThrough.
POLICY_PROBE = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.Round)

def report(*_args):
    print("POLICY", QGuiApplication.highDpiScaleFactorRoundingPolicy().name, flush=True)
    return 0

QApplication.exec = report  # the window is up; report instead of running the event loop
{start}
"""


@pytest.mark.parametrize("start", [
    "from smsdesk.gui.app import main\nsys.exit(main(['smsdesk']))",
    "import runpy\nsys.argv = ['smsdesk']\nsys.exit(runpy.run_path('packaging/launch.py')['main']())",
], ids=["smsdesk", "frozen-launcher"])
def test_the_app_scales_by_the_exact_screen_factor(tmp_path: Path, start: str) -> None:
    assert "POLICY PassThrough" in run_python(POLICY_PROBE.format(start=start), tmp_path)


RENDER = """
import json, sys
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget
from smsdesk.gui.app import set_high_dpi_policy

set_high_dpi_policy()
app = QApplication(["smsdesk"])
from smsdesk.gui.context import AppContext
from smsdesk.gui.main_window import MainWindow
from smsdesk.resources_path import app_icon

ctx = AppContext.open()
window = MainWindow(ctx)
window.resize(1100, 720)
window.show()
compose = window.compose
compose.recipients.setPlainText("0912 345 678")
compose.message.setPlainText("王小明 您好，週末全館 85 折！Reply STOP to opt out \\u201cthanks\\u201d")
for _ in range(20):
    app.processEvents()
image = window.grab().toImage()
image.save(sys.argv[1] + "/compose.png")
controls = [w for w in compose.findChildren(QWidget) if isinstance(w, (QAbstractButton, QLineEdit, QComboBox))
            and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]  # not their inner editors
clipped = [f"{type(w).__name__} {getattr(w, 'text', str)()!r}" for w in controls
           if w.isVisible() and (w.width() < w.minimumSizeHint().width() or w.height() < w.minimumSizeHint().height())]
icons = {}
for size in (16, 24, 32, 48):
    pixmap = app_icon().pixmap(QSize(size, size), app.devicePixelRatio())
    pixmap.toImage().save(f"{sys.argv[1]}/icon-{size}.png")
    icons[size] = pixmap.toImage().width()
print(json.dumps({"ratio": app.devicePixelRatio(), "logical": [window.width(), window.height()],
                  "image": [image.width(), image.height()], "clipped": clipped, "icons": icons}))
window.close()
ctx.close()
"""


@pytest.mark.parametrize("factor", [1.5, 2.0])
def test_compose_renders_sharp_and_unclipped_when_scaled(tmp_path: Path, factor: float) -> None:
    out = tmp_path / "shots"
    out.mkdir()
    code = RENDER.replace("sys.argv[1]", repr(str(out)))
    result = json.loads(run_python(code, tmp_path, QT_SCALE_FACTOR=str(factor)).strip().splitlines()[-1])
    assert result["ratio"] == factor
    width, height = result["logical"]
    assert result["image"] == [round(width * factor), round(height * factor)]  # drawn at the screen's pixels
    assert not result["clipped"], result["clipped"]
    # The icon comes from a PNG at least as large as the pixels it covers, never blown up.
    assert result["icons"] == {str(s): round(s * factor) for s in (16, 24, 32, 48)}
