"""core/settings.py: Qt-free, and the one set of defaults the CLI and the settings dialog both read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from smsdesk.core import paths
from smsdesk.core import settings as core_settings
from smsdesk.core.credentials import Credentials, MemoryKeyring
from smsdesk.gui import settings_dialog
from smsdesk.gui.context import AppContext
from smsdesk.gui.settings_dialog import SettingsDialog

# Every accessor, as the CLI reads it from settings.ini (its own reader, in its own process).
CLI_SNAPSHOT = """
import json
from smsdesk import cli
from smsdesk.core import settings as S
s = cli.app_settings()
q = S.quiet_hours(s)
cb = S.callback_settings(s)
rule = S.optout_rule(s)
print(json.dumps({
    "language": S.language(s), "appearance": S.appearance(s), "region": S.default_region(s),
    "quiet": None if q is None else [q.start.isoformat("minutes"), q.end.isoformat("minutes")],
    "quiet_start": S.quiet_start(s).isoformat("minutes"), "quiet_end": S.quiet_end(s).isoformat("minutes"),
    "repeat_hours": S.repeat_hours(s), "poll_status": S.status_poll_seconds(s),
    "poll_replies": S.replies_poll_seconds(s), "notify": S.notifications_enabled(s),
    "optout_keywords": list(rule.keywords), "optout_ask": rule.ask,
    "callbacks": [cb.enabled, cb.bind, cb.port, cb.public_url],
}))
"""


def cli_reads(home: Path) -> dict[str, Any]:
    env = {**os.environ, "SMSDESK_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", CLI_SNAPSHOT], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def dialog_shows(dialog: SettingsDialog) -> dict[str, Any]:
    """The same snapshot, from what the dialog shows for each key."""
    keywords = [w.strip() for w in dialog.optout_keywords.text().split(",") if w.strip()]
    start, end = dialog.quiet_start.time().toString("HH:mm"), dialog.quiet_end.time().toString("HH:mm")
    return {
        "language": dialog.language.currentData(), "appearance": dialog.appearance.currentData(),
        "region": dialog.region.currentData(),
        "quiet": [start, end] if dialog.quiet_enabled.isChecked() else None,
        "quiet_start": start, "quiet_end": end, "repeat_hours": dialog.repeat_hours.value(),
        "poll_status": dialog.poll_status.value(), "poll_replies": dialog.poll_replies.value(),
        "notify": dialog.notify.isChecked(), "optout_keywords": keywords,
        "optout_ask": dialog.optout_ask.isChecked(),
        "callbacks": [dialog.callbacks_enabled.isChecked(), dialog.callbacks_bind.text(),
                      dialog.callbacks_port.value(), dialog.callbacks_url.text()],
    }


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.open(credentials=Credentials(backend=MemoryKeyring()))
    yield context
    context.close()


def test_core_settings_imports_no_qt() -> None:
    code = ("import smsdesk.core.settings, smsdesk.core.send_rules, sys; "
            "qt = [m for m in sys.modules if m.startswith('PySide6')]; assert not qt, qt")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def test_the_dialog_keeps_no_keys_or_defaults_of_its_own() -> None:
    # The old names still work, and they are core/settings.py's objects, not copies.
    for name in ("QUIET_ENABLED", "REGION", "CALLBACKS_PORT", "DEFAULT_PORT", "POLL_MIN", "quiet_hours",
                 "callback_settings", "phone_text", "CallbackSettings"):
        assert getattr(settings_dialog, name) is getattr(core_settings, name), name


def test_cli_and_dialog_read_the_same_defaults(qtbot: QtBot, ctx: AppContext, home: Path) -> None:
    assert not paths.settings_path().exists() or not paths.settings_path().read_text(encoding="utf-8").strip()
    cli = cli_reads(home)
    assert cli["region"] == core_settings.DEFAULT_REGION and cli["callbacks"][2] == core_settings.DEFAULT_PORT
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog_shows(dialog) == cli
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    # OK wrote every key the module knows, and the CLI reads back exactly the defaults it read before.
    ctx.settings.sync()
    assert sorted(k for k in ctx.settings.allKeys() if k in core_settings.DEFAULTS) == sorted(core_settings.DEFAULTS)
    assert cli_reads(home) == cli


def test_cli_and_dialog_agree_on_saved_and_unreadable_values(qtbot: QtBot, ctx: AppContext, home: Path) -> None:
    s = ctx.settings
    for key, value in ((core_settings.QUIET_ENABLED, "true"), (core_settings.QUIET_START, "22:15"),
                       (core_settings.REPEAT_HOURS, "oops"), (core_settings.POLL_STATUS, "5"),
                       (core_settings.CALLBACKS_PORT, "70000"), (core_settings.REGION, "jp"),
                       (core_settings.OPTOUT_KEYWORDS, "停止，*退訂"), (core_settings.APPEARANCE, "Dark")):
        s.setValue(key, value)
    s.sync()
    cli = cli_reads(home)
    assert cli["repeat_hours"] == core_settings.DEFAULT_REPEAT_HOURS  # unreadable: the default
    assert cli["poll_status"] == core_settings.POLL_MIN and cli["callbacks"][2] == 65535  # clamped
    assert cli["quiet"] == ["22:15", "08:00"] and cli["region"] == "JP" and cli["appearance"] == "dark"
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog_shows(dialog) == cli
    dialog.reject()
