"""No English in the Chinese UI: every visible text of every tab and dialog, with real data,
checked word by word against the catalogue's English sources. Qt's own dialogs included."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.gui import opened_ctx, shown_main_window

from smsdesk import i18n
from smsdesk.core.importer import run_import
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.tracking import refresh_job, refresh_replies
from smsdesk.gui.context import AppContext

ROOT = Path(__file__).resolve().parent.parent
# Names that stay as they are in Chinese: products, vendors, formats, units of the trade.
KEEP = {
    "sms", "desk", "sandbox", "twsms", "get", "sepsms", "engagelab", "tencent", "cloud", "gsm", "ucs", "api",
    "url", "http", "https", "xlsx", "xlsm", "xls", "ods", "csv", "excel", "otp", "utf", "big5", "bom", "ctrl",
    "shift", "alt", "enter", "esc", "tab", "sdk", "appid", "app", "key", "dev", "secret", "drurl", "snumber",
    "tls", "ssl", "webhook", "cli", "json", "iso", "utc", "gmt", "sms-get", "www", "com", "localhost", "stop",
    "unsubscribe", "delivrd", "undeliv", "expired", "sk_sep_", "sep", "uuid", "mobile", "phone", "name",
    "td", "vip", "png", "html", "pdf", "zip", "log", "ini", "mac", "windows", "linux", "macos", "keychain",
    "english",  # the language's own name in the language menu
    "callback", "origin",  # the vendor console's own words, quoted so the user finds them there
    "postgresql", "nas",  # the database server and the box it runs on, named as sold
}
WORD = re.compile(r"[A-Za-z]{3,}")


def english_sources() -> set[str]:
    """Every English word the catalogue's sources use: any of them left in the Chinese UI is a slip."""
    root = ET.parse(ROOT / "resources" / "translations" / "smsdesk_zh_TW.ts").getroot()
    words: set[str] = set()
    for message in root.iter("message"):
        source = re.sub(r"\{[^{}]*\}|<[^>]+>|&\w+;", " ", message.findtext("source") or "")
        words.update(w.lower() for w in WORD.findall(source))
    return words - KEEP


def texts(widget: QWidget) -> list[str]:
    """What the user can read on ``widget`` itself (not its children)."""
    out: list[str] = []
    if isinstance(widget, (QLabel, QAbstractButton)):
        out.append(widget.text())
    elif isinstance(widget, QGroupBox):
        out.append(widget.title())
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        out.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QTabWidget):
        out += [widget.tabText(i) for i in range(widget.count())]
    elif isinstance(widget, QTableView):
        model = widget.model()
        if model is not None:
            from PySide6.QtCore import Qt

            out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    elif isinstance(widget, QTextBrowser | QTextEdit):
        out.append(widget.toPlainText()[:4000])
    if isinstance(widget, QDialog):
        out.append(widget.windowTitle())
    if widget.toolTip():
        out.append(widget.toolTip())
    return [t for t in out if t]


def menu_texts(menu: QMenu) -> list[str]:
    out = [menu.title()]
    for action in menu.actions():
        out.append(action.text())
        if action.menu() is not None:
            out += menu_texts(action.menu())  # type: ignore[arg-type]
    return out


class Scan:
    def __init__(self, english: set[str]) -> None:
        self.english = english
        self.offenders: list[str] = []
        self.seen = 0

    def text(self, where: str, text: str) -> None:
        self.seen += 1
        # Markup, addresses, file names and paths, scope names (sms:send), placeholders (1400xxxxxx) and
        # command lines (smsdesk-cli workspace join ...: typed as they are, never translated).
        plain = re.sub(r"<[^>]+>|&\w+;|smsdesk-cli(?: [a-z][a-z-]*)*|\w+://\S+|\S+@\S+|[\w.-]+\.(?:xlsx|csv|png|html|ini|db)\b|/\S+"
                       r"|\w+:\w+|\d*x{3,}", " ", text)
        slips = sorted({w for w in WORD.findall(plain) if w.lower() in self.english})
        if slips:
            self.offenders.append(f"{where}: {slips} in {text[:120]!r}")

    def widget(self, where: str, top: QWidget) -> None:
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisibleTo(top) or widget is top:
                for text in texts(widget):
                    self.text(f"{where}/{type(widget).__name__}", text)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert i18n.install_qt_translator(qapp, "zh_TW")
    yield
    i18n.uninstall_qt_translators()


