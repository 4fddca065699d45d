"""Light and dark appearance: the Settings choice, the system's scheme, tones that stay readable."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.states import ALL_STATES
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.settings_dialog import APPEARANCE, SettingsDialog, appearance
from smsdesk.gui.theme import Surface, Tone

GUI = Path(__file__).resolve().parent.parent / "smsdesk" / "gui"
# Window and list backgrounds text is drawn on: Fusion's, and those of the native Windows and macOS
# palettes (light: white, #f0f0f0 Windows, #ececec macOS; dark: #202020/#2b2b2b Windows 11,
# #1e1e1e/#323232 macOS).
BACKGROUNDS = {
    False: ["#ffffff", "#f7f7f7", "#f5f5f5", "#f3f3f3", "#f0f0f0", "#efefef", "#ececec"],
    True: ["#1e1e1e", "#202020", "#242424", "#2b2b2b", "#2c2c2c", "#2d2d2d", "#323232", "#353535"],
}
ROLES = QPalette.ColorRole


@pytest.fixture
def qt_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, back to following the (offscreen: no) system scheme afterwards."""
    theme.apply("system")
    yield qapp
    theme.apply("system")
    QApplication.processEvents()
    assert not theme.is_dark()


@pytest.fixture
def ctx(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0")
    context = AppContext.open()
    yield context
    context.close()


def bg(widget: QWidget) -> QColor:
    """The colour painted just inside a notice box's left edge, half-way down."""
    image = widget.grab().toImage()
    return QColor(image.pixel(3, image.height() // 2))


def text_colour(label: QLabel) -> QColor:
    return label.palette().color(ROLES.WindowText)


# -- the colours themselves ----------------------------------------------------------------------


def test_contrast_is_the_wcag_formula() -> None:
    black, white = QColor("black"), QColor("white")
    assert theme.contrast(black, white) == pytest.approx(21.0)
    assert theme.contrast(white, white) == pytest.approx(1.0)
    assert theme.contrast(QColor(0x77, 0x77, 0x77), white) == pytest.approx(4.48, abs=0.01)  # the classic near-miss
    assert theme.contrast(QColor(0x76, 0x76, 0x76), white) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_tone_reads_in_both_schemes(dark: bool) -> None:
    palette = theme.fusion_palette(dark)
    assert theme.is_dark(palette) is dark
    backgrounds = [QColor(c) for c in BACKGROUNDS[dark]] + [palette.color(r) for r in
                                                             (ROLES.Window, ROLES.Base, ROLES.AlternateBase)]
    page_text = palette.color(ROLES.WindowText)
    for tone in Tone:
        s = theme.swatch(tone, dark)
        for back in backgrounds:  # a tone-coloured label or table cell
            assert theme.contrast(QColor(s.text), back) >= 4.5, (tone, s.text, back.name())
        box = QColor(s.background)
        assert theme.contrast(QColor(s.box_text), box) >= 4.5, (tone, s.box_text, s.background)
        # A frame box keeps the window's text colour for what it holds (buttons, links).
        assert theme.contrast(page_text, box) >= 4.5, (tone, s.background)
        assert theme.contrast(palette.color(ROLES.Link), box) >= 4.5, (tone, s.background)
    for kind in Surface:  # bubbles and highlighted cells carry the window's text
        assert theme.contrast(palette.color(ROLES.Text), theme.surface(kind, dark)) >= 4.5, kind
    assert theme.contrast(palette.color(ROLES.PlaceholderText), palette.color(ROLES.Window)) >= 4.5
    for state in ALL_STATES:  # swatches and bars: graphics need 3:1, these manage 4.5 as text would
        for back in backgrounds:
            assert theme.contrast(theme.state_color(state, dark), back) >= 4.5, (state, back.name())
    # Each state keeps a colour of its own.
    assert len({theme.state_color(s, dark).name() for s in ALL_STATES}) == len(ALL_STATES)


def test_no_hard_coded_colours_outside_theme() -> None:
    pattern = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b|QColor\(\s*[0-9\"']|rgba?\(")
    found = [f"{path.relative_to(GUI)}:{n}: {line.strip()}"
             for path in sorted(GUI.rglob("*.py")) if path.name != "theme.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert found == []


# -- switching -----------------------------------------------------------------------------------


def test_settings_choice_switches_at_once(qtbot: QtBot, qt_app: QApplication, ctx: AppContext) -> None:
    assert not theme.is_dark() and appearance(ctx.settings) == "system"
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert [dialog.appearance.itemData(i) for i in range(dialog.appearance.count())] == ["system", "light", "dark"]
    assert dialog.appearance.currentData() == "system"
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ctx.settings.value(APPEARANCE) == "dark"
    palette = qt_app.palette()
    assert palette.color(ROLES.Window).lightnessF() < 0.3 and palette.color(ROLES.WindowText).lightnessF() > 0.8
    assert theme.is_dark() and theme.color(Tone.ERROR) == QColor(theme.TONES[True][Tone.ERROR].text)
    # Asked of Qt too (offscreen ignores the request, which is why the palette is the app's own).
    assert theme.manager().choice == "dark"

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.appearance.currentData() == "dark"
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("light"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not theme.is_dark() and qt_app.palette().color(ROLES.Window).lightnessF() > 0.8


def test_system_scheme_is_followed(qt_app: QApplication) -> None:
    hints = qt_app.styleHints()
    assert theme.manager().choice == "system" and not theme.is_dark()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what Qt says when the user turns dark mode on
    assert theme.is_dark()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not theme.is_dark()
    theme.apply("dark")  # the user's choice wins over the system's
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.is_dark()


def test_tinted_items_and_tone_labels_follow_a_switch(qtbot: QtBot, qt_app: QApplication) -> None:
    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    bad, phone = QTableWidgetItem("bad"), QTableWidgetItem("0912")
    table.setItem(0, 0, bad)
    table.setItem(0, 1, phone)
    theme.tint(bad, Tone.ERROR)
    theme.tint(phone, background=Surface.HIGHLIGHT)
    label = QLabel("careful")
    qtbot.addWidget(label)
    theme.set_tone(label, Tone.WARNING)
    label.show()
    assert bad.foreground().color() == theme.color(Tone.ERROR, dark=False)
    assert text_colour(label) == theme.color(Tone.WARNING, dark=False)
    theme.apply("dark")
    assert bad.foreground().color() == theme.color(Tone.ERROR, dark=True)
    assert phone.background().color() == theme.surface(Surface.HIGHLIGHT, dark=True)
    assert text_colour(label) == theme.color(Tone.WARNING, dark=True)
    theme.set_tone(label, Tone.ERROR, box=True)  # a box: padded, not only coloured
    assert label.contentsMargins().left() >= 6 and text_colour(label) == QColor(theme.swatch(Tone.ERROR).box_text)
    theme.set_tone(label, None)
    assert text_colour(label) == qt_app.palette().color(ROLES.WindowText) and label.contentsMargins().left() == 0


def test_links_take_the_new_link_colour(qtbot: QtBot, qt_app: QApplication) -> None:
    notice = QLabel("SMS-Get has no status query. <a href='settings'>Open the callback receiver settings</a>")
    qtbot.addWidget(notice)
    theme.set_tone(notice, Tone.NOTE, box=True)
    notice.show()

    def colours() -> set[str]:
        image = notice.grab().toImage()
        return {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(image.height())}

    light_link = qt_app.palette().color(ROLES.Link).name()
    assert light_link in colours()
    theme.apply("dark")
    dark_link = qt_app.palette().color(ROLES.Link).name()
    assert dark_link != light_link
    seen = colours()
    assert dark_link in seen and light_link not in seen  # Qt had baked the light one into the text


def test_notice_in_real_tabs_changes_colours(qtbot: QtBot, qt_app: QApplication, ctx: AppContext) -> None:
    from smsdesk.gui.tabs.compose import ComposeTab
    from smsdesk.gui.tabs.replies import RepliesTab

    # Replies: the Sandbox answers a number ending in 77 with an opt-out keyword.
    sandbox = ctx.accounts.all()[0]
    job, _ = Jobs(ctx.store).create(sandbox.id, [PlannedRecipient("+886911000077", rendered="hi")], text="hi")
    SendEngine(ctx.store, ctx.accounts).run(job)
    replies = RepliesTab(ctx)
    replies.timer.stop()
    replies.settings_timer.stop()
    qtbot.addWidget(replies)
    replies.resize(900, 500)
    replies.show()
    replies.refresh()
    qtbot.waitUntil(lambda: len(replies.conversations) == 1, timeout=10000)
    replies.table.selectRow(0)
    qtbot.waitUntil(lambda: replies.optout_bar.isVisible() and "hi" in replies.conversation.toPlainText(), timeout=5000)
    light_note = theme.swatch(Tone.NOTE, dark=False)
    assert bg(replies.optout_bar) == QColor(light_note.background)
    assert text_colour(replies.optout_label) == QColor(light_note.box_text)
    assert theme.surface(Surface.OUTBOUND, dark=False).name() in replies.conversation.toHtml()

    compose = ComposeTab(ctx)
    qtbot.addWidget(compose)
    compose.show()
    assert text_colour(compose.ucs2_label) == theme.color(Tone.WARNING, dark=False)

    theme.apply("dark")
    dark_note = theme.swatch(Tone.NOTE, dark=True)
    assert bg(replies.optout_bar) == QColor(dark_note.background)
    assert text_colour(replies.optout_label) == QColor(dark_note.box_text)
    html = replies.conversation.toHtml()  # the bubbles were redrawn for the dark scheme
    assert theme.surface(Surface.OUTBOUND, dark=True).name() in html
    assert theme.surface(Surface.OUTBOUND, dark=False).name() not in html
    assert text_colour(compose.ucs2_label) == theme.color(Tone.WARNING, dark=True)
    assert compose.palette().color(ROLES.Window).lightnessF() < 0.3


def test_choice_persists_and_is_applied_on_the_next_start(qtbot: QtBot, qt_app: QApplication, home: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from smsdesk.gui import app as gui_app
    from smsdesk.gui.main_window import MainWindow

    first = AppContext.open()
    dialog = SettingsDialog(first)
    qtbot.addWidget(dialog)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    dialog.save()
    first.close()
    theme.apply("system")  # as a fresh process would start: no choice applied yet
    assert not theme.is_dark()

    # The real start-up, up to the event loop.
    seen: dict[str, object] = {}

    def fake_exec(app: QApplication) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["dark"] = theme.is_dark(window.palette())
        seen["welcome"] = window.__dict__.get("welcome")
        window.close()
        return 0

    monkeypatch.setattr(gui_app, "setup_logging", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main replaces it: restored afterwards
    monkeypatch.setattr("smsdesk.i18n.install_qt_translator", lambda app, language: True)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(MainWindow, "show_welcome_if_first_run", lambda self: False)
    assert gui_app.main([]) == 0
    assert seen["dark"] is True and theme.manager().choice == "dark"
