"""core.desk reads settings.ini without Qt: what QSettings wrote, it reads back the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from smsdesk.core import paths
from smsdesk.core.desk import DESK_NAME, WORKSPACE_URL, ini_setting


@pytest.mark.parametrize("value", [
    "postgresql://clinic@nas.local:5432/smsdesk?sslmode=require&application_name=desk",
    "櫃台 A", "Front, left", 'say "hi"', "back\\slash", "a=b; c", " padded ", "tab\there", "caf\u00e9 \x01",
])
def test_what_qsettings_wrote_reads_back(home: Path, value: str) -> None:
    settings = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", "x")
    settings.setValue(DESK_NAME, value)
    settings.setValue(WORKSPACE_URL, "postgresql://other@host/db")
    settings.beginGroup("other")
    settings.setValue(DESK_NAME, "not this one")  # the same key in another section
    settings.endGroup()
    settings.sync()
    assert settings.status() == QSettings.Status.NoError
    assert ini_setting(DESK_NAME) == settings.value(DESK_NAME) == value
    assert ini_setting(WORKSPACE_URL) == "postgresql://other@host/db"
    assert ini_setting("other/" + DESK_NAME) == "not this one"


def test_missing_file_key_or_unreadable_text_is_none(home: Path) -> None:
    assert ini_setting(DESK_NAME) is None
    paths.settings_path().write_text("[General]\nworkspace.url=\n; workspace.desk_name=commented\n", encoding="utf-8")
    assert ini_setting(DESK_NAME) is None and ini_setting(WORKSPACE_URL) is None
    paths.settings_path().write_bytes(b"[General]\nworkspace.desk_name=\xff\xfe\n")
    assert ini_setting(DESK_NAME) is None