@pytest.fixture
def ctx(home: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> Iterator[AppContext]:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0.2")
    yield from opened_ctx()


def customers(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "客戶"
    sheet.append(["姓名", "手機", "門市"])
    for i, phone in enumerate(["0912-345-678", "0912345000", "0912-345-444", "0912-345-007", "0912-345-077",
                               "02-2345-6789"]):
        sheet.append([f"王小明{i}", phone, "台北信義店"])
    book.save(path)
    return path


def seed(ctx: AppContext, folder: Path) -> None:
    run_import(ctx.store, customers(folder / "客戶名單.xlsx"), "VIP 客戶")
    sandbox = ctx.accounts.all()[0]
    phones = ["+886912345678", "+886912345000", "+886912345444", "+886912345007", "+886912345077"]
    job, _ = Jobs(ctx.store).create(sandbox.id, [PlannedRecipient(p, "王小明", rendered="週末特價") for p in phones],
                                    text="週末特價，全館 85 折！")
    ctx.engine.run(job)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        refresh_job(ctx.store, ctx.accounts, job)
        if refresh_replies(ctx.store, ctx.accounts, sandbox) >= 1 and Jobs(ctx.store).counts(job)["submitted"] == 0:
            break
        time.sleep(0.2)


def test_no_english_anywhere_in_the_chinese_ui(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    seed(ctx, tmp_path)
    scan = Scan(english_sources())
    window = shown_main_window(qtbot, ctx)
    window.resize(1366, 768)
    for menu_action in window.menuBar().actions():
        for text in menu_texts(menu_action.menu()):  # type: ignore[arg-type]
            scan.text("menu", text)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        tab = window.tabs.currentWidget()
        qtbot.waitUntil(tab.isVisible)
        qtbot.wait(300)  # let the tab's first load on the worker arrive (what is read is checked below)
        scan.widget(window.tabs.tabText(i), tab)
    # A job selected on Status, a conversation on Replies.
    window.tabs.setCurrentWidget(window.status)
    qtbot.waitUntil(lambda: window.status.model.rowCount() == 5, timeout=10000)
    qtbot.waitUntil(lambda: all([window.status.model.line(r) is not None for r in range(5)]),
                    timeout=10000)  # the rows' page comes from the worker
    scan.widget("status", window.status)
    for r in range(window.status.model.rowCount()):
        for c in range(window.status.model.columnCount()):
            if c not in (0, 1, 3):  # phone, name and the vendor's own code are data
                scan.text("status rows", str(window.status.model.data(window.status.model.index(r, c)) or ""))
    window.tabs.setCurrentWidget(window.replies)
    qtbot.waitUntil(lambda: window.replies.model.rowCount() >= 1, timeout=10000)
    window.replies.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.replies.conversation.toPlainText()), timeout=10000)
    scan.widget("replies", window.replies)
    # Every dialog.
    window.open_settings()
    scan.widget("settings", window.settings_dialog)
    window.settings_dialog.reject()
    window.open_accounts()
    manager = window.accounts_dialog
    scan.widget("accounts", manager)
    for vendor in ("twsms", "smsget", "sepsms", "engagelab", "tencent"):
        manager.add()
        editor = manager.editor
        assert editor is not None
        editor.vendor.setCurrentIndex(editor.vendor.findData(vendor))
        editor.advanced_toggle.click()
        scan.widget(f"account editor {vendor}", editor)
        editor.reject()
    manager.reject()
    window.tabs.setCurrentWidget(window.recipients)
    dialog = window.recipients.open_import(tmp_path / "客戶名單.xlsx")
    qtbot.waitUntil(lambda: not dialog._previewing, timeout=10000)
    scan.widget("import", dialog)
    dialog.reject()
    compose = window.compose
    window.tabs.setCurrentWidget(compose)
    compose.recipients.setPlainText("0912-345-678")
    compose.message.setPlainText("週末特價")
    compose.send_button.click()
    qtbot.waitUntil(lambda: compose.confirm_dialog is not None and compose.confirm_dialog.isVisible(), timeout=10000)
    scan.widget("confirm", compose.confirm_dialog)  # type: ignore[arg-type]
    compose.confirm_dialog.reject()  # type: ignore[union-attr]
    window.open_help()
    scan.widget("user guide", window.help_viewer)
    window.help_viewer.close()
    from smsdesk.gui.welcome import WelcomeDialog

    welcome = WelcomeDialog(window)
    welcome.open()
    scan.widget("welcome", welcome)
    welcome.reject()
    # Qt's own: a question box's standard buttons and the (non-native) file chooser.
    box = QMessageBox(QMessageBox.Icon.Warning, "標題", "內容", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel, window)
    box.open()
    scan.widget("Qt message box", box)
    box.reject()
    chooser = QFileDialog(window, "選擇檔案", str(tmp_path), "試算表 (*.xlsx)")
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    chooser.open()
    qtbot.waitUntil(chooser.isVisible)
    scan.widget("Qt file dialog", chooser)
    chooser.reject()
    assert scan.seen > 300  # the scan read the screens, not nothing
    assert not scan.offenders, "\n".join(scan.offenders[:40])
    window.close()
