"""The user guide ships in both languages, opens with F1 and at the right section from a screen's
help button; File → Import opens the import."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.gui import shown_main_window

from smsdesk import i18n
from smsdesk.gui.context import AppContext
from smsdesk.gui.help_viewer import SECTIONS, HelpViewer, guide_path


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.open()
    yield context
    context.worker.cancel_all()
    context.worker.wait(10000)
    context.store.close()


def anchors(path: Path) -> list[str]:
    return re.findall(r'<a name="([^"]+)">', path.read_text(encoding="utf-8"))


def test_both_guides_have_every_section_and_their_pictures() -> None:
    for language in ("en", "zh_TW"):
        path = guide_path(language)
        assert path.name == f"guide_{language}.html"
        assert anchors(path) == list(SECTIONS)
        for image in re.findall(r'<img src="([^"]+)"', path.read_text(encoding="utf-8")):
            assert (path.parent / image).is_file(), image
            assert language in image  # the screens in the guide's own language


def viewer(qtbot: QtBot) -> HelpViewer:
    found = QApplication.topLevelWidgets()
    shown = [w for w in found if isinstance(w, HelpViewer) and w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_f1_opens_the_guide_in_the_ui_language(qtbot: QtBot, ctx: AppContext, qapp: QApplication) -> None:
    window = shown_main_window(qtbot, ctx)
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(HelpViewer) is not None and window.findChild(HelpViewer).isVisible())
    guide = window.findChild(HelpViewer)
    assert guide is not None
    text = guide.browser.toPlainText()
    assert "SMS Desk user guide" in text and "Message states" in text
    picture = guide.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("img/compose-en.png"))
    assert picture is not None and not picture.isNull()
    guide.close()
    window.close()


def test_the_chinese_guide_in_the_chinese_ui(qtbot: QtBot, ctx: AppContext, qapp: QApplication) -> None:
    assert i18n.install_qt_translator(qapp, "zh_TW")
    try:
        window = shown_main_window(qtbot, ctx)
        window.open_help()
        guide = window.findChild(HelpViewer)
        assert guide is not None and "SMS Desk 使用說明" in guide.browser.toPlainText()
        assert "簡訊狀態" in guide.browser.toPlainText()
        window.close()
    finally:
        i18n.uninstall_qt_translators()


def test_help_buttons_open_the_guide_at_their_screens_section(qtbot: QtBot, ctx: AppContext) -> None:
    window = shown_main_window(qtbot, ctx)
    window.resize(1024, 600)
    positions = {}
    window.compose.help_button.click()
    guide = window.findChild(HelpViewer)
    assert guide is not None and guide.isVisible()
    qtbot.waitUntil(lambda: guide.browser.verticalScrollBar().value() > 0)
    positions["compose"] = guide.browser.verticalScrollBar().value()
    from smsdesk.gui.accounts_dialog import AccountManagerDialog

    window.open_accounts()
    accounts = window.accounts_dialog
    assert isinstance(accounts, AccountManagerDialog)
    accounts.help_button.click()
    accounts_guide = accounts.findChild(HelpViewer) or guide
    qtbot.waitUntil(lambda: accounts_guide.isVisible())
    positions["accounts"] = accounts_guide.browser.verticalScrollBar().value()
    accounts.reject()
    # The sections come in the guide's order: accounts before compose.
    assert 0 < positions["accounts"] < positions["compose"]
    guide.close()
    window.close()


def test_file_import_opens_the_import_on_recipients(qtbot: QtBot, ctx: AppContext) -> None:
    window = shown_main_window(qtbot, ctx)
    actions = {a.text(): a for a in window.menuBar().actions()[0].menu().actions()}  # type: ignore[union-attr]
    action = actions["&Import a spreadsheet\u2026"]
    assert action.shortcut().toString() == "Ctrl+I"
    action.trigger()
    assert window.tabs.currentWidget() is window.recipients
    dialog = window.recipients.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.help_button.isHidden()
    dialog.reject()
    window.close()
