"""Settings dialog: defaults, saving to settings.ini, validation, and the typed accessors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, QTime
from pytestqt.qtbot import QtBot

from smsdesk.core import paths
from smsdesk.core.credentials import Credentials, MemoryKeyring
from smsdesk.gui import settings_dialog as sd
from smsdesk.gui.context import AppContext
from smsdesk.gui.settings_dialog import SettingsDialog


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.open(credentials=Credentials(backend=MemoryKeyring()))
    yield context
    context.close()


def open_dialog(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_defaults(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.language.currentData() == "system"
    assert "restart" in dialog.language_note.text()
    assert dialog.region.currentData() == "TW"
    assert dialog.notify.isChecked()
    assert not dialog.quiet_enabled.isChecked() and not dialog.quiet_start.isEnabled()
    assert dialog.quiet_start.time() == QTime(21, 0) and dialog.quiet_end.time() == QTime(8, 0)
    assert dialog.poll_status.value() == 60 and dialog.poll_replies.value() == 60
    assert not dialog.callbacks_enabled.isChecked() and not dialog.callbacks_url.isEnabled()
    assert MemoryKeyring.name in dialog.keyring_label.text()  # type: ignore[operator]
    s = ctx.settings
    assert sd.quiet_hours(s) is None
    assert sd.default_region(s) == "TW"
    assert sd.callback_settings(s) == sd.CallbackSettings(False, "127.0.0.1", 8787, "")
    dialog.reject()


def test_save_writes_clear_keys_that_survive_a_restart(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    dialog.region.setCurrentIndex(dialog.region.findData("HK"))
    dialog.notify.setChecked(False)
    dialog.quiet_enabled.setChecked(True)
    assert dialog.quiet_start.isEnabled()
    dialog.quiet_start.setTime(QTime(22, 30))
    dialog.quiet_end.setTime(QTime(7, 45))
    dialog.poll_status.setValue(120)
    dialog.poll_replies.setValue(300)
    dialog.callbacks_enabled.setChecked(True)
    dialog.callbacks_bind.setText("127.0.0.1")
    dialog.callbacks_port.setValue(9000)
    dialog.callbacks_url.setText(" https://sms.example.com.tw/ ")
    with qtbot.waitSignal(ctx.events.status_message, timeout=1000) as note, \
            qtbot.waitSignal(dialog.saved, timeout=1000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "restarted" in note.args[0]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted

    text = paths.settings_path().read_text(encoding="utf-8")
    for key in ("language=zh_TW", "region=HK", "start=22:30", "end=07:45", "status_seconds=120",
                "replies_seconds=300", "bind=127.0.0.1", "port=9000",
                "public_url=https://sms.example.com.tw"):
        assert key in text, key
    # A fresh QSettings reads the file as the next start would (strings, not Python types).
    fresh = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
    assert sd.language(fresh) == "zh_TW"
    assert sd.default_region(fresh) == "HK"
    assert not sd.notifications_enabled(fresh)
    quiet = sd.quiet_hours(fresh)
    assert quiet is not None and (quiet.start, quiet.end) == (time(22, 30), time(7, 45))
    assert sd.status_poll_seconds(fresh) == 120 and sd.replies_poll_seconds(fresh) == 300
    assert sd.callback_settings(fresh) == sd.CallbackSettings(True, "127.0.0.1", 9000,
                                                              "https://sms.example.com.tw")
    # And the dialog shows them again.
    again = open_dialog(qtbot, ctx)
    assert again.language.currentData() == "zh_TW" and again.region.currentData() == "HK"
    assert again.quiet_enabled.isChecked() and again.quiet_end.time() == QTime(7, 45)
    assert again.callbacks_port.value() == 9000 and again.callbacks_url.isEnabled()
    again.reject()


def test_validation_keeps_the_dialog_open(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.quiet_enabled.setChecked(True)
    dialog.quiet_start.setTime(QTime(9, 0))
    dialog.quiet_end.setTime(QTime(9, 0))
    ok.click()
    assert dialog.isVisible() and "same time" in dialog.error.text()
    dialog.quiet_end.setTime(QTime(10, 0))
    dialog.callbacks_enabled.setChecked(True)
    ok.click()
    assert dialog.isVisible() and "public URL" in dialog.error.text()
    assert ctx.settings.value(sd.QUIET_ENABLED) is None  # nothing was written
    dialog.callbacks_url.setText("https://sms.example.com.tw")
    ok.click()
    assert not dialog.isVisible()
    assert sd.quiet_hours(ctx.settings) is not None


def test_accessors_survive_bad_values(ctx: AppContext) -> None:
    s = ctx.settings
    s.setValue(sd.REGION, "xx")
    s.setValue(sd.POLL_STATUS, "soon")
    s.setValue(sd.POLL_REPLIES, "1")
    s.setValue(sd.QUIET_ENABLED, "true")
    s.setValue(sd.QUIET_START, "25:99")
    s.setValue(sd.QUIET_END, "08:00")
    s.setValue(sd.CALLBACKS_PORT, "70000")
    s.setValue(sd.LANGUAGE, "klingon")
    assert sd.default_region(s) == "TW"
    assert sd.status_poll_seconds(s) == sd.DEFAULT_POLL_STATUS
    assert sd.replies_poll_seconds(s) == sd.POLL_MIN
    quiet = sd.quiet_hours(s)
    assert quiet is not None and quiet.start == time(21, 0) and quiet.end == time(8, 0)
    assert sd.callback_settings(s).port == 65535
    assert sd.language(s) == "system"
    s.setValue(sd.QUIET_START, "08:00")  # equal times mean no quiet hours
    assert sd.quiet_hours(s) is None
    s.setValue(sd.REGION, "jp")
    assert sd.default_region(s) == "JP"


def test_region_outside_the_short_list_is_kept(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.settings.setValue(sd.REGION, "NZ")
    dialog = open_dialog(qtbot, ctx)
    assert dialog.region.currentData() == "NZ"
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert sd.default_region(ctx.settings) == "NZ"


def test_shows_when_there_is_no_keychain(qtbot: QtBot, home: Path) -> None:
    ctx = AppContext.open(credentials=Credentials(backend=fail.Keyring()))
    try:
        dialog = open_dialog(qtbot, ctx)
        assert "not a usable keychain" in dialog.keyring_label.text()
        assert fail.Keyring.name in dialog.keyring_label.text()  # type: ignore[operator]
        dialog.reject()
    finally:
        ctx.close()


def test_optout_keywords_are_saved_for_the_inbox(qtbot: QtBot, home: Path) -> None:
    from smsdesk.gui.context import AppContext
    from smsdesk.gui.settings_dialog import SettingsDialog
    from smsdesk.gui.tabs.replies import optout_rule

    ctx = AppContext.open()
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.optout_keywords.setText("STOP， 不要再傳 ,TD")
    dialog.optout_ask.setChecked(True)
    dialog.save()
    rule = optout_rule(ctx.settings)
    assert rule.matches("不要再傳") and rule.matches("stop") and not rule.matches("退訂")
    assert str(ctx.settings.value("replies/optout_ask")).lower() == "true"
    ctx.close()
