"""The empty states a new user sees first are readable whole, in both languages, on a small screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from support.gui import shown_main_window

from smsdesk import i18n
from smsdesk.gui.context import AppContext


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param != "en":
        assert i18n.install_qt_translator(qapp, request.param)
    yield request.param
    i18n.uninstall_qt_translators()


def fits(label: QLabel) -> bool:
    """The label shows all its text: the height its text needs at its width is the height it got."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    hint = label.sizeHint()
    return hint.width() <= label.width() and hint.height() <= label.height()


def test_each_empty_state_is_fully_visible_at_1024x600(qtbot: QtBot, home: Path, language: str) -> None:
    window = shown_main_window(qtbot, AppContext.open())
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() <= 600)
    for tab in (window.recipients, window.status, window.replies):
        window.tabs.setCurrentWidget(tab)
        empty = tab.empty
        qtbot.waitUntil(empty.isVisible)
        for label in (empty.title, empty.text):
            assert label.text()
            qtbot.waitUntil(lambda label=label: fits(label))  # after the layout has run
            # Several lines of text, not one line cut off at the sides.
            assert label.width() <= empty.width()
        if language == "zh_TW":
            assert not empty.text.text().isascii()
        assert empty.text.heightForWidth(empty.text.width()) > empty.text.fontMetrics().height()
        if empty.button is not None:
            assert empty.button.isVisible()
            assert empty.button.geometry().top() >= empty.text.geometry().bottom()
    window.close()
    window.ctx.close()
